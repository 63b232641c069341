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
    ("parts not told apart", RULE + "在职人员编制44名，在职人员43人。在职人员控制率为90%。", []),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    assert [(f.actual, f.expected) for f in findings] == want


def test_unresolved_parts_are_counted(tmp_path):
    _, cov = run_check(check, CASES[-1][1], tmp_path)
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
