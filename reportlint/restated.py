"""Where a report states an indicator's points and score again, matched to the scoring table.

The same score appears up to five times: the scoring table's column, the
"得X分" that ends its 得分原因, the body paragraph about it, the per-一级 table
(表5–表8) and the summaries. Matching is by name, and only when the match is
unique: an ambiguous name is left unmatched, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from .figures import Number, parse_number
from .indicators import Indicator, columns_of, indicators_in, scoring_tables, self_assessment
from .level1 import Level1Statement
from .level1 import statements as level1_statements
from .model import Document, Location, Paragraph, Table
from .vocab import INDICATOR_CODE, SCORE_AT_END, SCORE_GIVEN, SCORE_WORD, level1_family, level1_mentioned

# "（2）年度绩效指标明确性。", "16.养护工程交工验收合格率（3分）。", "3、资金到位率：", "C41补贴标准执行一致性（权重3%）。",
# "4.1.3 消费维权成效（2分）。"
# how an indicator's paragraph is numbered: "（2）", "4.1.3 ", "16.", "C41"
_HEAD_NUMBER = (r"(?:[（(]\s*\d{1,2}\s*[）)]|\d{1,2}(?:[.．]\d{1,2}){1,3}\s*(?=\p{Han})|\d{1,2}\s*[.．、](?!\d)"
                r"|[A-Z]\d{1,4}(?=\p{Han}))")
_NUMBERED = re.compile(
    # "【A11 立项依据充分性】权重3分。……"
    r"^(?:【\s*(?:[A-Z]\d{1,4}\s*)?(?P<name>[^】]{2,30}?)\s*】"
    rf"|{_HEAD_NUMBER}"
    r"\s*(?P<name>[^。：:，,；;（()）]{2,30}?)\s*"
    r"(?:[（(][^（()）]{0,12}[）)])?\s*[。：:])"
)


# a second indicator's head inside a paragraph: "……得3.00分。C21参保率（4.00分）。……"
_ANOTHER_HEAD = re.compile(rf"[。；;]\s*【(?:[A-Z]\d{{0,4}}\s*)?\p{{Han}}[^】]{{1,29}}】|[。；;]\s*{_HEAD_NUMBER}\s*\p{{Han}}{{2,30}}?"
                           r"[（(][^（()）]{0,12}[）)]\s*[。：:]")


def level1_key(label: str) -> str:
    """A 一级 label's family (部门决策 and 决策 (15) are one), or the label itself outside the known families."""
    return level1_family(label) or name_key(label)


def name_key(name: str) -> str:
    """A name as it is compared: no quotes, brackets or spaces, no trailing 指标, no code ("A101立项依据充分性")."""
    return INDICATOR_CODE.sub("", re.sub(r"[\s“”\"'‘’「」（）()]|指标$", "", name))


def match_indicator(name: str, indicators: list[Indicator], level1: str | None = None,
                    level2: str | None = None) -> Indicator | None:
    """The one indicator this name stands for: exact first, then a unique prefix within the same 二级."""
    key = name_key(name)
    if not key:
        return None
    exact = [i for i in indicators if name_key(i.name) == key]
    if len(exact) == 1:
        return exact[0]
    if exact:
        return None
    pool = [i for i in indicators if (level1 is None or level1_key(level1) == level1_key(i.level1))
            and (level2 is None or name_key(level2) == name_key(i.level2))]
    if level2 is None:
        return None  # a partial name is matched only inside its 二级
    near = [i for i in pool if key.startswith(name_key(i.name)) or name_key(i.name).startswith(key)]
    return near[0] if len(near) == 1 else None


def score_at_end(text: str) -> Number | None:
    m = SCORE_AT_END.search(text)
    return parse_number(m.group("score")) if m else None


# a score that ends its sentence: "……完好率93.48%，得4.29分。3座水库的……已修复。"
_SCORE_ENDS_SENTENCE = re.compile(rf"(?<!扣|减){SCORE_GIVEN}\s*(?:[。；;]|$)")
_ANY_POINTS = re.compile(r"\d+(?:\.\d+)?\s*分(?![值析])")


def paragraph_score(text: str) -> Number | None:
    """The score a body paragraph gives its indicator: the one at its end, or the one score that ends a sentence
    when the sentences after it state no points at all (an explanation of the deduction, a remedy)."""
    at_end = score_at_end(text)
    if at_end is not None:
        return at_end
    found = list(_SCORE_ENDS_SENTENCE.finditer(text))
    if len(found) != 1 or _ANY_POINTS.search(text, found[0].end()):
        return None
    return parse_number(found[0].group("score"))


@dataclass(frozen=True)
class Restatement:
    indicator: Indicator
    where: str  # what kind of copy: 得分原因, 正文, 表格
    points: Number | None
    score: Number | None
    location: Location
    evidence: str


def reason_restatements(indicators: list[Indicator]) -> list[Restatement]:
    out = []
    for ind in indicators:
        s = score_at_end(ind.reason)
        if s is not None:
            out.append(Restatement(ind, "得分原因", None, s, ind.location, ind.reason[-60:]))
    return out


def paragraph_restatements(doc: Document, indicators: list[Indicator]) -> tuple[list[Restatement], list[str]]:
    """Body paragraphs "（2）年度绩效指标明确性。……得4分。"; also the names that matched ambiguously."""
    found: dict[tuple, list[tuple[Paragraph, str]]] = {}
    ambiguous: list[str] = []
    for p in doc.paragraphs:
        m = _NUMBERED.match(p.text)
        if not m or paragraph_score(p.text) is None or _ANOTHER_HEAD.search(p.text, m.end()):
            continue  # two indicators' paragraphs run together (a reader's join): whose score it ends with is unsure
        l1 = level1_mentioned(p.location.section)
        pool = [i for i in indicators if l1 is None or level1_key(i.level1) == l1]
        ind = match_indicator(m.group("name"), pool)
        if ind is None:
            continue
        found.setdefault((ind.level1, ind.level2, ind.name), []).append((p, m.group("name")))
    out = []
    by_key = {(i.level1, i.level2, i.name): i for i in indicators}
    for key, paras in found.items():
        if len(paras) > 1:  # two paragraphs claim the same indicator: neither can be trusted
            ambiguous.append(f"{key[2]}（{len(paras)} 段同名）")
            continue
        p, _ = paras[0]
        out.append(Restatement(by_key[key], "正文", None, paragraph_score(p.text), p.location, p.text[-60:]))
    return out, ambiguous


@dataclass(frozen=True)
class Level2Score:
    """A 二级's score listed after its 一级's: "评价得分32.03分，……其中产出数量11.24分、产出质量9.50分"."""

    level1: str
    level2: str
    score: Number
    location: Location
    evidence: str


# "其中目标设定5.50分": a score; "其中资金管理12分，得9.48分" lists a worth, then its score, and gives no bare score
_LISTED_SCORE = re.compile(r"(?P<name>[\p{Han}“”\"]{2,16}?)\s*(?:指标)?\s*(?:得分|得)?\s*(?:为)?\s*(?P<n>\d+(?:\.\d+)?)\s*分(?![值率])"
                           r"(?!\s*[，,]\s*(?:实际)?(?:得分|得)\s*(?:为)?\s*\d)")


def level2_scores(doc: Document, indicators: list[Indicator]) -> list[Level2Score]:
    """二级 scores a sentence lists under 其中 after a score: each name must be one 二级 of the table."""
    owners: dict[str, set] = {}
    for i in indicators:
        if i.level2:
            owners.setdefault(name_key(i.level2), set()).add((i.level1, i.level2))
    by_key = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}  # a 二级 name under two 一级 is no key
    out = []
    for text, location in doc.texts(min_cell=15):
        prev = ""
        for sentence in re.split(r"(?<=[。；;])", text):
            at = sentence.find("其中")
            # "……实际得分30.36分，得分率86.74%。其中数量指标得分13.56分，……": 其中 may open the next sentence
            lead = sentence[:at] if at >= 0 and sentence[:at].strip() else prev
            prev = sentence
            if at < 0 or not SCORE_WORD.search(lead):
                continue
            for m in _LISTED_SCORE.finditer(sentence, at + 2):
                name = re.sub(r"^[：:、，,\s]+|[“”\"]", "", m.group("name"))
                owner = by_key.get(name_key(name))
                if owner is None or level1_family(name):
                    continue
                out.append(Level2Score(*owner, parse_number(m.group("n")), location, sentence.strip()[:200]))
    return out


def level1_statements_of(doc: Document, indicators: list[Indicator]) -> list[Level1Statement]:
    """The 一级 statements (reportlint.level1) whose name is no 二级 or 三级 of the scoring table: "预算配置" under
    决策 is a 二级, though its words are a 一级 family's elsewhere."""
    lower = {name_key(n) for i in indicators for n in (i.level2, i.name)}
    return [s for s in level1_statements(doc) if name_key(s.name) not in lower]


def table_restatements(doc: Document, indicators: list[Indicator]) -> list[Restatement]:
    """Rows of the per-一级 tables (表5–表8) and any other indicator table but the scoring table itself."""
    mains = scoring_tables(doc)
    out = []
    for table in doc.tables:
        if table in mains or columns_of(table) is None or self_assessment(doc, table.caption):
            continue  # the unit's own 自评表 scores itself, not as the evaluation does
        for row in indicators_in(table):
            ind = match_indicator(row.name, indicators, row.level1 or _table_level1(table), row.level2 or None)
            if ind is None:
                continue
            out.append(Restatement(ind, "表格", row.points, row.score, row.location,
                                   f"{row.name} {row.points or ''} {row.score or ''}".strip()))
    return out


def _table_level1(table: Table) -> str | None:
    return level1_mentioned(table.caption)
