#!/usr/bin/env python3
"""Reword the reference report the way another consultancy's writer would.

    python3 tests/reword/reword.py OUT_DIR

reads fixtures/sunan-hrss-2024.txt and writes OUT_DIR/sunan-reworded.txt and
OUT_DIR/rewrites.tsv (one row per rewrite: id, family, scope, count, source).

The rewritten report has the same numbers, the same tables, the same document
numbers and the same defects; only the words around them change. Each rewrite
names the real report phrasing it imitates. The sources are public reports
(see /work/shared/corpus/excerpts/SOURCES.md for the excerpt files):

  HENAN    河南省人社厅《2021-2024年省级职业技能竞赛经费项目绩效评价报告》
           (河南昭元绩效评价咨询有限公司, 2025)
  NANXIAN  南县财政局2020年度机关整体支出绩效评价报告
  NXZX     南县政协部门整体支出绩效评价报告 (hnnxzx.com, 2022)
  HONGHE   红河州数据发展中心2024年度部门整体支出/项目支出绩效自评报告
  BAOSHAN  保山市交通运输局2020/2021年度部门整体支出绩效自评报告
  CHANGNING 昌宁县第一示范小学2023年度项目支出绩效自评报告
  TIANSHUI 天水市幼儿园2017年度部门决算公开
  WANGLU18 部门整体支出绩效评价基础数据表及指标表 (wanglu.net t4-462766, 2018)
  WANGLU17 2017年部门整体支出绩效评价得分表 (wanglu.net t12-491155)
  WANGLUKH 财政支出管理考核表 "考核指标 指标说明 … 权数 考评得分" (wanglu.net t13-461855)
  YABO     部门整体支出绩效评价指标 (共性指标评分表, doc-share copy)
  YINCHUAN 银川市本级部门项目支出绩效自评表(2021) 初中公用经费
  QINGSHEN 青神县发展和改革局 部门预算项目支出绩效自评表(2023年度)

The script checks its own output: every line keeps its numbers (years may
move inside a sentence), every 发文字号 is kept, every table line keeps its
cells. It stops with an error if a rewrite broke that.
"""

from __future__ import annotations

import collections
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "fixtures" / "sunan-hrss-2024.txt"

Repl = str | Callable[[re.Match], str]


@dataclass
class Rewrite:
    rid: str
    family: str
    pattern: str
    repl: Repl
    source: str
    # where it applies:
    #   "text"    lines without tabs (each line on its own)
    #   "table"   lines with tabs (each line on its own)
    #   "line"    every line on its own
    #   "a1:N"    附件1 indicator table, column N of each row
    #   "a1:N-M"  附件1 indicator table, columns N..M
    #   "t58:N-M" 表5-表8, columns N..M
    #   "head"    header rows of the indicator tables and 表4 (whole line)
    scope: str = "text"


def alternate(*forms: str) -> Callable[[re.Match], str]:
    """Cycle through several wordings, one per occurrence (deterministic)."""
    state = {"i": 0}

    def repl(m: re.Match) -> str:
        form = forms[state["i"] % len(forms)]
        state["i"] += 1
        return m.expand(form)

    return repl


def ending_a1(m: re.Match) -> str:
    # HENAN 评分表 评价意见: "…不符合评价要点③；综上，该指标得0.80分。" and
    # "…资金管理办法符合相关财务会计制度的规定；该指标得2.00分。"
    lead, pts, tag = m.group(1), m.group(2), m.group(3) or ""
    if lead in ("", "。"):
        return f"{lead}综上，该指标得{pts}分。{tag}"
    return f"{lead}该指标得{pts}分。{tag}"


def ending_body():
    # Body paragraph endings. WANGLU18 "在职人员控制率≤100%，计8分"; HENAN
    # "决策指标共15分，评价得分10.40分". Alternating keeps both forms in play.
    state = {"i": 0}

    def repl(m: re.Match) -> str:
        lead, pts = m.group(1), m.group(2)
        form = ("计{}分。", "评价得分{}分。")[state["i"] % 2]
        state["i"] += 1
        return lead + form.format(pts)

    return repl


def element_rule():
    # "以上要素各占25%权重分，符合得0.5分，不符合得0分。" Two real wordings, alternating:
    #   HENAN  "要点①②③④各占指标分值的1/4，符合相关要点得相应权重分值，否则扣除相应权重分值。"
    #   (the brief's own example, after WANGLU18's 计N分) "各要素权重均为25%，满足计0.5分，不满足计0分。"
    state = {"i": 0}

    def repl(m: re.Match) -> str:
        share, pts, tail = m.group(1), m.group(2), m.group(3)
        zero = "计0分" if re.search(r"0", tail) else "不计分"
        if state["i"] % 2 == 0:
            out = f"各要素权重均为{share}，满足计{pts}分，不满足{zero}。"
        else:
            out = f"上述要点各占指标分值的{share}，符合相关要点计{pts}分，否则{zero}。"
        state["i"] += 1
        return out

    return repl


TABLE_NO = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}

REWRITES: list[Rewrite] = [
    # ------------------------------------------------------------------ cover
    Rewrite("cover-client", "heading", r"^评价委托单位：", "委托单位：",
            "HENAN cover: 项目单位：…  委托单位：河南省财政厅  评价机构：…"),
    Rewrite("cover-unit", "heading", r"^项目实施单位：", "项目单位：",
            "HENAN cover: 项目单位：河南省人力资源和社会保障厅"),

    # ------------------------------------------------- indicator table headers
    # 附件1 header, repeated on every page of the table.
    Rewrite("head-a1", "table-header",
            r"^一级指标\t二级指标\t三级指标\t指标解释\t评分标准\t得分原因\t得分$",
            "一级指标\t二级指标\t三级指标\t指标说明\t评分细则\t评价意见\t评价得分",
            "HENAN 附件1 评分表 columns: 指标解释|指标说明|评分标准和评分规则|评价意见|得分; "
            "'评分细则' as in 绩效考核指标体系及评分细则; '评价得分' HENAN 决策指标共15分，评价得分10.40分",
            scope="head"),
    # 表5-表8 header.
    Rewrite("head-t58", "table-header",
            r"^一级指标\t二级指标\t三级指标\t分值\t得分\t得分率%$",
            "一级指标\t二级指标\t三级指标\t指标分值\t评价得分\t得分率（%）",
            "HENAN 评分要点 '各占指标分值的1/4' and '评价得分'; 表2-1 rows 分值/得分/得分率",
            scope="head"),
    # 表4 header.
    Rewrite("head-t4", "table-header",
            r"^一级指标\t分值\t得分\t得分率%$",
            "指标名称\t权重\t指标得分\t得分率（%）",
            "HENAN 附表3-3 决策指标得分情况表: 指标名称|权重|指标得分|得分率",
            scope="head"),
    # 结论表 labels.
    Rewrite("summary-budget-label", "table-header", r"(?<=\t)预算安排资金(?=\t)", "年初预算数",
            "YINCHUAN 自评表 年初预算数 / QINGSHEN 年度预算数(万元) 年初预算", scope="table"),
    Rewrite("summary-spent-label", "table-header", r"(?<=\t)实际支出资金(?=\t)", "全年执行数",
            "YINCHUAN 自评表 全年执行数(B) 执行率(B/A)", scope="table"),
    Rewrite("summary-score-label", "table-header", r"^综合评价结论\t评价得分\t", "综合评价结论\t综合评分\t",
            "NANXIAN 对南县财政局2020年度机关整体支出开展了绩效评价，综合评分为97分", scope="table"),

    # ---------------------------------------- points in indicator level cells
    # "决策 (15)" / "预算执行 (12)" / "年度绩效目标合理性(3)" -> "决策（15分）"
    Rewrite("level-points-a1", "table-label",
            r"\s?[（(]\s?(\d+(?:\.\d+)?)\s?[)）]\s*$", r"（\1分）",
            "WANGLU17 得分表: 部门决策(25 分) 目标任务(15 分) 相关性(5 分)", scope="a1:0-2"),
    Rewrite("level-points-t58", "table-label",
            r"\s?[（(]\s?(\d+(?:\.\d+)?)\s?[)）]\s*$", r"（\1分）",
            "WANGLU17 得分表: 部门决策(25 分) 目标任务(15 分)", scope="t58:0-1"),

    # ------------------------------------------------------ 指标解释 column
    Rewrite("a1-explain", "table-text", r"^主要考察", "用以反映和考核",
            "HENAN 指标说明: '…，用以反映和考核项目预算执行情况。'", scope="a1:3"),

    # ------------------------------------------------------ 评分标准 column
    Rewrite("rule-elements", "scoring-rule",
            r"以上要素(?:各|分别)占\s?(\d+%|\d/\d)\s?权重分，符合得\s?(\d+(?:\.\d+)?)\s?分，(不符合得\s?0\s?分|不符合不得分)。?",
            element_rule(),
            "HENAN 要点①②③④各占指标分值的1/4，符合相关要点得相应权重分值，否则扣除相应权重分值; "
            "WANGLU18 计8分", scope="a1:4"),
    Rewrite("rule-proportional", "scoring-rule",
            r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\s?\*\s?分值。?",
            r"按“\1×分值”计算得分。",
            "WANGLUKH 评分标准: 按完成比例计算得分，满分为止", scope="a1:4"),
    Rewrite("rule-zero-full", "scoring-rule", r"=\s?0%得满分，", "为0%的，计满分；",
            "WANGLU18 预算控制率=0，计8分; 100%计满分，每低于5%扣2分，扣完为止", scope="a1:4"),
    Rewrite("rule-over10", "scoring-rule", r"，超过\s?10%不得分", "；超过10%的，不计分",
            "WANGLU18 大于30%不得分 / 扣完为止", scope="a1:4"),
    Rewrite("rule-band", "scoring-rule", r"=\s?(\d+%)—(\d+%)得\s?(\d+)\s?分，超出(\d+%)，",
            r"在\1—\2之间的，计\3分；超出\4的，",
            "YABO 在职人员控制率≤100%，计1分；每超过一个百分点扣0.1分，扣完为止", scope="a1:4"),
    Rewrite("rule-threshold", "scoring-rule", r"(≤\s?100%)得(\d+)分，否则得0分",
            r"\1，计\2分；否则计0分",
            "YABO / WANGLU18 在职人员控制率≤100%，计8分", scope="a1:4"),
    Rewrite("rule-geq", "scoring-rule", r"(\$\\geq\s?\d+\\%\$|≥\s?\d+%)\s?得(\d+)分，(\d+%)—(\d+%)每降低",
            r"\1，计\2分；在\3—\4之间的，每降低",
            "YABO 变动率≤0，计3分；每超过一个百分点扣0.3分", scope="a1:4"),
    Rewrite("rule-below", "scoring-rule", r"，低于\s?(\d+%)得0分", r"；低于\1的，计0分",
            "WANGLU18 大于30%不得分", scope="a1:4"),
    Rewrite("rule-survey", "scoring-rule",
            r"达到\s?(\d+%)以上得满分，(\d+%)—(\d+%)每降低\s?(1%)扣\s?(\d+(?:\.\d+)?)\s?分，低于\s?(\d+%)不得分",
            r"在\1以上的，得全部分值；在\2—\3之间的，每降低\4扣\5分；低于\6的，不计分",
            "HENAN 满意度达到90%得满分，每降低1%扣除指标分值的5%，扣完为止", scope="a1:4"),
    Rewrite("rule-leftover-full", "scoring-rule", r"以上为满$", "以上计满",
            "WANGLU18 100%计满分", scope="a1:4"),
    Rewrite("rule-leftover-none", "scoring-rule", r"以下不得分", "以下不计分",
            "WANGLU18 大于30%不得分 -> 不计分 (HENAN 论述题不计分)", scope="a1:4"),
    Rewrite("rule-leftover-pts", "scoring-rule", r"(?<![\d.])得\s?(\d+(?:\.\d+)?)\s?分", r"计\1分",
            "WANGLU18 / YABO 计N分", scope="a1:4"),

    # ------------------------------------------------------ 得分原因 column
    Rewrite("a1-basis-site", "table-text", r"^根据现场调研查看，", "通过现场调研，",
            "HENAN 评价意见: 通过现场调研，赛后自有设备能够转入…", scope="a1:5"),
    Rewrite("a1-basis-archive", "table-text", r"^根据现场调研对部门相关档案查询，", "通过现场调研查阅部门相关档案，",
            "HENAN 评价意见: 通过现场调研及基础数据表，…", scope="a1:5"),
    Rewrite("a1-basis", "table-text", r"^(<p>)?根据(《|肃南)", r"\1依据\2",
            "HENAN 评价意见: 依据基础数据表，2021-2024年…", scope="a1:5"),
    Rewrite("a1-ending", "score-ending",
            r"(^|[。；，])\s*得\s?(\d+(?:\.\d+)?)\s?分[。.]?(\s*</p>)?\s*$", ending_a1,
            "HENAN 评价意见: …；综上，该指标得1.00分。 / …；该指标得2.00分。", scope="a1:5"),

    # ----------------------------------------------------------- headings
    Rewrite("h-summary-1", "heading", r"^一、部门职能及资金使用$", "一、部门基本情况及资金使用情况",
            "BAOSHAN21 一、部门基本情况; NXZX 2021年部门决算收支完成情况"),
    Rewrite("h-functions", "heading", r"^([（(]\s?一\s?[)）]\s?)部门职能(?=\t|$)", r"\1部门主要职能",
            "BAOSHAN20 1.部门主要职能职责", scope="line"),
    Rewrite("h-duties", "heading", r"主要职责是：$", "主要职责如下：",
            "BAOSHAN20 市交通运输局主要职责如下:"),
    Rewrite("h-funds-use", "heading", r"^（二）部门资金使用情况$", "（二）部门资金收支情况",
            "NXZX 2021年部门决算收支完成情况"),
    Rewrite("h-overview", "heading", r"^一、部门概况(?=\t|$)", "一、部门基本情况",
            "BAOSHAN21 / HONGHE 一、部门基本情况", scope="line"),
    Rewrite("h-budget", "heading", r"^([（(]\s?二\s?[)）]\s?)部门预算安排及执行情况(?=\t|$)", r"\1资金安排和使用情况",
            "HENAN （二）资金安排和使用情况", scope="line"),
    Rewrite("h-org", "heading", r"^([（(]\s?三\s?[)）]\s?)部门组织管理(?=\t|$)", r"\1机构设置及人员情况",
            "HONGHE 2.机构设置及人员情况", scope="line"),
    Rewrite("h-goal", "heading", r"^([（(]\s?四\s?[)）]\s?)部门年度绩效目标(?=\t|$)", r"\1部门整体支出绩效目标",
            "NXZX （二）部门整体支出绩效目标", scope="line"),
    Rewrite("h-indsys", "heading", r"^([（(]\s?二\s?[)）]\s?)评价指标体系(?=\t|$)", r"\1绩效评价指标体系",
            "HENAN （三）绩效评价指标体系", scope="line"),
    Rewrite("h-princ-sys", "heading", r"^（二）绩效评价原则、评价指标体系$", "（二）绩效评价原则和指标体系",
            "HENAN （四）绩效评价原则、评价方法和标准"),
    Rewrite("h-princ-meth", "heading", r"^1、评价原则和方法$", "1、评价原则及方法",
            "HENAN （四）绩效评价原则、评价方法和标准"),
    Rewrite("h-princ", "heading", r"^1、评价原则$", "1、绩效评价原则", "HENAN 1.绩效评价原则"),
    Rewrite("h-meth", "heading", r"^2、评价方法$", "2、绩效评价方法", "HENAN 2.绩效评价方法"),
    Rewrite("h-std", "heading", r"^3、评价标准$", "3、绩效评价标准", "HENAN 4.评价标准"),
    Rewrite("h-frame", "heading", r"^4、评价指标体系$", "4、指标体系框架", "HENAN 2.指标体系框架"),
    Rewrite("h-field", "heading", r"^2、评价实施阶段$", "2、现场实施阶段", "HENAN 2.现场实施阶段（4月21日-5月9日）"),
    Rewrite("h-writing", "heading", r"^3、报告撰写阶段$", "3、评价报告撰写阶段", "HENAN 4.评价报告撰写提交阶段"),
    Rewrite("h-conclusion", "heading", r"^(三、)综合评价情况及评价(?:结果|结论)(?=\t|$)", r"\1评价结论",
            "HENAN 二、评价结论和绩效分析", scope="line"),
    Rewrite("h-overall", "heading", r"^([（(]\s?一\s?[)）]\s?)综合评价情况(?=\t|$)", r"\1总体结论",
            "HENAN （一）总体结论", scope="line"),
    Rewrite("h-grade", "heading", r"^([（(]\s?二\s?[)）]\s?)评价结果(?=\t|$)", r"\1评价等级",
            "HENAN 项目评价级别为“中” / 评价等级为“中”", scope="line"),
    Rewrite("h-analysis", "heading", r"^(四、)绩效评价指标分析(?=\t|$)", r"\1绩效分析",
            "HENAN （二）绩效分析", scope="line"),
    Rewrite("h-level", "heading", r"^([（(]\s?[一二三四]\s?[)）]\s?)部门(决策|过程|产出|效益)情况分析(?=\t|$)",
            r"\1\2指标绩效分析", "HENAN 1.决策指标绩效分析 … 4.效益指标绩效分析", scope="line"),
    Rewrite("h-level-summary", "heading", r"^(（[一二三四]）)项目(决策|过程|产出|效益)$", r"\1\2指标",
            "HENAN 决策指标 / 过程指标 / 产出指标 / 效益指标"),
    Rewrite("h-design", "heading", r"^1、评价指标相关性分析、指标设计和分值设计$", "1、评价指标设计及分值分配",
            "HENAN 1.评价指标设计的总体思路 / 3.权重"),
    Rewrite("h-results", "heading", r"^2、指标评分结果分析$", "2、指标得分情况分析",
            "HENAN 附表3-3：决策指标得分情况表"),
    Rewrite("h-practice", "heading", r"^五、部门主要做法及经验$", "五、主要做法及成效", "HENAN （一）主要成效"),
    Rewrite("h-problems", "heading", r"^([五六]、)存在的主要问题及原因分析(?=\t|$)", r"\1存在的问题及原因分析",
            "HENAN （二）存在的问题及原因分析", scope="line"),
    Rewrite("h-advice", "heading", r"^七、有关建议$", "七、工作建议", "HENAN 四、工作建议"),
    Rewrite("h-survey-q", "heading", r"^（一）内部人员调查问卷方案$", "（一）内部人员问卷调查方案",
            "HENAN 附件4：满意度调查分析报告 … 问卷调查分析报告"),
    Rewrite("h-survey-m", "heading", r"^2、调查方法和抽样方式$", "2、调查方法与抽样方式",
            "HENAN 二、调查方法与时间安排"),
    Rewrite("h-annex2", "heading", r"^(附件\s?2[：:]?\s?)问卷调查(?=\t|$)", r"\1满意度调查问卷",
            "HENAN 附件4：满意度调查分析报告", scope="line"),
    Rewrite("h-scoring", "heading", r"^得分标准设置：$", "计分规则：", "WANGLU18 计8分 (计分)"),
    Rewrite("h-scoring-3", "heading", r"^\(3\) 评价标准$", "(3) 评分标准", "HENAN 评分标准和评分规则"),
    Rewrite("cap-t1", "heading", r"^表1：部门基本资金支出明细表$", "表1：基本支出明细表",
            "TIANSHUI 其中：基本支出1121.09万元"),
    Rewrite("cap-t2", "heading", r"^表 2：部门项目支出明细表$", "表2：项目支出明细表",
            "TIANSHUI 项目支出821.48万元"),
    Rewrite("cap-t4", "heading", r"^表4：部门总得分情况$", "表4：绩效评价得分情况表",
            "HENAN 表2-1：…绩效评价得分情况表"),
    Rewrite("cap-t58", "heading", r"^表\s?([5-8])：评价指标相关性分析、指标设计和分值设计$",
            lambda m: f"表{m.group(1)}：{TABLE_NO[m.group(1)]}指标得分情况表",
            "HENAN 附表3-3：决策指标得分情况表"),

    # ------------------------------------------------ figure sentences
    # 摘要: 财政拨款收入 6847.87 (the body says 4901.44; both kept)
    Rewrite("fig-abstract", "figure-sentence",
            r"^(\d{4})年部门一般公共预算财政拨款收入(\d+\.\d+)万元，截至(\d{4})年(\d+)月(\d+)日，部门全年支出(\d+\.\d+)万元，"
            r"其中\d{4}年基本支出(\d+\.\d+)万元，\d{4}年项目支出(\d+\.\d+)万元，部门预算执行率(\d+%)。$",
            r"截至\3年\4月\5日，部门\1年一般公共预算财政拨款收入\2万元，全年支出合计\6万元，"
            r"其中：基本支出\7万元，项目支出\8万元，预算执行率为\9。",
            "NXZX 1、收入：792.22万元…其中：财政拨款收入792.22万元。2、支出：799.12万元。其中：人员经费支出434.89万元"),
    # body: 收入 4901.44 / 实际收入 6847.87
    Rewrite("fig-body-income", "figure-sentence",
            r"^(\d{4})年部门一般公共预算财政拨款收入(\d+\.\d+)万元，实际收入(\d+\.\d+)万元，截至(\d{4})年(\d+)月(\d+)日，"
            r"部门全年支出(\d+\.\d+)万元，其中\d{4}年基本支出(\d+\.\d+)万元，\d{4}年项目支出(\d+\.\d+)万元，部门预算执行率(\d+%)。（详见表1）$",
            r"\1年度，部门一般公共预算财政拨款收入为\2万元，全年实际收入\3万元；截至\4年\5月\6日，"
            r"全年共支出\7万元（其中：基本支出\8万元，项目支出\9万元），预算执行率达\10，详见表1。",
            "TIANSHUI 2017年度，本单位收入为1687.45万元，其中：财政拨款收入1516.64万元; 本单位支出为1942.57万元。其中：基本支出…"),
    Rewrite("fig-project-total", "figure-sentence",
            r"^截至\s?(\d{4})\s?年\s?(\d+)\s?月\s?(\d+)\s?日，部门全年项目共支出\s?(\d+\.\d+)\s?万元。（详见表\s?(\d)）$",
            r"部门\1年度项目支出截至\2月\3日共计\4万元，详见表\5。",
            "TIANSHUI 项目支出821.48万元 / HENAN 共计补贴7455.00万元"),
    Rewrite("fig-scope", "figure-sentence", r"本次绩效评价对象为", "本次评价的对象是",
            "HENAN （一）绩效评价目的、对象和范围 … 评价对象及范围"),
    Rewrite("fig-scope-amount", "figure-sentence", r"，涉及(财政预算)?资金\s?(\d+\.\d+)\s?万元。",
            r"，所涉\1资金共计\2万元。",
            "CHANGNING 财政资金总额16.20万元，全部为县级配套资金，拨付使用16.20万元"),
    Rewrite("fig-staff", "figure-sentence",
            r"单位核定人员编制(\d+)名，截止到(\d{4})年(\d+)月(\d+)日，在职人员(\d+)名。",
            r"截止到\2年\3月\4日，单位核定人员编制\1名，年末实有在职人员\5名。",
            "HONGHE 截至2024年12月31日，部门事业编制人数15人，年末实有人数14人"),
    # 附件1 and body: 编制人员控制率
    Rewrite("fig-staff-rate", "figure-sentence",
            r"核定人员编制(\d+)名，截至(\d{4})年(\d+)月(\d+)日，在职人员(\d+)人。在职人员控制率为(\d+\.\d+%)。",
            r"截至\2年\3月\4日，实有在职人员\5人，占核定人员编制数\1名的比率（在职人员控制率）为\6。",
            "WANGLU18 本单位2018年年末实际在职人员为136人，占编委核定的落实编制数143人的比率为95.10%", scope="line"),
    Rewrite("fig-temp-rate", "figure-sentence",
            r"编制实有(\d+)人，截至(\d{4})年(\d+)月(\d+)日，在职人员(\d+)名，无临聘人员，临聘人员控制率为(\d+%)。",
            r"截至\2年\3月\4日，编制实有\1人、在职人员\5名，未聘用临聘人员，临聘人员控制率为\6。",
            "WANGLU18 本单位2018年年末实际在职人员为136人", scope="line"),
    Rewrite("fig-key-total", "figure-sentence", r"等资料，项目总支出(\d+\.\d+)万元，", r"等资料，项目支出合计\1万元，",
            "HENAN 共计补贴7455.00万元 / 合计", scope="line"),
    # 基本支出 / 项目支出 预算执行率 (body and 附件1)
    Rewrite("fig-exec", "figure-sentence",
            r"\s?(\d{4})\s?年肃南县人力资源和社会保障局(基本|项目)支出全年预算数为\s?(\d+\.\d+)\s?万元，实际执行数(\s*)为\s?(\d+\.\d+)\s?万元，\2支出预算执行率为\s?(\d+%?)。",
            r"肃南县人力资源和社会保障局\1年\2支出预算\3万元，全年实际执行\4\5万元，执行率为\6。",
            "HENAN 项目2021- 2024年共下达预算资金13534.70万元，实际执行12634.70万元，执行率93.35%", scope="all"),
    Rewrite("fig-adjust", "figure-sentence",
            r"全年收入预算数为\s?(\d+\.\d+)\s?万元，全年收入决算数\s?(\d+\.\d+)\s?万元，预算调整数为\s?(\d+)\s?(万?元)，预算调整率为\s?(\d+%)。",
            r"全年收入预算\1万元，决算收入\2万元，预算调整数\3\4，调整率为\5。",
            "TIANSHUI 完成年初预算100%，决算数大于预算数55.93万元", scope="line"),
    Rewrite("fig-3gong", "figure-sentence",
            r"(\d{4})\s?年度“三公”经费支出全年预算数为\s?(\d+)\s?万元，实际执行数为\s?(\d+)\s?万元，“三公”经费控制率为\s?(\d+%)。",
            r"“三公”经费\1年度预算安排\2万元，实际支出\3万元，控制率为\4。",
            "WANGLU18 2018年度本单位预算安排 三公经费 总额为63.46万元", scope="line"),
    Rewrite("fig-surplus", "figure-sentence",
            r"项目资金结余总额为\s?(\d+)\s?万元，项目全年预算数为\s?(\d+\.\d+)\s?万元，资金结余率为\s?(\d+%)。",
            r"项目全年预算\2万元，结余资金总额\1万元，项目资金结余率\3。",
            "WANGLU18 预算1922.76万元，本年追加预算767.86万元；年未结余数19.8万元", scope="line"),
    Rewrite("fig-procure", "figure-sentence",
            r"本部门\s?(\d{4})\s?年政府预算采购支出总额\s?(\d+\.\d+)\s?万(\s*)元，实际采购支出\s?(\d+\.\d+)\s?万元，政府采购执行率为\s?(\d+%)。",
            r"\1年本部门政府采购预算共计\2万\3元，实际采购金额\4万元，政府采购执行率达\5。",
            "HENAN 共下达预算资金13534.70万元，实际执行12634.70万元", scope="all"),

    # ------------------------------------------- indicator-system sentences
    Rewrite("ind-counts", "indicator-system",
            r"此次绩效评价设置了一级指标\s?(\d+)\s?个，二级指标\s?(\d+)\s?个，三级指标\s?(\d+)\s?个，其中",
            r"评价指标体系包括\1项一级指标、\2项二级指标和\3项三级指标，其中：",
            "HENAN 指标体系整体框架由4大类组成，包括4项一级指标、12项二级指标和28项三级指标", scope="line"),
    Rewrite("ind-weights", "indicator-system",
            r"(决策|过程|产出|效益)分值\s?(\d+)\s?分，权重(?:为)?\s?(\d+%)",
            r"\1指标占权重分\2分（权重\3）",
            "HENAN 决策：占权重分15分，用于考察…", scope="line"),
    Rewrite("ind-counts-body", "indicator-system",
            r"评价指标体系分为决策、过程、产出、效益\s?(\d+)\s?个一级指标，(\d+)\s?个二级指标，(\d+)\s?个三级指标，"
            r"其中决策分值\s?(\d+)\s?分，过程分值\s?(\d+)\s?分，产出分值\s?(\d+)\s?分，效益分值\s?(\d+)\s?分，满分\s?(\d+)\s?分。",
            r"指标体系由决策、过程、产出、效益\1项一级指标及\2项二级指标、\3项三级指标构成，"
            r"决策指标共\4分、过程指标共\5分、产出指标共\6分、效益指标共\7分，总分\8分。",
            "HENAN 决策指标共15分，评价得分10.40分 / 包括4项一级指标、12项二级指标和28项三级指标"),
    Rewrite("ind-grade-scale", "indicator-system", r"总分设置为\s?(\d+)\s?分，等级划分为四档：",
            r"满分为\1分，评价结果分为优、良、中、差四个等级：",
            "HENAN 依据…规定，项目评价级别为“中”", scope="line"),
    Rewrite("ind-grade-mode", "indicator-system",
            r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。",
            "评价结果以评分与评级相结合的方式呈现。",
            "HENAN 评价组遵循独立、客观、公正的原则", scope="line"),
    Rewrite("ind-methods", "indicator-system",
            r"此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。",
            "本次评价主要运用成本效益分析法、因素分析法、比较法及公众评判法。",
            "HENAN 通过资料审核、现场勘察、数据分析、综合评价等工作程序", scope="line"),
    Rewrite("ind-level-summary", "indicator-system",
            r"^一级指标项目(决策|过程|产出|效益)下设(\d+)个二级指标，(\d+)个三级指标，(主)",
            r"\1类指标包括\2个二级指标以及\3个三级指标，\4",
            "HENAN 决策类指标包括3个二级指标以及6个三级指标，总分值15分，得分为10.4分"),
    Rewrite("ind-level-score", "indicator-system", r"，共计得分\s?(\d+)\s?分。$", r"，得分为\1分。",
            "HENAN 总分值15分，得分为10.4分"),
    Rewrite("ind-count-3", "indicator-system",
            r"绩效评价指标体系分析中一共设计(\d+)个一级指标，以下分别进行评价分析。",
            r"本次指标体系共设计\1个一级指标，下文逐项进行分析。",
            "HENAN 从项目决策、管理过程、项目产出、社会效益四部分，回应评价重点"),
    Rewrite("ind-sub-2", "indicator-system", r"下设\s?(\d+)\s?个二(\n*)级指标：分别是", r"包括\1个二\2级指标，即",
            "HENAN 决策类指标包括3个二级指标以及6个三级指标", scope="all"),
    Rewrite("ind-sub-3", "indicator-system", r"”，\s?(\d+)\s?个三级指标：分别是“", r"”；三级指标\1个，即“",
            "HENAN 包括4项一级指标、12项二级指标和28项三级指标"),
    Rewrite("ind-level-max", "indicator-system",
            r"“(决策|过程|产出|效益)”共设分值\s?(\d+)\s?分，按照与\1指标关联度的大小(以及[^，]*)?，",
            r"\1指标满分\2分，按照与\1指标的关联程度\3，分值分配如下：",
            "HENAN 过程：占权重分25分，用于考察项目的资金管理和组织管理 (the brief's '过程指标满分24分，其中…')"),
    Rewrite("ind-level-alloc", "indicator-system", r"“([^”]{2,8})”设置分值\s?(\d+)\s?分", r"“\1”\2分",
            "HENAN 决策：占权重分15分 / 过程：占权重分25分"),
    Rewrite("ind-see-table", "indicator-system", r"。?（详见表\s?([5-8])）$", r"，详见表\1。",
            "HENAN 得分情况见表2- 1 / 评价指标体系及具体打分情况详见附件1"),
    Rewrite("ind-method-para", "indicator-system",
            r"^应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。$",
            "评价组运用因素分析法和对比分析法，将各项指标的实际完成情况与评价要素要求逐一比对，分析影响指标完成的主要因素，逐项计算指标得分。",
            "HENAN 评价组通过对该项目决策科学性、合理性，过程管理规范性、有效性…进行全面综合评价"),

    # ------------------------------------------------ conclusion sentences
    Rewrite("concl-abstract", "figure-sentence",
            r"^经综合评价分析，(\d{4})年(肃南县人力资源和社会保障局)部门整体支出绩效评价得分为(\d+)分，综合评价结论为“(.)”。$",
            r"经综合评价，\2\1年部门整体支出绩效评价综合评分为\3分，评价等级为“\4”。",
            "NANXIAN 对南县财政局2020年度机关整体支出开展了绩效评价，综合评分为97分; HENAN 评价等级为“中”"),
    Rewrite("concl-team", "figure-sentence",
            r"^评审组通过数据采集、问卷调查及访谈，根据部门实际情况，客观公正地对(.+?)进行评价，经论证，评价得分\s?(\d+)\s?分。$",
            r"评价组根据部门实际情况，通过数据采集、问卷调查及访谈，客观公正地对\1进行了评价，经论证，综合得分为\2分。",
            "HENAN 该项目绩效评价总体得分为65.00分"),
    Rewrite("concl-grade", "figure-sentence",
            r"本次绩效评价得分(\d+)分，评价结论为“(.)”。部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
            r"本次绩效评价总体得分为\1分，评价等级为“\2”。各一级指标得分情况见表4，评价指标体系及具体打分情况详见附件1。",
            "HENAN 该项目绩效评价总体得分为65.00分…项目评价级别为“中”。评价指标体系及具体打分情况详见附件1。"),
    Rewrite("team-name-2", "wording", r"绩效评价评审组", "绩效评价工作组", "HENAN 评价组 / 表 3：绩效评价工作组人员情况"),
    Rewrite("team-name", "wording", r"评审组", "评价组", "HENAN 评价组根据回收的问卷进行统计分析"),

    # ------------------------------------------------ long-sentence clause order
    Rewrite("order-abstract-intro", "clause-order",
            r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(\d{4})年(\d+)-(\d+)月期间对(“[^”]+”)的使用及其效果开展预算绩效评价工作。$",
            r"\2受\1委托，根据预算绩效管理相关规定，于\3年\4-\5月期间对\6的使用及其效果开展了预算绩效评价。",
            "HENAN 河南昭元绩效评价咨询有限公司受财政厅委托，于2025年4月至5月，对…开展绩效评价"),
    Rewrite("order-body-intro", "clause-order",
            r"提高财政资金的使用效益。(肃南县人力资源和社会保障局)聘请(北京君和志同管理咨询有限公司)，对肃南县人力资源和社会保障局(\d{4})年部门整体资金使用过程及效果开展预算绩效评价工作。$",
            r"提高财政资金使用效益，受\1委托，\2对该局\3年部门整体资金使用过程及效果开展了预算绩效评价。",
            "HENAN 河南昭元绩效评价咨询有限公司受财政厅委托，…对…开展绩效评价"),
    Rewrite("order-sampling", "survey-plan",
            r"^样本总量为(.+?)，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的(\d+%)。$",
            r"调查总体为\1，按科室及下属单位属性采用随机抽样方式抽取样本，抽样比例为总体的\2。",
            "HENAN （一）被调查样本代表性分析 … 说明此次调查样本具有足够的代表性"),
    Rewrite("survey-handout", "survey-plan",
            r"^为保证问卷质量，问卷由评价机构发放，由评价机构回收。$",
            "为保证问卷质量，问卷的发放与回收均由评价机构负责。",
            "HENAN 通过二维码的形式向调查对象发放电子问卷…系统自动回收问卷"),
    Rewrite("survey-points", "survey-plan",
            r"^部门工作人员调查问卷共设置\s?(\d+)\s?个调查问题，均为单项选择题。单选题每题最高得分为\s?(\d+)\s?分，"
            r"每个题目评价量化分数的设定为选项\s?A\s?得\s?(\d+)\s?分，选项\s?B\s?得\s?(\d+)\s?分，选项\s?C\s?得\s?(\d+)\s?分和选项\s?D\s?得\s?(\d+)\s?分。"
            r"论述题不计分，总分为\s?(\d+)\s?分。$",
            r"工作人员问卷共\1题，全部为单选题，每题满分\2分：选A计\3分、选B计\4分、选C计\5分、选D计\6分；论述题不计分，问卷总分\7分。",
            "HENAN 本题有效填写人次 / WANGLU18 计8分"),
    Rewrite("survey-rate", "survey-plan",
            r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×100%$",
            "综合满意率=问卷实际得分合计÷问卷满分合计×100%",
            "WANGLU18 三公经费 变动率=(本年度…)÷上年度"),
    Rewrite("survey-rule", "survey-plan",
            r"^工作人员满意度指标设置\s?(\d+)\s?分，综合满意率达到\s?(\d+%)以上得满分，(\d+%)—(\d+%)每降低\s?(1%)扣\s?(\d+(?:\.\d+)?)\s?分，低于\s?(\d+%)不得分。$",
            r"工作人员满意度指标分值\1分。综合满意率在\2以上的，计满分；在\3—\4之间的，每降低\5扣\6分；低于\7的，不计分。",
            "HENAN 满意度达到90%得满分，每降低1%扣除指标分值的5%，扣完为止"),

    # ------------------------------------------------ body indicator paragraphs
    Rewrite("para-site", "wording", r"^(\(\d+\)\s?资产管理安全性)。根据现场调研查看，", r"\1：通过现场调研，",
            "HENAN A102立项程序规范性：… / 通过现场调研"),
    Rewrite("para-archive", "wording", r"^(\(\d+\)\s?档案归存完备性)。根据现场调研对部门相关档案查询，",
            r"\1：通过现场调研查阅部门相关档案，", "HENAN 通过现场调研及基础数据表"),
    Rewrite("para-lead", "wording", r"^([（(]\s?\d+\s?[)）]\s?[^。：\n]{2,20})。根据", r"\1：依据",
            "HENAN A101立项依据充分性：根据… / 依据基础数据表"),
    Rewrite("para-ending", "score-ending", r"(^|[。；，])\s*得\s?(\d+(?:\.\d+)?)\s?分[。.]?\s*$", ending_body(),
            "WANGLU18 计8分 / HENAN 评价得分10.40分"),
]


# --------------------------------------------------------------------------
# regions

A1_HEADER = re.compile(r"^一级指标\t二级指标\t三级指标\t(指标解释|指标说明)\t")
T58_HEADER = re.compile(r"^一级指标\t二级指标\t三级指标\t(分值|指标分值)\t")


def classify(lines: list[str]) -> list[str]:
    """Mark each line: 'a1' / 'a1h' (附件1 rows / header), 't58' / 't58h',
    'tab' (other tab lines), 'blank', 'text'."""
    kinds: list[str] = []
    current = None  # the indicator table we are in, if any
    for line in lines:
        if not line.strip():
            kinds.append("blank")
            continue
        if "\t" not in line:
            kinds.append("text")
            current = None
            continue
        if A1_HEADER.match(line):
            current = "a1"
            kinds.append("a1h")
        elif T58_HEADER.match(line):
            current = "t58"
            kinds.append("t58h")
        elif current:
            kinds.append(current)
        else:
            kinds.append("tab")
    return kinds


def parse_scope(scope: str):
    if ":" not in scope:
        return scope, None
    region, cols = scope.split(":")
    if "-" in cols:
        a, b = cols.split("-")
        return region, range(int(a), int(b) + 1)
    return region, range(int(cols), int(cols) + 1)


def apply(text: str) -> tuple[str, list[tuple[Rewrite, int]]]:
    counts: list[tuple[Rewrite, int]] = []
    for rw in REWRITES:
        region, cols = parse_scope(rw.scope)
        rx = re.compile(rw.pattern, re.M)
        n_total = 0
        if region == "all":
            text, n_total = rx.subn(rw.repl, text)
        else:
            lines = text.split("\n")
            kinds = classify(lines)
            for i, (line, kind) in enumerate(zip(lines, kinds, strict=False)):
                if region == "text" and kind != "text":
                    continue
                if region == "table" and "\t" not in line:
                    continue
                if region == "line" and kind == "blank":
                    continue
                if region == "head" and kind not in ("a1h", "t58h", "tab"):
                    continue
                if region in ("a1", "t58"):
                    if kind != region:
                        continue
                    cells = line.split("\t")
                    for c in cols:
                        if c < len(cells) and cells[c]:
                            cells[c], n = rx.subn(rw.repl, cells[c])
                            n_total += n
                    lines[i] = "\t".join(cells)
                    continue
                lines[i], n = rx.subn(rw.repl, line)
                n_total += n
            text = "\n".join(lines)
        counts.append((rw, n_total))
    return text, counts


# --------------------------------------------------------------------------
# checks: the rewrite must not touch a number, a document number or a cell

NUM = re.compile(r"\d+(?:[.,]\d+)*")
YEAR = re.compile(r"(?<![\d.,])(20[0-3]\d)(?=\s?年)")
DOCNO = re.compile(r"[\u4e00-\u9fff]{1,8}\d?\s?[〔\[(（【﹝]\s?\d{4}\s?[〕\])）】﹞]\s?[\u4e00-\u9fff]{0,2}\d+\s?[\u4e00-\u9fff]?\d*\s?号")


def numbers(line: str) -> collections.Counter:
    line = YEAR.sub("", line)
    return collections.Counter(NUM.findall(line))


def years(text: str) -> set[str]:
    return set(YEAR.findall(text))


def verify(before: str, after: str) -> None:
    b_lines, a_lines = before.split("\n"), after.split("\n")
    problems = []
    if len(b_lines) != len(a_lines):
        problems.append(f"line count {len(b_lines)} -> {len(a_lines)}")
    for i, (b, a) in enumerate(zip(b_lines, a_lines, strict=False), 1):
        if numbers(b) != numbers(a):
            problems.append(f"line {i}: numbers {sorted((numbers(b) - numbers(a)).elements())} lost, "
                            f"{sorted((numbers(a) - numbers(b)).elements())} added")
        if ("\t" in b) != ("\t" in a) or b.count("\t") != a.count("\t"):
            problems.append(f"line {i}: table cells changed")
        if "\t" in b:
            for j, (cb, ca) in enumerate(zip(b.split("\t"), a.split("\t"), strict=False)):
                if numbers(cb) != numbers(ca):
                    problems.append(f"line {i} cell {j}: numbers changed")
        if years(b) != years(a):
            problems.append(f"line {i}: years {years(b)} -> {years(a)}")
    if collections.Counter(DOCNO.findall(before)) != collections.Counter(DOCNO.findall(after)):
        problems.append("document numbers changed")
    if problems:
        raise SystemExit("reword.py: the rewrite changed facts:\n  " + "\n  ".join(problems[:40]))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    before = SOURCE.read_text(encoding="utf-8")
    after, counts = apply(before)
    verify(before, after)
    (out / "sunan-reworded.txt").write_text(after, encoding="utf-8")
    with open(out / "rewrites.tsv", "w", encoding="utf-8") as fh:
        fh.write("id\tfamily\tscope\tcount\tsource\n")
        for rw, n in counts:
            fh.write(f"{rw.rid}\t{rw.family}\t{rw.scope}\t{n}\t{rw.source}\n")
    total = sum(n for _, n in counts)
    unused = [rw.rid for rw, n in counts if n == 0]
    print(f"{len(counts)} rewrites, {total} places changed -> {out / 'sunan-reworded.txt'}")
    if unused:
        print("rewrites that matched nothing: " + ", ".join(unused))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
