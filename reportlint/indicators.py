"""The indicator system (指标体系) as data, read from the scoring table (附件1 评分表).

Each 三级指标 comes with its 一级 and 二级 parents, the points written into
their labels ("过程 (24)"), its 分值, 评分标准, 得分原因 and 得分.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex as re

from .figures import Number, parse_number
from .model import Document, Location, Table
from .vocab import (
    LEVELS,
    NUMBERED_ITEM,
    NUMBERED_LEVELS,
    NUMBERED_NAME_HEADERS,
    REPORT_TITLE_WORDS,
    RULE_TEXT,
    SCORE_AT_END,
    SCORE_OR_POINTS,
    SELF_ASSESSMENT_WORDS,
    TEMPLATE_ROW,
    TOTAL_ROW,
    WORTH,
    alternation,
    header_role,
    level1_family,
)

# "过程 (24)", "预算执行（12分）", "预算调整率（分值4分）", "决策（计15分）", "决策（15%）" (a weight of 100 is its points)
_POINTS = re.compile(rf"^(?P<name>.*?)\s*(?:[（(]\s*(?:{WORTH}|计|共计)?\s*(?P<pts>\d+(?:\.\d+)?)\s*(?:分|%|％)?\s*[）)]"
                     rf"|[/／：:]\s*(?P<pts>\d+(?:\.\d+)?)\s*分)\s*$")  # and "决策/15分" (writer U), "决策：15分" (writer W)
_NOT_AN_INDICATOR = re.compile(r"^\s*加减分")  # a bonus/penalty row under the table, not a 三级指标


@dataclass(frozen=True)
class Indicator:
    level1: str
    level1_points: Number | None
    level2: str
    level2_points: Number | None
    name: str
    points: Number | None
    score: Number | None
    rule: str
    reason: str
    explanation: str
    location: Location
    target: str = ""  # a 自评表's 年度指标值, as written: "≥12.00万人"
    actual: str = ""  # its 实际完成值: "11.38万人", "较好"
    value: Number | None = None  # what the rule measures, when the table states it rather than the reason
    value_facts: str = ""  # that value in words, for messages
    rule_in_text: bool = False  # the rule is one the report states in its text (a 自评表 has no rule column)
    level1_score: Number | None = None  # the score a 一级 or 二级 row of its own states ("二级 | C1 | 产出数量 | 15 | … | 14.98")
    level2_score: Number | None = None

    def to_dict(self) -> dict:
        return {
            "level1": self.level1,
            "level1_points": _json_number(self.level1_points),
            "level2": self.level2,
            "level2_points": _json_number(self.level2_points),
            "name": self.name,
            "points": _json_number(self.points),
            "score": _json_number(self.score),
            "rule": self.rule,
            "reason": self.reason,
            "location": self.location.to_dict(),
        }


def _json_number(n: Number | None):
    if n is None:
        return None
    v = n.value
    return int(v) if v == v.to_integral_value() else float(v)


_POINTS_SUFFIX = re.compile(r"^(?P<name>.*?\p{Han})\s*(?P<pts>\d+(?:\.\d+)?)\s*分$")


def split_points(label: str) -> tuple[str, Number | None]:
    """'过程 (24)' or 'A1项目立项5分' → (name, points); a label without points is returned as it is."""
    m = _POINTS.match(label.strip()) or _POINTS_SUFFIX.match(label.strip())
    if not m or not m.group("name").strip():
        return label.strip(), None
    return m.group("name").strip(), parse_number(m.group("pts"))


def reliable(indicators: list[Indicator]) -> bool:
    """The table read cleanly: every 三级 has 分值 and 得分, and the 分值 add up to 100; or they miss 100 by one slip the
    table shows itself (修阳: a 二级 labelled 12 over 三级 worth 13, every other label and the 一级 labels adding up),
    which RL102 reports, so the rows are all there."""
    if not indicators or any(i.points is None or i.score is None for i in indicators):
        return False
    total = sum(i.points.value for i in indicators)
    if total == 100:
        return True
    level1 = {i.level1: i.level1_points for i in indicators}
    if None in level1.values() or sum(p.value for p in level1.values()) != 100:
        return False
    groups: dict[tuple[str, str], list[Indicator]] = {}
    for i in indicators:
        groups.setdefault((i.level1, i.level2), []).append(i)
    off = [sum(i.points.value for i in g) - g[0].level2_points.value for g in groups.values() if g[0].level2_points]
    off = [x for x in off if x]
    return len(off) == 1 and off[0] == total - 100


def columns_of(table: Table) -> tuple[int, dict[str, int]] | None:
    """(header row, column of each role) when the table is an indicator table."""
    for r in range(min(3, table.n_rows)):
        cols: dict[str, int] = {}
        either = []
        for c in range(table.n_cols):
            role = header_role(table.text(r, c))
            if role is not None and role not in cols:
                cols[role] = c
            elif role == "score" and _SELF.search(table.text(r, cols["score"])) and not _SELF.search(table.text(r, c)):
                cols["score"] = c  # "自评得分 | 复核得分": the unit's own score, then the evaluation's
            elif role == "reason" and "rule" in cols and cols["reason"] < cols["rule"] < c:
                cols["reason"] = c  # "评分依据 | 评分方法 | 核查情况": the reasons are the column after the rules
            elif role is None and "level" in cols and "name" not in cols and table.text(r, c).replace(" ", "") == "指标名称":
                cols["name"] = c  # beside a level column, the one column of names
            elif role is None and table.text(r, c).replace(" ", "") in SCORE_OR_POINTS:
                either.append(c)
        for c in either:  # "分数" is the score beside a points column, the points beside a score column
            role = "score" if "score" not in cols else "points" if "points" not in cols else None
            if role:
                cols[role] = c
        # "一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | …": each level with its points beside it; the 三级's
        # are the ones after the 三级 names
        worth = [c for c in range(table.n_cols) if header_role(table.text(r, c)) == "points"]
        if "name" in cols and len(worth) > 1 and any(c > cols["name"] for c in worth):
            cols["points"] = min(c for c in worth if c > cols["name"])
            for level in ("level1", "level2"):  # the points column right after a level's names are that level's
                if level in cols and cols[level] + 1 in worth and cols[level] + 1 != cols["points"]:
                    cols[f"{level}_points"] = cols[level] + 1
        if not {"name", "level", "level1", "level2"} & cols.keys():
            _numbered_names(table, r, cols)
        if "level1" in cols and ("name" not in cols or "level2" not in cols):
            _levels_from_position(table, r, cols)
        parents = {"level1", "level2", "numbered"} & cols.keys()
        if "name" in cols and parents and "score" not in cols:
            _roles_from_content(table, r, cols)
        if "name" in cols and parents and "rule" not in cols:
            _texts_from_content(table, r, cols)
        elif "name" in cols and "rule" in cols and "reason" not in cols:
            _reason_from_content(table, r, cols)
        if "name" in cols and "rule" not in cols and "reason" in cols:
            _rules_under_a_reason_word(table, r, cols)
        if "name" in cols and "score" in cols and (parents or "level" in cols):
            return r, cols
    return None


def numbered_level(text: str) -> int | None:
    """1 for "一、决策", 2 for "（一）项目立项", None for a 三级 ("1.立项依据充分性")."""
    return next((level for level, pattern in NUMBERED_LEVELS if pattern.match(text)), None)


def _numbered_names(table: Table, head: int, cols: dict[str, int]) -> None:
    """"指标 | 分值 | 评分标准 | …" whose one column of names is numbered by level: at least one 一级 row ("一、决策") and
    two numbered 三级 rows ("1.立项依据充分性") under it."""
    for c in range(table.n_cols):
        if table.text(head, c).replace(" ", "") not in NUMBERED_NAME_HEADERS:
            continue
        cells = [table.text(r, c) for r in range(head + 1, table.n_rows)]
        if sum(numbered_level(x) == 1 for x in cells) >= 1 and sum(bool(NUMBERED_ITEM.match(x)) for x in cells) >= 2:
            cols["name"] = cols["numbered"] = c
            return


def _levels_from_position(table: Table, head: int, cols: dict[str, int]) -> None:
    """"一级指标 | 考核内容 | 考核指标 | 权重 …": the text columns right after the 一级 column, under header words we
    do not know, are the lower levels in order (二级, then 三级); one such column is the 三级."""
    after = []
    for c in range(max(cols["level1"], cols.get("level2", -1)) + 1, table.n_cols):  # "一级指标 | 二级指标 | 评价指标 | …"
        if c in cols.values() or header_role(table.text(head, c)) is not None:
            break
        cells = [table.text(r, c) for r in range(head + 1, table.n_rows) if table.text(r, c)]
        if not cells or sum(parse_number(x) is None for x in cells) < 0.9 * len(cells):
            break
        after.append(c)
    missing = [role for role in ("level2", "name") if role not in cols]
    if len(after) == len(missing):
        cols.update(zip(missing, after, strict=True))
    elif len(after) == 1 and missing == ["level2", "name"]:
        cols["name"] = after[0]


def _roles_from_content(table: Table, head: int, cols: dict[str, int]) -> None:
    """A scoring table whose score header is a word we do not know: the score is the one unclaimed column
    right of the names that holds nothing but small numbers (two such columns: points, then score)."""
    body = range(head + 1, table.n_rows)
    numeric = []
    for c in range(cols["name"] + 1, table.n_cols):
        if c in cols.values() or re.search(r"率|%|％|比例|系数|序号|编号", table.text(head, c)):
            continue  # a rate or a row number is never the score
        cells = [table.text(r, c) for r in body if table.text(r, c) and table.grid[r][c].col == c]
        values = [parse_number(x) for x in cells]
        if len(cells) >= 3 and all(v is not None and 0 <= v.value <= 100 for v in values):
            numeric.append(c)
    if len(numeric) == 1:
        cols["score"] = numeric[0]
    elif len(numeric) == 2 and "points" not in cols:
        cols["points"], cols["score"] = numeric


def _share(table: Table, head: int, c: int, pattern) -> float:
    """The share of a column's own cells under the header that the pattern finds; 0 below three cells."""
    cells = [table.text(r, c) for r in range(head + 1, table.n_rows) if table.text(r, c) and table.grid[r][c].col == c]
    return sum(bool(pattern.search(x)) for x in cells) / len(cells) if len(cells) >= 3 else 0


def _texts_from_content(table: Table, head: int, cols: dict[str, int]) -> None:
    """A scoring table whose rule header is a word we do not know ("得分计算方法"): the rule column is the one
    unclaimed text column right of the names whose cells read as scoring rules (不得分, 扣0.5分, 各占50%, ≥90%),
    and the reason column, if unknown too, the one whose cells end in the score given ("……得3分。")."""
    free = [c for c in range(cols["name"] + 1, table.n_cols) if c not in cols.values()]
    rules = sorted(((_share(table, head, c, RULE_TEXT), c) for c in free), reverse=True)
    if not rules or rules[0][0] < 0.6 or (len(rules) > 1 and rules[1][0] >= rules[0][0] - 0.2):
        return  # no column, or two alike: not told apart
    cols["rule"] = rules[0][1]
    if "reason" not in cols:
        reasons = [(_share(table, head, c, SCORE_AT_END), c) for c in free if c != cols["rule"]]
        best = max(reasons, default=(0, None))
        if best[0] >= 0.5 and sum(1 for x, _ in reasons if x >= 0.5) == 1:
            cols["reason"] = best[1]


def _rules_under_a_reason_word(table: Table, head: int, cols: dict[str, int]) -> None:
    """"评价指标 | 指标内涵 | 评分依据 | 核实情况 | 核定得分" (writer U): the column under a reason word (评分依据) whose cells
    read as scoring rules is the rules, and the one text column after it whose cells end in the score, the reasons."""
    said = cols["reason"]
    after = [c for c in range(said + 1, table.n_cols) if c not in cols.values() and _share(table, head, c, SCORE_AT_END) >= 0.5]
    rules = _share(table, head, said, RULE_TEXT)
    if len(after) == 1 and rules >= 0.6 and _share(table, head, after[0], RULE_TEXT) < rules:
        cols["rule"], cols["reason"] = said, after[0]


def _reason_from_content(table: Table, head: int, cols: dict[str, int]) -> None:
    """A scoring table whose reason header is a word we do not know ("评价要点" over "①②③均符合"): the one text
    column right of the rules that no role claims is the reasons (explanations stand left of the rules)."""
    body = range(head + 1, table.n_rows)
    text = []
    for c in range(cols["rule"] + 1, table.n_cols):
        if c in cols.values():
            continue
        cells = [table.text(r, c) for r in body if table.text(r, c) and table.grid[r][c].col == c]
        if len(cells) >= 3 and sum(parse_number(x) is None for x in cells) >= 0.9 * len(cells):
            text.append(c)
    if len(text) == 1:
        cols["reason"] = text[0]


def indicators_in(table: Table) -> list[Indicator]:
    found = columns_of(table)
    if not found:
        return []
    head, cols = found
    out: list[Indicator] = []
    l1 = l2 = ""
    l1_pts = l2_pts = None
    l1_score = l2_score = None

    def text(r, role):
        c = cols.get(role)
        return table.text(r, c) if c is not None else ""

    for r in range(head + 1, table.n_rows):
        level = LEVELS.get(text(r, "level").strip()[:1]) if "level" in cols else None
        if "numbered" in cols:
            level = numbered_level(text(r, "numbered"))
        if level in (1, 2):  # "一级 | A | 决策 | 15", "二级 | A1 | 项目立项 | 5": the parents of the rows below
            name, pts = split_points(_unnumbered(text(r, "name")))
            pts = pts or parse_number(text(r, "points"))
            if level == 1:
                l1, l1_pts, l2, l2_pts = name, pts, "", None
                l1_score, l2_score = parse_number(text(r, "score")), None
            else:
                l2, l2_pts, l2_score = name, pts, parse_number(text(r, "score"))
            continue
        if "level1" in cols and text(r, "level1"):
            if _total(text(r, "level1")):
                continue
            l1, l1_pts = split_points(text(r, "level1"))
            l1_pts = l1_pts or parse_number(text(r, "level1_points"))
        if "level2" in cols and text(r, "level2"):
            l2, l2_pts = split_points(text(r, "level2"))
            l2_pts = l2_pts or parse_number(text(r, "level2_points"))
        raw_name = text(r, "name")
        name, pts = split_points(_unnumbered(raw_name) if "numbered" in cols else raw_name)
        score = parse_number(text(r, "score"))
        if "points" in cols and parse_number(text(r, "points")):
            pts = parse_number(text(r, "points"))
        if _total(raw_name) or any(_total(table.text(r, c)) for c in range(min(2, table.n_cols))):
            continue
        # the rest of the row above, cut off by a page break: its name is empty or only "(3)"
        tail = _POINTS.match(raw_name) if raw_name else None
        if out and score is None and (not raw_name or (tail and not tail.group("name").strip())):
            prev = out[-1]
            out[-1] = replace(
                prev,
                points=prev.points or (parse_number(tail.group("pts")) if tail else None),
                rule=_joined(prev.rule, text(r, "rule")),
                reason=_joined(prev.reason, text(r, "reason")),
                explanation=_joined(prev.explanation, text(r, "explanation")),
            )
            continue
        if not raw_name or (TEMPLATE_ROW.match(raw_name) and score is None and pts is None):
            continue  # "指标2:", "……": a row of the form left empty
        out.append(
            Indicator(l1, l1_pts, l2, l2_pts, name, pts, score, text(r, "rule"), text(r, "reason"),
                      text(r, "explanation"), table.cell_location(r), text(r, "target"), text(r, "actual"),
                      level1_score=l1_score, level2_score=l2_score)
        )
    return out


def _unnumbered(text: str) -> str:
    """"一、决策" → "决策", "（一）项目立项" → "项目立项", "1.立项依据充分性" → "立项依据充分性"."""
    for _, pattern in NUMBERED_LEVELS:
        text = pattern.sub("", text, count=1)
    return NUMBERED_ITEM.sub("", text, count=1)


def has_rule_column(indicators: list[Indicator]) -> bool:
    """The scoring table states its rules: not a 自评表, which scores 预算执行率 in its funding table instead."""
    return any(i.rule and not i.rule_in_text for i in indicators)


def _total(text: str) -> bool:
    return bool(TOTAL_ROW.match(text) or _NOT_AN_INDICATOR.match(text))


def _joined(a: str, b: str) -> str:
    return a + b if a and b else a or b


def scoring_table(doc: Document) -> Table | None:
    """The full indicator table: the one that states the scoring rules (评分标准); in a 自评表, which
    has none, the indicator table with 分值 and 得分."""
    best = fallback = None
    for table in doc.tables:
        found = columns_of(table)
        if found and "rule" in found[1]:
            if best is None or table.n_rows > best.n_rows:
                best = table
        elif found and "points" in found[1] and (fallback is None or table.n_rows > fallback.n_rows):
            fallback = table
    return best or fallback


_SELF = re.compile(alternation(SELF_ASSESSMENT_WORDS))
_TITLE = re.compile(alternation(REPORT_TITLE_WORDS))


def self_assessment(doc: Document, text: str | None) -> bool:
    """A sentence or a table caption about the evaluated unit's own 自评, in a report that is not itself a 自评: its
    points and scores are the unit's, not the evaluation's ("表3 绩效目标完成情况表（自评）", "自评表产出指标得48分")."""
    if not text or not _SELF.search(text):
        return False
    title = next((b.text for b in doc.blocks[:8] if b.kind in ("heading", "paragraph") and _TITLE.search(b.text)), "")
    return bool(title) and not _SELF.search(title)  # without a title, whose score it is cannot be told


def scoring_tables(doc: Document) -> list[Table]:
    """The scoring table; or, where the report scores each 一级 in a table of its own (表6 决策类指标评分表, 表7 过程类……,
    each with its 小计), all of them: tables with the scoring table's columns whose 一级 are none of another's."""
    best = scoring_table(doc)
    if best is None:
        return []
    roles = set(columns_of(best)[1])
    same = [t for t in doc.tables if (found := columns_of(t)) and "rule" in found[1] and set(found[1]) == roles]
    families = [{level1_family(i.level1) or i.level1 for i in indicators_in(t)} for t in same]
    if len(same) < 2 or any(not f for f in families) or sum(map(len, families)) != len(set().union(*families)):
        return [best]
    return same


def extract_indicators(doc: Document) -> list[Indicator]:
    return [i for table in scoring_tables(doc) for i in indicators_in(table)]
