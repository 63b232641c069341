#!/usr/bin/env python3
"""Fifth, independent and more aggressive rewording of the reference report (writer E).

    python3 reword_e.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-e.txt   the report as a fifth consultancy would word it
    OUT_DIR/rewrites-e.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer E restructures sentences, not only words: figures are put before their
labels ("6847.87万元的一般公共预算财政拨款收入"), clauses are reordered, one
sentence is split in two, score allocations use "分别" constructions, and a few
indicator counts are written in Chinese numerals ("四个一级指标").  Its house
style is drawn from 安徽 (寿县 部门整体支出绩效评价自评表, 金寨 部门整体支出绩效
自评表), 广西 (梧州 预决算公开 单位决算说明), 湖南 (赫山 城管执法局 部门整体支出
绩效评价报告, 隆回 乡村振兴资金 绩效评价报告), 云南/四川 (双江 人社局 部门决算,
仁寿 人社局 单位概况, 渠县 单位决算), 湖北 (曾都 决算公开说明, 鼎正 等级划分),
and a 部门整体支出绩效评价指标表 repost; each rule names the phrasing it imitates
(``imitates``) and its source key (``src``).  Where a header word is a house
variant of a real column name, ``imitates`` says so.

Mechanics (masking of 《titles》 and 文号, the per-line/per-cell safety check,
segment scopes, the rule engine) are those of tests/reword/rewordkit.py.  The
safety check is taught that a count written in Chinese numerals before a
measure word (四个, 三个) is the same number as its Arabic form.

Environment (for attributing findings, not for the published rewrite):
REWORD_E_ONLY=ID,ID  apply only these rules;  REWORD_E_SKIP=ID,ID  leave these
rules out; in both cases rule counts are not asserted.  REWORD_E_DEBUG=1 prints
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
    "SX": "https://www.shouxian.gov.cn/public/118322758/1259995520.html (寿县 2023年度部门整体支出绩效评价自评表: 序号 | 一级 指标 | 二级 指标 | 三级 指标 | 指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分; 规划 (15分); 1、基础数据信息是否真实(1分); 未设置绩效目标,该栏不得分)",
    "JZ": "https://www.ahjinzhai.gov.cn/public/6624963/37545031.html (金寨 部门整体支出绩效自评表(2023年度): 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分; 年度资金总额 | 其中:当年财政拨款; 偏差原因分析及改进措施)",
    "DS": "https://m.51dongshi.net/eedfrcvdvdcgg.html (部门整体支出绩效评价指标表: 一级指标 分值 二级指标 分值 三级指标 分值 评价标准 指标说明 得分; 以100%为标准。在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止)",
    "WZ": "http://117.141.250.58:10060/wzyjsgkpt/uploadFile/upload1201/upload20220906/BA376D4490B297975A1E469C1A381661.html (广西 单位决算说明: 本单位2021年度总收入581.45万元,其中本年收入390.55万元…1.一般公共预算财政拨款收入382.17万元,为市本级财政当年拨付的资金…(二)本单位2021年度总支出581.45万元)",
    "DY2": "https://dyrmt.com/article-133619-2.html (单位决算情况说明: 2022年本年收入合计4125.49万元,其中:一般公共预算财政拨款收入3859.16万元,占93.54%…2022年本年支出合计4143.91万元,其中:基本支出1140.27万元…项目支出3003.64万元)",
    "HS": "http://www.hnhs.gov.cn/23247/23297/23780/content_1219000.html (赫山区城管执法局2019年部门整体支出绩效评价报告: 区城管执法局现有人员1894人,其中局本级187人(在职在编139人…); 我局积极组织,对2019年度本单位整体支出进行了绩效自评,现将具体绩效评价情况报告如下; 1.机构设置 2.人员编制 3.职责职能)",
    "LH": "https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml (隆回县乡村振兴项目资金绩效评价报告: 受隆回县财政局委托,我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成,报告如下)",
    "RS": "https://www.rs.gov.cn/info/5634/169183.htm (仁寿 县人社局: 第一部分 单位概况 / 一、职能简介 / 主要职责是)",
    "QX": "http://www.quxian.gov.cn/xxgk-show-64159.html (渠县 2024年度单位决算: 第一部分单位概况 一、主要职责 二、机构设置; 一、收入支出决算总体情况说明; 人员概况:在职人员81人)",
    "ZD": "https://pdf.wenkuvip.com/archives/769xb3le5kpb0lmzpngj.html (曾都区 2021年度决算公开说明: 第一部分:基本情况 一、部门主要职能 二、部门和所属预算单位机构设置情况 三、人员构成情况)",
    "DZGC": "http://www.dz-gczx.com/wap/articleDetails_id_1290.html (鼎正: 绩效评价结果等级划分标准…优(90-100分)、良(80-89分)、中(60-79分)、差(0-59分)四个档次)",
    "NX": "http://nxjw.nanxian.gov.cn/14890/36191/36192/36209/content_1639681.html (南县财政局: 一、自评得分情况 … 按照部门整体支出绩效评价指标体系…综合评分为97分; (二)人员编制情况 现有编制人员205人)",
    "HN": "corpus/henan-skills-competition-2021-2024.md (河南: A决策15分 | A1项目立项5分; 要点①②③④各占指标分值的1/4; 截至2025年5月12日，评价组共收集主办方、承办方有效问卷108份; 综上，该指标得2.00分)",
    "WLT": "http://1.25.240.11:8082/sites/wltzq/zwinfo.jsp?id=19718 (乌拉特中旗旗级绩效评价管理办法: 对财政支出的经济性、效率性、效益性和公平性进行客观、公正的测量、分析和评判)",
}

N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"
CN = {"1": "一", "2": "两", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九", "10": "十"}


def cn(x: str) -> str:
    return CN[x.strip()]


def st(x: str) -> str:
    return x.strip()


def element_rule_e(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> two house variants in turn."""
    w, p, z = m.group(2), m.group(3), re.sub(r"\s", "", m.group(4))
    if k % 2 == 0:   # 仿 寿县 "1、基础数据信息是否真实(1分)" - points per element, weight stated once
        tail = "该项得0分" if z == "得0分" else "该项不得分"
        return f"每个要素权重{w}，满足的要素得{p}分，不满足的{tail}"
    tail = "得0分" if z == "得0分" else "不得分"
    return f"按要素计分（单项权重{w}）：要素成立的得{p}分，不成立的{tail}"


def ending_e(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":   # house variant of 寿县 "自评得分" / 金寨 "得分" column
            return f"{lead}评定得分{sp1}{num}{sp2}分{stop}{tail}"
        if k % 2 == 0:         # 仿 河南 "综上，该指标得2.00分" -> "故…"
            return f"{lead}故此项得{sp1}{num}{sp2}分{stop}{tail}"
        return f"{lead}据此给予{sp1}{num}{sp2}分{stop}{tail}"
    return f


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"
LEVEL = r"^(.*?)\s?[（(]\s?(\d+(?:\.\d+)?)\s?[)）]$"

ANNEX_HEADER_E = {"评分标准": "指标说明及评分标准", "得分原因": "原因分析", "得分": "实得分"}
IND_HEADER_E = {"分值": "满分值", "得分": "实得分", "得分率%": "得分比例（%）"}


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


def decl_e(m: re.Match, k: int) -> str:
    g = [st(x) for x in m.groups()]
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = g
    if k == 0:   # summary cell: figures before the level names, "依次"
        return (f"本次评价共设{cn(n1)}个一级指标，下设二级指标{n2}个、三级指标{n3}个；"
                f"{d}分（权重{dw}）、{p}分（权重{pw}）、{o}分（权重{ow}）、{e}分（权重{ew}）依次分配给决策、过程、产出、效益")
    return (f"本次评价的指标体系由{cn(n1)}个一级指标、{n2}个二级指标和{n3}个三级指标组成。"
            f"其中，决策{d}分、占权重{dw}，过程{p}分、占权重{pw}，产出{o}分、占权重{ow}，效益{e}分、占权重{ew}")


def alloc_e(m: re.Match, k: int) -> str:
    """“过程”共设分值24分，按照与过程指标关联度的大小(以及…)，“A”设置分值12分，“B”设置分值6分… """
    lvl, total, extra, body = m.group(1), st(m.group(2)), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if " " in m.group(2) else ""
    names = "".join(f"“{a}”" for a, _ in pairs)
    pts = "、".join(f"{st(b)}{sp}分" for _, b in pairs)
    if lvl in ("过程", "效益"):   # "分别" construction
        return f"“{lvl}”合计{sp}{total}{sp}分，依据与{lvl}指标的关联程度{extra}，{names}分别赋予{pts}"
    gives = "、".join(f"{st(b)}{sp}分给“{a}”" for a, b in pairs)
    return f"“{lvl}”合计{sp}{total}{sp}分，依据与{lvl}指标的关联程度{extra}，其中{gives}"


RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_E)) + r")$", hmap(ANNEX_HEADER_E),
      "指标说明及评分标准 | 自评得分 (寿县 自评表); 偏差原因分析 (金寨) -> 原因分析; 实得分 = house variant of 得分", "SX", 66),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_E)) + r")$", hmap(IND_HEADER_E),
      "一级指标 分值 二级指标 分值 … 得分 (部门整体支出绩效评价指标表); 满分值/实得分/得分比例 = house variants", "DS", 18),
    R("H03", "table header", cell("annex", 0, 1, 2), LEVEL, r"\1 \2分",
      "A决策15分 | A1项目立项5分 (河南 附件1)", "HN", 51),
    R("H04", "table header", cell("ind", 0, 1), LEVEL, r"\1 \2分",
      "A决策15分 | A1项目立项5分 (河南 附件1)", "HN", 16),

    # ============================================================ 结论表 labels
    L("S01", "summary label", cell("summary", 1), "预算安排资金", "年度预算资金总额",
      "年度资金总额 | 其中:当年财政拨款 (金寨 自评表)", "JZ", 1),
    L("S02", "summary label", cell("summary", 3), "实际到位资金", "资金到位数",
      "全年执行数 | 执行率 (金寨 自评表) - house variant", "JZ", 1),
    L("S03", "summary label", cell("summary", 1, 3), "其中：财政拨款收入", "其中：当年财政拨款收入",
      "其中:当年财政拨款 (金寨 自评表)", "JZ", 2),
    L("S04", "summary label", cell("summary", 1), "实际支出资金", "资金实际支出数",
      "全年执行数 (金寨 自评表) - house variant", "JZ", 1),
    L("S05", "summary label", cell("summary", 3), "结转结余资金", "年末结转结余",
      "8.上年结转和结余 8.02 万元 (广西 单位决算说明)", "WZ", 1),
    L("S06", "summary label", cell("summary", 1), "预算执行率", "资金执行率",
      "分值 | 执行率 | 得分 (金寨 自评表)", "JZ", 1),
    L("S07", "summary label", cell("summary", 1), "评价得分", "评价总分",
      "一、自评得分情况 … 综合评分为97分 (南县财政局) - house variant", "NX", 1),
    L("S08", "summary label", cell("summary", 4), "评价等级", "等级评定",
      "优(90-100分)、良(80-89分)…四个档次 (鼎正)", "DZGC", 1),
    L("S09", "summary label", cell("summary", 1), "得分率", "得分比例",
      "house variant of 得分率", "JZ", 1),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "2024年，部门一般公共预算财政拨款收入为4901.44万元，而实际取得收入6847.87万元。截至2024年12月31日，全年共支出6847.87万元；按支出性质划分，2024年基本支出842.29万元、2024年项目支出6005.58万元，部门预算执行率达100%（详见表1）。",
      "本单位2021年度总收入581.45万元,其中本年收入390.55万元…(二)本单位2021年度总支出581.45万元 (广西 单位决算说明): split into a 收入 and a 支出 sentence", "WZ", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "2024年，部门取得6847.87万元的一般公共预算财政拨款收入。截至2024年12月31日，部门全年支出合计6847.87万元（2024年基本支出842.29万元、2024年项目支出6005.58万元），预算执行率为100%。",
      "2022年本年收入合计4125.49万元,其中:一般公共预算财政拨款收入3859.16万元 (单位决算情况说明); figure before its label", "DY2", 1),
    R("F03", "figure", text("body"),
      r"^截至\s?(2024)\s?年\s?(12)\s?月\s?(31)\s?日，部门全年项目共支出\s?(6005\.58)\s?万元。（详见表\s?(2)）$",
      r"表 \5 列示了部门全年的项目支出：截至 \1 年 \2 月 \3 日，共计 \4 万元。",
      "(二)本单位2021年度总支出581.45万元 (广西 单位决算说明); 具体情况详见表1- 1 (河南)", "WZ", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)\s?(2024)\s?年部门整体支出，涉及财政预算资金\s?(6847\.87)\s?万元。$",
      r"\3 万元财政预算资金所形成的\1 \2 年部门整体支出，为本次绩效评价的对象。",
      "本单位2021年度总收入581.45万元 (广西 单位决算说明): figure first", "WZ", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金\s?(6847\.87)\s?万元。$",
      r"年部门财政预算整体支出，所涉资金共 \1 万元。",
      "2022年本年收入合计4125.49万元 (单位决算情况说明)", "DY2", 1),
    R("F06", "figure", either(text("analysis"), cell("annex", 5)),
      r"(\d{4})" + S + r"年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局基本支出实际执行\3万元，全年预算数亦为\2万元，",
      "全年预算数 | 全年执行数 (金寨 自评表): actual before budget", "JZ", 2),
    R("F07", "figure", either(text("analysis"), cell("annex", 5)),
      r"(\d{4})" + S + r"年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"\1年，\2万元的项目支出全年预算数对应肃南县人力资源和社会保障局实际执行数",
      "其中:当年财政拨款 329.77 | 329.77 | 338.31 (金寨 自评表): figure before its label", "JZ", 1),
    R("F08", "figure", cell("annex", 5),
      r"(\d{4})年肃南县人力资源和社会保障局项目支出全年预算数为(\d+(?:\.\d+)?)万元，实际执行数为",
      r"\1年，\2万元的项目支出全年预算数对应肃南县人力资源和社会保障局实际执行数",
      "(金寨 自评表): figure before its label", "JZ", 1),
    R("F09", "figure", either(text("analysis"), cell("annex", 5)),
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      r"全年收入预算\1万元、决算\2万元，二者相较预算调整数为",
      "年初预算数 | 全年预算数 | 全年执行数 (金寨 自评表)", "JZ", 2),
    R("F10", "figure", either(text("analysis"), cell("annex", 5)),
      r"(\d{4})" + S + r"年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"“三公”经费\1年度实际支出\3万元，全年预算\2万元，",
      "全年执行数 | 全年预算数 (金寨 自评表): actual before budget", "JZ", 2),
    R("F11", "figure", either(text("analysis"), cell("annex", 5)),
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"在\2万元的项目全年预算中，结余资金为\1万元，资金结余率为",
      "8.上年结转和结余 8.02 万元 (广西 单位决算说明): figure first, reordered", "WZ", 2),
    R("F12", "figure", either(text("analysis"), cell("annex", 5)),
      r"本部门" + S + r"(\d{4})" + S + r"年政府预算采购支出总额",
      r"本部门\1年政府采购预算与实际执行相符：政府预算采购支出总额",
      "全年预算数 | 全年执行数 (金寨 自评表): verdict first, figures after", "JZ", 2),
    R("F13", "figure", either(text("analysis"), cell("annex", 5)),
      r"(^元|万元)，实际采购支出" + N + r"万元，",
      r"\1，实际采购支出同样为\2万元，",
      "全年执行数 (金寨 自评表)", "JZ", 2),
    R("F15", "figure", text("analysis"),
      r"等资料，项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"等资料，在\1万元项目总支出中，部门\2年的重点项目有",
      "项目支出3003.64万元 (单位决算情况说明): figure first", "DY2", 1),
    R("F16", "figure", cell("annex", 5), r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，其中部门\2年的重点项目有", "项目支出3003.64万元 (单位决算情况说明)", "DY2", 1),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"单位现有在职人员\5名（截止到\2年\3月\4日），核定人员编制\1名。",
      "区城管执法局现有人员1894人,其中局本级187人(在职在编139人…) (赫山): actual staff first", "HS", 1),
    R("P02", "figure", either(text("analysis"), cell("annex", 5)),
      r"肃南县人力资源和社会保障局核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"截至\2年\3月\4日，肃南县人力资源和社会保障局在职人员\5人，与\1名的核定人员编制相比，在职人员控制率为",
      "现有人员1894人,其中局本级187人(在职在编139人) (赫山); 现有编制人员205人 (南县)", "HS", 2),
    R("P03", "figure", either(text("analysis"), cell("annex", 5)),
      r"肃南县人力资源和社会保障局编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"截至\2年\3月\4日，肃南县人力资源和社会保障局在职\5名、编制实有\1人，未使用临聘人员，",
      "在职在编139人、退休人员8人、协管员40人 (赫山)", "HS", 2),

    # ============================================================ survey plan and sample
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "按60%的抽样比例，结合科室及下属单位属性，从肃南裕固族自治县人社局部门内部工作人员（即样本总量）中随机抽取调查对象。",
      "截至2025年5月12日，评价组共收集主办方、承办方有效问卷108份 (河南) - sampling sentence turned around, ratio first", "HN", 1),
    L("V02", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷的发放、回收工作均由评价机构承担，以此保证问卷质量。",
      "我所成立绩效评价工作组对…实施绩效评价 (隆回)", "LH", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷面向部门工作人员，全部 \1 个调查问题均为单项选择题，单题最高 \2 分：选 A 得 \3 分，选 B 得 \4 分，选 C 得 \5 分，选 D 得 \6 分。论述题不计分。问卷总分 \7 分。",
      "1、基础数据信息是否真实(1分) (寿县 自评表)", "SX", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"综合满意率（工作人员）=问卷实得分合计÷问卷满分合计×\1",
      "预算执行率=(预算执行数/预算数)×100% (寿县 自评表)", "SX", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，",
      r"工作人员满意度指标满分 \1 分，", "规划 (15分) (寿县 自评表)", "SX", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为\s?(\d+%)；过程分值" + N + r"分，权重为\s?(\d+%)；产出分值" + N + r"分，权重为\s?(\d+%)；效益分值" + N + r"分，权重\s?(\d+%)",
      decl_e,
      "“项目管理”(60分)和“项目绩效”(40分),总分100分 (部门整体支出绩效评价指标 repost); 四个档次 (鼎正): counts in words, points before level names", "DS", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果兼用评分与评级两种方式，分值和等级可视评价内容具体设定。满分\1分，分优、良、中、差四档：",
      "优(90-100分)、良(80-89分)、中(60-79分)、差(0-59分)四个档次 (鼎正)", "DZGC", 2),
    R("D03", "declaration", text("abstract", "body"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      lambda m, k: (f"指标体系总分 {st(m.group(8))} 分，一级指标共{cn(m.group(1))}个——决策（{st(m.group(4))} 分）、过程（{st(m.group(5))} 分）、"
                    f"产出（{st(m.group(6))} 分）、效益（{st(m.group(7))} 分），其下设置 {st(m.group(2))} 个二级指标、{st(m.group(3))} 个三级指标。"),
      "规划 (15分) (寿县 自评表); “项目管理”(60分)和“项目绩效”(40分),总分100分 (指标 repost)", "SX", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      lambda m, k: f"本部分对指标体系中的{cn(m.group(1))}个一级指标逐一展开分析。",
      "按照部门整体支出绩效评价指标体系 (南县财政局); counts in words (鼎正 四个档次)", "NX", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“(决策|过程|产出)”下设" + N + r"个二",
      r"“\1”作为一级指标，其下有\2个二", "规划 (15分) | 基础信息 (3分) (寿县 自评表)", "SX", 3),
    R("D06", "declaration", text("analysis"), r"“效益”一级指标下设" + N + r"个二",
      r"“效益”作为一级指标，其下有\1个二", "规划 (15分) | 基础信息 (3分) (寿县 自评表)", "SX", 1),
    R("D07", "declaration", text("analysis"),
      r"级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:决策|过程|产出|效益)”共设))",
      lambda m, k: f"级指标（{m.group(1)}）和{m.group(2)}个三级指标（{m.group(3)}）{m.group(4)}",
      "内设股室:办公室、督查考核股… (赫山): lists in brackets", "HS", 4),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)",
      alloc_e, "A决策15分 | A1项目立项5分 (河南): points given to each 二级指标; 分别 construction", "HN", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，(主要考察.*?)，共计得分(\d+)分。$",
      r"项目\1一级指标得分\5分，其下设二级指标\2个、三级指标\3个，\4。",
      "一、自评得分情况 … 综合评分为97分 (南县财政局): score first", "NX", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"项目效益一级指标下含二级指标\1个、三级指标\2个，主", "(寿县 自评表)", "SX", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，该一级指标得分 \1 分。",
      "综合评分为97分 (南县财政局)", "NX", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{ {'5': '决策', '6': '过程', '7': '产出', '8': '效益'}[m.group(2)]}指标分值构成及得分",
      "一级指标 分值 二级指标 分值 三级指标 分值 … 得分 (指标表)", "DS", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：一级指标得分汇总",
      "一、自评得分情况 (南县财政局)", "NX", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"\3分是\1年\2绩效评价的最终得分，综合评价结论为“优”。",
      "…开展了绩效评价，综合评分为97分 (南县财政局): figure first", "NX", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "据此，本次绩效评价以97分评定为“优”。",
      "优(90-100分) (鼎正)", "DZGC", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，最终评定得分 97 分。",
      "综合评分为97分 (南县财政局)", "NX", 1),

    # ============================================================ scoring rules (评分标准 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_e, "1、基础数据信息是否真实(1分); 2、基础数据信息是否完整(1分) (寿县 自评表)", "SX", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"\1人员控制率以100%为上限，未超出的得2分，超出的得0分。",
      "以100%为标准。在职人员控制率≦100%,计5分 (部门整体支出绩效评价指标表)", "DS", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"达到 \1 的得2分；处于60%—80%区间的，每降低1%扣0.1分；不足60%的得0分。",
      "在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止 (指标表)", "DS", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"以\1乘以分值计算得分。", "预算执行率=(预算执行数/预算数)×100% (寿县 自评表)", "SX", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "以预算调整率0%为满分基准，调增或调减幅度每变动1%(不足1%按四舍五入原则取整)扣0.2分，调整率超过10%时不得分。",
      "除上级政策性因素影响外,年度无预算追加(1分) (寿县 自评表)", "SX", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率处在70%—100%区间的得1分；高于100%时，每高出1%扣0.1分，高出部分超过10%的不得分。",
      "每超过一个百分点扣0.5分,扣完为止 (指标表)", "DS", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率以0%为满分基准，在此基础上每增加1%扣0.1分，结余率超过10%不得分。",
      "以100%为标准…每超过一个百分点扣0.5分 (指标表)", "DS", 1),
    R("R08", "scoring rule", either(cell("annex", 4), text("survey")),
      r"综合满意率达到 (90%)以上得满分，(70%—90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率在 \1以上的，得满分；处于 \2之间的，每降低 \3扣减 \4 分；低于 \5的，该项不得分。",
      "每超过一个百分点扣0.5分,扣完为止 (指标表)", "DS", 2),
    L("R09", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分，60%-90%之间的得2分，60%以下的不得分。",
      "未设置绩效目标,该栏不得分 (寿县 自评表)", "SX", 1),
    L("R10", "scoring rule", cell("annex", 4), "通过调查问卷方式对部门工作进行评测，", "以问卷调查方式测评部门工作，",
      "共收集…有效问卷108份 (河南)", "HN", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_e("annex"),
         "自评得分 column (寿县 自评表) -> 评定得分 (house variant)", "SX", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_e("body"),
         "综上，该指标得2.00分 (河南) -> 故此项得 / 据此给予 (house variants)", "HN", 34),

    # ============================================================ clause order / method sentences
    L("X01", "clause order", text("body"),
      "肃南县人力资源和社会保障局聘请北京君和志同管理咨询有限公司，对肃南县人力资源和社会保障局2024年部门整体资金使用过程及效果开展预算绩效评价工作。",
      "北京君和志同管理咨询有限公司经肃南县人力资源和社会保障局聘请，成立评价工作组，对该局2024年部门整体资金使用过程及效果开展预算绩效评价工作。",
      "受隆回县财政局委托,我所成立绩效评价工作组对…实施绩效评价 (隆回)", "LH", 1),
    L("X02", "method sentence", either(cell("summary", 1), text("body")),
      "此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。",
      "评价方法以成本效益分析法、因素分析法、比较法和公众评判法为主。",
      "对财政支出的经济性、效率性、效益性和公平性进行客观、公正的测量、分析和评判 (乌拉特中旗)", "WLT", 2),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "单位概况", "第一部分 单位概况 (仁寿/渠县)", "RS", 2),
    H("T02", "部门预算安排及执行情况", "收入支出总体情况", "一、收入支出决算总体情况说明 (渠县)", "QX", 2),
    H("T03", "部门资金使用情况", "收入支出总体情况", "一、收入支出决算总体情况说明 (渠县)", "QX", 1),
    H("T04", "部门组织管理", "机构及人员构成情况", "三、人员构成情况 (曾都); 1.机构设置 2.人员编制 (赫山)", "ZD", 2),
    H("T05", "部门职能", "职能简介", "一、职能简介 (仁寿)", "RS", 3),
    H("T06", "绩效评价工作开展情况", "绩效评价组织实施情况", "我所成立绩效评价工作组对…实施绩效评价 (隆回)", "LH", 3),
    H("T07", "综合评价情况及评价结果", "评价得分及等级", "一、自评得分情况 (南县财政局); 四个档次 (鼎正)", "NX", 2),
    H("T08", "综合评价情况及评价结论", "评价得分及等级", "一、自评得分情况 (南县财政局)", "NX", 1),
    H("T09", "绩效评价指标分析", "分项指标评价情况", "现将具体绩效评价情况报告如下 (赫山)", "HS", 3),
    H("T10", "部门主要做法及经验", "工作成效与做法", "年度部门(单位)总体运行情况及取得的成绩 (岳阳) - house variant", "HS", 1),
    H("T11", "存在的主要问题及原因分析", "发现的主要问题", "存在的问题:一是… (部门整体支出绩效自评开展情况 repost)", "HS", 3),
    H("T12", "有关建议", "改进建议", "下一步改进措施 (部门整体支出绩效自评开展情况 repost)", "HS", 2),
    H("T13", "相关建议", "改进建议", "下一步改进措施 (repost)", "HS", 1),
    H("T14", "部门年度绩效目标", "年度工作目标", "年度总体目标 | 预期目标 | 实际完成情况 (金寨 自评表)", "JZ", 2),
    H("T15", "部门决策情况分析", "决策指标得分分析", "A决策15分 (河南)", "HN", 2),
    H("T16", "部门过程情况分析", "过程指标得分分析", "A决策15分 (河南)", "HN", 2),
    H("T17", "部门产出情况分析", "产出指标得分分析", "A决策15分 (河南)", "HN", 2),
    H("T18", "部门效益情况分析", "效益指标得分分析", "A决策15分 (河南)", "HN", 2),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "e", RULES, SRC, __doc__.split("\n\n")[1]))
