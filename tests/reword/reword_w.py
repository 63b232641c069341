#!/usr/bin/env python3
"""Held-out rewording of the reference report (writer W).

    python3 reword_w.py OUT_DIR [SOURCE]

Writes OUT_DIR/sunan-reworded-w.txt and OUT_DIR/rewrites-w.tsv.

Writer W is a 华中 (湖北/湖南/江西/安徽) county 财政局 绩效股 / 预算评审中心 writing a 财政重点评价 report in a plain,
terse bureau style, as in the 岳阳 整体支出绩效评价评分表 (评分标准 | 分值 | 自评得分 | 扣分原因和其他说明;
"以100%为标准。在职人员控制率≦100%，计5分；每超过一个百分点扣0.5分，扣完为止"), the 天长 自评表 (全年预算数(A) |
全年执行数(B) | 执行率(B/A) | 得分; "其中：本年财政拨款"; 总分), the 浔阳区 2024 部门整体支出 重点评价 ("我们作为第三方
……现报告如下"), 南县/赫山 reports ("综合评分为97分", "现有编制人员205人。其中，…在职113人").

House traits used here (other scripts in tests/reword do not use them): figures stated "预算数X万元、支出数Y万元"
with the parts first and the whole after ("…基本支出842.29万元，…项目支出6005.58万元，全年支出合计6847.87万元");
二级 worths listed parts-first ("“目标设定”9分、“预算配置”6分，合计“决策”15分"); "依次为" lists; ≦ in thresholds;
rules "……的，计X分；……每……1个百分点扣……分，最低0分；……的，不得分"; element marks ⑴⑵⑶ in the 评分标准 column and
"一是……二是……" in the reasons; 一级 worths "决 策（15分）" (spaced, as 岳阳 "投 入 (15分)"), 二级/三级 "预算执行：12分";
amounts in the header ("（单位：元）") with bare column heads; reasons close "综上，此项得X分。" / "该指标评分X分。".

Every number, 文号, 《title》 and table cell value stays; every defect stays; no scoring rule changes the score it
gives for any case.  The safety check is rewordkit's, with reversible normalisations (applied to both sides):
"N个百分点" is "N%"; "最低0分" (a floor that changes no score) is dropped; in the 评分表 rule column ⑴⑵… are ①②…;
in the reason column and the 指标分析 paragraphs "一是/二是/…" are ①②….

Environment: REWORD_W_ONLY=ID,ID apply only these rules; REWORD_W_SKIP=ID,ID leave these out (counts not asserted);
REWORD_W_DEBUG=1 prints each rule's count.
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
    "YYKJ": "http://yueyang.gov.cn/zwgk/62389/62391/content_1344912.html (湖南 岳阳市科技局整体支出绩效评价评分表: 一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明; 投 入 (15分) 过 程 (40分); 以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止; 重点支出安排率≥90%,计5分;80%(含)-90%,计4分…低于60%不得分)",
    "GLJ": "https://glj.yueyang.gov.cn/6173/6181/content_1705915.html (湖南 岳阳 整体支出评分表: ①已制定或具有预算资金管理办法…,1分; ②…,1分; 以上情况每出现一例不符合要求的扣1分,扣完为止; 无结余,3分;有结余…,2分)",
    "TIANCHANG": "pages corpus, no address given: 天长市水利局水旱灾害防御股项目支出绩效自评 (安徽, 2023-12-05): 项目资金(万元) | 年初预算数 | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分; 其中:本年财政拨款; 偏差原因分析及改进措施; 总分 100 100",
    "XUNYANG": "http://www.xunyang.gov.cn/zwgk/zfxxgkzl/bmxxgk/czj/fdzdgknr_171192/czjzdlyxxgk/zxzj_151631/202601/t20260106_7142006.html (江西 九江市浔阳区 2024 部门整体支出 财政重点绩效评价: 我们作为第三方绩效评价中介机构,承担了…工作;区发改委应对其提供的…资料的真实性、合法性、完整性负责;我们的责任是对…发表绩效评价意见。经前期调研、方案制定、现场调研取数、绩效分析等环节…现报告如下)",
    "JIANGXIA": "http://www.jiangxia.gov.cn/xxgk_22343/xxgkml_22349/cwgk_22359/xgzdhyj_22429/202501/t20250122_2523332.shtml (湖北 江夏区财政局 2023年财政重点绩效评价结果公开: 2023年度财政支出重点评价…涉及金额128.01亿元…所有项目已评价完毕)",
    "HESHAN": "http://www.hnhs.gov.cn/23247/23297/23780/content_1219000.html (湖南 益阳市赫山区 2019 部门整体支出绩效评价报告: 现将具体绩效评价情况报告如下; 局本级187人(在职在编139人、退休人员8人…))",
    "NANXIAN": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (湖南 南县财政局2020 机关整体支出绩效评价报告: 一、自评得分情况 …综合评分为97分; 现有编制人员205人。其中,局机关在职113人)",
    "YYCGJ": "http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html (湖南 岳阳市 部门整体支出绩效评价自评报告: 人员编制 21 | 实有人数 21; 年度主要工作内容; 评价方式:部门(单位)绩效自评)",
    "JXZX": "pages corpus, no address given: 江西省政协 项目支出绩效自评表: 群众满意率 90%以上得10分,每降 5%扣 1 分,扣完为止; 控制率在±10%以内得 5 分,±10-15%以内得 3 分…±20%以外不得分; 注:得分一档最高不能超过该指标分值上限",
    "WUHAN": "https://czj.wuhan.gov.cn/FBJD/XXGKML/CZGK/CZYJS/202209/t20220928_2049387.html (湖北 武汉市财政局 关于公开2021年度市级绩效评价的说明: 一是将市直预算项目的绩效目标全部公开…二是部门自评结果全公开…三是…)",
    "LONGHUI": "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml (湖南 隆回县 乡村振兴项目资金绩效评价报告: 受隆回县财政局委托,我所成立绩效评价工作组…实施绩效评价。现评价工作已完成,报告如下)",
    "HOUSE": "house wording of writer W (华中 county 财政局 绩效股 / 预算评审中心, terse bureau style); no published page found for these exact words",
}

N = r"(\s?\d+(?:\.\d+)?\s?)"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
PAREN_D = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽"
CN = "一二三四五六七八九十"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict):
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER = {"指标解释": "指标内容", "评分标准": "评分细则", "得分原因": "得分说明", "得分": "得分（分）",
                "三级指标": "三级指标名称"}
IND_HEADER = {"分值": "指标分值（分）", "得分": "评价得分（分）", "得分率%": "得分率（%）"}
BUDGET_HEADER = {"财政拨款收入 (元)": "财政拨款收入", "小计(元)": "小计", "人员经费支出 (元)": "人员经费",
                 "商品和服务支出 (元)": "公用经费", "支出明细": "支出经济分类",
                 "部门基本资金支出": "部门基本支出（单位：元）", "项目": "部门项目支出（单位：元）",
                 "下达资金": "全年预算数(A)", "支出金额": "全年执行数(B)",
                 "项目名称": "支出功能分类科目", "项目支出明细": "支出功能分类科目"}
SUMMARY_LABEL = {"预算安排资金": "全年预算数", "实际到位资金": "实际到位数", "实际支出资金": "全年执行数",
                 "结转结余资金": "结余结转数", "预算执行率": "资金执行率", "评价得分": "综合评分",
                 "评价等级": "评价等次", "其中：财政拨款收入": "其中：本年财政拨款",
                 "项目名称": "评价项目", "评价年度": "评价期间", "评价类型": "评价种类",
                 "委托评价单位": "组织评价单位", "评价机构名称": "第三方机构", "评价对象名称": "评价对象",
                 "实施目的": "评价目的", "年度绩效目标": "年度主要工作目标", "评价办法": "评价方法",
                 "数据采集及处理办法": "数据采集方法", "绩效评价工作过程": "评价工作环节",
                 "综合评价结论": "评价结论", "绩效分析": "分项得分", "资金情况 (万元)": "项目资金（万元）",
                 "绩效评价指标体系": "指标体系", "评价范围": "评价对象及范围", "评价依据": "政策依据",
                 "基本情况": "概况", "指标": "一级指标"}

ANNEX_RULE = cell("annex", 4)
ANNEX_REASON = cell("annex", 5)
REASON_OR_BODY = either(text("analysis"), cell("annex", 5))
ANY_TEXT_OR_REASON = either(text(), cell("annex", 5), cell("summary", 1))


# ------------------------------------------------------------------ element rules
def element_rule(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> bureau wording; still p points for each element met,
    the weights kept, so the maxima and expected scores stay."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    zero = z == "得0分"
    v = k % 3
    if v == 0:
        tail = f"不符合的，计{sp}0{sp}分" if zero else "不符合的，不计分"
        return f"各要素权重{sp}{w}，逐条核对：符合的，计{sp}{p}{sp}分；{tail}"
    if v == 1:
        tail = f"未满足的该要素计{sp}0{sp}分" if zero else "未满足的该要素不计分"
        return f"按要素计分（每个要素权重{sp}{w}），满足要求的该要素计{sp}{p}{sp}分，{tail}"
    tail = f"否则计{sp}0{sp}分" if zero else "否则不计分"
    return f"每个要素权重为{sp}{w}，要素达到要求的，计{sp}{p}{sp}分，{tail}"


def marker_rule(m: re.Match, k: int) -> str:
    return PAREN_D[CIRCLED.index(m.group(0))]


def marker_reason(m: re.Match, k: int) -> str:
    return f"{CN[CIRCLED.index(m.group(1))]}是"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if lead in ("，", "；"):
            lead = "。"
        if style == "annex":
            return f"{lead}综上，此项得{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}该指标评分{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "4 个" in m.group(0) else ""
    return (f"此次绩效评价共设{sp}{n1}{sp}个一级指标、{sp}{n2}{sp}个二级指标、{sp}{n3}{sp}个三级指标。其中：决策{sp}{d}{sp}分"
            f"（权重{sp}{dw}），过程{sp}{p}{sp}分（权重{sp}{pw}），产出{sp}{o}{sp}分（权重{sp}{ow}），"
            f"效益{sp}{e}{sp}分（权重{sp}{ew}）")


def decl_abstract(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系设一级指标 {n1} 个（决策、过程、产出、效益），下设二级指标 {n2} 个、三级指标 {n3} 个；"
            f"决策、过程、产出、效益的分值依次为 {d} 分、{p} 分、{o} 分、{e} 分，总分 {full} 分。")


def grades(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    sp = " " if " 分" in m.group(0) else ""
    return (f"{a}{sp}分≤得分≤{b}{sp}分的为“优”，{c}{sp}分≤得分<{d}{sp}分的为“良”，"
            f"{e}{sp}分≤得分<{f}{sp}分的为“中”，得分<{g}{sp}分的为“差”")


def level_abs(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"{lvl}类指标（二级指标{n2}个、三级指标{n3}个）重点评价{focus}，得分{score}分。"


def level_names(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)
    return f"“{lvl}”一级指标：二级指标{n2}个（{two}），三级指标{n3}个（{three}）{stop}"


def alloc(m: re.Match, k: int) -> str:
    """“决策”共设分值15分，…，“目标设定”设置分值9分，“预算配置”设置分值6分。 -> parts first, the whole after."""
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    parts = "、".join(f"“{a}”{sp}{st(b)}{sp}分" for a, b in pairs)
    return f"按与{lvl}指标的关联程度{extra}分配分值：{parts}，合计“{lvl}”{sp}{st(total)}{sp}分。"


def level_cell(m: re.Match, k: int) -> str:
    name, num = m.group(1), m.group(2)
    name = re.sub(r"\s", "", name)
    if len(name) == 2:                       # 一级: "决 策（15分）" as 岳阳 "投 入 (15分)"
        return f"{name[0]} {name[1]}（{num}分）"
    return f"{name}：{num}分"


CAP = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}

RULES: list[Rule] = [
    # ============================================================ table headers and row labels
    R("H01", "table header", cell("annex", 2, 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER)) + r")$", hmap(ANNEX_HEADER),
      "评分标准 | 分值 | 自评得分 | 扣分原因和其他说明 (岳阳 评分表) -> 指标内容 | 评分细则 | 得分说明 | 得分（分）", "YYKJ", 110),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER)) + r")$", hmap(IND_HEADER),
      "分值 | 自评得分 (岳阳) -> 指标分值（分） | 评价得分（分） | 得分率（%）", "YYKJ", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER)) + r")$", hmap(BUDGET_HEADER),
      "项目资金(万元) | 全年预算数(A) | 全年执行数(B) (天长 自评表): unit in the table's title row, bare column heads", "TIANCHANG", 20),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "人数（人）", "比例": "比例（%）"}[m.group(0)], "house", "HOUSE", 20),
    R("H05", "table header", cell("team", 0, 2, 3, header=True), r"^(?:名称|职称|主要职责)$",
      lambda m, k: {"名称": "组内分工", "职称": "技术职称", "主要职责": "工作职责"}[m.group(0)], "house", "HOUSE", 3),
    R("H06", "table label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL)) + r")$", hmap(SUMMARY_LABEL),
      "年初预算数 | 全年预算数(A) | 全年执行数(B) | 其中:本年财政拨款 (天长); 综合评分为97分 (南县)", "TIANCHANG", None),
    R("H07", "total row", cell("ind", 0, 1, 2), r"^合计$", lambda m, k: "小计（分）", "house: the 表5–8 total row is the 一级 subtotal", "HOUSE", 4),
    R("H08", "total row", cell("t4", 0), r"^合计$", lambda m, k: "总分", "总分 100 100 (天长 自评表)", "TIANCHANG", 1),
    R("H09", "total row", cell("budget", 0), r"^合计$",
      lambda m, k: "基本支出合计" if k % 2 == 0 else "项目资金合计", "house: totals named after the table", "HOUSE", 4),
    R("W01", "level worth", either(cell("annex", 0, 1, 2), cell("ind", 0, 1)),
      r"^(\S[^（()]*?)\s?[（(]\s?(\d+)\s?[）)]\s*$", level_cell,
      "投 入 (15分) 过 程 (40分) (岳阳 评分表) -> 决 策（15分）; 预算执行：12分", "YYKJ", 66),
    R("W02", "level worth", cell("annex", 2), r"^\((\d)\)$", r"：\1分", "house (a worth cut to its own row)", "HOUSE", 1),

    # ============================================================ figure sentences: funds
    R("F01", "figure", text("body"),
      r"^(2024)年部门一般公共预算财政拨款收入(4901\.44)万元，实际收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。（详见表(1)）$",
      r"部门\1年一般公共预算财政拨款收入：预算数\2万元，实际收入数\3万元。截至\4年12月31日，\6年基本支出\7万元、\8年项目支出\9万元，全年支出合计\5万元，预算执行率为\10（见表\11）。",
      "年初预算数 | 全年预算数(A) | 全年执行数(B) (天长); parts first, the whole after", "TIANCHANG", 1),
    R("F02", "figure", text("abstract"),
      r"^(2024)年部门一般公共预算财政拨款收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。$",
      r"\1年，部门一般公共预算财政拨款收入为\2万元。截至\3年12月31日，\5年基本支出\6万元，\7年项目支出\8万元，上述支出合计\4万元，部门预算执行率达\9。",
      "house: 其中 parts before the whole", "HOUSE", 1),
    R("F03", "figure", text("body"), r"^截至 (2024) 年 12 月 31 日，部门全年项目共支出 (6005\.58) 万元。（详见表 (2)）$",
      r"部门全年项目支出计 \2 万元（截至 \1 年 12 月 31 日，见表 \3）。", "house: 计", "HOUSE", 1),
    R("F04", "figure", either(text("body"), cell("summary", 1)),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局) (2024) 年部门整体支出，涉及财政预算资金 (6847\.87) 万元。$",
      r"评价对象：\1 \2 年部门整体支出，涉及财政预算资金共 \3 万元。", "…涉及金额128.01亿元 (江夏)", "JIANGXIA", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金 (6847\.87) 万元。$",
      r"年部门财政预算整体支出，涉及资金共计 \1 万元。", "涉及金额128.01亿元 (江夏)", "JIANGXIA", 1),
    R("F06", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，基本支出预算执行率为",
      r"\1年肃南县人力资源和社会保障局基本支出：全年预算数\2万元，全年执行数\3万元，执行率为",
      "全年预算数(A) 全年执行数(B) 执行率(B/A) (天长)", "TIANCHANG", 2),
    R("F07a", "figure", ANNEX_REASON,
      r"(\d{4})年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，项目支出预算执行率为",
      r"\1年肃南县人力资源和社会保障局项目支出：全年预算数\2万元，全年执行数\3万元，执行率为", "(天长)", "TIANCHANG", 1),
    R("F07b", "figure", text("analysis"),
      r"(\d{4}\s?)年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"\1年肃南县人力资源和社会保障局项目支出：全年预算数\2万元，全年执行数", "(天长)", "TIANCHANG", 1),
    R("F07c", "figure", text("analysis"), r"^为" + N + r"万元，项目支出预算执行率为",
      r"\1万元，执行率为", "(天长)", "TIANCHANG", 1),
    R("F08", "figure", REASON_OR_BODY,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"(万元|元)，预算调整数为" + N + r"(万元|元)，预算调整率为",
      r"全年收入预算数\1万元、决算数\2\3，调整数\4\5，预算调整率为", "house", "HOUSE", 2),
    R("F09", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，“三公”经费控制率为",
      r"\1年度“三公”经费预算数\2万元，实际支出数\3万元，控制率为", "house", "HOUSE", 2),
    R("F10", "figure", REASON_OR_BODY, r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"结余资金\1万元，项目全年预算数\2万元，资金结余率为", "无结余,3分;有结余… (岳阳)", "GLJ", 2),
    R("F11", "figure", REASON_OR_BODY, r"本部门(\s?\d{4}\s?)年政府预算采购支出总额" + N + r"万",
      r"本部门\1年政府采购预算数\2万", "house", "HOUSE", 2),
    R("F12", "figure", REASON_OR_BODY, r"实际采购支出" + N + r"万元，政府采购执行率为",
      r"实际采购数\1万元，执行率达", "house: 达", "HOUSE", 2),
    R("F13", "figure", REASON_OR_BODY, r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"项目总支出计\1万元，部门\2年重点项目为", "house: 计", "HOUSE", 1),
    R("F14", "figure", ANNEX_REASON, r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，部门\2年重点项目为", "house", "HOUSE", 1),
    R("F15", "figure", REASON_OR_BODY, r"，重点支出安排率(\d+(?:\.\d+)?%)，", r"，重点支出安排率为\1。",
      "house", "HOUSE", 2),
    R("F16", "figure", REASON_OR_BODY, r"部门实际完成阶段性任务与计划完成阶段性任务数量一致，阶段性任务完成",
      "部门阶段性任务实际完成数与计划数一致，阶段性任务完成", "house", "HOUSE", None),
    R("F17", "figure", REASON_OR_BODY, r"完成目标任务\s?(\d+)\s?(人|万元)的\s?(\d+(?:\.\d+)?%)",
      lambda m, k: f"为目标任务{m.group(1)}{m.group(2)}的{m.group(3)}" if " " not in m.group(0) else f"为目标任务 {m.group(1)} {m.group(2)}的 {m.group(3)}",
      "house: 为", "HOUSE", None),
    R("F18", "figure", REASON_OR_BODY, r"参保达(\s?\d+\s?)人", r"参保计\1人", "house: 计", "HOUSE", None),
    R("F19", "figure", REASON_OR_BODY, r"全年共受理调解劳动人事争议案件(\s?\d+\s?)件，结案率达",
      r"全年受理调解劳动人事争议案件计\1件，结案率为", "house", "HOUSE", 2),
    R("F20", "figure", REASON_OR_BODY, r"全年线下共接到劳资纠纷案件(\s?\d+\s?)起，协调处理(\s?\d+\s?)起",
      r"全年线下接到劳资纠纷案件\1起，已协调处理\2起", "house", "HOUSE", 2),
    R("F21", "figure", REASON_OR_BODY, r"全年共为(\s?\d+\s?)名人员发放养老保险待遇",
      r"全年发放养老保险待遇计\1人", "house: 计", "HOUSE", 2),
    R("F22", "figure", REASON_OR_BODY, r"全年住院基本医疗报销(\s?\d+\s?)人次，报销金额",
      r"全年住院基本医疗报销计\1人次，金额", "house", "HOUSE", 2),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年12月31日，在职人员(\d+)名。",
      r"单位核定编制数为\1名；截至\2年12月31日，实有在职人员\3名。",
      "人员编制 21 | 实有人数 21 (岳阳 自评)", "YYCGJ", 1),
    R("P02", "figure", REASON_OR_BODY,
      r"核定人员编制(\d+)名，截至(2024)年12月31日，在职人员(\d+)人。在职人员控制率为",
      r"核定编制\1名，截至\2年12月31日实有在职\3人，在职人员控制率为",
      "局本级187人(在职在编139人…) (赫山)", "HESHAN", 2),
    R("P03", "figure", REASON_OR_BODY,
      r"编制实有(\d+)人，截至(2024)年12月31日，在职人员(\d+)名，无临聘人员，临聘人员控制率为",
      r"编制实有\1人；截至\2年12月31日，在职人员\3名，临聘人员为零，临聘人员控制率为", "house", "HOUSE", 2),
    R("P04", "figure", text("body"), r"，为正科级，下设四个职能科室，分别是", "，正科级，内设科室四个：", "house", "HOUSE", 1),

    # ============================================================ survey
    R("V01", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷设单选题 \1 道，每题满分 \2 分：选 A 计 \3 分、选 B 计 \4 分、选 C 计 \5 分、选 D 计 \6 分；论述题不计分；问卷满分 \7 分。",
      "house: 计N分", "HOUSE", 1),
    R("V02", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"综合满意率＝问卷实际得分合计／问卷满分合计×\1", "house", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标分值 \1 分。综合满意率≥\2的，计满分；综合满意率在 \3—\4之间的，每降低 \5个百分点扣 \6 分；低于 \7的，不得分。",
      "群众满意率 90%以上得10分,每降 5%扣 1 分,扣完为止 (江西省政协 自评表)", "JXZX", 1),
    L("V04", "survey", text("survey"), "得分标准设置：", "问卷赋分：", "house", "HOUSE", 1),
    L("V05", "survey", text("survey"), "(1) 分值设置", "(1) 题目分值", "house", "HOUSE", 1),
    L("V06", "survey", text("survey"), "(2) 满意率计算", "(2) 满意率计算公式", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(3) 评价标准", "(3) 计分办法", "house", "HOUSE", 1),
    R("V08", "survey", text("survey"), r"\[单选题\]", lambda m, k: "【单选】", "house", "HOUSE", 10),
    R("V09", "survey", text("survey"), r"^第(\d+)题 ", r"第\1题．", "house", "HOUSE", 10),
    L("V10", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "调查对象为肃南裕固族自治县人社局内部工作人员，按科室及下属单位随机抽样，抽样比例60%（占样本总量）。",
      "house", "HOUSE", 1),
    L("V11", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷由评价机构统一发放、回收。", "house", "HOUSE", 1),
    L("V12", "survey", text("body"), "采用面对面个别访谈形式。", "面对面个别访谈。", "house", "HOUSE", 1),
    L("V13", "survey", text("body"), "实地调研。", "实地查看。", "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl, "投 入 (15分) 过 程 (40分) (岳阳): the figure before the label", "YYKJ", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果采取评分与评级相结合的方式，满分\1分，分四个等次：", "house", "HOUSE", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades, "重点支出安排率≥90%,计5分;80%(含)-90%,计4分 (岳阳): bands as inequalities", "YYKJ", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract, "house: 依次为", "HOUSE", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"指标分析涉及一级指标\1个，分述如下。", "house", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      r"“决策”一级指标下设\1个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      r"级指标（\1），三级指标\2个（\3）\4", "house", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_names, "house", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc, "house: parts first, then 合计 the whole", "HOUSE", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs, "house", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"效益类指标（二级指标\1个、三级指标\2个），主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，得分 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP[m.group(2)]}指标得分表", "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：绩效评价得分汇总表", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出情况表", "house", "HOUSE", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出情况表", "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组组成", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "得分汇总见表4，评分明细见附件1。", "house", "HOUSE", 1),
    R("D18", "declaration", text("analysis"),
      r"^按照绩效评价相关性原则要求，二级指标，三级指标的设计与一级指标具有密切相关性。",
      "二级、三级指标均按相关性原则围绕一级指标设置。", "house", "HOUSE", 1),
    R("D19", "declaration", text("analysis"), r"（详见表\s?(\d)）", r"（表\1）", "house", "HOUSE", 4),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经评价，\1年\2综合评分为\3分，评价等次为“优”。", "综合评分为97分 (南县)", "NANXIAN", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。",
      "本次评价综合评分97分，等次为“优”。", "综合评分为97分 (南县)", "NANXIAN", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "综合评分 97 分。", "(南县)", "NANXIAN", 1),
    R("O04", "score sentence", text("body"),
      r"^评审组通过数据采集、问卷调查及访谈，根据部门实际情况，客观公正地对(肃南县人力资源和社会保障局)部门整体支出进行评价，",
      r"经前期调研、数据采集、问卷调查及访谈等环节，评价组对\1部门整体支出进行了评价，",
      "经前期调研、方案制定、现场调研取数、绩效分析等环节 (浔阳)", "XUNYANG", 1),

    # ============================================================ scoring rules (评分细则 column)
    R("R01", "scoring rule", ANNEX_RULE,
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule, "①…,1分;②…,1分 (岳阳 评分表) -> 符合的，计N分；不符合的，计0分", "GLJ", 21),
    R("R02", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率≦100%的，计2分；未达到的，计0分。",
      "在职人员控制率≦100%,计5分 (岳阳)", "YYKJ", 2),
    R("R03", "scoring rule", ANNEX_RULE, r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1的，计2分；在60%—80%之间的，每低1个百分点扣0.1分，最低0分；低于60%的，计0分。",
      "每超过一个百分点扣0.5分,扣完为止 (岳阳) -> 每低1个百分点扣0.1分，最低0分", "YYKJ", 1),
    R("R04", "scoring rule", ANNEX_RULE, r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"得分＝分值×\1。", "执行率(B/A) … 得分 (天长): the worth first", "TIANCHANG", 4),
    L("R05", "scoring rule", ANNEX_RULE,
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的，计满分；调增或调减每1个百分点(不足1个百分点的四舍五入取整)扣0.2分，最低0分；调整率超过10%的，不得分。",
      "预算调整率=0,计3分;0-10%(含),计2分 (岳阳)", "YYKJ", 1),
    L("R06", "scoring rule", ANNEX_RULE,
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率在70%—100%之间的，计1分；超出100%的，每超出1个百分点扣0.1分；超过10%的，不得分。",
      "三公经费控制率≦100%,计6分;每超过一个百分点扣1分 (岳阳)", "YYKJ", 1),
    L("R07", "scoring rule", ANNEX_RULE,
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%的，计满分；结余率每增加1个百分点扣0.1分，最低0分；超过10%的，不得分。",
      "无结余,3分 (岳阳)", "GLJ", 1),
    R("R08", "scoring rule", ANNEX_RULE,
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率≥ \1的，计满分；在 \2—\3之间的，每降低 \4个百分点扣 \5 分；低于 \6的，不得分。",
      "群众满意率 90%以上得10分,每降 5%扣 1 分 (江西省政协)", "JXZX", 1),
    R("R09", "scoring rule", ANNEX_RULE, r"本年(基本|项目)支出预算执行率= \(本年度\1支出执行数/本年度\1支出预算数\) \*100%",
      r"本年\1支出预算执行率＝本年度\1支出执行数／本年度\1支出预算数×100%", "执行率(B/A) (天长)", "TIANCHANG", 2),
    R("R10", "scoring rule", ANNEX_RULE, r"^部门实际完成阶段性任务与计划完成阶段性任务数量一致，阶段性任务完成率100%。$",
      "部门阶段性任务实际完成数与计划数一致，阶段性任务完成率100%的，计满分。", "house", "HOUSE", 1),
    R("R11", "scoring rule", ANNEX_RULE, r"。得 3 分。严格控制在政策标准范围达标率为 (90%)以上为满 ?$",
      r"。得 3 分。严格控制在政策标准范围内，达标率 \1以上的为满", "house", "HOUSE", 1),
    R("R12", "scoring rule", ANNEX_RULE, r"^分，(\d+%)-(\d+%)得2分，(\d+%)以下不得分。",
      r"分；\1-\2的，计2分；\3以下的，不得分。", "house", "HOUSE", 1),
    R("R13", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率=（([^）]*)/([^）]*)）\*100%。",
      r"\1人员控制率＝\2／\3×100%。", "house", "HOUSE", 2),
    R("R14", "scoring rule", ANNEX_RULE, r"(^|<p>)重点支出安排率=（重点项目支出/项目总支出）\*100%。",
      r"\1重点支出安排率＝重点项目支出／项目总支出×100%。", "house", "HOUSE", 1),
    R("R15", "scoring rule", ANNEX_RULE, r"预算调整率=\(预算调整数/预算数\)\*100%。", "预算调整率＝预算调整数／预算数×100%。", "house", "HOUSE", 1),
    R("R16", "scoring rule", ANNEX_RULE, r"^项目资金结余率=项目资金结余总额/项目预算数×100%。",
      "项目资金结余率＝项目资金结余总额／项目预算数×100%。", "house", "HOUSE", 1),
    R("R17", "scoring rule", ANNEX_RULE, r"^政府采购执行率=（实际政府采购金额/政府采购预算数）\*100%；",
      "政府采购执行率＝实际政府采购金额／政府采购预算数×100%；", "house", "HOUSE", 1),
    R("R18", "scoring rule", ANNEX_RULE, r"^“三公”经费控制率=\(“三公”经费实际支出数/“三公”经费预算安排数\)\*100%。",
      "“三公”经费控制率＝“三公”经费实际支出数／“三公”经费预算安排数×100%。", "house", "HOUSE", 1),
    R("R19", "scoring rule", ANNEX_RULE, r"通过调查问卷方式对部门工作进行评测，", "以问卷调查方式测评，", "house", "HOUSE", 1),
    R("R20", "scoring rule", ANNEX_RULE, r"^阶段性任务完成率=实际完成的阶段性任务/计划完成的阶段性任务\*100%",
      "阶段性任务完成率＝实际完成的阶段性任务／计划完成的阶段性任务×100%", "house", "HOUSE", 1),

    # ============================================================ 指标内容 column (指标解释)
    R("I01", "indicator text", cell("annex", 3), r"^主要考察", lambda m, k: "反映", "用以反映和考核… (指标体系表)", "HOUSE", None),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", ANNEX_REASON, ENDING, ending("annex"), "house: 综上，此项得N分", "HOUSE", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending("body"), "house: 该指标评分N分", "HOUSE", 34),

    # ============================================================ reasons: openings
    R("G01", "reason", REASON_OR_BODY, r"(^|。|\s|<p>)根据(?=《)", r"\1经查阅", "house: reasons open 经查阅《……》", "HOUSE", None),
    R("G02", "reason", REASON_OR_BODY, r"(^|。)根据现场调研查看，", r"\1经现场查看，", "house", "HOUSE", 2),
    R("G02b", "reason", REASON_OR_BODY, r"(^|。)根据现场调研对部门相关档案查询，", r"\1经现场查阅部门相关档案，", "house", "HOUSE", 2),
    R("G03", "reason", REASON_OR_BODY, r"部门总体满意度提升，办事效率满意度，政策知晓度得到了全面提升。",
      "部门总体满意度、办事效率满意度、政策知晓度均有提升。", "house", "HOUSE", 2),

    # ============================================================ element markers (reversible, see normalise())
    R("M01", "element marker", ANNEX_RULE, "[" + CIRCLED + "]", marker_rule,
      "①②③ (岳阳 评分表) -> ⑴⑵⑶ (Word's parenthesised numerals)", "HOUSE", None),
    R("M02", "element marker", either(ANNEX_REASON, text("analysis")), "([" + CIRCLED + "])\\s?", marker_reason,
      "一是…二是…三是… (武汉 说明)", "WUHAN", None),

    # ============================================================ other paragraphs
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"\3年\4-\5月，\2作为第三方评价机构，受\1委托，对“\6”资金使用及效果进行了评价，现报告如下：",
      "我们作为第三方绩效评价中介机构,承担了…工作…现报告如下 (浔阳)", "XUNYANG", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "主要采用成本效益分析法、因素分析法、比较法、公众评判法。", "house", "HOUSE", 2),
    R("X03", "paragraph", text("abstract"),
      r"^本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。$",
      "评价经前期调研、方案制定、组织实施、报告撰写四个阶段。", "经前期调研、方案制定、现场调研取数、绩效分析等环节 (浔阳)", "XUNYANG", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "采用因素分析法和对比分析法，对每一项指标对照评价要素核实完成情况，分析影响因素，确定得分。",
      "house", "HOUSE", 3),
    R("X05", "paragraph", text(), r"(?<!专家)(?<!绩效评价)评审组", lambda m, k: "评价组", "我所成立绩效评价工作组 (隆回)", "LONGHUI", 2),
    L("X06", "paragraph", cell("summary", 1),
      "信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。",
      "文本收集、现场调研、深度访谈、问卷调查；定性分析与定量分析相结合。", "house: terse", "HOUSE", 1),
    L("X07", "paragraph", cell("summary", 1), "接受委托任务、拟订方案、开展培训、现场评价、撰写报告、资料归档。",
      "接受委托—拟订方案—开展培训—现场评价—撰写报告—资料归档。", "house", "HOUSE", 1),
    R("X08", "paragraph", text(), r"取得了一定成效，但在绩效管理和预算(安排|执行)方面还有一些不足，主要问题如下：$",
      r"取得一定成效，绩效管理和预算\1方面仍有不足，主要是：", "house", "HOUSE", 2),
    R("X09", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门绩效管理工作不到位的问题。",
      r"\1部门绩效管理工作不到位。", "house", "HOUSE", 2),
    R("X10", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门年度资金安排不够细致的问题。",
      r"\1部门年度资金安排不够细致。", "house", "HOUSE", 2),
    R("X11", "paragraph", text(), r"在本次评价中，未发现(肃南县人力资源和社会保障局)设置部门整体支出绩效目标表，未发现对项目进行中期的绩效检查，",
      r"评价中未见\1部门整体支出绩效目标表，也未见项目中期绩效检查资料，", "house", "HOUSE", 2),
    R("X12", "paragraph", text(), r"在本次评价中发现(肃南县人力资源和社会保障局)年度资金未作明确安排，",
      r"经核实，\1年度资金未作明确安排，", "house", "HOUSE", 2),
    R("X13", "paragraph", text(), r"^针对部门绩效管理工作不到位的问题，建议部门加强资金预算绩效管理，",
      "建议部门加强资金预算绩效管理，", "house", "HOUSE", 2),
    R("X14", "paragraph", text(), r"^结合肃南县人社工作实际需求和发展规划，提前对年度工作任务进行梳理，",
      "建议结合肃南县人社工作实际需求和发展规划，提前梳理年度工作任务，", "house", "HOUSE", 2),
    R("X15", "paragraph", text(), r"^被评价部门（单位）的责任是提供与形成本绩效评价报告相关的基础工作材料和资金财务核算资料，并对其真实性、合法性、完整性负责。$",
      "被评价部门（单位）应对其提供的基础工作材料和资金财务核算资料的真实性、合法性、完整性负责；我们的责任是对部门整体支出发表绩效评价意见。",
      "区发改委应对其提供的…资料的真实性、合法性、完整性负责;我们的责任是… (浔阳)", "XUNYANG", 2),
    R("X16", "paragraph", text(), r"^(2024) 年，全县人力资源和社会保障工作将按照省市人社部门工作要求，",
      r"\1 年，全县人社工作按照省市人社部门工作要求，", "house", "HOUSE", 1),
    R("X17", "paragraph", text(), r"主要职责是：$", "具体职责如下：", "九江市浔阳区发展和改革委员会具体职责如下 (浔阳)", "XUNYANG", 2),
    R("X18", "paragraph", text("body"), r"肃南县人力资源和社会保障局聘请北京君和志同管理咨询有限公司，对肃南县人力资源和社会保障局2024年部门整体资金使用过程及效果开展预算绩效评价工作。",
      "北京君和志同管理咨询有限公司作为第三方评价机构，承担了肃南县人力资源和社会保障局2024年部门整体支出绩效评价工作，现将具体绩效评价情况报告如下：",
      "我们作为第三方绩效评价中介机构,承担了… (浔阳); 现将具体绩效评价情况报告如下 (赫山)", "HESHAN", 1),
    R("X19", "paragraph", text("body"), r"^评价组拟采用现场评价和非现场评价相结合的方式，",
      "评价组采取现场评价与非现场评价相结合的方式，", "house", "HOUSE", 1),
    R("X20", "paragraph", text("body"), r"^此次绩效评价工作主要采用计划标准、财政部门 and 预算部门确认或认可的其他标准。$",
      "主要采用计划标准和财政部门 and 预算部门确认或认可的其他标准。", "house", "HOUSE", 1),
    R("X21", "paragraph", text(), r"^本次评价主要是对(肃南县人力资源和社会保障局)部门整体",
      r"本次评价对\1部门整体", "house", "HOUSE", 2),
    R("X22", "paragraph", text(), r"^本次评价本着问题导向、系统评价、科学客观、讲求绩效的原则，",
      "评价遵循问题导向、系统评价、科学客观、讲求绩效原则，", "house", "HOUSE", 1),
    R("X23", "paragraph", text(), r"，特制订本(调查问卷|调研方案)。", r"，制定本\1。", "house", "HOUSE", 2),
    R("X24", "paragraph", text(), r"^绩效评价标准通常包括计划标准、行业标准、历史标准等，用于对绩效指标完成情况进行比较。$",
      "评价标准包括计划标准、行业标准、历史标准等。", "house", "HOUSE", 1),
    R("X25", "paragraph", text("body"), r"^(\(|（)(\d)(\)|）)\s?(成本效益分析法|比较法|因素分析法|最低成本法|公众评判法|标杆管理法)。是指",
      r"\1\2\3\4：", "house", "HOUSE", 6),
    R("X26", "paragraph", text(), r"^1、绩效评价指标体系中，受被评价部门行业特殊性的限制，",
      "1、受被评价部门行业特殊性限制，", "house", "HOUSE", 2),
    R("X27", "paragraph", text(), r"^3、提示报告使用者注意事项的说明：",
      "3、提请报告使用者注意：", "house", "HOUSE", 2),
    R("X28", "paragraph", text("body"), r"^根据肃南县人力资源和社会保障局行业特点，组建专家评审组，",
      "结合肃南县人力资源和社会保障局行业特点，组建专家评审组，", "house", "HOUSE", 1),
    R("X29", "paragraph", text("body"), r"^按照既定评价工作安排，", "按评价工作方案，", "house", "HOUSE", 1),
    R("X30", "paragraph", cell("summary", 0), r"^\(一\) 决策方面 1\. 部门预算绩效管理工作不到位。 \(二\) 过程方面 1\. 部门年度资金安排不完善。$",
      "(一) 决策方面 1. 预算绩效管理工作不到位。 (二) 过程方面 1. 年度资金安排不完善。", "house", "HOUSE", 1),

    # ============================================================ headings
    H("T01", "部门概况", "单位基本情况", "二、单位基本概况 (南县)", "NANXIAN", 2),
    H("T02", "部门职能", "职能职责", "职能职责概述 (岳阳 自评)", "YYCGJ", 3),
    H("T03", "部门预算安排及执行情况", "预算收支情况", "house", "HOUSE", 2),
    H("T04", "部门资金使用情况", "资金收支情况", "house", "HOUSE", 1),
    H("T05", "部门组织管理", "机构及人员情况", "(一)机构设置情况 (二)人员编制情况 (南县)", "NANXIAN", 2),
    H("T06", "部门年度绩效目标", "年度工作目标", "年度主要工作内容 (岳阳 自评)", "YYCGJ", 2),
    H("T07", "绩效评价工作开展情况", "评价工作情况", "house", "HOUSE", 3),
    H("T08", "绩效评价目的、对象和范围", "评价目的与对象", "house", "HOUSE", 3),
    R("T09", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价原则、方法和指标", "house", "HOUSE", 3),
    H("T10", "评价原则", "评价遵循的原则", "house", "HOUSE", 1),
    H("T11", "评价方法", "采用的评价方法", "house", "HOUSE", 1),
    H("T12", "评价标准", "采用的评价标准", "house", "HOUSE", 1),
    H("T13", "评价指标体系", "指标体系及分值", "house", "HOUSE", 2),
    H("T14", "评价原则和方法", "原则与方法", "house", "HOUSE", 1),
    H("T15", "绩效评价依据", "政策依据", "house", "HOUSE", 2),
    H("T16", "绩效评价工作过程", "评价工作步骤", "house", "HOUSE", 3),
    H("T17", "综合评价情况及评价结果", "评价得分情况", "一、自评得分情况 (南县)", "NANXIAN", 2),
    H("T18", "综合评价情况及评价结论", "评价得分情况", "一、自评得分情况 (南县)", "NANXIAN", 1),
    H("T19", "综合评价情况", "总体评价", "house", "HOUSE", 2),
    H("T20", "评价结果", "得分及等次", "house", "HOUSE", 2),
    H("T21", "绩效评价指标分析", "分项指标评价情况", "house", "HOUSE", 3),
    H("T22", "部门决策情况分析", "决策指标", "house", "HOUSE", 2),
    H("T23", "部门过程情况分析", "过程指标", "house", "HOUSE", 2),
    H("T24", "部门产出情况分析", "产出指标", "house", "HOUSE", 2),
    H("T25", "部门效益情况分析", "效益指标", "house", "HOUSE", 2),
    H("T26", "评价指标相关性分析、指标设计和分值设计", "指标设置及分值", "house", "HOUSE", 4),
    H("T27", "指标评分结果分析", "逐项评分情况", "house", "HOUSE", 4),
    H("T28", "存在的主要问题及原因分析", "发现的问题及原因", "house", "HOUSE", 3),
    H("T29", "存在的问题", "问题", "house", "HOUSE", 2),
    H("T30", "有关建议", "改进建议", "偏差原因分析及改进措施 (天长)", "TIANCHANG", 2),
    H("T31", "相关建议", "改进建议", "(天长)", "TIANCHANG", 1),
    H("T32", "部门主要做法及经验", "主要做法", "house", "HOUSE", 1),
    H("T33", "社会调查方案", "调查方案", "house", "HOUSE", 2),
    H("T34", "内部人员调查问卷方案", "内部人员问卷", "house", "HOUSE", 2),
    H("T35", "调查方法和抽样方式", "抽样方式", "house", "HOUSE", 1),
    H("T36", "问卷的发放和回收", "发放与回收", "house", "HOUSE", 1),
    H("T37", "其他需要说明的问题", "其他说明事项", "house", "HOUSE", 3),
    H("T38", "关于评价方所取部门资料的说明", "资料来源说明", "house", "HOUSE", 3),
    H("T39", "关于影响本部门绩效评价局限性的说明", "评价局限性说明", "house", "HOUSE", 3),
    H("T40", "部门职能及资金使用", "职能职责及资金收支", "house", "HOUSE", 1),
    H("T41", "访谈工作方案", "访谈安排", "house", "HOUSE", 2),
    H("T42", "现场调研方案", "现场调研安排", "house", "HOUSE", 2),
    R("T43", "heading", text("abstract"), r"^（([一二三四])）项目(决策|过程|产出|效益)$", r"（\1）\2", "house", "HOUSE", 4),
    H("T44", "评价对象和范围", "评价对象", "house", "HOUSE", 2),
    H("T45", "评价准备阶段", "前期准备", "经前期调研、方案制定… (浔阳)", "XUNYANG", 1),
    H("T46", "评价实施阶段", "现场评价", "house", "HOUSE", 1),
    H("T47", "报告撰写阶段", "报告撰写", "house", "HOUSE", 1),
    H("T48", "调研地点选取", "调研地点", "house", "HOUSE", 1),
    H("T49", "访谈类型和访谈方式", "访谈方式", "house", "HOUSE", 1),
    H("T50", "评价目的", "目的", "house", "HOUSE", 2),
    H("T51", "调查内容", "问卷内容", "house", "HOUSE", 1),
    H("T52", "调查对象", "问卷对象", "house", "HOUSE", 1),
    H("T53", "访谈对象", "访谈人员", "house", "HOUSE", 1),
    H("T54", "访谈内容", "访谈提纲", "house", "HOUSE", 1),
    H("T55", "调研内容", "调研事项", "house", "HOUSE", 1),
    H("T56", "调研方式", "调研方法", "house", "HOUSE", 1),
]


# ------------------------------------------------------------------ reversible normalisations for the check
PCT_POINT = re.compile(r"(\d+(?:\.\d+)?)个百分点")
FLOOR = re.compile(r"[，；]最低0分")
M_RULE = re.compile("[" + PAREN_D + "]")
M_REASON = re.compile(r"([一二三四五六七八九十])是")
HEADING = re.compile(r"^\s*[（(]\s?[一二三四五六七八九十]+\s?[）)]")


def normalise(lines, kinds, sections, heads):
    out = []
    for ln, kind, sec, head in zip(lines, kinds, sections, heads, strict=True):
        ln = PCT_POINT.sub(r"\1%", ln)
        ln = FLOOR.sub("", ln)
        if kind == "annex" and "\t" in ln:
            cells = ln.split("\t")
            if len(cells) > 4:
                cells[4] = M_RULE.sub(lambda m: CIRCLED[PAREN_D.index(m.group(0))], cells[4])
            if len(cells) > 5:
                cells[5] = M_REASON.sub(lambda m: CIRCLED[CN.index(m.group(1))], cells[5])
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
    assert not PCT_POINT.search(src) and not FLOOR.search(src) and not M_RULE.search(src)
    for ln, kind, sec in zip(lines, kinds, sections, strict=True):   # no "一是" in the reasons of the original
        if kind == "annex" and "\t" in ln:
            assert not any(M_REASON.search(c) for c in ln.split("\t")[5:6]), ln[:80]
        elif sec == "analysis" and "\t" not in ln and not HEADING.match(ln):
            assert not M_REASON.search(ln), ln[:80]
    new_lines = apply(lines, RULES, "w")
    heads = [bool(HEADING.match(ln)) for ln in lines]
    check(normalise(lines, kinds, sections, heads), normalise(new_lines, kinds, sections, heads), "w", True)
    total = sum(r.applied for r in RULES)
    partial = os.environ.get("REWORD_W_ONLY") or os.environ.get("REWORD_W_SKIP")
    if total < 300 and not partial:
        raise SystemExit(f"reword_w.py: only {total} places rewritten, fewer than 300")
    outdir.mkdir(parents=True, exist_ok=True)
    text_out, table_out = outdir / "sunan-reworded-w.txt", outdir / "rewrites-w.tsv"
    text_out.write_text("\n".join(new_lines), encoding="utf-8")
    rows = ["id\tcategory\tcount\twhere\tbefore (first place)\tafter (first place)\timitates (real phrasing)\tsource"]
    for r in RULES:
        rows.append("\t".join([r.id, r.what, str(r.applied), ",".join(sorted(r.where)),
                               tsv_field(r.example[0])[:300], tsv_field(r.example[1])[:300],
                               tsv_field(r.imitates), SRC[r.src]]))
    rows.append("\t".join(["TOTAL", "", str(total), "", "", "", "", ""]))
    table_out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    changed = sum(1 for a, b in zip(lines, new_lines, strict=True) if a != b)
    print(f"reword_w.py: {total} places rewritten by {len(RULES)} rules, {changed} lines changed; "
          f"wrote {text_out} and {table_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
