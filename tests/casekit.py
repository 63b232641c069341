"""Tiny documents written as data, read through the text reader, checked by one check."""

from reportlint.findings import Coverage
from reportlint.readers import read
from reportlint.report import Report


def run_check(module, text: str, tmp_path, name="case.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = Report(read(str(path)))
    cov = Coverage()
    findings = list(module.check(report, cov))
    return findings, cov


def table(*rows: str) -> str:
    """Rows written with | between cells become a tab-separated table."""
    return "\n".join("\t".join(c.strip() for c in row.split("|")) for row in rows) + "\n"
