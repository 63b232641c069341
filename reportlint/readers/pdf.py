"""PDF through pdfplumber: text lines and ruled tables, in reading order per page.

pdfplumber finds a table by its rules; one drawn without them (or a 三线表) is rebuilt
from where its words stand (pdf_unruled), and where its rows cannot be told apart its
words are left unread and the page named in the document's notes.

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
from .pdf_unruled import line_item, region_items, tables_on_shared_columns, unruled_region

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
    chain: list = []  # (block index, lines, page) of an unruled table's pieces, page after page
    prev_unread = False
    for page in pages:
        items = [it for it in page.items if not (it[0] == "line" and (it[1], it[2]) in furniture[page.number])]
        if prev_unread and items and items[0][0] == "table" and len(items[0]) > 4:
            del items[0]  # the rest of a table the page before could not read: no table either
            page.unruled = True
        prev_unread = page.unread_at_foot
        if prev_table_at_foot and chain:
            _rows_carried_over(items, chain, page.number)
        for kind, payload in _paragraphs(items, page):
            if kind == "table":
                table, at_head, at_foot, lines = payload
                table.continues_previous = at_head and prev_table_at_foot
                if not (table.continues_previous and lines and chain):
                    chain = []
                blocks.append(table)
                if lines:
                    chain.append((len(blocks) - 1, lines, page.number))
                    _share_columns(blocks, chain)
                prev_table_at_foot = at_foot
            else:
                blocks.append(payload)
                prev_table_at_foot = False
    doc = build_document(path, "pdf", blocks, pages=n)
    if scanned:
        doc.notes.append(f"第{_ranges(scanned)}页没有文本层（图像），这些页未检查")
    unruled = [p.number for p in pages if p.unruled]
    if unruled:
        doc.notes.append(f"第{_ranges(unruled)}页有不带框线的表格，其行无法分清（文字上下居中或错行），表内文字未检查")
    return doc


def _rows_carried_over(items: list, chain: list, number: int) -> None:
    """Lines in columns at the head of a page, after an unruled table that ended the page before: its
    last rows (too few for the page to show a table of its own), read with the table's columns."""
    k = 0
    while k < len(items) and items[k][0] == "line" and len(items[k]) > 4:
        k += 1
    if not k:
        return
    lines = [it[4] for it in items[:k]]
    tables = tables_on_shared_columns([(chain[-1][1], 0), (lines, number)])
    if tables is not None:
        box = (min(ln["x0"] for ln in lines), lines[0]["top"], max(ln["x1"] for ln in lines), lines[-1]["bottom"])
        items[:k] = [("table", lines[0]["top"], tables[1], box, lines)]


def _share_columns(blocks: list, chain: list) -> None:
    """An unruled table continued over a page break: its pieces read with the same columns."""
    if len(chain) < 2 or len({blocks[i].width for i, _, _ in chain}) == 1:
        return
    tables = tables_on_shared_columns([(lines, number) for _, lines, number in chain])
    if tables is not None:
        for (i, _, _), table in zip(chain, tables, strict=True):
            table.continues_previous = blocks[i].continues_previous
            blocks[i] = table


class _Page:
    __slots__ = ("number", "height", "has_text", "items", "left", "right", "unruled", "unread_at_foot")

    def __init__(self, number, height, has_text, items, left, right, unruled=False, unread_at_foot=False):
        self.number, self.height, self.has_text, self.items = number, height, has_text, items
        self.left, self.right, self.unruled = left, right, unruled
        self.unread_at_foot = unread_at_foot  # the page ends in an unruled table that could not be read as one


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
    region = unruled_region(lines)
    unread = unread_at_foot = False
    for ln in lines:
        if region and region[0][0] <= ln["top"] <= region[0][1]:
            continue  # read below, as tables
        items.append(line_item(ln))
    if region:
        region_lines, unread, last_unread = region_items(lines, region, number)
        items.extend(region_lines)
        unread_at_foot = last_unread and not any(it[0] == "line" and it[1] > region[0][1] for it in items)
    items.sort(key=lambda it: it[1])
    return _Page(number, float(page.height), True, items, min(xs0), max(xs1), unruled=unread,
                 unread_at_foot=unread_at_foot)


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
        lowest = max((t for t, _ in lines), default=None)
        for top, text in lines:
            # a page number is the page's lowest line, a little higher on a landscape page's shorter side
            low_number = top == lowest and top > p.height * (1 - 2 * _BAND) and _PAGE_NUMBER.match(clean(text))
            if not (top < p.height * _BAND or top > p.height * (1 - _BAND) or low_number):
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

    spacing = _line_spacing(items)
    prev = None
    for i, it in enumerate(items):
        if it[0] == "table":
            yield from flush()
            # first and last thing on the page: the table may go on over the break
            yield "table", (it[2], i == 0, i == len(items) - 1, it[4] if len(it) > 4 else None)
            prev = None
            continue
        text, (x0, top, x1, bottom, size) = it[2], it[3]
        starts_new = prev is None
        if prev is not None:
            _, _, p_x1, p_bottom, _ = prev
            gap = top - p_bottom
            # a full line that stops mid-sentence goes on below, in 1.5 or double spaced text too (the page's own
            # spacing, when most of its lines share it)
            runs_on = (p_x1 >= page.right - size and not _FULL_STOP.search(clean(lines[-1]))
                       and not STARTS_NEW.match(clean(text)) and x0 <= page.left + 1.5 * size
                       and gap <= min(spacing, 1.3 * size) + 0.45 * size)
            if (gap > 0.9 * size and not runs_on) or gap < -0.5 * size:  # paragraph spacing, or a new column
                starts_new = True
            elif x0 > page.left + 1.5 * size:  # first-line indent
                starts_new = True
            elif p_x1 < page.right - 2.5 * size:  # the line above stopped short
                starts_new = True
            elif heading_of(clean(text)) is not None:
                starts_new = True
            elif STARTS_NEW.match(clean(text)) and (TERMINAL.search(clean(lines[-1])) or TITLE_END.search(clean(lines[-1]))) \
                    and not _next_in_list(clean("".join(lines)), clean(text)):
                starts_new = True  # "……调查问卷（工作人员）" then "第1题……": an item after a finished line
        if starts_new:
            yield from flush()
        lines.append(text)
        prev = (x0, top, x1, bottom, size)
    yield from flush()


_ITEM = re.compile(r"^(\d{1,2})([.．、])")


def _next_in_list(paragraph: str, line: str) -> bool:
    """"……3.“资产管理”；" then "4.“档案管理”，12个三级指标：……": the next item of a list the sentence is still
    setting out (writer ZA), not a new numbered paragraph: the item before it stands in the same sentence."""
    m = _ITEM.match(line)
    if not m or int(m.group(1)) < 2 or not re.search(r"[；;，,、]$", paragraph):
        return False
    sentence = re.split(r"[。！？!?]", paragraph)[-1]
    return re.search(rf"(?<!\d){int(m.group(1)) - 1}{re.escape(m.group(2))}", sentence) is not None


_FULL_STOP = re.compile(r"[。！？!?]$")  # "；" at a line's end may go on: "……得2分；" then "<90%不得分"


def _line_spacing(items) -> float:
    """The page's usual gap between one line and the next: the most common one, to half a point."""
    gaps = Counter()
    prev = None
    for it in items:
        if it[0] != "line":
            prev = None
            continue
        _, top, _, bottom, size = it[3]
        if prev is not None and 0 < top - prev[0] < 2.5 * size:
            gaps[round((top - prev[0]) * 2) / 2] += 1
        prev = (bottom, size)
    if not gaps:
        return 0.0
    gap, n = gaps.most_common(1)[0]
    # only a spacing most of the page's lines share counts, and only up to double spacing
    return gap if n >= 6 and n >= 0.5 * sum(gaps.values()) else 0.0


def _ranges(numbers: list[int]) -> str:
    out, start = [], None
    for i, n in enumerate(numbers):
        if start is None:
            start = n
        if i + 1 == len(numbers) or numbers[i + 1] != n + 1:
            out.append(str(start) if start == n else f"{start}-{n}")
            start = None
    return "、".join(out)
