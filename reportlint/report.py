"""A read Document with what is extracted from it once for all checks."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .docnumbers import DocNumber, extract_doc_numbers
from .figures import Figure, extract_figures
from .indicators import Indicator, extract_indicators
from .model import Document


@dataclass
class Report:
    doc: Document

    @cached_property
    def figures(self) -> list[Figure]:
        return extract_figures(self.doc)

    @cached_property
    def indicators(self) -> list[Indicator]:
        return extract_indicators(self.doc)

    @cached_property
    def doc_numbers(self) -> list[DocNumber]:
        return extract_doc_numbers(self.doc)
