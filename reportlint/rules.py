"""Scoring rules (评分标准) read into shapes that give a maximum and an expected score.

Shapes (DOMAIN.md): per element (①…②… 各占25%权重分，符合得0.5分), proportional
(得分=预算执行率*分值), value bands with thresholds and deductions (≥80%得2分，
60%—80%每降低1%扣0.1分，低于60%得0分; =0%得满分，每增加1%扣0.1分，超过10%不得分),
survey-based bands (综合满意率达到90%以上得满分……). A rule that fits none of them is
not read, and says why: nothing is guessed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from fractions import Fraction

import regex as re

from .arith import plain
from .figures import Number, parse_number
from .text import respectively
from .vocab import (
    BAD_THINGS,
    CHOICE_WORDS,
    CN_NUMERAL,
    PROBLEM_UNIT,
    QUALITATIVE_RANGE,
    QUALITATIVE_WORDS,
    RATE_END,
    SHORT_OF_WORDS,
    UNMET_WORDS,
    alternation,
    canonical_rule,
    cn_number,
)

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_NUM = r"\d+(?:\.\d+)?"
INF = Decimal(10) ** 9


@dataclass(frozen=True)
class Band:
    """Values in [lo, hi] (each end open or closed) score `points`; or, with `per`, points fall by `per`
    for every whole `step` the value lies past `base`."""

    lo: Decimal
    hi: Decimal
    lo_open: bool = False
    hi_open: bool = False
    points: Decimal | None = None  # None: full marks (分值)
    base: Decimal | None = None
    per: Decimal | None = None
    step: Decimal = Decimal(1)
    # how a part of a step counts: pro rata (None); "不足1%按四舍五入原则取整" ROUND_HALF_UP; "不足1个百分点按1个
    # 百分点计算" ROUND_CEILING; "不足1个百分点的不扣分" ROUND_FLOOR
    rounding: str | None = None
    per_share: Decimal | None = None  # "每降低1%扣5%权重分值": the step takes a share of 分值

    def holds(self, v: Decimal) -> bool:
        above = v > self.lo if self.lo_open else v >= self.lo
        below = v < self.hi if self.hi_open else v <= self.hi
        return above and below


@dataclass
class Rule:
    shape: str  # elements, proportional, bands, tiers, deductions
    text: str
    # elements
    elements: list[tuple[str, str]] = field(default_factory=list)
    weight: Fraction | None = None  # share of each element
    weight_text: str = ""
    each: Number | None = None  # points for a met element
    element_points: list[Decimal] = field(default_factory=list)  # "①……得1分；②……得2分": each its own
    all_met: Decimal | None = None  # "以上三项全部符合得2分，每有一项不符合扣1分": all met earn this,
    per_unmet: Decimal | None = None  # and each unmet one takes this off, down to 0
    # proportional and bands
    rate_name: str = ""
    bands: list[Band] = field(default_factory=list)
    otherwise: Decimal | None = None  # 否则得0分
    survey: bool = False
    # tiers: (condition, points; None for full marks)
    tiers: list[tuple[str, Decimal | None]] = field(default_factory=list)
    # deductions: points (or share of 分值) taken off per problem found
    per_problem: Decimal | None = None
    per_problem_share: Fraction | None = None
    counted: str = ""  # what each deduction counts, in the rule's words: "每有1个项目未确权登记扣0.5分" → 项目未确权登记
    partial: bool = False  # 酌情: an unmet part may still earn some points, so only the maximum is sure
    scale: Decimal | None = None  # proportional: "得分值=种植率×30" names its own full marks
    full_at: Decimal | None = None  # proportional: full marks from this rate up ("≥90%的得满分，低于90%的得分=…×分值")

    def maximum(self, points: Decimal | None) -> Decimal | None:
        if self.shape == "elements":
            if self.element_points:
                return sum(self.element_points, Decimal(0))
            if self.all_met is not None:
                return self.all_met
            return self.each.value * len(self.elements) if self.each else None
        if self.shape == "proportional":
            return self.scale if self.scale is not None else points
        if self.shape == "deductions":
            return points
        if self.shape == "tiers":
            tops = [p if p is not None else points for _, p in self.tiers]
            return None if None in tops else max(tops)
        tops = [b.points if b.points is not None else points for b in self.bands if b.per is None]
        return max(tops) if tops and None not in tops else None


@dataclass(frozen=True)
class NotRead:
    why: str


def _fraction(text: str) -> Fraction | None:
    """'25%' or '1/3' as an exact fraction: three weights of 1/3 make exactly one."""
    text = text.strip()
    if text.endswith("%"):
        return Fraction(text[:-1]) / 100
    if "/" in text:
        a, b = text.split("/")
        return Fraction(int(a), int(b))
    return None


_WEIGHT = re.compile(rf"(?:各|分别)?占(?:指标分值的|的)?\s*(?P<w>{_NUM}\s*%|\d+\s*/\s*\d+)\s*(?:的)?(?:权重|分值)?")
# points for each element met: 符合得1分, 满足要求的得1.5分, 满足的要素得1分, 要素成立的得1分 (计 already
# read as 得), 各占1分, 每项0.5分
_EACH = re.compile(
    rf"(?<!不|未)(?:符合|满足|达到|做到|具备|成立|达成)(?:的)?(?:相关要点|要点|要素|要求|条件|标准|子项|考核点|考核要求|评价内容)?(?:的)?(?:要求)?(?:的)?[，,]?(?:各)?得\s*(?P<p>{_NUM})\s*分"
    rf"|(?:各占|每项|每个要点|每个要素|每要素|每点|各)\s*(?P<p2>{_NUM})\s*分(?!值)"
)
# the points each element is worth, said as what an unmet one loses from the indicator's points: "以各要素分值之和为
# 基数，每个不符合要素扣1.5分"
# marks and the points each is worth, after the list: "①②各0.5分，③1分" (桑干)
_MARKS_WORTH = re.compile(rf"(?P<marks>[{CIRCLED}]+)\s*(?:各|每项)?\s*(?:得|计)?\s*(?P<p>{_NUM})\s*分")
# all the elements met, as one: "以上三项全部符合得2分", "均符合要求的得满分" is not read (its points are the 分值)
_ALL_MET = re.compile(rf"(?:全部|均|都|完全)(?:符合|满足|达到|做到)(?:要求|条件|标准)?(?:的)?[，,]?\s*(?:得|计)\s*(?P<p>{_NUM})\s*分")
_EACH_UNMET = re.compile(
    rf"每(?:有)?(?:一)?(?:个|项)?(?:要素|要点|子项)?(?:不符合|未满足|不满足|未达到)(?:要求)?(?:的)?(?:要素|要点|子项)?[，,]?(?:扣|扣除|扣减)\s*(?P<p>{_NUM})\s*分"
)
_TIMES = r"\s*(?:[*×xX]|乘以)\s*"
_RATE = rf"(?P<rate>[\p{{Han}}“”\"][\p{{Han}}“”\"、]{{1,29}}?{RATE_END})"  # "水、电、路等公共基础设施建设完成率"
_SCALE = rf"(?P<scale>{_NUM})\s*分?"
# the indicator's points by name: 分值, or 权重 where the points are weights ("得分=及时率×权重", a 权重（%） column)
_WORTH = r"(?:该|本)?(?:指标|项)?(?:分值|权重分(?!值)|权重(?![分%％]))"  # "得分=预算执行率×权重分" (writer S)
_PROPORTIONAL = re.compile(
    rf"得分值?\s*[=＝]\s*{_RATE}(?:[（(][^）)]{{0,20}}[）)])?{_TIMES}{_SCALE}(?![\d%])"
    rf"|得分值?\s*[（(=＝]\s*{_SCALE}{_TIMES}{_RATE}"
    rf"|得分\s*[=＝]\s*{_RATE}{_TIMES}{_WORTH}"
    rf"|得分\s*[=＝]\s*{_WORTH}{_TIMES}{_RATE}"
    rf"|按(?:照)?{_RATE}{_TIMES}{_WORTH}"
    rf"|{_RATE}{_TIMES}{_WORTH}"
    rf"|按(?:照)?(?:实际)?(?:完成)?比例(?:计算)?(?:计|得|给|折算)(?:分|得分)"
    rf"|占[^，,；;。]{{1,10}}的(?:比重|比例)(?:计算)?(?:得分|计分)"
)
_DEDUCTION = re.compile(
    rf"每(?:发现|出现|存在|有|查出|少|缺|漏)?\s*(?:一|1)?\s*{PROBLEM_UNIT}(?P<what>[^，,；;。]{{0,24}}?)[，,]?\s*扣\s*"
    rf"(?:(?P<per>{_NUM})\s*分|(?:该指标|该项|本指标|指标)?(?:分值的)?(?P<pct>{_NUM})\s*%\s*(?:的)?(?:分值)?)"
)
_CIRCLED_PAREN = re.compile(r"[（(]\s*([1-9]|1\d|20)\s*[）)]")
# the other numbered-mark glyphs of CJK fonts: ⑴⑵ (parenthesized), ⒈⒉ (digit full stop), ❶❷ ➀➁ ➊➋ (dingbat circles)
_MARK_GLYPHS = str.maketrans(
    {chr(start + i): CIRCLED[i] for start, n in ((0x2474, 20), (0x2488, 20), (0x2776, 10), (0x2780, 10), (0x278A, 10))
     for i in range(n)})


# other writers' element marks, each family read only when it counts from one to two at least: "要点一、…；要点二、…",
# "要点1：", "（一）…（二）…", "一是…；二是…" (writer T)
_MARK_FAMILIES = (
    re.compile(r"要点\s*(?P<n>[一二三四五六七八九十]|\d{1,2})\s*[、：:．.]?"),
    re.compile(r"[（(](?P<n>[一二三四五六七八九十])[）)]"),
    re.compile(r"(?:(?<=^)|(?<=[；;。，,\s]))(?P<n>[一二三四五六七八九十])是"),
    re.compile(r"(?:(?<=^)|(?<=[；;。，,\s]))(?P<n>[a-j])\s*[.．、)）]"),  # "a.是否…；b.是否…" (writer U)
    re.compile(r"(?:(?<=^)|(?<=[；;。，,\s]))(?P<n>\d{1,2})\s*[)）](?!\s*\d)"),  # "1)…2)…"
    # "1.是否…；2.是否…" in the rule column and "1.全面实施了…；2.…" in the reasons (writer ZA), never "1.5分"
    re.compile(r"(?:(?<=^)|(?<=[；;。，,\s：:]))(?P<n>\d{1,2})\s*[.．、](?![\d%％])"),
)


def _mark_number(n: str) -> int:
    if n.isdigit():
        return int(n)
    if "a" <= n <= "j":
        return ord(n) - ord("a") + 1
    return int(cn_number(n))


def _circled(text: str) -> str:
    """(1)(2)(3), （1）（2）, ⑴⑵, ❶❷, 要点一、 and 一是 as ①②③, the markers the element reader follows."""
    text = _CIRCLED_PAREN.sub(lambda m: CIRCLED[int(m.group(1)) - 1], text.translate(_MARK_GLYPHS))
    if any(ch in CIRCLED for ch in text):
        return text
    for family in _MARK_FAMILIES:
        numbers = [_mark_number(m.group("n")) for m in family.finditer(text)]
        if 1 in numbers and 2 in numbers and max(numbers) <= len(CIRCLED):
            return family.sub(lambda m: CIRCLED[_mark_number(m.group("n")) - 1], text)
    return text


def element_markers(text: str) -> list[int]:
    """Where each element starts: "①……；②……；③……。要点①②③各占1/3": the listing, not the run of marks that
    refers back to it; a rule that only names its marks in a run ("要点①②③④各占1/4") has those."""
    at = [i for i, ch in enumerate(text) if ch in CIRCLED]
    in_run = {i for i in at if (i - 1 in at) or (i + 1 in at)}
    listed = [i for i in at if i not in in_run] or at
    first: dict[str, int] = {}
    for i in listed:
        first.setdefault(text[i], i)
    return sorted(first.values())


def parse_rule(text: str) -> Rule | NotRead:
    original = text.replace(" ", "")
    if not original:
        return NotRead("评分标准为空")
    text = _circled(canonical_rule(respectively(original)))  # "符合、不符合分别计1.5分、0分" one by one
    if QUALITATIVE_RANGE.search(text):
        return NotRead("评分标准给出的是分数区间，由评价人员酌情打分，无法机械核对")
    if any(w in text for w in CHOICE_WORDS):
        return NotRead("评分标准让评价人员在几种口径中选择其一，无法确定按哪种计分")
    partial = any(w in text for w in QUALITATIVE_WORDS)
    rule = _read(text)
    if isinstance(rule, Rule):
        return replace(rule, text=original, partial=partial)
    if partial:
        return NotRead("评分标准要求酌情或综合评定打分，无法机械核对")
    return rule


def _read(text: str) -> Rule | NotRead:
    m = _PROPORTIONAL.search(text)
    if m:
        rate = m.group("rate") or next((n.group("name") for n in _RATE_NAME.finditer(text)), "")
        scale = Decimal(m.group("scale")) if m.group("scale") else None
        # "≥90%的得满分，低于90%的得分=综合满意度×分值": full marks from a threshold, the formula below it
        full = list(_FULL_AT.finditer(text[: m.start()]))
        rest = _FULL_AT.sub("", text[: m.start()]) + text[m.end():]
        if len(full) > 1 or re.search(r"得满分|得\s*\d|不得分|得0分", rest):
            return NotRead("评分标准除按比例计分外另有档次，未能逐段读出")
        return Rule("proportional", text, rate_name=unquoted(rate), scale=scale,
                    full_at=Decimal(full[0].group("n")) if full else None)
    markers = element_markers(text)
    if len(markers) >= 2 and ("权重" in text or "各占" in text or _EACH.search(text)):
        return _elements(text, markers)
    own = _own_points(text)
    if own is not None:
        return own
    d = _DEDUCTION.search(text)
    if d:
        return Rule("deductions", text, per_problem=Decimal(d.group("per")) if d.group("per") else None,
                    per_problem_share=Fraction(d.group("pct")) / 100 if d.group("pct") else None,
                    counted=re.sub(r"[^\p{Han}]", "", d.group("what")))
    bands = _bands(text)
    if isinstance(bands, Rule):
        return bands
    tiers = _tiers(text)
    if tiers is not None:
        return tiers
    if markers:
        return NotRead("列出了要素，但没有给出每个要素的分值或权重")
    return bands if bands.why != _NO_METHOD else NotRead(_NO_METHOD)


def _elements(text: str, markers: list[int]) -> Rule | NotRead:
    tail_start = text.find("以上要素")
    if tail_start < 0:
        tail_start = markers[-1] + text[markers[-1]:].find("。") + 1 if "。" in text[markers[-1]:] else len(text)
    elements = []
    for n, start in enumerate(markers):
        end = markers[n + 1] if n + 1 < len(markers) else tail_start
        if end <= start:
            continue
        elements.append((text[start], text[start + 1 : end].strip("；;。，, ")))
    tail = text[tail_start:]
    after = text[markers[-1] :]  # "要点①②③④各占指标分值的1/4": the weight follows the last marker
    w = _WEIGHT.search(tail) or _WEIGHT.search(after)
    if len({_fraction(m.group("w").replace(" ", "")) for m in _WEIGHT.finditer(tail if _WEIGHT.search(tail) else after)}) > 1:
        return NotRead("各要素权重不同（如“①②各占30%，③占40%”），未逐一读出")
    groups = list(_MARKS_WORTH.finditer(text[markers[-1]:]))
    worth = {ch: Decimal(g.group("p")) for g in groups for ch in g.group("marks")}
    if groups and sorted(worth) != sorted(mark for mark, _ in elements):
        return NotRead("只给出了部分要素的分值，未能逐一对应")  # "①②各0.5分。" and ③?
    if len(groups) >= 2:  # "①②各0.5分，③1分": the marks of each group worth its own points
        return Rule("elements", text, elements=elements, element_points=[worth[mark] for mark, _ in elements])
    whole, unmet = _ALL_MET.search(tail) or _ALL_MET.search(after), _EACH_UNMET.search(text)
    if whole and unmet and w is None:  # "以上三项全部符合得2分，每有一项不符合扣1分，扣完为止" (岚溪)
        return Rule("elements", text, elements=elements, all_met=Decimal(whole.group("p")),
                    per_unmet=Decimal(unmet.group("p")))
    e = _EACH.search(tail) or _EACH.search(text) or _EACH_UNMET.search(text)
    if e is None and w is None:
        return NotRead("列出了要素，但没有给出每个要素的分值或权重")
    return Rule("elements", text, elements=elements, weight=_fraction(w.group("w").replace(" ", "")) if w else None,
                weight_text=w.group("w") if w else "",
                each=parse_number(e.groupdict().get("p") or e.group("p2")) if e else None)


_NO_METHOD = "没有可计算的计分办法（无公式、档次或要素分值）"
# "①已制定管理办法得1分；②……得1分" and "目标明确(1分),目标细化(1.5分)": each element with its own points
_OWN = re.compile(rf"(?:[，,]?\s*得\s*(?P<a>{_NUM})\s*分|[（(]\s*(?P<b>{_NUM})\s*分\s*[）)])\s*[。；;，,]?\s*$")


# a condition on how much or how many, which makes clauses tiers of one measure: "1—3处", "4处及以上", "未发现"
_TIER_CONDITION = re.compile(
    rf"{_NUM}\s*[—\-~～至到]\s*{_NUM}|{_NUM}\s*\p{{Han}}?\s*(?:及以上|以上|以下|以内)|[≥≤＞＜<>]|未发现|没有发现|无\p{{Han}}{{0,4}}问题"
)


def _own_points(text: str) -> Rule | None:
    markers = element_markers(text)
    if len(markers) >= 2:
        parts = [(text[a], text[a + 1 : b]) for a, b in zip(markers, [*markers[1:], len(text)], strict=True)]
    else:
        parts = [(p, p) for p in re.split(r"(?<=[)）分])\s*[；;，,]\s*", text) if p.strip("。 ")]
        if any(_TIER_CONDITION.search(body) for _, body in parts):
            return None  # "未发现……得6分；发现1—3处……得4分；发现4处及以上的得2分": tiers of one measure, not parts
    if len(parts) < 2:
        return None
    points = []
    for _, body in parts:
        m = _OWN.search(body)
        if m is None or not body[: m.start()].strip("，,；; "):
            return None
        points.append(Decimal(m.group("a") or m.group("b")))
    elements = [(mark, _OWN.sub("", body)) for mark, body in parts]
    return Rule("elements", text, elements=elements, element_points=points)
_TIER = re.compile(rf"^(?P<cond>[^\d%]{{1,30}}?)(?:的)?[，,]?\s*(?:得\s*(?P<pts>{_NUM})\s*分|得满分(?P<full>)|不得分(?P<zero>))$")


def _tiers(text: str) -> Rule | None:
    """"完全符合得满分，部分符合得1分，不符合不得分": qualitative tiers; their top is the rule's maximum."""
    tiers = []
    for clause in _CLAUSES.split(text):
        m = _TIER.match(clause.strip())
        if m:
            tiers.append((m.group("cond").strip(), _points(m)))
    if len(tiers) < 2 or not any(p is None or p > 0 for _, p in tiers):
        return None
    return Rule("tiers", text, tiers=tiers)


def unquoted(text: str) -> str:
    """A name without quotes and spaces: “三公”经费控制率 and 三公经费控制率 are one rate."""
    return re.sub(r"[“”\"'\s]", "", text)


# the rate a rule measures: "在职人员控制率≤100%", "合格率98%以上" (the figure right after the name)
_FULL_AT = re.compile(r"(?:≥|达到|不低于)\s*(?P<n>\d+(?:\.\d+)?)\s*%\s*(?:以上|及以上)?\s*(?:的)?\s*[，,]?\s*得满分")
_RATE_NAME = re.compile(rf"(?P<name>[\p{{Han}}“”\"]{{0,19}}?{RATE_END})\s*(?:=|＝|≥|≤|>|<|达到|达|在|为|处于|介于|不低于|不高于|不超过|超过|低于|高于|(?=\d))")
_CLAUSES = re.compile(r"[，,；;。]")
_PTS = rf"(?:得\s*(?P<pts>{_NUM})\s*分|(?:得|为)\s*满分(?P<full>)|不得分(?P<zero>))"
_PER = (rf"扣\s*(?:(?P<per>{_NUM})\s*分|(?:该指标|该项|指标)?(?:分值的|权重分值的|权重分的)?\s*(?P<share>{_NUM})\s*%\s*"
        r"(?:的)?(?:权重)?(?:分值|分)?)")
_INCL = r"\s*(?:[（(]不?含[）)])?"  # "80%（含）", "3%（不含）"
_AWARDING = re.compile(rf"得\s*{_NUM}\s*分|得满分|不得分|扣")


# a clause that steps away from a band (每增加1%扣0.1分) or cuts it off (超过10%不得分), with no band of its own
_STEP = re.compile(rf"^(?!.*\d\s*%?\s*{_INCL}\s*[—–\-~～至到]\s*\d).*(?:每(?:增加|提高|超出|上升|降低|减少|下降|调增或调减|调减或调增)\s*{_NUM}\s*%"
                   rf"|超过\s*{_NUM}\s*%\s*(?:的)?\s*(?:不得分|得\s*0\s*分))")


def _bands(text: str) -> Rule | NotRead:
    """Bands on one rate: thresholds, ranges, deductions, and what happens outside them."""
    names = [m.group("name") for m in _RATE_NAME.finditer(text) if "得分" not in m.group("name")]
    if not re.search(r"得\s*\d|满分|不得分|扣", text):
        return NotRead(_NO_METHOD)
    bands: list[Band] = []
    unread: list[str] = []
    otherwise = None
    last: Band | None = None
    clauses = [c for c in _CLAUSES.split(text) if c]
    # a step or a cut-off is counted from the band that gives points, wherever the writer puts it:
    # "超出100%的，每增加1%扣0.1分，超过10%不得分；处于70%—100%的，得1分" reads as the bands first
    clauses = [c for c in clauses if not _STEP.search(c)] + [c for c in clauses if _STEP.search(c)]
    for clause in clauses:
        c = clause.replace("％", "%")
        band = None
        if _PART_CLAUSE.match(c.strip("（）()。 ")):
            continue  # how a part of a step counts: read with the step (_rounding)
        if re.search(r"否则.*(?:得\s*0\s*分|不得分)", c):
            otherwise = Decimal(0)
            continue
        m7 = re.search(rf"超过\s*(?P<a>{_NUM})\s*%\s*(?:的)?\s*(?:不得分|得\s*0\s*分)", c)
        if m7 and last is not None and last.per is not None:
            # "超出100%，每增加1%扣0.1分，超过10%不得分": the cut is counted from the deduction's base
            cut = Decimal(m7.group("a"))
            capped = []
            for b in bands:
                if b.per is not None and b.base == last.base and b.lo == b.base:
                    capped += [replace(b, hi=b.base + cut, hi_open=False), Band(b.base + cut, INF, lo_open=True, points=Decimal(0))]
                elif b.per is not None and b.base == last.base and b.hi == b.base:
                    capped += [replace(b, lo=b.base - cut, lo_open=False), Band(-INF, b.base - cut, hi_open=True, points=Decimal(0))]
                else:
                    capped.append(b)
            bands = capped
            continue
        m = re.search(rf"(?P<a>{_NUM})%?(?P<ia>{_INCL})\s*[—–\-~～至到]\s*(?P<b>{_NUM})%(?P<ib>{_INCL})\s*(?:之间|区间|范围内|范围)?\s*(?:的)?" + _PTS, c)
        if m:
            # "80%(含)-90%": the end marked 含 is in, the other out; "3%（不含）—5%": the end marked 不含 is out;
            # unmarked, both are in
            open_a, open_b = "不含" in m.group("ia"), "不含" in m.group("ib")
            marked_a, marked_b = "含" in m.group("ia") and not open_a, "含" in m.group("ib") and not open_b
            band = Band(Decimal(m.group("a")), Decimal(m.group("b")), lo_open=open_a or (marked_b and not marked_a),
                        hi_open=open_b or (marked_a and not marked_b), points=_points(m))
        m2 = re.search(rf"(?P<a>{_NUM})%?{_INCL}\s*[—–\-~～至到]\s*(?P<b>{_NUM})%{_INCL}\s*(?:之间)?\s*[，,]?每(?P<dir>降低|减少|下降|增加|提高|超出|上升)\s*(?P<s>{_NUM})\s*%\s*[，,]?\s*" + _PER, c)
        if band is None and m2:
            a, b = Decimal(m2.group("a")), Decimal(m2.group("b"))
            down = m2.group("dir") in ("降低", "减少", "下降")
            band = Band(a, b, lo_open=not down, hi_open=down, base=b if down else a, step=Decimal(m2.group("s")),
                        **_per(m2))
        m4 = re.search(rf"(?P<cmp>≥|>=|＞=|不低于|达到|≤|<=|不超过|不高于|>|＞|<|＜|低于|高于|超过)\s*(?P<a>{_NUM})\s*(?P<pct>%)?\s*(?P<suf>以上|以下|\(含\)|（含）)?\s*(?:的)?\s*(?:[，,]?\s*)" + _PTS, c)
        if m4 and not m4.group("pct") and Decimal(m4.group("a")) != 0:
            m4 = None  # "≥3个得2分" is a count, not a rate
        if band is None and m4:
            band = _comparison(m4.group("cmp"), Decimal(m4.group("a")), m4.group("suf"), _points(m4))
        m5 = re.search(rf"(?P<a>{_NUM})\s*%\s*(?P<suf>以上|以下|及以上|及以下)(?P<incl>{_INCL})\s*(?:的)?\s*(?:为|得)?\s*" + _PTS, c)
        if band is None and m5:
            below = "≤" if "含" in m5.group("incl") or "及" in m5.group("suf") else "<"
            band = _comparison("≥" if "以上" in m5.group("suf") else below, Decimal(m5.group("a")), None, _points(m5))
        # "=0%得满分", "达到100%的得满分", "完成100%的得20分", "=0得3分" (a zero needs no %)
        m3 = re.search(rf"(?:[=＝]|为|达到|完成|^\p{{Han}}{{0,20}}?)\s*(?P<a>{_NUM})\s*(?P<pct>%)?\s*(?:的)?\s*" + _PTS, c)
        if band is None and m3 and (m3.group("pct") or Decimal(m3.group("a")) == 0) \
                and not re.search(r"以上|以下|及以上|及以下|[≥≤<>]", c):
            v = Decimal(m3.group("a"))
            band = Band(v, v, points=_points(m3))
        m6 = re.search(rf"每(?P<dir>增加|提高|超出|上升|降低|减少|下降|调增或调减|调减或调增)\s*(?P<s>{_NUM})\s*%(?P<round>.{{0,20}}四舍五入.{{0,8}})?\s*(?:[，,])?\s*" + _PER, c)
        if band is None and m6 and last is not None and last.per is None:
            up = m6.group("dir") in ("增加", "提高", "超出", "上升") or "调" in m6.group("dir")
            # the steps count from the edge of the band that gives points ("达到100%的得满分，≤80%不得分，
            # 每降低1%扣5%"), not from a zero band stated in between
            paying = [b for b in bands if b.per is None and (b.points is None or b.points > 0)] or [last]
            base = max(b.hi for b in paying) if up else min(b.lo for b in paying)
            if abs(base) == INF:
                unread.append(clause)
                continue
            band = Band(base if up else -INF, INF if up else base, lo_open=up, hi_open=not up, base=base,
                        step=Decimal(m6.group("s")), rounding=_rounding(text, m6.group("round")), **_per(m6))
            if "调" in m6.group("dir"):
                bands.append(replace(band, lo=-INF, hi=base, lo_open=False, hi_open=True))
        if band is not None:
            bands.append(band)
            last = band
        elif _AWARDING.search(c) and not re.search(r"扣完为止|扣满|直至|为止", c):
            unread.append(clause)
    if not bands:
        return NotRead("没有读懂计分档次")
    if unread:
        return NotRead("有计分档次没有读懂：" + "；".join(unread)[:60])
    if not any(b.points is None or b.points > 0 or b.per is not None for b in bands):
        return NotRead("读出的档次都不给分，其余档次没有读懂")
    name = names[0] if names else ""
    return Rule("bands", text, rate_name=unquoted(name), bands=bands, otherwise=otherwise, survey="满意" in text)


# a part of a step counted whole ("不足1个百分点按1个百分点计算", "不足1%的按1%扣分") or not at all ("不足1个百分点的不扣分")
_PART_STEP = r"(?:不足|<)\s*(?:1|一)\s*个?\s*(?:百分点|%)\s*(?:的)?\s*"
_AS_WHOLE = r"(?:按|以)\s*(?:1|一)\s*个?\s*(?:百分点|%)"
_AS_NONE = r"(?:不扣分|不扣|不计)"
_PART_AS_WHOLE = re.compile(_PART_STEP + _AS_WHOLE)
_PART_AS_NONE = re.compile(_PART_STEP + _AS_NONE)
_PART_CLAUSE = re.compile(rf"^{_PART_STEP}(?:{_AS_WHOLE}\s*(?:计算|计|扣分|扣除|扣)?|{_AS_NONE})$")  # the clause says only that


def _rounding(text: str, stated: str | None) -> str | None:
    if stated:
        return "ROUND_HALF_UP"
    if _PART_AS_WHOLE.search(text):
        return "ROUND_CEILING"
    if _PART_AS_NONE.search(text):
        return "ROUND_FLOOR"
    return None


def _per(m: re.Match) -> dict:
    if m.group("share"):
        return {"per": Decimal(0), "per_share": Decimal(m.group("share")) / 100}
    return {"per": Decimal(m.group("per"))}


def _points(m: re.Match) -> Decimal | None:
    if m.group("zero") is not None:
        return Decimal(0)
    if m.group("full") is not None:
        return None
    return Decimal(m.group("pts"))


def _comparison(cmp: str, a: Decimal, suffix: str | None, points: Decimal | None) -> Band:
    inclusive = suffix in ("(含)", "（含）") or cmp in ("≥", ">=", "＞=", "不低于", "达到", "≤", "<=", "不超过", "不高于")
    if cmp in ("≥", ">=", "＞=", "不低于", "达到", ">", "＞", "高于", "超过") or suffix == "以上":
        return Band(a, INF, lo_open=not inclusive and cmp not in ("达到",) and suffix != "以上", points=points)
    return Band(-INF, a, hi_open=not inclusive, points=points)


def band_score(rule: Rule, v: Decimal, points: Decimal) -> Decimal | None:
    """The score the rule gives a value, or None when no band holds it."""
    for b in rule.bands:
        if not b.holds(v):
            continue
        if b.per is None:
            return b.points if b.points is not None else points
        distance = abs(v - b.base) / b.step
        steps = distance.to_integral_value(rounding=b.rounding) if b.rounding else distance
        start = next((x.points if x.points is not None else points for x in rule.bands
                      if x.per is None and x.holds(b.base)), points)
        per = b.per if b.per_share is None else b.per_share * points
        return max(Decimal(0), start - steps * per)
    return rule.otherwise


def stated_rate(rule: Rule, reason: str) -> Number | None:
    """The rule's rate as the 得分原因 states it: "在职人员控制率为97.72%" (a shorter name too: 资金结余率)."""
    if not rule.rate_name:
        return None
    found = []
    # "在职人员控制率为97.72%", "……控制率=实际支出数/预算安排数=50%"
    # "……占全年预算数4万元的比例（“三公”经费控制率）为50%": the name in brackets before its value
    for m in re.finditer(rf"(?P<name>[\p{{Han}}“”\"]{{0,19}}?{RATE_END})\s*[）)]?\s*(?:[=＝][^=＝，。；]{{1,40}}[=＝]|为|达到|达|是)?\s*"
                         rf"(?P<v>{_NUM})\s*%", reason):
        name = unquoted(m.group("name"))
        if name.endswith(rule.rate_name[-3:]) and (rule.rate_name.endswith(name[-5:]) or name.endswith(rule.rate_name[-5:])):
            found.append(parse_number(m.group("v")))
    values = {n.value for n in found}
    return found[0] if len(values) == 1 else None


# ---------------------------------------------------------------- elements met

# an element not met: its words, short of a level, or points taken off it ("④……不足10天，扣0.5分"; "不扣分" is met)
_NEGATION = re.compile(rf"{alternation(UNMET_WORDS)}|(?<!不)(?:{alternation(SHORT_OF_WORDS)})|(?<!不)扣(?:除|减)?\s*{_NUM}\s*分")
# what an element asks about that is bad to have: "是否存在截留、挤占", "是否存在无依据、无审批支付的情形", "是否与其他涉农
# 资金重复安排", "是否发生安全事故"
_BAD_THING = re.compile(rf"是否(?:存在|发生|出现)|是否有\p{{Han}}{{0,6}}(?:{alternation(BAD_THINGS)})|是否[^；;。]{{0,16}}重复")
# an element asked the other way round: "是否未发生规模性返贫", "是否不存在……": its own negated verb, said again, meets it
_ASKED_NEGATED = re.compile(r"是否(?P<neg>(?:未|不|没有)\p{Han}{1,2})")


# "符合评价要点①②", "不符合要点③", "扣除评价要点①的50%分值": a 得分原因 that names the elements it judges
_POINT_VERDICT = re.compile(rf"(?P<neg>不|未)?(?:符合|满足|达到)(?:评价|评分)?要点(?P<marks>[{CIRCLED}]+)")
_POINT_CUT = re.compile(
    rf"扣除?(?:评价|评分)?要点(?P<marks>[{CIRCLED}]+)(?:的)?(?:权重分值的|分值的|权重分的)?\s*(?P<pct>{_NUM})\s*%\s*(?:的)?(?:权重)?(?:分值|分)?"
)


def element_shares(rule: Rule, reason: str) -> tuple[list[Decimal] | None, str]:
    """The share of its points each element earns (1 met, 0 not, 0.5 when half was cut); None when unclear."""
    if not any(ch in CIRCLED for ch in reason):
        reason = _circled(reason)  # "（1）已制定……；（2）……" marks its verdicts as the rule marks its elements (writer S)
    if re.search(rf"要点\s*[{CIRCLED}]", reason):
        return _named_points(rule, reason)
    met, why = elements_met(rule, reason)
    return ([Decimal(1) if ok else Decimal(0) for ok in met] if met is not None else None), why


def _named_points(rule: Rule, reason: str) -> tuple[list[Decimal] | None, str]:
    share: dict[str, Decimal] = {}
    for m in _POINT_CUT.finditer(reason):
        for mark in m.group("marks"):
            if mark in share:
                return None, f"得分原因对要点{mark}的判断不止一处"
            share[mark] = 1 - Decimal(m.group("pct")) / 100
    cut = {mark for m in _POINT_CUT.finditer(reason) for mark in m.group("marks")}
    for m in _POINT_VERDICT.finditer(reason):
        for mark in m.group("marks"):
            verdict = Decimal(0) if m.group("neg") else Decimal(1)
            if mark in cut:
                continue  # "不符合要点①，扣除要点①的50%分值": the cut says how much
            if share.get(mark, verdict) != verdict:
                return None, f"得分原因对要点{mark}的判断前后不一"
            share[mark] = verdict
    wanted = [mark for mark, _ in rule.elements]
    if not all(mark in share for mark in wanted):
        return None, "得分原因没有对每个评分要点给出判断"
    return [share[mark] for mark in wanted], ""


def elements_met(rule: Rule, reason: str) -> tuple[list[bool] | None, str]:
    """Which elements the 得分原因 says are met, by their circled numbers; None when it cannot be told."""
    if not any(ch in CIRCLED for ch in reason):
        reason = _circled(reason)
    if re.search(rf"要点\s*[{CIRCLED}]", reason) or re.search(r"扣除.{0,12}\d+%", reason):
        return None, "得分原因按“符合要点①”或按比例扣分的方式叙述，无法逐项对应"
    markers = {ch: i for i, ch in enumerate(reason) if ch in CIRCLED}
    wanted = [mark for mark, _ in rule.elements]
    if not all(mark in markers for mark in wanted):
        return None, "得分原因没有逐条对应评分要素（①②…）"
    order = sorted(markers.items(), key=lambda kv: kv[1])
    met = []
    for (mark, element) in rule.elements:
        start = markers[mark]
        # a mark's verdict is what follows it up to its clause's end; marks written together ("①③符合") share the
        # verdict after the last of them, and facts written before a mark ("……未设置指标值，②不符合") are not its
        while True:
            end = next((i for _, i in order if i > start), len(reason))
            clause = re.split(r"[；;。]", reason[start + 1 : end])[0]
            if clause.strip(" 、和及与，,") or end == len(reason):
                break
            start = end
        clause = re.split(r"得\s*\d", clause)[0]
        negated = bool(_NEGATION.search(clause))
        if asked := _ASKED_NEGATED.search(element):
            if asked.group("neg") not in clause:
                return None, f"要素{mark}以否定方式提问，得分原因的表述无法判断正反"
            met.append(True)
            continue
        if _BAD_THING.search(element):
            if re.search(rf"不存在|未发现|没有发现|未发生|未出现|无\p{{Han}}{{0,4}}(?:{alternation(BAD_THINGS)})", clause):
                met.append(True)
            elif negated or re.search(rf"存在|有|发生|出现|重复|{alternation(BAD_THINGS)}", clause):
                return None, f"要素{mark}问的是是否存在问题，得分原因的表述无法判断正反"
            else:
                met.append(True)
            continue
        met.append(not negated)
    return met, ""


# ---------------------------------------------------------------- one indicator, assessed


@dataclass(frozen=True)
class Assessment:
    """What an indicator's rule says of it: its maximum, the score the stated facts give, and why not."""

    rule: Rule | NotRead
    maximum: Decimal | None
    expected: Decimal | None  # None when the facts cannot be read
    value: Number | None  # the rate the facts state, for rate rules
    facts: str  # the facts used, in words
    why_not: str  # why no expected score


def score_for(rule: Rule, points: Decimal | None, *, value: Decimal | None = None,
              shares: list[Decimal] | None = None, problems: int | None = None) -> Decimal | None:
    """The score the rule gives for one fact: a stated rate (bands, proportional), the share each element
    earns (elements), or the count of problems found (deductions). None when it gives none."""
    if rule.shape == "elements" and shares is not None and rule.all_met is not None:
        if any(x not in (0, 1) for x in shares):
            return None  # a part-met element: how much it loses is not said
        return max(Decimal(0), rule.all_met - rule.per_unmet * sum(1 for x in shares if x == 0))
    if rule.shape == "elements" and shares is not None and rule.element_points:
        return sum((p * x for p, x in zip(rule.element_points, shares, strict=True)), Decimal(0))
    if rule.shape == "elements" and shares is not None:
        # exact arithmetic: three elements of 1/3 of 1 point earn 1, not 0.999…
        each = Fraction(rule.each.value) if rule.each else (rule.weight * Fraction(points)
                                                            if rule.weight and points is not None else None)
        return None if each is None else _decimal(each * sum(Fraction(x) for x in shares))
    if points is None:
        return None
    if rule.shape == "proportional" and value is not None:
        if rule.full_at is not None and value >= rule.full_at:
            return rule.scale if rule.scale is not None else points
        return max(Decimal(0), min(value, Decimal(100))) / 100 * (rule.scale if rule.scale is not None else points)
    if rule.shape == "bands" and value is not None:
        return band_score(rule, value, points)
    if rule.shape == "deductions" and problems is not None:
        per = rule.per_problem if rule.per_problem is not None else _decimal(rule.per_problem_share * Fraction(points))
        return max(Decimal(0), points - per * problems)
    return None


def assess(ind, survey_rate: Decimal | None = None) -> Assessment:
    rule = parse_rule(ind.rule)
    if isinstance(rule, NotRead):
        return Assessment(rule, None, None, None, "", rule.why)
    points = ind.points.value if ind.points else None
    maximum = rule.maximum(points)
    if rule.shape == "tiers":
        # a 自评表 row names its tier in its 实际完成值 ("较好"): the tier's points, when the rule lists it once
        named = [p for cond, p in rule.tiers if cond == getattr(ind, "actual", "").strip()]
        if len(named) == 1 and points is not None:
            return Assessment(rule, maximum, named[0] if named[0] is not None else points, None, ind.value_facts, "")
        return Assessment(rule, maximum, None, None, "", "按定性档次打分，得分原因与档次无法机械对应")
    if rule.shape == "deductions":
        n = problems_found(ind.reason, rule.counted)
        if n is None:
            return Assessment(rule, maximum, None, None, "", "得分原因没有写明发现问题的个数")
        return Assessment(rule, maximum, score_for(rule, points, problems=n), None, f"得分原因所述问题 {n} 个", "")
    if rule.shape == "elements":
        met, why = element_shares(rule, ind.reason)
        if met is None:
            return Assessment(rule, maximum, None, None, "", why)
        if rule.partial and not all(x == 1 for x in met):
            return Assessment(rule, maximum, None, None, "", "未满足的要素按评分标准可酌情给分")
        if rule.weight is not None and rule.weight * len(rule.elements) != 1:
            return Assessment(rule, maximum, None, None, "", "要素权重合计不为100%（见 RL201），无法据此计算得分")
        expected = score_for(rule, points, shares=met)
        facts = "、".join(f"{mark}{_verdict(x)}" for (mark, _), x in zip(rule.elements, met, strict=True))
        return Assessment(rule, maximum, expected, None, facts, "" if expected is not None else "要素分值未知")
    value = stated_rate(rule, ind.reason)
    source = "得分原因所述"
    if value is None and getattr(ind, "value", None) is not None:
        # the table states it: a 自评表's 实际完成值, or its completion of the 年度指标值
        value = ind.value
        facts = ind.value_facts
        if points is None:
            return Assessment(rule, maximum, None, value, facts, "分值未知")
        expected = score_for(rule, points, value=value.value)
        return Assessment(rule, maximum, expected, value, facts, "" if expected is not None else "outside")
    if value is None and rule.survey and survey_rate is not None:
        value = Number(f"{survey_rate.quantize(Decimal('0.01'))}", survey_rate)
        source = "按问卷结果计算的"
    if value is None:
        return Assessment(rule, maximum, None, None, "", f"得分原因没有写出「{rule.rate_name or '指标值'}」")
    facts = f"{source}{rule.rate_name or '指标值'} {value.text}%"
    if points is None:
        return Assessment(rule, maximum, None, value, facts, "分值未知")
    if rule.partial and rule.shape == "bands":
        return Assessment(rule, maximum, None, value, facts, "评分标准有酌情给分的部分")
    expected = score_for(rule, points, value=value.value)
    return Assessment(rule, maximum, expected, value, facts, "" if expected is not None else "outside")


# "发现2处问题", "存在3项不规范", "未发现问题": the problems a 得分原因 counts; also "发现问题3处：……" (沱阳),
# "7份缺少身份证明" (a count of files short of something), "……，共3例，资金已追回" (例/起 count incidents, never samples)
_PROBLEM_WORDS = r"(?:问题|不规范|不符合|不合规|不达标|不到位|不完整|差错|错误|违规|情况|瑕疵|缺陷)"
_PROBLEMS = re.compile(
    rf"(?:发现|存在|有|查出|共|共计)\s*(?P<n>\d+|{CN_NUMERAL})\s*{PROBLEM_UNIT}\s*{_PROBLEM_WORDS}"
    rf"|(?:发现|存在|查出)\s*(?:违规|违纪|不合规|不规范)?{_PROBLEM_WORDS}\s*(?:共|共计)?\s*(?P<n>\d+|{CN_NUMERAL})\s*{PROBLEM_UNIT}"
    rf"|(?<![\d.])(?P<n>\d+)\s*{PROBLEM_UNIT}\s*(?:资料|档案|材料|凭证|合同)?\s*(?:缺少|缺失|不完整|不规范|不符合|重复|违规)"
    rf"|(?:共|共计|合计)\s*(?P<n>\d+|{CN_NUMERAL})\s*(?:例|起)(?=[，,。；;])"
)
_NO_PROBLEM = re.compile(r"(?:未发现|没有发现|未见|不存在|无)(?:任何|相关|上述)?(?:问题|违规|不规范|差错)")


# a count of the things a rule's deduction counts: "3个项目未确权" for "每有1个项目未确权登记扣0.5分"
_COUNTED = re.compile(rf"(?<![\d.])(?P<n>\d+|{CN_NUMERAL})\s*{PROBLEM_UNIT}\s*(?P<what>\p{{Han}}{{2,16}})")


def problems_found(reason: str, counted: str = "") -> int | None:
    """How many problems the 得分原因 says were found, when it says it once and plainly: problems by name, or
    the things the rule's deduction counts, named as the rule names them (four characters in common at least)."""
    counts = set()
    for m in _PROBLEMS.finditer(reason):
        n = parse_number(m.group("n"))
        value = n.value if n is not None else cn_number(m.group("n"))
        if value is None:
            return None
        counts.add(int(value))
    if not counts and len(counted) >= 4:
        for m in _COUNTED.finditer(reason):
            what = m.group("what")
            if what[:4] == counted[:4] and (counted.startswith(what) or what.startswith(counted)):
                n = parse_number(m.group("n"))
                counts.add(int(n.value if n is not None else cn_number(m.group("n"))))
    if not counts and _NO_PROBLEM.search(reason):
        return 0
    return counts.pop() if len(counts) == 1 else None


def describe(rule: Rule) -> str:
    """The rule as read, in a few words."""
    if rule.shape == "elements" and rule.element_points:
        return f"{len(rule.elements)}个要素，分别" + "、".join(f"{plain(p)}分" for p in rule.element_points)
    if rule.shape == "elements" and rule.all_met is not None:
        return f"{len(rule.elements)}个要素，全部符合得{plain(rule.all_met)}分，每有一项不符合扣{plain(rule.per_unmet)}分"
    if rule.shape == "elements":
        each = f"每项{rule.each.text}分" if rule.each else ""
        weight = f"各占{rule.weight_text}" if rule.weight_text else ""
        return f"{len(rule.elements)}个要素，{weight}{'，' if weight and each else ''}{each}"
    if rule.shape == "proportional":
        full = f"{rule.rate_name or '完成比例'}≥{plain(rule.full_at)}%得满分，否则" if rule.full_at is not None else ""
        return f"{full}得分={rule.rate_name or '完成比例'}×分值"
    if rule.shape == "tiers":
        return "；".join(f"{cond}：{'满分' if p is None else plain(p) + '分'}" for cond, p in rule.tiers)
    if rule.shape == "deductions":
        per = f"{plain(rule.per_problem)}分" if rule.per_problem is not None else f"分值的{_share(rule.per_problem_share)}"
        return f"每发现一个问题扣{per}，扣完为止"
    parts = []
    for b in rule.bands:
        lo = "" if b.lo == -INF else f"{plain(b.lo)}%{'<' if b.lo_open else '≤'}"
        hi = "" if b.hi == INF else f"{'<' if b.hi_open else '≤'}{plain(b.hi)}%"
        what = (f"每{plain(b.step)}%扣{plain(b.per)}分" if b.per is not None
                else ("满分" if b.points is None else f"{plain(b.points)}分"))
        parts.append(f"{lo}{rule.rate_name or '值'}{hi}：{what}")
    return "；".join(parts)


def _share(f: Fraction) -> str:
    return f"{plain(Decimal(f.numerator * 100) / f.denominator)}%"


def _verdict(share: Decimal) -> str:
    return "符合" if share == 1 else "不符合" if share == 0 else f"得{plain(share * 100)}%"


def _decimal(f: Fraction) -> Decimal:
    """A fraction as a Decimal: exact where it terminates (2/5 → 0.4), else to 28 digits (4/3)."""
    return Decimal(f.numerator) / Decimal(f.denominator)
