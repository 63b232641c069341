"""Tables a PDF draws without rules (none at all, or a 三线表's three), rebuilt from where their words stand.

pdfplumber finds tables by their rules. Without them a table's lines read across its columns and
mix one cell's words into another's. Here the columns are the strips of the page that no character
of the table's lines covers, and the rows start where a cell's text starts: cells are top-aligned
(Word's default), so a new row is a line where some column takes up text after a blank line, where a
column of single figures gets its next figure, or where a header word is followed by a figure.

A table read that way is checked like any other only when its shape leaves no doubt. Two figures in
one cell of a figure column, figures alone on a line inside a cell's words, or lines closer than a line
apart (cells centred vertically) mean the rows cannot be told apart: the part is left unread and its
page named in the document's notes.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from ..assemble import RawTable
from ..text import clean, is_caption
from ..vocab import CLOSING_TOTAL_ROW

_FIGURE = re.compile(r"^[-+]?\d[\d,]*(?:\.\d+)?\s*%?$|^[-—–/]$")
_MAX_COLUMNS = 12
_CHANNEL = 0.3  # the narrowest gap between two columns, in type sizes: a cell's padding on both sides
_ROW_PITCH = 1.7  # the most a table's rows stand apart, in type sizes: one line and its cell padding
_FIGURE_PART = re.compile(r"(?<![\d.,])[.,]?\d[\d,]*(?:\.\d*)?%?$|(?<![\d.,])\d[\d,]*\.$")  # "3.", ".7", "3.75"
_WORDS = re.compile(r"\p{Han}.*\p{Han}")
_AMOUNT = re.compile(r"^\d[\d,]*[.,]\d+%?$|^\d+(?:\.\d+)?%$")  # 1,082,504.93, 97.72%: not a page number


def segments(ln) -> list[list[dict]]:
    """A line's characters in runs split at gaps wider than an em and a fifth: the cells of a table
    without rules, laid side by side."""
    chars = sorted(ln["chars"], key=lambda ch: ch["x0"])
    runs = [[chars[0]]] if chars else []
    for ch in chars[1:]:
        if ch["x0"] - runs[-1][-1]["x1"] > 1.2 * ch.get("size", 10):
            runs.append([ch])
        else:
            runs[-1].append(ch)
    return runs


def line_size(ln) -> float:
    return Counter(round(ch.get("size", 10), 1) for ch in ln["chars"]).most_common(1)[0][0] if ln["chars"] else 10


def unruled_region(lines):
    """((top, bottom), column starts) of a region of lines set in columns with no rules: at least three
    lines split by wide gaps, the runs of two or more columns holding words. None for running text."""
    gapped = [ln for ln in lines if len(segments(ln)) >= 2]
    if len(gapped) < 3:
        return None
    starts: list[float] = []
    for ln in gapped:
        for run in segments(ln):
            x0 = run[0]["x0"]
            if not any(abs(x0 - s) < run[0].get("size", 10) for s in starts):
                starts.append(x0)
    starts.sort()
    def column_of(pattern):
        return [s for s in starts
                if sum(1 for ln in gapped for run in segments(ln)
                       if abs(run[0]["x0"] - s) < run[0].get("size", 10) and pattern.search("".join(c["text"] for c in run))) >= 3]

    worded, amounts = column_of(_WORDS), column_of(_AMOUNT)
    if len(worded) < 2 and not (worded and amounts):
        return None  # a contents page: titles and their page numbers
    top, bottom = min(ln["top"] for ln in gapped), max(ln["top"] for ln in gapped)
    # a right-hand cell may run on below (or start above) the last line that is split: its lines go with it
    ordered = sorted(lines, key=lambda ln: ln["top"])
    inside = [k for k, ln in enumerate(ordered) if top <= ln["top"] <= bottom]
    for step, edge in ((1, inside[-1]), (-1, inside[0])):
        k = edge + step
        while 0 <= k < len(ordered):
            ln, near = ordered[k], ordered[k - step]
            size = line_size(ln)
            gap = abs(ln["top"] - near["top"])
            # a cell's words go on past the last split line; also at the left, a label's last characters
            # below ("0" "）" of "过程（30）") or a title row above, as long as no blank band comes between
            if gap > 2.2 * size or (ln["x0"] < starts[1] - size / 2 and gap > _ROW_PITCH * size):
                break
            top, bottom = min(top, ln["top"]), max(bottom, ln["top"])
            k += step
    return (top, bottom), starts


def region_items(lines, region, number: int) -> tuple[list, bool, bool]:
    """The page items of an unruled region: ("table", top, RawTable, bbox, lines) for each part read as
    a table, and ("line", …) for a line that runs across the columns (a caption or a sentence between two
    tables) or stands alone. A part whose rows cannot be told apart gives nothing: its words, read column
    by column, would join one cell's words to another's. The flags say whether some part was left
    unread, and whether the last part was."""
    (top, bottom), _ = region
    inside = sorted((ln for ln in lines if top <= ln["top"] <= bottom), key=lambda ln: ln["top"])
    gapped = [ln for ln in inside if len(segments(ln)) >= 2]
    cuts = _channels(gapped)
    items: list = []
    unread = last_unread = False
    part: list = []

    def flush():
        nonlocal unread, last_unread
        if len(part) == 1:
            items.append(line_item(part[0]))
        elif part:
            table = _table(list(part), number)
            last_unread = table is None
            unread = unread or last_unread
            if table:
                items.append(table)
        part.clear()

    running = None  # the last line of running text: the next, as far to the left and of one run, goes on with it
    for k, ln in enumerate(inside):
        if (cuts and _crosses(ln, cuts)) or (running is not None and not part and len(segments(ln)) == 1
                                             and abs(ln["x0"] - running["x0"]) < 1):
            flush()
            last_unread = False
            after = inside[k + 1] if k + 1 < len(inside) else None
            if _title_row(ln, after, cuts):
                part.append({**ln, "title": True})
                continue
            running = ln
            items.append(line_item(ln))
            continue
        running = None
        if part and ln["top"] - part[-1]["top"] > 2.6 * line_size(ln):
            flush()  # a blank band: what follows is another table, or a line after the table
        elif part and CLOSING_TOTAL_ROW.match(part[-1]["text"]) and re.search(r"\d", part[-1]["text"]) \
                and not re.search(r"\d", ln["text"]):
            flush()  # a 合计 row, then words without a figure: the next table's header
        part.append(ln)
    flush()
    return items, unread, last_unread


def _title_row(ln, after, cuts) -> bool:
    """A line across the columns set close above a table's first line, and no caption or sentence: the
    table's own title row, a cell spread over every column ("部门基本资金支出")."""
    text = clean(ln["text"])
    return after is not None and not _crosses(after, cuts) and after["top"] - ln["top"] <= _ROW_PITCH * line_size(ln) \
        and not is_caption(text) and len(segments(ln)) == 1 and not re.search(r"[。；，,：:]", text)


def line_item(ln):
    """A page item for a line of text; a line in columns keeps its characters: it may be the last row of a
    table the page before began."""
    gapped = (ln,) if len(segments(ln)) >= 2 else ()
    return ("line", ln["top"], ln["text"], (ln["x0"], ln["top"], ln["x1"], ln["bottom"], line_size(ln)), *gapped)


def _glyphs(ln) -> list[dict]:
    return [ch for ch in ln["chars"] if ch["text"].strip()]


def _channels(lines) -> list[float]:
    """The x of each vertical strip, at least _CHANNEL wide, that no character of the lines covers:
    the gaps between a table's columns."""
    spans = sorted((ch["x0"], ch["x1"], ch.get("size", 10)) for ln in lines if not ln.get("title") for ch in _glyphs(ln))
    if not spans:
        return []
    cuts = []
    right = spans[0][1]
    for x0, x1, size in spans[1:]:
        if x0 - right >= _CHANNEL * size:
            cuts.append((right + x0) / 2)
        right = max(right, x1)
    return cuts


def _crosses(ln, cuts) -> bool:
    return any(ch["x0"] < x < ch["x1"] for ch in _glyphs(ln) for x in cuts)


def _table(lines, number: int, cuts=None):
    cuts = _channels(lines) if cuts is None else cuts
    if any(b["top"] - a["top"] < 0.9 * line_size(a) for a, b in zip(lines, lines[1:], strict=False)):
        return None  # lines closer than a line apart: cells set at different heights, centred vertically
    if not cuts or len(cuts) + 1 > _MAX_COLUMNS:
        return None
    width = len(cuts) + 1
    pieces = []  # per line, the text of each column
    ends = []  # per line, where each column's text ends, and the size of its type
    for ln in lines:
        cols = [""] * width
        end: list[tuple[float, float] | None] = [None] * width
        for ch in sorted(ln["chars"], key=lambda ch: ch["x0"]):
            k = 0 if ln.get("title") else sum(1 for x in cuts if x < (ch["x0"] + ch["x1"]) / 2)
            cols[k] += ch["text"]
            if ch["text"].strip():
                end[k] = (ch["x1"], ch.get("size", 10))
        pieces.append([c.strip() for c in cols])
        ends.append(end)
    # the right edge of each column's text: a figure that reaches it was wrapped ("1" over "00%")
    edge = [max((e[k][0] for e in ends if e[k]), default=0) for k in range(width)]
    figures = _figure_columns(pieces)
    # glued[i]: the columns where line i carries on a figure the narrow column wrapped ("3" "." "75")
    glued: list[set[int]] = [set()]
    starts = [0]
    for i in range(1, len(pieces)):
        above, here = pieces[i - 1], pieces[i]
        so_far = ["".join(p[k] for p in pieces[starts[-1]:i]) for k in range(width)]  # the row's text so far
        glued.append({k for k in range(width) if here[k] and re.fullmatch(r"[\d.,]+", above[k])
                      and _wrapped(so_far[k][-12:] + here[k], ends[i - 1][k], edge[k])})
        resumed = any(here[k] and not above[k] for k in range(width))
        # a figure under a figure (rows of one line), or under a figure column's header words
        under_words = [k for k in range(width) if _FIGURE.match(here[k]) and above[k] and not _FIGURE.match(above[k])]
        # figures under the header's words: the first row (under a single short word, only right below it)
        header_above = starts == [0] and (len(under_words) >= 2 or (i == 1 and any(
            len(above[k]) <= 6 and re.fullmatch(r"[\p{Han}（）()%]+", above[k]) for k in under_words)))
        stacked = header_above or any(
            _FIGURE.match(here[k]) and (_FIGURE.match(above[k]) or (above[k] and k in figures))
            and k not in glued[i] for k in range(width))
        if resumed or stacked:
            starts.append(i)
    for i in range(1, len(pieces) - 1):
        above, here, below = pieces[i - 1], pieces[i], pieces[i + 1]
        alone = [k for k in range(width) if here[k] and k not in glued[i]]
        if alone and all(_FIGURE.match(here[k]) for k in alone) \
                and any(above[k] and below[k] and not here[k] for k in range(width)):
            return None  # a line of figures alone inside a cell's words: cells centred vertically
    # the row each line's piece belongs to, per column: a label whose bracket is still open at the end of
    # its row ("效益（30" over "分）") goes on into the next row's first lines, which are its own
    owner = [[0] * width for _ in pieces]
    row_of = 0
    for i in range(len(pieces)):
        if row_of + 1 < len(starts) and i == starts[row_of + 1]:
            row_of += 1
        for k in range(width):
            owner[i][k] = row_of
            if i and pieces[i][k] and pieces[i - 1][k] and owner[i - 1][k] < row_of:
                above = owner[i - 1][k]
                if _open_bracket("".join(pieces[j][k] for j in range(i) if owner[j][k] == above)):
                    owner[i][k] = above
    rows = [[""] * width for _ in starts]
    for i, line in enumerate(pieces):
        for k, piece in enumerate(line):
            if piece:
                r = owner[i][k]
                rows[r][k] += piece if (k in glued[i] or not rows[r][k]) else "\n" + piece
    rows = [[clean(x) for x in row] for row in rows]
    for row in rows:
        if any(len(re.findall(r"\d[\d,]*(?:\.\d+)?", row[k])) > 1 for k in figures):
            return None  # two figures in one cell of a figure column: rows run together
    x0 = min(ln["x0"] for ln in lines)
    x1 = max(ln["x1"] for ln in lines)
    box = (x0, lines[0]["top"], x1, lines[-1]["bottom"])
    return "table", lines[0]["top"], RawTable(rows, None, [number] * len(rows)), box, lines


def tables_on_shared_columns(parts) -> list[RawTable] | None:
    """The pieces of one table on successive pages ([(lines, page number)]) read again with the columns
    they share, so that the rows cut by a page break line up; None when a piece does not read so."""
    cuts = _channels([ln for lines, _ in parts for ln in lines])
    out = []
    for lines, number in parts:
        item = _table(lines, number, cuts)
        if item is None:
            return None
        out.append(item[2])
    return out


def _open_bracket(text: str) -> bool:
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def _wrapped(joined: str, end, edge: float) -> bool:
    """The line above ran to the column's edge and the lines read as one figure: one figure, wrapped."""
    return bool(end) and end[0] + 0.5 * end[1] > edge and bool(_FIGURE_PART.search(joined))


def _figure_columns(pieces) -> set[int]:
    """Columns whose lines hold single figures (scores, amounts, rates), besides their header words."""
    out = set()
    for k in range(len(pieces[0])):
        filled = [p[k] for p in pieces if p[k]]
        figures = sum(1 for x in filled if _FIGURE.match(x))
        if figures >= 2 and figures >= 0.6 * len(filled):
            out.add(k)
    return out
