"""Every check declares itself fully and has failing and passing cases."""

import importlib

import pytest
from reportlint.checks import ALL

IDS = [m.ID for m in ALL]


def test_ids_are_unique_and_well_formed():
    assert len(set(IDS)) == len(IDS)
    for rule in IDS:
        code, name = rule.split(" ")
        assert code.startswith("RL") and code[2:].isdigit()
        assert name == name.lower() and " " not in name


@pytest.mark.parametrize("module", ALL, ids=IDS)
def test_check_is_documented(module):
    assert module.SEVERITY in ("info", "warning", "error")
    assert module.SUMMARY and module.SOURCE
    doc = module.__doc__
    assert doc.startswith(module.ID)
    assert "Failing example" in doc and "Passing example" in doc


@pytest.mark.parametrize("module", ALL, ids=IDS)
def test_check_has_failing_and_passing_cases(module):
    tests = importlib.import_module("test_" + module.__name__.rsplit(".", 1)[1])
    cases = [c for name in dir(tests) if name.endswith("CASES") for c in getattr(tests, name)]
    assert any(case[-1] == [] for case in cases), "no passing case"
    assert any(case[-1] for case in cases), "no failing case"
    assert any(name.startswith("test_mutation") for name in dir(tests)), "no mutation test"
