#!/usr/bin/env python3
"""Sixth, independent, held-out rewording of the reference report (writer F).

    python3 reword_f.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-f.txt   the report as a sixth consultancy would word it
    OUT_DIR/rewrites-f.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer F's house style: colon lists ("收入情况：…；支出情况：…"), figures in
brackets after their label ("2024年基本支出（842.29万元）"), "总计/合计", one
sentence per 一级指标 and "分值设置为：…" lists (after 天长 自评表 "一级指标分值统一
设置为:产出指标50分、效益指标30分…"), scoring bands written from the lowest band
up ("低于70%不得分；70%—90%…；达到90%以上得满分"), and header words from 绥阳
(得分计算方法), 网录 考核表 (权数), 青神 (改进措施 / 存在问题及原因) and 岳阳
(人员编制 | 实有人数) forms.  Every number, ①② mark, 文号, 《title》 and table cell
stays where it was; every defect of the original is kept.

Mechanics (masking of 《titles》 and 文号, the per-line/per-cell safety check,
segment scopes, the rule engine) are those of tests/reword/rewordkit.py.

Environment (for attributing findings, not for the published rewrite):
REWORD_F_ONLY=ID,ID  apply only these rules;  REWORD_F_SKIP=ID,ID  leave these
rules out; in both cases rule counts are not asserted.  REWORD_F_DEBUG=1 prints
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
    "TC": "天长市水利局 水旱灾害防御经费 项目支出绩效自评表(2022年度) (a real fragment read through the search tool; page title 天长市水利局水旱灾害防御股项目支出绩效自评, 2023-12-05): 年度资金总额: | 全年预算数(A) | 全年执行数(B) | 执行率(B/A); 注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、服务对象满意度指标10分、预算资金执行率10分; 总分 100 100",
    "SY": "https://www.suiyang.gov.cn/xzjd_5682378/tbz_5682388/zfxxgk_5682340/fdzdgknr_5682343/czyjs_5865203/202208/t20220824_76240024.html (绥阳县太白镇 部门整体支出绩效自评表: 年初预算数(A) | 全年执行数(B) | 分值(10分) | 得分 | 得分计算方法; 执行率*该指标分值; 年初设定目标 | 年度总体目标完成情况)",
    "QS": "https://www.scqs.gov.cn/info/13206/211004.htm (青神县发改局 部门预算项目支出绩效自评表(2023年度): 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因; 评价结论 | 存在问题: 结合自评情况,分析存在的问题及原因 | 改进措施: 提出下一步改进完善的意见)",
    "WLT": "https://wanglu.net/thread/t13-461855-0.html (考核表 columns: 项目/考核内容/考核指标/指标说明/评分标准/权数/考评得分; as listed in tests/reword/reword_c.py)",
    "YN08": "YN2008 评分表 header '三级指标 评价依据 评价得分 评分标准 评分说明' (as quoted in fixtures/reworded/rewrites-b.tsv, head-a1)",
    "YY": "http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html (岳阳市城市管理监督指挥中心 2018 部门整体支出绩效评价自评报告: 一、部门(单位)基本概况 | 人员编制 21 | 实有人数 21; 年度部门(单位)总体运行情况)",
    "NXZX": "http://www.hnnxzx.com/a/webbase/div-css/2022/0415/1230.html (南县政协 部门整体支出绩效评价报告: (一)部门整体支出概况。2021年部门决算收支完成情况。1、收入:792.22万元。…其中:财政拨款收入792.22万元 2、支出:799.12万元。其中:人员经费支出434.89万元)",
    "HH": "https://www.hh.gov.cn/info/11481/1179592.htm (红河州数据发展中心 2024 项目支出绩效单位自评报告: 年初批复预算8个项目985万元(含1个年初结转结余项目50万元),调整预算后项目预算861.46万元 - figures with their parts in brackets)",
    "HS": "http://www.hnhs.gov.cn/23247/23297/23780/content_1219000.html (赫山区城管执法局 2019 部门整体支出绩效评价报告: 1.机构设置 … 2.人员编制 区城管执法局现有人员1894人,其中局本级187人(在职在编139人、退休人员8人、协管员40人))",
    "BS": "https://www.baoshan.gov.cn/info/7819/3701124.htm (保山市交通运输局 2021 部门整体支出绩效自评报告: 一、部门基本情况 (一)部门概况 … 主要职责是:)",
    "QX": "http://www.quxian.gov.cn/xxgk-show-64159.html (渠县 2024年度单位决算: 第一部分单位概况 一、主要职责 二、机构设置; via rewrites-e.tsv)",
    "LZ": "http://www.lzszyyy.com/content/3654.html (泸州市中医医院 2023年度单位决算: 一、收入支出决算总体情况说明 二、收入决算情况说明 三、支出决算情况说明)",
    "TS": "http://www.kmxxf.com/jyj/info/1217/105784.htm (天水市幼儿园2017年度部门决算公开: (一)收入决算情况。2017年度,本单位收入为1687.45万元,其中:财政拨款收入1516.64万元,占89.88% (二)支出决算情况 … 其中:基本支出1121.09万元 … 项目支出821.48万元; 核定人员编制71人,实际正式教职工62人)",
    "DS": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标 table repost: 以100%为标准。在职人员控制率≤100%,计1分;每超过一个百分点扣0.1分,扣完为止; “三公经费”变动率≤0,计3分)",
    "HN": "corpus/henan-skills-competition-2021-2024.md (河南 2021-2024年省级职业技能竞赛经费项目绩效评价报告: 根据电子问卷调查及结果汇总，共回收有效问卷108份; 扣分项是立项程序规范性…; 总计 13534.70)",
    "NX": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (南县财政局 2020 机关整体支出绩效评价报告: 一、自评得分情况 … 综合评分为97分; (二)人员编制情况 现有编制人员205人。其中,局机关在职113人)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER_F = {"评分标准": "得分计算方法", "得分原因": "评分说明"}
IND_HEADER_F = {"分值": "权数", "得分": "得分（分）"}
LEVEL = r"^(.*?)\s?[（(]\s?(\d+(?:\.\d+)?)\s?[)）]$"


def element_rule_f(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> two house variants in turn."""
    w, p, z = m.group(2), m.group(3), re.sub(r"\s", "", m.group(4))
    if k % 2 == 0:   # points first, weight in brackets at the end
        miss = "未满足的赋0分" if z == "得0分" else "未满足的不赋分"
        return f"逐项核对上述要素：满足的赋{p}分，{miss}（单项权重{w}）"
    miss = "不满足记0分" if z == "得0分" else "不满足不记分"
    return f"单项要素权重为{w}，满足记{p}分、{miss}"


def ending_f(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":   # 考评得分 (网录 考核表) -> "考评得分：N分"
            return f"{lead}考评得分：{sp1}{num}{sp2}分{stop}{tail}"
        if k % 2 == 0:
            return f"{lead}该项考评得分为{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}对应得分{sp1}{num}{sp2}分{stop}{tail}"
    return f


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def decl_f(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = m.groups()
    return (f"本次评价指标体系含一级指标{n1}个、二级指标{n2}个、三级指标{n3}个。一级指标分值设置为："
            f"决策{d}分（权重{dw}），过程{p}分（权重{pw}），产出{o}分（权重{ow}），效益{e}分（权重{ew}）")


def decl_abstract_f(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = m.groups()
    return (f"评价指标体系共{n1}个一级指标、{n2}个二级指标、{n3}个三级指标，满分{full}分。"
            f"各一级指标分值：决策{d}分；过程{p}分；产出{o}分；效益{e}分。")


def alloc_f(m: re.Match, k: int) -> str:
    """“过程”共设分值24分，按照与过程指标关联度的大小(以及…)，“A”设置分值12分，… -> 分值分配为：…"""
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    parts = "、".join(f"“{a}”{b}分" for a, b in pairs)
    return f"“{lvl}”分值总计{total}分，分值分配为：{parts}（依据与{lvl}指标关联度的大小{extra}确定）。"


def level_abs_f(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"项目{lvl}（一级指标）：二级指标{n2}个，三级指标{n3}个，得分{score}分；{focus}。"


CAP = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 4, 5, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_F)) + r")$", hmap(ANNEX_HEADER_F),
      "得分计算方法 (绥阳 部门整体支出绩效自评表); 评分说明 (YN2008 评分表 header)", "SY", 44),
    R("H02", "table header", either(cell("ind", 3, 4, header=True), cell("t4", 1, 2, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_F)) + r")$", hmap(IND_HEADER_F),
      "权数 (网录 考核表: 评分标准 | 权数 | 考评得分); 得分（分） (指标得分(分), 重庆 自评表 via rewrites-b)", "WLT", 12),
    R("H03", "table header", either(cell("annex", 0, 1, 2), cell("ind", 0, 1)), LEVEL, r"\1（分值\2分）",
      "分值(10分) (绥阳 自评表) -> 决策（分值15分）", "SY", 67),

    # ============================================================ 结论表 labels
    L("S01", "summary label", cell("summary", 1), "预算安排资金", "年初预算数(A)",
      "年初预算数(A) | 全年执行数(B) (绥阳 自评表)", "SY", 1),
    L("S02", "summary label", cell("summary", 1), "实际支出资金", "全年执行数(B)",
      "年初预算数(A) | 全年执行数(B) (绥阳 自评表)", "SY", 1),
    L("S03", "summary label", cell("summary", 1, 3), "其中：财政拨款收入", "其中：本年财政拨款",
      "年度资金总额: | 其中:本年财政拨款 (天长 自评表)", "TC", 2),
    L("S04", "summary label", cell("summary", 1), "评价得分", "总分",
      "总分 | 100 | 100 (天长 自评表)", "TC", 1),
    L("S05", "summary label", cell("summary", 0), "资金情况 (万元)", "项目资金(万元)",
      "项目资金(万元) | 年初预算数 | 全年预算数(A) (天长 自评表)", "TC", 1),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "收入情况：2024年一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元。支出情况：截至2024年12月31日，部门全年支出总计6847.87万元，包括2024年基本支出（842.29万元）和2024年项目支出（6005.58万元）。预算执行情况：部门预算执行率100%（详见表1）。",
      "(一)收入决算情况。…本单位收入为1687.45万元,其中:财政拨款收入1516.64万元 (二)支出决算情况 (天水 决算公开); 1、收入:… 2、支出:… (南县政协): colon-labelled 收入/支出 blocks, parts in brackets", "TS", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "2024年部门收支：一般公共预算财政拨款收入（6847.87万元）；截至2024年12月31日的全年支出合计6847.87万元，由2024年基本支出842.29万元、2024年项目支出6005.58万元构成；部门预算执行率100%。",
      "年初批复预算8个项目985万元(含1个年初结转结余项目50万元) (红河): figure in brackets after its label; 2021年部门决算收支完成情况 (南县政协)", "HH", 1),
    R("F03", "figure", text("body"),
      r"^截至(\s?2024\s?)年(\s?12\s?)月(\s?31\s?)日，部门全年项目共支出(\s?6005\.58\s?)万元。（详见表(\s?2)）$",
      r"项目支出方面，截至\1年\2月\3日累计支出\4万元，明细列于表\5。",
      "(二)支出决算情况 … 项目支出821.48万元 (天水 决算公开)", "TS", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)(\s?2024\s?)年部门整体支出，涉及财政预算资金(\s?6847\.87\s?)万元。$",
      r"评价对象：\1\2年部门整体支出；资金规模：财政预算资金\3万元。",
      "项目名称 | 主管部门 | 实施单位 | 项目资金(万元) (天长 自评表): label: value", "TC", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金(\s?6847\.87\s?)万元。$",
      r"年部门财政预算整体支出（涉及资金\1万元）。",
      "年初批复预算8个项目985万元(含1个年初结转结余项目50万元) (红河)", "HH", 1),
    R("F06", "figure", either(text("analysis"), cell("annex", 5)),
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局基本支出：全年预算数\2万元，实际执行数\3万元；",
      "全年预算数(A) | 全年执行数(B) (天长 自评表): label, colon, figures", "TC", 2),
    R("F07", "figure", either(text("analysis"), cell("annex", 5)),
      r"项目支出全年预算数为" + N + r"万元，实际执行数",
      r"项目支出（全年预算数\1万元）实际执行数",
      "年初批复预算…985万元(含1个年初结转结余项目50万元) (红河): budget in brackets", "HH", 2),
    R("F09", "figure", either(text("analysis"), cell("annex", 5)),
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      r"全年收入情况：预算数\1万元，决算数\2万元；预算调整数为",
      "2021年部门决算收支完成情况。1、收入:792.22万元 (南县政协)", "NXZX", 2),
    R("F10", "figure", either(text("analysis"), cell("annex", 5)),
      r"(\d{4}" + S + r")年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度“三公”经费实际执行数为\3万元（全年预算数\2万元），",
      "实际到位资金334.67万元 … 年初批复预算…985万元(含…) (红河): actual with budget in brackets", "HH", 2),
    R("F11", "figure", either(text("analysis"), cell("annex", 5)),
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"项目资金结余总额、项目全年预算数分别为\1万元和\2万元，资金结余率为",
      "基金收入分别达到…万元 (source report's own 分别 construction); 核定人员编制71人,实际正式教职工62人 (天水)", "TS", 2),
    R("F12", "figure", either(text("analysis"), cell("annex", 5)),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额",
      r"本部门\1年政府采购情况：预算采购支出总额",
      "(一)收入决算情况 (天水 决算公开): 情况 + colon", "TS", 2),
    R("F15", "figure", either(text("analysis"), cell("annex", 5)),
      r"万元，部门(\d{4})年重点项目有",
      r"万元；\1年部门重点项目包括",
      "项目支出包括委员活动经费36.3万元,扫黑除恶工作经费1万元 (南县政协)", "NXZX", 2),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"人员情况：核定人员编制\1名；在职人员（截止到\2年\3月\4日）\5名。",
      "人员编制 21 | 实有人数 21 (岳阳 自评报告 基本概况): label: figure pairs", "YY", 1),
    R("P02", "figure", either(text("analysis"), cell("annex", 5)),
      r"肃南县人力资源和社会保障局核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"肃南县人力资源和社会保障局在职人员\5人（截至\2年\3月\4日）、核定人员编制\1名，在职人员控制率为",
      "核定人员编制71人,实际正式教职工62人 (天水); 局本级187人(在职在编139人…) (赫山): date in brackets", "TS", 2),
    R("P03", "figure", either(text("analysis"), cell("annex", 5)),
      r"肃南县人力资源和社会保障局编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"肃南县人力资源和社会保障局人员构成：编制实有\1人，在职人员\5名（截至\2年\3月\4日），未聘用临聘人员；",
      "现有人员1894人,其中局本级187人(在职在编139人、退休人员8人、协管员40人) (赫山)", "HS", 2),

    # ============================================================ survey plan and sample
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "抽样方式：以肃南裕固族自治县人社局部门内部工作人员为样本总量，结合科室及下属单位属性随机抽样；抽样比例：样本总量的60%。",
      "项目名称 | 主管部门 | 实施单位 (天长 自评表): label: value pairs", "TC", 1),
    L("V02", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "评价机构统一发放并回收问卷，确保问卷质量。",
      "根据电子问卷调查及结果汇总，共回收有效问卷108份 (河南)", "HN", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷设置：部门工作人员问卷题量 \1 题（全部为单项选择题），每题满分 \2 分；赋分标准为 A 项 \3 分、B 项 \4 分、C 项 \5 分、D 项 \6 分；论述题不计分；问卷总分 \7 分。",
      "一级指标分值统一设置为:产出指标50分、效益指标30分 (天长 自评表 注)", "TC", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=问卷实际得分总和/问卷满分总和×\1",
      "执行率*该指标分值 (绥阳 自评表): formula line", "SY", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，",
      r"工作人员满意度指标（\1 分）：", "分值(10分) (绥阳 自评表)", "SY", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl_f, "注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、服务对象满意度指标10分 (天长 自评表): '分值设置为：' list", "TC", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果以评分与评级结合的方式呈现，分值与等级依评价内容具体设定。总分\1分，按四档划分等级：",
      "总分 | 100 | 100 (天长 自评表)", "TC", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract_f, "一级指标分值统一设置为:产出指标50分、效益指标30分 (天长 自评表)", "TC", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"指标体系分析部分共涉及\1个一级指标，下文逐一分析。",
      "现将具体绩效评价情况报告如下 (赫山)", "HS", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“(决策|过程|产出)”下设" + N + r"个二",
      r"在一级指标“\1”之下，设有\2个二", "1.机构设置 ①局机关内设股室7 (赫山): 'under X, there are n'", "HS", 3),
    R("D06", "declaration", text("analysis"), r"“效益”一级指标下设" + N + r"个二",
      r"在一级指标“效益”之下，设有\1个二", "(赫山)", "HS", 1),
    R("D07", "declaration", text("analysis"),
      r"级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:决策|过程|产出|效益)”共设))",
      lambda m, k: f"级指标，依次为{m.group(1)}；三级指标{m.group(2)}个，依次为{m.group(3)}{m.group(4)}",
      "内设副科级事业单位2个,财政事务中心和南县国库集中支付中心 (南县财政局): count then list", "NX", 4),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc_f, "一级指标分值统一设置为:产出指标50分、效益指标30分… (天长 自评表 注)", "TC", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，(主要考察.*?)，共计得分(\d+)分。$",
      level_abs_f, "项目名称 | 主管部门 | 实施单位 (天长 自评表): label then colon facts", "TC", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"项目效益（一级指标）：二级指标\1个，三级指标\2个，主", "(天长 自评表)", "TC", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，得分合计 \1 分。",
      "总计 13534.70 (河南) -> 合计", "HN", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP[m.group(2)]}指标权数及得分明细",
      "权数 | 考评得分 (网录 考核表); 表1：部门基本资金支出明细表 (source report)", "WLT", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：一级指标得分统计表",
      "一、自评得分情况 (南县财政局)", "NX", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"综合评价结论：\1年\2绩效评价总分\3分，等级为“优”。",
      "评价结论 | 结合自评情况,说明项目自评总分 (青神 自评表)", "QS", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次绩效评价总分97分，对应等级“优”。",
      "说明项目自评总分 (青神 自评表); 总分 100 (天长)", "QS", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，总分为 97 分。",
      "总分 (天长 自评表)", "TC", 1),

    # ============================================================ scoring rules (评分标准 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_f, "③制定“三公经费”管理办法,1分,每少一项扣1分 (部门整体支出绩效评价指标 repost): points per item first; 1、基础数据信息是否真实(1分) (寿县)", "DS", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率高于100%时得0分，其余情况得2分。",
      "以100%为标准。在职人员控制率≤100%,计1分;每超过一个百分点扣0.1分 (指标 repost): the exceed-case stated first", "DS", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"低于60%得0分；60%—80%每降低1%扣0.1分；\1 得2分。",
      "每超过一个百分点扣0.1分,扣完为止 (指标 repost); bands listed from the lowest up (house style)", "DS", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"得分计算方法：\1*分值。", "得分计算方法 | 执行率*该指标分值 (绥阳 自评表)", "SY", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率超过10%不得分；未超过的，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，预算调整率=0%得满分。",
      "“三公经费”变动率≤0,计3分;…每超过一个百分点扣0.3分 (指标 repost); cut-off first (house style)", "DS", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率超出100%的，每增加1%扣0.1分，超过10%不得分；处于70%—100%的，得1分。",
      "每超过一个百分点扣0.1分,扣完为止 (指标 repost); deduction first", "DS", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%时得满分，超过10%时不得分，介于两者之间的每增加1%扣0.1分。",
      "以100%为标准…每超过一个百分点扣0.1分 (指标 repost)", "DS", 1),
    R("R08", "scoring rule", either(cell("annex", 4), text("survey")),
      r"综合满意率达到 (90%)以上得满分，(70%—90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率低于 \5不得分；\2每降低 \3扣 \4 分；达到 \1以上得满分。",
      "bands listed from the lowest up (house style); 每超过一个百分点扣0.1分 (指标 repost)", "DS", 2),
    L("R09", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分，60%以下不得分，60%-90%得2分。",
      "bands listed from the lowest up (house style)", "DS", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_f("annex"),
         "权数 | 考评得分 (网录 考核表) -> 考评得分：N分", "WLT", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_f("body"),
         "考评得分 (网录 考核表) -> 该项考评得分为 / 对应得分 (house variants)", "WLT", 34),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "部门基本情况", "一、部门基本情况 (保山交通运输局)", "BS", 2),
    H("T02", "部门预算安排及执行情况", "部门整体支出概况", "(一)部门整体支出概况 (南县政协)", "NXZX", 2),
    H("T03", "部门资金使用情况", "部门整体支出概况", "(一)部门整体支出概况 (南县政协)", "NXZX", 1),
    H("T04", "部门组织管理", "机构设置与人员编制", "1.机构设置 2.人员编制 (赫山)", "HS", 2),
    H("T05", "部门职能", "主要职责", "一、主要职责 (渠县 单位决算)", "QX", 3),
    H("T07", "综合评价情况及评价结果", "绩效评价得分情况", "一、自评得分情况 (南县财政局)", "NX", 2),
    H("T08", "综合评价情况及评价结论", "绩效评价得分情况", "一、自评得分情况 (南县财政局)", "NX", 1),
    H("T11", "存在的主要问题及原因分析", "存在问题及原因", "存在问题 | 结合自评情况,分析存在的问题及原因 (青神 自评表)", "QS", 3),
    H("T12", "有关建议", "下一步改进意见", "改进措施 | 提出下一步改进完善的意见 (青神 自评表)", "QS", 2),
    H("T13", "相关建议", "下一步改进意见", "(青神 自评表)", "QS", 1),
    H("T14", "部门年度绩效目标", "年度总体目标", "年度总体目标完成情况 | 预期目标 | 实际完成情况 (天长 自评表)", "TC", 2),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "f", RULES, SRC, __doc__.split("\n\n")[1]))
