"""RL105 declared-structure: what the text says of the indicator system against the scoring table.

What it checks
  - counts: "一级指标4个，二级指标13个，三级指标34个", "决策下设2个二级指标，6个三级指标";
  - points and weights: "决策分值15分，权重为15%", "“过程”共设分值24分",
    "“预算执行”设置分值12分";
  - the sentence's own sum: "“过程”共设分值24分……12分……6分……4分……3分" (25 ≠ 24).
  The indicator system is the one read from the scoring table (附件1); a name the
  table does not have is not compared.

Why it matters
  These sentences are pasted from a template or an earlier draft and not
  updated when the indicator table changes.

Failing example
  正文 "绩效评价指标体系分析中一共设计3个一级指标"，评分表有 4 个一级指标。

Passing example
  "此次绩效评价设置了一级指标4个，二级指标13个，三级指标34个，其中决策分值15分，权重为15%"
  with a scoring table of 4/13/34 and 决策 (15) out of 100.
"""

from __future__ import annotations

import functools
from decimal import Decimal

import regex as re

from reportlint.arith import fmt, plain
from reportlint.figures import parse_number
from reportlint.findings import Coverage, Finding
from reportlint.indicators import reliable
from reportlint.restated import level1_key, level1_statements_of, name_key
from reportlint.text import respectively
from reportlint.vocab import (
    CN_NUMERAL,
    LEVEL1_WORD,
    LEVELS,
    LIST_INTRO_WORDS,
    PLAIN_NUMBER,
    SCORE_WORD,
    WORTH,
    alternation,
    cn_number,
    level1_family,
    level1_mentioned,
)

ID = "RL105 declared-structure"
SEVERITY = "error"
SUMMARY = "正文对指标体系的描述（个数、分值、权重）与评分表不符"
SOURCE = "报告自身的评分表（附件1）"

_NUMERAL = rf"{PLAIN_NUMBER}|{CN_NUMERAL}"
# "一级指标4个", "4个一级指标", "一级指标共四项", "三级指标：34个", "下设2类二级指标", "一级指标（共3个）"
_COUNT = re.compile(
    rf"(?<![每各任同某单第])(?P<n>{_NUMERAL})\s*(?:个|项|类)\s*(?P<lvl>[一二三123])级指标"
    rf"|(?P<lvl2>[一二三123])级指标\s*(?:[（(]\s*)?(?:共|共计|共有|有|为|是|[：:])?\s*(?P<n2>{_NUMERAL})\s*(?:个|项|类)"
)
# "产出指标共25分，评价得分19.88分": 共 alone says the worth, unless the number is the 一级's score
_BARE_TOTAL = ("共", "共计")
# "……33分，权重35%", "效益指标25分（权重20%）"
_WEIGHT = (rf"(?:\s*[，,]\s*(?:权重|占比)\s*(?:为|是)?\s*(?P<w>{PLAIN_NUMBER})\s*[%％]"
           rf"|\s*[（(]\s*(?:权重|占比)\s*(?:为|是)?\s*(?P<w>{PLAIN_NUMBER})\s*[%％]\s*[）)])?")


def _int(text: str) -> int | None:
    value = parse_number(text)
    value = value.value if value is not None else cn_number(text)
    return int(value) if value is not None and value == value.to_integral_value() else None


@functools.lru_cache(maxsize=64)
def _worth_pattern(names: tuple[str, ...]) -> re.Pattern:
    """A quoted name, or one the scoring table has, followed by what it is worth ("分值24分", "满分24分");
    the worth word may be left out only for the 二级 listed after their 一级's ("“预算执行”12分")."""
    known = alternation([*names, *LEVEL1_WORD.split("|")])
    return re.compile(
        rf"(?:[“\"‘「](?P<q>[^”\"’」]{{1,14}})[”\"’」]|(?P<k>{known}))(?:类)?(?:(?:一级|二级|三级)?指标)?\s*(?:[（(][A-Za-z\d]{{1,3}}[）)])?"
        rf"\s*(?:的)?\s*(?:层面|部分|方面)?\s*"
        rf"(?P<worth>{WORTH})?\s*"
        rf"[：:]?\s*(?P<pts>{PLAIN_NUMBER})\s*分(?![值率])" + _WEIGHT
    )


def check(report, cov: Coverage):
    ind = report.indicators
    if not ind:
        cov.skip("全文", "未找到评分表（附件1），无法核对指标体系的描述")
        return
    if not reliable(ind):
        cov.skip("评分表", "评分表未能完整读出（有指标缺分值或得分，或分值合计不为100），不核对指标体系的描述")
        return
    level1 = {}
    for i in ind:
        level1.setdefault(level1_key(i.level1), i)
    by_l1 = {k: [i for i in ind if level1_key(i.level1) == k] for k in level1}
    total_points = sum((v.level1_points.value for v in level1.values() if v.level1_points), Decimal(0))
    counts = {1: len(level1), 2: len({(i.level1, i.level2) for i in ind}), 3: len(ind)}
    worth = _worth_pattern(tuple([i.level1 for i in level1.values()] + sorted({i.level2 for i in ind if i.level2})))
    said = set()  # (place, 一级) whose worth a sentence stated and _points compared
    for text, loc in report.doc.texts(min_cell=15):
        before = None  # the one 一级 the sentence before named: "项目决策部分得14分。该部分由2个二级指标……构成"
        for full in re.split(r"(?<=[。])", _as_one_list(text)):
            owner = None
            for sentence in re.split(r"(?<=[；;])", full):
                # "一级指标“决策”包括2个二级指标……；三级指标6个……": a clause that names no 一级 goes on
                # speaking of the one before it in the same sentence
                yield from _counts(sentence, loc, cov, counts, by_l1, owner, before)
                yield from _points(sentence, loc, cov, level1, by_l1, total_points, worth, said)
                yield from _bare_worths(sentence, loc, cov, by_l1)
                owner = level1_mentioned(sentence) or (owner if not _names_level1(sentence) else None)
            before = level1_mentioned(full)
    yield from _stated_worths(report, level1, said, cov, total_points)


# a list of quoted names set out item by item: "分配如下：“预算执行”标准分12分；“资金管理”标准分6分；……" (writer Z),
# "10个三级指标：1.“甲”；2.“乙”；……" (writer ZA): one list, as "“甲”、“乙”" is
_ITEM_NUMBER = re.compile(r"(?<=[：:；;，,、]\s*)\d{1,2}\s*[.．、]\s*(?=[“\"])")
_ITEM_SEPARATOR = re.compile(r"(?<=[”\"][^；;。“”\"]{0,12})[；;](?=\s*[“\"])")


def _as_one_list(text: str) -> str:
    return _ITEM_SEPARATOR.sub("，", _ITEM_NUMBER.sub("", text))


def _stated_worths(report, level1, said, cov, total_points):
    """A 一级's worth said far from its name ("过程指标主要考察……，下设……，满分30分"), as reportlint.level1 reads it;
    its weight too ("产出指标权重35%，评价得分28.72分"), against its points over the whole."""
    for st in level1_statements_of(report.doc, report.indicators):
        head = level1.get(st.family)
        if (st.weight is not None and st.points is None and st.location.table is None and head is not None
                and head.level1_points and total_points and (st.location, st.family) not in said):
            yield from _weight(head, st.weight, total_points, st.location, cov, st.evidence[:200])
        if (st.points is None or st.location.table is not None or head is None or head.level1_points is None
                or (st.location, st.family) in said):
            continue
        if st.score is not None and st.points.value == st.score.value:
            continue  # "决策指标共40分" with a score of 40: worth or score, it cannot be told
        cov.examined += 1
        if st.points.value != head.level1_points.value:
            yield Finding(ID, SEVERITY, f"正文称“{head.level1}”分值 {st.points.text} 分，评分表为 {head.level1_points.text} 分",
                          st.location, evidence=st.evidence[:200], expected=head.level1_points.text, actual=st.points.text)


def _names_level1(sentence: str) -> bool:
    return bool(re.search(LEVEL1_WORD, sentence))


# a sentence about one 一级: "履职效能指标满分30分，下设……", "“决策”类指标包括……"
_LEAD_LEVEL1 = re.compile(rf"^\s*(?:[（(]?[一二三四五六七八九十\d]+[、.．)）]\s*)?[“\"「]?(?P<l1>{LEVEL1_WORD})[”\"」]?\s*(?:类)?指标")


# a count that points back to an indicator named before: "该指标下设2个二级指标", "本类指标包括……"
_POINTS_BACK = re.compile(r"(?:该|本|此|上述)(?:一级|类|项)?指标|(?:该|本|此)(?:部分|层面|维度|板块|方面)|其下")


# the names first, their count after: "“产出”的三级指标为“甲”“乙”……（计10个）" is "10个三级指标：“甲”“乙”……"
_NAMES_THEN_COUNT = re.compile(
    rf"(?P<lvl>[一二三])级指标\s*(?:为|是|有|包括|包含|[：:])\s*(?P<names>(?:[“\"][^”\"]{{1,30}}[”\"]\s*[、，,]?\s*)+)"
    rf"[（(]\s*(?:计|共|共计)?\s*(?P<n>{_NUMERAL})\s*(?:个|项)\s*[）)]"
)


def _counts(sentence, loc, cov, counts, by_l1, carried, previous=None):
    sentence = _NAMES_THEN_COUNT.sub(lambda m: f"{m.group('n')}个{m.group('lvl')}级指标：{m.group('names')}", sentence)
    lead = _LEAD_LEVEL1.match(sentence)
    for m in _COUNT.finditer(sentence):
        # "决策类指标包括3个二级指标": one 一级 named before the count makes the count its own; the 一级 the
        # sentence opens with, when the names after it ("产出数量、产出质量……3个二级指标") name others too
        before = sentence[: m.start()]
        owner = level1_mentioned(before) if _names_level1(before) else carried
        if owner is None and lead:
            owner = level1_family(lead.group("l1"))
        if owner is None and _POINTS_BACK.search(before) and (m.group("lvl") or m.group("lvl2")) not in "一1":
            # "该指标下设……2个二级指标", "该部分由……构成": the 一级 the sentence before named or the section heading
            # names, or none to compare with
            owner = previous or level1_mentioned((loc.section or "").split(" > ")[-1])
            if owner is None:
                continue
        n = _int(m.group("n") or m.group("n2"))
        lvl = LEVELS[m.group("lvl") or m.group("lvl2")]
        if n is None:
            continue
        if owner is not None and lvl > 1:
            if owner not in by_l1:
                continue
            items = by_l1[owner]
            actual = len({i.level2 for i in items}) if lvl == 2 else len(items)
            scope = f"“{items[0].level1}”下的"
        elif owner is None:
            actual, scope = counts[lvl], ""
        else:
            continue
        cov.examined += 1
        if n != actual:
            lv = "一二三"[lvl - 1]
            yield Finding(ID, SEVERITY, f"正文称{scope}{lv}级指标 {n} 个，评分表中为 {actual} 个", loc,
                          evidence=sentence.strip()[:200], expected=str(actual), actual=str(n))
        if owner is not None and lvl > 1:
            yield from _listed_names(sentence[m.end():], lvl, by_l1[owner], loc, cov)


_LIST_INTRO = alternation(LIST_INTRO_WORDS)
_LISTED = re.compile(
    rf"^\s*(?:[：:]\s*(?:{_LIST_INTRO})?|[，,]\s*(?:{_LIST_INTRO}|为)\s*[：:]?|[（(])\s*"
    r"(?P<names>(?:[“\"‘'][^”\"’']{1,30}[”\"’']\s*[、，,]?\s*)+)"
)
_QUOTED = re.compile(r"[“\"‘'](?P<n>[^”\"’']{1,30})[”\"’']")


def _listed_names(after, lvl, items, loc, cov):
    """"6个三级指标：分别是“甲”“乙”……": every name listed must be one the table has, once."""
    m = _LISTED.match(after)
    if not m:
        return
    listed = []
    for q in _QUOTED.finditer(after, m.start("names"), m.end("names")):
        if re.match(r"\s*(?:共设|设置|设|分值|占|满分|赋分|权重)\D{0,4}?\d", after[q.end():]) or level1_family(q.group("n")):
            break  # the next sentence, its full stop missing: "“产出”共设分值33分" (not "“甲”分值分布上，……")
        listed.append(q.group("n"))
    known = list(dict.fromkeys(i.name if lvl == 3 else i.level2 for i in items))
    keys = {name_key(k): k for k in known}
    unknown, matched = [], []
    for name in listed:
        key = name_key(name)
        hit = keys.get(key)
        if hit is None:
            near = [k for kk, k in keys.items() if kk.startswith(key) or key.startswith(kk)]
            hit = near[0] if len(near) == 1 else None
        if hit is None:
            unknown.append(name)
        else:
            matched.append(hit)
    repeated = sorted({x for x in matched if matched.count(x) > 1})
    cov.examined += 1
    if not unknown and not repeated:
        return
    lv = "一二三"[lvl - 1]
    parts = []
    if unknown:
        parts.append("评分表中没有" + "".join(f"“{x}”" for x in unknown))
    if repeated:
        parts.append("重复列出" + "".join(f"“{x}”" for x in repeated))
    missing = [k for k in known if k not in matched]
    if missing:
        parts.append("未列出" + "".join(f"“{x}”" for x in missing))
    yield Finding(ID, "warning", f"正文列举“{items[0].level1}”的{lv}级指标与评分表不符：" + "；".join(parts), loc,
                  evidence=m.group(0).strip()[:200], expected="、".join(known), actual="、".join(listed))


_GIVEN_TO = re.compile(rf"(?P<n>{PLAIN_NUMBER})\s*分\s*(?:给|分配给|赋予|归)\s*(?P<q>[“\"][^”\"]{{1,20}}[”\"])")


def _one_by_one(sentence: str) -> str:
    """"“甲”“乙”分别赋予12分、6分" and "其中9分给“甲”" said the usual way: "“甲”赋分12分，“乙”赋分6分"."""
    return _GIVEN_TO.sub(lambda m: f"{m.group('q')}赋分{m.group('n')}分", respectively(sentence))


_Q = r"[“\"][^”\"]{1,20}[”\"]"
# the 二级 worths first, their 一级's after: "“预算执行”设12分、……、“档案管理”设3分，“过程”合计24分"
_PARTS_THEN_WHOLE = re.compile(
    rf"(?P<parts>(?:{_Q}\s*(?:设置?|赋分|分值)?\s*{PLAIN_NUMBER}\s*分\s*[、，,；;]\s*)+?(?:{_Q}\s*(?:设置?|赋分|分值)?\s*{PLAIN_NUMBER}\s*分))"
    rf"\s*[，,]\s*(?P<whole>{_Q})\s*(?:指标)?\s*(?:合计|共计|共|总计|小计)\s*(?P<n>{PLAIN_NUMBER})\s*分"
)
# a 一级's worth handed down: "“过程”一级指标的24分，按……分解到各二级指标：“预算执行”12分，……"
# "“过程”24分的分配，视与过程指标关联度的大小而定：……"
_HANDED_DOWN = re.compile(
    rf"(?P<whole>{_Q})\s*(?:(?:一级)?指标(?:的|共)|的)?\s*(?P<n>{PLAIN_NUMBER})\s*分\s*(?:的)?\s*[，,]?\s*[^：:。；;]{{0,30}}?"
    rf"(?:分解|分配|细分|拆分)[^：:。；;]{{0,16}}?[：:]"
)
_SET = re.compile(rf"(?P<q>{_Q})\s*设置?\s*(?={PLAIN_NUMBER}\s*分)")


def _whole_first(sentence: str) -> str:
    """The 一级's worth said before its 二级', as _points reads it: "“过程”共设分值24分，“预算执行”12分，……"."""
    sentence = _HANDED_DOWN.sub(lambda m: f"{m.group('whole')}共设分值{m.group('n')}分：", sentence)
    sentence = _PARTS_THEN_WHOLE.sub(lambda m: f"{m.group('whole')}共设分值{m.group('n')}分，{m.group('parts')}", sentence)
    return _SET.sub(lambda m: f"{m.group('q')}分值", sentence)


def _points(sentence, loc, cov, level1, by_l1, total_points, worth, said):
    """Each 一级 or 二级 worth stated in the sentence; a 一级's worth against the 二级 listed after it."""
    sentence = _one_by_one(_whole_first(sentence))
    group = None  # (the 一级 stated, its worth, the 二级 worths listed after it)
    group_at = 0  # where the 一级's worth ends
    names = {i.name for v in by_l1.values() for i in v} | {i.level2 for v in by_l1.values() for i in v if i.level2}
    for m in worth.finditer(sentence):
        name = m.group("q") or m.group("k")
        if m.group("k") and any(len(n) > len(name) and sentence.endswith(n, 0, m.end("k")) for n in names):
            continue  # "学生满意度（4分）" is the 三级's worth, not the 二级 满意度's (岚溪)
        stated = parse_number(m.group("pts"))
        key = level1_key(name)
        head = level1.get(key)
        if not m.group("worth") and not m.group("w") and (group is None or head is not None):
            continue  # "“预算执行”12分" is a worth only inside a 一级's list or beside its weight; alone it may be a score
        if head is not None and (level1_family(name) or name_key(name) == name_key(head.level1)):
            if (m.group("worth") or "").strip() in _BARE_TOTAL and stated.value == _score(by_l1[key]):
                continue
            yield from _group_sum(group, loc, cov, sentence)
            group, group_at = (head, stated, []), m.end()
            said.add((loc, key))
            cov.examined += 1
            if head.level1_points and stated.value != head.level1_points.value:
                yield Finding(ID, SEVERITY, f"正文称“{head.level1}”分值 {stated.text} 分，评分表为 {head.level1_points.text} 分",
                              loc, evidence=m.group(0), expected=head.level1_points.text, actual=stated.text)
            if m.group("w") and total_points and head.level1_points:
                yield from _weight(head, parse_number(m.group("w")), total_points, loc, cov, m.group(0))
            continue
        pool = by_l1[level1_key(group[0].level1)] if group else [i for v in by_l1.values() for i in v]
        if not m.group("worth") and name_key(name) not in {name_key(i.level2) for i in pool}:
            continue
        if not m.group("worth") and group and SCORE_WORD.search(sentence[group_at:m.start()]):
            continue  # "产出指标共35分，评价得分32.03分，……其中产出数量11.24分": after the score, the 二级 scores
        match = {name_key(i.level2): i for i in pool}.get(name_key(name))
        if match is None:
            continue
        if group:
            group[2].append(stated)
        pts = match.level2_points
        if pts is None:
            pts_value = sum((i.points.value for i in pool if i.level2 == match.level2 and i.points), Decimal(0))
            pts_text = str(pts_value)
        else:
            pts_value, pts_text = pts.value, pts.text
        cov.examined += 1
        if stated.value != pts_value:
            yield Finding(ID, SEVERITY, f"正文称“{match.level2}”分值 {stated.text} 分，评分表为 {pts_text} 分", loc,
                          evidence=m.group(0), expected=pts_text, actual=stated.text)
    yield from _group_sum(group, loc, cov, sentence)


# "产出指标下设4个二级指标、7个三级指标，其中产出数量16分、产出质量14分、产出时效5分、产出成本6分，实际得分34.94分"
_BARE_ITEM = re.compile(rf"(?P<name>[\p{{Han}}]{{2,12}}?)\s*(?P<pts>{PLAIN_NUMBER})\s*分(?![值率数])")


def _bare_worths(sentence, loc, cov, by_l1):
    """二级 figures listed bare under 其中, each a 二级 of one 一级: worths when all of them but one are the table's
    worths and fewer agree with its scores (a list of scores would agree with the scores); the one that is not, a finding."""
    at = sentence.find("其中")
    if at < 0:
        return
    for items in by_l1.values():
        level2 = {name_key(i.level2): i for i in items if i.level2}
        listed = []
        for m in _BARE_ITEM.finditer(sentence, at + 2):
            head = re.sub(r"^[：:、，,\s]*(?:下设|包括|含|分为|分别为)?", "", m.group("name"))  # "下设经济效益6分"
            if sentence[m.end("name"): m.start("pts")].strip() or name_key(head) not in level2:
                continue
            listed.append((level2[name_key(head)], parse_number(m.group("pts")), m))
        if len(listed) < 3 or len({id(i) for i, _, _ in listed}) < len(listed):
            continue
        worths = [_worth_of(i, items) for i, _, _ in listed]
        scores = [_score([x for x in items if x.level2 == i.level2]) for i, _, _ in listed]
        off = [k for k, (_, n, _) in enumerate(listed) if n.value != worths[k]]
        as_scores = sum(n.value == sc for (_, n, _), sc in zip(listed, scores, strict=True))
        if len(off) != 1 or as_scores >= len(listed) - 1:
            continue  # not the table's worths but one, or as much its scores: which they are is a guess
        cov.examined += len(listed)
        i, n, m = listed[off[0]]
        yield Finding(ID, SEVERITY, f"正文称“{i.level2}”分值 {n.text} 分，评分表为 {plain(worths[off[0]])} 分", loc,
                      evidence=sentence.strip()[:200], expected=plain(worths[off[0]]), actual=n.text)


def _worth_of(i, items) -> Decimal:
    """A 二级's worth: its label's, else the sum of its 三级'."""
    if i.level2_points is not None:
        return i.level2_points.value
    return sum((x.points.value for x in items if x.level2 == i.level2 and x.points), Decimal(0))


def _score(items) -> Decimal | None:
    return sum((i.score.value for i in items), Decimal(0)) if all(i.score for i in items) else None


def _weight(head, weight, total_points, loc, cov, evidence):
    expected = head.level1_points.value / total_points * 100
    lo, hi = weight.interval
    cov.examined += 1
    if not lo <= expected <= hi:
        shown = fmt(expected, weight.text)
        yield Finding(ID, SEVERITY,
                      f"正文称“{head.level1}”权重 {weight.text}%，按分值 {head.level1_points.text}/{total_points} 应为 {shown}%",
                      loc, evidence=evidence, expected=f"{shown}%", actual=f"{weight.text}%")


def _group_sum(group, loc, cov, sentence):
    """"“过程”共设分值24分……12分……6分……4分……3分": the 二级 listed must add up to the 一级."""
    if not group or len(group[2]) < 2:
        return
    head, stated, parts = group
    total = sum((p.value for p in parts), Decimal(0))
    cov.examined += 1
    if total != stated.value:
        listing = " + ".join(p.text for p in parts)
        yield Finding(ID, SEVERITY, f"“{head.level1}”共设分值 {stated.text} 分，同句所列二级指标分值 {listing} = {total} 分",
                      loc, evidence=sentence.strip()[:200], expected=stated.text, actual=str(total))
