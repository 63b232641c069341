"""The domain vocabulary: real header words, 一级 names and numerals, and the look-alikes that are not."""

from decimal import Decimal as D

import pytest

from reportlint.figures import figures_in_text
from reportlint.vocab import TOTAL_ROW, cn_number, header_role, level1_family, level1_mentioned


@pytest.mark.parametrize(
    "header, role",
    [
        # the reference report; the Henan report; published 评分表 of other provinces
        ("评分标准", "rule"), ("评分细则", "rule"), ("评分办法", "rule"), ("计分方法", "rule"), ("评分标准及依据", "rule"),
        ("得分原因", "reason"), ("评分依据", "reason"), ("评价意见", "reason"), ("扣分原因", "reason"),
        ("得分情况说明", "reason"), ("评分标准和评分规则", "rule"), ("评(扣)分标准", "rule"), ("计分标准", "rule"),
        ("自评情况", "reason"), ("指标得分", "score"), ("指标得分（分）", "score"), ("指标权重（分）", "points"),
        ("分值", "points"), ("分 值", "points"), ("标准分", "points"), ("权重", "points"), ("指标分值", "points"),
        ("分值（分）", "points"), ("满分", "points"),
        ("得分", "score"), ("评价得分", "score"), ("实际得分", "score"), ("自评得分", "score"), ("评分结果", "score"),
        ("指标解释", "explanation"), ("指标说明", "explanation"), ("指标内涵", "explanation"),
        ("一级指标", "level1"), ("二级指标", "level2"), ("三级指标", "name"),
        # one column for two contents (writer E's 指标说明及评分标准): the rule is what a check needs from it
        ("指标说明及评分标准", "rule"), ("指标解释和评分方法", "rule"), ("指标内涵、评分标准", "rule"),
        ("原因分析", "reason"), ("满分值", "points"), ("实得分", "score"),
        # 河南's "具体打分情况详见附件1"; 银川 自评表 "财政审核评分" (writer H)
        ("打分情况", "reason"), ("打分依据", "reason"), ("打分", "score"), ("打分结果", "score"),
        # 重庆 中介机构绩效评价报告质量考核评分表 (评审标准 / 评定依据 / 评定分数); 银川 自评表 参考分值 (writer I)
        ("评审标准", "rule"), ("评定依据", "reason"), ("评定分数", "score"), ("参考分值", "points"), ("核查情况", "reason"),
        # an audit firm's 评分表 (writer K): 评价内容 / 计分方法 / 指标完成情况 / 得分值
        ("指标完成情况", "reason"),
        # a firm grown out of 自评表 (writer L): 核查结果 / 实际评分, per-一级 tables 应得分 / 实际评分
        ("核查结果", "reason"), ("实际评分", "score"), ("应得分", "points"),
        # look-alikes: a rate column, the year's target, a plain name column, two names that hold no rule
        ("指标解释及说明", "explanation"), ("一级及二级指标", None),
        ("得分率", None), ("得分率%", None), ("项目名称", None), ("", None),
        # a 自评表's target and outcome (潆江; 青神 指标值 / 完成值; 银川 指标值(A) / 全年实际值(B)), a firm's 评价结果 (琅川)
        ("年度指标值", "target"), ("指标值（A）", "target"), ("实际完成值", "actual"), ("全年实际值（B）", "actual"),
        ("评价结果", "reason"),
    ],
)
def test_header_roles(header, role):
    assert header_role(header) == role


@pytest.mark.parametrize(
    "label, family",
    [
        ("决策 (15)", "决策"), ("决策（20分）", "决策"), ("部门决策", "决策"), ("项目决策", "决策"), ("决策指标", "决策"),
        ("过程", "过程"), ("部门管理", "过程"), ("产出指标 25分", "产出"), ("效果", "效益"), ("效益指标", "效益"),
        ("投入", "投入"), ("一、决策", "决策"),
        # 二级 and 三级 names that contain a 一级 word are not 一级
        ("产出数量", None), ("产出质量", None), ("部门管理制度健全性", None), ("社会效益", None), ("决策程序", None),
        ("", None),
    ],
)
def test_level1_family_takes_whole_labels_only(label, family):
    assert level1_family(label) == family


def test_level1_mentioned_needs_exactly_one():
    assert level1_mentioned("（一）部门决策情况分析") == "决策"
    assert level1_mentioned("一级指标项目过程下设4个二级指标") == "过程"
    assert level1_mentioned("决策、过程、产出、效益4个一级指标") is None
    assert level1_mentioned("评价结论") is None


@pytest.mark.parametrize(
    "text, value",
    [("三十四", 34), ("十三", 13), ("四", 4), ("两千", 2000), ("一百二十", 120), ("一千零五", 1005), ("一万零五", 10005),
     ("二〇二五", 2025), ("二零二四", 2024), ("零点五", D("0.5")), ("十", 10)],
)
def test_cn_number(text, value):
    assert cn_number(text) == value


def test_cn_number_agrees_with_cn2an_on_every_number_below_100000():
    """cn2an, the well-kept converter, as the oracle (it is a test dependency only: see the README)."""
    cn2an = pytest.importorskip("cn2an")
    wrong = [n for n in range(100_000) if cn_number(cn2an.an2cn(n)) != n]
    assert wrong == []


@pytest.mark.parametrize("text", ["三四", "十十", "点五", "万", "abc", ""])
def test_cn_number_refuses_what_is_not_one_numeral(text):
    assert cn_number(text) is None


@pytest.mark.parametrize(
    "text, kind, value, unit",
    [
        ("2021-2024年共举办三十四个赛项", "count", 34, "个"),
        ("设置一级指标四个", "count", 4, "个"),
        ("本年度投入资金一百二十万元", "amount", 1200000, "元"),
        ("综合满意率为百分之九十五", "percent", 95, "%"),
        ("共培训学员1,250人次", "count", 1250, "人次"),
    ],
)
def test_figures_in_words_and_digits(text, kind, value, unit):
    (fig,) = [f for f in figures_in_text(text, None) if f.kind != "year"]
    assert (fig.kind, fig.value, fig.unit) == (kind, value, unit)


@pytest.mark.parametrize("text", ["第三个阶段", "每一个二级指标", "这十分重要", "培训两千余人", "形成一个闭环"])
def test_no_figure_from_ordinals_articles_or_approximations(text):
    assert figures_in_text(text, None) == []


@pytest.mark.parametrize("text, total", [("合计", True), ("合  计", True), ("总计", True), ("小计", True), ("总分", True),
                                          ("合同金额", False), ("总体目标", False)])
def test_total_rows(text, total):
    assert bool(TOTAL_ROW.match(text)) == total


def test_no_figure_from_the_middle_of_a_number():
    found = [(f.number.text, f.unit) for f in figures_in_text("项目支出全年预算数（A）6005.58万元，执行数（B）6005.58万元", None)]
    assert found == [("6005.58", "万元"), ("6005.58", "万元")]


def test_分数_is_the_score_beside_a_points_column():
    from casekit import table

    from reportlint.indicators import columns_of
    from reportlint.readers import read

    rows = ["一级指标|二级指标|三级指标|分值|计分标准|分数", "决策(10)|目标(10)|甲|10|符合得10分|10"]
    rows_no_points = ["一级指标|二级指标|三级指标|计分标准|评价依据|分数", "决策(10)|目标(10)|甲(10)|符合得10分|符合|10"]
    for spec, want in ((rows, {"points": 3, "score": 5}), (rows_no_points, {"score": 5})):
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as d:
            p = Path(d) / "t.txt"
            p.write_text("附件1\n\n" + table(*spec), encoding="utf-8")
            (t,) = read(str(p)).tables
        _, cols = columns_of(t)
        assert {k: v for k, v in cols.items() if k in ("points", "score")} == want


def test_a_score_column_under_an_unknown_header_is_found_by_its_content(tmp_path):
    from casekit import table

    from reportlint.indicators import extract_indicators
    from reportlint.readers import read

    rows = ["一级指标|二级指标|三级指标|计分标准|评价依据|最终评定|得分率",
            "决策(10)|目标(10)|甲(4)|符合得4分|符合|4|100%", "||乙(3)|符合得3分|符合|3|100%", "||丙(3)|符合得3分|符合|2|66.67%"]
    path = tmp_path / "t.txt"
    path.write_text("附件1\n\n" + table(*rows), encoding="utf-8")
    got = [(i.name, i.points.text, i.score.text) for i in extract_indicators(read(str(path)))]
    assert got == [("甲", "4", "4"), ("乙", "3", "3"), ("丙", "3", "2")]


def test_level_columns_under_unknown_words_are_read_by_position(tmp_path):
    from casekit import table

    from reportlint.indicators import extract_indicators
    from reportlint.readers import read

    rows = ["一级指标|考核内容|考核项目|指标说明|评分标准和评分规则|评价意见|考评得分",
            "决策(10)|目标(10)|甲(4)|说明|符合得4分|符合|4", "||乙(3)|说明|符合得3分|符合|3", "||丙(3)|说明|符合得3分|符合|2"]
    path = tmp_path / "t.txt"
    path.write_text("附件1\n\n" + table(*rows), encoding="utf-8")
    got = [(i.level1, i.level2, i.name, i.score.text) for i in extract_indicators(read(str(path)))]
    assert got == [("决策", "目标", "甲", "4"), ("决策", "目标", "乙", "3"), ("决策", "目标", "丙", "2")]


@pytest.mark.parametrize("text, share", [
    ("抽样比例为样本总量的60%", "60"), ("样本量按调查总体的60%确定", "60"), ("抽样比例：样本总量的60%", "60"), ("样本量为总量的60%", "60"), ("抽样人数占调查总体的60%", "60"),
    ("按60%的比例随机抽取", "60"), ("样本占总体的60%", "60"), ("抽取比例为调查对象总量的60%", "60"), ("调查样本量占内部职工总数的60%", "60"),
    ("有效样本占发放问卷的95%", None), ("问卷回收率为95%", None), ("有效样本量占发放问卷的95%", None),
])
def test_sample_share(text, share):
    from reportlint.vocab import SAMPLE_SHARE
    m = SAMPLE_SHARE.search(text)
    assert (m and (m.group("p") or m.group("p2"))) == share


def test_the_rule_and_reason_columns_under_words_we_do_not_know_are_read_by_content(tmp_path):
    """A 评分表 whose rule and reason headers are in no vocabulary ("考评口径", "核查情况"): the column that reads
    as rules (不得分, 扣0.5分, 各占50%) is the rule, the one whose cells end in the score given is the reason."""
    from reportlint.readers import read
    from reportlint.report import Report

    text = "附件1：评分表\n\n" + "\n".join("\t".join(r) for r in [
        ("一级指标", "二级指标", "三级指标", "考评口径", "核查情况", "得分"),
        ("决策(6)", "目标设定(6)", "目标合理性(2)", "①甲；②乙。以上要素各占50%权重分，符合得1分，不符合得0分。", "①符合；②符合。得2分。", "2"),
        ("", "", "指标明确性(2)", "≥90%得满分，每降低1%扣0.1分，低于70%不得分。", "指标明确率95%。得2分。", "2"),
        ("", "", "计划明确性(2)", "有计划得2分，否则不得分。", "有计划。得2分。", "2"),
    ]) + "\n"
    path = tmp_path / "s.txt"
    path.write_text(text, encoding="utf-8")
    ind = Report(read(str(path))).indicators
    assert [(i.name, i.rule[:4], i.reason[:4]) for i in ind] == [
        ("目标合理性", "①甲；②", "①符合；"), ("指标明确性", "≥90%", "指标明确"), ("计划明确性", "有计划得", "有计划。")]


def test_two_text_columns_that_both_read_as_rules_are_not_guessed(tmp_path):
    from reportlint.readers import read
    from reportlint.report import Report

    rule = "≥90%得满分，每降低1%扣0.1分，低于70%不得分。"
    text = "附件1：评分表\n\n" + "\n".join("\t".join(r) for r in [
        ("一级指标", "二级指标", "三级指标", "甲栏", "乙栏", "得分"),
        *(("决策(6)" if k == 0 else "", "目标设定(6)" if k == 0 else "", f"指标{k}(2)", rule, rule, "2") for k in range(3)),
    ]) + "\n"
    path = tmp_path / "s.txt"
    path.write_text(text, encoding="utf-8")
    assert Report(read(str(path))).indicators == []


@pytest.mark.parametrize("text, want", [
    ("项目资金结余总额、项目全年预算数分别为 0 万元和 4055.17 万元。", "项目资金结余总额为0 万元，项目全年预算数为4055.17 万元。"),
    ("“预算执行”“资金管理”分别赋予12分、6分。", "“预算执行”赋分12分，“资金管理”赋分6分。"),
    ("基本支出、项目支出分别为842.29万元、6005.58万元", "基本支出为842.29万元，项目支出为6005.58万元"),
    # look-alikes left as they are: counts that do not pair, names cut to one character, no 分别
    ("第一、二、三届省赛参赛人数分别1412人、2109人、2039人", None),
    ("甲、乙、丙分别为1万元和2万元", None),
    ("技术能手1803名（分别为442名、418名、943名）", None),
])
def test_respectively(text, want):
    from reportlint.text import respectively

    assert respectively(text) == (want or text)


def test_a_label_that_is_only_a_total_word_stays_that_word():
    """"……县级安排资金1,447.53万元，合计4,236.18万元": the total's label is 合计, not the digits before it."""
    from reportlint.figures import figures_in_text
    from reportlint.model import Location

    got = [f.label for f in figures_in_text("中央补助资金1,862.40万元，县级安排资金1,447.53万元，合计4,236.18万元。", Location("x"))]
    assert got == ["中央补助资金", "县级安排资金", "合计"]


@pytest.mark.parametrize("text, label", [
    # a few words in brackets or quotes inside a label are part of it (淮岭, 青岚; held out)
    ("产业项目联农带农覆盖脱贫（监测）户6,482户", "产业项目联农带农覆盖脱贫监测户"),
    ("“三公”经费支出2万元", "三公经费支出"),
    # a basis in brackets and a variable mark stay out of it; a figure in brackets takes the label outside
    ("项目支出全年预算数（批复口径）为6005.58万元", "项目支出全年预算数"),
    ("项目支出全年预算数（A）6005.58万元", "项目支出全年预算数"),
    ("财政拨款收入（6847.87万元）", "财政拨款收入"),
])
def test_the_label_of_a_figure_keeps_the_words_inside_it(text, label):
    (fig,) = [f for f in figures_in_text(text, None) if f.kind != "year"]
    assert fig.label.rstrip("为") == label
