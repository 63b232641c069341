"""Run the checks on one file and decide what to report (ordering, fail level)."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import checks as check_modules
from .findings import SEVERITIES, Coverage, Finding
from .readers import ReadError, format_of, read
from .report import Report


@dataclass
class FileResult:
    path: str
    format: str | None
    findings: list[Finding] = field(default_factory=list)
    coverage: dict[str, Coverage] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "format": self.format,
            "findings": [f.to_dict() for f in self.findings],
            "coverage": {rule: cov.to_dict() for rule, cov in self.coverage.items()},
            "notes": self.notes,
            "error": self.error,
        }


def run_checks(report: Report) -> tuple[list[Finding], dict[str, Coverage]]:
    findings: list[Finding] = []
    coverage: dict[str, Coverage] = {}
    for module in check_modules.ALL:
        cov = Coverage()
        coverage[module.ID] = cov
        try:
            findings.extend(module.check(report, cov))
        except Exception as exc:  # a check must never take the run down; say it could not run
            cov.skip("整个文件", f"检查出错，未完成（{type(exc).__name__}）")
    findings.sort(key=_order)
    return findings, coverage


def _order(f: Finding):
    loc = f.location
    return (loc.page or 0, loc.table or 0, loc.row or 0, loc.paragraph or 0, f.rule)


def check_file(path: str) -> FileResult:
    result = FileResult(path=path, format=format_of(path))
    try:
        doc = read(path)
    except ReadError as exc:
        result.error = str(exc)
        return result
    result.notes = list(doc.notes)
    result.findings, result.coverage = run_checks(Report(doc))
    return result


def fails(results: list[FileResult], fail_level: str) -> bool:
    threshold = SEVERITIES.index(fail_level)
    return any(SEVERITIES.index(f.severity) >= threshold for r in results for f in r.findings)
