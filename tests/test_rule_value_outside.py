"""RL203 rule-value-outside: cases and mutations."""

import pytest
import reportlint.checks.rule_value_outside as check
from casekit import run_check
from conftest import REFERENCE, reference_result
from rulekit import one_indicator

from reportlint.engine import check_file

RULE = "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。"

CASES = [
    ("inside a band", one_indicator("1", RULE, "“三公”经费控制率为80%。得1分。", "1"), []),
    ("inside the deduction", one_indicator("1", RULE, "“三公”经费控制率为105%。得0.5分。", "0.5"), []),
    ("below every band", one_indicator("1", RULE, "“三公”经费控制率为50%。得0分。", "0"), ["50%"]),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, _ = run_check(check, text, tmp_path)
    assert [f.actual for f in findings] == want


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    got = [(f.location.row, f.actual) for f in reference_result(form).findings if f.rule == check.ID]
    assert got == [(11, "50%")]


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    assert text.count("“三公”经费控制率为50%") == 1 and text.count("“三公”经费控制率为 50%") == 1
    path = tmp_path / "m.txt"
    path.write_text(text.replace("控制率为50%", "控制率为75%").replace("控制率为 50%", "控制率为 75%"), encoding="utf-8")
    assert [f for f in check_file(str(path)).findings if f.rule == check.ID] == []
