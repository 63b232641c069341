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
    rounding: bool = False  # 不足1%按四舍五入原则取整

    def holds(self, v: Decimal) -> bool:
        above = v > self.lo if self.lo_open else v >= self.lo
        below = v < self.hi if self.hi_open else v <= self.hi
        return above and below


@dataclass
class Rule:
    shape: str  # elements, proportional, bands
    text: str
    # elements
    elements: list[tuple[str, str]] = field(default_factory=list)
    weight: Fraction | None = None  # share of each element
    weight_text: str = ""
    each: Number | None = None  # points for a met element
    # proportional and bands
    rate_name: str = ""
    bands: list[Band] = field(default_factory=list)
    otherwise: Decimal | None = None  # 否则得0分
    survey: bool = False

    def maximum(self, points: Decimal) -> Decimal | None:
        if self.shape == "elements":
            return self.each.value * len(self.elements) if self.each else None
        if self.shape == "proportional":
            return points
        tops = [b.points if b.points is not None else points for b in self.bands if b.per is None]
        return max(tops) if tops else None


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
_EACH = re.compile(rf"(?<!不)符合(?:相关要点|要点)?(?:的)?得\s*(?P<p>{_NUM})\s*分")
_PROPORTIONAL = re.compile(r"得分\s*[=＝]\s*(?P<rate>[\p{Han}“”\"]{2,20}率)\s*[*×xX]\s*(?:指标)?分值")


def parse_rule(text: str) -> Rule | NotRead:
    text = text.replace(" ", "")
    if not text:
        return NotRead("评分标准为空")
    m = _PROPORTIONAL.search(text)
    if m:
        return Rule("proportional", text, rate_name=unquoted(m.group("rate")))
    markers = [i for i, ch in enumerate(text) if ch in CIRCLED]
    if len(markers) >= 2 and ("权重" in text or _EACH.search(text)):
        return _elements(text, markers)
    bands = _bands(text)
    if isinstance(bands, Rule):
        return bands
    if markers:
        return NotRead("列出了要素，但没有给出每个要素的分值或权重")
    return NotRead("没有可计算的计分办法（无公式、档次或要素分值）")


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
    e = _EACH.search(tail) or _EACH.search(text)
    if e is None and w is None:
        return NotRead("列出了要素，但没有给出每个要素的分值或权重")
    return Rule("elements", text, elements=elements, weight=_fraction(w.group("w").replace(" ", "")) if w else None,
                weight_text=w.group("w") if w else "", each=parse_number(e.group("p")) if e else None)


def unquoted(text: str) -> str:
    """A name without quotes and spaces: “三公”经费控制率 and 三公经费控制率 are one rate."""
    return re.sub(r"[“”\"'\s]", "", text)


_RATE_NAME = re.compile(r"(?P<name>[\p{Han}“”\"]{2,20}率)\s*(?:=|＝|≥|≤|>|<|达到|达|在|为|不低于|不高于|不超过|超过|低于|高于)")
_CLAUSES = re.compile(r"[，,；;。]")
_PTS = rf"(?:得\s*(?P<pts>{_NUM})\s*分|(?:得|为)\s*满分(?P<full>)|不得分(?P<zero>))"


def _bands(text: str) -> Rule | NotRead:
    """Bands on one rate: thresholds, ranges, deductions, and what happens outside them."""
    names = [m.group("name") for m in _RATE_NAME.finditer(text) if "得分" not in m.group("name")]
    if not re.search(r"得\s*\d|满分|不得分|扣", text):
        return NotRead("没有可计算的计分办法（无公式、档次或要素分值）")
    bands: list[Band] = []
    otherwise = None
    last: Band | None = None
    clauses = [c for c in _CLAUSES.split(text) if c]
    for clause in clauses:
        c = clause.replace("％", "%")
        band = None
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
        m = re.search(rf"(?P<a>{_NUM})%?\s*[—–\-~～至到]\s*(?P<b>{_NUM})%\s*(?:之间)?\s*" + _PTS, c)
        if m:
            band = Band(Decimal(m.group("a")), Decimal(m.group("b")), points=_points(m))
        m2 = re.search(rf"(?P<a>{_NUM})%?\s*[—–\-~～至到]\s*(?P<b>{_NUM})%\s*(?:之间)?\s*[，,]?每(?P<dir>降低|减少|下降|增加|提高|超出|上升)\s*(?P<s>{_NUM})\s*%\s*扣\s*(?P<per>{_NUM})\s*分", c)
        if band is None and m2:
            a, b = Decimal(m2.group("a")), Decimal(m2.group("b"))
            down = m2.group("dir") in ("降低", "减少", "下降")
            band = Band(a, b, lo_open=not down, hi_open=down, base=b if down else a,
                        per=Decimal(m2.group("per")), step=Decimal(m2.group("s")))
        m3 = re.search(rf"(?:[=＝]|为|达到)\s*(?P<a>{_NUM})\s*%\s*" + _PTS, c)
        if band is None and m3 and not re.search(r"以上|以下|及以上|及以下", c):
            v = Decimal(m3.group("a"))
            band = Band(v, v, points=_points(m3))
        m4 = re.search(rf"(?P<cmp>≥|>=|＞=|不低于|达到|≤|<=|不超过|不高于|>|＞|<|＜|低于|高于|超过)\s*(?P<a>{_NUM})\s*%\s*(?P<suf>以上|以下|\(含\)|（含）)?\s*(?:的)?\s*(?:[，,]?\s*)" + _PTS, c)
        if band is None and m4:
            band = _comparison(m4.group("cmp"), Decimal(m4.group("a")), m4.group("suf"), _points(m4))
        m5 = re.search(rf"(?P<a>{_NUM})\s*%\s*(?P<suf>以上|以下|及以上|及以下)\s*(?:为|得)?\s*" + _PTS, c)
        if band is None and m5:
            band = _comparison("≥" if "以上" in m5.group("suf") else "<", Decimal(m5.group("a")), None, _points(m5))
        m6 = re.search(rf"每(?P<dir>增加|提高|超出|上升|降低|减少|下降|调增或调减|调减或调增)\s*(?P<s>{_NUM})\s*%(?P<round>.{{0,20}}四舍五入.{{0,8}})?\s*(?:[，,])?\s*扣\s*(?P<per>{_NUM})\s*分", c)
        if band is None and m6 and last is not None:
            up = m6.group("dir") in ("增加", "提高", "超出", "上升") or "调" in m6.group("dir")
            base = last.hi if up else last.lo
            band = Band(base if up else -INF, INF if up else base, lo_open=up, hi_open=not up, base=base,
                        per=Decimal(m6.group("per")), step=Decimal(m6.group("s")), rounding=bool(m6.group("round")))
            if "调" in m6.group("dir"):
                bands.append(Band(-INF, base, hi_open=True, base=base, per=band.per, step=band.step, rounding=band.rounding))
        if band is not None:
            bands.append(band)
            last = band
    if not bands:
        return NotRead("没有读懂计分档次")
    name = names[0] if names else ""
    return Rule("bands", text, rate_name=unquoted(name), bands=bands, otherwise=otherwise, survey="满意" in text)


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
        steps = distance.to_integral_value(rounding="ROUND_HALF_UP") if b.rounding else distance
        start = next((x.points if x.points is not None else points for x in rule.bands
                      if x.per is None and x.holds(b.base)), points)
        return max(Decimal(0), start - steps * b.per)
    return rule.otherwise


def stated_rate(rule: Rule, reason: str) -> Number | None:
    """The rule's rate as the 得分原因 states it: "在职人员控制率为97.72%" (a shorter name too: 资金结余率)."""
    if not rule.rate_name:
        return None
    found = []
    for m in re.finditer(rf"(?P<name>[\p{{Han}}“”\"]{{2,20}}率)\s*(?:为|达到|达|是)?\s*(?P<v>{_NUM})\s*%", reason):
        name = unquoted(m.group("name"))
        if name.endswith(rule.rate_name[-3:]) and (rule.rate_name.endswith(name[-5:]) or name.endswith(rule.rate_name[-5:])):
            found.append(parse_number(m.group("v")))
    values = {n.value for n in found}
    return found[0] if len(values) == 1 else None


# ---------------------------------------------------------------- elements met

_NEGATION = re.compile(
    r"未|没有|尚未|缺乏|欠缺|不(?:完备|完整|健全|符合|规范|合规|到位|明确|及时|足额|够|充分|合理|准确|一致|相符|达标|全面|细化|清晰)"
)
_BAD_THING = re.compile(r"是否(?:存在|有)\p{Han}{0,6}(?:截留|挤占|挪用|违规|违纪|问题|虚列|套取|浪费|闲置)")


def elements_met(rule: Rule, reason: str) -> tuple[list[bool] | None, str]:
    """Which elements the 得分原因 says are met, by their circled numbers; None when it cannot be told."""
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
        end = next((i for _, i in order if i > start), len(reason))
        clause = reason[start + 1 : end]
        clause = re.split(r"得\s*\d", clause)[0]
        negated = bool(_NEGATION.search(clause))
        if _BAD_THING.search(element):
            if re.search(r"不存在|未发现|没有发现|无\p{Han}{0,4}(?:截留|挤占|挪用|违规)", clause):
                met.append(True)
            elif negated or "存在" in clause:
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


def assess(ind, survey_rate: Decimal | None = None) -> Assessment:
    rule = parse_rule(ind.rule)
    if isinstance(rule, NotRead):
        return Assessment(rule, None, None, None, "", rule.why)
    points = ind.points.value if ind.points else None
    maximum = rule.maximum(points) if points is not None else None
    if rule.shape == "elements":
        met, why = elements_met(rule, ind.reason)
        if met is None:
            return Assessment(rule, maximum, None, None, "", why)
        each = rule.each.value if rule.each else (Decimal(rule.weight.numerator) / rule.weight.denominator * points
                                                  if rule.weight and points is not None else None)
        if each is None:
            return Assessment(rule, maximum, None, None, "", "要素分值未知")
        facts = "、".join(f"{mark}{'符合' if ok else '不符合'}" for (mark, _), ok in zip(rule.elements, met, strict=True))
        return Assessment(rule, maximum, each * sum(met), None, facts, "")
    value = stated_rate(rule, ind.reason)
    source = "得分原因所述"
    if value is None and rule.survey and survey_rate is not None:
        value = Number(f"{survey_rate.quantize(Decimal('0.01'))}", survey_rate)
        source = "按问卷结果计算的"
    if value is None:
        return Assessment(rule, maximum, None, None, "", f"得分原因没有写出「{rule.rate_name or '指标值'}」")
    facts = f"{source}{rule.rate_name or '指标值'} {value.text}%"
    if points is None:
        return Assessment(rule, maximum, None, value, facts, "分值未知")
    if rule.shape == "proportional":
        return Assessment(rule, maximum, min(value.value, Decimal(100)) / 100 * points, value, facts, "")
    return Assessment(rule, maximum, band_score(rule, value.value, points), value, facts,
                      "" if band_score(rule, value.value, points) is not None else "outside")


def describe(rule: Rule) -> str:
    """The rule as read, in a few words."""
    if rule.shape == "elements":
        each = f"每项{rule.each.text}分" if rule.each else ""
        weight = f"各占{rule.weight_text}" if rule.weight_text else ""
        return f"{len(rule.elements)}个要素，{weight}{'，' if weight and each else ''}{each}"
    if rule.shape == "proportional":
        return f"得分={rule.rate_name}×分值"
    parts = []
    for b in rule.bands:
        lo = "" if b.lo == -INF else f"{plain(b.lo)}%{'<' if b.lo_open else '≤'}"
        hi = "" if b.hi == INF else f"{'<' if b.hi_open else '≤'}{plain(b.hi)}%"
        what = (f"每{plain(b.step)}%扣{plain(b.per)}分" if b.per is not None
                else ("满分" if b.points is None else f"{plain(b.points)}分"))
        parts.append(f"{lo}{rule.rate_name or '值'}{hi}：{what}")
    return "；".join(parts)
