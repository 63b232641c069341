#!/usr/bin/env python3
"""Seventeenth, independent, held-out rewording of the reference report (writer Q).

    python3 reword_q.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-q.txt   the report as a seventeenth consultancy would word it
    OUT_DIR/rewrites-q.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer Q's house style is that of a 广东/浙江 会计师事务所 performance-audit team: the work is reported as
audit work ("经核查", "经查阅", "经测算", "审核确认", "按照批复口径 / 决算口径", "评价组认为", "项目组"),
the 评分表 headers are 审核内容 / 考评计分标准 / 审核确认情况 / 确认得分 (after the 上海立丰税务师事务所 评价
工作考核表 "考核内容 | 分值 | 计分标准 | 分数" and the 财政部 中央级行政经费项目支出考评计分办法 "指标名称 |
分值 | 评分依据 | 实际得分"), the per-一级 tables 配置分值 / 确认得分 / 分值达成率（%）, budget tables
基本支出列支情况 / 拨入资金 / 分类汇总 / 人员类支出 / 公用类支出 / 列支科目 / 批复下达额 / 列支金额 /
列支项目, total rows 合计数 (表1), 共计 (表2), 综合得分 (表4), 本类合计 (表5, 表6, 表8); rules are
written as audit clauses "…的，得X分；…的，不得分", with 以…为基数 deductions ("以本项分值为基数，…每…扣X分"),
thresholds 不高于 / 介于…之间 / 未达到 / 不低于, and three element-rule variants used in turn (逐项审核确认 /
以各要素分值之和为基数，凡有要素不符合的，每个不符合要素扣p分 / 经核查符合的，每项得p分；不符合或未提供佐证资料的…);
reasons end "经审核确认，本项得分为N分。" (评分表) and "评价组认为该指标可得N分。" / "据此，本指标确认得分N分。"
(body); counts are sometimes in Chinese numerals ("共设一级指标四个、二级指标十三个、三级指标三十四个",
"含二级指标两个、三级指标六个", "按照指标体系中的三个一级指标"); worths as "“过程”核定分值24分，…其下“预算执行”
核定12分…"; weights before points ("决策类权重15%，计15分"); grades as "得分在90（含）-100分之间的，评定为优";
the sampling plan "以…内部工作人员为基数，…抽取比例为基数的60%".

Numbers cannot be written as Chinese percent words ("百分之九十五") here: rewordkit's safety check counts
Arabic numbers per line/cell, and a Chinese percent word would remove one; Chinese numerals are used for
counts (个, 档) only, which the check reads as numbers.

Every number, ①② mark, 文号, 《title》 and table cell stays where it was; every defect of the original is
kept; no scoring rule changes the score it gives for any case.  Mechanics are those of
tests/reword/rewordkit.py.

Environment (for attributing findings): REWORD_Q_ONLY=ID,ID apply only these rules; REWORD_Q_SKIP=ID,ID leave
these out (counts not asserted).  REWORD_Q_DEBUG=1 prints every rule's count instead of stopping on a
mismatch.  REWORD_Q_R01_VARIANT=0|1|2 (attribution only) writes every element sentence of rule R01 in one
variant instead of using them in turn.
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
    "LIFENG": "http://wenlv.jiading.cn/publicity/fdzdgknr/czzj/czxx/jxpj/127388 (嘉定区文化和旅游局 / 上海立丰税务师事务所有限公司 评价工作考核表: 考核内容 | 分值 | 计分标准 | 分数 | 备注; 在评价过程中保持工作组成员稳定,得15分;不能保持组员稳定并随意更换组员,不得分; 专业能力较强,得10-15分)",
    "CZB": "http://www.lygzb.net/html/text/chl/509/50957_3.html (财政部《中央级行政经费项目支出考评计分办法》: 指标名称 | 分值 | 评分依据 | 实际得分; 在计划时间内完成的,得满分,超过计划时间的…扣分; 实际完成情况与计划每相差3%,扣1分,扣满15分为止)",
    "LONGHUI": "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml (隆回县 乡村振兴项目资金绩效评价报告, 上会会计师事务所 上会湘报字(2022)第0001号: 受隆回县财政局委托,我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成,报告如下)",
    "MAOMING": "https://www.kunmingchi.com/archives/vzpngm2097m5n2ywqbkd.html (2021年茂名市发展和改革局部门整体支出绩效自评报告 (广东): 经查阅、核实有关账务及项目等执行情况; (二)设置机构及人员情况 我局实有编制数63人,2021年末在职人数57人; (四)部门整体支出绩效目标)",
    "HUIZHOU": "/work/shared/corpus/excerpts/huizhou_jtj_bmzt_2021.txt (惠州市交通运输局2021部门整体绩效自评报告 (广东): 一、部门基本情况 (一)部门职能)",
    "JSCPA": "https://docs.maoyanqing.com/auditing/lcpa/jicpa/20250801.html (江苏省注册会计师协会 专家提示第5号 会计师事务所从事或参与财政预算绩效评价工作: 事务所作为第三方机构…应严格遵守相关政策法规)",
    "KJLWW": "http://www.kjlww.com/article-76747.html (会计师事务所 评价指标 | 评分规则: 得分=(本所收入÷300)×120; 本所该指标得分=本所该指标数值×45; 独立党支部得10分,联合党支部得5分,满分10分)",
    "YABO": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标: 以100%为标准。在职人员控制率≤100%,计1分;每超过一个百分点扣0.1分,扣完为止; ①…1分;②…1分;③…1分,每少一项扣1分,扣完为止)",
    "CHIZHOU": "http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 (池州市贵池区棠溪镇 项目支出绩效自评表(2022年度): 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 本项目共申请预算资金90万元…本项目共完成预算资金89.97万元)",
    "WUHAN": "https://czj.wuhan.gov.cn/FBJD/XXGKML/CZGK/CZYJS/202209/t20220928_2049387.html (武汉市 关于公开2021年度市级绩效评价的说明: 第三方机构参与预算绩效管理报告评级考核指标体系; 在财政评价(“第三方”评价)方面)",
    "CANGNAN": "http://www.cncn.gov.cn/art/2020/12/22/art_1255628_58999193.html (苍南县级预算项目支出绩效评价管理办法(征求意见稿) (浙江): 浙财监督〔2020〕11号 等有关法律、法规和规定)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告: 2021年部门决算收支完成情况。1、收入:792.22万元…其中:财政拨款收入792.22万元; 2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元)",
    "HN": "/work/shared/corpus/henan-skills-competition-2021-2024.md (河南 2021-2024年省级职业技能竞赛经费项目绩效评价报告: 根据电子问卷调查及结果汇总,共回收有效问卷108份; 评价组)",
    "FX361A": "https://fx361.cc/page/2018/0119/4709083.shtml (绩效评价中综合满意度的应用探讨: 设计成多个回答选项…需要计算综合满意度)",
    "HOUSE": "house wording of writer Q (no published page found for the exact words; the brief's 会计师事务所 vocabulary 经核查 / 经测算 / 审核确认 / 评价组认为 / 按照…口径 / 以…为基数)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"
CN = {"1": "一", "2": "两", "3": "三", "4": "四", "6": "六", "10": "十", "12": "十二", "13": "十三", "34": "三十四"}


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER_Q = {"指标解释": "审核内容", "评分标准": "考评计分标准", "得分原因": "审核确认情况", "得分": "确认得分"}
IND_HEADER_Q = {"分值": "配置分值", "得分": "确认得分", "得分率%": "分值达成率（%）"}
BUDGET_HEADER_Q = {"部门基本资金支出": "基本支出列支情况", "项目": "项目支出列支情况",
                   "财政拨款收入 (元)": "拨入资金 (元)", "小计(元)": "分类汇总(元)",
                   "人员经费支出 (元)": "人员类支出 (元)", "商品和服务支出 (元)": "公用类支出 (元)",
                   "支出明细": "列支科目", "下达资金": "批复下达额", "支出金额": "列支金额",
                   "项目名称": "列支项目", "项目支出明细": "列支项目"}
SUMMARY_LABEL_Q = {"预算安排资金": "预算批复数", "实际到位资金": "资金到账数",
                   "实际支出资金": "决算支出数", "结转结余资金": "年末结转结余",
                   "预算执行率": "预算执行进度", "评价得分": "综合得分", "评价等级": "评定等级",
                   "得分率": "得分比率", "其中：财政拨款收入": "其中：财政拨款"}


def on_lines(*idx: int):
    """Budget total cells on the given (1-based) lines only."""
    keep = {i - 1 for i in idx}
    return lambda s: (not s.text_line and s.table == "budget" and s.col == 0 and s.line in keep)


def ind_total(*idx: int):
    """The total cell (col 0) of the per-一级 tables on the given (1-based) lines."""
    keep = {i - 1 for i in idx}
    return lambda s: (not s.text_line and s.table in ("ind", "t4") and s.col == 0 and s.line in keep)


def element_rule_q(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> three audit-house variants in turn, each
    additive per element exactly as before (elements x points and the weights are kept, so every defect stays)."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    zero = z == "得0分"
    forced = os.environ.get("REWORD_Q_R01_VARIANT")   # attribution only
    v = int(forced) if forced else k % 3
    if v == 0:
        tail = f"得{sp}0{sp}分" if zero else "不得分"
        return f"评价组逐项审核确认上述要素（每项权重{sp}{w}）：符合的，得{sp}{p}{sp}分；不符合的，{tail}"
    if v == 1:
        tail = f"扣至{sp}0{sp}分为止" if zero else "扣完为止"
        return (f"以各要素分值之和为基数（各要素权重{sp}{w}），凡有要素不符合的，每个不符合要素扣{sp}{p}{sp}分，{tail}")
    tail = f"该项得{sp}0{sp}分" if zero else "该项不得分"
    return f"上述要素各按{sp}{w}权重核定，经核查符合的，每项得{sp}{p}{sp}分；不符合或未提供佐证资料的，{tail}"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending_q(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":
            return f"{lead}经审核确认，本项得分为{sp1}{num}{sp2}分{stop}{tail}"
        if k % 2 == 0:
            return f"{lead}评价组认为该指标可得{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}据此，本指标确认得分{sp1}{num}{sp2}分{stop}{tail}"
    return f


def decl_q(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"本次评价共设一级指标{CN[n1]}个、二级指标{CN[n2]}个、三级指标{CN[n3]}个；一级指标中，"
            f"决策类权重{sp}{dw}，计{sp}{d}{sp}分；过程类权重{sp}{pw}，计{sp}{p}{sp}分；"
            f"产出类权重{sp}{ow}，计{sp}{o}{sp}分；效益类权重{sp}{ew}，计{sp}{e}{sp}分")


def decl_abstract_q(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系共设一级指标 {n1} 个（决策、过程、产出、效益），下设二级指标 {n2} 个、三级指标 {n3} 个；"
            f"按照满分 {full} 分口径，决策、过程、产出、效益分别计 {d} 分、{p} 分、{o} 分、{e} 分。")


def grades_q(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = (st(x) for x in m.groups())
    sp = " " if " 分" in m.group(0) else ""
    return (f"得分在{a}（含）-{b}{sp}分之间的，评定为优；在{c}（含）-{d}{sp}分之间的，评定为良；"
            f"在{e}（含）-{f}{sp}分之间的，评定为中；不足{g}{sp}分的，评定为差")


def level_abs_q(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"“项目{lvl}”一级指标含二级指标{CN[n2]}个、三级指标{CN[n3]}个，重点审核{focus}，经审核确认得分{score}分。"


def level_line_q(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = st(m.group(3)), m.group(4), st(m.group(5)), m.group(6), m.group(7)
    sp = " " if m.group(3).startswith(" ") else ""
    return f"“{lvl}”一级指标项下设二级指标{sp}{n2}{sp}个，即{two}；三级指标{sp}{n3}{sp}个，即{three}{stop}"


def alloc_q(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    parts = "，".join(f"“{a}”核定{sp}{st(b)}{sp}分" for a, b in pairs)
    return f"“{lvl}”核定分值{sp}{st(total)}{sp}分，按照与{lvl}指标的关联程度{extra}，其下{parts}。"


CAP_Q = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
TEXT_ANALYSIS_OR_ANNEX = either(text("analysis"), cell("annex", 5))

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_Q)) + r")$", hmap(ANNEX_HEADER_Q),
      "考核内容 | 分值 | 计分标准 | 分数 (上海立丰税务师事务所 考核表); 指标名称 | 分值 | 评分依据 | 实际得分 (财政部 考评计分办法) -> 审核内容 | 考评计分标准 | 审核确认情况 | 确认得分 (house)", "LIFENG", 88),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_Q)) + r")$", hmap(IND_HEADER_Q),
      "分值 | 执行率 | 得分 (池州 自评表) -> 配置分值 | 确认得分 | 分值达成率（%） (house)", "CHIZHOU", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER_Q)) + r")$", hmap(BUDGET_HEADER_Q),
      "其中:人员经费支出434.89万元,公用经费支出77.4万元 (南县政协) -> 人员类支出 / 公用类支出; 列支 (accounting) -> 基本支出列支情况 / 列支科目 / 列支金额 / 列支项目; 拨入资金 / 分类汇总 / 批复下达额 (house)", "NXZX", 20),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "得票数", "比例": "得票占比"}[m.group(0)],
      "共回收有效问卷108份 (河南) -> 得票数 | 得票占比 (house)", "HOUSE", 20),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "人员类别", "主要职责": "分工内容"}[m.group(0)],
      "我所成立绩效评价工作组 (隆回) -> 人员类别 | 姓名 | 职称 | 分工内容", "LONGHUI", 2),
    R("H06", "total row", on_lines(120, 373), r"^合计$", lambda m, k: "合计数",
      "house: both copies of 表1 close on 合计数", "HOUSE", 2),
    R("H07", "total row", on_lines(151, 407), r"^合计$", lambda m, k: "共计",
      "house: both copies of 表2 close on 共计", "HOUSE", 2),
    R("H08", "total row", ind_total(541), r"^合计$", lambda m, k: "综合得分",
      "house: 表4's total row is 综合得分", "HOUSE", 1),
    R("H09", "total row", ind_total(564, 610, 726), r"^合计$", lambda m, k: "本类合计",
      "house: 表5, 表6, 表8 close on 本类合计 (表7's total, which sits in the second column, keeps 合计)", "HOUSE", 3),

    # ============================================================ 结论表 labels
    R("S01", "summary label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL_Q)) + r")$", hmap(SUMMARY_LABEL_Q),
      "年初预算数 | 全年预算数 | 全年执行数 (池州 自评表); 决算 (accounting) -> 预算批复数 / 资金到账数 / 决算支出数 / 年末结转结余 / 预算执行进度 / 综合得分 / 评定等级 / 得分比率 / 其中：财政拨款 (house)", "CHIZHOU", 10),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "经核查，按照预算批复口径，2024年部门一般公共预算财政拨款收入4901.44万元；按照决算口径，实际收入6847.87万元。截至2024年12月31日，部门全年支出6847.87万元，其中：2024年基本支出842.29万元，2024年项目支出6005.58万元。经测算，部门预算执行率100%（见表1）。",
      "经查阅、核实有关账务及项目等执行情况 (茂名); 2021年部门决算收支完成情况。1、收入:792.22万元 (南县政协) -> 按照预算批复口径 / 按照决算口径", "MAOMING", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "经审核确认，2024年部门一般公共预算财政拨款收入6847.87万元；截至2024年12月31日，部门全年列支6847.87万元，其中2024年基本支出842.29万元、2024年项目支出6005.58万元，经测算部门预算执行率为100%。",
      "本项目共申请预算资金90万元…本项目共完成预算资金89.97万元 (池州) -> 经审核确认…列支…经测算 (house)", "CHIZHOU", 1),
    R("F03", "figure", text("body"),
      r"^截至(\s?2024\s?)年(\s?12\s?)月(\s?31\s?)日，部门全年项目共支出(\s?6005\.58\s?)万元。（详见表(\s?2)）$",
      r"经审核确认，截至\1年\2月\3日部门项目支出累计列支\4万元，明细列示于表\5。",
      "house: 经审核确认…累计列支…明细列示于表2", "HOUSE", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)(\s?2024\s?)年部门整体支出，涉及财政预算资金(\s?6847\.87\s?)万元。$",
      r"本次评价以\1\2年部门整体支出为对象，涉及财政预算资金\3万元。",
      "对隆回县人居环境指挥部乡村振兴项目实施绩效评价 (隆回) -> 以…为对象", "LONGHUI", 2),
    R("F05a", "figure", text("abstract"), r"^本次绩效评价对象为(肃南县人力资源和社会保障局\s?2024)$",
      r"本次评价以\1", "house", "HOUSE", 1),
    R("F05b", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金(\s?6847\.87\s?)万元。$",
      r"年部门财政预算整体支出为对象，涉及资金\1万元。", "对…实施绩效评价 (隆回) -> 以…为对象", "LONGHUI", 1),
    R("F06", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，基本支出预算执行率为",
      r"\1年肃南县人力资源和社会保障局基本支出按批复口径全年预算数为\2万元，按决算口径实际执行数为\3万元，经测算基本支出预算执行率为",
      "经查阅、核实有关账务 (茂名) -> 按批复口径…按决算口径…经测算 (house)", "MAOMING", 2),
    R("F07a", "figure", cell("annex", 5),
      r"项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"项目支出全年预算数（批复口径）为\1万元，实际执行数（决算口径）为\2万元，",
      "年初预算数 | 全年预算数 | 全年执行数 (池州 自评表) -> 全年预算数（批复口径）/ 实际执行数（决算口径） (house)", "CHIZHOU", 1),
    R("F07b", "figure", text("analysis"),
      r"项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"项目支出全年预算数（批复口径）为\1万元，实际执行数（决算口径）",
      "全年预算数 | 全年执行数 (池州 自评表) (the sentence continues on the next line)", "CHIZHOU", 1),
    R("F09", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      r"按照决算口径审核确认，全年收入决算数\2万元，与全年收入预算数\1万元一致，预算调整数为",
      "house: the actual first, compared with the budget (…与…一致)", "HOUSE", 2),
    R("F10", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，“三公”经费控制率为",
      r"\1年度“三公”经费实际支出\3万元，全年预算数为\2万元，经测算，“三公”经费控制率为",
      "house: actual before budget, 经测算", "HOUSE", 2),
    R("F11", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目全年预算数为\2万元，结余资金总额为\1万元，经测算资金结余率为",
      "house: 经核查…经测算", "HOUSE", 2),
    R("F12a", "figure", cell("annex", 5),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万元，实际采购支出" + N + r"万元，",
      r"本部门\1年实际采购支出\3万元，政府预算采购支出总额为\2万元，",
      "house: the actual before the budget", "HOUSE", 1),
    R("F12b", "figure", text("analysis"),
      r"^元，实际采购支出" + N + r"万元，", r"元，审核确认实际采购支出\1万元，",
      "house: 审核确认 (the sentence starts on the line before)", "HOUSE", 1),
    R("F15a", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"项目总支出为\1万元，其中部门\2年列入重点保障的项目包括",
      "house: 经核查…列入重点保障的项目包括", "HOUSE", 1),
    R("F15b", "figure", cell("annex", 5),
      r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，其中部门\2年列入重点保障的项目包括",
      "house (the 评分表 cell continues 项目总支出 from the row before a page break)", "HOUSE", 1),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"按照编制部门核定口径，单位人员编制\1名；截止到\2年\3月\4日，实有在职人员\5名。",
      "我局实有编制数63人,2021年末在职人数57人 (茂名) -> 按照…核定口径…实有在职人员", "MAOMING", 1),
    R("P02", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"核定人员编制\1名；截至\2年\3月\4日实有在职人员\5人，经测算在职人员控制率为",
      "实有编制数63人,2021年末在职人数57人 (茂名) -> 实有在职人员…经测算", "MAOMING", 2),
    R("P03", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"编制实有\1人；截至\2年\3月\4日，在职人员\5名，经核查未聘用临聘人员，",
      "house: 经核查未聘用临聘人员", "HOUSE", 2),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "以肃南裕固族自治县人社局部门内部工作人员为基数，结合科室及下属单位属性随机抽样，抽取比例为基数的60%。",
      "house: 以…为基数 (the brief's accounting-firm wording)", "HOUSE", 1),
    L("V02", "survey", text("body"),
      "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷发放、回收环节均由评价机构自行组织，确保问卷质量。",
      "house", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"工作人员问卷设单项选择题 \1 个，每题满分 \2 分：选择 A 的，得 \3 分；选择 B 的，得 \4 分；选择 C 的，得 \5 分；选择 D 的，得 \6 分。论述题不计分，问卷总分 \7 分。",
      "独立党支部得10分,联合党支部得5分,满分10分 (会计师事务所 评分规则) -> 选择A的，得10分；选择B的，得7分…", "KJLWW", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=∑问卷实际得分÷∑问卷满分×\1",
      "得分=(本所收入÷300)×120 (会计师事务所 评分规则) -> ÷ / × formula", "KJLWW", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标分值 \1 分：综合满意率在 \2以上的，得满分；未达到 \4但不低于 \3的，每降低 \5扣 \6 分；未达到 \7的，不得分。",
      "在计划时间内完成的,得满分,超过计划时间的…扣分 (财政部 考评计分办法) -> …的，得满分；未达到…但不低于…的，每降低…扣…；未达到…的，不得分", "CZB", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "计分口径：", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 题目赋分", "house", "HOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 满意率测算", "house (经测算)", "HOUSE", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 指标评分口径", "house", "HOUSE", 1),
    R("V10", "survey", text("survey"), r"\[单选题\]", lambda m, k: "（单选）", "house", "HOUSE", 10),
    L("V11", "survey", text("survey"), "绩效评价调查问卷（工作人员）", "绩效评价工作人员问卷调查表",
      "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl_q, "house: counts in Chinese numerals after the level (一级指标四个), the weight before the points (决策类权重15%，计15分)", "HOUSE", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果按照评分与评级相结合的方式确定（具体分值和等级可依评价内容设定），满分\1分，评价等级分为四档：",
      "house", "HOUSE", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades_q, "专业能力较强,得10-15分;专业能力一般,得5-10分 (立丰 考核表) -> 得分在90（含）-100分之间的，评定为优…", "LIFENG", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract_q, "house: names in brackets after the count; points as a list 分别计 15 分、24 分…", "HOUSE", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      lambda m, k: f"评价组按照指标体系中的{CN[st(m.group(1))]}个一级指标，逐一分析如下。",
      "house (评价组; count in Chinese numerals)", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      lambda m, k: f"“决策”一级指标项下设{st(m.group(1))}个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      lambda m, k: f"级指标，即{m.group(1)}；三级指标{st(m.group(2))}个，即{m.group(3)}{m.group(4)}",
      "house: 即 lists", "HOUSE", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_line_q, "house: “过程”一级指标项下设二级指标4个，即…；三级指标12个，即…", "HOUSE", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc_q, "house: “过程”核定分值24分，…其下“预算执行”核定12分，…", "HOUSE", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs_q, "house: 含二级指标两个、三级指标六个，重点审核…，经审核确认得分14分", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      lambda m, k: f"“项目效益”一级指标含二级指标{CN[m.group(1)]}个、三级指标{CN[m.group(2)]}个，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，经审核确认得分 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP_Q[m.group(2)]}类指标核定得分表",
      "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：各一级指标得分汇总", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出列支明细表",
      "house (列支)", "HOUSE", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出列支明细表",
      "house (列支)", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：项目组成员及分工", "我所成立绩效评价工作组 (隆回)", "LONGHUI", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "各一级指标得分汇总于表4，三级指标评分明细列示于附件1。", "house", "HOUSE", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经综合评价，\1年\2绩效评价得分\3分，评价组认为其绩效等级为“优”。",
      "house: 评价组认为", "HOUSE", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "按照上述标准，本次评价得分97分，评定为“优”等级。",
      "house", "HOUSE", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经项目组复核确认，综合得分 97 分。", "house (复核确认)", "HOUSE", 1),

    # ============================================================ scoring rules (考评计分标准 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_q, "①…1分;②…1分;③…1分,每少一项扣1分,扣完为止 (部门整体支出绩效评价指标) -> 以各要素分值之和为基数，凡有要素不符合的，每个不符合要素扣p分; 得15分;…不得分 (立丰) -> 符合的，得p分；不符合的，不得分 (three variants in turn)", "YABO", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率不高于100%的，得2分；高于该比例的，得0分。",
      "以100%为标准。在职人员控制率≤100%,计1分 (部门整体支出绩效评价指标) -> 不高于100%的，得2分；高于该比例的，得0分", "YABO", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1 的，得2分；介于60%与80%之间的，按每降低1%扣0.1分计算；未达到60%的，得0分。",
      "…的,得15分;…,不得分 (立丰) -> 的，得2分；介于…之间的，按每降低1%扣0.1分计算；未达到60%的，得0分", "LIFENG", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"以本项分值为基数，乘以\1计算得分。",
      "本所该指标得分=本所该指标数值×45 (会计师事务所 评分规则) -> 以本项分值为基数，乘以…计算得分", "KJLWW", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "以本项分值为基数，预算调整率每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分；预算调整率超过10%的，不得分；预算调整率为0%的，不扣分。",
      "实际完成情况与计划每相差3%,扣1分,扣满15分为止 (财政部 考评计分办法) -> 以本项分值为基数…每…扣0.2分", "CZB", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率介于70%至100%之间的，得1分；超出100%的，每增加1%扣0.1分，超出幅度在10%以上的，不得分。",
      "“三公经费”变动率≤0,计3分;…每超过一个百分点扣0.3分,扣完为止 (部门整体支出绩效评价指标) -> 介于…之间的，得1分；超出100%的，每增加1%扣0.1分", "YABO", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "以本项分值为基数，项目资金结余率每增加1%扣0.1分；结余率超过10%的，不得分；结余率为0%的，得满分。",
      "每相差3%,扣1分,扣满15分为止 (财政部 考评计分办法) -> 以本项分值为基数…每增加1%扣0.1分", "CZB", 1),
    R("R08", "scoring rule", cell("annex", 4),
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率在 \1以上的，得满分；未达到 \3但不低于 \2的，每降低 \4扣 \5 分；未达到 \6的，不得分。",
      "在计划时间内完成的,得满分 (财政部 考评计分办法) -> …以上的，得满分；未达到…但不低于…的…；未达到…的，不得分", "CZB", 1),
    R("R09", "scoring rule", cell("annex", 4), r"严格控制在政策标准范围达标率为 (90%)以上为满$",
      r"严格控制在政策标准范围达标率在 \1以上的，得满", "house (the rule continues on the next row)", "HOUSE", 1),
    R("R10", "scoring rule", cell("annex", 4), r"^分，(60%)-(90%)得2分，(60%)以下不得分。$",
      r"分；介于\1-\2之间的，得2分；未达到\3的，不得分。", "…的，得…；未达到…的，不得分 (house)", "HOUSE", 1),
    R("R11", "scoring rule", cell("annex", 3), r"^主要考察", lambda m, k: "重点审核",
      "考核内容 (立丰) -> 审核内容 column opened with 重点审核 (house)", "LIFENG", 34),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_q("annex"),
         "house: 经审核确认，本项得分为N分", "HOUSE", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_q("body"),
         "house: 评价组认为该指标可得N分 / 据此，本指标确认得分N分", "HOUSE", 34),
    R("E03", "reasons", cell("annex", 5), r"^根据(?=《)", lambda m, k: "经核查",
      "经查阅、核实有关账务及项目等执行情况 (茂名) -> 经核查《…》", "MAOMING", 28),
    R("E04", "reasons", text("analysis"), r"(?<=。)根据(?=《)", lambda m, k: "经查阅",
      "经查阅、核实有关账务 (茂名) -> （1）…。经查阅《…》", "MAOMING", 31),
    R("E05", "reasons", TEXT_ANALYSIS_OR_ANNEX, r"根据现场调研查看，", lambda m, k: "经现场核查，",
      "house: 经现场核查", "HOUSE", 2),
    R("E06", "reasons", TEXT_ANALYSIS_OR_ANNEX, r"根据现场调研对部门相关档案查询，", lambda m, k: "经现场查阅部门相关档案，",
      "house: 经现场查阅", "HOUSE", 2),

    # ============================================================ other paragraphs (house wording)
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"受\1委托，\2成立绩效评价工作组，按照预算绩效管理相关规定，于\3年\4-\5月期间对“\6”的使用及其效果实施绩效评价。现将评价情况报告如下。",
      "受隆回县财政局委托,我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成,报告如下 (隆回)", "LONGHUI", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "评价方法以成本效益分析法、因素分析法、比较法和公众评判法为主。", "house", "HOUSE", 2),
    L("X03", "paragraph", text("abstract"),
      "本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。",
      "评价工作按前期调研、方案制定、组织实施、报告撰写四个阶段推进。",
      "house", "HOUSE", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "评价组运用因素分析法和对比分析法，对每一项指标的实际完成情况按照评价要素逐条核查，分析影响指标完成的主要因素，并据此测算各指标得分。",
      "house: 评价组…逐项核查…测算", "HOUSE", 3),
    R("X05", "paragraph", text(), r"(?<!专家)(?<!绩效评价)评审组", lambda m, k: "项目组",
      "我所成立绩效评价工作组 (隆回) -> 项目组 (not after 专家 / 绩效评价)", "LONGHUI", 3),
    L("X06", "paragraph", cell("summary", 1),
      "信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。",
      "通过文本收集、现场核查、深度访谈、问卷调查等方式取得信息与数据，并采用定性与定量分析相结合的方法进行处理。",
      "经查阅、核实有关账务 (茂名) -> 现场核查", "MAOMING", 1),
    R("X07", "paragraph", text(), r"方面还有一些不足，主要问题如下：$", lambda m, k: "方面仍存在不足，具体如下：",
      "house", "HOUSE", 2),
    R("X08", "paragraph", text(), r"^(2024\s?年肃南县人力资源和社会保障局部门整体支出在履职质量)",
      r"评价组认为，\1", "house: 评价组认为", "HOUSE", 2),
    R("X09", "paragraph", text(), r"^肃南县人力资源和社会保障局存在部门绩效管理工作不到位的问题。",
      "经核查，肃南县人力资源和社会保障局部门绩效管理工作不到位。", "house: 经核查", "HOUSE", 2),
    R("X10", "paragraph", text(), r"^肃南县人力资源和社会保障局存在部门年度资金安排不够细致的问题。",
      "经核查，肃南县人力资源和社会保障局部门年度资金安排不够细致。", "house: 经核查", "HOUSE", 2),
    R("X11", "paragraph", text(), r"^针对部门绩效管理工作不到位的问题，建议部门",
      "就部门绩效管理工作不到位的问题，评价组建议部门", "house: 评价组建议", "HOUSE", 2),
    R("X12", "paragraph", text(),
      r"^被评价部门（单位）的责任是提供与形成本绩效评价报告相关的基础工作材料和资金财务核算资料，并对其真实性、合法性、完整性负责。$",
      "提供与形成本绩效评价报告相关的基础工作材料和资金财务核算资料，并对其真实性、合法性、完整性负责，是被评价部门（单位）的责任。",
      "事务所…应严格遵守相关政策法规 (江苏注协 专家提示) -> the responsibility clause reordered (house)", "JSCPA", 2),
    R("X13", "paragraph", text("body"), r"^此次绩效评价工作主要采用计划标准、财政部门 and 预算部门确认或认可的其他标准。$",
      "评价标准以计划标准及财政部门 and 预算部门确认或认可的其他标准为主。", "house", "HOUSE", 1),
    R("X14", "paragraph", text("body"), r"^项目组拟采用现场评价和非现场评价相结合的方式，",
      "项目组采取现场评价与非现场评价相结合的方式，", "house", "HOUSE", 1),
    R("X15", "paragraph", text("body"), r"，经论证，(?=评价得分)", lambda m, k: "，经论证，", "noop guard", "HOUSE", 0),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "被评价部门基本情况", "一、部门基本情况 (茂名; 惠州)", "MAOMING", 2),
    H("T02", "部门职能", "部门职责", "(一)部门职能 (茂名; 惠州) -> 部门职责", "HUIZHOU", 3),
    H("T03", "部门预算安排及执行情况", "预算批复及执行情况", "house", "HOUSE", 2),
    H("T04", "部门资金使用情况", "资金收支及执行情况", "2021年部门决算收支完成情况 (南县政协)", "NXZX", 1),
    H("T05", "部门组织管理", "机构设置及人员情况", "(二)设置机构及人员情况 (茂名)", "MAOMING", 2),
    H("T06", "部门年度绩效目标", "整体支出绩效目标", "(四)部门整体支出绩效目标 (茂名)", "MAOMING", 2),
    H("T07", "绩效评价工作开展情况", "评价工作实施情况", "house", "HOUSE", 3),
    H("T08", "绩效评价目的、对象和范围", "评价目的、对象与范围", "house", "HOUSE", 3),
    R("T09", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价原则与评分体系", "house", "HOUSE", 3),
    H("T10", "评价原则", "评价遵循的原则", "house", "HOUSE", 1),
    H("T11", "评价方法", "评价方法选择", "house", "HOUSE", 1),
    H("T12", "评价标准", "评价标准选择", "house", "HOUSE", 1),
    H("T13", "评价指标体系", "指标体系及分值", "house", "HOUSE", 2),
    H("T13b", "评价原则和方法", "原则和方法", "house", "HOUSE", 1),
    H("T14", "绩效评价依据", "评价依据文件", "house", "HOUSE", 2),
    H("T15", "绩效评价工作过程", "评价实施过程", "house", "HOUSE", 3),
    H("T16", "综合评价情况及评价结果", "评价结论及得分", "house", "HOUSE", 2),
    H("T17", "综合评价情况及评价结论", "评价结论及得分", "house", "HOUSE", 1),
    H("T18", "综合评价情况", "综合评分情况", "house", "HOUSE", 2),
    H("T19", "评价结果", "等级评定", "house", "HOUSE", 2),
    H("T20", "绩效评价指标分析", "指标分析及评分情况", "house", "HOUSE", 3),
    H("T21", "部门决策情况分析", "决策类指标分析", "house", "HOUSE", 2),
    H("T22", "部门过程情况分析", "过程类指标分析", "house", "HOUSE", 2),
    H("T23", "部门产出情况分析", "产出类指标分析", "house", "HOUSE", 2),
    H("T24", "部门效益情况分析", "效益类指标分析", "house", "HOUSE", 2),
    H("T25", "评价指标相关性分析、指标设计和分值设计", "指标设置及分值核定", "house", "HOUSE", 4),
    H("T26", "指标评分结果分析", "逐项评分情况", "house", "HOUSE", 4),
    H("T27", "存在的主要问题及原因分析", "发现的主要问题及成因", "house", "HOUSE", 3),
    H("T28", "存在的问题", "主要问题", "house", "HOUSE", 2),
    H("T29", "有关建议", "改进建议", "house", "HOUSE", 2),
    H("T30", "相关建议", "改进建议", "house", "HOUSE", 1),
    H("T31", "部门主要做法及经验", "主要做法和成效", "house", "HOUSE", 1),
    H("T32", "社会调查方案", "社会调查实施方案", "house", "HOUSE", 2),
    H("T33", "内部人员调查问卷方案", "内部人员问卷调查方案", "house", "HOUSE", 2),
    H("T34", "调查方法和抽样方式", "抽样方式", "house", "HOUSE", 1),
    H("T35", "调查对象", "调查范围", "house", "HOUSE", 1),
    H("T36", "问卷的发放和回收", "问卷发放与回收", "house", "HOUSE", 1),
    H("T37", "其他需要说明的问题", "其他需说明事项", "house", "HOUSE", 3),
    H("T38", "关于评价方所取部门资料的说明", "资料真实性责任说明", "house", "HOUSE", 3),
    H("T39", "关于影响本部门绩效评价局限性的说明", "评价局限性说明", "house", "HOUSE", 3),
    H("T40", "部门职能及资金使用", "部门职责及资金收支", "house", "HOUSE", 1),
    H("T41", "访谈工作方案", "访谈实施方案", "house", "HOUSE", 2),
    H("T42", "现场调研方案", "现场核查方案", "house (现场核查)", "HOUSE", 2),
    R("T43", "heading", text("abstract"), r"^（([一二三四])）项目(决策|过程|产出|效益)$",
      r"（\1）\2类指标", "house", "HOUSE", 4),
]

# the guard rule X15 is a no-op placeholder; drop it
RULES = [r for r in RULES if r.id != "X15"]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "q", RULES, SRC, __doc__.split("\n\n")[1]))
