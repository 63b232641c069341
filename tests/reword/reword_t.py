#!/usr/bin/env python3
"""Held-out rewording of the reference report (writer T).

    python3 reword_t.py OUT_DIR [SOURCE]

Writes OUT_DIR/sunan-reworded-t.txt and OUT_DIR/rewrites-t.tsv (every rule: id, count, where, first example,
the real phrasing imitated and its source).

Writer T is a 东北/华北 provincial 预算绩效评价中心 (a public institution under the 财政厅, not a firm) writing in a
formal 公文 register: "经评价", "评价认为", "据统计", "截至2024年底"; figures with "计" ("支出计6847.87万元");
table headers 考核内容 / 考核标准 / 评分说明 / 考核得分 / 标准分; rules worded "……的，计N分；……的，计0分",
"每低（高）1个百分点扣0.1分，扣至零分", "……的，该项不得分", proportional rules "按……比例计分"; element rules numbered
"要点一、要点二" in the 考核标准 column and "（一）（二）" in the reasons, where the reference uses ①②; level worths
"决策（15分）" (as in real 得分表 "部门决策(25 分) 目标任务(15 分)"); totals "共计".

Every number, 文号, 《title》 and table cell value stays; every defect of the original is kept; no scoring rule
changes the score it gives for any case.  Mechanics are those of tests/reword/rewordkit.py, with three reversible
normalisations added to its safety check (applied to both sides before rewordkit.check compares the facts):
"N个百分点" is "N%"; "YYYY年底" is "YYYY年12月31日"; in the 评分表's rule/reason columns and in the 指标分析
paragraphs an element marker "要点k、" or "（k）" (k a Chinese numeral) is the circled ⓚ it replaced.

Environment: REWORD_T_ONLY=ID,ID apply only these rules; REWORD_T_SKIP=ID,ID leave these out (counts not
asserted); REWORD_T_DEBUG=1 prints each rule's count instead of stopping on a mismatch.
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
    "LYGZB": "http://www.lygzb.net/html/text/chl/509/50957_3.html (财政部《中央级行政经费项目支出绩效考评管理办法(试行)》附2 考评计分办法: 指标名称 | 分值 | 评分依据 | 实际得分; 实际完成情况与计划每相差3%,扣1分,扣满15分为止; 在计划时间内完成的,得满分)",
    "YABO": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标 PDF: 以100%为标准。在职人员控制率≤100%,计1分;每超过一个百分点扣0.1分,扣完为止; “三公经费”变动率≤0,计3分)",
    "TAODOCS": "https://m.taodocs.com/p-534480183.html (部门整体支出绩效评价指标体系表: 一级指标 投入(15) 目标设定(5); 指标解释 …用以反映和考核部门(单位)…; 指标说明 评价要点:①…②…)",
    "WANGLU": "https://wanglu.net/thread/t12-491155-4.html (2017年部门整体支出绩效评价得分表: 部门决策(25 分) 目标任务(15 分) 相关性(5 分); 存在的问题:一是…二是…)",
    "KQ": "http://www.kq.gov.cn/art/2024/6/19/art_1496645_59216898.html (柯桥区 专项债券项目绩效评价: 截至2023年底已发债券规模 | 自评分数 | 自评等级; 评价结果如下)",
    "DYRMT": "https://dyrmt.com/article-132779-22.html (项目支出绩效自评表: 结余率(计算方法为:结余数/预算数)≤5%; 评价结论 及时、足额缴纳)",
    "NWCZRJ": "https://nwczrj.qq.com/read/1053694725/10 (问卷回收结果: 调查共收到247份医院版问卷反馈,其中有效问卷242份,问卷有效率98.0%)",
    "NANXIAN": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (南县财政局2020 机关整体支出绩效评价报告: 按照部门整体支出绩效评价指标体系,对…开展了绩效评价,综合评分为97分; 现有编制人员205人。其中,局机关在职113人)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告: 1、收入:792.22万元…其中:财政拨款收入792.22万元; 2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元)",
    "HONGHE": "https://www.hh.gov.cn/info/11481/1176502.htm (红河州数据发展中心2024 部门整体自评: 截至2024年12月31日,部门事业编制人数15人,年末实有人数14人)",
    "CHANGNING": "https://yncn.gov.cn/info/4112/9026410.htm (昌宁县第一示范小学 2023 自评: 通过项目绩效自评小组的全方位评价,我校…自评得分100分,自评结果为“优秀”)",
    "LONGHUI": "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml (隆回县 乡村振兴项目资金绩效评价报告: 贯彻落实《…》等文件精神,…受隆回县财政局委托,我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成,报告如下)",
    "BAOSHAN": "https://baoshan.gov.cn/info/7819/3700734.htm (保山市交通运输局2020 部门整体自评: 现将自评情况报告如下; 主要职责范围是)",
    "YINCHUAN": "https://m.yzwku.com/doc/476505.html (银川市 项目支出绩效自评表: 一级指标 | 二级指标 | 三级指标 | 考值参分 | 指标值(A) | 全年实际值(B) | 得分)",
    "HN": "/work/shared/corpus/henan-skills-competition-2021-2024.md (河南 技能竞赛经费绩效评价: 要点①②③④各占指标分值的1/4，符合相关要点得相应权重分值; 实际值达到100%的得满分,≤80%不得分。在幅度范围内,每降低1%,扣5%权重分值,直至0分; 通过分析评价指标，项目存在的主要问题：一是…)",
    "HOUSE": "house wording of writer T (a 东北/华北 省级预算绩效评价中心 in 公文 register; no published page found for the exact words in the search corpora)",
}

N = r"(\s?\d+(?:\.\d+)?\s?)"
P = r"(\s?\d+(?:\.\d+)?%)"
CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict):
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER = {"指标解释": "考核内容", "评分标准": "考核标准", "得分原因": "评分说明", "得分": "考核得分"}
IND_HEADER = {"分值": "标准分", "得分": "考核得分", "得分率%": "考核得分率%"}
BUDGET_HEADER = {"部门基本资金支出": "基本支出情况", "项目": "项目支出情况",
                 "财政拨款收入 (元)": "财政拨款收入（元）", "小计(元)": "小计数（元）",
                 "人员经费支出 (元)": "人员支出（元）", "商品和服务支出 (元)": "日常公用支出（元）",
                 "支出明细": "支出科目", "下达资金": "下达指标数", "支出金额": "实际支付数",
                 "项目名称": "项目科目名称", "项目支出明细": "项目科目名称"}
SUMMARY_LABEL = {"预算安排资金": "年初预算数", "实际到位资金": "全年到位数", "实际支出资金": "全年支出数",
                 "结转结余资金": "结转结余数", "评价得分": "综合得分", "评价等级": "评定等级",
                 "其中：财政拨款收入": "其中：财政拨款", "项目名称": "评价项目",
                 "评价年度": "所属年度", "评价类型": "评价方式", "委托评价单位": "委托单位",
                 "评价机构名称": "评价实施单位", "评价对象名称": "评价对象", "实施目的": "评价目的",
                 "年度绩效目标": "年度总体目标", "评价办法": "评价方法", "数据采集及处理办法": "数据采集与处理",
                 "绩效评价工作过程": "评价工作程序", "综合评价结论": "综合评价", "绩效分析": "分项得分情况",
                 "资金情况 (万元)": "资金情况（单位：万元）", "绩效评价指标体系": "指标体系设置",
                 "评价范围": "评价范围及对象", "基本情况": "项目概况",
                 "评价依据": "评价依据文件"}

ANNEX_RULE = cell("annex", 4)
ANNEX_REASON = cell("annex", 5)
REASON_OR_BODY = either(text("analysis"), cell("annex", 5))
LEVEL_CELL = either(cell("annex", 0, 1, 2), cell("ind", 0, 1))


# ------------------------------------------------------------------ element rules (additive; weights kept)
def element_rule(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> 公文 wording, three variants in turn; still
    elements × p points, the weights kept, so the maxima (and every RL201/RL202 defect) stay."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    zero = z == "得0分"
    v = k % 3
    if v == 0:
        tail = f"未达到的，计{sp}0{sp}分" if zero else "未达到的，该项不得分"
        return f"上述各要点权重均为{sp}{w}，各要点达到的，每个计{sp}{p}{sp}分；{tail}"
    if v == 1:
        tail = f"未达到的计{sp}0{sp}分" if zero else "未达到的不计分"
        return f"各要点按{sp}{w}权重分别考核，达到的计{sp}{p}{sp}分，{tail}，各要点得分相加"
    tail = f"不达到的，计{sp}0{sp}分" if zero else "不达到的，该项不得分"
    return f"各要点分别占{sp}{w}权重，逐项对照评分：达到要求的，每项计{sp}{p}{sp}分；{tail}"


def marker_rule(m: re.Match, k: int) -> str:
    return f"要点{CN[CIRCLED.index(m.group(0))]}、"


def marker_reason(m: re.Match, k: int) -> str:
    return f"（{CN[CIRCLED.index(m.group(0))]}）"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if lead == "，":
            lead = "。"
        if style == "annex":
            return f"{lead}评价认为，该项计{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}经评价，本指标计{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"本次评价共设一级指标{sp}{n1}{sp}个、二级指标{sp}{n2}{sp}个、三级指标{sp}{n3}{sp}个。其中：决策标准分{sp}{d}{sp}分，"
            f"占{sp}{dw}；过程标准分{sp}{p}{sp}分，占{sp}{pw}；产出标准分{sp}{o}{sp}分，占{sp}{ow}；"
            f"效益标准分{sp}{e}{sp}分，占{sp}{ew}")


def decl_abstract(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系共设决策、过程、产出、效益一级指标 {n1} 个，二级指标 {n2} 个，三级指标 {n3} 个；"
            f"标准分分别为：决策 {d} 分、过程 {p} 分、产出 {o} 分、效益 {e} 分，共计 {full} 分。")


def grades(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    sp = " " if " 分" in m.group(0) else ""
    return (f"综合得分{a}（含）-{b}{sp}分的为“优”，{c}（含）-{d}{sp}分的为“良”，"
            f"{e}（含）-{f}{sp}分的为“中”，{g}{sp}分以下的为“差”")


def level_abs(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"项目{lvl}一级指标下设二级指标{n2}个、三级指标{n3}个，重点考核{focus}。经评价，该项计{score}分。"


def level_names(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)
    return f"“{lvl}”一级指标下设二级指标{n2}个，即{two}；三级指标{n3}个，即{three}{stop}"


def alloc(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    parts = "，".join(f"“{a}”{sp}{st(b)}{sp}分" for a, b in pairs)
    return f"“{lvl}”标准分共计{sp}{st(total)}{sp}分，依据与{lvl}指标的关联程度{extra}分配如下：{parts}。"


CAP = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}

RULES: list[Rule] = [
    # ============================================================ table headers and row labels
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER)) + r")$", hmap(ANNEX_HEADER),
      "指标名称 | 分值 | 评分依据 | 实际得分 (财政部 考评计分办法) -> 考核内容 | 考核标准 | 评分说明 | 考核得分", "LYGZB", 88),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER)) + r")$", hmap(IND_HEADER),
      "考值参分 (银川 自评表) -> 标准分 | 考核得分 | 考核得分率%", "YINCHUAN", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER)) + r")$", hmap(BUDGET_HEADER),
      "人员经费支出434.89万元,公用经费支出77.4万元 (南县政协) -> 人员支出 / 日常公用支出", "NXZX", 20),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "人数", "比例": "所占比重"}[m.group(0)],
      "其中有效问卷242份,问卷有效率98.0% (问卷回收结果)", "NWCZRJ", 20),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "组内职务", "主要职责": "职责分工"}[m.group(0)], "house", "HOUSE", 2),
    R("H06", "table label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL)) + r")$", hmap(SUMMARY_LABEL),
      "1、收入:792.22万元…其中:财政拨款收入 (南县政协) -> 年初预算数 / 全年到位数 / 其中：财政拨款", "NXZX", None),
    R("H07", "total row", either(cell("ind"), cell("t4", 0)), r"^合计$", lambda m, k: "共计",
      "共计补贴… (河南); house: totals 共计", "HN", 5),
    R("H08", "total row", cell("budget", 0), r"^合计$", lambda m, k: "总计",
      "house: budget tables close with 总计", "HOUSE", 4),
    R("W01", "level worth", LEVEL_CELL, r"\s?[（(]\s?(\d+)\s?[）)]\s*$", r"（\1分）",
      "部门决策(25 分) 目标任务(15 分) 相关性(5 分) (2017 得分表)", "WANGLU", 67),

    # ============================================================ figure sentences: funds
    R("F01", "figure", text("body"),
      r"^(2024)年部门一般公共预算财政拨款收入(4901\.44)万元，实际收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。（详见表(1)）$",
      r"据统计，截至\4年底，部门全年支出计\5万元，其中：\6年基本支出计\7万元，\8年项目支出计\9万元，部门预算执行率\10。\1年部门一般公共预算财政拨款收入计\2万元，实际收入计\3万元（详见表\11）。",
      "截至2023年底已发债券规模 (柯桥) -> 据统计，截至2024年底，部门全年支出计…", "KQ", 1),
    R("F02", "figure", text("abstract"),
      r"^(2024)年部门一般公共预算财政拨款收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。$",
      r"\1年，部门一般公共预算财政拨款收入计\2万元。截至\3年底，部门全年支出计\4万元，其中：基本支出（\5年）计\6万元，项目支出（\7年）计\8万元，部门预算执行率为\9。",
      "1、收入:792.22万元…2、支出:799.12万元。其中: (南县政协)", "NXZX", 1),
    R("F03", "figure", text("body"), r"^截至 (2024) 年 12 月 31 日，部门全年项目共支出 (6005\.58) 万元。（详见表 (2)）$",
      r"据统计，截至 \1 年底，部门全年项目支出共计 \2 万元（详见表 \3）。", "截至2023年底 (柯桥)", "KQ", 1),
    R("F04", "figure", either(text("body"), cell("summary", 1)),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局) (2024) 年部门整体支出，涉及财政预算资金 (6847\.87) 万元。$",
      r"本次评价的对象为\1 \2 年部门整体支出，涉及财政预算资金计 \3 万元。", "house", "HOUSE", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金 (6847\.87) 万元。$",
      r"年部门财政预算整体支出，涉及资金计 \1 万元。", "house", "HOUSE", 1),
    R("F06", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，基本支出预算执行率为",
      r"\1年肃南县人力资源和社会保障局基本支出全年预算计\2万元，实际执行计\3万元，基本支出预算执行率为",
      "house: figures with 计", "HOUSE", 2),
    R("F07a", "figure", ANNEX_REASON,
      r"(\d{4})年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局项目支出全年预算计\2万元，实际执行计\3万元，", "house", "HOUSE", 1),
    R("F07b", "figure", text("analysis"),
      r"(\d{4}\s?)年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"\1年肃南县人力资源和社会保障局项目支出全年预算计\2万元，实际执行数", "house", "HOUSE", 1),
    R("F08", "figure", REASON_OR_BODY,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"(万元|元)，预算调整数为",
      r"全年收入预算计\1万元，全年收入决算计\2\3，预算调整数为", "house", "HOUSE", 2),
    R("F09", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，“三公”经费控制率为",
      r"据统计，\1年度“三公”经费支出全年预算计\2万元，实际执行计\3万元，“三公”经费控制率为",
      "house: 据统计", "HOUSE", 2),
    R("F10", "figure", REASON_OR_BODY, r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目全年预算计\2万元，项目资金结余总额为\1万元，资金结余率为", "house: clauses reordered", "HOUSE", 2),
    R("F11", "figure", REASON_OR_BODY, r"本部门(\s?\d{4}\s?)年政府预算采购支出总额" + N + r"万",
      r"本部门\1年政府采购预算计\2万", "house", "HOUSE", 2),
    R("F12", "figure", REASON_OR_BODY, r"实际采购支出" + N + r"万元，政府采购执行率为",
      r"实际完成采购计\1万元，政府采购执行率为", "house", "HOUSE", 2),
    R("F13", "figure", REASON_OR_BODY, r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"项目总支出计\1万元，部门\2年重点项目包括", "house", "HOUSE", 1),
    R("F14", "figure", ANNEX_REASON, r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，部门\2年重点项目包括", "house", "HOUSE", 1),
    R("F15", "figure", REASON_OR_BODY, r"，重点支出安排率(\d+(?:\.\d+)?%)，", r"。据统计，重点支出安排率为\1。",
      "house: 据统计", "HOUSE", 2),
    R("F16", "figure", REASON_OR_BODY, r"部门实际完成阶段性任务与计划完成阶段性任务数量一致，阶段性任务完成",
      "经核对，部门阶段性任务实际完成数量与计划完成数量一致，阶段性任务完成", "house", "HOUSE", None),
    R("F17", "figure", REASON_OR_BODY, r"预算调整率为(\s?0%)。", r"预算调整率为\1，年度内未作预算调整。", "house", "HOUSE", 2),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年12月31日，在职人员(\d+)名。",
      r"单位核定人员编制\1名；截至\2年底，实有在职人员\3名。",
      "截至2024年12月31日,部门事业编制人数15人,年末实有人数14人 (红河州)", "HONGHE", 1),
    R("P02", "figure", REASON_OR_BODY,
      r"核定人员编制(\d+)名，截至(2024)年12月31日，在职人员(\d+)人。在职人员控制率为",
      r"核定人员编制\1名，截至\2年底在职人员\3人，据此计算在职人员控制率为",
      "现有编制人员205人。其中,局机关在职113人 (南县财政局)", "NANXIAN", 2),
    R("P03", "figure", REASON_OR_BODY,
      r"编制实有(\d+)人，截至(2024)年12月31日，在职人员(\d+)名，无临聘人员，临聘人员控制率为",
      r"编制实有\1人，截至\2年底在职人员\3名，未聘用临时人员，临聘人员控制率为", "house", "HOUSE", 2),
    R("P04", "figure", text("body"), r"，下设四个职能科室，分别是", "，内设职能科室四个，即", "house", "HOUSE", 1),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "调查样本总量为肃南裕固族自治县人社局部门内部工作人员，按科室及下属单位属性采取随机抽样方式，抽样比例为样本总量的60%。",
      "house", "HOUSE", 1),
    L("V02", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷由评价机构统一发放、统一回收，以保证问卷质量。", "调查共收到247份…问卷反馈 (问卷回收结果)", "NWCZRJ", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"工作人员问卷共设单项选择题 \1 道，每题满分 \2 分。各题赋分标准为：选项 A 计 \3 分，选项 B 计 \4 分，选项 C 计 \5 分，选项 D 计 \6 分；论述题不计分。问卷总分共计 \7 分。",
      "house: 计N分", "HOUSE", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=问卷实际得分总计÷问卷满分总计×\1", "house", "HOUSE", 1),
    R("V05", "survey", text("survey"),
      r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标标准分 \1 分。综合满意率达到 \2及以上的，计满分；在 \3—\4之间的，每低 \5个百分点扣 \6 分；低于 \7的，该项不得分。",
      "在幅度范围内,每降低1%,扣5%权重分值,直至0分 (河南)", "HN", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "问卷计分办法：", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 题目赋分", "house", "HOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 满意率测算方法", "house", "HOUSE", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 指标计分标准", "house", "HOUSE", 1),
    R("V10", "survey", text("survey"), r"\[单选题\]", lambda m, k: "（单选）", "house", "HOUSE", 10),
    R("V11", "survey", text("survey"), r"^(第\d+题) ", r"\1：", "house", "HOUSE", 10),
    L("V12", "survey", text("body"),
      "对部门开展的工作整体满意程度如何；部门执行财政预算资金的合规性如何；对部门资金管理制度的健全程度；部门对于财政资金决算情况公示的透明化程度；对部门招商引资工作的完成效果如何；部门专项资金的使用效果如何。",
      "调查内容包括：部门工作整体满意程度，财政预算资金执行合规性，资金管理制度健全程度，财政资金决算公示透明化程度，招商引资工作完成效果，专项资金使用效果。",
      "house", "HOUSE", 1),
    L("V13", "survey", text("body"), "采用面对面个别访谈形式。", "访谈采取面对面个别访谈的形式进行。", "house", "HOUSE", 1),
    L("V14", "survey", text("body"), "实地调研。", "采取实地调研方式。", "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl, "部门决策(25 分) 目标任务(15 分) (2017 得分表) -> 决策标准分15分，占15%", "WANGLU", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果实行评分与评级相结合，具体分值和等级根据评价内容确定。总分为\1分，划分为四个等级：", "house", "HOUSE", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades, "自评得分100分,自评结果为“优秀” (昌宁)", "CHANGNING", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract, "house: 共计", "HOUSE", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"本次指标分析共涉及一级指标\1个，现逐项分析如下。", "现将自评情况报告如下 (保山)", "BAOSHAN", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      r"“决策”一级指标下设\1个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      r"级指标，即\1；三级指标\2个，即\3\4", "house", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_names, "house", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc, "“项目管理”(60分)和“项目绩效”(40分) (自评表填报说明) -> 标准分共计24分，…分配如下", "HOUSE", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs, "house: 重点考核…。经评价，该项计14分", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"项目效益一级指标下设二级指标\1个、三级指标\2个，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"。经评价，该项计 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP[m.group(2)]}类指标标准分及考核得分", "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：一级指标考核得分汇总", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出明细", "house", "HOUSE", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出明细", "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组成员", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "一级指标得分情况见表4，各项指标考核评分情况见附件1。", "house", "HOUSE", 1),
    R("D18", "declaration", text("analysis"),
      r"^按照绩效评价相关性原则要求，二级指标，三级指标的设计与一级指标具有密切相关性。",
      "依据相关性原则，二级指标、三级指标的设置均与一级指标密切相关。", "house", "HOUSE", 1),
    R("D19", "declaration", text("analysis"), r"（详见表\s?(\d)）", r"（见表\1）", "house", "HOUSE", 4),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经评价，\1年\2绩效评价综合得分\3分，评价等级为“优”。",
      "对…开展了绩效评价,综合评分为97分 (南县财政局)", "NANXIAN", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。",
      "评价认为，本次绩效评价得分97分，评价等级为“优”。", "综合评分为97分 (南县财政局)", "NANXIAN", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经综合论证，评价得分计 97 分。", "house", "HOUSE", 1),
    R("O04", "score sentence", text("body"),
      r"^评审组通过数据采集、问卷调查及访谈，根据部门实际情况，客观公正地对(肃南县人力资源和社会保障局)部门整体支出进行评价，",
      r"评价工作组结合部门实际，通过数据采集、问卷调查及访谈等方式，对\1部门整体支出进行了客观公正的评价，", "house", "HOUSE", 1),

    # ============================================================ scoring rules (考核标准 column)
    R("R01", "scoring rule", ANNEX_RULE,
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule, "要点①②③④各占指标分值的1/4，符合相关要点得相应权重分值 (河南) -> 上述各要点权重均为25%，每达到一项要点计1分", "HN", 21),
    R("R02", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率≤100%的，计2分；未达到此标准的，计0分。",
      "在职人员控制率≤100%,计1分 (部门整体支出绩效评价指标)", "YABO", 2),
    R("R03", "scoring rule", ANNEX_RULE, r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1的，计2分；在60%—80%之间的，每低1个百分点扣0.1分；低于60%的，计0分。",
      "每超过一个百分点扣0.1分,扣完为止 (部门整体支出绩效评价指标)", "YABO", 1),
    R("R04", "scoring rule", ANNEX_RULE, r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"按\1比例计分，计算公式为：得分=\1×分值。",
      "实际完成情况与计划每相差3%,扣1分 (考评计分办法) -> 按…比例计分", "LYGZB", 4),
    L("R05", "scoring rule", ANNEX_RULE,
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的，计满分；每调增或调减1个百分点(不足1%按四舍五入原则取整)扣0.2分，扣至零分；超过10%的，该项不得分。",
      "扣满15分为止 (考评计分办法); 扣完为止 (部门整体支出绩效评价指标)", "LYGZB", 1),
    L("R06", "scoring rule", ANNEX_RULE,
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率在70%—100%区间的，计1分；高于100%的，每高1个百分点扣0.1分，超过10%的，该项不得分。",
      "每超过一个百分点扣0.3分 (部门整体支出绩效评价指标)", "YABO", 1),
    L("R07", "scoring rule", ANNEX_RULE,
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%的，计满分；每高1个百分点扣0.1分，扣至零分；超过10%的，该项不得分。",
      "结余率(计算方法为:结余数/预算数)≤5% (自评表); 扣完为止", "DYRMT", 1),
    R("R08", "scoring rule", ANNEX_RULE,
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率达到 \1及以上的，计满分；在 \2—\3之间的，每低 \4个百分点扣 \5 分；低于 \6的，该项不得分。",
      "实际值达到100%的得满分…每降低1%,扣5%权重分值,直至0分 (河南)", "HN", 1),
    R("R09", "scoring rule", ANNEX_RULE, r"本年(基本|项目)支出预算执行率= \(本年度\1支出执行数/本年度\1支出预算数\) \*100%",
      r"计算方法为：本年\1支出预算执行率=（本年度\1支出执行数÷本年度\1支出预算数）×100%。", "计算方法为:结余数/预算数 (自评表)", "DYRMT", 2),
    R("R10", "scoring rule", ANNEX_RULE, r"^部门实际完成阶段性任务与计划完成阶段性任务数量一致，阶段性任务完成率100%。$",
      "部门阶段性任务实际完成数量与计划数量一致、阶段性任务完成率100%的，计满分。",
      "在计划时间内完成的,得满分 (考评计分办法)", "LYGZB", 1),
    R("R11", "scoring rule", ANNEX_RULE, r"严格控制在政策标准范围达标率为 (90%)以上为满 ?$",
      r"严格控制在政策标准范围内、达标率在 \1以上的计满", "house", "HOUSE", 1),
    R("R12", "scoring rule", ANNEX_RULE, r"(\d+%)-(\d+%)得2分，(\d+%)以下不得分。",
      r"在\1-\2之间的，计2分；\3以下的，该项不得分。", "house", "HOUSE", 1),
    R("R13", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率=（([^）]*)/([^）]*)）\*100%。",
      r"计算方法为：\1人员控制率=（\2÷\3）×100%。", "计算方法为:结余数/预算数 (自评表)", "DYRMT", 2),
    R("R14", "scoring rule", ANNEX_RULE, r"(^|<p>)重点支出安排率=（重点项目支出/项目总支出）\*100%。",
      r"\1计算方法为：重点支出安排率=（重点项目支出÷项目总支出）×100%。", "house", "HOUSE", 1),
    R("R15", "scoring rule", ANNEX_RULE, r"预算调整率=\(预算调整数/预算数\)\*100%。", "计算方法为：预算调整率=（预算调整数÷预算数）×100%。", "house", "HOUSE", 1),
    R("R16", "scoring rule", ANNEX_RULE, r"^项目资金结余率=项目资金结余总额/项目预算数×100%。",
      "计算方法为：项目资金结余率=项目资金结余总额÷项目预算数×100%。", "house", "HOUSE", 1),
    R("R17", "scoring rule", ANNEX_RULE, r"^政府采购执行率=（实际政府采购金额/政府采购预算数）\*100%；",
      "计算方法为：政府采购执行率=（实际政府采购金额÷政府采购预算数）×100%；", "house", "HOUSE", 1),
    R("R18", "scoring rule", ANNEX_RULE, r"^“三公”经费控制率=\(“三公”经费实际支出数/“三公”经费预算安排数\)\*100%。",
      "计算方法为：“三公”经费控制率=（“三公”经费实际支出数÷“三公”经费预算安排数）×100%。", "house", "HOUSE", 1),
    R("R19", "scoring rule", ANNEX_RULE, r"通过调查问卷方式对部门工作进行评测，", "采取问卷调查方式对部门工作进行测评，", "house", "HOUSE", 1),
    R("R20", "scoring rule", ANNEX_RULE, r"^阶段性任务完成率=实际完成的阶段性任务/计划完成的阶段性任务\*100%",
      "计算方法为：阶段性任务完成率=实际完成的阶段性任务÷计划完成的阶段性任务×100%。", "house", "HOUSE", 1),

    # ============================================================ 考核内容 column (指标解释)
    R("I01", "indicator text", cell("annex", 3), r"^主要考察", lambda m, k: "主要考核", "用以反映和考核部门(单位)… (指标体系表)", "TAODOCS", None),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", ANNEX_REASON, ENDING, ending("annex"), "house: 评价认为，该项计N分", "HOUSE", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending("body"), "house: 经评价，本指标计N分", "HOUSE", 34),

    # ============================================================ reasons: openings
    R("G01", "reason", REASON_OR_BODY, r"(^|。|\s|<p>)根据(?=《)", r"\1对照", "house: reasons open 对照《……》", "HOUSE", None),
    R("G02", "reason", REASON_OR_BODY, r"(^|。)根据现场调研", r"\1经现场调研", "house", "HOUSE", 4),
    R("G03", "reason", REASON_OR_BODY, r"，部门设立的整体绩效目标(?=①)", "，评价认为，部门设立的整体绩效目标", "house: 评价认为", "HOUSE", 2),
    R("G04", "reason", REASON_OR_BODY, r"部门总体满意度提升，办事效率满意度，政策知晓度得到了全面提升。",
      "部门总体满意度、办事效率满意度和政策知晓度均得到全面提升。", "house", "HOUSE", 2),
    R("G05", "reason", REASON_OR_BODY, r"等资料，(?=①|项目总支出)", "等资料，经核对，", "house", "HOUSE", None),

    # ============================================================ element markers (reversible, see normalise())
    R("M01", "element marker", ANNEX_RULE, "[" + CIRCLED + "]", marker_rule,
      "评价要点:①…②… (指标体系表) / 要点①②③④ (河南) -> 要点一、要点二", "TAODOCS", None),
    R("M02", "element marker", either(ANNEX_REASON, text("analysis")), "[" + CIRCLED + "]", marker_reason,
      "一是…二是… (2017 自评) -> （一）（二） in the reasons", "WANGLU", None),

    # ============================================================ other paragraphs
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"按照预算绩效管理有关规定，\2受\1委托，于\3年\4-\5月对“\6”资金使用及其效果实施了绩效评价。现将评价情况报告如下：",
      "受隆回县财政局委托,我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成,报告如下 (隆回)", "LONGHUI", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "本次评价主要运用成本效益分析法、因素分析法、比较法和公众评判法。", "house", "HOUSE", 2),
    R("X03", "paragraph", text("abstract"),
      r"^本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。$",
      "本次评价工作分四个阶段进行，即前期调研、制定评价方案、组织实施和撰写评价报告。", "house", "HOUSE", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "评价工作组运用因素分析法和对比分析法，将每一项指标的实际完成情况与评价要素要求逐一比对，分析影响指标完成的主要因素，逐项核定指标得分。",
      "house", "HOUSE", 3),
    R("X05", "paragraph", text(), r"(?<!专家)(?<!绩效评价)评审组", lambda m, k: "评价工作组", "我所成立绩效评价工作组 (隆回)", "LONGHUI", 2),
    L("X06", "paragraph", cell("summary", 1),
      "信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。",
      "采取文本收集、现场调研、深度访谈、问卷调查等方式收集信息和数据，采取定性分析与定量分析相结合的方法处理数据。",
      "house", "HOUSE", 1),
    L("X07", "paragraph", cell("summary", 1), "接受委托任务、拟订方案、开展培训、现场评价、撰写报告、资料归档。",
      "接受委托、拟订方案、组织培训、现场评价、撰写报告、资料归档等环节。", "house", "HOUSE", 1),
    R("X08", "paragraph", text(), r"取得了一定成效，但在绩效管理和预算(安排|执行)方面还有一些不足，主要问题如下：$",
      r"取得了一定成效。评价认为，部门在绩效管理和预算\1方面仍存在一些不足，主要问题如下：", "house: 评价认为", "HOUSE", 2),
    R("X09", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门绩效管理工作不到位的问题。",
      r"经评价，\1部门绩效管理工作不到位。", "house: 经评价", "HOUSE", 2),
    R("X10", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门年度资金安排不够细致的问题。",
      r"经评价，\1部门年度资金安排不够细致。", "house: 经评价", "HOUSE", 2),
    R("X11", "paragraph", text(), r"在本次评价中，未发现(肃南县人力资源和社会保障局)设置部门整体支出绩效目标表，未发现对项目进行中期的绩效检查，",
      r"评价过程中，未见\1设置部门整体支出绩效目标表，亦未见其开展项目中期绩效检查，", "house", "HOUSE", 2),
    R("X12", "paragraph", text(), r"在本次评价中发现(肃南县人力资源和社会保障局)年度资金未作明确安排，",
      r"评价发现，\1未对年度资金作出明确安排，", "house", "HOUSE", 2),
    R("X13", "paragraph", text(), r"^针对部门绩效管理工作不到位的问题，建议部门加强资金预算绩效管理，",
      "针对部门绩效管理工作不到位问题，建议部门切实加强资金预算绩效管理，", "house", "HOUSE", 2),
    R("X14", "paragraph", text(), r"^结合肃南县人社工作实际需求和发展规划，提前对年度工作任务进行梳理，",
      "建议结合肃南县人社工作实际需求和发展规划，提前梳理年度工作任务，", "house", "HOUSE", 2),
    R("X15", "paragraph", text(), r"^被评价部门（单位）的责任是提供与形成本绩效评价报告相关的基础工作材料和资金财务核算资料，并对其真实性、合法性、完整性负责。$",
      "与形成本绩效评价报告相关的基础工作材料和资金财务核算资料由被评价部门（单位）提供，被评价部门（单位）对其真实性、合法性、完整性负责。",
      "house: clauses reordered", "HOUSE", 2),
    R("X16", "paragraph", text(), r"^(2024) 年，全县人力资源和社会保障工作将按照省市人社部门工作要求，",
      r"\1 年，全县人力资源和社会保障工作按照省市人社部门工作要求，", "house", "HOUSE", 1),
    R("X17", "paragraph", text(), r"在履行职责过程中坚持和加强党对人力资源和社会保障工作的集中统一领导。主要职责是：",
      "在履行职责过程中坚持和加强党对人力资源和社会保障工作的集中统一领导。主要职责范围是：",
      "主要职责范围是 (保山 2020)", "BAOSHAN", 2),
    R("X18", "paragraph", text("body"), r"肃南县人力资源和社会保障局聘请北京君和志同管理咨询有限公司，对肃南县人力资源和社会保障局2024年部门整体资金使用过程及效果开展预算绩效评价工作。",
      "受肃南县人力资源和社会保障局委托，北京君和志同管理咨询有限公司对该局2024年部门整体资金使用过程及效果实施了预算绩效评价。现将评价情况报告如下：",
      "受隆回县财政局委托…实施绩效评价 (隆回); 现将自评情况报告如下 (保山)", "LONGHUI", 1),
    R("X19", "paragraph", text("body"), r"^评价工作组拟采用现场评价和非现场评价相结合的方式，",
      "评价工作组采取现场评价与非现场评价相结合的方式，", "house", "HOUSE", 1),
    R("X20", "paragraph", text("body"), r"^此次绩效评价工作主要采用计划标准、财政部门 and 预算部门确认或认可的其他标准。$",
      "本次评价主要采用计划标准以及财政部门 and 预算部门确认或认可的其他标准。", "house", "HOUSE", 1),
    R("X21", "paragraph", text(), r"^本次评价主要是对(肃南县人力资源和社会保障局)部门整体",
      r"本次评价主要对\1部门整体", "house", "HOUSE", 2),
    R("X22", "paragraph", text(), r"^本次评价本着问题导向、系统评价、科学客观、讲求绩效的原则，",
      "本次评价坚持问题导向、系统评价、科学客观、讲求绩效的原则，", "house", "HOUSE", 1),
    R("X23", "paragraph", text(), r"，特制订本(调查问卷|调研方案)。", r"，制定本\1。", "house", "HOUSE", 2),
    R("X24", "paragraph", text(), r"^绩效评价标准通常包括计划标准、行业标准、历史标准等，用于对绩效指标完成情况进行比较。$",
      "绩效评价标准一般包括计划标准、行业标准、历史标准等，用于比较绩效指标完成情况。", "house", "HOUSE", 1),
    R("X25", "paragraph", text("body"), r"^(\(|（)(\d)(\)|）)\s?(成本效益分析法|比较法|因素分析法|最低成本法|公众评判法|标杆管理法)。是指",
      r"\1\2\3\4，是指", "house", "HOUSE", 6),

    # ============================================================ headings
    H("T01", "部门概况", "部门基本情况", "house", "HOUSE", 2),
    H("T02", "部门职能", "部门主要职责", "主要职责范围是 (保山)", "BAOSHAN", 3),
    H("T03", "部门预算安排及执行情况", "部门预算安排与执行", "house", "HOUSE", 2),
    H("T04", "部门资金使用情况", "部门资金收支情况", "house", "HOUSE", 1),
    H("T05", "部门组织管理", "机构设置及人员编制", "(一)机构设置情况 (二)人员编制情况 (南县财政局)", "NANXIAN", 2),
    H("T06", "部门年度绩效目标", "部门年度总体目标", "house", "HOUSE", 2),
    H("T07", "绩效评价工作开展情况", "评价工作组织开展情况", "house", "HOUSE", 3),
    H("T08", "绩效评价目的、对象和范围", "评价目的及对象、范围", "house", "HOUSE", 3),
    R("T09", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价原则及指标体系", "house", "HOUSE", 3),
    H("T10", "评价原则", "评价工作原则", "house", "HOUSE", 1),
    H("T11", "评价方法", "评价工作方法", "house", "HOUSE", 1),
    H("T12", "评价标准", "评价适用标准", "house", "HOUSE", 1),
    H("T13", "评价指标体系", "评价指标体系设置", "house", "HOUSE", 2),
    H("T14", "评价原则和方法", "评价原则及方法", "house", "HOUSE", 1),
    H("T15", "绩效评价依据", "评价政策依据", "house", "HOUSE", 2),
    H("T16", "绩效评价工作过程", "评价工作程序", "house", "HOUSE", 3),
    H("T17", "综合评价情况及评价结果", "综合评价情况及结论", "house", "HOUSE", 2),
    H("T18", "综合评价情况及评价结论", "综合评价情况及结论", "house", "HOUSE", 1),
    H("T19", "综合评价情况", "综合评价", "house", "HOUSE", 2),
    H("T20", "评价结果", "评价结论", "house", "HOUSE", 2),
    H("T21", "绩效评价指标分析", "指标考核情况分析", "house", "HOUSE", 3),
    H("T22", "部门决策情况分析", "决策类指标分析", "house", "HOUSE", 2),
    H("T23", "部门过程情况分析", "过程类指标分析", "house", "HOUSE", 2),
    H("T24", "部门产出情况分析", "产出类指标分析", "house", "HOUSE", 2),
    H("T25", "部门效益情况分析", "效益类指标分析", "house", "HOUSE", 2),
    H("T26", "评价指标相关性分析、指标设计和分值设计", "指标设置及标准分分配", "house", "HOUSE", 4),
    H("T27", "指标评分结果分析", "指标考核得分分析", "house", "HOUSE", 4),
    H("T28", "存在的主要问题及原因分析", "存在的问题及原因", "存在的问题:一是… (2017 自评)", "WANGLU", 3),
    H("T29", "存在的问题", "主要问题", "house", "HOUSE", 2),
    H("T30", "有关建议", "意见建议", "house", "HOUSE", 2),
    H("T31", "相关建议", "意见建议", "house", "HOUSE", 1),
    H("T32", "部门主要做法及经验", "主要做法和经验", "house", "HOUSE", 1),
    H("T33", "社会调查方案", "社会调查工作方案", "house", "HOUSE", 2),
    H("T34", "内部人员调查问卷方案", "内部人员问卷调查方案", "house", "HOUSE", 2),
    H("T35", "调查方法和抽样方式", "调查及抽样方式", "house", "HOUSE", 1),
    H("T36", "问卷的发放和回收", "问卷发放及回收", "house", "HOUSE", 1),
    H("T37", "其他需要说明的问题", "需要说明的其他事项", "house", "HOUSE", 3),
    H("T38", "关于评价方所取部门资料的说明", "评价资料取得情况说明", "house", "HOUSE", 3),
    H("T39", "关于影响本部门绩效评价局限性的说明", "评价局限性情况说明", "house", "HOUSE", 3),
    H("T40", "部门职能及资金使用", "部门职责及资金收支", "house", "HOUSE", 1),
    H("T41", "访谈工作方案", "访谈工作安排", "house", "HOUSE", 2),
    H("T42", "现场调研方案", "现场调研安排", "house", "HOUSE", 2),
    R("T43", "heading", text("abstract"), r"^（([一二三四])）项目(决策|过程|产出|效益)$", r"（\1）\2类指标", "house", "HOUSE", 4),
    H("T44", "评价对象和范围", "评价对象及范围", "house", "HOUSE", 2),
    H("T45", "评价准备阶段", "准备阶段", "house", "HOUSE", 1),
    H("T46", "评价实施阶段", "实施阶段", "house", "HOUSE", 1),
    H("T47", "报告撰写阶段", "报告阶段", "house", "HOUSE", 1),
    H("T48", "调研地点选取", "调研地点", "house", "HOUSE", 1),
    H("T49", "访谈类型和访谈方式", "访谈方式", "house", "HOUSE", 1),
    H("T50", "评价目的", "评价目的和意义", "house", "HOUSE", 2),
]


# ------------------------------------------------------------------ reversible normalisations for the check
PCT_POINT = re.compile(r"(\d+(?:\.\d+)?)个百分点")
YEAR_END = re.compile(r"(\d{4})(\s?)年(\s?)底")
M_RULE = re.compile(r"要点([一二三四五六七八九十])、")
M_REASON = re.compile(r"（([一二三四五六七八九十])）")
HEADING = re.compile(r"^\s*[（(]\s?[一二三四五六七八九十]+\s?[）)]")


def normalise(lines: list[str], kinds: list[str | None], sections: list[str], heads: list[bool]) -> list[str]:
    out = []
    for ln, kind, sec, head in zip(lines, kinds, sections, heads, strict=True):
        ln = PCT_POINT.sub(r"\1%", ln)
        ln = YEAR_END.sub(r"\1\2年\3 12月31日", ln)
        if kind == "annex" and "\t" in ln:
            cells = ln.split("\t")
            for j in (4, 5):
                if j < len(cells):
                    cells[j] = M_RULE.sub(lambda m: CIRCLED[CN.index(m.group(1))], cells[j])
                    cells[j] = M_REASON.sub(lambda m: CIRCLED[CN.index(m.group(1))], cells[j])
            ln = "\t".join(cells)
        elif sec == "analysis" and "\t" not in ln and not head:
            ln = M_REASON.sub(lambda m: CIRCLED[CN.index(m.group(1))], ln)
        out.append(ln)
    return out


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    source = Path(argv[2]) if len(argv) == 3 else SOURCE
    lines = source.read_text(encoding="utf-8").split("\n")
    sections, kinds, _ = classify(lines)
    src = "\n".join(lines)
    assert not PCT_POINT.search(src) and not YEAR_END.search(src) and not M_RULE.search(src)
    for ln, kind, sec in zip(lines, kinds, sections, strict=True):   # no （一） inside reasons in the original
        if kind == "annex" and "\t" in ln:
            assert not any(M_REASON.search(c) for c in ln.split("\t")[4:6]), ln[:80]
        elif sec == "analysis" and "\t" not in ln and not HEADING.match(ln):
            assert not M_REASON.search(ln), ln[:80]
    new_lines = apply(lines, RULES, "t")
    heads = [bool(HEADING.match(ln)) for ln in lines]
    check(normalise(lines, kinds, sections, heads), normalise(new_lines, kinds, sections, heads), "t", True)
    total = sum(r.applied for r in RULES)
    partial = os.environ.get("REWORD_T_ONLY") or os.environ.get("REWORD_T_SKIP")
    if total < 300 and not partial:
        raise SystemExit(f"reword_t.py: only {total} places rewritten, fewer than 300")
    outdir.mkdir(parents=True, exist_ok=True)
    text_out, table_out = outdir / "sunan-reworded-t.txt", outdir / "rewrites-t.tsv"
    text_out.write_text("\n".join(new_lines), encoding="utf-8")
    rows = ["id\tcategory\tcount\twhere\tbefore (first place)\tafter (first place)\timitates (real phrasing)\tsource"]
    for r in RULES:
        rows.append("\t".join([r.id, r.what, str(r.applied), ",".join(sorted(r.where)),
                               tsv_field(r.example[0])[:300], tsv_field(r.example[1])[:300],
                               tsv_field(r.imitates), SRC[r.src]]))
    rows.append("\t".join(["TOTAL", "", str(total), "", "", "", "", ""]))
    table_out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    changed = sum(1 for a, b in zip(lines, new_lines, strict=True) if a != b)
    print(f"reword_t.py: {total} places rewritten by {len(RULES)} rules, {changed} lines changed; "
          f"wrote {text_out} and {table_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
