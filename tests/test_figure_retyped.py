"""RL109 figure-retyped: cases and mutations.

The shapes come from the reports the tool is measured on: a two-year total restated in the problem list
(高标准农田, 澧阳 style), a 结余 restated in the analysis (污水处理 补助), a count of 人次 in the conclusion
(教育体育局), an area in 万亩 (农业农村局); and the look-alikes that must stay silent, among them the Henan
report's own "一类赛153个 … 二类赛135个".
"""

import pytest
import reportlint.checks.figure_retyped as check
from casekit import run_check, table

from reportlint.engine import _one_per_disagreement
from reportlint.findings import Finding

FUNDS = "表1 分年度资金到位及支出情况（单位：万元）\n\n" + table(
    "年度|到位|支出|结余",
    "2023年|2,400.00|2,347.60|52.40",
    "2024年|2,520.00|2,303.50|216.50",
    "合计|4,920.00|{total}|268.90",
)


def farmland(basic="4,651.10", problem="4,651.10", total="4,651.10"):
    return (
        "一、基本情况\n\n截至2024年12月31日，两年累计支出" + basic + "万元，结余资金268.90万元。\n\n"
        + FUNDS.format(total=total)
        + "\n六、存在的主要问题\n\n（三）资金结余未及时统筹使用。截至2024年12月31日，两年累计支出" + problem
        + "万元，结余资金268.90万元。\n"
    )


CASES = [
    ("every copy agrees", farmland(), []),
    ("the problem list swaps two digits", farmland(problem="4,615.10"), [("4,615.10万元", "4,651.10万元", 14)]),
    # 污水处理 补助: a 结余 in the analysis against the funding paragraph and the table's 合计 row
    ("a balance restated in the analysis",
     "三、资金安排及使用情况\n\n全年实际支出5,236.00万元，结余资金364.00万元。\n\n"
     "四、效益\n\n（三）预算执行偏低，结余资金346.00万元未及时收回统筹使用。\n",
     [("346.00万元", "364.00万元", 7)]),
    # 教育体育局: a count of 人次 in the conclusion against the goal and the analysis
    ("a count of 人次",
     "一、评价结论\n\n全年累计资助家庭经济困难学生9,580人次。\n\n二、部门绩效目标\n\n资助家庭经济困难学生9,850人次。\n\n"
     "三、产出指标分析\n\n资助家庭经济困难学生9,850人次，完成年度目标。\n",
     [("9,580人次", "9,850人次", 3)]),
    # 农业农村局: an area in 万亩, the year named on one side only
    ("an area in 万亩",
     "四、履职效能\n\n2024年全县粮食播种面积53.81万亩。\n\n五、主要成绩\n\n全县粮食播种面积53.18万亩。\n\n"
     "附件\n\n全县粮食播种面积53.18万亩，较上年增加0.3万亩。\n",
     [("53.81万亩", "53.18万亩", 3)]),
    # one place against one other: both named, nothing decided; the finding stands at the sentence, not the table
    ("one against one",
     "表3 项目支出执行情况（单位：万元）\n\n" + table("项目|实际支出", "特种设备安全监察经费|189.64", "食品抽检经费|520.00")
     + "\n一、收支情况\n\n特种设备安全监察经费实际支出198.64万元。\n",
     [("198.64万元", "189.64万元", 9)]),
    # look-alikes that must stay silent
    ("two categories (河南: 一类赛153个 … 二类赛135个)",
     "一、完成情况\n\n2021-2024年一类赛153个。\n\n二、产出\n\n二类赛135个。\n", []),
    ("two years", "一、2023年\n\n2023年实际支出2,630.58万元。\n\n二、2024年\n\n2024年实际支出2,603.58万元。\n", []),
    ("one paragraph lists both", "一、支出\n\n项目支出4,236.18万元，项目支出4,263.18万元分两批拨付。\n", []),
    ("two rows of one table", table("项目|预算数", "丧葬补助金|420.00", "经办服务经费|240.00", "合计|660.00"), []),
    ("too few significant digits to tell a swap from chance",
     "一、资金\n\n下达资金2,400.00万元。\n\n二、执行\n\n下达资金4,200.00万元。\n", []),
    ("other words: a part and the whole",
     "一、资金\n\n县级财政配套资金263.00万元。\n\n二、执行\n\n县级财政配套资金全年预算数236.00万元。\n", []),
    ("only the 合计 row disagrees: RL101's to weigh", farmland(total="4,615.10"), []),
    # under related words, with four significant digits or more (淮岭, held out): one label inside the other, or a
    # shared word that is not a common one; the value two places give is the one meant
    ("a part restated under a shorter label",
     "摘要\n\n2024年共投入衔接资金16,200.00万元，其中省级资金3,284.00万元。\n\n一、资金来源\n\n"
     "省级衔接资金3,248.00万元，占20.27%。\n\n二、到位\n\n省级资金3,284.00万元已全部到位。\n",
     [("3,248.00万元", "3,284.00万元", 7)]),
    ("a count under words sharing a rare word",
     "摘要\n\n产业项目联农带农覆盖脱贫（监测）户6,482户。\n\n一、产业\n\n项目带动脱贫户和监测户6,842户。\n\n"
     "二、效益\n\n产业项目带动脱贫户和监测户6,842户。\n", [("6,482户", "6,842户", 3)]),
    ("a round value and its slip", "摘要\n\n2024年全县共投入衔接资金16,200.00万元。\n\n一、资金\n\n"
     "统筹安排各级财政衔接资金合计16,020.00万元。\n\n二、评价范围\n\n本次评价对象为各级衔接资金16,200.00万元。\n",
     [("16,020.00万元", "16,200.00万元", 7)]),
    # the look-alikes: only a common word shared, a budget against what was done, too few digits, one paragraph
    ("two spendings that share only 支出", "一、支出\n\n基本支出1,234.56万元。\n\n二、项目\n\n项目支出1,324.56万元。\n", []),
    ("a budget and what was done", "一、预算\n\n县级配套资金预算数2,630.00万元。\n\n二、执行\n\n县级配套资金实际支出2,360.00万元。\n", []),
    ("related words, three digits", "一、资金\n\n省级资金324万元。\n\n二、来源\n\n省级衔接资金342万元。\n", []),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    got = [(f.actual, f.expected, f.location.line) for f in findings]
    assert got == want
    if want:
        assert cov.examined >= 1


def test_the_majority_is_named_and_a_tie_decides_nothing(tmp_path):
    findings, _ = run_check(check, farmland(problem="4,615.10"), tmp_path)
    assert "疑为录入错误" in findings[0].message and "4,651.10万元" in findings[0].message
    findings, _ = run_check(check, CASES[5][1], tmp_path)
    assert "其中一处应是录入错误" in findings[0].message


def test_mutation_each_copy_alone(tmp_path):
    """Swap two digits in one copy at a time: exactly that copy is named."""
    for field, line in (("basic", 3), ("problem", 14)):
        findings, _ = run_check(check, farmland(**{field: "4,561.10"}), tmp_path)
        assert [(f.actual, f.location.line) for f in findings] == [("4,561.10万元", line)]
    findings, _ = run_check(check, farmland(problem="4,651.01"), tmp_path)
    assert [(f.actual, f.expected) for f in findings] == [("4,651.01万元", "4,651.10万元")]


def test_another_check_with_the_same_values_at_the_same_place_keeps_the_finding(tmp_path):
    findings, _ = run_check(check, farmland(problem="4,615.10"), tmp_path)
    ours = findings[0]
    other = Finding("RL106 figure-conflict", "warning", "…", ours.location, expected=ours.expected, actual=ours.actual)
    assert _one_per_disagreement([other, ours]) == [other]
    elsewhere = Finding("RL106 figure-conflict", "warning", "…", ours.location, expected="1", actual="2")
    assert _one_per_disagreement([elsewhere, ours]) == [elsewhere, ours]
