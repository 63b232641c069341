"""RL104 grade-mismatch: the total score and the grade, wherever stated, against each other and the bands.

What it checks
  - every statement of the total score ("绩效评价得分为97分", "评价得分 | 97分",
    表4's 合计 得分) against the sum of the scoring table's 得分;
  - every statement of the grade ("综合评价结论为“优”", "评价等级 | 优") against
    the grade the total falls in, under the bands the report states
    ("90（含）-100分为优、80（含）-90分为良……") or, where it states none, the
    bands of 财预〔2020〕10号 第十八条 (90–100 优, 80–90 良, 60–80 中, <60 差).

Why it matters
  The total is summarised in the 结论表, the abstract, the conclusion and the
  tables; a score corrected in one place is easily left in another, and a
  grade band is easily misread.

Failing example
  评分表得分合计 86.5，结论 "绩效评价得分为86.5分，综合评价结论为“优”": 86.5 falls in 良.

Passing example
  "绩效评价得分为97分，综合评价结论为“优”" with scores adding to 97.
"""

from __future__ import annotations

from decimal import Decimal

from reportlint.arith import plain
from reportlint.findings import Coverage, Finding
from reportlint.indicators import reliable
from reportlint.statements import bands_of, grade_for, grade_statements, same_grade, total_statements

ID = "RL104 grade-mismatch"
SEVERITY = "error"
SUMMARY = "总得分、评价等级在各处表述不一致，或等级与得分所在档次不符"
SOURCE = "财预〔2020〕10号 第十八条；报告自述的等级划分"

def check(report, cov: Coverage):
    ind = report.indicators
    reference = sum((i.score.value for i in ind), Decimal(0)) if reliable(ind) else None
    totals, grades = total_statements(report.doc), grade_statements(report.doc)
    if reference is None and totals:
        values = [n.value for n, _, _ in totals]
        top = max(set(values), key=values.count)
        reference = top if values.count(top) * 2 > len(values) else None
        source = "多数表述"
    else:
        source = "评分表各项得分之和"
    if reference is None:
        if totals or grades:
            cov.skip("全文", "无法确定总得分（评分表不完整，各处表述也无多数）")
        return
    for n, loc, sentence in totals:
        cov.examined += 1
        if n.value != reference:
            yield Finding(ID, SEVERITY, f"总得分写作 {n.text} 分，{source}为 {plain(reference)} 分", loc,
                          evidence=sentence[:200], expected=plain(reference), actual=n.text)
    bands, stated = bands_of(report.doc)
    if grade_for(reference, bands) is None:
        cov.skip("评价等级", f"总得分 {reference} 不在任何等级档次内")
        return
    basis = "报告所述等级划分" if stated else "财预〔2020〕10号的等级划分"
    for g, loc, sentence in grades:
        # a grade is the grade of the total its own sentence states ("综合得分87.67分，评价等级为“优”"); where that
        # total is itself off, the total's finding says so, and its grade is judged by the total as written
        beside = next((n for n, where, _ in totals if where == loc and n.text in sentence), None)
        total = beside.value if beside is not None else reference
        expected = grade_for(total, bands)
        if expected is None:
            continue
        cov.examined += 1
        if same_grade(g, expected):
            continue
        yield Finding(ID, SEVERITY, f"评价等级写作“{g}”，总得分 {plain(total)} 分按{basis}应为“{expected}”", loc,
                      evidence=sentence[:200], expected=expected, actual=g)
