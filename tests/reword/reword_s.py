#!/usr/bin/env python3
"""Held-out rewording of the reference report (writer S).

    python3 reword_s.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-s.txt   the report as writer S would word it
    OUT_DIR/rewrites-s.tsv         every rewrite: id, how many places it changed, where, an example
                                   before/after, and the real published phrasing it imitates (with its source)

Writer S's house style is that of a 江苏/上海 management-consulting firm writing 绩效评价 reports in a polished,
analytic register: long compound sentences opened by "从……来看", "总体而言", "具体表现为", "较好地……"; figures in
parentheses after the claim they support ("预算执行情况较好（预算执行率100%）", "（占比15%）"); the 评分表 headers
考察重点 / 指标解释及评分标准 / 评价结果 / 实际得分, the per-一级 tables 分值权重 / 实际得分 / 实际得分率（%）; worths
as 权重分 ("决策（权重分15分）", "“预算执行”权重分12分"); rules as "视为完全达到，得2分；否则视为未达到，得0分",
"按照……的实际完成比例折算得分", "每降低1个百分点扣减0.2分", "最多扣减至零分"; element rules numbered （1）（2）
in the 评分表 where the reference uses ①②, with "上述要素权重各为50%，每项要素完全达到得1.5分，未达到得0分";
reasons ending "据此，该指标实际得分N分。" (评分表) and "综合以上情况，本指标得分N分。" (body); budget tables in
上海 budget words (人员类支出 / 运转类支出 / 预算下达数 / 决算支出数); the sampling plan "样本量按……总数的60%确定".

Every number, 文号, 《title》 and table cell stays where it was; every defect of the original is kept; no scoring
rule changes the score it gives for any case.  Mechanics are those of tests/reword/rewordkit.py, with two
reversible normalisations added to its safety check: "N个百分点" is the same fact as "N%", and in the 评分表's
rule and reason columns an element marker （k） is the same fact as the circled ⓚ it replaced (both are mapped
back before rewordkit.check compares the facts).

Environment (for attributing findings): REWORD_S_ONLY=ID,ID apply only these rules; REWORD_S_SKIP=ID,ID leave
these out (counts not asserted).  REWORD_S_DEBUG=1 prints every rule's count instead of stopping on a mismatch.
"""

from __future__ import annotations

import os
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
    apply,
    cell,
    check,
    classify,
    either,
    text,
    tsv_field,
)

SOURCE = Path(__file__).resolve().parents[2] / "fixtures" / "sunan-hrss-2024.txt"

SRC = {
    "HN": "/work/shared/corpus/henan-skills-competition-2021-2024.md (河南 省级职业技能竞赛经费绩效评价报告: 从资金支出方向来看，2021-2024年一次性竞赛补贴经费共安排资金7455万元，占比55.08%; 要点①②③④各占指标分值的1/4; 满意度达到90%得满分，每降低1%扣除指标分值的5%，扣完为止; 根据电子问卷调查及结果汇总，共回收有效问卷108份; 综上，该指标得2.00分)",
    "YABO": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标 (PDF text): 以100%为标准。在职人员控制率≤100%，计1分；每超过一个百分点扣0.1分，扣完为止; “三公经费”变动率≤0，计3分；每超过一个百分点扣0.3分; ③制定“三公经费”管理办法，1分，每少一项扣1分，扣完为止)",
    "EGOV": "http://www.e-gov.org.cn/article-186681.html (数字政府建设项目绩效评价研究: 从政策层面来看，《关于开展国家电子政务工程项目绩效评价工作的意见》要求…; 基于“管理—效果—影响”逻辑路径设计了…评价指标体系)",
    "D360": "https://www.360docs.net/doc/024451316.html (客户满意度调查分析报告: 本次调查收到的有效问卷共有500份，问卷回收率为85%; 受访者年龄大多集中在25岁到45岁之间，占比高达75%)",
    "RENREN": "https://www.renrendoc.com/paper/511267846.html (公共服务满意度调查问卷模板: 确定调查对象与抽样方法…采用随机抽样或分层抽样…每层抽取20%的服务对象)",
    "QQ94": "http://www.qq94.com/fjx/1UaCw3_10.html (项目终结分项考核评分表: 标准分 | 评分标准 | 得分; 考核期实际返还资金小于应上缴资金，其比率做为当期考核分值。至O分为止; 达到合同工期或业主工期要求的得满分；工期滞后的扣5分)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告: 1、收入:792.22万元。同比上年度增加189.25万元，增加31.39%。其中:财政拨款收入792.22万元; 2、支出:799.12万元。其中:人员经费支出434.89万元，公用经费支出77.4万元，项目支出286.83万元)",
    "DYBBS": "http://m.dybbs8.com/excel/974350.html (项目支出绩效自评表填报说明: 一级指标“项目绩效”，满分40分; “项目管理”(60分)和“项目绩效”(40分)，总分100分)",
    "LONGHUI": "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml (隆回县 乡村振兴项目资金 绩效评价报告: 受隆回县财政局委托，我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成，报告如下)",
    "NANXIAN": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (南县财政局2020年度机关整体支出绩效评价报告: 按照部门整体支出绩效评价指标体系，对南县财政局2020年度机关整体支出开展了绩效评价，综合评分为97分)",
    "HONGHE": "https://www.hh.gov.cn/info/11481/1179592.htm (红河州数据发展中心2024 项目支出自评: 年初批复预算8个项目985万元(含1个年初结转结余项目50万元) — an amount in brackets after its claim)",
    "CHANGNING": "https://yncn.gov.cn/info/4112/9026410.htm (昌宁县第一示范小学 2023 自评: 项目财政资金总额16.20万元，全部为县级配套资金，拨付使用16.20万元，预算执行率100%)",
    "QINGSHEN": "https://www.scqs.gov.cn/info/13206/211004.htm (青神县发改局 项目支出绩效自评表: 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因)",
    "YINCHUAN": "https://m.yzwku.com/doc/476505.html (银川市本级部门项目支出绩效自评表: 一级指标 | 二级指标 | 三级指标 | 考值参分 | 指标值(A) | 全年实际值(B) | 得分; 全年执行数(B) | 执行率(B/A))",
    "BAOSHAN": "https://baoshan.gov.cn/info/7819/3700734.htm (保山市交通运输局2020年度部门整体支出绩效自评报告: 现将自评情况报告如下; 市交通运输局主要职责如下)",
    "HOUSE": "house wording of writer S (a 江苏/上海 management-consulting firm; no published page found for the exact words)",
    "SHCLS": "house knowledge of the 上海 项目分类 (人员类 / 运转类 / 特定目标类) used in 上海 budget tables; no published page for the exact header found in the search corpora",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
P = r"(\s?\d+(?:\.\d+)?%)"          # a percentage


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER = {"指标解释": "考察重点", "评分标准": "指标解释及评分标准", "得分原因": "评价结果", "得分": "实际得分"}
IND_HEADER = {"分值": "分值权重", "得分": "实际得分", "得分率%": "实际得分率（%）"}
BUDGET_HEADER = {"部门基本资金支出": "基本支出构成情况", "项目": "项目支出构成情况",
                 "财政拨款收入 (元)": "财政拨款收入金额（元）", "小计(元)": "小计金额（元）",
                 "人员经费支出 (元)": "人员类支出（元）", "商品和服务支出 (元)": "运转类支出（元）",
                 "支出明细": "支出用途", "下达资金": "预算下达数", "支出金额": "决算支出数",
                 "项目名称": "支出功能科目", "项目支出明细": "支出功能科目"}
SUMMARY_LABEL = {"预算安排资金": "年初预算安排数", "实际到位资金": "全年资金到位数", "实际支出资金": "全年资金支出数",
                 "结转结余资金": "年末结转结余数", "预算执行率": "全年预算执行率", "评价得分": "评价总得分",
                 "评价等级": "综合评价等级", "得分率": "维度得分率", "指标": "评价维度",
                 "其中：财政拨款收入": "其中：财政拨款收入数", "项目名称": "评价项目名称", "评价年度": "评价所属年度",
                 "评价类型": "评价类别", "委托评价单位": "评价委托方", "评价机构名称": "第三方评价机构",
                 "评价对象名称": "评价对象", "实施目的": "评价目的与意义", "年度绩效目标": "部门年度绩效目标概述",
                 "评价办法": "评价方法运用", "数据采集及处理办法": "数据采集与处理方式",
                 "绩效评价工作过程": "评价工作流程", "综合评价结论": "综合评价结果", "绩效分析": "分维度得分情况",
                 "资金情况 (万元)": "资金收支情况（万元）", "绩效评价指标体系": "评价指标体系构成",
                 "评价范围": "评价对象及范围"}
T4_ROW = {"部门决策": "决策维度", "部门过程": "过程维度", "部门产出": "产出维度", "部门效益": "效益维度"}


def element_rule(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> the house's three variants in turn; still additive
    per element (elements x points, the weights kept), so every defect of the original stays."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    zero = z == "得0分"
    v = k % 3
    if v == 0:
        tail = f"未达到得{sp}0{sp}分" if zero else "未达到不得分"
        return f"上述要素权重各为{sp}{w}，每项要素完全达到得{sp}{p}{sp}分，{tail}"
    if v == 1:
        tail = f"未达到的计{sp}0{sp}分" if zero else "未达到的不计分"
        return f"按要素逐项评分（每项要素权重{sp}{w}），要素完全达到的计{sp}{p}{sp}分，{tail}，各要素得分累加"
    tail = f"未达到的得{sp}0{sp}分" if zero else "未达到的不得分"
    return f"上述要素按{sp}{w}的权重分别评价，每项要素完全达到得{sp}{p}{sp}分、{tail}"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":
            return f"{lead}据此，该指标实际得分{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}综合以上情况，本指标得分{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"从指标构成来看，本次评价共设置一级指标{sp}{n1}{sp}个、二级指标{sp}{n2}{sp}个、三级指标{sp}{n3}{sp}个；其中，"
            f"决策类指标权重分{sp}{d}{sp}分（占比{sp}{dw}），过程类指标权重分{sp}{p}{sp}分（占比{sp}{pw}），"
            f"产出类指标权重分{sp}{o}{sp}分（占比{sp}{ow}），效益类指标权重分{sp}{e}{sp}分（占比{sp}{ew}）")


def decl_abstract(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"总体而言，评价指标体系由决策、过程、产出、效益 {n1} 个一级指标构成，下设 {n2} 个二级指标、{n3} 个三级指标；"
            f"各一级指标的权重分具体表现为：决策 {d} 分，过程 {p} 分，产出 {o} 分，效益 {e} 分，满分 {full} 分。")


def grades(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    sp = " " if " 分" in m.group(0) else ""
    return (f"得分在{a}（含）-{b}{sp}分之间的评为“优”，{c}（含）-{d}{sp}分之间的评为“良”，"
            f"{e}（含）-{f}{sp}分之间的评为“中”，{g}{sp}分以下的评为“差”")


def level_abs(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"项目{lvl}一级指标下设{n2}个二级指标、{n3}个三级指标，重点围绕{focus}展开；从评价结果来看，该一级指标实际得分{score}分。"


def level_names(m: re.Match, k: int) -> str:
    """一级指标“过程”下设4个二级指标：分别是“…”…，12个三级指标：分别是“…”…。 -> counts first, the names in brackets."""
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)
    return f"从指标设计来看，“{lvl}”一级指标下设{n2}个二级指标（{two}）及{n3}个三级指标（{three}）{stop}"


def alloc(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    parts = "，".join(f"“{a}”权重分{sp}{st(b)}{sp}分" for a, b in pairs)
    basis = f"依据与{lvl}指标的关联程度{extra}进行分配"
    return f"“{lvl}”一级指标权重分{sp}{st(total)}{sp}分，{basis}，具体表现为：{parts}。"


CAP = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
TEXT_ANALYSIS_OR_ANNEX = either(text("analysis"), cell("annex", 5))
ANNEX_RULE = cell("annex", 4)
LEVEL_CELL = either(cell("annex", 0, 1, 2), cell("ind", 0, 1))
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"

RULES: list[Rule] = [
    # ============================================================ table headers and labels
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER)) + r")$", hmap(ANNEX_HEADER),
      "一级指标 | 二级指标 | 三级指标 | 考值参分 | 指标值 | 全年实际值 | 得分 (银川 自评表) -> 考察重点 | 指标解释及评分标准 | 评价结果 | 实际得分 (house)", "YINCHUAN", 88),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER)) + r")$", hmap(IND_HEADER),
      "预算执行率 | 权重 | 得分 (青神 自评表) -> 分值权重 | 实际得分 | 实际得分率（%）", "QINGSHEN", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER)) + r")$", hmap(BUDGET_HEADER),
      "人员类 / 运转类 (上海 项目分类); 年初预算 | 调整后预算数 | 预算执行数 (青神) -> 预算下达数 / 决算支出数", "SHCLS", 20),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "回答人数", "比例": "占比（%）"}[m.group(0)],
      "受访者…占比高达75% (客户满意度调查分析报告) -> 选项 | 回答人数 | 占比（%）", "D360", 20),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "项目角色", "主要职责": "分工及职责"}[m.group(0)],
      "house: 项目角色 | 姓名 | 职称 | 分工及职责", "HOUSE", 2),
    R("H06", "table label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL)) + r")$", hmap(SUMMARY_LABEL),
      "1、收入:792.22万元…其中:财政拨款收入 (南县政协) -> 年初预算安排数 / 全年资金到位数 / 其中：财政拨款收入数 (house)", "NXZX", 27),
    R("H07", "table label", either(cell("summary", 2, 3, 4, 5), cell("t4", 0)),
      r"^(?:" + "|".join(map(re.escape, T4_ROW)) + r")$", hmap(T4_ROW),
      "基于“管理—效果—影响”逻辑路径 (e-gov 数字政府项目绩效评价) -> 决策维度 / 过程维度 …", "EGOV", 8),
    R("W01", "level worth", LEVEL_CELL, r"\s?[（(]\s?(\d+)\s?[）)]\s*$", r"（权重分\1分）",
      "一级指标“项目绩效”，满分40分 / “项目管理”(60分) (自评表填报说明) -> 决策（权重分15分）", "DYBBS", 67),

    # ============================================================ figure sentences: funds
    R("F01", "figure", text("body"),
      r"^(2024)年部门一般公共预算财政拨款收入(4901\.44)万元，实际收入(6847\.87)万元，截至(2024)年(12)月(31)日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。（详见表(1)）$",
      r"从预算收支情况来看，\1年部门一般公共预算财政拨款收入\2万元，实际收入\3万元；截至\4年\5月\6日，部门全年支出\7万元，具体表现为\8年基本支出\9万元、\10年项目支出\11万元。总体而言，部门预算执行情况较好（预算执行率\12），支出明细见表\13。",
      "从资金支出方向来看，…共安排资金7455万元，占比55.08% (河南) -> 从预算收支情况来看，…；总体而言，…较好（预算执行率100%）", "HN", 1),
    R("F02", "figure", text("abstract"),
      r"^(2024)年部门一般公共预算财政拨款收入(6847\.87)万元，截至(2024)年(12)月(31)日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。$",
      r"从资金收支情况来看，\1年部门一般公共预算财政拨款收入\2万元，截至\3年\4月\5日全年支出\6万元，具体表现为：\7年基本支出\8万元，\9年项目支出\10万元；总体而言，部门预算执行情况较好（预算执行率\11）。",
      "从资金支出方向来看 (河南); 预算执行率100% (昌宁) -> 具体表现为…；总体而言…（预算执行率100%）", "HN", 1),
    R("F03", "figure", text("body"), r"^截至 (2024) 年 (12) 月 (31) 日，部门全年项目共支出 (6005\.58) 万元。（详见表 (2)）$",
      r"从项目支出来看，截至 \1 年 \2 月 \3 日部门全年项目支出累计 \4 万元，明细情况见表 \5。", "从资金支出方向来看 (河南)", "HN", 1),
    R("F04", "figure", either(text("body"), cell("summary", 1)),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局) (2024) 年部门整体支出，涉及财政预算资金 (6847\.87) 万元。$",
      r"本次评价以\1 \2 年部门整体支出为对象，所涉财政预算资金共计 \3 万元。", "house: clauses reordered", "HOUSE", 2),
    R("F05", "figure", text("abstract"), r"^本次绩效评价对象为(肃南县人力资源和社会保障局) (2024)$",
      r"本次评价以\1 \2", "house", "HOUSE", 1),
    R("F05b", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金 (6847\.87) 万元。$",
      r"年部门财政预算整体支出为对象，所涉资金共计 \1 万元。", "house", "HOUSE", 1),
    R("F06", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}\s?)年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，基本支出预算执行率为",
      r"从基本支出来看，\1年肃南县人力资源和社会保障局基本支出全年预算数\2万元、实际执行\3万元，预算全部执行到位，基本支出预算执行率为",
      "拨付使用16.20万元，预算执行率100% (昌宁) -> 从基本支出来看，…预算全部执行到位", "CHANGNING", 2),
    R("F07a", "figure", cell("annex", 5),
      r"(\d{4})年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"从项目支出来看，\1年肃南县人力资源和社会保障局项目支出全年预算数\2万元、实际执行\3万元，", "从…来看 (河南)", "HN", 1),
    R("F07b", "figure", text("analysis"),
      r"(\d{4}\s?)年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"从项目支出来看，\1年肃南县人力资源和社会保障局项目支出全年预算数\2万元、实际执行数", "从…来看 (河南)", "HN", 1),
    R("F08", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为" + N + r"(万元|元)，预算调整率为",
      r"全年收入预算数\1万元、决算数\2万元，二者保持一致，预算调整数为\3\4，预算调整率为",
      "年初预算 | 调整后预算数 | 预算执行数 (青神 自评表) -> 全年收入预算数与决算数二者保持一致", "QINGSHEN", 2),
    R("F09", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}\s?)年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，“三公”经费控制率为" + P + r"。",
      r"从“三公”经费来看，\1年度全年预算安排\2万元，实际支出\3万元，实际支出明显低于预算安排（“三公”经费控制率\4）。",
      "年初批复预算8个项目985万元(含1个…) (红河州) -> the rate in brackets after the claim", "HONGHE", 2),
    R("F10", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目资金结余总额为\1万元（项目全年预算数\2万元），资金结余率为",
      "985万元(含1个年初结转结余项目50万元) (红河州) -> the budget in brackets", "HONGHE", 2),
    R("F11", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"本部门(\s?\d{4}\s?)年政府预算采购支出总额" + N + r"万",
      r"本部门\1年政府采购预算总额\2万", "house", "HOUSE", 2),
    R("F12", "figure", TEXT_ANALYSIS_OR_ANNEX, r"实际采购支出" + N + r"万元，政府采购执行率为" + P + r"。",
      r"实际完成采购\1万元，采购预算较好地执行到位（政府采购执行率\2）。", "house: 较好地…（rate）", "HOUSE", 2),
    R("F13", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"从项目结构来看，项目总支出\1万元，部门\2年重点项目主要涵盖", "从资金支出方向来看 (河南)", "HN", 1),
    R("F14", "figure", cell("annex", 5),
      r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，部门\2年重点项目主要涵盖", "house (the 评分表 cell continues over a page break)", "HOUSE", 1),
    R("F15", "figure", TEXT_ANALYSIS_OR_ANNEX, r"，重点支出安排率(\d+(?:\.\d+)?%)，",
      r"，重点项目支出占比较高（重点支出安排率\1）。", "占比高达75% (客户满意度调查分析报告) -> 占比较高（…率89.67%）", "D360", 2),
    R("F16", "figure", TEXT_ANALYSIS_OR_ANNEX, r"阶段性任务完成(率|数为)\s?(100%)。",
      r"阶段性任务按计划完成（阶段性任务完成\1\2）。", "house: claim, then the rate in brackets", "HOUSE", 3),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"从人员编制来看，单位核定人员编制\1名，截止到\2年\3月\4日实有在职人员\5名。",
      "从政策层面来看 (e-gov) -> 从人员编制来看", "EGOV", 1),
    R("P02", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为(\d+(?:\.\d+)?%)。",
      r"核定人员编制\1名，截至\2年\3月\4日在职人员\5人，在职人数控制在编制数以内（在职人员控制率\6）。",
      "以100%为标准。在职人员控制率≤100% (部门整体支出绩效评价指标) -> 控制在编制数以内（在职人员控制率97.72%）", "YABO", 2),
    R("P03", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，临聘人员控制率为(0%)。",
      r"编制实有\1人，截至\2年\3月\4日在职人员\5名，未聘用临时人员（临聘人员控制率\6）。", "house", "HOUSE", 2),
    R("P04", "figure", text("body"), r"，下设四个职能科室，分别是", "，内部设置四个职能科室，具体为", "house", "HOUSE", 1),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "调查对象为肃南裕固族自治县人社局部门内部工作人员，按科室及下属单位属性分层后随机抽取，样本量按内部工作人员总数的60%确定。",
      "采用随机抽样或分层抽样…每层抽取20%的服务对象 (公共服务满意度调查问卷模板) -> 分层后随机抽取，样本量按…总数的60%确定", "RENREN", 1),
    L("V02", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷由评价机构现场发放、现场回收，以确保问卷有效回收率及填答质量。",
      "本次调查收到的有效问卷共有500份，问卷回收率为85% (客户满意度调查分析报告) -> 问卷有效回收率", "D360", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"从问卷设计来看，工作人员问卷共设置 \1 道单项选择题，每题满分 \2 分，各选项的量化分值依次为：A 项 \3 分、B 项 \4 分、C 项 \5 分、D 项 \6 分；论述题不计分，问卷满分合计 \7 分。",
      "house: 从问卷设计来看，…依次为", "HOUSE", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=全部有效问卷实际得分之和÷全部有效问卷满分之和×\1",
      "共回收有效问卷108份 (河南) -> 全部有效问卷…之和", "HN", 1),
    R("V05", "survey", text("survey"),
      r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标权重分 \1 分：综合满意率达到 \2及以上的，视为完全达到，得满分；介于 \3—\4之间的，每降低 \5个百分点扣减 \6 分；低于 \7的，视为未达到，不得分。",
      "满意度达到90%得满分，每降低1%扣除指标分值的5%，扣完为止 (河南) -> 每降低1个百分点扣减0.2分", "HN", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "满意度测算及评分办法：", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 题目及分值设计", "house", "HOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 综合满意率测算", "house", "HOUSE", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 指标评分规则", "house", "HOUSE", 1),
    R("V10", "survey", text("survey"), r"\[单选题\]", lambda m, k: "（单项选择）", "house", "HOUSE", 10),
    L("V11", "survey", text("survey"), "绩效评价调查问卷（工作人员）", "绩效评价满意度问卷（工作人员卷）",
      "house", "HOUSE", 1),
    L("V12", "survey", text("body"),
      "对部门开展的工作整体满意程度如何；部门执行财政预算资金的合规性如何；对部门资金管理制度的健全程度；部门对于财政资金决算情况公示的透明化程度；对部门招商引资工作的完成效果如何；部门专项资金的使用效果如何。",
      "问卷内容主要涵盖部门工作整体满意程度、财政预算资金执行的合规性、资金管理制度的健全程度、财政资金决算公示的透明化程度、招商引资工作的完成效果以及专项资金的使用效果等方面。",
      "house", "HOUSE", 1),
    L("V13", "survey", text("body"), "根据部门履职工作重要性、工作数量指标的实际情况，以重点支出全覆盖为原则，选取肃南县人力资源和社会保障局所在地开展现场调研。",
      "综合考虑部门履职工作的重要性及工作数量指标的实际情况，并遵循重点支出全覆盖原则，评价组选取肃南县人力资源和社会保障局所在地开展现场调研。",
      "house: clauses reordered", "HOUSE", 1),
    L("V14", "survey", text("body"), "采用面对面个别访谈形式。", "以面对面个别访谈的形式开展。", "house", "HOUSE", 1),
    L("V15", "survey", text("body"), "肃南县人力资源和社会保障局部门工作人员。", "肃南县人力资源和社会保障局部门内部工作人员。",
      "house", "HOUSE", 2),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl, "从资金支出方向来看，…占比55.08% (河南) -> 从指标构成来看，…决策类指标权重分15分（占比15%）", "HN", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果采用评分与评级相结合的方式，分值和等级可结合评价内容具体设定；评价总分为\1分，评价等级划分为四档：",
      "house", "HOUSE", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades, "house: 得分在90（含）-100分之间的评为“优”", "HOUSE", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract, "一级指标“项目绩效”，满分40分 (自评表填报说明) -> 各一级指标的权重分具体表现为：决策 15 分…", "DYBBS", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"从指标体系来看，本次分析共涉及\1个一级指标，以下逐一展开分析。", "从政策层面来看 (e-gov)", "EGOV", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      r"从指标设计来看，“决策”一级指标下设\1个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      r"级指标（\1）及\2个三级指标（\3）\4", "house: counts first, names in brackets", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_names, "从政策层面来看 (e-gov) -> 从指标设计来看，“过程”一级指标下设4个二级指标（…）及12个三级指标（…）", "EGOV", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc, "“项目管理”(60分)和“项目绩效”(40分) (自评表填报说明) -> “过程”一级指标权重分24分，…具体表现为：“预算执行”权重分12分，…", "DYBBS", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs, "house: 从评价结果来看，该一级指标实际得分14分", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"项目效益一级指标下设\1个二级指标、\2个三级指标，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"；从评价结果来看，该一级指标实际得分 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP[m.group(2)]}维度指标权重分及实际得分情况", "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：各评价维度得分情况汇总", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：部门基本支出构成明细",
      "人员经费支出434.89万元，公用经费支出77.4万元 (南县政协)", "NXZX", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：部门项目支出构成明细", "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组构成及分工", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "各评价维度得分情况见表4，指标评分明细详见附件1。", "house", "HOUSE", 1),
    R("D18", "declaration", text("analysis"),
      r"^按照绩效评价相关性原则要求，二级指标，三级指标的设计与一级指标具有密切相关性。",
      "遵循绩效评价的相关性原则，二级指标和三级指标均紧密围绕一级指标进行设计。", "house", "HOUSE", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"总体而言，\1年\2绩效评价综合得分\3分，对应评价等级为“优”，较好地实现了年度绩效目标。",
      "综合评分为97分 (南县财政局) -> 总体而言，…综合得分97分，对应评价等级为“优”", "NANXIAN", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "总体而言，本次评价最终得分97分，对应评价等级“优”。",
      "综合评分为97分 (南县财政局)", "NANXIAN", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经综合论证，评价组最终评定得分 97 分。", "house", "HOUSE", 1),
    R("O04", "score sentence", text("body"), r"^评审组通过数据采集、问卷调查及访谈，根据部门实际情况，客观公正地对(肃南县人力资源和社会保障局)部门整体支出进行评价，",
      r"评价组综合运用数据采集、问卷调查及访谈等方法，结合部门实际情况，对\1部门整体支出作出了客观公正的评价，", "house", "HOUSE", 1),

    # ============================================================ scoring rules (指标解释及评分标准 column)
    R("R01", "scoring rule", ANNEX_RULE,
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule, "要点①②③④各占指标分值的1/4，符合相关要点得相应权重分值 (河南) -> 上述要素权重各为50%，每项要素完全达到得1.5分，未达到得0分 / 按要素逐项评分（每项要素权重50%）… / 上述要素按50%的权重分别评价…", "HN", 21),
    R("R02", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率≤100%的，视为完全达到，得2分；否则视为未达到，得0分。",
      "以100%为标准。在职人员控制率≤100%，计1分 (部门整体支出绩效评价指标)", "YABO", 2),
    R("R03", "scoring rule", ANNEX_RULE, r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1的，得2分；处于60%—80%区间的，每降低1个百分点扣减0.1分；低于60%的，得0分。",
      "每超过一个百分点扣0.1分，扣完为止 (部门整体支出绩效评价指标) -> 每降低1个百分点扣减0.1分", "YABO", 1),
    R("R04", "scoring rule", ANNEX_RULE, r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"按照\1的实际完成比例折算得分，即得分=\1×权重分。",
      "其比率做为当期考核分值 (项目终结分项考核评分表) -> 按照…的实际完成比例折算得分", "QQ94", 4),
    L("R05", "scoring rule", ANNEX_RULE,
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的，视为完全达到，得满分；每调增或调减1个百分点(不足1%按四舍五入原则取整)扣减0.2分，最多扣减至零分；超过10%的，不得分。",
      "达到合同工期…的得满分；工期滞后的扣5分 (考核评分表); 至O分为止 (同上)", "QQ94", 1),
    L("R06", "scoring rule", ANNEX_RULE,
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率处于70%—100%区间的，视为完全达到，得1分；超出100%的，每增加1个百分点扣减0.1分，超过10%的不得分。",
      "每超过一个百分点扣0.3分 (部门整体支出绩效评价指标)", "YABO", 1),
    L("R07", "scoring rule", ANNEX_RULE,
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%的，得满分；结余率每增加1个百分点扣减0.1分，最多扣减至零分；超过10%的，不得分。",
      "每超过一个百分点扣0.1分，扣完为止 (部门整体支出绩效评价指标); 至O分为止 (考核评分表)", "YABO", 1),
    R("R08", "scoring rule", ANNEX_RULE,
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率达到 \1及以上的，视为完全达到，得满分；介于 \2—\3之间的，每降低 \4个百分点扣减 \5 分；低于 \6的，不得分。",
      "满意度达到90%得满分，每降低1%扣除指标分值的5% (河南)", "HN", 1),
    R("R09", "scoring rule", ANNEX_RULE, r"本年(基本|项目)支出预算执行率= \(本年度\1支出执行数/本年度\1支出预算数\) \*100%",
      r"计算公式：\1支出预算执行率=（本年度\1支出执行数÷本年度\1支出预算数）×100%", "house", "HOUSE", 2),
    R("R10", "scoring rule", ANNEX_RULE, r"^部门实际完成阶段性任务与计划完成阶段性任务数量一致，阶段性任务完成率100%。$",
      "部门实际完成的阶段性任务与计划数量一致的，视为完全达到（阶段性任务完成率100%）。", "house", "HOUSE", 1),
    R("R11", "scoring rule", ANNEX_RULE, r"严格控制在政策标准范围达标率为 (90%)以上为满 ?$",
      r"严格控制在政策标准范围、达标率达到 \1及以上的为满", "house", "HOUSE", 1),
    R("R12", "scoring rule", ANNEX_RULE, r"(\d+%)-(\d+%)得2分，(\d+%)以下不得分。",
      r"\1-\2的得2分，\3以下的视为未达到，不得分。", "house", "HOUSE", 1),
    R("R13", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率=（", r"计算公式：\1人员控制率=（", "house", "HOUSE", 2),
    R("R14", "scoring rule", ANNEX_RULE, r"(^|<p>)重点支出安排率=（", r"\1计算公式：重点支出安排率=（", "house", "HOUSE", 1),
    R("R15", "scoring rule", ANNEX_RULE, r"预算调整率=\(预算调整数/预算数\)\*100%。", "计算公式：预算调整率=（预算调整数÷预算数）×100%。", "house", "HOUSE", 1),
    R("R16", "scoring rule", ANNEX_RULE, r"^项目资金结余率=项目资金结余总额/项目预算数×100%。",
      "计算公式：项目资金结余率=项目资金结余总额÷项目预算数×100%。", "house", "HOUSE", 1),
    R("R17", "scoring rule", ANNEX_RULE, r"^政府采购执行率=（实际政府采购金额/政府采购预算数）\*100%；",
      "计算公式：政府采购执行率=（实际政府采购金额÷政府采购预算数）×100%；", "house", "HOUSE", 1),
    R("R18", "scoring rule", ANNEX_RULE, r"^“三公”经费控制率=\(“三公”经费实际支出数/“三公”经费预算安排数\)\*100%。",
      "计算公式：“三公”经费控制率=（“三公”经费实际支出数÷“三公”经费预算安排数）×100%。", "house", "HOUSE", 1),
    R("R19", "scoring rule", ANNEX_RULE, r"通过调查问卷方式对部门工作进行评测，",
      "通过问卷调查的方式对部门工作进行测评，", "house", "HOUSE", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending("annex"),
         "综上，该指标得2.00分 (河南) -> 据此，该指标实际得分N分 (house)", "HN", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending("body"),
         "综上，该指标得2.00分 (河南) -> 综合以上情况，本指标得分N分 (house)", "HN", 34),

    # ============================================================ reasons: openings
    R("G01", "reason", either(text("analysis"), cell("annex", 5)), r"(^|。|\s)根据(?=《)", r"\1评价组查阅了",
      "house: reasons open 评价组查阅了《……》", "HOUSE", 59),
    R("G02", "reason", either(text("analysis"), cell("annex", 5)), r"(^|。)根据现场调研", r"\1评价组通过现场调研",
      "house", "HOUSE", 4),
    R("G03", "reason", either(text("analysis"), cell("annex", 5)), r"，部门设立的整体绩效目标①", r"，从整体绩效目标来看，①",
      "从政策层面来看 (e-gov)", "EGOV", 2),
    R("G04", "reason", either(text("analysis"), cell("annex", 5)), r"部门总体满意度提升，办事效率满意度，政策知晓度得到了全面提升。",
      "总体而言，部门总体满意度、办事效率满意度和政策知晓度均得到了较好地提升。", "house: 总体而言…较好地", "HOUSE", 2),

    # ============================================================ element markers in the 评分表 (reversible, see normalise())
    R("M01", "element marker", cell("annex", 4, 5), "[" + CIRCLED + "]",
      lambda m, k: f"（{CIRCLED.index(m.group(0)) + 1}）",
      "要点①②③④ (河南) -> （1）（2）…: the house numbers its 评分表 elements （1）（2）（3）", "HOUSE", 113),

    # ============================================================ other paragraphs (house wording)
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"受\1委托，\2依据预算绩效管理相关规定，于\3年\4-\5月对“\6”的资金使用情况及实施效果开展了预算绩效评价。现将评价情况报告如下。",
      "受隆回县财政局委托，我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成，报告如下 (隆回)", "LONGHUI", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "本次评价综合运用成本效益分析法、因素分析法、比较法和公众评判法等方法。", "house", "HOUSE", 2),
    R("X03", "paragraph", text("abstract"),
      r"^本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。$",
      "从工作流程来看，本次评价依次经历前期调研、评价方案制定、组织实施及评价报告撰写四个阶段。", "house", "HOUSE", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "综合运用因素分析法和对比分析法，将每一项指标的实际完成情况与评价要素的要求逐一比对，深入分析影响指标完成的主要因素，并据此逐项测算指标得分。",
      "house", "HOUSE", 3),
    R("X05", "paragraph", text(), r"(?<!专家)(?<!绩效评价)评审组", lambda m, k: "评价工作组", "我所成立绩效评价工作组 (隆回)", "LONGHUI", 2),
    L("X06", "paragraph", cell("summary", 1),
      "信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。",
      "通过文本收集、现场调研、深度访谈和问卷调查等方式收集信息与数据，并采用定性分析与定量分析相结合的方法进行数据处理。",
      "house", "HOUSE", 1),
    L("X07", "paragraph", cell("summary", 1),
      "接受委托任务、拟订方案、开展培训、现场评价、撰写报告、资料归档。",
      "评价工作依次经历接受委托、拟订方案、开展培训、现场评价、撰写报告及资料归档等环节。", "house", "HOUSE", 1),
    R("X08", "paragraph", text(), r"取得了一定成效，但在绩效管理和预算(安排|执行)方面还有一些不足，主要问题如下：$",
      r"较好地发挥了职能作用、取得了一定成效，但从绩效管理和预算\1来看仍存在一定不足，具体表现为：",
      "house: 较好地…；从…来看…，具体表现为", "HOUSE", 2),
    R("X09", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门绩效管理工作不到位的问题。",
      r"从绩效管理来看，\1部门绩效管理工作尚不到位。", "从政策层面来看 (e-gov)", "EGOV", 2),
    R("X10", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门年度资金安排不够细致的问题。",
      r"从资金安排来看，\1部门年度资金安排不够细致。", "从政策层面来看 (e-gov)", "EGOV", 2),
    R("X11", "paragraph", text(), r"在本次评价中，未发现(肃南县人力资源和社会保障局)设置部门整体支出绩效目标表，未发现对项目进行中期的绩效检查，",
      r"具体表现为：评价过程中未见\1设置部门整体支出绩效目标表，亦未见其对项目开展中期绩效检查，", "house", "HOUSE", 2),
    R("X12", "paragraph", text(), r"在本次评价中发现(肃南县人力资源和社会保障局)年度资金未作明确安排，",
      r"具体表现为：评价中发现\1未对年度资金作出明确安排，", "house", "HOUSE", 2),
    R("X13", "paragraph", text(), r"^针对部门绩效管理工作不到位的问题，建议部门加强资金预算绩效管理，",
      "针对部门绩效管理工作不到位的问题，建议部门从以下方面加强资金预算绩效管理：", "house", "HOUSE", 2),
    R("X14", "paragraph", text(), r"^结合肃南县人社工作实际需求和发展规划，提前对年度工作任务进行梳理，",
      "建议结合肃南县人社工作的实际需求和发展规划，提前梳理年度工作任务，", "house", "HOUSE", 2),
    R("X15", "paragraph", text(), r"借鉴零基预算、滚动预算等科学的预算编制方法，", "同时，借鉴零基预算、滚动预算等较为科学的预算编制方法，",
      "house", "HOUSE", 2),
    R("X16", "paragraph", text(), r"^被评价部门（单位）的责任是提供与形成本绩效评价报告相关的基础工作材料和资金财务核算资料，并对其真实性、合法性、完整性负责。$",
      "形成本绩效评价报告所需的基础工作材料和资金财务核算资料均由被评价部门（单位）提供，被评价部门（单位）对其真实性、合法性、完整性负责。",
      "house: clauses reordered", "HOUSE", 2),
    R("X17", "paragraph", text(), r"^(2024) 年，全县人力资源和社会保障工作将按照省市人社部门工作要求，",
      r"从年度工作来看，\1 年全县人力资源和社会保障工作按照省市人社部门工作要求，", "从政策层面来看 (e-gov)", "EGOV", 1),
    R("X18", "paragraph", text(), r"在履行职责过程中坚持和加强党对人力资源和社会保障工作的集中统一领导。主要职责是：",
      "在履行职责过程中坚持和加强党对人力资源和社会保障工作的集中统一领导，具体职责如下：",
      "市交通运输局主要职责如下 (保山)", "BAOSHAN", 2),
    R("X19", "paragraph", text("body"), r"肃南县人力资源和社会保障局聘请北京君和志同管理咨询有限公司，对肃南县人力资源和社会保障局2024年部门整体资金使用过程及效果开展预算绩效评价工作。",
      "受肃南县人力资源和社会保障局委托，北京君和志同管理咨询有限公司对该局2024年部门整体资金的使用过程及实施效果开展了预算绩效评价，现将评价情况报告如下。",
      "受隆回县财政局委托…实施绩效评价 (隆回); 现将自评情况报告如下 (保山)", "LONGHUI", 1),
    R("X20", "paragraph", text("body"), r"^评审组拟采用现场评价和非现场评价相结合的方式，|^评价工作组拟采用现场评价和非现场评价相结合的方式，",
      "评价工作组采用现场评价与非现场评价相结合的方式，", "house", "HOUSE", 1),
    R("X21", "paragraph", text("body"), r"^此次绩效评价工作主要采用计划标准、财政部门 and 预算部门确认或认可的其他标准。$",
      "总体而言，本次评价主要采用计划标准以及财政部门 and 预算部门确认或认可的其他标准。", "house", "HOUSE", 1),
    R("X22", "paragraph", text(), r"^本次评价主要是对(肃南县人力资源和社会保障局)部门整体",
      r"本次评价旨在对\1部门整体", "house", "HOUSE", 2),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "部门基本概况", "house", "HOUSE", 2),
    H("T02", "部门职能", "部门职能职责", "1.部门主要职能职责 (保山 2020)", "BAOSHAN", 3),
    H("T03", "部门预算安排及执行情况", "预算安排与执行概况", "house", "HOUSE", 2),
    H("T04", "部门资金使用情况", "资金收支概况", "house", "HOUSE", 1),
    H("T05", "部门组织管理", "组织架构与人员配置", "house", "HOUSE", 2),
    H("T06", "部门年度绩效目标", "年度绩效目标概述", "house", "HOUSE", 2),
    H("T07", "绩效评价工作开展情况", "评价工作组织与实施", "house", "HOUSE", 3),
    H("T08", "绩效评价目的、对象和范围", "评价目的、对象与范围", "house", "HOUSE", 3),
    R("T09", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价原则、方法与指标体系", "house", "HOUSE", 3),
    H("T10", "评价原则", "评价所遵循的原则", "house", "HOUSE", 1),
    H("T11", "评价方法", "评价所运用的方法", "house", "HOUSE", 1),
    H("T12", "评价标准", "评价所参照的标准", "house", "HOUSE", 1),
    H("T13", "评价指标体系", "评价指标体系构建", "house", "HOUSE", 2),
    H("T13b", "评价原则和方法", "评价原则与方法", "house", "HOUSE", 1),
    H("T14", "绩效评价依据", "评价依据", "house", "HOUSE", 2),
    H("T15", "绩效评价工作过程", "评价工作流程", "house", "HOUSE", 3),
    H("T16", "综合评价情况及评价结果", "综合评价与评价结论", "house", "HOUSE", 2),
    H("T17", "综合评价情况及评价结论", "综合评价与评价结论", "house", "HOUSE", 1),
    H("T18", "综合评价情况", "综合评价概况", "house", "HOUSE", 2),
    H("T19", "评价结果", "评价等级认定", "house", "HOUSE", 2),
    H("T20", "绩效评价指标分析", "指标评价分析", "house", "HOUSE", 3),
    H("T21", "部门决策情况分析", "决策维度分析", "house", "HOUSE", 2),
    H("T22", "部门过程情况分析", "过程维度分析", "house", "HOUSE", 2),
    H("T23", "部门产出情况分析", "产出维度分析", "house", "HOUSE", 2),
    H("T24", "部门效益情况分析", "效益维度分析", "house", "HOUSE", 2),
    H("T25", "评价指标相关性分析、指标设计和分值设计", "指标设计与权重分配置", "house", "HOUSE", 4),
    H("T26", "指标评分结果分析", "指标得分分析", "house", "HOUSE", 4),
    H("T27", "存在的主要问题及原因分析", "主要问题及成因分析", "house", "HOUSE", 3),
    H("T28", "存在的问题", "问题表现", "house", "HOUSE", 2),
    H("T29", "有关建议", "对策建议", "house", "HOUSE", 2),
    H("T30", "相关建议", "对策建议", "house", "HOUSE", 1),
    H("T31", "部门主要做法及经验", "主要做法与经验总结", "house", "HOUSE", 1),
    H("T32", "社会调查方案", "社会调查设计", "house", "HOUSE", 2),
    H("T33", "内部人员调查问卷方案", "内部人员问卷调查设计", "house", "HOUSE", 2),
    H("T34", "调查方法和抽样方式", "抽样方法与样本量", "house", "HOUSE", 1),
    H("T35", "调查对象", "调查对象范围", "house", "HOUSE", 1),
    H("T36", "问卷的发放和回收", "问卷发放与回收", "house", "HOUSE", 1),
    H("T37", "其他需要说明的问题", "其他需要说明的事项", "house", "HOUSE", 3),
    H("T38", "关于评价方所取部门资料的说明", "评价资料来源说明", "house", "HOUSE", 3),
    H("T39", "关于影响本部门绩效评价局限性的说明", "评价局限性说明", "house", "HOUSE", 3),
    H("T40", "部门职能及资金使用", "部门职能与资金收支", "house", "HOUSE", 1),
    H("T41", "访谈工作方案", "访谈工作设计", "house", "HOUSE", 2),
    H("T42", "现场调研方案", "现场调研设计", "house", "HOUSE", 2),
    R("T43", "heading", text("abstract"), r"^（([一二三四])）项目(决策|过程|产出|效益)$", r"（\1）\2维度", "house", "HOUSE", 4),
    H("T44", "评价对象和范围", "评价对象与范围", "house", "HOUSE", 2),
    H("T45", "评价准备阶段", "前期准备阶段", "house", "HOUSE", 1),
    H("T46", "评价实施阶段", "组织实施阶段", "house", "HOUSE", 1),
    H("T47", "报告撰写阶段", "报告形成阶段", "house", "HOUSE", 1),
    H("T48", "调研地点选取", "调研地点", "house", "HOUSE", 1),
    H("T49", "访谈类型和访谈方式", "访谈形式", "house", "HOUSE", 1),
]


# ------------------------------------------------------------------ the two reversible normalisations
PCT_POINT = re.compile(r"(\d+(?:\.\d+)?)个百分点")
MARKER = re.compile(r"（(\d{1,2})）")


def normalise(lines: list[str], kinds: list[str | None]) -> list[str]:
    """Map the two house forms back to the facts they stand for, for rewordkit.check only: "N个百分点" is "N%",
    and in the 评分表's rule and reason columns (annex columns 4 and 5) an element marker （k） is the circled ⓚ."""
    out = []
    for ln, kind in zip(lines, kinds, strict=True):
        ln = PCT_POINT.sub(r"\1%", ln)
        if kind == "annex" and "\t" in ln:
            cells = ln.split("\t")
            for j in (4, 5):
                if j < len(cells):
                    cells[j] = MARKER.sub(lambda m: CIRCLED[int(m.group(1)) - 1] if 1 <= int(m.group(1)) <= 10
                                          else m.group(0), cells[j])
            ln = "\t".join(cells)
        out.append(ln)
    return out


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    source = Path(argv[2]) if len(argv) == 3 else SOURCE
    lines = source.read_text(encoding="utf-8").split("\n")
    _, kinds, _ = classify(lines)
    # the original's annex columns 4/5 hold no （k）: so mapping （k） back is exact
    for ln, kind in zip(lines, kinds, strict=True):
        if kind == "annex" and "\t" in ln:
            assert not any(MARKER.search(c) for c in ln.split("\t")[4:6]), ln[:80]
    assert not PCT_POINT.search("\n".join(lines))
    new_lines = apply(lines, RULES, "s")
    check(lines, normalise(new_lines, kinds), "s", True)
    total = sum(r.applied for r in RULES)
    partial = os.environ.get("REWORD_S_ONLY") or os.environ.get("REWORD_S_SKIP")
    if total < 300 and not partial:
        raise SystemExit(f"reword_s.py: only {total} places rewritten, fewer than 300")
    outdir.mkdir(parents=True, exist_ok=True)
    text_out, table_out = outdir / "sunan-reworded-s.txt", outdir / "rewrites-s.tsv"
    text_out.write_text("\n".join(new_lines), encoding="utf-8")
    rows = ["id\tcategory\tcount\twhere\tbefore (first place)\tafter (first place)\timitates (real phrasing)\tsource"]
    for r in RULES:
        rows.append("\t".join([r.id, r.what, str(r.applied), ",".join(sorted(r.where)),
                               tsv_field(r.example[0])[:300], tsv_field(r.example[1])[:300],
                               tsv_field(r.imitates), SRC[r.src]]))
    rows.append("\t".join(["TOTAL", "", str(total), "", "", "", "", ""]))
    table_out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    changed = sum(1 for a, b in zip(lines, new_lines, strict=True) if a != b)
    print(f"reword_s.py: {total} places rewritten by {len(RULES)} rules, {changed} lines changed; "
          f"wrote {text_out} and {table_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
