#!/usr/bin/env python3
"""Third, independent rewording of the reference report (writer C).

    python3 tests/reword/reword_c.py OUT_DIR

Reads fixtures/sunan-hrss-2024.txt and writes

    OUT_DIR/sunan-reworded-c.txt   the report as a third consultancy would word it
    OUT_DIR/rewrites-c.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer C's house style is drawn only from real reports: the 河南省 2021-2024年
省级职业技能竞赛经费项目绩效评价报告 (河南昭元, in /work/shared/corpus), the
report excerpts in /work/shared/corpus/excerpts, and public pages (岳阳市 评分表,
部门整体支出绩效评价指标 tables, 自评表 forms).  Every rule below names the
phrasing it imitates (field ``imitates``, source key ``src``).

What is reworded: the indicator-table header rows (levels, points, rule, reason,
score), the 结论表 labels, the figure sentences (budget, income, spending,
execution rate, 项目支出, 编制 and staff, 在职人员控制率, survey plan and sample
size), the sentences that declare the indicator system, the wording of the
scoring rules, the "得X分" endings, headings (wording only) and the order of a
few clauses.

What is never touched: every number, every 发文字号, every 《title》 (also the
broken ones: a missing 《, a year in the wrong place, wrong brackets), the
line/cell structure.  ``check`` refuses to write when any line's or cell's
multiset of numbers, circled element marks, counted Chinese numerals, 文号 or
titles changed, or when a line, a cell or an empty cell moved.  Protected spans
(titles, 文号) are masked before any rule runs.

The script is deterministic: rules run in the order listed, each on the
segments (text lines, or table cells) its scope admits; a rule that matches a
different number of places than it declares stops the script (with
REWORD_C_DEBUG=1 in the environment it prints every rule's count instead of
stopping; the safety check still runs).  The counts in rewrites-c.tsv are per
place: a header row repeated after each page break counts once per repetition.
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

# ------------------------------------------------------------------ sources
SRC = {
    "HN": "corpus/henan-skills-competition-2021-2024.md (河南昭元绩效评价咨询有限公司, 2021-2024年省级职业技能竞赛经费项目绩效评价报告)",
    "GLJ": "https://glj.yueyang.gov.cn/6173/6181/content_1705915.html (部门整体支出绩效评价评分表)",
    "YBV": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标 table, repost of a PDF)",
    "YZW": "https://m.yzwku.com/doc/98587.html (部门整体绩效自评表)",
    "WLT": "https://wanglu.net/thread/t13-461855-0.html (考核表: 项目/考核内容/考核指标/指标说明/评分标准/权数/考评得分)",
    "QS": "corpus/excerpts/qingshen_fgj_gongzixing_zpb_2023.txt (https://www.scqs.gov.cn/info/13206/211004.htm)",
    "YC": "corpus/excerpts/yinchuan_jyj_chuzhonggongyong_zpb_2021.txt (银川市本级部门项目支出绩效自评表)",
    "NX": "corpus/excerpts/nanxian_czj_2020.txt (南县财政局2020年度机关整体支出绩效评价报告)",
    "HH": "corpus/excerpts/honghe_sjfzzx_bmzt_2024.txt (红河州数据发展中心2024年度部门整体支出绩效单位自评报告)",
    "BS": "corpus/excerpts/baoshan_jtj_bmzt_2021.txt (保山市交通运输局2021年度部门整体支出绩效自评报告)",
    "CN": "corpus/excerpts/changning_diyishifanxiaoxue_2023.txt (昌宁县第一示范小学2023年度项目支出绩效自评报告)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协部门整体支出绩效评价报告)",
    "SZ": "http://gaj.suizhou.gov.cn/fbjd_19/zwgk/xxgkml/czgk/czyjs/202010/t20201026_839421.shtml (随州 决算公开: 年末结转和结余情况)",
    "JS": "http://liucheng.gov.cn/xxgk/fdzdgknr/yjsgkpt/bmjs/bmjs2023/t19700101_3534244.shtml (部门决算: 一般公共预算财政拨款基本支出决算表)",
}

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
            raise SystemExit(f"reword_c.py: a rule removed or copied a protected span: {text!r}")
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
EL = re.compile(r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)")


def element_rule(m: re.Match, k: int) -> str:
    w, p, z = m.group(2), m.group(3), re.sub(r"\s", "", m.group(4))
    v = k % 3
    if v == 0:   # 河南: 要点①②③④各占指标分值的1/4，符合相关要点得相应权重分值，否则扣除相应权重分值
        return f"以上要点各占指标分值的{w}，符合相关要点得{p}分，否则{z}"
    if v == 1:   # 河南 B202: 要点①②③各占1/3权重分值；符合相关要点得相应权重分值
        return f"上述评价要点各占{w}权重分值；符合相关要点得{p}分，不符合的{z}"
    zc = "计0分" if z == "得0分" else z   # 岳阳: ①…，1分；…  / 计5分 / 不得分
    return f"每项要点占{w}权重，符合的计{p}分，不符合的{zc}"


def ending(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":   # 河南 附件1 评价意见: …，综上，该指标得2.00分。
            return f"{lead}综上，该指标得{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}根据评分规则，该指标得{sp1}{num}{sp2}分{stop}{tail}"   # 河南 D401: 根据评分规则，该指标得 4.00 分
    return f


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"

LEVEL = r"^(.*?)\s?[（(]\s?(\d+(?:\.\d+)?)\s?[)）]$"

ANNEX_HEADER = {"二级指标": "考核内容", "三级指标": "考核指标", "指标解释": "指标说明",
                "评分标准": "评分标准和评分规则", "得分原因": "评价意见", "得分": "考评得分"}
IND_HEADER = {"二级指标": "考核内容", "三级指标": "考核指标", "分值": "权重", "得分": "指标得分", "得分率%": "得分率(%)"}
T4_HEADER = {"分值": "权重", "得分": "指标得分", "得分率%": "得分率(%)"}


def header_map(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


RULES: list[Rule] = [
    # ============================================================ indicator-table header rows
    # 仿 网录 考核表 "考核内容/考核指标/指标说明/评分标准/权数/考评得分" and 河南 附件1 "指标说明/评分标准和评分规则/评价意见";
    # "一级指标" stays: every real table heads its first column so, and render.py keys the merged cells on it.
    R("H01", "table header", cell("annex", 1, 2, 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER)) + r")$", header_map(ANNEX_HEADER),
      "项目 | 考核内容 | 考核指标 | 指标说明 | 年度工作目标 | 评分标准 | 权数 | 考评得分 (网录); 指标解释 | 指标说明 | 评分标准和评分规则 | 评价意见 | 得分 (河南 附件1)",
      "WLT"),
    # 仿 河南 附表3-3 "指标名称 | 权重 | 指标得分 | 得分率" (权重 holds the points, 5.00) and 自评表 "执行率(%)"
    R("H02", "table header", cell("ind", 1, 2, 3, 4, 5, header=True),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER)) + r")$", header_map(IND_HEADER),
      "指标名称 | 权重 | 指标得分 | 得分率 (河南 附表3-3); 考核内容 | 考核指标 (网录); 执行率(%) (自评表)", "HN"),
    R("H03", "table header", cell("t4", 1, 2, 3, header=True),
      r"^(?:" + "|".join(map(re.escape, T4_HEADER)) + r")$", header_map(T4_HEADER),
      "指标名称 | 权重 | 指标得分 | 得分率 (河南 附表3-3)", "HN", 3),
    # 仿 岳阳 评分表 "投 入(15分)"、"预算配置(15分)" and 网录2017 "部门决 策(25 分) 目标任务(15 分) 相关性(5 分)"
    R("H04", "table header", cell("annex", 0, 1, 2), LEVEL, r"\1（\2分）",
      "投 入(15分) | 预算配置(15分) (岳阳 评分表); 部门决策(25 分) 目标任务(15 分) 相关性(5 分) (网录2017)", "GLJ"),
    R("H05", "table header", cell("ind", 0, 1), LEVEL, r"\1（\2分）",
      "投 入(15分) | 预算配置(15分) (岳阳 评分表)", "GLJ", 16),
    # 仿 河南 "用以反映和考核项目立项依据情况" (指标解释 column)
    R("H06", "indicator explanation", cell("annex", 3), r"^主要考察", "用以反映和考核",
      "项目立项是否符合…，用以反映和考核项目立项依据情况。(河南 附件1 指标解释)", "HN"),

    # ============================================================ 结论表 and cover labels
    L("S01", "summary label", text("cover"), "项目实施单位：", "项目单位：", "项目单位：河南省人力资源和社会保障厅 (河南 封面)", "HN", 1),
    L("S02", "summary label", text("cover"), "评价委托单位：", "委托单位：", "委托单位：河南省财政厅 (河南 封面)", "HN", 1),
    R("S03", "summary label", cell("summary", 0), r"^一、项目基本情况$", "一、基本情况", "一、基本情况 (河南 报告正文)", "HN", 1),
    R("S04", "summary label", cell("summary"), r"^委托评价单位$", "委托单位", "委托单位 (河南 封面)", "HN", 1),
    R("S05", "summary label", cell("summary"), r"^评价机构名称$", "评价机构", "评价机构：河南昭元绩效评价咨询有限公司 (河南 封面)", "HN", 1),
    R("S06", "summary label", cell("summary"), r"^评价对象名称$", "评价对象", "本次绩效评价对象为… (河南 评价对象及范围)", "HN", 1),
    R("S07", "summary label", cell("summary"), r"^实施目的$", "评价目的", "1.绩效评价目的 (河南)", "HN", 1),
    R("S08", "summary label", cell("summary"), r"^预算安排资金$", "年初预算数", "年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率(%) (部门整体绩效自评表)", "YZW", 1),
    R("S09", "summary label", cell("summary"), r"^实际到位资金$", "实际下达资金", "项目…共下达预算资金13534.70万元，实际执行12634.70万元 (河南 过程指标绩效分析)", "HN", 1),
    R("S10", "summary label", cell("summary"), r"^其中：财政拨款收入$", "其中：财政资金", "其中:财政资金 | 238.93 (青神 自评表)", "QS", 2),
    R("S11", "summary label", cell("summary"), r"^实际支出资金$", "全年执行数", "全年执行数 (部门整体绩效自评表)", "YZW", 1),
    R("S12", "summary label", cell("summary"), r"^结转结余资金$", "年末结转和结余", "(三)年末结转和结余情况 (随州 决算公开)", "SZ", 1),
    R("S13", "summary label", cell("summary"), r"^预算执行率$", "执行率", "执行率(%) (部门整体绩效自评表); 执行率(B/A) (银川 自评表)", "YZW", 1),
    R("S14", "summary label", cell("summary"), r"^年度绩效目标$", "年度总体目标", "年度总体目标 | 年初设定目标 (银川 自评表)", "YC", 1),
    R("S15", "summary label", cell("summary"), r"^三、评价基本情况$", "三、评价工作开展情况", "附件3：绩效评价工作开展情况 (河南)", "HN", 1),
    R("S16", "summary label", cell("summary"), r"^绩效评价指标体系$", "评价指标体系", "（三）绩效评价指标体系 / 评价指标体系 (河南)", "HN", 1),
    R("S17", "summary label", cell("summary"), r"^评价办法$", "评价方法", "2.绩效评价方法 (河南)", "HN", 1),
    R("S18", "summary label", cell("summary"), r"^数据采集及处理办法$", "数据采集及处理方法", "2.绩效评价方法 (河南)", "HN", 1),
    R("S19", "summary label", cell("summary"), r"^综合评价结论$", "总体结论", "（一）总体结论 (河南)", "HN", 1),
    R("S20", "summary label", cell("summary"), r"^评价得分$", "综合评分", "综合评分为97分 (南县财政局)", "NX", 1),
    R("S21", "summary label", cell("summary"), r"^评价等级$", "评价级别", "项目评价级别为“中” (河南 总体结论)", "HN", 1),
    R("S22", "summary label", cell("summary"), r"^(?:指标|部门决策|部门过程|部门产出|部门效益)$",
      lambda m, k: {"指标": "一级指标", "部门决策": "决策", "部门过程": "过程", "部门产出": "产出", "部门效益": "效益"}[m.group(0)],
      "一级指标 | 决策 | 过程 | 产出 | 效益 | 合计 (河南 表2-1)", "HN", 5),
    R("S23", "summary label", cell("summary", 0), r"^五、存在问题$", "五、存在的问题", "（二）存在的问题及原因分析 (河南)", "HN", 1),
    R("S24", "summary label", cell("summary", 0), r"^六、有关对策建议$", "六、工作建议", "四、工作建议 (河南)", "HN", 1),
    R("S25", "summary label", cell("summary", 0), r"^七、其他需要说明的事项$", "七、其他需要说明的问题", "五、其他需要说明的问题 (河南)", "HN", 1),
    R("S26", "summary label", cell("team", header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "角色", "主要职责": "职责分工"}[m.group(0)],
      "序号 | 姓名 | 职务 | 职责分工 (河南 附表3-1)", "HN", 2),

    # ============================================================ figure sentences
    # 摘要: income, spending, basic and project spending, execution rate
    L("F01", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "2024年部门取得一般公共预算财政拨款收入6847.87万元。截至2024年12月31日，部门全年支出合计6847.87万元，其中：2024年基本支出842.29万元，2024年项目支出6005.58万元；预算执行率100%。",
      "1、收入:792.22万元。…其中:财政拨款收入792.22万元。2、支出:799.12万元。其中:人员经费支出434.89万元,…项目支出286.83万元 (南县政协); 拨付使用16.20万元,预算执行率100% (昌宁)",
      "NXZX", 1),
    # body: 财政拨款收入 4901.44 against the income actually received; 4901.44 stays 财政拨款收入
    # (an earlier draft called it 年初预算安排 and so no longer stated it as the same quantity as the
    # 摘要's 财政拨款收入 6847.87: that weakened a defect and was undone)
    L("F02", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "2024年部门一般公共预算财政拨款收入为4901.44万元，全年实际收入6847.87万元；截至2024年12月31日，部门全年支出合计6847.87万元，其中：2024年基本支出842.29万元，2024年项目支出6005.58万元，预算执行率100%。",
      "1、收入:792.22万元。…其中:财政拨款收入792.22万元。2、支出:799.12万元。其中:人员经费支出434.89万元 (南县政协)",
      "NXZX", 1),
    L("F03", "figure", text("body"),
      "截至 2024 年 12 月 31 日，部门全年项目共支出 6005.58 万元。（详见表 2）",
      "截至 2024 年 12 月 31 日，全年项目支出共计执行 6005.58 万元，具体情况详见表 2。",
      "实际执行12634.70万元，执行率93.35% (河南)", "HN", 1),
    R("F04", "figure", text(), r"（详见表\s?(\d+)）", r"（具体情况详见表\1）",
      "具体情况详见表1- 1和附件5 (河南 资金安排情况)", "HN", 5),
    # 评价范围 sentence (结论表 cell and body)
    R("F05", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局 2024 年部门整体支出)，涉及财政预算资金 (6847\.87) 万元。$",
      r"本次评价对象为\1，所涉财政预算资金共计 \2 万元。",
      "本次绩效评价对象为2021- 2024年省级职业技能竞赛经费，涉及资金13534.7万元 (河南 评价对象及范围)", "HN", 2),
    # staff and 编制 (部门组织管理), clause order changed
    L("F06", "figure", text("body"),
      "下设四个职能科室，分别是办公室、人力资源开发和事业单位管理股、工资福利股、综合业务股；单位核定人员编制44名，截止到2024年12月31日，在职人员43名。",
      "共设置四个职能科室，包括：办公室、人力资源开发和事业单位管理股、工资福利股、综合业务股。截止到2024年12月31日，单位编制人数44名，年末实有人数43名。",
      "共设置5个内设机构,包括:…。截至2024年12月31日,部门事业编制人数15人,年末实有人数14人 (红河)", "HH", 1),
    # 在职人员控制率 statement: body paragraph and 附件1 评价意见, two different wordings
    L("F07", "figure", text("analysis"),
      "肃南县人力资源和社会保障局核定人员编制44名，截至2024年12月31日，在职人员43人。在职人员控制率为97.72%。",
      "截至2024年12月31日，肃南县人力资源和社会保障局实有在职人员43人，核定人员编制44名，在职人员占编制数的97.72%。",
      "集训基地补助经费资金共安排资金4410万元，占比32.58% / 共涉及资金5815万元，占总资金的42.96% (河南)", "HN", 1),
    L("F08", "figure", cell("annex", 5),
      "肃南县人力资源和社会保障局核定人员编制44名，截至2024年12月31日，在职人员43人。在职人员控制率为97.72%。",
      "截至2024年12月31日，局机关编制人数44名，实有在职人员43人，财政供养人员控制率为97.72%。",
      "财政供养人员控制率 | 以100%为标准。在职人员控制率≦100%,计5分 (岳阳 评分表); 财政供养人员控制率 % 定量指标 (自评表)", "GLJ", 1),
    L("F09", "figure", either(text("analysis"), cell("annex", 5)),
      "肃南县人力资源和社会保障局编制实有44人，截至2024年12月31日，在职人员43名，无临聘人员，",
      "截至2024年12月31日，肃南县人力资源和社会保障局编制实有44人，在职人员43名，未聘用临聘人员，",
      "截至2024年12月31日,部门事业编制人数15人,年末实有人数14人 (红河)", "HH", 2),
    R("F10", "figure", either(text("analysis"), cell("annex", 5)), r"项目总支出(?=\s?(?:</p>)?\s?$|6005\.58)", "项目支出总额",
      "2021- 2024年…补贴资金总额13534.70万元 (河南 报告摘要)", "HN", 2),
    L("F11", "figure", either(text("analysis"), cell("annex", 5)), "部门2024年重点项目有", "2024年部门重点项目包括",
      "2021- 2024年，共计开展赛项525个，其中：… (河南 报告摘要)", "HN", 2),
    R("F12", "figure", either(text("analysis"), cell("annex", 5)), r"重点支出安排率(89\.67%)", r"重点支出安排率为\1",
      "综合预算执行率为93.35% (河南 B201)", "HN", 2),
    # 基本支出 / 项目支出 budget and execution (全年预算数 / 全年执行数 / 执行率)
    R("F13", "figure", either(text("analysis"), cell("annex", 5)),
      r"基本支出全年预算数为(\s?842\.29\s?)万元，实际执行数为(\s?842\.29\s?)万元，基本支出预算执行率为",
      r"基本支出全年预算数\1万元，全年执行数\2万元，基本支出执行率为",
      "年初预算数 | 全年(调整)预算数 | 全年执行数 | 执行率(%) (部门整体绩效自评表)", "YZW", 2),
    R("F14", "figure", either(text("analysis"), cell("annex", 5)),
      r"项目支出全年预算数为(\s?6005\.58\s?)万元，实际执行数", r"项目支出全年预算数\1万元，全年执行数",
      "全年预算数 | 全年执行数 | 执行率 (部门整体绩效自评表)", "YZW", 2),
    R("F15", "figure", either(text("analysis"), cell("annex", 5)), r"项目支出预算执行率为(\s?100%)", r"项目支出执行率为\1",
      "2021-2024年集训基地预算执行率均为100% / 执行率93.35% (河南 B201)", "HN", 2),
    R("F16", "figure", either(text("analysis"), cell("annex", 5)),
      r"全年收入预算数为(\s?6847\.87\s?)万元，全年收入决算数(\s?6847\.87\s?)万元，预算调整数为(\s?0\s?)(万?)元，",
      r"全年收入预算数\1万元，决算数\2万元，预算调整数\3\4元，",
      "年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 (青神 自评表)", "QS", 2),
    R("F17", "figure", either(text("analysis"), cell("annex", 5)),
      r"“三公”经费支出全年预算数为(\s?4\s?)万元，实际执行数为(\s?2\s?)万元",
      r"“三公”经费年初预算安排\1万元，实际支出\2万元",
      "共安排预算资金13534.70万元，…实际执行12634.70万元 (河南)", "HN", 2),
    # 项目资金结余率: clause order changed (budget first, then the balance)
    R("F18", "clause order", either(text("analysis"), cell("annex", 5)),
      r"项目资金结余总额为(\s?0\s?)万元，项目全年预算数为(\s?4055\.17\s?)万元，资金结余率为",
      r"项目全年预算数为\2万元，结余资金总额为\1万元，项目资金结余率为",
      "结转结余率=本年结转结余资金总额*100%/本年一般公共预算支出完成数 (网录 考核表)", "WLT", 2),
    R("F19", "figure", either(text("analysis"), cell("annex", 5)), r"政府预算采购支出总额(\s?22\.05\s?)万", r"政府采购预算总额\1万",
      "政府采购执行率=（实际政府采购金额/政府采购预算数）(本报告自身公式, worded as 自评表 '政府采购执行率 % 100%')", "YZW", 2),
    R("F20", "figure", either(text("analysis"), cell("annex", 5)), r"实际采购支出(\s?22\.05\s?)万元", r"实际政府采购金额\1万元",
      "政府采购执行率 | 100% | 72.74% (自评表)", "YZW", 2),
    # the total score sentences
    L("F21", "figure", text("body"), "经论证，评价得分 97 分。", "综合评分为 97 分。",
      "对南县财政局2020年度机关整体支出开展了绩效评价,综合评分为97分 (南县财政局)", "NX", 1),
    L("F22", "figure", text("body"),
      "本次绩效评价得分97分，评价结论为“优”。部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "本次评价总体得分97分，评价级别为“优”。各一级指标得分情况见表4，评价指标体系及具体打分情况详见附件1。",
      "该项目绩效评价总体得分为65.00分，得分情况见表2- 1。…项目评价级别为“中”。评价指标体系及具体打分情况详见附件1 (河南 总体结论)", "HN", 1),
    L("F23", "figure", text("abstract"),
      "经综合评价分析，2024年肃南县人力资源和社会保障局部门整体支出绩效评价得分为97分，综合评价结论为“优”。",
      "经综合评价，2024年肃南县人力资源和社会保障局部门整体支出绩效评价总体得分为97分，评价级别为“优”。",
      "该项目绩效评价总体得分为65.00分 / 项目评价级别为“中” (河南)", "HN", 1),
    # survey plan and sample size
    L("F24", "figure", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "调查总体为肃南裕固族自治县人社局内部工作人员，结合科室及下属单位属性，采用随机抽样方式抽取样本，抽样人数占调查总体的60%。",
      "本次调查对象为河南省职业技能竞赛主办方、承办方 / 共涉及资金5815万元，占总资金的42.96% (河南 附件4, 附件3)", "HN", 1),
    L("F25", "figure", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。", "为保证问卷质量，问卷的发放与回收均由评价机构负责。",
      "调查对象在线填写完毕并提交后，系统自动回收问卷，评价组根据回收的问卷进行统计分析 (河南 附件4)", "HN", 1),
    L("F26", "figure", text("survey"),
      "部门工作人员调查问卷共设置 10 个调查问题，均为单项选择题。单选题每题最高得分为 10 分，每个题目评价量化分数的设定为选项 A 得 10 分，选项 B 得 7 分，选项 C 得 4 分和选项 D 得 0 分。论述题不计分，总分为 100 分。",
      "工作人员问卷共 10 题，全部为单选题，每题满分 10 分，各选项赋分为：A 选项 10 分、B 选项 7 分、C 选项 4 分、D 选项 0 分；论述题不赋分，问卷满分 100 分。",
      "满意度=〔非常满意×100%+比较满意×75%+无感×50%+比较不满意×25%+非常不满意×0%〕/满意度问题回答总数×100% / 赋分 (河南 附件1 D4)", "HN", 1),
    L("F27", "figure", text("survey"), "工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×100%",
      "工作人员综合满意度=问卷实际得分合计/问卷满分合计×100%",
      "满意度=〔…〕/满意度问题回答总数×100% (河南)", "HN", 1),
    L("F28", "figure", text("survey"), "工作人员满意度指标设置 4 分，", "工作人员满意度指标分值为 4 分，",
      "D401主办方、承办方满意度 | 4.00 (河南 附表3-6)", "HN", 1),
    L("F29", "figure", text("survey"), "2023年肃南县人力资源和社会保障局部门整体支出绩效评价调查问卷（工作人员）",
      "2023年肃南县人力资源和社会保障局部门整体支出绩效评价工作人员满意度调查问卷",
      "河南省职业技能竞赛主办方、承办方问卷调查分析报告 (河南 附件4-1)", "HN", 1),

    # ============================================================ the indicator system declared
    L("D01", "declaration", cell("summary", 1),
      "此次绩效评价设置了一级指标 4 个，二级指标 13 个，三级指标 34 个，其中决策分值 15 分，权重为 15%；过程分值 24 分，权重为 24%；产出分值 33 分，权重为 33%；效益分值 28 分，权重 28%。",
      "评价组按照“决策—过程—产出—效益”的逻辑路径设计指标体系，包括 4 项一级指标、13 项二级指标和 34 项三级指标，其中：决策占权重分 15 分（15%），过程占权重分 24 分（24%），产出占权重分 33 分（33%），效益占权重分 28 分（28%）。",
      "按照绩效评价“决策- 过程- 产出- 效益”的逻辑路径独立研制指标体系 / 包括4项一级指标、12项二级指标和28项三级指标 / 决策：占权重分15分 (河南 指标体系框架)", "HN", 1),
    L("D02", "declaration", text("body"),
      "此次绩效评价设置了一级指标4个，二级指标13个，三级指标34个，其中决策分值15分，权重为15%；过程分值24分，权重为24%；产出分值33分，权重为33%；效益分值28分，权重28%。",
      "本次评价共设置一级指标4个、二级指标13个、三级指标34个；决策、过程、产出、效益的分值分别为15分、24分、33分、28分，对应权重分别为15%、24%、33%、28%。",
      "2021-2024年一次性竞赛补贴预算执行率分别为100.00%、100.00%、100.00%、68.91% (河南 B201: the 分别为 list)", "HN", 1),
    L("D03", "declaration", text("abstract"),
      "评价指标体系分为决策、过程、产出、效益 4 个一级指标，13 个二级指标，34 个三级指标，其中决策分值 15 分，过程分值 24 分，产出分值 33 分，效益分值 28 分，满分 100 分。",
      "指标体系整体框架包括决策、过程、产出、效益 4 项一级指标，下设 13 项二级指标、34 项三级指标；决策类占权重分 15 分，过程类占权重分 24 分，产出类占权重分 33 分，效益类占权重分 28 分，总分值 100 分。",
      "指标体系整体框架由4大类组成，包括4项一级指标… / 决策：占权重分15分 / 总分值15分 (河南)", "HN", 1),
    R("D04", "declaration", text("abstract"), r"^一级指标项目(决策|过程|产出|效益)下设(\d+)个二级指标，(\d+)个三级指标，",
      r"\1类指标包括\2个二级指标以及\3个三级指标，",
      "决策类指标包括3个二级指标以及6个三级指标，总分值15分，得分为10.4分 (河南 决策指标绩效分析)", "HN", 4),
    R("D05", "declaration", text("abstract"), r"，共计得分(\s?\d+\s?)分。$", r"，评价得分\1分。",
      "决策指标共15分，评价得分10.40分 (河南)", "HN", 4),
    L("D06", "declaration", text("abstract"), "主要考察部门数量指标、质量指标、时效指标", "从数量、质量、时效角度进行考察",
      "产出：…本项目从数量、质量、时效角度进行考察 (河南 指标体系框架)", "HN", 1),
    L("D07", "declaration", text("analysis"), "绩效评价指标体系分析中一共设计3个一级指标，以下分别进行评价分析。",
      "本次指标体系共包括3项一级指标，以下逐项进行分析。",
      "包括4项一级指标、12项二级指标和28项三级指标 (河南)", "HN", 1),
    R("D08", "declaration", text("analysis"), r"一级指标“(决策|过程|产出)”下设(\s?\d+\s?)个二", r"“\1”类指标包括\2个二",
      "决策类指标包括3个二级指标以及6个三级指标 (河南)", "HN", 3),
    R("D09", "declaration", text("analysis"), r"“效益”一级指标下设(\s?\d+\s?)个二", r"“效益”类指标包括\1个二",
      "效益：占权重分35分 / 决策类指标包括3个二级指标 (河南)", "HN", 1),
    R("D10", "declaration", text("analysis"), r"，(\s?\d+\s?)个三级指标：分别是", r"，以及\1个三级指标，即",
      "包括3个二级指标以及6个三级指标 (河南)", "HN", 4),
    R("D11", "declaration", text("analysis"), r"级指标：分别是", "级指标，即",
      "主要实施内容…包括三部分，分别为一次性竞赛补贴… (河南)", "HN", 4),
    R("D12", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值(\s?\d+\s?)分，按照与\1指标关联度的大小",
      r"“\1”占权重分\2分，依据各二级指标与\1指标的关联程度",
      "决策：占权重分15分，用于考察项目立项、绩效目标设定以及预算编制 / 依照重要性原则进行分配 (河南 权重)", "HN", 4),
    R("D13", "declaration", text("analysis"), r"“([^“”]{2,6})”设置分值(\s?\d+\s?)分", r"“\1”赋分\2分",
      "获奖对职称晋升、专升本无帮助，赋分低 (河南 附件4)", "HN", 13),
    R("D14", "declaration", either(cell("summary", 1), text("body")), r"总分设置为(\s?100\s?)分，等级划分为四档",
      r"满分为\1分，评价等级划分为四档", "依据…规定，项目评价级别为“中” (河南)", "HN", 2),
    R("D15", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。", "评价结果采用评分与评级相结合的方式。",
      "评价组…按照规定的样式形成工作底稿 / 指标打分 (河南)", "HN", 2),
    R("D16", "declaration", text("analysis"), r"^(表\s?\d)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: m.group(1) + "：" + ["决策", "过程", "产出", "效益"][k] + "指标得分情况表",
      "附表3-3：决策指标得分情况表 / 附表3-4：过程指标得分情况表 (河南)", "HN", 4),
    L("D17", "declaration", text("body"), "表4：部门总得分情况", "表4：绩效评价得分情况表",
      "表2-1：2021-2024年省级职业技能竞赛经费项目绩效评价得分情况表 (河南)", "HN", 1),
    L("D18", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出决算明细表",
      "一般公共预算财政拨款基本支出决算表 (部门决算公开)", "JS", 1),
    L("D19", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出决算明细表",
      "一般公共预算财政拨款项目支出决算表 (部门决算公开)", "JS", 1),
    L("D20", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价人员组织安排",
      "附表3-1：评价人员组织安排 (河南)", "HN", 1),

    # ============================================================ scoring rules (附件1 评分标准 column)
    Rule("R01", "scoring rule", cell("annex", 4), EL.pattern, element_rule,
         "要点①②③④各占指标分值的1/4，符合相关要点得相应权重分值，否则扣除相应权重分值 / 要点①②③各占1/3权重分值；符合相关要点得相应权重分值 (河南 附件1); ①…,1分;…计5分 (岳阳 评分表)",
         "HN", 21),
    R("R02", "scoring rule", cell("annex", 4), r"\s?\*\s?100%", "×100%",
      "一次性竞赛补贴预算执行率=（当年实际拨付…/当年一次性竞赛补贴预算资金）×100% (河南 B201)", "HN", 9),
    L("R03", "scoring rule", cell("annex", 4), "在职人员数：部门实际在职人数，以财政部确定的部门决算编制口径为准。",
      "在职人员数：部门（单位）实际在职人数，以财政部门确定的部门决算编制口径为准。",
      "在人员数:部门(单位)实际在人数,以财政部门2016年决算编制数为准 (部门整体支出绩效评价指标)", "YBV", 1),
    L("R04", "scoring rule", cell("annex", 4), "编制数：机构编制部门核定批复的部门的人员编制数。",
      "编制数：机构编制部门核定批复的部门（单位）的人员编制数。",
      "编制数:机构编制部门核定批复的部门(单位)的人员编制数 (部门整体支出绩效评价指标)", "YBV", 1),
    L("R05", "scoring rule", cell("annex", 4), "在职人员控制率≤100%得2分，否则得0分。", "在职人员控制率≦100%，计2分；否则计0分。",
      "以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止 (岳阳 评分表)", "GLJ", 1),
    L("R06", "scoring rule", cell("annex", 4), "临聘人员控制率≤100%得2分，否则得0分。", "临聘人员控制率≦100%的，计2分，否则计0分。",
      "三公经费控制率≦100%,计6分 (岳阳 评分表)", "GLJ", 1),
    R("R07", "scoring rule", cell("annex", 4), r"(重点支出安排率\s?\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1，计2分；在60%—80%之间的，每降低1%扣0.1分；低于60%的，计0分。",
      "重点支出安排率≥90%,计5分;80%(含)-90%,计4分;…;低于60%不得分 (岳阳 评分表)", "GLJ", 1),
    R("R08", "scoring rule", cell("annex", 4), r"得分=预算执行率\*分值。",
      lambda m, k: ["按预算执行率计算得分，满分为止。", "指标得分=预算执行率×权重分值。"][k],
      "按完成比例计算得分,满分为止 (网录 考核表); 各要点得分为：补贴发放及时率×权重分值 (河南 C3)", "WLT", 2),
    L("R09", "scoring rule", cell("annex", 4), "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的，得满分；每调增或调减1%（不足1%按四舍五入原则取整）扣0.2分，扣完为止；超过10%的，不得分。",
      "实际值达到100%的得满分，≤80%不得分。在幅度范围内，每降低1%，扣5%权重分值，直至0分 / 扣完为止 (河南 B201, D4)", "HN", 1),
    L("R10", "scoring rule", cell("annex", 4), "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率在70%—100%之间的，计1分；超出100%的，每增加1%扣0.1分，超过10%的不得分。",
      "重点支出安排率≥90%,计5分;80%(含)-90%,计4分;…大于30%不得分 (岳阳 评分表)", "GLJ", 1),
    L("R11", "scoring rule", cell("annex", 4), "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%的得满分；结余率每增加1%扣0.1分，扣完为止，超过10%的不得分。",
      "得满分，每降低1%扣除指标分值的5%，扣完为止 (河南 附件1)", "HN", 1),
    L("R12", "scoring rule", cell("annex", 4), "得分=政府采购执行率*分值。", "按政府采购执行率计算得分，满分为止。",
      "按完成比例计算得分,满分为止 (网录 考核表)", "WLT", 1),
    L("R13", "scoring rule", cell("annex", 4), "得分=阶段性任务完成率*分值。", "指标得分=阶段性任务完成率×权重分值。",
      "各要点得分为：补贴发放及时率×权重分值 (河南 C3)", "HN", 1),
    R("R14", "scoring rule", either(cell("annex", 4), text("survey")),
      r"综合满意率达到 90%以上得满分，70%—90%每降低 1%扣 0\.2 分，低于 70%不得分。",
      "综合满意度达到 90%以上的得满分；在 70%—90%之间的，每降低 1%扣 0.2 分，扣完为止；低于 70%的不得分。",
      "满意度达到90%得满分，每降低1%扣除指标分值的5%，扣完为止 (河南 附件1 D4)", "HN", 2),
    L("R15", "scoring rule", cell("annex", 4), "严格控制在政策标准范围达标率为 90%以上为满", "政策标准范围内达标率在 90%以上的得满",
      "重点支出安排率≥90%,计5分 (岳阳 评分表)", "GLJ", 1),
    L("R16", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分，60%-90%的计2分，60%以下的不得分。",
      "预算调整率=0,计3分;0-10%(含),计2分;…;大于30%不得分 (岳阳 评分表)", "GLJ", 1),
    L("R17", "scoring rule", cell("annex", 4), "通过调查问卷方式对部门工作进行评测，", "通过问卷调查方式对部门工作进行测评，",
      "本次调查通过网上电子问卷方式进行 (河南 附件4)", "HN", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending("annex"),
         "…符合评价要点④；综上，该指标得2.00分。(河南 附件1 评价意见)", "HN", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending("body"),
         "经计算，主办方、承办方满意度为93.06%，根据评分规则，该指标得 4.00 分。(河南 D401)", "HN", 34),

    # ============================================================ reasons: lead words and polarity wording
    R("X01", "reason wording", cell("annex", 5), r"(^|<p>)根据(?=\uE000|《)", r"\1依据",
      "依据《河南省职业技能竞赛赞助管理细则》规定 (河南 B203)", "HN"),
    R("X02", "reason wording", either(text("analysis"), cell("annex", 5)), r"年度计划没有明确的(人员|资金)安排",
      r"年度计划未明确\1安排", "对于各子项目未制定相应实施方案，…不符合评价要点① (河南 B101)", "HN", 4),
    R("X03", "reason wording", either(text("analysis"), cell("annex", 5)), r"根据现场调研查看，", "经现场调研核查，",
      "通过实地调研发现 (河南 B203)", "HN", 2),
    R("X04", "reason wording", either(text("analysis"), cell("annex", 5)), r"根据现场调研对部门相关档案查询，", "通过实地调研查阅部门相关档案，",
      "通过实地调研发现 / 通过梳理资料发现 (河南 B102, B203)", "HN", 2),
    L("X05", "method sentence", either(cell("summary", 1), text("body")),
      "此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。",
      "本次评价采用成本效益分析法、因素分析法、比较法和公众评判法等方法展开评价。",
      "采用比较分析法、因素分析法、公众评判法等方法展开评价 (河南 绩效评价方法)", "HN", 2),
    L("X06", "clause order", text("body"),
      "肃南县人力资源和社会保障局聘请北京君和志同管理咨询有限公司，对肃南县人力资源和社会保障局2024年部门整体资金使用过程及效果开展预算绩效评价工作。",
      "北京君和志同管理咨询有限公司受肃南县人力资源和社会保障局委托，对该局2024年部门整体资金使用过程及效果开展绩效评价。",
      "河南昭元绩效评价咨询有限公司受财政厅委托，于2025年4月至5月，对…开展绩效评价 (河南)", "HN", 1),
    L("X07", "clause order", text("abstract"),
      "受肃南裕固族自治县人力资源和社会保障局委托，北京君和志同管理咨询有限公司于2025年6-8月期间对",
      "北京君和志同管理咨询有限公司受肃南裕固族自治县人力资源和社会保障局委托，于2025年6-8月对",
      "河南昭元绩效评价咨询有限公司受财政厅委托，于2025年4月至5月，对… (河南)", "HN", 1),
    L("X08", "method sentence", text("abstract"), "本次绩效评价总共分为四个阶段：", "绩效评价工作分为四个阶段：",
      "绩效评价工作分为前期准备、现场实施、评价报告的撰写提交三个阶段 (河南)", "HN", 1),
    L("X09", "figure", text("body"), "评审组通过数据采集、问卷调查及访谈，", "评价组通过资料审核、问卷调查及访谈，",
      "评价组遵循独立、客观、公正的原则，通过资料审核、现场勘察、数据分析… (河南)", "HN", 1),

    # ============================================================ headings (wording only, numbering kept)
    H("T01", "部门概况", "基本情况", "一、基本情况 (河南)", "HN", 2),
    H("T02", "部门预算安排及执行情况", "资金安排和使用情况", "（二）资金安排和使用情况 (河南)", "HN", 2),
    H("T03", "部门资金使用情况", "资金安排和使用情况", "（二）资金安排和使用情况 (河南)", "HN", 1),
    H("T04", "部门组织管理", "机构设置及人员情况", "2.机构设置及人员情况 (红河)", "HH", 2),
    H("T05", "部门年度绩效目标", "当年部门履职总体目标", "（二）当年部门履职总体目标、工作任务 (红河)", "HH", 2),
    H("T06", "综合评价情况及评价结果", "评价结论和绩效分析", "二、评价结论和绩效分析 (河南)", "HN", 2),
    H("T07", "综合评价情况及评价结论", "评价结论和绩效分析", "二、评价结论和绩效分析 (河南)", "HN", 1),
    H("T08", "综合评价情况", "总体结论", "（一）总体结论 (河南)", "HN", 2),
    H("T09", "评价结果", "评价级别", "项目评价级别为“中” (河南)", "HN", 2),
    Rule("T10", "heading", either(text(), cell("toc", 0)), HEAD_PREFIX + r"部门(决策|过程|产出|效益)情况分析$",
         r"\g<1>\2指标绩效分析", "1.决策指标绩效分析 / 2.过程指标绩效分析 (河南)", "HN", 8),
    H("T11", "评价指标相关性分析、指标设计和分值设计", "指标体系框架及权重", "2.指标体系框架 / 3.权重 (河南)", "HN", 4),
    H("T12", "指标评分结果分析", "指标得分情况分析", "附表3-3：决策指标得分情况表 (河南)", "HN", 4),
    H("T13", "存在的主要问题及原因分析", "存在的问题及原因分析", "（二）存在的问题及原因分析 (河南)", "HN", 3),
    H("T14", "有关建议", "工作建议", "四、工作建议 (河南)", "HN", 2),
    H("T15", "相关建议", "工作建议", "四、工作建议 (河南)", "HN", 1),
    H("T16", "社会调查方案", "社会调研方案", "社会调研方案 (河南 制定工作方案)", "HN", 2),
    H("T17", "内部人员调查问卷方案", "问卷调查方案", "附件4：满意度调查分析报告 / 问卷调查 (河南)", "HN", 2),
    Rule("T18", "heading", either(text("abstract")), HEAD_PREFIX + r"项目(决策|过程|产出|效益)$", r"\g<1>\2指标",
         "1.决策指标绩效分析 (河南)", "HN", 4),
    H("T19", "部门主要做法及经验", "主要成效", "（一）主要成效 (河南)", "HN", 1),
    H("T20", "调查方法和抽样方式", "调查方法与抽样", "（一）调查方法 / 二、调查方法与时间安排 (河南 附件4)", "HN", 1),
    H("T21", "问卷的发放和回收", "问卷发放与回收", "二、调查方法与时间安排 (河南 附件4)", "HN", 1),
    Rule("T22", "heading", either(text(), cell("toc", 0)), r"^(附件\s?2[：:\s]\s?)问卷调查$", r"\1满意度调查问卷",
         "附件4：满意度调查分析报告 (河南)", "HN", 3),
    L("T23", "heading", text("survey"), "得分标准设置：", "问卷赋分规则：", "赋分 (河南 附件4)", "HN", 1),
    L("T24", "heading", text("survey"), "(1) 分值设置", "(1) 选项赋分", "赋分 (河南 附件4)", "HN", 1),
    L("T25", "heading", text("survey"), "(2) 满意率计算", "(2) 满意度计算", "满意度=〔…〕 (河南 附件1 D4)", "HN", 1),
    L("T26", "heading", text("survey"), "(3) 评价标准", "(3) 评分规则", "根据评分规则，该指标得 4.00 分 (河南 D401)", "HN", 1),
]


# ------------------------------------------------------------------ engine
def segments(lines, section, table, header):
    for i, ln in enumerate(lines):
        if "\t" in ln:
            for j in range(len(ln.split("\t"))):
                yield Seg(i, j, table[i], section[i], header[i])
        else:
            yield Seg(i, -1, None, section[i], False)


def apply(lines: list[str]) -> list[str]:
    section, table, header = classify(lines)
    out = [ln.split("\t") if "\t" in ln else [ln] for ln in lines]
    segs = list(segments(lines, section, table, header))
    masked = {}
    for s in segs:
        col = max(s.col, 0)
        masked[(s.line, col)] = mask(out[s.line][col])
    for rule in RULES:
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
        if os.environ.get("REWORD_C_DEBUG"):
            print(f"{rule.id}\t{rule.applied}\t{rule.expect}", file=sys.stderr)
            continue
        if rule.expect is not None and rule.applied != rule.expect:
            raise SystemExit(f"reword_c.py: rule {rule.id} changed {rule.applied} places, expected {rule.expect}")
        if rule.expect is None and rule.applied == 0:
            raise SystemExit(f"reword_c.py: rule {rule.id} changed nothing")
    for (i, j), (m_text, kept) in masked.items():
        out[i][j] = unmask(m_text, kept)
    return ["\t".join(c) for c in out]


# ------------------------------------------------------------------ safety check
def facts(s: str) -> tuple:
    return (collections.Counter(NUMBER.findall(s)),
            collections.Counter(CIRCLED.findall(s)),
            collections.Counter(CN_COUNT.findall(s)),
            collections.Counter(re.sub(r"\s", "", d) for d in DOCNO.findall(s)),
            collections.Counter(TITLE.findall(s)),
            (s.count("《"), s.count("》"), s.count("〔"), s.count("〕")))


FACT_NAMES = ("numbers", "circled element marks", "counted Chinese numerals", "文号", "《titles》", "bracket counts")


def check(before: list[str], after: list[str]) -> None:
    problems = []
    if len(before) != len(after):
        raise SystemExit(f"reword_c.py: line count changed {len(before)} -> {len(after)}")
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
            for name, fx, fy in zip(FACT_NAMES, facts(x), facts(y), strict=True):
                if fx != fy:
                    problems.append(f"line {i + 1} cell {j + 1}: {name} changed: {fx} -> {fy}")
    if problems:
        raise SystemExit("reword_c.py: refusing to write, the rewrite changed facts:\n  " + "\n  ".join(problems[:40]))


# ------------------------------------------------------------------ main
def tsv_field(s: str) -> str:
    return " ".join(s.replace("\t", " ⇥ ").split())


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    original = SOURCE.read_text(encoding="utf-8")
    lines = original.split("\n")
    new_lines = apply(lines)
    check(lines, new_lines)
    total = sum(r.applied for r in RULES)
    if total < 150:
        raise SystemExit(f"reword_c.py: only {total} places rewritten, fewer than 150")
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "sunan-reworded-c.txt").write_text("\n".join(new_lines), encoding="utf-8")
    rows = ["id\tcategory\tcount\twhere\tbefore (first place)\tafter (first place)\timitates (real phrasing)\tsource"]
    for r in RULES:
        rows.append("\t".join([r.id, r.what, str(r.applied), ",".join(sorted(r.where)),
                               tsv_field(r.example[0])[:300], tsv_field(r.example[1])[:300],
                               tsv_field(r.imitates), SRC[r.src]]))
    rows.append("\t".join(["TOTAL", "", str(total), "", "", "", "", ""]))
    (outdir / "rewrites-c.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    changed = sum(1 for a, b in zip(lines, new_lines, strict=True) if a != b)
    print(f"reword_c.py: {total} places rewritten by {len(RULES)} rules, {changed} lines changed; "
          f"wrote {outdir / 'sunan-reworded-c.txt'} and {outdir / 'rewrites-c.tsv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
