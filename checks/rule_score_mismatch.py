"""RL202 rule-score-mismatch: the score given is not the one the indicator's own rule and facts give.

What it checks
  For each 三级指标 whose rule could be read: the expected score from the facts
  its 得分原因 states (the elements ①②… it reports met, or the rate it states
  for a rule by bands or a proportional rule; for a satisfaction rule, the rate
  the questionnaire gives) against the score in the scoring table. A score above
  the most the rule can give is reported even when the facts cannot be read.
  Element polarity: "是否存在截留、挤占" is met by "不存在截留……"; when it cannot
  be told, the indicator is not checked.

Why it matters
  This is the check reviewers most want and least manage by hand: does each
  score follow from its own rule?

Failing example
  人事人才服务质量 (3): rule "各占50%权重分，符合得1分", both elements met → 2; given 3.

Passing example
  重点支出安排率 (2): "≥80%得2分，60%—80%每降低1%扣0.1分", stated 89.67% → 2; given 2.
"""

from __future__ import annotations

from reportlint.arith import plain, score_agrees
from reportlint.findings import Coverage, Finding
from reportlint.rules import NotRead, describe

ID = "RL202 rule-score-mismatch"
SEVERITY = "error"
SUMMARY = "得分与评分标准按所述事实应得的分数不符"
SOURCE = "报告自身的评分标准与得分原因（附件1）"


def check(report, cov: Coverage):
    for ind, a in zip(report.indicators, report.assessments, strict=True):
        if isinstance(a.rule, NotRead) or ind.score is None:
            continue
        given = ind.score.value
        if a.expected is None:
            if a.maximum is not None and given > a.maximum:
                cov.examined += 1
                yield Finding(ID, SEVERITY,
                              f"「{ind.name}」得 {ind.score.text} 分，超过其评分标准（{describe(a.rule)}）的最高分 "
                              f"{plain(a.maximum)} 分", ind.location, evidence=ind.reason[-80:],
                              expected=f"≤ {plain(a.maximum)}", actual=ind.score.text)
            elif a.why_not != "outside":
                cov.skip(f"评分标准「{ind.name}」", a.why_not)
            continue
        # a rule worth more than its points may have been scaled down to them ("每项1分" of four on 3 points): a
        # score below what it gives is no sure defect; one above it is
        over = a.maximum is not None and ind.points is not None and a.maximum > ind.points.value and given < a.expected
        if ind.points is not None and (a.expected > ind.points.value or over) and given <= ind.points.value:
            # the rule would give more than the indicator is worth: RL201 reports the rule, and a score capped at the
            # points is no second defect ("应得5分，实际给4分" on a 4-point indicator)
            cov.skip(f"评分标准「{ind.name}」", "评分标准能给的分数高于指标分值（见 RL201），不据此核对得分")
            continue
        cov.examined += 1
        if score_agrees(a.expected, ind.score):
            continue
        # a 自评表 row's facts are its own cells (年度指标值, 实际完成值), its rule one the report states in its text
        basis, evidence = (("表中所列", f"年度指标值 {ind.target}；实际完成值 {ind.actual}；得分 {ind.score.text}")
                           if ind.value_facts else ("得分原因", ind.reason[-80:]))
        yield Finding(ID, SEVERITY,
                      f"「{ind.name}」评分标准为（{describe(a.rule)}），据{basis}（{a.facts}）应得 "
                      f"{plain(a.expected)} 分，实际给 {ind.score.text} 分", ind.location,
                      evidence=evidence, expected=plain(a.expected), actual=ind.score.text)
