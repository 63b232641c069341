"""A report in another consultancy's house style: a 项目支出 report with coded indicators ("A决策15分"),
分值 before 指标解释, a 评价意见 column, rules in 要点 form ("符合评价要点①②"), per-step deductions as a share
of 分值, counted deductions, and the scores stated as "该指标得3.00分" and "决策指标共15分，评价得分13.75分".
The shapes come from the Henan corpus report and published 评分表; the defects are placed."""

import pytest
from casekit import table

from reportlint.engine import check_file
from reportlint.readers import read
from reportlint.report import Report

HEADER = "一级指标|二级指标|三级指标|分值|指标解释|评分标准和评分规则|评价意见|得分"
RULE_4 = "要点①②③④各占指标分值的1/4，符合相关要点得相应权重分值，否则扣除相应权重分值。"
RULE_3 = "要点①②③各占指标分值的1/3，符合相关要点得相应权重分值，否则扣除相应权重分值。"
RATE_RULE = "预算执行率达到100%的得满分，低于80%不得分，在幅度范围内每降低1%，扣5%权重分值，扣完为止。"
COUNTED = "每发现一处违规使用问题扣5分，扣完为止。"


def report(a102="2.00", a201_weight="1/4", a202="3.75", b101="75.00", l1_text="12.75", total="87.75"):
    scoring = table(
        HEADER,
        f"A决策15分|A1项目立项5分|A101立项依据充分性|2|依据|{RULE_4}|符合评价要点①②③④；综上，该指标得2.00分。|2.00",
        f"||A102立项程序规范性|3|程序|{RULE_3}|符合评价要点①②，不符合评价要点③；综上，该指标得{a102}分。|{a102}",
        f"|A2绩效目标10分|A201绩效目标合理性|5|目标|要点①②③④各占指标分值的{a201_weight}，符合相关要点得相应权重分值。"
        "|符合评价要点①②③④；综上，该指标得5.00分。|5.00",
        f"||A202预算执行率|5|执行|{RATE_RULE}|预算执行率为95%，该指标得{a202}分。|{a202}",
        f"B过程85分|B1资金管理85分|B101资金使用合规性|85|合规|{COUNTED}|经核查，发现2处问题；综上，该指标得{b101}分。|{b101}",
    )
    return (
        "2023年度某项目支出绩效评价报告\n\n一、评价结论\n\n"
        f"本次评价设置一级指标两个，二级指标3个，三级指标5个。决策指标共15分，评价得分{l1_text}分。"
        f"该项目绩效评价总体得分为{total}分，评价等级为“良”。\n\n附件1：绩效评价指标体系评分表\n\n" + scoring
    )


def findings(tmp_path, text):
    path = tmp_path / "house.txt"
    path.write_text(text, encoding="utf-8")
    return sorted((f.rule.split()[0], f.expected, f.actual) for f in check_file(str(path)).findings)


def test_a_consistent_report_in_this_style_is_clean(tmp_path):
    assert findings(tmp_path, report()) == []


@pytest.mark.parametrize(
    "change, want",
    [
        # 要点③ not met but scored as met: 1/3 of 3 points too many
        ({"a102": "3.00", "l1_text": "13.75", "total": "88.75"}, [("RL202", "2", "3.00")]),
        # weights of 1/2 over four 要点 add to 200%: the rule's own defect, reported once
        ({"a201_weight": "1/2"}, [("RL201", "100%", "200%")]),
        # 95% under a rule of 5% of 分值 per point below 100%: 3.75, not 4.00
        ({"a202": "4.00", "l1_text": "13.00", "total": "88.00"}, [("RL202", "3.75", "4.00")]),
        # two problems at 5 points each off 85: 75, not 70
        ({"b101": "70.00", "total": "82.75"}, [("RL202", "75", "70.00")]),
        # the 一级's score restated in the text
        ({"l1_text": "13.75"}, [("RL102", "12.75", "13.75")]),
    ],
)
def test_each_placed_defect_is_found_once(tmp_path, change, want):
    assert findings(tmp_path, report(**change)) == want


# a scoring table whose levels are a column of their own ("指标层级 | 指标编号 | 指标名称", 槐安), its reasons after the rules
# though an earlier column's header (评分依据) names reasons too
LEVEL_COLUMN = "附件1 评分表\n\n" + table(
    "指标层级|指标编号|指标名称|指标权重|评分依据|评分方法|核查情况|实得分",
    "一级|A|决策|100|—|—|—|{l1}",
    "二级|A1|项目立项|100|—|—|—|{l2}",
    "三级|A11|立项依据充分性|40|规划文件|①符合法律法规；②符合规划。每项20分。|①②均符合。|40",
    "三级|A12|绩效指标明确性|60|绩效目标表|①细化分解；②清晰可衡量；③与任务相对应。每项20分。|①符合；②不符合；③不符合。|{a12}",
)


@pytest.mark.parametrize("a12, l2, want", [("20", "60", []), ("40", "80", [("RL202", "40", "20")]),
                                           ("20", "65", [("RL102", "65", "60")])])  # the 二级 row's own score
def test_a_level_column_scoring_table(tmp_path, a12, l2, want):
    path = tmp_path / "levels.txt"
    path.write_text("某项目绩效评价报告\n\n" + LEVEL_COLUMN.format(l1=str(40 + int(a12)), l2=l2, a12=a12), encoding="utf-8")
    result = check_file(str(path))
    got = [(f.rule[:5], f.actual, f.expected) for f in result.findings if f.rule[:5] in ("RL202", "RL102")]
    assert got == want
    indicators = Report(read(str(path))).indicators
    assert [(i.level1, i.level2, i.name) for i in indicators] == [("决策", "项目立项", "立项依据充分性"),
                                                                  ("决策", "项目立项", "绩效指标明确性")]


# one column of names numbered by level, 一级 and 二级 rows of their own ("指标 | 分值 | 评分标准 | 评价情况 | 扣分 | 得分" over
# "一、决策", "（一）项目立项", "1.立项依据充分性"; 高标准农田, held out)
NUMBERED_NAMES = "附件1 评分表\n\n" + table(
    "指标|分值|评分标准|评价情况|扣分|得分",
    "一、决策|100|—|小计|{d1}|{l1}",
    "（一）项目立项|100|—|小计|{d1}|{l2}",
    "1.立项依据充分性|40|①符合法律法规；②符合规划。每项20分。|①②均符合。|0|40",
    "2.绩效指标明确性|60|①细化分解；②清晰可衡量；③与任务相对应。每项20分。|①符合；②不符合；③不符合。|{d12}|{a12}",
)


@pytest.mark.parametrize("a12, d12, want", [("20", "40", []), ("40", "20", [("RL202", "40", "20")]),
                                            ("40", "40", [("RL102", "40", "20"), ("RL202", "40", "20")])])
def test_a_scoring_table_numbered_by_level(tmp_path, a12, d12, want):
    path = tmp_path / "numbered.txt"
    total = str(40 + int(a12))
    path.write_text("某项目绩效评价报告\n\n" + NUMBERED_NAMES.format(l1=total, l2=total, a12=a12, d12=d12, d1=str(60 - int(a12))),
                    encoding="utf-8")
    result = check_file(str(path))
    got = sorted((f.rule[:5], f.actual, f.expected) for f in result.findings if f.rule[:5] in ("RL202", "RL102"))
    assert got == want
    indicators = Report(read(str(path))).indicators
    assert [(i.level1, i.level2, i.name, i.points.text) for i in indicators] == [
        ("决策", "项目立项", "立项依据充分性", "40"), ("决策", "项目立项", "绩效指标明确性", "60")]


def test_a_numbered_list_that_is_no_scoring_table(tmp_path):
    """A table of numbered items with points but no 一级 row (一、) is not read as levels."""
    path = tmp_path / "plain.txt"
    path.write_text("某项目绩效评价报告\n\n表1 问题清单\n\n" + table("指标|分值|得分", "1.甲|3|2", "2.乙|3|3", "3.丙|4|4"), encoding="utf-8")
    assert Report(read(str(path))).indicators == []


# a 造价咨询 house (writer U): names under 评价指标 after 二级指标, points after a slash ("决策/15分"), the rules under 评分依据
# (a word other tables use for reasons) and the reasons under 核实情况
SLASHED = "附件1 评分表\n\n" + table(
    "一级指标|二级指标|评价指标|指标内涵|评分依据|核实情况|核定得分",
    "决策/100分|目标设定/100分|立项依据充分性/40分|x|a.符合法律法规；b.符合规划。每项20分，满足得20分，不满足得0分。|1)符合；2)符合。核定得分40分。|40",
    "||绩效指标明确性/40分|x|a.细化分解；b.清晰可衡量。每项20分，满足得20分，不满足得0分。|1)符合；2)不符合。核定得分{a}分。|{a}",
    "||资金到位率/20分|x|到位率100%得20分，每降低1%扣2分。|资金到位率100%。核定得分20分。|20",
)


@pytest.mark.parametrize("a, want", [("20", []), ("40", [("RL202", "40", "20")])])
def test_a_slashed_scoring_table_with_rules_under_评分依据(tmp_path, a, want):
    path = tmp_path / "slashed.txt"
    path.write_text("某项目绩效评价报告\n\n" + SLASHED.format(a=a), encoding="utf-8")
    result = check_file(str(path))
    assert sorted((f.rule[:5], f.actual, f.expected) for f in result.findings if f.rule[:5] == "RL202") == want
    indicators = Report(read(str(path))).indicators
    assert [(i.level1, i.level2, i.name, i.points.text) for i in indicators] == [
        ("决策", "目标设定", "立项依据充分性", "40"), ("决策", "目标设定", "绩效指标明确性", "40"), ("决策", "目标设定", "资金到位率", "20")]


# a county 财政局 绩效股 (writer W): the worth after a colon in every level's cell ("年度绩效指标明确性：4分")
@pytest.mark.parametrize("a, want", [("20", []), ("40", [("RL202", "40", "20")])])
def test_worths_after_a_colon(tmp_path, a, want):
    path = tmp_path / "colon.txt"
    text = SLASHED.replace("/100分", "：100分").replace("/40分", "：40分").replace("/20分", "：20分")
    path.write_text("某项目绩效评价报告\n\n" + text.format(a=a), encoding="utf-8")
    assert sorted((f.rule[:5], f.actual, f.expected) for f in check_file(str(path)).findings if f.rule[:5] == "RL202") == want
    indicators = Report(read(str(path))).indicators
    assert [(i.level1, i.level1_points.text, i.name, i.points.text) for i in indicators] == [
        ("决策", "100", "立项依据充分性", "40"), ("决策", "100", "绩效指标明确性", "40"), ("决策", "100", "资金到位率", "20")]


def review_report(review_a="1", review_total="89"):
    """A 自评复核 report (朔川, held out): the unit's 自评得分 beside the evaluation's 复核得分, in the scoring table, in
    the 一级 summary and in the text; the evaluation's are the report's scores."""
    scoring = table(
        "一级指标|二级指标|三级指标|分值|评分标准|自评得分|复核得分|复核说明",
        f"投入|项目立项|立项规范性|2|①程序规范；②资料齐全。各占50%，符合得1分。|2|{review_a}|①符合；②资料不全，不符合。得1分。",
        "|资金落实|资金到位率|8|到位率100%得8分，每降低1%扣0.5分。|8|8|到位率100%，得8分。",
        "产出|产出数量|服务人次|90|完成率100%得90分，每降低1%扣1分。|88|80|完成率90%，得80分。",
    )
    summary = table("一级指标|分值|自评得分|复核得分", "投入|10|10|9", "产出|90|88|80", f"合计|100|98|{review_total}")
    return ("2024年度某区政府购买居家养老服务项目绩效评价报告\n\n（单位自评复核）\n\n一、评价结论\n\n表B 一级指标自评与复核得分对照表\n\n"
            + summary + "\n复核结论：区民政局自评得分98分，自评等级“优秀”；经评价组复核，项目综合得分89分，评价等级为“良好”。\n\n"
            "投入指标分值10分，自评得分10分，复核得分9分。\n\n附件1：绩效评价指标体系及评分表（自评复核对照）\n\n" + scoring)


def test_a_review_reports_scores_are_its_own_not_the_units(tmp_path):
    path = tmp_path / "review.txt"
    path.write_text(review_report(), encoding="utf-8")
    assert [(f.rule[:5], f.actual, f.expected) for f in check_file(str(path)).findings] == []


@pytest.mark.parametrize("change, want", [
    # the 复核 column against its own reason and rule, and everything added up from it
    (dict(review_a="2"), [("RL202", "2", "1"), ("RL103", "1", "2"), ("RL102", "9", "10"), ("RL102", "89", "90"),
                          ("RL104", "89", "90")]),
    (dict(review_total="88"), [("RL102", "88", "89")]),
])
def test_a_review_reports_own_scores_are_checked(tmp_path, change, want):
    path = tmp_path / "review.txt"
    path.write_text(review_report(**change), encoding="utf-8")
    assert sorted((f.rule[:5], f.actual, f.expected) for f in check_file(str(path)).findings) == sorted(want)


def per_level1_tables(b_score="20"):
    """The 一级 scored each in a table of its own, each with its 小计 (桑干, held out; 华北 firms)."""
    head = "一级指标|二级指标|三级指标|分值|评分细则|得分|得分说明"
    decision = table(head, "决策（40）|项目立项（40）|立项依据充分性|40|①符合规划；②职责相符。各占50%，符合得20分。|40|①②均符合。",
                     "小计|||40||40|")
    process = table(head, "过程（60）|资金管理（60）|资金使用合规性|30|①程序合规；②用途合规。各占50%，符合得15分。|30|①②均符合。",
                    f"||预算执行率|30|①按时支付；②足额支付。各占50%，符合得15分。|{b_score}|①符合；②部分未足额，不符合。",
                    f"小计|||60||{30 + int(b_score)}|")
    return ("2024年度某县项目支出绩效评价报告\n\n四、指标分析\n\n表6 决策类指标评分表\n\n" + decision
            + "\n表7 过程类指标评分表\n\n" + process)


def test_per_level1_scoring_tables_are_one_indicator_system(tmp_path):
    path = tmp_path / "per.txt"
    path.write_text(per_level1_tables(b_score="15"), encoding="utf-8")
    report = Report(read(str(path)))
    assert [i.name for i in report.indicators] == ["立项依据充分性", "资金使用合规性", "预算执行率"]
    assert sum(i.points.value for i in report.indicators) == 100
    assert [f for f in check_file(str(path)).findings] == []


def test_a_rule_defect_in_the_second_per_level1_table_is_found(tmp_path):
    path = tmp_path / "per.txt"
    path.write_text(per_level1_tables(b_score="20"), encoding="utf-8")
    assert [(f.rule[:5], f.actual, f.expected) for f in check_file(str(path)).findings] == [("RL202", "20", "15")]


def test_the_scoring_table_given_twice_is_one_table_not_two(tmp_path):
    """The same 一级 in two tables (a copy in the body and the annex): not per-一级 tables to combine."""
    text = per_level1_tables(b_score="15")
    decision = text[text.index("表6"):text.index("表7")]
    path = tmp_path / "twice.txt"
    path.write_text(text + "\n附件1 评分表\n\n" + decision.replace("表6 决策类指标评分表\n\n", ""), encoding="utf-8")
    # the largest table's alone (过程's), never the three tables' together
    assert [i.name for i in Report(read(str(path))).indicators] == ["资金使用合规性", "预算执行率"]
