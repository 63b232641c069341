"""The reference report reworded as twenty-six other consultancies would write it (tests/reword/reword.py, then
reword_b.py … reword_za.py, each written independently afterwards to measure what the earlier ones taught: other
header words, figure sentences, rules and clause order; the same numbers, tables, 文号 and defects).

The checks must understand the family of phrasings, not the reference's sentences: the rewrite in
every form gives exactly the findings of the original (rule, values and table cell), no fewer and no
more. The original's .docx and .pdf carry three rows glued together by the tool that made them (see
test_readers); the rewrite's were rendered from the text, so the text form is the one to match.
"""

import collections
import subprocess
import sys

import pytest
from conftest import FIXTURES, ROOT, reference_result

from reportlint.engine import check_file

REWORDED = FIXTURES / "reworded"


def _key(f) -> tuple:
    loc = f.location
    return (f.rule, f.expected, f.actual, loc.row, loc.col)


@pytest.fixture(scope="module")
def original():
    return collections.Counter(_key(f) for f in reference_result("txt").findings)


# Known gaps, listed rather than hidden (each rewrite was held out until measured, see fixtures/reworded/README.md,
# and what it taught was built in general form with its own cases). Writer L still loses three: names listed after
# their counts ("……细分为3个二级指标和10个三级指标，二级指标为“…”，三级指标为“…”"), and a bare "预算数4055.17万元"
# after "结余数0万元". Writer Q loses two: 二级 worths given with the bare verb 核定.
_P = "深入实施就业优先战略、社会参保服务工作、"
KNOWN_GAPS: dict[str, set] = {"l": {
    ("RL105 declared-structure", _P + "机关建设与人社服务、人事人才服务质量、深入实施就业优先战略成效、社会参保服务工作效率、"
     "机关建设与人社服务实效、人事人才服务成效、资金到位及时性、及时足额发放",
     _P + "提高技能培训服务、人事人才服务质量、深入实施就业优先战略、社会参保服务工作效率、技能培训实效、人事人才服务成效、"
     "资金到位及时性、及时足额发放", None, None),
    ("RL105 declared-structure", "社会基本资金利用、社会服务综合效益水平、维护劳动者的合法权益、筑牢民生安全屏障、改善生活生态环境、服务对象满意度",
     "社会基本资金利用、社会服务综合效益水平、全面落实五项制度、社会资金下达及时性、改善生活生态环境程度、服务对象满意度指标", None, None),
    ("RL106 figure-conflict", "6005.58万元", "4055.17万元", None, None),
}, "q": {  # worths given with the bare verb 核定 ("其下“预算执行”核定12分"), which also ends a score ("核定3分")
    ("RL105 declared-structure", "2", "3", None, None),
    ("RL105 declared-structure", "24", "25", None, None),
}, "v": {  # names given before their count ("包括“数量指标”…共3个二级指标，以及…共10个三级指标"); the body's label
    # "年初批复一般公共预算财政拨款" against the abstract's "财政拨款收入"
    ("RL105 declared-structure", _P + "机关建设与人社服务、人事人才服务质量、深入实施就业优先战略成效、社会参保服务工作效率、"
     "机关建设与人社服务实效、人事人才服务成效、资金到位及时性、及时足额发放",
     _P + "提高技能培训服务、人事人才服务质量、深入实施就业优先战略、社会参保服务工作效率、技能培训实效、人事人才服务成效、"
     "资金到位及时性、及时足额发放", None, None),
    ("RL105 declared-structure", "社会基本资金利用、社会服务综合效益水平、维护劳动者的合法权益、筑牢民生安全屏障、改善生活生态环境、服务对象满意度",
     "社会基本资金利用、社会服务综合效益水平、全面落实五项制度、社会资金下达及时性、改善生活生态环境程度、服务对象满意度指标", None, None),
    ("RL106 figure-conflict", "6847.87万元", "4901.44万元", None, None),
}, "w": {  # a whole stated after its parts ("……“档案管理”3分，合计“过程”24分"); "预算数" between a label and its figure
    # ("……财政拨款收入：预算数4901.44万元": the budget, no longer the same label as the abstract's income)
    ("RL105 declared-structure", "2", "3", None, None),
    ("RL105 declared-structure", "24", "25", None, None),
    ("RL106 figure-conflict", "6847.87万元", "4901.44万元", None, None),
}}
KNOWN_GAPS["x"] = {  # the abstract's "收、支总计各是6847.87万元、6847.87万元" names no income to set against the body's
    ("RL106 figure-conflict", "6847.87万元", "4901.44万元", None, None),
}
KNOWN_GAPS["y"] = {  # "项目支出共申请全年预算资金6005.58万元" names no budget line; "……收入预算4901.44万元" is the budget, no
    # longer the abstract's income under the same label
    ("RL106 figure-conflict", "6005.58万元", "4055.17万元", None, None),
    ("RL106 figure-conflict", "6847.87万元", "4901.44万元", None, None),
}
KNOWN_GAPS["z"] = {  # "项目支出预算安排6005.58万元": 预算安排 is as often the 年初 allocation, left unread as the budget line
    ("RL106 figure-conflict", "6005.58万元", "4055.17万元", None, None),
}
KNOWN_GAPS["za"] = {  # "项目支出调整后预算…" against a budget inside a rate's brackets ("结余资金0元/项目下达预算4055.17万元");
    # the abstract's 6847.87 inside "执行率为100%（…全年支出6847.87万元/财政拨款下达预算6847.87万元）"
    ("RL106 figure-conflict", "6005.58万元", "4055.17万元", None, None),
    ("RL106 figure-conflict", "6847.87万元", "4901.44万元", None, None),
}
KNOWN_FORM_GAPS: dict[tuple, set] = {}  # (writer, form) → findings lost in that form only, with their cause


@pytest.mark.parametrize("rewrite", ["", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-i", "-j", "-k", "-l", "-m", "-n", "-o", "-p",
                                     "-q", "-r", "-s", "-t", "-v", "-w", "-x", "-y", "-z", "-za"],
                         ids=["rewrite-a", "rewrite-b", "rewrite-c", "rewrite-d", "rewrite-e", "rewrite-f", "rewrite-g",
                              "rewrite-h", "rewrite-i", "rewrite-j", "rewrite-k", "rewrite-l", "rewrite-m", "rewrite-n",
                              "rewrite-o", "rewrite-p", "rewrite-q", "rewrite-r", "rewrite-s", "rewrite-t", "rewrite-v",
                              "rewrite-w", "rewrite-x", "rewrite-y", "rewrite-z", "rewrite-za"])
@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_rewrite_gives_the_original_findings(original, rewrite, form):
    got = collections.Counter(_key(f) for f in check_file(str(REWORDED / f"sunan-reworded{rewrite}.{form}")).findings)
    gaps = KNOWN_GAPS.get(rewrite.strip("-"), set()) | KNOWN_FORM_GAPS.get((rewrite.strip("-"), form), set())
    want = original - collections.Counter(gaps)
    assert got - want == collections.Counter(), "findings on the rewrite that the original does not have"
    assert want - got == collections.Counter(), "findings of the original lost in the rewrite"


def test_the_rewrite_rewords(tmp_path):
    """The fixture is what the script makes, and it changes the words in hundreds of places."""
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "reword" / "reword.py"), str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    made = (tmp_path / "sunan-reworded.txt").read_text(encoding="utf-8")
    assert made == (REWORDED / "sunan-reworded.txt").read_text(encoding="utf-8")
    original = (FIXTURES / "sunan-hrss-2024.txt").read_text(encoding="utf-8").splitlines()
    changed = sum(a != b for a, b in zip(original, made.splitlines(), strict=True))
    assert changed >= 150
