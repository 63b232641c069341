#!/usr/bin/env python3
"""Tenth, independent, held-out rewording of the reference report (writer J).

    python3 reword_j.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-j.txt   the report as a tenth consultancy would word it
    OUT_DIR/rewrites-j.tsv         every rewrite: id, how many places it changed,
                                   where, an example before/after, and the real
                                   published phrasing it imitates (with its source)

Writer J is meant to be the hardest realistic writer so far.  Sentences are
restructured: figures stand before their labels ("6005.58 万元" after a date in
brackets, "15 分、24 分、33 分、28 分依次为决策、过程、产出、效益的分值"), several
figures share one sentence through 分别 lists ("全年预算数与实际执行数分别为 842.29
万元、842.29 万元", "“预算执行”“资金管理”“资产管理”“档案管理”分别配置12分、6分、4分、
3分"), figures go into brackets ("实际支出 2 万元（全年预算 4 万元）", "在职人员43人
（核定人员编制44名）"), lists come before their counts ("……“档案归存完备性”（计12个）").
The 评分表 headers are 指标内涵 / 赋分标准 / 核查情况 / 评审得分, the per-一级 tables
标准分 / 评审得分 / 得分比率%; scoring rules take other real shapes with the same
scores ("以上要素权重均为25%，符合、不符合分别计1分、0分", "以……为标准：达到标准的
得2分，未达到的按0分计算", "若……，得2分；若处于60%—80%，……；若低于60%，按0分计算",
"以分值乘以预算执行率计算得分"); reasons end "该项按3分计。" / "本指标按3分计。".
Headings follow the outline of the 上海申杰 塘桥街道 report, 湛江 and 乌鲁木齐 部门决算;
the survey plan follows the 泉州 公众评议调查要求 (受访对象, 调查样本量) and the
蔡华珍 article on 内部职工满意度测评 / 综合满意度.

Every number, ①② mark, 文号, 《title》 and table cell stays where it was; every
defect of the original is kept; no scoring rule changes the score it gives for any
case.  Mechanics (masking, the per-line/per-cell safety check, segment scopes,
the rule engine) are those of tests/reword/rewordkit.py.

Environment (for attributing findings): REWORD_J_ONLY=ID,ID apply only these rules;
REWORD_J_SKIP=ID,ID leave these out (counts not asserted).  REWORD_J_DEBUG=1 prints
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
    "SH": "http://m.baogao8.com/p-126565.html (浦东新区2018年度塘桥街道小区综合整新项目绩效评价报告, 评价机构 上海申杰社会组织培育中心: 目录 一、项目基本情况 (二)预算安排和实际支出情况 (三)组织管理和执行情况 (四)绩效目标完成情况 二、评价工作实施情况 (二)评价方式方法 1.绩效评价的原则 3.评价指标体系及标准 (四)绩效评价实施过程 2.问卷调研 三、评价结论和指标分析 (一)评价结论 1.评价结果 四、业绩和经验、主要问题、建议和措施 (一)主要业绩和经验 (二)存在的主要问题 (三)相关建议和措施 附件1:问卷调查汇总分析报告)",
    "ZJ": "https://gosugo.com/zdlyxxgk/czyjshsg/bmyjs/bmjs/2021/content/post_1669527.html (2021年湛江市人民政府行政服务中心部门决算: 第一部分 …概况 一、单位主要职责 二、单位机构设置 三、部门决算单位构成; 六、一般公共预算财政拨款基本支出决算明细表)",
    "WLMQ": "http://upcchem.com/wlmqs/c119485/202501/b6ed714d8d334d43bcd1e201fd61491c.shtml (乌鲁木齐市政务服务中心2023年度部门决算公开说明: 二、机构设置及人员情况 …实有人数11人，其中：在职人员10人，离休人员0人，退休人员1人; 2023年度收入总计434.72万元，其中：本年收入合计434.16万元…)",
    "SJ": "https://www.shuangjiang.gov.cn/info/1207/125188.htm (双江县人力资源和社会保障局2023年度部门决算: 第一部分 部门概况 一、主要职能 二、部门基本情况; 一般公共预算财政拨款基本支出决算表; 十三、2023年度部门整体支出绩效自评情况)",
    "LX": "http://www.lxx.gov.cn/zwgk/qzfxxgkml/czxx/202005/t20200508_1672862.html (泸溪县人力资源和社会保障局部门整体支出绩效评价自评报告: 我单位于2017年5月至6月，组织力量对本单位的部门预算整体支出进行了绩效评价，本次评价遵循了“科学规范、公正公开、分类管理、绩效相关”的原则…现将情况汇报如下: 一、基本情况 1.部门职责)",
    "QZ": "http://tjj.quanzhou.gov.cn/zwgk/zfxxgk/fdzdgknr/zfcg/202212/t20221214_2826352.htm (泉州市统计局 绩效评估公众评议电话调查有关工作要求: 一、调查目的 二、受访对象 城乡居民、企业经营者、服务对象 三、调查样本量 调查有效样本量7120个。其中对县(市、区)的调查样本量3100个…)",
    "CAI": "https://fx361.cc/page/2018/0119/4709083.shtml (蔡华珍 涂申清 彭玉红《绩效评价中综合满意度的应用探讨》财会学习2018年32期: 对单位党建工作进行内部职工满意度测评; 设计成多个回答选项的问卷，需要计算综合满意度; 单一满意度…按满意的人数占总人数的比例计算)",
    "MYM": "http://wap.manyoumao.com/lizhi/374953.html (量化目标考核打分计算标准: 考核标准等级的得分系数分别为4321, 实际完成值低于低级标准的,按零分计算, 实际完成值在a级标准以上的,按四分计算, 当实际完成值在a制低级之间时,采用线性方法计算得分系数)",
    "YYKJ": "http://yueyang.gov.cn/zwgk/62389/62391/content_1344912.html (岳阳 科技局整体支出绩效评价评分表: 以100%为标准。在职人员控制率≦100%,计5分; 春节前下达专项资金的50%; 每出现一个专项未按进度完成资金下达扣0.5分,扣完为止)",
    "WY": "https://m.fx361.cc/news/2017/0516/1745704.html (王琰 胡铖《第三方中介绩效评价满意度指标问题及对策研究》: 满意度指标…作为一项技术工具构成完成评价过程的一部分; 中介机构参与绩效评价项目)",
    "YX": "https://tnwt.com.cn/zfxxgk_yx_mzj/artview/959/315550.html (临沧市云县民政局2022年度部门决算: 第一部分 概况 一、主要职能 二、部门基本情况; 十二、部门整体支出绩效自评情况; 十四、项目支出绩效自评表)",
    "XDM": "http://www.021fenlei.com/n143626.htm (上海市黄浦区小东门街道办事处2017年度部门决算: 一、主要职能 二、部门决算单位构成; 六、一般公共预算财政拨款基本支出决算表; 第四部分 名词解释)",
    "JC": "https://cwc.jcut.edu.cn/info/1015/1324.htm (荆楚理工学院预算绩效管理办法(试行): 审核校属各单位(部门)报送的事前绩效评估结果、绩效目标、绩效运行监控结果、自评结果)",
    "NXCZ": "corpus/excerpts/nanxian_czj_2020.txt (南县财政局2020年度机关整体支出绩效评价报告: 下设办公室、预算股、人事教育股、国库股、科教文化股、乡镇财政等16个股室 — the list first, its count after)",
    "HOUSE": "house wording of writer J (no published page found for the exact words; the shape is described in the note)",
}
N = r"(\s?\d+(?:\.\d+)?\s?)"      # a number with the optional spaces around it
S = r"\s?"


def st(x: str) -> str:
    return x.strip()


def hmap(mapping: dict) -> Callable[[re.Match, int], str]:
    return lambda m, k: mapping[m.group(0)]


ANNEX_HEADER_J = {"指标解释": "指标内涵", "评分标准": "赋分标准", "得分原因": "核查情况", "得分": "评审得分"}
IND_HEADER_J = {"分值": "标准分", "得分": "评审得分", "得分率%": "得分比率%"}
BUDGET_HEADER_J = {"财政拨款收入 (元)": "一般公共预算财政拨款 (元)", "小计(元)": "支出合计(元)",
                   "人员经费支出 (元)": "人员经费 (元)", "商品和服务支出 (元)": "日常公用经费 (元)",
                   "支出明细": "经济科目", "下达资金": "下达额度", "支出金额": "已支出数",
                   "项目名称": "功能科目", "项目支出明细": "功能科目", "部门基本资金支出": "基本支出决算明细",
                   "项目": "项目支出决算明细"}
SUMMARY_LABEL_J = {"预算安排资金": "年度预算安排", "实际到位资金": "资金到位数额", "实际支出资金": "资金实际支出",
                   "结转结余资金": "年末结转结余", "其中：财政拨款收入": "其中：财政拨款", "预算执行率": "资金执行率",
                   "评价得分": "总分", "评价等级": "等次", "得分率": "得分比率"}


def element_rule_j(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> 以上要素权重均为w，符合、不符合分别计p分、0分 /
    以上要素权重均为w，符合的计p分，否则不计分.  Additive per element as before: a rule whose elements x
    points != 分值 keeps its defect."""
    w, p, z = m.group(2), m.group(3), re.sub(r"\s", "", m.group(4))
    if z == "得0分":
        return f"以上要素权重均为{w}，符合、不符合分别计{p}分、0分"
    return f"以上要素权重均为{w}，符合的计{p}分，否则不计分"


ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending_j(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if style == "annex":
            return f"{lead}该项按{sp1}{num}{sp2}分计{stop}{tail}"
        if k % 2 == 0:
            return f"{lead}本指标按{sp1}{num}{sp2}分计{stop}{tail}"
        return f"{lead}据此按{sp1}{num}{sp2}分计算{stop}{tail}"
    return f


def decl_j(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    sp = " " if "34 " in m.group(0) else ""
    return (f"评价指标体系设一级指标{sp}{n1}{sp}个、二级指标{sp}{n2}{sp}个、三级指标{sp}{n3}{sp}个，"
            f"{d}{sp}分、{p}{sp}分、{o}{sp}分、{e}{sp}分依次为决策、过程、产出、效益的分值"
            f"（权重依次为{sp}{dw}、{pw}、{ow}、{ew}）")


def decl_abstract_j(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = (st(x) for x in m.groups())
    return (f"评价指标体系含一级指标 {n1} 个（决策、过程、产出、效益），二级、三级指标分别为 {n2} 个、{n3} 个；"
            f"各一级指标分值依次为 {d} 分、{p} 分、{o} 分、{e} 分（满分 {full} 分）。")


def level_split_j(m: re.Match, k: int) -> str:
    """Line 553 (the 决策 paragraph, whose count of 二级 stands on the line before): lists first, count after."""
    two, n3, three, stop = m.group(1), st(m.group(2)), m.group(3), m.group(4)
    return f"级指标——{two}；三级指标包括{three}，计{n3}个{stop}"


def level_line_j(m: re.Match, k: int) -> str:
    lvl = m.group(1) or m.group(2)
    n2, two, n3, three, stop = st(m.group(3)), m.group(4), st(m.group(5)), m.group(6), m.group(7)
    sp = " " if m.group(3).startswith(" ") else ""
    return f"“{lvl}”的二级指标为{two}（计{sp}{n2}{sp}个），三级指标为{three}（计{sp}{n3}{sp}个）{stop}"


def alloc_j(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    names = "".join(f"“{a}”" for a, _ in pairs)
    pts = "、".join(f"{sp}{st(b)}{sp}分" for _, b in pairs)
    return f"“{lvl}”总分值{total}分，依据与{lvl}指标的关联程度{extra}，{names}分别配置{pts}。"


def level_abs_j(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"项目{lvl}部分得{score}分。该部分由{n2}个二级指标、{n3}个三级指标构成，主要考察{focus}。"


CAP_J = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}
TEXT_ANALYSIS_OR_ANNEX = either(text("analysis"), cell("annex", 5))

RULES: list[Rule] = [
    # ============================================================ table headers
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER_J)) + r")$", hmap(ANNEX_HEADER_J),
      "指标内涵 / 赋分标准 / 核查情况 / 评审得分: house words of a third-party 评分表 (核查情况 as in a 财政重点评价 底稿; 评审得分 as 专家评审得分)", "HOUSE", 88),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER_J)) + r")$", hmap(IND_HEADER_J),
      "标准分 | 评审得分 | 得分比率%: house words (分值 -> 标准分, cf. 岳阳 评分表 分值 column)", "HOUSE", 18),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER_J)) + r")$", hmap(BUDGET_HEADER_J),
      "一般公共预算财政拨款基本支出决算明细表 (湛江 部门决算) -> 一般公共预算财政拨款 / 人员经费 / 日常公用经费 / 经济科目 / 功能科目 / 基本支出决算明细", "ZJ", 20),
    R("H04", "table header", cell("survey", header=True), r"^(?:小计|比例)$",
      lambda m, k: {"小计": "频数", "比例": "百分比"}[m.group(0)],
      "单一满意度…按满意的人数占总人数的比例计算 (蔡华珍, 综合满意度的应用探讨) -> 频数 | 百分比 (house statistics words)", "CAI", 20),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "组内职务", "主要职责": "负责内容"}[m.group(0)],
      "组内职务 | 姓名 | 职称 | 负责内容 (house)", "HOUSE", 2),

    # ============================================================ 结论表 labels
    R("S01", "summary label", cell("summary", 0, 1, 3, 4),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL_J)) + r")$", hmap(SUMMARY_LABEL_J),
      "2023年度收入总计434.72万元，其中：本年收入合计434.16万元 (乌鲁木齐 决算说明) -> 其中：财政拨款; 总分 / 等次 (house)", "WLMQ", 10),

    # ============================================================ figure sentences: funds
    L("F01", "figure", text("body"),
      "2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。（详见表1）",
      "2024年，部门一般公共预算财政拨款收入4901.44万元（实际收入6847.87万元）；截至2024年12月31日，部门全年支出6847.87万元，2024年基本支出、2024年项目支出分别为842.29万元、6005.58万元，部门预算执行率100%。（详见表1）",
      "实有人数11人，其中：在职人员10人 (乌鲁木齐 决算说明): a figure in brackets; 得分系数分别为4321 (考核打分标准): labels first, figures after in a 分别 list", "WLMQ", 1),
    L("F02", "figure", text("abstract"),
      "2024年部门一般公共预算财政拨款收入6847.87万元，截至2024年12月31日，部门全年支出6847.87万元，其中2024年基本支出842.29万元，2024年项目支出6005.58万元，部门预算执行率100%。",
      "2024年，部门一般公共预算财政拨款收入6847.87万元；截至2024年12月31日，部门全年支出6847.87万元（2024年基本支出842.29万元，2024年项目支出6005.58万元），部门预算执行率100%。",
      "2023年度收入总计434.72万元，其中：本年收入合计434.16万元 (乌鲁木齐 决算说明) -> the parts in brackets", "WLMQ", 1),
    R("F03", "figure", text("body"),
      r"^截至(\s?2024\s?)年(\s?12\s?)月(\s?31\s?)日，部门全年项目共支出(\s?6005\.58\s?)万元。（详见表(\s?2)）$",
      r"部门全年项目支出\4万元（截至\1年\2月\3日），具体见表\5。",
      "house: the date in brackets after the figure", "HOUSE", 1),
    R("F04", "figure", either(cell("summary", 1), text("body")),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局)(\s?2024\s?)年部门整体支出，涉及财政预算资金(\s?6847\.87\s?)万元。$",
      r"本次绩效评价以\1\2年部门整体支出为对象，财政预算资金规模\3万元。",
      "本次评价遵循了…原则，运用…对本单位2016年度部门整体支出的绩效情况进行客观、公正的评价 (泸溪 人社局自评报告) (house: 资金规模)", "LX", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金(\s?6847\.87\s?)万元。$",
      r"年部门财政预算整体支出，资金规模\1万元。", "house: 资金规模", "HOUSE", 1),
    R("F06", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年肃南县人力资源和社会保障局基本支出全年预算数与实际执行数分别为\2万元、\3万元，",
      "得分系数分别为4321 (考核打分标准): two labels, then 分别 and the figures", "MYM", 2),
    R("F07a", "figure", cell("annex", 5),
      r"项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"项目支出全年预算数、实际执行数分别为\1万元、\2万元，",
      "得分系数分别为4321 (考核打分标准)", "MYM", 1),
    R("F07b", "figure", text("analysis"),
      r"项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"项目支出全年预算数\1万元，与之对应的实际执行数", "house", "HOUSE", 1),
    R("F09", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为",
      r"全年收入预算数、决算数分别为\1万元和\2万元，预算调整数为",
      "得分系数分别为4321 (考核打分标准)", "MYM", 2),
    R("F10", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"(\d{4}" + S + r")年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，",
      r"\1年度“三公”经费实际支出\3万元（全年预算\2万元），",
      "实有人数11人，其中：在职人员10人 (乌鲁木齐 决算说明): the second figure in brackets; here the executed amount first", "WLMQ", 2),
    R("F11", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为",
      r"在项目全年预算数\2万元中，结余资金为\1万元，资金结余率为",
      "house: the base first, the part after", "HOUSE", 2),
    R("F12a", "figure", cell("annex", 5),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万元，实际采购支出" + N + r"万元，",
      r"本部门\1年政府采购预算总额与实际采购支出分别为\2万元、\3万元，",
      "得分系数分别为4321 (考核打分标准)", "MYM", 1),
    R("F12b", "figure", text("analysis"),
      r"本部门(" + S + r"\d{4}" + S + r")年政府预算采购支出总额" + N + r"万$",
      r"本部门\1年政府采购预算总额\2万", "house", "HOUSE", 1),
    R("F13", "figure", text("analysis"),
      r"^元，实际采购支出" + N + r"万元，",
      r"元，实际完成的政府采购支出\1万元，", "house", "HOUSE", 1),
    R("F15", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"在\1万元项目总支出中，部门\2年列为重点项目的是", "house: the total first", "HOUSE", 1),
    R("F15b", "figure", cell("annex", 5),
      r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元；其中，部门\2年列为重点项目的是", "house (the cell continues 项目总支出 from the row before a page break)", "HOUSE", 1),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年(12)月(31)日，在职人员(\d+)名。",
      r"截止到\2年\3月\4日，单位在职人员\5名（核定人员编制\1名）。",
      "实有人数11人，其中：在职人员10人 (乌鲁木齐 决算说明): the other count in brackets", "WLMQ", 1),
    R("P02", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"核定人员编制(\d+)名，截至(2024)年(12)月(31)日，在职人员(\d+)人。在职人员控制率为",
      r"截至\2年\3月\4日在编在职人员\5人（核定人员编制\1名），在职人员控制率为",
      "实有人数11人，其中：在职人员10人 (乌鲁木齐 决算说明)", "WLMQ", 2),
    R("P03", "figure", TEXT_ANALYSIS_OR_ANNEX,
      r"编制实有(\d+)人，截至(2024)年(12)月(31)日，在职人员(\d+)名，无临聘人员，",
      r"截至\2年\3月\4日，编制实有\1人、在职人员\5名，未聘用临聘人员，",
      "house: the date first", "HOUSE", 2),

    # ============================================================ survey plan and scoring
    L("V01", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "受访对象为肃南裕固族自治县人社局部门内部职工，按科室及下属单位属性随机抽取，调查样本量占内部职工总数的60%。",
      "二、受访对象 … 三、调查样本量 (泉州 公众评议调查要求); 内部职工满意度测评 (蔡华珍)", "QZ", 1),
    L("V02", "survey", text("body"),
      "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷的发放、回收全程由评价机构负责，以确保问卷质量。",
      "house", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷（部门工作人员）含单选题 \1 道，每题满分 \2 分，\3 分、\4 分、\5 分、\6 分分别对应选项 A、B、C、D；论述题不赋分，问卷合计 \7 分。",
      "得分系数分别为4321 (考核打分标准): the points first, then what they belong to; 设计成多个回答选项的问卷 (蔡华珍)", "MYM", 1),
    R("V04", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"工作人员综合满意率=问卷总得分/问卷总满分×\1",
      "需要计算综合满意度 (蔡华珍)", "CAI", 1),
    R("V05", "survey", text("survey"), r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%—90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。$",
      r"工作人员满意度指标（\1 分）按综合满意率赋分：达到 \2以上的得满分；位于\3区间的，每降低 \4扣 \5 分；不足 \6的按零分计算。",
      "实际完成值低于低级标准的,按零分计算 (考核打分标准)", "MYM", 1),
    L("V06", "survey", text("survey"), "得分标准设置：", "赋分说明：", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(1) 分值设置", "(1) 题目分值", "house", "HOUSE", 1),
    L("V08", "survey", text("survey"), "(2) 满意率计算", "(2) 综合满意率测算", "需要计算综合满意度 (蔡华珍)", "CAI", 1),
    L("V09", "survey", text("survey"), "(3) 评价标准", "(3) 指标赋分", "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl_j, "得分系数分别为4321 (考核打分标准): the figures first, their labels after (依次为), the weights in brackets", "MYM", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果采用评分与评级相结合的方式，满分\1分，按得分区间划分为四个等次：",
      "house (等次)", "HOUSE", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract_j, "实有人数11人，其中：在职人员10人 (乌鲁木齐): names in brackets after the count; 分别为 (考核打分标准)", "WLMQ", 1),
    R("D04", "declaration", text("analysis"), r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"本部分对所设\1个一级指标逐一分析如下。", "house", "HOUSE", 1),
    R("D05", "declaration", text("analysis"), r"一级指标“决策”下设" + N + r"个二$",
      r"围绕“决策”设置了\1个二", "house", "HOUSE", 1),
    R("D06", "declaration", text("analysis"),
      r"^级指标：分别是((?:“[^“”]*”)+)，" + N + r"个三级指标：分别是((?:“[^“”]*”)+?)(。)",
      level_split_j, "下设办公室、预算股、人事教育股…等16个股室 (南县财政局): the list first, its count after", "NXCZ", 1),
    R("D07", "declaration", text("analysis"),
      r"^(?:一级指标“(过程|产出)”|“(效益)”一级指标)下设" + N + r"个二级指标：分别是((?:“[^“”]*”)+)，" + N
      + r"个三级指标：分别是((?:“[^“”]*”)+?)(。|(?=“(?:过程|产出|效益)”共设))",
      level_line_j, "下设…等16个股室 (南县财政局): the list first, its count after (here in brackets)", "NXCZ", 3),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc_j, "得分系数分别为4321 (考核打分标准): all the parts, then 分别 and all their points", "MYM", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs_j, "house: the score first, the composition after", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"项目效益部分由\1个二级指标、\2个三级指标构成，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，该部分得 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      lambda m, k: f"表{m.group(1)}{m.group(2)}：{CAP_J[m.group(2)]}部分各级指标赋分与得分",
      "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：各一级指标得分统计", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：一般公共预算财政拨款基本支出决算明细",
      "六、一般公共预算财政拨款基本支出决算明细表 (湛江 部门决算)", "ZJ", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出分功能科目明细",
      "house (功能科目)", "HOUSE", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组人员构成", "house", "HOUSE", 1),
    L("D17", "declaration", text("body"), "部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
      "各一级指标得分见表4，逐项评分明细见附件1。", "house", "HOUSE", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经综合评价分析，\1年\2绩效评价结果为“优”（总分\3分）。",
      "house: the grade first, the score in brackets", "HOUSE", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。", "本次绩效评价结果为“优”（97分）。",
      "house", "HOUSE", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经论证，总分为 97 分。", "house", "HOUSE", 1),

    # ============================================================ scoring rules (赋分标准 column)
    R("R01", "scoring rule", cell("annex", 4),
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule_j, "得分系数分别为4321 (考核打分标准): 符合、不符合分别计p分、0分", "MYM", 21),
    R("R02", "scoring rule", cell("annex", 4), r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"以\1人员控制率≤100%为标准：达到标准的得2分，未达到的按0分计算。",
      "以100%为标准。在职人员控制率≦100%,计5分 (岳阳 科技局评分表); 按零分计算 (考核打分标准)", "YYKJ", 2),
    R("R03", "scoring rule", cell("annex", 4), r"(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"若 \1，得2分；若处于60%—80%，每降低1%扣0.1分；若低于60%，按0分计算。",
      "实际完成值低于低级标准的,按零分计算…当实际完成值在a制低级之间时,采用线性方法计算 (考核打分标准)", "MYM", 1),
    R("R04", "scoring rule", cell("annex", 4), r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"以分值乘以\1计算得分。", "house", "HOUSE", 4),
    L("R05", "scoring rule", cell("annex", 4),
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "未作调整（预算调整率为0%）的得满分；每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分；调整率超过10%的，按零分计算。",
      "按零分计算 (考核打分标准)", "MYM", 1),
    L("R06", "scoring rule", cell("annex", 4),
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率处于70%—100%区间的得1分；超出100%的，每增加1%扣0.1分，超过10%的按零分计算。",
      "按零分计算 (考核打分标准)", "MYM", 1),
    L("R07", "scoring rule", cell("annex", 4),
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金无结余（结余率为0%）的得满分；结余率每增加1%扣0.1分，超过10%的按零分计算。",
      "按零分计算 (考核打分标准)", "MYM", 1),
    R("R08", "scoring rule", cell("annex", 4),
      r"综合满意率达到 (90%)以上得满分，(70%—90%)每降低 (1%)扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率达到 \1以上的得满分；位于\2区间的，每降低 \3扣 \4 分；不足 \5的按零分计算。",
      "按零分计算 (考核打分标准)", "MYM", 1),
    L("R09", "scoring rule", cell("annex", 4), "分，60%-90%得2分，60%以下不得分。", "分；60%-90%计2分；不足60%的按零分计算。",
      "按零分计算 (考核打分标准)", "MYM", 1),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", cell("annex", 5), ENDING, ending_j("annex"),
         "按四分计算 (考核打分标准) -> 该项按N分计", "MYM", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending_j("body"),
         "按四分计算 (考核打分标准) -> 本指标按N分计 / 据此按N分计算", "MYM", 34),

    # ============================================================ headings (wording only)
    H("T01", "部门概况", "评价对象概况", "一、项目基本情况 (上海申杰 塘桥街道报告) -> 评价对象概况 (house)", "SH", 2),
    H("T02", "部门职能", "单位主要职责", "一、单位主要职责 (湛江 部门决算)", "ZJ", 3),
    H("T03", "部门预算安排及执行情况", "预算安排和实际支出情况", "(二)预算安排和实际支出情况 (上海申杰)", "SH", 2),
    H("T04", "部门资金使用情况", "预算安排和实际支出情况", "(二)预算安排和实际支出情况 (上海申杰)", "SH", 1),
    H("T05", "部门组织管理", "组织管理和执行情况", "(三)组织管理和执行情况 (上海申杰)", "SH", 2),
    H("T06", "部门年度绩效目标", "年度履职目标", "house", "HOUSE", 2),
    H("T07", "绩效评价工作开展情况", "评价工作实施情况", "二、评价工作实施情况 (上海申杰)", "SH", 3),
    R("T08", "heading", either(text(), cell("toc", 0)), r"^([（(]\s?二\s?[）)]\s?)(?:评价指标体系|绩效评价原则、评价指标体系)$",
      r"\1评价方式方法", "(二)评价方式方法 (上海申杰)", "SH", 3),
    H("T09", "评价原则", "绩效评价的原则", "1.绩效评价的原则 (上海申杰)", "SH", 1),
    H("T10", "评价指标体系", "评价指标体系及标准", "3.评价指标体系及标准 (上海申杰)", "SH", 2),
    H("T11", "绩效评价工作过程", "绩效评价实施过程", "(四)绩效评价实施过程 (上海申杰)", "SH", 3),
    H("T12", "综合评价情况及评价结果", "评价结论", "(一)评价结论 (上海申杰)", "SH", 2),
    H("T13", "综合评价情况及评价结论", "评价结论", "(一)评价结论 (上海申杰)", "SH", 1),
    H("T14", "综合评价情况", "综合评价", "house", "HOUSE", 2),
    H("T15", "评价结果", "等次认定", "house (等次)", "HOUSE", 2),
    H("T16", "绩效评价指标分析", "分指标绩效分析", "三、评价结论和指标分析 (上海申杰) -> 分指标 (house)", "SH", 3),
    H("T17", "部门决策情况分析", "决策部分", "house", "HOUSE", 2),
    H("T18", "部门过程情况分析", "过程部分", "house", "HOUSE", 2),
    H("T19", "部门产出情况分析", "产出部分", "house", "HOUSE", 2),
    H("T20", "部门效益情况分析", "效益部分", "house", "HOUSE", 2),
    H("T21", "评价指标相关性分析、指标设计和分值设计", "指标构成与赋分", "house", "HOUSE", 4),
    H("T22", "指标评分结果分析", "逐项得分说明", "house", "HOUSE", 4),
    H("T23", "存在的主要问题及原因分析", "存在的主要问题及成因", "(二)存在的主要问题 (上海申杰)", "SH", 3),
    H("T24", "存在的问题", "存在的主要问题", "(二)存在的主要问题 (上海申杰)", "SH", 2),
    H("T25", "有关建议", "建议和措施", "(三)相关建议和措施 (上海申杰)", "SH", 2),
    H("T26", "相关建议", "相关建议和措施", "(三)相关建议和措施 (上海申杰)", "SH", 1),
    H("T27", "部门主要做法及经验", "主要业绩和经验", "(一)主要业绩和经验 (上海申杰)", "SH", 1),
    H("T28", "社会调查方案", "调研方案", "2.问卷调研 (上海申杰) -> 调研方案 (house)", "SH", 2),
    H("T29", "内部人员调查问卷方案", "内部职工满意度测评方案", "对单位党建工作进行内部职工满意度测评 (蔡华珍)", "CAI", 2),
    H("T30", "调查方法和抽样方式", "抽样方式与调查样本量", "三、调查样本量 (泉州 公众评议调查要求)", "QZ", 1),
    H("T31", "调查对象", "受访对象", "二、受访对象 (泉州 公众评议调查要求)", "QZ", 1),
    H("T32", "问卷的发放和回收", "问卷发放回收方式", "house", "HOUSE", 1),
    H("T33", "部门职能及资金使用", "部门职责及资金使用情况", "house", "HOUSE", 1),
    R("T34", "heading", either(text(), cell("toc", 0)), r"^附件\s?2(：|\s)问卷调查$",
      lambda m, k: f"附件2{m.group(1)}问卷调查汇总分析" if "：" in m.group(1) else "附件 2 问卷调查汇总分析",
      "附件1:问卷调查汇总分析报告 (上海申杰)", "SH", 3),
]


if __name__ == "__main__":
    sys.exit(main(sys.argv, "j", RULES, SRC, __doc__.split("\n\n")[1]))
