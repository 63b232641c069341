"""Plain text whose tables are tab-separated lines (a PDF converted to text).

A blank line between two tab-separated lines is where a page broke inside a
table: the table goes on, and the repairs in assemble.py see the break.
"""

from __future__ import annotations

from ..assemble import RawParagraph, RawTable, build_document
from . import ReadError, decode_text


def read_text(path: str):
    text = decode_text(path)
    if not text.strip():
        raise ReadError("文件没有文字内容")
    return build_document(path, "text", parse_lines(text.splitlines()))


def parse_lines(lines: list[str]) -> list:
    blocks: list = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if "\t" in line:
            rows, breaks, numbers = [], set(), []
            while i < len(lines):
                cur = lines[i]
                if "\t" in cur:
                    rows.append(cur.split("\t"))
                    numbers.append(i + 1)
                    i += 1
                elif not cur.strip() and _next_is_row(lines, i):
                    breaks.add(len(rows))
                    i += 1
                else:
                    break
            blocks.append(RawTable(rows, breaks=breaks, lines=numbers))
            continue
        if line.strip():
            blocks.append(RawParagraph(_strip_bullet(line), line=i + 1))
        i += 1
    return blocks


def _next_is_row(lines: list[str], i: int) -> bool:
    j = i
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j < len(lines) and "\t" in lines[j] and j - i <= 2


def _strip_bullet(line: str) -> str:
    """'- 1、…' is a converter's list marker in front of the report's own numbering."""
    s = line.strip()
    if s[:2] in ("- ", "* ", "• "):
        return s[2:]
    return s
