"""What a check reports: a Finding, and the Coverage account of what it could and could not check."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Location

SEVERITIES = ("info", "warning", "error")


@dataclass(frozen=True)
class Finding:
    rule: str  # "RL101 total-mismatch"
    severity: str  # info, warning, error
    message: str  # Chinese, says what disagrees with what
    location: Location
    evidence: str = ""  # the text quoted from the report
    expected: str | None = None
    actual: str | None = None

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "location": self.location.to_dict() | {"text": self.location.human()},
            "evidence": self.evidence,
            "expected": self.expected,
            "actual": self.actual,
        }


@dataclass
class Coverage:
    """How many things one check examined, and which it could not, with where and why."""

    examined: int = 0
    not_checked: list[tuple[str, str]] = field(default_factory=list)  # (where, why)

    def skip(self, where: str, why: str) -> None:
        self.not_checked.append((where, why))

    def to_dict(self) -> dict:
        return {
            "examined": self.examined,
            "not_checked": len(self.not_checked),
            "not_checked_items": [{"where": w, "why": y} for w, y in self.not_checked],
        }
