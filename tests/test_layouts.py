"""The reference report in nine other Word layouts (tests/layouts/layouts.py), as .docx and as PDF.

Each layout changes one thing a template changes: portrait 评分表, header rows not repeated, bigger and
smaller table type, equal column widths, 一级/二级 cells not merged, no rules, a 三线表, other margins. Every
layout's .docx and PDF must give the text form's findings (rule, values, table cell), no fewer and no
more; tables without rules are rebuilt from where their words stand. Where cells are also centred
vertically the rows cannot be told apart: the PDF must say so and find nothing the text form does not.

Rendering needs LibreOffice (`soffice`); the tests skip where it is absent.
"""

import collections
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from conftest import ROOT, reference_result

from reportlint.engine import check_file

sys.path.insert(0, str(ROOT / "tests" / "layouts"))
from layouts import LAYOUTS, build  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")


# a table drawn without rules whose cells are centred vertically: its rows cannot be told apart from where
# its words stand, so its PDF leaves those tables unread (and says so); its .docx has them whole
_UNREAD = ("centred",)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    out = tmp_path_factory.mktemp("layouts")
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda name: build(name, out), LAYOUTS))
    return out


def _key(f) -> tuple:
    return (f.rule, f.expected, f.actual, f.location.row, f.location.col)


@pytest.mark.parametrize("form", ["docx", "pdf"])
@pytest.mark.parametrize("layout", [x for x in LAYOUTS if x not in _UNREAD])
def test_layout_gives_the_text_forms_findings(rendered, layout, form):
    want = collections.Counter(_key(f) for f in reference_result("txt").findings)
    got = collections.Counter(_key(f) for f in check_file(str(rendered / f"{layout}.{form}")).findings)
    assert got - want == collections.Counter(), "findings the text form does not have"
    assert want - got == collections.Counter(), "findings of the text form lost"


@pytest.mark.parametrize("layout", _UNREAD)
def test_tables_whose_rows_cannot_be_told_apart_find_nothing_new_and_say_what_they_left(rendered, layout):
    result = check_file(str(rendered / f"{layout}.pdf"))
    known = {(f.rule, f.actual) for f in reference_result("txt").findings}
    assert {(f.rule, f.actual) for f in result.findings} <= known
    assert any("不带框线" in note and "未检查" in note for note in result.notes)
    # its .docx has the tables whole
    docx = collections.Counter(_key(f) for f in check_file(str(rendered / f"{layout}.docx")).findings)
    assert docx == collections.Counter(_key(f) for f in reference_result("txt").findings)


OTHER_KINDS = sorted((ROOT / "fixtures" / "other-kinds").glob("*.txt"))


@pytest.fixture(scope="module")
def other_kinds_unruled(tmp_path_factory):
    """The reports of other kinds (narrow portrait columns, digits wrapped one a line, 1-character
    header cells, tables cut by page breaks) laid out without rules."""
    out = tmp_path_factory.mktemp("other-kinds")
    with ThreadPoolExecutor(max_workers=2) as pool:
        list(pool.map(lambda src: build("unruled", out / src.stem, src), OTHER_KINDS))
    return out


# a known reader gap, listed rather than hidden (#12): in 沱阳's 附件1 the 二级 label "D2可持续影响" wraps at its row's
# last line ("D2可持续影" over "响"), and without rules its tail reads as the next row's own 二级 label
UNRULED_KNOWN_FALSE = {"tuoyang-pension-2024": [("RL105 declared-structure", "13", "12"), ("RL102 score-rollup", "3", "6")],
                       # 潆江's 表3 效益 28.07 against the text's 28.70 (R11) is seen by RL103 when 附件1 is unread (below)
                       "yingjiang-water-2024": [("RL103 score-restated", None, "28.07")],
                       # the reports added this session (#12): without rules their 附件1 is read in part, and the same placed
                       # defects surface through the text's statements instead (鹤原 D21, 靖川 D5 and D8, 修阳 D14's 一级 sum)
                       "heyuan-wastewater-2023": [("RL103 score-restated", "83.33", "85.00")],
                       "jingchuan-education-2024": [("RL103 score-restated", "85.04", "85.40"), ("RL103 score-restated", "25", "30")],
                       "xiuyang-xianjie-2024": [("RL102 score-rollup", "36", "35")],
                       # 梅川's 表5 row is not read without rules, so 53.81 and 53.18万亩 stand one place against one: the
                       # finding names both and decides nothing, at the other sentence (D06, listed in MISSED too)
                       "meichuan-agri-2024": [("RL109 figure-retyped", "53.81万亩", "53.18万亩")]}
# and one listed the other way (#12): 潆江's 附件1 自评表 has narrow unruled columns whose words nearly touch ("实际完成值"
# over "11.38万人" beside "分值" over "6"), read as one column, so its rows give no indicators and what rests on them
# is not found in that layout
UNRULED_KNOWN_MISSED = {"meichuan-agri-2024": [("RL109 figure-retyped", "53.18万亩", "53.81万亩")], "yingjiang-water-2024": [
    ("RL103 score-restated", "4.92", "4.29"), ("RL102 score-rollup", "28.7", "28.07"), ("RL102 score-rollup", "93.57%", "95.67%"),
    ("RL202 rule-score-mismatch", "4", "5.00"), ("RL204 score-out-of-range", "0–4", "5.00"),
    ("RL202 rule-score-mismatch", "2.4", "3.20"), ("RL202 rule-score-mismatch", "5.69", "6.00"),
    ("RL202 rule-score-mismatch", "4", "4.50"), ("RL202 rule-score-mismatch", "9", "9.50")],
    # the reports added this session: what rests on the part of 附件1 the unruled layout leaves unread (#12)
    "heyuan-wastewater-2023": [("RL105 declared-structure", "22", "23"), ("RL105 declared-structure", "5", "6"),
                               ("RL102 score-rollup", "23.33", "23.53"), ("RL102 score-rollup", "94.12%", "93.32%"),
                               ("RL102 score-rollup", "8", "9")],
    "jingchuan-education-2024": [("RL105 declared-structure", "31", "32"), ("RL105 declared-structure", "25", "30"),
                                 ("RL102 score-rollup", "15", "14"), ("RL102 score-rollup", "24", "25")],
    "xiuyang-xianjie-2024": [("RL104 grade-mismatch", "88.31", "88.13"), ("RL105 declared-structure", "27", "26"),
                             ("RL105 declared-structure", "20%", "25%"), ("RL104 grade-mismatch", "良", "优"),
                             ("RL102 score-rollup", "13", "12")]}


@pytest.mark.parametrize("source", OTHER_KINDS, ids=lambda p: p.stem)
def test_other_reports_without_rules_give_their_text_forms_findings(other_kinds_unruled, source):
    def key(f):
        return f.rule, f.expected, f.actual

    want = collections.Counter(key(f) for f in check_file(str(source)).findings)
    got = collections.Counter(key(f) for f in check_file(str(other_kinds_unruled / source.stem / "unruled.pdf")).findings)
    missed = collections.Counter(UNRULED_KNOWN_MISSED.get(source.stem, []))
    assert got - collections.Counter(UNRULED_KNOWN_FALSE.get(source.stem, [])) == want - missed
    assert not missed - want, "a listed gap that is no finding of the text form"


def test_the_generator_refuses_an_unknown_layout(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "tests" / "layouts" / "layouts.py"), "--one", "nosuch", str(tmp_path)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "no layout named" in proc.stderr
