"""RL109 figure-retyped: one quantity stated in several places, one of them with two digits swapped.

What it checks
  Amounts, counts and measures (万元, 人次, 户, 万亩 …) stated in different paragraphs or
  tables under the same words ("两年累计支出" in the 基本情况 and in the 存在的问题; the
  合计 row's 支出 of a funding table), where one value is another with two adjacent
  digits swapped (4,651.10 and 4,615.10). The words must name the same thing once the
  words that say nothing of it are set aside (为, 实际, 资金, 累计 …, the report's whole
  span: 两年, 全县); a year named on both sides must be the same year. The value more
  places give is taken as the one meant; when both are given as often, both places are
  named. A swap inside one paragraph or one table is not compared (a list of items), nor
  a value of fewer than three significant digits (2,400 and 4,200 are round sums as often
  as one slip), nor a table's 合计 row (RL101 checks it against its items). Under other words
  that are related (one inside the other, or sharing a word of two characters that is not a
  common one, and not a budget against what was done: "省级衔接资金3,248.00万元" and "省级资金
  3,284.00万元"), a value needs four significant digits.

Why it matters
  A figure retyped from the funding table into the summary or the problem list keeps
  its digits but not always their order; a reviewer reading one place at a time cannot see it.

Failing example
  基本情况 "截至2024年12月31日，两年累计支出4,651.10万元"，存在的问题 "……两年累计支出4,615.10万元".

Passing example
  "一类赛153个" and "二类赛135个": other words, other things.
"""

from __future__ import annotations

from collections import defaultdict

import regex as re

from reportlint.findings import Coverage, Finding
from reportlint.vocab import (
    ACTUAL_STAGE_WORDS,
    AMOUNT_TOTAL_ROW,
    FILLER_WORDS,
    GENERIC_LABEL_WORDS,
    PLAN_STAGE_WORDS,
    SPENT_WORDS,
    WHOLE_SPAN_WORDS,
    YEAR_OF,
    alternation,
)

ID = "RL109 figure-retyped"
SEVERITY = "warning"
SUMMARY = "同一数量在不同位置的数字前后颠倒"
SOURCE = "报告自身的各处表述"
YIELDS = True  # a finding of another check at the same place with the same two values says more

_KINDS = ("amount", "count", "measure")
_SIGNIFICANT = 3  # digits a value needs, leading and trailing zeros aside, before a swap is more than chance
_NOISE = re.compile(
    rf"(?:19|20)\d\d\s*年度?|(?:截至|截止|至)\d{{0,4}}年?\d{{0,2}}月?\d{{0,2}}日?|{alternation((*WHOLE_SPAN_WORDS, *FILLER_WORDS))}"
    r"|[^\p{Han}\d]"
)


def check(report, cov: Coverage):
    named = []  # (figure, digits, words) of every figure whose words name what it measures
    for f in report.figures:
        digits = _digits(f.number.text) if f.kind in _KINDS else None
        words = _words(f) if digits else None
        if words and len(re.findall(r"\p{Han}", words)) >= 2:
            named.append((f, digits, words))
    order = {id(f): i for i, (f, _, _) in enumerate(named)}  # figures come in reading order
    places = defaultdict(lambda: defaultdict(list))  # (kind, unit, words) -> digits -> figures
    for f, digits, words in named:
        places[(f.kind, f.unit, words)][digits].append(f)
    said = set()  # (place, value) already named
    for (_, _, words), by_value in places.items():
        values = list(by_value)
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                if _swapped(a, b):
                    fa, fb = by_value[a], by_value[b]
                    counts = _places(named, fa[0], words), _places(named, fb[0], words)
                    yield from _once(_retyped(fa, fb, counts, order, cov), said)
    yield from _once(_retyped_under_other_words(named, order, cov), said)


def _once(findings, said):
    for f in findings:
        key = (f.location, f.actual)
        if key not in said:
            said.add(key)
            yield f


def _retyped_under_other_words(named, order, cov):
    """A value of four significant digits or more under related words ("省级衔接资金3,248.00万元" and "省级资金
    3,284.00万元", "联农带农覆盖脱贫（监测）户6,482户" and "带动脱贫户和监测户6,842户"): one label contains the other,
    or both share a word of two characters that is not a common one. Two swapped digits of so long a value are
    seldom chance. Each side is every place that states its value under words related to the other side's."""
    same_digits = defaultdict(lambda: defaultdict(list))  # (kind, unit, the digits in any order) -> digits -> places
    for f, digits, words in named:
        same_digits[(f.kind, _UNIT_AS.get(f.unit, f.unit), "".join(sorted(digits)))][digits].append((f, words))
    for by_digits in same_digits.values():
        values = list(by_digits)
        for i, a in enumerate(values):
            for b in values[i + 1 :]:
                if not _swapped(a, b, _RELATED_SIGNIFICANT):
                    continue
                fa = [f for f, w in by_digits[a] if any(_related(w, x) for _, x in by_digits[b])]
                fb = [f for f, w in by_digits[b] if any(_related(w, x) for _, x in by_digits[a])]
                shared = {_block(f) for f in fa} & {_block(f) for f in fb}  # a paragraph or table with both: a list
                fa, fb = [f for f in fa if _block(f) not in shared], [f for f in fb if _block(f) not in shared]
                if fa and fb:
                    yield from _retyped(fa, fb, (len({_block(f) for f in fa}), len({_block(f) for f in fb})), order, cov)


_RELATED_SIGNIFICANT = 4
_UNIT_AS = {"名": "人", "位": "人"}
_GENERIC = set(GENERIC_LABEL_WORDS)


def _stage(words: str) -> set[str]:
    return ({"plan"} if any(w in words for w in PLAN_STAGE_WORDS) else set()) | (
        {"done"} if any(w in words for w in (*ACTUAL_STAGE_WORDS, *SPENT_WORDS)) else set())


def _related(a: str, b: str) -> bool:
    sa, sb = _stage(a), _stage(b)
    if len(sa) == 1 and len(sb) == 1 and sa != sb:
        return False  # a budget and what was done ("县级配套资金预算数" and "县级配套资金实际支出") are two quantities
    if a in b or b in a:
        return True
    grams = {a[i: i + 2] for i in range(len(a) - 1)} - _GENERIC
    return any(re.fullmatch(r"\p{Han}{2}", g) and g in b for g in grams)


def _retyped(fa, fb, counts, order, cov):
    ya, yb = _years(fa), _years(fb)
    if ya and yb and not ya & yb:
        return  # two years: two quantities
    if {_block(f) for f in fa} & {_block(f) for f in fb}:
        return  # both in one paragraph or one table: a list, not a restatement
    cov.examined += 1
    na, nb = counts
    if na == nb:  # as many places give each: name both, decide nothing; stand at the sentence (tables are
        # more often the source a sentence was typed from), else at the later place
        ours, theirs = sorted((fa, fb), key=lambda g: (g[0].location.table is None, order[id(g[0])]), reverse=True)
    else:
        ours, theirs = (fa, fb) if na < nb else (fb, fa)
    here = [f for f in ours if not _total_cell(f)]
    if not here or (na == nb and all(map(_total_cell, theirs))):
        return  # the odd value, or the only other, is a table's 合计: RL101 weighs it against its items
    head, other = here[0], theirs[0]
    elsewhere = "、".join(dict.fromkeys(f.location.human() for f in theirs))
    if na == nb:
        message = (f"「{_said(other)}」在{elsewhere}写作 {other.number.text}{other.unit}，此处写作 {head.number.text}{head.unit}，"
                   f"两数只差相邻两位数字的次序，其中一处应是录入错误")
    else:
        message = (f"「{_said(other)}」在{elsewhere}写作 {other.number.text}{other.unit}，此处为 {head.number.text}{head.unit}，"
                   f"两数只差相邻两位数字的次序，疑为录入错误")
    yield Finding(
        ID, SEVERITY, message, head.location,
        evidence=f"{_said(head)} {head.number.text}{head.unit}",
        expected=f"{other.number.text}{other.unit}",
        actual=f"{head.number.text}{head.unit}",
    )


def _places(named, fig, words) -> int:
    """How many paragraphs and tables state the figure's value for its quantity: under its words, or under words
    that contain them or that they contain ("粮食播种面积" in a 绩效目标 table row is the "全县粮食播种面积" of the text)."""
    digits = _digits(fig.number.text)
    return len({_block(f) for f, d, w in named
                if d == digits and f.kind == fig.kind and f.unit == fig.unit and (words in w or w in words)})


def _digits(text: str) -> str | None:
    """The digits as typed, separators aside ("4,651.10" -> "4651.10"); None for negatives."""
    s = text.replace(",", "").replace("，", "")
    return s if re.fullmatch(r"\d+(?:\.\d+)?", s) else None


def _swapped(a: str, b: str, significant: int = 3) -> bool:
    """Two adjacent digits exchanged, in a value of enough significant digits."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(diff) != 2 or diff[1] != diff[0] + 1 or a[diff[0]] != b[diff[1]] or a[diff[1]] != b[diff[0]]:
        return False
    if "." in (a[diff[0]], a[diff[1]]):
        return False
    # the less round of the two says how many digits were typed: 16,200 and 16,020 (four) are a slip, 2,400 and
    # 4,200 (two) as likely round sums
    return max(len(x.replace(".", "").strip("0")) for x in (a, b)) >= max(significant, _SIGNIFICANT)


def _words(f) -> str:
    """What the figure measures, in the words that say it: a sentence's label, or a table cell's row and column
    (its label; a 合计 row's cell is the column's sum, named by the column alone)."""
    if f.location.table is None or f.pair or f.in_cell_text:
        label = f.label if len(_NOISE.sub("", f.label)) >= 2 or not f.subject else f.subject + f.label
        return _NOISE.sub("", label)
    return _NOISE.sub("", " ".join(part for part in f.label.split(" ") if not AMOUNT_TOTAL_ROW.match(part)))


def _total_cell(f) -> bool:
    """A cell of a table's 合计 row or 合计 column."""
    if f.location.table is None or f.in_cell_text or f.pair:
        return False
    return any(AMOUNT_TOTAL_ROW.match(part) for part in f.label.split(" "))


def _years(figs) -> set[str]:
    out = set()
    for f in figs:
        out.update(m.group("y") for m in YEAR_OF.finditer(f.label))
        if f.year:
            out.add(f.year)
    return out


def _block(f):
    loc = f.location
    return ("table", loc.table) if loc.table is not None else ("paragraph", loc.paragraph, loc.line, loc.page)


def _said(f) -> str:
    return f.label.strip() or f.subject
