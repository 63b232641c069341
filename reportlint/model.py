"""The document model every reader produces and every check reads.

Readers turn a file into a `Document`: an ordered list of blocks (headings,
paragraphs, tables) with locations a person can follow. Nothing here knows
which format a block came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Location:
    """Where something stands, in words a reviewer can follow."""

    file: str
    page: int | None = None  # 1-based, PDF only
    line: int | None = None  # 1-based source line, text and Markdown only
    section: str | None = None  # nearest heading
    table: int | None = None  # 1-based table number in reading order
    caption: str | None = None  # 表1：…, when stated
    table_title: str | None = None  # a table without caption: the title row it opens with
    row: int | None = None  # 1-based
    col: int | None = None  # 1-based
    paragraph: int | None = None  # 1-based paragraph number

    def at(self, **changes) -> Location:
        return replace(self, **changes)

    def human(self) -> str:
        """'第7页 表1（部门基本资金支出明细表） 第12行 第3列' style."""
        parts = []
        if self.page:
            parts.append(f"第{self.page}页")
        if self.table is not None:
            if self.caption:
                parts.append(self.caption)
            elif self.table_title:
                parts.append(f"第{self.table}个表格（{self.table_title}）")
            elif self.section:
                parts.append(f"「{self.section.split(' > ')[-1]}」中的第{self.table}个表格")
            else:
                parts.append(f"第{self.table}个表格")
        elif self.section:
            parts.append(f"「{self.section}」")
        if self.row:
            parts.append(f"第{self.row}行")
        if self.col:
            parts.append(f"第{self.col}列")
        if self.paragraph and self.table is None:
            parts.append(f"第{self.paragraph}段")
        return " ".join(parts) or self.file

    def brief(self) -> str:
        """human(), with a paragraph's section cut to its innermost heading: for lists of places."""
        if self.table is not None or not self.section:
            return self.human()
        return self.at(section=self.section.split(" > ")[-1]).human()

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Heading:
    text: str
    level: int  # 1 一、 2 （一） 3 1、 4 （1）
    number: str  # the numbering as written: 一、 （一） 1. …; "" when unnumbered
    location: Location

    kind = "heading"


@dataclass(frozen=True)
class Paragraph:
    text: str
    location: Location

    kind = "paragraph"


@dataclass(frozen=True)
class Cell:
    text: str
    row: int  # 0-based position in the table grid
    col: int
    rowspan: int = 1
    colspan: int = 1
    page: int | None = None
    line: int | None = None


@dataclass(frozen=True)
class Table:
    """A table as a grid: grid[r][c] is the cell that owns that position.

    A merged cell appears at every position it covers (the same object), so a
    check reading row r sees the 一级指标 that spans it.
    """

    index: int  # 1-based, in reading order
    grid: tuple[tuple[Cell, ...], ...]
    location: Location
    caption: str | None = None
    unit: str | None = None  # 单位：万元, when stated for the whole table
    pages: tuple[int, ...] = ()

    kind = "table"

    @property
    def n_rows(self) -> int:
        return len(self.grid)

    @property
    def n_cols(self) -> int:
        return len(self.grid[0]) if self.grid else 0

    def text(self, r: int, c: int) -> str:
        return self.grid[r][c].text

    def row_texts(self, r: int) -> list[str]:
        return [cell.text for cell in self.grid[r]]

    def cells(self):
        """Each cell once, at its owner position."""
        for r, row in enumerate(self.grid):
            for c, cell in enumerate(row):
                if cell.row == r and cell.col == c:
                    yield cell

    def cell_location(self, r: int, c: int | None = None) -> Location:
        cell = self.grid[r][c if c is not None else 0]
        return self.location.at(
            row=r + 1, col=(c + 1) if c is not None else None, page=cell.page or self.location.page,
            line=cell.line or self.location.line,
        )


Block = Heading | Paragraph | Table


@dataclass
class Document:
    path: str
    format: str  # pdf, docx, text, markdown
    blocks: list[Block] = field(default_factory=list)
    pages: int | None = None
    notes: list[str] = field(default_factory=list)  # what the reader could not read, said plainly

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

    @property
    def headings(self) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading)]

    def texts(self, headings: bool = False, min_cell: int = 1):
        """(text, location) of every paragraph (and heading), then of table cells with at least min_cell characters,
        in reading order: what the checks that look for sentences read."""
        for block in self.blocks:
            if isinstance(block, Paragraph) or (headings and isinstance(block, Heading)):
                yield block.text, block.location
            elif isinstance(block, Table):
                for cell in block.cells():
                    if len(cell.text) >= min_cell:
                        yield cell.text, block.cell_location(cell.row, cell.col)
