"""SARIF 2.1.0: results a code-review system can show (GitHub code scanning, Azure DevOps, VS Code)."""

from __future__ import annotations

import json
from pathlib import Path

from .. import __version__
from .. import checks as check_modules
from ..baseline import fingerprint
from ..engine import FileResult

LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _rules() -> list[dict]:
    out = []
    for m in check_modules.ALL:
        code, name = m.ID.split(" ", 1)
        doc = (m.__doc__ or "").strip()
        out.append({
            "id": code,
            "name": name,
            "shortDescription": {"text": m.SUMMARY},
            "fullDescription": {"text": doc.split("\n\n")[0]},
            "help": {"text": doc},
            "defaultConfiguration": {"level": LEVEL[m.SEVERITY]},
            "properties": {"source": m.SOURCE},
        })
    return out


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_posix() if not p.is_absolute() else p.as_uri()


def results_sarif(results: list[FileResult]) -> str:
    rules = _rules()
    index = {r["id"]: i for i, r in enumerate(rules)}
    sarif_results, notifications = [], []
    for r in results:
        if r.error:
            notifications.append({
                "level": "error",
                "message": {"text": f"{r.path}: {r.error}"},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(r.path)}}}],
            })
            continue
        for f in r.findings:
            code = f.rule.split(" ", 1)[0]
            physical = {"artifactLocation": {"uri": _uri(r.path)}}
            if f.location.line:
                physical["region"] = {"startLine": f.location.line}
            props = {k: v for k, v in f.location.to_dict().items() if k in ("page", "table", "caption", "row", "col", "paragraph")}
            props.update({"expected": f.expected, "actual": f.actual, "evidence": f.evidence})
            sarif_results.append({
                "ruleId": code,
                "ruleIndex": index[code],
                "level": LEVEL[f.severity],
                "message": {"text": f"{f.message}（{f.location.human()}）"},
                "locations": [{
                    "physicalLocation": physical,
                    "logicalLocations": [{"fullyQualifiedName": f.location.human(), "kind": "element"}],
                }],
                "partialFingerprints": {"reportlint/v1": fingerprint(r.path, f)},
                "properties": {k: v for k, v in props.items() if v not in (None, "")},
            })
    run = {
        "tool": {"driver": {"name": "reportlint", "version": __version__, "rules": rules}},
        "results": sarif_results,
        "columnKind": "unicodeCodePoints",
        "invocations": [{"executionSuccessful": not notifications, "toolExecutionNotifications": notifications}],
    }
    return json.dumps({"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]},
                      ensure_ascii=False, indent=2)
