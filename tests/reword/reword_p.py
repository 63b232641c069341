#!/usr/bin/env python3
"""Sixteenth, independent, held-out rewording of the reference report (writer P).

    python3 reword_p.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-p.txt   the report as a sixteenth consultancy would word it
    OUT_DIR/rewrites-p.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer P's house style is that of a consultancy that grew out of a university public-finance
research institute and writes like a statistician: the 评分表 headers are 指标口径 / 评分准则 /
评定理由 / 实得分值 (after the 中介机构 报告质量考核评分表 "考核内容 | 分值 | 评分标准 | 评定分数" and
the 部门整体支出绩效评价指标表 "评价标准 | 指标说明 | 得分"), the per-一级 tables 满分 / 实得分值 /
得分/满分（%）, totals 总计 (表1), 合　计 (表2, 表5, 表6, 表8, with the full-width space of a
centred Word cell) and 总分 (表4, as in the 2017 部门整体支出绩效评价得分表); budget tables speak of
基本支出构成 / 项目支出构成 / 当年拨款 / 按类小计 / 人员开支 / 公用开支 / 开支事项 / 下达总额 /
实付金额 / 支出事项; the elements of a rule are 子项 / 考核要求 / 指标要求, used in turn
("以上子项权重均为w，每满足一个子项得p分，未满足的子项得0分"); thresholds are written
"控制在100%以内（含）的得2分，超出的得0分", "处于60%—80%区间时，每下降1%扣0.1分；小于60%时得0分",
proportional rules "得分按X与本指标分值相乘计算"; reasons end "综合评定得N分。" (评分表) and
"故本指标最终得分N分。" / "本指标最终评定为N分。" (body); figures are stated in 分别为 lists
("全年预算数、实际执行数分别为842.29万元、842.29万元"), as "A万元中的B万元" ("项目支出全年预算6005.58万元中的
6005.58万元已实际执行"), in brackets ("部门全年支出6847.87万元（2024年基本支出842.29万元，2024年项目支出
6005.58万元）") and as a share ("实际执行数842.29万元，占全年预算数842.29万元的比例（基本支出预算执行率）为
100"); the indicator system is declared with Chinese numerals before the level ("由四个一级指标、十三个
二级指标和三十四个三级指标组成") and the worth of each 一级指标 as a share of the total ("决策15分，占总分
的15%"); the worths of the 二级指标 as "按与过程指标的关联度，“过程”满分24分由“预算执行”12分、…构成";
grades as score intervals ("[90，100]为优，[80，90)为良，[60，80)为中，60分以下为差"); the survey plan
speaks of 抽样范围 and "抽取人数占全体工作人员的60%"; survey tables 人次 / 频率; option values
"分别赋值".

Every number, ①② mark, 文号, 《title》 and table cell stays where it was; every
defect of the original is kept; no scoring rule changes the score it gives for any
case.  Mechanics are those of tests/reword/rewordkit.py.

Environment (for attributing findings): REWORD_P_ONLY=ID,ID apply only these rules;
REWORD_P_SKIP=ID,ID leave these out (counts not asserted).  REWORD_P_DEBUG=1 prints
every rule's count instead of stopping on a mismatch.  REWORD_P_R01_VARIANT=0|1|2 (attribution only) writes every
element sentence of rule R01 in one variant (0 子项, 1 考核要求, 2 指标要求) instead of using them in turn.
"""

from __future__ import annotations

import os
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
    "BOOK118": "https://max.book118.com/html/2017/0624/117773641.shtm (中介机构绩效评价报告质量考核评分表: 考核内容 | 分值 | 评分标准 | 评定分数; 封面各要素填写规范的,计2分;…每少一项扣0.4分,扣完为止; 评价计分正确、分值计算散总一致、评分与评级相符的,计2分)",
    "DS51": "https://m.51dongshi.net/eedfrcvdvdcgg.html (部门整体支出绩效评价指标表: 一级指标 分值 二级指标 分值 三级指标 分值 评价标准 指标说明 得分; 以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止)",
    "YABO": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标 repost: 级 分值 三级指标 评价标准 得分 备注; ①招待费用明确招待标准和招待人数,1分;②…1分;③…1分,每少一项扣1分,扣完为止)",
    "WL12": "https://wanglu.net/thread/t12-491155-4.html (2017年部门整体支出绩效评价得分表: 一级指标 | 二级指标 | 三级指标 | 得分; the last row of the 自评 score table is 总分)",
    "FX361A": "https://fx361.cc/page/2018/0119/4709083.shtml (绩效评价中综合满意度的应用探讨: 单一满意度…直接按满意的人数占总人数的比例计算; 设计成多个回答选项,如“很满意”、“满意”、“一般”…需要计算综合满意度)",
    "FX361B": "https://m.fx361.cc/news/2017/0516/1745704.html (第三方中介绩效评价满意度指标问题及对策研究: “社会公众或服务对象满意度”指标…满意度评价的结果缺乏科学性、严谨性)",
    "READHOUSE": "https://www.readhouse.net/article/2744488.html (满意度调查报告: 本次调查30人,问卷回收率100%,有效问卷率100%; 调查问卷的前48个题目为单项选择题,分5级标度,分别赋值如下; 将各项所占员工(人次)比例,分别称为满意率)",
    "CN": "https://yncn.gov.cn/info/4112/9026410.htm (昌宁县第一示范小学2023年度项目支出绩效自评报告: 项目财政资金总额16.20万元,全部为县级配套资金,拨付使用16.20万元,预算执行率100%; 自评得分100分,自评结果为“优秀”)",
    "HHBM": "https://www.hh.gov.cn/info/11481/1176502.htm (红河州数据发展中心2024年度部门整体支出绩效单位自评报告: 截至2024年12月31日,部门事业编制人数15人,年末实有人数14人)",
    "HHX": "https://www.hh.gov.cn/info/11481/1179592.htm (红河州数据发展中心2024年度项目支出绩效单位自评报告: 年初批复预算8个项目985万元(含1个年初结转结余项目50万元) — a second figure in brackets after the first)",
    "YC": "https://m.yzwku.com/doc/476505.html (银川市本级部门项目支出绩效自评表(2021): 年初预算数 | 全年执行数(B) | 执行率(B/A); 一级指标 二级指标 三级指标 分值 … 得分)",
    "ZJTT": "https://www.zjtt.gov.cn/art/2023/6/29/art_1229806087_3958668.html (天台县平桥镇 专项债券项目资金绩效评价情况表: 序号 | 主管部门 | 项目单位 | 项目名称 | 发行金额(亿元) | 评价得分 | 评价结果)",
    "LZ": "http://www.lzszyyy.com/content/3654.html (泸州市中医医院2023年度单位决算: 第一部分 单位概况 一、主要职责 二、机构设置 … 十、其他重要事项的情况说明; 一般公共预算财政拨款基本支出决算情况说明)",
    "JX": "https://jxgq.jiaxing.gov.cn/art/2023/6/28/art_1229398092_5130787.html (浙江省地方政府专项债券项目资金绩效评价报告: 一、基本情况 (一)项目概况。1、项目背景)",
    "OUHAI": "http://www.ouhai.gov.cn/art/2023/6/30/art_1506431_59111969.html (瓯海区排水管网工程(二期) 专项债绩效评价: 该项目申请专项债券资金11亿元,2022年已拨付资金6亿元,已全部投入使用; (二)项目绩效目标 1.总体目标)",
    "EGOV": "http://www.e-gov.org.cn/article-186681.html (数字政府建设项目绩效评价研究: 设计了…绩效评价指标体系、评价流程和评价方法)",
    "DYBBS": "http://m.dybbs8.com/excel/974350.html (绩效自评表填报说明: 一级指标“项目绩效”,满分40分; “项目管理”(60分)和“项目绩效”(40分),总分100分 — the worth of a level as 满分)",
    "NXCZ": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (南县财政局2020年度机关整体支出绩效评价报告: 按照部门整体支出绩效评价指标体系,对…开展了绩效评价,综合评分为97分; 纳入…部门预算编制范围的单位有3个,分别为…)",
    "HN": "/work/shared/corpus/henan-skills-competition-2021-2024.md (河南 2021-2024年省级职业技能竞赛经费项目绩效评价报告: 指标体系整体框架由4大类组成,包括4项一级指标、12项二级指标和28项三级指标; 项目总体评价得65.00分,评价等级为“中”,其中:决策指标10.40分,得分率69.33%; 要点①②③④各占指标分值的1/4,符合相关要点得相应权重分值; 符合评价要点①②③④,综上,该指标得3.00分; headings 一、基本情况 (二)资金安排和使用情况 (三)项目的组织及管理 二、评价结论和绩效分析 (一)总体结论 1.决策指标绩效分析 (一)主要成效 四、工作建议; 扣除评价要点②的1/3分值; 2021-2024年一次性竞赛补贴预算执行率分别为100.00%、…; 根据电子问卷调查及结果汇总,共回收有效问卷108份)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告: 2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元)",
    "ZD": "https://pdf.wenkuvip.com/archives/769xb3le5kpb0lmzpngj.html (曾都区河道堤防建设管理处 2021 年度决算公开说明: 第一部分:基本情况 一、部门主要职能 二、部门和所属预算单位机构设置情况 三、人员构成情况; 第三部分:其他重要事项情况说明)",
    "DY": "https://dyrmt.com/article-132779-22.html (项目支出绩效自评表: 效益指标 经济效益指标 结余率(计算方法为:结余数/预算数)≤5% 22.5 合计100)",
    "HOUSE": "house wording of writer P (no published page found for the exact words; the shape is described in the note)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"
CN = {"1": "一", "2": "两", "3": "三", "4": "四", "6": "六", "10": "十", "12": "十二", "13": "十三", "34": "三十四"}


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER_P = {"指标解释": "指标口径", "评分标准": "评分准则", "得分原因": "评定理由", "得分": "实得分值"}
IND_HEADER_P = {"分值": "满分", "得分": "实得分值", "得分率%": "得分/满分（%）"}
BUDGET_HEADER_P = {"部门基本资金支出": "基本支出构成", "项目": "项目支出构成",
                   "财政拨款收入 (元)": "当年拨款 (元)", "小计(元)": "按类小计(元)",
                   "人员经费支出 (元)": "人员开支 (元)", "商品和服务支出 (元)": "公用开支 (元)",
                   "支出明细": "开支事项", "下达资金": "下达总额", "支出金额": "实付金额",
                   "项目名称": "支出事项", "项目支出明细": "支出事项"}
SUMMARY_LABEL_P = {"预算安排资金": "年度预算额", "实际到位资金": "到位资金总额",
                   "实际支出资金": "支出资金总额", "结转结余资金": "未支出资金",
                   "预算执行率": "预算支出率", "评价得分": "总得分", "评价等级": "绩效等次",
                   "得分率": "各项得分率"}


def on_lines(*idx: int):
    """Budget total cells on the given (1-based) lines only."""
    keep = {i - 1 for i in idx}
    return lambda s: (not s.text_line and s.table == "budget" and s.col == 0 and s.line in keep)


def ind_total(*idx: int):
    """The total cell (col 0) of the per-一级 tables on the given (1-based) lines."""
    keep = {i - 1 for i in idx}
    return lambda s: (not s.text_line and s.table in ("ind", "t4") and s.col == 0 and s.line in keep)


ELEMENT_WORDS = ("子项", "考核要求", "指标要求")


def element_rule_p(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> three house variants in turn, each additive per
    element exactly as before (elements x points and the weights are kept, so every defect stays)."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    zero = z == "得0分"
    forced = os.environ.get("REWORD_P_R01_VARIANT")   # attribution only: every element sentence in one variant
    v = int(forced) if forced else k % 3
    if v == 0:
        tail = f"未满足的子项得{sp}0{sp}分" if zero else "未满足的子项不得分"
        return f"以上子项权重均为{sp}{w}，满足的子项各得{sp}{p}{sp}分，{tail}"
    if v == 1:
        tail = f"未达到要求的该项计{sp}0{sp}分" if zero else "未达到要求的该项不计分"
        return f"上述考核要求逐项计分（每项权重{sp}{w}）：达到要求的每项计{sp}{p}{sp}分，{tail}"
    tail = f"不符合的计{sp}0{sp}分" if zero else "不符合的不计分"
    return f"以上指标要求各按{sp}{w}的权重计分，符合的每项计{sp}{p}{sp}分，{tail}"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending_p(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":
            return f"{lead}综合评定得{sp1}{num}{sp2}分{stop}{tail}"
        if k % 2 == 0:
            return f"{lead}故本指标最终得分{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}本指标最终评定为{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl_p(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"本次评价指标体系由{CN[n1]}个一级指标、{CN[n2]}个二级指标和{CN[n3]}个三级指标组成。一级指标中，"
            f"决策{sp}{d}{sp}分，占总分的{sp}{dw}；过程{sp}{p}{sp}分，占总分的{sp}{pw}；"
            f"产出{sp}{o}{sp}分，占总分的{sp}{ow}；效益{sp}{e}{sp}分，占总分的{sp}{ew}")


def decl_abstract_p(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"决策、过程、产出、效益{CN[n1]}个一级指标按 {d} 分、{p} 分、{o} 分、{e} 分配置分值（满分 {full} 分），"
            f"其下共设{CN[n2]}个二级指标、{CN[n3]}个三级指标。")


def grades_p(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    sp = " " if " 分" in m.group(0) else ""
    return (f"按得分区间：[{a}，{b}]为优，[{c}，{d})为良，[{e}，{f})为中，{g}{sp}分以下为差")


def level_abs_p(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"“项目{lvl}”一级指标由{n2}个二级指标、{n3}个三级指标组成，用于考察{focus}，实得{score}分。"


def level_line_p(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = st(m.group(3)), m.group(4), st(m.group(5)), m.group(6), m.group(7)
    sp = " " if m.group(3).startswith(" ") else ""
    return f"“{lvl}”一级指标包含{sp}{n2}{sp}个二级指标（{two}）和{sp}{n3}{sp}个三级指标（{three}）{stop}"


def alloc_p(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    parts = "、".join(f"“{a}”{sp}{st(b)}{sp}分" for a, b in pairs)
    return f"按与{lvl}指标的关联度{extra}，“{lvl}”满分{sp}{st(total)}{sp}分由{parts}构成。"


CAP_P = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
TEXT_ANALYSIS_OR_ANNEX = either(text("analysis"), cell("annex", 5))

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_P)) + r")$", hmap(ANNEX_HEADER_P),
      "考核内容 | 分值 | 评分标准 | 评定分数 (中介机构报告质量考核评分表); 评价标准 | 指标说明 | 得分 (部门整体支出绩效评价指标表) -> 指标口径 | 评分准则 | 评定理由 | 实得分值 (house)", "BOOK118", 88),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_P)) + r")$", hmap(IND_HEADER_P),
      "一级指标“项目绩效”,满分40分 (自评表填报说明) -> 满分 | 实得分值 | 得分/满分（%） (house)", "DYBBS", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER_P)) + r")$", hmap(BUDGET_HEADER_P),
      "支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元 (南县政协) -> 人员开支 / 公用开支; 基本支出构成 / 当年拨款 / 按类小计 / 开支事项 / 下达总额 / 实付金额 / 支出事项 (house)", "NXZX", 20),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "人次", "比例": "频率"}[m.group(0)],
      "将各项所占员工(人次)比例,分别称为满意率 (满意度调查报告) -> 人次 | 频率", "READHOUSE", 20),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "岗位角色", "主要职责": "承担工作"}[m.group(0)],
      "house: 岗位角色 | 姓名 | 职称 | 承担工作", "HOUSE", 2),
    R("H06", "total row", on_lines(120, 373), r"^合计$", lambda m, k: "总计",
      "house: both copies of 表1 close on 总计 (决算表 style; the renderer also closes a table on 总计)", "LZ", 2),
    R("H07", "total row", on_lines(151, 407), r"^合计$", lambda m, k: "合　计",
      "house: both copies of 表2 close on 合　计, the full-width space of a centred Word cell", "HOUSE", 2),
    R("H08", "total row", ind_total(541), r"^合计$", lambda m, k: "总分",
      "…服务对象满意度 10 10 总分 (2017年部门整体支出绩效评价得分表): 表4's total row is 总分", "WL12", 1),
    R("H09", "total row", ind_total(564, 610, 726), r"^合计$", lambda m, k: "合　计",
      "house: 表5, 表6, 表8 close on 合　计 (表7's total, which sits in the second column, keeps 合计)", "HOUSE", 3),

    # ============================================================ 结论表 labels
    R("S01", "summary label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL_P)) + r")$", hmap(SUMMARY_LABEL_P),
      "评价得分 | 评价结果 (天台 专项债券项目资金绩效评价情况表) -> 总得分 / 绩效等次; 年度预算额 / 到位资金总额 / 支出资金总额 / 未支出资金 / 预算支出率 / 各项得分率 (house)", "ZJTT", 8),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "2024年部门一般公共预算财政拨款收入、实际收入分别为4901.44万元、6847.87万元；截至2024年12月31日，部门全年支出6847.87万元（2024年基本支出842.29万元，2024年项目支出6005.58万元），部门预算执行率100%。（详见表1）",
      "2021-2024年一次性竞赛补贴预算执行率分别为100.00%、… (河南) -> 收入、实际收入分别为…; the parts of a total in brackets after it (红河州 985万元(含…50万元))", "HN", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "截至2024年12月31日，2024年部门一般公共预算财政拨款收入6847.87万元中的6847.87万元已全部支出（2024年基本支出842.29万元，2024年项目支出6005.58万元），部门预算执行率100%。",
      "该项目申请专项债券资金11亿元,2022年已拨付资金6亿元,已全部投入使用 (瓯海); 财政资金总额16.20万元…拨付使用16.20万元 (昌宁) -> A万元中的B万元已全部支出", "OUHAI", 1),
    R("F03", "figure", text("body"),
      r"^截至(\s?2024\s?)年(\s?12\s?)月(\s?31\s?)日，部门全年项目共支出(\s?6005\.58\s?)万元。（详见表(\s?2)）$",
      r"截至\1年\2月\3日，项目支出实际发生\4万元（明细见表\5）。",
      "house: the reference to the table in brackets", "HOUSE", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)(\s?2024\s?)年部门整体支出，涉及财政预算资金(\s?6847\.87\s?)万元。$",
      r"评价对象：\1\2年部门整体支出（财政预算资金\3万元）。",
      "年初批复预算8个项目985万元(含1个年初结转结余项目50万元) (红河州) -> the amount in brackets after what it belongs to", "HHX", 2),
    R("F05a", "figure", text("abstract"), r"^本次绩效评价对象为(肃南县人力资源和社会保障局\s?2024)$",
      r"本次评价的对象为\1", "house", "HOUSE", 1),
    R("F05b", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金(\s?6847\.87\s?)万元。$",
      r"年部门财政预算整体支出（资金规模\1万元）。", "年初批复预算8个项目985万元(含1个年初结转结余项目50万元) (红河州) -> the amount in brackets", "HHX", 1),
    R("F06a", "figure", cell("annex", 5),
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局基本支出全年预算数、实际执行数分别为\2万元、\3万元，",
      "2021-2024年一次性竞赛补贴预算执行率分别为100.00%、100.00%… (河南) -> 全年预算数、实际执行数分别为A万元、B万元", "HN", 1),
    R("F06b", "figure", text("analysis"),
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，基本支出预算执行率为",
      r"\1年肃南县人力资源和社会保障局基本支出实际执行数\3万元，占全年预算数\2万元的比例（基本支出预算执行率）为",
      "单一满意度…直接按满意的人数占总人数的比例计算 (综合满意度的应用探讨) -> 实际执行数B万元，占全年预算数A万元的比例（…执行率）为", "FX361A", 1),
    R("F07a", "figure", cell("annex", 5),
      r"项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"项目支出全年预算\1万元中的\2万元已实际执行，",
      "该项目申请专项债券资金11亿元,2022年已拨付资金6亿元 (瓯海) -> 全年预算A万元中的B万元已实际执行", "OUHAI", 1),
    R("F07b", "figure", text("analysis"),
      r"项目支出全年预算数为" + N + r"万元，实际执行数$",
      lambda m, k: f"项目支出全年预算数（{st(m.group(1))}{' ' if m.group(1).endswith(' ') else ''}万元）与实际执行数", "年初批复预算8个项目985万元(含…) (红河州) -> a figure in brackets after its label (the sentence continues on the next line)", "HHX", 1),
    R("F07c", "figure", text("analysis"),
      r"^为" + N + r"万元，项目支出预算执行率为",
      lambda m, k: f"（{st(m.group(1))}{' ' if m.group(1).endswith(' ') else ''}万元）一致，项目支出预算执行率为", "年初批复预算8个项目985万元(含…50万元) (红河州) -> the second figure in brackets too", "HHX", 1),
    R("F09", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      r"全年收入预算数、决算数分别为\1万元和\2万元，预算调整数为",
      "第一、二、三届省赛地方承诺配套资金，分别为600万、3000万和600万 (河南)", "HN", 2),
    R("F10", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，“三公”经费控制率为",
      r"\1年度“三公”经费实际支出\3万元，占全年预算数\2万元的比例（“三公”经费控制率）为",
      "直接按满意的人数占总人数的比例计算 (综合满意度的应用探讨) -> 实际支出B万元，占全年预算数A万元的比例（控制率）为", "FX361A", 2),
    R("F11", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目全年预算数\2万元中结余资金\1万元，资金结余率为",
      "2022年已拨付资金6亿元,已全部投入使用 (瓯海) -> 项目全年预算数A万元中结余资金B万元 (house)", "OUHAI", 2),
    R("F12a", "figure", cell("annex", 5),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万元，实际采购支出" + N + r"万元，",
      r"本部门\1年政府预算采购支出总额、实际采购支出分别为\2万元、\3万元，",
      "分别为600万、3000万和600万 (河南) -> 两个金额的分别为列举", "HN", 1),
    R("F12b", "figure", text("analysis"),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万$",
      r"本部门\1年政府采购预算（支出总额\2万", "年初批复预算8个项目985万元(含…) (红河州) -> the budget in brackets (the sentence continues on the next line)", "HHX", 1),
    R("F13", "figure", text("analysis"),
      r"^元，实际采购支出" + N + r"万元，", r"元）已全部执行，实际采购支出\1万元，",
      "2022年已拨付资金6亿元,已全部投入使用 (瓯海) -> 已全部执行", "OUHAI", 1),
    R("F15a", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"在项目总支出（\1万元）中，部门\2年列为重点的项目有",
      "年初批复预算8个项目985万元(含1个…项目50万元) (红河州) -> the total in brackets before the items it contains", "HHX", 1),
    R("F15b", "figure", cell("annex", 5),
      r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"（\1万元）中，部门\2年列为重点的项目有",
      "年初批复预算8个项目985万元(含…) (红河州) (the 评分表 cell continues 项目总支出 from the row before a page break)", "HHX", 1),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"截止到\2年\3月\4日，单位在职人员\5名（核定人员编制\1名）。",
      "截至2024年12月31日,部门事业编制人数15人,年末实有人数14人 (红河州 部门整体自评) -> the date first; the authorised number in brackets (house)", "HHBM", 1),
    R("P02", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"截至\2年\3月\4日，在职人员\5人，占核定人员编制\1名的比例（在职人员控制率）为",
      "截至2024年12月31日,部门事业编制人数15人,年末实有人数14人 (红河州) + 按满意的人数占总人数的比例计算 (综合满意度) -> 在职人员N人，占核定编制M名的比例（在职人员控制率）为", "HHBM", 2),
    R("P03", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"截至\2年\3月\4日，在职人员\5名（编制实有\1人），没有临聘人员，",
      "截至2024年12月31日,部门事业编制人数15人 (红河州) -> the date first, the establishment in brackets", "HHBM", 2),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "抽样范围为肃南裕固族自治县人社局部门内部全体工作人员，按科室及下属单位属性随机抽取，样本规模按全体工作人员的60%确定。",
      "本次调查30人,问卷回收率100% (满意度调查报告); 共回收有效问卷108份 (河南) -> 抽样范围 / 样本规模按全体工作人员的60%确定 (house)", "READHOUSE", 1),
    L("V02", "survey", text("body"),
      "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷由评价机构统一发放、统一回收，以保证问卷质量。",
      "调查对象在线填写完毕并提交后，系统自动回收问卷，评价组根据回收的问卷进行统计分析 (河南)", "HN", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷含单选题 \1 道，每题 \2 分，各选项分别赋值：A 为 \3 分、B 为 \4 分、C 为 \5 分、D 为 \6 分（论述题不赋分），问卷满分 \7 分。",
      "调查问卷的前48个题目为单项选择题,分5级标度,分别赋值如下 (满意度调查报告)", "READHOUSE", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=所有问卷得分加总÷所有问卷满分加总×\1",
      "设计成多个回答选项…需要计算综合满意度 (综合满意度的应用探讨)", "FX361A", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标满分 \1 分：综合满意率不低于 \2的，得满分；处于 \3—\4区间的，每降低 \5扣 \6 分；低于 \7的，本项不得分。",
      "“社会公众或服务对象满意度”指标 (第三方中介绩效评价满意度指标问题) -> tiers 不低于 / 处于…区间 / 低于 (house)", "FX361B", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "计分方式说明：", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 题目赋值", "分5级标度,分别赋值如下 (满意度调查报告)", "READHOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 综合满意率公式", "需要计算综合满意度 (综合满意度的应用探讨)", "FX361A", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 指标计分", "house", "HOUSE", 1),
    R("V10", "survey", text("survey"), r"\[单选题\]", lambda m, k: "【单选】", "house", "HOUSE", 10),
    L("V11", "survey", text("survey"), "绩效评价调查问卷（工作人员）", "绩效评价工作人员满意度问卷",
      "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl_p, "指标体系整体框架由4大类组成，包括4项一级指标、12项二级指标和28项三级指标 (河南) -> 由四个一级指标、十三个二级指标和三十四个三级指标组成; the worth of a level as a share of the total (house: 决策15分，占总分的15%)", "HN", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果采用评分与评级相结合的方式（具体分值和等级可根据评价内容设定），总分\1分，等级分为四档，",
      "评价计分正确、分值计算散总一致、评分与评级相符 (中介机构报告质量考核评分表)", "BOOK118", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades_p, "house: score intervals [90，100] / [80，90) / [60，80)", "HOUSE", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract_p, "“项目管理”(60分)和“项目绩效”(40分),总分100分 (自评表填报说明) -> 按…分配置分值（满分100分）", "DYBBS", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      lambda m, k: f"本章对指标体系中的{st(m.group(1))}个一级指标逐一进行分析。",
      "house", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      lambda m, k: f"“决策”一级指标包含{st(m.group(1))}个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      lambda m, k: f"级指标（{m.group(1)}）和{st(m.group(2))}个三级指标（{m.group(3)}）{m.group(4)}",
      "包括4项一级指标、12项二级指标和28项三级指标 (河南) -> 包含2个二级指标（…）和6个三级指标（…）, the names in brackets after the count", "HN", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_line_p, "包括4项一级指标、12项二级指标和28项三级指标 (河南) -> “过程”一级指标包含4个二级指标（…）和12个三级指标（…）", "HN", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc_p, "一级指标“项目绩效”,满分40分 (自评表填报说明) -> 按与过程指标的关联度，“过程”满分24分由“预算执行”12分、…构成", "DYBBS", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs_p, "指标体系整体框架由4大类组成，包括… (河南) -> “项目决策”一级指标由2个二级指标、6个三级指标组成，用于考察…，实得14分", "HN", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      lambda m, k: f"“项目效益”一级指标由{m.group(1)}个二级指标、{m.group(2)}个三级指标组成，主", "指标体系整体框架由4大类组成 (河南) -> …一级指标由N个二级指标、M个三级指标组成", "HN", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，实得 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP_P[m.group(2)]}维度指标得分明细",
      "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：一级指标得分情况表", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出构成明细",
      "一般公共预算财政拨款基本支出决算情况说明 (泸州 决算)", "LZ", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出构成明细",
      "house", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组成员名单", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "各一级指标得分见表4，三级指标逐项评分见附件1。", "house", "HOUSE", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经综合评价分析，\1年\2绩效评价总得分\3分，对应等级为“优”。",
      "项目总体评价得65.00分，评价等级为“中” (河南); 自评得分100分,自评结果为“优秀” (昌宁) -> 总得分97分，对应等级为“优”", "HN", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次评价总得分97分，等级评定为“优”。",
      "综合评分为97分 (南县财政局)", "NXCZ", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，总得分 97 分。", "house", "HOUSE", 1),

    # ============================================================ scoring rules (评分准则 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_p, "符合评价要点①②③④ / 扣除评价要点②的1/3分值 (河南) and ①招待费用…,1分;②…1分 (部门整体支出绩效评价指标) -> elements called 子项 / 考核要求 / 指标要求, in turn (house)", "YABO", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率控制在100%以内（含）的得2分，超出的得0分。",
      "以100%为标准。在职人员控制率≦100%,计5分 (部门整体支出绩效评价指标表) -> 控制在100%以内（含）", "DS51", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1 时得2分；处于60%—80%区间时，每下降1%扣0.1分；小于60%时得0分。",
      "house: one clause per band (时 / 处于…区间时 / 小于…时)", "HOUSE", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"得分按\1与本指标分值相乘计算。", "执行率(B/A) … 得分 (银川 自评表) -> 得分按执行率与分值相乘计算 (house)", "YC", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%时得满分；调增或调减幅度每1%(不足1%按四舍五入原则取整)扣0.2分；调整幅度超过10%时本项不得分。",
      "每少一项扣0.4分,扣完为止 (中介机构报告质量考核评分表) -> 每1%扣0.2分 (house)", "BOOK118", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率处于70%—100%区间的，得1分；高于100%的，每高出1%扣0.1分，高出部分超过10%的，本项不得分。",
      "“三公经费”变动率≦0,计8分;“三公经费”>0,每超过一个百分点扣0.8分 (部门整体支出绩效评价指标表) -> 处于…区间的 / 高于100%的，每高出1% (house)", "DS51", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%时得满分；结余率每上升1%扣0.1分；结余率超过10%时本项不得分。",
      "结余率(计算方法为:结余数/预算数)≤5% (项目支出绩效自评表) -> 结余率每上升1% (house)", "DY", 1),
    R("R08", "scoring rule", cell("annex", 4),
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率不低于 \1的，得满分；处于 \2—\3区间的，每降低 \4扣 \5 分；低于 \6的，本项不得分。",
      "设计成多个回答选项…需要计算综合满意度 (综合满意度的应用探讨) -> tiers 不低于 / 处于…区间 / 低于 (house)", "FX361A", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_p("annex"),
         "符合评价要点①②③④，综上，该指标得3.00分 (河南) -> 综合评定得N分 (house)", "HN", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_p("body"),
         "综上，该指标得3.33分 (河南) -> 故本指标最终得分N分 / 本指标最终评定为N分 (house)", "HN", 34),

    # ============================================================ other paragraphs (house wording)
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"\2受\1委托，依照预算绩效管理相关规定，于\3年\4-\5月期间对“\6”的使用及其效果进行了预算绩效评价，评价情况摘要如下。",
      "按照部门整体支出绩效评价指标体系,对南县财政局2020年度机关整体支出开展了绩效评价 (南县财政局)", "NXCZ", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "评价主要运用成本效益分析法、因素分析法、比较法及公众评判法。", "house", "HOUSE", 2),
    L("X03", "paragraph", text("abstract"),
      "本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。",
      "评价工作依次经历前期调研、方案制定、组织实施和报告撰写四个阶段。",
      "设计了…绩效评价指标体系、评价流程和评价方法 (数字政府建设项目绩效评价研究)", "EGOV", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "评价组采用因素分析法和对比分析法，将每一项指标的实际完成情况与评价要素要求逐条对照，分析影响指标完成的主要因素，并逐项计算得分。",
      "评价组根据回收的问卷进行统计分析 (河南) -> 评价组…逐一对照…逐项计算得分", "HN", 3),
    R("X05", "paragraph", text(), r"(?<!专家)(?<!绩效评价)评审组", lambda m, k: "评价组",
      "评价组根据回收的问卷进行统计分析 (河南) -> 评价组 (not after 绩效评价, where it would read 绩效评价评价组)", "HN", 3),
    L("X06", "paragraph", cell("summary", 1),
      "信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。",
      "信息与数据通过文本收集、现场调研、深度访谈和问卷调查取得，数据处理将定性分析与定量分析结合使用。",
      "house", "HOUSE", 1),
    L("X07", "paragraph", cell("summary", 1),
      "接受委托任务、拟订方案、开展培训、现场评价、撰写报告、资料归档。",
      "依次为：接受委托任务→拟订方案→开展培训→现场评价→撰写报告→资料归档。", "house: the stages as an arrowed chain", "HOUSE", 1),
    R("X08", "paragraph", text(), r"，主要问题如下：$", lambda m, k: "，主要问题归纳如下：", "house", "HOUSE", 2),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "基本情况", "一、基本情况 (河南; 嘉兴 专项债绩效评价报告)", "HN", 2),
    H("T02", "部门职能", "部门主要职能", "一、部门主要职能 (曾都 决算)", "ZD", 3),
    H("T03", "部门预算安排及执行情况", "资金安排和使用情况", "（二）资金安排和使用情况 (河南)", "HN", 2),
    H("T04", "部门资金使用情况", "资金安排和使用情况", "（二）资金安排和使用情况 (河南)", "HN", 1),
    H("T05", "部门组织管理", "部门的组织及管理", "（三）项目的组织及管理 (河南)", "HN", 2),
    H("T06", "部门年度绩效目标", "部门整体绩效目标", "(二)项目绩效目标 1.总体目标 (瓯海)", "OUHAI", 2),
    H("T07", "绩效评价工作开展情况", "评价工作开展概况", "house", "HOUSE", 3),
    H("T08", "绩效评价目的、对象和范围", "评价的目的与对象", "house", "HOUSE", 3),
    R("T09", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价原则、方法及指标体系", "设计了…绩效评价指标体系、评价流程和评价方法 (数字政府建设项目绩效评价研究)", "EGOV", 3),
    H("T10", "评价原则", "遵循原则", "house", "HOUSE", 1),
    H("T11", "评价方法", "方法选用", "house", "HOUSE", 1),
    H("T12", "评价标准", "标准选用", "house", "HOUSE", 1),
    H("T13", "评价指标体系", "指标体系设置", "house", "HOUSE", 2),
    H("T13b", "评价原则和方法", "原则与方法", "house", "HOUSE", 1),
    H("T14", "绩效评价依据", "评价所依据的文件", "house", "HOUSE", 2),
    H("T15", "绩效评价工作过程", "评价工作环节", "评价流程和评价方法 (数字政府建设项目绩效评价研究)", "EGOV", 3),
    H("T16", "综合评价情况及评价结果", "评价结论和得分", "二、评价结论和绩效分析 (河南); 评价得分 | 评价结果 (天台)", "HN", 2),
    H("T17", "综合评价情况及评价结论", "评价结论和得分", "二、评价结论和绩效分析 (河南); 评价得分 | 评价结果 (天台)", "HN", 1),
    H("T18", "综合评价情况", "总得分", "house", "HOUSE", 2),
    H("T19", "评价结果", "总体结论", "（一）总体结论 (河南)", "HN", 2),
    H("T20", "绩效评价指标分析", "分项指标绩效分析", "（二）绩效分析 1.决策指标绩效分析 (河南)", "HN", 3),
    H("T21", "部门决策情况分析", "决策指标绩效分析", "1.决策指标绩效分析 / 2.过程指标绩效分析 (河南)", "HN", 2),
    H("T22", "部门过程情况分析", "过程指标绩效分析", "1.决策指标绩效分析 / 2.过程指标绩效分析 (河南)", "HN", 2),
    H("T23", "部门产出情况分析", "产出指标绩效分析", "1.决策指标绩效分析 / 2.过程指标绩效分析 (河南)", "HN", 2),
    H("T24", "部门效益情况分析", "效益指标绩效分析", "1.决策指标绩效分析 / 2.过程指标绩效分析 (河南)", "HN", 2),
    H("T25", "评价指标相关性分析、指标设计和分值设计", "指标层级与分值分配", "house", "HOUSE", 4),
    H("T26", "指标评分结果分析", "各三级指标评分", "house", "HOUSE", 4),
    H("T27", "存在的主要问题及原因分析", "评价发现的问题及原因", "house", "HOUSE", 3),
    H("T28", "存在的问题", "问题表现", "house", "HOUSE", 2),
    H("T29", "有关建议", "工作建议", "四、工作建议 (河南)", "HN", 2),
    H("T30", "相关建议", "工作建议", "四、工作建议 (河南)", "HN", 1),
    H("T31", "部门主要做法及经验", "主要成效", "（一）主要成效 (河南)", "HN", 1),
    H("T32", "社会调查方案", "调查方案设计", "house", "HOUSE", 2),
    H("T33", "内部人员调查问卷方案", "工作人员问卷方案", "house", "HOUSE", 2),
    H("T34", "调查方法和抽样方式", "抽样方法与比例", "house", "HOUSE", 1),
    H("T35", "调查对象", "调查人群", "house", "HOUSE", 1),
    H("T36", "问卷的发放和回收", "问卷的组织发放", "house", "HOUSE", 1),
    H("T37", "其他需要说明的问题", "其他说明事项", "第三部分:其他重要事项情况说明 (曾都 决算)", "ZD", 3),
    H("T38", "关于评价方所取部门资料的说明", "资料提供责任说明", "house", "HOUSE", 3),
    H("T39", "关于影响本部门绩效评价局限性的说明", "评价局限说明", "house", "HOUSE", 3),
    H("T40", "部门职能及资金使用", "部门职能及资金安排", "（二）资金安排和使用情况 (河南); 一、部门主要职能 (曾都 决算)", "HN", 1),
    H("T41", "访谈工作方案", "座谈访谈方案", "house", "HOUSE", 2),
    H("T42", "现场调研方案", "实地调研方案", "2.问卷调研 / 实地调研 (塘桥 绩效评价报告 outline, as cited by writer O)", "HOUSE", 2),
    R("T43", "heading", text("abstract"), r"^（([一二三四])）项目(决策|过程|产出|效益)$",
      r"（\1）\2维度", "house", "HOUSE", 4),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "p", RULES, SRC, __doc__.split("\n\n")[1]))
