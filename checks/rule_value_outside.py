"""RL203 rule-value-outside: a stated value that falls in no band of its rule.

What it checks
  For a rule by bands ("“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，
  超过10%不得分"), the value the 得分原因 states: when no band holds it (50%), the
  rule does not determine the score, whatever score was given.

Why it matters
  A rule that leaves values unscored invites an arbitrary score; the reviewer
  has to ask on what basis it was given.

Failing example
  "“三公”经费控制率为50%。得0分。" under the rule above: 50% is in no band.

Passing example
  "在职人员控制率为97.72%" under "在职人员控制率≤100%得2分，否则得0分".
"""

from __future__ import annotations

from reportlint.findings import Coverage, Finding
from reportlint.rules import NotRead, describe

ID = "RL203 rule-value-outside"
SEVERITY = "warning"
SUMMARY = "所述指标值不在评分标准的任何档次内，得分无据"
SOURCE = "报告自身的评分标准与得分原因（附件1）"


def check(report, cov: Coverage):
    for ind, a in zip(report.indicators, report.assessments, strict=True):
        if isinstance(a.rule, NotRead) or a.rule.shape != "bands" or a.value is None:
            continue
        cov.examined += 1
        if a.why_not != "outside":
            continue
        yield Finding(ID, SEVERITY,
                      f"「{ind.name}」{a.facts}，不在评分标准任何档次内（{describe(a.rule)}），"
                      f"所给 {ind.score.text if ind.score else '?'} 分无从依据", ind.location,
                      evidence=ind.reason[-80:], expected=None, actual=f"{a.value.text}%")
