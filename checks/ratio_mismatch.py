"""RL107 ratio-mismatch: a stated percentage that its own numerator and denominator do not give.

What it checks
  - "全年输转城乡劳动力1999人，完成目标任务1900人的105.2%": 1999/1900 at the
    precision stated (105.2% stands for [105.15%, 105.25%]);
  - a rate whose formula a scoring rule states ("在职人员控制率=（在职人员数/编制数）
    *100%"), wherever a text states that rate together with both parts
    ("核定人员编制44名……在职人员43人。在职人员控制率为97.72%").
  Each part is found by the words that tell the two terms of the formula apart
  (在职人员 / 编制); when a part cannot be told apart from the other, the
  ratio is not checked.

Why it matters
  Rates are retyped from an earlier draft or rounded by hand.

Failing example
  "在职人员43人，核定编制44名，在职人员控制率为97.72%" → 43/44 = 97.73%.

Passing example
  "实现劳务收入6255万元，完成目标任务6100万元的103%" → 102.54%, within [102.5%, 103.5%].
"""

from __future__ import annotations

from decimal import Decimal

import regex as re

from reportlint.arith import exact, fmt, meets, ratio_interval
from reportlint.figures import UNIT_SCALE, Figure, figures_in_text, parse_number
from reportlint.findings import Coverage, Finding
from reportlint.rules import unquoted
from reportlint.vocab import (
    AMOUNT_UNIT,
    COUNT_UNIT,
    MEASURE_UNIT,
    NUMBER,
    RATE_SYNONYMS,
    TARGET_WORDS,
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
# a rate worked out in the sentence itself: "在职人员控制率=实有人数43人/核定编制44名=97.72%"
_INLINE = re.compile(
    rf"率\s*[=＝]\s*[（(]?\s*[^=＝，。；;/÷\d]{{0,16}}(?P<a>{_NUM})\s*(?P<ua>{_UNITS})?\s*[/÷]\s*[^=＝，。；;/÷\d]{{0,16}}"
    rf"(?P<b>{_NUM})\s*(?P<ub>{_UNITS})?\s*[）)]?\s*(?:[×*xX]\s*100\s*[%％])?\s*[=＝]\s*(?P<p>{_NUM})\s*%"
)
_FORMULA = re.compile(
    r"(?P<rate>[\p{Han}“”\"]{2,20}率)\s*[=＝]\s*[（(]?\s*(?P<num>[\p{Han}“”\"]{2,30})\s*[/÷]\s*(?P<den>[\p{Han}“”\"]{2,30})\s*[）)]?\s*[×*xX]\s*100\s*[%％]"
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
    for text, loc in texts:
        yield from _of_target(text, loc, cov)
        yield from _inline(text, loc, cov)
        yield from _share_of(text, loc, cov)
        for rate_key, formula in formulas.items():
            yield from _formula(text, loc, cov, rate_key, formula)


def _inline(text, loc, cov):
    for m in _INLINE.finditer(text):
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


def _cores(num: str, den: str) -> tuple[str, str]:
    """What tells the two terms apart: each term without the words they share."""
    num, den = unquoted(num), unquoted(den)
    for text in sorted({num[i:j] for i in range(len(num)) for j in range(i + 2, len(num) + 1)}, key=len, reverse=True):
        if text in den and text in num:
            num, den = num.replace(text, "", 1), den.replace(text, "", 1)
    strip = re.compile(r"数$|数量$|总额$|金额$|额$")
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
    for words in (core, _PEOPLE.sub("", core)):
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
