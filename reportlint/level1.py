"""Every place a report states a 一级指标's 分值, 得分 or 得分率, whatever the scoring table says.

Sentences: "决策指标共15分，评价得分10.40分，得分率69.33%", "其中：决策指标10.40分，得分率69.33%",
"决策类指标包括3个二级指标以及6个三级指标，总分值15分，得分为10.4分", "一级指标项目决策下设……，
共计得分14分". Tables: a summary with one row per 一级 (表4: 一级指标 | 分值 | 得分 | 得分率) and its
transposed form (一级指标 | 决策 | 过程 | … over rows 分值 / 得分 / 得分率).

A number is taken as a 一级's only when the 一级 is the subject of its clause: named first, the
number right after it, or in a following clause that opens with a score word ("，总分值15分",
"，得分为10.4分"). "决策指标中，立项依据充分性得2分" gives nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from .figures import Number, column_headers, header_rows, parse_number
from .indicators import columns_of, self_assessment
from .model import Document, Location, Table
from .vocab import (
    LEVEL1_FAMILIES,
    PLAIN_NUMBER,
    SCORE_RATE_HEADERS,
    SELF_ASSESSMENT_WORDS,
    TOTAL_ROW,
    WORTH,
    alternation,
    header_role,
    level1_family,
)


@dataclass(frozen=True)
class Level1Statement:
    family: str  # 决策, 过程, 产出, 效益, 投入
    name: str  # as written: 产出指标, 部门决策
    points: Number | None
    score: Number | None
    rate: Number | None  # percent
    location: Location
    evidence: str
    weight: Number | None = None  # percent of the whole system: "产出指标权重35%"

    def value(self, kind: str) -> Number | None:
        return getattr(self, kind)


_N = rf"(?P<n>{PLAIN_NUMBER})"
# the 一级 as a clause's subject: "决策指标", "决策类指标", "“产出”指标", "一级指标项目决策", "部门效益"
_SUBJECT = re.compile(
    rf"(?:(?<![\p{{Han}}])|(?<=其中|一级指标))(?:一级指标\s*)?[“\"「]?"
    rf"(?P<l1>{alternation(w for words in LEVEL1_FAMILIES.values() for w in words if w != '管理')})"
    # after "指标" anything may follow ("过程指标主要考察……，满分30分"); without it only a verb or a figure may,
    # or "产出数量" would be 产出
    rf"[”\"」]?\s*(?:(?:类)?指标|类?(?=[^\p{{Han}}]|[共满分总得包下设占权赋评实最合计获为方]|$))"
)
# "效益指标合计得24.5分" (岚溪), "效益指标共得分27.75分" (淮岭)
# and a review's own score, "复核得分13.50分", "合计复核得分25.83分" (朔川 自评复核)
_SCORE = re.compile(rf"^(?:评价得分|实际得分|最终得分|(?:共计|合计|累计|共)?(?:复核|核定|审定)得分|(?:共计|合计|累计|共)得分?|总得分|得分|获得|评价得|得)"
                    rf"\s*(?:为|是|[：:])?\s*{_N}\s*分")
_POINTS = re.compile(rf"^(?:{WORTH})\s*{_N}\s*分|^[（(]\s*{_N}\s*分\s*[）)]")
_RATE = re.compile(rf"(?:{alternation(SCORE_RATE_HEADERS)})\s*(?:为|是|达|达到|[：:])?\s*{_N}\s*[%％]")
_WEIGHT = re.compile(rf"^(?:权重|占比)\s*(?:为|是|[：:])?\s*{_N}\s*[%％]")
_BARE = re.compile(rf"^{_N}\s*分(?![值数])")
_CLAUSE = re.compile(r"[，,；;。]")
# words a following clause may open with before its score word: "，其得分为…", "，该指标总分值…"
_OPENER = re.compile(r"^(?:其|该类?指标|该项|合计|共计|本项|最终)?\s*")
_OTHER_SCORE = re.compile(rf"{PLAIN_NUMBER}\s*(?:分|[%％])")
_SCORE_WORDS_BEFORE = r"得分|得"
_SELF_WORD = re.compile(alternation(SELF_ASSESSMENT_WORDS))


def statements(doc: Document) -> list[Level1Statement]:
    """Every 一级 statement but those of the unit's own 自评 ("自评表产出指标得48分"), which are no figure of the evaluation."""
    out = []
    for p in doc.paragraphs:
        out.extend(_in_text(p.text, p.location, lambda sentence: self_assessment(doc, sentence)))
    tables = doc.tables
    for i, table in enumerate(tables):
        if self_assessment(doc, table.caption):
            continue
        out.extend(_rows(table))
        out.extend(_columns(table, tables[i - 1] if i else None))
    return out


def _in_text(text: str, location: Location, skip=lambda sentence: False) -> list[Level1Statement]:
    out = []
    said = ""  # the paragraph so far: what a "其中" lists the parts of
    for sentence in re.split(r"(?<=[。；;])", text):
        if skip(sentence):
            said += sentence
            continue
        # "决策、过程、产出、效益4个一级指标……满分100分": a name in a list of 一级 is no clause's subject
        subjects = [m for m in _SUBJECT.finditer(sentence) if not _in_a_list(sentence, m)]
        bare_as = _parts_of(said + sentence[: subjects[0].start()]) if subjects else None
        if bare_as is None and len(subjects) > 1 and _WHOLE_WORTH_AFTER.search(sentence, subjects[-1].end()):
            bare_as = "points"  # "决策指标15分、……、效益指标30分，满分100分": the whole's worth after the list
        said += sentence
        for k, m in enumerate(subjects):
            end = subjects[k + 1].start() if k + 1 < len(subjects) else len(sentence)
            # "决策15分、过程24分、……、效益28分，满分100分": an item of a list is its first clause only
            # and so is the last of several after a comma: "决策 15 分，……，效益 28 分，满分 100 分"
            listed = m.start() > 0 and (sentence[m.start() - 1] == "、" or (k > 0 and sentence[m.start() - 1] in "，,"))
            found = _numbers(sentence[m.end():end], bare_as, listed)
            if found:
                points, score, rate, weight = found
                out.append(Level1Statement(level1_family(m.group("l1")), m.group(0).strip("“”\"「」"), points, score,
                                           rate, location, sentence[m.start():end].strip(), weight))
    return out


def _in_a_list(sentence: str, m) -> bool:
    before = sentence[m.start() - 1] if m.start() else ""
    after = sentence[m.end()] if m.end() < len(sentence) else ""
    # "决策指标得12.00分、过程指标得19.39分": after a figure the 、 ends a clause, not a name of a list
    after_figure = bool(_FIGURE_END.search(sentence[: max(0, m.start() - 1)]))
    return bool(before and before in "、和及与" and not after_figure) or bool(after and after in "、和及与")


_WHOLE_WORTH_AFTER = re.compile(rf"[，,]\s*(?:满分|总分值|分值合计)\s*(?:为|是)?\s*{PLAIN_NUMBER}\s*分(?![值数率])")
_FIGURE_END = re.compile(rf"{PLAIN_NUMBER}\s*(?:分|[%％])$")
# "综合得分86.96分……。其中决策指标12.00分": a bare figure listed under 其中 is what the whole was
_WHOLE = re.compile(rf"(?:(?P<score>{_SCORE_WORDS_BEFORE})|(?:{WORTH}))\s*{PLAIN_NUMBER}\s*分(?![值数率])")


def _parts_of(lead: str) -> str | None:
    """Whether a bare "N分" after a 一级 name is its score or its points: what the last whole before 其中 was."""
    # "一级指标分值为决策15分、过程24分……", "各一级指标得分分别为：决策12分、……": the lead names the figures
    said = re.search(rf"(?:(?P<score>{_SCORE_WORDS_BEFORE})|(?:{WORTH}))\s*(?:分别|依次)?\s*(?:为|是)?\s*[:：]?\s*$", lead)
    if said:
        return "score" if said.group("score") else "points"
    if not re.search(r"其中\s*[:：]?\s*$", lead):
        return None
    wholes = list(_WHOLE.finditer(lead))
    if not wholes or _OTHER_SCORE.search(lead, wholes[-1].end()):
        return None
    return "score" if wholes[-1].group("score") else "points"


def _numbers(rest: str, bare_as: str | None = None, listed: bool = False):
    """(points, score, rate) said of the subject in the text after it; None when nothing is."""
    got: dict[str, Number] = {}
    for k, clause in enumerate(_CLAUSE.split(rest)[:1] if listed else _CLAUSE.split(rest)):
        clause = clause.strip() if k == 0 else _OPENER.sub("", clause.strip())
        took = False
        while clause:  # "共15分评价得分10.40分" may stand in one clause
            s = _SCORE.match(clause)
            m, kind = (s, "score") if s else next(
                ((x, kind) for x, kind in ((_POINTS.match(clause), "points"), (_RATE.match(clause), "rate"),
                                           (_WEIGHT.match(clause), "weight"),
                                           (_BARE.match(clause) if k == 0 else None, "bare")) if x), (None, None))
            if m is None:
                break
            got.setdefault(kind, parse_number(m.group("n")))
            took = True
            clause = clause[m.end():].lstrip("，,）) ")
        if k > 0 and not took and _OTHER_SCORE.search(clause):
            break  # a points or percent figure that is not the subject's: someone else's clause
    if "bare" in got and "rate" in got and "score" not in got:
        got["score"] = got["bare"]  # "决策指标10.40分，得分率69.33%": beside a rate, the bare number is the score
    elif "bare" in got and bare_as and bare_as not in got:
        got[bare_as] = got["bare"]
    if not {"points", "score", "rate", "weight"} & got.keys():
        return None
    return got.get("points"), got.get("score"), got.get("rate"), got.get("weight")


def summary_role(header: str) -> str | None:
    """'分值' → points, '指标得分' → score, '得分率（%）' → rate: the columns of a score summary."""
    h = re.sub(r"\s", "", header)
    if re.match(rf"^(?:{alternation(SCORE_RATE_HEADERS)})", h):
        return "rate"
    role = header_role(h)
    return role if role in ("points", "score") else None


def summary_columns(table: Table) -> dict[str, int]:
    """The column of each role in a score summary (分值 | 得分 | 得分率); of a 自评 score and the evaluation's beside
    it ("自评得分 | 复核得分"), the evaluation's."""
    heads = column_headers(table)
    roles: dict[str, int] = {}
    for c, h in enumerate(heads):
        role = summary_role(h)
        if role and role not in roles:
            roles[role] = c
        elif role == "score" and _SELF_WORD.search(heads[roles["score"]]) and not _SELF_WORD.search(h):
            roles["score"] = c
    return roles


def _rows(table: Table) -> list[Level1Statement]:
    """表4: one row per 一级, columns 分值 | 得分 | 得分率 (not a table of 三级 indicators)."""
    found = columns_of(table)
    if found and ("name" in found[1] or "level2" in found[1]):
        return []
    roles = summary_columns(table)
    if "points" not in roles and "score" not in roles:
        return []
    out = []
    for r in range(header_rows(table), table.n_rows):
        label = table.text(r, 0)
        family = level1_family(label)
        if family is None or TOTAL_ROW.match(label):
            continue
        values = {k: cell_number(table.text(r, c)) for k, c in roles.items() if c != 0}
        if any(values.values()):
            out.append(Level1Statement(family, label, values.get("points"), values.get("score"), values.get("rate"),
                                       table.cell_location(r, 0), " ".join(x for x in table.row_texts(r) if x)))
    return out


def _columns(table: Table, before: Table | None) -> list[Level1Statement]:
    """The transposed summary: a row of 一级 names over rows 分值 / 得分 / 得分率. The name row may stand
    alone as the table before (a header cut from its body by a page break or a converter)."""
    names_at = None
    for r in range(min(table.n_rows, 3)):
        if _names(table.row_texts(r)):
            names_at = r
            break
    names, start = None, 0
    if names_at is not None:
        names, start = table.row_texts(names_at), names_at + 1
    elif before is not None and before.n_rows == 1 and before.n_cols == table.n_cols and _names(before.row_texts(0)):
        names = before.row_texts(0)
    if names is None:
        return []
    per_col: dict[int, dict[str, Number]] = {}
    for r in range(start, table.n_rows):
        first = next((c for c in range(table.n_cols) if table.text(r, c)), None)
        role = summary_role(table.text(r, first)) if first is not None else None
        if role is None:
            continue
        for c in range(first + 1, table.n_cols):
            if table.grid[r][c].col != c or level1_family(names[c]) is None:
                continue
            n = cell_number(table.text(r, c))
            if n is not None:
                per_col.setdefault(c, {})[role] = n
    return [Level1Statement(level1_family(names[c]), names[c], v.get("points"), v.get("score"), v.get("rate"),
                            table.cell_location(start, c), f"{names[c]} " + " ".join(f"{k}={n.text}" for k, n in v.items()))
            for c, v in per_col.items()]


def _names(row: list[str]) -> bool:
    return len({level1_family(x) for x in row} - {None}) >= 2


def cell_number(text: str) -> Number | None:
    """A summary cell's figure: "14分", "93.33%" and "15.00" alike."""
    return parse_number(re.sub(r"\s*(?:分|%|％)$", "", text.strip()))
