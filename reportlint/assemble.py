"""Turn what a reader saw into a Document: the repairs every format needs.

Readers hand over raw paragraphs and raw tables in reading order, with the
page breaks they know of. Here, once for every format:

- a table continued on the next page becomes one table, its repeated header
  dropped, and a row that the page break split is joined back;
- a table that a converter glued to the next one (a row of dashes) is split;
- a row whose trailing cells slid one column (a page break in a text
  conversion) is put back under its headers;
- headings get their level, paragraphs their section, tables their caption
  and unit, and everything a location.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass, field

import regex as re

from .model import Cell, Document, Heading, Location, Paragraph, Table
from .text import clean, heading_of, is_caption, is_numeric, is_rule_line
from .vocab import AMOUNT_UNIT, CLOSING_TOTAL_ROW, COUNT_UNIT, TOTAL_ROW


@dataclass
class RawParagraph:
    text: str
    page: int | None = None
    heading_level: int | None = None  # when the format says so (Word styles, Markdown #)
    line: int | None = None  # source line (text and Markdown)


@dataclass
class RawTable:
    """A grid of cell texts. owner[r][c] is the (row, col) of the cell covering (r, c)."""

    rows: list[list[str]]
    owner: list[list[tuple[int, int]]] | None = None
    pages: list[int | None] | None = None
    lines: list[int | None] | None = None  # source line of each row (text and Markdown)
    breaks: set[int] = field(default_factory=set)  # a page break comes before these rows
    continues_previous: bool = False  # the reader saw this table carry on the one before it
    all_pages: set[int] = field(default_factory=set)  # every page the table stands on

    def __post_init__(self):
        width = max((len(r) for r in self.rows), default=0)
        self.rows = [list(r) + [""] * (width - len(r)) for r in self.rows]
        if self.owner is None:
            self.owner = [[(r, c) for c in range(width)] for r in range(len(self.rows))]
        if self.pages is None:
            self.pages = [None] * len(self.rows)
        if self.lines is None:
            self.lines = [None] * len(self.rows)
        self.all_pages |= {p for p in self.pages if p}

    @property
    def width(self) -> int:
        return len(self.rows[0]) if self.rows else 0

    def covered(self, r: int, c: int) -> bool:
        return self.owner[r][c] != (r, c)


# ---------------------------------------------------------------- table repairs


def _header_rows(t: RawTable) -> int:
    """Leading rows that hold no figure: the header, at most three rows."""
    n = 0
    for row in t.rows[:3]:
        if any(is_numeric(x) for x in row) or not any(row):
            break
        n += 1
    return n


def _norm(row: list[str]) -> tuple[str, ...]:
    return tuple(clean(x) for x in row)


def _is_fragment(t: RawTable, r: int) -> bool:
    """Row r is the rest of row r-1, cut by a page break.

    The tail of a split row holds only continued text: no figure of its own,
    nothing in a column where the row above is empty, and at least one
    column (a name, a score) that the row above already finished.
    """
    if r == 0 or r >= len(t.rows):
        return False
    cur = t.rows[r]
    has_text = False
    finished_elsewhere = False
    # a row that is one bare number under a number, at a break: the figure's last digits ("10" | "0" for 100)
    filled = [c for c in range(t.width) if not t.covered(r, c) and cur[c].strip()]
    lone_digits = len(filled) == 1 and re.fullmatch(r"\d+", cur[filled[0]].strip())
    for c in range(t.width):
        here = "" if t.covered(r, c) else cur[c].strip()
        orow, ocol = t.owner[r - 1][c]
        above = t.rows[orow][ocol].strip()  # the cell above, or the merged cell covering it
        if here:
            # "8)" under "效益(2": a label's points cut in two by the break are continued text, not a figure
            cut_label = _LABEL_TAIL.match(here) and re.search(r"[（(][^）)]*$", above)
            # "00" under "3.": a number the break cut after its decimal point goes on, like text
            cut_number = _CUT_NUMBER.search(above + "|" + here) or (lone_digits and re.fullmatch(r"[\d\s]+", above))
            if not above or (is_numeric(here) and not _POINTS_TAIL.match(here) and not cut_label and not cut_number) \
                    or (is_numeric(above) and not cut_number):
                return False
            has_text = True
        elif above and not t.covered(r, c):
            finished_elsewhere = True
    return has_text and finished_elsewhere


# "3." | "00", "3" | ".00", also wrapped a digit a line (".\n0\n0")
_CUT_NUMBER = re.compile(r"\d\s*[.．]\s*\|(?:\s*\d)+\s*$|\d\s*\|\s*[.．](?:\s*\d)+\s*$")
# "(3)": the points of a label whose words stayed on the page before
_POINTS_TAIL = re.compile(r"^(?:[（(]\s*\d+(?:\.\d+)?\s*分?[）)]|\d+(?:\.\d+)?\s*分)$")  # "(3)", "（3分）", "3分"  # noqa: RUF001


def _join_fragment(t: RawTable, r: int) -> None:
    cur = t.rows[r]
    for c in range(t.width):
        if cur[c].strip() and not t.covered(r, c):
            orow, ocol = t.owner[r - 1][c]
            t.rows[orow][ocol] = clean(t.rows[orow][ocol] + "\n" + cur[c])
            # a merged fragment cell that goes on below belongs, rows and all, to the cell it joined
            cur[c] = ""
            for rr in range(r + 1, len(t.rows)):
                if t.owner[rr][c] == (r, c):
                    t.owner[rr][c] = (orow, ocol)
    _delete_row(t, r)


def _delete_row(t: RawTable, r: int) -> None:
    """Remove row r; a cell of row r that spans below hands its text to the next row."""
    if r + 1 < len(t.rows):
        for c in range(t.width):
            orow, ocol = t.owner[r + 1][c]
            if orow == r and c == ocol:
                t.rows[r + 1][c] = t.rows[r][ocol]
    for rr in range(r + 1, len(t.rows)):
        t.owner[rr] = [((r + 1) if orow == r else orow, ocol) for (orow, ocol) in t.owner[rr]]
    del t.rows[r], t.owner[r], t.pages[r], t.lines[r]
    t.owner = [[(orow - 1 if orow > r else orow, ocol) for (orow, ocol) in row] for row in t.owner]
    t.breaks = {b - 1 if b > r else b for b in t.breaks if b != r} | ({r} if r in t.breaks else set())


def _drop_repeated_headers(t: RawTable) -> None:
    h = _header_rows(t)
    if not h:
        return
    headers = {_norm(t.rows[i]) for i in range(h)}
    r = h
    while r < len(t.rows):
        if any(t.rows[r]) and _norm(t.rows[r]) in headers and not any(t.covered(r, c) for c in range(t.width)):
            _delete_row(t, r)
            t.breaks.add(r)
        else:
            r += 1


def _join_split_rows(t: RawTable) -> None:
    joined = 0
    for b in sorted(t.breaks):  # in order: a row may run over three pages
        r = b - joined
        if _is_fragment(t, r):
            _join_fragment(t, r)
            joined += 1
    # where no break is known (Word has no pages), a row whose name is only "(3)" is still a tail
    r = 1
    while r < len(t.rows):
        if _has_points_tail(t, r) and _is_fragment(t, r):
            _join_fragment(t, r)
        else:
            r += 1


def _has_points_tail(t: RawTable, r: int) -> bool:
    for c in range(t.width):
        if not t.covered(r, c) and _POINTS_TAIL.match(t.rows[r][c].strip()):
            above = t.rows[t.owner[r - 1][c][0]][c].strip()
            return bool(above) and not _POINTS_TAIL.search(above) and not re.search(r"[（(]\s*\d|\d\s*分$", above[-6:])
    return False


# what a merged label leaves on the next page when a break cuts it: "分）", "（8分）", "6分)"
_LABEL_TAIL = re.compile(r"^[（(]?\s*\d*(?:\.\d+)?\s*分?\s*[）)]$")  # noqa: RUF001


def _join_continued_cells(t: RawTable) -> None:
    """A merged cell ("预算配置（6分）" over several rows) that a page break cut carries on below the break
    as its tail alone ("分）"): the tail's rows belong to the cell above, and its words go back to it."""
    for r in sorted(t.breaks):
        if not 0 < r < len(t.rows):
            continue
        for c in range(t.width):
            tail = clean(t.rows[r][c])
            if t.covered(r, c) or not _LABEL_TAIL.match(tail):
                continue
            orow, ocol = t.owner[r - 1][c]
            above = t.rows[orow][ocol].strip()
            if not above or is_numeric(above) or ocol != c:
                continue
            if not above.endswith(tail):
                t.rows[orow][ocol] = clean(above + tail)
            t.rows[r][c] = ""
            for rr in range(r, len(t.rows)):
                if t.owner[rr][c] == (r, c):
                    t.owner[rr][c] = (orow, ocol)


def _concat(a: RawTable, b: RawTable) -> RawTable:
    if b.width != a.width:
        return None
    offset = len(a.rows)
    rows = a.rows + b.rows
    owner = a.owner + [[(orow + offset, ocol) for (orow, ocol) in row] for row in b.owner]
    merged = RawTable(rows, owner, a.pages + b.pages, a.lines + b.lines,
                      a.breaks | {x + offset for x in b.breaks} | {offset}, all_pages=a.all_pages | b.all_pages)
    # a header repeated on the new page
    h = _header_rows(a)
    while h and offset < len(merged.rows) and _norm(merged.rows[offset]) in {_norm(a.rows[i]) for i in range(h)}:
        _delete_row(merged, offset)
        merged.breaks.add(offset)
    return merged


def _split_on_rules(t: RawTable) -> list[RawTable]:
    """A row of dashes inside a table is where one table ends and the next begins."""
    out, start = [], 0
    for r, row in enumerate(t.rows):
        texts = [x for x in row if x.strip()]
        if texts and all(is_rule_line(x) for x in texts):
            if r > start:
                out.append(_slice(t, start, r))
            start = r + 1
    if start == 0:
        return [t]
    if start < len(t.rows):
        out.append(_slice(t, start, len(t.rows)))
    return out


def _split_after_totals(t: RawTable) -> list[RawTable]:
    """Two tables glued in Word (no paragraph between them) are one grid: the
    first ends in its 合计/总计 row, the second opens with a title row of one
    cell and a header row with no figure; it is cut there."""
    cuts = []
    for r in range(1, len(t.rows) - 2):
        cells = [x.strip() for x in t.rows[r] if x.strip()]
        title = {x.strip() for x in t.rows[r + 1] if x.strip()}
        header = [x for x in t.rows[r + 2] if x.strip()]
        if (cells and CLOSING_TOTAL_ROW.match(cells[0]) and any(re.search(r"\d", x) for x in cells[1:])
                and len(title) == 1 and not re.search(r"\d", next(iter(title)))
                and len(header) >= 2 and not any(re.search(r"\d", x) for x in header)):
            cuts.append(r + 1)
    if not cuts:
        return [t]
    bounds = [0, *cuts, len(t.rows)]
    return [_slice(t, a, b) for a, b in itertools.pairwise(bounds)]


def _slice(t: RawTable, a: int, b: int) -> RawTable:
    rows = [list(r) for r in t.rows[a:b]]
    owner = []
    for rr in range(a, b):
        new = []
        for c, (orow, ocol) in enumerate(t.owner[rr]):
            if orow < a:  # a span cut by the slice: its first row here owns it
                if rr == a and c == ocol:
                    rows[0][c] = t.rows[orow][ocol]
                orow = a
            new.append((orow - a, ocol))
        owner.append(new)
    part = RawTable(rows, owner, t.pages[a:b], t.lines[a:b], {x - a for x in t.breaks if a < x < b})
    part.all_pages |= {p for p in t.pages[a:b] if p}
    return part


def _realign_shifted_rows(t: RawTable) -> None:
    """Put back a row whose trailing cells slid sideways.

    Most data rows of an item table end with the same column (the item name).
    A row that ends further right, in a column without a header, or ends
    further left with a name under a figures column, slid there when a
    converter lost or added an empty cell: its trailing run moves back under
    the headers, if the cells it moves into are empty.
    """
    h = _header_rows(t)
    data = range(h, len(t.rows))
    if not h or len(data) < 4 or t.width < 3:
        return

    def last_filled(row):
        idx = [c for c, x in enumerate(row) if x.strip()]
        return idx[-1] if idx else None

    ends = Counter(last_filled(t.rows[r]) for r in data if last_filled(t.rows[r]) is not None)
    label_col = ends.most_common(1)[0][0]
    labels = [t.rows[r][label_col] for r in data if t.rows[r][label_col].strip()]
    if sum(is_numeric(x) for x in labels) * 2 > len(labels):
        return  # rows end in a figure, not a name: nothing tells a slid row apart
    headed = [any(t.rows[r][c].strip() for r in range(h)) for c in range(t.width)]

    def numeric_column(c):
        vals = [t.rows[r][c] for r in data if t.rows[r][c].strip()]
        return vals and sum(is_numeric(x) for x in vals) * 2 > len(vals)

    for r in data:
        row = t.rows[r]
        j = last_filled(row)
        if j is None or j == label_col or is_numeric(row[j]) or _is_total_label(row[j]):
            continue
        if j > label_col and any(headed[c] for c in range(label_col + 1, j + 1)):
            continue
        if j < label_col and not numeric_column(j):
            continue
        start = j
        while start > 0 and row[start - 1].strip():
            start -= 1
        shift = label_col - j
        lo, hi = start + shift, j + shift
        if lo < 0 or any(row[c].strip() for c in range(lo, hi + 1) if not start <= c <= j):
            continue
        if any(t.covered(r, c) for c in range(min(lo, start), max(hi, j) + 1)):
            continue  # a merged cell has its own geometry
        if any(_is_total_label(x) for x in row[start : j + 1]):
            continue
        run = row[start : j + 1]
        for c in range(start, j + 1):
            row[c] = ""
        row[lo : hi + 1] = run


def _is_total_label(text: str) -> bool:
    return bool(TOTAL_ROW.match(text.strip()) or re.match(r"^总\s*额", text.strip()))


def _drop_empty(t: RawTable) -> None:
    """Columns and rows with no text at all are layout, not content."""
    keep = [c for c in range(t.width) if any(t.rows[r][c].strip() for r in range(len(t.rows)))]
    if keep and len(keep) < t.width:
        remap = {c: i for i, c in enumerate(keep)}
        t.owner = [
            [(orow, remap[ocol]) if ocol in remap else (r, remap[c]) for c, (orow, ocol) in ((c, row[c]) for c in keep)]
            for r, row in enumerate(t.owner)
        ]
        t.rows = [[row[c] for c in keep] for row in t.rows]
    r = 0
    while r < len(t.rows):
        if not any(x.strip() for x in t.rows[r]) and not any(t.covered(r, c) for c in range(t.width)):
            _delete_row(t, r)
        else:
            r += 1


def _repeats_header(a: RawTable, b: RawTable) -> bool:
    """Two tables back to back, the second opening with the first one's header: one table."""
    return a.width == b.width and any(a.rows[0]) and _norm(a.rows[0]) == _norm(b.rows[0])


def repair_tables(raw: list[RawParagraph | RawTable]) -> list[RawParagraph | RawTable]:
    """Stitch, split and realign tables; paragraphs pass through."""
    out: list[RawParagraph | RawTable] = []
    for block in raw:
        if isinstance(block, RawTable):
            if not block.rows:
                continue
            if out and isinstance(out[-1], RawTable) and (block.continues_previous or _repeats_header(out[-1], block)):
                joined = _concat(out[-1], block)
                if joined is not None:
                    out[-1] = joined
                    continue
            out.append(block)
        else:
            out.append(block)
    final: list[RawParagraph | RawTable] = []
    for block in out:
        if not isinstance(block, RawTable):
            final.append(block)
            continue
        for part in (p for whole in _split_on_rules(block) for p in _split_after_totals(whole)):
            _drop_repeated_headers(part)
            _join_split_rows(part)
            _join_continued_cells(part)
            _drop_empty(part)
            _realign_shifted_rows(part)
            _drop_empty(part)
            if part.rows and part.width:
                final.append(part)
    return final


# ---------------------------------------------------------------- paragraphs

# how a finished sentence or item ends; "……得2分" ends a scored item even without its full stop
TERMINAL = re.compile(r"(?:[。；;：:！？!?）)”」】》]|得\s*\d+(?:\.\d+)?\s*分)$")
STARTS_NEW = re.compile(
    r"^(?:[一二三四五六七八九十]+、|[（(](?:[一二三四五六七八九十]+|\d{1,2})[）)]|\d+[、.．](?!\d)|[①-⑳]|表\s*\d|附件|注[：:]|第\s*\d+\s*题"
    r"|问?题\s*\d{1,2}\s*[：:、.．]"  # a questionnaire's "问题1：您对……" (writer X), "题1：" (writer ZA)
    # an indicator's paragraph opened by its code and points: "C21参保率（4.00分）。", "2.1.2 项目支出预算执行率（3分）。"
    r"|(?:[A-Z]\d{1,4}|\d{1,2}(?:\.\d{1,2}){1,3})\s*\p{Han}{2,30}[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]"
    r"|【(?:[A-Z]\d{0,4}\s*)?\p{Han}[^】]{1,29}】)"  # "【A32 资金分配合理性】权重3分。" (not "【2025】6号", a 文号 cut)
)
TITLE_END = re.compile(r"(?:报告|表|方案|说明|通知|意见|办法|清单|目录|问卷|统计|汇总)$")
_LABEL_START = re.compile(r"^[\p{Han}A-Za-z（）()]{1,12}[：:]")


def join_broken_paragraphs(blocks: list[RawParagraph | RawTable]) -> list[RawParagraph | RawTable]:
    """A paragraph a page break cut ends mid-sentence; the next one carries it on."""
    out: list[RawParagraph | RawTable] = []
    for block in blocks:
        if (
            isinstance(block, RawParagraph)
            and out
            and isinstance(out[-1], RawParagraph)
            and out[-1].heading_level is None
            and block.heading_level is None
        ):
            prev = out[-1]
            if (
                len(prev.text) >= 20
                and not TERMINAL.search(prev.text)
                and not STARTS_NEW.match(block.text)
                and not (_LABEL_START.match(block.text) and _LABEL_START.match(prev.text))  # "名称：…" lines
                and not TITLE_END.search(prev.text)  # a title ends where it ends
                and heading_of(prev.text) is None
            ):
                out[-1] = RawParagraph(clean(prev.text + "\n" + block.text), prev.page, None, prev.line)
                continue
        out.append(block)
    return out


# ---------------------------------------------------------------- the document

_UNIT = re.compile(rf"(?:单位|金额单位)\s*[：:]\s*({AMOUNT_UNIT}|%|{COUNT_UNIT}|分)")


def build_document(path: str, fmt: str, raw: list[RawParagraph | RawTable], pages: int | None = None) -> Document:
    blocks = [b for b in raw if not (isinstance(b, RawParagraph) and not clean(b.text))]
    blocks = [RawParagraph(clean(b.text), b.page, b.heading_level, b.line) if isinstance(b, RawParagraph) else b
              for b in blocks]
    blocks = join_broken_paragraphs(repair_tables(blocks))
    doc = Document(path=path, format=fmt, pages=pages)
    section_stack: list[tuple[int, str]] = []
    n_par = 0
    n_tab = 0
    captions_used: set[int] = set()

    def section() -> str | None:
        return " > ".join(t for _, t in section_stack) if section_stack else None

    for i, block in enumerate(blocks):
        if isinstance(block, RawParagraph):
            text = block.text
            head = heading_of(text)
            if block.heading_level is not None and not is_caption(text):
                level = head[0] if head else block.heading_level
                number = head[1] if head else ""
                head = (level, number)
            if head and not is_caption(text):
                level, number = head
                section_stack[:] = [(lv, t) for lv, t in section_stack if lv < level]
                section_stack.append((level, text))
                doc.blocks.append(Heading(text, level, number, Location(path, page=block.page, line=block.line, section=section())))
            else:
                n_par += 1
                doc.blocks.append(Paragraph(text, Location(path, page=block.page, line=block.line, section=section(),
                                                           paragraph=n_par)))
            continue
        n_tab += 1
        caption, unit = _caption_and_unit(blocks, i, captions_used)
        first_page = min(block.all_pages, default=None)
        loc = Location(path, page=first_page, line=next((x for x in block.lines if x), None), section=section(),
                       table=n_tab, caption=caption,
                       table_title=None if caption else _title_row(block))
        grid = _grid(block)
        if unit is None:
            unit = _unit_in_cells(block)
        doc.blocks.append(
            Table(
                index=n_tab,
                grid=grid,
                location=loc,
                caption=caption,
                unit=unit,
                pages=tuple(sorted(block.all_pages)),
            )
        )
    # a caption written after its table has now been taken by it; it is not body text
    return doc


def _caption_and_unit(blocks, i, used: set[int]) -> tuple[str | None, str | None]:
    caption = unit = None
    # before: up to two short paragraphs (caption, then 单位：万元 or the other way round)
    for j in (i - 1, i - 2):
        if j < 0 or not isinstance(blocks[j], RawParagraph):
            break
        text = blocks[j].text
        m = _UNIT.search(text)
        if m and len(text) <= 40 and unit is None:
            unit = m.group(1)
        if is_caption(text) and caption is None and j not in used:
            caption = text
            used.add(j)
            m = _UNIT.search(text)
            if m:
                unit = m.group(1)
            break
        if not m:
            break
    if caption is None and i + 1 < len(blocks) and isinstance(blocks[i + 1], RawParagraph):
        text = blocks[i + 1].text
        nxt = blocks[i + 2] if i + 2 < len(blocks) else None
        if is_caption(text) and not isinstance(nxt, RawTable) and (i + 1) not in used:
            caption = text
            used.add(i + 1)
    return caption, unit


def _title_row(t: RawTable) -> str | None:
    """A table that opens with a row of one text names itself there (部门基本资金支出)."""
    texts = [clean(x) for x in t.rows[0] if x.strip()] if t.rows else []
    if len(texts) == 1 and len(texts[0]) <= 30 and not is_numeric(texts[0]):
        return texts[0]
    return None


def _unit_in_cells(t: RawTable) -> str | None:
    for row in t.rows[:2]:
        for x in row:
            m = _UNIT.search(clean(x))
            if m:
                return m.group(1)
    return None


def _grid(t: RawTable) -> tuple[tuple[Cell, ...], ...]:
    spans: dict[tuple[int, int], list[int]] = {}
    for r, row in enumerate(t.owner):
        for c, (orow, ocol) in enumerate(row):
            s = spans.setdefault((orow, ocol), [r, c, r, c])
            s[2], s[3] = max(s[2], r), max(s[3], c)
    cells: dict[tuple[int, int], Cell] = {}
    for (orow, ocol), (_r0, _c0, r1, c1) in spans.items():
        text = clean(t.rows[orow][ocol]) if orow < len(t.rows) and ocol < t.width else ""
        cells[(orow, ocol)] = Cell(text, orow, ocol, r1 - orow + 1, c1 - ocol + 1, t.pages[orow], t.lines[orow])
    return tuple(tuple(cells[t.owner[r][c]] for c in range(t.width)) for r in range(len(t.rows)))
