#!/usr/bin/env python3
"""Held-out rewording of the reference report (writer Z).

    python3 reword_z.py OUT_DIR [SOURCE]

Writes OUT_DIR/sunan-reworded-z.txt and OUT_DIR/rewrites-z.tsv.

Writer Z is a 山东/江苏 large consultancy (a 会计师事务所-born 绩效评价 team of the 中审/致同/立信 kind) writing a
重点绩效评价报告 for a 市级 财政局, in dense table-like prose: table headers 标准分值 / 实得分 / 评分依据 / 评分说明 /
考核要点 (财政部 中央级行政经费项目支出考评计分办法 "指标名称 | 分值 | 评分依据 | 实际得分"), level worths written
"（标准分15分）", figures as "……万元，占比X%" / "同比增长X%" where the report already has the rate (泸州/广西 单位预算
说明 "基本支出预算2476260.58元，占一般公共预算支出的84.06%，同比减少…下降0.2%"), rules "按……的比例计分",
"……≥90%的得满分，每低1个百分点扣减0.2分", "具备……的，得N分；不具备的，得0分" (嘉定 立丰 考核表 "…得15分；
不能保持…，不得分", 中介机构考核评分表 "…的，计2分；…扣完为止"), reasons ending "实得N分。", the indicator system as
a table-like sentence "一级指标4项、二级指标13项、三级指标34项", an abbreviation introduced once
("（以下简称“县人社局”）") and used throughout the body, "依据《…》" for "根据《…》".

Every number, ①② mark, 文号, 《title》 and table cell value stays; every defect stays; no scoring rule changes the score
it gives for any case.  Safety check: rewordkit's, with one reversible normalisation on both sides: "N个百分点" is "N%".

Environment: REWORD_Z_ONLY=ID,ID apply only these rules; REWORD_Z_SKIP=ID,ID leave these out (counts not asserted);
REWORD_Z_DEBUG=1 prints each rule's count.
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from rewordkit import H, L, R, Rule, apply, cell, check, either, text, tsv_field  # noqa: E402

SOURCE = Path(__file__).resolve().parents[2] / "fixtures" / "sunan-hrss-2024.txt"

SRC = {
    "ZJKP": "http://www.lygzb.net/html/text/chl/509/50957_3.html (财政部 中央级行政经费项目支出考评计分办法: 指标名称 | 分值 | 评分依据 | 实际得分; “在计划时间内完成的，得满分”)",
    "LUZHOU": "http://117.141.250.58:10060/wzyjsgkpt/uploadFile/upload1412/upload20240311/C443CF594F700D82110193222E29D217.html (单位预算说明: “基本支出预算 2476260.58 元，占一般公共预算支出的84.06%，同比减少 4966.66 元，下降 0.2%”“工资福利支出预算 2016908.34 元，占基本支出预算81.45%，同比增加…增长 1.68%”)",
    "ZJPJ": "https://max.book118.com/html/2017/0624/117773641.shtm (中介机构绩效评价报告质量考核评分表: “考核内容 分值 评分标准 评定分数”“…的，计2分；…每少一项扣0.4分，扣完为止”)",
    "JIADING": "http://wenlv.jiading.cn/publicity/fdzdgknr/czzj/czxx/jxpj/127388 (上海立丰税务师事务所 考核表: “在评价过程中保持工作组成员稳定，得15分；不能保持组员稳定并随意更换组员，不得分”)",
    "HENAN": "/work/shared/corpus/henan-skills-competition-2021-2024.md (河南昭元: “共安排资金7455万元，占比55.08%”; 表头“资金占比(%)”)",
    "LONGHUI": "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml (上会会计师事务所 隆回 乡村振兴资金 绩效评价报告: “受隆回县财政局委托，我所成立绩效评价工作组…”)",
    "NANXIAN": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (南县财政局: “按照部门整体支出绩效评价指标体系…综合评分为97分”)",
    "KJLWW": "http://www.kjlww.com/article-76747.html (会计师事务所 综合评价: “评价指标 评分规则”“得分=(本所收入÷300)×120”“本所该指标得分=本所该指标数值×45”)",
    "DZ": "http://www.dz-gczx.com/wap/articleDetails_id_1290.html (鼎正: 优(90-100分)、良(80-89分)、中(60-79分)、差(0-59分))",
    "HOUSE": "house wording of writer Z (山东/江苏 大型咨询公司, per the brief); no published page found for these exact words",
}

N = r"(\s?\d+(?:\.\d+)?\s?)"
ANNEX_RULE = cell("annex", 4)
ANNEX_REASON = cell("annex", 5)
REASON_OR_BODY = either(text("analysis"), cell("annex", 5))


def st(x):
    return x.strip()


def hmap(mapping):
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER = {"三级指标": "三级指标名称", "指标解释": "考核要点", "评分标准": "评分依据", "得分原因": "评分说明", "得分": "实得分"}
IND_HEADER = {"分值": "标准分值", "得分": "实得分", "得分率%": "得分率（%）"}
BUDGET_HEADER = {"财政拨款收入 (元)": "财政拨款收入额（元）", "小计(元)": "分类小计（元）",
                 "人员经费支出 (元)": "人员经费支出额（元）", "商品和服务支出 (元)": "商品和服务支出额（元）",
                 "支出明细": "经济分类科目名称", "部门基本资金支出": "基本支出经济分类明细",
                 "项目": "项目支出功能分类明细", "下达资金": "下达金额（元）", "支出金额": "实际支出额（元）",
                 "项目名称": "功能分类科目名称", "项目支出明细": "功能分类科目名称"}
SUMMARY_LABEL = {"预算安排资金": "年度预算安排", "实际到位资金": "资金到位数", "实际支出资金": "实际支出数",
                 "结转结余资金": "结转结余数", "预算执行率": "资金执行率", "评价得分": "综合得分",
                 "评价等级": "等级评定", "资金情况 (万元)": "资金情况（单位：万元）", "指标": "一级指标名称",
                 "实施目的": "评价目的", "评价办法": "评价方法", "数据采集及处理办法": "数据采集与处理方法",
                 "绩效评价工作过程": "评价工作程序", "综合评价结论": "综合评价", "绩效分析": "一级指标得分率",
                 "评价范围": "评价对象与范围", "绩效评价指标体系": "评价指标体系"}


def level_cell(m, k):
    return f"{m.group(1).strip()}（标准分{m.group(2)}分）"


# ---------------------------------------------------------------- element rules
ELEM = r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)"


def element_rule(m, k):
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    zero = "得0分" if z == "得0分" else "不得分"
    v = k % 3
    if v == 0:
        return f"以上要素按{w}的比例分别计分：具备的，每项得{p}分；不具备的，该项{zero}"
    if v == 1:
        return f"每项要素权重{w}，具备的得{p}分，不具备的{zero}"
    return f"以上要素各占{w}，逐项评分：具备的得{p}分；不具备的，{zero}"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)\s*$"


def ending(style):
    def f(m, k):
        lead, sp1, num, sp2, stop = m.groups()
        if lead in ("，", "；"):
            lead = "。"
        if style == "annex":
            return f"{lead}实得{sp1}{num}{sp2}分{stop}"
        return f"{lead}{'本指标' if k % 2 == 0 else '该项'}实得{sp1}{num}{sp2}分{stop}"
    return f


def decl(m, k):
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    return (f"评价指标体系设一级指标{n1}项、二级指标{n2}项、三级指标{n3}项，其中：决策标准分{d}分，占比{dw}；"
            f"过程标准分{p}分，占比{pw}；产出标准分{o}分，占比{ow}；效益标准分{e}分，占比{ew}")


def decl_abstract(m, k):
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系设一级指标{n1}项（决策、过程、产出、效益）、二级指标{n2}项、三级指标{n3}项，"
            f"标准分值合计{full}分，其中：决策{d}分、过程{p}分、产出{o}分、效益{e}分。")


def grades(m, k):
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    return (f"{a}分≤总得分≤{b}分的为优，{c}分≤总得分<{d}分的为良，{e}分≤总得分<{f}分的为中，"
            f"总得分<{g}分的为差")


def level_abs(m, k):
    lvl, n2, n3, focus, score = m.groups()
    return f"一级指标“{lvl}”下设二级指标{n2}项、三级指标{n3}项，重点考核{focus}，实得{score}分。"


def alloc(m, k):
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    parts = "；".join(f"“{a}”标准分{sp}{st(b)}{sp}分" for a, b in pairs)
    return f"“{lvl}”标准分{sp}{st(total)}{sp}分，按与{lvl}指标的关联程度{extra}分配如下：{parts}。"


def level_names(m, k):
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)
    return f"一级指标“{lvl}”设二级指标{st(n2)}项（{two}）、三级指标{st(n3)}项（{three}）{stop}"


CAP = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
LVL = r"(?:决策|过程|产出|效益|目标设定|预算配置|预算执行|资金管理|资产管理|档案管理|数量指标|质量指标|时效指标|经济效益|社会效益|生态效益|满意度)"
UNIT = "肃南县人力资源和社会保障局"

RULES: list[Rule] = [
    # ======================================================== headers, labels, level worths
    R("H01", "table header", cell("annex", 2, 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER)) + r")$", hmap(ANNEX_HEADER),
      "指标名称 | 分值 | 评分依据 | 实际得分 (财政部 考评计分办法) -> 三级指标名称 | 考核要点 | 评分依据 | 评分说明 | 实得分", "ZJKP", None),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER)) + r")$", hmap(IND_HEADER), "标准分值 / 实得分 (house, brief)", "HOUSE", None),
    R("H03", "table header", cell("budget"), r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER)) + r")$", hmap(BUDGET_HEADER),
      "工资福利支出预算…占基本支出预算81.45% (单位预算说明: 经济分类)", "LUZHOU", None),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "选择人数", "比例": "所占比例"}[m.group(0)], "资金占比(%) (河南)", "HENAN", None),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "岗位", "主要职责": "工作分工"}[m.group(0)], "house", "HOUSE", 2),
    R("H06", "table label", cell("summary", 0, 1, 3, 4, 5), r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL)) + r")$",
      hmap(SUMMARY_LABEL), "house", "HOUSE", None),
    R("H07", "total row", cell("ind", 0, 1, 2), r"^合计$", lambda m, k: "小计", "house", "HOUSE", 4),
    R("H08", "total row", cell("t4", 0), r"^合计$", lambda m, k: "总分", "house", "HOUSE", 1),
    R("H09", "total row", cell("budget", 0), r"^合计$", lambda m, k: "总计", "house", "HOUSE", 4),
    R("W01", "level worth", either(cell("annex", 0, 1), cell("ind", 0, 1)),
      r"^(\s?" + LVL + r"\s?)[（(]\s?(\d+)\s?[）)]\s*$", level_cell, "（标准分3分） (brief house)", "HOUSE", None),
    R("W02", "level worth", cell("annex", 2), r"^(\S[^（()]*?|)\s?[（(]\s?(\d+)\s?[）)]\s*$",
      lambda m, k: f"{m.group(1).rstrip()}（标准分{m.group(2)}分）", "（标准分3分） (brief house)", "HOUSE", None),
    R("W03", "indicator text", cell("annex", 3), r"^主要考察", lambda m, k: "重点考核", "house", "HOUSE", None),

    # ======================================================== abbreviation of the unit
    L("A00", "abbreviation", text("abstract"), "受肃南裕固族自治县人力资源和社会保障局委托",
      "受肃南裕固族自治县人力资源和社会保障局（以下简称“县人社局”）委托", "受隆回县财政局委托，我所成立… (上会)", "LONGHUI", 1),

    # ======================================================== figure sentences
    R("F01", "figure", text("body"),
      r"^(2024)年部门一般公共预算财政拨款收入(4901\.44)万元，实际收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。（详见表(1)）$",
      r"\1年，部门一般公共预算财政拨款收入\2万元，实际收入\3万元；截至\4年12月31日，部门全年支出\5万元，其中：\6年基本支出\7万元，\8年项目支出\9万元；预算执行率达\10。具体见表\11。",
      "“基本支出预算 2476260.58 元，占…” (单位预算说明): 其中：… list", "LUZHOU", 1),
    R("F02", "figure", text("abstract"),
      r"^(2024)年部门一般公共预算财政拨款收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。$",
      r"\1年，部门一般公共预算财政拨款收入\2万元；截至\3年12月31日，部门全年支出\4万元，其中：\5年基本支出\6万元，\7年项目支出\8万元；预算执行率达\9。",
      "(单位预算说明) 其中： list", "LUZHOU", 1),
    R("F03", "figure", text("body"), r"^截至 (2024) 年 12 月 31 日，部门全年项目共支出 (6005\.58) 万元。（详见表 (2)）$",
      r"截至 \1 年 12 月 31 日，部门项目支出合计 \2 万元，具体见表 \3。", "house", "HOUSE", 1),
    R("F04", "figure", either(text("body"), cell("summary", 1)),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局) (2024) 年部门整体支出，涉及财政预算资金 (6847\.87) 万元。$",
      r"本次评价对象为\1 \2 年部门整体支出，涉及财政预算资金合计 \3 万元。", "house", "HOUSE", 2),
    R("F06", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年(?:肃南县人力资源和社会保障局|县人社局)基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年县人社局基本支出预算安排\2万元，实际支出\3万元，", "house", "HOUSE", 2),
    R("F07a", "figure", ANNEX_REASON,
      r"(\d{4})年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年县人社局项目支出预算安排\2万元，实际支出\3万元，", "house", "HOUSE", 1),
    R("F07b", "figure", text("analysis"),
      r"(\d{4}\s?)年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"\1年县人社局项目支出预算安排\2万元，实际支出", "house", "HOUSE", 1),
    R("F07c", "figure", text("analysis"), r"^为" + N + r"万元，项目支出预算执行率为", r"\1万元，项目支出预算执行率为", "house", "HOUSE", 1),
    R("F08", "figure", REASON_OR_BODY,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"(万元|元)，预算调整数为" + N + r"(万元|元)，",
      r"全年收入预算\1万元，收入决算\2\3，预算调整\4\5，", "house", "HOUSE", 2),
    R("F09", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度“三公”经费预算安排\2万元，实际支出\3万元，", "house", "HOUSE", 2),
    R("F10", "figure", REASON_OR_BODY, r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目全年预算\2万元，结余资金\1万元，资金结余率为", "house (order: whole before part)", "HOUSE", 2),
    R("F11", "figure", REASON_OR_BODY, r"本部门(\s?\d{4}\s?)年政府预算采购支出总额" + N + r"万",
      r"本部门\1年政府采购预算\2万", "house", "HOUSE", 2),
    R("F12", "figure", REASON_OR_BODY, r"实际采购支出" + N + r"万元，", r"实际采购\1万元，", "house", "HOUSE", 2),
    R("F13", "figure", REASON_OR_BODY, r"参保人员增长率达(\s?\d+(?:\.\d+)?%)", r"参保人数同比增长\1",
      "“…同比增加 33279.22 元，增长 1.68%” (单位预算说明)", "LUZHOU", 2),
    R("F14", "figure", REASON_OR_BODY, r"完成目标任务(\s?\d+\s?)(人|万元)的(\s?\d+(?:\.\d+)?%)",
      r"占目标任务\1\2的\3", "“占一般公共预算支出的84.06%” (单位预算说明)", "LUZHOU", None),
    R("F15", "figure", REASON_OR_BODY, r"，重点支出安排率(\d+(?:\.\d+)?%)，", r"，重点项目支出占项目总支出的比例（重点支出安排率）为\1。",
      "“占基本支出预算81.45%” (单位预算说明)", "LUZHOU", 2),
    R("F16", "figure", REASON_OR_BODY, r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有", r"项目支出合计\1万元，部门\2年重点项目包括",
      "house", "HOUSE", 1),
    R("F17", "figure", ANNEX_REASON, r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有", r"\1万元，部门\2年重点项目包括", "house", "HOUSE", 1),
    R("F18", "figure", REASON_OR_BODY, r"部门实际完成阶段性任务与计划完成阶段性任务数量一致，",
      "阶段性任务实际完成数与计划数一致，", "house", "HOUSE", None),

    # ======================================================== staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年12月31日，在职人员(\d+)名。",
      r"单位核定编制\1名；截至\2年12月31日，实有在职人员\3名。", "house", "HOUSE", 1),
    R("P02", "figure", REASON_OR_BODY, r"核定人员编制(\d+)名，截至(2024)年12月31日，在职人员(\d+)人。在职人员控制率为",
      r"核定编制\1名；截至\2年12月31日，实有在职人员\3人，在职人员控制率为", "house", "HOUSE", 2),
    R("P03", "figure", REASON_OR_BODY, r"编制实有(\d+)人，截至(2024)年12月31日，在职人员(\d+)名，无临聘人员，",
      r"编制实有\1人；截至\2年12月31日，在职人员\3名，未聘用临聘人员，", "house", "HOUSE", 2),

    # ======================================================== declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl, "“一级指标4项、二级指标13项、三级指标34项” (brief house); “占比55.08%” (河南)", "HENAN", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果采取评分与评级相结合的方式，标准分值合计\1分，评价等级分为四档：", "house", "HOUSE", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades, "优(90-100分)、良(80-89分)… (鼎正), bands kept", "DZ", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract, "一级指标4项、二级指标13项… (brief house)", "HOUSE", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"评价指标体系共设一级指标\1项，逐项分析如下。", "house", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$", r"一级指标“决策”设\1项二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      r"级指标（\1）、\2项三级指标（\3）\4", "house", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_names, "house", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc, "（标准分…） (brief house)", "HOUSE", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs, "house: 实得N分", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"一级指标“效益”下设二级指标\1项、三级指标\2项，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，实得 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP[m.group(2)]}类指标标准分值及实得分情况", "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：一级指标实得分汇总表", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出经济分类明细表", "house", "HOUSE", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出功能分类明细表", "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组人员构成", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "各一级指标实得分见表4，评分依据及评分说明见附件1。", "house", "HOUSE", 1),
    R("D19", "declaration", text("analysis"), r"（详见表\s?(\d)）", r"（具体见表\1）", "house", "HOUSE", 4),

    # ======================================================== overall score
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经综合评价，\1年\2绩效评价实得\3分，等级评定为“优”。", "“综合评分为97分” (南县)", "NANXIAN", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次绩效评价实得97分，等级评定为“优”。",
      "house", "HOUSE", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经综合评定，实得 97 分。", "house", "HOUSE", 1),

    # ======================================================== scoring rules
    R("R01", "scoring rule", ANNEX_RULE, ELEM, element_rule,
      "“…得15分；不能保持…，不得分” (嘉定 立丰): 具备的得N分；不具备的得0分; 按…的比例计分 (brief house)", "JIADING", 21),
    R("R02", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率控制在100%以内（含）的，得2分；超过的，得0分。", "“…的，计2分” (中介机构 考核评分表)", "ZJPJ", 2),
    R("R03", "scoring rule", ANNEX_RULE, r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1的，得2分；60%—80%的，每低1个百分点扣减0.1分；低于60%的，得0分。", "每低1个百分点扣减 (brief house)", "HOUSE", 1),
    R("R04", "scoring rule", ANNEX_RULE, r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"按\1的比例计分，即得分=\1×标准分值。", "“本所该指标得分=本所该指标数值×45” (综合评价 评分规则); 按…的比例计分 (brief)", "KJLWW", 4),
    L("R05", "scoring rule", ANNEX_RULE,
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的，得满分；每调增或调减1个百分点(不足1%按四舍五入原则取整)扣减0.2分；超过10%的，不得分。",
      "“每少一项扣0.4分，扣完为止” (中介机构 考核评分表)", "ZJPJ", 1),
    L("R06", "scoring rule", ANNEX_RULE,
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率在70%—100%之间的，得1分；超出100%的，每高1个百分点扣减0.1分；超过10%的，不得分。",
      "house", "HOUSE", 1),
    L("R07", "scoring rule", ANNEX_RULE, "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%的，得满分；每高1个百分点扣减0.1分；超过10%的，不得分。", "house", "HOUSE", 1),
    L("R08a", "scoring rule", ANNEX_RULE, "严格控制在政策标准范围达标率为 90%以上为满",
      "严格控制在政策标准范围，达标率≥ 90%的，得满", "≥…的得满分 (brief house)", "HOUSE", 1),
    L("R08b", "scoring rule", ANNEX_RULE, "分，60%-90%得2分，60%以下不得分。", "分；60%-90%的，得2分；60%以下的，不得分。",
      "house", "HOUSE", 1),
    L("R09", "scoring rule", ANNEX_RULE, "综合满意率达到 90%以上得满分，70%—90%每降低 1%扣 0.2 分，低于 70%不得分。",
      "综合满意率≥ 90%的，得满分；70%—90%的，每低 1 个百分点扣减 0.2 分；低于 70%的，不得分。",
      "完成率≥95%的得满分，每低1个百分点扣减0.2分 (brief house)", "HOUSE", 1),
    R("R10", "scoring rule", ANNEX_RULE, r"部门实际完成阶段性任务与计划完成阶段性任务数量一致，阶段性任务完成率100%。",
      "具备条件：阶段性任务实际完成数与计划数一致，阶段性任务完成率100%。", "house", "HOUSE", 1),

    # ======================================================== score endings
    R("E01", "score ending", ANNEX_REASON, ENDING, ending("annex"), "reasons ending “实得X分。” (brief house)", "HOUSE", None),
    R("E02", "score ending", text("analysis"), ENDING, ending("body"), "house: 本指标实得X分。", "HOUSE", None),

    # ======================================================== survey
    R("V01", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷共设 \1 题，均为单选题，每题标准分 \2 分，按选项计分：A 得 \3 分、B 得 \4 分、C 得 \5 分、D 得 \6 分；论述题不计分，问卷标准分值合计 \7 分。",
      "house", "HOUSE", 1),
    R("V02", "survey", text("survey"), r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=问卷实得分合计/问卷标准分值合计×\1", "house", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标标准分 \1 分：综合满意率≥\2的，得满分；\3—\4的，每低 \5 个百分点扣减 \6 分；低于 \7的，不得分。",
      "完成率≥95%的得满分，每低1个百分点扣减0.2分 (brief house)", "HOUSE", 1),
    L("V04", "survey", text("survey"), "得分标准设置：", "计分办法：", "house", "HOUSE", 1),
    L("V05", "survey", text("survey"), "(1) 分值设置", "(1) 标准分值", "house", "HOUSE", 1),
    L("V06", "survey", text("survey"), "(2) 满意率计算", "(2) 综合满意率", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(3) 评价标准", "(3) 评分依据", "house", "HOUSE", 1),
    R("V08", "survey", text("survey"), r"\s?\[单选题\]", lambda m, k: "【单选】", "house", "HOUSE", 10),
    L("V10", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "以肃南裕固族自治县人社局内部工作人员为样本总量，按科室及下属单位属性随机抽样，抽样比例为60%。",
      "house", "HOUSE", 1),
    L("V11", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。", "问卷由评价机构统一发放、统一回收。", "house", "HOUSE", 1),

    # ======================================================== wording across the body
    R("B01", "wording", either(text("analysis"), cell("annex", 5)), r"^(\s?[（(]\s?\d+\s?[）)]\s?[^。（]{2,20}。)?根据《", r"\1依据《",
      "house: 依据《…》", "HOUSE", None),
    R("B02", "wording", either(text("abstract", "body", "analysis", "survey"), cell("annex", 5)), re.escape(UNIT) + r"(?!部门整体支出 绩效评价报告)",
      lambda m, k: "县人社局", "（以下简称“县人社局”） abbreviation (house)", "HOUSE", None),
    R("B03", "wording", text("analysis"), r"^应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，",
      "采用因素分析法和对比分析法，将每一项指标实际完成情况与考核要点对照分析，", "house", "HOUSE", 3),
    H("T01", "部门概况", "部门基本情况", "house", "HOUSE", 2),
    H("T02", "部门预算安排及执行情况", "部门预算安排及执行", "house", "HOUSE", 2),
    H("T03", "绩效评价工作开展情况", "评价工作开展情况", "house", "HOUSE", 3),
    H("T04", "指标评分结果分析", "指标实得分分析", "house", "HOUSE", 4),
    H("T05", "评价指标相关性分析、指标设计和分值设计", "指标设置及标准分值", "house", "HOUSE", 4),
    H("T06", "部门职能", "部门主要职能", "house", "HOUSE", None),
    H("T07", "部门组织管理", "机构设置及人员情况", "house", "HOUSE", None),
    H("T08", "部门年度绩效目标", "年度绩效目标", "house", "HOUSE", None),
    H("T09", "绩效评价目的、对象和范围", "评价目的、对象及范围", "house", "HOUSE", None),
    H("T10", "绩效评价依据", "评价依据", "house", "HOUSE", None),
    H("T11", "绩效评价工作过程", "评价工作程序", "house", "HOUSE", None),
    H("T12", "综合评价情况及评价结果", "综合评价情况及结论", "house", "HOUSE", None),
    H("T13", "评价结果", "评价结论", "house", "HOUSE", None),
    R("T14", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?[一二三四]\s?[）)]\s?)部门(决策|过程|产出|效益)情况分析$",
      r"\1\2类指标分析", "house", "HOUSE", None),
    H("T15", "存在的主要问题及原因分析", "存在问题及原因分析", "house", "HOUSE", None),
    H("T16", "社会调查方案", "社会调查安排", "house", "HOUSE", None),
    H("T17", "内部人员调查问卷方案", "问卷调查方案", "house", "HOUSE", None),
    H("T18", "访谈工作方案", "访谈方案", "house", "HOUSE", None),
    H("T19", "现场调研方案", "现场核查方案", "house", "HOUSE", None),
    H("T20", "其他需要说明的问题", "其他需说明的事项", "house", "HOUSE", None),
    R("V12", "survey", cell("survey", 0, header=False), r"^([A-D])(?=[\u4e00-\u9fff])", r"\1.", "house: A.非常满意", "HOUSE", None),
    R("V13", "survey", text("survey"), r"^(第\d+题) ", r"\1：", "house", "HOUSE", None),
]

PCT_POINT = re.compile(r"(\d+(?:\.\d+)?)\s?个百分点")


def normalise(lines):
    return [PCT_POINT.sub(r"\1%", ln) for ln in lines]


def main(argv):
    if len(argv) not in (2, 3):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    source = Path(argv[2]) if len(argv) == 3 else SOURCE
    lines = source.read_text(encoding="utf-8").split("\n")
    assert not PCT_POINT.search("\n".join(lines))
    new_lines = apply(lines, RULES, "z")
    check(normalise(lines), normalise(new_lines), "z", True)
    total = sum(r.applied for r in RULES)
    partial = os.environ.get("REWORD_Z_ONLY") or os.environ.get("REWORD_Z_SKIP")
    changed = sum(1 for a, b in zip(lines, new_lines, strict=True) if a != b)
    if changed < 350 and not partial and not os.environ.get("REWORD_Z_DEBUG"):
        raise SystemExit(f"reword_z.py: only {changed} lines changed, fewer than 350")
    outdir.mkdir(parents=True, exist_ok=True)
    text_out, table_out = outdir / "sunan-reworded-z.txt", outdir / "rewrites-z.tsv"
    text_out.write_text("\n".join(new_lines), encoding="utf-8")
    rows = ["id\tcategory\tcount\twhere\tbefore (first place)\tafter (first place)\timitates (real phrasing)\tsource"]
    for r in RULES:
        rows.append("\t".join([r.id, r.what, str(r.applied), ",".join(sorted(r.where)),
                               tsv_field(r.example[0])[:300], tsv_field(r.example[1])[:300],
                               tsv_field(r.imitates), SRC[r.src]]))
    rows.append("\t".join(["TOTAL", "", str(total), "", "", "", "", ""]))
    table_out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"reword_z.py: {total} places rewritten by {len(RULES)} rules, {changed} lines changed; "
          f"wrote {text_out} and {table_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
