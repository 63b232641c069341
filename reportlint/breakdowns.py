"""A whole and the parts a sentence lists under 其中: "全年支出6847.87万元，其中基本支出842.29万元，项目支出6005.58万元".

The shapes real reports use:
  - "X万元，其中A万元，B万元" and "X万元。其中：30万元用于甲；30万元用于乙" (其中 opening the next sentence);
  - "累计实际支出30,575.53万元，分年度分别为10,352.46万元、11,208.75万元和9,196.32万元";
  - "实际支付资金3749.95万元（其中：2023年支出3218.95万元，2024年支出531万元）" (the parts in brackets), and
    "三年累计开展演出1,126场（2022年356场、2023年372场、2024年388场）" (year by year, without 其中);
  - counts with their measure word: "共计开展赛项525个，其中：三届省赛195个，一类赛153个";
    "全年共为8633名人员发放养老保险待遇（其中：企业职工…领取1609人；…）", where a few words
    without a figure stand between the whole and its 其中; "培训13期500人（其中就业技能培训8期300人，…）"
    reads the parts in the measure of the figure just before 其中.
  - the total after its items: "中央……1,862.40万元，省级……936.25万元，县级……1,447.53万元，合计4,236.18万元",
    "2022年改造86个、2023年改造102个、2024年改造74个，三年合计改造老旧小区226个".
Each part is a clause with exactly one figure in the whole's measure; the list ends at the first
clause without one, at a clause that states another quantity, and at a stop stronger than the one
between its parts ("……、项目支出4,236.18万元，年末结转结余253.58万元"). A clause with two such figures
ends it too: which one is the part is a guess. A list is `complete` when nothing of its sentence was
left after it ("……，两项合计占55.43%" leaves a list that may name only some parts).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from .figures import UNIT_SCALE, Number, parse_number
from .model import Location
from .text import respectively
from .vocab import (
    AMOUNT_TOTAL_WORDS,
    AMOUNT_UNIT,
    CN_NUMERAL,
    COUNT_UNIT,
    MEASURE_UNIT,
    NUMBER,
    PART_LIST_ENDS,
    alternation,
    cn_number,
)

# measure words that count the same thing: "8633名人员" over parts in 人
_SAME_MEASURE = {"名": "人", "位": "人"}

_UNIT = rf"(?:{AMOUNT_UNIT}|{MEASURE_UNIT}|{COUNT_UNIT})"
# "第2批次" is an ordinal, no quantity (岚溪: "12批次，其中11批次按时拨付，…第2批次延迟拨付")
_FIGURE = re.compile(rf"(?<![\d.]|第\s?)(?P<n>{NUMBER})\s*(?P<u>{_UNIT})")
# the whole, a few words without a figure or a stop, then 其中 (after a comma, a full stop or a bracket)
_WHOLE = re.compile(
    rf"(?<![\d.]|第\s?)(?P<n>{NUMBER})\s*(?P<u>{_UNIT})(?P<gap>[^\d，,。；;：:（(）)]{{0,12}}?)"
    # the whole said again in brackets: "15,950.00万元（约1.60亿元），其中…", "（大写：……）"
    r"(?:[（(](?:约|合|折合|即|大写[:：]?)[^（()）其]{0,20}[）)])?"
    r"\s*(?:[，,。]\s*|(?P<open>[（(]))\s*(?:其中|(?:分\p{Han}{1,3}|按\p{Han}{1,4}分)?(?:分别|依次)为|(?<=[（(])(?=(?:19|20)\d\d\s*年))\s*[:：]?\s*"
)
_SEPARATORS = re.compile(r"[，、；;]|,(?!\d{3})")
_BRACKETED = re.compile(r"[（(][^（()）]*[）)]")
# a clause that is not one more part: another quantity (PART_LIST_ENDS), a relative clause about a
# subset ("符合补贴条件的13个赛事"), or one that opens a subset of its own ("二类赛36个赛事中")
_NOT_A_PART = re.compile(rf"{alternation(PART_LIST_ENDS)}|的|中\s*$")


@dataclass(frozen=True)
class Part:
    label: str  # the clause without its figure: "基本支出", "用于基建工程项目审计"
    number: Number
    unit: str


@dataclass(frozen=True)
class Breakdown:
    whole: Number
    unit: str  # the whole's unit: 万元, 人, 个
    kind: str  # amount, count
    parts: tuple[Part, ...]
    location: Location
    evidence: str
    complete: bool = True  # the parts are every clause of the list: a list cut short may name only some parts

    def scale(self, part: Part) -> float:
        """What one unit of the part is in units of the whole (元 under 万元 is 0.0001)."""
        return UNIT_SCALE[part.unit] / UNIT_SCALE[self.unit] if self.kind == "amount" else 1


def _measure(unit: str) -> str:
    return _SAME_MEASURE.get(unit, unit)


def _kind(unit: str) -> str:
    return "amount" if unit in UNIT_SCALE else "count"


def breakdowns_in(text: str, location: Location) -> list[Breakdown]:
    text = respectively(text)
    out = []
    for m in _WHOLE.finditer(text):
        whole = parse_number(m.group("n"))
        if whole is None:
            continue
        unit, kind = m.group("u"), _kind(m.group("u"))
        if "。" in text[m.end("u"): m.end()] and _several(text, m, kind):
            continue  # "……决算支出12,983.12万元，……结转结余319.26万元。其中：……": which figure 其中 breaks down is a guess
        span = text[m.end():]
        # the list runs to the end of its bracket, or of its sentence
        end = re.search(r"[）)]" if m.group("open") else r"[。！？]", span)
        span = span[: end.start()] if end else span
        # the noun a count's measure word is followed by: "146个赛项" over "一类赛9个赛事34个赛项" reads 34
        noun = re.match(r"\p{Han}{2}", m.group("gap")) if kind == "count" else None
        clauses, cut = _list_clauses(_BRACKETED.sub("", span))
        parts = _parts(clauses, kind, unit, noun)
        if parts:
            evidence = text[max(0, m.start() - 20): m.end() + len(span) + 1][:300]
            out.append(Breakdown(whole, unit, kind, tuple(parts), location, evidence,
                                 complete=not cut and len(parts) == len([c for c in clauses if c.strip()])))
    out.extend(_totals_after(text, location))
    return out


def _several(text: str, m, kind: str) -> bool:
    """The sentence before "。其中" states more than one figure of the whole's kind."""
    start = max(text.rfind(stop, 0, m.start()) for stop in "。！？") + 1
    return sum(_kind(f.group("u")) == kind for f in _FIGURE.finditer(text[start: m.end("u")])) > 1


_STRENGTH = {"、": 0, "，": 1, ",": 1, "；": 2, ";": 2}


def _list_clauses(span: str) -> tuple[list[str], bool]:
    """The clauses of a list, up to a stop stronger than the one between its parts: "其中基本支出2,576.19万元、
    项目支出4,236.18万元，年末结转结余253.58万元" ends at the "，"; "其中：30万元用于甲；30万元用于乙" goes on.
    Also whether the sentence went on after it."""
    # "11,208.75万元和9,196.32万元": 和/及 between two figures separates them like a 、
    span = re.sub(r"(?<=\p{Han})(?:以及|和|及)(?=\d)", "、", span)
    pieces = re.split(r"([、，；;]|,(?!\d{3}))", span)
    clauses, seps = pieces[0::2], pieces[1::2]
    if not seps:
        return clauses, False
    strength = _STRENGTH[seps[0]]
    for i, sep in enumerate(seps):
        if _STRENGTH[sep] > strength:
            return clauses[: i + 1], True
    return clauses, False


def _part(clause: str, kind: str, unit: str, noun=None) -> Part | None:
    """The clause as a part: exactly one figure in the whole's measure, under a label that is no other quantity."""
    figures = [f for f in _FIGURE.finditer(clause)
               if _kind(f.group("u")) == kind and (kind == "amount" or _measure(f.group("u")) == _measure(unit))]
    if len(figures) > 1 and noun:
        figures = [f for f in figures if clause.startswith(noun.group(), f.end())]
    if len(figures) != 1:
        return None
    f = figures[0]
    n = parse_number(f.group("n"))
    label = (clause[: f.start()] + clause[f.end():]).strip()
    if n is None or _NOT_A_PART.search(label):
        return None
    return Part(label, n, f.group("u"))


def _parts(clauses: list[str], kind: str, unit: str, noun=None) -> list[Part]:
    parts = []
    for clause in clauses:
        part = _part(clause, kind, unit, noun)
        if part is None:
            break
        parts.append(part)
    return parts


# the total after its items: "中央补助资金1,862.40万元，省级补助资金936.25万元，县级安排资金1,447.53万元，合计4,236.18万元"
_TOTAL_AFTER = re.compile(
    # "……，合计4,236.18万元", "……，三年合计改造老旧小区226个"
    rf"[，,；;]\s*(?P<lead>\p{{Han}}{{0,4}}?)(?:{alternation(AMOUNT_TOTAL_WORDS)}|共)\s*[^\d，,。；;]{{0,10}}?\s*(?:为|是)?\s*"
    rf"(?P<n>{NUMBER})\s*(?P<u>{_UNIT})(?=\s*(?:[，,。；;）)]|$))"
)


def _totals_after(text: str, location: Location) -> list[Breakdown]:
    out = []
    for m in _TOTAL_AFTER.finditer(text):
        whole = parse_number(m.group("n"))
        unit, kind = m.group("u"), _kind(m.group("u"))
        # items set apart by semicolons ("……5,993.00万元；……2,738.00万元；合计9,196.00万元") run back to the full stop,
        # one item to each semicolon clause
        by_semicolon = m.group(0)[0] in "；;"
        sentence_start = max(text.rfind(stop, 0, m.start()) for stop in ("。！？" if by_semicolon else "。！？；;")) + 1
        listed = _BRACKETED.sub("", text[sentence_start: m.start()])
        clauses = [c for c in (re.split(r"[；;]", listed) if by_semicolon else _SEPARATORS.split(listed)) if c.strip()]
        parts: list[Part] = []
        for clause in reversed(clauses):
            # "其中" opens the list: its clause is the first part; a clause before it is the whole, not a part
            head, _, tail = clause.rpartition("其中")
            part = _part(tail.lstrip("：: "), kind, unit)
            if part is None:
                break
            parts.insert(0, part)
            if "其中" in clause:
                break
        if whole is not None and len(parts) >= 2:
            evidence = text[sentence_start: m.end()][-300:]
            # "三项合计", "以上合计": the words before 合计 say the list is whole
            said = re.match(rf"^(?:以上|上述)?(?P<k>{CN_NUMERAL}|\d+)?\s*(?:项|者|类|部分|年)?$", m.group("lead"))
            k = said.group("k") if said else None
            k = (int(k) if k.isdigit() else cn_number(k)) if k else None
            whole_list = bool(said and m.group("lead")) and (k is None or k == len(parts))
            out.append(Breakdown(whole, unit, kind, tuple(parts), location, evidence,
                                 complete=len(parts) == len(clauses) or "其中" in clauses[-len(parts)] or whole_list))
    return out
