"""Figures: every number the report states, once, with its unit, precision and label.

A stated figure keeps the string it was written as. "842.29" means the
interval [842.285, 842.295): a check compares intervals, never a fixed
tolerance. Amounts convert to 元 with their interval scaled alike.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import regex as re

from .model import Document, Location, Table
from .text import respectively
from .vocab import (
    AMOUNT_UNIT,
    AMOUNT_UNITS,
    BASIS,
    CN_NUMERAL,
    COUNT_UNIT,
    MEASURE_UNIT,
    NUMBER,
    TOTAL_WORDS,
    YEAR_OF,
    cn_number,
    header_role,
)

UNIT_SCALE = AMOUNT_UNITS


@dataclass(frozen=True)
class Number:
    """A number as stated: '93.30' keeps its two decimals."""

    text: str
    value: Decimal

    @property
    def half_ulp(self) -> Decimal:
        exp = self.value.as_tuple().exponent
        return Decimal(5).scaleb(exp - 1) if isinstance(exp, int) else Decimal(0)

    @property
    def interval(self) -> tuple[Decimal, Decimal]:
        return self.value - self.half_ulp, self.value + self.half_ulp

    def __str__(self) -> str:
        return self.text


def parse_number(text: str) -> Number | None:
    """'1,082,504.93' → 1082504.93; '(3)' and '—' are not numbers here."""
    s = text.strip().replace("，", ",").replace("−", "-")
    if not re.fullmatch(NUMBER, s):
        return None
    try:
        return Number(text.strip(), Decimal(s.replace(",", "")))
    except InvalidOperation:
        return None


@dataclass(frozen=True)
class Figure:
    kind: str  # amount, percent, score, count, measure (公里, 万亩), year
    number: Number
    unit: str  # 元/万元/亿元, %, 分, 人…, 年
    label: str  # the words it belongs to: row and column headers, or the words before it
    location: Location
    pair: bool = False  # a table's "label | value" pair (预算安排资金 | 4902.89), read like a sentence
    after: str = ""  # the words right after it, for checks that read a figure against its neighbour
    year: str | None = None  # the year the sentence puts it in ("2024年度，……收入为4901.44万元")
    in_cell_text: bool = False  # read from a sentence inside a table cell (a 评分表 reason), labelled by its own words
    subject: str = ""  # the words a colon sets before the label: "项目支出：全年预算数6005.58万元"

    @property
    def value(self) -> Decimal:
        return self.number.value

    @property
    def in_yuan(self) -> tuple[Decimal, Decimal] | None:
        """The amount's interval in 元."""
        scale = UNIT_SCALE.get(self.unit)
        if self.kind != "amount" or scale is None:
            return None
        lo, hi = self.number.interval
        return lo * scale, hi * scale

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "text": self.number.text,
            "value": str(self.number.value),
            "unit": self.unit,
            "label": self.label,
            "location": self.location.to_dict(),
        }


_FIGURE = re.compile(
    rf"(?<![\d.）)%％分])(?<!\d[,，])(?P<num>{NUMBER})\s*(?:(?P<pct>%|％)|(?P<money>{AMOUNT_UNIT})|(?P<score>分)(?!之)|(?P<count>{COUNT_UNIT})|(?P<measure>{MEASURE_UNIT})|(?P<year>年度|年)(?![0-9]))"
)
# Chinese numerals as counts, amounts and percents: 三十四个, 一百二十万元, 百分之九十五. A lone 一 is left out
# (一个, 一次 are articles more often than counts), and so are ordinals (第三个), 分 (十分 is "very") and
# approximate counts (两千余人).
_CN_FIGURE = re.compile(
    rf"(?<![第每各某单唯同之任〇零一二两三四五六七八九十百千万亿点])(?P<num>(?=[〇零一二两三四五六七八九十]){CN_NUMERAL})(?P<approx>余|多|几)?(?:(?P<money>{AMOUNT_UNIT})|(?P<count>{COUNT_UNIT}))"
    rf"|百分之(?P<pnum>{CN_NUMERAL})"
)
_LABEL_STOP = re.compile(r"[，,。；;：:、（）()《》“”÷×/\s]")
# words that open a clause before its label: "其中", "以项目全年预算数4055.17万元为基数", "按全年预算6005.58万元安排"
# and "与2024年……收入6847.87万元相比": a comparison's own words
_LEAD_WORDS = re.compile(r"^(?:其中|包括|为|是|达|共|累计|以|按照|按|与|同|较|" + "|".join(TOTAL_WORDS) + ")")


_VARIABLE_MARK = re.compile(r"[（(][A-Za-z][）)]")
_VARIABLE = re.compile(rf"\s*{_VARIABLE_MARK.pattern}\s*$")  # the mark right before a figure


# a figure in brackets after its label: "财政拨款收入（6847.87万元）", "项目支出（全年预算数6005.58万元）"
_IN_BRACKETS = re.compile(r"(?P<outer>[\p{Han}“”]{2,24})[（(]\s*(?P<inner>\p{Han}{0,12})\s*$")


_BASIS_AFTER = re.compile(rf"(?<=\p{{Han}})[（(]\s*{BASIS}\s*[）)](?=\s*(?:为|是)?\s*$)")


# a few words in brackets or quotes inside a label, its words going on after them: "脱贫（监测）户6,482户",
# "“三公”经费支出2万元" (淮岭, 青岚): part of the label, not where it starts
_INSIDE_LABEL = re.compile(r"(?<=\p{Han})[（(](\p{Han}{1,6})[）)](?=\p{Han})|[“\"](\p{Han}{1,12})[”\"](?=\p{Han})")


def _label_before(text: str, start: int) -> str:
    """The words right before a figure, back to the previous punctuation."""
    head = _VARIABLE.sub("", text[max(0, start - 28) : start]).rstrip()  # "项目支出全年预算数（A）6005.58万元"
    head = _BASIS_AFTER.sub("", head)  # "项目支出全年预算数（批复口径）为6005.58万元": the basis is no label
    head = _INSIDE_LABEL.sub(lambda m: m.group(1) or m.group(2), head)
    bracket = _IN_BRACKETS.search(head)
    if bracket:
        outer = bracket.group("outer")
        if re.match(rf"(?:{AMOUNT_UNIT}|{COUNT_UNIT}|%)", outer):
            outer = ""  # "执行数为2万元（全年预算数4万元）": the bracket follows a figure, not a label
        if outer or bracket.group("inner"):
            return _LEAD_WORDS.sub("", outer + bracket.group("inner"))
    parts = _LABEL_STOP.split(head)
    label = parts[-1] if parts else ""
    if start > 24 and len(parts) == 1:
        label = re.sub(r"^[\d]*(?:年度?|月|日)", "", label)  # the window cut a date in two: drop its tail
    # a label that is only a lead word ("合计4,236.18万元") stays that word, never the text before it
    return _LEAD_WORDS.sub("", label).strip() or label.strip()


# the subject a colon sets before a figure's label: "……局项目支出：全年预算数6005.58万元，实际执行数……"
_SUBJECT = re.compile(r"(?<!\p{Han})(?P<subject>\p{Han}{2,24})[：:][^，,。；;：:、（）()《》“”÷×/\s]*$")


def _subject_before(text: str, start: int) -> str:
    m = _SUBJECT.search(_VARIABLE.sub("", text[max(0, start - 48) : start]).rstrip())
    return re.sub(r"^(?:年度?|月|日)", "", m.group("subject")) if m else ""  # "2024年某局项目支出：": the year's tail


_SENTENCE_END = re.compile(r"[。；;！？]")


class _Years:
    """The years a text names, for asking which one qualifies a position (each text scanned once)."""

    def __init__(self, text: str):
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self.years = [(m.start(), m.group("y")) for m in YEAR_OF.finditer(text)]

    def before(self, start: int) -> str | None:
        """The last year named before `start` in the same sentence."""
        begin = self.ends[bisect.bisect_right(self.ends, start) - 1] if self.ends and self.ends[0] <= start else 0
        i = bisect.bisect_left(self.years, (start,)) - 1
        return self.years[i][1] if i >= 0 and self.years[i][0] >= begin else None


# the label after the figure, joined by 的: "取得6847.87万元的一般公共预算财政拨款收入", "与44名的核定人员编制相比"
# "……6847.87万元的部门财政拨款收入", "6847.87万元为2024年部门一般公共预算财政拨款收入；" (the label after its figure)
_LABEL_AFTER = re.compile(
    r"\s*(?:的|为)\s*(?P<label>(?:(?:19|20)\d\d\s*年度?)?\p{Han}{2,24}?)(?=\s*(?:[，,。；;：:）)]|中|相比|对应|为|是|$))"
    # or nothing between them when 中 closes the label: "4055.17万元项目全年预算数中，结余总额为0万元"
    r"|\s*(?P<label>\p{Han}{2,24}?)中(?=[，,])"
)
# words that leave a label before the figure saying nothing of what it measures
_BARE_LEAD = re.compile(r"^(?:部门|本部门|单位|全年|当年)?(?:取得|获得|收到|在|与|共|计|达|有|为|是)?$")


def _label(text: str, start: int, end: int) -> tuple[str, str]:
    """(label, the text after the figure and its label): the words before the figure, or after it when
    they follow with 的 and the words before are only a verb."""
    before = _label_before(text, start)
    after = _LABEL_AFTER.match(text, end)
    if after:
        near = re.sub(r"(?:19|20)\d\d\s*年度?[\s，,]*$", "", text[max(0, start - 16) : start])
        if _BARE_LEAD.match(re.search(r"[^，,。；;：:、（）()《》“”\s]*$", near).group()):
            return after.group("label"), text[after.end() : after.end() + 24]
    return before, text[end : end + 24]


def figures_in_text(text: str, location: Location) -> list[Figure]:
    text = respectively(text)  # "甲、乙分别为X万元和Y万元": each figure after its own label
    out = []
    years = _Years(text)
    # "预算数（A）6005.58万元": a formula's variable name is no bracketed number before the figure
    masked = _VARIABLE_MARK.sub(lambda v: " " * len(v.group()), text) if "（" in text or "(" in text else text
    for m in _FIGURE.finditer(masked):
        num = parse_number(m.group("num"))
        if num is None:
            continue
        if m.group("pct"):
            kind, unit = "percent", "%"
        elif m.group("money"):
            kind, unit = "amount", m.group("money")
        elif m.group("score"):
            kind, unit = "score", "分"
        elif m.group("count"):
            kind, unit = "count", m.group("count")
        elif m.group("measure"):
            kind, unit = "measure", m.group("measure")
        else:
            if not (1949 <= num.value <= 2100) or "." in num.text:
                continue
            kind, unit = "year", "年"
        label, after = _label(text, m.start(), m.end())
        out.append(Figure(kind, num, unit, label, location, after=after, year=years.before(m.start()),
                          subject=_subject_before(text, m.start()) if kind == "amount" else ""))
    for m in _CN_FIGURE.finditer(text):
        stated = m.group("num") or m.group("pnum")
        value = cn_number(stated)
        if value is None or stated == "一" or m.group("approx"):
            continue  # "两千余人" is no exact count
        if m.group("pnum"):
            kind, unit = "percent", "%"
        elif m.group("money"):
            kind, unit = "amount", m.group("money")
        else:
            kind, unit = "count", m.group("count")
        out.append(Figure(kind, Number(stated, value), unit, _label_before(text, m.start()), location,
                          after=text[m.end() : m.end() + 16], year=years.before(m.start())))
    return out


_HEADER_UNIT = re.compile(
    rf"[（(]\s*({AMOUNT_UNIT}|%|％|分|{COUNT_UNIT})\s*[）)]|((?<!\d){AMOUNT_UNIT})$|[（(]?单位\s*[：:]\s*({AMOUNT_UNIT})"
)
_PCT_HEADER = re.compile(r"率|比例|占比|%|％")
_MONEY_HEADER = re.compile(r"资金|金额|支出|收入|预算|拨款|经费|决算|结余|结转|投资|费用|补助|补贴")



def column_unit(header: str, table_unit: str | None) -> tuple[str, str] | None:
    """(kind, unit) that a column header gives its bare numbers."""
    m = _HEADER_UNIT.search(header)
    if m:
        unit = (m.group(1) or m.group(2) or m.group(3)).replace("％", "%")
        if unit in UNIT_SCALE:
            return "amount", unit
        if unit == "%":
            return "percent", "%"
        if unit == "分":
            return "score", "分"
        return "count", unit
    if header_role(header) in ("points", "score") and not _PCT_HEADER.search(header):
        return "score", "分"
    if _PCT_HEADER.search(header):
        return "percent", "%"
    if table_unit in UNIT_SCALE:
        return "amount", table_unit
    if _MONEY_HEADER.search(header):
        return "amount", ""  # money, unit not stated: comparable within the table only
    return None


# a column named by its year: "2022年", "2023年度", "2024年（预算）"
_YEAR_HEAD = re.compile(r"^\s*(?:19|20)\d\d\s*年度?\s*(?:[（(][^（）()]*[）)])?\s*$")


def header_rows(table: Table) -> int:
    n = 0
    for r in range(min(3, table.n_rows)):
        texts = table.row_texts(r)
        heads = [x for x in texts if x and not _YEAR_HEAD.match(x)]
        # a row of year headers has words too ("资金来源 | 2022年 | 2023年 | 合计"); one of years alone is data
        if not heads or any(parse_number(x) or _FIGURE.search(x) for x in heads):
            break
        n += 1
    return n


def column_headers(table: Table) -> list[str]:
    h = header_rows(table)
    heads = []
    for c in range(table.n_cols):
        parts = []
        for r in range(h):
            text = table.text(r, c)
            if text and text not in parts and table.grid[r][c].colspan < table.n_cols:
                parts.append(text)
        heads.append(" ".join(parts))
    return heads


def row_label(table: Table, r: int) -> str:
    """The names in a row: its text cells that are not figures."""
    names = []
    for c in range(table.n_cols):
        text = table.text(r, c)
        if text and parse_number(text) is None and not _FIGURE.fullmatch(text) and text not in names and len(text) <= 40:
            names.append(text)
    return " ".join(names)


_ROW_UNIT = re.compile(rf"[（(]\s*({AMOUNT_UNIT})\s*[）)]|单位\s*[:：]\s*({AMOUNT_UNIT})")


def _label_pair(table: Table, r: int, c: int) -> tuple[str, str] | None:
    """(label, unit) of a value in a label–value layout: the text cell just left of it, the unit its row
    (or the cell merged down over it) names: "资金情况（万元）| 预算安排资金 | 4902.89"."""
    if c == 0:
        return None
    left = table.grid[r][c - 1]
    if not left.text or parse_number(left.text) is not None or _FIGURE.search(left.text) or len(left.text) > 16:
        return None
    units = [m.group(1) or m.group(2) for k in range(c) for m in [_ROW_UNIT.search(table.text(r, k))] if m]
    unit = units[0] if units else (table.unit if table.unit in UNIT_SCALE else None)
    return (_VARIABLE.sub("", left.text), unit) if unit else None  # "年初预算数(A) | 4902.89"


def figures_in_table(table: Table) -> list[Figure]:
    out = []
    h = header_rows(table)
    heads = column_headers(table)
    for r in range(h, table.n_rows):
        label = row_label(table, r)
        for c in range(table.n_cols):
            cell = table.grid[r][c]
            if cell.row != r or cell.col != c or not cell.text:
                continue
            loc = table.cell_location(r, c)
            num = parse_number(cell.text)
            if num is not None:
                kind_unit = column_unit(heads[c], table.unit)
                if kind_unit:
                    kind, unit = kind_unit
                    out.append(Figure(kind, num, unit, f"{label} {heads[c]}".strip(), loc))
                elif (pair := _label_pair(table, r, c)) is not None:
                    out.append(Figure("amount", num, pair[1], pair[0], loc, pair=True))
                continue
            for fig in figures_in_text(cell.text, loc):
                whole = _FIGURE.fullmatch(cell.text.strip())
                lab = f"{label} {heads[c]}".strip() if whole else fig.label
                out.append(Figure(fig.kind, fig.number, fig.unit, lab, loc, after=fig.after, year=fig.year,
                                  in_cell_text=not whole, subject=fig.subject))
    return out


def extract_figures(doc: Document) -> list[Figure]:
    out: list[Figure] = []
    for block in doc.blocks:
        if block.kind == "paragraph":
            out.extend(figures_in_text(block.text, block.location))
        elif block.kind == "table":
            out.extend(figures_in_table(block))
    return out
