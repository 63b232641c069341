"""The questionnaire (问卷) as data: each question's options with count and share, and the points per option.

A question table has 选项 | 小计 | 比例 columns (or 人数/占比); its question is the
paragraph before it ("第3题 您认为……"). The points per option come from the
report's own scoring text ("选项 A 得 10 分，选项 B 得 7 分……").
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex as re

from .figures import Number, header_rows, parse_number
from .model import Document, Location, Table
from .vocab import COUNT_HEADERS, OPTION_HEADERS, SHARE_HEADERS, TOTAL_WORD, alternation

_OPTION_HEAD = re.compile(rf"^(?:{alternation(OPTION_HEADERS)})")
_COUNT_HEAD = re.compile(rf"^(?:{alternation(COUNT_HEADERS)})")
_SHARE_HEAD = re.compile(rf"^(?:{alternation(SHARE_HEADERS)})")
_TOTAL_ROW = re.compile(rf"有效填写|样本数|{TOTAL_WORD}")
_OPTION_POINTS = re.compile(r"选项\s*(?P<o>[A-Ea-e])\s*(?:得|为|计)\s*(?P<p>\d+(?:\.\d+)?)\s*分")


@dataclass(frozen=True)
class Option:
    label: str
    letter: str
    count: Number
    share: Number | None
    row: int


@dataclass(frozen=True)
class Question:
    title: str
    table: Table
    options: tuple[Option, ...]
    stated_total: Number | None  # "本题有效填写人次"
    total_row: int | None

    @property
    def respondents(self) -> int:
        return int(self.stated_total.value) if self.stated_total else int(sum(o.count.value for o in self.options))

    def location(self, row: int | None = None) -> Location:
        return self.table.cell_location(row) if row is not None else self.table.location


def _columns(table: Table) -> tuple[int, int, int | None] | None:
    h = header_rows(table)
    if h == 0:
        return None
    heads = [table.text(h - 1, c).replace(" ", "") for c in range(table.n_cols)]
    opt = next((c for c, x in enumerate(heads) if _OPTION_HEAD.match(x)), None)
    cnt = next((c for c, x in enumerate(heads) if _COUNT_HEAD.match(x)), None)
    share = next((c for c, x in enumerate(heads) if _SHARE_HEAD.match(x)), None)
    if opt is None or cnt is None:
        return None
    return opt, cnt, share


def questions(doc: Document) -> list[Question]:
    out = []
    last_para = ""
    for block in doc.blocks:
        if block.kind in ("paragraph", "heading"):
            if re.match(r"^第\s*\d+\s*题|^\d+[.、．]", block.text) or "?" in block.text or "？" in block.text:
                last_para = block.text
            continue
        if block.kind != "table":
            continue
        cols = _columns(block)
        if cols is None:
            continue
        opt, cnt, share = cols
        title, options, total, total_row = last_para, [], None, None
        for r in range(header_rows(block), block.n_rows):
            # one table for every question: a question's title in a column before its options starts the next
            asked = next((block.text(r, c) for c in range(opt) if block.grid[r][c].row == r and block.text(r, c)), "")
            if asked and options:
                if len(options) >= 2:
                    out.append(Question(title, block, tuple(options), total, total_row))
                options, total, total_row = [], None, None
            title = asked or title
            label = block.text(r, opt)
            count = parse_number(block.text(r, cnt))
            if count is None or "." in count.text:
                continue
            if _TOTAL_ROW.search(label):
                total, total_row = count, r
                continue
            pct = None
            if share is not None:
                pct = parse_number(block.text(r, share).replace("%", "").replace("％", "").strip())
            letter = re.match(r"^\s*([A-Ea-e])", label)
            options.append(Option(label, letter.group(1).upper() if letter else "", count, pct, r))
        if len(options) >= 2:
            out.append(Question(title, block, tuple(options), total, total_row))
    return out


def option_points(doc: Document) -> dict[str, Decimal]:
    """{'A': 10, 'B': 7, …} from the report's own scoring text, when it states one for every option."""
    for p in doc.paragraphs:
        found = {m.group("o").upper(): Decimal(m.group("p")) for m in _OPTION_POINTS.finditer(p.text)}
        if len(found) >= 2:
            return found
    return {}


def satisfaction(qs: list[Question], points: dict[str, Decimal]) -> tuple[Decimal, Decimal, Decimal] | None:
    """(points scored, points possible, rate %) over every question whose options all have points."""
    if not qs or not points:
        return None
    top = max(points.values())
    got = possible = Decimal(0)
    for q in qs:
        if any(o.letter not in points for o in q.options):
            return None
        got += sum(points[o.letter] * o.count.value for o in q.options)
        possible += top * sum(o.count.value for o in q.options)
    if possible == 0:
        return None
    return got, possible, got / possible * 100
