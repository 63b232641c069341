"""The reference report reworded as eleven other consultancies would write it (tests/reword/reword.py, then
reword_b.py … reword_k.py, each written independently afterwards to measure what the earlier ones taught: other
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


# Known gaps, listed rather than hidden (none at the moment; each rewrite was held out until measured, see
# fixtures/reworded/README.md, and what it taught was built in general form with its own cases).
KNOWN_GAPS: dict[str, set] = {}


@pytest.mark.parametrize("rewrite", ["", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-i", "-j", "-k"],
                         ids=["rewrite-a", "rewrite-b", "rewrite-c", "rewrite-d", "rewrite-e", "rewrite-f", "rewrite-g",
                              "rewrite-h", "rewrite-i", "rewrite-j", "rewrite-k"])
@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_rewrite_gives_the_original_findings(original, rewrite, form):
    got = collections.Counter(_key(f) for f in check_file(str(REWORDED / f"sunan-reworded{rewrite}.{form}")).findings)
    want = original - collections.Counter(KNOWN_GAPS.get(rewrite.strip("-"), set()))
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
