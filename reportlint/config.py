"""Configuration in TOML: `[tool.reportlint]` in pyproject.toml, or a `reportlint.toml`.

Found from the checked file's folder upward; the nearest file that configures
reportlint wins. Unknown keys and bad values are errors (ConfigError), never
ignored:

    select = ["RL1", "RL201"]          # rule codes, code prefixes or names
    ignore = ["figure-conflict"]
    fail-level = "error"               # info | warning | error
    [severity]                         # per rule: info | warning | error
    "RL301" = "info"
    [checks.RL304]                     # per-check settings, as each check declares them
    period = 2024
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from . import checks as check_modules
from .findings import SEVERITIES

CONFIG_NAMES = ("reportlint.toml", "pyproject.toml")
_KEYS = {"select", "ignore", "fail-level", "severity", "checks"}


class ConfigError(Exception):
    """A configuration reportlint will not guess about; the message names the file and the key."""


@dataclass
class Config:
    select: list[str] | None = None
    ignore: list[str] = field(default_factory=list)
    fail_level: str | None = None
    severity: dict[str, str] = field(default_factory=dict)
    settings: dict[str, dict] = field(default_factory=dict)  # rule id → settings
    path: str | None = None

    def enabled(self, rule: str) -> bool:
        if self.select is not None and not any(matches(key, rule) for key in self.select):
            return False
        return not any(matches(key, rule) for key in self.ignore)

    def severity_of(self, rule: str, default: str) -> str:
        for key, level in self.severity.items():
            if matches(key, rule):
                return level
        return default


def matches(key: str, rule: str) -> bool:
    """'RL1' and 'RL101' match 'RL101 total-mismatch' by code; 'total-mismatch' by name."""
    code, name = rule.split(" ", 1)
    return code.startswith(key) or key == name or key == rule


def _rules() -> list[str]:
    return [m.ID for m in check_modules.ALL]


def _known(key: str, where: str) -> None:
    if not any(matches(key, rule) for rule in _rules()):
        raise ConfigError(f"{where}：没有与“{key}”对应的规则（见 reportlint rules）")


def parse(data: dict, path: str) -> Config:
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"{path}：未知的配置项 {', '.join(sorted(unknown))}（可用：{', '.join(sorted(_KEYS))}）")
    cfg = Config(path=path)
    for key in ("select", "ignore"):
        if key in data:
            value = data[key]
            if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
                raise ConfigError(f"{path}：{key} 应为规则名的列表")
            for x in value:
                _known(x, f"{path} {key}")
            setattr(cfg, key, list(value))
    if "fail-level" in data:
        if data["fail-level"] not in SEVERITIES:
            raise ConfigError(f"{path}：fail-level 应为 {' / '.join(SEVERITIES)} 之一")
        cfg.fail_level = data["fail-level"]
    severity = data.get("severity", {})
    if not isinstance(severity, dict):
        raise ConfigError(f"{path}：severity 应为表（规则 = 级别）")
    for key, level in severity.items():
        _known(key, f"{path} severity")
        if level not in SEVERITIES:
            raise ConfigError(f"{path}：severity.{key} 应为 {' / '.join(SEVERITIES)} 之一，而不是“{level}”")
        cfg.severity[key] = level
    checks = data.get("checks", {})
    if not isinstance(checks, dict):
        raise ConfigError(f"{path}：checks 应为表（规则 = 设置）")
    modules = {m.ID: m for m in check_modules.ALL}
    for key, values in checks.items():
        targets = [rule for rule in modules if matches(key, rule)]
        if len(targets) != 1:
            raise ConfigError(f"{path}：checks.{key} 应指向唯一的一条规则")
        declared = getattr(modules[targets[0]], "SETTINGS", {})
        if not isinstance(values, dict):
            raise ConfigError(f"{path}：checks.{key} 应为表")
        for name, value in values.items():
            if name not in declared:
                raise ConfigError(f"{path}：规则 {targets[0]} 没有设置项“{name}”"
                                  + (f"（可用：{', '.join(declared)}）" if declared else "（它没有可设置项）"))
            kind = type(declared[name])
            if not isinstance(value, kind) or isinstance(value, bool) != isinstance(declared[name], bool):
                raise ConfigError(f"{path}：checks.{key}.{name} 应为 {kind.__name__}")
        cfg.settings[targets[0]] = dict(values)
    return cfg


def load(path: str | Path) -> Config:
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}：无法读取（{exc}）") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}：TOML 格式错误（{exc}）") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("reportlint")
        if data is None:
            return Config(path=None)
    return parse(data, str(path))


def discover(file: str | Path) -> Config:
    """The configuration for one checked file: the nearest reportlint.toml or [tool.reportlint]."""
    folder = Path(file).resolve().parent
    for directory in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file():
                cfg = load(candidate)
                if cfg.path is not None:
                    return cfg
    return Config()
