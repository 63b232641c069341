"""The checks, one module each. A check module declares:

ID (family code and kebab-case name), SEVERITY, SUMMARY, SOURCE, a docstring
that `reportlint explain` prints, and check(report, coverage) yielding Findings.
Adding a check means adding its module to ALL below: no magic registration.
"""

from __future__ import annotations

from . import (
    count_conflict,
    declared_structure,
    docnum_broken,
    docnum_conflict,
    docnum_format,
    figure_conflict,
    figure_retyped,
    grade_mismatch,
    ratio_mismatch,
    rule_max_mismatch,
    rule_score_mismatch,
    rule_value_outside,
    score_out_of_range,
    score_restated,
    score_rollup,
    survey_mismatch,
    total_mismatch,
    year_mismatch,
)

ALL = [
    # arithmetic
    total_mismatch,
    score_rollup,
    score_restated,
    grade_mismatch,
    declared_structure,
    figure_conflict,
    figure_retyped,
    count_conflict,
    ratio_mismatch,
    # scoring rules and the survey
    rule_max_mismatch,
    rule_score_mismatch,
    rule_value_outside,
    score_out_of_range,
    survey_mismatch,
    # document numbers and years
    docnum_format,
    docnum_conflict,
    docnum_broken,
    year_mismatch,
]
