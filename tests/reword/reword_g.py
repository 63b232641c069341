#!/usr/bin/env python3
"""Seventh, independent, held-out rewording of the reference report (writer G).

    python3 reword_g.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-g.txt   the report as a seventh consultancy would word it
    OUT_DIR/rewrites-g.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer G's house style: the 评分表(参考样表) wording "…，计N分；…（含）…；…，不计分"
for scoring rules, header words 自评得分 / 扣分原因和其他说明 / 评分办法 / 指标释义 /
标准分值 / 实际得分, level cells "决策（计15分）", "从资金来源看…；从资金使用看…" figure
sentences, "分值/权重" pairs in the indicator declaration, and 决算-公开 headings
(随州: 机构、人员情况 / 收入支出预算执行情况).  Every number, ①② mark, 文号,
《title》 and table cell stays where it was; every defect of the original is kept.

Mechanics (masking, the per-line/per-cell safety check, segment scopes, the rule
engine) are those of tests/reword/rewordkit.py.

Environment (for attributing findings): REWORD_G_ONLY=ID,ID apply only these rules;
REWORD_G_SKIP=ID,ID leave these out (counts not asserted).  REWORD_G_DEBUG=1 prints
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
    "ZX": "https://m.zixin.com.cn/doc/6659419.html (部门整体支出绩效评价评分表(参考样表): 一级指标 二级指标 三级指标 评分标准 分值 自评得分 扣分原因和其他说明; 在职人员控制率≤100%,计5分; 重点支出安排率≥90%,计5分;80%(含)-90%,计4分;…低于60%不得分; 预算调整率=0,计3分;0-10%(含),计2分; 相关管理制度得到有效执行,1分)",
    "SZ": "http://gaj.suizhou.gov.cn/fbjd_19/zwgk/xxgkml/czgk/czyjs/202010/t20201026_839421.shtml (随州市公安局曾都区分局2019年决算公开报告: 一、…基本情况 (一)机构、职能设置 (二)人员情况 二、收入支出预算执行情况分析 (一)收入支出预决算对比 (三)年末结转和结余情况 三、“三公”经费支出情况 五、政府采购说明)",
    "SUNY": "http://sunysa.com/info/2470/77554.htm (2018年度部门决算: 第一部分部门概况 一、基本职能及主要工作 二、机构设置)",
    "QX": "http://www.quxian.gov.cn/xxgk-show-64159.html (渠县 2024年度单位决算: 五、一般公共预算财政拨款支出决算情况说明)",
    "NX": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (南县财政局 2020 机关整体支出绩效评价报告: 对南县财政局2020年度机关整体支出开展了绩效评价,综合评分为97分)",
    "WL": "https://wanglu.net/thread/t12-491155-4.html (2017 部门整体支出绩效自评: 自评得分90分,存在的问题:一是…下一步改进措施:一是…; 2017 年部门整体支出绩效评价得分表 部门决策(25 分) 目标任务(15 分))",
    "DY": "http://m.dybbs8.com/excel/974350.html (“項目管理”(30分)和“項目績效”(40分),总分100分)",
    "DS": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标 repost: 以100%为标准。在职人员控制率≤100%,计1分; 在职人员数…以财政部门2016年决算编制数为准)",
    "YY": "http://www.yueyang.gov.cn/cgj/9886/9901/content_1560779.html (岳阳市城市管理监督指挥中心 2018 自评报告: 人员编制 21 | 实有人数 21; 年度主要工作内容)",
    "HN": "corpus/henan-skills-competition-2021-2024.md (河南 2021-2024年省级职业技能竞赛经费项目绩效评价报告: 项目总体评价得65.00分…其中：决策指标10.40分，得分率69.33%，扣分项是…; 本次调研对象基本涵盖了…; 满意度=〔非常满意×100%+…〕/满意度问题回答总数×100%)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER_G = {"指标解释": "指标释义", "评分标准": "评分办法", "得分原因": "扣分原因和其他说明", "得分": "核定得分"}
IND_HEADER_G = {"分值": "标准分值", "得分": "实际得分"}
LEVEL = r"^(.*?)\s?[（(]\s?(\d+(?:\.\d+)?)\s?[)）]$"


def element_rule_g(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> zixin-style '每…一项，计p分'."""
    w, p, z = m.group(2), m.group(3), re.sub(r"\s", "", m.group(4))
    miss = "不符合计0分" if z == "得0分" else "不符合不计分"
    return f"上述要素权重各为{w}，逐项判定：符合计{p}分，{miss}"


def ending_g(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":   # 自评得分 column (zixin 评分表) -> "自评得分N分"
            return f"{lead}核定得分{sp1}{num}{sp2}分{stop}{tail}"
        if k % 2 == 0:
            return f"{lead}该指标最终得分{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}此项核定得分{sp1}{num}{sp2}分{stop}{tail}"
    return f


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def decl_g(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = m.groups()
    return (f"评价共采用一级指标{n1}个，下分二级指标{n2}个、三级指标{n3}个；一级指标分值/权重依次为："
            f"决策{d}分/{st(dw)}，过程{p}分/{st(pw)}，产出{o}分/{st(ow)}，效益{e}分/{st(ew)}")


def decl_abstract_g(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = m.groups()
    return (f"评价指标体系满分{full}分，设一级指标{n1}个（决策{d}分、过程{p}分、产出{o}分、效益{e}分），"
            f"二级指标{n2}个，三级指标{n3}个。")


def alloc_g(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    parts = "、".join(f"“{a}”{b}分" for a, b in pairs)
    return f"分值分布上，“{lvl}”合计{total}分，依与{lvl}指标关联度的高低{extra}，其中{parts}。"


def level_abs_g(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    focus = focus.replace("主要考察", "重点关注", 1)
    return f"{lvl}指标（二级{n2}个、三级{n3}个）{focus}，该部分得分{score}分。"


CAP_G = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_G)) + r")$", hmap(ANNEX_HEADER_G),
      "评分标准 | 分值 | 自评得分 | 扣分原因和其他说明 (部门整体支出绩效评价评分表(参考样表)); 评分办法/指标释义/核定得分 (自评得分 made third-party): house words", "ZX", 88),
    R("H02", "table header", either(cell("ind", 3, 4, header=True), cell("t4", 1, 2, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_G)) + r")$", hmap(IND_HEADER_G),
      "标准分值 / 实际得分 (house words; 评分表 '分值 | 自评得分' ZX)", "ZX", 12),
    R("H03", "table header", either(cell("annex", 0, 1, 2), cell("ind", 0, 1)), LEVEL, r"\1（计\2分）",
      "重点支出安排率≥90%,计5分 (ZX 评分表): '计N分' -> 决策（计15分）", "ZX", 67),

    # ============================================================ 结论表 labels
    L("S01", "summary label", cell("summary", 1), "预算安排资金", "部门预算批复数",
      "收入支出预决算对比 (随州 决算公开); 关于批复2024年部门预算的通知 (source)", "SZ", 1),
    L("S02", "summary label", cell("summary", 1), "实际支出资金", "决算支出数",
      "(二)支出决算情况 (天水 决算公开); 收入支出预决算对比 (随州)", "SZ", 1),
    L("S03", "summary label", cell("summary", 1, 3), "其中：财政拨款收入", "其中：一般公共预算财政拨款",
      "一般公共预算财政拨款支出决算情况说明 (渠县 单位决算)", "QX", 2),
    L("S04", "summary label", cell("summary", 1), "评价得分", "综合得分",
      "综合评分为97分 (南县财政局)", "NX", 1),
    L("S05", "summary label", cell("summary", 4), "评价等级", "绩效等级",
      "house word", "ZX", 1),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "从资金来源看，2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元；从资金使用看，截至2024年12月31日部门全年支出6847.87万元，其中基本支出842.29万元（2024年）、项目支出6005.58万元（2024年），部门预算执行率100%。（详见表1）",
      "二、收入支出预算执行情况分析 (一)收入支出预决算对比 (随州): income side then spending side", "SZ", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "从资金来源看，2024年部门一般公共预算财政拨款收入6847.87万元；从资金使用看，截至2024年12月31日部门全年支出6847.87万元，其中基本支出842.29万元（2024年）、项目支出6005.58万元（2024年），部门预算执行率100%。",
      "(一)收入支出预决算对比 (随州)", "SZ", 1),
    R("F03", "figure", text("body"),
      r"^截至(\s?2024\s?)年(\s?12\s?)月(\s?31\s?)日，部门全年项目共支出(\s?6005\.58\s?)万元。（详见表(\s?2)）$",
      r"项目支出方面，全年累计\4万元（统计时点为\1年\2月\3日，见表\5）。",
      "2018年度收入合计…支出合计 (随州 决算): total first, date in brackets (house)", "SZ", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)(\s?2024\s?)年部门整体支出，涉及财政预算资金(\s?6847\.87\s?)万元。$",
      r"评价对象确定为\1\2年部门整体支出，资金口径为财政预算资金\3万元。",
      "以财政部门2016年决算编制数为准 (指标 repost: 口径)", "DS", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金(\s?6847\.87\s?)万元。$",
      r"年部门财政预算整体支出，资金口径\1万元。", "口径 (指标 repost)", "DS", 1),
    R("F06", "figure", either(text("analysis"), cell("annex", 5)),
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"基本支出方面，\1年肃南县人力资源和社会保障局预算安排\2万元，执行\3万元，",
      "(一)收入支出预决算对比 (随州): '方面' lead-in (house)", "SZ", 2),
    R("F07", "figure", either(text("analysis"), cell("annex", 5)),
      r"项目支出全年预算数为" + N + r"万元，实际执行数",
      r"项目支出按全年预算\1万元安排，实际执行数", "house", "SZ", 2),
    R("F09", "figure", either(text("analysis"), cell("annex", 5)),
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      r"收入端预算\1万元、决算\2万元，两相比对，预算调整数为",
      "收入支出预决算对比 (随州)", "SZ", 2),
    R("F10", "figure", either(text("analysis"), cell("annex", 5)),
      r"(\d{4}" + S + r")年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度“三公”经费预算安排\2万元，当年实际支出\3万元，",
      "三、“三公”经费支出情况 (随州)", "SZ", 2),
    R("F11", "figure", either(text("analysis"), cell("annex", 5)),
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"以项目全年预算数\2万元为基数，项目资金结余总额\1万元，资金结余率为",
      "(三)年末结转和结余情况 (随州)", "SZ", 2),
    R("F12", "figure", either(text("analysis"), cell("annex", 5)),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额",
      r"\1年本部门政府采购预算支出总额", "五、政府采购说明 (随州)", "SZ", 2),
    R("F15", "figure", either(text("analysis"), cell("annex", 5)),
      r"万元，部门(\d{4})年重点项目有", r"万元；列入部门\1年重点项目的有", "house", "SZ", 2),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"编制方面，单位核定\1名，截止到\2年\3月\4日实有在职人员\5名。",
      "(二)人员情况 (随州); 人员编制 21 | 实有人数 21 (岳阳)", "SZ", 1),
    R("P02", "figure", either(text("analysis"), cell("annex", 5)),
      r"肃南县人力资源和社会保障局核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"截至\2年\3月\4日，肃南县人力资源和社会保障局在职人员\5人，对照核定人员编制\1名，在职人员控制率为",
      "以100%为标准。在职人员控制率… (指标 repost): compared against 编制", "DS", 2),
    R("P03", "figure", either(text("analysis"), cell("annex", 5)),
      r"肃南县人力资源和社会保障局编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"肃南县人力资源和社会保障局编制实有\1人；截至\2年\3月\4日在职人员\5名，不存在临聘人员，",
      "(二)人员情况 (随州)", "SZ", 2),

    # ============================================================ survey plan and sample
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "问卷对象取自肃南裕固族自治县人社局部门内部工作人员，依科室及下属单位属性随机抽样，样本量为总量的60%。",
      "本次调研对象基本涵盖了不同时间、不同赛项的主办方 (河南)", "HN", 1),
    L("V02", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷的发放、回收环节均由评价机构独立完成，借此保证问卷质量。",
      "通过二维码的形式向调查对象发放电子问卷 (河南)", "HN", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷共 \1 题，全部为单选题，单题满分 \2 分；选项赋分依次为 A \3 分、B \4 分、C \5 分、D \6 分。论述题不计分，问卷满分 \7 分。",
      "按规定内容公开预决算信息,1分 (ZX 评分表): item then points", "ZX", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=全部问卷实际得分之和/全部问卷满分之和×\1",
      "满意度=〔非常满意×100%+…〕/满意度问题回答总数×100% (河南)", "HN", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，",
      r"工作人员满意度指标计 \1 分：", "计5分 (ZX 评分表)", "ZX", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl_g, "投入(15 分) 预算配置(15 分) (ZX 评分表): points next to the level; 分值/权重 pairs (house)", "ZX", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果兼用评分与评级，分值、等级视评价内容确定，满分\1分，等级分四档：",
      "“項目管理”(30分)和“項目績效”(40分),总分100分 (dybbs8)", "DY", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract_g, "总分100分 (dybbs8); 投入(15 分) (ZX)", "DY", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"指标体系分析共覆盖\1个一级指标，逐项评价如下。", "house", "ZX", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“(决策|过程|产出)”下设" + N + r"个二",
      r"“\1”这一一级指标之下包含\2个二", "house", "ZX", 3),
    R("D06", "declaration", text("analysis"), r"“效益”一级指标下设" + N + r"个二",
      r"“效益”这一一级指标之下包含\1个二", "house", "ZX", 1),
    R("D07", "declaration", text("analysis"),
      r"级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:决策|过程|产出|效益)”共设))",
      lambda m, k: f"级指标，为{m.group(1)}；对应三级指标{m.group(2)}个，为{m.group(3)}{m.group(4)}",
      "执法勤务机构10个,内设股级机构23个 (随州): count then names", "SZ", 4),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc_g, "部门决策(25 分) 目标任务(15 分) 相关性(5 分) (网录 2017 得分表)", "WL", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，(主要考察.*?)，共计得分(\d+)分。$",
      level_abs_g, "决策指标10.40分，得分率69.33%，扣分项是… (河南 摘要)", "HN", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"效益指标（二级\1个、三级\2个）主", "(河南 摘要)", "HN", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，该部分得分 \1 分。",
      "效益指标23.25分 (河南 摘要)", "HN", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP_G[m.group(2)]}维度指标分值与得分",
      "house caption", "ZX", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：部门整体支出评价得分总览",
      "2017 年部门整体支出绩效评价得分表 (网录)", "WL", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"\1年\2绩效评价最终得分\3分，按等级标准评定为“优”。",
      "自评得分90分 (网录 2017); 综合评分为97分 (南县财政局)", "WL", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次评价得97分，等级评定为“优”。",
      "综合评分为97分 (南县财政局)", "NX", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，最终得分 97 分。",
      "house", "NX", 1),

    # ============================================================ scoring rules (评分标准 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_g, "相关管理制度得到有效执行,1分 (ZX 评分表): per item '…,N分'", "ZX", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率≤100%，2分；高于此标准，0分。",
      "在职人员控制率≤100%,计5分 (ZX 评分表)", "ZX", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"\1，计2分；60%（含）—80%，每降低1%扣0.1分；低于60%，计0分。",
      "重点支出安排率≥90%,计5分;80% (含)-90%,计4分…低于60%不得分 (ZX 评分表)", "ZX", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"按“\1×分值”计分。", "house", "ZX", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%，计满分；每调增（减）1%(不足1%按四舍五入原则取整)扣0.2分；超过10%，不计分。",
      "预算调整率=0,计3分;0-10% (含),计2分…大于30%不得分 (ZX 评分表)", "ZX", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率处于70%—100%，计1分；超出100%，每增加1%扣0.1分；超过10%，不计分。",
      "三公经费控制率≤100%,计6分;每超过一个百分点扣1分 (ZX 评分表)", "ZX", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%，计满分；每增加1%扣0.1分；超过10%，不计分。",
      "资金结余 无结余,3分;有结余…不得分 (ZX 评分表)", "ZX", 1),
    R("R08", "scoring rule", either(cell("annex", 4), text("survey")),
      r"综合满意率达到 (90%)以上得满分，(70%—90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率≥\1，计满分；\2区间每降低 \3扣 \4 分；低于 \5，不计分。",
      "重点支出安排率≥90%,计5分;…低于60%不得分 (ZX 评分表)", "ZX", 2),
    L("R09", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分；60%-90%，计2分；60%以下，不计分。",
      "60% (含)-70%, 计2分;低于60%不得分 (ZX 评分表)", "ZX", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_g("annex"),
         "自评得分 (ZX 评分表 column; 网录 2017 '自评得分90分') -> 核定得分N分 (third-party)", "ZX", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_g("body"),
         "自评得分90分 (网录 2017) -> 此项核定得分 / 该指标最终得分 (house)", "WL", 34),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "单位基本情况", "一、随州市公安局曾都区分局基本情况 (随州)", "SZ", 2),
    H("T02", "部门预算安排及执行情况", "收入支出预算执行情况", "二、收入支出预算执行情况分析 (随州)", "SZ", 2),
    H("T03", "部门资金使用情况", "收入支出预算执行情况", "二、收入支出预算执行情况分析 (随州)", "SZ", 1),
    H("T04", "部门组织管理", "机构、人员情况", "(一)机构、职能设置 (二)人员情况 (随州)", "SZ", 2),
    H("T05", "部门职能", "基本职能及主要工作", "一、基本职能及主要工作 (sunysa 部门决算)", "SUNY", 3),
    H("T07", "综合评价情况及评价结果", "综合评分情况", "综合评分为97分 (南县财政局)", "NX", 2),
    H("T08", "综合评价情况及评价结论", "综合评分情况", "综合评分为97分 (南县财政局)", "NX", 1),
    H("T11", "存在的主要问题及原因分析", "评价发现的问题及原因", "存在的问题:一是… (网录 2017)", "WL", 3),
    H("T12", "有关建议", "下一步改进措施", "下一步改进措施:一是… (网录 2017)", "WL", 2),
    H("T13", "相关建议", "下一步改进措施", "下一步改进措施 (网录 2017)", "WL", 1),
    H("T14", "部门年度绩效目标", "年度主要工作内容及目标", "年度主要工作内容 (岳阳 自评报告)", "YY", 2),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "g", RULES, SRC, __doc__.split("\n\n")[1]))
