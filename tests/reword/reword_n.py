#!/usr/bin/env python3
"""Fourteenth, independent, held-out rewording of the reference report (writer N).

    python3 reword_n.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-n.txt   the report as a fourteenth consultancy would word it
    OUT_DIR/rewrites-n.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer N's house style is that of a consultancy whose 评分表 follows the third-party
report of 河南 (评价要点 / 评分标准和评分规则 / 评价意见 columns, 权重分, 评价组) and whose
budget tables follow the 部门决算 tables (人员经费 / 公用经费, 经济分类, 功能分类):
the 评分表 headers are 考察内容 / 评分标准和评分规则 / 打分依据 / 考评得分, the per-一级
tables 权重分 / 评价得分 / 得分率/%; element rules are checked "逐条" ("评分时逐条对照以上
内容，每条权重w，符合的得p分，不符合的得0分"); thresholds are written with a limit
("以100%为限：未超出的，得2分；超出的，得0分"), with 不低于 and 介于…（含两端）, per-percent
deductions carry "扣完为止" where the floor never binds; reasons end "对照评分标准，本项得N分。"
(评分表) and "对照评分标准，该指标得N分。" / "该指标得分确定为N分。" (body); figure sentences
put the figure before its label ("842.29万元基本支出全年预算中，实际执行842.29万元"), list
figures with 分别为/分别是 or put one figure in brackets ("实际执行数为6005.58万元（全年
预算数6005.58万元）"); the indicator structure is declared as a list ("一级指标4项、二级指标
13项、三级指标34项。一级指标分值/权重：决策15分/15%，…"), the 二级 points in brackets after
each name; grades with 达到/不足; the overall grade first with the score in brackets; the
survey plan speaks of 比例抽样.

Every number, ①② mark, 文号, 《title》 and table cell stays where it was; every
defect of the original is kept; no scoring rule changes the score it gives for any
case.  Mechanics are those of tests/reword/rewordkit.py.

Environment (for attributing findings): REWORD_N_ONLY=ID,ID apply only these rules;
REWORD_N_SKIP=ID,ID leave these out (counts not asserted).  REWORD_N_DEBUG=1 prints
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
    "HN": "/work/shared/corpus/henan-skills-competition-2021-2024.md (河南 2021-2024年省级职业技能竞赛经费项目绩效评价报告, 河南昭元绩效评价咨询有限公司: 附件1 columns 指标解释 | 指标说明 | 评分标准和评分规则 | 评价意见 | 得分; 评价要点：①…; 指标体系整体框架由4大类组成，包括4项一级指标、12项二级指标和28项三级指标; 决策：占权重分15分; 决策指标共15分，评价得分10.40分，得分率69.33%; 评价组遵循独立、客观、公正的原则; 项目评价级别为“中”; 序号 | 姓名 | 职务 | 职责分工; 一、基本情况 / （二）资金安排和使用情况 / 二、评价结论和绩效分析 / （一）总体结论 / （二）绩效分析 / 1.决策指标绩效分析 / （二）存在的问题及原因分析 / 四、工作建议 / 1.绩效评价原则 / 2.指标体系框架 / 社会调研方案)",
    "QS": "https://www.scqs.gov.cn/info/13206/211004.htm (青神县发展和改革局 部门预算项目支出绩效自评表(2023年度): 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因; 预算执行率=预算执行数/调整后预算数)",
    "YC": "https://m.yzwku.com/doc/476505.html (银川市本级部门项目支出绩效自评表(2021) 初中公用经费: 年度资金总额 | 年初预算数 | 全年执行数(B) | 执行率(B/A))",
    "CN": "https://yncn.gov.cn/info/4112/9026410.htm (昌宁县第一示范小学2023年度项目支出绩效自评报告: 项目财政资金总额16.20万元，全部为县级配套资金，拨付使用16.20万元，预算执行率100%)",
    "NXCZ": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (南县财政局2020年度机关整体支出绩效评价报告: 对南县财政局2020年度机关整体支出开展了绩效评价，综合评分为97分)",
    "HH": "https://www.hh.gov.cn/info/11481/1176502.htm (红河州数据发展中心2024年度部门整体支出绩效单位自评报告: 一、部门基本情况 (一)部门概况 1.部门职能 2.机构设置及人员情况 … 截至2024年12月31日，部门事业编制人数15人，年末实有人数14人; (二)当年部门履职总体目标、工作任务)",
    "QX": "http://www.quxian.gov.cn/xxgk-show-64159.html (渠县农业综合技术服务中心2024年度单位决算: 第一部分单位概况 一、主要职责 二、机构设置; 六、一般公共预算财政拨款基本支出决算情况说明; 九、一般公共预算财政拨款项目支出决算表)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告: 2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元)",
    "YABO": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标 repost: 以100%为标准。在职人员控制率≤100%,计1分;每超过一个百分点扣0.1分,扣完为止; ①…,1分;②…,1分;③…,1分,每少一项扣1分,扣完为止)",
    "YYCG": "http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html (岳阳市城市管理监督指挥中心2018部门整体支出绩效评价自评报告及评分表: 无结余,3分; 以100%为标准)",
    "WL13": "https://wanglu.net/thread/t13-461855-0.html (考核表: 项目 | 考核内容 | 考核指标 | 指标说明 | 年度工作目标 | 评分标准 | 权数 | 考评得分)",
    "ZL": "http://www.zlfind.com/bj/qitashangwu/13712974.html (满意度调查的抽样方法: 比例抽样: 根据客户群体的比例来选择客户; 分层抽样: 将客户分为不同的层级或群体，然后从每个层级中随机抽取)",
    "WK365": "https://www.wenku365.com/p-56833612.html (食堂服务满意度调查的抽样设计方案: 先按年级进行分层抽样 … 对各年级进行等比例分层)",
    "HHX": "https://www.hh.gov.cn/info/11481/1179592.htm (红河州数据发展中心2024年度项目支出绩效单位自评报告: 年初批复预算8个项目985万元(含1个年初结转结余项目50万元)，调整预算后项目预算861.46万元 — a figure in brackets after the label)",
    "HOUSE": "house wording of writer N (no published page found for the exact words; the shape is described in the note)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER_N = {"指标解释": "考察内容", "评分标准": "评分标准和评分规则", "得分原因": "打分依据", "得分": "考评得分"}
IND_HEADER_N = {"分值": "权重分", "得分": "评价得分", "得分率%": "得分率/%"}
BUDGET_HEADER_N = {"财政拨款收入 (元)": "财政拨款数 (元)", "小计(元)": "类别合计(元)",
                   "人员经费支出 (元)": "人员经费 (元)", "商品和服务支出 (元)": "公用经费 (元)",
                   "支出明细": "支出经济分类", "下达资金": "指标下达数", "支出金额": "决算支出数",
                   "项目名称": "支出功能分类", "项目支出明细": "支出功能分类"}
SUMMARY_LABEL_N = {"预算安排资金": "年度预算数", "实际到位资金": "到账资金",
                   "实际支出资金": "实际执行数", "结转结余资金": "结转结余额",
                   "预算执行率": "执行率", "评价得分": "综合评分", "评价等级": "评价级别"}


def element_rule_n(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> 评分时逐条对照以上内容，每条权重w，
    符合的得p分，不符合的得0分 / 不符合的不得分.  Additive per element exactly as before, so a rule
    whose elements x points != 分值 (or whose weights do not add to 100%) keeps its defect."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    tail = f"不符合的得{sp}0{sp}分" if z == "得0分" else "不符合的不得分"
    return f"评分时逐条对照以上内容，每条权重{w}，符合的得{sp}{p}{sp}分，{tail}"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending_n(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":
            return f"{lead}对照评分标准，本项得{sp1}{num}{sp2}分{stop}{tail}"
        if k % 2 == 0:
            return f"{lead}对照评分标准，该指标得{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}该指标得分确定为{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl_n(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"此次绩效评价指标体系包括一级指标{sp}{n1}{sp}项、二级指标{sp}{n2}{sp}项、三级指标{sp}{n3}{sp}项。"
            f"一级指标分值/权重：决策{sp}{d}{sp}分/{dw}，过程{sp}{p}{sp}分/{pw}，"
            f"产出{sp}{o}{sp}分/{ow}，效益{sp}{e}{sp}分/{ew}")


def decl_abstract_n(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系设一级指标 {n1} 项（决策 {d} 分、过程 {p} 分、产出 {o} 分、效益 {e} 分，合计 {full} 分），"
            f"其下设二级指标 {n2} 项、三级指标 {n3} 项。")


def grades_n(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    sp = " " if " 分" in m.group(0) else ""
    return (f"得分达到{a}{sp}分（最高{b}{sp}分）评为优，达到{c}{sp}分但不足{d}{sp}分评为良，"
            f"达到{e}{sp}分但不足{f}{sp}分评为中，不足{g}{sp}分评为差")


def level_split_n(m: re.Match, k: int) -> str:
    """Line 553 (the 决策 paragraph, whose count of 二级 stands on the line before)."""
    two, n3, three, stop = m.group(1), st(m.group(2)), m.group(3), m.group(4)
    return f"级指标（{two}）和{n3}个三级指标（{three}）{stop}"


def level_line_n(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = m.group(3), m.group(4), m.group(5), m.group(6), m.group(7)
    return f"“{lvl}”一级指标下含{n2}个二级指标（{two}）和{n3}个三级指标（{three}）{stop}"


def alloc_n(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), st(m.group(2)), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    parts = "、".join(f"“{a}”（{st(b)}分）" for a, b in pairs)
    return f"“{lvl}”共设分值{total}分，按照与{lvl}指标关联度的大小{extra}分配至各二级指标：{parts}。"


def level_abs_n(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"项目{lvl}一级指标共计得分{score}分，该指标下设二级指标{n2}个、三级指标{n3}个，主要考察{focus}。"


CAP_N = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
TEXT_ANALYSIS_OR_ANNEX = either(text("analysis"), cell("annex", 5))

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_N)) + r")$", hmap(ANNEX_HEADER_N),
      "考察内容 | 评分标准和评分规则 | 打分依据 | 考评得分 (评分标准和评分规则: 河南 附件1 column; 考评得分: 考核表; 考察内容 / 打分依据 house)", "HN", 88),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_N)) + r")$", hmap(IND_HEADER_N),
      "权重分 | 评价得分 | 得分率/% (决策：占权重分15分; 决策指标共15分，评价得分10.40分，得分率69.33% (河南))", "HN", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER_N)) + r")$", hmap(BUDGET_HEADER_N),
      "人员经费支出…公用经费支出 (南县政协) -> 人员经费 / 公用经费 columns of the 基本支出决算表; 支出经济分类 / 支出功能分类 / 指标下达数 / 决算支出数 / 财政拨款数 / 类别合计 (house, 部门决算 vocabulary)", "NXZX", 16),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "填答人数", "比例": "所占比例"}[m.group(0)],
      "填答人数 | 所占比例 (house)", "HOUSE", 20),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "职务", "主要职责": "工作职责"}[m.group(0)],
      "序号 | 姓名 | 职务 | 职责分工 (河南 附表3-1) -> 职务 | 姓名 | 职称 | 工作职责", "HN", 2),

    # ============================================================ 结论表 labels
    R("S01", "summary label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL_N)) + r")$", hmap(SUMMARY_LABEL_N),
      "年度预算数 | 预算执行数 | 预算执行率 (青神 自评表) -> 年度预算数 / 实际执行数 / 执行率; 综合评分 (南县财政局 综合评分为97分); 评价级别 (河南 项目评价级别为“中”); 到账资金 / 结转结余额 (house)", "QS", 7),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "2024年部门一般公共预算财政拨款收入、实际收入分别为4901.44万元、6847.87万元；截至2024年12月31日，部门全年支出6847.87万元（2024年基本支出842.29万元，2024年项目支出6005.58万元），部门预算执行率100%。（详见表1）",
      "分别为600万元、3000万元和600万元 (河南 D101 评价意见): labels, then 分别为 and the figures in order", "HN", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "6847.87万元为2024年部门一般公共预算财政拨款收入；截至2024年12月31日，部门全年支出6847.87万元，2024年基本支出、2024年项目支出分别为842.29万元、6005.58万元，部门预算执行率100%。",
      "分别为600万元、3000万元和600万元 (河南 D101 评价意见): labels, then 分别为 and the figures in order", "HN", 1),
    R("F03", "figure", text("body"),
      r"^截至(\s?2024\s?)年(\s?12\s?)月(\s?31\s?)日，部门全年项目共支出(\s?6005\.58\s?)万元。（详见表(\s?2)）$",
      r"部门全年项目支出（截至\1年\2月\3日）共计\4万元，详见表\5。",
      "年初批复预算8个项目985万元(含1个年初结转结余项目50万元) (红河州 项目自评报告): a second figure or date in brackets after the first", "HHX", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)(\s?2024\s?)年部门整体支出，涉及财政预算资金(\s?6847\.87\s?)万元。$",
      r"本次绩效评价涉及财政预算资金\3万元，评价对象为\1\2年部门整体支出。",
      "house: the amount first, the object after", "HOUSE", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金(\s?6847\.87\s?)万元。$",
      r"年部门财政预算整体支出（涉及资金\1万元）。", "年初批复预算8个项目985万元(含1个年初结转结余项目50万元) (红河州 项目自评报告): a second figure or date in brackets after the first", "HHX", 1),
    R("F06", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局\2万元基本支出全年预算中，实际执行\3万元，",
      "house: the figure before its label (…842.29万元基本支出全年预算中，实际执行…)", "HOUSE", 2),
    R("F07a", "figure", cell("annex", 5),
      r"项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"项目支出实际执行数为\2万元（全年预算数\1万元），",
      "拨付使用16.20万元，预算执行率100% (昌宁) -> the executed amount first, the budget in brackets (house)", "CN", 1),
    R("F07b", "figure", text("analysis"),
      r"项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"项目支出：全年预算数\1万元，实际执行数", "house: a colon list (the sentence continues on the next line)", "HOUSE", 1),
    R("F09", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      lambda m, k: f"全年收入预算数、全年收入决算数分别为{m.group(1)}万元、{m.group(2).lstrip()}万元，预算调整数为",
      "分别为600万元、3000万元和600万元 (河南 D101 评价意见): labels, then 分别为 and the figures in order", "HN", 2),
    R("F10", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度“三公”经费支出（全年预算数\2万元、实际执行数\3万元），",
      "年初批复预算8个项目985万元(含1个年初结转结余项目50万元) (红河州 项目自评报告): a second figure or date in brackets after the first", "HHX", 2),
    R("F11", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      lambda m, k: f"{m.group(2).lstrip()}万元项目全年预算数中，项目资金结余总额为{m.group(1)}万元，资金结余率为",
      "house: the figure before its label", "HOUSE", 2),
    R("F12a", "figure", cell("annex", 5),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万元，实际采购支出" + N + r"万元，",
      r"本部门\1年政府预算采购支出总额与实际采购支出分别是\2万元、\3万元，", "分别为600万元、3000万元和600万元 (河南 D101 评价意见): labels, then 分别为 and the figures in order", "HN", 1),
    R("F12b", "figure", text("analysis"),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万$",
      r"本部门\1年政府采购：预算采购支出总额\2万", "house: a colon list (the sentence continues on the next line)", "HOUSE", 1),
    R("F13", "figure", text("analysis"),
      r"^元，实际采购支出" + N + r"万元，", r"元、实际采购支出\1万元，", "house: a colon list", "HOUSE", 1),
    R("F15", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"在\1万元项目总支出中，部门\2年重点项目有", "house: the figure before its label", "HOUSE", 1),
    R("F15b", "figure", cell("annex", 5),
      r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元；部门\2年列入重点的项目有", "house (the cell continues 项目总支出 from the row before a page break)", "HOUSE", 1),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"单位核定人员编制、在职人员分别为\1名、\5名（在职人数截止到\2年\3月\4日）。",
      "截至2024年12月31日，部门事业编制人数15人，年末实有人数14人 (红河州) -> two labels, 分别为, the date in brackets (house)", "HH", 1),
    R("P02", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"核定人员编制\1名、在职人员\5人（截至\2年\3月\4日），在职人员控制率为",
      "年初批复预算8个项目985万元(含1个年初结转结余项目50万元) (红河州 项目自评报告): a second figure or date in brackets after the first", "HHX", 2),
    R("P03", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"编制实有\1人、在职人员\5名（均截至\2年\3月\4日），无临聘人员，", "年初批复预算8个项目985万元(含1个年初结转结余项目50万元) (红河州 项目自评报告): a second figure or date in brackets after the first", "HHX", 2),
    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "问卷对象为肃南裕固族自治县人社局部门内部工作人员，采用比例抽样方法，按科室及下属单位属性等比例分层后随机选取，抽样比例定为60%。",
      "比例抽样: 根据客户群体的比例来选择 (满意度调查的抽样方法); 对各年级进行等比例分层 (抽样设计方案)", "ZL", 1),
    L("V02", "survey", text("body"),
      "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "评价机构统一发放并统一回收问卷，确保问卷质量。",
      "house", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷共 \1 题（均为单选），每题满分 \2 分；A、B、C、D 选项分别赋 \3 分、\4 分、\5 分、\6 分；论述题不计分；问卷总分 \7 分。",
      "分别为600万元、3000万元和600万元 (河南 D101 评价意见): labels, then 分别为 and the figures in order", "HN", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=（问卷实际得分合计÷问卷满分合计）×\1", "满意度=[（非常满意×100%+…）]/满意度问题回答总数×100% (河南 D401): the formula with its sums in brackets", "HN", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标设置 \1 分，计分档次：综合满意率不低于 \2，得满分；介于 \3（含）—\4，每降低 \5扣 \6 分；低于 \7，不得分。",
      "满意度达到90%得满分，每降低1%扣除指标分值的5%，扣完为止 (河南 D401) -> tiers 不低于90% / 介于70%（含）—90% / 低于70%", "HN", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "问卷评分办法：", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 选项分值", "house", "HOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 综合满意率公式", "house", "HOUSE", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 满意度指标计分", "house", "HOUSE", 1),
    R("V10", "survey", text("survey"), r"\[单选题\]", lambda m, k: "[单选]", "house", "HOUSE", 10),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl_n, "指标体系整体框架由4大类组成，包括4项一级指标、12项二级指标和28项三级指标 (河南): 项 counts; then a list 决策15分/15% (house)", "HN", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果以评分结合评级的方式确定（具体分值和等级可视不同评价内容设定），满分为\1分，按总分划分四档：",
      "house", "HOUSE", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades_n, "house: 达到N分…评为优，达到N分但不足N分评为良…不足N分评为差", "HOUSE", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract_n, "包括4项一级指标、12项二级指标和28项三级指标 (河南) -> 一级指标N项（决策N分…合计N分），其下设… (house)", "HN", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"以下对绩效评价指标体系中设计的一级指标（共\1个）分别进行评价分析。", "house: the count in brackets", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      r"“决策”一级指标下含\1个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      level_split_n, "house: the names in brackets after each count", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_line_n, "house: 下含N个二级指标（…）和N个三级指标（…）", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc_n, "house: 分配至各二级指标：“预算执行”（12分）、…", "HOUSE", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs_n, "决策指标共15分，评价得分10.40分 (河南): the score first (house)", "HN", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"项目效益一级指标下设二级指标\1个、三级指标\2个，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，该一级指标共计得分 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：“{CAP_N[m.group(2)]}”指标评分明细表",
      "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：各一级指标得分及得分率",
      "表2-1 …绩效评价得分情况表: 一级指标 | 分值 | 得分 | 得分率 (河南)", "HN", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出决算明细表",
      "一般公共预算财政拨款基本支出决算情况说明 (渠县 决算)", "QX", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出决算明细表",
      "一般公共预算财政拨款项目支出决算表 (渠县 决算)", "QX", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组成员名单", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "各一级指标得分见表4，全部三级指标的评分详见附件1。", "house", "HOUSE", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经综合评价分析，\1年\2绩效评价结论为“优”（\3分）。",
      "年初批复预算8个项目985万元(含1个年初结转结余项目50万元) (红河州 项目自评报告): a second figure or date in brackets after the first", "HHX", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次绩效评价结论为“优”（得分97分）。",
      "年初批复预算8个项目985万元(含1个年初结转结余项目50万元) (红河州 项目自评报告): a second figure or date in brackets after the first", "HHX", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，评价总分为 97 分。", "house", "HOUSE", 1),

    # ============================================================ scoring rules (评分标准和评分规则 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_n, "①…,1分;②…,1分;③…,1分 (部门整体支出绩效评价指标): points per listed item -> 逐条对照以上内容，每条权重w，符合的得p分 (house)", "YABO", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率以100%为限：未超出的，得2分；超出的，得0分。",
      "以100%为标准。在职人员控制率≤100%,计1分 (部门整体支出绩效评价指标; 岳阳 评分表) -> 以100%为限 (house)", "YABO", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1 的，得2分；处于60%—80%的，每降低1%扣0.1分；低于60%的，得0分。",
      "house: one clause per band", "HOUSE", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"按\1折算得分，即得分=\1×分值。", "预算执行率=预算执行数/调整后预算数 (青神 自评表) -> 按…折算得分 (house)", "QS", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率=0%的，得满分；调增或调减每达到1%(不足1%按四舍五入原则取整)，扣0.2分，扣完为止；超过10%的，不得分。",
      "每超过一个百分点扣0.1分,扣完为止 (部门整体支出绩效评价指标); the floor 扣完为止 never binds before 10%", "YABO", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率介于70%—100%（含两端）的，得1分；超出100%的，每增加1%扣0.1分，超出幅度超过10%的，不得分。",
      "house: 介于…（含两端）", "HOUSE", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率=0%的（以无结余为标准），得满分；每增加1%，扣0.1分，扣完为止；超过10%的，不得分。",
      "无结余,3分 (岳阳 评分表); 以100%为标准 … 扣完为止 (部门整体支出绩效评价指标)", "YYCG", 1),
    R("R08", "scoring rule", cell("annex", 4),
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率不低于 \1的，得满分；介于 \2（含）—\3的，每降低 \4扣 \5 分；低于 \6的，不得分。",
      "满意度达到90%得满分，每降低1%扣除指标分值的5%，扣完为止 (河南 D401) -> tiers 不低于90% / 介于70%（含）—90% / 低于70%", "HN", 1),
    L("R09", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分；达标率在60%-90%的，得2分；达标率在60%以下的，不得分。",
      "house", "HOUSE", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_n("annex"),
         "依据评分标准，要点③得1.92分 / 根据评分规则，该指标得4.00分 (河南 评价意见) -> 对照评分标准，本项得N分", "HN", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_n("body"),
         "依据评分标准，要点③得1.92分 (河南 评价意见) -> 对照评分标准，该指标得N分 / 该指标得分确定为N分", "HN", 34),
    # ============================================================ other paragraphs (house wording)
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"\3年\4-\5月期间，\2受\1委托，根据预算绩效管理相关规定，对“\6”的使用及其效果开展预算绩效评价工作。",
      "…河南昭元绩效评价咨询有限公司受财政厅委托，于2025年4月至5月，对…开展绩效评价 (河南) -> the period first (house)", "HN", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "成本效益分析法、因素分析法、比较法和公众评判法是此次绩效评价工作主要采用的方法。", "house: the list first", "HOUSE", 2),
    L("X03", "paragraph", text("abstract"),
      "本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。",
      "开展前期调研、制定绩效评价方案、组织实施、撰写评价报告，是本次绩效评价依次经历的四个阶段。", "house: the list first", "HOUSE", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "对照评价要素的要求核查每一项指标的实际完成情况，运用因素分析法和对比分析法分析影响指标完成情况的主要因素，据此逐项计算指标得分。",
      "house", "HOUSE", 3),
    R("X05", "paragraph", text(), r"(?<!评价)评审组", lambda m, k: "评价组",
      "评价组遵循独立、客观、公正的原则 (河南)", "HN", 4),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "基本情况", "一、基本情况 (河南)", "HN", 2),
    H("T02", "部门职能", "主要职责", "一、主要职责 (渠县 决算)", "QX", 3),
    H("T03", "部门预算安排及执行情况", "资金安排和使用情况", "（二）资金安排和使用情况 (河南)", "HN", 2),
    H("T04", "部门资金使用情况", "资金收支概况", "house", "HOUSE", 1),
    H("T05", "部门组织管理", "机构设置及人员情况", "2.机构设置及人员情况 (红河州)", "HH", 2),
    H("T06", "部门年度绩效目标", "当年履职总体目标", "(二)当年部门履职总体目标、工作任务 (红河州)", "HH", 2),
    H("T07", "绩效评价工作开展情况", "评价工作组织实施", "house", "HOUSE", 3),
    R("T08", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价原则及指标体系构建", "house", "HOUSE", 3),
    H("T09", "评价原则", "绩效评价原则", "1.绩效评价原则 (河南)", "HN", 1),
    H("T10", "评价指标体系", "指标体系框架", "2.指标体系框架 (河南)", "HN", 2),
    H("T11", "绩效评价工作过程", "评价工作程序", "通过资料审核、现场勘察、数据分析、综合评价等工作程序 (河南)", "HN", 3),
    H("T12", "综合评价情况及评价结果", "评价结论和绩效分析", "二、评价结论和绩效分析 (河南)", "HN", 2),
    H("T13", "综合评价情况及评价结论", "评价结论和绩效分析", "二、评价结论和绩效分析 (河南)", "HN", 1),
    H("T14", "综合评价情况", "总体结论", "（一）总体结论 (河南)", "HN", 2),
    H("T15", "评价结果", "等级评定", "house", "HOUSE", 2),
    H("T16", "绩效评价指标分析", "绩效分析", "（二）绩效分析 (河南)", "HN", 3),
    H("T17", "部门决策情况分析", "决策指标绩效分析", "1.决策指标绩效分析 (河南)", "HN", 2),
    H("T18", "部门过程情况分析", "过程指标绩效分析", "2.过程指标绩效分析 (河南)", "HN", 2),
    H("T19", "部门产出情况分析", "产出指标绩效分析", "3.产出指标绩效分析 (河南)", "HN", 2),
    H("T20", "部门效益情况分析", "效益指标绩效分析", "4.效益指标绩效分析 (河南)", "HN", 2),
    H("T21", "评价指标相关性分析、指标设计和分值设计", "指标构成及分值分配", "house", "HOUSE", 4),
    H("T22", "指标评分结果分析", "各项指标评分情况", "house", "HOUSE", 4),
    H("T23", "存在的主要问题及原因分析", "存在的问题及原因分析", "（二）存在的问题及原因分析 (河南)", "HN", 3),
    H("T24", "存在的问题", "问题表现", "house", "HOUSE", 2),
    H("T25", "有关建议", "工作建议", "四、工作建议 (河南)", "HN", 2),
    H("T26", "相关建议", "工作建议", "四、工作建议 (河南)", "HN", 1),
    H("T27", "部门主要做法及经验", "主要做法及成效", "（一）主要成效 (河南)", "HN", 1),
    H("T28", "社会调查方案", "社会调研方案", "社会调研方案 (河南)", "HN", 2),
    H("T29", "内部人员调查问卷方案", "内部人员问卷调研方案", "house", "HOUSE", 2),
    H("T30", "调查方法和抽样方式", "样本选取方式", "house", "HOUSE", 1),
    H("T31", "调查对象", "问卷对象", "house", "HOUSE", 1),
    H("T32", "问卷的发放和回收", "问卷发放与收回", "house", "HOUSE", 1),
    H("T33", "部门职能及资金使用", "职责及资金使用概况", "house", "HOUSE", 1),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "n", RULES, SRC, __doc__.split("\n\n")[1]))
