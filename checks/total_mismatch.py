"""RL101 total-mismatch: a table's 合计/小计/总计 disagrees with the items it totals.

What it checks
  - a 合计/小计/总计 row against the rows above it, column by column (a 合计 over
    小计 rows adds the 小计 rows);
  - a 小计 column whose values stand at the head of each group (the group runs to
    the next value) against the items of the group in the other amount columns;
  - a 合计/小计 column filled on every row against the other amount columns of that row;
  - a "其中：…" line of a table or a sentence against the whole it belongs to, and
    "X万元，其中A万元，B万元" against its parts.
  A total agrees when the interval of the sum of the items, each read at its stated
  precision, meets the interval of the total. Rates and shares are never summed.

Why it matters
  Tables are edited without re-adding them: a line item changed or dropped, the
  total left as it was.

Failing example
  | 项目 | 金额(元) |           办公费 210,864.50 + 印刷费 52,216.60 = 263,081.10,
  | 办公费 | 210,864.50 |       but the 合计 says 263,081.00: reported, with the
  | 印刷费 | 52,216.60 |        stated total, the sum, the difference and the items.
  | 合计 | 263,081.00 |

Passing example
  The same table with 合计 263,081.10. A total stated as 26.31 万元 over items in
  元 also passes: 26.31 stands for [26.305, 26.315] 万元.

Not checked (counted in the coverage): a total whose items include a cell that
is not a readable number, or a column without a stated unit next to one with.
"""

from __future__ import annotations

from decimal import Decimal

import regex as re

from reportlint.arith import exact, fmt, meets, sum_interval
from reportlint.breakdowns import breakdowns_in
from reportlint.figures import UNIT_SCALE, column_headers, column_unit, header_rows, parse_number
from reportlint.findings import Coverage, Finding
from reportlint.indicators import columns_of, indicators_in
from reportlint.vocab import (
    AMOUNT_NOUNS,
    AMOUNT_TOTAL_ROW,
    AMOUNT_UNIT,
    COUNT_UNIT,
    NUMBER,
    TARGET_WORDS,
    TOTAL_WORD,
    YEAR_OF,
    alternation,
)

ID = "RL101 total-mismatch"
SEVERITY = "error"
SUMMARY = "表格中的合计、小计、总计与其明细之和不符"
SOURCE = "报告自身的表格"


# a column of totals: "小计(元)", "合计", and with what it totals before the word: "分类小计(元)", "经费合计"
_TOTAL_COLUMN = re.compile(rf"^\s*\p{{Han}}{{0,4}}?{TOTAL_WORD}(?:金额|数|额)?\s*(?:[（(][^（()）]*[）)])?\s*$")  # "小计金额（元）"
_GROUP_SUBTOTAL = re.compile(r"^\p{Han}{2,10}小\s*计\s*(?:[（(].*[）)])?$")
_NAMED_TOTAL = re.compile(rf"^\p{{Han}}{{0,8}}(?:{alternation(AMOUNT_NOUNS)})合\s*计\s*(?:数|金额|额)?\s*(?:[（(].*[）)])?$")
_BLANK = re.compile(r"^[-—–/／\s]*$|^无$")
_PLAN_HEAD = re.compile(rf"{alternation(TARGET_WORDS)}")
_NOT_SUMMED = re.compile(r"率|比例|占比|%|％|序号|编号|年度|年份|权重|单价|标准")


def check(report, cov: Coverage):
    for table in report.doc.tables:
        yield from _check_table(table, cov)
    yield from _text_totals(report.doc, cov)
    yield from _adjusted_budgets(report.doc, cov)


def _text_totals(doc, cov):
    """A whole and its 其中 parts in a sentence (reportlint.breakdowns): the parts against the whole.

    More than the whole is certain, for amounts and for counts of sibling kinds (一类赛/二类赛,
    企业职工…领取/城乡居民…领取); less may be a list that does not name every part: a warning for
    amounts, nothing for counts, whose 其中 lists often pick out a few kinds ("其中女性…、党员…").
    """
    seen = set()
    for text, location in doc.texts(min_cell=15):
        for b in breakdowns_in(text, location):
            key = (b.whole.text, b.unit, tuple((p.number.text, p.unit) for p in b.parts))
            if key in seen:
                continue  # the same sentence copied into the 评分表: one place is enough
            seen.add(key)
            cov.examined += 1
            scale = [b.scale(p) for p in b.parts]
            if b.kind == "count":  # 43人 is 43, not [42.5, 43.5]; a measure with decimals (418.9公里) is rounded
                got = tuple(sum(_as_stated(p.number)[i] for p in b.parts) for i in (0, 1))
                lo, hi = _as_stated(b.whole)
            else:
                got = sum_interval([p.number for p in b.parts], scale)
                lo, hi = b.whole.interval
            over = got[0] > hi
            if len(b.parts) == 1 and not over:
                continue  # one part of a whole: it only has to fit inside
            if len(b.parts) > 1 and meets(got, (lo, hi)):
                continue
            # the years of a span, each once, are every part of the span's total: less is as sure as more
            by_year = len(b.parts) > 1 and all(re.match(r"^(?:19|20)\d\d\s*年", p.label) for p in b.parts) \
                and len({p.label[:4] for p in b.parts}) == len(b.parts)
            if b.kind == "count" and not (over and _siblings(b.parts)) and not (by_year and b.complete):
                continue
            if not over and not b.complete:
                continue  # a list cut short ("……，两项合计占项目支出的55.43%") names some parts, not all
            computed = sum(p.number.value * k for p, k in zip(b.parts, scale, strict=True))
            listing = "、".join(f"{p.label}{p.number.text}{p.unit}" for p in b.parts)
            what = "其中一项" if len(b.parts) == 1 else f"其中 {len(b.parts)} 项之和"
            yield Finding(
                rule=ID,
                severity=SEVERITY if over or (by_year and b.complete) else "warning",
                message=(f"合计 {b.whole.text}{b.unit}，{what}为 {fmt(computed, b.whole.text)}{b.unit}"
                         f"（{listing}），{'超出' if over else '相差'} {fmt(abs(b.whole.value - computed), b.whole.text)}{b.unit}"),
                location=b.location,
                evidence=b.evidence,
                expected=f"{fmt(computed, b.whole.text)}{b.unit}",
                actual=f"{b.whole.text}{b.unit}",
            )


# a budget and its changes in one sentence: "年初预算5,862.40万元，年中追加预算1,203.55万元，调整后预算7,065.95万元"
_AMOUNT = rf"(?P<n>{NUMBER})\s*(?P<u>{AMOUNT_UNIT})"
_START = re.compile(rf"年初(?:预算|批复|安排)[^\d，,。；;]{{0,10}}?(?:为|是)?\s*{_AMOUNT}")
_CHANGE = re.compile(rf"(?P<dir>追加|调增|增加|调减|核减|减少|压减)[^\d，,。；;]{{0,24}}?(?:为|了)?\s*{_AMOUNT}\s*$")
_END = re.compile(rf"^\s*(?:[^\d，,。；;]{{0,6}}?)(?:调整后|调整为|最终)[^\d，,。；;]{{0,8}}?(?:为|是|达)?\s*{_AMOUNT}")


def _adjusted_budgets(doc, cov):
    """The budget at the start of the year, what was added and taken off, against the budget after: in one sentence."""
    for text, location in doc.texts(min_cell=15):
        for sentence in re.split(r"(?<=[。；;])", text):
            start = _START.search(sentence)
            if not start:
                continue
            clauses = re.split(r"，|,(?!\d{3})", sentence[start.end():])
            if not clauses or clauses[0].strip():
                continue  # the start's own clause goes on: not a plain figure
            total = [start]
            changes = []
            end = None
            for clause in clauses[1:]:
                e = _END.match(clause)
                if e:
                    end = e
                    break
                c = _CHANGE.search(clause)
                if c is None:
                    break
                changes.append(c)
            if end is None or not changes:
                continue
            figures = [total[0], *changes, end]
            if len({m.group("u") for m in figures}) != 1:
                continue
            signs = [1] + [-1 if m.group("dir") in ("调减", "核减", "减少", "压减") else 1 for m in changes]
            numbers = [parse_number(m.group("n")) for m in figures]
            lo = sum(n.interval[0] if k > 0 else -n.interval[1] for n, k in zip(numbers, signs, strict=False))
            hi = sum(n.interval[1] if k > 0 else -n.interval[0] for n, k in zip(numbers, signs, strict=False))
            stated = numbers[-1]
            cov.examined += 1
            if meets((lo, hi), stated.interval):
                continue
            value = sum(n.value * k for n, k in zip(numbers, signs, strict=False))
            unit = end.group("u")
            steps = "".join(f"{'+' if k > 0 else '−'} {n.text}" for n, k in zip(numbers[1:-1], signs[1:], strict=True))
            yield Finding(
                rule=ID, severity=SEVERITY,
                message=(f"调整后预算 {stated.text}{unit}，按年初 {numbers[0].text} {steps} 计算为 {fmt(value, stated.text)}{unit}"),
                location=location, evidence=sentence.strip()[:200],
                expected=f"{fmt(value, stated.text)}{unit}", actual=f"{stated.text}{unit}",
            )


def _as_stated(n):
    return n.interval if "." in n.text else exact(n)


def _siblings(parts) -> bool:
    """Parts that cannot overlap: kinds of one thing (their labels end alike) or different years."""
    labels = [re.sub(rf"{NUMBER}\s*(?:{COUNT_UNIT})?", "", p.label) for p in parts]
    years = [YEAR_OF.search(label) for label in labels]
    if all(years) and len({y.group("y") for y in years}) == len(years):
        return True
    ends = {(re.findall(r"\p{Han}", label) or [""])[-1] for label in labels}
    return len(ends) == 1 and "" not in ends


def _label(table, r) -> str:
    """The row's own name ("办公费"), else the group name merged down its first column ("公用经费")."""
    own = sorted((c for c in range(table.n_cols) if table.grid[r][c].row == r and table.grid[r][c].col == c),
                 key=lambda c: (table.grid[r][c].rowspan > 1, c))  # a cell of this row alone before a merged one
    for t in [*(table.text(r, c) for c in own), table.text(r, 0)]:
        if t and parse_number(t) is None:
            return t
    return ""


def _named_totals(totals: dict[int, str]) -> dict[int, str]:
    """A total named by what it adds ("基本支出合计", "项目资金合计") closes the table when it is the table's last
    total row and its only one so named; among several ("人员经费合计 … 公用经费合计 … 总计") which rows each adds
    cannot be told, and they are read as items, as before."""
    named = [r for r, kind in totals.items() if kind == "named"]
    closing = named[0] if len(named) == 1 and named[0] == max(totals) else None
    return {r: "合计" if r == closing else kind for r, kind in totals.items() if kind != "named" or r == closing}


def _is_total_row(table, r) -> str | None:
    for c in range(min(3, table.n_cols)):
        if table.grid[r][c].row != r:
            continue  # a group name merged down from above
        text = table.text(r, c).replace(" ", "")
        if AMOUNT_TOTAL_ROW.match(text):
            return re.sub(r"[:：].*|[（(].*", "", text)
        if _GROUP_SUBTOTAL.match(text):
            return "小计"  # "城乡低保小计": a group's subtotal, named by its group
        if _NAMED_TOTAL.match(text):
            return "named"  # "基本支出合计": a group's total, or the table's (see _named_totals)
        if text and parse_number(text) is None:
            return None
    return None


class _Columns:
    """The numeric columns of a table and the unit of each."""

    def __init__(self, table, h):
        self.heads = column_headers(table)
        self.amount: dict[int, str] = {}
        self.counts: set[int] = set()  # columns of counts (项目个数（个）): whole numbers as stated, not rounded ones
        data = [r for r in range(h, table.n_rows)]
        for c in range(table.n_cols):
            if _NOT_SUMMED.search(self.heads[c]):
                continue
            owned = [table.text(r, c) for r in data if table.grid[r][c].row == r and table.grid[r][c].col == c]
            values = [x for x in owned if x]
            numbers = [x for x in values if parse_number(x) is not None]
            if len(numbers) < 2 or len(numbers) * 2 < len(values):
                continue
            if all(parse_number(x).value == parse_number(x).value.to_integral_value() and 1949 <= parse_number(x).value <= 2100 for x in numbers):
                continue  # a column of years
            kind_unit = column_unit(self.heads[c], table.unit)
            self.amount[c] = kind_unit[1] if kind_unit and kind_unit[0] in ("amount", "score", "count") else ""
            if kind_unit and kind_unit[0] == "count" and not kind_unit[1].startswith(("万", "亿", "千", "百")) \
                    and all(n.value == n.value.to_integral_value() for n in map(parse_number, numbers)):
                self.counts.add(c)


def _cell_number(table, r, c):
    """(Number, readable): the figure a cell owns; (None, True) for an empty or dash cell."""
    cell = table.grid[r][c]
    if cell.row != r or cell.col != c:
        return None, True
    if _BLANK.match(cell.text):
        return None, True
    n = parse_number(cell.text)
    return n, n is not None


_PART_LABEL = re.compile(r"^(?:其中|含\s*[:：])")  # "其中：财政拨款", "含：财政拨款收入"


def _labelled_parts(table, cov: Coverage):
    """A "其中：X | value" pair under "Whole | value" in a label–value layout: the part fits in the whole."""
    for r in range(1, table.n_rows):
        for c in range(table.n_cols - 1):
            label = table.grid[r][c]
            if label.row != r or label.col != c or not _PART_LABEL.match(label.text):
                continue
            part = parse_number(table.text(r, c + label.colspan))
            above = next((x for x in range(r - 1, -1, -1) if table.text(x, c) and not _PART_LABEL.match(table.text(x, c))), None)
            if part is None or above is None or table.grid[above][c].col != c:
                continue
            whole = parse_number(table.text(above, c + table.grid[above][c].colspan))
            if whole is None:
                continue
            cov.examined += 1
            if part.interval[0] <= whole.interval[1]:
                continue
            yield Finding(
                rule=ID, severity=SEVERITY,
                message=(f"「{label.text}」{part.text} 大于其所属的「{table.text(above, c)}」{whole.text}，"
                         f"超出 {fmt(part.value - whole.value, part.text)}"),
                location=table.cell_location(r, c + label.colspan),
                evidence=f"{table.text(above, c)} {whole.text}；{label.text} {part.text}",
                expected=f"≤ {whole.text}", actual=part.text,
            )


def _check_table(table, cov: Coverage):
    yield from _labelled_parts(table, cov)
    h = header_rows(table)
    if h == 0 or table.n_rows - h < 3:
        return
    cols = _Columns(table, h)
    if not cols.amount:
        return
    found = columns_of(table)
    if found and "name" in found[1] and any(i.score is None or i.points is None for i in indicators_in(table)):
        cov.skip(table.location.human(), "指标表中有三级指标未读出分值或得分，不核对其合计")
        return
    totals = _named_totals({r: kind for r in range(h, table.n_rows) if (kind := _is_total_row(table, r))})
    yield from _row_totals(table, h, cols, totals, cov)
    yield from _column_totals(table, h, cols, totals, cov)


def _row_totals(table, h, cols, totals, cov):
    start = h
    subtotals: list[int] = []
    for r in range(h, table.n_rows):
        kind = totals.get(r)
        if kind is None:
            continue
        block = [x for x in range(start, r) if x not in totals]
        if not _group_rows(table, block):  # numbered groups take their "其中" rows as theirs (below)
            block = _without_parts(table, cols, block)
        if block is None:
            cov.skip(table.cell_location(r).human(), "“其中”行之和与其上一行不符，分不清哪些行是明细，不核对此合计")
            if kind == "小计":
                start = r + 1
            else:
                subtotals, start = [], r + 1
            continue
        groups = _group_rows(table, block)
        if kind != "小计" and subtotals and subtotals[-1] == r - 1:
            items = subtotals  # a 合计 over 小计 groups adds the 小计 rows
        elif groups:
            items = groups  # "一、…" rows with their "其中：…" rows under them: the 合计 adds the 一、二、三
            yield from _group_totals(table, cols, block, groups, cov)
        else:
            # a 合计 after 小计 groups and rows of no group: the 小计 rows and those rows
            items = subtotals + block if kind != "小计" and subtotals else block
        for c in cols.amount:
            total, ok = _cell_number(table, r, c)
            if total is None or not ok:
                continue
            yield from _compare(table, cov, r, c, total, [(x, c) for x in items], cols, "rows")
        if kind == "小计":
            subtotals.append(r)
            start = r + 1
        else:
            subtotals = []
            start = r + 1


def _without_parts(table, cols, block) -> list[int] | None:
    """The rows a 合计 adds: a "其中：" row and those after it that add up to the row above it are that row's
    parts ("县级财政配套资金 3,145.00", "其中：个人缴费补贴 1,620.00", "高龄加发…625.00", …), not items; None when
    they add up to it at no length (some parts named, or a slip): which rows are items cannot be told."""
    out = list(block)
    i = 1
    while i < len(out):
        if not re.match(r"^\s*其中", _label(table, out[i])):
            i += 1
            continue
        parent = out[i - 1]
        end = next((j for j in range(i, len(out)) if _adds_up(table, cols, parent, out[i : j + 1])), None)
        if end is None:
            return None
        del out[i : end + 1]
    return out


def _adds_up(table, cols, whole, rows) -> bool:
    """The rows add up to the whole row in every amount column the whole row fills (at least one)."""
    compared = 0
    for c in cols.amount:
        total, ok = _cell_number(table, whole, c)
        if total is None or not ok:
            continue
        parts = [_cell_number(table, x, c) for x in rows]
        if any(not ok for _, ok in parts):
            return False
        numbers = [n for n, _ in parts if n is not None]
        low = sum(n.interval[0] for n in numbers)
        high = sum(n.interval[1] for n in numbers)
        if not meets((low, high), total.interval):
            return False
        compared += 1
    return compared > 0


_GROUP_LABEL = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)])")


def _group_rows(table, block) -> list[int]:
    """Rows numbered 一、二、… (or （一）…) among rows that are not: each heads the rows below it to the next one;
    or rows coded by level ("C1产出数量" over "C11……", "C12……"): each code heads the codes that extend it."""
    groups = [x for x in block if _GROUP_LABEL.match(_label(table, x))]
    if len(groups) >= 2 and len(groups) < len(block) and groups[0] == block[0]:
        return groups
    return _code_groups(table, block)


_CODE = re.compile(r"^\s*(?P<code>[A-Z]\d{1,4})(?=\p{Han})")


def _code_groups(table, block) -> list[int]:
    found = columns_of(table)
    if found and {"level1", "level2"} & found[1].keys():
        return []  # a scoring table gives each level a column of its own
    codes = {x: m.group("code") for x in block if (m := _CODE.match(_label(table, x)))}
    if not block or len(codes) != len(block):
        return []
    heads = [x for x in block if not any(codes[x] != codes[y] and codes[x].startswith(codes[y]) for y in block)]
    if len(heads) < 2 or len(heads) == len(block) or heads[0] != block[0]:
        return []
    head = None
    for x in block:
        if x in heads:
            head = codes[x]
        elif not codes[x].startswith(head):
            return []
    return heads


def _group_totals(table, cols, block, groups, cov):
    """Each numbered group row against the rows under it (二、教学装备购置 583.25 over 214.60 + 96.45 + 262.20)."""
    for g, end in zip(groups, [*groups[1:], block[-1] + 1], strict=True):
        children = [x for x in block if g < x < end]
        if len(children) < 2:
            continue
        for c in cols.amount:
            total, ok = _cell_number(table, g, c)
            if total is None or not ok:
                continue
            yield from _compare(table, cov, g, c, total, [(x, c) for x in children], cols, "heads")


def _column_totals(table, h, cols, totals, cov):
    data = [r for r in range(h, table.n_rows) if r not in totals]
    for c in cols.amount:
        head = cols.heads[c].replace(" ", "")
        if not _TOTAL_COLUMN.match(head):
            continue
        others = [k for k in cols.amount if k != c and not _TOTAL_COLUMN.match(cols.heads[k].replace(" ", ""))]
        # "三年计划 | 2022年 | 2023年 | 2024年 | 三年合计": a plan beside what was done is no item of its total
        others = [k for k in others if not (_PLAN_HEAD.search(cols.heads[k]) and not _PLAN_HEAD.search(head))]
        filled = [r for r in data if _cell_number(table, r, c)[0] is not None]
        if not others or not filled:
            continue
        if len(filled) * 2 > len(data):  # a value on most rows: it totals its own row
            items = _row_items(table, filled, c, others)
            if items is None:
                cov.skip(table.cell_location(h, c).human(), "合计列两侧都有金额列，无法确定它合计的是哪几列")
                continue
            if len(items) < 2:
                continue
            for r in filled:
                total, _ = _cell_number(table, r, c)
                yield from _compare(table, cov, r, c, total, [(r, k) for k in items], cols, "row")
            continue
        # values at the head of each group: the group runs to the next value (or the cell's own span)
        for i, r in enumerate(filled):
            cell = table.grid[r][c]
            end = r + cell.rowspan if cell.rowspan > 1 else (filled[i + 1] if i + 1 < len(filled) else None)
            if end is None:
                end = next((x for x in range(r + 1, table.n_rows) if x in totals), table.n_rows)
            group = [x for x in range(r, end) if x not in totals]
            total, _ = _cell_number(table, r, c)
            item_cols = [k for k in others if sum(_cell_number(table, x, k)[0] is not None for x in data) >= 2]
            yield from _compare(table, cov, r, c, total, [(x, k) for x in group for k in item_cols], cols, "group")


def _row_items(table, rows, c, others):
    """The columns a row-total column adds up: those on one side of it. "中央 | 省级 | 市级 | 小计 | 实际支出": the three
    to its left, not the 实际支出 to its right. With columns on both sides, the side that adds up on most rows; None
    when neither does."""
    left, right = [k for k in others if k < c], [k for k in others if k > c]
    if not left or not right:
        return left or right

    def agree(side):
        if len(side) < 2:
            return 0
        n = 0
        for r in rows:
            total, _ = _cell_number(table, r, c)
            parts = [_cell_number(table, r, k)[0] for k in side]
            if total is not None and all(x is not None for x in parts) and meets(sum_interval(parts), total.interval):
                n += 1
        return n

    scores = {"left": agree(left), "right": agree(right)}
    best = max(scores, key=scores.get)
    if scores[best] * 2 <= len(rows) or scores["left"] == scores["right"]:
        return None
    return left if best == "left" else right


def _gaps(table, rows, c) -> bool:
    """A column filled on nearly every named row but not all: a value may have been lost in reading."""
    named = [x for x in rows if any(table.text(x, k) and parse_number(table.text(x, k)) is None
                                    for k in range(table.n_cols) if k != c)]
    filled = [x for x in named if table.grid[x][c].row == x and table.text(x, c).strip()]
    return len(named) >= 5 and len(filled) < len(named) and len(filled) * 10 >= 8 * len(named)


def _compare(table, cov, r, c, total, positions, cols, shape):
    """shape: 'rows' a total row over the rows above, 'heads' a numbered group row over the rows below it,
    'group' a 小计 cell over its group, 'row' across its row."""
    numbers, where, scale = [], [], []
    total_scale = UNIT_SCALE.get(cols.amount.get(c, ""), None)
    for x, k in positions:
        n, readable = _cell_number(table, x, k)
        if not readable:
            cov.skip(f"{table.cell_location(r, c).human()}", f"明细中第{x + 1}行「{table.text(x, k)[:20]}」不是可读的数字")
            return
        if n is None:
            continue
        unit = cols.amount.get(k, "")
        if unit != cols.amount.get(c, "") and (unit == "" or total_scale is None):
            cov.skip(f"{table.cell_location(r, c).human()}", "明细与合计的单位无法对应")
            return
        numbers.append(n)
        where.append((x, k))
        scale.append(UNIT_SCALE.get(unit, Decimal(1)) / (total_scale or Decimal(1)))
    if len(numbers) < 2:
        return
    if shape != "row" and _gaps(table, [x for x, _ in positions], c):
        cov.skip(table.cell_location(r, c).human(), "明细中有的行此列空白，可能漏读，无法确定合计范围")
        return
    counted = c in cols.counts and all(k in cols.counts for _, k in where)
    got = sum_interval(numbers, scale) if not counted else (sum(n.value for n in numbers),) * 2
    stated = total.interval if not counted else exact(total)
    for k in (2, 3):
        if meets(got, (stated[0] * k, stated[1] * k)):
            cov.skip(table.cell_location(r, c).human(), f"明细之和恰为合计的 {k} 倍：表中含有未标明的层级小计")
            return
    cov.examined += 1
    if meets(got, stated):
        return
    computed = sum(n.value * s for n, s in zip(numbers, scale, strict=True))
    diff = total.value - computed
    rows = sorted({x + 1 for x, _ in where})
    head = cols.heads[c] or f"第{c + 1}列"
    loc = table.cell_location(r, c)
    names = [_label(table, x) or f"第{x + 1}行" for x, _ in where]
    items = "、".join(f"{name} {n.text}" for name, n in zip(names, numbers, strict=True))
    span = f"第{rows[0]}–{rows[-1]}行" if len(rows) > 1 else f"第{rows[0]}行"
    if shape in ("rows", "heads"):
        side = "上方" if shape == "rows" else "其下"
        subject = f"「{_label(table, r)}」行的{head} {total.text}，与{side} {len(numbers)} 项明细（{span}）之和"
    elif shape == "group":
        subject = f"{head} {total.text}，与其所辖 {len(numbers)} 项（{names[0]}至{names[-1]}，{span}）之和"
    else:
        subject = f"「{_label(table, r)}」行的{head} {total.text}，与同行 {len(numbers)} 项之和"
    yield Finding(
        rule=ID,
        severity=SEVERITY,
        message=f"{subject} {fmt(computed, total.text)} 不符，相差 {fmt(diff, total.text)}",
        location=loc,
        evidence=items[:400],
        expected=fmt(computed, total.text),
        actual=total.text,
    )
