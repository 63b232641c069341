"""RL102 score-rollup: 三级 → 二级 → 一级 → 总分, for 分值 and 得分, and every 得分率.

What it checks
  - in the scoring table (附件1): the 三级 分值 under each 二级 add up to the
    points written in its label ("预算执行 (12)"), the 二级 to their 一级
    ("过程 (24)"), and the 一级 to 100;
  - the points written into the labels of other indicator tables (表5–表8)
    against the scoring table's;
  - every statement of a 一级指标's 分值 or 得分 (a summary table like 表4, "共计得分14分",
    "决策指标10.40分") against the sum of its 三级 in the scoring table;
  - every 得分率 (a column beside 分值 and 得分, a row of rates under 一级 headings,
    "得分率69.33%") against 得分/分值 at the precision it is stated with.

Why it matters
  Scores are adjusted late; the summaries are not re-added.

Failing example
  附件1 "过程 (24)" over 二级 "预算执行 (12)"、"资金管理 (6)"、"资产管理 (4)"、"档案管理 (3)": 25 ≠ 24.

Passing example
  表4 "部门决策 | 15 | 14 | 93.33" with the 决策 三级 scores adding to 14: 14/15 = 93.333…%.
"""

from __future__ import annotations

from decimal import Decimal

import regex as re

from reportlint.arith import fmt, meets, plain
from reportlint.figures import Number, column_headers, header_rows
from reportlint.findings import Coverage, Finding
from reportlint.indicators import (
    columns_of,
    has_rule_column,
    indicators_in,
    scoring_table,
    scoring_tables,
    self_assessment,
)
from reportlint.level1 import cell_number, summary_columns
from reportlint.restated import level1_key, level1_statements_of, name_key
from reportlint.vocab import (
    DEDUCTION_HEADERS,
    SCORE_RATE_HEADERS,
    TOTAL_ROW,
    alternation,
    header_role,
    level1_family,
)

ID = "RL102 score-rollup"
SEVERITY = "error"
SUMMARY = "分值、得分逐级汇总不符，或得分率与得分/分值不符"
SOURCE = "报告自身的评分表；财预〔2020〕10号（一级指标分值合计100分）"

_RATE = re.compile(rf"^(?:{alternation(SCORE_RATE_HEADERS)})")


def check(report, cov: Coverage):
    ind = report.indicators
    if not ind:
        cov.skip("全文", "未找到评分表（附件1），无法逐级汇总")
        return
    main = scoring_table(report.doc)
    if all(i.points is not None and i.score is not None for i in ind):
        yield from _scoring_table_points(ind, main, cov)
        yield from _scoring_table_total(main, ind, cov)
    else:
        cov.skip("评分表", "有三级指标未读出分值或得分，不逐级汇总评分表")
    level1 = {}
    for i in ind:
        level1.setdefault(level1_key(i.level1), []).append(i)
    points = {k: (v[0].level1_points.value if v[0].level1_points else None) for k, v in level1.items()}
    scores = {k: (sum((i.score.value for i in v), Decimal(0)) if all(i.score for i in v) else None) for k, v in level1.items()}
    names = {k: v[0].level1 for k, v in level1.items()}
    mains = scoring_tables(report.doc)
    for table in report.doc.tables:
        yield from _deduction_rows(table, cov)
        if table in mains:
            continue
        yield from _rate_columns(table, cov)
        if self_assessment(report.doc, table.caption):
            cov.skip(table.location.human(), "被评价单位的自评表：其分值、得分是单位自评，不与评价组的评分表核对")
            continue
        yield from _label_points(table, ind, cov)
        yield from _summary_rows(table, points, scores, names, cov)
        yield from _level2_rows(table, ind, cov)
        yield from _rate_rows(table, points, scores, names, cov)
    yield from _text_scores(report, points, scores, names, cov)


def _finding(message, loc, evidence, expected, actual):
    return Finding(ID, SEVERITY, message, loc, evidence=evidence, expected=expected, actual=actual)


def _scoring_table_points(ind, main, cov):
    groups: dict[tuple, list] = {}
    for i in ind:
        groups.setdefault((i.level1, i.level2), []).append(i)
    for (_, l2), items in groups.items():
        head = items[0]
        # a 二级 row's own score (a table with a 指标层级 column): against its 三级 rows' scores
        if head.level2_score is not None and all(i.score is not None for i in items):
            got = sum(i.score.value for i in items)
            cov.examined += 1
            if got != head.level2_score.value:
                listing = " + ".join(i.score.text for i in items)
                yield _finding(f"评分表二级指标「{l2}」得分为 {head.level2_score.text}，其下三级指标得分 {listing} = {plain(got)}",
                               head.location, f"{l2} {head.level2_score.text}", plain(got), head.level2_score.text)
        if head.level2_points is None or any(i.points is None for i in items):
            continue
        total = sum(i.points.value for i in items)
        cov.examined += 1
        if total != head.level2_points.value:
            listing = " + ".join(i.points.text for i in items)
            yield _finding(f"评分表二级指标「{l2}」标为 {head.level2_points.text} 分，其下三级指标分值 {listing} = {total} 分",
                           head.location, f"{l2}({head.level2_points.text})", str(total), head.level2_points.text)
    tops: dict[str, list] = {}
    for (l1, _), items in groups.items():
        tops.setdefault(l1, []).append(items[0])
    for l1, heads in tops.items():
        first = heads[0]
        if first.level1_points is None:
            continue
        if all(h.level2_points is not None for h in heads):
            parts = [h.level2_points for h in heads]
            what = "二级指标"
        else:
            parts = [i.points for h in heads for i in groups[(l1, h.level2)]]
            what = "三级指标"
            if any(p is None for p in parts):
                continue
        total = sum(p.value for p in parts)
        cov.examined += 1
        if total != first.level1_points.value:
            listing = " + ".join(p.text for p in parts)
            yield _finding(f"评分表一级指标「{l1}」标为 {first.level1_points.text} 分，其下{what}分值 {listing} = {total} 分",
                           first.location, f"{l1}({first.level1_points.text})", str(total), first.level1_points.text)
    l1_points = [tops[k][0].level1_points for k in tops]
    # a 自评表 (no rule column) scores its 预算执行率 in the funding table above: its 一级 need not make 100
    if all(l1_points) and has_rule_column(ind):
        total = sum(p.value for p in l1_points)
        cov.examined += 1
        if total != 100:
            listing = " + ".join(p.text for p in l1_points)
            yield _finding(f"评分表一级指标分值合计 {listing} = {total} 分，应为 100 分", ind[0].location,
                           listing, "100", str(total))


def _label_points(table, ind, cov):
    """"目标设定（9）" in 表5 against the scoring table's 目标设定 (9)."""
    if columns_of(table) is None:
        return
    l2_points = {name_key(i.level2): i.level2_points for i in ind if i.level2_points}
    l1_points = {level1_key(i.level1): (i.level1, i.level1_points) for i in ind if i.level1_points}
    seen = set()
    for row in indicators_in(table):
        for label, pts, level in ((row.level1, row.level1_points, 1), (row.level2, row.level2_points, 2)):
            if pts is None or (label, level) in seen:
                continue
            seen.add((label, level))
            if level == 1 and level1_key(label) in l1_points and name_key(label) == name_key(l1_points[level1_key(label)][0]):
                theirs = l1_points[level1_key(label)][1]
            elif level == 2 and name_key(label) in l2_points:
                theirs = l2_points[name_key(label)]
            else:
                continue
            cov.examined += 1
            if theirs.value != pts.value:
                yield _finding(f"「{label}」在此标为 {pts.text} 分，评分表中为 {theirs.text} 分", row.location,
                               f"{label}（{pts.text}）", theirs.text, pts.text)


def _stated_sum(cov, stated, parts, message, loc, evidence):
    """A 合计 or a 二级's figure against the exact sum of the scores or points it stands for, at its own precision."""
    if stated is None or any(p is None for p in parts):
        return
    total = sum(p.value for p in parts)
    cov.examined += 1
    # the stated figure stands for [v − h, v + h): "11" is 10.5 up to but not 11.5, which rounds to 12 (DOMAIN.md)
    if not -stated.half_ulp <= total - stated.value < stated.half_ulp:
        yield _finding(message.format(stated=stated.text, total=plain(total)), loc, evidence, plain(total), stated.text)


def _scoring_table_total(main, ind, cov):
    """The scoring table's own 合计 row: its 分值 and 得分 against every 三级's."""
    found = columns_of(main) if main is not None else None
    if found is None or not has_rule_column(ind):
        return  # a 自评表 (no rule column) adds the 预算执行率 scored in its funding table to its 总分
    h, roles = found
    for r in range(h + 1, main.n_rows):
        label = next((main.text(r, c) for c in range(main.n_cols) if main.text(r, c).strip()), "")
        if not TOTAL_ROW.match(label) or re.match(r"^\s*小\s*计", label):
            continue
        for role, word in (("points", "分值"), ("score", "得分")):
            if role in roles:
                yield from _stated_sum(cov, cell_number(main.text(r, roles[role])), [getattr(i, role) for i in ind],
                                       f"评分表「{label}」行{word}为 {{stated}}，各三级指标{word}之和为 {{total}}",
                                       main.cell_location(r, roles[role]), main.text(r, roles[role]))


def _level2_rows(table, ind, cov):
    """A 二级 table (表7: 一级 | 二级 | 分值 | 得分): each 二级's 分值 and 得分 against its 三级 in the scoring table."""
    col = _level2_column(table)
    cols = summary_columns(table)
    found = columns_of(table)
    if col is None or "points" not in cols or "score" not in cols or (found and "name" in found[1]):
        return  # a table with the 三级 in it is a scoring table: its rows are the 三级's
    groups: dict[str, list] = {}
    for i in ind:
        groups.setdefault(name_key(i.level2), []).append(i)
    for r in range(header_rows(table), table.n_rows):
        if table.grid[r][col].row != r or any(TOTAL_ROW.match(table.text(r, c)) for c in range(col)):
            continue  # a 二级 cell merged down into the next row, the 合计 row's (岚溪): that row is no 二级's
        name = table.text(r, col)
        items = groups.get(name_key(name))
        if not items or len({level1_key(i.level1) for i in items}) != 1:
            continue  # no such 二级, or one name under two 一级
        for role, word in (("points", "分值"), ("score", "得分")):
            yield from _stated_sum(cov, cell_number(table.text(r, cols[role])), [getattr(i, role) for i in items],
                                   f"二级指标「{name}」{word}为 {{stated}}，评分表中其各三级指标{word}之和为 {{total}}",
                                   table.cell_location(r, cols[role]), table.text(r, cols[role]))


def _level2_column(table) -> int | None:
    """The column headed 二级指标, in a table of 二级 (一级 | 二级 | 分值 | 得分)."""
    return next((c for c, h in enumerate(column_headers(table)) if header_role(h) == "level2"), None)


def _deduction_rows(table, cov):
    """分值 | 扣分 | 得分: each row's score is its points less what was taken off."""
    heads = [re.sub(r"\s|[（(][^）)]{0,4}[）)]$", "", h) for h in column_headers(table)]
    cols = summary_columns(table)
    taken = [c for c, h in enumerate(heads) if h in DEDUCTION_HEADERS]
    if "points" not in cols or "score" not in cols or len(taken) != 1:
        return
    for r in range(header_rows(table), table.n_rows):
        pts, off, score = (cell_number(table.text(r, c)) for c in (cols["points"], taken[0], cols["score"]))
        if pts is None or off is None or score is None:
            continue
        cov.examined += 1
        want = pts.value - off.value
        if score.value != want:
            found = columns_of(table)
            own = table.text(r, found[1]["name"]) if found and "name" in found[1] else ""
            label = own or next((x for x in table.row_texts(r) if x and cell_number(x) is None), f"第{r + 1}行")
            yield _finding(f"「{label}」分值 {pts.text} − 扣分 {off.text} = {plain(want)}，得分写作 {score.text}",
                           table.cell_location(r, cols["score"]), "  ".join(table.row_texts(r)), plain(want), score.text)


def _summary_rows(table, points, scores, names, cov):
    """A 一级 summary table (表4): rows named 决策/过程/… or 合计, with 分值 and 得分."""
    cols = summary_columns(table)
    found = columns_of(table)
    if "points" not in cols or "score" not in cols or (found and "name" in found[1]) or _level2_column(table) is not None:
        return  # a 二级 table (一级 | 二级 | 分值 | 得分): its rows are the 二级's
    h = header_rows(table)
    if sum(level1_family(table.text(r, 0)) is not None for r in range(h, table.n_rows)) < 2:
        return  # one 一级's own table (附表3-4: B1组织实施 …, 合计): its 合计 is that 一级's
    # a 合计 is weighed against the scoring table's 一级 only when that table gave every 一级 this one lists
    named = {level1_family(table.text(r, 0)) for r in range(h, table.n_rows)} - {None}
    # a row of its own beside the 一级 (a 自评表's 预算执行率 10分, scored in the funding table) is outside them too
    own_rows = any(level1_family(table.text(r, 0)) is None and not TOTAL_ROW.match(table.text(r, 0))
                   and cell_number(table.text(r, cols["points"])) is not None for r in range(h, table.n_rows))
    whole = named <= set(points) and not own_rows
    for r in range(h, table.n_rows):
        label = table.text(r, 0)
        key = level1_family(label)
        if TOTAL_ROW.match(label) and not re.match(r"^\s*小\s*计", label):
            if not whole:
                continue
            want_p = sum(v for v in points.values()) if all(v is not None for v in points.values()) else None
            want_s = sum(v for v in scores.values()) if all(v is not None for v in scores.values()) else None
            what = "各一级指标"
        elif key in points:
            want_p, want_s, what = points[key], scores[key], f"评分表中{names[key]}各三级指标"
        else:
            continue
        for col, want, word in ((cols["points"], want_p, "分值"), (cols["score"], want_s, "得分")):
            stated = cell_number(table.text(r, col))
            if stated is None or want is None:
                continue
            cov.examined += 1
            if stated.value != want:
                yield _finding(f"「{label}」{word}为 {stated.text}，{what}{word}之和为 {plain(want)}",
                               table.cell_location(r, col), table.text(r, col), plain(want), stated.text)


def _rate_columns(table, cov):
    """得分率 beside 分值 and 得分, row by row (合计 rows included)."""
    cols = summary_columns(table)
    if not {"points", "score", "rate"} <= set(cols):
        return
    for r in range(header_rows(table), table.n_rows):
        pts, score, rate = (cell_number(table.text(r, cols[k])) for k in ("points", "score", "rate"))
        yield from _rate(cov, pts, score, rate, table.cell_location(r, cols["rate"]), table.text(r, cols["rate"]))


def _rate(cov, pts, score, rate, loc, evidence):
    if pts is None or score is None or rate is None or pts.value <= 0:
        return
    # scores are as the report adds them: exact; the rate carries its stated precision
    value = score.value / pts.value * 100
    cov.examined += 1
    if meets((value, value), rate.interval):
        return
    yield _finding(f"得分率写作 {rate.text}%，按得分 {score.text} / 分值 {pts.text} 应为 {fmt(value, rate.text)}%",
                   loc, evidence, f"{fmt(value, rate.text)}%", f"{rate.text}%")


def _rate_rows(table, points, scores, names, cov):
    """A row of 得分率 under a row of 一级 headings (结论表: 指标 | 部门决策 | 部门过程 | …)."""
    for r in range(1, table.n_rows):
        row_label = next((table.text(r, c) for c in range(table.n_cols) if table.text(r, c)), "")
        if not _RATE.match(row_label.replace(" ", "")):
            continue
        start = next(c for c in range(table.n_cols) if table.text(r, c))
        for c in range(start + 1, table.n_cols):
            if table.grid[r][c].col != c:
                continue
            key = level1_family(table.text(r - 1, c))
            rate = cell_number(table.text(r, c))
            if key not in points or rate is None or points[key] is None or scores[key] is None:
                continue
            yield from _rate(cov, Number(str(points[key]), points[key]), Number(str(scores[key]), scores[key]), rate,
                             table.cell_location(r, c), f"{table.text(r - 1, c)} {table.text(r, c)}")


def _text_scores(report, points, scores, names, cov):
    """A 一级's score and 得分率 stated in a sentence (reportlint.level1) against the scoring table's sum."""
    for st in level1_statements_of(report.doc, report.indicators):
        key = st.family
        if st.location.table is not None or scores.get(key) is None:
            continue
        if st.score is not None:
            cov.examined += 1
            if not meets(st.score.interval, (scores[key], scores[key])):
                shown = _as_written(scores[key], st.score.text)
                yield _finding(f"正文称“{names[key]}”得分 {st.score.text} 分，评分表中其各三级指标得分之和为 {shown} 分",
                               st.location, st.evidence[:200], shown, st.score.text)
        pts = st.points or (Number(str(points[key]), points[key]) if points.get(key) is not None else None)
        yield from _rate(cov, pts, st.score, st.rate, st.location, st.evidence[:200])


def _as_written(value, like: str) -> str:
    """A sum in the stated figure's decimals where that loses nothing (25.80 beside 25.30, not 25.8)."""
    shown = fmt(value, like)
    return shown if Decimal(shown.replace(",", "")) == value else plain(value)
