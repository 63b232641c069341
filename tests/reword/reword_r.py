#!/usr/bin/env python3
"""Held-out rewording of the reference report (writer R).

    python3 reword_r.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-r.txt   the report as writer R would word it
    OUT_DIR/rewrites-r.tsv         every rewrite: id, how many places it changed, where, an example
                                   before/after, and the real published phrasing it imitates (with its source)

Writer R's house style is that of a 西南/西北 county finance bureau's in-house 绩效股 writing a 重点评价报告:
terse administrative wording; lists "一是……二是……三是……"; the 评分表 headers 指标内涵 / 评分要点 /
评价情况及扣分原因 / 评价得分, the per-一级 tables 标准分值 / 评价得分 / 评价得分率（%）; budget tables in
决算-table words (财政拨款（元） / 分项小计（元） / 人员经费（元） / 公用经费（元） / 经济分类科目 / 下达指标数 /
实际支出额 / 资金用途); rules "……，得2分；反之，得0分", "按……折算得分，满分为止", "……的，得满分；……扣完为止",
"≥90%得满分；70%—90%的，每降低1%扣0.2分"; element rules that count the points met ("各要点权重50%，
每符合一项得1.5分，不符合的得0分，按符合项累计计分"); reasons ending "按评分要点，此项得N分。" (评分表) and
"该项评价得分N分。" (body); reasons opening "经调阅《……》"; counts in Chinese numerals ("一级指标四个、
二级指标十三个、三级指标三十四项"); the year written "2024年度"; figures with their amount in brackets
"基本支出（842.29万元）".

Every number, ①② mark, 文号, 《title》 and table cell stays where it was; every defect of the original is kept;
no scoring rule changes the score it gives for any case.  Mechanics are those of tests/reword/rewordkit.py.

Environment (for attributing findings): REWORD_R_ONLY=ID,ID apply only these rules; REWORD_R_SKIP=ID,ID leave
these out (counts not asserted).  REWORD_R_DEBUG=1 prints every rule's count instead of stopping on a mismatch.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rewordkit import (  # noqa: E402
    H,
    L,
    R,
    Rule,
    cell,
    either,
    main,
    text,
)

SRC = {
    "YYGLJ": "https://glj.yueyang.gov.cn/6173/6181/content_1705915.html (岳阳 公路局 部门整体支出评分表: 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明; 以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止; 重点支出安排率≥90%,计5分;80%(含)-90%,计4分; 以上情况每出现一例不符合要求的扣1分,扣完为止)",
    "WL13": "https://wanglu.net/thread/t13-461855-0.html (部门预算管理考核表: 考核内容 | 考核指标 | 指标说明 | 评分标准 | 权数 | 考评得分; 按完成比例计算得分,满分为止)",
    "LYGZB": "http://www.lygzb.net/html/text/chl/509/50957_3.html (财政部 中央级行政经费项目支出考评计分办法: 指标名称 | 分值 | 评分依据 | 实际得分; 在计划时间内完成的,得满分; 实际完成情况与计划每相差3%,扣1分,扣满15分为止)",
    "WL12": "https://wanglu.net/thread/t12-491155-4.html (2017 部门整体支出绩效自评: 存在的问题:一是年初编制项目资金预算时对对象摸底不够准确…二是专项资金申报不够及时.下一步改进措施:一是…二是…)",
    "HN": "/work/shared/corpus/henan-skills-competition-2021-2024.md (河南 省级职业技能竞赛经费绩效评价报告: 项目存在的主要问题:一是管理办法不够全面…二是…; 扣分项是立项程序规范性、绩效指标明确性…; 一是管理办法存在缺项)",
    "LONGHUI": "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml (隆回县 乡村振兴项目资金 重点绩效评价报告: 受隆回县财政局委托,我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成,报告如下)",
    "BAOSHAN": "https://baoshan.gov.cn/info/7819/3700734.htm (保山市交通运输局2020年度部门整体支出绩效自评报告: 现将自评情况报告如下; 市交通运输局主要职责如下)",
    "NANXIAN": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (南县财政局2020年度机关整体支出绩效评价报告: 一、自评得分情况; 综合评分为97分; (一)机构设置情况 (二)人员编制情况 现有编制人员205人。其中,局机关在职113人)",
    "YUEYANG": "http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html (岳阳市城市管理监督指挥中心2018部门整体支出自评: 人员编制 21 | 实有人数 21; 年度部门(单位)总体运行情况及取得的成绩)",
    "QINGSHEN": "https://www.scqs.gov.cn/info/13206/211004.htm (青神县发改局 项目支出绩效自评表: 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因)",
    "CHANGNING": "https://yncn.gov.cn/info/4112/9026410.htm (昌宁县第一示范小学 2023 自评: 项目财政资金总额16.20万元,全部为县级配套资金,拨付使用16.20万元,预算执行率100%)",
    "HONGHE": "https://www.hh.gov.cn/info/11481/1179592.htm (红河州数据发展中心2024 项目支出自评: 年初批复预算8个项目985万元(含1个年初结转结余项目50万元) — an amount in brackets)",
    "QUXIAN": "http://www.quxian.gov.cn/xxgk-show-64159.html (渠县农业综合技术服务中心2024年度单位决算: 2024年度收、支总计均为1523.26万; 人员概况:在职人员81人 — 年度 written after the year)",
    "WJCZ": "http://bx.gov.cn/ztlm/bxxyjs/bmjs/2022nd132/content_614017 (本溪县水务局2022年度部门决算: 一般公共预算财政拨款基本支出决算表; 第一部分 部门概况 一、主要职责 — 决算-table words)",
    "HOUSE": "house wording of writer R (a county 财政局绩效股; no published page found for the exact words)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it


def st(x: str) -> str:
    return x.strip()


def sp_of(s: str) -> str:
    return " " if s.startswith(" ") or s.endswith(" ") else ""


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER = {"指标解释": "指标内涵", "评分标准": "评分要点", "得分原因": "评价情况及扣分原因", "得分": "评价得分"}
IND_HEADER = {"分值": "标准分值", "得分": "评价得分", "得分率%": "评价得分率（%）"}
BUDGET_HEADER = {"部门基本资金支出": "基本支出情况", "项目": "项目支出情况",
                 "财政拨款收入 (元)": "财政拨款（元）", "小计(元)": "分项小计（元）",
                 "人员经费支出 (元)": "人员经费（元）", "商品和服务支出 (元)": "公用经费（元）",
                 "支出明细": "支出内容", "下达资金": "下达指标数", "支出金额": "实际支出额",
                 "项目名称": "资金投向", "项目支出明细": "资金投向"}
SUMMARY_LABEL = {"预算安排资金": "年初预算安排", "实际到位资金": "全年到位资金", "实际支出资金": "全年实际支出",
                 "结转结余资金": "年末结转结余", "预算执行率": "资金执行率", "评价得分": "综合评分",
                 "评价等级": "评价等次", "得分率": "得分率（%）", "指标": "一级指标",
                 "其中：财政拨款收入": "其中：财政拨款", "项目名称": "评价项目", "评价年度": "评价期间",
                 "评价类型": "评价方式", "委托评价单位": "委托单位", "评价机构名称": "评价实施机构",
                 "评价对象名称": "评价对象", "实施目的": "评价目的", "年度绩效目标": "部门年度目标",
                 "评价办法": "评价方法", "数据采集及处理办法": "数据采集及处理",
                 "绩效评价工作过程": "工作流程", "综合评价结论": "评价结论", "绩效分析": "分项得分",
                 "资金情况 (万元)": "资金情况（单位：万元）", "绩效评价指标体系": "指标体系设置"}


def on_lines(*idx: int):
    keep = {i - 1 for i in idx}
    return lambda s: (not s.text_line and s.table == "budget" and s.col == 0 and s.line in keep)


def ind_total(*idx: int):
    keep = {i - 1 for i in idx}
    return lambda s: (not s.text_line and s.table in ("ind", "t4") and s.col == 0 and s.line in keep)


def element_rule(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> house variants in turn; additive per element exactly
    as before (elements x points and the weights are kept, so every defect stays)."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    zero = z == "得0分"
    v = k % 3
    if v == 0:
        tail = f"不符合的得{sp}0{sp}分" if zero else "不符合的不得分"
        return f"各要点权重{sp}{w}，符合的要点每项得{sp}{p}{sp}分，{tail}，按符合项累计计分"
    if v == 1:
        tail = f"达不到要求的该项得{sp}0{sp}分" if zero else "达不到要求的该项不得分"
        return f"上述要点按{sp}{w}权重逐项计分，达到要求的每项得{sp}{p}{sp}分，{tail}"
    tail = f"否则该项为{sp}0{sp}分" if zero else "否则该项不得分"
    return f"每项要点权重{sp}{w}，凡符合的即计{sp}{p}{sp}分，{tail}"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":
            return f"{lead}按评分要点，此项得{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}该项评价得分{sp1}{num}{sp2}分{stop}{tail}"
    return f


CN = {"1": "一", "2": "两", "3": "三", "4": "四", "6": "六", "10": "十", "12": "十二", "13": "十三", "34": "三十四"}


def decl(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"本次评价共设一级指标{CN[n1]}个、二级指标{CN[n2]}个、三级指标{CN[n3]}项。一是决策类，分值{sp}{d}{sp}分，"
            f"权重{sp}{dw}；二是过程类，分值{sp}{p}{sp}分，权重{sp}{pw}；三是产出类，分值{sp}{o}{sp}分，权重{sp}{ow}；"
            f"四是效益类，分值{sp}{e}{sp}分，权重{sp}{ew}")


def decl_abstract(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"指标体系设一级指标{CN[n1]}个（决策、过程、产出、效益），下设二级指标{CN[n2]}个、三级指标{CN[n3]}项；"
            f"一级指标分值：决策 {d} 分，过程 {p} 分，产出 {o} 分，效益 {e} 分，满分 {full} 分。")


def grades(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    sp = " " if " 分" in m.group(0) else ""
    return f"{a}（含）-{b}{sp}分，优；{c}（含）-{d}{sp}分，良；{e}（含）-{f}{sp}分，中；{g}{sp}分以下，差"


def level_abs(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"项目{lvl}类下设二级指标{n2}个、三级指标{n3}个，重点考察{focus}，评价得分{score}分。"


def level_line(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = st(m.group(3)), m.group(4), st(m.group(5)), m.group(6), m.group(7)
    return f"“{lvl}”下设二级指标{CN[n2]}个：{two}；三级指标{CN[n3]}项：{three}{stop}"


def alloc(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    parts = "，".join(f"“{a}”{sp}{st(b)}{sp}分" for a, b in pairs)
    why = f"（按与{lvl}指标关联度大小{extra}分配）"
    return f"“{lvl}”指标分值{sp}{st(total)}{sp}分，其中：{parts}{why}。"


CAP = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
TEXT_ANALYSIS_OR_ANNEX = either(text("analysis"), cell("annex", 5))
ANNEX_RULE = cell("annex", 4)

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER)) + r")$", hmap(ANNEX_HEADER),
      "评分标准 | 分值 | 自评得分 | 扣分原因和其他说明 (岳阳 公路局 评分表) -> 指标内涵 | 评分要点 | 评价情况及扣分原因 | 评价得分", "YYGLJ", 88),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER)) + r")$", hmap(IND_HEADER),
      "考核指标 | 权数 | 考评得分 (部门预算管理考核表) -> 标准分值 | 评价得分 | 评价得分率（%）", "WL13", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER)) + r")$", hmap(BUDGET_HEADER),
      "一般公共预算财政拨款基本支出决算表 (本溪县水务局 决算) -> 财政拨款（元） / 人员经费（元） / 公用经费（元） / 下达指标数 / 实际支出额", "WJCZ", 20),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "选择人数", "比例": "选择比例"}[m.group(0)],
      "house: 选项 | 选择人数 | 选择比例", "HOUSE", 20),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "分工角色", "主要职责": "职责任务"}[m.group(0)],
      "house: 分工角色 | 姓名 | 职称 | 职责任务", "HOUSE", 2),
    R("H06", "total row", on_lines(373), r"^合计$", lambda m, k: "全年合计",
      "2024年度收、支总计均为1523.26万 (渠县 决算) -> 全年合计 (house; only the body copy of 表1: the abstract copy is followed by the 项目 table after a blank line, and render.py closes a table only on 合计/总计, so renaming it would glue the two tables in the .docx)", "QUXIAN", 1),
    R("H07", "total row", on_lines(151, 407), r"^合计$", lambda m, k: "项目合计", "house", "HOUSE", 2),
    R("H08", "total row", ind_total(541), r"^合计$", lambda m, k: "总体", "house: 表4's total row 总体", "HOUSE", 1),
    R("H09", "total row", ind_total(564, 610, 726), r"^合计$", lambda m, k: "小计",
      "house: a per-一级 table closes on 小计 (the 一级指标's own subtotal)", "HOUSE", 3),

    # ============================================================ 结论表 labels
    R("S01", "summary label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL)) + r")$", hmap(SUMMARY_LABEL),
      "年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 (青神 自评表) -> 年初预算安排 / 全年到位资金 / 全年实际支出 / 资金执行率; 综合评分 (南县财政局)", "QINGSHEN", 26),
    R("S02", "summary", cell("summary", 0), r"^\(一\) 决策方面 1\. 部门预算绩效管理工作不到位。 \(二\) 过程方面 1\. 部门年度资金安排不完善。$",
      "(一) 决策方面：1. 部门预算绩效管理工作不到位； (二) 过程方面：1. 部门年度资金安排不完善。",
      "存在的问题:一是…二是… (2017 自评) -> one line per 方面, semicolons", "WL12", 1),
    R("S03", "summary", cell("summary", 0), r"1\. 建议肃南县人力资源和社会保障局完善部门预算绩效管理工作。",
      "1. 健全部门预算绩效管理工作机制。", "下一步改进措施:一是…二是… (2017 自评)", "WL12", 1),
    R("S04", "summary", cell("summary", 0), r"1\. 建议肃南县人力资源和社会保障局完善部门年度资金安排工作。",
      "1. 细化部门年度资金安排。", "下一步改进措施:一是…二是… (2017 自评)", "WL12", 1),
    R("S05", "summary", cell("summary", 0), r"本次绩效评价所需资料均由(肃南县人力资源和社会保障局)局相关工作人员提供。",
      r"评价所用资料由\1局相关工作人员提供。", "house", "HOUSE", 1),
    R("S06", "summary", cell("summary", 0), r"本次绩效评价涉及的金额均保留两位小数。", "金额单位保留两位小数。", "house", "HOUSE", 1),
    R("S07", "summary", cell("summary", 1), r"^本次绩效评价对象为(肃南县人力资源和社会保障局) (2024) 年部门整体支出，涉及财政预算资金 (6847\.87) 万元。$",
      r"评价对象：\1 \2 年度部门整体支出，涉及财政预算资金（\3 万元）。",
      "年初批复预算8个项目985万元(含…) (红河州) -> the amount in brackets", "HONGHE", 1),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "2024年度部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元。截至2024年12月31日，部门全年支出6847.87万元，其中：2024年度基本支出（842.29万元），2024年度项目支出（6005.58万元），部门预算执行率100%。（见表1）",
      "项目财政资金总额16.20万元,…拨付使用16.20万元,预算执行率100% (昌宁) + 985万元(含…50万元) (红河州) -> the parts in brackets", "CHANGNING", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "2024年度部门一般公共预算财政拨款收入6847.87万元。截至2024年12月31日，部门全年支出6847.87万元，其中：2024年度基本支出（842.29万元），2024年度项目支出（6005.58万元），部门预算执行率100%。",
      "2024年度收、支总计均为1523.26万 (渠县) + 985万元(含…) (红河州)", "QUXIAN", 1),
    R("F03", "figure", text("body"), r"^截至 (2024) 年 (12) 月 (31) 日，部门全年项目共支出 (6005\.58) 万元。（详见表 (2)）$",
      r"截至 \1 年 \2 月 \3 日，部门全年项目支出合计 \4 万元。（见表 \5）", "house", "HOUSE", 1),
    R("F04", "figure", text("body"), r"^本次绩效评价对象为(肃南县人力资源和社会保障局) (2024) 年部门整体支出，涉及财政预算资金 (6847\.87) 万元。$",
      r"评价对象为\1 \2 年度部门整体支出，涉及财政预算资金（\3 万元）。",
      "年初批复预算8个项目985万元(含…) (红河州) -> the amount in brackets", "HONGHE", 1),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金 (6847\.87) 万元。$",
      r"年度部门财政预算整体支出，涉及资金（\1 万元）。", "985万元(含…) (红河州)", "HONGHE", 1),
    R("F06a", "figure", cell("annex", 5),
      r"(\d{4})年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，基本支出预算执行率为",
      r"\1年度肃南县人力资源和社会保障局基本支出全年预算数（\2万元）、实际执行数（\3万元），基本支出预算执行率为",
      "985万元(含…) (红河州) -> both figures in brackets after their labels", "HONGHE", 1),
    R("F06b", "figure", text("analysis"),
      r"(\d{4}" + r"\s?)年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度肃南县人力资源和社会保障局基本支出全年预算数（\2万元）、实际执行数（\3万元），",
      "985万元(含…) (红河州)", "HONGHE", 1),
    R("F07a", "figure", cell("annex", 5),
      r"(\d{4})年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度肃南县人力资源和社会保障局项目支出全年预算数（\2万元）、实际执行数（\3万元），",
      "985万元(含…) (红河州)", "HONGHE", 1),
    R("F07b", "figure", text("analysis"),
      r"(\d{4}\s?)年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"\1年度肃南县人力资源和社会保障局项目支出全年预算数（\2万元）、实际执行数", "985万元(含…) (红河州)", "HONGHE", 1),
    R("F07c", "figure", text("analysis"), r"^为" + N + r"万元，项目支出预算执行率为",
      lambda m, k: f"（{st(m.group(1))}{' ' if m.group(1).endswith(' ') else ''}万元），项目支出预算执行率为",
      "985万元(含…) (红河州) (the sentence continues from the line before)", "HONGHE", 1),
    R("F08", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为" + N + r"(万元|元)，预算调整率为",
      r"全年收入预算\1万元、决算\2万元，预算调整数\3\4，预算调整率",
      "年初预算 | 调整后预算数 | 预算执行数 (青神 自评表) -> 全年收入预算A万元、决算B万元 (house)", "QINGSHEN", 2),
    R("F09", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}\s?)年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度“三公”经费全年预算（\2万元），实际支出（\3万元），",
      "985万元(含…) (红河州) -> amounts in brackets", "HONGHE", 2),
    R("F10", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目全年预算数为\2万元，项目资金结余总额为\1万元，资金结余率为",
      "house: the budget before the balance", "HOUSE", 2),
    R("F11", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"本部门(\s?\d{4}\s?)年政府预算采购支出总额" + N + r"万",
      r"本部门\1年度政府采购预算金额\2万", "金额X万元 (house)", "HOUSE", 2),
    R("F12", "figure", TEXT_ANALYSIS_OR_ANNEX, r"实际采购支出" + N + r"万元，政府采购执行率为",
      r"实际采购金额\1万元，政府采购执行率为", "金额X万元 (house)", "HOUSE", 2),
    R("F13", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"项目总支出（\1万元）中，部门\2年度重点项目包括",
      "985万元(含…) (红河州) -> the total in brackets", "HONGHE", 1),
    R("F14", "figure", cell("annex", 5),
      r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"（\1万元）中，部门\2年度重点项目包括", "985万元(含…) (红河州) (the 评分表 cell continues over a page break)", "HONGHE", 1),
    R("F15", "figure", TEXT_ANALYSIS_OR_ANNEX, r"，重点支出安排率(\d+(?:\.\d+)?%)，", r"；重点支出安排率为\1，",
      "house", "HOUSE", 2),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"单位核定编制\1名，截止到\2年\3月\4日在岗人员\5名。",
      "人员编制 21 | 实有人数 21 (岳阳 城管监督指挥中心) -> 核定编制N名，……在岗人员M名", "YUEYANG", 1),
    R("P02", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"核定编制\1名，截至\2年\3月\4日在岗人员\5人，在职人员控制率为",
      "人员编制 21 | 实有人数 21 (岳阳) -> 核定编制N名，……在岗人员M人", "YUEYANG", 2),
    R("P03", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"编制实有\1人，截至\2年\3月\4日在岗人员\5名，未聘用临时人员，", "house", "HOUSE", 2),
    R("P04", "figure", TEXT_ANALYSIS_OR_ANNEX, r"临聘人员控制率为(0%)。", r"临聘人员控制率\1。", "house", "HOUSE", 2),
    R("P05", "figure", text("body"), r"，下设四个职能科室，分别是", "，内设职能科室四个：", "内设副科级事业单位2个 (南县财政局)", "NANXIAN", 1),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "调查总体为肃南裕固族自治县人社局内部工作人员，按科室及下属单位属性分层随机抽样，抽取总体的60%作为样本。",
      "house: 调查总体 / 抽取总体的60%作为样本", "HOUSE", 1),
    L("V02", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷由评价机构负责发放和回收，确保问卷质量。", "house", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷共 \1 题，均为单选，每题满分 \2 分：选 A 计 \3 分，选 B 计 \4 分，选 C 计 \5 分，选 D 计 \6 分；论述题不计分；满分 \7 分。",
      "house", "HOUSE", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"综合满意率=问卷实得总分÷问卷满分总分×\1", "house", "HOUSE", 1),
    R("V05", "survey", text("survey"),
      r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标分值 \1 分。综合满意率≥\2得满分；\3—\4的，每降低 \5扣 \6 分；低于 \7的，不得分。",
      "重点支出安排率≥90%,计5分;80%(含)-90%,计4分 (岳阳 公路局 评分表) -> ≥90%得满分；…的，每降低1%扣0.2分", "YYGLJ", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "计分办法：", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 题目分值", "house", "HOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 满意率计算公式", "house", "HOUSE", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 评分办法", "house", "HOUSE", 1),
    R("V10", "survey", text("survey"), r"\[单选题\]", lambda m, k: "【单项选择】", "house", "HOUSE", 10),
    L("V11", "survey", text("survey"), "绩效评价调查问卷（工作人员）", "绩效评价（工作人员）满意度调查表",
      "house", "HOUSE", 1),
    L("V12", "survey", text("body"),
      "对部门开展的工作整体满意程度如何；部门执行财政预算资金的合规性如何；对部门资金管理制度的健全程度；部门对于财政资金决算情况公示的透明化程度；对部门招商引资工作的完成效果如何；部门专项资金的使用效果如何。",
      "一是部门工作整体满意程度；二是部门执行财政预算资金的合规性；三是部门资金管理制度的健全程度；四是财政资金决算情况公示的透明化程度；五是部门招商引资工作完成效果；六是部门专项资金使用效果。",
      "一是管理办法存在缺项…二是… (河南)", "HN", 1),
    L("V13", "survey", text("body"), "根据部门履职工作重要性、工作数量指标的实际情况，以重点支出全覆盖为原则，选取肃南县人力资源和社会保障局所在地开展现场调研。",
      "按照重点支出全覆盖原则，结合部门履职工作重要性和工作数量指标实际，选取肃南县人力资源和社会保障局所在地开展现场调研。",
      "house: clauses reordered", "HOUSE", 1),
    L("V14", "survey", text("body"), "采用面对面个别访谈形式。", "采取面对面个别访谈。", "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl, "指标体系整体框架由4大类组成，包括4项一级指标、12项二级指标和28项三级指标 (河南); 一是…二是… (河南) -> 一级指标四个、…三级指标三十四项。一是决策类，分值15分，权重15%；…", "HN", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果实行评分与评级相结合，具体分值和等级可视评价内容设定。总分\1分，等级分四档：",
      "house", "HOUSE", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades, "80%(含)-90%,计4分 (岳阳 公路局) -> 90（含）-100分，优；80（含）-90分，良；…", "YYGLJ", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract, "4项一级指标、12项二级指标和28项三级指标 (河南) -> 一级指标四个…三级指标三十四项", "HN", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      lambda m, k: f"本次指标体系共设一级指标{CN[st(m.group(1))]}个，逐一分析如下。", "house", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      lambda m, k: f"“决策”项下共{CN[st(m.group(1))]}个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      lambda m, k: f"级指标：{m.group(1)}；三级指标{CN[st(m.group(2))]}个：{m.group(3)}{m.group(4)}",
      "house: counts in Chinese numerals, names after a colon", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_line, "4项一级指标、12项二级指标 (河南) -> “过程”下设二级指标四个：…；三级指标十二项：…", "HN", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc, "一级指标“项目绩效”,满分40分 (自评表填报说明) / 指标分值 (house) -> “过程”指标分值24分，其中：“预算执行”12分，…（按…分配）", "HOUSE", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs, "house: 项目决策类下设二级指标2个、三级指标6个，重点考察…，评价得分14分", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"项目效益类下设二级指标\1个、三级指标\2个，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，评价得分 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP[m.group(2)]}类指标评价得分表", "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：一级指标评价得分汇总表", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：部门基本支出明细表",
      "一般公共预算财政拨款基本支出决算表 (本溪 决算)", "WJCZ", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：部门项目支出明细", "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组成员及分工", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "一级指标得分见表4，三级指标评分明细见附件1。", "house", "HOUSE", 1),
    R("D18", "declaration", text("analysis"),
      r"^按照绩效评价相关性原则要求，二级指标，三级指标的设计与一级指标具有密切相关性。",
      "按相关性原则，二级、三级指标均围绕一级指标设置。", "house", "HOUSE", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经综合评价，\1年度\2绩效评价得分\3分，评价等次为“优”。",
      "综合评分为97分 (南县财政局) -> 得分97分，评价等次为“优”", "NANXIAN", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次评价得分97分，等次为“优”。",
      "综合评分为97分 (南县财政局)", "NANXIAN", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经评价组综合评议，得分 97 分。", "house", "HOUSE", 1),
    R("O04", "score sentence", text("body"), r"^评审组通过数据采集、问卷调查及访谈，根据部门实际情况，客观公正地对(肃南县人力资源和社会保障局)部门整体支出进行评价，",
      r"评价组通过数据采集、问卷调查和访谈，结合部门实际，对\1部门整体支出作出客观评价，", "house", "HOUSE", 1),

    # ============================================================ scoring rules (评分要点 column)
    R("R12", "scoring rule", ANNEX_RULE, r"以上要素分别占25%权重分，符合得0\.5分，不符合得0分。",
      "各要点权重25%，符合的要点每项得0.5分，不符合的得0分，按符合项累计计分。", "①…,1分;②…,1分 (岳阳 公路局)", "YYGLJ", 1),
    R("R13", "scoring rule", ANNEX_RULE, r"以上要素各占1/3权重分，符合得1分，不符合得0分。",
      "上述要点按1/3权重逐项计分，达到要求的每项得1分，达不到要求的该项得0分。", "house", "HOUSE", 2),

    R("R01", "scoring rule", ANNEX_RULE,
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule, "①…,1分;②…,1分;③…,1分 (岳阳 公路局 评分表) -> 各要点权重50%，每符合一项得1.5分，…按符合项累计计分 / 上述要点按50%权重逐项计分 / 每项要点权重50%，有一项符合即计1.5分 (house)", "YYGLJ", 18),
    R("R02", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率≤100%，得2分；反之，得0分。",
      "以100%为标准。在职人员控制率≦100%,计5分 (岳阳 公路局)", "YYGLJ", 2),
    R("R03", "scoring rule", ANNEX_RULE, r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1，得2分；60%—80%的，每降低1%扣0.1分；低于60%的，得0分。",
      "重点支出安排率≥90%,计5分;80%(含)-90%,计4分;…低于60%不得分 (岳阳 公路局)", "YYGLJ", 1),
    R("R04", "scoring rule", ANNEX_RULE, r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"按\1折算得分，满分为止。", "按完成比例计算得分,满分为止 (部门预算管理考核表)", "WL13", 4),
    L("R05", "scoring rule", ANNEX_RULE,
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的，得满分；每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，扣完为止；超过10%的，不得分。",
      "每超过一个百分点扣0.5分,扣完为止 (岳阳 公路局)", "YYGLJ", 1),
    L("R06", "scoring rule", ANNEX_RULE,
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率在70%—100%的，得1分；超出100%的，每增加1%扣0.1分，扣完为止；超过10%的，不得分。",
      "“三公经费”控制率≦100%,计6分;每超过一个百分点扣1分,扣完为止 (岳阳 公路局)", "YYGLJ", 1),
    L("R07", "scoring rule", ANNEX_RULE,
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%的，得满分；每增加1%扣0.1分，扣完为止；超过10%的，不得分。",
      "无结余,3分;有结余,…不得分 (岳阳 公路局); 扣满15分为止 (中央级行政经费项目支出考评计分办法)", "LYGZB", 1),
    R("R08", "scoring rule", ANNEX_RULE,
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率≥\1得满分；\2—\3的，每降低 \4扣 \5 分；低于 \6的，不得分。",
      "重点支出安排率≥90%,计5分 (岳阳 公路局) -> 综合满意率≥90%得满分", "YYGLJ", 1),
    R("R09", "scoring rule", ANNEX_RULE, r"本年基本支出预算执行率= \(本年度基本支出执行数/本年度基本支出预算数\) \*100%",
      "基本支出预算执行率=本年度基本支出执行数÷本年度基本支出预算数×100%", "house", "HOUSE", 1),
    R("R10", "scoring rule", ANNEX_RULE, r"本年项目支出预算执行率= \(本年度项目支出执行数/本年度项目支出预算数\) \*100%",
      "项目支出预算执行率=本年度项目支出执行数÷本年度项目支出预算数×100%", "house", "HOUSE", 1),
    R("R11", "scoring rule", ANNEX_RULE, r"^部门实际完成阶段性任务与计划完成阶段性任务数量一致，阶段性任务完成率100%。$",
      "部门实际完成的阶段性任务与计划数量一致的，阶段性任务完成率100%。", "house", "HOUSE", 1),
    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending("annex"),
         "符合评价要点①②③④，综上，该指标得3.00分 (河南) -> 按评分要点，此项得N分 (house)", "HN", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending("body"),
         "house: 该项评价得分N分", "HOUSE", 34),

    # ============================================================ reasons: openings and figures
    R("G01", "reason", either(text("analysis"), cell("annex", 5)), r"(^|。)根据(?=《)", r"\1经调阅",
      "house: reasons open 经调阅《……》", "HOUSE", None),
    R("G02", "reason", either(text("analysis"), cell("annex", 5)), r"(^|。)根据现场调研", r"\1经现场调研",
      "house", "HOUSE", 4),
    R("G03", "reason", either(text("analysis"), cell("annex", 5)), r"，部门设立的整体绩效目标①", r"，部门整体绩效目标①",
      "house", "HOUSE", 2),
    R("G04", "reason", either(text("analysis"), cell("annex", 5)), r"阶段性任务完成率\s?(100%)。", r"阶段性任务完成率达\1。",
      "house", "HOUSE", 1),

    # ============================================================ other paragraphs (house wording)
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"受\1委托，\2于\3年\4-\5月对“\6”的使用及其效果实施重点绩效评价。现评价工作已完成，报告如下。",
      "受隆回县财政局委托,我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成,报告如下 (隆回)", "LONGHUI", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "评价方法以成本效益分析法、因素分析法、比较法、公众评判法为主。", "house", "HOUSE", 2),
    R("X03", "paragraph", text("abstract"),
      r"^本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。$",
      "评价工作分四个阶段：一是前期调研，二是制定评价方案，三是组织实施，四是撰写评价报告。",
      "一是…二是… (河南 / 2017 自评)", "HN", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "采用因素分析法和对比分析法，将每一项指标的实际完成情况与评分要点比对，分析影响指标完成的主要因素，逐项计算得分。",
      "house", "HOUSE", 3),
    R("X05", "paragraph", text(), r"(?<!专家)(?<!绩效评价)评审组", lambda m, k: "评价组", "受隆回县财政局委托,我所成立绩效评价工作组 (隆回)", "LONGHUI", 2),
    L("X06", "paragraph", cell("summary", 1),
      "信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。",
      "采取文本收集、现场调研、深度访谈、问卷调查等方式收集信息与数据，采用定性与定量相结合的方法处理数据。",
      "house", "HOUSE", 1),
    L("X07", "paragraph", cell("summary", 1),
      "接受委托任务、拟订方案、开展培训、现场评价、撰写报告、资料归档。",
      "一是接受委托任务，二是拟订方案，三是开展培训，四是现场评价，五是撰写报告，六是资料归档。",
      "一是…二是… (河南 / 2017 自评)", "HN", 1),
    R("X08", "paragraph", text(), r"，主要问题如下：$", lambda m, k: "，具体问题如下：", "现将自评情况报告如下 (保山)", "BAOSHAN", 2),
    R("X09", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门绩效管理工作不到位的问题。",
      r"一是\1部门绩效管理工作不到位。", "存在的问题:一是… (2017 自评)", "WL12", 2),
    R("X10", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门年度资金安排不够细致的问题。",
      r"二是\1部门年度资金安排不够细致。", "二是专项资金申报不够及时 (2017 自评)", "WL12", 2),
    R("X11", "paragraph", text(), r"建立有效的预算执行机制，确保预算执行过程中的有效监控。定期进行预算执行的跟踪和分析，及时调整预算执行计划。",
      "二是建立有效的预算执行机制，确保预算执行过程有效监控；三是定期跟踪分析预算执行情况，及时调整预算执行计划。",
      "下一步改进措施:一是…二是… (2017 自评)", "WL12", 2),
    R("X12", "paragraph", text(), r"^针对部门绩效管理工作不到位的问题，建议部门加强资金预算绩效管理，",
      "针对部门绩效管理工作不到位问题，建议：一是加强资金预算绩效管理，", "下一步改进措施:一是… (2017 自评)", "WL12", 2),
    R("X13", "paragraph", text(), r"^结合肃南县人社工作实际需求和发展规划，提前对年度工作任务进行梳理，",
      "建议：一是结合肃南县人社工作实际需求和发展规划，提前梳理年度工作任务，", "一是… (河南 工作建议)", "HN", 2),
    R("X14", "paragraph", text(), r"借鉴零基预算、滚动预算等科学的预算编制方法，",
      "二是借鉴零基预算、滚动预算等预算编制方法，", "二是… (河南 工作建议)", "HN", 2),
    R("X15", "paragraph", text(), r"充分考虑物价波动、政策变化等因素，", "三是充分考虑物价波动、政策变化等因素，",
      "三是… (河南 工作建议)", "HN", 2),
    R("X16", "paragraph", text(), r"取得了一定成效，但在绩效管理和预算(安排|执行)方面还有一些不足",
      r"取得一定成效，但在绩效管理和预算\1方面仍存在不足", "house", "HOUSE", 2),
    R("X17", "paragraph", text(), r"在本次评价中，未发现(肃南县人力资源和社会保障局)设置部门整体支出绩效目标表，",
      r"评价中未见\1设置部门整体支出绩效目标表，", "house", "HOUSE", 2),
    R("X18", "paragraph", text("body"), r"^评价组拟采用现场评价和非现场评价相结合的方式，",
      "评价组采取现场评价与非现场评价相结合的方式，", "house", "HOUSE", 1),
    R("X19", "paragraph", text("body"), r"^此次绩效评价工作主要采用计划标准、财政部门 and 预算部门确认或认可的其他标准。$",
      "评价标准以计划标准和财政部门 and 预算部门确认或认可的其他标准为主。", "house", "HOUSE", 1),
    R("X20", "paragraph", text(), r"^被评价部门（单位）的责任是提供与形成本绩效评价报告相关的基础工作材料和资金财务核算资料，并对其真实性、合法性、完整性负责。$",
      "与本报告相关的基础工作材料和资金财务核算资料由被评价部门（单位）提供，其真实性、合法性、完整性由被评价部门（单位）负责。",
      "house: clauses reordered", "HOUSE", 2),
    R("X21", "paragraph", text(), r"^(2024) 年，全县人力资源和社会保障工作将按照省市人社部门工作要求，",
      r"\1 年度，全县人力资源和社会保障工作按照省市人社部门工作要求，", "2024年度收、支总计 (渠县 决算) -> 2024 年度", "QUXIAN", 1),
    R("X22", "paragraph", text(), r"在履行职责过程中坚持和加强党对人力资源和社会保障工作的集中统一领导。主要职责是：",
      "在履行职责过程中坚持和加强党对人力资源和社会保障工作的集中统一领导。主要职责如下：",
      "市交通运输局主要职责如下 (保山)", "BAOSHAN", 2),
    R("X23", "paragraph", text("body"), r"^为全面推进预算绩效管理工作，贯彻落实",
      "为全面推进预算绩效管理，根据", "house", "HOUSE", 1),
    R("X24", "paragraph", text("body"), r"肃南县人力资源和社会保障局聘请北京君和志同管理咨询有限公司，对肃南县人力资源和社会保障局2024年部门整体资金使用过程及效果开展预算绩效评价工作。",
      "受肃南县人力资源和社会保障局委托，北京君和志同管理咨询有限公司对该局2024年度部门整体资金使用过程及效果开展重点绩效评价。现将评价情况报告如下：",
      "受隆回县财政局委托,我所…实施绩效评价 (隆回); 现将自评情况报告如下 (保山)", "LONGHUI", 1),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "部门基本情况", "一、部门基本情况 (保山 2021)", "BAOSHAN", 2),
    H("T02", "部门职能", "部门主要职责", "1.部门主要职能职责 (保山 2020)", "BAOSHAN", 3),
    H("T03", "部门预算安排及执行情况", "部门预算收支情况", "house", "HOUSE", 2),
    H("T04", "部门资金使用情况", "部门资金收支情况", "house", "HOUSE", 1),
    H("T05", "部门组织管理", "机构设置及人员编制", "(一)机构设置情况 (二)人员编制情况 (南县财政局)", "NANXIAN", 2),
    H("T06", "部门年度绩效目标", "年度绩效目标设定", "house", "HOUSE", 2),
    H("T07", "绩效评价工作开展情况", "绩效评价组织实施情况", "house", "HOUSE", 3),
    H("T08", "绩效评价目的、对象和范围", "评价目的、对象及范围", "house", "HOUSE", 3),
    R("T09", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价原则、方法及指标", "house", "HOUSE", 3),
    H("T10", "评价原则", "评价遵循的原则", "house", "HOUSE", 1),
    H("T11", "评价方法", "评价采用的方法", "house", "HOUSE", 1),
    H("T12", "评价标准", "评价采用的标准", "house", "HOUSE", 1),
    H("T13", "评价指标体系", "指标体系设置情况", "house", "HOUSE", 2),
    H("T13b", "评价原则和方法", "评价原则及方法", "house", "HOUSE", 1),
    H("T14", "绩效评价依据", "政策依据", "house", "HOUSE", 2),
    H("T15", "绩效评价工作过程", "评价实施过程", "house", "HOUSE", 3),
    H("T16", "综合评价情况及评价结果", "综合评价及结论", "house", "HOUSE", 2),
    H("T17", "综合评价情况及评价结论", "综合评价及结论", "house", "HOUSE", 1),
    H("T18", "综合评价情况", "综合评分", "综合评分为97分 (南县财政局)", "NANXIAN", 2),
    H("T19", "评价结果", "评价等次", "house", "HOUSE", 2),
    H("T20", "绩效评价指标分析", "分项指标评价情况", "house", "HOUSE", 3),
    H("T21", "部门决策情况分析", "决策类指标评价", "house", "HOUSE", 2),
    H("T22", "部门过程情况分析", "过程类指标评价", "house", "HOUSE", 2),
    H("T23", "部门产出情况分析", "产出类指标评价", "house", "HOUSE", 2),
    H("T24", "部门效益情况分析", "效益类指标评价", "house", "HOUSE", 2),
    H("T25", "评价指标相关性分析、指标设计和分值设计", "指标设置及分值分配", "house", "HOUSE", 4),
    H("T26", "指标评分结果分析", "逐项评分情况", "house", "HOUSE", 4),
    H("T27", "存在的主要问题及原因分析", "评价发现的主要问题", "项目存在的主要问题 (河南)", "HN", 3),
    H("T28", "存在的问题", "主要问题", "存在的问题 (2017 自评)", "WL12", 2),
    H("T29", "有关建议", "改进建议", "下一步改进措施 (2017 自评)", "WL12", 2),
    H("T30", "相关建议", "改进建议", "下一步改进措施 (2017 自评)", "WL12", 1),
    H("T31", "部门主要做法及经验", "主要做法与成效", "年度部门(单位)总体运行情况及取得的成绩 (岳阳)", "YUEYANG", 1),
    H("T32", "社会调查方案", "满意度调查安排", "house", "HOUSE", 2),
    H("T33", "内部人员调查问卷方案", "工作人员问卷调查", "house", "HOUSE", 2),
    H("T34", "调查方法和抽样方式", "抽样方法", "house", "HOUSE", 1),
    H("T35", "调查对象", "调查范围", "house", "HOUSE", 1),
    H("T36", "问卷的发放和回收", "问卷发放回收", "house", "HOUSE", 1),
    H("T37", "其他需要说明的问题", "需要说明的其他事项", "house", "HOUSE", 3),
    H("T38", "关于评价方所取部门资料的说明", "资料来源说明", "house", "HOUSE", 3),
    H("T39", "关于影响本部门绩效评价局限性的说明", "评价局限性说明", "house", "HOUSE", 3),
    H("T40", "部门职能及资金使用", "部门职责及资金收支", "house", "HOUSE", 1),
    H("T41", "访谈工作方案", "访谈安排", "house", "HOUSE", 2),
    H("T42", "现场调研方案", "现场核查安排", "house", "HOUSE", 2),
    R("T43", "heading", text("abstract"), r"^（([一二三四])）项目(决策|过程|产出|效益)$", r"（\1）\2类指标", "house", "HOUSE", 4),
    H("T44", "评价对象和范围", "评价对象及范围", "house", "HOUSE", 2),
    H("T45", "评价准备阶段", "前期准备", "house", "HOUSE", 1),
    H("T46", "评价实施阶段", "组织实施", "house", "HOUSE", 1),
    H("T47", "报告撰写阶段", "撰写报告", "house", "HOUSE", 1),
    H("T48", "调研地点选取", "调研地点", "house", "HOUSE", 1),
    H("T49", "访谈类型和访谈方式", "访谈方式", "house", "HOUSE", 1),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "r", RULES, SRC, __doc__.split("\n\n")[1]))
