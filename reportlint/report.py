"""A read Document with what is extracted from it once for all checks."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .docnumbers import DocNumber, extract_doc_numbers
from .figures import Figure, extract_figures
from .indicators import Indicator, extract_indicators
from .model import Document
from .rules import Assessment, assess
from .stated_rules import with_stated_rules
from .survey import Question, option_points, questions, satisfaction


@dataclass
class Report:
    doc: Document

    @cached_property
    def figures(self) -> list[Figure]:
        return extract_figures(self.doc)

    @cached_property
    def indicators(self) -> list[Indicator]:
        return with_stated_rules(self.doc, extract_indicators(self.doc))

    @cached_property
    def doc_numbers(self) -> list[DocNumber]:
        return extract_doc_numbers(self.doc)

    @cached_property
    def survey(self) -> list[Question]:
        return questions(self.doc)

    @cached_property
    def survey_rate(self):
        """(points scored, possible, rate %) of the questionnaire, by the report's own option points."""
        return satisfaction(self.survey, option_points(self.doc))

    @cached_property
    def assessments(self) -> list[Assessment]:
        """Each indicator's rule, read once for the rule checks."""
        rate = self.survey_rate[2] if self.survey_rate else None
        return [assess(i, rate) for i in self.indicators]
