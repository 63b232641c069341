"""RL107 ratio-mismatch: a stated percentage that its own numerator and denominator do not give.

What it checks
  - "全年输转城乡劳动力1999人，完成目标任务1900人的105.2%": 1999/1900 at the
    precision stated (105.2% stands for [105.15%, 105.25%]);
  - a rate whose formula a scoring rule states ("在职人员控制率=（在职人员数/编制数）
    *100%"), wherever a text states that rate together with both parts
    ("核定人员编制44名……在职人员43人。在职人员控制率为97.72%").
  Each part is found by the words that tell the two terms of the formula apart
  (在职人员 / 编制); when a part cannot be told apart from the other, the
  ratio is not checked;
  - a rate named after what it counts, its two figures before it in the same
    sentence ("应参保人数194,380人，实际参保186,425人，参保率95.19%", "抽查600户，
    准确592户，准确率98.67%", "年度目标186,000人，实际参保186,254人，完成率100.23%"):
    the numerator is the one figure whose label has the rate's own word or
    says it was done (实际, 完成), the denominator the one whose label names a
    base (应…, a target, a sample); a rate of change (增长率) is no such share;
  - a 绩效目标 table's 完成率 column against its 实际完成值 over its 年度目标值, row
    by row, where both are figures in one unit and the target is a floor or a
    number (a 完成率 of 100% over a floor that was passed is the capped form);
  - a quotient worked out beside its terms: "单座年均维修养护成本6.97万元（312.46万元÷46座）",
    "人均补贴=120.00万元÷400人=0.30万元": the amount over the count at the stated precision;
  - any other rate column of a table (执行率, 到位率): its two terms are the pair
    of the table's columns that gives the rate in most rows (at least three,
    and two of three rows it can be worked out in); the rows that pair does
    not give are the findings. Where two pairs do equally well, a row is
    reported only when neither gives it.

Why it matters
  Rates are retyped from an earlier draft or rounded by hand.

Failing example
  "在职人员43人，核定编制44名，在职人员控制率为97.72%" → 43/44 = 97.73%.

Passing example
  "实现劳务收入6255万元，完成目标任务6100万元的103%" → 102.54%, within [102.5%, 103.5%].
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import regex as re

from reportlint.arith import exact, fmt, meets, ratio_interval
from reportlint.figures import UNIT_SCALE, Figure, column_headers, figures_in_text, header_rows, parse_number
from reportlint.findings import Coverage, Finding
from reportlint.rules import unquoted
from reportlint.vocab import (
    ACTUAL_STAGE_WORDS,
    AMOUNT_UNIT,
    AVAILABLE_WORDS,
    CHANGE_RATE_WORDS,
    COUNT_UNIT,
    MEASURE_UNIT,
    NUMBER,
    PLAN_STAGE_WORDS,
    RATE_BASE_WORDS,
    RATE_SYNONYMS,
    SCORE_RATE_HEADERS,
    SPENDING_RATE_STEMS,
    SPENT_WORDS,
    TARGET_WORDS,
    TERM_SYNONYMS,
    alternation,
)

ID = "RL107 ratio-mismatch"
SEVERITY = "error"
SUMMARY = "比率与报告同时给出的分子、分母不符"
SOURCE = "报告自身的数据与评分标准中的计算公式"

_NUM = NUMBER
_UNITS = rf"(?:{AMOUNT_UNIT}|{MEASURE_UNIT}|{COUNT_UNIT})"
_OF_TARGET = re.compile(
    # "……1999人，完成目标任务1900人的105.2%", "乡道418.9公里，占总里程1,312.6公里的31.91%"
    rf"(?P<a>{_NUM})\s*(?P<ua>{_UNITS})\s*[，,]?\s*(?:完成|达到|占|为)(?:了)?(?:年度|全年)?(?:{alternation(TARGET_WORDS)}|\p{{Han}}{{1,8}}?)?\s*"
    rf"(?P<b>{_NUM})\s*(?P<ub>{_UNITS})\s*的\s*(?P<p>{_NUM})\s*%"
)
_PCT_TAG = r"(?:\s*[（(]\s*[%％]\s*[）)])?"  # "在职人员控制率（%）=在职人员数÷编制数×100%" (writer V)
# a rate worked out in the sentence itself: "在职人员控制率=实有人数43人/核定编制44名=97.72%"
_INLINE = re.compile(
    rf"率{_PCT_TAG}\s*[=＝]\s*[（(]?\s*[^=＝，。；;/／÷\d]{{0,16}}(?P<a>{_NUM})\s*(?P<ua>{_UNITS})?\s*[/／÷]\s*[^=＝，。；;/／÷\d]{{0,16}}"
    rf"(?P<b>{_NUM})\s*(?P<ub>{_UNITS})?\s*[）)]?\s*(?:[×*xX]\s*100\s*[%％])?\s*[=＝]\s*(?P<p>{_NUM})\s*%"
)
# the quotient in brackets after the rate: "确权登记率为95.75%（45/48）", "执行率为100%（6847.87÷6847.87）"
_WORKED_AFTER = re.compile(
    rf"(?P<p>{_NUM})\s*[%％]\s*[（(]\s*(?P<a>{_NUM})\s*(?P<ua>{_UNITS})?\s*[/／÷]\s*(?P<b>{_NUM})\s*(?P<ub>{_UNITS})?\s*[）)]"
)
_FORMULA = re.compile(
    r"(?P<rate>[\p{Han}“”\"]{2,20}率)" + _PCT_TAG + r"\s*[=＝]\s*[（(]?\s*(?P<num>[\p{Han}“”\"]{2,30})\s*[/／÷]\s*(?P<den>[\p{Han}“”\"]{2,30})\s*[）)]?\s*[×*xX]\s*100\s*[%％]"
)


# a share named by its two terms, their figures elsewhere in the paragraph: "实有在职人员43人，核定人员编制44名，
# 在职人员占编制数的97.72%"
_SHARE_OF = re.compile(
    rf"(?P<num>[\p{{Han}}“”\"]{{2,12}})占(?P<den>[\p{{Han}}“”\"]{{2,12}}?)(?:的比例|的比重|的比率)?的?\s*(?:为|达|是)?\s*(?P<p>{_NUM})\s*%"
)


def check(report, cov: Coverage):
    texts = list(report.doc.texts(min_cell=20))
    formulas = {}
    for text, _ in texts:
        for m in _FORMULA.finditer(text):
            formulas.setdefault(unquoted(m.group("rate")), (m.group("rate"), m.group("num"), m.group("den")))
    for other, same in RATE_SYNONYMS.items():  # the rate under its other name shares its formula
        if same in formulas and other not in formulas:
            formulas[other] = formulas[same]
    for table in report.doc.tables:
        yield from _completion_column(table, cov)
        yield from _rate_column(table, cov)
    for text, loc in texts:
        yield from _of_target(text, loc, cov)
        yield from _inline(text, loc, cov)
        yield from _share_of(text, loc, cov)
        yield from _named_rate(text, loc, cov)
        yield from _quotient(text, loc, cov)
        for rate_key, formula in formulas.items():
            yield from _formula(text, loc, cov, rate_key, formula)


def _inline(text, loc, cov):
    for m in [*_INLINE.finditer(text), *_WORKED_AFTER.finditer(text)]:
        ua, ub = m.group("ua") or "", m.group("ub") or ""
        if (ua in UNIT_SCALE) != (ub in UNIT_SCALE) or (ua in UNIT_SCALE and ua != ub):
            continue  # an amount over a count, or amounts in two units: not a plain ratio
        a, b, p = parse_number(m.group("a")), parse_number(m.group("b")), parse_number(m.group("p"))
        counted = ua not in UNIT_SCALE and ub not in UNIT_SCALE and "." not in a.text + b.text
        yield from _compare(cov, loc, a, b, p, m.group(0), f"{m.group('a')}{ua}/{m.group('b')}{ub}", counted=counted)


def _of_target(text, loc, cov):
    for m in _OF_TARGET.finditer(text):
        if m.group("ua") != m.group("ub"):
            continue
        a, b, p = parse_number(m.group("a")), parse_number(m.group("b")), parse_number(m.group("p"))
        counted = m.group("ua") not in UNIT_SCALE
        yield from _compare(cov, loc, a, b, p, m.group(0), f"{m.group('a')}/{m.group('b')}", counted=counted)


def _share_of(text, loc, cov):
    """"在职人员占编制数的97.72%" against the one 在职人员 figure and the one 编制 figure of the paragraph."""
    found = list(_SHARE_OF.finditer(text))
    if not found:
        return
    figures = [f for f in figures_in_text(text, loc) if f.kind == "count"]
    for m in found:
        num_core, den_core = _cores(m.group("num"), m.group("den"))
        if len(num_core) < 2 or len(den_core) < 2:
            continue
        num, den = _one(figures, num_core, den_core), _one(figures, den_core, num_core)
        if num is None or den is None or num is den or num.unit != den.unit and {num.unit, den.unit} - {"人", "名"}:
            continue  # a term without its own figure here: nothing to work out
        yield from _compare(cov, loc, num.number, den.number, parse_number(m.group("p")), m.group(0),
                            f"{m.group('num')} {num.number.text}{num.unit}/{m.group('den')} {den.number.text}{den.unit}",
                            counted=True)


# "参保率95.19%", "准确率为98.67%": the rate's own word is the two characters before 率
_NAMED_RATE = re.compile(rf"(?P<name>\p{{Han}}{{0,6}}?(?P<stem>\p{{Han}}{{2}})率)\s*(?:为|达到|达|是|[：:])?\s*(?P<p>{_NUM})\s*[%％]")
_CHANGE = re.compile(alternation(CHANGE_RATE_WORDS))
_DONE = re.compile(alternation(ACTUAL_STAGE_WORDS))
_SAME_COUNT = {"名": "人", "位": "人"}


def _named_rate(text, loc, cov):
    """"应参保人数194,380人，实际参保186,425人，参保率95.19%": both terms and the rate in one sentence."""
    if "率" not in text:
        return
    for sentence in re.split(r"(?<=[。；;！？])", text):
        since = 0  # a rate's figures come after the rate before it: "……到位率53.13%，整体到位率96.42%"
        for m in _NAMED_RATE.finditer(sentence):
            stem, start, since = m.group("stem"), since, m.end()
            if _CHANGE.search(m.group("name")) or _FORMULA.search(sentence):
                continue
            before = figures_in_text(sentence[start: m.start()], loc)
            # counts and measures, each unit apart: "年度指标值38口，完成36口，清淤土方4.27万立方米，完成率……"
            by_unit = defaultdict(list)
            for f in before:
                if f.kind in ("count", "measure"):
                    by_unit[_SAME_COUNT.get(f.unit, f.unit)].append(f)
            for same in by_unit.values():
                yield from _named_share(cov, loc, m, stem, same, RATE_BASE_WORDS, sentence[start: m.start()])
            # amounts: the rate's two figures are the sentence's only two ("预算185,000.00元，实际支出152,360.00元，控制率83.26%")
            amounts = [f for f in before if f.kind == "amount"]
            if len(amounts) == 2:
                yield from _named_share(cov, loc, m, stem, amounts, (*RATE_BASE_WORDS, *PLAN_STAGE_WORDS), sentence[start: m.start()])


# a whole and then its part: "全县62所实施学校中58所实现食堂供餐", "从业人员412人，其中持有效健康证明409人"
_PART_FOLLOWS = re.compile(r"^(?:\p{Han}{1,10}中(?=\d)|\s*[，,]\s*其中\s*[:：]?)")


def _named_share(cov, loc, m, stem, figures, base_words, before=""):
    units = {_SAME_COUNT.get(f.unit, f.unit) for f in figures}
    if len(figures) < 2 or len(units) != 1:
        return
    spending = stem in SPENDING_RATE_STEMS and figures[0].kind == "amount"
    if spending:
        base_words = (*base_words, *AVAILABLE_WORDS)
    base = [f for f in figures if any(w + (stem if w == "应" else "") in unquoted(f.label) for w in base_words)]
    # what was done: the rate's stem or any other two words of its name in the label ("按期开工45个" under 开工及时率)
    name = unquoted(m.group("name"))[:-1]
    words = {name[i: i + 2] for i in range(len(name) - 1)} | {stem} | (set(SPENT_WORDS) if spending else set())
    done = [f for f in figures if f not in base and (any(w in unquoted(f.label) for w in words) or _DONE.search(f.label))]
    if _DONE.search(stem) and len(figures) == 2 and len(base) == 1:
        # a 完成率 over its target and the one other figure: "播种面积53.81万亩，年度目标52.6万亩，完成率101.10%"
        done = [f for f in figures if f not in base]
    part = figures[-1].number.text + figures[-1].unit
    if not base and len(figures) == 2 and _PART_FOLLOWS.match(figures[0].after) and part in before:
        # the whole, its part, then the rate of it: the part over the whole, when the part's own words carry the
        # rate's ("58所实现食堂供餐，食堂供餐率", "其中持有效健康证明409人，持证率"), not a rate of something else
        gap = before[before.rindex(part) + len(part):]
        own = unquoted(figures[1].label.split("中")[-1]) + gap
        if len(gap) <= 12 and all(ch in own for ch in stem):
            base, done = [figures[0]], [figures[1]]
    if len(base) != 1 or len(done) != 1:
        return
    num, den = done[0], base[0]
    yield from _compare(cov, loc, num.number, den.number, parse_number(m.group("p")), m.group(0),
                        f"{unquoted(num.label)} {num.number.text}{num.unit}/{unquoted(den.label)} {den.number.text}{den.unit}",
                        counted=num.kind == "count" and "." not in num.number.text + den.number.text)


_TERMS = rf"(?P<a>{_NUM})\s*(?P<ua>{AMOUNT_UNIT})\s*[÷/]\s*(?P<b>{_NUM})\s*(?P<ub>{COUNT_UNIT}|{MEASURE_UNIT})"
_QUOTIENTS = (
    # the quotient first, its terms in brackets after it
    re.compile(rf"(?P<q>{_NUM})\s*(?P<uq>{AMOUNT_UNIT})(?:\s*/\s*(?P<per>万?\p{{Han}}))?\s*[（(]\s*{_TERMS}\s*[）)]"),
    # the terms first, "= quotient" after them
    re.compile(rf"{_TERMS}\s*[）)]?\s*[=＝≈]\s*(?P<q>{_NUM})\s*(?P<uq>{AMOUNT_UNIT})(?:\s*/\s*(?P<per>万?\p{{Han}}))?"),
)


def _per_scale(ub: str, per: str | None) -> Decimal | None:
    """"5,236.00万元/8,760.00万吨=0.60元/吨": a denominator in 万 of what the quotient is per; None when it cannot
    be told what the quotient is per."""
    big = Decimal(10000)
    den = big if ub.startswith("万") else Decimal(1)
    if per is None:
        return Decimal(1) if den == 1 else None
    return (big if per.startswith("万") else Decimal(1)) / den


def _quotient(text, loc, cov):
    for pattern in _QUOTIENTS:
        for m in pattern.finditer(text):
            a, b, q = parse_number(m.group("a")), parse_number(m.group("b")), parse_number(m.group("q"))
            if None in (a, b, q) or b.value == 0:
                continue
            per = _per_scale(m.group("ub"), m.group("per"))
            if per is None:
                continue
            scale = UNIT_SCALE[m.group("ua")] / UNIT_SCALE[m.group("uq")] * per
            got = ratio_interval(a.interval, exact(b))
            cov.examined += 1
            if got is None or meets((got[0] * scale, got[1] * scale), q.interval):
                continue
            value = a.value / b.value * scale
            shown = fmt(value, q.text)
            yield Finding(
                rule=ID, severity=SEVERITY, location=loc, evidence=m.group(0),
                message=f"数值写作 {q.text}{m.group('uq')}，按 {m.group('a')}{m.group('ua')}÷{m.group('b')}{m.group('ub')} "
                        f"计算为 {shown}{m.group('uq')}",
                expected=f"{shown}{m.group('uq')}", actual=f"{q.text}{m.group('uq')}",
            )


_TARGET_HEAD = re.compile(rf"{alternation(TARGET_WORDS)}|指标值")
_DONE_HEAD = re.compile(r"实际|完成值|完成数")
_RATE_HEAD = re.compile(r"完成率|完成比例|完成程度")
# "≥186,000人", "186,425人", "≥95%", "58000": a floor or a number, in one unit ("≤1%" is a ceiling: its rate is no share)
_TARGET_CELL = re.compile(rf"^\s*(?P<floor>≥|>=|不低于|不少于|达到)?\s*(?P<n>{_NUM})\s*(?P<u>[%％]|{_UNITS})?\s*$")
_RATE_CELL = re.compile(rf"^\s*(?P<n>{_NUM})\s*[%％]\s*$")
_RATE_COLUMN = re.compile(r"率")


def _rate_column(table, cov):
    """执行率 = 全年执行数 / 全年预算数, learnt from the rows: the pair of columns that gives most of them."""
    heads = column_headers(table)
    first = header_rows(table)
    if first == 0 or _completion_heads(heads):
        return
    for rc, head in enumerate(heads):
        if not _RATE_COLUMN.search(head) or any(w in head for w in SCORE_RATE_HEADERS):
            continue
        rates = {r: parse_number(m.group("n")) for r in range(first, table.n_rows)
                 if (m := _RATE_CELL.match(table.text(r, rc)))}
        if len(rates) < 3:
            continue
        values = {c: {r: _amount(table.text(r, c)) for r in rates} for c in range(table.n_cols)
                  if c != rc and not _RATE_COLUMN.search(heads[c])}
        results = {}
        for a in values:
            for b in values:
                rows = [r for r in rates if a != b and values[a][r] is not None and values[b][r] is not None]
                fits = [r for r in rows if _gives(values[a][r], values[b][r], rates[r])]
                # three rows or more, and more than half: two slips in a table of five leave the pair plain
                if len(fits) >= 3 and len(fits) * 2 > len(rows):
                    results[(a, b)] = (rows, fits)
        if not results:
            continue
        most = max(len(f) for _, f in results.values())
        best = [(pair, rows, set(fits)) for pair, (rows, fits) in results.items() if len(fits) == most]
        for r in sorted({r for _, rows, _ in best for r in rows}):
            if any(r in fits or r not in rows_ for _, rows_, fits in best):
                cov.examined += 1
                continue
            # the rate fits no pair the rows teach; the message works it out from the pair that comes nearest
            a, b = min((pair for pair, _, _ in best),
                       key=lambda ab: abs(values[ab[0]][r].value / values[ab[1]][r].value * 100 - rates[r].value)
                       if values[ab[1]][r].value else Decimal(10) ** 9)
            yield from _compare(cov, table.cell_location(r, rc), values[a][r], values[b][r], rates[r],
                                "  ".join(table.row_texts(r)),
                                f"{heads[a]} {values[a][r].text}/{heads[b]} {values[b][r].text}")


def _amount(text: str):
    return parse_number(text) if re.fullmatch(rf"\s*{_NUM}\s*", text) else None


def _gives(a, b, p) -> bool:
    got = ratio_interval(a.interval, b.interval)
    return got is not None and meets((got[0] * 100, got[1] * 100), p.interval)


def _completion_heads(heads) -> bool:
    return any(_RATE_HEAD.search(h) for h in heads) and any(_DONE_HEAD.search(h) for h in heads) \
        and any(_TARGET_HEAD.search(h) for h in heads)


def _completion_column(table, cov):
    """年度目标值 | 实际完成值 | 完成率: each row's rate is its done over its target."""
    heads = column_headers(table)
    rate = [c for c, h in enumerate(heads) if _RATE_HEAD.search(h)]
    done = [c for c, h in enumerate(heads) if _DONE_HEAD.search(h) and c not in rate]
    target = [c for c, h in enumerate(heads) if _TARGET_HEAD.search(h) and c not in rate + done]
    if len(rate) != 1 or len(done) != 1 or len(target) != 1:
        return
    for r in range(header_rows(table), table.n_rows):
        t = _TARGET_CELL.match(table.text(r, target[0]))
        d = _TARGET_CELL.match(table.text(r, done[0]))
        p = _RATE_CELL.match(table.text(r, rate[0]))
        if not (t and d and p) or d.group("floor") or (t.group("u") or "") != (d.group("u") or ""):
            continue
        a, b, stated = parse_number(d.group("n")), parse_number(t.group("n")), parse_number(p.group("n"))
        if None in (a, b, stated) or (t.group("floor") and stated.value == 100 and a.value >= b.value):
            continue
        counted = (t.group("u") or "") not in ("%", "％") and "." not in a.text + b.text
        yield from _compare(cov, table.cell_location(r, rate[0]), a, b, stated, "  ".join(table.row_texts(r)),
                            f"{heads[done[0]]} {d.group(0).strip()}/{heads[target[0]]} {t.group(0).strip()}",
                            counted=counted)


def _cores(num: str, den: str) -> tuple[str, str]:
    """What tells the two terms apart: each term without the words they share."""
    num, den = unquoted(num), unquoted(den)
    for text in sorted({num[i:j] for i in range(len(num)) for j in range(i + 2, len(num) + 1)}, key=len, reverse=True):
        if text in den and text in num:
            num, den = num.replace(text, "", 1), den.replace(text, "", 1)
    strip = re.compile(r"总?(?:人数|数量|数|总额|金额|额)$")  # "持有效健康证明人数", "食堂从业人员总数" (岚溪)
    return strip.sub("", num), strip.sub("", den)


def _formula(text, loc, cov, rate_key, formula):
    rate_name, num_term, den_term = formula
    if _FORMULA.search(text):
        return  # the rule that states the formula
    # "在职人员控制率为97.72%", "……的比率（在职人员控制率）为97.72%"
    pattern = re.compile(rf"{re.escape(rate_key)}\s*[）)]?\s*(?:为|达到|达|是)?\s*(?P<p>{_NUM})\s*%")
    stated = list(pattern.finditer(unquoted(text)))
    if len(stated) != 1:
        return
    num_core, den_core = _cores(num_term, den_term)
    if len(num_core) < 2 or len(den_core) < 2:
        return
    figures = [f for f in figures_in_text(text, loc) if f.kind in ("amount", "count")]
    num = _one(figures, num_core, den_core)
    den = _one(figures, den_core, num_core)
    if num is None or den is None or num is den:
        cov.skip(loc.human(), f"「{rate_name}」的分子或分母无法在同段中唯一确定")
        return
    if num.kind != den.kind or (num.kind == "amount" and (num.unit == "" or den.unit == "")):
        return
    scale = UNIT_SCALE.get(num.unit, Decimal(1)) / UNIT_SCALE.get(den.unit, Decimal(1)) if num.kind == "amount" else Decimal(1)
    p = parse_number(stated[0].group("p"))
    yield from _compare(cov, loc, num.number, den.number, p, stated[0].group(0),
                        f"{rate_name}=（{num_term} {num.number.text}{num.unit}/{den_term} {den.number.text}{den.unit}）", scale,
                        counted=num.kind == "count")


def _one(figures: list[Figure], core: str, other: str) -> Figure | None:
    """The single figure whose label carries this term's own words and not the other's; a count of people
    may name its term without the word for them ("在职人数43人" for 在职人员数)."""
    plain_words = (core, _PEOPLE.sub("", core))
    other_words = [w.replace(k, v) for w in plain_words for k, vs in TERM_SYNONYMS.items() if k in w for v in vs]
    for words in (*plain_words, *other_words):
        if len(words) < 2:
            continue
        hits = [f for f in figures if words in unquoted(f.label) and other not in unquoted(f.label)]
        values = {f.number.value for f in hits}
        if hits:
            return hits[0] if len(values) == 1 else None
    return None


_PEOPLE = re.compile(r"(?:人员|职工|员工|人)$")


def _compare(cov, loc, a, b, p, evidence, parts, scale=Decimal(1), counted=False):
    got = ratio_interval(exact(a), exact(b)) if counted else ratio_interval(a.interval, b.interval)
    if got is None:
        return
    got = (got[0] * 100 * scale, got[1] * 100 * scale)
    cov.examined += 1
    if meets(got, p.interval):
        return
    value = a.value / b.value * 100 * scale
    shown = fmt(value, p.text)
    yield Finding(
        rule=ID,
        severity=SEVERITY,
        message=f"比率写作 {p.text}%，按 {parts} 计算为 {shown}%（{value.quantize(Decimal('0.0001'))}%）",
        location=loc,
        evidence=evidence,
        expected=f"{shown}%",
        actual=f"{p.text}%",
    )
