#!/usr/bin/env python3
"""Thirteenth, independent, held-out rewording of the reference report (writer M).

    python3 reword_m.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-m.txt   the report as a thirteenth consultancy would word it
    OUT_DIR/rewrites-m.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer M's house style is that of a consultancy whose work papers follow the
部门整体支出绩效评价指标表 of the provincial templates (评价要点 / 评分细则 / 评分依据)
and the 部门决算 "单位概况 / 主要职能 / 部门基本情况" outline: the 评分表 headers are
指标含义 / 评分细则 / 评分依据 / 评分结果, the per-一级 tables 指标分值 / 考核得分 /
得分比（%） with a 小计 row (总分 in 表4); element rules are written as a formula
("以上要素权重均等（各w），得分=符合的要素个数×p分，不符合的要素得0分"); thresholds as
"不大于100%的，本项记满分2分；否则本项记0分" and tier lists "分档计分：≥80%，2分；
60%—80%，每降低1%扣0.1分；<60%，0分"; proportional rules as "按比例计分，得分=分值×X";
reasons end "认定得分N分。" (评分表) and "本指标认定得分N分。" / "据此认定该项得分为N分。"
(body); figures put the actual amount before the budget ("实际执行842.29万元，全年预算
842.29万元"); counts are declared with the points first ("按决策（15分，占15%）、过程…构建
指标体系，含一级指标4个…"); grades as inequalities "优（90≤总分≤100）、良（80≤总分<90）…";
the survey plan speaks of a 抽样框 and 调查样本; survey tables report 频数 / 百分比.

Every number, ①② mark, 文号, 《title》 and table cell stays where it was; every
defect of the original is kept; no scoring rule changes the score it gives for any
case.  Mechanics are those of tests/reword/rewordkit.py.

Environment (for attributing findings): REWORD_M_ONLY=ID,ID apply only these rules;
REWORD_M_SKIP=ID,ID leave these out (counts not asserted).  REWORD_M_DEBUG=1 prints
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
    "TD": "https://m.taodocs.com/p-534480183.html (绩效评价指标体系.doc, 部门整体支出绩效评价指标体系表: 三级指标 | 指标解释 | 指标说明 | 得分; 评价要点：①是否符合国家法律法规…②…③…)",
    "DS51": "https://m.51dongshi.net/eedfrcvdvdcgg.html (附件1 部门整体支出绩效评价指标表: 一级指标 分值 二级指标 分值 三级指标 分值 评价标准 指标说明 得分; 在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止; “三公经费”变动率≦0,计8分)",
    "BDXZ": "https://abg.baidu.com/tags/27u5nl5z3tao3n76z3y473wex66krufhx66lvs6wxcy6vthfz623zmggyc35nt5y2tza14 (组织管理服务项目绩效考核指标体系及评分细则)",
    "DOMAIN": "/work/shared/DOMAIN.md (附件1 评分表 columns: … | 得分原因 (or 评价意见, 评分依据) | 得分 — named there as a real variant)",
    "WL13": "https://wanglu.net/thread/t13-461855-0.html (考核表: 项目 | 考核内容 | 考核指标 | 指标说明 | 年度工作目标 | 评分标准 | 权数 | 考评得分; 按完成比例计算得分,满分为止)",
    "CY": "https://cangyuan.gov.cn/zfxxgk_cyx_yjglj/artview/959/312120.html (沧源佤族自治县应急管理局2023年度部门决算: 第一部分 单位概况 一、主要职能 二、部门基本情况; 十四、2023年度部门整体支出绩效自评表)",
    "LC": "http://bongotimes.com/info/1879/1228354.html (临沧市政务服务管理局2023年度部门决算: 第一部分 部门概况 一、主要职能 二、部门基本情况; 部门绩效自评情况)",
    "DZGC": "http://www.dz-gczx.com/wap/articleDetails_id_1290.html (鼎正: 绩效评价结果等级划分标准统一明确为:优(90-100分)、良(80-89分)、中(60-79分)、差(0-59分)四个档次)",
    "HN": "/work/shared/corpus/henan-skills-competition-2021-2024.md (河南 2021-2024年省级职业技能竞赛经费项目绩效评价报告: 本次调研发放…问卷108份。实际回收有效问卷108份; 经计算，…满意度为93.06%; 指标名称 | 权重 | 指标得分 | 得分率)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告: 2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元; 本项目由基本支出和项目支出两个部分构成)",
    "HOUSE": "house wording of writer M (no published page found for the exact words; the shape is described in the note)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER_M = {"指标解释": "指标含义", "评分标准": "评分细则", "得分原因": "评分依据", "得分": "评分结果"}
IND_HEADER_M = {"分值": "指标分值", "得分": "考核得分", "得分率%": "得分比（%）"}
BUDGET_HEADER_M = {"财政拨款收入 (元)": "本年财政拨款 (元)", "小计(元)": "分类合计(元)",
                   "人员经费支出 (元)": "人员类支出 (元)", "商品和服务支出 (元)": "公用类支出 (元)",
                   "支出明细": "明细科目", "下达资金": "批复下达数", "支出金额": "本年支出数",
                   "项目名称": "项目（科目）名称", "项目支出明细": "项目（科目）名称"}
SUMMARY_LABEL_M = {"预算安排资金": "年度预算资金", "实际到位资金": "已到位资金",
                   "实际支出资金": "已支出资金", "结转结余资金": "期末结余资金",
                   "预算执行率": "预算支出执行率", "评价得分": "综合得分", "评价等级": "绩效等级",
                   "得分率": "得分比"}


def element_rule_m(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> 以上要素权重均等（各w），
    得分=符合的要素个数×p分，不符合的要素得0分 / 不符合的要素不得分.  Additive per element exactly
    as before, so a rule whose elements x points != 分值 (or whose weights do not add to 100%) keeps
    its defect."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    tail = f"不符合的要素得{sp}0{sp}分" if z == "得0分" else "不符合的要素不得分"
    return f"以上要素权重均等（各{w}），得分=符合的要素个数×{sp}{p}{sp}分，{tail}"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending_m(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":
            return f"{lead}认定得分{sp1}{num}{sp2}分{stop}{tail}"
        if k % 2 == 0:
            return f"{lead}本指标认定得分{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}据此认定该项得分为{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl_m(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"此次绩效评价按决策（{d}{sp}分，占{dw}）、过程（{p}{sp}分，占{pw}）、产出（{o}{sp}分，占{ow}）、"
            f"效益（{e}{sp}分，占{ew}）构建指标体系，含一级指标{sp}{n1}{sp}个、二级指标{sp}{n2}{sp}个、"
            f"三级指标{sp}{n3}{sp}个")


def decl_abstract_m(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系满分 {full} 分，由决策（{d} 分）、过程（{p} 分）、产出（{o} 分）、效益（{e} 分）"
            f"{n1} 个一级指标及其下设的 {n2} 个二级指标、{n3} 个三级指标组成。")


def grades_m(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    return f"优（{a}≤总分≤{b}）、良（{c}≤总分<{d}）、中（{e}≤总分<{f}）、差（总分<{g}）"


def level_split_m(m: re.Match, k: int) -> str:
    """Line 553 (the 决策 paragraph, whose count of 二级 stands on the line before)."""
    two, n3, three, stop = m.group(1), st(m.group(2)), m.group(3), m.group(4)
    return f"级指标，依次为{two}；三级指标{n3}个，依次为{three}{stop}"


def level_line_m(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)
    return f"“{lvl}”一级指标共含{n2}个二级指标，依次为{two}；三级指标{n3}个，依次为{three}{stop}"


def alloc_m(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), st(m.group(2)), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    parts = "、".join(f"“{a}”设{st(b)}分" for a, b in pairs)
    return f"{parts}，“{lvl}”合计{total}分（按与{lvl}指标关联度的大小{extra}分配）。"


def level_abs_m(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"项目{lvl}共{n2}个二级指标、{n3}个三级指标，评价内容为{focus}；评价得分{score}分。"


CAP_M = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
TEXT_ANALYSIS_OR_ANNEX = either(text("analysis"), cell("annex", 5))

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_M)) + r")$", hmap(ANNEX_HEADER_M),
      "指标含义 | 评分细则 | 评分依据 | 评分结果 (评分细则: 绩效考核指标体系及评分细则; 评分依据: DOMAIN.md's named variant; cf. 指标解释 | 指标说明 | 得分 of the 指标体系表)", "BDXZ", 88),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_M)) + r")$", hmap(IND_HEADER_M),
      "指标分值 | 考核得分 | 得分比（%） (house; 权数 | 考评得分 (考核表))", "WL13", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER_M)) + r")$", hmap(BUDGET_HEADER_M),
      "人员经费支出…公用经费支出…项目支出 (南县政协) -> 人员类支出 / 公用类支出; 本年财政拨款 / 分类合计 / 明细科目 / 批复下达数 / 本年支出数 / 项目（科目）名称 (house)", "NXZX", 16),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "频数", "比例": "百分比"}[m.group(0)],
      "频数 | 百分比 (house, statistical table words)", "HOUSE", 20),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "组内职务", "主要职责": "职责分工"}[m.group(0)],
      "组内职务 | 姓名 | 职称 | 职责分工 (house)", "HOUSE", 2),
    R("H06", "total row", cell("ind", 0, 1), r"^合计$",
      lambda m, k: "小计",
      "小计 row closing each 一级 table (house; the 指标体系表 carries no total row)", "HOUSE", 4),
    R("H07", "total row", cell("t4", 0), r"^合计$", lambda m, k: "总分",
      "总分 (考核表: …总分100分 / 部门整体支出绩效评价得分表 '总分')", "WL13", 1),

    # ============================================================ 结论表 labels
    R("S01", "summary label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL_M)) + r")$", hmap(SUMMARY_LABEL_M),
      "年度预算资金 / 已到位资金 / 已支出资金 / 期末结余资金 / 预算支出执行率 / 综合得分 / 绩效等级 / 得分比 (house; 综合评分为97分 cf. 南县财政局)", "HOUSE", 8),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "部门2024年一般公共预算财政拨款收入为4901.44万元，实际收入为6847.87万元。截至2024年12月31日，部门全年支出6847.87万元，包括2024年基本支出842.29万元和2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元 (南县政协) -> 包括…和… (house)", "NXZX", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "部门2024年一般公共预算财政拨款收入为6847.87万元。截至2024年12月31日，部门全年支出6847.87万元，包括2024年基本支出842.29万元和2024年项目支出6005.58万元，部门预算执行率100%。",
      "house: 包括…和…", "HOUSE", 1),
    R("F03", "figure", text("body"),
      r"^截至\s?(2024\s?)年(\s?12\s?)月(\s?31\s?)日，部门全年项目共支出(\s?6005\.58\s?)万元。（详见表(\s?2)）$",
      r"全年项目支出\4万元（截至\1年\2月\3日），明细详见表\5。",
      "house: the date after the amount", "HOUSE", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)(\s?2024\s?)年部门整体支出，涉及财政预算资金(\s?6847\.87\s?)万元。$",
      r"本次评价的对象是\1\2年部门整体支出，所涉财政预算资金\3万元。",
      "house", "HOUSE", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金(\s?6847\.87\s?)万元。$",
      r"年部门财政预算整体支出，所涉资金\1万元。", "house", "HOUSE", 1),
    R("F06", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局基本支出实际执行\3万元，全年预算\2万元，",
      "house: the actual amount before the budget", "HOUSE", 2),
    R("F07a", "figure", cell("annex", 5),
      r"项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"项目支出实际执行\2万元，全年预算\1万元，", "house: the actual amount before the budget", "HOUSE", 1),
    R("F07b", "figure", text("analysis"),
      r"项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"项目支出全年预算\1万元，实际执行数", "house (the sentence continues on the next line)", "HOUSE", 1),
    R("F09", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      r"全年收入决算\2万元，全年收入预算\1万元，预算调整数为",
      "house: the final account before the budget", "HOUSE", 2),
    R("F10", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度“三公”经费实际支出\3万元，全年预算\2万元，", "house: the actual amount before the budget", "HOUSE", 2),
    R("F11", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目资金结余\1万元（项目全年预算数\2万元），资金结余率为",
      "house: the budget in brackets", "HOUSE", 2),
    R("F12a", "figure", cell("annex", 5),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万元，实际采购支出" + N + r"万元，",
      r"本部门\1年实际采购支出\3万元，政府采购预算总额\2万元，", "house: the actual amount before the budget", "HOUSE", 1),
    R("F12b", "figure", text("analysis"),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万$",
      r"本部门\1年政府采购预算总额\2万", "house (the sentence continues on the next line)", "HOUSE", 1),
    R("F13", "figure", text("analysis"),
      r"^元，实际采购支出" + N + r"万元，", r"元，实际采购金额\1万元，", "house", "HOUSE", 1),
    R("F15", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"部门\2年重点项目（项目总支出\1万元）包括", "house: the total in brackets", "HOUSE", 1),
    R("F15b", "figure", cell("annex", 5),
      r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，部门\2年重点项目包括", "house (the cell continues 项目总支出 from the row before a page break)", "HOUSE", 1),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"截止到\2年\3月\4日，单位在职人员\5名，核定人员编制\1名。",
      "二、部门基本情况 (沧源 决算): the date first, the staff before the quota (house)", "CY", 1),
    R("P02", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"肃南县人力资源和社会保障局核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"截至\2年\3月\4日，肃南县人力资源和社会保障局在职人员\5人，核定人员编制\1名，在职人员控制率为",
      "house: the date first, the staff before the quota", "HOUSE", 2),
    R("P03", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"截至\2年\3月\4日，编制实有\1人，在职人员\5名，未聘用临聘人员，", "house", "HOUSE", 2),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "以肃南裕固族自治县人社局部门内部工作人员名册为抽样框，按科室及下属单位属性分层，随机抽取其中60%的人员作为调查样本。",
      "本次调研发放…问卷108份 (河南): 抽样框 / 调查样本 (house, statistical wording)", "HN", 1),
    L("V02", "survey", text("body"),
      "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷的发放与回收均由评价机构负责，以保证问卷质量。",
      "house", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷由 \1 道单项选择题组成，每题满分 \2 分，按选项赋分：A 为 \3 分、B 为 \4 分、C 为 \5 分、D 为 \6 分；论述题不赋分，问卷总分 \7 分。",
      "house: 按选项赋分", "HOUSE", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=∑问卷实得分÷∑问卷应得分×\1", "经计算，…满意度为93.06% (河南) (house formula)", "HN", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标分值 \1 分：综合满意率≥\2，得满分；\3≤综合满意率<\4，每降低 \5扣 \6 分；综合满意率<\7，不得分。",
      "house: tiers written as inequalities", "HOUSE", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "计分说明：", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 题目赋分", "house", "HOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 综合满意率", "house", "HOUSE", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 指标得分", "house", "HOUSE", 1),
    R("V10", "survey", text("survey"), r"\[单选题\]", lambda m, k: "（单选）", "house", "HOUSE", 10),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl_m, "一级指标 分值 二级指标 分值 … (指标表): points first, then the counts (house)", "DS51", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价实行百分制（总分\1分），评分与评级相结合，分值和等级可结合评价内容设定；按总分高低划为四档：",
      "四个档次 (鼎正) (house: 百分制)", "DZGC", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades_m, "优(90-100分)、良(80-89分)… (鼎正) -> the bands as inequalities, lower bound included (house)", "DZGC", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract_m, "house: 满分N分，由…组成", "HOUSE", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"下文对指标体系所设计的全部\1个一级指标逐一展开分析。", "house", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      r"“决策”一级指标共含\1个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      level_split_m, "house: 共含N个二级指标，依次为…；三级指标N个，依次为…", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_line_m, "house: 共含N个二级指标，依次为…；三级指标N个，依次为…", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc_m, "house: the 二级 points first, the 一级 total last (“目标设定”设9分、“预算配置”设6分，“决策”合计15分)", "HOUSE", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs_m, "house: 项目决策共N个二级指标…；评价得分N分", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"项目效益共\1个二级指标、\2个三级指标，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"；评价得分 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP_M[m.group(2)]}类指标分值及得分",
      "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：一级指标得分汇总", "指标名称 | 权重 | 指标得分 | 得分率 (河南)", "HN", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出分类明细", "house", "HOUSE", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出分项明细", "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组组成", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "各一级指标得分汇总于表4，逐项评分情况见附件1。", "house", "HOUSE", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"\1年\2绩效评价等级为“优”，综合得分\3分。",
      "house: the grade first", "HOUSE", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次评价等级为“优”（综合得分97分）。",
      "house", "HOUSE", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，综合得分 97 分。", "house", "HOUSE", 1),

    # ============================================================ scoring rules (评分细则 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_m, "评价要点：①…②…③… (指标体系表) with the house formula 得分=符合的要素个数×p分", "TD", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率不大于100%的，本项记满分2分；否则本项记0分。",
      "在职人员控制率≦100%,计5分 (指标表) -> 不大于100%的，本项记满分2分 (house)", "DS51", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"分档计分：\1，2分；60%—80%，每降低1%扣0.1分；<60%，0分。",
      "house: a tier list", "HOUSE", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"按比例计分，得分=分值×\1。", "按完成比例计算得分 (考核表)", "WL13", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的得满分；调增、调减幅度每1%(不足1%按四舍五入原则取整)扣0.2分；调整率超过10%的不得分。",
      "house", "HOUSE", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率在70%—100%之间得1分；控制率高于100%的，每高出1%扣0.1分，高出超过10%的不得分。",
      "“三公经费”变动率≦0,计8分;…每超过一个百分点扣0.8分 (指标表) -> 每高出1%扣0.1分 (house)", "DS51", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%时得满分，结余率每提高1%扣0.1分，超过10%时不得分。",
      "house", "HOUSE", 1),
    R("R08", "scoring rule", cell("annex", 4),
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率≥\1，得满分；\2≤综合满意率<\3，每降低 \4扣 \5 分；综合满意率<\6，不得分。",
      "house: tiers written as inequalities", "HOUSE", 1),
    L("R09", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分；60%-90%之间的得2分；60%以下的得零分。",
      "house", "HOUSE", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_m("annex"),
         "house: 认定得分N分 (评分依据 column ends with the score it supports)", "HOUSE", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_m("body"),
         "house: 本指标认定得分N分 / 据此认定该项得分为N分", "HOUSE", 34),

    # ============================================================ other paragraphs (house wording)
    R("X01", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "本次评价以成本效益分析法、因素分析法、比较法和公众评判法为主要方法。", "house", "HOUSE", 2),
    L("X02", "paragraph", text("abstract"),
      "本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。",
      "评价工作历经前期调研、方案制定、组织实施、报告撰写，共四个阶段。", "house", "HOUSE", 1),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "单位概况", "第一部分 单位概况 (沧源 决算)", "CY", 2),
    H("T02", "部门职能", "主要职能", "一、主要职能 (沧源 / 临沧 决算)", "CY", 3),
    H("T03", "部门预算安排及执行情况", "年度预算安排与执行", "house", "HOUSE", 2),
    H("T04", "部门资金使用情况", "年度资金支出情况", "house", "HOUSE", 1),
    H("T05", "部门组织管理", "部门基本情况", "二、部门基本情况 (临沧 决算)", "LC", 2),
    H("T06", "部门年度绩效目标", "年度绩效目标设定", "house", "HOUSE", 2),
    H("T07", "绩效评价工作开展情况", "绩效评价工作概述", "house", "HOUSE", 3),
    R("T08", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价原则、方法与指标体系", "house", "HOUSE", 3),
    H("T09", "评价原则", "原则要求", "house", "HOUSE", 1),
    H("T10", "评价指标体系", "指标体系设计", "house", "HOUSE", 2),
    H("T11", "绩效评价工作过程", "评价工作流程", "house", "HOUSE", 3),
    H("T12", "综合评价情况及评价结果", "综合评价结论", "house", "HOUSE", 2),
    H("T13", "综合评价情况及评价结论", "综合评价结论", "house", "HOUSE", 1),
    H("T14", "综合评价情况", "综合评价说明", "house", "HOUSE", 2),
    H("T15", "评价结果", "评价等级认定", "house", "HOUSE", 2),
    H("T16", "绩效评价指标分析", "指标评价分析", "house", "HOUSE", 3),
    H("T17", "部门决策情况分析", "决策类指标分析", "house", "HOUSE", 2),
    H("T18", "部门过程情况分析", "过程类指标分析", "house", "HOUSE", 2),
    H("T19", "部门产出情况分析", "产出类指标分析", "house", "HOUSE", 2),
    H("T20", "部门效益情况分析", "效益类指标分析", "house", "HOUSE", 2),
    H("T21", "评价指标相关性分析、指标设计和分值设计", "指标结构与分值", "house", "HOUSE", 4),
    H("T22", "指标评分结果分析", "逐项评分情况", "house", "HOUSE", 4),
    H("T23", "存在的主要问题及原因分析", "问题及原因", "house", "HOUSE", 3),
    H("T24", "存在的问题", "主要问题表现", "house", "HOUSE", 2),
    H("T25", "有关建议", "改进建议", "house", "HOUSE", 2),
    H("T26", "相关建议", "改进建议", "house", "HOUSE", 1),
    H("T27", "部门主要做法及经验", "经验做法", "house", "HOUSE", 1),
    H("T28", "社会调查方案", "调查工作安排", "house", "HOUSE", 2),
    H("T29", "内部人员调查问卷方案", "内部问卷调查安排", "house", "HOUSE", 2),
    H("T30", "调查方法和抽样方式", "抽样方式", "house", "HOUSE", 1),
    H("T31", "调查对象", "调查样本范围", "house", "HOUSE", 1),
    H("T32", "问卷的发放和回收", "问卷发放回收", "house", "HOUSE", 1),
    H("T33", "部门职能及资金使用", "职能及资金概况", "house", "HOUSE", 1),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "m", RULES, SRC, __doc__.split("\n\n")[1]))
