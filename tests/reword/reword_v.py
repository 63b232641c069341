#!/usr/bin/env python3
"""Held-out rewording of the reference report (writer V).

    python3 reword_v.py OUT_DIR [SOURCE]

Writes OUT_DIR/sunan-reworded-v.txt and OUT_DIR/rewrites-v.tsv.

Writer V is a 西南 (四川/云南) third-party firm (会计师事务所 / 绩效评价咨询公司) writing the way county
self-evaluation tables and reports of that region are worded: "年初批复预算…万元 … 实际到位资金…万元"
(红河州), "财政资金总额16.20万元…拨付使用16.20万元，预算执行率100%" (昌宁), the 自评表 headers
"年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因" with points in a
column called 权重 (青神), rules "……的得N分，每减少1个百分点扣1分，扣完N分为止" (评分表), results
"委托第三方…进行了绩效评价，现就评价结果予以公开" (重庆).  House habits: the actual figure before the
budget figure, figures in parentheses, the verbs 达/为/合计, rules "……的，得N分；……的，不得分", element
marks ⑴⑵⑶ in the 评分标准 column and 一是/二是 in the reasons, level worths "决策（权重15）", totals "合 计".

Every number, 文号, 《title》 and table cell value stays; every defect of the original is kept; no scoring
rule changes the score it gives for any case.  Reversible normalisations for the facts check: "N个百分点" is
"N%"; in the 评分表 rule/reason columns and in the 指标分析 paragraphs ⑴⑵… and 一是/二是… are the circled ①②…
they replaced.

Environment: REWORD_V_ONLY=ID,ID apply only these rules; REWORD_V_SKIP=ID,ID leave these out;
REWORD_V_DEBUG=1 prints each rule's count.
"""

from __future__ import annotations

import os
import re
import sys
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

SOURCE = Path("/work/shared/reports/sunan-hrss-2024.txt")

SRC = {
    "HONGHE": "https://www.hh.gov.cn/info/11481/1179592.htm (红河州数据发展中心2024年度项目支出绩效单位自评报告, 云南: 年初批复预算8个项目985万元…调整预算后项目预算861.46万元…实际到位资金334.67万元); https://www.hh.gov.cn/info/11481/1176502.htm (部门整体自评: 截至2024年12月31日,部门事业编制人数15人,年末实有人数14人)",
    "CHANGNING": "https://yncn.gov.cn/info/4112/9026410.htm (昌宁县第一示范小学2023 项目支出绩效自评报告, 云南: 财政资金总额16.20万元,全部为县级配套资金,拨付使用16.20万元,预算执行率100%; 资金到位率为100%; 自评得分100分,自评结果为“优秀”)",
    "QINGSHEN": "https://www.scqs.gov.cn/info/13206/211004.htm (青神县发展和改革局 部门预算项目支出绩效自评表2023, 四川: 预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因; 预算执行率=预算执行数/调整后预算数; 绩效指标(90分) … 指标性质 | 指标值 | 完成值 | 权重 | 得分 | 未完成原因分析)",
    "CQSLJ": "https://slj.cq.gov.cn/zwgk_250/fdzdgknr/czyjs/jx/201912/t20191225_6071373.html (重庆市2018年度水利发展资金绩效评价结果的说明: 市财政局、市水利局委托第三方…进行了绩效评价,现就评价结果予以公开; 共下达…资金289403万元,其中:中央财政资金202377万元)",
    "BAOSHAN": "https://www.baoshan.gov.cn/info/7819/3701124.htm (保山市交通运输局2021 部门整体支出绩效自评报告, 云南: 我局认真组织了…开展了…绩效自评)",
    "FSOU": "http://fsou.com/html/text/chl/1670/167082_7.html (评价内容 | 评价指标(分值) | 指标说明 | 评分标准: 计划建设内容完成100%的得20分,每减少1个百分点扣1分,扣完20分为止; 项目档案资料齐全的得2分,不齐全的扣2分)",
    "HN": "/work/shared/corpus/henan-skills-competition-2021-2024.md (要点①②③④各占指标分值的1/4，符合相关要点得相应权重分值)",
    "HOUSE": "house wording of writer V (a 西南 会计师事务所; no published page found in the search corpora for the exact words)",
}

N = r"(\s?\d+(?:\.\d+)?\s?)"
CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
PAREN = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict):
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER = {"指标解释": "指标要义", "评分标准": "计分规则", "得分原因": "评价计分说明", "得分": "评价分"}
IND_HEADER = {"分值": "权重分值", "得分": "评价分", "得分率%": "得分占比（%）"}
BUDGET_HEADER = {"部门基本资金支出": "基本支出（按经济分类）", "项目": "项目支出（按功能分类）",
                 "财政拨款收入 (元)": "财政拨款收入合计(元)", "小计(元)": "各类小计(元)",
                 "人员经费支出 (元)": "人员经费类(元)", "商品和服务支出 (元)": "商品和服务类(元)",
                 "支出明细": "经济分类科目", "下达资金": "下达预算指标(元)", "支出金额": "本年实际支出(元)",
                 "项目名称": "功能分类科目名称", "项目支出明细": "功能分类科目名称"}
SUMMARY_LABEL = {"预算安排资金": "年初批复预算", "实际到位资金": "实际到位金额", "实际支出资金": "拨付使用资金",
                 "结转结余资金": "结转和结余资金", "预算执行率": "预算资金执行率",
                 "评价得分": "评价总分", "评价等级": "评价结果等级",
                 "其中：财政拨款收入": "其中：财政资金", "项目名称": "评价项目全称",
                 "评价年度": "评价所属年度", "评价类型": "评价类别", "委托评价单位": "委托方",
                 "评价机构名称": "受托评价机构", "评价对象名称": "被评价对象", "实施目的": "评价目标",
                 "年度绩效目标": "部门年度目标", "评价办法": "主要评价方法", "数据采集及处理办法": "数据采集与分析",
                 "绩效评价工作过程": "工作实施过程", "综合评价结论": "总体评价结论", "绩效分析": "各类指标得分",
                 "资金情况 (万元)": "资金收支（万元）", "绩效评价指标体系": "指标体系构成",
                 "评价范围": "评价覆盖范围", "基本情况": "评价基本信息", "评价依据": "主要评价依据",
                 "得分率": "得分占比", "指标": "指标类别"}
SUMMARY_LEVEL = {"部门决策": "决策类", "部门过程": "过程类", "部门产出": "产出类", "部门效益": "效益类",
                 "加减分项": "加（减）分"}

ANNEX_RULE = cell("annex", 4)
ANNEX_REASON = cell("annex", 5)
REASON_OR_BODY = either(text("analysis"), cell("annex", 5))
LEVEL_CELL = either(cell("annex", 0, 1, 2), cell("ind", 0, 1))


# ------------------------------------------------------------------ element rules (additive; weights kept)
def element_rule(m: re.Match, k: int) -> str:
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    zero = z == "得0分"
    v = k % 3
    if v == 0:
        tail = f"未满足的得{sp}0{sp}分" if zero else "未满足的不得分"
        return f"上述要点权重各为{sp}{w}，满足的要点每项得{sp}{p}{sp}分，{tail}"
    if v == 1:
        tail = f"得{sp}0{sp}分" if zero else "不得分"
        return f"各要点按{sp}{w}权重赋分：满足的，该要点得{sp}{p}{sp}分；不满足的，该要点{tail}"
    tail = f"不符合要求的赋{sp}0{sp}分" if zero else "不符合要求的不赋分"
    return f"逐项评分，每个要点占{sp}{w}，符合要求的赋{sp}{p}{sp}分，{tail}"


def marker_rule(m: re.Match, k: int) -> str:
    return PAREN[CIRCLED.index(m.group(0))]


def marker_reason(m: re.Match, k: int) -> str:
    return f"{CN[CIRCLED.index(m.group(0))]}是"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if lead == "，":
            lead = "。"
        if style == "annex":
            return f"{lead}该项指标赋分{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}按评分细则，评价组赋{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"本次评价指标体系由一级指标{sp}{n1}{sp}个、二级指标{sp}{n2}{sp}个、三级指标{sp}{n3}{sp}个构成，"
            f"各一级指标分值（权重）为：决策{sp}{d}{sp}分（{dw}），过程{sp}{p}{sp}分（{pw}），"
            f"产出{sp}{o}{sp}分（{ow}），效益{sp}{e}{sp}分（{ew}）")


def decl_abstract(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系合计 {full} 分，由 {n1} 个一级指标（决策 {d} 分、过程 {p} 分、产出 {o} 分、效益 {e} 分）、"
            f"{n2} 个二级指标和 {n3} 个三级指标组成。")


def grades(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    sp = " " if " 分" in m.group(0) else ""
    return (f"{a}{sp}分≤得分≤{b}{sp}分的为“优”，{c}{sp}分≤得分<{d}{sp}分的为“良”，"
            f"{e}{sp}分≤得分<{f}{sp}分的为“中”，得分<{g}{sp}分的为“差”")


def level_abs(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"项目{lvl}（一级指标）：含二级指标{n2}个、三级指标{n3}个，重点考察{focus}；该部分合计得分{score}分。"


def level_names(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)
    return f"“{lvl}”（一级指标）包括{two}共{n2}个二级指标，以及{three}共{n3}个三级指标{stop}"


def alloc(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    parts = "、".join(f"“{a}”{sp}{st(b)}{sp}分" for a, b in pairs)
    return f"“{lvl}”指标权重合计{sp}{st(total)}{sp}分，其中：{parts}（按与{lvl}指标的关联度{extra}确定）。"


CAP = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}

RULES: list[Rule] = [
    # ============================================================ table headers, labels, totals, worths
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER)) + r")$", hmap(ANNEX_HEADER),
      "指标说明 | 评分标准 (评分表) -> 指标要义 | 计分规则 | 评价计分说明 | 评价分", "FSOU", 88),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER)) + r")$", hmap(IND_HEADER),
      "权重 | 得分 (青神 自评表: points in a column called 权重) -> 权重分值 | 评价分 | 得分占比（%）", "QINGSHEN", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER)) + r")$", hmap(BUDGET_HEADER),
      "年度预算数(万元) (青神: unit in the header) -> 下达预算指标(元) / 本年实际支出(元)", "QINGSHEN", 20),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "频数", "比例": "百分比"}[m.group(0)], "house", "HOUSE", 20),
    R("H05", "table header", cell("team", 0, 2, 3, header=True), r"^(?:名称|职称|主要职责)$",
      lambda m, k: {"名称": "组内分工", "职称": "技术职称", "主要职责": "承担工作"}[m.group(0)], "house", "HOUSE", 3),
    R("H06", "table label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL)) + r")$", hmap(SUMMARY_LABEL),
      "年初批复预算…实际到位资金 (红河州); 拨付使用 (昌宁)", "HONGHE", None),
    R("H06b", "table label", cell("summary", 2, 3, 4, 5, 6),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LEVEL)) + r")$", hmap(SUMMARY_LEVEL), "house", "HOUSE", 5),
    R("H07", "total row", either(cell("ind"), cell("t4", 0)), r"^合计$", lambda m, k: "合 计",
      "house: 合 计 (spaced)", "HOUSE", 5),
    R("H08", "total row", cell("budget", 0), r"^合计$", lambda m, k: "总 计", "house: 总 计 (spaced)", "HOUSE", 4),
    R("W01", "level worth", LEVEL_CELL, r"\s?[（(]\s?(\d+)\s?[）)]\s*$", r"（权重\1）",
      "预算执行率 | 权重 | 得分 … 10 (青神 自评表: the points of an indicator called 权重)", "QINGSHEN", 67),

    # ============================================================ figure sentences: funds
    R("F01", "figure", text("body"),
      r"^(2024)年部门一般公共预算财政拨款收入(4901\.44)万元，实际收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。（详见表(1)）$",
      r"\1年，部门实际收入\3万元，年初批复一般公共预算财政拨款\2万元；截至\4年12月31日，部门拨付使用资金合计\5万元，其中：基本支出\7万元（\6年）、项目支出\9万元（\8年），预算执行率达\10（详见表\11）。",
      "年初批复预算…万元…实际到位资金334.67万元 (红河州); 拨付使用16.20万元,预算执行率100% (昌宁)", "HONGHE", 1),
    R("F02", "figure", text("abstract"),
      r"^(2024)年部门一般公共预算财政拨款收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。$",
      r"\1年部门一般公共预算财政拨款收入为\2万元。截至\3年12月31日，部门全年支出合计\4万元（其中\5年基本支出\6万元、\7年项目支出\8万元），预算执行率为\9。",
      "财政资金总额16.20万元…拨付使用16.20万元,预算执行率100% (昌宁)", "CHANGNING", 1),
    R("F03", "figure", text("body"), r"^截至 (2024) 年 12 月 31 日，部门全年项目共支出 (6005\.58) 万元。（详见表 (2)）$",
      r"全年项目支出合计 \2 万元（截至 \1 年 12 月 31 日，详见表 \3）。", "house: figures in parentheses", "HOUSE", 1),
    R("F04", "figure", either(text("body"), cell("summary", 1)),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局) (2024) 年部门整体支出，涉及财政预算资金 (6847\.87) 万元。$",
      r"本次评价涉及财政预算资金 \3 万元，评价对象为\1 \2 年部门整体支出。", "house: figure before the label", "HOUSE", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金 (6847\.87) 万元。$",
      r"年部门财政预算整体支出，涉及资金合计 \1 万元。", "house", "HOUSE", 1),
    R("F06", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，基本支出预算执行率为",
      r"\1年肃南县人力资源和社会保障局基本支出实际执行\3万元，全年预算\2万元，基本支出预算执行率为",
      "预算执行数 | 预算执行率 (青神) -> actual before budget", "QINGSHEN", 2),
    R("F07a", "figure", ANNEX_REASON,
      r"(\d{4})年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局项目支出实际执行\3万元，全年预算\2万元，", "house: actual before budget", "HOUSE", 1),
    R("F07b", "figure", text("analysis"),
      r"(\d{4}\s?)年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"\1年肃南县人力资源和社会保障局项目支出全年预算合计\2万元，实际执行数", "house", "HOUSE", 1),
    R("F08", "figure", REASON_OR_BODY,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"(万元|元)，预算调整数为",
      r"全年收入决算数达\2\3，收入预算数为\1万元，预算调整数为", "house: actual before budget, 达", "HOUSE", 2),
    R("F09", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，“三公”经费控制率为",
      r"\1年度“三公”经费实际支出\3万元（全年预算\2万元），“三公”经费控制率为",
      "house: budget in parentheses", "HOUSE", 2),
    R("F10", "figure", REASON_OR_BODY, r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目全年预算数为\2万元（结余总额\1万元），资金结余率为", "house: figure in parentheses", "HOUSE", 2),
    R("F11", "figure", REASON_OR_BODY, r"本部门(\s?\d{4}\s?)年政府预算采购支出总额" + N + r"万",
      r"本部门\1年政府采购预算合计\2万", "house", "HOUSE", 2),
    R("F12", "figure", REASON_OR_BODY, r"实际采购支出" + N + r"万元，政府采购执行率为",
      r"实际采购达\1万元，政府采购执行率为", "house: 达", "HOUSE", 2),
    R("F13", "figure", REASON_OR_BODY, r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"项目总支出为\1万元，部门\2年重点项目涉及", "house", "HOUSE", 1),
    R("F14", "figure", ANNEX_REASON, r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，部门\2年重点项目涉及", "house", "HOUSE", 1),
    R("F15", "figure", REASON_OR_BODY, r"，重点支出安排率(\d+(?:\.\d+)?%)，", r"，重点支出安排率达\1。",
      "资金到位率为100% (昌宁) -> 达", "CHANGNING", 2),
    R("F16", "figure", REASON_OR_BODY, r"部门实际完成阶段性任务与计划完成阶段性任务数量一致，阶段性任务完成",
      "阶段性任务实际完成数与计划数一致，阶段性任务完成", "house", "HOUSE", None),
    R("F17", "figure", REASON_OR_BODY, r"预算调整率为(\s?0%)。", r"预算调整率为\1，全年无预算调整事项。", "house", "HOUSE", 2),
    R("F18", "figure", REASON_OR_BODY, r"全年输转城乡劳动力 ?(1999) ?人，完成目标任务 ?(1900) ?人的 ?(105\.2%)",
      r"全年输转城乡劳动力达\1人，完成率\3（目标任务\2人）", "house: rate with its base in parentheses", "HOUSE", None),
    R("F19", "figure", REASON_OR_BODY, r"实现劳务收入 ?(6255) ?万元，完成目标任务 ?(6100) ?万元的 ?(103%)",
      r"实现劳务收入\1万元，完成率\3（目标任务\2万元）", "house", "HOUSE", None),
    R("F20", "figure", REASON_OR_BODY, r"全年企业职工基本养老保险参保达 ?(2705) ?人，参保人员增长率达",
      r"全年企业职工基本养老保险参保人数为\1人，参保人员增长率为", "house", "HOUSE", None),
    R("F21", "figure", REASON_OR_BODY, r"全年城乡居民参保缴费 ?(28355) ?人，参保率 ?(98%)",
      r"全年城乡居民参保缴费人数达\1人，参保率为\2", "house", "HOUSE", None),
    R("F22", "figure", REASON_OR_BODY, r"全年共为 ?(8633) ?名人员发放养老保险待遇（其中：",
      r"全年发放养老保险待遇人数合计\1名（其中：", "house: 合计", "HOUSE", None),
    R("F23", "figure", REASON_OR_BODY, r"开展职业技能培训 ?(13) ?期 ?(500) ?人（其中",
      r"开展职业技能培训合计\1期、\2人（其中", "house", "HOUSE", None),
    R("F24", "figure", REASON_OR_BODY, r"全年线下共接到劳资纠纷案件 ?(10) ?起，协调处理 ?(10) ?起",
      r"全年线下接到劳资纠纷案件\1起，已协调处理\2起", "house", "HOUSE", None),
    R("F25", "figure", REASON_OR_BODY, r"全年共受理调解劳动人事争议案件 ?(16) ?件，结案率达",
      r"全年受理调解劳动人事争议案件合计\1件，结案率为", "house", "HOUSE", None),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年12月31日，在职人员(\d+)名。",
      r"截至\2年12月31日，单位实有在职人员\3名，核定人员编制\1名。",
      "截至2024年12月31日,部门事业编制人数15人,年末实有人数14人 (红河州) -> actual before the establishment", "HONGHE", 1),
    R("P02", "figure", REASON_OR_BODY,
      r"核定人员编制(\d+)名，截至(2024)年12月31日，在职人员(\d+)人。在职人员控制率为",
      r"截至\2年12月31日实有在职人员\3人，核定人员编制\1名，在职人员控制率为",
      "年末实有人数14人 (红河州)", "HONGHE", 2),
    R("P03", "figure", REASON_OR_BODY,
      r"编制实有(\d+)人，截至(2024)年12月31日，在职人员(\d+)名，无临聘人员，临聘人员控制率为",
      r"截至\2年12月31日在职人员\3名（编制实有\1人），未聘用临时人员，临聘人员控制率为", "house", "HOUSE", 2),
    R("P04", "figure", text("body"), r"，下设四个职能科室，分别是", "，内设四个职能科室：", "house", "HOUSE", 1),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "以肃南裕固族自治县人社局部门内部工作人员为样本总量，结合科室及下属单位属性随机抽样，抽样比例为样本总量的60%。",
      "house", "HOUSE", 1),
    L("V02", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷的发放与回收均由评价机构负责，以确保问卷质量。", "house", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷设单项选择题 \1 题（论述题不计分），每题 \2 分，合计 \7 分；赋分为：A 项 \3 分、B 项 \4 分、C 项 \5 分、D 项 \6 分。",
      "house", "HOUSE", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"综合满意率（工作人员）=问卷实际得分合计÷问卷满分合计×\1", "house", "HOUSE", 1),
    R("V05", "survey", text("survey"),
      r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标权重 \1 分：综合满意率≥\2的，得满分；处于\3—\4的，每低 \5个百分点扣 \6 分；<\7的，不得分。",
      "每减少1个百分点扣1分,扣完20分为止 (评分表)", "FSOU", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "问卷赋分办法：", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 题目分值", "house", "HOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 满意率计算公式", "house", "HOUSE", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 计分规则", "house", "HOUSE", 1),
    R("V10", "survey", text("survey"), r"\[单选题\]", lambda m, k: "（单选题）", "house", "HOUSE", 10),
    R("V11", "survey", text("survey"), r"^(第\d+题) ", r"\1．", "house", "HOUSE", 10),
    L("V12", "survey", text("body"),
      "对部门开展的工作整体满意程度如何；部门执行财政预算资金的合规性如何；对部门资金管理制度的健全程度；部门对于财政资金决算情况公示的透明化程度；对部门招商引资工作的完成效果如何；部门专项资金的使用效果如何。",
      "主要包括：工作整体满意程度；财政预算资金执行的合规性；资金管理制度的健全程度；财政资金决算公示的透明化程度；招商引资工作的完成效果；专项资金的使用效果。",
      "house", "HOUSE", 1),
    L("V13", "survey", text("body"), "采用面对面个别访谈形式。", "以面对面的个别访谈为主。", "house", "HOUSE", 1),
    L("V14", "survey", text("body"), "实地调研。", "实地走访调研。", "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl, "绩效指标(90分) / 预算执行情况(10分) (青神) -> 决策15分（15%）", "QINGSHEN", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果以评分与评级相结合的方式呈现，满分\1分，分四个等级：", "house", "HOUSE", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades, "自评得分100分,自评结果为“优秀” (昌宁)", "CHANGNING", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract, "house: total first, then the parts", "HOUSE", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"以下按指标体系中的\1个一级指标分别分析。", "house", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      r"“决策”（一级指标）下设\1个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      r"级指标，为\1；下设\2个三级指标，为\3\4", "house", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_names, "house: names first, then the count", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc, "权重 (青神) -> 指标权重合计24分，其中：…", "QINGSHEN", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs, "house: 该部分合计得分14分", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"项目效益（一级指标）：含二级指标\1个、三级指标\2个，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"；该部分合计得分 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP[m.group(2)]}指标权重及评价得分表", "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：一级指标评价得分表", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出（经济分类）明细", "house", "HOUSE", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出（功能分类）明细", "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价项目组成员", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "各一级指标得分见表4，三级指标评分明细见附件1。", "house", "HOUSE", 1),
    R("D18", "declaration", text("analysis"),
      r"^按照绩效评价相关性原则要求，二级指标，三级指标的设计与一级指标具有密切相关性。",
      "遵循相关性原则，所设二级、三级指标均与一级指标紧密关联。", "house", "HOUSE", 1),
    R("D19", "declaration", text("analysis"), r"（详见表\s?(\d)）", r"（表\1）", "house", "HOUSE", 4),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经评价组综合评定，\1年\2绩效评价总分\3分，评价结果为“优”。",
      "自评得分100分,自评结果为“优秀” (昌宁)", "CHANGNING", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。",
      "本次绩效评价总分97分，评价结果等级为“优”。", "自评结果为“优秀” (昌宁)", "CHANGNING", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，评价总分为 97 分。", "house", "HOUSE", 1),
    R("O04", "score sentence", text("body"),
      r"^评审组通过数据采集、问卷调查及访谈，根据部门实际情况，客观公正地对(肃南县人力资源和社会保障局)部门整体支出进行评价，",
      r"评价组采取数据采集、问卷调查和访谈等方式，结合部门实际，对\1部门整体支出作出客观公正的评价，", "house", "HOUSE", 1),

    # ============================================================ scoring rules (评分标准 column)
    R("R01", "scoring rule", ANNEX_RULE,
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule, "要点①②③④各占指标分值的1/4，符合相关要点得相应权重分值 (河南) -> 上述要点权重各为25%，每满足一项得1分", "HN", 21),
    R("R02", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率不超过100%的，得2分；高于此比例的，得0分。",
      "项目档案资料齐全的得2分,不齐全的扣2分 (评分表) -> 的，得N分；…的，得0分", "FSOU", 2),
    R("R03", "scoring rule", ANNEX_RULE, r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1的，得2分；介于60%—80%的，每下降1个百分点扣0.1分；低于60%的，得0分。",
      "计划建设内容完成100%的得20分,每减少1个百分点扣1分 (评分表)", "FSOU", 1),
    R("R04", "scoring rule", ANNEX_RULE, r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"本项得分=\1×指标分值。",
      "预算执行率=预算执行数/调整后预算数 (青神)", "QINGSHEN", 4),
    L("R05", "scoring rule", ANNEX_RULE,
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "未作预算调整（调整率为0%）的，得满分；调整率每增加或减少1个百分点(不足1%按四舍五入原则取整)，扣0.2分；调整率超过10%的，不得分。",
      "每减少1个百分点扣1分,扣完20分为止 (评分表)", "FSOU", 1),
    L("R06", "scoring rule", ANNEX_RULE,
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率处于70%—100%区间的，得1分；控制率高于100%的，每超出1个百分点扣0.1分，超出幅度大于10%的，不得分。",
      "每减少1个百分点扣1分 (评分表)", "FSOU", 1),
    L("R07", "scoring rule", ANNEX_RULE,
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金无结余（结余率为0%）的，得满分；结余率每上升1个百分点扣0.1分；结余率超过10%的，不得分。",
      "house", "HOUSE", 1),
    R("R08", "scoring rule", ANNEX_RULE,
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率≥\1的，得满分；处于\2—\3的，每低 \4个百分点扣 \5 分；<\6的，不得分。",
      "每减少1个百分点扣1分,扣完20分为止 (评分表)", "FSOU", 1),
    R("R09", "scoring rule", ANNEX_RULE, r"本年(基本|项目)支出预算执行率= \(本年度\1支出执行数/本年度\1支出预算数\) \*100%",
      r"\1支出预算执行率（%）=本年度\1支出执行数÷本年度\1支出预算数×100%", "预算执行率=预算执行数/调整后预算数 (青神)", "QINGSHEN", 2),
    R("R10", "scoring rule", ANNEX_RULE, r"^部门实际完成阶段性任务与计划完成阶段性任务数量一致，阶段性任务完成率100%。$",
      "阶段性任务实际完成数与计划数一致，阶段性任务完成率100%。",
      "计划建设内容完成100%的得20分 (评分表)", "FSOU", 1),
    R("R11", "scoring rule", ANNEX_RULE, r"严格控制在政策标准范围达标率为 (90%)以上为满 ?$",
      r"控制在政策标准范围内、达标率达 \1以上的，得满", "house", "HOUSE", 1),
    R("R12", "scoring rule", ANNEX_RULE, r"(\d+%)-(\d+%)得2分，(\d+%)以下不得分。",
      r"达标率\1-\2的，得2分；\3以下的，不得分。", "house", "HOUSE", 1),
    R("R13", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率=（([^）]*)/([^）]*)）\*100%。",
      r"\1人员控制率（%）=\2÷\3×100%。", "预算执行率=预算执行数/调整后预算数 (青神)", "QINGSHEN", 2),
    R("R14", "scoring rule", ANNEX_RULE, r"(^|<p>)重点支出安排率=（重点项目支出/项目总支出）\*100%。",
      r"\1重点支出安排率（%）=重点项目支出÷项目总支出×100%。", "house", "HOUSE", 1),
    R("R15", "scoring rule", ANNEX_RULE, r"预算调整率=\(预算调整数/预算数\)\*100%。", "预算调整率（%）=预算调整数÷预算数×100%。", "house", "HOUSE", 1),
    R("R16", "scoring rule", ANNEX_RULE, r"^项目资金结余率=项目资金结余总额/项目预算数×100%。",
      "项目资金结余率（%）=项目资金结余总额÷项目预算数×100%。", "house", "HOUSE", 1),
    R("R17", "scoring rule", ANNEX_RULE, r"^政府采购执行率=（实际政府采购金额/政府采购预算数）\*100%；",
      "政府采购执行率（%）=实际政府采购金额÷政府采购预算数×100%；", "house", "HOUSE", 1),
    R("R18", "scoring rule", ANNEX_RULE, r"^“三公”经费控制率=\(“三公”经费实际支出数/“三公”经费预算安排数\)\*100%。",
      "“三公”经费控制率（%）=“三公”经费实际支出数÷“三公”经费预算安排数×100%。", "house", "HOUSE", 1),
    R("R19", "scoring rule", ANNEX_RULE, r"通过调查问卷方式对部门工作进行评测，", "以问卷调查方式对部门工作进行测评，", "house", "HOUSE", 1),
    R("R20", "scoring rule", ANNEX_RULE, r"^阶段性任务完成率=实际完成的阶段性任务/计划完成的阶段性任务\*100%",
      "阶段性任务完成率（%）=实际完成的阶段性任务÷计划完成的阶段性任务×100%", "house", "HOUSE", 1),

    # ============================================================ 指标要义 column (指标解释)
    R("I01", "indicator text", cell("annex", 3), r"^主要考察", lambda m, k: "重点反映", "house", "HOUSE", None),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", ANNEX_REASON, ENDING, ending("annex"), "house: 该项指标赋分N分", "HOUSE", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending("body"), "house: 按评分细则，评价组赋N分", "HOUSE", 34),

    # ============================================================ reasons: openings
    R("G01", "reason", REASON_OR_BODY, r"(^|。|\s|<p>)根据(?=《)", r"\1经查阅", "house: reasons open 经查阅《……》", "HOUSE", None),
    R("G02", "reason", REASON_OR_BODY, r"(^|。)根据现场调研", r"\1通过现场调研", "house", "HOUSE", 4),
    R("G03", "reason", REASON_OR_BODY, r"，部门设立的整体绩效目标(?=①)", "，经核实，部门设立的整体绩效目标", "house", "HOUSE", 2),
    R("G04", "reason", REASON_OR_BODY, r"部门总体满意度提升，办事效率满意度，政策知晓度得到了全面提升。",
      "部门总体满意度、办事效率满意度及政策知晓度均有全面提升。", "house", "HOUSE", 2),
    R("G05", "reason", REASON_OR_BODY, r"等资料，(?=①|项目总支出)", "等资料核实，", "house", "HOUSE", None),

    # ============================================================ element markers (reversible, see normalise())
    R("M01", "element marker", ANNEX_RULE, "[" + CIRCLED + "]", marker_rule,
      "house: ⑴⑵⑶ in the rule column", "HOUSE", None),
    R("M02", "element marker", either(ANNEX_REASON, text("analysis")), "[" + CIRCLED + "]", marker_reason,
      "存在的问题:一是…二是… (2017 自评, wanglu) -> 一是…二是… in the reasons", "HOUSE", None),

    # ============================================================ other paragraphs
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"\1委托第三方机构\2，于\3年\4-\5月对“\6”的使用及其效果进行了绩效评价，现就评价情况报告如下。",
      "市财政局、市水利局委托第三方…进行了绩效评价,现就评价结果予以公开 (重庆)", "CQSLJ", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "评价以成本效益分析法、因素分析法、比较法和公众评判法为主要方法。", "house", "HOUSE", 2),
    R("X03", "paragraph", text("abstract"),
      r"^本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。$",
      "评价工作按前期调研、方案制定、组织实施、报告撰写四个阶段推进。", "house", "HOUSE", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "评价组采用因素分析法和对比分析法，对每一项指标逐项对照评价要素核查实际完成情况，分析影响完成情况的主要因素，据以计算各项指标得分。",
      "house", "HOUSE", 3),
    R("X05", "paragraph", text(), r"(?<!专家)(?<!绩效评价)评审组", lambda m, k: "评价项目组", "house", "HOUSE", 2),
    L("X06", "paragraph", cell("summary", 1),
      "信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。",
      "通过文本收集、现场调研、深度访谈和问卷调查收集信息与数据，并以定性与定量相结合的方法进行处理。",
      "house", "HOUSE", 1),
    L("X07", "paragraph", cell("summary", 1), "接受委托任务、拟订方案、开展培训、现场评价、撰写报告、资料归档。",
      "依次为接受委托、拟订方案、人员培训、现场评价、报告撰写和资料归档。", "house", "HOUSE", 1),
    R("X08", "paragraph", text(), r"取得了一定成效，但在绩效管理和预算(安排|执行)方面还有一些不足，主要问题如下：$",
      r"取得了一定成效，但评价组也发现其在绩效管理和预算\1方面存在以下不足：", "house", "HOUSE", 2),
    R("X09", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门绩效管理工作不到位的问题。",
      r"评价发现，\1部门绩效管理工作开展不到位。", "house", "HOUSE", 2),
    R("X10", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门年度资金安排不够细致的问题。",
      r"评价发现，\1年度资金安排不够细致。", "house", "HOUSE", 2),
    R("X11", "paragraph", text(), r"在本次评价中，未发现(肃南县人力资源和社会保障局)设置部门整体支出绩效目标表，未发现对项目进行中期的绩效检查，",
      r"评价中未见\1编制部门整体支出绩效目标表，也未见项目中期绩效检查资料，", "house", "HOUSE", 2),
    R("X12", "paragraph", text(), r"在本次评价中发现(肃南县人力资源和社会保障局)年度资金未作明确安排，",
      r"评价中发现\1对年度资金未作明确安排，", "house", "HOUSE", 2),
    R("X13", "paragraph", text(), r"^针对部门绩效管理工作不到位的问题，建议部门加强资金预算绩效管理，",
      "建议部门针对绩效管理工作不到位的问题，加强资金预算绩效管理，", "house", "HOUSE", 2),
    R("X14", "paragraph", text(), r"^结合肃南县人社工作实际需求和发展规划，提前对年度工作任务进行梳理，",
      "建议部门立足肃南县人社工作实际需求和发展规划，预先梳理年度工作任务，", "house", "HOUSE", 2),
    R("X15", "paragraph", text(), r"^被评价部门（单位）的责任是提供与形成本绩效评价报告相关的基础工作材料和资金财务核算资料，并对其真实性、合法性、完整性负责。$",
      "被评价部门（单位）负责提供形成本报告所需的基础工作材料和资金财务核算资料，并对资料的真实性、合法性、完整性负责。",
      "house", "HOUSE", 2),
    R("X16", "paragraph", text(), r"^(2024) 年，全县人力资源和社会保障工作将按照省市人社部门工作要求，",
      r"\1 年，全县人力资源和社会保障工作围绕省市人社部门工作要求，", "house", "HOUSE", 1),
    R("X17", "paragraph", text(), r"在履行职责过程中坚持和加强党对人力资源和社会保障工作的集中统一领导。主要职责是：",
      "在履行职责过程中坚持和加强党对人力资源和社会保障工作的集中统一领导。其主要职能如下：", "house", "HOUSE", 2),
    R("X18", "paragraph", text("body"), r"肃南县人力资源和社会保障局聘请北京君和志同管理咨询有限公司，对肃南县人力资源和社会保障局2024年部门整体资金使用过程及效果开展预算绩效评价工作。",
      "肃南县人力资源和社会保障局委托第三方机构北京君和志同管理咨询有限公司，对本局2024年部门整体资金使用过程及效果进行了预算绩效评价，现就评价情况报告如下。",
      "委托第三方…进行了绩效评价 (重庆)", "CQSLJ", 1),
    R("X19", "paragraph", text("body"), r"^评价项目组拟采用现场评价和非现场评价相结合的方式，",
      "评价项目组将现场评价与非现场评价相结合，", "house", "HOUSE", 1),
    R("X20", "paragraph", text("body"), r"^此次绩效评价工作主要采用计划标准、财政部门 and 预算部门确认或认可的其他标准。$",
      "本次评价以计划标准及财政部门 and 预算部门确认或认可的其他标准为主。", "house", "HOUSE", 1),
    R("X21", "paragraph", text(), r"^本次评价主要是对(肃南县人力资源和社会保障局)部门整体",
      r"本次评价旨在对\1部门整体", "house", "HOUSE", 2),
    R("X22", "paragraph", text(), r"^本次评价本着问题导向、系统评价、科学客观、讲求绩效的原则，",
      "评价遵循问题导向、系统评价、科学客观、讲求绩效原则，", "house", "HOUSE", 1),
    R("X23", "paragraph", text(), r"，特制订本(调查问卷|调研方案)。", r"，据此制定本\1。", "house", "HOUSE", 2),
    R("X24", "paragraph", text(), r"^绩效评价标准通常包括计划标准、行业标准、历史标准等，用于对绩效指标完成情况进行比较。$",
      "评价标准一般有计划标准、行业标准和历史标准等，用作比较绩效指标完成情况的尺度。", "house", "HOUSE", 1),
    R("X25", "paragraph", text("body"), r"^(\(|（)(\d)(\)|）)\s?(成本效益分析法|比较法|因素分析法|最低成本法|公众评判法|标杆管理法)。是指",
      r"\1\2\3\4：指", "house", "HOUSE", 6),
    R("X26", "paragraph", text(), r"^([（(]\d[）)]\s?)(计划标准|行业标准|历史标准)。指", r"\1\2：即", "house", "HOUSE", 3),
    R("X27", "paragraph", text(), r"^([（(]\d[）)]\s?)(科学规范原则|公开公正原则|分级分类原则|绩效相关原则)。",
      r"\1\2：", "house", "HOUSE", 4),
    R("X28", "paragraph", text(), r"^本次绩效评价对象为肃南县人力资源和社会保障局 2024$",
      "本次绩效评价的对象是肃南县人力资源和社会保障局 2024", "house", "HOUSE", 1),
    R("X29", "paragraph", text(), r"^通过对肃南县人力资源和社会保障局 2024 年部门整体支出进行综合评价，",
      "对肃南县人力资源和社会保障局 2024 年部门整体支出开展综合评价，旨在", "house", "HOUSE", 2),

    # ============================================================ headings
    H("T01", "部门概况", "单位基本情况", "house", "HOUSE", 2),
    H("T02", "部门职能", "单位主要职能", "house", "HOUSE", 3),
    H("T03", "部门预算安排及执行情况", "预算收支及执行情况", "house", "HOUSE", 2),
    H("T04", "部门资金使用情况", "资金收支情况", "house", "HOUSE", 1),
    H("T05", "部门组织管理", "机构及人员情况", "house", "HOUSE", 2),
    H("T06", "部门年度绩效目标", "年度工作目标", "house", "HOUSE", 2),
    H("T07", "绩效评价工作开展情况", "评价工作实施情况", "house", "HOUSE", 3),
    H("T08", "绩效评价目的、对象和范围", "评价目的、对象与范围", "house", "HOUSE", 3),
    R("T09", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价原则与指标体系", "house", "HOUSE", 3),
    H("T10", "评价原则", "评价遵循的原则", "house", "HOUSE", 1),
    H("T11", "评价方法", "评价采用的方法", "house", "HOUSE", 1),
    H("T12", "评价标准", "评价采用的标准", "house", "HOUSE", 1),
    H("T13", "评价指标体系", "评价指标体系构成", "house", "HOUSE", 2),
    H("T14", "评价原则和方法", "评价原则与方法", "house", "HOUSE", 1),
    H("T15", "绩效评价依据", "评价主要依据", "house", "HOUSE", 2),
    H("T16", "绩效评价工作过程", "评价实施过程", "house", "HOUSE", 3),
    H("T17", "综合评价情况及评价结果", "总体评价情况与结果", "house", "HOUSE", 2),
    H("T18", "综合评价情况及评价结论", "总体评价情况与结论", "house", "HOUSE", 1),
    H("T19", "综合评价情况", "总体评价", "house", "HOUSE", 2),
    H("T20", "评价结果", "评价结果及等级", "house", "HOUSE", 2),
    H("T21", "绩效评价指标分析", "各项指标评价分析", "house", "HOUSE", 3),
    H("T22", "部门决策情况分析", "决策指标评价情况", "house", "HOUSE", 2),
    H("T23", "部门过程情况分析", "过程指标评价情况", "house", "HOUSE", 2),
    H("T24", "部门产出情况分析", "产出指标评价情况", "house", "HOUSE", 2),
    H("T25", "部门效益情况分析", "效益指标评价情况", "house", "HOUSE", 2),
    H("T26", "评价指标相关性分析、指标设计和分值设计", "指标构成及权重设置", "house", "HOUSE", 4),
    H("T27", "指标评分结果分析", "三级指标评分情况", "house", "HOUSE", 4),
    H("T28", "存在的主要问题及原因分析", "发现的主要问题及原因", "house", "HOUSE", 3),
    H("T29", "存在的问题", "发现的问题", "house", "HOUSE", 2),
    H("T30", "有关建议", "改进建议", "house", "HOUSE", 2),
    H("T31", "相关建议", "改进建议", "house", "HOUSE", 1),
    H("T32", "部门主要做法及经验", "主要工作成效及经验", "house", "HOUSE", 1),
    H("T33", "社会调查方案", "调查工作方案", "house", "HOUSE", 2),
    H("T34", "内部人员调查问卷方案", "内部职工问卷方案", "house", "HOUSE", 2),
    H("T35", "调查方法和抽样方式", "调查与抽样方法", "house", "HOUSE", 1),
    H("T36", "问卷的发放和回收", "问卷发放与回收", "house", "HOUSE", 1),
    H("T37", "其他需要说明的问题", "其他说明事项", "house", "HOUSE", 3),
    H("T38", "关于评价方所取部门资料的说明", "评价资料来源说明", "house", "HOUSE", 3),
    H("T39", "关于影响本部门绩效评价局限性的说明", "评价局限性说明", "house", "HOUSE", 3),
    H("T40", "部门职能及资金使用", "单位职能及资金收支", "house", "HOUSE", 1),
    H("T41", "访谈工作方案", "访谈安排", "house", "HOUSE", 2),
    H("T42", "现场调研方案", "实地调研安排", "house", "HOUSE", 2),
    R("T43", "heading", text("abstract"), r"^（([一二三四])）项目(决策|过程|产出|效益)$", r"（\1）\2指标", "house", "HOUSE", 4),
    H("T44", "评价对象和范围", "评价对象与范围", "house", "HOUSE", 2),
    H("T45", "评价准备阶段", "前期准备", "house", "HOUSE", 1),
    H("T46", "评价实施阶段", "组织实施", "house", "HOUSE", 1),
    H("T47", "报告撰写阶段", "撰写报告", "house", "HOUSE", 1),
    H("T48", "调研地点选取", "调研地点的确定", "house", "HOUSE", 1),
    H("T49", "访谈类型和访谈方式", "访谈形式", "house", "HOUSE", 1),
    H("T50", "评价目的", "评价目标", "house", "HOUSE", 2),
    H("T51", "调查内容", "调查的主要内容", "house", "HOUSE", 1),
    H("T52", "调查对象", "调查的对象", "house", "HOUSE", 1),
    H("T53", "访谈对象", "访谈的对象", "house", "HOUSE", 1),
    H("T54", "访谈内容", "访谈的主要内容", "house", "HOUSE", 1),
    H("T55", "调研内容", "调研的主要内容", "house", "HOUSE", 1),
    H("T56", "调研方式", "调研的方式", "house", "HOUSE", 1),
]


# ------------------------------------------------------------------ reversible normalisations for the check
PCT_POINT = re.compile(r"(\d+(?:\.\d+)?)个百分点")
M_PAREN = re.compile("[" + PAREN + "]")
M_REASON = re.compile(r"([一二三四五六七八九十])是")


def normalise(lines, kinds, sections, heads):
    out = []
    for ln, kind, sec, head in zip(lines, kinds, sections, heads, strict=True):
        ln = PCT_POINT.sub(r"\1%", ln)
        if kind == "annex" and "\t" in ln:
            cells = ln.split("\t")
            for j in (4, 5):
                if j < len(cells):
                    cells[j] = M_PAREN.sub(lambda m: CIRCLED[PAREN.index(m.group(0))], cells[j])
                    cells[j] = M_REASON.sub(lambda m: CIRCLED[CN.index(m.group(1))], cells[j])
            ln = "\t".join(cells)
        elif sec == "analysis" and "\t" not in ln and not head:
            ln = M_REASON.sub(lambda m: CIRCLED[CN.index(m.group(1))], ln)
        out.append(ln)
    return out


HEADING = re.compile(r"^\s*[（(]\s?[一二三四五六七八九十]+\s?[）)]")


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    source = Path(argv[2]) if len(argv) == 3 else SOURCE
    lines = source.read_text(encoding="utf-8").split("\n")
    sections, kinds, _ = classify(lines)
    src = "\n".join(lines)
    assert not PCT_POINT.search(src) and not M_PAREN.search(src)
    for ln, kind, sec in zip(lines, kinds, sections, strict=True):
        if kind == "annex" and "\t" in ln:
            assert not any(M_REASON.search(c) for c in ln.split("\t")[4:6]), ln[:80]
        elif sec == "analysis" and "\t" not in ln and not HEADING.match(ln):
            assert not M_REASON.search(ln), ln[:80]
    new_lines = apply(lines, RULES, "v")
    heads = [bool(HEADING.match(ln)) for ln in lines]
    check(normalise(lines, kinds, sections, heads), normalise(new_lines, kinds, sections, heads), "v", True)
    total = sum(r.applied for r in RULES)
    partial = os.environ.get("REWORD_V_ONLY") or os.environ.get("REWORD_V_SKIP")
    if total < 300 and not partial:
        raise SystemExit(f"reword_v.py: only {total} places rewritten, fewer than 300")
    outdir.mkdir(parents=True, exist_ok=True)
    text_out, table_out = outdir / "sunan-reworded-v.txt", outdir / "rewrites-v.tsv"
    text_out.write_text("\n".join(new_lines), encoding="utf-8")
    rows = ["id\tcategory\tcount\twhere\tbefore (first place)\tafter (first place)\timitates (real phrasing)\tsource"]
    for r in RULES:
        rows.append("\t".join([r.id, r.what, str(r.applied), ",".join(sorted(r.where)),
                               tsv_field(r.example[0])[:300], tsv_field(r.example[1])[:300],
                               tsv_field(r.imitates), SRC[r.src]]))
    rows.append("\t".join(["TOTAL", "", str(total), "", "", "", "", ""]))
    table_out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    changed = sum(1 for a, b in zip(lines, new_lines, strict=True) if a != b)
    print(f"reword_v.py: {total} places rewritten by {len(RULES)} rules, {changed} lines changed; "
          f"wrote {text_out} and {table_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
