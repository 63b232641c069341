"""RL108 count-conflict: one count, keyed by year, stage and category, stated with two values.

What it checks
  Counts stated as a pair under a category ("2021年计划一类赛9个赛事34个赛项", a table row
  "2021 | 一类赛 | 9个赛事34个赛项" under the header 竞赛计划): two places that give the same
  year, the same stage (计划 or 实际), the same category and the same first count (9个赛事)
  must give the same second count. The places are sentences, sentences inside table cells
  (得分原因, 问题清单) and table cells that open with a pair. A pair without a year, a stage
  or a category of its own ("符合补贴条件的13个赛事36个赛项" is a part, not a category) is
  not compared.

Why it matters
  Plans and results are retyped into the problem list, the scoring reasons and the
  annexes; a correction reaches one copy only.

Failing example
  存在的问题 "2021年计划一类赛9个赛事36个赛项"，表1-3 "2021 | 一类赛 | 9个赛事34个赛项"（竞赛计划）.

Passing example
  "2021年计划一类赛9个赛事34个赛项" and "2021年实际一类赛9个赛事27个赛项": a plan and a result.
"""

from __future__ import annotations

from reportlint.counts import count_pairs
from reportlint.findings import Coverage, Finding

ID = "RL108 count-conflict"
SEVERITY = "warning"
SUMMARY = "同一年度、同一阶段、同一类别的数量在不同位置数值不同"
SOURCE = "报告自身的各处表述"

_STAGE = {"plan": "计划", "actual": "实际"}


def check(report, cov: Coverage):
    groups: dict[tuple, list] = {}
    for pair in count_pairs(report.doc):
        groups.setdefault(pair.key, []).append(pair)
    for pairs in groups.values():
        if len(pairs) < 2:
            continue
        cov.examined += len(pairs) - 1
        by_value: dict = {}
        for p in pairs:
            by_value.setdefault(p.second.value, []).append(p)
        if len(by_value) < 2:
            continue
        sides = sorted(by_value.values(), key=len)  # the value fewer places give first
        yield _finding(sides[0], sides[1:])


def _finding(ours, others):
    head = ours[0]
    what = f"{head.year}年{_STAGE[head.stage]}「{head.label}」{head.first.text}{head.first_unit}"

    def side(group):
        places = "、".join(dict.fromkeys(p.location.brief() for p in group))
        return f"{group[0].second.text}{group[0].second_unit}（{places}）"

    message = f"{what}所含数量前后不一：此处写作{side(ours)}，另有{'；'.join(side(g) for g in others)}"
    return Finding(
        rule=ID,
        severity=SEVERITY,
        message=message,
        location=head.location,
        evidence=head.evidence[:160],
        expected="、".join(g[0].second.text for g in others),
        actual=head.second.text,
    )
