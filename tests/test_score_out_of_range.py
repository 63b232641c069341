"""RL204 score-out-of-range: cases and mutations."""

import pytest
import reportlint.checks.score_out_of_range as check
from casekit import run_check
from conftest import REFERENCE, reference_result
from rulekit import one_indicator

from reportlint.engine import check_file

CASES = [
    ("within", one_indicator("2", "视情况酌情扣分。", "x", "1.5"), []),
    ("above", one_indicator("2", "视情况酌情扣分。", "x", "2.5"), ["2.5"]),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    assert [f.actual for f in findings] == want
    assert cov.examined == 2


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    result = reference_result(form)
    assert [f for f in result.findings if f.rule == check.ID] == []
    assert result.coverage[check.ID].examined == 34


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    lines = text.split("\n")
    (i,) = [n for n, line in enumerate(lines) if line.startswith("\t\t年度工作计划明确性（2）")]
    assert lines[i].endswith("\t1")
    lines[i] = lines[i][:-1] + "3"
    path = tmp_path / "m.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    assert [(f.message.split("」")[0], f.actual) for f in check_file(str(path)).findings if f.rule == check.ID] == [
        ("「年度工作计划明确性", "3")]
