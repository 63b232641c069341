"""Word comments for the writer: each finding anchored at its paragraph or table cell in a copy of the draft.

The findings come from the same pipeline as `check`. A finding is placed by
finding, in the Word file, the paragraph or cell whose text is the one the
finding points at (the k-th of equal texts for the k-th in the model); one
that cannot be placed goes on the first paragraph, saying where it belongs.
The input file is only read.
"""

from __future__ import annotations

from collections import defaultdict

from .config import Config
from .engine import check_file
from .readers import read
from .text import clean

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class AnnotateError(Exception):
    pass


def _targets(doc, finding):
    """(kind, text, k): the model text the finding points at, and which occurrence of it."""
    loc = finding.location
    if loc.table:
        table = doc.tables[loc.table - 1]
        r = (loc.row or 1) - 1
        if loc.col:
            cell = table.grid[r][loc.col - 1]
        else:
            # the row's own first cell: a 一级 name merged down from above belongs to another row
            own = [c for c in table.grid[r] if c.text and c.row == r]
            cell = next((c for c in own if c.rowspan == 1), own[0] if own else table.grid[r][0])
        k = 0
        for t in doc.tables:
            for c in t.cells():
                if t is table and c is cell:
                    return "cell", cell.text, k
                if c.text == cell.text:
                    k += 1
        return "cell", cell.text, k
    if loc.paragraph:
        para = next((p for p in doc.paragraphs if p.location.paragraph == loc.paragraph), None)
        if para is not None:
            k = sum(1 for p in doc.paragraphs if p.location.paragraph < loc.paragraph and p.text == para.text)
            return "paragraph", para.text, k
    return None


def annotate_docx(src: str, dst: str, config: Config | None = None) -> tuple[int, int]:
    """Write dst with one comment a finding; return (placed at their place, all)."""
    result = check_file(src, config)
    if result.error:
        raise AnnotateError(f"{src}: {result.error}")
    import docx
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

    model = read(src)
    word = docx.Document(src)
    body_paragraphs = [p for p in word.paragraphs if clean(p.text)]
    cells: dict[str, list] = defaultdict(list)
    for tbl in word.element.body.iter(W + "tbl"):
        for tc in tbl.iter(W + "tc"):
            cell = _Cell(tc, word)
            text = clean("\n".join(p.text for p in cell.paragraphs))
            if text:
                cells[text].append(cell)
    paragraphs: dict[str, list] = defaultdict(list)
    for p in body_paragraphs:
        paragraphs[clean(p.text)].append(p)

    def paragraph_for(text: str, k: int) -> Paragraph | None:
        if text in paragraphs and len(paragraphs[text]) > k:
            return paragraphs[text][k]
        starts = [p for key, ps in paragraphs.items() for p in ps if key and text.startswith(key)]
        return starts[k] if len(starts) > k else (starts[0] if starts else None)

    placed = 0
    for f in result.findings:
        target = _targets(model, f)
        anchor = None
        if target:
            kind, text, k = target
            if kind == "cell":
                # a cell the reader joined from a row cut in two is found by its first part
                found = cells.get(text) or [c for key, cs in cells.items() if len(key) >= 4 and text.startswith(key) for c in cs]
                if found:
                    anchor = (found[k] if len(found) > k else found[0]).paragraphs[0]
            elif kind == "paragraph":
                anchor = paragraph_for(text, k)
        where = f.location.human()
        body = f"[{f.rule}] {f.message}\n位置：{where}" + (f"\n原文：{f.evidence[:200]}" if f.evidence else "")
        if anchor is None:
            anchor = body_paragraphs[0] if body_paragraphs else word.add_paragraph("")
            body = "（未能定位到原处）" + body
        else:
            placed += 1
        runs = anchor.runs or [anchor.add_run("")]
        word.add_comment(runs, text=body, author="reportlint", initials="RL")
    word.save(dst)
    return placed, len(result.findings)
