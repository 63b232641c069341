#!/usr/bin/env python3
"""Held-out rewording of the reference report (writer X).

    python3 reword_x.py OUT_DIR [SOURCE]

Writes OUT_DIR/sunan-reworded-x.txt and OUT_DIR/rewrites-x.tsv.

Writer X is a 华北/东北 会计师事务所 (河北/辽宁/山西 firms doing 财政重点绩效评价 for a 市财政局) writing in a formal
audit register: "经评价，…", "评价组认为", "经核查"; the 评分表 headers 指标说明 / 评分要点 / 扣分依据 / 评分结果, the
per-一级 tables 指标权重 / 评分结果 / 得分比例（%）; level worths written as weights ("决策（权重15%）",
"目标设定（权重9%）") and 三级 worths "（3分）"; budget tables in 决算 words (工资福利及对个人和家庭的补助 /
日常公用经费 / 经济科目 / 指标下达数 / 决算支出数 / 功能科目名称, total rows 金额合计); figure sentences in 决算 wording
("预算数…，决算数…", "收、支总计各是…"); scoring rules "按…计算得分", "达到…的得满分，每下降1个百分点扣…分",
element rules counted by 评分要点 ("按符合的评分要点计算得分：每项要点p分（权重w），不符合的要点不得分");
reasons open "依据《……》" and end "评分结果为N分。" (评分表) / "评价组认为该项可得N分。" (body); the declaration
"指标权重：决策15%（15分）、…"; the conclusion "综合评分97分，绩效评级为“优”".

Every number, 文号, 《title》 and table cell value stays; every defect stays; no scoring rule changes the score it
gives for any case.  Safety check: rewordkit's, with reversible normalisations applied to both sides: "N个百分点"
is "N%"; "权重N%" in a level cell is the bracketed worth N.

Environment: REWORD_X_ONLY=ID,ID apply only these rules; REWORD_X_SKIP=ID,ID leave these out (counts not
asserted); REWORD_X_DEBUG=1 prints each rule's count.
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
    either,
    text,
    tsv_field,
)

SOURCE = Path(__file__).resolve().parents[2] / "fixtures" / "sunan-hrss-2024.txt"

SRC = {
    "QHD": "https://m.1wenmi.com/doc/106928.html (河北 秦皇岛正扬联合会计师事务所 绩效评价报告, 北戴河区 2020年度“市场化运作费项目”: "
           "“本次财政支出绩效评价工作组成员到…进行了现场座谈”“由财务专业小组对项目的相关管理制度及执行情况…进行评价”"
           "“此次绩效评价方法主要采用因素分析法、比较法、成本效益分析法、公众评判法等方法”“定量评价选取综合指数评价法，依据各项指标的实际水平，"
           "对照评价标准值，分别计算各项指标指数得分，再根据一定的权数计算出综合指数”“经评价，2020年度…”)",
    "BENXI": "http://bx.gov.cn/ztlm/bxxyjs/bmjs/2022nd132/content_614017 (辽宁 本溪满族自治县水务局 2022年度部门决算: "
             "第一部分 部门概况 一、主要职责 二、部门决算单位构成; 收入支出决算总体情况说明; 一般公共预算财政拨款基本支出决算表)",
    "BENXI2": "http://bx.gov.cn/publicity/xzfxx/czyjs/bmjs/qtbmjs/124833 (辽宁 本溪观音阁经济开发区管委会 2023年度部门决算: "
              "主要职责; 部门决算单位构成; 财政拨款“三公”经费支出决算情况说明)",
    "DYRMT": "https://dyrmt.com/article-133619-2.html (单位决算情况说明: “2022年度收、支总计各是4125.49,4143.91万元”"
             "“2022年本年支出合计4143.91万元，其中：基本支出1140.27万元，占27.52%；项目支出3003.64万元”)",
    "ZJKP": "http://www.lygzb.net/html/text/chl/509/50957_3.html (财政部 中央级行政经费项目支出考评计分办法: 指标名称 | 分值 | 评分依据 | 实际得分; "
            "“在计划时间内完成的，得满分”“实际完成情况与计划每相差3%，扣1分”)",
    "ZJPJ": "https://max.book118.com/html/2017/0624/117773641.shtm (中介机构绩效评价报告质量考核评分表: "
            "“评价计分正确、分值计算散总一致、评分与评级相符的，计2分”“每少一项扣0.4分，扣完为止”)",
    "YYKJ": "https://glj.yueyang.gov.cn/6173/6181/content_1705915.html (岳阳 整体支出评分表: “重点支出安排率≥90%，计5分；80%(含)-90%，计4分…低于60%不得分”"
            "; 一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明)",
    "HENAN": "/work/shared/corpus/henan-skills-competition-2021-2024.md (河南 省级职业技能竞赛经费 绩效评价报告: “评价组遵循独立、客观、公正的原则，"
             "通过资料审核、现场勘察、数据分析、综合评价等工作程序”“项目总体评价得65.00分，评价等级为“中”，其中：决策指标10.40分”"
             "“满意度达到90%得满分，每降低1%扣除指标分值的5%，扣完为止”)",
    "DZ": "http://www.dz-gczx.com/wap/articleDetails_id_1290.html (鼎正: 评价结果等级划分 优(90-100分)、良(80-89分)、中(60-79分)、差(0-59分))",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告: “1、收入:792.22万元。…其中:财政拨款收入792.22万元”"
            "“2、支出:799.12万元。其中:人员经费支出434.89万元，公用经费支出77.4万元，项目支出286.83万元”)",
    "LONGHUI": "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml (隆回 上会会计师事务所: “受隆回县财政局委托，我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成，报告如下”)",
    "HOUSE": "house wording of writer X (华北/东北 会计师事务所, formal audit register); no published page found for these exact words",
}

N = r"(\s?\d+(?:\.\d+)?\s?)"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict):
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER = {"指标解释": "指标说明", "评分标准": "评分要点", "得分原因": "扣分依据", "得分": "评分结果"}
IND_HEADER = {"分值": "指标权重", "得分": "评分结果", "得分率%": "得分比例（%）"}
BUDGET_HEADER = {"财政拨款收入 (元)": "一般公共预算财政拨款（元）", "小计(元)": "分类合计（元）",
                 "人员经费支出 (元)": "工资福利及对个人和家庭的补助（元）",
                 "商品和服务支出 (元)": "日常公用经费（元）", "支出明细": "经济科目",
                 "部门基本资金支出": "一般公共预算财政拨款基本支出决算明细", "项目": "项目支出决算明细",
                 "下达资金": "指标下达数（元）", "支出金额": "决算支出数（元）",
                 "项目名称": "功能科目名称", "项目支出明细": "功能科目名称"}
SUMMARY_LABEL = {"预算安排资金": "年初预算数", "实际到位资金": "资金到位数", "实际支出资金": "决算支出数",
                 "结转结余资金": "年末结转结余", "评价得分": "综合评分", "评价等级": "绩效评级",
                 "其中：财政拨款收入": "其中：一般公共预算财政拨款",
                 "项目名称": "评价项目名称", "评价年度": "评价所属年度", "评价类型": "评价方式",
                 "委托评价单位": "委托方", "评价机构名称": "受托评价机构", "评价对象名称": "被评价对象",
                 "实施目的": "评价目的", "年度绩效目标": "部门年度绩效目标", "评价办法": "评价方法",
                 "数据采集及处理办法": "数据采集与处理", "绩效评价工作过程": "评价工作程序",
                 "综合评价结论": "评价结论", "绩效分析": "分项评分", "资金情况 (万元)": "资金收支（万元）",
                 "绩效评价指标体系": "评价指标体系", "评价范围": "评价对象及范围", "评价依据": "评价依据文件",
                 "基本情况": "项目概况", "指标": "一级指标", "得分率": "得分比例"}

ANNEX_RULE = cell("annex", 4)
ANNEX_REASON = cell("annex", 5)
REASON_OR_BODY = either(text("analysis"), cell("annex", 5))


# ------------------------------------------------------------------ element rules
def element_rule(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> counted by 评分要点; p points for each element met,
    the weight kept, so the maxima and expected scores stay."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    zero = z == "得0分"
    v = k % 3
    if v == 0:
        tail = f"不符合的要点得{sp}0{sp}分" if zero else "不符合的要点不得分"
        return f"按符合的评分要点计算得分：每项要点{sp}{p}{sp}分（权重{sp}{w}），{tail}"
    if v == 1:
        tail = f"不符合的，该要点得{sp}0{sp}分" if zero else "不符合的，该要点不得分"
        return f"上述评分要点权重均为{sp}{w}，逐项核查：符合的，该要点得{sp}{p}{sp}分；{tail}"
    tail = f"否则该要点得{sp}0{sp}分" if zero else "否则该要点不得分"
    return f"评分要点各占{sp}{w}，经核查符合的每项得{sp}{p}{sp}分，{tail}"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if lead in ("，", "；"):
            lead = "。"
        if style == "annex":
            return f"{lead}评分结果为{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}评价组认为该项可得{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "4 个" in m.group(0) else ""
    return (f"本次评价指标体系由一级指标{sp}{n1}{sp}个、二级指标{sp}{n2}{sp}个、三级指标{sp}{n3}{sp}个构成。指标权重：决策{sp}{dw}"
            f"（{d}{sp}分）、过程{sp}{pw}（{p}{sp}分）、产出{sp}{ow}（{o}{sp}分）、效益{sp}{ew}（{e}{sp}分）")


def decl_abstract(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系共三级：一级指标 {n1} 个（决策、过程、产出、效益）、二级指标 {n2} 个、三级指标 {n3} 个；"
            f"指标权重按满分 {full} 分配置，决策 {d} 分、过程 {p} 分、产出 {o} 分、效益 {e} 分。")


def grades(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    sp = " " if " 分" in m.group(0) else ""
    return (f"综合评分{a}{sp}分（含）至{b}{sp}分的，绩效评级为“优”；{c}{sp}分（含）至{d}{sp}分的，绩效评级为“良”；"
            f"{e}{sp}分（含）至{f}{sp}分的，绩效评级为“中”；{g}{sp}分以下的，绩效评级为“差”")


def level_abs(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"“{lvl}”类指标含二级指标{n2}个、三级指标{n3}个，重点考察{focus}，评分结果为{score}分。"


def level_names(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)
    return f"“{lvl}”项下设置二级指标{n2}个，即{two}；三级指标{n3}个，即{three}{stop}"


def alloc(m: re.Match, k: int) -> str:
    """“决策”共设分值15分，按照与决策指标关联度的大小，“目标设定”设置分值9分，… -> 权重 wording."""
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    parts = "、".join(f"“{a}”权重{sp}{st(b)}{sp}分" for a, b in pairs)
    return f"“{lvl}”指标权重{sp}{st(total)}{sp}分，按与{lvl}指标的关联程度{extra}分解为：{parts}。"


def level_cell(m: re.Match, k: int) -> str:
    name, num = m.group(1), m.group(2)
    return f"{name.strip()}（权重{num}%）"


def leaf_cell(m: re.Match, k: int) -> str:
    name, num = m.group(1), m.group(2)
    return f"{name.rstrip()}（{num}分）"


CAP = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
LEVEL1 = r"(决策|过程|产出|效益)"
LEVEL2 = r"(目标设定|预算配置|预算执行|资金管理|资产管理|档案管理|数量指标|质量指标|时效指标|经济效益|社会效益|生态效益|满意度)"

RULES: list[Rule] = [
    # ============================================================ table headers and row labels
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER)) + r")$", hmap(ANNEX_HEADER),
      "指标名称 | 分值 | 评分依据 | 实际得分 (财政部 考评计分办法) -> 指标说明 | 评分要点 | 扣分依据 | 评分结果", "ZJKP", None),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER)) + r")$", hmap(IND_HEADER),
      "“再根据一定的权数计算出综合指数” (秦皇岛正扬) -> points column 指标权重", "QHD", None),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER)) + r")$", hmap(BUDGET_HEADER),
      "一般公共预算财政拨款基本支出决算表 (本溪 水务局 决算)", "BENXI", None),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "人数", "比例": "占比"}[m.group(0)], "house", "HOUSE", None),
    R("H05", "table header", cell("team", 0, 2, 3, header=True), r"^(?:名称|职称|主要职责)$",
      lambda m, k: {"名称": "岗位", "职称": "专业技术职务", "主要职责": "分工"}[m.group(0)], "由财务专业小组对… (秦皇岛正扬)", "QHD", 3),
    R("H06", "table label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL)) + r")$", hmap(SUMMARY_LABEL),
      "收入支出决算总体情况说明 (本溪 决算); 评价等级为“中” (河南)", "BENXI", None),
    R("H07", "total row", cell("ind", 0, 1, 2), r"^合计$", lambda m, k: "本类小计", "house", "HOUSE", 4),
    R("H08", "total row", cell("t4", 0), r"^合计$", lambda m, k: "综合评分", "综合评分 (house, 结论表 label)", "HOUSE", 1),
    R("H09", "total row", cell("budget", 0), r"^合计$", lambda m, k: "金额合计", "house", "HOUSE", 4),
    R("W01", "level worth", either(cell("annex", 0, 1), cell("ind", 0, 1)),
      r"^" + r"(\s?(?:" + LEVEL1[1:-1] + "|" + LEVEL2[1:-1] + r")\s?)[（(]\s?(\d+)\s?[）)]\s*$", level_cell,
      "level worth as weight: 决策（权重15%）, after “根据一定的权数计算出综合指数” (秦皇岛正扬)", "QHD", None),
    R("W02", "level worth", cell("annex", 2),
      r"^(\S[^（()]*?)\s?[（(]\s?(\d+)\s?[）)]\s*$", leaf_cell, "house: 三级 worth （3分）", "HOUSE", None),

    # ============================================================ figure sentences: funds
    R("F01", "figure", text("body"),
      r"^(2024)年部门一般公共预算财政拨款收入(4901\.44)万元，实际收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。（详见表(1)）$",
      r"\1年度，部门一般公共预算财政拨款收入为\2万元，决算收入\3万元。截至\4年12月31日，部门支出决算数\5万元，其中：\6年基本支出\7万元，\8年项目支出\9万元；部门预算执行率为\10。具体见表\11。",
      "“2022年本年支出合计4143.91万元，其中：基本支出1140.27万元…” (单位决算说明)", "DYRMT", 1),
    R("F02", "figure", text("abstract"),
      r"^(2024)年部门一般公共预算财政拨款收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。$",
      r"\1年度部门一般公共预算财政拨款收、支总计各是\2万元、\4万元（支出截至\3年12月31日），其中：\5年基本支出\6万元，\7年项目支出\8万元。部门预算执行率为\9。",
      "“2022年度收、支总计各是4125.49,4143.91万元” (单位决算说明)", "DYRMT", 1),
    R("F03", "figure", text("body"), r"^截至 (2024) 年 12 月 31 日，部门全年项目共支出 (6005\.58) 万元。（详见表 (2)）$",
      r"经核查，截至 \1 年 12 月 31 日项目支出决算数为 \2 万元，明细见表 \3。", "house: 经核查 / 决算数", "HOUSE", 1),
    R("F04", "figure", either(text("body"), cell("summary", 1)),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局) (2024) 年部门整体支出，涉及财政预算资金 (6847\.87) 万元。$",
      r"本次重点评价的对象为\1 \2 年度部门整体支出，评价范围涵盖财政预算资金 \3 万元。", "house", "HOUSE", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金 (6847\.87) 万元。$",
      r"年度部门财政预算整体支出，评价范围涵盖资金 \1 万元。", "house", "HOUSE", 1),
    R("F06", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，基本支出预算执行率为",
      r"\1年肃南县人力资源和社会保障局基本支出预算数\2万元，决算数\3万元，基本支出预算执行率为",
      "预算数/决算数 (本溪 决算)", "BENXI", 2),
    R("F07a", "figure", ANNEX_REASON,
      r"(\d{4})年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，项目支出预算执行率为",
      r"\1年肃南县人力资源和社会保障局项目支出预算数\2万元，决算数\3万元，项目支出预算执行率为", "(本溪 决算)", "BENXI", 1),
    R("F07b", "figure", text("analysis"),
      r"(\d{4}\s?)年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"\1年肃南县人力资源和社会保障局项目支出预算数\2万元，决算数", "(本溪 决算)", "BENXI", 1),
    R("F07c", "figure", text("analysis"), r"^为" + N + r"万元，项目支出预算执行率为",
      r"\1万元，项目支出预算执行率为", "(本溪 决算)", "BENXI", 1),
    R("F08", "figure", REASON_OR_BODY,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"(万元|元)，预算调整数为" + N + r"(万元|元)，预算调整率为",
      r"收入预算数\1万元，收入决算数\2\3，经核查预算调整数为\4\5，预算调整率为", "house: 经核查", "HOUSE", 2),
    R("F09", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，“三公”经费控制率为",
      r"\1年度“三公”经费支出预算数\2万元，决算数\3万元，“三公”经费控制率为",
      "财政拨款“三公”经费支出决算情况说明 (本溪 观音阁 决算)", "BENXI2", 2),
    R("F10", "figure", REASON_OR_BODY, r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目年末结余资金\1万元，项目预算数\2万元，资金结余率为", "house", "HOUSE", 2),
    R("F11", "figure", REASON_OR_BODY, r"本部门(\s?\d{4}\s?)年政府预算采购支出总额" + N + r"万",
      r"本部门\1年度政府采购预算数\2万", "house", "HOUSE", 2),
    R("F12", "figure", REASON_OR_BODY, r"实际采购支出" + N + r"万元，政府采购执行率为",
      r"实际采购决算数\1万元，政府采购执行率为", "house", "HOUSE", 2),
    R("F13", "figure", REASON_OR_BODY, r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"项目支出决算数\1万元，部门\2年度重点项目包括", "house", "HOUSE", 1),
    R("F14", "figure", ANNEX_REASON, r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，部门\2年度重点项目包括", "house", "HOUSE", 1),
    R("F15", "figure", REASON_OR_BODY, r"，重点支出安排率(\d+(?:\.\d+)?%)，", r"，经测算重点支出安排率为\1。", "house: 经测算", "HOUSE", 2),
    R("F16", "figure", REASON_OR_BODY, r"部门实际完成阶段性任务与计划完成阶段性任务数量一致，阶段性任务完成",
      "经核查，部门阶段性任务实际完成数量与计划数量一致，阶段性任务完成", "house", "HOUSE", None),
    R("F17", "figure", REASON_OR_BODY, r"完成目标任务\s?(\d+)\s?(人|万元)的\s?(\d+(?:\.\d+)?%)",
      lambda m, k: (f"占目标任务{m.group(1)}{m.group(2)}的{m.group(3)}" if " " not in m.group(0)
                    else f"占目标任务 {m.group(1)} {m.group(2)}的 {m.group(3)}"),
      "house: 占", "HOUSE", None),
    R("F18", "figure", REASON_OR_BODY, r"参保达(\s?\d+\s?)人", r"参保人数\1人", "house", "HOUSE", None),
    R("F19", "figure", REASON_OR_BODY, r"全年共受理调解劳动人事争议案件(\s?\d+\s?)件，结案率达",
      r"全年受理调解劳动人事争议案件共\1件，结案率为", "house", "HOUSE", None),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年12月31日，在职人员(\d+)名。",
      r"单位核定编制\1名，截至\2年末（12月31日）实有在职人员\3名。", "house", "HOUSE", 1),
    R("P02", "figure", REASON_OR_BODY,
      r"核定人员编制(\d+)名，截至(2024)年12月31日，在职人员(\d+)人。在职人员控制率为",
      r"核定编制数\1名，截至\2年12月31日实有在职人员\3人，经测算在职人员控制率为", "house: 经测算", "HOUSE", 2),
    R("P03", "figure", REASON_OR_BODY,
      r"编制实有(\d+)人，截至(2024)年12月31日，在职人员(\d+)名，无临聘人员，临聘人员控制率为",
      r"编制实有\1人，截至\2年12月31日在职人员\3名，未聘用临聘人员，临聘人员控制率为", "house", "HOUSE", 2),
    R("P04", "figure", text("body"), r"，为正科级，下设四个职能科室，分别是", "，机构规格为正科级，内设职能科室四个：", "house", "HOUSE", 1),

    # ============================================================ survey
    R("V01", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷设 \1 道单项选择题，每题满分 \2 分，按选项赋分：A 为 \3 分、B 为 \4 分、C 为 \5 分、D 为 \6 分；论述题不赋分，问卷满分 \7 分。",
      "house", "HOUSE", 1),
    R("V02", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"综合满意率＝全部有效问卷实际得分之和÷全部有效问卷满分之和×\1", "house", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标权重 \1 分：综合满意率达到 \2及以上的得满分；在 \3—\4之间的，每下降 \5个百分点扣 \6 分；低于 \7的不得分。",
      "“满意度达到90%得满分，每降低1%扣除指标分值的5%，扣完为止” (河南)", "HENAN", 1),
    L("V04", "survey", text("survey"), "得分标准设置：", "问卷计分方法：", "house", "HOUSE", 1),
    L("V05", "survey", text("survey"), "(1) 分值设置", "(1) 选项赋分", "house", "HOUSE", 1),
    L("V06", "survey", text("survey"), "(2) 满意率计算", "(2) 综合满意率", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(3) 评价标准", "(3) 评分要点", "house", "HOUSE", 1),
    R("V08", "survey", text("survey"), r"\[单选题\]", lambda m, k: "（单选）", "house", "HOUSE", 10),
    R("V09", "survey", text("survey"), r"^第(\d+)题 ", r"问题\1：", "house", "HOUSE", 10),
    L("V10", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "以肃南裕固族自治县人社局内部全体工作人员为样本总体，按科室及下属单位分别随机抽取，抽样比例为60%（占样本总量）。",
      "house", "HOUSE", 1),
    L("V11", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷由评价组现场发放、现场回收，以保证问卷质量。", "house", "HOUSE", 1),
    L("V12", "survey", text("body"), "采用面对面个别访谈形式。", "评价组采取面对面个别访谈。", "本次财政支出绩效评价工作组成员…进行了现场座谈 (秦皇岛正扬)", "QHD", 1),
    L("V13", "survey", text("body"), "实地调研。", "现场勘察。", "由专家组成专业小组对项目进行现场勘察 (秦皇岛正扬)", "QHD", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl, "“再根据一定的权数计算出综合指数” (秦皇岛正扬): weights first, points in brackets", "QHD", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果实行评分与评级相结合，满分\1分，绩效评级分为四档：", "优(90-100分)、良(80-89分)… (鼎正)", "DZ", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades, "优(90-100分)、良(80-89分)、中(60-79分)、差(0-59分) (鼎正), with the bands of the original", "DZ", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract, "house", "HOUSE", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"评价组按\1个一级指标逐项评价分析如下。", "house", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      r"“决策”项下设置\1个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      r"级指标，即\1；三级指标\2个，即\3\4", "house", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_names, "house", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc, "“根据一定的权数…” (秦皇岛正扬): worths named 权重", "QHD", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs, "“其中：决策指标10.40分” (河南)", "HENAN", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"“效益”类指标含二级指标\1个、三级指标\2个，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，评分结果为 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：“{CAP[m.group(2)]}”指标权重及评分结果", "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：综合评分汇总表", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：一般公共预算财政拨款基本支出决算明细表",
      "一般公共预算财政拨款基本支出决算表 (本溪)", "BENXI", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出决算明细表", "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价组人员构成及分工", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "综合评分情况见表4，各指标评分要点及扣分依据见附件1。", "house", "HOUSE", 1),
    R("D18", "declaration", text("analysis"),
      r"^按照绩效评价相关性原则要求，二级指标，三级指标的设计与一级指标具有密切相关性。",
      "评价组按相关性原则设计二级、三级指标，使其与一级指标紧密关联。", "house", "HOUSE", 1),
    R("D19", "declaration", text("analysis"), r"（详见表\s?(\d)）", r"（具体见表\1）", "house", "HOUSE", 4),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经评价，\1年度\2综合评分\3分，绩效评级为“优”。", "“经评价，2020年度…” (秦皇岛正扬); 评价等级为“中” (河南)", "QHD", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。",
      "经评价，本次重点评价综合评分97分，绩效评级为“优”。", "“经评价，…” (秦皇岛正扬)", "QHD", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "评价组认为，综合评分应为 97 分。", "house: 评价组认为", "HOUSE", 1),
    R("O04", "score sentence", text("body"),
      r"^评审组通过数据采集、问卷调查及访谈，根据部门实际情况，客观公正地对(肃南县人力资源和社会保障局)部门整体支出进行评价，",
      r"评价组遵循独立、客观、公正的原则，通过资料审核、问卷调查及访谈等程序，对\1部门整体支出进行了评价，",
      "“评价组遵循独立、客观、公正的原则，通过资料审核、现场勘察、数据分析、综合评价等工作程序” (河南)", "HENAN", 1),

    # ============================================================ scoring rules (评分要点 column)
    R("R01", "scoring rule", ANNEX_RULE,
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule, "按…计算得分 / 评分要点 (house of the brief); “每少一项扣0.4分” counted items (中介机构 考核评分表)", "ZJPJ", 21),
    R("R02", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率不超过100%的得2分，超过的得0分。", "“在计划时间内完成的，得满分” (财政部 考评计分办法)", "ZJKP", 2),
    R("R03", "scoring rule", ANNEX_RULE, r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1的得2分；在60%—80%之间的，每下降1个百分点扣0.1分；低于60%的得0分。",
      "“重点支出安排率≥90%，计5分；80%(含)-90%，计4分” (岳阳) -> 达到…的得满分，每下降1个百分点扣…分", "YYKJ", 1),
    R("R04", "scoring rule", ANNEX_RULE, r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"按\1乘以指标权重计算得分。", "按…计算得分 (brief house) / 根据一定的权数计算 (秦皇岛正扬)", "QHD", 4),
    L("R05", "scoring rule", ANNEX_RULE,
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的得满分；调增或调减每达1个百分点(不足1%按四舍五入原则取整)扣0.2分；超过10%的不得分。",
      "“实际完成情况与计划每相差3%，扣1分” (财政部 考评计分办法)", "ZJKP", 1),
    L("R06", "scoring rule", ANNEX_RULE,
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率在70%—100%之间的得1分；超出100%的，每上升1个百分点扣0.1分；超过10%的不得分。",
      "house", "HOUSE", 1),
    L("R07", "scoring rule", ANNEX_RULE,
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%的得满分，每上升1个百分点扣0.1分，超过10%的不得分。",
      "house", "HOUSE", 1),
    R("R08", "scoring rule", ANNEX_RULE,
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率达到 \1及以上的得满分；在 \2—\3之间的，每下降 \4个百分点扣 \5 分；低于 \6的不得分。",
      "“满意度达到90%得满分，每降低1%扣除指标分值的5%” (河南)", "HENAN", 1),
    R("R09", "scoring rule", ANNEX_RULE, r"本年(基本|项目)支出预算执行率= \(本年度\1支出执行数/本年度\1支出预算数\) \*100%",
      r"本年\1支出预算执行率=本年度\1支出决算数÷本年度\1支出预算数×100%", "预算数/决算数 (本溪 决算)", "BENXI", 2),
    R("R11", "scoring rule", ANNEX_RULE, r"。得 3 分。严格控制在政策标准范围达标率为 (90%)以上为满 ?$",
      r"。得 3 分。政策标准范围内达标率达到 \1以上的为满", "house", "HOUSE", 1),
    R("R12", "scoring rule", ANNEX_RULE, r"^分，(\d+%)-(\d+%)得2分，(\d+%)以下不得分。",
      r"分；在\1-\2之间的得2分；低于\3的不得分。", "house", "HOUSE", 1),
    R("R13", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率=（([^）]*)/([^）]*)）\*100%。",
      r"\1人员控制率=\2÷\3×100%。", "house", "HOUSE", 2),
    R("R14", "scoring rule", ANNEX_RULE, r"(^|<p>)重点支出安排率=（重点项目支出/项目总支出）\*100%。",
      r"\1重点支出安排率=重点项目支出÷项目总支出×100%。", "house", "HOUSE", 1),
    R("R15", "scoring rule", ANNEX_RULE, r"预算调整率=\(预算调整数/预算数\)\*100%。", "预算调整率=预算调整数÷预算数×100%。", "house", "HOUSE", 1),
    R("R17", "scoring rule", ANNEX_RULE, r"^政府采购执行率=（实际政府采购金额/政府采购预算数）\*100%；",
      "政府采购执行率=实际政府采购金额÷政府采购预算数×100%；", "house", "HOUSE", 1),
    R("R18", "scoring rule", ANNEX_RULE, r"^“三公”经费控制率=\(“三公”经费实际支出数/“三公”经费预算安排数\)\*100%。",
      "“三公”经费控制率=“三公”经费决算数÷“三公”经费预算数×100%。", "财政拨款“三公”经费支出决算 (本溪 观音阁)", "BENXI2", 1),
    R("R19", "scoring rule", ANNEX_RULE, r"通过调查问卷方式对部门工作进行评测，", "由评价组发放调查问卷进行测评，", "house", "HOUSE", 1),

    # ============================================================ 指标说明 column (指标解释)
    R("I01", "indicator text", cell("annex", 3), r"^主要考察", lambda m, k: "本指标考察", "house", "HOUSE", None),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", ANNEX_REASON, ENDING, ending("annex"), "house: 评分结果为N分", "HOUSE", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending("body"), "house: 评价组认为该项可得N分", "HOUSE", 34),

    # ============================================================ reasons: openings
    R("G01", "reason", REASON_OR_BODY, r"(^|。|\s|<p>)根据(?=《)", r"\1依据", "house: reasons open 依据《……》", "HOUSE", None),
    R("G02", "reason", REASON_OR_BODY, r"(^|。)根据现场调研查看，", r"\1经现场勘察，", "由专家组成专业小组对项目进行现场勘察 (秦皇岛正扬)", "QHD", 2),
    R("G02b", "reason", REASON_OR_BODY, r"(^|。)根据现场调研对部门相关档案查询，", r"\1经现场核查部门相关档案，", "house", "HOUSE", 2),
    R("G03", "reason", REASON_OR_BODY, r"部门总体满意度提升，办事效率满意度，政策知晓度得到了全面提升。",
      "部门总体满意度、办事效率满意度和政策知晓度均得到提升。", "house", "HOUSE", 2),

    # ============================================================ other paragraphs
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"受\1委托，\2成立评价组，于\3年\4-\5月对“\6”实施了重点绩效评价。现将评价情况报告如下：",
      "“受隆回县财政局委托，我所成立绩效评价工作组…现评价工作已完成，报告如下” (隆回 上会)", "LONGHUI", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "此次绩效评价方法主要采用成本效益分析法、因素分析法、比较法和公众评判法等方法。",
      "“此次绩效评价方法主要采用因素分析法、比较法、成本效益分析法、公众评判法等方法” (秦皇岛正扬)", "QHD", 2),
    R("X03", "paragraph", text("abstract"),
      r"^本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。$",
      "评价工作经前期调研、制定方案、组织实施和撰写报告四个阶段完成。", "house", "HOUSE", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "评价组对每一项指标，依据其实际水平对照评分要点逐项核查，分析影响指标完成的主要因素，分别计算各项指标得分。",
      "“依据各项指标的实际水平，对照评价标准值，分别计算各项指标指数得分” (秦皇岛正扬)", "QHD", 3),
    R("X05", "paragraph", text(), r"(?<!专家)(?<!绩效评价)评审组", lambda m, k: "评价组", "评价组 (河南)", "HENAN", 2),
    L("X06", "paragraph", cell("summary", 1),
      "信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。",
      "通过资料收集、现场勘察、深度访谈和问卷调查取得数据；对可以定量评价的采用定量分析，难以定量评价的在定性分析基础上量化评价。",
      "“对可以定量评价的，采用定量评价分析，对难以定量评价的，在定性分析的基础上展开量化评价” (秦皇岛正扬)", "QHD", 1),
    L("X07", "paragraph", cell("summary", 1), "接受委托任务、拟订方案、开展培训、现场评价、撰写报告、资料归档。",
      "接受委托，拟订方案，开展培训，现场评价，撰写报告，资料归档。", "house", "HOUSE", 1),
    R("X08", "paragraph", text(), r"取得了一定成效，但在绩效管理和预算(安排|执行)方面还有一些不足，主要问题如下：$",
      r"取得了一定成效。经评价，在绩效管理和预算\1方面仍存在以下问题：", "house: 经评价", "HOUSE", 2),
    R("X09", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门绩效管理工作不到位的问题。",
      r"评价组认为，\1部门绩效管理工作不到位。", "house: 评价组认为", "HOUSE", 2),
    R("X10", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门年度资金安排不够细致的问题。",
      r"评价组认为，\1部门年度资金安排不够细致。", "house: 评价组认为", "HOUSE", 2),
    R("X15", "paragraph", text(), r"^被评价部门（单位）的责任是提供与形成本绩效评价报告相关的基础工作材料和资金财务核算资料，并对其真实性、合法性、完整性负责。$",
      "提供与本报告相关的基础工作材料和资金财务核算资料是被评价部门（单位）的责任，被评价部门（单位）对其真实性、合法性、完整性负责。",
      "house", "HOUSE", 2),
    R("X21", "paragraph", text(), r"^本次评价主要是对(肃南县人力资源和社会保障局)部门整体",
      r"本次重点评价对\1部门整体", "house", "HOUSE", 2),
    R("X24", "paragraph", text(), r"^绩效评价标准通常包括计划标准、行业标准、历史标准等，用于对绩效指标完成情况进行比较。$",
      "评价标准一般有计划标准、行业标准、历史标准等，用以衡量绩效指标完成情况。", "house", "HOUSE", 1),
    R("X25", "paragraph", text("body"), r"^(\(|（)(\d)(\)|）)\s?(成本效益分析法|比较法|因素分析法|最低成本法|公众评判法|标杆管理法)。是指",
      r"\1\2\3\4，即", "house", "HOUSE", 6),
    R("X30", "paragraph", cell("summary", 0), r"^\(一\) 决策方面 1\. 部门预算绩效管理工作不到位。 \(二\) 过程方面 1\. 部门年度资金安排不完善。$",
      "(一) 决策方面 1. 预算绩效管理工作不到位。 (二) 过程方面 1. 年度资金安排不够完善。", "house", "HOUSE", 1),

    # ============================================================ headings
    H("T01", "部门概况", "基本情况", "第一部分 部门概况 (本溪 决算) -> 基本情况", "BENXI", 2),
    H("T02", "部门职能", "主要职责", "一、主要职责 (本溪 决算)", "BENXI", 3),
    H("T03", "部门预算安排及执行情况", "预算收支及执行情况", "收入支出决算总体情况说明 (本溪)", "BENXI", 2),
    H("T04", "部门资金使用情况", "资金收支情况", "house", "HOUSE", 1),
    H("T05", "部门组织管理", "机构设置及人员编制", "二、部门决算单位构成 (本溪)", "BENXI", 2),
    H("T06", "部门年度绩效目标", "年度绩效目标", "house", "HOUSE", 2),
    H("T07", "绩效评价工作开展情况", "重点评价工作情况", "house", "HOUSE", 3),
    H("T08", "绩效评价目的、对象和范围", "评价目的、对象及范围", "house", "HOUSE", 3),
    H("T10", "评价原则", "评价遵循的原则", "house", "HOUSE", 1),
    H("T11", "评价方法", "评价方法的选用", "house", "HOUSE", 1),
    H("T12", "评价标准", "评价标准的选用", "house", "HOUSE", 1),
    H("T14", "评价原则和方法", "评价原则及方法", "house", "HOUSE", 1),
    H("T29", "存在的问题", "主要问题", "house", "HOUSE", 2),
    H("T31", "相关建议", "意见和建议", "“提出相关意见和建议” (秦皇岛正扬)", "QHD", 1),
    H("T32", "部门主要做法及经验", "主要做法和经验", "house", "HOUSE", 1),
    H("T34", "内部人员调查问卷方案", "内部人员问卷调查", "house", "HOUSE", 2),
    H("T35", "调查方法和抽样方式", "抽样方法", "house", "HOUSE", 1),
    H("T36", "问卷的发放和回收", "问卷发放与回收", "house", "HOUSE", 1),
    H("T41", "访谈工作方案", "访谈安排", "本次财政支出绩效评价工作组成员…进行了现场座谈 (秦皇岛正扬)", "QHD", 2),
    H("T42", "现场调研方案", "现场勘察安排", "由专家组成专业小组对项目进行现场勘察 (秦皇岛正扬)", "QHD", 2),
    H("T44", "评价对象和范围", "评价对象及范围", "house", "HOUSE", 2),
    H("T48", "调研地点选取", "勘察地点", "house", "HOUSE", 1),
    H("T49", "访谈类型和访谈方式", "访谈方式", "house", "HOUSE", 1),
    H("T51", "调查内容", "问卷内容", "house", "HOUSE", 1),
    H("T52", "调查对象", "问卷对象", "house", "HOUSE", 1),
    H("T55", "调研内容", "勘察内容", "house", "HOUSE", 1),
    H("T15", "绩效评价依据", "评价依据", "house", "HOUSE", 2),
    H("T16", "绩效评价工作过程", "评价工作程序", "house", "HOUSE", 3),
    H("T17", "综合评价情况及评价结果", "评价结论", "house", "HOUSE", 2),
    H("T18", "综合评价情况及评价结论", "评价结论", "house", "HOUSE", 1),
    H("T19", "综合评价情况", "综合评价", "house", "HOUSE", 2),
    H("T20", "评价结果", "综合评分及绩效评级", "house", "HOUSE", 2),
    H("T21", "绩效评价指标分析", "指标评分分析", "house", "HOUSE", 3),
    H("T22", "部门决策情况分析", "决策类指标", "house", "HOUSE", 2),
    H("T23", "部门过程情况分析", "过程类指标", "house", "HOUSE", 2),
    H("T24", "部门产出情况分析", "产出类指标", "house", "HOUSE", 2),
    H("T25", "部门效益情况分析", "效益类指标", "house", "HOUSE", 2),
    H("T26", "评价指标相关性分析、指标设计和分值设计", "指标设置及权重", "house", "HOUSE", 4),
    H("T27", "指标评分结果分析", "评分结果及扣分依据", "house", "HOUSE", 4),
    H("T28", "存在的主要问题及原因分析", "发现的主要问题及原因", "house", "HOUSE", 3),
    H("T30", "有关建议", "意见和建议", "“提出相关意见和建议” (秦皇岛正扬)", "QHD", 2),
    H("T33", "社会调查方案", "社会调查安排", "house", "HOUSE", 2),
    H("T37", "其他需要说明的问题", "其他需要说明的事项", "house", "HOUSE", 3),
    H("T38", "关于评价方所取部门资料的说明", "关于资料来源的说明", "house", "HOUSE", 3),
    H("T39", "关于影响本部门绩效评价局限性的说明", "关于评价局限性的说明", "house", "HOUSE", 3),
    H("T40", "部门职能及资金使用", "主要职责及资金收支", "house", "HOUSE", 1),
    R("T43", "heading", text("abstract"), r"^（([一二三四])）项目(决策|过程|产出|效益)$", r"（\1）\2类指标", "house", "HOUSE", 4),
    H("T45", "评价准备阶段", "前期准备", "house", "HOUSE", 1),
    H("T46", "评价实施阶段", "现场评价", "house", "HOUSE", 1),
    H("T47", "报告撰写阶段", "撰写报告", "house", "HOUSE", 1),
]


# ------------------------------------------------------------------ reversible normalisations for the check
PCT_POINT = re.compile(r"(\d+(?:\.\d+)?)个百分点")
WEIGHT = re.compile(r"^(\s?[^\s（]+)（权重(\d+)%）$")


def normalise(lines):
    out = []
    for ln in lines:
        ln = PCT_POINT.sub(r"\1%", ln)
        ln = "\t".join(WEIGHT.sub(r"\1（\2）", c) for c in ln.split("\t"))
        out.append(ln)
    return out


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    source = Path(argv[2]) if len(argv) == 3 else SOURCE
    lines = source.read_text(encoding="utf-8").split("\n")
    src = "\n".join(lines)
    assert not PCT_POINT.search(src) and not WEIGHT.search(src)
    new_lines = apply(lines, RULES, "x")
    check(normalise(lines), normalise(new_lines), "x", True)
    total = sum(r.applied for r in RULES)
    partial = os.environ.get("REWORD_X_ONLY") or os.environ.get("REWORD_X_SKIP")
    changed = sum(1 for a, b in zip(lines, new_lines, strict=True) if a != b)
    if changed < 350 and not partial:
        raise SystemExit(f"reword_x.py: only {changed} lines changed, fewer than 350")
    outdir.mkdir(parents=True, exist_ok=True)
    text_out, table_out = outdir / "sunan-reworded-x.txt", outdir / "rewrites-x.tsv"
    text_out.write_text("\n".join(new_lines), encoding="utf-8")
    rows = ["id\tcategory\tcount\twhere\tbefore (first place)\tafter (first place)\timitates (real phrasing)\tsource"]
    for r in RULES:
        rows.append("\t".join([r.id, r.what, str(r.applied), ",".join(sorted(r.where)),
                               tsv_field(r.example[0])[:300], tsv_field(r.example[1])[:300],
                               tsv_field(r.imitates), SRC[r.src]]))
    rows.append("\t".join(["TOTAL", "", str(total), "", "", "", "", ""]))
    table_out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"reword_x.py: {total} places rewritten by {len(RULES)} rules, {changed} lines changed; "
          f"wrote {text_out} and {table_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
