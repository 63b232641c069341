"""Document numbers (发文字号) as cited, kept exactly as written, with the title they are cited under.

GB/T 9704-2012 7.2.5 writes them 代字〔年份〕序号号: 肃财发〔2024〕77号. Reports
also write them wrongly — (2024), 第77号, 肃人社〔2023〕发137号, 肃财发7〔2024〕7号 —
so the pattern here is loose on purpose: checks judge, extraction only finds.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex as re

from .model import Document, Location
from .vocab import CITATION_LEAD_WORDS, FIRM_REPORT_CODES, alternation

_OPEN = "〔[［【（(﹝"
_CLOSE = "〕]］】）)﹞"
_DOCNUM = re.compile(
    rf"(?P<code>[\p{{Han}}A-Za-z]{{1,8}}?)(?P<lead>\d{{0,3}})\s*"
    rf"(?P<open>[{re.escape(_OPEN)}])\s*(?P<year>\d{{2,4}})\s*(?P<close>[{re.escape(_CLOSE)}])\s*"
    rf"(?P<mid>\p{{Han}}{{0,2}}?)\s*(?P<di>第)?\s*(?P<serial>\d{{1,5}})\s*号"
)
# the year run into the serial where a bracket was lost: 湘政发〔201910号 (no 〕), 益赫政发201612号 (neither);
# without any bracket only after an issuer code's usual last character, so "编号201612" is no 文号
_RUN_ON = re.compile(
    rf"(?P<code>[\p{{Han}}]{{1,8}}?)(?:(?P<open>[{re.escape(_OPEN)}])|(?<=[发函办字]))\s*"
    r"(?P<year>(?:19|20)\d\d)(?P<nian>\s*年\s*)?(?P<serial>(?(nian)\d|[1-9])\d{0,3})\s*号"
)
_ORDER = re.compile(r"(?P<code>[\p{Han}]{1,6}令)\s*第\s*(?P<serial>\d{1,5})\s*号")
_TITLE_BEFORE = re.compile(r"《(?P<title>[^《》]{2,120})》\s*[（(]?\s*$")
# a title whose 《 is missing, bounded by punctuation or a lead word of two characters or more (a lone 经
# may end a word: "奖补经费的通知》"), by 和/及 only after a citation ("《甲》和乙》": 人力资源和社会保障局
# is one name), never by the start of a cell: a converter may have cut the title there
_UNOPENED = re.compile(
    rf"(?:[，。；：、,;:]|(?<=[》）)号]\s*)(?:和|及)|{alternation(w for w in CITATION_LEAD_WORDS if len(w) > 1)})"
    rf"(?P<title>[^《》，。；：、,;:]{{4,80}})》\s*[（(]?\s*$"
)
_STOP = re.compile(r"[，,。；;：:、“”《》（）()\s]")


@dataclass(frozen=True)
class DocNumber:
    text: str  # as written, spaces removed
    code: str  # 发文机关代字, as far as it could be told
    year: str  # as written (2 or 4 digits)
    serial: str
    brackets: str  # the two bracket characters used
    is_order: bool  # 国令第729号: a 令 number, not a 〔year〕 number
    title: str | None  # 《title》 it is cited under, when right before it
    location: Location
    lead: str = ""  # digits between the code and the bracket (肃财发7〔2024〕7号)
    mid: str = ""  # code characters after the bracket (肃人社〔2023〕发137号)
    di: bool = False  # 第 before the serial
    unopened: str | None = None  # "……的通知》（号）": a title whose opening 《 is missing
    missing: str = ""  # the brackets lost, the year run into the serial: "〕" (湘政发〔201910号), "〔〕",
    # or the year written as a date instead: "年" (梅农发2023年22号)

    @property
    def canonical(self) -> str:
        """The number as GB/T 9704 writes it, with the editing slips put back: 肃财发〔2024〕77号."""
        if self.is_order:
            return self.text
        # "〔23〕": the century of a document these reports cite is not in doubt
        year = f"20{self.year}" if len(self.year) == 2 else self.year
        return f"{self.code}{self.mid}〔{year}〕{int(self.lead + self.serial)}号"

    @property
    def broken(self) -> bool:
        return bool(self.lead or self.mid or self.missing)

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "code": self.code,
            "year": self.year,
            "serial": self.serial,
            "brackets": self.brackets,
            "is_order": self.is_order,
            "title": self.title,
            "canonical": self.canonical,
            "location": self.location.to_dict(),
        }


_LEAD_WORDS = re.compile(rf"^(?:{alternation(CITATION_LEAD_WORDS)})+")


def _code(text: str, start: int, matched: str) -> str:
    """The issuer code: the Han run right before the bracket, cut at punctuation and at the words
    that introduce a citation in running text ("依据豫政办[2021]43号和豫政办…")."""
    head = text[max(0, start - 12) : start] + matched
    code = re.split(r"[^\p{Han}A-Za-z]|号", head)[-1]  # back to the previous number, figure or mark
    return _LEAD_WORDS.sub("", code) or code


def numbers_in_text(text: str, location: Location) -> list[DocNumber]:
    out = []
    for m in _DOCNUM.finditer(text):
        code = _code(text, m.start(), m.group("code"))
        if m.group("di") and code.endswith(FIRM_REPORT_CODES):
            continue  # "上会湘报字(2022)第0001号": a firm's report number, which GB/T 9704 does not govern
        before = text[max(0, m.start() - 130) : m.start()]
        title = _TITLE_BEFORE.search(before)
        unopened = None if title else _UNOPENED.search(before)
        written = re.sub(r"\s+", "", text[m.start() : m.end()])
        if not written.startswith(code):
            written = code + written[len(m.group("code")) :]
        out.append(
            DocNumber(written, code, m.group("year"), m.group("serial"), m.group("open") + m.group("close"),
                      False, title.group("title") if title else None, location,
                      lead=m.group("lead"), mid=m.group("mid"), di=bool(m.group("di")),
                      unopened=_LEAD_WORDS.sub("", unopened.group("title").strip()) if unopened else None)
        )
    for m in _RUN_ON.finditer(text):
        code = _code(text, m.start(), m.group("code"))
        title = _TITLE_BEFORE.search(text[max(0, m.start() - 130) : m.start()])
        written = re.sub(r"\s+", "", text[m.start() : m.end()])
        if not written.startswith(code):
            written = code + written[len(m.group("code")) :]
        out.append(
            DocNumber(written, code, m.group("year"), m.group("serial"), m.group("open") or "", False,
                      title.group("title") if title else None, location,
                      missing="〕" if m.group("open") else "年" if m.group("nian") else "〔〕")
        )
    for m in _ORDER.finditer(text):
        title = _TITLE_BEFORE.search(text[max(0, m.start() - 130) : m.start()])
        out.append(
            DocNumber(re.sub(r"\s+", "", m.group(0)), m.group("code"), "", m.group("serial"), "", True,
                      title.group("title") if title else None, location)
        )
    return out


def extract_doc_numbers(doc: Document) -> list[DocNumber]:
    return [d for text, loc in doc.texts() for d in numbers_in_text(text, loc)]
