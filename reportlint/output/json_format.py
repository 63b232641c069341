"""Machine-readable output: check results, and the whole document model for `parse`."""

from __future__ import annotations

import json

from ..engine import FileResult
from ..model import Document, Heading, Paragraph, Table
from ..report import Report

SCHEMA_VERSION = 1


def results_json(results: list[FileResult]) -> str:
    return json.dumps({"version": SCHEMA_VERSION, "files": [r.to_dict() for r in results]}, ensure_ascii=False, indent=2)


def _block(block) -> dict:
    if isinstance(block, Heading):
        return {"type": "heading", "level": block.level, "number": block.number, "text": block.text,
                "location": block.location.to_dict()}
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "text": block.text, "location": block.location.to_dict()}
    assert isinstance(block, Table)
    return {
        "type": "table",
        "index": block.index,
        "caption": block.caption,
        "unit": block.unit,
        "pages": list(block.pages),
        "n_rows": block.n_rows,
        "n_cols": block.n_cols,
        "cells": [
            {"row": c.row + 1, "col": c.col + 1, "rowspan": c.rowspan, "colspan": c.colspan, "text": c.text,
             **({"page": c.page} if c.page else {})}
            for c in block.cells()
        ],
        "location": block.location.to_dict(),
    }


def model_json(doc: Document) -> str:
    report = Report(doc)
    data = {
        "version": SCHEMA_VERSION,
        "path": doc.path,
        "format": doc.format,
        "pages": doc.pages,
        "notes": doc.notes,
        "blocks": [_block(b) for b in doc.blocks],
        "indicators": [i.to_dict() for i in report.indicators],
        "figures": [f.to_dict() for f in report.figures],
        "doc_numbers": [d.to_dict() for d in report.doc_numbers],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)
