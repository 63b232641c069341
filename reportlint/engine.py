"""Run the checks on one file and decide what to report: select/ignore, severity, baseline, order, exit code.

The only place that knows the configuration: checks get their own settings
and nothing else.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from . import checks as check_modules
from .config import Config, ConfigError, discover
from .findings import SEVERITIES, Coverage, Finding
from .readers import ReadError, format_of, read
from .report import Report
from .statements import stated_grade, stated_total


@dataclass
class FileResult:
    path: str
    format: str | None
    findings: list[Finding] = field(default_factory=list)
    coverage: dict[str, Coverage] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    error: str | None = None
    fail_level: str = "warning"
    hidden: int = 0  # findings the baseline hid
    stated_total: str | None = None  # the total score as the report states it (for batch summaries)
    stated_grade: str | None = None

    def to_dict(self) -> dict:
        return {
            "path": self.path,
            "format": self.format,
            "findings": [f.to_dict() for f in self.findings],
            "coverage": {rule: cov.to_dict() for rule, cov in self.coverage.items()},
            "notes": self.notes,
            "baseline_hidden": self.hidden,
            "error": self.error,
        }


def run_checks(report: Report, config: Config) -> tuple[list[Finding], dict[str, Coverage]]:
    findings: list[Finding] = []
    coverage: dict[str, Coverage] = {}
    for module in check_modules.ALL:
        if not config.enabled(module.ID):
            continue
        cov = Coverage()
        coverage[module.ID] = cov
        settings = config.settings.get(module.ID, {})
        try:
            for f in module.check(report, cov, **settings):
                findings.append(replace(f, severity=config.severity_of(f.rule, f.severity)))
        except Exception as exc:  # a check must never take the run down; say it could not run
            cov.skip("整个文件", f"检查出错，未完成（{type(exc).__name__}）")
    findings.sort(key=_order)
    return _one_per_disagreement(findings), coverage


def _one_per_disagreement(findings: list[Finding]) -> list[Finding]:
    """A check that only notices two places disagree (a module with YIELDS = True) gives way to another check that
    reached the same two values at the same place: that one says why they disagree."""
    yielding = {module.ID for module in check_modules.ALL if getattr(module, "YIELDS", False)}
    said = {(f.location, f.expected, f.actual) for f in findings if f.rule not in yielding}
    return [f for f in findings if f.rule not in yielding or (f.location, f.expected, f.actual) not in said]


def _order(f: Finding):
    loc = f.location
    return (loc.page or 0, loc.table or 0, loc.row or 0, loc.paragraph or 0, f.rule)


def check_file(path: str, config: Config | None = None, fail_level: str | None = None) -> FileResult:
    """Read and check one file. Never raises for a bad file: the error is in the result."""
    result = FileResult(path=path, format=format_of(path))
    try:
        config = config if config is not None else discover(path)
    except ConfigError as exc:
        result.error = f"配置错误：{exc}"
        return result
    result.fail_level = fail_level or config.fail_level or "warning"
    try:
        doc = read(path)
    except ReadError as exc:
        result.error = str(exc)
        return result
    report = Report(doc)
    if not looks_like_report(report):
        result.error = "看起来不是预算绩效评价报告：全文没有“绩效”评价或评分的字样，也没有指标评分表"
        return result
    result.notes = list(doc.notes)
    result.findings, result.coverage = run_checks(report, config)
    result.stated_total, result.stated_grade = stated_total(report), stated_grade(report)
    return result


def looks_like_report(report: Report) -> bool:
    """A performance evaluation report talks of 绩效 and its 评价/评分, or has an indicator table."""
    import regex as re

    text = " ".join(t for t, _ in report.doc.texts(headings=True))
    return bool(re.search(r"绩效.{0,12}(?:评价|评分|自评)|(?:评价|评分).{0,12}绩效", text)) or bool(report.indicators)


def check_files(paths: list[str], config: Config | None, fail_level: str | None, jobs: int, progress=None) -> list[FileResult]:
    """Check several files, in parallel worker processes when there are several; results in input order."""
    if jobs <= 1 or len(paths) <= 1:
        out = []
        for path in paths:
            out.append(check_file(path, config, fail_level))
            if progress:
                progress(out[-1])
        return out
    from concurrent.futures import ProcessPoolExecutor, as_completed

    results: dict[int, FileResult] = {}
    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as pool:
        futures = {pool.submit(check_file, path, config, fail_level): i for i, path in enumerate(paths)}
        for future in as_completed(futures):
            i = futures[future]
            try:
                results[i] = future.result()
            except Exception as exc:  # a worker that died (memory, signal): that file, not the run
                results[i] = FileResult(paths[i], format_of(paths[i]), error=f"检查进程异常退出（{type(exc).__name__}）")
            if progress:
                progress(results[i])
    return [results[i] for i in range(len(paths))]


def default_jobs() -> int:
    return os.cpu_count() or 1


def fails(results: list[FileResult]) -> bool:
    return any(
        SEVERITIES.index(f.severity) >= SEVERITIES.index(r.fail_level) for r in results for f in r.findings
    )
