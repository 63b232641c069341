"""RL201 rule-max-mismatch: a scoring rule whose maximum is not the indicator's 分值.

What it checks
  Each 三级指标's 评分标准, read into its shape: for a rule by elements, the
  elements × the points per element ("①…；②…。以上要素各占50%权重分，符合得1.5分"
  gives 3) and the element weights adding up to 100%; for a rule by bands, its
  top band. A rule that cannot be read is listed in the coverage by name.

Why it matters
  A rule that cannot give the indicator's points means every score under it is
  unfounded: the rule was pasted from another indicator or the points changed.

Failing example
  社会基本资金利用 (4): "①…；②…。以上要素各占50%权重分，符合得1.5分" → at most 3.

Passing example
  年度绩效指标明确性 (4): "①…④。以上要素各占25%权重分，符合得1分" → 4, weights 100%.
"""

from __future__ import annotations

from fractions import Fraction

from reportlint.arith import plain
from reportlint.findings import Coverage, Finding
from reportlint.rules import NotRead, describe

ID = "RL201 rule-max-mismatch"
SEVERITY = "error"
SUMMARY = "评分标准能给出的最高分与指标分值不符，或要素权重合计不为100%"
SOURCE = "报告自身的评分标准（附件1）"


def check(report, cov: Coverage):
    if report.indicators and not any(i.rule for i in report.indicators):
        cov.skip("评分表", "指标表没有评分标准栏（如绩效自评表），不核对评分标准")
        return
    for ind, a in zip(report.indicators, report.assessments, strict=True):
        if isinstance(a.rule, NotRead):
            cov.skip(f"评分标准「{ind.name}」", a.rule.why)
            continue
        cov.examined += 1
        rule = a.rule
        if rule.shape == "elements" and rule.weight is not None:
            total = rule.weight * len(rule.elements)
            if total != 1:
                yield Finding(ID, SEVERITY,
                              f"「{ind.name}」评分标准有 {len(rule.elements)} 个要素，各占{rule.weight_text}，权重合计 "
                              f"{_percent(total)}，不是 100%", ind.location, evidence=ind.rule[-80:],
                              expected="100%", actual=_percent(total))
        if a.maximum is None or ind.points is None or a.maximum == ind.points.value:
            continue
        yield Finding(ID, SEVERITY,
                      f"「{ind.name}」分值 {ind.points.text} 分，但评分标准（{describe(rule)}）最高只能得 "
                      f"{plain(a.maximum)} 分", ind.location, evidence=ind.rule[-80:],
                      expected=ind.points.text, actual=plain(a.maximum))


def _percent(f: Fraction) -> str:
    value = f * 100
    return f"{value.numerator // value.denominator}%" if value.denominator == 1 else f"{float(value):.2f}%"
