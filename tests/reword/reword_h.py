#!/usr/bin/env python3
"""Eighth, independent, held-out rewording of the reference report (writer H).

    python3 reword_h.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-h.txt   the report as an eighth consultancy would word it
    OUT_DIR/rewrites-h.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer H's house style: scoring rules written as conditions ("…时得N分"), deduction
bands with "扣减 … 扣完为止" (岳阳 评分表), per-element points added up ("每项p分，符合的
要素得分累加", 岳阳 评分表 "①…,1分;②…,1分"), header words 评分规则 / 打分情况 / 评分 / 分值（分）, level cells
"决策（满分15分）", figures put before what they pay for ("842.29万元用于…", 池州
自评表) or introduced by 达 / 总额, 一级 summaries ending "此部分评分N分", and reason
endings "打分结果为N分" / "按评分规则计N分".  Every number, ①② mark, 文号, 《title》
and table cell stays where it was; every defect of the original is kept.

Mechanics (masking, the per-line/per-cell safety check, segment scopes, the rule
engine) are those of tests/reword/rewordkit.py.

Environment (for attributing findings): REWORD_H_ONLY=ID,ID apply only these rules;
REWORD_H_SKIP=ID,ID leave these out (counts not asserted).  REWORD_H_DEBUG=1 prints
every rule's count instead of stopping on a mismatch.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

from rewordkit import (
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
    "YYG": "https://glj.yueyang.gov.cn/6173/6181/content_1705915.html (岳阳 部门整体支出绩效评价评分表: 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明; 以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止; ①…②…⑤资金使用无截留、挤占、挪用、虚列支出等情况。以上情况每出现一例不符合要求的扣1分,扣完为止; 投 入(15分))",
    "HN": "corpus/henan-skills-competition-2021-2024.md (河南 2021-2024年省级职业技能竞赛经费项目绩效评价报告: 评分标准和评分规则; 依据评分规则，要点②得1.29分; 评价指标体系及具体打分情况详见附件1; 指标打分并形成工作底稿; 实际值达到100%的得满分，≤80%不得分。在幅度范围内，每降低1%，扣5%权重分值，直至0分; 项目总体评价得65.00分，评价等级为“中”; 共安排预算资金13534.70万元，其中2021年为2205万元; 预算安排(万元) | 支出金额(万元); 扣分项是立项程序规范性…)",
    "CZ": "http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2 (池州市贵池区棠溪镇 项目支出绩效自评表(2022年度): 本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计; 年度指标值 | 实际完成值 | 分值 | 得分)",
    "HHP": "https://www.hh.gov.cn/info/11481/1179592.htm (红河州数据发展中心2024年度项目支出绩效单位自评报告: 年初批复预算8个项目985万元(含1个年初结转结余项目50万元),调整预算后项目预算861.46万元,…实际到位资金334.67万元)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告: (一)部门整体支出概况。2021年部门决算收支完成情况。1、收入:792.22万元…其中:财政拨款收入792.22万元 2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元,项目支出286.83万元; (二)部门整体支出绩效目标)",
    "HH": "corpus/excerpts/honghe_sjfzzx_bmzt_2024.txt (红河州数据发展中心2024年度部门整体支出绩效单位自评报告: 2.机构设置及人员情况 共设置5个内设机构…; 截至2024年12月31日,部门事业编制人数15人,年末实有人数14人)",
    "YY": "corpus/excerpts/yueyang_cgjdzhzx_2018.txt (岳阳市城市管理监督指挥中心2018自评报告: 人员编制 21 | 实有人数 21 | 职能职责概述)",
    "DY": "http://m.dybbs8.com/excel/974350.html (项目支出绩效评价表 填表说明: 一级指标“项目绩效”,满分40分; “项目管理”(30分)和“项目绩效”(40分),总分100分)",
    "QS": "https://www.scqs.gov.cn/info/13206/211004.htm (青神县发改局 部门预算项目支出绩效自评表(2023年度): 预算执行情况(10分) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因; 绩效指标(90分))",
    "YC": "corpus/excerpts/yinchuan_jyj_chuzhonggongyong_zpb_2021.txt (银川 项目支出绩效自评表: 自评得分98 财政审核评分 (OCR '财政审1度评分'); 项目决策(10分))",
    "CN": "corpus/excerpts/changning_diyishifanxiaoxue_2023.txt (昌宁县第一示范小学: 项目自评得分100分,自评结果为“优秀”; 2023年度…财政资金总额16.20万元…拨付使用16.20万元,预算执行率100%)",
    "LH": "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml (隆回县人居环境指挥部乡村振兴项目资金绩效评价报告 上会湘报字(2022)第0001号: 受隆回县财政局委托,我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成,报告如下)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER_H = {"评分标准": "评分规则", "得分原因": "打分情况", "得分": "评分"}
IND_HEADER_H = {"分值": "分值（分）", "得分": "评分（分）"}
LEVEL = r"^(.*?)\s?[（(]\s?(\d+(?:\.\d+)?)\s?[)）]$"


def element_rule_h(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> per-element points added up
    (岳阳 评分表 "①…,1分;②…,1分;③…,1分").  The deduction form of the same 评分表 ("每出现一例不符合
    要求的扣1分,扣完为止") was tried first and dropped: on the report's defective rules (elements x
    points != 分值) it counts down from the 分值 and so changes the defect (see REPORT.md, first_try/)."""
    w, p, z = m.group(2), m.group(3), re.sub(r"\s", "", m.group(4))
    unmet = "记0分" if z == "得0分" else "不计分"
    return f"以上要素分别按{w}权重赋分，每项{p}分，符合的要素得分累加，不符合的要素{unmet}"


def ending_h(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":   # 河南 "具体打分情况详见附件1" -> 打分情况 column ends "打分结果为N分"
            return f"{lead}打分结果为{sp1}{num}{sp2}分{stop}{tail}"
        if k % 2 == 0:         # 河南 "依据评分规则，要点②得1.29分" -> "按评分规则计N分"
            return f"{lead}按评分规则计{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}本项打分{sp1}{num}{sp2}分{stop}{tail}"
    return f


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def decl_h(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = m.groups()
    return (f"此次绩效评价共设一级指标{n1}个，其下设二级指标{n2}个、三级指标{n3}个；决策、过程、产出、效益指标"
            f"依次赋分{st(d)}分、{st(p)}分、{st(o)}分、{st(e)}分，相应权重依次为{st(dw)}、{st(pw)}、{st(ow)}、{st(ew)}")


def decl_abstract_h(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = m.groups()
    return (f"评价指标体系由决策、过程、产出、效益{n1}个一级指标及{n2}个二级指标、{n3}个三级指标构成，满分{full}分，"
            f"其中决策{d}分、过程{p}分、产出{o}分、效益{e}分。")


def alloc_h(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    parts = "，".join(f"“{a}”占{b}分" for a, b in pairs)
    return f"“{lvl}”满分{total}分，按照与{lvl}指标关联度的大小{extra}进行分配：{parts}。"


def level_abs_h(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"“项目{lvl}”部分设二级指标{n2}个、三级指标{n3}个，{focus}，此部分评分{score}分。"


CAP_H = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_H)) + r")$", hmap(ANNEX_HEADER_H),
      "评分标准和评分规则 | 评价意见 (河南 附件1) and 依据评分规则 -> 评分规则; 具体打分情况详见附件1 (河南) -> 打分情况; 财政审核评分 (银川 自评表) -> 评分", "HN", 66),
    R("H02", "table header", either(cell("ind", 3, 4, header=True), cell("t4", 1, 2, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_H)) + r")$", hmap(IND_HEADER_H),
      "预算安排(万元) | 支出金额(万元) (河南 表1-1: unit in brackets after the header word); 评分 (银川 自评表)", "HN", 12),
    R("H03", "table header", either(cell("annex", 0, 1, 2), cell("ind", 0, 1)), LEVEL, r"\1（满分\2分）",
      "一级指标“项目绩效”,满分40分 (dybbs8 填表说明) -> 决策（满分15分）", "DY", 67),
    L("H04", "table header", cell("budget"), "商品和服务支出 (元)", "公用经费支出 (元)",
      "2、支出:799.12万元。其中:人员经费支出434.89万元,公用经费支出77.4万元 (南县政协)", "NXZX", 2),
    R("H05", "table header", cell("budget"), r"^支出明细$", "经济分类科目",
      "house word (部门决算 支出经济分类科目); 人员经费支出/公用经费支出 (南县政协)", "NXZX", 2),
    L("H06", "table header", cell("budget"), "下达资金", "预算下达数",
      "年初批复预算…调整预算后项目预算861.46万元 (红河州 项目自评报告): 预算 + 数", "HHP", 2),
    R("H07", "table header", cell("budget"), r"^(?:项目名称|项目支出明细)$", "支出功能分类科目",
      "预算安排(万元) | 支出金额(万元) (河南 表1-1) with the subject column named as in 决算 (house)", "HN", 2),
    R("H08", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "人数", "比例": "占比"}[m.group(0)],
      "资金占比(%) (河南 表1-1) -> 占比; 非常满意 329 题，比较满意 94 题 (河南 附件4: counts per option) -> 人数", "HN", 20),

    # ============================================================ 结论表 labels
    L("S01", "summary label", cell("summary", 1), "预算安排资金", "年初批复预算",
      "年初批复预算8个项目985万元 (红河州 项目自评报告)", "HHP", 1),
    L("S02", "summary label", cell("summary", 1), "实际支出资金", "支出金额",
      "表1-1: 预算安排(万元) | 支出金额(万元) (河南)", "HN", 1),
    L("S03", "summary label", cell("summary", 1), "评价得分", "总体得分",
      "该项目绩效评价总体得分为65.00分 (河南)", "HN", 1),
    L("S04", "summary label", cell("summary", 4), "评价等级", "评价结果",
      "自评得分100分,自评结果为“优秀” (昌宁)", "CN", 1),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入达6847.87万元。截至2024年12月31日，部门全年支出总额6847.87万元，其中842.29万元用于2024年基本支出，6005.58万元用于2024年项目支出，部门预算执行率达100%。（详见表1）",
      "本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计 (池州 自评表): amount before its use", "CZ", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "2024年部门一般公共预算财政拨款收入达6847.87万元。截至2024年12月31日，部门全年支出总额6847.87万元，其中842.29万元用于2024年基本支出、6005.58万元用于2024年项目支出，部门预算执行率达100%。",
      "其中:30万元用于基建工程项目预算编制 (池州 自评表)", "CZ", 1),
    R("F03", "figure", text("body"),
      r"^截至(\s?2024\s?)年(\s?12\s?)月(\s?31\s?)日，部门全年项目共支出(\s?6005\.58\s?)万元。（详见表(\s?2)）$",
      r"截至\1年\2月\3日，部门全年项目支出总额达\4万元。（详见表\5）",
      "2、支出:799.12万元 (南县政协) -> 支出总额达…万元 (house)", "NXZX", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)(\s?2024\s?)年部门整体支出，涉及财政预算资金(\s?6847\.87\s?)万元。$",
      r"本次绩效评价的对象是\1\2年部门整体支出，财政预算资金\3万元纳入评价范围。",
      "纳入绩效评价的单位为数据发展中心本级 (红河州 部门整体自评报告)", "HH", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金(\s?6847\.87\s?)万元。$",
      r"年部门财政预算整体支出，纳入评价的资金达\1万元。", "纳入绩效评价的单位为… (红河州)", "HH", 1),
    R("F06", "figure", either(text("analysis"), cell("annex", 5)),
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局全年安排基本支出预算\2万元，实际执行达\3万元，",
      "共安排预算资金13534.70万元 (河南): verb before the label, figure last", "HN", 2),
    R("F07", "figure", either(text("analysis"), cell("annex", 5)),
      r"项目支出全年预算数为" + N + r"万元，实际执行数",
      r"全年安排项目支出预算\1万元，实际执行数", "共安排预算资金13534.70万元 (河南)", "HN", 2),
    R("F09", "figure", either(text("analysis"), cell("annex", 5)),
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      r"全年收入预算达\1万元，决算收入同为\2万元，预算调整数为",
      "1、收入:792.22万元 (南县政协 决算收支完成情况) (house: 达/同为)", "NXZX", 2),
    R("F10", "figure", either(text("analysis"), cell("annex", 5)),
      r"(\d{4}" + S + r")年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度安排“三公”经费支出预算\2万元，实际使用\3万元，",
      "共安排预算资金…，其中2021年为2205万元 (河南)", "HN", 2),
    R("F11", "figure", either(text("analysis"), cell("annex", 5)),
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目全年预算合计\2万元，结余资金\1万元，资金结余率为",
      "调整预算后项目预算861.46万元 (红河州): budget first, then what is left", "HHP", 2),
    R("F12", "figure", either(text("analysis"), cell("annex", 5)),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额",
      r"本部门\1年安排政府采购预算支出", "共安排预算资金 (河南)", "HN", 2),
    R("F13", "figure", either(text("analysis"), cell("annex", 5)),
      r"元，实际采购支出" + N + r"万元，",
      r"元，实际采购支出达\1万元，", "实际到位资金334.67万元 (红河州) -> 达 (house)", "HHP", 2),
    R("F15", "figure", either(text("analysis"), cell("annex", 5)),
      r"万元，部门(\d{4})年重点项目有", r"万元；\1年部门确定的重点项目为", "house", "HN", 2),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"单位核定人员编制\1名，截止到\2年\3月\4日，在职人员共计\5名。",
      "人员编制 21 | 实有人数 21 (岳阳 自评报告); 部门事业编制人数15人,年末实有人数14人 (红河州)", "HH", 1),
    R("P02", "figure", either(text("analysis"), cell("annex", 5)),
      r"截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"截至\1年\2月\3日在职人员达\4人，在职人员控制率为",
      "截至2024年12月31日,部门事业编制人数15人,年末实有人数14人 (红河州)", "HH", 2),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "调查总体为肃南裕固族自治县人社局部门内部工作人员，按科室及下属单位属性随机抽取，抽取人数占总体的60%。",
      "根据电子问卷调查及结果汇总，共回收有效问卷108份 (河南 满意度调查) (house)", "HN", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"工作人员问卷含 \1 道单项选择题，每题满分 \2 分，A、B、C、D 选项依次计 \3 分、\4 分、\5 分、\6 分；论述题不计分，问卷满分合计 \7 分。",
      "满意度=〔非常满意×100%+比较满意×75%+…〕/满意度问题回答总数×100% (河南): options weighted in one run", "HN", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=∑问卷实际得分/∑问卷满分×\1",
      "满意度=〔…〕/满意度问题回答总数×100% (河南)", "HN", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，",
      r"工作人员满意度指标占 \1 分：", "权重 | 得分 (青神 自评表) -> 占N分 (house)", "QS", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl_h, "预算执行情况(10分) … 绩效指标(90分) | 权重 (青神 自评表): points and weights listed per level (house order: all points, then all weights)", "QS", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"绩效评价结果采用评分与评级相结合的方式，分值与等级结合评价内容具体设定，满分\1分，划分为四个等级：",
      "“項目管理”(30分)和“項目績效”(40分),总分100分 (dybbs8); 评价等级为“中” (河南)", "DY", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract_h, "一级指标“项目绩效”,满分40分 (dybbs8)", "DY", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"绩效评价指标体系分析按\1个一级指标展开，分述如下。", "house", "HN", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“(决策|过程|产出)”下设" + N + r"个二",
      r"“\1”一级指标项下设置\2个二", "house", "HN", 3),
    R("D06", "declaration", text("analysis"), r"“效益”一级指标下设" + N + r"个二",
      r"“效益”一级指标项下设置\1个二", "house", "HN", 1),
    R("D07", "declaration", text("analysis"),
      r"级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:决策|过程|产出|效益)”共设))",
      lambda m, k: (f"级指标，包括{m.group(1)}；三级指标共{' ' if ' ' in m.group(2) else ''}{st(m.group(2))}"
                    f"{' ' if ' ' in m.group(2) else ''}个，包括{m.group(3)}{m.group(4)}"),
      "共设置5个内设机构,包括:数据要素科、创新发展科… (红河州): count, then 包括 the names", "HH", 4),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc_h, "一级指标“项目绩效”,满分40分 (dybbs8); 资金占比(%) (河南 表1-1) -> “…”占N分", "DY", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，(主要考察.*?)，共计得分(\d+)分。$",
      level_abs_h, "决策指标10.40分，得分率69.33%，扣分项是… (河南 摘要) -> one part per 一级指标 with its score last", "HN", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"“项目效益”部分设二级指标\1个、三级指标\2个，主", "(河南 摘要)", "HN", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，此部分评分 \1 分。",
      "效益指标23.25分 (河南 摘要)", "HN", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP_H[m.group(2)]}类指标分值及评分情况",
      "附表3-3：决策指标得分情况表 (河南) (house: 评分)", "HN", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：绩效评价评分结果",
      "评价指标体系及具体打分情况详见附件1 (河南)", "HN", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经综合评价分析，\1年\2绩效评价总体得分\3分，评价等级为“优”。",
      "项目总体评价得65.00分，评价等级为“中” (河南)", "HN", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次绩效评价总体得分97分，对应等级为“优”。",
      "项目总体评价得65.00分，评价等级为“中” (河南)", "HN", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，总体得分为 97 分。",
      "该项目绩效评价总体得分为65.00分 (河南)", "HN", 1),

    # ============================================================ scoring rules (评分规则 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_h, "①已制定…管理制度,1分;②相关管理制度合法、合规、完整,1分;③相关管理制度得到有效执行,1分 (岳阳 评分表): points per element, added up", "YYG", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率在100%以内（含）时得2分，超出时得0分。",
      "以100%为标准。在职人员控制率≦100%,计5分 (岳阳 评分表) -> condition in words", "YYG", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1 时得2分；介于60%—80%时，每降低1%扣减0.1分；低于60%时得0分。",
      "实际值达到100%的得满分，≤80%不得分。在幅度范围内，每降低1%，扣5%权重分值 (河南)", "HN", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"以\1与本指标分值的乘积作为得分。", "各要点得分为：补贴发放及时率×权重分值 (河南)", "HN", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%时得满分；调增或调减幅度每达1%(不足1%按四舍五入原则取整)扣减0.2分，扣完为止；超过10%时不得分。",
      "每超过一个百分点扣0.5分,扣完为止 (岳阳 评分表); 在幅度范围内，每降低1%，扣5%权重分值 (河南)", "YYG", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率在70%—100%区间时得1分；超出100%时，每增加1%扣减0.1分，扣完为止，超过10%时不得分。",
      "三公经费控制率≦100%,计6分;每超过一个百分点扣1分,扣完为止 (岳阳 评分表)", "YYG", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%时得满分；结余率每增加1%扣减0.1分，扣完为止；超过10%时不得分。",
      "无结余,3分;有结余,但不超过上年结转,2分 (岳阳 评分表); 扣完为止 (岳阳)", "YYG", 1),
    R("R08", "scoring rule", either(cell("annex", 4), text("survey")),
      r"综合满意率达到 (90%)以上得满分，(70%—90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率在 \1以上时得满分；处于\2时每降低 \3扣减 \4 分，扣完为止；低于 \5时不得分。",
      "满意度达到90%得满分，每降低1%扣除指标分值的5%，扣完为止 (河南 D401)", "HN", 2),
    L("R09", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分；60%-90%时得2分；60%以下时不得分。",
      "低于60%不得分 (岳阳 评分表) -> condition '…时' (house)", "YYG", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_h("annex"),
         "评价指标体系及具体打分情况详见附件1 (河南) -> 打分结果为N分", "HN", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_h("body"),
         "依据评分规则，要点②得1.29分 (河南) -> 按评分规则计N分 / 本项打分N分", "HN", 34),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "评价对象基本情况", "一、基本情况 (河南) / 纳入绩效评价的单位为… (红河州)", "HN", 2),
    H("T02", "部门预算安排及执行情况", "部门决算收支完成情况", "2021年部门决算收支完成情况 (南县政协)", "NXZX", 2),
    H("T03", "部门资金使用情况", "部门决算收支完成情况", "2021年部门决算收支完成情况 (南县政协)", "NXZX", 1),
    H("T04", "部门组织管理", "内设机构及编制情况", "共设置5个内设机构; 部门事业编制人数15人 (红河州)", "HH", 2),
    H("T05", "部门职能", "职能职责", "职能职责概述 (岳阳 自评报告)", "YY", 3),
    H("T07", "综合评价情况及评价结果", "绩效评价总体结论", "(一) 总体结论 (河南 目录)", "HN", 2),
    H("T08", "综合评价情况及评价结论", "绩效评价总体结论", "(一) 总体结论 (河南 目录)", "HN", 1),
    H("T09", "部门决策情况分析", "决策类指标评分情况", "1.决策指标绩效分析 / 产出类指标得分情况表 (河南)", "HN", 2),
    H("T10", "部门过程情况分析", "过程类指标评分情况", "2.过程指标绩效分析 (河南)", "HN", 2),
    H("T11", "部门产出情况分析", "产出类指标评分情况", "3.产出指标绩效分析 (河南)", "HN", 2),
    H("T12", "部门效益情况分析", "效益类指标评分情况", "4.效益指标绩效分析 / 效益类指标得分情况表 (河南)", "HN", 2),
    H("T13", "评价指标相关性分析、指标设计和分值设计", "指标构成及分值设置", "决策类指标包括3个二级指标以及6个三级指标，总分值15分 (河南)", "HN", 4),
    H("T14", "指标评分结果分析", "各三级指标打分情况", "指标打分并形成工作底稿 (河南)", "HN", 4),
    H("T15", "存在的主要问题及原因分析", "问题及原因分析", "三、主要成效、存在的问题及原因分析 (河南)", "HN", 3),
    H("T16", "有关建议", "对策建议", "四、工作建议 (河南) (house: 对策建议)", "HN", 2),
    H("T17", "相关建议", "对策建议", "四、工作建议 (河南) (house: 对策建议)", "HN", 1),
    H("T18", "部门年度绩效目标", "部门整体支出绩效目标", "(二)部门整体支出绩效目标 (南县政协)", "NXZX", 2),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "h", RULES, SRC, __doc__.split("\n\n")[1]))
