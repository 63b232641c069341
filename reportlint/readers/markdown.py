"""Markdown as PDF-to-Markdown converters write it: # headings, pipe tables, HTML <table>s.

Converters cut a table at each page break into two tables, the second often
repeating the header: such a pair is marked as one table continued.
"""

from __future__ import annotations

from html.parser import HTMLParser

import regex as re

from ..assemble import RawParagraph, RawTable, build_document
from ..text import clean
from . import ReadError, decode_text

_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_PIPE_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$")


def read_markdown(path: str):
    text = decode_text(path)
    if not text.strip():
        raise ReadError("文件没有文字内容")
    return build_document(path, "markdown", parse_markdown(text))


def parse_markdown(text: str) -> list:
    blocks: list = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        if not line or _IMAGE.match(line):
            i += 1
            continue
        if line.lower().startswith("<table"):
            start = i
            chunk = [line]
            while "</table>" not in chunk[-1].lower() and i + 1 < len(lines):
                i += 1
                chunk.append(lines[i])
            for table in _html_tables("\n".join(chunk)):
                table.lines = [start + 1] * len(table.rows)  # an HTML table's rows share its line
                _append_table(blocks, table)
            i += 1
            continue
        if line.startswith("|"):
            rows, numbers = [], []
            while i < len(lines) and lines[i].strip().startswith("|"):
                row = lines[i].strip()
                if not _PIPE_SEPARATOR.match(row):
                    rows.append([c.strip() for c in row.strip("|").split("|")])
                    numbers.append(i + 1)
                i += 1
            _append_table(blocks, RawTable(rows, lines=numbers))
            continue
        m = _HEADING.match(line)
        if m:
            blocks.append(RawParagraph(m.group(2), heading_level=len(m.group(1)), line=i + 1))
        else:
            blocks.append(RawParagraph(line[2:] if line[:2] in ("- ", "* ") else line, line=i + 1))
        i += 1
    return blocks


def _append_table(blocks: list, table: RawTable) -> None:
    if not table.rows:
        return
    prev = blocks[-1] if blocks else None
    if isinstance(prev, RawTable) and prev.width == table.width:
        same_header = [clean(x) for x in prev.rows[0]] == [clean(x) for x in table.rows[0]]
        if same_header:
            table.continues_previous = True
    blocks.append(table)


class _TableParser(HTMLParser):
    """Collects <table> grids with rowspan/colspan resolved to their owner cell."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[tuple[str, int, int]]]] = []
        self._rows = None
        self._cell = None
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self._depth += 1
            if self._depth == 1:
                self._rows = []
        elif self._depth != 1:
            return
        elif tag == "tr":
            self._rows.append([])
        elif tag in ("td", "th"):
            self._cell = [[], _span(attrs.get("rowspan")), _span(attrs.get("colspan"))]
        elif tag == "br" and self._cell is not None:
            self._cell[0].append("\n")

    def handle_endtag(self, tag):
        if tag == "table":
            if self._depth == 1 and self._rows is not None:
                self.tables.append(self._rows)
                self._rows = None
            self._depth = max(0, self._depth - 1)
        elif self._depth == 1 and tag in ("td", "th") and self._cell is not None:
            if not self._rows:
                self._rows.append([])
            text, rs, cs = self._cell
            self._rows[-1].append(("".join(text), rs, cs))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[0].append(data)


def _span(value) -> int:
    try:
        return max(1, min(int(value), 200))
    except (TypeError, ValueError):
        return 1


def _html_tables(html: str) -> list[RawTable]:
    parser = _TableParser()
    parser.feed(html)
    parser.close()
    return [_layout(rows) for rows in parser.tables if rows]


def _layout(rows: list[list[tuple[str, int, int]]]) -> RawTable:
    """Place cells on a grid the way a browser does: spans push later cells right."""
    occupied: dict[tuple[int, int], tuple[int, int]] = {}
    texts: dict[tuple[int, int], str] = {}
    n_rows = len(rows)
    for r, row in enumerate(rows):
        c = 0
        for text, rs, cs in row:
            while (r, c) in occupied:
                c += 1
            for dr in range(min(rs, n_rows - r)):
                for dc in range(cs):
                    occupied[(r + dr, c + dc)] = (r, c)
            texts[(r, c)] = text
            c += cs
    width = max((c for _, c in occupied), default=-1) + 1
    grid = [[texts.get((r, c), "") for c in range(width)] for r in range(n_rows)]
    owner = [[occupied.get((r, c), (r, c)) for c in range(width)] for r in range(n_rows)]
    return RawTable(grid, owner)
