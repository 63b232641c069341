"""Scoring rules a 自评报告 states in its text, for an indicator table that has no 评分标准 column.

A 项目支出绩效自评表 (年度指标值 | 实际完成值 | 分值 | 得分) carries no rules; the report states them once,
in a "评分标准如下" list, in two ways:
  - for one indicator by name: "7.受益群众满意度。……满意度≥90%的得满分，80%（含）至90%之间每降低1个百分点
    扣0.5分，低于80%的不得分。" — the rule is read by the rule grammar, its value is the row's 实际完成值;
  - for a kind of indicator: "定量正向指标……未达到的，得分=实际完成值/年度指标值×该指标分值" (a floor or a
    number as its 指标值), "定量反向指标……得分=年度指标值/实际完成值×该指标分值" (a ceiling, "≤X"),
    "定性指标……按“好、较好、一般、差”四档评定，分别按该指标分值的100%、80%、60%、0计分" (a tier word as its
    实际完成值).
A row takes its own named rule first, else the rule of its kind, and only where its cells say plainly which
kind it is (both figures in one unit, or a tier word the rule lists). Every other row keeps no rule, and the
rule checks count it as not checked.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import regex as re

from .figures import Number, parse_number
from .indicators import Indicator
from .model import Document
from .restated import name_key
from .vocab import (
    DONE_OVER_TARGET,
    NUMBER,
    POSITIVE_KIND_WORDS,
    QUALITATIVE_KIND_WORDS,
    REVERSE_KIND_WORDS,
    RULE_TEXT,
    TARGET_OVER_DONE,
    TIER_SHARES,
    alternation,
)

# "4.维修养护工程验收合格率。验收合格率100%的得满分……", "（7）受益群众满意度：……"
# "2.定量正向指标（年度指标值为“≥X”或“X”的……）。……": a kind, what it covers in brackets
_NAMED = re.compile(
    r"^\s*(?:\d+\s*[.、．]|[（(]\s*\d+\s*[）)])\s*(?P<name>[^。：:，,；;（(]{2,30})(?:[（(][^（）()]{0,60}[）)])?[。：:]\s*(?P<rule>.+)$"
)
# a 自评表 cell: a floor, a ceiling or a number, in a unit
_CELL = re.compile(rf"^\s*(?P<op>≥|>=|≤|<=|=|不低于|不高于|不超过)?\s*(?P<n>{NUMBER})\s*(?P<u>[%％]|\p{{Han}}{{0,4}}(?:/\p{{Han}})?)\s*$")
_CEILING = ("≤", "<=", "不高于", "不超过")
# the proportional rule the kinds share, in the words the grammar reads, with the completion as its rate
_PROPORTIONAL = "得分=完成率×分值"


def with_stated_rules(doc: Document, indicators: list[Indicator]) -> list[Indicator]:
    if not indicators or any(i.rule for i in indicators):
        return indicators
    named, kinds = _rules_in_text(doc, indicators)
    if not named and not kinds:
        return indicators
    return [_with_rule(i, named, kinds) for i in indicators]


def _rules_in_text(doc: Document, indicators: list[Indicator]) -> tuple[dict[str, str], dict[str, object]]:
    keys = {name_key(i.name) for i in indicators}
    named: dict[str, str] = {}
    kinds: dict[str, object] = {}
    for p in _rule_list(doc):
        m = _NAMED.match(p.text)
        head, rule = m.group("name").strip(), m.group("rule").strip()
        if name_key(head) in keys and RULE_TEXT.search(rule):
            named.setdefault(name_key(head), rule)
            continue
        if re.match(alternation(REVERSE_KIND_WORDS), head) and TARGET_OVER_DONE.search(rule):
            kinds.setdefault("reverse", rule)
        elif re.match(alternation(POSITIVE_KIND_WORDS), head) and DONE_OVER_TARGET.search(rule):
            kinds.setdefault("positive", rule)
        elif re.match(alternation(QUALITATIVE_KIND_WORDS), head) and (tiers := _tier_shares(rule)):
            kinds.setdefault("tiers", tiers)
    return named, kinds


# the sentence that opens the list: "……各三级指标分值根据重要程度确定。评分标准如下："
_LIST_OPENS = re.compile(r"(?:评分标准|评分细则|评分办法|评分方法|计分方法|计分办法|评分规则|计分规则)\s*(?:如下|为)?\s*[:：]\s*$")


def _rule_list(doc: Document):
    """The numbered paragraphs right after "评分标准如下：", up to the first that is not numbered: the analysis
    paragraphs of the body ("（2）水库安全监测设施完好率（5分）。……得4.29分。") are no rules."""
    listing, style = False, None
    for block in doc.blocks:
        if block.kind != "paragraph":
            listing = False
            continue
        if _LIST_OPENS.search(block.text):
            listing, style = True, None
        elif listing and _NAMED.match(block.text):
            # one list numbers its items one way: "（1）受益人口（6分）。……" after "1.……4.……" is the body's
            own = "（" if block.text.lstrip()[:1] in "（(" else "1"
            if style not in (None, own):
                listing = False
                continue
            style = own
            yield block
        else:
            listing = False


def _tier_shares(rule: str) -> dict[str, Decimal] | None:
    m = TIER_SHARES.search(rule)
    if not m:
        return None
    words = re.split(r"[、，,]", m.group("words"))
    shares = [Decimal(x.strip(" %％")) for x in re.split(r"[、，,]", m.group("shares"))]
    if len(words) != len(shares) or any(not 0 <= s <= 100 for s in shares):
        return None
    return {w: s / 100 for w, s in zip(words, shares, strict=True)}


def _with_rule(ind: Indicator, named: dict[str, str], kinds: dict[str, object]) -> Indicator:
    own = named.get(name_key(ind.name))
    actual = _CELL.match(ind.actual or "")
    if own is not None:
        value = None
        if actual and actual.group("u") in ("%", "％") and not actual.group("op"):
            value = parse_number(actual.group("n"))
        return replace(ind, rule=own, value=value, value_facts=f"实际完成值 {ind.actual}" if value else "", rule_in_text=True)
    tiers = kinds.get("tiers")
    if tiers and ind.actual.strip() in tiers and ind.points is not None:
        share = tiers[ind.actual.strip()]
        # the tier as a rule the grammar reads: "较好得4分；……"
        text = "；".join(f"{w}得{(ind.points.value * s).normalize():f}分" for w, s in tiers.items())
        return replace(ind, rule=text, value=None, value_facts=f"实际完成值评定为“{ind.actual.strip()}”（{share:.0%}）",
                       rule_in_text=True)
    target = _CELL.match(ind.target or "")
    if not (target and actual) or actual.group("op") or target.group("u") != actual.group("u"):
        return ind
    t, a = parse_number(target.group("n")), parse_number(actual.group("n"))
    if t is None or a is None or t.value <= 0 or a.value <= 0:
        return ind
    reverse = target.group("op") in _CEILING
    kind = "reverse" if reverse else "positive"
    if kind not in kinds:
        return ind
    ratio = (t.value / a.value if reverse else a.value / t.value) * 100
    words = (f"年度指标值 {ind.target.strip()}/实际完成值 {ind.actual.strip()}" if reverse
             else f"实际完成值 {ind.actual.strip()}/年度指标值 {ind.target.strip()}")
    return replace(ind, rule=_PROPORTIONAL, value=Number(f"{ratio:.4f}", ratio), value_facts=f"完成率 {words} = {ratio:.2f}%",
                   rule_in_text=True)
