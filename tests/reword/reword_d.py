#!/usr/bin/env python3
"""Fourth, independent rewording of the reference report (writer D).

    python3 reword_d.py OUT_DIR

Reads fixtures/sunan-hrss-2024.txt and writes

    OUT_DIR/sunan-reworded-d.txt   the report as a fourth consultancy would word it
    OUT_DIR/rewrites-d.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer D's house style is drawn from published reports and tables of other
provinces (达州 部门整体支出绩效评价得分表, 四川 部门预算项目支出绩效自评表,
池州 项目支出绩效自评表, 寻甸 县委编办 部门整体支出绩效自评报告, 南县政协 部门整体
支出绩效评价报告, 红河 项目支出/部门整体自评报告, 部门整体支出绩效评价指标 PDF
repost), and a few from the 河南 report in ../shared/corpus.  Every rule
names the phrasing it imitates (``imitates``) and its source key (``src``).

Mechanics (masking of 《titles》 and 文号, the per-line/per-cell safety check,
segment scopes, the rule engine) are copied from tests/reword/reword_c.py;
the phrasings are writer D's own.

Environment (for attributing findings, not for the published rewrite):
REWORD_D_ONLY=ID,ID  apply only these rules;  REWORD_D_SKIP=ID,ID  leave these
rules out; in both cases rule counts are not asserted.  REWORD_D_DEBUG=1 prints
every rule's count instead of stopping on a mismatch.
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
    "DZ": "http://nyj.dazhou.gov.cn/xxgk-show-16453.html (部门整体支出绩效评价得分表: 一级指标 | 二级指标 | 三级指标 | 分值 | 得分; 部门决策(25分) | 目标任务(15分) | 相关性(5分))",
    "QS": "https://www.scqs.gov.cn/info/13206/211004.htm (四川 部门预算项目支出绩效自评表: 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因; 年中发生预算调整的(追加或调减))",
    "CZ": "http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 (池州 项目支出绩效自评表: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 本项目共申请预算资金90万元)",
    "YBV": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标 PDF repost: 三级指标 | 评价标准 | 得分 | 备注; 在职人员控制率≤100%，计1分；每超过一个百分点扣0.1分，扣完为止)",
    "XD": "http://www.kmxd.gov.cn/c/2025-05-16/7008388.shtml (寻甸县委编办2024年部门整体支出绩效自评报告: 部门概况 / 部门机构设置、编制 / 部门资金来源及使用情况 / 评价思路和过程 / 评价结论 / 具体绩效分析 / 主要经验做法 / 存在的问题 / 改进措施及建议; 机关行政编制12名…2024年实有人员13人)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协部门整体支出绩效评价报告: 2021年部门决算收支完成情况。1、收入:792.22万元…其中:财政拨款收入792.22万元。2、支出:799.12万元。其中:人员经费支出434.89万元…项目支出286.83万元)",
    "HHP": "https://www.hh.gov.cn/info/11481/1179592.htm (红河州数据发展中心2024年度项目支出绩效单位自评报告: 年初批复预算8个项目985万元…调整预算后项目预算861.46万元…实际到位资金334.67万元)",
    "HH": "corpus/excerpts/honghe_sjfzzx_bmzt_2024.txt (截至2024年12月31日，部门事业编制人数15人，年末实有人数14人)",
    "NX": "corpus/excerpts/nanxian_czj_2020.txt (南县财政局: …开展了绩效评价，综合评分为97分)",
    "YY": "corpus/excerpts/yueyang_cgjdzhzx_2018.txt (岳阳 自评报告: 一、部门(单位)基本概况; 人员编制 21 实有人数 21)",
    "BS": "corpus/excerpts/baoshan_jtj_bmzt_2020.txt (保山市交通运输局: 1.部门主要职能职责; 对我局2020年度部门整体支出进行绩效评价)",
    "HN": "corpus/henan-skills-competition-2021-2024.md (河南: 决策指标共15分，评价得分10.40分，得分率69.33%; 总分值15分，得分为10.4分; 共回收有效问卷108份; 项目总体评价得65.00分，评价等级为“中”)",
    "DY": "https://dyrmt.com/article-132779-22.html (自评表: 结余率(计算方法为:结余数/预算数)≤5%)",
    "ABG": "https://abg.baidu.com/tags/x66lvs5vyo35nr7jx73mxnod6416 (page title: 考核得分情况说明)",
    "SV": "http://ysg.cqzhiing.com/cn/article/11451.html (抽样设计与执行报告: 目标总体…调查设计的样本总量为8100份; 抽样方法和过程) and http://youerw.com/guanli/lunwen_9819_5.html (共发放问卷268份…共回收235份有效问卷)",
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
            raise SystemExit(f"reword_d.py: a rule removed or copied a protected span: {text!r}")
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

# ------------------------------------------------------------------ writer D's phrasings
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it


def element_rule_d(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> two house variants in turn."""
    w, p, z = m.group(2), m.group(3), re.sub(r"\s", "", m.group(4))
    zc = "计0分" if z == "得0分" else "不计分"
    if k % 2 == 0:   # 仿 部门整体支出绩效评价指标: ①…，1分；②…，1分 / 计1分
        return f"上述要素权重均为{w}，逐项判断，满足的计{p}分，未满足的{zc}"
    return f"各要素权重{w}，达到要求的计{p}分，未达到的{zc}"


def ending_d(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":   # 仿 河南 "总分值15分，得分为10.4分"
            return f"{lead}本项得分为{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}评价得分{sp1}{num}{sp2}分{stop}{tail}"   # 仿 河南 "评价得分10.40分"
    return f


ENDING_D = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"
LEVEL_D = r"^(.*?)\s?[（(]\s?(\d+(?:\.\d+)?)\s?[)）]$"

ANNEX_HEADER_D = {"评分标准": "评价标准", "得分原因": "得分情况说明", "得分": "评价得分"}
IND_HEADER_D = {"分值": "权重", "得分率%": "得分率"}


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_D)) + r")$", hmap(ANNEX_HEADER_D),
      "三级指标 | 评价标准 | 得分 | 备注 (部门整体支出绩效评价指标); 考核得分情况说明 (page title); 评价得分10.40分 (河南)", "YBV"),
    R("H02", "table header", either(cell("ind", 3, 5, header=True), cell("t4", 1, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_D)) + r")$", hmap(IND_HEADER_D),
      "权重 | 得分 (四川 自评表); 得分率 69.33% (河南)", "QS"),
    R("H03", "table header", cell("annex", 0, 1, 2), LEVEL_D, r"\1(\2分)",
      "部门决策(25分) | 目标任务(15分) | 相关性(5分) (达州 得分表)", "DZ"),
    R("H04", "table header", cell("ind", 0, 1), LEVEL_D, r"\1(\2分)",
      "部门决策(25分) | 目标任务(15分) (达州 得分表)", "DZ"),

    # ============================================================ 结论表 labels
    L("S01", "summary label", cell("summary", 1), "预算安排资金", "全年预算数",
      "年初预算数 | 全年预算数 | 全年执行数 | 执行率 (池州 自评表)", "CZ", 1),
    L("S02", "summary label", cell("summary", 1), "实际支出资金", "全年执行数",
      "全年预算数 | 全年执行数 (池州 自评表)", "CZ", 1),
    L("S03", "summary label", cell("summary", 1), "预算执行率", "执行率",
      "分值 | 执行率 | 得分 (池州 自评表)", "CZ", 1),
    L("S04", "summary label", cell("summary", 1), "评价得分", "综合评分",
      "…开展了绩效评价，综合评分为97分 (南县财政局)", "NX", 1),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "2024年部门收支情况：收入方面，一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元；支出方面，截至2024年12月31日全年支出6847.87万元，其中：2024年基本支出842.29万元，2024年项目支出6005.58万元；部门预算执行率100%（详见表1）。",
      "2021年部门决算收支完成情况。1、收入:792.22万元…其中:财政拨款收入792.22万元…2、支出:799.12万元。其中:人员经费支出… (南县政协)", "NXZX", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "2024年部门收入：一般公共预算财政拨款收入6847.87万元；部门支出：截至2024年12月31日全年支出6847.87万元，其中：2024年基本支出842.29万元，2024年项目支出6005.58万元。部门预算执行率为100%。",
      "1、收入:792.22万元…其中:财政拨款收入792.22万元。2、支出:799.12万元。其中:… (南县政协)", "NXZX", 1),
    R("F03", "figure", text("body"),
      r"^截至\s?(2024)\s?年\s?(12)\s?月\s?(31)\s?日，部门全年项目共支出\s?(6005\.58)\s?万元。（详见表\s?(2)）$",
      r"全年项目支出合计 \4 万元（统计截至 \1 年 \2 月 \3 日），明细见表 \5。",
      "项目支出286.83万元 (南县政协) / 本项目共完成预算资金89.97万元 (池州)", "NXZX", 1),
    R("F04", "figure", either(text("analysis"), cell("annex", 5)),
      r"“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元",
      r"“三公”经费预算安排\1万元，实际支出\2万元",
      "年初预算数 | 全年执行数 (池州 自评表)", "CZ", 2),
    R("F05", "figure", either(text("analysis"), cell("annex", 5)),
      r"(基本|项目)支出全年预算数为" + N + r"万元，实际执行数(为)?",
      lambda m, k: f"{m.group(1)}支出全年预算数{m.group(2)}万元，全年执行数{m.group(3) or ''}",
      "全年预算数 | 全年执行数 | 执行率 (池州 自评表)", "CZ", 4),
    R("F06", "figure", either(text("analysis"), cell("annex", 5)),
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为" + r"(\s?0\s?)(万?元)，",
      r"收入预算数\1万元，收入决算数\2万元，年内追加或调减预算\3\4，",
      "年中发生预算调整的(追加或调减)，应单独说明理由 (四川 自评表)", "QS", 2),
    R("F07", "figure", either(text("analysis"), cell("annex", 5)),
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目全年预算数\2万元，结余资金\1万元，结余率（结余数/预算数）为",
      "结余率(计算方法为:结余数/预算数)≤5% (自评表)", "DY", 2),
    R("F08", "figure", either(text("analysis"), cell("annex", 5)),
      r"年政府预算采购支出总额", "年政府采购预算",
      "政府采购执行率=（实际政府采购金额/政府采购预算数）(评分标准) / 年初预算 | 预算执行数 (四川 自评表)", "QS", 2),
    R("F09", "figure", either(text("analysis"), cell("annex", 5)),
      r"(万?元)，实际采购支出", r"\1，实际政府采购金额",
      "预算执行数 (四川 自评表)", "QS", 2),
    R("F10", "figure", either(text("analysis"), cell("annex", 5)),
      r"等资料，项目总支出(?=\s?\d|</p>|$)", "等资料，全年项目支出合计",
      "项目支出286.83万元 (南县政协)", "NXZX", 2),
    R("F11", "figure", either(text("analysis"), cell("annex", 5)),
      r"万元，部门" + N + r"年重点项目有", r"万元，\1年重点项目包括",
      "项目支出包括委员活动经费36.3万元… (南县政协)", "NXZX", 2),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"核定编制数\1名；截至\2年\3月\4日，年末在职人员\5名。",
      "截至2024年12月31日，部门事业编制人数15人，年末实有人数14人 (红河); 机关行政编制12名 (寻甸)", "HH", 1),
    R("P02", "figure", either(text("analysis"), cell("annex", 5)),
      r"肃南县人力资源和社会保障局核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"该局核定编制数\1名，截至\2年\3月\4日在职人员\5人，经计算在职人员控制率为",
      "部门事业编制人数15人，年末实有人数14人 (红河)", "HH", 2),
    R("P03", "figure", either(text("analysis"), cell("annex", 5)),
      r"截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"截至\1年\2月\3日在职人员\4名，未聘用临聘人员，",
      "年末实有人数14人 (红河)", "HH", 2),

    # ============================================================ survey plan and sample
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "调查总体为肃南裕固族自治县人社局部门内部工作人员，按科室及下属单位属性，采用随机抽样方式抽取样本，样本量按调查总体的60%确定。",
      "目标总体…调查设计的样本总量为8100份 / 抽样方法和过程 (抽样设计与执行报告)", "SV", 1),
    L("V02", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷的发放与回收均由评价机构负责，以保证问卷质量。",
      "使用问卷星进行问卷的发放。共发放问卷268份…共回收235份有效问卷 (论文 调查过程)", "SV", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"工作人员问卷共 \1 题，全部为单选题，每题满分 \2 分；各选项赋分为：A 计 \3 分、B 计 \4 分、C 计 \5 分、D 计 \6 分。论述题不计分，问卷满分 \7 分。",
      "赋予1分、2分、3分、4分和5分的分值 (论文 问卷设计) / 计1分 (部门整体支出绩效评价指标)", "SV", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为\s?(\d+%)；过程分值" + N + r"分，权重为\s?(\d+%)；产出分值" + N + r"分，权重为\s?(\d+%)；效益分值" + N + r"分，权重\s?(\d+%)",
      r"本次评价构建的指标体系包括一级指标\1个、二级指标\2个、三级指标\3个，各一级指标分值及权重为：决策\4分（\5）、过程\6分（\7）、产出\8分（\9）、效益\10分（\11）",
      "部门决策(25分) | 目标任务(15分) (达州 得分表); 综合管理(30分) (网录2017 得分表)", "DZ", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价实行评分与评级相结合，满分\1分，按得分划分为四档：",
      "项目总体评价得65.00分，评价等级为“中” (河南)", "HN", 2),
    R("D03", "declaration", text("abstract", "body"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      r"指标体系设一级指标\1个（决策、过程、产出、效益）、二级指标\2个、三级指标\3个；一级指标分值为：决策\4分、过程\5分、产出\6分、效益\7分，合计\8分。",
      "部门决策(25分)…综合管理(30分) (达州 得分表)", "DZ", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"本次评价指标体系共计\1个一级指标，下面逐一进行分析。",
      "一级指标 | 二级指标 | 三级指标 | 分值 | 得分 (达州 得分表)", "DZ", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“(决策|过程|产出)”下设" + N + r"个二",
      r"“\1”一级指标涵盖\2个二", "部门决策(25分) | 目标任务(15分) (达州 得分表)", "DZ", 3),
    R("D06", "declaration", text("analysis"), r"“效益”一级指标下设" + N + r"个二",
      r"“效益”一级指标涵盖\1个二", "部门决策(25分) | 目标任务(15分) (达州 得分表)", "DZ", 1),
    R("D07", "declaration", text("analysis"), r"，" + N + r"个三级指标：分别是",
      r"；涵盖\1个三级指标，具体为", "一级指标 | 二级指标 | 三级指标 (达州 得分表)", "DZ", 4),
    R("D08", "declaration", text("analysis"), r"级指标：分别是", "级指标，具体为",
      "一级指标 | 二级指标 | 三级指标 (达州 得分表)", "DZ", 4),
    R("D09", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小",
      r"“\1”满分\2分，根据各二级指标与\1指标的关联程度，二级指标分值为",
      "部门决策(25分) | 目标任务(15分) (达州 得分表)", "DZ", 4),
    R("D10", "declaration", text("analysis"), r"“([^“”]{2,6})”设置分值" + N + r"分",
      r"“\1”(\2分)", "目标任务(15分) | 预算编制(10分) (达州 得分表)", "DZ", 13),
    R("D11", "declaration", text("abstract"), r"^一级指标项目(决策|过程|产出|效益)下设",
      r"项目\1方面设置", "部门决策(25分) (达州 得分表)", "DZ", 4),
    R("D12", "declaration", text("abstract"), r"，共计得分" + N + r"分。$",
      r"，该部分得分为\1分。", "二级指标以及6个三级指标，总分值15分，得分为10.4分 (河南)", "HN", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：部门整体支出绩效评价得分表",
      "2017年部门整体支出绩效评价得分表 (网录/达州)", "DZ", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"\1年\2绩效评价综合评分为\3分，评价等级为“优”。",
      "综合评分为97分 (南县财政局); 评价等级为“中” (河南)", "NX", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次绩效评价综合评分97分，评价等级为“优”。",
      "综合评分为97分 (南县财政局); 评价等级为“中” (河南)", "NX", 1),

    # ============================================================ scoring rules (评分标准 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_d,
      "①招待费用明确招待标准和招待人数，1分；②…，1分 / 计1分 (部门整体支出绩效评价指标)", "YBV", 21),
    L("R02", "scoring rule", cell("annex", 4), "在职人员控制率≤100%得2分，否则得0分。", "在职人员控制率未超过100%的，计2分；超过的，计0分。",
      "在职人员控制率≤100%，计1分；每超过一个百分点扣0.1分 (部门整体支出绩效评价指标)", "YBV", 1),
    L("R03", "scoring rule", cell("annex", 4), "临聘人员控制率≤100%得2分，否则得0分。", "临聘人员控制率未超过100%的，计2分；超过的，计0分。",
      "在职人员控制率≤100%，计1分 (部门整体支出绩效评价指标)", "YBV", 1),
    R("R04", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1，计2分；介于60%—80%的，每低1%扣0.1分；60%以下计0分。",
      "“三公经费”变动率≤0，计3分；…每超过一个百分点扣0.3分，扣完为止 (部门整体支出绩效评价指标)", "YBV", 1),
    R("R05", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"得分=分值×\1。", "预算执行率=预算执行数/调整后预算数 (四川 自评表)", "QS", 4),
    L("R06", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的计满分；调增或调减每1%(不足1%按四舍五入原则取整)扣0.2分，扣完为止；调整率超过10%的不计分。",
      "“三公经费”变动率≤0，计3分；每超过一个百分点扣0.3分，扣完为止 (部门整体支出绩效评价指标)", "YBV", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率处于70%—100%的，计1分；超出100%后每增加1%扣0.1分，超出10%以上的不计分。",
      "…计1分；每超过一个百分点扣0.1分，扣完为止 (部门整体支出绩效评价指标)", "YBV", 1),
    L("R08", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%的计满分；结余率每上升1%扣0.1分，扣完为止；超过10%的不计分。",
      "结余率(计算方法为:结余数/预算数)≤5% (自评表); 扣完为止 (部门整体支出绩效评价指标)", "DY", 1),
    L("R09", "scoring rule", cell("annex", 4),
      "综合满意率达到 90%以上得满分，70%—90%每降低 1%扣 0.2 分，低于 70%不得分。",
      "综合满意率≥90%的计满分；满意率处于 70%—90%的，每下降 1%扣 0.2 分；低于 70%的不计分。",
      "在人员控制率≤100%，计1分；每超过一个百分点扣0.1分，扣完为止 (部门整体支出绩效评价指标)", "YBV", 1),
    L("R10", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分，60%-90%的计2分，60%以下的不计分。",
      "…计1分 (部门整体支出绩效评价指标)", "YBV", 1),
    L("R11", "scoring rule", cell("annex", 4), "通过调查问卷方式对部门工作进行评测，", "采用问卷调查对部门工作进行测评，",
      "共回收有效问卷108份 (河南)", "HN", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING_D, ending_d("annex"),
         "总分值15分，得分为10.4分 (河南)", "HN", 34),
    Rule("E02", "score ending", text("analysis"), ENDING_D, ending_d("body"),
         "决策指标共15分，评价得分10.40分 (河南)", "HN", 34),

    # ============================================================ clause order / method sentences
    L("X01", "clause order", text("body"),
      "肃南县人力资源和社会保障局聘请北京君和志同管理咨询有限公司，对肃南县人力资源和社会保障局2024年部门整体资金使用过程及效果开展预算绩效评价工作。",
      "对肃南县人力资源和社会保障局2024年部门整体资金使用过程及效果开展预算绩效评价，由该局聘请北京君和志同管理咨询有限公司具体实施。",
      "…对我局2020年度部门整体支出进行绩效评价。现将自评情况报告如下 (保山)", "BS", 1),
    L("X02", "method sentence", either(cell("summary", 1), text("body")),
      "此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。",
      "本次评价综合运用成本效益分析法、因素分析法、比较法和公众评判法。",
      "评价思路和过程 (寻甸)", "XD", 2),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "部门（单位）基本概况", "一、部门(单位)基本概况 (岳阳)", "YY", 2),
    H("T02", "部门预算安排及执行情况", "部门资金来源及使用情况", "（五）部门资金来源及使用情况 (寻甸)", "XD", 2),
    H("T03", "部门资金使用情况", "部门资金来源及使用情况", "（五）部门资金来源及使用情况 (寻甸)", "XD", 1),
    H("T04", "部门组织管理", "部门机构设置、编制", "（一）部门机构设置、编制 (寻甸)", "XD", 2),
    H("T05", "部门职能", "部门主要职能职责", "1.部门主要职能职责 (保山)", "BS", 3),
    H("T06", "绩效评价工作开展情况", "评价思路和过程", "三、评价思路和过程 (寻甸)", "XD", 3),
    H("T07", "综合评价情况及评价结果", "评价结论", "（一）评价结论 (寻甸)", "XD", 2),
    H("T08", "综合评价情况及评价结论", "评价结论", "（一）评价结论 (寻甸)", "XD", 1),
    H("T09", "绩效评价指标分析", "具体绩效分析", "（二）具体绩效分析 (寻甸)", "XD", 3),
    H("T10", "部门主要做法及经验", "主要经验做法", "五、主要经验做法 (寻甸)", "XD", 1),
    H("T11", "存在的主要问题及原因分析", "存在的问题", "六、存在的问题 (寻甸)", "XD", 3),
    H("T12", "有关建议", "改进措施及建议", "七、改进措施及建议 (寻甸)", "XD", 2),
    H("T13", "相关建议", "改进措施及建议", "七、改进措施及建议 (寻甸)", "XD", 1),
    H("T14", "部门年度绩效目标", "绩效目标", "二、绩效目标 (寻甸)", "XD", 2),
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
    only = {x for x in os.environ.get("REWORD_D_ONLY", "").split(",") if x}
    skip = {x for x in os.environ.get("REWORD_D_SKIP", "").split(",") if x}
    partial = bool(only or skip)
    for rule in RULES:
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
        if os.environ.get("REWORD_D_DEBUG") or partial:
            if os.environ.get("REWORD_D_DEBUG"):
                print(f"{rule.id}\t{rule.applied}\t{rule.expect}", file=sys.stderr)
            continue
        if rule.expect is not None and rule.applied != rule.expect:
            raise SystemExit(f"reword_d.py: rule {rule.id} changed {rule.applied} places, expected {rule.expect}")
        if rule.expect is None and rule.applied == 0:
            raise SystemExit(f"reword_d.py: rule {rule.id} changed nothing")
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
        raise SystemExit(f"reword_d.py: line count changed {len(before)} -> {len(after)}")
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
        raise SystemExit("reword_d.py: refusing to write, the rewrite changed facts:\n  " + "\n  ".join(problems[:40]))


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
    if total < 150 and not (os.environ.get("REWORD_D_ONLY") or os.environ.get("REWORD_D_SKIP")):
        raise SystemExit(f"reword_d.py: only {total} places rewritten, fewer than 150")
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "sunan-reworded-d.txt").write_text("\n".join(new_lines), encoding="utf-8")
    rows = ["id\tcategory\tcount\twhere\tbefore (first place)\tafter (first place)\timitates (real phrasing)\tsource"]
    for r in RULES:
        rows.append("\t".join([r.id, r.what, str(r.applied), ",".join(sorted(r.where)),
                               tsv_field(r.example[0])[:300], tsv_field(r.example[1])[:300],
                               tsv_field(r.imitates), SRC[r.src]]))
    rows.append("\t".join(["TOTAL", "", str(total), "", "", "", "", ""]))
    (outdir / "rewrites-d.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    changed = sum(1 for a, b in zip(lines, new_lines, strict=True) if a != b)
    print(f"reword_d.py: {total} places rewritten by {len(RULES)} rules, {changed} lines changed; "
          f"wrote {outdir / 'sunan-reworded-d.txt'} and {outdir / 'rewrites-d.tsv'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
