#!/usr/bin/env python3
"""Fifteenth, independent, held-out rewording of the reference report (writer O).

    python3 reword_o.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-o.txt   the report as a fifteenth consultancy would word it
    OUT_DIR/rewrites-o.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer O's house style is that of a consultancy grown out of an accounting firm (the
会计师/税务师事务所 reports of 会同 (湖南泰信), 隆回 (上会), 嘉定 (上海立丰) and the
衡阳 事前评估 of 湖南中和): the 评分表 headers are 指标界定 / 计分细则 / 核实情况 /
审定得分, the per-一级 tables 规定分值 / 审定得分 / 得分比重%, total rows 汇总 (表2, 表4–表6, 表8); budget
tables speak of 类级合计 / 款级科目 / 人员性经费 / 公用性经费 / 已下达指标 / 列支金额 /
资金用途; element rules are checked by 考核点 ("以上考核点逐个核对：满足的，每个考核点得
p分；不满足的，该考核点得0分（各考核点权重均为w）"); thresholds are written "达到或低于
100%的，得2分；反之得0分", "在70%—100%之间（含本数）的得1分；大于100%的，每超支1%扣0.1
分", proportional rules "按完成比例计算得分" (the wanglu 考核表), per-percent deductions
carry Henan's "直至0分"; reasons end "经核实，该项审定为N分。" (评分表) and "按计分细则
核算，本指标得N分。" / "据此确定该指标得分N分。" (body); figures are compared with
"与……相比" / "与……一致" / "与……持平", the 三公 sentence follows the 桃江 决算 wording
("支出预算为4万元，实际支出决算为2万元"), a rate is followed by its quotient in brackets ("资金结余率为0%（项目资金
结余总额0万元÷项目全年预算数4055.17万元）"); counts are written in Chinese numerals ("一级指标四个、二级指标十三个、
三级指标三十四个") and the worths of the 一级指标 as two parallel lists ("决策、过程、产出、
效益的分值分别设为15分、24分、33分、28分，权重相应为15%、…"); the worths of the 二级
指标 as "“过程”24分的分配，视与过程指标关联度的大小而定：“预算执行”12分，…"; grades
with "在90分（含）以上、100分以内的……；在80分（含）以上、不足90分的……"; the survey plan
says "拟抽取人数为内部工作人员总数的60%", survey tables 作答人数 / 构成比; headings follow the
事前评估 and 决算 outlines (评价思路与方法, 评价程序, 评价内容与结论, 机构设置及人员构成).

Every number, ①② mark, 文号, 《title》 and table cell stays where it was; every
defect of the original is kept; no scoring rule changes the score it gives for any
case.  Mechanics are those of tests/reword/rewordkit.py.

Environment (for attributing findings): REWORD_O_ONLY=ID,ID apply only these rules;
REWORD_O_SKIP=ID,ID leave these out (counts not asserted).  REWORD_O_DEBUG=1 prints
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
    "YYGLJ": "https://glj.yueyang.gov.cn/6173/6181/content_1705915.html (岳阳 部门整体支出绩效评价 评分表: 一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明; 以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止; 重点支出安排率≥90%,计5分;80%(含)-90%,计4分;…低于60%不得分; 无结余,3分; ①…,1分;②…,1分;③…,1分)",
    "JD": "http://wenlv.jiading.cn/publicity/fdzdgknr/czzj/czxx/jxpj/127388 (嘉定区文化和旅游局 评价机构考核表, 评价机构 上海立丰税务师事务所有限公司: 考核内容 | 分值 | 计分标准 | 分数 | 备注; 专业能力较强,得10-15分; 不能保持组员稳定…,不得分)",
    "HT": "http://www.huitong.gov.cn/huitong/c117742/202312/5a6a61720dde40f1b6bf390fe81cff54.shtml (会同县 竹笋产业基地建设项目绩效评价报告, 湖南泰信会计师事务所有限公司: 湖南泰信会计师事务所有限公司受会同县财政局的委托对…实施绩效评价。项目实施单位对其提供的…资料的真实性和完整性负责。我们的责任是…; 实施了包括检查会计记录、询问、实地…)",
    "LH": "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml (隆回县人居环境指挥部乡村振兴项目资金绩效评价报告, 上会湘报字(2022)第0001号: 受隆回县财政局委托，我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成,报告如下)",
    "HYX": "http://www.hyx.gov.cn/zwgk/zdlyxxgk/czxx/jxzpbg/20221121/i2854388.html (衡阳县农业现代示范区创建项目事前绩效评估报告, 湖南中和有限责任会计师事务所: 目录 评估对象 / 项目概况 / 评估程序 / 评估思路 / 评估方式、方法 / 评估内容与结论 / 总体结论 / 评估的相关建议 / 报告使用范围说明)",
    "ZD": "https://pdf.wenkuvip.com/archives/769xb3le5kpb0lmzpngj.html (曾都区河道堤防建设管理处 2021 年度决算公开说明: 第一部分 基本情况 一、部门主要职能 二、部门和所属预算单位机构设置情况 三、人员构成情况; 2021 年度收入支出决算总体及增减变动情况)",
    "ZS": "http://219.145.244.73:88/html/zwgk/czysjs/118395.html (柞水县审计局2020年部门决算: 一、部门主要职责及内设机构 二、部门决算单位构成 三、部门人员情况; 一般公共预算财政拨款基本支出决算表)",
    "TJ": "http://taojiang.gov.cn/26631/26632/content_2001885.html (桃江 2019年度“三公”经费: 2019年度“三公”经费财政拨款支出预算为44.52万元,2019年实际支出“三公经费”决算为22.62万元 … 本年度“三公经费”决算数未超过2019年预算数)",
    "AJ": "https://cqstl.gov.cn/jz/ajz_70782/zwgk_70755/fdzdgknr_70758/ysjs3334/jsgk/202210/t20221026_11229485.html (安居镇 2021年“三公”经费决算: 2021年“三公”经费支出共计9.07万元,较年初预算数减少10.93万元 — an actual compared with its budget)",
    "MZ": "https://www.mz.gov.cn/gk/zfxxgk/fdzdnr/ysjs/bmys/2025nfjbmysxxgk/mzfbjsgjbczb/1620432.htm (绵竹 2025年“三公”经费预算: 预算总额为1969万元,较2024年的2190万元减少221万元; 因公出国(境)经费40万元,较上年持平 — 与…相比 / 持平)",
    "WL13": "https://wanglu.net/thread/t13-461855-0.html (考核表: 项目 | 考核内容 | 考核指标 | 指标说明 | 年度工作目标 | 评分标准 | 权数 | 考评得分; 一般公共预算支出实际完成率…按完成比例计算得分,满分为止)",
    "HN": "/work/shared/corpus/henan-skills-competition-2021-2024.md (河南 2021-2024年省级职业技能竞赛经费项目绩效评价报告: 实际值达到100%的得满分，≤80%不得分。在幅度范围内，每降低1%，扣5%权重分值，直至0分; 要点①②③④各占指标分值的1/4; 根据电子问卷调查及结果汇总，共回收有效问卷108份)",
    "DZ": "http://www.dz-gczx.com/wap/articleDetails_id_1290.html (鼎正工程咨询: 绩效评价结果等级划分标准统一明确为：优(90-100分)、良(80-89分)、中(60-79分)、差(0-59分)四个档次)",
    "AMC": "https://www.amcadga.com/archives/4815 (年終考核以分數核計其優劣，一百分為滿分，其等次如下：甲等：八十分以上者。乙等：七十分以上未達八十分者 — bands written 以上 … 未达/不足)",
    "XING": "https://www.xing528.com/lilun/1667408.html (实地调研及问卷调查: 问卷调查表的发放范围和数量是由评价机构根据评价工作的实际情况确定)",
    "TQ": "http://m.baogao8.com/p-126565.html (浦东新区塘桥街道小区综合整新项目绩效评价报告, 上海申杰社会组织培育中心: 2.问卷调研; 附件 1：问卷调查汇总分析报告; 绩效评价的局限性)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告: 2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元 — 人员/公用经费 as the two parts of 基本支出)",
    "DY": "https://dyrmt.com/article-132779-22.html (项目支出绩效自评表: 结余率(计算方法为:结余数/预算数)≤5% — the base of a rate stated with it)",
    "YABO": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标 repost: 以100%为标准。在职人员控制率≤100%,计1分;每超过一个百分点扣0.1分,扣完为止; “三公经费”变动率≤0,计3分)",
    "HHX": "https://www.hh.gov.cn/info/11481/1179592.htm (红河州数据发展中心2024年度项目支出绩效单位自评报告: 年初批复预算8个项目985万元(含1个年初结转结余项目50万元) — a second figure in brackets after the first)",
    "MUN": "https://muncard.com/govop/show/20130423102437-963483-00-000.html (市财政局 政府采购: 全市政府采购预算执行16368.51万元,实际采购金额14993.34万元 — the procurement budget and the actual purchase side by side)",
    "YYCG": "http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html (岳阳市城市管理监督指挥中心2018部门整体支出绩效评价自评报告: 人员编制 21 实有人数 21 — the authorised and the actual number as a pair)",
    "M777": "https://m.777doc.com/doc-4267139.html (支出经济分类科目: 科目编码 科目名称 说明 类 款 301工资福利支出 01基本工资 … — the 类/款 levels of the economic classification)",
    "LAWYEE": "http://www.lawyee.com.cn/html/text/lar/170488/17048846_1.html (财政投资评审管理办法: 评审机构开展财政投资评审的程序是:(一)接受财政部门下达委托评审任务;(二)根据评审任务的要求制定评审计划…(五)对项目的内容按有关标准、定额、规定逐项进行评审…(九)…出具评审报告)",
    "HJ": "http://www.hjs.gov.cn/hjs/c137763/202510/9d31674735424ce1860a6faff5f6d01d.shtml (洪江市人民政府办公室 部门决算: 第一部分 概况 一、部门职责 二、机构设置)",
    "XT": "https://www.xtccss.com/zhuantifanwen/gongwenfanwen/5890.html (横县机构编制委员会办公室 部门整体支出绩效评价报告: 我办对2017年度部门整体支出绩效进行了全面综合评价…现将有关情况报告如下: 一、部门基本情况 (一)部门机构设置与主要职能)",
    "FSOU": "http://ask.fsou.com/html/text/lar/173670/17367037_4.html (预算支出绩效评价管理办法: 绩效评价报告…(一)基本概况;(二)绩效评价的组织实施情况;(三)绩效评价指标体系、评价标准和评价方法…(七)其他需要说明的问题; 一般分为准备、实施、撰写与提交评价报告、工作总结四个阶段)",
    "HOUSE": "house wording of writer O (no published page found for the exact words; the shape is described in the note)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"
CN = {"1": "一", "2": "两", "3": "三", "4": "四", "6": "六", "10": "十", "12": "十二", "13": "十三", "34": "三十四"}


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER_O = {"指标解释": "指标界定", "评分标准": "计分细则", "得分原因": "核实情况", "得分": "审定得分"}
IND_HEADER_O = {"分值": "规定分值", "得分": "审定得分", "得分率%": "得分比重%"}
BUDGET_HEADER_O = {"部门基本资金支出": "基本支出经济分类明细", "项目": "项目支出功能分类明细",
                   "财政拨款收入 (元)": "基本支出拨款 (元)", "小计(元)": "类级合计(元)",
                   "人员经费支出 (元)": "人员性经费 (元)", "商品和服务支出 (元)": "公用性经费 (元)",
                   "支出明细": "款级科目", "下达资金": "已下达指标", "支出金额": "列支金额",
                   "项目名称": "资金用途", "项目支出明细": "资金用途"}
SUMMARY_LABEL_O = {"预算安排资金": "预算核定数", "实际到位资金": "实际拨入数",
                   "实际支出资金": "实际列支数", "结转结余资金": "年终结转结余",
                   "预算执行率": "预算执行比例", "评价得分": "审定总分", "评价等级": "绩效档次",
                   "得分率": "得分达成率"}


def on_lines(*idx: int):
    """Budget total cells on the given (1-based) lines only: the two copies of 表2 (项目支出, lines 151 and 407)
    close on 汇总.  Both copies of 表1 (lines 120 and 373) keep 合计: the renderer closes a table only on a
    合计/总计 row and the abstract's 表2 follows its 表1 after a blank line (renamed, the two would be glued
    into one table in the .docx), and the two copies of one table must not differ in their total word."""
    keep = {i - 1 for i in idx}
    return lambda s: (not s.text_line and s.table == "budget" and s.col == 0 and s.line in keep)


def element_rule_o(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> 以上考核点逐个核对：满足的，每个考核点得p分；
    不满足的，该考核点得0分/不得分（各考核点权重均为w）.  Additive per element exactly as before, so a rule
    whose elements x points != 分值 (or whose weights do not add to 100%) keeps its defect."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    tail = f"该考核点得{sp}0{sp}分" if z == "得0分" else "该考核点不得分"
    return f"以上考核点逐个核对：满足的，每个考核点得{sp}{p}{sp}分；不满足的，{tail}（各考核点权重均为{w}）"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending_o(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":
            return f"{lead}经核实，该项审定为{sp1}{num}{sp2}分{stop}{tail}"
        if k % 2 == 0:
            return f"{lead}按计分细则核算，本指标得{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}据此确定该指标得分{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl_o(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"此次绩效评价共设一级指标{CN[n1]}个、二级指标{CN[n2]}个、三级指标{CN[n3]}个；"
            f"决策、过程、产出、效益的分值分别设为{sp}{d}{sp}分、{sp}{p}{sp}分、{sp}{o}{sp}分、{sp}{e}{sp}分，"
            f"权重相应为{sp}{dw}、{sp}{pw}、{sp}{ow}、{sp}{ew}")


def decl_abstract_o(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系满分 {full} 分。一级指标{CN[n1]}个：决策 {d} 分，过程 {p} 分，产出 {o} 分，效益 {e} 分；"
            f"二级指标、三级指标分别为{CN[n2]}个、{CN[n3]}个。")


def grades_o(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    sp = " " if " 分" in m.group(0) else ""
    return (f"总分在{a}{sp}分（含）以上、{b}{sp}分以内的评定为“优”，在{c}{sp}分（含）以上、不足{d}{sp}分的评定为“良”，"
            f"在{e}{sp}分（含）以上、不足{f}{sp}分的评定为“中”，不足{g}{sp}分的评定为“差”")


def level_split_o(m: re.Match, k: int) -> str:
    """Line 553 (the 决策 paragraph, whose count of 二级 stands on the line before)."""
    two, n3, three, stop = m.group(1), st(m.group(2)), m.group(3), m.group(4)
    return f"级指标：{two}；三级指标{CN[n3]}个：{three}{stop}"


def level_line_o(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = st(m.group(3)), m.group(4), st(m.group(5)), m.group(6), m.group(7)
    return f"一级指标“{lvl}”下设二级指标{CN[n2]}个：{two}；三级指标{CN[n3]}个：{three}{stop}"


def alloc_o(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    parts = "，".join(f"“{a}”{b}分" for a, b in pairs)
    return f"“{lvl}”{total.lstrip()}分的分配，视与{lvl}指标关联度的大小{extra}而定：{parts}。"


def level_abs_o(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"项目{lvl}：二级指标{CN[n2]}个，三级指标{CN[n3]}个，考察重点为{focus}，合计得分{score}分。"


CAP_O = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
TEXT_ANALYSIS_OR_ANNEX = either(text("analysis"), cell("annex", 5))
IND_TOTAL = lambda s: (not s.text_line and s.table in ("ind", "t4") and s.col == 0)  # noqa: E731

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_O)) + r")$", hmap(ANNEX_HEADER_O),
      "考核内容 | 分值 | 计分标准 | 分数 | 备注 (嘉定 立丰税务师事务所 考核表) -> 指标界定 | 计分细则 | 核实情况 | 审定得分 (审定: the accounting firm's word for an audited figure)", "JD", 88),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_O)) + r")$", hmap(IND_HEADER_O),
      "评分标准 | 分值 | 自评得分 (岳阳 评分表) -> 规定分值 | 审定得分 | 得分比重% (house)", "YYGLJ", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER_O)) + r")$", hmap(BUDGET_HEADER_O),
      "支出经济分类科目设类、款两级 (支出经济分类科目表) -> 类级合计 / 款级科目; 一般公共预算财政拨款基本支出决算表 (柞水); 人员经费支出…公用经费支出 (南县政协) -> 人员性经费 / 公用性经费; 已下达指标 / 列支金额 / 资金用途 (house)", "M777", 20),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "作答人数", "比例": "构成比"}[m.group(0)],
      "问卷调查汇总分析报告 (塘桥) -> 作答人数 | 构成比 (house)", "TQ", 20),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "项目角色", "主要职责": "工作分工"}[m.group(0)],
      "house: 项目角色 | 姓名 | 职称 | 工作分工", "HOUSE", 2),
    R("H06", "total row", on_lines(151, 407), r"^合计$", lambda m, k: "汇总",
      "house: 表2 (项目支出, both copies) closes on 汇总; 表1 keeps 合计 (see on_lines)", "HOUSE", 2),
    R("H07", "total row", IND_TOTAL, r"^合计$", lambda m, k: "汇总",
      "house: 表4–表8 close on 汇总 (表7's total, which sits in the second column, keeps 合计)", "HOUSE", 4),

    # ============================================================ 结论表 labels
    R("S01", "summary label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL_O)) + r")$", hmap(SUMMARY_LABEL_O),
      "预算核定数 / 实际拨入数 / 实际列支数 / 年终结转结余 / 预算执行比例 / 审定总分 / 绩效档次 / 得分达成率 (house, accounting vocabulary: 核定, 拨入, 列支, 审定)", "HOUSE", 8),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "2024年部门一般公共预算财政拨款收入为4901.44万元（实际收入6847.87万元）。截至2024年12月31日，部门全年支出6847.87万元，由2024年基本支出842.29万元和2024年项目支出6005.58万元构成，部门预算执行率100%（详见表1）。",
      "支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元 (南县政协) -> the total first, then the parts it is made of; the actual income in brackets (house)", "NXZX", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "2024年基本支出842.29万元、2024年项目支出6005.58万元，合计构成截至2024年12月31日的部门全年支出6847.87万元；与2024年部门一般公共预算财政拨款收入6847.87万元相比，部门预算执行率100%。",
      "较2024年的2190万元减少221万元 (绵竹) -> an amount compared with another: 与…相比; the parts before their total (house)", "MZ", 1),
    R("F03", "figure", text("body"),
      r"^截至(\s?2024\s?)年(\s?12\s?)月(\s?31\s?)日，部门全年项目共支出(\s?6005\.58\s?)万元。（详见表(\s?2)）$",
      r"部门项目支出明细列示于表\5：截至\1年\2月\3日，全年项目支出累计\4万元。",
      "house: the table first, the figure after a colon", "HOUSE", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)(\s?2024\s?)年部门整体支出，涉及财政预算资金(\s?6847\.87\s?)万元。$",
      r"评价范围涵盖\1\2年部门整体支出，所涉财政预算资金共计\3万元。",
      "我们的责任是…对项目的决策、过程、产出及效益等方面进行绩效评价 (会同 泰信) -> 评价范围涵盖…，所涉…共计 (house)", "HT", 2),
    R("F05a", "figure", text("abstract"), r"^本次绩效评价对象为(肃南县人力资源和社会保障局\s?2024)$",
      r"评价对象是\1", "house", "HOUSE", 1),
    R("F05b", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金(\s?6847\.87\s?)万元。$",
      r"年部门财政预算整体支出，所涉资金共计\1万元。", "house", "HOUSE", 1),
    R("F06", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局基本支出实际执行数为\3万元，与全年预算数\2万元相比，",
      "较年初预算数减少10.93万元 (安居镇 三公经费决算): the actual first, compared with its budget (与…相比)", "AJ", 2),
    R("F07a", "figure", cell("annex", 5),
      r"项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"项目支出实际执行数为\2万元，与全年预算数\1万元相比，",
      "较年初预算数减少10.93万元 (安居镇 三公经费决算): the actual first, compared with its budget (与…相比)", "AJ", 1),
    R("F07b", "figure", text("analysis"),
      r"项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"项目支出（全年预算数\1万元）的实际执行数", "年初批复预算8个项目985万元(含1个…50万元) (红河州): a figure in brackets after its label (the sentence continues on the next line)", "HHX", 1),
    R("F09", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      lambda m, k: f"全年收入决算数{m.group(2)}万元，与全年收入预算数{m.group(1)}万元一致，预算调整数为",
      "本年度“三公经费”决算数未超过2019年预算数 (桃江) -> the 决算数 first, compared with the 预算数 (与…一致)", "TJ", 2),
    R("F10", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度“三公”经费支出预算为\2万元，实际支出决算为\3万元，",
      "2019年度“三公”经费财政拨款支出预算为44.52万元,2019年实际支出“三公经费”决算为22.62万元 (桃江)", "TJ", 2),
    R("F11", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为(\s?\d+(?:\.\d+)?%)",
      lambda m, k: f"资金结余率为{m.group(3)}（项目资金结余总额{m.group(1)}万元÷项目全年预算数{m.group(2)}万元）",
      "结余率(计算方法为:结余数/预算数) (项目支出绩效自评表) -> the rate first, its quotient in brackets: 资金结余率为0%（结余总额0万元÷全年预算数4055.17万元）", "DY", 2),
    R("F12a", "figure", cell("annex", 5),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万元，实际采购支出" + N + r"万元，",
      r"本部门\1年实际采购支出\3万元，与政府预算采购支出总额\2万元持平，",
      "因公出国(境)经费40万元,较上年持平 (绵竹) -> 与…持平", "MZ", 1),
    R("F12b", "figure", text("analysis"),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万$",
      r"本部门\1年度政府采购预算支出总额\2万", "全市政府采购预算执行16368.51万元,实际采购金额14993.34万元 (市财政局 政府采购)", "MUN", 1),
    R("F13", "figure", text("analysis"),
      r"^元，实际采购支出" + N + r"万元，", r"元，当年实际完成采购支出\1万元，", "全市政府采购预算执行16368.51万元,实际采购金额14993.34万元 (市财政局 政府采购)", "MUN", 1),
    R("F15", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(^|项目总支出)(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      lambda m, k: f"{m.group(1) + '为' if m.group(1) else ''}{m.group(2)}万元，部门{m.group(3)}年列为重点的项目包括",
      "house (the 评分表 cell continues 项目总支出 from the row before a page break)", "HOUSE", 2),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"截止到\2年\3月\4日，单位在职人员\5名，核定人员编制\1名。",
      "人员编制 21 实有人数 21 (岳阳 自评报告) -> the date and the actual first, the authorised number after (house order)", "YYCG", 1),
    R("P02", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"截至\2年\3月\4日，在职人员\5人，核定人员编制\1名，在职人员控制率为",
      "人员编制 21 实有人数 21 (岳阳 自评报告) -> the actual before the authorised number (house order)", "YYCG", 2),
    R("P03", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"截至\2年\3月\4日，编制实有\1人，在职人员\5名，未聘用临聘人员，", "人员编制 21 实有人数 21 (岳阳 自评报告) -> the date first (house order)", "YYCG", 2),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "问卷面向肃南裕固族自治县人社局部门内部工作人员发放，结合科室及下属单位属性进行随机抽样，拟抽取人数为内部工作人员总数的60%。",
      "问卷调查表的发放范围和数量是由评价机构根据评价工作的实际情况确定 (实地调研及问卷调查) -> 发放范围 + 拟抽取人数 (house)", "XING", 1),
    L("V02", "survey", text("body"),
      "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷的发放与回收均由评价机构负责，以保证问卷质量。",
      "问卷调查表的发放范围和数量是由评价机构根据评价工作的实际情况确定 (实地调研及问卷调查)", "XING", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷由 \1 道单项选择题构成，每题满分 \2 分；各选项分值：A—\3 分，B—\4 分，C—\5 分，D—\6 分；论述题不计分，问卷满分 \7 分。",
      "house: a colon list of option values", "HOUSE", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=∑工作人员问卷实际得分÷∑工作人员问卷满分×\1", "house: the sums written ∑", "HOUSE", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标设置 \1 分，按综合满意率分档计分：\2及以上，得满分；\3—\4，每低 \5扣 \6 分；不足 \7，不得分。",
      "满意度达到90%得满分，每降低1%扣除指标分值的5% (河南 D401) -> a tier list: 90%及以上 / 70%—90% 每低1% / 不足70% (house)", "HN", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "问卷计分规则：", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 每题分值", "house", "HOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 满意率的计算", "house", "HOUSE", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 指标计分档次", "house", "HOUSE", 1),
    R("V10", "survey", text("survey"), r"\[单选题\]", lambda m, k: "（单项选择）", "house", "HOUSE", 10),
    L("V11", "survey", text("survey"), "绩效评价调查问卷（工作人员）", "绩效评价工作人员问卷",
      "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl_o, "分别为600万元、3000万元和600万元 (河南 评价意见): a list of names, then its figures in the same order -> 分值分别设为…，权重相应为…; counts in Chinese numerals (house)", "HN", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果以评分与评级结合的方式呈现（具体分值和等级可视评价内容确定），满分为\1分，等级设四档：",
      "优(90-100分)、良(80-89分)、中(60-79分)、差(0-59分)四个档次 (鼎正)", "DZ", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades_o, "甲等：八十分以上者。乙等：七十分以上未達八十分者 (考核等次) -> 在N分（含）以上、不足N分的评定为…", "AMC", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract_o, "house: the full marks first, then a colon list of the 一级指标 with their points; 二级/三级 counts with 分别为", "HOUSE", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      lambda m, k: f"本次绩效评价指标体系共设计{CN[st(m.group(1))]}个一级指标，下文逐项展开分析。",
      "house: the count in Chinese numerals", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      lambda m, k: f"一级指标“决策”下设{CN[st(m.group(1))]}个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      level_split_o, "house: 下设二级指标N个：…；三级指标N个：…", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_line_o, "house: 下设二级指标N个：…；三级指标N个：…", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc_o, "house: “过程”24分的分配，视与过程指标关联度的大小而定：“预算执行”12分，…", "HOUSE", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs_o, "house: 项目决策：二级指标两个，三级指标六个，考察重点为…，合计得分14分", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      lambda m, k: f"项目效益：二级指标{CN[m.group(1)]}个，三级指标{CN[m.group(2)]}个，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，合计得分 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP_O[m.group(2)]}类指标评分汇总表",
      "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：一级指标得分汇总表", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出明细（按经济分类）",
      "一般公共预算财政拨款基本支出决算表 (柞水 决算)", "ZS", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出明细（按功能分类）",
      "一般公共预算财政拨款基本支出决算表 (柞水 决算)", "ZS", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价项目组成员及分工", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "一级指标得分汇总于表4，各三级指标的评分过程列于附件1。", "house", "HOUSE", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经综合评价分析，\1年\2绩效评价审定总分\3分，按等级标准属于“优”。",
      "绩效评价结果等级划分标准统一明确为：优(90-100分)… (鼎正) -> 按等级标准属于“优”", "DZ", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "按照上述规定，本次评价总分97分，等级为“优”。",
      "house", "HOUSE", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，审定总分为 97 分。", "house", "HOUSE", 1),

    # ============================================================ scoring rules (计分细则 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_o, "①…,1分;②…,1分;③…,1分 (岳阳 评分表): points per listed point; 要点①②③④各占指标分值的1/4 (河南) -> 以上考核点逐个核对：满足的，每个考核点得p分（各考核点权重均为w） (house)", "YYGLJ", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率达到或低于100%的，得2分；反之得0分。",
      "以100%为标准。在职人员控制率≦100%,计5分 (岳阳 评分表) -> 达到或低于100%的 (house)", "YYGLJ", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1 的得2分；60%—80%之间的，每低1%扣0.1分；不足60%的得0分。",
      "重点支出安排率≥90%,计5分;80%(含)-90%,计4分;…低于60%不得分 (岳阳 评分表) -> one clause per band (house)", "YYGLJ", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"按完成比例计算得分，计算式为：\1×分值。", "按完成比例计算得分,满分为止 (考核表)", "WL13", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的得满分；调增或调减幅度每达1%(不足1%按四舍五入原则取整)扣0.2分，扣至零分为止；超过10%不得分。",
      "每降低1%，扣5%权重分值，直至0分 (河南 评分标准); the floor (扣至零分为止, after 直至0分) never binds before 10%", "HN", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率在70%—100%之间（含本数）的得1分；大于100%的，每超支1%扣0.1分，超支幅度超过10%的不得分。",
      "以100%为标准。三公经费控制率≦100%,计6分;每超过一个百分点扣1分 (岳阳 评分表) -> 含本数 / 超支 (house, accounting wording)", "YYGLJ", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%的得满分；结余率每升高1%扣0.1分，扣至零分为止；超过10%不得分。",
      "每降低1%，扣5%权重分值，直至0分 (河南 评分标准); 无结余,3分 (岳阳 评分表); the floor never binds before 10%", "HN", 1),
    R("R08", "scoring rule", cell("annex", 4),
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率在 \1及以上的得满分；在 \2—\3之间的，每低 \4扣 \5 分；未达到 \6的不得分。",
      "满意度达到90%得满分，每降低1%扣除指标分值的5% (河南 D401) -> 90%及以上 / 之间的，每低1% / 未达到70% (house)", "HN", 1),
    L("R09", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分；达标率处于60%-90%的得2分；不足60%的不得分。",
      "house", "HOUSE", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_o("annex"),
         "house: 经核实，该项审定为N分 (审定 as in an accounting firm's 审定数)", "HOUSE", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_o("body"),
         "house: 按计分细则核算，本指标得N分 / 据此确定该指标得分N分", "HOUSE", 34),
    # ============================================================ other paragraphs (house wording)
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"受\1委托，\2依据预算绩效管理相关规定，于\3年\4-\5月期间对“\6”的使用及其效果实施了预算绩效评价。现将评价情况报告如下。",
      "受会同县财政局的委托对…实施绩效评价 (会同 泰信); 现评价工作已完成,报告如下 (隆回 上会); 现将有关情况报告如下 (横县编办)", "LH", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "本次评价以成本效益分析法、因素分析法、比较法和公众评判法为主要方法。", "house", "HOUSE", 2),
    L("X03", "paragraph", text("abstract"),
      "本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。",
      "评价工作按前期调研、方案制定、组织实施、报告撰写四个阶段推进。", "评审机构开展财政投资评审的程序是:(一)接受…委托评审任务;(二)…制定评审计划… (财政投资评审管理办法) -> stages as short noun phrases", "LAWYEE", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "项目组运用因素分析法和对比分析法，将每一项指标的实际完成情况与评价要素逐一比对，分析影响指标完成的主要因素，并据此逐项核算得分。",
      "对项目的内容按有关标准、定额、规定逐项进行评审 (财政投资评审管理办法) -> 项目组…逐一比对…逐项核算", "LAWYEE", 3),
    R("X05", "paragraph", text(), r"(?<!专家)评审组", lambda m, k: "项目组",
      "我所成立绩效评价工作组 (隆回 上会) -> 项目组 (accounting firm usage)", "LH", 5),
    L("X06", "paragraph", cell("summary", 1),
      "信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。",
      "通过文本收集、现场调研、深度访谈、问卷调查等方式采集信息与数据，并以定性分析与定量分析相结合的方法进行处理。",
      "实施了包括检查会计记录、询问、实地… (会同 泰信)", "HT", 1),
    L("X07", "paragraph", cell("summary", 1),
      "接受委托任务、拟订方案、开展培训、现场评价、撰写报告、资料归档。",
      "先后经过接受委托任务、拟订方案、开展培训、现场评价、撰写报告及资料归档等环节。", "(一)接受财政部门下达委托评审任务;(二)…制定评审计划…(九)…出具评审报告 (财政投资评审管理办法)", "LAWYEE", 1),
    R("X08", "paragraph", text(), r"，主要问题如下：$", lambda m, k: "，主要问题列示如下：", "house", "HOUSE", 2),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "评价对象基本情况", "评估对象 (衡阳 事前评估, 中和会计师事务所)", "HYX", 2),
    H("T02", "部门职能", "部门职责范围", "一、部门职责 (洪江 决算) -> 部门职责范围", "HJ", 3),
    H("T03", "部门预算安排及执行情况", "收支及预算执行情况", "收入支出决算总体及增减变动情况 (曾都 决算)", "ZD", 2),
    H("T04", "部门资金使用情况", "资金收支总体情况", "收入支出决算总体及增减变动情况 (曾都 决算)", "ZD", 1),
    H("T05", "部门组织管理", "机构设置及人员构成", "部门和所属预算单位机构设置情况 / 人员构成情况 (曾都 决算)", "ZD", 2),
    H("T06", "部门年度绩效目标", "部门绩效目标", "(二)项目绩效目标 (衡阳 事前评估) -> 部门绩效目标", "HYX", 2),
    H("T07", "绩效评价工作开展情况", "绩效评价工作概况", "house", "HOUSE", 3),
    H("T08", "绩效评价目的、对象和范围", "评价目的与评价范围", "house", "HOUSE", 3),
    R("T09", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价思路与方法", "评估思路 / 评估方式、方法 (衡阳 事前评估)", "HYX", 3),
    H("T10", "评价原则", "评价遵循的原则", "house", "HOUSE", 1),
    H("T11", "评价方法", "评价方式、方法", "评估方式、方法 (衡阳 事前评估)", "HYX", 1),
    H("T12", "评价标准", "评价标准的选用", "(三)绩效评价指标体系、评价标准和评价方法 (预算支出绩效评价管理办法, 报告提纲) -> 评价标准的选用", "FSOU", 1),
    H("T13", "评价指标体系", "评价指标体系设计", "house", "HOUSE", 2),
    H("T14", "绩效评价依据", "评价依据文件", "根据《…》(中发〔2018〕34号)…等文件精神 (会同 泰信 开篇) -> 评价依据文件", "HT", 2),
    H("T15", "绩效评价工作过程", "评价程序", "评估程序 (衡阳 事前评估); 评审机构开展财政投资评审的程序 (财政投资评审管理办法)", "HYX", 3),
    H("T16", "综合评价情况及评价结果", "评价内容与结论", "评估内容与结论 (衡阳 事前评估)", "HYX", 2),
    H("T17", "综合评价情况及评价结论", "评价内容与结论", "评估内容与结论 (衡阳 事前评估)", "HYX", 1),
    H("T18", "综合评价情况", "总体评价结论", "总体结论 (衡阳 事前评估)", "HYX", 2),
    H("T19", "评价结果", "评价结果等级", "house", "HOUSE", 2),
    H("T20", "绩效评价指标分析", "各类指标评价分析", "house", "HOUSE", 3),
    H("T21", "部门决策情况分析", "决策类指标评价", "house", "HOUSE", 2),
    H("T22", "部门过程情况分析", "过程类指标评价", "house", "HOUSE", 2),
    H("T23", "部门产出情况分析", "产出类指标评价", "house", "HOUSE", 2),
    H("T24", "部门效益情况分析", "效益类指标评价", "house", "HOUSE", 2),
    H("T25", "评价指标相关性分析、指标设计和分值设计", "指标设置及分值安排", "house", "HOUSE", 4),
    H("T26", "指标评分结果分析", "逐项评分说明", "house", "HOUSE", 4),
    H("T27", "存在的主要问题及原因分析", "发现的主要问题及成因", "house", "HOUSE", 3),
    H("T28", "存在的问题", "问题事项", "house", "HOUSE", 2),
    H("T29", "有关建议", "整改建议", "评估的相关建议 (衡阳 事前评估)", "HYX", 2),
    H("T30", "相关建议", "整改建议", "评估的相关建议 (衡阳 事前评估)", "HYX", 1),
    H("T31", "部门主要做法及经验", "主要做法与工作成效", "house", "HOUSE", 1),
    H("T32", "社会调查方案", "社会调查工作方案", "house", "HOUSE", 2),
    H("T33", "内部人员调查问卷方案", "内部人员问卷调查安排", "2.问卷调研 (塘桥)", "TQ", 2),
    H("T34", "调查方法和抽样方式", "抽样方法", "house", "HOUSE", 1),
    H("T35", "调查对象", "调查人群", "house", "HOUSE", 1),
    H("T36", "问卷的发放和回收", "问卷发放与回收方式", "house", "HOUSE", 1),
    H("T37", "其他需要说明的问题", "其他重要事项说明", "十、其他重要事项的情况说明 (决算 outline, 渠县/洪江/柞水) -> 其他重要事项说明", "ZS", 3),
    H("T38", "关于评价方所取部门资料的说明", "关于资料真实性的说明", "项目实施单位对其提供的…资料的真实性和完整性负责 (会同 泰信)", "HT", 3),
    H("T39", "关于影响本部门绩效评价局限性的说明", "评价工作的局限性", "绩效评价的局限性 (塘桥)", "TQ", 3),
    H("T40", "部门职能及资金使用", "部门职能及资金收支", "(一)部门机构设置与主要职能 (横县编办); 收入支出决算总体情况 (曾都 决算)", "XT", 1),
    H("T41", "访谈工作方案", "访谈安排", "house", "HOUSE", 2),
    H("T42", "现场调研方案", "现场调研安排", "house", "HOUSE", 2),
    R("T43", "heading", text("abstract"), r"^（([一二三四])）项目(决策|过程|产出|效益)$",
      r"（\1）\2类指标", "house", "HOUSE", 4),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "o", RULES, SRC, __doc__.split("\n\n")[1]))
