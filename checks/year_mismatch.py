"""RL304 year-mismatch: years that contradict each other or the evaluated period.

What it checks
  - a title that states the year the document concerns against the year of its
    number: 《……关于批复2023年部门预算的通知》（肃财发〔2024〕77号）;
  - the report's own work papers (its questionnaire, its scoring table) against
    the evaluated period stated in the report's title ("2024年度……绩效评价报告");
  - a cited document issued after the report: its 文号's year, or the issue
    date the report gives it ("（潆财绩〔2025〕21号，2025年5月16日印发）"),
    later than the report's own date (the cover's or the sign-off's date, a
    报告日期 / 填报日期 line; where they differ, the latest);
  - a date that does not exist ("2025年3月31日至4月31日": April has 30 days), a span that ends before it
    starts ("2025年4月21日—2025年4月11日");
  - the report's dates: the cover date and 评价日期 after the period,
    评价日期 within the work period the report states ("于2025年6-8月期间"), and
    labelled dates (成文日期, 评价日期) written as GB/T 9704-2012 7.3.5.2 asks:
    Arabic numerals, the year in full, no leading zeros (2025年8月1日).

Why it matters
  A questionnaire headed with last year's period, or a budget approval of the
  wrong year, shows material pasted from an earlier evaluation.

Failing example
  "2023年……部门整体支出绩效评价调查问卷" in a report on 2024年度.

Passing example
  "2024年度……绩效评价指标体系评分表" in a report on 2024年度.
"""

from __future__ import annotations

import calendar
from collections import defaultdict

import regex as re

from reportlint.findings import Coverage, Finding
from reportlint.vocab import REPORT_TITLE_WORDS, UNIT_SUFFIXES, WORK_PAPER_WORDS, alternation, cn_number

ID = "RL304 year-mismatch"
SEVERITY = "error"
SUMMARY = "年份相互矛盾：文件名与文号年份、工作底稿与评价期间、报告日期与评价期间"
SOURCE = "报告自身的评价期间；GB/T 9704-2012 7.3.5.2（成文日期）"

_PERIOD = re.compile(
    rf"(?P<y>20\d{{2}})\s*年度?.{{0,40}}?(?:{alternation(REPORT_TITLE_WORDS)})"
    rf"|(?:{alternation(REPORT_TITLE_WORDS)})\s*[（(]\s*(?P<y2>20\d{{2}})\s*年度?\s*[）)]"  # "…自评表（2022年度）"
)
_BUDGET_TITLE = re.compile(r"批复.{0,8}?(?P<y>20\d{2})\s*年度?.{0,10}?预算")
# "2023年度……满意度调查问卷", also after the place or unit it belongs to: "桐溪县2023年度……调查问卷统计"
_WORK_PAPER = re.compile(
    rf"^(?:\p{{Han}}{{1,12}}?(?:{alternation(UNIT_SUFFIXES)}))?(?P<y>20\d{{2}})\s*年度?.{{2,60}}?(?:{alternation(WORK_PAPER_WORDS)})"
)
_CN_DATE = re.compile(r"^(?P<y>[〇零一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月")
_EVAL_DATE = re.compile(r"评价日期\s*[：:]\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_LABELLED_DATE = re.compile(
    r"(?P<label>成文日期|评价日期|报告日期|印发日期|签发日期)\s*[：:]\s*(?P<date>(?P<y>\d{2,4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日)?)"
)
_DOCUMENT_DATES = ("成文日期", "印发日期", "签发日期")
# the evaluation's own work span: "于2025年6-8月", "于2025年4月至5月", "于2025年4月7日至5月30日"
_WORK_SPAN = re.compile(
    r"于\s*(?P<y>20\d{2})\s*年\s*(?P<a>\d{1,2})\s*(?:月\s*(?:\d{1,2}\s*日)?)?\s*[-—–至到~]\s*"
    r"(?:(?P<y2>20\d{2})\s*年\s*)?(?P<b>\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?"
)


_PART_OF_WORK = r"问卷|调查|访谈|座谈|走访|抽查"  # a step of the work, with its own span
# a span to the day: "于2025年4月14日至6月27日", "于2025年7月3日至9日", "于2025年6-8月"
_DAY_SPAN = re.compile(
    r"(?:于|(?:调查|问卷|走访|评价|工作)时间\s*[：:]\s*)(?P<y>20\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日)?\s*[-—–至到~]\s*"
    r"(?:(?P<y2>20\d{2})\s*年\s*)?(?:(?P<m2>\d{1,2})\s*月\s*)?(?:(?P<d2>\d{1,2})\s*日)?"
)

SETTINGS = {"period": 0}  # the evaluated year, when the report's title does not state it (0: read it)


def evaluated_year(doc) -> int | None:
    """The evaluated year, from the report's title near its start."""
    texts = [b.text.replace(" ", "") for b in doc.blocks[:8] if b.kind in ("heading", "paragraph")]
    for text, after in zip(texts, [*texts[1:], ""], strict=True):
        m = _PERIOD.search(text) or _PERIOD.search(text + after[:12])  # the year may stand on the next line
        if m:
            return int(m.group("y") or m.group("y2"))
    return None


def check(report, cov: Coverage, period: int = 0):
    yield from _title_years(report, cov)
    yield from _documents_after_the_report(report, cov)
    year = period or evaluated_year(report.doc)
    if year is None:
        cov.skip("封面", "未能从报告标题读出评价期间（如“2024年度……绩效评价报告”）")
        return
    yield from _work_papers(report, cov, year)
    yield from _dates(report, cov, year)


def _title_years(report, cov):
    groups = defaultdict(list)
    for d in report.doc_numbers:
        if d.is_order or not d.title or len(d.year) != 4:
            continue
        m = _BUDGET_TITLE.search(d.title)
        if not m:
            continue
        cov.examined += 1
        if int(m.group("y")) != int(d.year):
            groups[(d.title, d.text)].append(d)
    for (title, text), items in groups.items():
        places = "；".join(x.location.human() for x in items[:4]) + (f" 等 {len(items)} 处" if len(items) > 4 else "")
        yield Finding(ID, SEVERITY,
                      f"《{title}》批复的是{_BUDGET_TITLE.search(title).group('y')}年预算，文号却是〔{items[0].year}〕（{text}）。位置：{places}",
                      items[0].location, evidence=f"《{title}》（{text}）",
                      expected=_BUDGET_TITLE.search(title).group("y"), actual=items[0].year)


# the report's own date: a paragraph that is only a date (cover, sign-off), or a labelled one
_DATE = r"(?P<y>20\d{2}|[〇零一二][〇零一二三四五六七八九]{3})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?"
_OWN_DATE = re.compile(rf"^(?:(?:报告日期|填报日期|编制日期|出具日期|报告时间)\s*[：:]\s*)?{_DATE}\s*$")
# an issue date given with a cited document: "（潆财绩〔2025〕21号，2025年5月16日印发）"
_ISSUED = re.compile(rf"\s*[，,、]?\s*(?:于)?\s*(?P<when>{_DATE})\s*(?:印发|发布|下发|出台|颁布|施行)")
_ISSUED_BEFORE = re.compile(rf"于\s*(?P<when>{_DATE})\s*(?:印发|发布|下发|出台|颁布)(?:了)?\s*$")


def _number(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else cn_number(text)


def _as_date(m) -> tuple[int, int, int] | None:
    y, mo, d = _number(m.group("y")), _number(m.group("m")), _number(m.group("d"))
    if y is None or mo is None or not 1 <= mo <= 12:
        return None
    return int(y), int(mo), int(d) if d else 31  # a month alone stands for its last day


def report_date(doc) -> tuple[tuple[int, int, int], str] | None:
    """The report's date as written on its cover or sign-off; the latest when they differ."""
    blocks = [b for b in doc.blocks if b.kind == "paragraph"]
    found = []
    for block in blocks[:15] + blocks[-8:]:
        m = _OWN_DATE.match(block.text.replace(" ", "").replace("\u3000", ""))
        if m and (date := _as_date(m)):
            found.append((date, block.text.strip()))
    return max(found) if found else None


def _documents_after_the_report(report, cov):
    own = report_date(report.doc)
    if own is None:
        return
    (year, month, day), written = own
    texts = {loc: text for text, loc in report.doc.texts()}
    said = set()
    for d in report.doc_numbers:
        if d.is_order or len(d.year) != 4 or d.text in said:
            continue
        cov.examined += 1
        issued = None
        text = texts.get(d.location, "")
        at = text.replace(" ", "").find(d.text)
        if at >= 0:
            compact = text.replace(" ", "")
            m = _ISSUED.match(compact, at + len(d.text))
            if m is None:  # "已于2025年7月15日印发《……》（琅人社发〔2025〕37号）": the date before the title
                opening = compact.rfind("《", 0, at)
                m = _ISSUED_BEFORE.search(compact[max(0, opening - 30): opening]) if opening >= 0 else None
            issued = (_as_date(m), m.group("when")) if m else None
        if int(d.year) > year:
            what = f"文号年份为 {d.year} 年"
        elif issued and issued[0] and issued[0] > (year, month, day):
            what = f"所注印发日期为 {issued[1]}"
        else:
            continue
        said.add(d.text)
        yield Finding(ID, SEVERITY, f"引用的文件“{d.text}”{what}，晚于报告日期（{written}）", d.location,
                      evidence=(f"《{d.title}》" if d.title else "") + f"（{d.text}）", expected=f"不晚于{written}",
                      actual=d.text)


def _work_papers(report, cov, year):
    for text, loc in report.doc.texts(headings=True):
        compact = text.replace(" ", "")
        m = _WORK_PAPER.match(compact)
        if not m or len(compact) > 80 or "《" in compact[: m.end()]:
            continue
        cov.examined += 1
        if int(m.group("y")) != year:
            yield Finding(ID, SEVERITY, f"工作底稿“{compact[:50]}”写的是 {m.group('y')} 年，评价期间为 {year} 年度", loc,
                          evidence=compact[:80], expected=str(year), actual=m.group("y"))


def _evaluation_spans(doc) -> dict:
    """The work spans of the evaluation itself, by value: a survey's or a visit's span is a part of it, not it."""
    spans = {}
    for text, _ in doc.texts(headings=True):
        for sentence in re.split(r"(?<=[。；;])", text.replace(" ", "")):
            m = _WORK_SPAN.search(sentence)
            if m and not re.search(_PART_OF_WORK, sentence):
                spans.setdefault((m.group("y"), m.group("a"), m.group("y2"), m.group("b")), m)
    return spans


def _day_span(m) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    if not (m.group("m2") or m.group("d2")):
        return None
    y, mo = int(m.group("y")), int(m.group("m"))
    start = (y, mo, int(m.group("d") or 1))
    end = (int(m.group("y2") or y), int(m.group("m2") or mo), int(m.group("d2") or 31))
    return (start, end) if start <= end else None


def _said(m) -> str:
    return re.sub(r"^(?:于|\p{Han}{2}时间\s*[：:]\s*)", "", m.group(0))


def _survey_outside_work(doc, cov):
    """A survey or a visit the report dates outside the one span it gives its evaluation work."""
    work, steps = {}, []
    for text, loc in doc.texts(headings=True):
        for sentence in re.split(r"(?<=[。；;])", text.replace(" ", "")):
            m = _DAY_SPAN.search(sentence)
            span = _day_span(m) if m else None
            if span is None:
                continue
            if re.search(_PART_OF_WORK, sentence):
                steps.append((span, _said(m), sentence, loc))
            else:
                work.setdefault(span, _said(m))
    if len(work) != 1:
        return
    (start, end), written = next(iter(work.items()))
    for (a, b), said, sentence, loc in steps:
        cov.examined += 1
        if start <= a and b <= end:
            continue
        yield Finding(ID, SEVERITY, f"调查或走访时间（{said}）不在报告所述评价工作期间（{written}）内", loc,
                      evidence=sentence[:200], expected=written, actual=said)


# a month and day, with the year when it stands right before: "2025年4月31日", "至4月31日"
_MONTH_DAY = re.compile(r"(?:(?P<y>20\d{2})\s*年\s*)?(?<![\d.])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")


def _impossible_dates(doc, cov):
    for text, loc in doc.texts(headings=True):
        for m in _MONTH_DAY.finditer(text):
            mo, d = int(m.group("m")), int(m.group("d"))
            if not 1 <= mo <= 12 or text.count("“", 0, m.start()) > text.count("”", 0, m.start()):
                continue  # a date quoted from another document ("通知中规定“……应于2023年11月31日前完成”") is its own
            cov.examined += 1
            y = int(m.group("y")) if m.group("y") else 2024  # a leap year: 2月29日 stands unless its year says otherwise
            if d <= calendar.monthrange(y, mo)[1] and d >= 1:
                continue
            days = calendar.monthrange(y, mo)[1]
            yield Finding(ID, SEVERITY, f"日期“{m.group(0)}”不存在（{mo}月只有 {days} 天）", loc,
                          evidence=text[max(0, m.start() - 20): m.end() + 10], expected=f"{mo}月1日至{mo}月{days}日之间",
                          actual=m.group(0))


# a span of days: "2025年4月21日—2025年4月11日", "2025年4月21日至11日"
_SPAN_OF_DAYS = re.compile(
    r"(?P<y>20\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:[-—–~～]{1,2}|至|到)\s*"
    r"(?:(?P<y2>20\d{2})\s*年\s*)?(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日"
)


def _reversed_spans(doc, cov):
    """A span whose end comes before its start (淮岭: "分析评价及报告撰写阶段（2025年4月21日—2025年4月11日）")."""
    for text, loc in doc.texts(headings=True):
        for m in _SPAN_OF_DAYS.finditer(text.replace(" ", "")):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
            mo2, d2 = int(m.group("m2") or mo), int(m.group("d2"))
            if not m.group("y2") and mo2 < mo:
                continue  # "12月20日至1月5日" may run into the next year
            cov.examined += 1
            if (int(m.group("y2") or y), mo2, d2) < (y, mo, d):
                yield Finding(ID, SEVERITY, f"时间段“{m.group(0)}”的结束日期早于开始日期", loc, evidence=m.group(0),
                              expected="结束日期不早于开始日期", actual=m.group(0))


def _dates(report, cov, year):
    doc = report.doc
    yield from _impossible_dates(doc, cov)
    yield from _reversed_spans(doc, cov)
    yield from _survey_outside_work(doc, cov)
    for block in doc.blocks[:12]:  # the cover date, written in Chinese numerals
        if block.kind != "paragraph":
            continue
        m = _CN_DATE.match(block.text.replace(" ", ""))
        if m:
            y = int(cn_number(m.group("y")))
            cov.examined += 1
            if y <= year:
                yield Finding(ID, SEVERITY, f"报告日期 {block.text} 不在评价期间（{year}年度）之后", block.location,
                              evidence=block.text, expected=f"晚于{year}年", actual=block.text)
            break
    for text, loc in doc.texts(headings=True):
        for m in _LABELLED_DATE.finditer(text):
            if m.group("label") not in _DOCUMENT_DATES:
                continue  # a form's 报告日期 / 评价日期 field: GB/T 9704 governs the 公文's own date only
            cov.examined += 1
            y, mo, d = m.group("y"), m.group("m"), m.group("d")
            wrong = [w for w, bad in (("年份应写全四位", len(y) != 4), ("月、日不编虚位（如 8月 不写作 08月）",
                                                                   mo.startswith("0") or (d or "").startswith("0"))) if bad]
            if wrong:
                fixed = f"{y}年{int(mo)}月" + (f"{int(d)}日" if d else "")
                yield Finding(ID, "warning", f"{m.group('label')}“{m.group('date')}”不合 GB/T 9704 的写法：{'；'.join(wrong)}",
                              loc, evidence=m.group(0), expected=fixed, actual=m.group("date"))
    spans = _evaluation_spans(doc)
    for text, loc in doc.texts(headings=True):
        for m in _EVAL_DATE.finditer(text):
            y, mo = int(m.group("y")), int(m.group("m"))
            cov.examined += 1
            if y <= year:
                yield Finding(ID, SEVERITY, f"评价日期 {m.group(0)[5:]} 不在评价期间（{year}年度）之后", loc,
                              evidence=m.group(0), expected=f"晚于{year}年", actual=m.group(0))
                continue
            if len(spans) == 1:
                s = next(iter(spans.values()))
                start = (int(s.group("y")), int(s.group("a")))
                end = (int(s.group("y2") or s.group("y")), int(s.group("b")))
                if not start <= (y, mo) <= end:
                    yield Finding(ID, SEVERITY,
                                  f"评价日期 {m.group(0)[5:]} 不在报告所述评价工作期间（{s.group(0)[1:]}）内", loc,
                                  evidence=m.group(0), expected=s.group(0)[1:], actual=m.group(0))
