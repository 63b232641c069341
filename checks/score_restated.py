"""RL103 score-restated: an indicator's 分值 or 得分 stated differently in another place.

What it checks
  Each 三级指标's score in the scoring table (附件1 得分 column) against every
  copy: the "得X分" that ends its own 得分原因, the body paragraph about it
  ("（2）年度绩效指标明确性。……得4分。"), and its row in the per-一级 tables
  (表5–表8), whose 分值 is compared with the scoring table's too. Copies are
  matched by name; a name that matches two indicators, or two paragraphs that
  claim one indicator, are left unchecked and counted.

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

from reportlint.findings import Coverage, Finding
from reportlint.restated import paragraph_restatements, reason_restatements, table_restatements

ID = "RL103 score-restated"
SEVERITY = "error"
SUMMARY = "同一指标的分值或得分在不同位置表述不一致"
SOURCE = "报告自身：附件1评分表、得分原因、正文、分项指标表"

_WHERE = {"得分原因": "其得分原因", "正文": "正文", "表格": "分项指标表"}


def check(report, cov: Coverage):
    indicators = report.indicators
    if not indicators:
        cov.skip("全文", "未找到评分表（附件1），无法核对各处得分")
        return
    copies = reason_restatements(indicators)
    paragraphs, ambiguous = paragraph_restatements(report.doc, indicators)
    copies += paragraphs + table_restatements(report.doc, indicators)
    for name in ambiguous:
        cov.skip(f"正文「{name}」", "多段正文对应同一指标，无法确定哪段在说它")
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
