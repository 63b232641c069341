"""The scoring-rule grammar on real rule texts (tests/cases/rule_texts.toml).

Each case is a rule as printed in a real indicator table, with what a careful reader says it
means: its family, the most it can award, and the score it gives for a stated fact. A rule the
grammar reads must give exactly that; a rule it cannot read is counted as not checked, never
guessed; a qualitative rule (酌情扣分) must stay unread.
"""

import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from reportlint.rules import CIRCLED, NotRead, parse_rule, score_for

CASES = tomllib.loads((Path(__file__).parent / "cases" / "rule_texts.toml").read_text(encoding="utf-8"))["rule"]
FAMILY = {"elements": "elements", "proportional": "proportional", "bands": "bands", "tiers": "tiers",
          "deductions": "deductions"}


def _ids(case):
    return case["source"].split("/")[-1][:40]


def _shares(rule, met: str) -> list[Decimal] | None:
    """'①③' as the share each element earns; element names (unnumbered rules) cannot be told apart here."""
    if met and not all(ch in CIRCLED for ch in met):
        return None
    return [Decimal(1) if mark in met else Decimal(0) for mark, _ in rule.elements]


def _expected(case, example, rule):
    points = Decimal(str(case["points"])) if "points" in case else None
    if "met" in example:
        shares = _shares(rule, example["met"])
        return None if shares is None else score_for(rule, points, shares=shares)
    if "value" in example:
        return score_for(rule, points, value=Decimal(example["value"].rstrip("%")))
    if "problems" in example:
        return score_for(rule, points, problems=int(example["problems"]))
    return None


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_rule_reads_as_a_person_reads_it(case):
    rule = parse_rule(case["text"])
    if case["family"] == "qualitative":
        assert isinstance(rule, NotRead), "a qualitative rule must stay unread"
        return
    if isinstance(rule, NotRead):
        pytest.skip(f"not read (counted as not checked): {rule.why}")
    if case.get("ambiguous"):
        return  # a person's best reading; another careful reader may read it otherwise
    assert rule.shape == FAMILY[case["family"]]
    points = Decimal(str(case["points"])) if "points" in case else None
    if "maximum" in case and rule.maximum(points) is not None:
        assert rule.maximum(points) == Decimal(str(case["maximum"]))
    for example in case.get("example", []):
        got = _expected(case, example, rule)
        if got is None and example["expect"] != "none" and rule.shape != "bands":
            continue  # a fact this shape does not score mechanically (a tier, an element by name)
        want = None if example["expect"] == "none" else Decimal(example["expect"])
        assert got == want, example


def test_the_grammar_reads_most_real_rules():
    """The share of real, non-qualitative rules read; printed so the figure is visible in -v runs."""
    scorable = [c for c in CASES if c["family"] != "qualitative"]
    read = [c for c in scorable if not isinstance(parse_rule(c["text"]), NotRead)]
    print(f"read {len(read)} of {len(scorable)} scorable real rules")
    assert len(CASES) >= 80 and len({c["text"] for c in CASES}) == len(CASES)
    assert len(read) >= 0.75 * len(scorable)
