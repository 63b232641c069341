#!/usr/bin/env python3
"""Render the reference report in other Word layouts, and each to PDF through LibreOffice.

    python3 tests/layouts/layouts.py OUT_DIR [NAME ...]
    LAYOUT_SOURCE=fixtures/other-kinds/tongxi-roads-2024.txt python3 tests/layouts/layouts.py OUT_DIR   (another report)

The same text, tables and defects as fixtures/sunan-hrss-2024.txt, laid out as other
writers' Word templates lay them out (tests/reword/render.py gives the base layout;
each variant changes one thing a template changes). Reviewers get PDFs made from many
templates: every layout must give the findings of the text form.

  portrait    the 附件1 评分表 on portrait pages (narrow columns, labels wrap a lot)
  noheader    tables whose header row is not repeated on each page
  bigtables   table text at 12 pt: rows and page breaks fall elsewhere
  smalltables table text at 7.5 pt: more rows a page
  equalcols   every column the same width (a score column as wide as the reasons)
  nomerge     一级/二级 cells not merged down: the name once, empty cells below
  unruled     tables drawn without rules: columns and rows rebuilt from where the words stand
  threeline   三线表: rules above the table, under its header and under its last row only
  centred     no rules, and cells centred vertically: rows that cannot be told apart, read as text
  margins     narrow page margins and 1.5 line spacing in the body
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reword"))
import render  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(os.environ.get("LAYOUT_SOURCE") or ROOT / "fixtures" / "sunan-hrss-2024.txt")
LAYOUTS = ("portrait", "noheader", "bigtables", "smalltables", "equalcols", "nomerge", "unruled", "margins", "threeline",
           "centred")


def _table_font(size: float):
    base = render.add_table

    def add_table(doc, tb):
        base(doc, tb)
        for row in doc.tables[-1].rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(size)
    return add_table


def _equal_widths(doc, table, rows):
    sec = doc.sections[-1]
    usable = sec.page_width - sec.left_margin - sec.right_margin
    table.autofit = False
    for j in range(len(rows[0])):
        for cell in table.columns[j].cells:
            cell.width = int(usable / len(rows[0]))


def _unruled():
    base = render.add_table

    def add_table(doc, tb):
        base(doc, tb)
        doc.tables[-1].style = None
    return add_table


def _centred():
    """No rules, and every cell's text centred between its top and bottom, as many templates set it."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    base = _unruled()

    def add_table(doc, tb):
        base(doc, tb)
        for row in doc.tables[-1].rows:
            for cell in row.cells:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    return add_table


def _three_lines():
    """Rules above the table, under the header row and under the last row, as a 三线表 has them."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    base = render.add_table

    def rule(cell, side):
        pr = cell._tc.get_or_add_tcPr()
        borders = pr.find(qn("w:tcBorders"))
        if borders is None:
            borders = OxmlElement("w:tcBorders")
            pr.append(borders)
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "8")
        edge.set(qn("w:color"), "000000")
        borders.append(edge)

    def add_table(doc, tb):
        base(doc, tb)
        table = doc.tables[-1]
        table.style = None
        for cell in table.rows[0].cells:
            rule(cell, "top")
            rule(cell, "bottom")
        for cell in table.rows[-1].cells:
            rule(cell, "bottom")
    return add_table


def _margins():
    base = render.setup_styles

    def setup(doc):
        base(doc)
        doc.styles["Normal"].paragraph_format.line_spacing = 1.5
        sec = doc.sections[0]
        sec.left_margin = sec.right_margin = Cm(1.5)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
    return setup


def configure(name: str) -> None:
    """Change the renderer for one layout (each layout runs in its own process)."""
    if name == "portrait":
        base = render.new_section
        render.new_section = lambda doc, landscape: base(doc, False)
    elif name == "noheader":
        render.mark_header = lambda row: None
    elif name == "bigtables":
        render.add_table = _table_font(12)
    elif name == "smalltables":
        render.add_table = _table_font(7.5)
    elif name == "equalcols":
        render.set_widths = _equal_widths
    elif name == "nomerge":
        render.merge_leading = lambda table, rows: None
    elif name == "unruled":
        render.add_table = _unruled()
    elif name == "threeline":
        render.add_table = _three_lines()
    elif name == "centred":
        render.add_table = _centred()
    elif name == "margins":
        render.setup_styles = _margins()
    else:
        raise SystemExit(f"layouts.py: no layout named {name!r} (known: {', '.join(LAYOUTS)})")


def build(name: str, out_dir: Path, source: Path | None = None) -> tuple[Path, Path]:
    """OUT_DIR/NAME.docx and OUT_DIR/NAME.pdf, made in a child process (the renderer is patched per layout);
    from SOURCE when given, else from LAYOUT_SOURCE or the reference report."""
    out_dir.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **({"LAYOUT_SOURCE": str(source)} if source else {})}
    with tempfile.TemporaryDirectory() as home:
        subprocess.run([sys.executable, __file__, "--one", name, str(out_dir)], check=True,
                       env={**env, "HOME": home}, timeout=600)
    return out_dir / f"{name}.docx", out_dir / f"{name}.pdf"


def main(argv: list[str]) -> int:
    if len(argv) >= 4 and argv[1] == "--one":
        name, out_dir = argv[2], Path(argv[3])
        configure(name)
        docx = render.render(SOURCE, out_dir / f"{name}.docx")
        render.to_pdf(docx)
        return 0
    if len(argv) < 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    out_dir = Path(argv[1])
    for name in argv[2:] or LAYOUTS:
        docx, pdf = build(name, out_dir)
        print(f"wrote {docx} and {pdf}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
