#!/usr/bin/env python3
"""Twelfth, independent, held-out rewording of the reference report (writer L).

    python3 reword_l.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-l.txt   the report as a twelfth consultancy would word it
    OUT_DIR/rewrites-l.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer L's house style is that of a consultancy that grew out of filling in
项目支出绩效自评表 (预算数(A) / 执行数(B) / 执行率(B/A) / 得分(20分*执行率);
达成预期指标 / 未达成预期指标): the 评分表 headers are 指标定义 / 评分方法 /
核查结果 / 实际评分, the per-一级 tables 应得分 / 实际评分 / 得分百分比（%）;
element rules are written as attainment ("上述要素权重均为w，逐项核对达成情况：
达成的要素各计p分，未达成的计0分"); thresholds as "不高于100%的计2分，高出的计0分",
"介于60%—80%的，每下降1%扣0.1分", "未达60%计0分"; proportional rules as
"以X乘以本指标分值计算得分"; reasons end "评分结论：N分。" (评分表) and
"本项评分为N分。" / "经核查，该项评分N分。" (body); budgets and actuals carry the
自评表 letters "预算数（A）…执行数（B）"; counts are declared "一级指标“决策”
细分为2个二级指标和6个三级指标，二级指标为……"; the points of each 一级指标
stand with their weight in brackets "决策15分（15%）"; grades are listed grade
first "优：90（含）-100分；良：……"; sum rows are 总计; the survey plan speaks of
调查总体 and "按总体人数60%的比例随机抽取".

Every number, ①② mark, 文号, 《title》 and table cell stays where it was; every
defect of the original is kept; no scoring rule changes the score it gives for any
case.  Mechanics are those of tests/reword/rewordkit.py.

Environment (for attributing findings): REWORD_L_ONLY=ID,ID apply only these rules;
REWORD_L_SKIP=ID,ID leave these out (counts not asserted).  REWORD_L_DEBUG=1 prints
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
    "CJJB": "https://1wenmi.com/doc/330418.html (2020年度长江禁捕项目自评表: 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率); 年初目标值(A) | 实际完成值(B); 定量指标计分原则:正向指标…得分=权重*B/A; 定性指标计分原则:达成预期指标、部分达成预期指标、未达成预期指标三档; 总分100)",
    "LJ": "http://m.jjiadianqingjie.com.cn/changyong/13241.html (丽江 2020年省级自然资源卫片执法补助经费 项目支出绩效自评表: 年度资金总额 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施)",
    "CZ": "http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 (池州 棠溪镇 项目支出绩效自评表(2022年度): 产出指标(50分) | 效益指标(30分) | 满意度指标(10分); 本项目共完成预算资金89.97万元)",
    "DYRMT": "https://dyrmt.com/article-132779-22.html (自评表: 结余率(计算方法为:结余数/预算数)≤5% 22.5 … 合计100)",
    "HZ": "https://www.kunmingchi.com/archives/4remv39ow3w5kldgk05p.html (惠州市交通运输局2021部门整体绩效自评报告: 一、部门基本情况 (一)部门职能。 下属二级预算单位数量:5 个)",
    "HH": "https://www.hh.gov.cn/info/11476/1176502.htm (红河州数据发展中心2024年度部门整体支出绩效单位自评报告: 2.机构设置及人员情况 … 截至2024年12月31日,部门事业编制人数15人,年末实有人数14人)",
    "YY": "http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html (岳阳市城市管理监督指挥中心2018部门整体支出绩效评价自评报告: 人员编制 21 | 实有人数 21; 年度主要工作内容)",
    "FX": "https://fx361.cc/page/2018/0119/4709083.shtml (蔡华珍 等, 绩效评价中综合满意度的应用探讨: 单一满意度…按满意的人数占总人数的比例计算; 需要计算综合满意度)",
    "BS": "http://czj.baise.gov.cn/zwgk/fdzdgknr/zcwjzcjd/t11098246.shtml (百色市本级项目支出绩效评价管理办法: 依据设定的绩效目标，对项目支出的经济性、效益性和公平性进行客观、公正的测量、分析和评判)",
    "NX": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (南县财政局2020年度机关整体支出绩效评价报告: 一、自评得分情况 … 综合评分为97分)",
    "HOUSE": "house wording of writer L (no published page found for the exact words; the shape is described in the note)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER_L = {"指标解释": "指标定义", "评分标准": "评分方法", "得分原因": "核查结果", "得分": "实际评分"}
IND_HEADER_L = {"分值": "应得分", "得分": "实际评分", "得分率%": "得分百分比（%）"}
BUDGET_HEADER_L = {"财政拨款收入 (元)": "一般公共预算拨款 (元)", "小计(元)": "分项合计(元)",
                   "人员经费支出 (元)": "对个人支出 (元)", "商品和服务支出 (元)": "商品服务支出 (元)",
                   "支出明细": "经济科目名称", "下达资金": "资金下达额", "支出金额": "实际支出额",
                   "项目名称": "项目支出内容", "项目支出明细": "项目支出内容"}
SUMMARY_LABEL_L = {"预算安排资金": "全年预算数（A）", "实际到位资金": "资金到账数",
                   "实际支出资金": "全年执行数（B）", "结转结余资金": "年末结余",
                   "预算执行率": "预算完成率", "评价得分": "总体评分", "评价等级": "绩效级别",
                   "得分率": "得分百分比"}


def element_rule_l(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> 上述要素权重均为w，逐项核对达成情况：
    达成的要素各计p分，未达成的计0分 / 未达成的不计分.  Additive per element exactly as before, so a rule
    whose elements x points != 分值 keeps its defect."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    tail = f"未达成的计{sp}0{sp}分" if z == "得0分" else "未达成的不计分"
    return f"上述要素权重均为{w}，逐项核对达成情况：达成的要素各计{sp}{p}{sp}分，{tail}"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending_l(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":
            return f"{lead}评分结论：{sp1}{num}{sp2}分{stop}{tail}"
        if k % 2 == 0:
            return f"{lead}本项评分为{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}经核查，该项评分{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl_l(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"本次评价的指标体系由一级指标{sp}{n1}{sp}个、二级指标{sp}{n2}{sp}个、三级指标{sp}{n3}{sp}个构成，"
            f"各一级指标的分值及权重为：决策{sp}{d}{sp}分（{dw}），过程{sp}{p}{sp}分（{pw}），"
            f"产出{sp}{o}{sp}分（{ow}），效益{sp}{e}{sp}分（{ew}）")


def decl_abstract_l(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系按层级设置：一级指标 {n1} 个（决策、过程、产出、效益），二级指标 {n2} 个，三级指标 {n3} 个；"
            f"满分 {full} 分，其中决策 {d} 分、过程 {p} 分、产出 {o} 分、效益 {e} 分。")


def grades_l(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    sp = " " if " 分" in m.group(0) else ""
    return f"优：{a}（含）-{b}{sp}分；良：{c}（含）-{d}{sp}分；中：{e}（含）-{f}{sp}分；差：{g}{sp}分以下"


def level_split_l(m: re.Match, k: int) -> str:
    """Line 553 (the 决策 paragraph, whose count of 二级 stands on the line before)."""
    two, n3, three, stop = m.group(1), st(m.group(2)), m.group(3), m.group(4)
    return f"级指标和{n3}个三级指标，二级指标为{two}，三级指标为{three}{stop}"


def level_line_l(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)
    return f"一级指标“{lvl}”细分为{n2}个二级指标和{n3}个三级指标，二级指标为{two}，三级指标为{three}{stop}"


def alloc_l(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), st(m.group(2)), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    parts = "，".join(f"“{a}”{st(b)}分" for a, b in pairs)
    return f"“{lvl}”一级指标的{total}分，按与{lvl}指标关联度的大小{extra}分解到各二级指标：{parts}。"


def level_abs_l(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"从项目{lvl}看，下设二级指标{n2}个、三级指标{n3}个，主要考察{focus}，得分为{score}分。"


CAP_L = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
TEXT_ANALYSIS_OR_ANNEX = either(text("analysis"), cell("annex", 5))

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_L)) + r")$", hmap(ANNEX_HEADER_L),
      "指标定义 | 评分方法 | 核查结果 | 实际评分 (house; the 自评表 columns 年度指标值 | 实际完成值 | 分值 | 得分 (丽江) turned into a third-party 评分表)", "LJ", 88),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_L)) + r")$", hmap(IND_HEADER_L),
      "应得分 | 实际评分 | 得分百分比（%） (house; 分值 | 得分 (池州 自评表))", "CZ", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER_L)) + r")$", hmap(BUDGET_HEADER_L),
      "一般公共预算拨款 / 分项合计 / 对个人支出 / 商品服务支出 / 经济科目名称 / 资金下达额 / 实际支出额 / 项目支出内容 (house, after the 支出经济分类 of 部门决算)", "HOUSE", 16),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "回答人数", "比例": "比重"}[m.group(0)],
      "回答人数 | 比重 (按满意的人数占总人数的比例计算, 蔡华珍)", "FX", 20),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "项目分工", "主要职责": "承担工作"}[m.group(0)],
      "项目分工 | 姓名 | 职称 | 承担工作 (house)", "HOUSE", 2),
    R("H06", "table header", either(cell("budget"), cell("summary"), cell("ind"), cell("t4")), r"^合计$",
      lambda m, k: "总计", "合计100 (自评表) -> 总计 (house)", "DYRMT", 9),

    # ============================================================ 结论表 labels
    R("S01", "summary label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL_L)) + r")$", hmap(SUMMARY_LABEL_L),
      "全年预算数 | 全年执行数 (丽江 自评表) with the letters of 预算数(A) | 执行数(B) (长江禁捕 自评表); 资金到账数 / 年末结余 / 预算完成率 / 总体评分 / 绩效级别 / 得分百分比 (house)", "CJJB", 8),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "2024年，部门一般公共预算财政拨款收入4901.44万元，实际取得6847.87万元；截至2024年12月31日，部门全年支出6847.87万元，由2024年基本支出842.29万元与2024年项目支出6005.58万元构成，部门预算执行率100%。（详见表1）",
      "本项目共申请预算资金90万元 … 本项目共完成预算资金89.97万元 (池州 自评表): 取得 / 构成 (house)", "CZ", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "2024年，部门取得一般公共预算财政拨款收入6847.87万元；截至2024年12月31日，部门全年支出6847.87万元，由2024年基本支出842.29万元与2024年项目支出6005.58万元构成，部门预算执行率100%。",
      "house: 由…与…构成", "HOUSE", 1),
    R("F03", "figure", text("body"),
      r"^截至\s?(2024\s?)年(\s?12\s?)月(\s?31\s?)日，部门全年项目共支出(\s?6005\.58\s?)万元。（详见表(\s?2)）$",
      r"至\1年\2月\3日，部门全年项目支出合计\4万元，明细见表\5。",
      "house: …合计…，明细见表N", "HOUSE", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)(\s?2024\s?)年部门整体支出，涉及财政预算资金(\s?6847\.87\s?)万元。$",
      r"本次评价针对\1\2年部门整体支出开展，评价资金总额\3万元（财政预算资金）。",
      "年度资金总额 (丽江 自评表) -> 评价资金总额", "LJ", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金(\s?6847\.87\s?)万元。$",
      r"年部门财政预算整体支出，评价资金总额\1万元。", "年度资金总额 (丽江 自评表)", "LJ", 1),
    R("F06", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局基本支出预算数（A）\2万元，执行数（B）\3万元，",
      "预算数(A) | 执行数(B) | 执行率(B/A) (长江禁捕 自评表)", "CJJB", 2),
    R("F07a", "figure", cell("annex", 5),
      r"项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"项目支出预算数（A）\1万元，执行数（B）\2万元，", "预算数(A) | 执行数(B) (长江禁捕 自评表)", "CJJB", 1),
    R("F07b", "figure", text("analysis"),
      r"项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"项目支出预算数（A）\1万元，执行数（B）", "预算数(A) | 执行数(B) (长江禁捕 自评表)", "CJJB", 1),
    R("F09", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      r"收入预算数\1万元与收入决算数\2万元一致，预算调整金额为",
      "house: …与…一致", "HOUSE", 2),
    R("F10", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度“三公”经费预算数（A）\2万元，执行数（B）\3万元，", "预算数(A) | 执行数(B) (长江禁捕 自评表)", "CJJB", 2),
    R("F11", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"结余数\1万元，预算数\2万元，按“结余数/预算数”计算的资金结余率为",
      "结余率(计算方法为:结余数/预算数)≤5% (自评表)", "DYRMT", 2),
    R("F12a", "figure", cell("annex", 5),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万元，实际采购支出" + N + r"万元，",
      r"本部门\1年政府采购预算数（A）\2万元，实际采购数（B）\3万元，", "预算数(A) | 执行数(B) (长江禁捕 自评表)", "CJJB", 1),
    R("F12b", "figure", text("analysis"),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万$",
      r"本部门\1年政府采购预算数（A）\2万", "预算数(A) (长江禁捕 自评表)", "CJJB", 1),
    R("F13", "figure", text("analysis"),
      r"^元，实际采购支出" + N + r"万元，", r"元，实际采购数（B）\1万元，", "执行数(B) (长江禁捕 自评表)", "CJJB", 1),
    R("F15", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"项目支出共计\1万元，列为部门\2年重点项目的有", "house", "HOUSE", 1),
    R("F15b", "figure", cell("annex", 5),
      r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，列为部门\2年重点项目的有", "house (the cell continues 项目总支出 from the row before a page break)", "HOUSE", 1),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"单位编制核定\1名，在职\5名（截止到\2年\3月\4日）。",
      "人员编制 21 | 实有人数 21 (岳阳 自评报告): the date in brackets after the count (house)", "YY", 1),
    R("P02", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"人员编制核定数\1名，截至\2年\3月\4日实际在职\5人，据此计算在职人员控制率为",
      "截至2024年12月31日,部门事业编制人数15人,年末实有人数14人 (红河州)", "HH", 2),
    R("P03", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"编制实有\1人，截至\2年\3月\4日在职\5名，临聘人员为零，", "house", "HOUSE", 2),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "调查以肃南裕固族自治县人社局部门内部工作人员为总体，结合科室及下属单位属性，按总体人数60%的比例随机抽取受访人员。",
      "单一满意度…按满意的人数占总人数的比例计算 (蔡华珍): 总体 / 总体人数 (house)", "FX", 1),
    L("V02", "survey", text("body"),
      "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷由评价机构直接发放、直接收回，不经被评价部门转手，以确保问卷质量。",
      "house", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"工作人员问卷设单项选择题 \1 道，单题满分 \2 分，选项 A/B/C/D 分别对应 \3/\4/\5/\6 分；论述题不参与计分，问卷满分合计 \7 分。",
      "需要计算综合满意度 (蔡华珍) (house: A/B/C/D 对应 10/7/4/0 分)", "FX", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=（各问卷得分之和÷各问卷满分之和）×\1", "需要计算综合满意度 (蔡华珍)", "FX", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%—90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标分值 \1 分。计分方式：综合满意率≥\2的计满分；\3区间按每降低 \4扣减 \5 分计算；\6以下不计分。",
      "定量指标计分原则 (长江禁捕 自评表) -> 计分方式 (house)", "CJJB", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "问卷计分方式：", "定量指标计分原则 (长江禁捕 自评表)", "CJJB", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 题目分值", "house", "HOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 综合满意率测算", "需要计算综合满意度 (蔡华珍)", "FX", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 指标计分规则", "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl_l, "产出指标(50分) | 效益指标(30分) | 满意度指标(10分) (池州 自评表): points next to the level; weight in brackets (house)", "CZ", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果以百分制计分并评定等级，分值和等级可结合评价内容确定。满分\1分，按得分高低分为四个等级——",
      "总分100 (长江禁捕 自评表) (house: 百分制 / 四个等级)", "CJJB", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades_l, "house: grade first, 优：90（含）-100分；良：…", "HOUSE", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract_l, "house: 按层级设置 … 满分N分，其中…", "HOUSE", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"本部分对指标体系中设计的\1个一级指标逐一进行分析评价。", "house", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      r"一级指标“决策”细分为\1个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      level_split_l, "house: 细分为N个二级指标和N个三级指标，二级指标为…", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_line_l, "house: 细分为N个二级指标和N个三级指标，二级指标为…", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc_l, "house: “决策”一级指标的15分，按…分解到各二级指标：“目标设定”9分，“预算配置”6分", "HOUSE", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs_l, "house: 从项目决策看，下设…，得分为N分", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"从项目效益看，下设二级指标\1个、三级指标\2个，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，得分为 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP_L[m.group(2)]}指标计分表",
      "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：一级指标计分汇总表", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出经济分类明细表", "house", "HOUSE", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出明细表（按支出内容）", "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组人员构成", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "一级指标计分汇总见表4，三级指标评分明细见附件1。", "house", "HOUSE", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"综合评价结果显示，\1年\2绩效评价总体评分\3分，绩效级别为“优”。",
      "一、自评得分情况 … 综合评分为97分 (南县财政局) -> 总体评分 (house)", "NX", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次评价总体评分97分，对应绩效级别“优”。",
      "house", "HOUSE", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，总体评分 97 分。", "house", "HOUSE", 1),

    # ============================================================ scoring rules (评分方法 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_l, "达成预期指标、部分达成预期指标、未达成预期指标 (长江禁捕 自评表 定性指标计分原则) -> 达成的要素各计p分，未达成的计0分", "CJJB", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率不高于100%的计2分，高出的计0分。",
      "结余率…≤5% (自评表) (house: 不高于…的计N分)", "DYRMT", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1 计满分2分；介于60%—80%的，每下降1%扣0.1分；未达60%计0分。",
      "house (计满分 / 介于 / 未达)", "HOUSE", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"以\1乘以本指标分值计算得分。", "得分(20分*执行率) (长江禁捕 自评表)", "CJJB", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%时计满分；调整幅度（调增或调减）每1%(不足1%按四舍五入原则取整)扣减0.2分；调整率大于10%时不计分。",
      "house (计满分 / 大于…时不计分)", "HOUSE", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率落在70%—100%区间计1分；高于100%的，超出部分每1%扣减0.1分，超出幅度大于10%不计分。",
      "house (落在…区间 / 超出部分每1%)", "HOUSE", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%计满分；结余率每上升1%扣减0.1分；大于10%不计分。",
      "结余率(计算方法为:结余数/预算数) (自评表)", "DYRMT", 1),
    R("R08", "scoring rule", cell("annex", 4),
      r"综合满意率达到 (90%)以上得满分，(70%—90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率≥ \1计满分；\2区间按每降低 \3扣减 \4 分计算；\5以下不计分。",
      "定量指标计分原则 (长江禁捕 自评表) (house)", "CJJB", 1),
    L("R09", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分；60%-90%之间计2分；不足60%不计分。",
      "house", "HOUSE", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_l("annex"),
         "house: 评分结论：N分 (核查结果 column ends with its verdict)", "HOUSE", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_l("body"),
         "house: 本项评分为N分 / 经核查，该项评分N分", "HOUSE", 34),

    # ============================================================ other paragraphs (house wording)
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"\2（以下简称“我公司”）接受\1委托，依据预算绩效管理相关规定，于\3年\4-\5月对“\6”的使用情况及效果实施了预算绩效评价。",
      "依据设定的绩效目标…进行客观、公正的测量、分析和评判 (百色 办法) (house: 我公司 / 实施了)", "BS", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "本次评价主要运用成本效益分析法、因素分析法、比较法及公众评判法。", "house", "HOUSE", 2),
    L("X03", "paragraph", text("abstract"),
      "本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。",
      "评价工作按前期调研、方案制定、组织实施、报告撰写四个阶段推进。", "house", "HOUSE", 1),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "部门总体情况", "一、部门基本情况 (一)部门职能。 (惠州 交通运输局自评报告) -> 部门总体情况 (house)", "HZ", 2),
    H("T02", "部门职能", "职能配置", "(一)部门职能 (惠州) -> 职能配置 (house)", "HZ", 3),
    H("T03", "部门预算安排及执行情况", "部门预算批复与执行", "house", "HOUSE", 2),
    H("T04", "部门资金使用情况", "资金使用概况", "house", "HOUSE", 1),
    H("T05", "部门组织管理", "内设机构与人员编制", "2.机构设置及人员情况 (红河州 部门整体自评报告)", "HH", 2),
    H("T06", "部门年度绩效目标", "年度整体绩效目标", "house", "HOUSE", 2),
    H("T07", "绩效评价工作开展情况", "评价工作组织开展情况", "house", "HOUSE", 3),
    R("T08", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价原则与评价体系", "house", "HOUSE", 3),
    H("T09", "评价原则", "基本原则", "house", "HOUSE", 1),
    H("T10", "评价指标体系", "指标体系构建", "house", "HOUSE", 2),
    H("T11", "绩效评价工作过程", "评价工作步骤", "house", "HOUSE", 3),
    H("T12", "综合评价情况及评价结果", "总体评价结果", "house", "HOUSE", 2),
    H("T13", "综合评价情况及评价结论", "总体评价结果", "house", "HOUSE", 1),
    H("T14", "综合评价情况", "综合评价", "house", "HOUSE", 2),
    H("T15", "评价结果", "评价结论及等级", "house", "HOUSE", 2),
    H("T16", "绩效评价指标分析", "绩效指标逐项分析", "house", "HOUSE", 3),
    H("T17", "部门决策情况分析", "部门决策绩效分析", "house", "HOUSE", 2),
    H("T18", "部门过程情况分析", "部门过程绩效分析", "house", "HOUSE", 2),
    H("T19", "部门产出情况分析", "部门产出绩效分析", "house", "HOUSE", 2),
    H("T20", "部门效益情况分析", "部门效益绩效分析", "house", "HOUSE", 2),
    H("T21", "评价指标相关性分析、指标设计和分值设计", "指标构成与分值分布", "house", "HOUSE", 4),
    H("T22", "指标评分结果分析", "三级指标计分结果", "house", "HOUSE", 4),
    H("T23", "存在的主要问题及原因分析", "主要问题及成因分析", "house", "HOUSE", 3),
    H("T24", "存在的问题", "主要问题", "house", "HOUSE", 2),
    H("T25", "有关建议", "意见建议", "house", "HOUSE", 2),
    H("T26", "相关建议", "意见建议", "house", "HOUSE", 1),
    H("T27", "部门主要做法及经验", "主要做法与成效", "house", "HOUSE", 1),
    H("T28", "社会调查方案", "社会调查实施方案", "house", "HOUSE", 2),
    H("T29", "内部人员调查问卷方案", "内部人员问卷调查方案", "house", "HOUSE", 2),
    H("T30", "调查方法和抽样方式", "抽样设计", "house", "HOUSE", 1),
    H("T31", "调查对象", "调查总体", "house", "HOUSE", 1),
    H("T32", "问卷的发放和回收", "问卷发放及回收方式", "house", "HOUSE", 1),
    H("T33", "部门职能及资金使用", "部门职能与资金概况", "house", "HOUSE", 1),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "l", RULES, SRC, __doc__.split("\n\n")[1]))
