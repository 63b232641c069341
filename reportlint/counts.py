"""Counts stated as a pair, keyed by what they count: "2021年计划一类赛9个赛事34个赛项".

The seed of the quantity ledger. A pair of counts (N个赛事M个赛项, 5期320人次) under a category
label (一类赛), in a year (2021年) and at a stage (计划 or 实际) is a key precise enough to compare:
two places that give the same year, stage, category and first count must give the same second
count. The same words in a table come from the row (its year cell, its category cell) and the
column header (竞赛计划 / 实际实施内容).

Nothing is keyed by guess: a pair without a year, a stage or a category label is left out, and
so is one whose label is a clause ("符合补贴条件的13个赛事36个赛项": a part, not a category).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from .figures import Number, column_headers, header_rows, parse_number
from .model import Document, Location, Paragraph, Table
from .vocab import ACTUAL_STAGE_WORDS, COUNT_UNIT, PLAN_STAGE_WORDS, YEAR_OF, alternation


@dataclass(frozen=True)
class CountPair:
    year: str
    stage: str  # plan, actual
    label: str  # the category: 一类赛
    first: Number  # 9
    first_unit: str  # 个赛事
    second: Number  # 34
    second_unit: str  # 个赛项
    location: Location
    evidence: str

    @property
    def key(self) -> tuple:
        return self.year, self.stage, self.label, self.first.value, self.first_unit, self.second_unit


_PAIR = re.compile(
    rf"(?P<n1>\d+)\s*(?P<u1>{COUNT_UNIT})(?P<w1>\p{{Han}}{{0,4}}?)(?P<n2>\d+)\s*(?P<u2>{COUNT_UNIT})(?P<w2>\p{{Han}}{{0,2}})"
)
_STAGE = re.compile(rf"(?P<plan>{alternation(PLAN_STAGE_WORDS)})|(?P<actual>{alternation(ACTUAL_STAGE_WORDS)})")
_CUT = re.compile(rf"{_STAGE.pattern}|年度?|其中")
_YEAR_CELL = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)\s*(?:年度?)?\s*$")
# the words between a category label and its counts: "二类赛为35个赛事", "一类赛共9个赛事"
_LINK = re.compile(r"(?:为|共|共计|有|是|计)$")
# a label is the category itself, never a clause about part of it or a verb phrase
_NOT_A_LABEL = re.compile(r"的|其中|包括|包含|符合|以上|以下|累计|合计|总计|共计|[年月日]|其他")


def count_pairs(doc: Document) -> list[CountPair]:
    out = []
    for block in doc.blocks:  # in reading order: of two places that disagree, the first is named first
        if isinstance(block, Table):
            out.extend(_in_table(block))
        elif isinstance(block, Paragraph):
            out.extend(_in_text(block.text, block.location))
    return out


def _in_text(text: str, location: Location) -> list[CountPair]:
    out = []
    for sentence in re.split(r"(?<=[。；;])", text):
        for m in _PAIR.finditer(sentence):
            before = sentence[: m.start()]
            label = _label(before)
            year = _last(YEAR_OF, before, "y")
            stage = _stage(before)
            if label and year and stage:
                out.append(_pair(m, year, stage, label, location, sentence.strip()))
    return out


def _label(before: str) -> str | None:
    run = re.search(r"\p{Han}{1,12}$", before)
    if run is None:
        return None
    words = _LINK.sub("", run.group())
    # the category starts after the last year or stage word: "年计划一类赛" → 一类赛, "其中：" → …
    cut = max((m.end() for m in _CUT.finditer(words)), default=0)
    label = words[cut:]
    if len(label) < 2 or _NOT_A_LABEL.search(label):
        return None
    return label


def _stage(before: str) -> str | None:
    found = list(_STAGE.finditer(before))
    if not found:
        return None
    return "plan" if found[-1].group("plan") else "actual"


def _last(pattern, text: str, group: str) -> str | None:
    found = list(pattern.finditer(text))
    return found[-1].group(group) if found else None


def _pair(m, year, stage, label, location, evidence) -> CountPair:
    return CountPair(year, stage, label, parse_number(m.group("n1")), m.group("u1") + m.group("w1"),
                     parse_number(m.group("n2")), m.group("u2") + m.group("w2"), location, evidence)


def _in_table(table: Table) -> list[CountPair]:
    """A cell that opens with a pair, under a header that names the stage, in a row that names the year
    and (in the cell just left of it, or the nearest text cell) the category."""
    out = []
    heads = column_headers(table)
    for r in range(header_rows(table), table.n_rows):
        year = next((m.group("y") for c in range(table.n_cols) if (m := _YEAR_CELL.match(table.text(r, c)))), None)
        for c in range(table.n_cols):
            cell = table.grid[r][c]
            if cell.row != r or cell.col != c:
                continue
            m = _PAIR.match(cell.text) if year and c else None
            stage = _stage(heads[c]) if m else None
            if m is None or stage is None:
                out.extend(_in_text(cell.text, table.cell_location(r, c)))  # a sentence in a cell (得分原因)
                continue
            label = next((table.text(r, k) for k in range(c - 1, -1, -1)
                          if table.text(r, k) and not _YEAR_CELL.match(table.text(r, k))), "")
            if len(label) < 2 or len(label) > 12 or _NOT_A_LABEL.search(label) or parse_number(label) is not None:
                continue
            out.append(_pair(m, year, stage, label, table.cell_location(r, c), f"{year} {label} {cell.text}"))
    return out
