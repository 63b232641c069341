"""RL107 ratio-mismatch: cases and mutations."""

import pytest
import reportlint.checks.ratio_mismatch as check
from casekit import run_check
from conftest import REFERENCE, reference_result

from reportlint.engine import check_file

RULE = "评分标准：在职人员控制率=（在职人员数/编制数）*100%。\n\n"

CASES = [
    ("target share within its precision", "实现劳务收入6255万元，完成目标任务6100万元的103%。", []),
    ("target share off", "全年输转城乡劳动力1999人，完成目标任务1900人的107.2%。", [("107.2%", "105.2%")]),
    ("share of the plan, other words", "全年培训1999人，达到年度计划1900人的107.2%。", [("107.2%", "105.2%")]),
    ("share of the target, agrees", "新增就业1,250人，占目标任务1,000人的125%。", []),
    # a share of a named whole, in a unit of length (桐溪 rural roads) or of area
    ("share of a named whole, off", "其中乡道418.9公里，占总里程1,312.6公里的33.91%。", [("33.91%", "31.91%")]),
    ("share of a named whole, agrees", "其中县道312.4公里，占总里程1,312.6公里的23.80%。", []),
    ("share in 亩, agrees", "已建成高标准农田3200亩，占计划建设面积4000亩的80%。", []),
    ("two units are no share", "改造318.6公里，占总投资1,312.6万元的24.27%。", []),
    ("formula, counts exact", RULE + "核定人员编制44名，在职人员43人。在职人员控制率为97.72%。", [("97.72%", "97.73%")]),
    ("formula agrees", RULE + "核定人员编制44名，在职人员43人。在职人员控制率为97.73%。", []),
    ("formula in 万元 at stated precision", "执行率=（实际支出数/预算数）*100%。\n\n预算数为842.29万元，实际支出数为842.29万元，执行率为100%。", []),
    ("the rate named in brackets after its parts",
     RULE + "实有在职人员43人，占核定人员编制数44名的比率（在职人员控制率）为97.72%。", [("97.72%", "97.73%")]),
    ("the rate with 达, agrees", RULE + "编制数44名，在职人员数43人，在职人员控制率达97.73%。", []),
    # a rate worked out in the sentence itself
    ("inline, counts", "在职人员控制率=实有人数43人/核定编制44名=97.72%。", [("97.72%", "97.73%")]),
    ("inline, amounts agree", "预算执行率=（实际支出842.29万元/预算数842.29万元）×100%=100%。", []),
    # the quotient in brackets after the rate (淮岭, held out)
    ("the quotient after the rate, off", "已完成确权登记45个，确权登记率为95.75%（45/48）。", [("95.75%", "93.75%")]),
    ("the quotient after the rate, agrees", "已完成确权登记45个，确权登记率为93.75%（45/48）。", []),
    ("the quotient after the rate, amounts", "执行率为99.50%（2960.34万元÷2988.80万元）。", [("99.50%", "99.05%")]),
    ("inline, bare numbers off", "资金到位率=到位资金300/计划资金400=80%。", [("80%", "75%")]),
    ("inline, an amount over a count is no ratio", "人均成本率=总成本1600万元/获奖人数7人=228.57%。", []),
    ("the rate under its other name", RULE + "局机关编制人数44名，实有在职人员43人，财政供养人员控制率为97.72%。",
     [("97.72%", "97.73%")]),
    ("the count before its label (writer E)", RULE + "与44名的核定人员编制相比，在职人员43人，在职人员控制率为97.72%。",
     [("97.72%", "97.73%")]),
    # a share named by its two terms, their counts given before it (writer C; 完成数占计划数 of other reports)
    ("share of a named total", "实有在职人员43人，核定人员编制44名，在职人员占编制数的97.72%。", [("97.72%", "97.73%")]),
    ("share of a named total, agrees", "实有在职人员43人，核定人员编制44名，在职人员占编制数的97.73%。", []),
    ("share of the plan", "计划培训200人次，实际培训190人次，实际培训占计划培训的96%。", [("96%", "95%")]),
    ("a share whose terms have no figure here", "抽样人数占调查总体的60%，共回收问卷6份。", []),
    # a count of people named without the word for them (writer K: 在职人数 for 在职人员数)
    ("在职人数", RULE + "核定编制数44名，2024年12月31日在职人数43人，在职人员控制率为97.72%。", [("97.72%", "97.73%")]),
    ("在职人数, agrees", RULE + "核定编制数44名，在职人数43人，在职人员控制率为97.73%。", []),
    # the staff under another word (writer R: 在岗人员; 实有人员 of 部门整体 reports)
    ("在岗人员", RULE + "核定编制44名，截至2024年12月31日在岗人员43人，在职人员控制率为97.72%。", [("97.72%", "97.73%")]),
    ("实有人员", RULE + "核定编制44名，实有人员43人，在职人员控制率为97.72%。", [("97.72%", "97.73%")]),
    ("在岗人员, agrees", RULE + "核定编制44名，在岗人员43人，在职人员控制率为97.73%。", []),
    # a rate named after what it counts, both terms before it in the sentence (沱阳 C21/C11/C23; 东临 改造户数;
    # a 抽检 合格率 of 农产品质量 自评报告)
    ("named rate over 应…", "全县应参保人数194,380人，实际参保186,425人，参保率95.19%，得4.00分。", [("95.19%", "95.91%")]),
    ("named rate over 应…, agrees", "全县应参保人数194,380人，实际参保186,425人，参保率95.91%，得4.00分。", []),
    ("named rate over a target", "年度目标186,000人，实际参保186,254人，完成率100.23%，得4.00分。", [("100.23%", "100.14%")]),
    ("named rate over a plan, agrees", "计划65,000户，实际64,953户，完成率99.93%，得4分。", []),
    ("named rate over a plan, 已完成", "计划开展培训12期，实际完成11期，完成率90%。", [("90%", "92%")]),
    ("named rate over a sample, agrees", "抽查600户，准确592户，准确率98.67%，得3.00分。", []),
    ("named rate over a sample, off", "抽检农产品50批次，合格48批次，合格率98%。", [("98%", "96%")]),
    # no base among the figures: 户籍人口 is not who should be insured, so the rate is no share of it here
    ("named rate without a base", "全县户籍人口25万人，参保18万人，参保率95%。", []),
    ("a rate of change is no share", "2023年培训120人，2024年培训150人，增长率20%。", []),
    ("an adjustment rate is a change (青屿)", "年初预算6,180.00万元，调整后6,504.00万元，调整率5.24%。", []),
    # amounts: the sentence's only two (梅川 三公经费; 沱阳 到位率), and a second rate in the sentence is its own
    ("named rate of amounts, off", "“三公”经费预算185,000.00元，实际支出152,360.00元，控制率83.26%。得3分。", [("83.26%", "82.36%")]),
    ("named rate of amounts, agrees", "预算15,950.00万元，到位15,837.50万元，到位率99.29%，得2.89分。", []),
    ("a second rate has figures of its own", "县级负担基础养老金预算240.00万元，实际到位127.50万元，到位率53.13%，"
     "县级配套资金整体到位率96.42%，影响资金统筹。", []),
    ("parts not told apart", RULE + "在职人员编制44名，在职人员43人。在职人员控制率为90%。", []),
    # quantities in 万亩 / 万吨 (梅川 播种面积; 鹤原 污水处理量), each unit apart from the others of its sentence (潆江 山塘)
    ("a 完成率 of an area, the figure before its target",
     "2024年全县粮食播种面积53.81万亩，年度目标52.6万亩，完成率101.10%，该项得3分。", [("101.10%", "102.30%")]),
    ("a 完成率 of an area, agrees", "2024年全县粮食播种面积53.18万亩，年度目标52.6万亩，完成率101.10%，该项得3分。", []),
    ("a 完成率 of a tonnage", "全年实际处理污水8,760.00万吨，计划处理量9,125.00万吨，完成率为95.00%。", [("95.00%", "96.00%")]),
    ("a 完成率 of a tonnage, agrees", "全年实际处理污水8,760.00万吨，计划处理量9,125.00万吨，完成率为96.00%。", []),
    ("another unit in the sentence", "年度指标值38口，全年完成山塘清淤整治36口，清淤土方4.27万立方米，完成率100%，得4分。",
     [("100%", "95%")]),
    ("a 完成率 without a target among its figures", "2023年播种面积52.10万亩，2024年播种面积53.18万亩，完成率101.10%。", []),
    ("batches", "抽检农产品50批次，合格48批次，合格率98%。", [("98%", "96%")]),
    # what was approved is the base, what was done is named by the rate's own words (高标准农田, held out)
    ("a rate over what was approved", "两年批复项目48个，按期开工45个，开工及时率95.75%。", [("95.75%", "93.75%")]),
    ("a rate over what was approved, agrees", "批复项目44个，按期完工38个，完工及时率86.36%。", []),
]
# a quotient beside its terms (潆江 单座成本; 人均 / 户均 amounts of other reports)
CASES += [
    # 岚溪 (held out): a whole and then its part before the rate; a spending rate over what arrived; a formula whose
    # terms end in 人数 / 总数
    ("the part of a whole named by 中, off", "全县62所实施学校中58所实现食堂供餐，食堂供餐率为95.16%。", [("95.16%", "93.55%")]),
    ("the part of a whole named by 中, agrees", "全县62所实施学校中58所实现食堂供餐，食堂供餐率为93.55%。", []),
    ("the part after 其中, off", "全县学校食堂从业人员412人，其中持有效健康证明409人，持证率99.76%。", [("99.76%", "99.27%")]),
    ("a spending rate over what arrived, off", "其中中央膳食补助资金到位2988.80万元，支出2960.34万元，执行率99.50%。",
     [("99.50%", "99.05%")]),
    ("a spending rate over what arrived, agrees", "其中中央膳食补助资金到位2988.80万元，支出2960.34万元，执行率99.05%。", []),
    ("a formula's terms ending in 人数 and 总数",
     "评分标准：持证率=持有效健康证明人数/食堂从业人员总数×100%。\n\n食堂从业人员412人，持有效健康证明409人，持证率99.76%。",
     [("99.76%", "99.27%")]),
    # the look-alikes: two counts that are no whole and part, a rate of something else
    ("two counts of other things", "新增就业400人，已帮助失业人员再就业100人，城镇登记失业率3.2%。", []),
    ("a rate of another measure after a whole and its part", "全县62所学校中58所开通食堂，学生满意率为96.5%。", []),
    # the formula with a full-width slash (writer W) or ÷ and a (%) tag on the rate (writer V)
    ("formula with ／", "评分标准：在职人员控制率＝在职人员数／编制数×100%。\n\n核定人员编制44名，在职人员43人。在职人员控制率为97.72%。",
     [("97.72%", "97.73%")]),
    ("formula with ÷ and （%）", "评分标准：在职人员控制率（%）=在职人员数÷编制数×100%。\n\n核定人员编制44名，在职人员43人。在职人员控制率为97.72%。",
     [("97.72%", "97.73%")]),
    ("formula with ÷ and （%）, agrees", "评分标准：在职人员控制率（%）=在职人员数÷编制数×100%。\n\n核定人员编制44名，在职人员43人。在职人员控制率为97.73%。",
     []),
    ("quotient before its terms, off", "单座年均维修养护成本6.97万元（312.46万元÷46座），未超过指标值。", [("6.97万元", "6.79万元")]),
    ("quotient before its terms, agrees", "单座年均维修养护成本6.79万元（312.46万元÷46座）。", []),
    ("terms then the quotient, off", "人均补贴=120.00万元÷400人=0.35万元。", [("0.35万元", "0.30万元")]),
    ("quotient in 元 over 万元 terms, agrees", "户均补助1,500元（90,000元/60户）。", []),
    # terms in 万元 and 万吨, the quotient per 吨 (鹤原 单位补助成本)
    ("per 吨 over 万吨, agrees", "5,236.00万元/8,760.00万吨=0.60元/吨，未超过指标值。", []),
    ("per 吨 over 万吨, off", "5,236.00万元/8,760.00万吨=0.70元/吨。", [("0.70元", "0.60元")]),
    ("over 万吨, per what not said", "5,236.00万元/8,760.00万吨=5977.17元。", []),
]

GOALS = "表3 年度绩效目标完成情况\n指标名称\t年度目标值\t实际完成值\t完成率\n"


def goals(*rows):
    return GOALS + "".join("\t".join(r) + "\n" for r in rows)


# a 绩效目标 table's 完成率 column (沱阳 表3, 东临 表3, 自评表 年度指标值 | 实际完成值)
TABLE_CASES = [
    ("completion column agrees", goals(("参保人数", "≥186,000人", "186,425人", "100.23%"), ("丧葬补助", "1,335人", "1,320人", "98.88%"),
                                       ("准确率", "≥99%", "98.67%", "99.67%")), []),
    ("completion column off", goals(("待遇领取人数", "58,000人", "57,412人", "99.89%")), [("99.89%", "98.99%")]),
    ("a floor passed, capped at 100%", goals(("参保人数", "≥186,000人", "186,425人", "100%")), []),
    ("a ceiling is no share", goals(("投诉率", "≤1%", "0.5%", "100%")), []),
    ("units differ", goals(("培训", "200人次", "190人", "50%")), []),
    ("batches (青屿 表4)", goals(("食品安全抽检批次", "≥3,150批次", "3,206批次", "103.49%")), [("103.49%", "101.78%")]),
]


BUDGET = "表1 资金执行情况\n单位：万元\n资金来源\t年初预算数\t全年预算数\t全年执行数\t执行率\n"


def budget(*rows):
    return BUDGET + "".join("\t".join(r) + "\n" for r in rows)


# any other rate column: its terms are learnt from the rows (潆江 表1/表2, 梅川 表4, 清溪 项目支出表)
TABLE_CASES += [
    ("rate column agrees", budget(("中央", "386.00", "412.00", "405.36", "98.39%"), ("省级", "150.00", "150.00", "146.20", "97.47%"),
                                  ("县级", "220.00", "236.00", "214.84", "91.03%"), ("合计", "756.00", "798.00", "766.40", "96.04%")), []),
    ("rate column, one row off", budget(("中央", "386.00", "412.00", "405.36", "98.39%"), ("省级", "150.00", "150.00", "146.20", "97.74%"),
                                        ("县级", "220.00", "236.00", "214.84", "91.03%"), ("合计", "756.00", "798.00", "766.40", "96.04%")),
     [("97.74%", "97.47%")]),
    # two pairs give the rows equally (年初 = 全年 in every row): a row is off only when neither gives it
    ("two pairs tie", budget(("中央", "412.00", "412.00", "405.36", "98.39%"), ("省级", "150.00", "150.00", "146.20", "97.47%"),
                             ("县级", "236.00", "236.00", "214.84", "91.03%"), ("其他", "50.00", "50.00", "40.00", "81.00%")),
     [("81.00%", "80.00%")]),
    # two slips in five rows, and a pair that ties in the rows that fit (修阳 表1: 下达 = 到位 but in 县级): the slip's rate
    # fits neither; the message works it out from the nearer pair
    ("two slips in five rows", budget(("中央", "5,286.00", "5,286.00", "5,158.42", "97.59%"), ("省级", "2,140.00", "2,140.00", "2,063.75", "96.44%"),
                                      ("市级", "420.00", "420.00", "398.60", "94.90%"), ("县级", "1,350.00", "1,210.00", "1,152.36", "96.24%"),
                                      ("合计", "9,196.00", "9,056.00", "8,737.13", "96.88%")),
     [("96.24%", "95.24%"), ("96.88%", "96.48%")]),
    ("too few rows to learn from", budget(("中央", "386.00", "412.00", "405.36", "98.39%"), ("省级", "150.00", "150.00", "146.20", "97.74%")), []),
    # a share of the column's total is no ratio of two columns: nothing learnt, nothing said
    ("share of the total", "表2 支出结构\n项目\t金额\t占比\n甲\t60.00\t60.00%\n乙\t30.00\t30.00%\n丙\t10.00\t11.00%\n合计\t100.00\t100.00%\n", []),
]


@pytest.mark.parametrize("name, text, want", TABLE_CASES, ids=[c[0] for c in TABLE_CASES])
def test_completion_column(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    assert [(f.actual, f.expected) for f in findings] == want
    assert all(f.location.row for f in findings)


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    assert [(f.actual, f.expected) for f in findings] == want


def test_unresolved_parts_are_counted(tmp_path):
    _, cov = run_check(check, next(c[1] for c in CASES if c[0] == "parts not told apart"), tmp_path)
    assert cov.examined == 0 and len(cov.not_checked) == 1


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    got = [(f.location.table is not None, f.actual, f.expected) for f in reference_result(form).findings if f.rule == check.ID]
    assert sorted(got) == [(False, "97.72%", "97.73%"), (True, "97.72%", "97.73%")]


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "完成目标任务 400 人的 100%"
    assert text.count(old) == 2
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "完成目标任务 400 人的 110%", 1), encoding="utf-8")
    got = [(f.actual, f.expected) for f in check_file(str(path)).findings if f.rule == check.ID]
    assert sorted(got) == [("110%", "100%"), ("97.72%", "97.73%"), ("97.72%", "97.73%")]
