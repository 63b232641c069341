#!/usr/bin/env python3
"""Held-out rewording of the reference report (writer Y).

    python3 reword_y.py OUT_DIR [SOURCE]

Writes OUT_DIR/sunan-reworded-y.txt and OUT_DIR/rewrites-y.tsv.

Writer Y is a 华南/西北 county 财政局 / 预算绩效评价中心 writing a 部门整体支出 绩效自评/重点评价 report in the
wording of 广东 (茂名 发改局 整体支出绩效自评报告, 花都 政协 部门整体支出绩效自评表), 安徽/池州 自评表 (天长, 棠溪:
"年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 偏差原因分析及改进措施", "本项目共申请预算资金…共完成预算资金…"),
青神 自评表 ("权重", "总额"), 达州 得分表 ("部门决策(25分)"), the 51dongshi 指标表 ("…扣完为止") and 南县政协
("同比上年度增加…"): scoring rules written condition-first ("若…，则得N分；否则…", "…的，得N分", "…扣完为止"), the
points of an indicator called 权重 (header 权重（分）, level cells "预算执行（权重12分）", 一级 "决策(15分)"), counts of
indicators in Chinese numerals ("四个一级指标、十三个二级指标"), figures with 共计 / 总额 / 较, headings of the 茂名
outline (部门基本情况 / 设置机构及人员情况 / 部门整体支出绩效目标), reasons opening "通过查阅《…》" and ending
"对照评分规则，自评得N分。" (评分表) / "故该指标自评得分N分。" (body).

Every number, ①② mark, 文号, 《title》 and table cell value stays; every defect stays; no scoring rule changes the score
it gives for any case ("扣完为止" is added only where the floor can never bind).  Mechanics: tests/reword/rewordkit.py.

Environment: REWORD_Y_ONLY=ID,ID apply only these rules; REWORD_Y_SKIP=ID,ID leave these out (counts not asserted);
REWORD_Y_DEBUG=1 prints each rule's count.
"""

from __future__ import annotations

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
    either,
    text,
    tsv_field,
)

SOURCE = Path(__file__).resolve().parents[2] / "fixtures" / "sunan-hrss-2024.txt"

SRC = {
    "MAOMING": "https://www.kunmingchi.com/archives/vzpngm2097m5n2ywqbkd.html (广东 2021年茂名市发展和改革局部门整体支出绩效自评报告: 经查阅、核实有关账务及项目等执行情况，填写自评表格，形成本评价报告。现将…自评报告如下; 一、部门基本情况 (一)部门职能 (二)设置机构及人员情况 …设17个内设机构。我局实有编制数63人，2021年末在职人数57人; (四)部门整体支出绩效目标)",
    "HUADU": "https://www.kunmingchi.com/archives/73rxnk2jxxzn4lep6ym4.html (广东 广州市花都区政协 2021年度部门整体支出绩效自评表: 年度部门整体支出规模; 整体绩效目标完成情况; 未能完成原因; 按资金来源)",
    "TANGXI": "http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 (池州 棠溪镇 项目支出绩效自评表 2022: 项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额; 本项目共申请预算资金90万元…本项目共完成预算资金89.97万元; 产出指标(50分); 偏差原因分析及改进措施)",
    "TIANCHANG": "pages corpus (天长市水利局水旱灾害防御股项目支出绩效自评, 2023-12-05): 年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分; 偏差原因分析及改进措施; 一级指标分值统一设置为:产出指标50分、效益指标30分…; 总分 100 100",
    "QINGSHEN": "https://www.scqs.gov.cn/info/13206/211004.htm (青神县发改局 部门预算项目支出绩效自评表 2023: 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因; 总额; 预算执行率=预算执行数/调整后预算数)",
    "DAZHOU": "http://nyj.dazhou.gov.cn/xxgk-show-16453.html (达州 部门整体支出绩效评价得分表: 部门决策(25分) | 目标任务(15分) | 相关性(5分); 一级 指标 | 二级 指标 | 三级指标 | 分值 | 得分)",
    "51DS": "https://m.51dongshi.net/eedfrcvdvdcgg.html (部门整体支出绩效评价指标表: 以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告 2022: 收入:792.22万元。同比上年度增加189.25万元…其中:财政拨款收入792.22万元)",
    "WANGLU17": "https://wanglu.net/thread/t12-491155-4.html (2017年部门整体支出绩效评价得分表 / 自评: 本部门对2017年整体支出开展绩效自评，自评得分90分，存在的问题:一是…下一步改进措施:一是…)",
    "JJGT": "http://www.jjgaote.com/zwgk/xzfxxgkml/czxx/201906/t20190624_1160711.html (县发改局部门整体支出绩效评价报告 2019: 评价小组 组长/副组长/成员; 1.1部门职责概述 1.2部门支出描述; 5.1绩效评价得分 5.2存在绩效问题 6.2建议)",
    "HOUSE": "house wording of writer Y as set by the brief (condition-first rules 若…，则得…分 / …的，得…分；否则… / 满分…分，…扣完为止; Chinese-numeral counts; 共计 / 总额 / 较): no published page with these exact words was found in the pages corpus",
}

N = r"(\s?\d+(?:\.\d+)?\s?)"
CNUM = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十"}


def cn(n: str) -> str:
    v = int(n.strip())
    if v <= 10:
        return CNUM[v]
    t, u = divmod(v, 10)
    return ("" if t == 1 else CNUM[t].replace("两", "二")) + "十" + ("" if u == 0 else CNUM[u].replace("两", "二"))


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict):
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER = {"指标解释": "指标内涵及说明", "评分标准": "评分规则", "得分原因": "自评情况及偏差原因", "得分": "自评得分",
                "三级指标": "三级指标（权重）"}
IND_HEADER = {"分值": "权重（分）", "得分": "自评得分", "得分率%": "得分比例（%）"}
BUDGET_HEADER = {"财政拨款收入 (元)": "年度资金总额（元）", "小计(元)": "分类小计（元）", "人员经费支出 (元)": "人员经费（元）",
                 "商品和服务支出 (元)": "日常公用经费（元）", "支出明细": "支出科目",
                 "部门基本资金支出": "基本支出执行情况", "项目": "项目支出执行情况",
                 "下达资金": "全年预算数", "支出金额": "全年执行数",
                 "项目名称": "支出科目", "项目支出明细": "支出科目"}
SUMMARY_LABEL = {"预算安排资金": "全年预算数", "实际到位资金": "资金到位数", "实际支出资金": "全年执行数",
                 "结转结余资金": "结转结余数", "预算执行率": "执行率", "评价得分": "自评得分",
                 "评价等级": "评价等次", "其中：财政拨款收入": "其中：本年财政拨款",
                 "项目名称": "评价对象", "评价类型": "评价方式",
                 "委托评价单位": "委托单位", "评价机构名称": "评价机构", "评价对象名称": "评价内容",
                 "实施目的": "评价目的", "年度绩效目标": "部门整体支出绩效目标", "评价办法": "评价方法",
                 "数据采集及处理办法": "资料收集及处理", "绩效评价工作过程": "工作步骤",
                 "综合评价结论": "评价结论", "绩效分析": "各一级指标得分比例", "资金情况 (万元)": "年度资金总额（万元）",
                 "绩效评价指标体系": "评价指标及权重", "评价范围": "评价对象及范围", "评价依据": "政策依据",
                 "指标": "一级指标", "得分率": "得分比例"}

ANNEX_RULE = cell("annex", 4)
ANNEX_REASON = cell("annex", 5)
REASON_OR_BODY = either(text("analysis"), cell("annex", 5))


# ------------------------------------------------------------------ element rules
def element_rule(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> condition-first wording; still p points for each
    element met, weights kept."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    zero = z == "得0分"
    v = k % 3
    if v == 0:
        tail = f"则该项得{sp}0{sp}分" if zero else "则该项不得分"
        return f"以上要素权重各为{sp}{w}，若符合，则每项得{sp}{p}{sp}分；若不符合，{tail}"
    if v == 1:
        tail = f"否则该项得{sp}0{sp}分" if zero else "否则该项不得分"
        return f"各要素权重均为{sp}{w}，符合要求的，每项得{sp}{p}{sp}分；{tail}"
    tail = f"未达到的得{sp}0{sp}分" if zero else "未达到的不得分"
    return f"按要素逐项评分（各要素权重{sp}{w}），若要素达到要求，则得{sp}{p}{sp}分，{tail}"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if lead in ("，", "；"):
            lead = "。"
        if style == "annex":
            return f"{lead}对照评分规则，自评得{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}故该指标自评得分{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    return (f"此次绩效评价共设置{cn(n1)}个一级指标，下设{cn(n2)}个二级指标、{cn(n3)}个三级指标，其中决策({d}分，权重{dw})、"
            f"过程({p}分，权重{pw})、产出({o}分，权重{ow})、效益({e}分，权重{ew})")


def decl_abstract(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系由决策、过程、产出、效益{cn(n1)}个一级指标构成，下设{cn(n2)}个二级指标、{cn(n3)}个三级指标；"
            f"一级指标分值统一设置为：决策{d}分、过程{p}分、产出{o}分、效益{e}分，满分共计{full}分。")


def grades(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    return (f"若得分在{a}（含）-{b}分，则评为优；若在{c}（含）-{d}分，则评为良；"
            f"若在{e}（含）-{f}分，则评为中；若低于{g}分，则评为差")


def level_abs(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"{lvl}类一级指标下设{cn(n2)}个二级指标、{cn(n3)}个三级指标，重点考察{focus}，该一级指标自评得分{score}分。"


def level_names(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)
    return f"“{lvl}”一级指标下设{cn(n2)}个二级指标（{two}）、{cn(n3)}个三级指标（{three}）{stop}"


def alloc(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    parts = "、".join(f"“{a}”权重{sp}{st(b)}{sp}分" for a, b in pairs)
    return f"“{lvl}”满分{sp}{st(total)}{sp}分，按与{lvl}指标关联度的大小{extra}分配：{parts}。"


def level_cell(m: re.Match, k: int) -> str:
    name, num = m.group(1), m.group(2)
    name = re.sub(r"\s", "", name)
    if len(name) == 2:                       # 一级: "决策(15分)" as 达州 "部门决策(25分)"
        return f"{name}({num}分)"
    return f"{name}（权重{num}分）"


CAP = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}

RULES: list[Rule] = [
    # ============================================================ table headers and row labels
    R("H01", "table header", cell("annex", 2, 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER)) + r")$", hmap(ANNEX_HEADER),
      "权重 | 得分 | 原因 (青神 自评表); 偏差原因分析及改进措施 (天长) -> 三级指标（权重） | 指标内涵及说明 | 评分规则 | 自评情况及偏差原因 | 自评得分", "QINGSHEN", None),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER)) + r")$", hmap(IND_HEADER),
      "权重 | 得分 (青神) -> 权重（分） | 自评得分 | 得分比例（%）", "QINGSHEN", None),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER)) + r")$", hmap(BUDGET_HEADER),
      "年度资金总额 | 全年预算数 | 全年执行数 (棠溪 自评表)", "TANGXI", None),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "人数", "比例": "占比"}[m.group(0)], "house", "HOUSE", None),
    R("H05", "table header", cell("team", 0, 2, 3, header=True), r"^(?:名称|职称|主要职责)$",
      lambda m, k: {"名称": "组内职务", "职称": "职称等级", "主要职责": "工作分工"}[m.group(0)],
      "评价小组 组长/副组长/成员 (县发改局 评价报告)", "JJGT", 3),
    R("H06", "table label", cell("summary", 0, 1, 3, 4, 5),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL)) + r")$", hmap(SUMMARY_LABEL),
      "年初预算数 全年预算数 全年执行数 执行率; 年度资金总额; 其中:本年财政拨款 (棠溪/天长); 部门整体支出绩效目标 (茂名)", "TANGXI", None),
    R("H07", "total row", cell("ind", 0, 1, 2), r"^合计$", lambda m, k: "小计", "house", "HOUSE", 4),
    R("H08", "total row", cell("t4", 0), r"^合计$", lambda m, k: "总计", "house", "HOUSE", 1),
    R("H09", "total row", cell("budget", 0), r"^合计$", lambda m, k: "总额", "总额 | 238.93 | 251.89 (青神)", "QINGSHEN", None),
    R("W01", "level worth", either(cell("annex", 0, 1, 2), cell("ind", 0, 1)),
      r"^(\S[^（()]*?)\s?[（(]\s?(\d+)\s?[）)]\s*$", level_cell,
      "部门决策(25分) | 目标任务(15分) (达州); 权重 (青神) -> 决策(15分); 预算执行（权重12分）", "DAZHOU", None),
    R("W02", "level worth", cell("annex", 2), r"^\((\d)\)$", r"（权重\1分）", "权重 (青神)", "QINGSHEN", 1),

    # ============================================================ figure sentences: funds
    R("F01", "figure", text("body"),
      r"^(2024)年部门一般公共预算财政拨款收入(4901\.44)万元，实际收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。（详见表(1)）$",
      r"\1年，部门一般公共预算财政拨款收入预算\2万元，全年实际收入共计\3万元，较预算有所增加。截至\4年12月31日，部门全年支出总额\5万元，其中：\6年基本支出\7万元，\8年项目支出\9万元；预算执行率为\10（详见表\11）。",
      "收入:792.22万元。同比上年度增加189.25万元 (南县政协): 共计 / 总额 / 较", "NXZX", 1),
    R("F02", "figure", text("abstract"),
      r"^(2024)年部门一般公共预算财政拨款收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。$",
      r"\1年部门一般公共预算财政拨款收入共计\2万元；截至\3年12月31日，全年支出总额\4万元，其中\5年基本支出\6万元、\7年项目支出\8万元，执行率\9。",
      "收入:792.22万元…其中:财政拨款收入792.22万元 (南县政协)", "NXZX", 1),
    R("F03", "figure", text("body"), r"^截至 (2024) 年 12 月 31 日，部门全年项目共支出 (6005\.58) 万元。（详见表 (2)）$",
      r"截至 \1 年 12 月 31 日，部门项目支出共计 \2 万元（详见表 \3）。", "house: 共计", "HOUSE", 1),
    R("F04", "figure", either(text("body"), cell("summary", 1)),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局) (2024) 年部门整体支出，涉及财政预算资金 (6847\.87) 万元。$",
      r"本次评价对象为\1 \2 年部门整体支出，年度部门整体支出规模 \3 万元。", "年度部门整体支出规模 (花都 自评表)", "HUADU", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金 (6847\.87) 万元。$",
      r"年部门财政预算整体支出，资金总额 \1 万元。", "年度资金总额 (棠溪)", "TANGXI", 1),
    R("F06", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，基本支出预算执行率为",
      r"\1年肃南县人力资源和社会保障局基本支出共申请全年预算资金\2万元，共完成执行\3万元，基本支出预算执行率为",
      "本项目共申请预算资金90万元 … 本项目共完成预算资金89.97万元 (棠溪)", "TANGXI", 2),
    R("F07a", "figure", ANNEX_REASON,
      r"(\d{4})年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，项目支出预算执行率为",
      r"\1年肃南县人力资源和社会保障局项目支出共申请全年预算资金\2万元，共完成执行\3万元，项目支出预算执行率为",
      "(棠溪)", "TANGXI", 1),
    R("F07b", "figure", text("analysis"),
      r"(\d{4}\s?)年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"\1年肃南县人力资源和社会保障局项目支出共申请全年预算资金\2万元，共完成执行", "(棠溪)", "TANGXI", 1),
    R("F07c", "figure", text("analysis"), r"^为" + N + r"万元，项目支出预算执行率为",
      r"\1万元，项目支出预算执行率为", "(棠溪)", "TANGXI", 1),
    R("F08", "figure", REASON_OR_BODY,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"(万元|元)，预算调整数为" + N + r"(万元|元)，预算调整率为",
      r"全年收入预算数\1万元，全年收入决算数共计\2\3，较预算调整\4\5，预算调整率为", "同比上年度增加… (南县政协): 较", "NXZX", 2),
    R("F09", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，“三公”经费控制率为",
      r"\1年度“三公”经费全年预算数\2万元，全年执行数共计\3万元，“三公”经费控制率为", "全年预算数 全年执行数 (天长)", "TIANCHANG", 2),
    R("F10", "figure", REASON_OR_BODY, r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目全年预算数\2万元，结余资金总额\1万元，资金结余率为", "house: 总额, budget first", "HOUSE", 2),
    R("F11", "figure", REASON_OR_BODY, r"本部门(\s?\d{4}\s?)年政府预算采购支出总额" + N + r"万",
      r"本部门\1年政府采购预算总额\2万", "house", "HOUSE", 2),
    R("F12", "figure", REASON_OR_BODY, r"实际采购支出" + N + r"万元，政府采购执行率为",
      r"全年实际采购共计\1万元，政府采购执行率为", "house: 共计", "HOUSE", 2),
    R("F13", "figure", REASON_OR_BODY, r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"项目支出总额\1万元，部门\2年重点项目包括", "house: 总额", "HOUSE", 1),
    R("F14", "figure", ANNEX_REASON, r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，部门\2年重点项目包括", "house", "HOUSE", 1),
    R("F15", "figure", REASON_OR_BODY, r"，重点支出安排率(\d+(?:\.\d+)?%)，", r"，重点支出安排率达\1，",
      "house", "HOUSE", 2),
    R("F17", "figure", REASON_OR_BODY, r"完成目标任务(\s?)(\d+)(\s?)(人|万元)的(\s?)(\d+(?:\.\d+)?%)",
      r"达到目标任务\1\2\3\4的\5\6", "house", "HOUSE", None),
    R("F18", "figure", REASON_OR_BODY, r"参保达(\s?\d+\s?)人", r"参保人数共计\1人", "house: 共计", "HOUSE", None),
    R("F19", "figure", REASON_OR_BODY, r"全年共受理调解劳动人事争议案件(\s?\d+\s?)件，结案率达",
      r"全年受理调解劳动人事争议案件共计\1件，结案率为", "house: 共计", "HOUSE", 2),
    R("F20", "figure", REASON_OR_BODY, r"全年线下共接到劳资纠纷案件(\s?\d+\s?)起，协调处理(\s?\d+\s?)起",
      r"全年线下接到劳资纠纷案件共计\1起，已协调处理\2起", "house: 共计", "HOUSE", 2),
    R("F21", "figure", REASON_OR_BODY, r"全年共为(\s?\d+\s?)名人员发放养老保险待遇",
      r"全年发放养老保险待遇人员共计\1名", "house: 共计", "HOUSE", 2),
    R("F22", "figure", REASON_OR_BODY, r"全年住院基本医疗报销(\s?\d+\s?)人次，报销金额",
      r"全年住院基本医疗报销共计\1人次，报销总额", "house: 共计 / 总额", "HOUSE", 2),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年12月31日，在职人员(\d+)名。",
      r"单位核定编制数\1名，截至\2年12月31日在职人数\3名。",
      "我局实有编制数63人，2021年末在职人数57人 (茂名)", "MAOMING", 1),
    R("P02", "figure", REASON_OR_BODY,
      r"核定人员编制(\d+)名，截至(2024)年12月31日，在职人员(\d+)人。在职人员控制率为",
      r"核定编制数\1名，截至\2年12月31日在职人数\3人，在职人员控制率为",
      "实有编制数63人，2021年末在职人数57人 (茂名)", "MAOMING", 2),
    R("P03", "figure", REASON_OR_BODY,
      r"编制实有(\d+)人，截至(2024)年12月31日，在职人员(\d+)名，无临聘人员，临聘人员控制率为",
      r"实有编制数\1人，截至\2年12月31日在职人数\3名，未聘用临聘人员，临聘人员控制率为", "(茂名)", "MAOMING", 2),
    R("P04", "figure", text("body"), r"，为正科级，下设四个职能科室，分别是", "，为正科级单位，设四个内设机构，即",
      "设17个内设机构 (茂名)", "MAOMING", 1),

    # ============================================================ survey
    R("V01", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷共设置 \1 道单项选择题，每题满分 \2 分：若选 A，则得 \3 分；若选 B，则得 \4 分；若选 C，则得 \5 分；若选 D，则得 \6 分。论述题不计分，问卷满分共计 \7 分。",
      "house: 若…，则得…分", "HOUSE", 1),
    R("V02", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"综合满意率=问卷实际得分总额÷问卷满分总额×\1", "house: 总额", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标满分 \1 分：若综合满意率达到 \2以上，则得满分；若在 \3—\4之间，则每降低 \5%扣 \6 分；若低于 \7，则不得分。",
      "house: 若…，则… ; 满分…分", "HOUSE", 1),
    L("V04", "survey", text("survey"), "得分标准设置：", "计分办法：", "house", "HOUSE", 1),
    L("V06", "survey", text("survey"), "(2) 满意率计算", "(2) 综合满意率", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(3) 评价标准", "(3) 评分规则", "house", "HOUSE", 1),
    R("V08", "survey", text("survey"), r"\[单选题\]", lambda m, k: "（单选）", "house", "HOUSE", None),
    R("V09", "survey", text("survey"), r"^第(\d+)题 ", r"第\1题、", "house", "HOUSE", None),
    R("X25", "paragraph", text("body"), r"^(\(|（)(\d)(\)|）)\s?(成本效益分析法|比较法|因素分析法|最低成本法|公众评判法|标杆管理法)。是指",
      r"\1\2\3 \4，即", "house", "HOUSE", 6),
    R("X31", "paragraph", text("body"), r"^(\(|（)(\d)(\)|）)\s?(计划标准|行业标准|历史标准)。指",
      r"\1\2\3 \4，即", "house", "HOUSE", None),
    L("V10", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "调查对象为肃南裕固族自治县人社局内部工作人员，按科室及下属单位属性随机抽取，抽取人数占样本总量的60%。",
      "house", "HOUSE", 1),
    L("V11", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷由评价机构统一发放、统一回收，以保证问卷质量。", "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl, "部门决策(25分) (达州); 权重 (青神); counts in Chinese numerals (brief)", "DAZHOU", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果采取评分与评级相结合的方式，满分共计\1分，等级分为四个档次：", "house: 共计", "HOUSE", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades, "house: 若…，则评为…", "HOUSE", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract, "一级指标分值统一设置为:产出指标50分、效益指标30分… (天长)", "TIANCHANG", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      lambda m, k: f"指标体系共设计{cn(m.group(1))}个一级指标，以下逐一分析。", "house: Chinese numerals", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      lambda m, k: f"“决策”一级指标下设{cn(m.group(1))}个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      lambda m, k: f"级指标（{m.group(1)}）、{cn(m.group(2))}个三级指标（{m.group(3)}）{m.group(4)}", "house", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_names, "house: Chinese numerals", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc, "权重 (青神): 二级 points called 权重", "QINGSHEN", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs, "自评得分90分 (网录 2017 自评)", "WANGLU17", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      lambda m, k: f"效益类一级指标下设{cn(m.group(1))}个二级指标、{cn(m.group(2))}个三级指标，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，该一级指标自评得分 \1 分。", "自评得分 (网录)", "WANGLU17", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP[m.group(2)]}指标权重及自评得分", "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：部门整体支出绩效自评得分汇总", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出执行情况表", "house", "HOUSE", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出执行情况表", "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价小组成员", "评价小组 (县发改局)", "JJGT", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "自评得分汇总见表4，各指标评分明细见附件1。", "house", "HOUSE", 1),
    R("D18", "declaration", text("analysis"),
      r"^按照绩效评价相关性原则要求，二级指标，三级指标的设计与一级指标具有密切相关性。",
      "按相关性原则，二级、三级指标均围绕一级指标设计。", "house", "HOUSE", 1),
    R("D19", "declaration", text("analysis"), r"（详见表\s?(\d)）", r"（见表\1）", "house", "HOUSE", 4),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经评价，\1年\2自评得分\3分，评价等次为“优”。", "自评得分90分 (网录 2017)", "WANGLU17", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。",
      "本次评价自评得分共计97分，等次为“优”。", "(网录 2017)", "WANGLU17", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经综合评定，得分共计 97 分。", "house", "HOUSE", 1),
    R("O04", "score sentence", text("body"),
      r"^评审组通过数据采集、问卷调查及访谈，根据部门实际情况，客观公正地对(肃南县人力资源和社会保障局)部门整体支出进行评价，",
      r"评价小组经查阅、核实有关账务及项目执行情况，结合问卷调查及访谈，对\1部门整体支出进行了客观公正的评价，",
      "经查阅、核实有关账务及项目等执行情况 (茂名)", "MAOMING", 1),

    # ============================================================ scoring rules (评分规则 column)
    R("R01", "scoring rule", ANNEX_RULE,
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule, "house: 若符合，则每项得p分；…的，得p分；否则…", "HOUSE", 21),
    R("R02", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"若\1人员控制率≤100%，则得2分；否则得0分。", "以100%为标准。在职人员控制率≦100%,计5分 (51dongshi) -> 若…，则…", "51DS", 2),
    R("R03", "scoring rule", ANNEX_RULE, r"重点支出安排率\s?(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"若重点支出安排率\1，则得2分；若在60%—80%之间，则每降低1%扣0.1分，扣完为止；若低于60%，则得0分。",
      "每超过一个百分点扣0.5分,扣完为止 (51dongshi)", "51DS", 1),
    R("R04", "scoring rule", ANNEX_RULE, r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"得分=\1×权重分。", "权重 (青神)", "QINGSHEN", 4),
    L("R05", "scoring rule", ANNEX_RULE,
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "若预算调整率=0%，则得满分；每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，扣完为止；若超过10%，则不得分。",
      "…扣完为止 (51dongshi)", "51DS", 1),
    L("R06", "scoring rule", ANNEX_RULE,
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "若“三公”经费控制率在70%—100%之间，则得1分；若超出100%，则每增加1%扣0.1分，扣完为止；超过10%的，不得分。",
      "“三公经费”变动率≦0,计8分;…每超过一个百分点扣0.8分,扣完为止 (51dongshi)", "51DS", 1),
    L("R07", "scoring rule", ANNEX_RULE,
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "若项目资金结余率=0%，则得满分；每增加1%扣0.1分，扣完为止；超过10%的，不得分。",
      "…扣完为止 (51dongshi)", "51DS", 1),
    R("R08", "scoring rule", ANNEX_RULE,
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。",
      r"若综合满意率达到 \1以上，则得满分；若在 \2—\3之间，则每降低 \4%扣 \5 分；若低于 \6，则不得分。",
      "house: 若…，则…", "HOUSE", 1),
    R("R09", "scoring rule", ANNEX_RULE, r"本年(基本|项目)支出预算执行率= \(本年度\1支出执行数/本年度\1支出预算数\) \*100%",
      r"本年\1支出预算执行率=本年度\1支出全年执行数÷本年度\1支出全年预算数×100%", "全年执行数(B)/全年预算数(A) (天长)", "TIANCHANG", 2),
    R("R11", "scoring rule", ANNEX_RULE, r"。得 3 分。严格控制在政策标准范围达标率为 (90%)以上为满 ?$",
      r"。得 3 分。若严格控制在政策标准范围内的达标率在 \1以上，则为满", "house", "HOUSE", 1),
    R("R12", "scoring rule", ANNEX_RULE, r"^分，(\d+%)-(\d+%)得2分，(\d+%)以下不得分。",
      r"分；若在\1-\2之间，则得2分；若在\3以下，则不得分。", "house", "HOUSE", 1),
    R("R13", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率=（([^）]*)/([^）]*)）\*100%。",
      r"\1人员控制率=\2÷\3×100%。", "house", "HOUSE", 2),
    R("R14", "scoring rule", ANNEX_RULE, r"(^|<p>)重点支出安排率=（重点项目支出/项目总支出）\*100%。",
      r"\1重点支出安排率=重点项目支出÷项目总支出×100%。", "house", "HOUSE", 1),
    R("R15", "scoring rule", ANNEX_RULE, r"预算调整率=\(预算调整数/预算数\)\*100%。", "预算调整率=预算调整数÷预算数×100%。", "house", "HOUSE", 1),
    R("R19", "scoring rule", ANNEX_RULE, r"通过调查问卷方式对部门工作进行评测，", "采用问卷调查方式测评部门工作，", "house", "HOUSE", 1),

    # ============================================================ 指标内涵 column
    R("I01", "indicator text", cell("annex", 3), r"^主要考察", lambda m, k: "本指标考察", "house", "HOUSE", None),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", ANNEX_REASON, ENDING, ending("annex"), "house: 对照评分规则，自评得N分", "HOUSE", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending("body"), "自评得分90分 (网录) -> 故该指标自评得分N分", "WANGLU17", 34),

    # ============================================================ reasons: openings
    R("G01", "reason", REASON_OR_BODY, r"(^|。|\s|<p>)根据(?=《)", r"\1通过查阅", "经查阅、核实有关账务 (茂名)", "MAOMING", None),
    R("G02", "reason", REASON_OR_BODY, r"(^|。)根据现场调研查看，", r"\1经实地查看，", "house", "HOUSE", 2),
    R("G02b", "reason", REASON_OR_BODY, r"(^|。)根据现场调研对部门相关档案查询，", r"\1经调取部门相关档案核实，", "经查阅、核实 (茂名)", "MAOMING", 2),

    # ============================================================ other paragraphs
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"受\1委托，\2于\3年\4-\5月对“\6”开展绩效评价，经查阅、核实有关账务及项目执行情况，形成本评价报告。现将评价情况报告如下：",
      "经查阅、核实有关账务及项目等执行情况，填写自评表格，形成本评价报告。现将…报告如下 (茂名)", "MAOMING", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "评价主要采用成本效益分析法、因素分析法、比较法及公众评判法。", "house", "HOUSE", 2),
    R("X03", "paragraph", text("abstract"),
      r"^本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。$",
      "评价工作共分四个阶段：前期调研、制定方案、组织实施、撰写报告。", "house", "HOUSE", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "运用因素分析法和对比分析法，对每一项指标逐项对照评价要素核实完成情况，分析偏差原因，计算自评得分。",
      "偏差原因分析 (天长)", "TIANCHANG", 3),
    R("X05", "paragraph", text(), r"(?<!专家)(?<!绩效评价)评审组", lambda m, k: "评价小组", "评价小组 (县发改局)", "JJGT", None),
    L("X06", "paragraph", cell("summary", 1),
      "信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。",
      "通过文本收集、现场调研、深度访谈、问卷调查等方式收集资料，采取定性与定量分析相结合的方法处理数据。", "house", "HOUSE", 1),
    R("X08", "paragraph", text(), r"取得了一定成效，但在绩效管理和预算(安排|执行)方面还有一些不足，主要问题如下：$",
      r"取得了一定成效，但绩效管理和预算\1方面仍存在不足，具体如下：", "house", "HOUSE", 2),
    R("X09", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门绩效管理工作不到位的问题。",
      r"一是\1部门绩效管理工作不到位。", "存在的问题:一是… (网录 2017)", "WANGLU17", 2),
    R("X10", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门年度资金安排不够细致的问题。",
      r"二是\1部门年度资金安排不够细致。", "二是… (网录 2017)", "WANGLU17", 2),
    R("X11", "paragraph", text(), r"在本次评价中，未发现(肃南县人力资源和社会保障局)设置部门整体支出绩效目标表，未发现对项目进行中期的绩效检查，",
      r"经查阅，\1未设置部门整体支出绩效目标表，也未对项目开展中期绩效检查，", "经查阅 (茂名)", "MAOMING", 2),
    R("X12", "paragraph", text(), r"在本次评价中发现(肃南县人力资源和社会保障局)年度资金未作明确安排，",
      r"经核实，\1年度资金未作明确安排，", "核实 (茂名)", "MAOMING", 2),
    R("X13", "paragraph", text(), r"^针对部门绩效管理工作不到位的问题，建议部门加强资金预算绩效管理，",
      "下一步改进措施：一是加强资金预算绩效管理，", "下一步改进措施:一是… (网录 2017)", "WANGLU17", 2),
    R("X14", "paragraph", text(), r"^结合肃南县人社工作实际需求和发展规划，提前对年度工作任务进行梳理，",
      "二是结合肃南县人社工作实际需求和发展规划，提前梳理年度工作任务，", "二是… (网录 2017)", "WANGLU17", 2),
    R("X15", "paragraph", text(), r"^被评价部门（单位）的责任是提供与形成本绩效评价报告相关的基础工作材料和资金财务核算资料，并对其真实性、合法性、完整性负责。$",
      "被评价部门（单位）负责提供形成本报告所需的基础工作材料和资金财务核算资料，并对资料的真实性、合法性、完整性负责。",
      "house", "HOUSE", 2),
    R("X16", "paragraph", text(), r"^(2024) 年，全县人力资源和社会保障工作将按照省市人社部门工作要求，",
      r"\1 年，全县人力资源和社会保障工作按照省市人社部门部署，", "house", "HOUSE", 1),
    R("X17", "paragraph", text(), r"主要职责是：$", "部门职能如下：", "(一)部门职能 (茂名)", "MAOMING", 2),
    R("X18", "paragraph", text("body"), r"肃南县人力资源和社会保障局聘请北京君和志同管理咨询有限公司，对肃南县人力资源和社会保障局2024年部门整体资金使用过程及效果开展预算绩效评价工作。",
      "受肃南县人力资源和社会保障局委托，北京君和志同管理咨询有限公司对该局2024年部门整体支出开展绩效评价，现将评价情况报告如下：",
      "现将…自评报告如下 (茂名)", "MAOMING", 1),
    R("X19", "paragraph", text("body"), r"^评价小组拟采用现场评价和非现场评价相结合的方式，",
      "评价小组采用现场评价与非现场评价相结合的方式，", "house", "HOUSE", 1),
    R("X21", "paragraph", text(), r"^本次评价主要是对(肃南县人力资源和社会保障局)部门整体",
      r"本次评价的对象是\1部门整体", "house", "HOUSE", 2),
    R("X22", "paragraph", text(), r"^本次评价本着问题导向、系统评价、科学客观、讲求绩效的原则，",
      "评价坚持问题导向、系统评价、科学客观、讲求绩效原则，", "house", "HOUSE", 1),
    R("X23", "paragraph", text(), r"，特制订本(调查问卷|调研方案)。", r"，制定本\1。", "house", "HOUSE", 2),
    R("X24", "paragraph", text(), r"^绩效评价标准通常包括计划标准、行业标准、历史标准等，用于对绩效指标完成情况进行比较。$",
      "评价标准一般包括计划标准、行业标准、历史标准等，用以衡量绩效指标完成情况。", "house", "HOUSE", 1),
    R("X26", "paragraph", text(), r"^1、绩效评价指标体系中，受被评价部门行业特殊性的限制，",
      "1、受被评价部门行业特殊性限制，评价指标体系中", "house", "HOUSE", 2),
    R("X27", "paragraph", text(), r"^3、提示报告使用者注意事项的说明：", "3、报告使用注意事项：", "house", "HOUSE", 2),
    R("X28", "paragraph", text("body"), r"^根据肃南县人力资源和社会保障局行业特点，组建专家评审组，",
      "结合肃南县人力资源和社会保障局行业特点，组建专家评审组，", "house", "HOUSE", 1),
    R("X29", "paragraph", text("body"), r"^按照既定评价工作安排，", "按照评价工作方案，", "house", "HOUSE", 1),
    R("X30", "paragraph", cell("summary", 0), r"^\(一\) 决策方面 1\. 部门预算绩效管理工作不到位。 \(二\) 过程方面 1\. 部门年度资金安排不完善。$",
      "(一) 决策方面 1. 部门预算绩效管理工作未到位。 (二) 过程方面 1. 部门年度资金安排不够完善。", "house", "HOUSE", 1),

    # ============================================================ headings
    H("T01", "部门概况", "部门基本情况", "一、部门基本情况 (茂名)", "MAOMING", None),
    H("T03", "部门预算安排及执行情况", "部门整体支出规模及执行情况", "年度部门整体支出规模 (花都)", "HUADU", None),
    H("T04", "部门资金使用情况", "整体支出执行情况", "house", "HOUSE", None),
    H("T05", "部门组织管理", "设置机构及人员情况", "(二)设置机构及人员情况 (茂名)", "MAOMING", None),
    H("T06", "部门年度绩效目标", "部门整体支出绩效目标", "(四)部门整体支出绩效目标 (茂名)", "MAOMING", None),
    H("T07", "绩效评价工作开展情况", "评价工作开展情况", "house", "HOUSE", None),
    H("T08", "绩效评价目的、对象和范围", "评价目的、对象及范围", "house", "HOUSE", None),
    H("T13", "评价指标体系", "评价指标及权重", "权重 (青神)", "QINGSHEN", None),
    H("T15", "绩效评价依据", "评价依据", "house", "HOUSE", None),
    H("T16", "绩效评价工作过程", "评价工作步骤", "house", "HOUSE", None),
    H("T17", "综合评价情况及评价结果", "整体绩效目标完成情况", "整体绩效目标完成情况 (花都)", "HUADU", None),
    H("T18", "综合评价情况及评价结论", "整体绩效目标完成情况", "(花都)", "HUADU", None),
    H("T19", "综合评价情况", "综合评价", "house", "HOUSE", None),
    H("T20", "评价结果", "自评得分及等次", "自评得分 (网录)", "WANGLU17", None),
    H("T21", "绩效评价指标分析", "各项指标自评情况", "house", "HOUSE", None),
    H("T22", "部门决策情况分析", "决策指标自评情况", "house", "HOUSE", None),
    H("T23", "部门过程情况分析", "过程指标自评情况", "house", "HOUSE", None),
    H("T24", "部门产出情况分析", "产出指标自评情况", "house", "HOUSE", None),
    H("T25", "部门效益情况分析", "效益指标自评情况", "house", "HOUSE", None),
    H("T26", "评价指标相关性分析、指标设计和分值设计", "指标设置及权重", "house", "HOUSE", None),
    H("T27", "指标评分结果分析", "各指标得分及偏差原因", "偏差原因分析 (天长)", "TIANCHANG", None),
    H("T28", "存在的主要问题及原因分析", "存在问题及未能完成原因", "未能完成原因 (花都)", "HUADU", None),
    H("T29", "存在的问题", "存在绩效问题", "5.2存在绩效问题 (县发改局)", "JJGT", None),
    H("T30", "有关建议", "改进措施", "改进措施 (青神 / 网录)", "WANGLU17", None),
    H("T31", "相关建议", "改进措施", "(网录)", "WANGLU17", None),
    H("T32", "部门主要做法及经验", "经验做法", "6.1经验教训 (县发改局)", "JJGT", None),
    H("T33", "社会调查方案", "满意度调查方案", "house", "HOUSE", None),
    H("T37", "其他需要说明的问题", "需要说明的事项", "4.需要说明事项 (县发改局)", "JJGT", None),
    H("T38", "关于评价方所取部门资料的说明", "资料来源说明", "house", "HOUSE", None),
    H("T39", "关于影响本部门绩效评价局限性的说明", "绩效评价的局限性", "2.3绩效评价的局限性 (县发改局)", "JJGT", None),
    H("T40", "部门职能及资金使用", "部门职能及整体支出", "house", "HOUSE", None),
    R("T43", "heading", text("abstract"), r"^（([一二三四])）项目(决策|过程|产出|效益)$", r"（\1）\2指标", "house", "HOUSE", 4),
    H("T44", "评价对象和范围", "评价对象及范围", "house", "HOUSE", None),
    H("T50", "评价目的", "评价目的", "house", "HOUSE", None),
]
RULES = [r for r in RULES if r.id != "T50"]


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    source = Path(argv[2]) if len(argv) == 3 else SOURCE
    lines = source.read_text(encoding="utf-8").split("\n")
    new_lines = apply(lines, RULES, "y")
    check(lines, new_lines, "y", True)
    total = sum(r.applied for r in RULES)
    outdir.mkdir(parents=True, exist_ok=True)
    text_out, table_out = outdir / "sunan-reworded-y.txt", outdir / "rewrites-y.tsv"
    text_out.write_text("\n".join(new_lines), encoding="utf-8")
    rows = ["id\tcategory\tcount\twhere\tbefore (first place)\tafter (first place)\timitates (real phrasing)\tsource"]
    for r in RULES:
        rows.append("\t".join([r.id, r.what, str(r.applied), ",".join(sorted(r.where)),
                               tsv_field(r.example[0])[:300], tsv_field(r.example[1])[:300],
                               tsv_field(r.imitates), SRC[r.src]]))
    rows.append("\t".join(["TOTAL", "", str(total), "", "", "", "", ""]))
    table_out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    changed = sum(1 for a, b in zip(lines, new_lines, strict=True) if a != b)
    print(f"reword_y.py: {total} places rewritten by {len(RULES)} rules, {changed} lines changed; "
          f"wrote {text_out} and {table_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
