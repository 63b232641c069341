"""RL102 score-rollup: cases and mutations."""

import pytest
import reportlint.checks.score_rollup as check
from casekit import run_check, table
from conftest import REFERENCE, reference_result

from reportlint.engine import check_file


def scoring(l1="60", l2a="20", l2b="40", pts=("10", "10", "40"), scores=("10", "8", "36"), l1b="40"):
    return "附件1：评分表\n\n" + table(
        "一级指标|二级指标|三级指标|评分标准|得分原因|得分",
        f"决策({l1})|目标设定({l2a})|甲({pts[0]})|x|y|{scores[0]}",
        f"||乙({pts[1]})|x|y|{scores[1]}",
        f"|预算配置({l2b})|丙({pts[2]})|x|y|{scores[2]}",
        f"过程({l1b})|预算执行({l1b})|丁({l1b})|x|y|30",
    )


SUMMARY = "表4：得分情况\n\n" + table("一级指标|分值|得分|得分率%", "部门决策|60|{d}|{rate}", "部门过程|40|30|75", "合计|100|{t}|84")


def summary(d="54", rate="90", t="84"):
    return SUMMARY.format(d=d, rate=rate, t=t)


SELF_SUMMARY = "表4：单位绩效自评得分情况\n\n" + table("一级指标|分值|得分|得分率%", "部门决策|60|58|96.67", "部门过程|40|30|75",
                                                     "合计|100|88|88")
PART_OF_SCORING = "附件1：评分表\n\n" + table(  # only 决策's rows were read: 过程's page was left unread
    "一级指标|二级指标|三级指标|评分标准|得分原因|得分",
    "决策(60)|目标设定(20)|甲(10)|x|y|10", "||乙(10)|x|y|8", "|预算配置(40)|丙(40)|x|y|36")

CASES = [
    ("all consistent", summary() + scoring(), []),
    # a 合计 is not weighed against a scoring table that gave only some of the 一级 it lists
    # (its own 一级 points, 60 of 100, and the 合计 row's own rate are still weighed)
    ("scoring table in part", summary(t="85") + PART_OF_SCORING, [("60", "100"), ("84%", "85%")]),
    ("scoring table in part, a 一级 off", summary(d="55", rate="91.67") + PART_OF_SCORING, [("55", "54"), ("60", "100")]),
    # the scoring table's own 合计 row against every 三级 (梅川 附件1); a 自评表 without rules is left alone
    ("scoring table 合计 agrees", summary() + scoring().rstrip("\n") + "\n" + "合计\t\t\t\t\t84\n", []),
    ("scoring table 合计 off", summary() + scoring().rstrip("\n") + "\n" + "合计\t\t\t\t\t83\n", [("83", "84")]),
    # a 二级 table: each 二级's 分值 and 得分 against its 三级 in the scoring table (梅川 表7)
    ("二级 rows agree", table("一级指标|二级指标|分值|得分", "决策|目标设定|20|18", "|预算配置|40|36") + scoring(), []),
    ("二级 row score off", table("一级指标|二级指标|分值|得分", "决策|目标设定|20|18.5", "|预算配置|40|36") + scoring(),
     [("18.5", "18")]),
    # a 二级 table (一级 | 二级 | 分值 | 得分) names a 一级 on its first 二级's row: no 一级 summary
    ("二级 table", "表5：二级指标得分\n\n" + table("一级指标|二级指标|分值|得分|得分率", "部门决策|目标设定|20|18|90",
                                              "|预算配置|40|36|90", "部门过程|预算执行|40|30|75") + scoring(), []),
    # the wrong label disagrees with its children and with its parent
    ("二级 label off", summary() + scoring(l2a="25"), [("25", "20"), ("60", "65")]),
    # a wrong 一级 label: its children, the sum to 100, and the summary table (60, total 100) all disagree
    ("一级 label off", summary() + scoring(l1="55"), [("55", "60"), ("95", "100"), ("60", "55"), ("100", "95")]),
    ("summary score off", summary(d="55", rate="91.67", t="85") + scoring(), [("55", "54"), ("85", "84"), ("84%", "85%")]),
    ("rate at its precision", summary(rate="90.00") + scoring(), []),
    ("rate off", summary(rate="91") + scoring(), [("91%", "90%")]),
    ("text score off", "一级指标项目决策下设2个二级指标，3个三级指标，共计得分55分。\n\n" + summary() + scoring(), [("55", "54")]),
    # the 一级's score after its 二级' (岚溪 "……满意度得7.5分，效益指标合计得24.5分"; 淮岭 "……效益指标共得分27.75分")
    ("合计得 after the 二级, off", "经评价，目标设定得18分，预算配置得36分，决策指标合计得55分。\n\n" + summary() + scoring(), [("55", "54")]),
    ("共得分 after the 二级, off", "其中目标设定得18分、预算配置得36分，决策指标共得分55分，得分率91.67%。\n\n" + summary() + scoring(),
     [("55", "54")]),
    # a review's own score words (朔川 自评复核: "……满意度5分，合计复核得分25.83分")
    ("合计复核得分 after the 二级, off", "其中目标设定18分、预算配置36分，决策指标合计复核得分55分。\n\n" + summary() + scoring(),
     [("55", "54")]),
    ("合计得 after the 二级, agree", "经评价，目标设定得18分，预算配置得36分，决策指标合计得54分。\n\n" + summary() + scoring(), []),
    ("text score and rate", "决策指标54.00分，得分率90.00%；过程指标30分，得分率70%。\n\n" + summary() + scoring(), [("70%", "75%")]),
    # the 一级 named first, its score after clauses about it (清溪 卫健局 style)
    ("text score far from its 一级", "过程指标主要考察部门预算执行情况，下设1个二级指标、1个三级指标，满分40分，评价得分32.50分。\n\n"
     + summary() + scoring(), [("32.50", "30.00")]),
    ("评价得N分 (东临)", "过程指标共设置1个二级指标，分值40分，评价得32.50分，得分率81.25%。\n\n" + summary() + scoring(), [("32.50", "30.00")]),
    ("a list of 一级 is no subject", "评价指标体系由决策、过程2个一级指标构成，满分100分，评价得分84分。\n\n" + summary() + scoring(), []),
    # scores listed under 其中 after the total, with 得 or bare, 、 or ， between (沱阳 综合评价结论; 河南 摘要; 宝山 交通局)
    ("其中 list with 得, 、", "综合得分84分，评价等级为“良”。其中决策指标得54.00分、过程指标得30.00分。\n\n" + summary() + scoring(), []),
    ("其中 list with 得, 、, off", "综合得分84分，评价等级为“良”。其中决策指标得54.00分、过程指标得32.00分。\n\n" + summary() + scoring(),
     [("32.00", "30.00")]),
    ("其中 list of bare scores, off", "项目综合评价得分84分，其中：决策指标54分，过程指标32分。\n\n" + summary() + scoring(), [("32", "30")]),
    ("分别为 after 得分, off", "各一级指标得分分别为：决策54分、过程32分。\n\n" + summary() + scoring(), [("32", "30")]),
    # bare figures under 满分 are points, not scores: 60 and 40 are the summary's points
    ("其中 list of bare points", "指标体系满分100分，其中决策指标60分，过程指标40分。\n\n" + summary() + scoring(), []),
    # a list item's figure is its first clause only: "满分100分" is the whole's (not 过程's)
    # a summary row outside the scoring table's 一级 (a 自评表's 预算执行率, scored in its funding table): its 合计
    # is not the 一级' sum (潆江 表3)
    ("a summary row of its own", "表3：得分情况\n\n" + table("一级指标|分值|得分|得分率%", "预算执行率|10|9.6|96",
                                                         "部门决策|60|54|90", "部门过程|40|30|75", "合计|110|93.6|85.09") + scoring(), []),
    # a 扣分 column: each row's 得分 is its 分值 less it (青屿 附件1, 表5)
    ("分值 − 扣分 = 得分", table("一级指标|分值|扣分|得分", "部门决策|60|6|54", "部门过程|40|10|30", "合计|100|16|84") + scoring(), []),
    ("分值 − 扣分 ≠ 得分", table("一级指标|分值|扣分|得分", "部门决策|60|6.5|54", "部门过程|40|10|30", "合计|100|16.5|84") + scoring(),
     [("54", "53.5"), ("84", "83.5")]),
    ("the whole's 满分 after a list", "一级指标分值为决策60分、过程40分，满分100分。\n\n" + summary() + scoring(), []),
    # the evaluated unit's own 自评 in a third-party evaluation (修阳 表3 "……（自评）", "自评表产出指标得48分"): its
    # points and scores are the unit's, not the evaluation's
    ("the unit's own 自评 summary", "2024年度某项目支出绩效评价报告\n\n" + SELF_SUMMARY + scoring(), []),
    ("the unit's own 自评 in a sentence", "2024年度某项目支出绩效评价报告\n\n单位自评表决策指标得58分、过程指标得34分。\n\n"
     + summary() + scoring(), []),
    ("a 自评报告's own summary", "2024年度某项目支出绩效自评报告\n\n" + SELF_SUMMARY + scoring(), [("58", "54"), ("88", "84")]),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    assert sorted((f.actual, f.expected) for f in findings) == sorted(want)
    assert cov.examined >= 5


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference_rolls_up(form):
    """附件1, 表4–表8 and the 结论表 rates of the reference report all add up."""
    result = reference_result(form)
    assert [f for f in result.findings if f.rule == check.ID] == []
    assert result.coverage[check.ID].examined >= 80


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "部门决策\t15\t14\t93.33"
    assert text.count(old) == 1
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "部门决策\t15\t14\t93.30"), encoding="utf-8")
    got = [(f.actual, f.expected, f.location.caption, f.location.row) for f in check_file(str(path)).findings
           if f.rule == check.ID]
    assert got == [("93.30%", "93.33%", "表4：部门总得分情况", 2)]


SELF_EVALUATION = "项目支出绩效自评表\n\n" + "\n".join("\t".join(r) for r in [
    ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"),
    ("产出指标(50分)", "数量指标", "指标1:完成项目数量", "1", "1", "20", "20", ""),
    ("", "", "指标2:", "", "", "", "", ""),
    ("", "", "……", "", "", "", "", ""),
    ("", "质量指标", "指标1:工程质量合格", "合格", "合格", "{q}", "{q}", ""),
    ("效益指标(30分)", "社会效益指标", "指标1:保护人口财产", "有效", "有效", "30", "30", ""),
]) + "\n"


@pytest.mark.parametrize("q, want", [("30", []), ("20", [("40", "50")])])
def test_a_self_evaluation_form_is_rolled_up_without_its_empty_rows(tmp_path, q, want):
    """A 自评表 (安徽 天长/池州 forms): no rule column, template rows "指标2:" and "……" left empty, and the
    预算执行率 scored in the funding table, so its 一级 make 80 here, not 100 (no finding for that)."""
    findings, cov = run_check(check, SELF_EVALUATION.format(q=q), tmp_path)
    assert [(f.expected, f.actual) for f in findings] == want
    assert cov.examined >= 2


def _per_level(l2="20"):
    return "附件1：评分表\n\n" + table(
        "一级指标|分值|二级指标|分值|三级指标|分值|评分标准|得分",
        f"A决策|60|A1目标设定|{l2}|A11甲|10|x|10", "||||A12乙|10|x|8",
        "||A2预算配置|40|A21丙|40|x|36", "B过程|40|B1预算执行|40|B11丁|40|x|30")


@pytest.mark.parametrize("l2, want", [("20", []), ("25", [("25", "20"), ("60", "65")])])
def test_a_points_column_beside_each_level(tmp_path, l2, want):
    """"一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | …" (held-out report Q): each level's points stand in the
    column after it; the 三级's are the ones after the 三级 names, not the first 分值 column."""
    findings, cov = run_check(check, _per_level(l2), tmp_path)
    assert [(f.actual, f.expected) for f in findings] == want
    assert cov.examined >= 4


def test_a_level2_cell_merged_into_the_total_row_gives_that_row_no_level2(tmp_path):
    """岚溪 (held out), Word form: the 二级 cell 满意度 spans the 合计 row below it; the 合计 row is no 二级's."""
    import docx

    d = docx.Document()
    d.add_paragraph("附件1：评分表")
    rows = [("一级指标", "二级指标", "三级指标", "评分标准", "得分原因", "得分"),
            ("决策(60)", "目标设定(20)", "甲(10)", "x", "y", "10"), ("", "", "乙(10)", "x", "y", "8"),
            ("", "预算配置(40)", "丙(40)", "x", "y", "36"), ("过程(40)", "预算执行(40)", "丁(40)", "x", "y", "30")]
    t = d.add_table(rows=len(rows), cols=6)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
    d.add_paragraph("表5：二级指标得分情况")
    summary = [("一级指标", "二级指标", "分值", "得分"), ("决策", "目标设定", "20", "18"), ("", "预算配置", "40", "36"),
               ("过程", "预算执行", "40", "30"), ("合计", "", "100", "84")]
    s = d.add_table(rows=len(summary), cols=4)
    for r, row in enumerate(summary):
        for c, text in enumerate(row):
            s.cell(r, c).text = text
    s.cell(3, 1).merge(s.cell(4, 1))  # 预算执行 spans the 合计 row
    path = tmp_path / "merged.docx"
    d.save(path)
    assert [f for f in check_file(str(path)).findings if f.rule == check.ID] == []
    s.cell(3, 2).text = "45"  # the 二级 row itself is still weighed
    d.save(path)
    assert [(f.actual, f.expected) for f in check_file(str(path)).findings if f.rule == check.ID] == [("45", "40")]


@pytest.mark.parametrize("stated, sums_to, found", [
    ("11", "4|3.5|4", True),    # 11.5 rounds to 12, never to 11 (岚溪 held out: the half-point hidden)
    ("12", "4|3.5|4", False),   # 11.5 stated at whole points is 12
    ("11", "4|2.5|4", False),   # 10.5 stated at whole points is 11
    ("11.0", "4|3.5|4", True),
])
def test_a_level2_score_stated_at_its_own_precision(tmp_path, stated, sums_to, found):
    a, b, c = sums_to.split("|")
    scoring = "附件1：评分表\n\n" + table(
        "一级指标|二级指标|三级指标|评分标准|得分原因|得分",
        f"产出(60)|产出数量(15)|甲(5)|x|y|{a}", f"||乙(5)|x|y|{b}", f"||丙(5)|x|y|{c}",
        "|产出质量(45)|丁(45)|x|y|45", "效益(40)|社会效益(40)|戊(40)|x|y|40")
    summary = "表5：二级指标得分情况\n\n" + table("一级指标|二级指标|分值|得分", f"产出|产出数量|15|{stated}", "|产出质量|45|45",
                                                "效益|社会效益|40|40")
    findings, _ = run_check(check, summary + "\n\n" + scoring, tmp_path)
    assert [(f.actual, f.expected) for f in findings if "产出数量" in f.message] == ([(stated, "11.5")] if found else [])
