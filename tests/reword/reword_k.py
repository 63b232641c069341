#!/usr/bin/env python3
"""Eleventh, independent, held-out rewording of the reference report (writer K).

    python3 reword_k.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-k.txt   the report as an eleventh consultancy would word it
    OUT_DIR/rewrites-k.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer K's house style is that of a 评分表 filled in by an audit firm: the
评分表 headers are 评价内容 / 计分方法 / 指标完成情况 / 得分值, the per-一级
tables 设定分值 / 得分值; points are "赋值"; rules are written with 给予 / 不给分 /
减N分 (the 岳阳 评分表 "每出现一例…扣1分" counting, here per element satisfied:
"逐项核定：满足的要素每项给予p分（单项权重w），未满足的给予0分"); thresholds are
written "不超过100%的…" / "处在70%—100%的…" / "每少1%减0.1分"; reasons
end "该项记N分。" (评分表) and "本指标记N分。" / "经评价，记N分。" (body); counts are
declared "评价指标共分三级，其中一级指标4个、…" and "…包含2个二级指标，即…"; totals
with 总计 / 共计; the survey plan speaks of 调查范围 and 样本覆盖面.

Every number, ①② mark, 文号, 《title》 and table cell stays where it was; every
defect of the original is kept; no scoring rule changes the score it gives for any
case.  Mechanics are those of tests/reword/rewordkit.py.

Environment (for attributing findings): REWORD_K_ONLY=ID,ID apply only these rules;
REWORD_K_SKIP=ID,ID leave these out (counts not asserted).  REWORD_K_DEBUG=1 prints
every rule's count instead of stopping on a mismatch.
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

# ------------------------------------------------------------------ sources
SRC = {
    "YYCG": "https://glj.yueyang.gov.cn/6173/6181/content_1705915.html (岳阳 部门整体支出绩效评价评分表: 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明; 以上情况每出现一例不符合要求的扣1分，扣完为止; 无结余,3分; 以100%为标准。在职人员控制率≦100%,计5分)",
    "YABO": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标 repost: 在职人员控制率≤100%,计1分;每超过一个百分点扣0.1分,扣完为止; ①…,1分;②…,1分 …每少一项扣1分)",
    "WL17": "https://wanglu.net/thread/t12-491155-4.html (2017年部门整体支出绩效评价得分表: 部门决策(25分) 目标任务(15分) 相关性(5分) … 总分; 自评得分90分)",
    "CQ": "https://max.book118.com/html/2017/0624/117773641.shtm (重庆 中介机构绩效评价报告质量考核评分表: 评价计分正确、分值计算散总一致、评分与评级相符的,计2分)",
    "NX": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (南县财政局2020年度机关整体支出绩效评价报告: 二、单位基本概况 (一)机构设置情况 (二)人员编制情况 (四)单位职责; 现有编制人员205人。其中,局机关在职113人)",
    "HH": "https://www.hh.gov.cn/info/11481/1179592.htm (红河州数据发展中心2024年度项目支出绩效单位自评报告: 年初批复预算8个项目985万元…实际到位资金334.67万元)",
    "BS": "https://www.baoshan.gov.cn/info/7819/3701124.htm (保山市交通运输局2021年度部门整体支出绩效自评报告: 一、部门基本情况 (一)部门概况 … 主要职责是; 现将自评情况报告如下)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告: (一)部门整体支出概况 … 1、收入:792.22万元 … 其中:财政拨款收入792.22万元; 2、支出:799.12万元。其中:人员经费支出434.89万元)",
    "LH": "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml (隆回县 乡村振兴项目资金绩效评价报告, 上会 会计师事务所: 我所成立绩效评价工作组…实施绩效评价。现评价工作已完成,报告如下)",
    "HOUSE": "house wording of writer K (no published page found for the exact words; the shape is described in the note)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER_K = {"指标解释": "评价内容", "评分标准": "计分方法", "得分原因": "指标完成情况", "得分": "得分值"}
IND_HEADER_K = {"分值": "设定分值", "得分": "得分值"}
BUDGET_HEADER_K = {"财政拨款收入 (元)": "拨款收入 (元)", "小计(元)": "分类汇总(元)",
                   "人员经费支出 (元)": "人员支出 (元)", "商品和服务支出 (元)": "公用支出 (元)",
                   "支出明细": "支出科目", "下达资金": "资金下达数", "支出金额": "实际支付数",
                   "项目名称": "科目名称", "项目支出明细": "科目名称"}
SUMMARY_LABEL_K = {"预算安排资金": "批复预算", "实际到位资金": "资金实际到位", "实际支出资金": "本年支出",
                   "结转结余资金": "结余结转", "预算执行率": "预算执行进度",
                   "评价得分": "最终得分", "评价等级": "评定等级", "得分率": "得分占比"}


def element_rule_k(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> 逐项核定：满足的要素每项给予p分（单项权重w），
    未满足的给予0分 / 未满足的不给分.  Additive per element as before, so a rule whose elements x points
    != 分值 keeps its defect."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    tail = f"未满足的给予{sp}0{sp}分" if z == "得0分" else "未满足的不给分"
    return f"逐项核定：满足的要素每项给予{sp}{p}{sp}分（单项权重{w}），{tail}"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending_k(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":
            return f"{lead}该项记{sp1}{num}{sp2}分{stop}{tail}"
        if k % 2 == 0:
            return f"{lead}本指标记{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}经评价，记{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl_k(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"评价指标共分三级，其中一级指标{sp}{n1}{sp}个、二级指标{sp}{n2}{sp}个、三级指标{sp}{n3}{sp}个；"
            f"一级指标中，决策赋值{sp}{d}{sp}分、权重{sp}{dw}，过程赋值{sp}{p}{sp}分、权重{sp}{pw}，"
            f"产出赋值{sp}{o}{sp}分、权重{sp}{ow}，效益赋值{sp}{e}{sp}分、权重{sp}{ew}")


def decl_abstract_k(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系中，一级指标为决策、过程、产出、效益共 {n1} 个，下设二级指标 {n2} 个、三级指标 {n3} 个；"
            f"决策赋值 {d} 分，过程赋值 {p} 分，产出赋值 {o} 分，效益赋值 {e} 分，总计 {full} 分。")


def level_split_k(m: re.Match, k: int) -> str:
    """Line 553 (the 决策 paragraph, whose count of 二级 stands on the line before)."""
    two, n3, three, stop = m.group(1), st(m.group(2)), m.group(3), m.group(4)
    return f"级指标，即{two}；包含{n3}个三级指标，即{three}{stop}"


def level_line_k(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)
    return f"“{lvl}”项下包含{n2}个二级指标，即{two}；包含{n3}个三级指标，即{three}{stop}"


def alloc_k(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    parts = "、".join(f"“{a}”{b}分" for a, b in pairs)
    return f"“{lvl}”共计{total}分，依据与{lvl}指标的关联程度{extra}，其中{parts}。"


def level_abs_k(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"在“项目{lvl}”方面，设二级指标{n2}个、三级指标{n3}个，侧重考察{focus}，得分合计{score}分。"


CAP_K = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
TEXT_ANALYSIS_OR_ANNEX = either(text("analysis"), cell("annex", 5))

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_K)) + r")$", hmap(ANNEX_HEADER_K),
      "评价内容 | 计分方法 | 指标完成情况 | 得分值: audit-firm 评分表 words (cf. 岳阳 评分表 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明)", "YYCG", 88),
    R("H02", "table header", either(cell("ind", 3, 4, header=True), cell("t4", 1, 2, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_K)) + r")$", hmap(IND_HEADER_K),
      "设定分值 | 得分值 (house; 2017年部门整体支出绩效评价得分表 lists 分值 per level)", "WL17", 12),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER_K)) + r")$", hmap(BUDGET_HEADER_K),
      "人员经费支出434.89万元,公用经费支出77.4万元 (南县政协) -> 人员支出 / 公用支出; 拨款收入 / 分类汇总 / 支出科目 / 资金下达数 / 实际支付数 / 科目名称 (house)", "NXZX", 16),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "选择人数", "比例": "占比"}[m.group(0)],
      "选择人数 | 占比 (house)", "HOUSE", 20),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "组内分工", "主要职责": "工作内容"}[m.group(0)],
      "组内分工 | 姓名 | 职称 | 工作内容 (house)", "HOUSE", 2),

    # ============================================================ 结论表 labels
    R("S01", "summary label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL_K)) + r")$", hmap(SUMMARY_LABEL_K),
      "年初批复预算…实际到位资金334.67万元 (红河州 项目自评报告) -> 批复预算 / 资金实际到位; 本年支出 / 结余结转 / 预算执行进度 / 最终得分 / 评定等级 / 得分占比 (house)", "HH", 8),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "2024年，部门一般公共预算财政拨款收入4901.44万元，实际到账6847.87万元。截至2024年12月31日，全年共支出6847.87万元，按支出性质划分，2024年基本支出842.29万元、2024年项目支出6005.58万元，部门预算执行率达100%。（详见表1）",
      "实际到位资金334.67万元 (红河州): 到账; 按支出性质划分 (house, cf. 南县政协 其中:人员经费支出…公用经费支出…项目支出)", "NXZX", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "2024年部门一般公共预算财政拨款收入6847.87万元；至2024年12月31日累计支出6847.87万元，含2024年基本支出842.29万元与2024年项目支出6005.58万元，部门预算执行率为100%。",
      "house: 累计支出…，含…与…", "HOUSE", 1),
    R("F03", "figure", text("body"),
      r"^截至\s?(2024\s?)年(\s?12\s?)月(\s?31\s?)日，部门全年项目共支出(\s?6005\.58\s?)万元。（详见表(\s?2)）$",
      r"\1年\2月\3日止，全年项目支出总计\4万元。（详见表\5）",
      "house: …止，…总计", "HOUSE", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)(\s?2024\s?)年部门整体支出，涉及财政预算资金(\s?6847\.87\s?)万元。$",
      r"本次评价以\1\2年部门整体支出为评价对象，纳入评价范围的财政预算资金共计\3万元。",
      "house: 纳入评价范围的…共计", "HOUSE", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金(\s?6847\.87\s?)万元。$",
      r"年部门财政预算整体支出，纳入评价的资金共计\1万元。", "house", "HOUSE", 1),
    R("F06", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局基本支出全年预算金额\2万元，实际执行金额\3万元，",
      "house: 预算金额 / 执行金额", "HOUSE", 2),
    R("F07a", "figure", cell("annex", 5),
      r"项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"项目支出全年预算金额\1万元，实际执行金额\2万元，", "house", "HOUSE", 1),
    R("F07b", "figure", text("analysis"),
      r"项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"项目支出全年预算金额\1万元，实际执行金额", "house", "HOUSE", 1),
    R("F09", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      r"全年收入预算\1万元、收入决算\2万元，预算调整金额为", "house", "HOUSE", 2),
    R("F10", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度“三公”经费全年预算\2万元，实际支出\3万元，", "house", "HOUSE", 2),
    R("F11", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目全年预算\2万元，结余\1万元，资金结余率为",
      "无结余,3分;有结余,但不超过上年结转 (岳阳 评分表) -> 结余 (house order: the budget first)", "YYCG", 2),
    R("F12a", "figure", cell("annex", 5),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万元，实际采购支出" + N + r"万元，",
      r"本部门\1年政府采购预算\2万元，实际完成采购\3万元，", "house", "HOUSE", 1),
    R("F12b", "figure", text("analysis"),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万$",
      r"本部门\1年政府采购预算\2万", "house", "HOUSE", 1),
    R("F13", "figure", text("analysis"),
      r"^元，实际采购支出" + N + r"万元，", r"元，实际完成采购\1万元，", "house", "HOUSE", 1),
    R("F15", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"项目支出总额\1万元，其中部门\2年重点项目包括", "house", "HOUSE", 1),
    R("F15b", "figure", cell("annex", 5),
      r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，其中部门\2年重点项目包括", "house (the cell continues 项目总支出 from the row before a page break)", "HOUSE", 1),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"单位核定编制\1名，截止到\2年\3月\4日实有在职人员\5名。",
      "现有编制人员205人。其中,局机关在职113人 (南县财政局) -> 实有在职人员", "NX", 1),
    R("P02", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"核定编制数\1名，\2年\3月\4日在职人数\5人，在职人员控制率为",
      "编制数 / 在职人数 (岳阳 评分表 在职人员控制率 wording)", "YYCG", 2),
    R("P03", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"编制实有\1人，至\2年\3月\4日在职\5名，未使用临聘人员，", "house", "HOUSE", 2),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "调查范围为肃南裕固族自治县人社局部门全体内部工作人员，结合科室及下属单位属性采用随机抽样，样本覆盖面为全体工作人员的60%。",
      "house: 调查范围 / 样本覆盖面", "HOUSE", 1),
    L("V02", "survey", text("body"),
      "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷由评价机构现场发放、现场回收，以保证填答质量。",
      "我所成立绩效评价工作组…实施绩效评价 (隆回, 会计师事务所) -> 评价机构现场发放、现场回收 (house)", "LH", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"工作人员问卷含 \1 道单项选择题，每题分值 \2 分，选 A 记 \3 分、选 B 记 \4 分、选 C 记 \5 分、选 D 记 \6 分；论述题不纳入计分，问卷满分 \7 分。",
      "house: 记N分 per option", "HOUSE", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=问卷累计实得分/问卷累计满分×\1", "house", "HOUSE", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%—90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标分值 \1 分。综合满意率在 \2以上的给予满分；处于\3的，每下降 \4减 \5 分；低于 \6的不给分。",
      "每超过一个百分点扣0.1分,扣完为止 (部门整体支出绩效评价指标) -> 每下降…减… (house: 给予 / 不给分)", "YABO", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "问卷计分说明：", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 单题分值", "house", "HOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 满意率计算方法", "house", "HOUSE", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 指标计分", "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl_k, "部门决策(25分) 目标任务(15分) (2017 得分表): points per level -> 评价指标共分三级…决策赋值N分、权重N% (house)", "WL17", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果以评分与评级相结合的方式呈现，分值和等级可视评价内容设定。评价总分按\1分计，等级按得分分为四档：",
      "评价计分正确…评分与评级相符 (重庆 评分表) (house: 总分按N分计)", "CQ", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract_k, "house: 赋值N分 … 总计N分", "HOUSE", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"本次指标体系共包含\1个一级指标，下文逐一展开分析。", "house", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      r"“决策”项下包含\1个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      level_split_k, "house: 包含N个…，即…", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_line_k, "house: 包含N个…，即…", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc_k, "house: “决策”共计15分，…，其中“目标设定”9分、“预算配置”6分", "HOUSE", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs_k, "house: 在“项目决策”方面，设…，侧重考察…，得分合计N分", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"在“项目效益”方面，设二级指标\1个、三级指标\2个，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，得分合计 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP_K[m.group(2)]}类指标分值设置与评价结果",
      "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：各项一级指标得分一览", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：部门基本支出分科目明细表", "house", "HOUSE", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：部门项目支出分科目明细表", "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组成员及分工", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "各一级指标得分列于表4，三级指标逐项评分见附件1。", "house", "HOUSE", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经综合评价，\1年\2绩效评价总得分\3分，评定等级为“优”。",
      "评分与评级相符 (重庆 评分表) -> 总得分…，评定等级为 (house)", "CQ", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次评价总得分97分，评定等级为“优”。",
      "house", "HOUSE", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，最终评定 97 分。", "house", "HOUSE", 1),

    # ============================================================ scoring rules (计分方法 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_k, "以上情况每出现一例不符合要求的扣1分 (岳阳 评分表): counting item by item -> 逐项核定：满足的要素每项给予p分（单项权重w）", "YYCG", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率不超过100%的，给予2分；超过的，给予0分。",
      "以100%为标准。在职人员控制率≦100%,计5分 (岳阳 评分表) -> 不超过100%的，给予2分 (house)", "YYCG", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1 的给予2分；在60%—80%区间内，每少1%减0.1分；不到60%的给予0分。",
      "每超过一个百分点扣0.1分,扣完为止 (部门整体支出绩效评价指标) -> 每少1%减0.1分", "YABO", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"得分按\1与分值之积计算。", "house", "HOUSE", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的给予满分；调增或调减每达1%(不足1%按四舍五入原则取整)减0.2分；超过10%的不给分。",
      "预算调整率=0,计3分 (岳阳 评分表) -> 为0%的给予满分 (house)", "YYCG", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率处在70%—100%的给予1分；高于100%的，每多1%减0.1分，超过10%的不给分。",
      "每超过一个百分点扣0.1分 (部门整体支出绩效评价指标) -> 每多1%减0.1分", "YABO", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%的给予满分；每上升1%减0.1分，超过10%的不给分。",
      "无结余,3分 (岳阳 评分表) -> 为0%的给予满分", "YYCG", 1),
    R("R08", "scoring rule", cell("annex", 4),
      r"综合满意率达到 (90%)以上得满分，(70%—90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率在 \1以上的给予满分；处于\2的，每下降 \3减 \4 分；低于 \5的不给分。",
      "house (给予 / 不给分)", "HOUSE", 1),
    L("R09", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分；60%-90%的给予2分；60%以下的不给分。",
      "house (给予 / 不给分)", "HOUSE", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_k("annex"),
         "house: 该项记N分 (记分, cf. 2017 得分表 '得分' column)", "HOUSE", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_k("body"),
         "house: 本指标记N分 / 经评价，记N分", "HOUSE", 34),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "被评价部门基本情况", "一、部门基本情况 (一)部门概况 (保山 交通运输局自评报告) -> 被评价部门基本情况 (house)", "BS", 2),
    H("T02", "部门职能", "职能职责", "(四)单位职责 (南县财政局) -> 职能职责 (house)", "NX", 3),
    H("T03", "部门预算安排及执行情况", "预算收支情况", "(一)部门整体支出概况 … 1、收入 2、支出 (南县政协) -> 预算收支情况", "NXZX", 2),
    H("T04", "部门资金使用情况", "资金收支情况", "1、收入 2、支出 (南县政协)", "NXZX", 1),
    H("T05", "部门组织管理", "机构设置及人员编制情况", "(一)机构设置情况 (二)人员编制情况 (南县财政局)", "NX", 2),
    H("T06", "部门年度绩效目标", "整体绩效目标", "house", "HOUSE", 2),
    H("T07", "绩效评价工作开展情况", "评价组织实施情况", "house", "HOUSE", 3),
    R("T08", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价原则与指标设计", "house", "HOUSE", 3),
    H("T09", "评价原则", "评价遵循的原则", "house", "HOUSE", 1),
    H("T10", "评价指标体系", "评价指标设计", "house", "HOUSE", 2),
    H("T11", "绩效评价工作过程", "评价实施步骤", "house", "HOUSE", 3),
    H("T12", "综合评价情况及评价结果", "评价得分与结论", "house", "HOUSE", 2),
    H("T13", "综合评价情况及评价结论", "评价得分与结论", "house", "HOUSE", 1),
    H("T14", "综合评价情况", "总体评价", "house", "HOUSE", 2),
    H("T15", "评价结果", "评价等级", "house", "HOUSE", 2),
    H("T16", "绩效评价指标分析", "分项指标评价情况", "house", "HOUSE", 3),
    H("T17", "部门决策情况分析", "决策指标评价", "house", "HOUSE", 2),
    H("T18", "部门过程情况分析", "过程指标评价", "house", "HOUSE", 2),
    H("T19", "部门产出情况分析", "产出指标评价", "house", "HOUSE", 2),
    H("T20", "部门效益情况分析", "效益指标评价", "house", "HOUSE", 2),
    H("T21", "评价指标相关性分析、指标设计和分值设计", "指标设置及分值分配", "house", "HOUSE", 4),
    H("T22", "指标评分结果分析", "指标计分情况", "house", "HOUSE", 4),
    H("T23", "存在的主要问题及原因分析", "发现的问题及成因", "house", "HOUSE", 3),
    H("T24", "存在的问题", "发现的问题", "house", "HOUSE", 2),
    H("T25", "有关建议", "整改建议", "house", "HOUSE", 2),
    H("T26", "相关建议", "整改建议", "house", "HOUSE", 1),
    H("T27", "部门主要做法及经验", "工作亮点及经验做法", "house", "HOUSE", 1),
    H("T28", "社会调查方案", "调查工作方案", "house", "HOUSE", 2),
    H("T29", "内部人员调查问卷方案", "工作人员问卷调查方案", "house", "HOUSE", 2),
    H("T30", "调查方法和抽样方式", "抽样方法", "house", "HOUSE", 1),
    H("T31", "调查对象", "调查范围", "house", "HOUSE", 1),
    H("T32", "问卷的发放和回收", "问卷发放与回收", "house", "HOUSE", 1),
    H("T33", "部门职能及资金使用", "职能职责及资金收支", "house", "HOUSE", 1),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "k", RULES, SRC, __doc__.split("\n\n")[1]))
