"""RL103 score-restated: an indicator's 分值 or 得分 stated differently in another place.

What it checks
  Each 三级指标's score in the scoring table (附件1 得分 column) against every
  copy: the "得X分" that ends its own 得分原因, the body paragraph about it
  ("（2）年度绩效指标明确性。……得4分。", "16.名称（3分）。……该指标得3.50分。"), and its row in the per-一级 tables
  (表5–表8), whose 分值 is compared with the scoring table's too. Copies are
  matched by name; a name that matches two indicators, or two paragraphs that
  claim one indicator, are left unchecked and counted.

  A 二级指标's score listed after its 一级's ("评价得分32.03分，……其中产出数量11.24分、产出
  质量9.50分") against the sum of its 三级 scores in the scoring table.

  A 一级指标's 分值, 得分 and 得分率 wherever they are stated ("产出指标共25分，评价得分
  19.88分", "其中：产出指标19.88分，得分率79.52%", a 表4 row, a transposed summary) against
  each other, when no whole scoring table settles them (with one, RL102 compares each
  statement with the table). The place that disagrees with most others is named; two
  places with no majority are one finding. 部门决策, 项目决策 and 决策类指标 are one
  一级; 项目管理 and 综合管理 are never compared.

Why it matters
  A reviewer reads one copy; the writer edited another. Whichever is right,
  the report contradicts itself.

Failing example
  附件1: 年度绩效指标明确性 | … | 得分原因 "……得3分。" | 得分 4
  → the 得分 column says 4, its own 得分原因 says 3.

Passing example
  The same row with 得分原因 ending "得4分。", the body paragraph "得4分" and 表5 "4 4".
"""

from __future__ import annotations

import regex as re

from reportlint.arith import fmt, meets
from reportlint.findings import Coverage, Finding
from reportlint.restated import (
    level1_statements_of,
    level2_scores,
    name_key,
    paragraph_restatements,
    reason_restatements,
    table_restatements,
)

ID = "RL103 score-restated"
SEVERITY = "error"
SUMMARY = "同一指标的分值或得分在不同位置表述不一致"
SOURCE = "报告自身：附件1评分表、得分原因、正文、分项指标表"

_WHERE = {"得分原因": "其得分原因", "正文": "正文", "表格": "分项指标表"}
_KINDS = (("points", "分值"), ("score", "得分"), ("rate", "得分率"))


def check(report, cov: Coverage):
    indicators = report.indicators
    yield from _level1_statements(report, cov)
    if not indicators:
        cov.skip("全文", "未找到评分表（附件1），无法核对各处得分")
        return
    copies = reason_restatements(indicators)
    paragraphs, ambiguous = paragraph_restatements(report.doc, indicators)
    copies += paragraphs + table_restatements(report.doc, indicators)
    for name in ambiguous:
        cov.skip(f"正文「{name}」", "多段正文对应同一指标，无法确定哪段在说它")
    yield from _level2_scores(report, cov)
    for copy in copies:
        ind = copy.indicator
        for what, theirs, ours in (("得分", copy.score, ind.score), ("分值", copy.points, ind.points)):
            if theirs is None or ours is None:
                continue
            cov.examined += 1
            if theirs.value == ours.value:
                continue
            place = _WHERE[copy.where]
            yield Finding(
                rule=ID,
                severity=SEVERITY,
                message=(
                    f"「{ind.name}」{what}：评分表{what}栏为 {ours.text} 分，{place}为 {theirs.text} 分"
                    + ("" if copy.location == ind.location else f"（评分表位置：{ind.location.human()}）")
                ),
                location=copy.location,
                evidence=copy.evidence,
                expected=ours.text,
                actual=theirs.text,
            )


def _level2_scores(report, cov):
    """A 二级's score listed in the text against the sum of its 三级 scores in the scoring table."""
    for stated in level2_scores(report.doc, report.indicators):
        items = [i for i in report.indicators if (i.level1, i.level2) == (stated.level1, stated.level2)]
        if not all(i.score for i in items):
            continue
        cov.examined += 1
        computed = sum(i.score.value for i in items)  # scores add up as the report adds them: exactly (as RL102)
        if meets((computed, computed), stated.score.interval):
            continue
        shown = fmt(computed, stated.score.text)
        yield Finding(
            rule=ID,
            severity=SEVERITY,
            message=(f"「{stated.level2}」得分：正文为 {stated.score.text} 分，评分表中其 {len(items)} 个三级指标得分之和为 "
                     f"{shown} 分（" + " + ".join(i.score.text for i in items) + "）"),
            location=stated.location,
            evidence=stated.evidence,
            expected=shown,
            actual=stated.score.text,
        )


def _level1_statements(report, cov):
    """A 一级's 分值, 得分 or 得分率 stated in several places with two values. Where the scoring table gives
    that figure, RL102 compares each statement with it; here the statements are compared with each other."""
    found = level1_statements_of(report.doc, report.indicators)
    if _table_complete(report.indicators):
        return
    by_family: dict[str, list] = {}
    for s in found:
        by_family.setdefault(_stem(s.name), []).append(s)
    consensus = {}  # family → {kind: the value most places give}
    wrong: dict[int, list] = {}  # statement → [(kind, its value, the others' value, places that agree)]
    for family, group in by_family.items():
        consensus[family] = {}
        for kind, _ in _KINDS:
            stated = [(s, s.value(kind)) for s in group if s.value(kind) is not None]
            if not stated:
                continue
            cov.examined += len(stated) - 1
            support = [[t for t, m in stated if meets(n.interval, m.interval)] for _, n in stated]
            best = max(range(len(stated)), key=lambda k: len(support[k]))
            if len(support[best]) == len(stated):
                consensus[family][kind] = stated[best][1]
                continue
            if len(support[best]) * 2 <= len(stated):
                # no value most places give: name them all once, at the last place
                last = stated[-1][0]
                wrong.setdefault(id(last), [last])
                wrong[id(last)].append((kind, stated[-1][1], None, [s for s, _ in stated[:-1]]))
                continue
            consensus[family][kind] = stated[best][1]
            for s, n in stated:
                if s not in support[best]:
                    wrong.setdefault(id(s), [s])
                    wrong[id(s)].append((kind, n, stated[best][1], support[best]))
    for s, *kinds in wrong.values():
        yield _level1_finding(s, kinds, consensus)


def _stem(name: str) -> str:
    """部门决策, 项目决策, 决策类指标 → 决策: one 一级 however it is prefixed. Two names of one family that
    differ in their stem (项目管理, 综合管理) may be a 一级 and a 二级 and are never compared."""
    key = name_key(name)
    return re.sub(r"^(?:一级指标)?(?:部门|项目|履职)?|类$", "", key) or key


def _table_complete(indicators) -> bool:
    """A scoring table read whole: RL102 and RL105 then compare every statement with it."""
    return bool(indicators) and all(i.points is not None and i.score is not None for i in indicators)


def _level1_finding(s, kinds, consensus):
    words = dict(_KINDS)

    def said(k, n):
        return f"{words[k]} {n.text}{'%' if k == 'rate' else '分'}"

    ours = "、".join(said(k, n) for k, n, _, _ in kinds)
    places = list(dict.fromkeys(p.location.brief() for _, _, _, ps in kinds for p in ps if p is not s))
    theirs = "、".join(said(k, t) for k, _, t, _ in kinds if t is not None)
    if theirs:
        other = f"报告另 {len(places)} 处为{theirs}（{'、'.join(places)}）"
    else:
        other = f"另一处的表述与此不同（{'、'.join(places)}）"
    hint = ""
    mine = {k: n for k, n in ((k, s.value(k)) for k, _ in _KINDS) if n is not None}
    others = [f for f, values in consensus.items() if f != _stem(s.name)
              and len(mine.keys() & values.keys()) >= 2
              and all(meets(mine[k].interval, values[k].interval) for k in mine.keys() & values.keys())]
    if len(others) == 1:
        hint = f"；这组数值与「{others[0]}」各处的表述一致，疑为指标名称写错"
    return Finding(
        rule=ID,
        severity=SEVERITY,
        message=f"一级指标「{s.name}」此处写作{ours}，{other}{hint}",
        location=s.location,
        evidence=s.evidence[:120],
        expected="、".join(t.text for _, _, t, _ in kinds if t is not None) or None,
        actual="、".join(n.text for _, n, _, _ in kinds),
    )

