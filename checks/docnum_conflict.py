"""RL302 docnum-conflict: one document cited with different numbers, or one number under different titles.

What it checks
  Every document the report cites, national or local: every title with the numbers
  it is cited with, and every number with its titles. Numbers are compared as GB/T 9704
  writes them, so a wrong bracket alone is not a conflict (RL301 reports it).
  Each variant is listed with its count and places, against the majority form.
  Only slips are reported: a number one edit away (the year retyped, a digit lost)
  under the same title, or a title naming another document under the same number;
  yearly notices that share a title, a shortened title and a title without its
  issuer (《关于全面实施预算绩效管理的意见》 for 《中共中央 国务院关于……》) are not conflicts.

Why it matters
  A year retyped in one citation ("〔2024〕137号" for "〔2023〕137号") or a title
  pasted from another year makes the report's basis uncertain.

Failing example
  《……关于上报2023年度……工作计划的报告》（肃人社发〔2023〕137号）35 times,
  （肃人社发〔2024〕137号）5 times; 财预〔2020〕10号 cited as 《项目支出绩效评价管理办法》
  and once as 《项目支出绩效管理办法》.

Passing example
  The same title with the same number everywhere.
"""

from __future__ import annotations

from collections import defaultdict

import regex as re

from reportlint.findings import Coverage, Finding

ID = "RL302 docnum-conflict"
SEVERITY = "error"
SUMMARY = "同一文件标注了不同的发文字号，或同一发文字号对应不同的文件名"
SOURCE = "报告自身的引用"


def _title_key(title: str) -> str:
    return re.sub(r"[\s“”\"'‘’〈〉<>《》()（）]", "", title)


_WRAPPER = re.compile(r"^.{0,20}?(?:关于)?印发|的?通知$|^关于")


def _core(title: str) -> str:
    """The document's own name: "河南省人民政府办公厅关于印发〈X〉的通知" and "X" are one document."""
    return _WRAPPER.sub("", _title_key(title))


def _same_document(a: str, b: str) -> bool:
    ca, cb = _core(a), _core(b)
    return ca in cb or cb in ca


def _one_slip(a, b) -> bool:
    """Two numbers one editing slip apart: the year retyped, or a digit retyped, swapped with its neighbour, lost or
    added in the serial."""
    if a.code + a.mid != b.code + b.mid:
        return False
    if a.year != b.year:
        return int(a.lead + a.serial) == int(b.lead + b.serial)
    x, y = str(int(a.lead + a.serial)), str(int(b.lead + b.serial))
    if len(x) == len(y):
        diff = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
        # one digit retyped, or two neighbours swapped (37 for 73)
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]])
    short, long = sorted((x, y), key=len)
    return len(long) - len(short) == 1 and any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _places(items) -> str:
    shown = "；".join(d.location.human() for d in items[:4])
    return shown + (f" 等 {len(items)} 处" if len(items) > 4 else "")


def check(report, cov: Coverage):
    nums = [d for d in report.doc_numbers if not d.is_order]
    if not nums:
        return
    by_title = defaultdict(list)
    by_number = defaultdict(list)
    for d in nums:
        if d.title:
            by_title[_title_key(d.title)].append(d)
            by_number[d.canonical].append(d)
    for items in by_title.values():
        cov.examined += 1
        yield from _variants(items, key=lambda d: d.canonical, show=lambda d: d.text, related=_one_slip,
                             say=lambda v, m, vi, mi: (f"《{vi[0].title}》被标注为“{vi[0].text}”（{len(vi)} 处），"
                                                      f"多数引用为“{mi[0].text}”（{len(mi)} 处）"))
    for items in by_number.values():
        cov.examined += 1
        yield from _variants(items, key=lambda d: _title_key(d.title), show=lambda d: f"《{d.title}》",
                             related=lambda a, b: not _same_document(a.title, b.title),
                             say=lambda v, m, vi, mi: (f"发文字号“{vi[0].canonical}”对应的文件名为《{vi[0].title}》（{len(vi)} 处），"
                                                      f"多数引用为《{mi[0].title}》（{len(mi)} 处）"))


def _variants(items, key, show, say, related):
    """Each variant against the majority, when `related` says the two differ by a slip, not by design."""
    groups = defaultdict(list)
    for d in items:
        groups[key(d)].append(d)
    if len(groups) < 2:
        return
    ranked = sorted(groups.items(), key=lambda kv: -len(kv[1]))
    major, major_items = ranked[0]
    if len(ranked) > 1 and len(ranked[1][1]) == len(major_items):
        major = None  # no majority: every variant is reported against the most frequent
    for variant, vitems in ranked[1:]:
        if not related(vitems[0], major_items[0]):
            continue
        yield Finding(ID, SEVERITY, say(variant, major, vitems, major_items) + f"。位置：{_places(vitems)}",
                      vitems[0].location, evidence=f"《{vitems[0].title}》（{vitems[0].text}）",
                      expected=show(major_items[0]) if major else None, actual=show(vitems[0]))
