"""RL204 score-out-of-range: a score above the indicator's 分值 or below zero.

What it checks
  Every 三级指标 in the scoring table: 0 ≤ 得分 ≤ 分值.

Why it matters
  A score beyond the points inflates the total however the rest adds up.

Failing example
  年度工作计划明确性 (2) with 得分 2.5.

Passing example
  年度工作计划明确性 (2) with 得分 1.
"""

from __future__ import annotations

from reportlint.findings import Coverage, Finding

ID = "RL204 score-out-of-range"
SEVERITY = "error"
SUMMARY = "得分高于分值或低于0"
SOURCE = "报告自身的评分表（附件1）"


def check(report, cov: Coverage):
    for ind in report.indicators:
        if ind.score is None or ind.points is None:
            continue
        cov.examined += 1
        if 0 <= ind.score.value <= ind.points.value:
            continue
        yield Finding(ID, SEVERITY, f"「{ind.name}」得分 {ind.score.text} 不在 0 至分值 {ind.points.text} 之间",
                      ind.location, evidence=f"{ind.name}({ind.points.text}) 得分 {ind.score.text}",
                      expected=f"0–{ind.points.text}", actual=ind.score.text)
