"""Text clean-up shared by all readers: CJK spacing, conversion debris, headings."""

from __future__ import annotations

import regex as re

from .vocab import AMOUNT_UNIT, COUNT_UNIT

# Han characters and the full-width punctuation that sits between them.
_CJK = r"\p{Han}\u3000-\u303f\uff00-\uffef“”‘’《》〈〉【】〔〕…—·≥≤×÷±①-⑳"
_SPACE_AROUND_CJK = re.compile(rf"(?<=[{_CJK}])[ \t]+|[ \t]+(?=[{_CJK}])")
_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u3000]+")
_HTML_TAG = re.compile(r"</?(?:p|br|span|div|b|i|u|strong|em|sup|sub)\b[^>]*>", re.I)
_LATEX = [
    (re.compile(r"\\geq?\b|\\geqslant\b"), "≥"),
    (re.compile(r"\\leq?\b|\\leqslant\b"), "≤"),
    (re.compile(r"\\times\b"), "×"),
    (re.compile(r"\\div\b"), "÷"),
    (re.compile(r"\\pm\b"), "±"),
    (re.compile(r"\\%"), "%"),
    (re.compile(r"\\text\{([^}]*)\}"), r"\1"),
    (re.compile(r"\\mathrm\{([^}]*)\}"), r"\1"),
]
_NUMBER_BREAK = re.compile(r"(?<=\d[,.]?)\s*\n\s*(?=[\d,.%])")
_LINE_BREAK = re.compile(r"(?<=(.))?[ \t]*\n\s*(?=(.))?", re.S)


def _line_break(m: re.Match) -> str:
    """A wrapped line joins its neighbour directly, except between two Latin words."""
    before, after = m.group(1) or "", m.group(2) or ""
    return " " if re.match(r"[A-Za-z0-9]", before) and re.match(r"[A-Za-z0-9]", after) else ""


_INLINE_MATH = re.compile(r"\$([^$\n]{1,200})\$")


def _unlatex(match: re.Match) -> str:
    body = match.group(1)
    for pattern, repl in _LATEX:
        body = pattern.sub(repl, body)
    return body.replace("{", "").replace("}", "").replace("\\", "").strip()


def clean(text: str) -> str:
    """One logical string: no markup debris, no line breaks, no spaces PDF put between CJK.

    Spaces between two Latin or digit tokens are kept ("Table 1"); a space next to a
    Han character or full-width punctuation is an artifact of extraction and goes.
    """
    if not text:
        return ""
    text = _HTML_TAG.sub(" ", text)
    if "$" in text:
        text = _INLINE_MATH.sub(_unlatex, text)
    if "\\" in text:
        for pattern, repl in _LATEX:
            text = pattern.sub(repl, text)
    text = text.replace("\r", "\n")
    text = _NUMBER_BREAK.sub("", text)  # a figure wrapped inside a narrow cell
    text = _LINE_BREAK.sub(_line_break, text)
    text = _SPACES.sub(" ", text)
    text = _SPACE_AROUND_CJK.sub("", text)
    return text.strip()


# Heading numbering as Chinese reports write it, outermost first.
HEADING_PATTERNS = [
    (1, re.compile(r"^([一二三四五六七八九十]+[、.．])")),
    (2, re.compile(r"^([（(][一二三四五六七八九十]+[）)])")),
    (3, re.compile(r"^(\d{1,2}[、.．])(?!\d)")),
    (4, re.compile(r"^([（(]\d{1,2}[）)])")),
]
_ANNEX = re.compile(r"^(附件\s*\d+)[：:\s]?")
_UNNUMBERED = {"摘要", "目录", "前言", "附件", "报告摘要"}
_SENTENCE_END = re.compile(r"[。；;！？!?]$|[。；;]")
CAPTION = re.compile(r"^(?:表|附表)\s*\d+(?:[-－.．]\d+)?\s*[：:、.．\s]?")


def heading_of(text: str, max_len: int = 32) -> tuple[int, str] | None:
    """(level, number) when a line reads as a heading, else None.

    A numbered line is a heading only when it is short and not a sentence: list
    items such as "1、贯彻执行国家……法规。" are paragraphs.
    """
    if not text or len(text) > max_len or _SENTENCE_END.search(text):
        return None
    if text in _UNNUMBERED:
        return 1, ""
    m = _ANNEX.match(text)
    if m:
        return 1, m.group(1)
    for level, pattern in HEADING_PATTERNS:
        m = pattern.match(text)
        if m and len(text) > len(m.group(1)):
            return level, m.group(1)
    return None


def is_caption(text: str) -> bool:
    return bool(CAPTION.match(text)) and len(text) <= 50 and not _SENTENCE_END.search(text)


_NUMERIC_CELL = re.compile(rf"^[-+−(（]?[\d,，.]+[)）]?\s*(?:%|％|{AMOUNT_UNIT}|分|{COUNT_UNIT})?$")


def is_numeric(text: str) -> bool:
    """A cell that holds one figure, also when a narrow column wrapped it ("4902.8" over "9")."""
    return bool(_NUMERIC_CELL.match(_NUMBER_BREAK.sub("", text.strip()))) if text else False


def is_rule_line(text: str) -> bool:
    """A line of dashes that a converter left as a table separator."""
    return bool(text) and set(text.strip()) <= set("-—–=_ |:")


# "甲、乙分别为0万元和4055.17万元", "“预算执行”“资金管理”分别赋予12分、6分": several names, then 分别 and as
# many values, said one by one as the checks read them ("甲为0万元，乙为4055.17万元")
_NAME = r"(?:[“\"][^”\"]{1,20}[”\"]|[\p{Han}A-Za-z]{2,20})"
_VALUE = rf"\d+(?:\.\d+)?\s*(?:{AMOUNT_UNIT}|%|％|分|{COUNT_UNIT})"
_RESPECTIVELY = re.compile(
    rf"(?P<names>{_NAME}(?:\s*[、和及与]?\s*{_NAME})+?)\s*(?:分别|依次)\s*(?P<verb>为|是|达到|达|占|有|赋予|赋分|设置|设|配置|分配|计)?\s*"
    rf"(?P<values>{_VALUE}(?:\s*[、，,和及与]\s*{_VALUE})+)"
)
_WORTH_VERBS = {"赋予": "赋分", "赋分": "赋分", "设置": "赋分", "设": "赋分", "配置": "赋分", "分配": "赋分"}


def respectively(text: str) -> str:
    """Names and values paired by 分别, written out pair by pair; left as it is when the counts differ."""
    if "分别" not in text and "依次" not in text:
        return text

    def spread(m: re.Match) -> str:
        names = re.findall(_NAME, m.group("names"))
        values = re.findall(_VALUE, m.group("values"))
        if len(names) != len(values) or len(names) < 2:
            return m.group(0)
        verb = _WORTH_VERBS.get(m.group("verb") or "", m.group("verb") or "为")
        return "，".join(f"{n}{verb}{v}" for n, v in zip(names, values, strict=True))

    return _RESPECTIVELY.sub(spread, text)
