"""RL106 figure-conflict: the same labelled amount stated with different values in different places.

What it checks
  - amounts in the text whose labels name the same thing ("2024年部门一般公共预算
    财政拨款收入6847.87万元" in the abstract, "……收入4901.44万元" in the body),
    compared in 元 at their stated precision, in different paragraphs (one
    paragraph listing two values is an enumeration, and so is one table cell);
    a sentence inside a table cell (a 评分表 reason, a 问题清单 row) counts as a
    paragraph of its own; the department's own budget
    lines are one quantity however worded ("项目全年预算数" and "项目支出全年预算数";
    the summary table's 预算安排资金 and the 财政拨款收入 a sentence sets against the
    实际收入);
    other labels must be specific (generic
    words such as 实际执行数 name different things in different paragraphs and
    are not compared), and a year in the label must be the same;
  - a table restated elsewhere (the abstract's copy of 表2): rows with the same
    item name, in a column with the same header, compared item by item. Two
    tables are copies when most of their shared items agree (seven in ten):
    questionnaire tables share option names but not values, and are not
    compared. Item names that occur twice in one table are not compared.

Why it matters
  Figures are retyped into the abstract, the summary table and the body; a
  correction reaches one copy only.

Failing example
  摘要 "财政拨款收入6847.87万元"，正文 "财政拨款收入4901.44万元".

Passing example
  "基本支出842.29万元" in the text and "8,422,900.00元" for 基本支出 in a table: the
  same amount at the text's precision ([842.285, 842.295) 万元).
"""

from __future__ import annotations

from collections import defaultdict

import regex as re

from reportlint.arith import meets
from reportlint.figures import column_headers, header_rows, parse_number, row_label
from reportlint.findings import Coverage, Finding
from reportlint.vocab import (
    ACTUAL_INCOME_WORDS,
    AMOUNT_TOTAL_ROW,
    APPROVED_BUDGET,
    BASIS,
    BUDGET_WORDS,
    BUDGETED_INCOME_WORDS,
    CLAUSE_LINK_WORDS,
    FILLER_WORDS,
    FUNDING_WORDS,
    SPAN_WORDS,
    alternation,
)

ID = "RL106 figure-conflict"
SEVERITY = "warning"
SUMMARY = "同一名称的金额在不同位置数值不同"
SOURCE = "报告自身的各处表述"

_GENERIC = re.compile(alternation(FILLER_WORDS))  # "部门取得……收入6847.87万元" is the same income
_YEAR = re.compile(r"(20\d\d)\s*年度?")  # "2024年" and "2024年度" name one year
SETTINGS = {"min_label": 6}  # Han characters a label needs, generic words removed, to name one quantity


# the department's own budget lines, however a sentence words them: "项目全年预算数", "……局项目支出全年预算数"
# and "……局项目支出按全年预算6005.58万元安排" are the same 项目支出预算数 (a named project's budget is not: "就业补助项目预算数")
_BUDGET_LINE = re.compile(
    r"(?:^|[年度局厅委院办处署站所会以按在]|中心|部门|单位|安排|下达|批复)(?P<line>项目(?:支出)?|基本支出)(?:按|的)?(?:全年|本年度?|年度|调整后)?预算(?:审核|核定|批复)?(?:数|资金|金额|总额)?(?:为|是|计)?$"
)


# the department's budget for the year: "预算安排资金"/"年初预算数" in the summary table, or the 财政拨款收入 a
# sentence sets against the 实际收入 ("……财政拨款收入为4901.44万元，全年实际收入6847.87万元")
# "部门一般公共预算财政拨款年初预算安排4901.44万元": the department's own funding, then a budget word
_BUDGET = re.compile(rf"^(?:部门|本部门|{alternation(FUNDING_WORDS)})*(?:{alternation(BUDGET_WORDS)})$")
_BUDGETED_INCOME = re.compile(rf"(?:{alternation(BUDGETED_INCOME_WORDS)})(?P<budget>预算数?)?$")
# "……收入为4901.44万元，而实际取得收入6847.87万元", "……收入4901.44万元（实际收入6847.87万元）"
_AGAINST_ACTUAL = re.compile(
    rf"\s*(?:[，,；;]\s*(?:{alternation(CLAUSE_LINK_WORDS)})?|[（(])\s*(?:{BASIS}\s*[，,]?\s*)?(?:{alternation(SPAN_WORDS)})?"
    rf"(?:{alternation(ACTUAL_INCOME_WORDS)})"
)
_ALL_OF = re.compile(r"\s*[，,]\s*(?:全部|均|全额)(?:为|是|属于|来源于)\s*(?P<label>\p{Han}{4,24}?)(?=[，,。；;）)]|$)")
_VERB_TAIL = re.compile(r"(?:为|是|达到|达|共计|合计|计|约)$")  # "……收入计4901.44万元" (writer T)
_CONCEPTS = ("项目支出预算数", "基本支出预算数", "部门预算数")
_CLAUSE_AFTER = re.compile(r"[^，,。；;：:、（）()\d]{0,3}\d{4}年\d{1,2}月\d{1,2}日[^，,。；;：:、（）()]{4,}|[\p{Han}]{8,}")


def _keys(f, min_label: int) -> list[tuple[str | None, str]]:
    """The quantities a figure may be: its own label, and a budget line however it is worded."""
    label = _VERB_TAIL.sub("", f.label.replace(" ", ""))
    if _needs_subject(f, label, min_label):
        label = f.subject + label  # "项目支出：全年预算数6005.58万元": the label alone names nothing
    keys = [_key(label, f.year)]
    line = _BUDGET_LINE.search(label)
    if line:
        keys = [(None, "项目支出预算数" if line.group("line").startswith("项目") else "基本支出预算数")]
    yearless = _YEAR.sub("", label)
    bare = re.sub(r"^部门", "", yearless)
    if (_BUDGET.match(bare) and (f.pair or yearless.startswith("部门"))) or APPROVED_BUDGET.match(bare):
        # "预算安排数" alone in a sentence may be any budget ("三公经费……预算安排数4万元")
        keys.append((None, "部门预算数"))
    income = _BUDGETED_INCOME.search(label)
    if income and (income.group("budget") or _AGAINST_ACTUAL.match(f.after)):
        keys.append((None, "部门预算数"))  # "……财政拨款收入预算4901.44万元" says its stage itself (writer Y)
    whole = _ALL_OF.match(f.after)
    # "资金总额6847.87万元，全部为一般公共预算财政拨款收入": the amount is that income too; but "基本支出3,948.62万元，
    # 全部为一般公共预算财政拨款" says what paid for a spending, not what that source came to
    if whole and "支出" not in label:
        keys.append(_key(whole.group("label"), f.year))
    return keys


def _key(label: str, year: str | None) -> tuple[str | None, str]:
    """(year, the label's own words): the year from the label, else the one its sentence names."""
    named = _YEAR.search(label)
    core = _YEAR.sub("", label)
    core = re.sub(r"^[\p{Han}]{0,4}?(?:截至|截止)[^，,]*", "", core)
    return (named.group(1) if named else year), _GENERIC.sub("", core)


def check(report, cov: Coverage, min_label: int = 6):
    yield from _text_amounts(report, cov, min_label)
    yield from _restated_tables(report, cov)


def _text_amounts(report, cov, min_label):
    groups = defaultdict(list)
    for f in report.figures:
        if f.kind != "amount" or (f.location.table is not None and not (f.pair or f.in_cell_text)) or not f.unit:
            continue
        for year, core in _keys(f, min_label):
            if len(core) >= min_label or core in _CONCEPTS:
                groups[(year, core)].append(f)
            elif len(core) >= 4 and (clause := _CLAUSE_AFTER.match(f.after)):
                # a short label is specific with the words that go on after the figure: "省级补助资金620.00万元
                # 于2024年2月5日到达县财政" restates "……640.00万元于2024年2月5日到达县财政"
                groups[(year, core + "…" + clause.group(0))].append(f)
    for (_, core), figs in groups.items():
        if len(figs) < 2:
            continue
        cov.examined += 1
        if _enumerates(figs):
            continue
        first = figs[0]
        for other in figs[1:]:
            if meets(first.in_yuan, other.in_yuan):
                continue
            if core in _CONCEPTS:  # the same quantity under two wordings: say both
                message = (f"{core}：「{_said(first)}」{first.number.text}{first.unit}（{first.location.human()}），"
                           f"此处「{_said(other)}」为 {other.number.text}{other.unit}")
            else:
                message = (f"「{_VERB_TAIL.sub('', first.label)}」写作 {first.number.text}{first.unit}（{first.location.human()}），"
                           f"此处为 {other.number.text}{other.unit}")
            yield Finding(
                ID, SEVERITY,
                message,
                other.location,
                evidence=other.label + other.number.text + other.unit,
                expected=f"{first.number.text}{first.unit}",
                actual=f"{other.number.text}{other.unit}",
            )
            break


def _needs_subject(f, label: str, min_label: int) -> bool:
    """A label too generic to name a quantity, after a subject a colon set before it."""
    return bool(f.subject) and len(_GENERIC.sub("", label)) < min_label


def _said(f) -> str:
    """The label as the report words it, with the subject a colon set before it when that names the quantity."""
    label = f.label.rstrip("为是")
    return f"{f.subject}：{label}" if _needs_subject(f, label, SETTINGS["min_label"]) else label


def _enumerates(figs) -> bool:
    """Two values under one label in one place: an enumeration ("郑州市……地方承诺配套600万元，濮阳市……地方承诺配套
    3000万元"; "46届……单位获奖成本为228.57万元，47届……95.00万元"), so the label names several things."""
    seen = defaultdict(list)
    for f in figs:
        seen[f.location].append(f)
    return any(not meets(a.in_yuan, b.in_yuan) for same in seen.values() for a in same for b in same)


def _rows(table):
    """{item name: (row, {header: Number})} for items named once in the table."""
    h = header_rows(table)
    heads = column_headers(table)
    names = defaultdict(list)
    for r in range(h, table.n_rows):
        label = row_label(table, r)
        if label and not AMOUNT_TOTAL_ROW.match(label.replace(" ", "")):  # "合计" and "全年合计" close the same list
            names[label].append(r)
    out = {}
    for label, rows in names.items():
        if len(rows) != 1:
            continue
        r = rows[0]
        values = {}
        for c in range(table.n_cols):
            cell = table.grid[r][c]
            n = parse_number(cell.text) if cell.row == r and cell.col == c else None
            if n is not None and heads[c]:
                values[heads[c]] = (n, c)
        if values:
            out[label] = (r, values)
    return out


def _restated_tables(report, cov):
    tables = [(t, _rows(t)) for t in report.doc.tables]
    for i, (a, rows_a) in enumerate(tables):
        for b, rows_b in tables[i + 1 :]:
            common = set(rows_a) & set(rows_b)
            if len(common) < 3 or len(common) * 10 < 6 * min(len(rows_a), len(rows_b)):
                continue
            pairs = [(label, head) for label in common for head in set(rows_a[label][1]) & set(rows_b[label][1])]
            agree = sum(meets(rows_a[lb][1][hd][0].interval, rows_b[lb][1][hd][0].interval) for lb, hd in pairs)
            if not pairs or agree * 10 < 7 * len(pairs):
                continue  # same item names, mostly other values: another table of the same shape, not a copy
            yield from _item_sets(a, b, rows_a, rows_b, cov)
            for label in sorted(common, key=lambda x: rows_b[x][0]):
                ra, va = rows_a[label]
                rb, vb = rows_b[label]
                for head in set(va) & set(vb):
                    (na, ca), (nb, cb) = va[head], vb[head]
                    cov.examined += 1
                    if meets(na.interval, nb.interval):
                        continue
                    yield Finding(
                        ID, SEVERITY,
                        f"「{label}」的{head}在{a.cell_location(ra, ca).human()}为 {na.text}，此处为 {nb.text}",
                        b.cell_location(rb, cb),
                        evidence=f"{label} {nb.text}",
                        expected=na.text,
                        actual=nb.text,
                    )


_GARBLED = re.compile(r"\d[\d,]*\.\d{2}\S")  # "136,673.00186,350.00": figures run together


def _item_sets(a, b, rows_a, rows_b, cov):
    """Items one copy of a table lists and the other does not."""
    if any(_GARBLED.search(cell.text) for t in (a, b) for cell in t.cells()):
        cov.skip(b.location.human(), "表格有无法读出的单元格，不比较两份表格的项目清单")
        return
    only_a = [x for x in rows_a if x not in rows_b]
    only_b = [x for x in rows_b if x not in rows_a]
    cov.examined += 1
    if not only_a and not only_b:
        return
    parts = []
    if only_a:
        parts.append(f"仅见于{a.location.human()}：{'、'.join(only_a)}")
    if only_b:
        parts.append(f"仅见于此表：{'、'.join(only_b)}")
    yield Finding(
        ID, SEVERITY,
        f"此表与{a.location.human()}列出的项目不同（" + "；".join(parts) + "）",
        b.location,
        evidence="、".join(only_a + only_b)[:300],
        expected="、".join(only_a) or None,
        actual="、".join(only_b) or None,
    )
