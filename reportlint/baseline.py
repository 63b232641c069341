"""A baseline of accepted findings: recorded once by fingerprint, hidden in later runs.

A fingerprint leaves out what moves when the report is edited elsewhere
(paragraph numbers, pages) and keeps what names the finding: rule, file name,
table or section, row and column, the values, the quoted evidence.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .findings import Finding

VERSION = 1


class BaselineError(Exception):
    pass


def fingerprint(path: str, f: Finding) -> str:
    loc = f.location
    where = loc.caption or loc.table_title or loc.section or ""
    parts = [f.rule, Path(path).name, where, str(loc.row), str(loc.col), f.actual or "", f.expected or "", f.evidence[:80]]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def write(results, file: str) -> int:
    entries = [
        {"fingerprint": fingerprint(r.path, f), "file": Path(r.path).name, "rule": f.rule, "message": f.message}
        for r in results for f in r.findings
    ]
    Path(file).write_text(json.dumps({"version": VERSION, "entries": entries}, ensure_ascii=False, indent=2), encoding="utf-8")
    return len(entries)


def load(file: str) -> list[dict]:
    try:
        data = json.loads(Path(file).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"基线文件 {file} 无法读取（{exc}）") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("entries"), list):
        raise BaselineError(f"基线文件 {file} 不是 reportlint 第 {VERSION} 版基线")
    return data["entries"]


def apply(results, entries: list[dict]) -> list[dict]:
    """Hide the findings the baseline records; return the entries, for the files checked, that matched nothing."""
    known = {e.get("fingerprint") for e in entries}
    used = set()
    checked = {Path(r.path).name for r in results if r.error is None}
    for r in results:
        kept = []
        for f in r.findings:
            fp = fingerprint(r.path, f)
            if fp in known:
                used.add(fp)
                r.hidden += 1
            else:
                kept.append(f)
        r.findings = kept
    return [e for e in entries if e.get("fingerprint") not in used and e.get("file") in checked]
