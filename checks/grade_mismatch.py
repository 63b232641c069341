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

import regex as re

from reportlint.arith import plain
from reportlint.figures import parse_number
from reportlint.findings import Coverage, Finding
from reportlint.indicators import reliable

ID = "RL104 grade-mismatch"
SEVERITY = "error"
SUMMARY = "总得分、评价等级在各处表述不一致，或等级与得分所在档次不符"
SOURCE = "财预〔2020〕10号 第十八条；报告自述的等级划分"

_GRADES = "优秀|良好|合格|不合格|优|良|中|差"
_TOTAL = re.compile(r"(?<!最高|满分|设置|总分)(?:绩效评价|综合评价|评价)?(?:总)?得分\s*(?:为|是|：|:)?\s*(?P<n>\d+(?:\.\d+)?)\s*分(?!值|以)")
_TOTAL_CONTEXT = re.compile(r"评价得分|总得分|绩效评价得分|综合得分|最终得分")
_GRADE = re.compile(rf"(?:评价等级|评价结论|综合评价结论|绩效等级|评价结果)\s*(?:为|是|：|:|评定为)?\s*[“\"「]?(?P<g>{_GRADES})[”\"」]?(?![\p{{Han}}])")
_BAND = re.compile(rf"(?P<lo>\d+)\s*分?\s*[（(]含[）)]\s*(?:分)?\s*[-—–~～至到]\s*(?P<hi>\d+)\s*分?\s*(?:[（(]含[）)])?\s*为\s*[“\"]?(?P<g>{_GRADES})")
_BELOW = re.compile(rf"(?P<hi>\d+)\s*分\s*以下\s*为\s*[“\"]?(?P<g>{_GRADES})")
DEFAULT_BANDS = [(Decimal(90), Decimal(101), "优"), (Decimal(80), Decimal(90), "良"), (Decimal(60), Decimal(80), "中"),
                 (Decimal(0), Decimal(60), "差")]
_SAME = {"优秀": "优", "良好": "良", "合格": "中", "不合格": "差"}


def _texts(doc):
    for p in doc.paragraphs:
        yield p.text, p.location
    for t in doc.tables:
        for r in range(t.n_rows):
            seen = []  # each merged cell once
            for cell in t.grid[r]:
                if cell not in seen:
                    seen.append(cell)
            # a label cell followed by its value cell reads as "评价得分 97分"
            for i, cell in enumerate(seen[:-1]):
                nxt = next((x for x in seen[i + 1 :] if x.text), None)
                if nxt is not None and re.fullmatch(r"评价得分|总得分|综合得分|评价等级|绩效等级", cell.text):
                    yield f"{cell.text}{nxt.text}", t.cell_location(nxt.row, nxt.col)


def bands_of(doc) -> tuple[list[tuple[Decimal, Decimal, str]], bool]:
    """(bands, stated by the report)."""
    for text, _ in _texts(doc):
        found = [(Decimal(m.group("lo")), Decimal(m.group("hi")), m.group("g")) for m in _BAND.finditer(text)]
        if len(found) >= 2:
            below = _BELOW.search(text)
            if below:
                found.append((Decimal(0), Decimal(below.group("hi")), below.group("g")))
            top = max(found, key=lambda b: b[1])
            found = [(lo, hi + 1 if (lo, hi, g) == top else hi, g) for lo, hi, g in found]  # 100 itself is in the top band
            return found, True
    return DEFAULT_BANDS, False


def grade_for(total: Decimal, bands) -> str | None:
    for lo, hi, g in bands:
        if lo <= total < hi:
            return g
    return None


def check(report, cov: Coverage):
    ind = report.indicators
    reference = sum((i.score.value for i in ind), Decimal(0)) if reliable(ind) else None
    totals, grades = [], []
    for text, loc in _texts(report.doc):
        for sentence in re.split(r"(?<=[。；;])", text):
            if _TOTAL_CONTEXT.search(sentence) and not re.search(r"决策|过程|产出|效益|一级|二级|三级|单选|每题", sentence):
                for m in _TOTAL.finditer(sentence):
                    totals.append((parse_number(m.group("n")), loc, sentence.strip()))
            for m in _GRADE.finditer(sentence):
                grades.append((m.group("g"), loc, sentence.strip()))
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
    expected = grade_for(reference, bands)
    if expected is None:
        cov.skip("评价等级", f"总得分 {reference} 不在任何等级档次内")
        return
    basis = "报告所述等级划分" if stated else "财预〔2020〕10号的等级划分"
    for g, loc, sentence in grades:
        cov.examined += 1
        if _SAME.get(g, g) != _SAME.get(expected, expected):
            yield Finding(ID, SEVERITY, f"评价等级写作“{g}”，总得分 {plain(reference)} 分按{basis}应为“{expected}”", loc,
                          evidence=sentence[:200], expected=expected, actual=g)
