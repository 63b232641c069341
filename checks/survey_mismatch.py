"""RL205 survey-mismatch: the questionnaire's counts, shares, rate and sample against each other.

What it checks
  - each option's share against its count over the question's respondents, at
    the precision stated (5 of 6 is 83.33%: the GRIM test);
  - each question's counts against its stated number of respondents;
  - a satisfaction rate the report states against the rate its own points per
    option give ("选项 A 得 10 分，选项 B 得 7 分……");
  - the number of questionnaires against the sampling plan ("抽样比例为样本总量的60%")
    and the staff count the report states;
  - a share of the respondents stated in prose ("受访的120家用人单位中，制造业企业占44.25%";
    "回收有效问卷250份。受访对象中，……其中脱贫户及监测户占31.50%"): some whole number of
    them must give it at its precision (no k of 120 gives 44.25%).

Why it matters
  Survey tables are retyped from the survey platform; a share that no count
  can give, or a sample far below the plan, undermines the satisfaction score.

Failing example
  "A非常满意 | 5 | 80.00%" with 6 respondents: 5/6 = 83.33%.

Passing example
  "A非常健全 | 5 | 83.33%", "B比较健全 | 1 | 16.67%" with 6 respondents.
"""

from __future__ import annotations

from decimal import Decimal

import regex as re

from reportlint.arith import fmt, meets, plain
from reportlint.figures import parse_number
from reportlint.findings import Coverage, Finding
from reportlint.vocab import OTHER_POPULATION, SAMPLE_SHARE, STAFF_COUNT, STAFF_POPULATION

ID = "RL205 survey-mismatch"
SEVERITY = "error"
SUMMARY = "问卷的人数、比例、满意率或样本量相互不符"
SOURCE = "报告自身的问卷结果与调查方案"

_RATE = re.compile(r"(?:综合)?满意(?:率|度)\s*(?:为|达到|达|是)\s*(?P<v>\d+(?:\.\d+)?)\s*%(?!\s*(?:以上|以下|及以上|及以下|得|为满分))")


def check(report, cov: Coverage):
    yield from _prose_shares(report, cov)
    qs = report.survey
    if not qs:
        return
    returned = {int(m.group("n")) for p in report.doc.paragraphs for m in _RETURNED.finditer(p.text)}
    for q in qs:
        yield from _question(q, cov, returned)
    yield from _rate(report, cov)
    yield from _sample(report, qs, cov)


# the respondents counted in a sentence: "回收有效问卷250份", "有效问卷共计600份"
_RETURNED = re.compile(r"(?:有效问卷|有效样本|回收问卷|收回问卷|有效答卷)\s*(?:共|共计|为)?\s*(?P<n>\d+)\s*(?:份|人|户|家)")
# the share of them: "受访的120家用人单位中，……占44.25%", or a sentence about them: "受访对象中，……占31.50%"
_AMONG = re.compile(r"(?:受访|被调查|被访|参与调查)(?:的)?\s*(?P<n>\d+)\s*(?:份|人|户|家|名)[^。；，,]{0,12}中\s*[，,]")
_ABOUT_THEM = re.compile(r"^\s*(?:在)?(?:受访对象|受访者|被调查者|被调查对象|调查对象|样本|受访群众|受访人员)中\s*[，,]?")
_SHARE_OF_THEM = re.compile(r"占(?:比)?\s*(?:为)?\s*(?P<p>\d+\.\d+)\s*[%％]")


def _prose_shares(report, cov):
    for p in report.doc.paragraphs:
        returned = {int(m.group("n")) for m in _RETURNED.finditer(p.text)}
        for sentence in re.split(r"(?<=[。；;])", p.text):
            among = _AMONG.search(sentence)
            if among:
                n, rest = int(among.group("n")), sentence[among.end():]
            elif _ABOUT_THEM.match(sentence) and len(returned) == 1:
                n, rest = next(iter(returned)), sentence
            else:
                continue
            for m in _SHARE_OF_THEM.finditer(rest):
                stated = parse_number(m.group("p"))
                lo, hi = stated.interval
                if n <= 0 or hi - lo >= Decimal(100) / n:
                    continue  # a step finer than one respondent: any share can be had
                cov.examined += 1
                if any(meets((Decimal(k) * 100 / n,) * 2, (lo, hi)) for k in range(int(lo * n / 100), int(hi * n / 100) + 2)):
                    continue
                below = int(lo * n / 100)
                near = "、".join(f"{k}/{n} = {fmt(Decimal(k) * 100 / n, stated.text)}%" for k in (below, below + 1) if 0 <= k <= n)
                yield Finding(ID, SEVERITY,
                              f"受访 {n} 个样本中的占比写作 {stated.text}%，没有整数个样本能得出这一比例（最接近的为 {near}）",
                              p.location, evidence=sentence.strip()[:200], expected=near, actual=f"{stated.text}%")


def _question(q, cov, returned=frozenset()):
    n = q.respondents
    shares = [o.share for o in q.options if o.share is not None]
    lo = sum((s.interval[0] for s in shares), Decimal(0))
    hi = sum((s.interval[1] for s in shares), Decimal(0))
    single = len(shares) == len(q.options) and lo <= 100 <= hi  # shares of one answer each add up to 100%
    multiple = "多选" in q.title or lo > 100
    # shares short of 100% whose counts add up to the one number of valid questionnaires the text states ("有效问卷
    # 240份"): every respondent is there, so a share is off, not an option lost (修阳 第3题)
    whole = not multiple and len(shares) == len(q.options) and len(returned) == 1 and n in returned
    if q.stated_total is None and not single and not whole:
        # without a stated total the respondents are the counts' sum, only if no option was lost
        cov.skip(q.location().human(), "各选项比例合计不为100%，且未写明作答人数：可能是多选题或表格不全")
        return
    if q.stated_total is not None and not multiple:
        counted = int(sum(o.count.value for o in q.options))
        cov.examined += 1
        if counted != n:
            yield Finding(ID, SEVERITY, f"问卷「{q.title[:30]}」各选项人数合计 {counted}，与填写人次 {n} 不符",
                          q.location(q.total_row), evidence=q.title[:60], expected=str(counted), actual=str(n))
    if n <= 0:
        return
    for o in q.options:
        if o.share is None:
            continue
        cov.examined += 1
        value = o.count.value / n * 100
        if meets((value, value), o.share.interval):
            continue
        yield Finding(ID, SEVERITY,
                      f"问卷「{q.title[:30]}」选项「{o.label}」{o.count.text} 人占 {n} 人应为 {fmt(value, o.share.text)}%，"
                      f"表中为 {o.share.text}%", q.location(o.row), evidence=f"{o.label} {o.count.text} {o.share.text}%",
                      expected=f"{fmt(value, o.share.text)}%", actual=f"{o.share.text}%")


def _rate(report, cov):
    computed = report.survey_rate
    if computed is None:
        return
    got, possible, rate = computed
    for p in report.doc.paragraphs:
        if re.search(r"得满分|扣\s*\d|不得分", p.text):
            continue  # a scoring rule, not a result
        for m in _RATE.finditer(p.text):
            stated = parse_number(m.group("v"))
            cov.examined += 1
            if meets((rate, rate), stated.interval):
                continue
            yield Finding(ID, SEVERITY,
                          f"满意率写作 {stated.text}%，按问卷各选项人数与报告所定选项分值计算为 "
                          f"{plain(got)}/{plain(possible)} = {fmt(rate, stated.text)}%",
                          p.location, evidence=m.group(0), expected=f"{fmt(rate, stated.text)}%", actual=f"{stated.text}%")


def _sample(report, qs, cov):
    plan = next(((m, p) for p in report.doc.paragraphs for m in [SAMPLE_SHARE.search(p.text)] if m), None)
    if plan is None:
        return
    # the staff count is the population only of a survey of the unit's own staff
    if OTHER_POPULATION.search(plan[1].text) or not STAFF_POPULATION.search(plan[1].text):
        cov.skip(plan[1].location.human(), "调查方案的调查对象不是本单位工作人员，或没有写明，无法核对样本量")
        return
    staff = {int(m.group("n")) for p in report.doc.paragraphs for m in STAFF_COUNT.finditer(p.text)}
    if len(staff) != 1:
        cov.skip(plan[1].location.human(), "调查方案给出抽样比例，但报告没有唯一的在职人数可对照")
        return
    share = plan[0].group("p") or plan[0].group("p2")
    ratio = Decimal(share) / 100
    population = staff.pop()
    wanted = ratio * population
    returned = max(q.respondents for q in qs)
    cov.examined += 1
    if returned >= wanted.to_integral_value(rounding="ROUND_FLOOR"):
        return
    yield Finding(ID, "warning",
                  f"调查方案抽样比例 {share}%，按在职人员 {population} 人应约 {fmt(wanted, '0.0')} 份，"
                  f"问卷结果每题只有 {returned} 人作答", plan[1].location, evidence=plan[0].group(0),
                  expected=f"≈{fmt(wanted, '0.0')}", actual=str(returned))
