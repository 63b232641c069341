"""PDF through pdfplumber: text lines and ruled tables, in reading order per page.

A table drawn without rules is not found as a table; its lines would read across the
columns and mix one cell's words into another's. Lines split by wide gaps are read
column by column instead, as paragraphs, and the page is named in the document's notes.

Work per page is what a bare pdfplumber pass does (find the tables, extract
them, extract the text outside them), so reading costs about the same.
Running headers and footers are recognised by repeating on most pages and
dropped. A table that ends at the foot of one page and starts at the head of
the next, with the same columns, is marked as continued.
"""

from __future__ import annotations

from collections import Counter

import regex as re

from ..assemble import STARTS_NEW, TERMINAL, TITLE_END, RawParagraph, RawTable, build_document
from ..text import clean, heading_of
from . import MAX_PDF_PAGES, ReadError

_PAGE_NUMBER = re.compile(r"^[-—–\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–\s]*$")
_BAND = 0.09  # the top and bottom 9% of a page hold running headers and footers


def _open(path: str):
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        return pdfplumber.open(path)
    except Exception as exc:
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc
        if isinstance(inner, PDFPasswordIncorrect | PDFEncryptionError) or "password" in str(exc).lower():
            raise ReadError("PDF 已加密（需要密码），无法读取") from None
        raise ReadError(f"PDF 已损坏或不完整，无法打开（{str(inner)[:80] or type(inner).__name__}）") from None


def read_pdf(path: str):
    pdf = _open(path)
    with pdf:
        n = len(pdf.pages)
        if n == 0:
            raise ReadError("PDF 没有页面")
        if n > MAX_PDF_PAGES:
            raise ReadError(f"PDF 页数过多（{n} 页，上限 {MAX_PDF_PAGES} 页）")
        pages = []
        for i, page in enumerate(pdf.pages):
            pages.append(_read_page(page, i + 1))
            page.close()  # drop pdfplumber's per-page caches: memory stays flat on long reports
    scanned = [p.number for p in pages if not p.has_text]
    if len(scanned) == n:
        raise ReadError(f"PDF 没有文本层（扫描件，共 {n} 页均为图像），请先做文字识别（OCR）")
    furniture = _running_furniture(pages)
    blocks: list = []
    prev_table_at_foot = False
    for page in pages:
        items = [it for it in page.items if not (it[0] == "line" and (it[1], it[2]) in furniture[page.number])]
        for kind, payload in _paragraphs(items, page):
            if kind == "table":
                table, at_head, at_foot = payload
                table.continues_previous = at_head and prev_table_at_foot
                blocks.append(table)
                prev_table_at_foot = at_foot
            else:
                blocks.append(payload)
                prev_table_at_foot = False
    doc = build_document(path, "pdf", blocks, pages=n)
    if scanned:
        doc.notes.append(f"第{_ranges(scanned)}页没有文本层（图像），这些页未检查")
    unruled = [p.number for p in pages if p.unruled]
    if unruled:
        doc.notes.append(f"第{_ranges(unruled)}页有不带框线的表格，按栏读出文字，未作为表格核对")
    return doc


class _Page:
    __slots__ = ("number", "height", "has_text", "items", "left", "right", "unruled")

    def __init__(self, number, height, has_text, items, left, right, unruled=False):
        self.number, self.height, self.has_text, self.items = number, height, has_text, items
        self.left, self.right, self.unruled = left, right, unruled


def _read_page(page, number: int) -> _Page:
    if not page.chars:
        return _Page(number, float(page.height), False, [], 0, 0)
    tables = page.find_tables()
    items = []
    boxes = [t.bbox for t in tables]
    for t in tables:
        items.append(("table", t.bbox[1], _raw_table(t, number), t.bbox))

    def outside(obj):
        if obj.get("object_type") != "char":
            return True
        cx, cy = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)

    text_page = page.filter(outside) if boxes else page
    lines = text_page.extract_text_lines(layout=False, strip=True, return_chars=True)
    xs0 = [ln["x0"] for ln in lines] or [0]
    xs1 = [ln["x1"] for ln in lines] or [0]
    columns = _unruled_columns(lines)
    for ln in lines:
        size = _size(ln)
        if columns and columns[0][0] <= ln["top"] <= columns[0][1]:
            continue  # read below, column by column
        items.append(("line", ln["top"], ln["text"], (ln["x0"], ln["top"], ln["x1"], ln["bottom"], size)))
    if columns:
        items.extend(_column_paragraphs(lines, columns, number))
    items.sort(key=lambda it: it[1])
    return _Page(number, float(page.height), True, items, min(xs0), max(xs1), unruled=bool(columns))


def _size(ln) -> float:
    return Counter(round(ch.get("size", 10), 1) for ch in ln["chars"]).most_common(1)[0][0] if ln["chars"] else 10


def _segments(ln) -> list[list[dict]]:
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


def _unruled_columns(lines):
    """((top, bottom), column starts) of a region of lines set in columns with no rules: at least three
    lines split by wide gaps, the runs of two or more columns holding words. None for running text."""
    gapped = [ln for ln in lines if len(_segments(ln)) >= 2]
    if len(gapped) < 3:
        return None
    starts: list[float] = []
    for ln in gapped:
        for run in _segments(ln):
            x0 = run[0]["x0"]
            if not any(abs(x0 - s) < run[0].get("size", 10) for s in starts):
                starts.append(x0)
    starts.sort()
    worded = [s for s in starts
              if sum(1 for ln in gapped for run in _segments(ln)
                     if abs(run[0]["x0"] - s) < run[0].get("size", 10) and len(re.findall(r"\p{Han}", "".join(c["text"] for c in run))) >= 2) >= 3]
    if len(worded) < 2:
        return None  # a contents page: titles and their page numbers
    top, bottom = min(ln["top"] for ln in gapped), max(ln["top"] for ln in gapped)
    # a right-hand cell may run on below (or start above) the last line that is split: its lines go with it
    ordered = sorted(lines, key=lambda ln: ln["top"])
    inside = [k for k, ln in enumerate(ordered) if top <= ln["top"] <= bottom]
    for step, edge in ((1, inside[-1]), (-1, inside[0])):
        k = edge + step
        while 0 <= k < len(ordered):
            ln, near = ordered[k], ordered[k - step]
            size = _size(ln)
            if ln["x0"] < starts[1] - size / 2 or abs(ln["top"] - near["top"]) > 2.2 * size:
                break
            top, bottom = min(top, ln["top"]), max(bottom, ln["top"])
            k += step
    return (top, bottom), starts


def _column_paragraphs(lines, columns, number: int):
    """The region's text column by column: each column's consecutive lines make one paragraph."""
    (top, bottom), starts = columns
    runs: dict[int, list] = {}
    for ln in lines:
        if not top <= ln["top"] <= bottom:
            continue
        for run in _segments(ln):
            col = max((k for k, s in enumerate(starts) if s <= run[0]["x0"] + run[0].get("size", 10) / 2), default=0)
            runs.setdefault(col, []).append((ln["top"], ln["bottom"], "".join(c["text"] for c in run), _size(ln)))
    out = []
    for col in sorted(runs):
        para: list = []
        for r in runs[col]:
            if para and r[0] - para[-1][1] > 0.9 * r[3]:
                out.append(_column_paragraph(para, number, col))
                para = []
            para.append(r)
        if para:
            out.append(_column_paragraph(para, number, col))
    return out


def _column_paragraph(runs, number: int, col: int):
    # ordered among the page's lines by where it starts; a column to the right after one to the left
    return ("block", runs[0][0] + col * 1e-3, RawParagraph(clean("\n".join(r[2] for r in runs)), number))


def _raw_table(t, page_number: int) -> RawTable:
    """pdfplumber's table with spans: a cell's bbox tells how many rows and columns it covers."""
    texts = t.extract()
    rows = t.rows
    n_rows = len(rows)
    n_cols = max((len(r.cells) for r in rows), default=0)
    col_x0 = [min((r.cells[c][0] for r in rows if c < len(r.cells) and r.cells[c]), default=None) for c in range(n_cols)]
    row_top = [r.bbox[1] for r in rows]
    owner: list[list[tuple[int, int] | None]] = [[None] * n_cols for _ in range(n_rows)]
    for r, row in enumerate(rows):
        for c, box in enumerate(row.cells):
            if box is None:
                continue
            c_end = c
            while c_end + 1 < n_cols and col_x0[c_end + 1] is not None and col_x0[c_end + 1] < box[2] - 1:
                c_end += 1
            r_end = r
            while r_end + 1 < n_rows and row_top[r_end + 1] < box[3] - 1:
                r_end += 1
            for rr in range(r, r_end + 1):
                for cc in range(c, c_end + 1):
                    if owner[rr][cc] is None or (rr, cc) == (r, c):
                        owner[rr][cc] = (r, c)
    cells = [["" for _ in range(n_cols)] for _ in range(n_rows)]
    for r in range(n_rows):
        for c in range(n_cols):
            if owner[r][c] is None:
                owner[r][c] = (r, c)
            if owner[r][c] == (r, c) and r < len(texts) and c < len(texts[r]):
                cells[r][c] = texts[r][c] or ""
    return RawTable(cells, owner, [page_number] * n_rows)


def _running_furniture(pages: list[_Page]) -> dict[int, set[tuple[float, str]]]:
    """Lines in the top or bottom band that repeat on most pages (digits aside), or page numbers."""
    def key(text):
        return re.sub(r"\d+", "#", clean(text))

    counts: Counter = Counter()
    for p in pages:
        seen = set()
        for kind, top, text, *_ in p.items:
            if kind == "line" and (top < p.height * _BAND or top > p.height * (1 - _BAND)):
                seen.add(key(text))
        counts.update(seen)
    text_pages = sum(1 for p in pages if p.has_text)
    repeated = {k for k, v in counts.items() if text_pages >= 3 and v >= max(3, text_pages * 0.5)}
    out: dict[int, set[tuple[float, str]]] = {}
    for p in pages:
        drop = set()
        lines = [(top, text) for kind, top, text, *_ in p.items if kind == "line"]
        for top, text in lines:
            if not (top < p.height * _BAND or top > p.height * (1 - _BAND)):
                continue
            if key(text) in repeated or _PAGE_NUMBER.match(clean(text)):
                # one header or footer a page: the same words again (a cover title under the header) are content
                others = [t for t, x in lines if key(x) == key(text) and t != top]
                if top < p.height * _BAND and any(t < top for t in others):
                    continue
                if top > p.height * (1 - _BAND) and any(t > top for t in others):
                    continue
                drop.add((top, text))
        out[p.number] = drop
    return out


def _paragraphs(items, page: _Page):
    """Group the page's lines into paragraphs; yield ('para', …) and ('table', …) in order."""
    lines: list[str] = []

    def flush():
        if lines:
            yield "para", RawParagraph(clean("\n".join(lines)), page.number)
            lines.clear()

    prev = None
    for i, it in enumerate(items):
        if it[0] == "block":
            yield from flush()
            yield "para", it[2]
            prev = None
            continue
        if it[0] == "table":
            yield from flush()
            # first and last thing on the page: the table may go on over the break
            yield "table", (it[2], i == 0, i == len(items) - 1)
            prev = None
            continue
        _, _, text, (x0, top, x1, bottom, size) = it
        starts_new = prev is None
        if prev is not None:
            _, _, p_x1, p_bottom, _ = prev
            gap = top - p_bottom
            if gap > 0.9 * size or gap < -0.5 * size:  # paragraph spacing, or a new column
                starts_new = True
            elif x0 > page.left + 1.5 * size:  # first-line indent
                starts_new = True
            elif p_x1 < page.right - 2.5 * size:  # the line above stopped short
                starts_new = True
            elif heading_of(clean(text)) is not None:
                starts_new = True
            elif STARTS_NEW.match(clean(text)) and (TERMINAL.search(clean(lines[-1])) or TITLE_END.search(clean(lines[-1]))):
                starts_new = True  # "……调查问卷（工作人员）" then "第1题……": an item after a finished line
        if starts_new:
            yield from flush()
        lines.append(text)
        prev = (x0, top, x1, bottom, size)
    yield from flush()


def _ranges(numbers: list[int]) -> str:
    out, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            out.append(str(start) if start == n else f"{start}-{n}")
            start = None
    return "、".join(out)
