"""The mechanics every rewording script shares (tests/reword/reword_c.py … reword_g.py).

A script holds one writer's phrasings as rules (L: a literal, R: a pattern, H: a header row) with the
scope each may touch; this module masks what must never change (《titles》, 文号), applies the rules in
order, counts where each applied, refuses to write when a line's or cell's facts changed (numbers, circled
marks, 文号, titles, brackets, the cells themselves), and writes the rewrite with its table of rules.
"""

from __future__ import annotations

import collections
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "fixtures" / "sunan-hrss-2024.txt"

# ------------------------------------------------------------------ protection
TITLE = re.compile(r"《[^《》\n]*》")
DOCNO = re.compile(
    r"[\u4e00-\u9fff]{1,8}\s?\d*\s?[〔\[(（【﹝]\s?\d{4}\s?[〕\])）】﹞]\s?[\u4e00-\u9fff]{0,2}\s?\d+\s?[\u4e00-\u9fff]?\s?\d*\s?号"
    r"|国令第\s?\d+\s?号")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")
CIRCLED = re.compile(r"[①-⑳]")
CN_COUNT = re.compile(r"[〇零一二三四五六七八九十百两]+(?=\s?(?:个|名|人|项|档|类|期|次|家|条|届|阶段|方面|部分|轮))")
DELIM = "。；，、：:（(\t"
PUA = 0xE000


def protected_spans(s: str) -> list[tuple[int, int]]:
    """Spans (start, end) whose text no rule may change: the inside of every
    《title》, a title cut by a line or cell end, the words before a lone 》
    (a title whose 《 is missing), and every 文号."""
    spans: list[tuple[int, int]] = []
    n = len(s)
    opened = None
    for i, ch in enumerate(s):
        if ch == "《":
            if opened is not None:            # 《 … 《 : the first one never closed
                spans.append((opened + 1, i))
            opened = i
        elif ch == "》":
            if opened is not None:
                spans.append((opened + 1, i))
                opened = None
            else:                             # a title whose 《 is missing
                j = i - 1
                while j >= 0 and s[j] not in DELIM and s[j] != "》":
                    j -= 1
                spans.append((j + 1, i))
    if opened is not None:
        spans.append((opened + 1, n))
    for m in DOCNO.finditer(s):
        spans.append((m.start(), m.end()))
    spans = sorted(x for x in spans if x[1] > x[0])
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def mask(s: str) -> tuple[str, list[str]]:
    out, kept, last = [], [], 0
    for a, b in protected_spans(s):
        out.append(s[last:a])
        out.append(chr(PUA + len(kept)))
        kept.append(s[a:b])
        last = b
    out.append(s[last:])
    return "".join(out), kept


def unmask(s: str, kept: list[str]) -> str:
    for k, text in enumerate(kept):
        ph = chr(PUA + k)
        if s.count(ph) != 1:
            raise SystemExit(f"{Path(sys.argv[0]).name}: a rule removed or copied a protected span: {text!r}")
        s = s.replace(ph, text)
    return s


# ------------------------------------------------------------------ document model
TOC_ROW = re.compile(r"^[^\t]+\t\s*\d+\s*$")


@dataclass
class Seg:
    line: int           # 0-based line index
    col: int            # -1 for a text line
    table: str | None   # summary, budget, toc, team, t4, ind, annex, survey
    section: str        # cover, summary, abstract, toc, body, analysis, annex, survey
    header: bool = False

    @property
    def text_line(self) -> bool:
        return self.col < 0


def classify(lines: list[str]) -> tuple[list[str], list[str | None], list[bool]]:
    """Section of every line, table kind of every tab line, header flag."""
    n = len(lines)
    idx = {k: None for k in ("summary", "abstract", "toc", "body", "analysis", "after", "annex", "survey")}
    for i, ln in enumerate(lines):
        s = ln.strip()
        if idx["summary"] is None and s.endswith("绩效评价结论表"):
            idx["summary"] = i
        elif s == "摘要" and idx["abstract"] is None:
            idx["abstract"] = i
        elif s == "目录" and idx["toc"] is None:
            idx["toc"] = i
        elif idx["toc"] is not None and idx["body"] is None and s.endswith("绩效评价报告") and "\t" not in ln:
            idx["body"] = i
        elif idx["body"] is not None and idx["analysis"] is None and s == "四、绩效评价指标分析":
            idx["analysis"] = i
        elif idx["analysis"] is not None and idx["after"] is None and s.startswith("五、"):
            idx["after"] = i
        elif s.startswith("附件1：") and "\t" not in ln:
            idx["annex"] = i
        elif s.startswith("附件2：") and "\t" not in ln:
            idx["survey"] = i
    assert all(v is not None for v in idx.values()), idx
    order = ["summary", "abstract", "toc", "body", "analysis", "after", "annex", "survey"]
    names = {"summary": "summary", "abstract": "abstract", "toc": "toc", "body": "body",
             "analysis": "analysis", "after": "body", "annex": "annex", "survey": "survey"}
    section = []
    for i in range(n):
        sec = "cover"
        for k in order:
            if i >= idx[k]:
                sec = names[k]
        section.append(sec)

    table: list[str | None] = [None] * n
    header = [False] * n
    i = 0
    current = None
    while i < n:
        ln = lines[i]
        if "\t" not in ln:
            if ln.strip():
                current = None            # a paragraph ends any table
            i += 1
            continue
        cells = [c.strip() for c in ln.split("\t")]
        sec = section[i]
        if sec == "toc" and TOC_ROW.match(ln):
            kind = "toc"
        elif sec == "summary":
            kind = "summary"
        elif sec == "annex":
            kind = "annex"
        elif sec == "survey":
            kind = "survey"
        elif cells[:3] == ["一级指标", "二级指标", "三级指标"]:
            kind = current = "ind"
        elif cells[:2] == ["一级指标", "分值"]:
            kind = current = "t4"
        elif cells[:2] == ["名称", "姓名"]:
            kind = current = "team"
        elif current in ("ind", "t4", "team"):
            kind = current
        else:
            kind = "budget"
        table[i] = kind
        header[i] = cells[0] == "一级指标" or cells[:2] == ["名称", "姓名"] or cells == ["选项", "小计", "比例"]
        i += 1
    return section, table, header


# ------------------------------------------------------------------ rules
Scope = Callable[[Seg], bool]


def text(*sections: str) -> Scope:
    return lambda s: s.text_line and (not sections or s.section in sections)


def cell(table: str, *cols: int, header: bool | None = False) -> Scope:
    return lambda s: (not s.text_line and s.table == table and (not cols or s.col in cols)
                      and (header is None or s.header == header))


def either(*scopes: Scope) -> Scope:
    return lambda s: any(f(s) for f in scopes)


ANY: Scope = lambda s: True  # noqa: E731


@dataclass
class Rule:
    id: str
    what: str                 # category
    scope: Scope
    pattern: str              # a regular expression (re.escape it for a literal)
    repl: str | Callable[[re.Match, int], str]
    imitates: str             # the real phrasing imitated
    src: str                  # key of SRC
    expect: int | None = None  # exact number of places, None = at least one
    literal: bool = False
    applied: int = 0
    example: tuple[str, str] = ("", "")
    where: set = field(default_factory=set)


def L(id, what, scope, old, new, imitates, src, expect=None):
    """A literal rewrite."""
    return Rule(id, what, scope, re.escape(old), new.replace("\\", "\\\\"), imitates, src, expect, literal=True)


def R(id, what, scope, pattern, repl, imitates, src, expect=None):
    """A regular-expression rewrite."""
    return Rule(id, what, scope, pattern, repl, imitates, src, expect)


# headings: keep the number (一、 （一） (一) 1、), change the words; in the body and in the 目录
HEAD_PREFIX = r"^((?:[一二三四五六七八九十]+、)|(?:[（(]\s?[一二三四五六七八九十]+\s?[）)]\s?)|(?:\d+、))"


def H(id, old, new, imitates, src, expect):
    return Rule(id, "heading", either(text(), cell("toc", 0)), HEAD_PREFIX + re.escape(old) + r"$",
                r"\g<1>" + new, imitates, src, expect)


# --- the per-element rule sentence, three house variants used in turn


def segments(lines, section, table, header):
    for i, ln in enumerate(lines):
        if "\t" in ln:
            for j in range(len(ln.split("\t"))):
                yield Seg(i, j, table[i], section[i], header[i])
        else:
            yield Seg(i, -1, None, section[i], False)


def apply(lines: list[str], rules: list[Rule], writer: str) -> list[str]:
    section, table, header = classify(lines)
    out = [ln.split("\t") if "\t" in ln else [ln] for ln in lines]
    segs = list(segments(lines, section, table, header))
    masked = {}
    for s in segs:
        col = max(s.col, 0)
        masked[(s.line, col)] = mask(out[s.line][col])
    only = {x for x in os.environ.get(f"REWORD_{writer.upper()}_ONLY", "").split(",") if x}
    skip = {x for x in os.environ.get(f"REWORD_{writer.upper()}_SKIP", "").split(",") if x}
    partial = bool(only or skip)
    for rule in rules:
        if (only and rule.id not in only) or rule.id in skip:
            continue
        rx = re.compile(rule.pattern)
        for s in segs:
            if not rule.scope(s):
                continue
            key = (s.line, max(s.col, 0))
            m_text, kept = masked[key]
            k0 = rule.applied

            def sub(m, rule=rule):
                k = rule.applied
                rule.applied += 1
                if callable(rule.repl):
                    return rule.repl(m, k)
                return m.expand(rule.repl)
            new = rx.sub(sub, m_text)
            if rule.applied > k0:
                if not rule.example[0]:
                    rule.example = (unmask(m_text, kept), unmask(new, kept))
                rule.where.add(s.section if s.text_line else f"{s.table}:{s.col}")
                masked[key] = (new, kept)
        if os.environ.get(f"REWORD_{writer.upper()}_DEBUG") or partial:
            if os.environ.get(f"REWORD_{writer.upper()}_DEBUG"):
                print(f"{rule.id}\t{rule.applied}\t{rule.expect}", file=sys.stderr)
            continue
        if rule.expect is not None and rule.applied != rule.expect:
            raise SystemExit(f"reword_{writer}.py: rule {rule.id} changed {rule.applied} places, expected {rule.expect}")
        if rule.expect is None and rule.applied == 0:
            raise SystemExit(f"reword_{writer}.py: rule {rule.id} changed nothing")
    for (i, j), (m_text, kept) in masked.items():
        out[i][j] = unmask(m_text, kept)
    return ["\t".join(c) for c in out]


# ------------------------------------------------------------------ safety check
CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_value(s: str) -> str:
    """三 -> 3, 十六 -> 16, 四十四 -> 44 (counts before a measure word)."""
    total, cur = 0, 0
    for ch in s:
        if ch in CN_DIGIT:
            cur = CN_DIGIT[ch]
        elif ch == "十":
            total += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            total += (cur or 1) * 100
            cur = 0
    return str(total + cur)


def facts(s: str, cn_as_numbers: bool) -> tuple:
    """What a line or cell must keep: its numbers, circled marks, 文号, titles and brackets. Counts in
    Chinese numerals are their own fact (writers C, D) or the same number as their Arabic form (E on)."""
    numbers = collections.Counter(NUMBER.findall(s))
    counted = collections.Counter(CN_COUNT.findall(s))
    if cn_as_numbers:
        numbers += collections.Counter(cn_value(x) for x in counted.elements())
    shared = (collections.Counter(CIRCLED.findall(s)),
              collections.Counter(re.sub(r"\s", "", d) for d in DOCNO.findall(s)),
              collections.Counter(TITLE.findall(s)),
              (s.count("《"), s.count("》"), s.count("〔"), s.count("〕")))
    return (numbers, *shared) if cn_as_numbers else (numbers, shared[0], counted, *shared[1:])


def fact_names(cn_as_numbers: bool) -> tuple:
    if cn_as_numbers:
        return ("numbers (Chinese-numeral counts read as numbers)", "circled element marks", "文号", "《titles》",
                "bracket counts")
    return ("numbers", "circled element marks", "counted Chinese numerals", "文号", "《titles》", "bracket counts")


def check(before: list[str], after: list[str], writer: str, cn_as_numbers: bool) -> None:
    problems = []
    if len(before) != len(after):
        raise SystemExit(f"reword_{writer}.py: line count changed {len(before)} -> {len(after)}")
    for i, (a, b) in enumerate(zip(before, after, strict=True)):
        ca, cb = a.split("\t"), b.split("\t")
        if len(ca) != len(cb):
            problems.append(f"line {i + 1}: {len(ca)} cells became {len(cb)}")
            continue
        if bool(a.strip()) != bool(b.strip()):
            problems.append(f"line {i + 1}: blank line changed")
        for j, (x, y) in enumerate(zip(ca, cb, strict=True)):
            if bool(x.strip()) != bool(y.strip()):
                problems.append(f"line {i + 1} cell {j + 1}: an empty cell filled or a cell emptied")
            for name, fx, fy in zip(fact_names(cn_as_numbers), facts(x, cn_as_numbers), facts(y, cn_as_numbers),
                                    strict=True):
                if fx != fy:
                    problems.append(f"line {i + 1} cell {j + 1}: {name} changed: {fx} -> {fy}")
    if problems:
        raise SystemExit(f"reword_{writer}.py: refusing to write, the rewrite changed facts:\n  " + "\n  ".join(problems[:40]))


# ------------------------------------------------------------------ main
def tsv_field(s: str) -> str:
    return " ".join(s.replace("\t", " ⇥ ").split())


def main(argv: list[str], writer: str, rules: list[Rule], sources: dict[str, str], usage: str,
         cn_as_numbers: bool = True) -> int:
    """`python3 reword_X.py OUT_DIR [SOURCE]`: rewrite, check, and write OUT_DIR/sunan-reworded-X.txt and
    OUT_DIR/rewrites-X.tsv."""
    if len(argv) not in (2, 3):
        print(usage, file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    source = Path(argv[2]) if len(argv) == 3 else SOURCE
    lines = source.read_text(encoding="utf-8").split("\n")
    new_lines = apply(lines, rules, writer)
    check(lines, new_lines, writer, cn_as_numbers)
    total = sum(r.applied for r in rules)
    partial = os.environ.get(f"REWORD_{writer.upper()}_ONLY") or os.environ.get(f"REWORD_{writer.upper()}_SKIP")
    if total < 150 and not partial:
        raise SystemExit(f"reword_{writer}.py: only {total} places rewritten, fewer than 150")
    outdir.mkdir(parents=True, exist_ok=True)
    text_out, table_out = outdir / f"sunan-reworded-{writer}.txt", outdir / f"rewrites-{writer}.tsv"
    text_out.write_text("\n".join(new_lines), encoding="utf-8")
    rows = ["id\tcategory\tcount\twhere\tbefore (first place)\tafter (first place)\timitates (real phrasing)\tsource"]
    for r in rules:
        rows.append("\t".join([r.id, r.what, str(r.applied), ",".join(sorted(r.where)),
                               tsv_field(r.example[0])[:300], tsv_field(r.example[1])[:300],
                               tsv_field(r.imitates), sources[r.src]]))
    rows.append("\t".join(["TOTAL", "", str(total), "", "", "", "", ""]))
    table_out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    changed = sum(1 for a, b in zip(lines, new_lines, strict=True) if a != b)
    print(f"reword_{writer}.py: {total} places rewritten by {len(rules)} rules, {changed} lines changed; "
          f"wrote {text_out} and {table_out}")
    return 0
