#!/usr/bin/env python3
"""Render a tab-separated report (.txt) as a Word document, and optionally PDF.

    python3 tests/reword/render.py REPORT.txt OUT.docx [--pdf]

The .txt form is what a PDF-to-text conversion of a report gives: one line per
paragraph (long paragraphs sometimes cut at page ends), tables as runs of
lines whose cells are separated by tabs, a table's header row repeated after
each page break. This renderer turns it back into what the writer's Word file
would have been:

- each non-empty line becomes a paragraph; "一、…" lines get Heading 1,
  "（一）…" Heading 2, short "1、…" titles Heading 3; the report titles and
  "摘要", "目录", "附件N" start a new page;
- a run of "text<TAB>page" lines is a table of contents (right tab, dot
  leader), not a table;
- any other run of tab lines becomes a Word table with a visible grid; a run
  that follows a blank line and repeats the table's header row continues the
  table (the repeated header is dropped; the header row is marked to repeat on
  each page, as Word does); a run after a blank line continues it too unless
  the table ended with a total row (合计, 总计, 全年合计, 合计数 …); in indicator tables a row cut in two by
  the page break is joined again;
- in indicator tables (header "一级指标 …") the empty leading cells of the
  first three columns are merged vertically with the cell above, as the
  一级/二级/三级 cells are in the original;
- the 附件1 评分表 (seven columns) is set on landscape pages, column widths
  follow the amount of text in each column;
- conversion debris inside cells (<p> tags, $\\geq 80\\%$) is turned back
  into text.

With --pdf the .docx is converted by LibreOffice
(soffice --headless --convert-to pdf) into the same folder.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

# a total row, however a writer words it: "合计", "总计", "全年合计", "项目合计", "合计数"
_TOTAL = re.compile(r"^\S{0,4}?(?:合计|总计|共计)")

BODY_FONT = "宋体"
HEAD_FONT = "黑体"

H1 = re.compile(r"^[一二三四五六七八九十]+、\S")
H2 = re.compile(r"^[（(]\s?[一二三四五六七八九十]+\s?[)）]\s?\S")
H3 = re.compile(r"^\d+、[^。；，：]{1,22}$")
ANNEX = re.compile(r"^附件\s?\d[：:]\S")
TOC_ROW = re.compile(r"^[^\t]+\t\s*\d+\s*$")
DASHES = re.compile(r"^[-\s\t]+$")


# ---------------------------------------------------------------- parsing

@dataclass
class Para:
    text: str


@dataclass
class Toc:
    rows: list[tuple[str, str]]


@dataclass
class Table:
    rows: list[list[str]]
    header: list[str] = field(default_factory=list)
    breaks: set = field(default_factory=set)   # rows that start a new page

    @property
    def width(self) -> int:
        return max(len(r) for r in self.rows)

    @property
    def indicator(self) -> bool:
        return bool(self.header) and self.header[0].strip() == "一级指标"

    @property
    def closed(self) -> bool:
        # a 合计 row ends a table: what follows a blank line is another table
        last = [c.strip() for c in self.rows[-1] if c.strip()]
        return bool(last) and _TOTAL.match(last[0]) is not None


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.split("\t")]


def parse(text: str) -> list:
    blocks: list = []
    lines = text.split("\n")
    i = 0
    blank_before = False
    while i < len(lines):
        line = lines[i].rstrip("\r")
        if not line.strip():
            blank_before = True
            i += 1
            continue
        if "\t" not in line:
            blocks.append(Para(line.strip()))
            blank_before = False
            i += 1
            continue
        run = []
        while i < len(lines) and "\t" in lines[i]:
            if not DASHES.match(lines[i]):
                run.append(lines[i])
            i += 1
        if not run:
            continue
        if all(TOC_ROW.match(r) for r in run):
            rows = [tuple(c for c in cells(r) if c) for r in run]
            rows = [(r[0], r[-1]) for r in rows]
            if blocks and isinstance(blocks[-1], Toc) and blank_before:
                blocks[-1].rows.extend(rows)
            else:
                blocks.append(Toc(rows))
        else:
            rows = [cells(r) for r in run]
            prev = blocks[-1] if blocks else None
            if isinstance(prev, Table) and blank_before and rows[0] == prev.header:
                prev.breaks.add(len(prev.rows))
                prev.rows.extend(rows[1:])          # header repeated after a page break
            elif isinstance(prev, Table) and blank_before and not prev.closed:
                prev.breaks.add(len(prev.rows))
                prev.rows.extend(rows)              # continued without a header
            else:
                blocks.append(Table(rows, header=rows[0]))
        blank_before = False
    return blocks


# ---------------------------------------------------------------- cell text

LATEX = {r"\geq": "≥", r"\leq": "≤", r"\%": "%", r"\times": "×", r"\div": "÷", r"\sim": "～"}


def clean(text: str) -> list[str]:
    """Cell or paragraph text -> list of paragraphs, conversion debris removed."""
    def latex(m: re.Match) -> str:
        s = m.group(1)
        for k, v in LATEX.items():
            s = s.replace(k, v)
        return s.replace(" ", "")
    text = re.sub(r"\$([^$]{1,40})\$", latex, text)
    if "<p>" in text:
        parts = [t.strip() for t in re.split(r"\s*</?p>\s*", text) if t.strip()]
        return parts or [""]
    return [text]


# ---------------------------------------------------------------- styling

def set_fonts(style_or_run, latin: str, east: str) -> None:
    font = style_or_run.font
    font.name = latin
    el = style_or_run.element
    rpr = el.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        rfonts.set(qn(attr), latin)
    rfonts.set(qn("w:eastAsia"), east)


def setup_styles(doc) -> None:
    normal = doc.styles["Normal"]
    set_fonts(normal, "Times New Roman", BODY_FONT)
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.3
    for name, size in (("Title", 20), ("Heading 1", 16), ("Heading 2", 14), ("Heading 3", 12)):
        st = doc.styles[name]
        set_fonts(st, "Times New Roman", HEAD_FONT)
        st.font.size = Pt(size)
        st.font.bold = True
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.paragraph_format.space_before = Pt(10)
        st.paragraph_format.space_after = Pt(6)
    # the default Title style draws a border line; drop it
    ppr = doc.styles["Title"].element.find(qn("w:pPr"))
    if ppr is not None:
        for b in ppr.findall(qn("w:pBdr")):
            ppr.remove(b)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.5)


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def add_para(doc, text: str, titles_seen: list) -> None:
    if text.startswith("- "):                       # list marker left by the conversion
        text = text[2:]
    style = None
    new_page = False
    if text in ("摘要", "目录"):
        style, new_page = "Heading 1", True
    elif ANNEX.match(text) and len(text) <= 30:
        style, new_page = "Heading 1", True
    elif "绩效评价" in text and text.endswith(("报告", "结论表")) and len(text) <= 60:
        style = "Title"
        new_page = bool(titles_seen)
        titles_seen.append(text)
    elif H1.match(text) and len(text) <= 40:
        style = "Heading 1"
    elif H2.match(text) and len(text) <= 40:
        style = "Heading 2"
    elif H3.match(text):
        style = "Heading 3"
    if new_page:
        page_break(doc)
    for part in clean(text):
        p = doc.add_paragraph(part, style=style)
        if style == "Title":
            p.alignment = 1


def add_toc(doc, toc: Toc) -> None:
    width = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin
    for title, page in toc.rows:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if H2.match(title):
            p.paragraph_format.left_indent = Cm(0.75)
        p.add_run(f"{title}\t{page}")


def mark_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def join_split_rows(tb: Table, ncols: int) -> list[list[str]]:
    """In an indicator table a row cut by a page break continues on the next
    page with empty 一级/二级 cells and no score; put it back together."""
    rows: list[list[str]] = []
    for i, r in enumerate(tb.rows):
        r = r + [""] * (ncols - len(r))
        if (tb.indicator and i in tb.breaks and len(rows) > 1
                and not r[0] and not r[1] and not r[-1]):
            # the first paragraph of the continued cell goes on the same line
            r = [re.sub(r"^<p>(.*?)</p>", r"\1", b, count=1, flags=re.S) for b in r]
            rows[-1] = [re.sub(r"</p>\s*$", "", a) + b if b else a for a, b in zip(rows[-1], r, strict=False)]
        else:
            rows.append(r)
    return rows


def add_table(doc, tb: Table) -> None:
    ncols = tb.width
    rows = join_split_rows(tb, ncols)
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            cell = table.cell(i, j)
            parts = clean(text)
            cell.paragraphs[0].text = parts[0]
            for extra in parts[1:]:
                cell.add_paragraph(extra)
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.line_spacing = 1.0
                for run in p.runs:
                    run.font.size = Pt(9 if ncols >= 6 else 10.5)
                    if i == 0 and tb.indicator:
                        run.font.bold = True
    set_widths(doc, table, rows)
    if tb.indicator:
        mark_header(table.rows[0])
        merge_leading(table, rows)


def set_widths(doc, table, rows: list[list[str]]) -> None:
    """Column widths after the amount of text each column holds, as a writer
    would drag them: a score column narrow, a reasons column wide."""
    sec = doc.sections[-1]
    usable = sec.page_width - sec.left_margin - sec.right_margin
    ncols = len(rows[0])
    weights = []
    for j in range(ncols):
        lens = sorted(len(r[j]) for r in rows if r[j]) or [0]
        longest, typical = lens[-1], lens[len(lens) * 3 // 4]
        chars = longest if longest <= 12 else max(typical, 12)
        chars = max(chars, min(len(rows[0][j]), 6) + 1)   # the header on one line
        weights.append(min(max(chars, 4), 60) + 1)
    total = sum(weights)
    table.autofit = False
    for j, w in enumerate(weights):
        width = int(usable * w / total)
        table.columns[j].width = width
        for cell in table.columns[j].cells:
            cell.width = width


def merge_leading(table, rows: list[list[str]]) -> None:
    """Merge the empty leading cells of the first three columns with the cell above."""
    for j in range(min(3, len(rows[0]))):
        top = None                       # (row index, cell) of the cell being extended
        for i in range(1, len(rows)):
            row = rows[i]
            first = next((c for c in row if c), "")
            leading_empty = all(not row[k] for k in range(j + 1))
            if leading_empty and not _TOTAL.match(first) and i > 1:
                if top is None:
                    top = table.cell(i - 1, j)
                top = top.merge(table.cell(i, j))
                drop_empty_paragraphs(top)
            else:
                top = None


def drop_empty_paragraphs(cell) -> None:
    """A merge keeps the empty paragraph of each merged cell; remove them."""
    paras = cell.paragraphs
    for p in paras[1:]:
        if not p.text.strip():
            p._p.getparent().remove(p._p)


def new_section(doc, landscape: bool) -> None:
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    short, long_ = Cm(21), Cm(29.7)
    sec.page_width, sec.page_height = (long_, short) if landscape else (short, long_)


def render(txt: Path, out: Path) -> Path:
    doc = Document()
    setup_styles(doc)
    titles: list = []
    landscape = False
    for block in parse(txt.read_text(encoding="utf-8")):
        if isinstance(block, Para):
            if landscape:                      # the wide table is over
                new_section(doc, False)
                landscape = False
            add_para(doc, block.text, titles)
        elif isinstance(block, Toc):
            add_toc(doc, block)
        else:
            if block.indicator and block.width >= 7 and not landscape:
                new_section(doc, True)         # 附件1 评分表 on landscape pages
                landscape = True
            add_table(doc, block)
            doc.add_paragraph()
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.save(out)
    return out


def to_pdf(docx: Path) -> Path:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(docx.parent), str(docx)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            env={**os.environ, "HOME": profile})
    pdf = docx.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"render.py: LibreOffice did not write {pdf}")
    return pdf


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    docx = render(Path(args[0]), Path(args[1]))
    print(f"wrote {docx}")
    if "--pdf" in argv:
        print(f"wrote {to_pdf(docx)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
