"""The total score and the grade, wherever the report states them; the grade bands it uses.

Shared by the grade check and by batch summaries ("total score and grade as stated").
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import regex as re

from .figures import Number, parse_number
from .indicators import self_assessment
from .model import Document, Location
from .vocab import (
    GRADE,
    GRADE_BANDS,
    GRADE_LABELS,
    GRADE_SAME,
    INDICATOR_SCOPE,
    LEVEL1_WORD,
    REPORT_TITLE_WORDS,
    TOTAL_SCORE_WORDS,
    WEAK_TOTAL_SCORE_WORDS,
    WHOLE_SCOPE,
    alternation,
)

_SCORE_IS = r"\s*(?:为|是|达|：|:)?\s*(?P<n>\d+(?:\.\d+)?)\s*分(?!值|以)"
_TOTAL = re.compile(rf"(?<!最高|满分|设置)(?:{alternation(TOTAL_SCORE_WORDS)}){_SCORE_IS}")
_WEAK_TOTAL = re.compile(rf"(?<!最高|满分|设置|总分|指标)(?:{alternation(WEAK_TOTAL_SCORE_WORDS)}){_SCORE_IS}")
_LEVEL_WORDS = re.compile(rf"{LEVEL1_WORD}|一级|二级|三级|单选|每题")
_GRADE = re.compile(rf"(?:{alternation(GRADE_LABELS)})\s*(?:为|是|：|:|评定为)?\s*[“\"「]?(?P<g>{GRADE})[”\"」]?(?![\p{{Han}}])")
# what joins a band to its grade: "为", "之间的评为" (writer S), "的，绩效评级为" (writer X)
_BAND_IS = rf"\s*(?:的|者)?\s*[，,]?\s*(?:(?:{alternation(GRADE_LABELS)})\s*)?(?:为|是|评为|评定为|定为)\s*[“\"]?(?P<g>{GRADE})"
_BAND = re.compile(rf"(?P<lo>\d+)\s*分?\s*[（(]含[）)]\s*(?:分)?\s*[-—–~～至到]\s*(?P<hi>\d+)\s*分?\s*(?:[（(]含[）)])?"
                   rf"\s*(?:之间|以内|范围内)?{_BAND_IS}")
# the top band without its upper end: "90分（含）以上为“优”", "≥90分为优", "得分90分及以上的为优"
_ABOVE = re.compile(rf"(?:(?:≥|>=|大于等于|不低于)\s*(?P<lo>\d+)\s*分?|(?P<lo>\d+)\s*分?\s*(?:[（(]含[）)])?\s*(?:及|以)?以上){_BAND_IS}")
_BELOW = re.compile(rf"(?P<hi>\d+)\s*分\s*以下{_BAND_IS}")



_TABLE_LABELS = {*TOTAL_SCORE_WORDS, "评价得分", *GRADE_LABELS}


def _texts(doc: Document):
    """Paragraphs, and a table's label cell with the value beside it ("评价得分 | 97分"), flagged as a pair."""
    for p in doc.paragraphs:
        yield p.text, p.location, False
    for t in doc.tables:
        for r in range(t.n_rows):
            seen = []  # each merged cell once
            for cell in t.grid[r]:
                if cell not in seen:
                    seen.append(cell)
            # a label cell followed by its value cell reads as "评价得分 97分"
            for i, cell in enumerate(seen[:-1]):
                nxt = next((x for x in seen[i + 1 :] if x.text), None)
                if nxt is not None and cell.text in _TABLE_LABELS:
                    yield f"{cell.text}{nxt.text}", t.cell_location(nxt.row, nxt.col), True


def bands_of(doc) -> tuple[list[tuple[Decimal, Decimal, str]], bool]:
    """(bands, stated by the report)."""
    for text, _, _ in _texts(doc):
        found = [(Decimal(m.group("lo")), Decimal(m.group("hi")), m.group("g")) for m in _BAND.finditer(text)]
        if len(found) >= 2 or len(found) == 1 and _ABOVE.search(text) and _BELOW.search(text):
            below, above = _BELOW.search(text), _ABOVE.search(text)
            if below:
                found.append((Decimal(0), Decimal(below.group("hi")), below.group("g")))
            if above:
                found.append((Decimal(above.group("lo")), Decimal(101), above.group("g")))
            top = max(found, key=lambda b: b[1])
            found = [(lo, hi + 1 if (lo, hi, g) == top else hi, g) for lo, hi, g in found]  # 100 itself is in the top band
            return found, True
    return GRADE_BANDS, False


def grade_for(total: Decimal, bands) -> str | None:
    for lo, hi, g in bands:
        if lo <= total < hi:
            return g
    return None



def same_grade(a: str, b: str) -> bool:
    """优秀 is 优, 良好 良, 合格 中, 不合格 差: the two naming schemes share their bands."""
    return GRADE_SAME.get(a, a) == GRADE_SAME.get(b, b)


def total_statements(doc: Document) -> list[tuple[Number, Location, str]]:
    """"绩效评价得分为97分", "评价得分 | 97分": every statement of the total score."""
    out = []
    for text, loc, pair in _texts(doc):
        for sentence in re.split(r"(?<=[。；;])", text):
            if _BAND.search(sentence) or "满分" in sentence:
                continue  # the grading scale ("评价总分100分，其中90（含）-100分为“优”"), not a result
            found = list(_TOTAL.finditer(sentence))
            if not found and (pair or WHOLE_SCOPE.search(sentence)):
                found = list(_WEAK_TOTAL.finditer(sentence))
            # a 一级's, an indicator's ("该指标最终得分3分") or a question's score is not the report's: the words of its
            # own clause say which ("按“决策—过程—产出—效益”框架……，经综合评价，……评价得分86.76分" is the whole's)
            # and the unit's own 自评 score, quoted beside the evaluation's ("单位自评得分98分；复核得分89.49分"), is the unit's
            out.extend((parse_number(m.group("n")), loc, sentence.strip()) for m in found
                       if not _LEVEL_WORDS.search(_clause(sentence, m)) and not INDICATOR_SCOPE.search(_clause(sentence, m))
                       and not self_assessment(doc, _clause(sentence, m)))
    return _this_years(out, _period_start(doc))


_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年")


# the period a report's title evaluates: "2024年度……绩效评价报告", "2022—2024年……绩效评价报告"
_TITLE_PERIOD = re.compile(rf"(?P<y>20\d{{2}})\s*(?:年度?)?\s*(?:[-—–~～至到]\s*20\d{{2}}\s*年度?)?.{{0,40}}?"
                           rf"(?:{alternation(REPORT_TITLE_WORDS)})")


def _period_start(doc: Document) -> int | None:
    for block in doc.blocks[:8]:
        if block.kind in ("heading", "paragraph"):
            m = _TITLE_PERIOD.search(block.text.replace(" ", ""))
            if m:
                return int(m.group("y"))
    return None


def _this_years(totals, start: int | None = None):
    """Without a past year's result: "2023年度本项目自评得分94.12分" in a report whose other totals are 2024's, or
    "2021年度绩效评价得分82.60分" in a report on 2022—2024."""
    if start is not None:
        totals = [t for t in totals if not ((y := _YEAR.search(t[2])) and int(y.group("y")) < start)]
    years = [_YEAR.search(sentence) for _, _, sentence in totals]
    named = Counter(y.group("y") for y in years if y)
    if len(named) < 2:
        return totals
    (top, n), (_, second) = named.most_common(2)
    if n == second:
        return totals
    return [t for t, y in zip(totals, years, strict=True) if y is None or y.group("y") == top]


def _clause(sentence: str, m) -> str:
    """The clause a match stands in, up to the comma before it."""
    start = max(sentence.rfind(x, 0, m.start()) for x in "，,") + 1
    return sentence[start: m.end()]


def grade_statements(doc: Document) -> list[tuple[str, Location, str]]:
    out = []
    start = _period_start(doc)
    for text, loc, _ in _texts(doc):
        for sentence in re.split(r"(?<=[。；;])", text):
            year = _YEAR.search(sentence)
            if start is not None and year and int(year.group("y")) < start:
                continue  # an earlier evaluation's grade
            # a band's own grade ("80分（含）至90分的，绩效评级为“良”") is the scale, not the report's grade
            scale = [m.span("g") for band in (_BAND, _ABOVE, _BELOW) for m in band.finditer(sentence)]
            out.extend((m.group("g"), loc, sentence.strip()) for m in _GRADE.finditer(sentence)
                       if m.span("g") not in scale and not self_assessment(doc, _clause(sentence, m)))
    return out


def stated_total(report) -> str | None:
    values = [n.text for n, _, _ in total_statements(report.doc)]
    return Counter(values).most_common(1)[0][0] if values else None


def stated_grade(report) -> str | None:
    values = [g for g, _, _ in grade_statements(report.doc)]
    return Counter(values).most_common(1)[0][0] if values else None
