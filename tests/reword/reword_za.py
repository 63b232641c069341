#!/usr/bin/env python3
"""Held-out rewording of the reference report (writer ZA).

    python3 reword_za.py OUT_DIR [SOURCE]

Reads SOURCE (default fixtures/sunan-hrss-2024.txt) and writes

    OUT_DIR/sunan-reworded-za.txt   the report as writer ZA would word it
    OUT_DIR/rewrites-za.tsv         every rewrite: id, how many places it changed, where, an example
                                    before/after, and the real published phrasing it imitates (with its source)

Writer ZA's house style is that of a 西南 (重庆/云南) 乡镇/县级 财政所 writer: plain, list-heavy; element
marks and declarations numbered "1.……；2.……；" (where the reference uses ①②); budget words 下达预算 /
调整后预算 / 实际拨付 (重庆 涂井乡 自评表, 云南 红河 "调整预算后项目预算…实际到位资金…", 南川 "分两批次下达");
rates stated before their figures ("预算执行率为100%（实际拨付842.29万元/调整后预算842.29万元）");
scoring rules written as deductions "……的不扣分；……的扣X分" (参考样表 "每出现一例不符合要求的扣1分");
element rules "有一项得p分，无则该项不得分" (项目支出绩效评价评分表 "设有目标(1分)目标明确(1分)");
a zero amount in 元 ("结余资金0元"); reasons ending "实得N分。" (评分表) / "此项实得N分。" (body).

Every number, 文号, 《title》 and table cell value stays; every defect stays; no scoring rule changes the score it
gives for any case.  Safety check: rewordkit's, with one reversible normalisation applied to both sides: list
markers "k." (k a digit, after a line start, a space or punctuation, not followed by a digit) and circled
①–⑨ are removed before the facts are compared; separately, every cell's sequence of element marks (circled or
"k.") in the original must appear, in order, among the marks of the rewrite.

Environment: REWORD_ZA_ONLY=ID,ID apply only these rules; REWORD_ZA_SKIP=ID,ID leave these out (counts not
asserted); REWORD_ZA_DEBUG=1 prints each rule's count.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rewordkit import (  # noqa: E402
    H,
    L,
    R,
    Rule,
    apply,
    cell,
    check,
    either,
    text,
    tsv_field,
)

SOURCE = Path(__file__).resolve().parents[2] / "fixtures" / "sunan-hrss-2024.txt"
W = "za"

SRC = {
    "CQ-TJX": "http://www.zhongxian.gov.cn/jd/zxtjx/zwgk_34997/fdzdgknr_35002/ysjs/jsgk/202304/t20230412_11869955.html "
              "(重庆 忠县涂井乡 2021年度项目绩效自评表: 项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A); "
              "年度资金总额: 372.29万元 372.29万元 100%)",
    "CQ-NC": "http://www.cqnc.gov.cn/qzfbm_197/nyncw/zwgk_53897/fdzdgknr_53899/ysjs_53905/202011/t20201130_8512128.html "
             "(重庆 南川区农业农村委 2019年度项目资金重点绩效评价结果: 项目资金分两批次下达，其中…提前下达1800万元…"
             "截至…项目实际支出1388.3万元; 绩效评价得分90.5分,评价等级为优)",
    "CQ-BS": "https://www.bishan.gov.cn/zwgk_241/fdzdgknr/ysjs/qzfbmyjsqk/bsqjsbg/202110/t20211013_9800114.html "
             "(重庆 璧山区 2020年区本级决算草案报告: 年初预算 | 调整预算 | 决算数; 批准预算调整方案…调减)",
    "CQ-ZS": "http://www.rongchang.gov.cn/jz/zsz/zwgk_70755/fdzdgknr_70758/ysjs/jsgk/202311/t20231123_12597924.html "
             "(重庆 荣昌区直升镇 2022年度部门决算情况说明: 一、部门基本情况 (一)职能职责 (二)机构设置 1.…2.… numbered lists; "
             "财政办公室: 主要负责财政收支、预决算…绩效评价)",
    "YN-HH": "https://www.hh.gov.cn/info/11481/1179592.htm (云南 红河州数据发展中心 2024年度项目支出绩效单位自评报告: "
             "年初批复预算8个项目985万元…调整预算后项目预算861.46万元…实际到位资金334.67万元)",
    "YANGBIAO": "https://m.zixin.com.cn/doc/6659419.html (部门整体支出绩效评价评分表(参考样表): 已制定或具有预算资金管理办法…,1分; "
                "以上情况每出现一例不符合要求的扣1分,扣完为止; 无结余,3分;有结余…,2分;…不得分; 评分标准 | 分值 | 自评得分 | 扣分原因和其他说明)",
    "XMPF": "http://m.dybbs8.com/excel/974350.html (項目支出績效評價評分表: 一級指標 分值 二級指標 分值 三級指標 分值 具體指標 評價標準 自評得分; "
            "設有目標(1分)目標明確(1分)目標細化(1分)目標量化(1分); 有相應的資金管理辦法(1分))",
    "YABO": "http://yabovip8.sbs/html/2024/1115/8017113143006143.shtm (部门整体支出绩效评价指标 pdf repost: 以100%为标准。"
            "在职人员控制率≤100%,计1分;每超过一个百分点扣0.1分,扣完为止; ①…1分;②…1分。③…1分,每少一项扣1分,扣完为止)",
    "HOUSE": "house wording as set by the brief for writer ZA (财政所 list style: '1.……；2.……；'; '满分X分。……的扣X分；……的不扣分'; "
             "'有…得X分，无…不得分'; rates before their figures '执行率为100%（…/…）'; 下达预算/调整后预算/实际拨付): "
             "no published page with these exact words was found in the pages corpus",
}

N = r"(\s?\d+(?:\.\d+)?\s?)"
CIRC = "①②③④⑤⑥⑦⑧⑨"


def hmap(mapping: dict):
    return lambda m, k: mapping[m.group(0)]


def st(x: str) -> str:
    return x.strip()


ANNEX_RULE = cell("annex", 4)
ANNEX_REASON = cell("annex", 5)
REASON_OR_BODY = either(text("analysis"), cell("annex", 5))
RULE_REASON_BODY = either(text("analysis"), cell("annex", 4), cell("annex", 5))

ANNEX_HEADER = {"指标解释": "考核要点", "评分标准": "评分细则及扣分标准", "得分原因": "评价情况", "得分": "实得分"}
IND_HEADER = {"分值": "满分值", "得分": "实得分", "得分率%": "实得率%"}
BUDGET_HEADER = {"财政拨款收入 (元)": "下达预算（元）", "小计(元)": "分类小计（元）", "人员经费支出 (元)": "人员经费实际拨付（元）",
                 "商品和服务支出 (元)": "公用经费实际拨付（元）", "支出明细": "支出科目",
                 "部门基本资金支出": "基本支出下达及拨付情况", "项目": "项目支出下达及拨付情况",
                 "下达资金": "下达预算（元）", "支出金额": "实际拨付（元）",
                 "项目名称": "科目名称", "项目支出明细": "科目名称"}
SUMMARY_LABEL = {"预算安排资金": "下达预算", "实际到位资金": "实际拨付", "实际支出资金": "实际支出",
                 "结转结余资金": "结转结余", "预算执行率": "执行率", "评价得分": "综合得分",
                 "其中：财政拨款收入": "其中：财政拨款", "资金情况 (万元)": "资金下达及拨付（万元）",
                 "评价类型": "评价方式", "委托评价单位": "委托单位", "评价机构名称": "评价机构",
                 "实施目的": "评价目的", "评价办法": "评价方法", "数据采集及处理办法": "资料收集方式",
                 "绩效评价工作过程": "工作步骤", "综合评价结论": "评价结论", "绩效分析": "分项得分",
                 "绩效评价指标体系": "指标体系及分值", "评价依据": "政策依据", "评价范围": "评价范围"}


# ------------------------------------------------------------------ element marks ①② -> 1. 2.
def mark(m: re.Match, k: int) -> str:
    n = CIRC.index(m.group(1)) + 1
    s, i = m.string, m.start()
    prev = s[i - 1] if i > 0 else ""
    lead = "" if (prev == "" or prev in "；;。，,：:（( \t>") else "："
    return f"{lead}{n}."


# ------------------------------------------------------------------ element rules
def element_rule(m: re.Match, k: int) -> str:
    """以上要素各占 w 权重分，符合得 p 分，不符合得0分/不得分 -> 有一项得p分，无则该项得0分/不得分 (weights kept)."""
    w, p, z = st(m.group(2)), st(m.group(3)), re.sub(r"\s", "", m.group(4))
    sp = " " if " " in m.group(0) else ""
    tail = f"无的，该项得{sp}0{sp}分" if z == "得0分" else "无的，该项不得分"
    return f"以上各项权重均为{sp}{w}，有的，每项得{sp}{p}{sp}分；{tail}"


# ------------------------------------------------------------------ score endings
ENDING = r"(^|[。；，])\s?得(\s?)(\d+(?:\.\d+)?)(\s?)分(。?)(\s*</p>)?\s*$"


def ending(style: str):
    def f(m: re.Match, k: int) -> str:
        lead, sp1, num, sp2, stop, tail = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6) or ""
        if lead in ("，", "；"):
            lead = "。"
        word = "实得" if style == "annex" else "此项实得"
        return f"{lead}{word}{sp1}{num}{sp2}分{stop or '。'}{tail}"
    return f


# ------------------------------------------------------------------ declarations
def decl(m: re.Match, k: int) -> str:
    n1, n2, n3, d, dw, p, pw, o, ow, e, ew = (st(x) for x in m.groups())
    return (f"指标体系设置如下：1.一级指标{n1}个；2.二级指标{n2}个；3.三级指标{n3}个。各一级指标满分及权重："
            f"1.决策满分{d}分，权重为{dw}；2.过程满分{p}分，权重为{pw}；3.产出满分{o}分，权重为{ow}；4.效益满分{e}分，权重{ew}")


def decl_abstract(m: re.Match, k: int) -> str:
    n1, n2, n3, d, p, o, e, full = m.groups()
    return (f"指标体系共{n1}个一级指标（决策、过程、产出、效益），下设{n2}个二级指标、{n3}个三级指标。各一级指标满分："
            f"1.决策{d}分；2.过程{p}分；3.产出{o}分；4.效益{e}分；合计满分{full}分。")


def grades(m: re.Match, k: int) -> str:
    a, b, c, d, e, f, g = m.groups()
    return f"总分{a}（含）-{b}分的评为优，{c}（含）-{d}分的评为良，{e}（含）-{f}分的评为中，{g}分以下的评为差"


def level_abs(m: re.Match, k: int) -> str:
    lvl, n2, n3, focus, score = m.groups()
    return f"项目{lvl}：下设二级指标{n2}个、三级指标{n3}个，主要考察{focus}，实得{score}分。"


def alloc(m: re.Match, k: int) -> str:
    lvl, total, extra, body = m.group(1), m.group(2), m.group(3) or "", m.group(4)
    pairs = re.findall(r"“([^“”]+)”设置分值(\s?\d+\s?)分", body)
    sp = " " if total.startswith(" ") else ""
    parts = "；".join(f"{i}.“{a}”满分{sp}{st(b)}{sp}分" for i, (a, b) in enumerate(pairs, 1))
    return f"“{lvl}”满分{sp}{st(total)}{sp}分，按与{lvl}指标关联度的大小{extra}分配如下：{parts}。"


def names_list(m: re.Match, k: int) -> str:
    """分别是“A”“B”“C” -> 1.“A”；2.“B”；3.“C”"""
    items = re.findall(r"“[^“”]*”", m.group(1))
    return "：" + "；".join(f"{i}.{x}" for i, x in enumerate(items, 1))


RULES: list[Rule] = [
    # ============================================================ table headers and labels
    R("H01", "table header", cell("annex", 3, 4, 5, 6, header=True),
      r"^(?:" + "|".join(map(re.escape, ANNEX_HEADER)) + r")$", hmap(ANNEX_HEADER),
      "评分标准 | 分值 | 自评得分 | 扣分原因和其他说明 (参考样表) -> 考核要点 | 评分细则及扣分标准 | 评价情况 | 实得分",
      "YANGBIAO", None),
    R("H02", "table header", either(cell("ind", 3, 4, 5, header=True), cell("t4", 1, 2, 3, header=True)),
      r"^(?:" + "|".join(map(re.escape, IND_HEADER)) + r")$", hmap(IND_HEADER),
      "分值 | 自评得分 (參考样表 / 項目支出績效評價評分表)", "XMPF", None),
    R("H03", "table header", cell("budget"),
      r"^(?:" + "|".join(map(re.escape, BUDGET_HEADER)) + r")$", hmap(BUDGET_HEADER),
      "年初批复预算 / 调整预算后项目预算 / 实际到位资金 (红河); 提前下达 (南川)", "YN-HH", None),
    R("H04", "table header", cell("survey", header=True), r"^(?:选项|小计|比例)$",
      lambda m, k: {"选项": "答案选项", "小计": "票数", "比例": "百分比"}[m.group(0)], "house", "HOUSE", None),
    R("H05", "table header", cell("team", 0, 3, header=True), r"^(?:名称|主要职责)$",
      lambda m, k: {"名称": "职务", "主要职责": "分工"}[m.group(0)], "house", "HOUSE", 2),
    R("H06", "table label", cell("summary", 0, 1, 3, 4, 5),
      r"^(?:" + "|".join(map(re.escape, SUMMARY_LABEL)) + r")$", hmap(SUMMARY_LABEL),
      "全年预算数(A) 全年执行数(B) 执行率(B/A) (涂井乡); 调整预算 (璧山)", "CQ-TJX", None),
    R("H07", "total row", cell("ind", 0, 1, 2), r"^合计$", lambda m, k: "小计", "house", "HOUSE", 4),
    R("H08", "total row", cell("t4", 0), r"^合计$", lambda m, k: "总分", "house", "HOUSE", 1),
    R("H09", "total row", cell("budget", 0), r"^合计$", lambda m, k: "总计", "年度资金总额 (涂井乡)", "CQ-TJX", None),
    R("H10", "survey", cell("survey", 0, header=False), r"^([A-D])(?=[\u4e00-\u9fff])", r"\1.",
      "house: A.非常满意", "HOUSE", None),

    # ============================================================ element marks ①② -> 1. 2.
    R("M01", "element marks", ANNEX_RULE, r"([①-⑨])\s?", mark,
      "1.……；2.……； numbered lists (直升镇 决算说明 '1.制定和组织实施…2.制定组织村镇规划…')", "CQ-ZS", None),
    R("M02", "element marks", ANNEX_REASON, r"([①-⑨])\s?", mark, "(直升镇)", "CQ-ZS", None),
    R("M03", "element marks", text("analysis"), r"([①-⑨])\s?", mark, "(直升镇)", "CQ-ZS", None),

    # ============================================================ figure sentences: funds (rate first)
    R("F01", "figure", text("body"),
      r"^(2024)年部门一般公共预算财政拨款收入(4901\.44)万元，实际收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。（详见表(1)）$",
      r"\1年，部门一般公共预算财政拨款下达预算\2万元，部门预算执行率为\10（全年支出\5万元/实际拨付\3万元，截至\4年12月31日）。支出构成：1.基本支出（\6年）\7万元；2.项目支出（\8年）\9万元。（详见表\11）",
      "年初批复预算…实际到位资金334.67万元 (红河); rate first (house)", "YN-HH", 1),
    R("F02", "figure", text("abstract"),
      r"^(2024)年部门一般公共预算财政拨款收入(6847\.87)万元，截至(2024)年12月31日，部门全年支出(6847\.87)万元，其中(2024)年基本支出(842\.29)万元，(2024)年项目支出(6005\.58)万元，部门预算执行率(100%)。$",
      r"\1年部门预算执行率为\9（截至\3年12月31日全年支出\4万元/财政拨款下达预算\2万元）。支出构成：1.基本支出（\5年）\6万元；2.项目支出（\7年）\8万元。",
      "执行率(B/A) 100% (涂井乡), written rate first", "CQ-TJX", 1),
    R("F03", "figure", text("body"), r"^截至 (2024) 年 12 月 31 日，部门全年项目共支出 (6005\.58) 万元。（详见表 (2)）$",
      r"截至 \1 年 12 月 31 日，项目支出实际拨付 \2 万元。（详见表 \3）", "截至…项目实际支出1388.3万元 (南川)", "CQ-NC", 1),
    R("F04", "figure", either(text("body"), cell("summary", 1)),
      r"^本次绩效评价对象为(肃南县人力资源和社会保障局) (2024) 年部门整体支出，涉及财政预算资金 (6847\.87) 万元。$",
      r"评价对象：\1 \2 年部门整体支出，涉及下达预算资金 \3 万元。", "house", "HOUSE", 2),
    R("F05", "figure", text("abstract"), r"^年部门财政预算整体支出，涉及资金 (6847\.87) 万元。$",
      r"年部门财政预算整体支出，涉及下达预算资金 \1 万元。", "house", "HOUSE", 1),
    R("F06", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年肃南县人力资源和社会保障局基本支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，基本支出预算执行率为(\s?\d+%?)",
      r"\1年肃南县人力资源和社会保障局基本支出预算执行率为\4（实际拨付\3万元/调整后预算\2万元）",
      "执行率(B/A) (涂井乡); 调整预算后项目预算 (红河)", "YN-HH", 2),
    R("F07a", "figure", ANNEX_REASON,
      r"(\d{4})年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，项目支出预算执行率为(\d+%)",
      r"\1年肃南县人力资源和社会保障局项目支出预算执行率为\4（实际拨付\3万元/调整后预算\2万元）",
      "(红河 / 涂井乡)", "YN-HH", 1),
    R("F07b", "figure", text("analysis"),
      r"(\d{4}\s?)年肃南县人力资源和社会保障局项目支出全年预算数为" + N + r"万元，实际执行数$",
      r"\1年肃南县人力资源和社会保障局项目支出调整后预算\2万元，实际拨付数", "(红河)", "YN-HH", 1),
    R("F08", "figure", REASON_OR_BODY,
      r"全年收入预算数为" + N + r"万元，全年收入决算数" + N + r"万元，预算调整数为" + N + r"(万元|元)，预算调整率为(\s?\d+%)",
      r"预算调整率为\5（预算调整数\3元/年初下达预算\1万元），全年收入决算\2万元",
      "年初预算 | 调整预算 | 决算数 (璧山)", "CQ-BS", 2),
    R("F09", "figure", REASON_OR_BODY,
      r"(\d{4}\s?)年度“三公”经费支出全年预算数为" + N + r"万元，实际执行数为" + N + r"万元，“三公”经费控制率为(\s?\d+%)",
      r"“三公”经费控制率为\4（\1年度实际支出\3万元/下达预算\2万元）", "rate first (house); 全年预算数(A) 全年执行数(B) (涂井乡)", "CQ-TJX", 2),
    R("F10", "figure", REASON_OR_BODY, r"项目资金结余总额为" + N + r"万元，项目全年预算数为" + N + r"万元，资金结余率为(\s?\d+%)",
      r"资金结余率为\3（结余资金\1元/项目下达预算\2万元）", "无结余 (参考样表); 0 in 元 (house)", "YANGBIAO", 2),
    R("F11", "figure", ANNEX_REASON, r"本部门(\d{4})年政府预算采购支出总额" + N + r"万元，实际采购支出" + N + r"万元，政府采购执行率为(\d+%)",
      r"本部门\1年政府采购执行率为\4（实际采购\3万元/采购下达预算\2万元）", "rate first (house)", "HOUSE", 1),
    R("F12", "figure", text("analysis"), r"本部门(\s?\d{4}\s?)年政府预算采购支出总额" + N + r"万$",
      r"本部门\1年政府采购下达预算\2万", "house", "HOUSE", 1),
    R("F13", "figure", text("analysis"), r"^元，实际采购支出" + N + r"万元，政府采购执行率为",
      r"元，实际采购拨付\1万元，执行率为", "house", "HOUSE", 1),
    R("F14", "figure", REASON_OR_BODY, r"，重点支出安排率(\d+(?:\.\d+)?%)，", r"，重点支出安排率为\1，", "house", "HOUSE", 2),
    R("F15", "figure", REASON_OR_BODY, r"项目总支出(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"项目支出实际拨付\1万元，部门\2年重点项目有：", "实际支出 (南川)", "CQ-NC", 1),
    R("F16", "figure", ANNEX_REASON, r"^(\d+(?:\.\d+)?)万元，部门(\d{4})年重点项目有",
      r"\1万元，部门\2年重点项目有：", "house", "HOUSE", 1),
    R("F17", "figure", REASON_OR_BODY, r"完成目标任务(\s?)(\d+)(\s?)(人|万元)的(\s?)(\d+(?:\.\d+)?%)",
      r"完成率为\6（目标任务\1\2\3\4）", "rate before figure (house)", "HOUSE", None),

    # ============================================================ figure sentences: staff
    R("P01", "figure", text("body"), r"单位核定人员编制(\d+)名，截止到(2024)年12月31日，在职人员(\d+)名。",
      r"1.核定编制\1名；2.截至\2年12月31日在职\3名。", "house: numbered list", "HOUSE", 1),
    R("P02", "figure", REASON_OR_BODY,
      r"核定人员编制(\d+)名，截至(2024)年12月31日，在职人员(\d+)人。在职人员控制率为(\d+(?:\.\d+)?%)",
      r"在职人员控制率为\4（截至\2年12月31日在职\3人/核定编制\1名）", "rate first (house)", "HOUSE", 2),
    R("P03", "figure", REASON_OR_BODY,
      r"编制实有(\d+)人，截至(2024)年12月31日，在职人员(\d+)名，无临聘人员，临聘人员控制率为(\d+%)",
      r"临聘人员控制率为\4（无临聘人员；编制实有\1人，截至\2年12月31日在职\3名）", "rate first (house)", "HOUSE", 2),
    R("P04", "figure", text("body"), r"，为正科级，下设四个职能科室，分别是", "，为正科级，内设四个股室：",
      "(二)机构设置。1、党政办公室…(直升镇)", "CQ-ZS", 1),

    # ============================================================ survey
    R("V01", "survey", text("survey"),
      r"部门工作人员调查问卷共设置 (10) 个调查问题，均为单项选择题。单选题每题最高得分为 (10) 分，每个题目评价量化分数的设定为选项 A 得 (10) 分，选项 B 得 (7) 分，选项 C 得 (4) 分和选项 D 得 (0) 分。论述题不计分，总分为 (100) 分。",
      r"问卷共 \1 题，均为单选，每题最高 \2 分：选 A 的得 \3 分；选 B 的得 \4 分；选 C 的得 \5 分；选 D 的得 \6 分；论述题不计分。问卷满分 \7 分。",
      "house: list style", "HOUSE", 1),
    R("V02", "survey", text("survey"),
      r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×(100%)$",
      r"综合满意率=问卷实得分合计÷问卷满分合计×\1", "house", "HOUSE", 1),
    R("V03", "survey", text("survey"),
      r"^工作人员满意度指标设置 (4) 分，综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。$",
      r"满意度指标满分 \1 分。综合满意率达到 \2以上的不扣分；\3—\4的，每降低 \5%扣 \6 分；低于 \7的不得分。",
      "满分X分。…的扣…；…的不扣分 (house); 每出现一例不符合要求的扣1分 (参考样表)", "YANGBIAO", 1),
    L("V04", "survey", text("survey"), "得分标准设置：", "计分办法：", "house", "HOUSE", 1),
    L("V05", "survey", text("survey"), "(1) 分值设置", "(1) 题目及分值", "house", "HOUSE", 1),
    L("V06", "survey", text("survey"), "(2) 满意率计算", "(2) 满意率算法", "house", "HOUSE", 1),
    L("V07", "survey", text("survey"), "(3) 评价标准", "(3) 扣分标准", "house", "HOUSE", 1),
    R("V08", "survey", text("survey"), r"\[单选题\]", lambda m, k: "[单项选择]", "house", "HOUSE", None),
    R("V09", "survey", text("survey"), r"^第(\d+)题 ", r"题\1：", "house", "HOUSE", None),
    L("V10", "survey", text("body"),
      "样本总量为肃南裕固族自治县人社局部门内部工作人员，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的60%。",
      "调查对象：肃南裕固族自治县人社局内部工作人员。抽样方法：按科室及下属单位随机抽取，发放问卷数为样本总量的60%。",
      "发放问卷…份，收回…份 (house)", "HOUSE", 1),
    L("V11", "survey", text("body"), "为保证问卷质量，问卷由评价机构发放，由评价机构回收。",
      "问卷由评价机构统一发放、统一收回，收回后逐份核对有效性。", "house", "HOUSE", 1),

    # ============================================================ indicator-system declarations
    R("D01", "declaration", either(cell("summary", 1), text("body")),
      r"此次绩效评价设置了一级指标" + N + r"个，二级指标" + N + r"个，三级指标" + N + r"个，其中决策分值" + N
      + r"分，权重为(\s?\d+%)；过程分值" + N + r"分，权重为(\s?\d+%)；产出分值" + N + r"分，权重为(\s?\d+%)；效益分值" + N + r"分，权重(\s?\d+%)",
      decl, "numbered lists (直升镇); 一級指標 分值 (項目支出績效評價評分表)", "CQ-ZS", 2),
    R("D02", "declaration", either(cell("summary", 1), text("body")),
      r"本次绩效评价结果采取评分和评级相结合的方式，具体分值和等级可根据不同评价内容设定。总分设置为" + N + r"分，等级划分为四档：",
      r"评价结果采取评分和评级相结合的方式，总分\1分，分四个等级：", "house", "HOUSE", 2),
    R("D02g", "grade", either(cell("summary", 1), text("body")),
      r"(\s?90\s?)（含）-(\s?100\s?)分为优、(\s?80\s?)（含）-(\s?90\s?)分为良、(\s?60\s?)（含）-(\s?80\s?)分为中、(\s?60\s?)分以下为差",
      grades, "绩效评价得分90.5分,评价等级为优 (南川)", "CQ-NC", 2),
    R("D03", "declaration", text("abstract"),
      r"评价指标体系分为决策、过程、产出、效益" + N + r"个一级指标，" + N + r"个二级指标，" + N + r"个三级指标，其中决策分值" + N
      + r"分，过程分值" + N + r"分，产出分值" + N + r"分，效益分值" + N + r"分，满分" + N + r"分。",
      decl_abstract, "house list", "HOUSE", 1),
    R("D05", "declaration", text("analysis"),
      r"：?分别是((?:“[^“”]*”)+)", names_list, "numbered lists (直升镇)", "CQ-ZS", None),
    R("D08", "declaration", text("analysis"),
      r"“(决策|过程|产出|效益)”共设分值" + N + r"分，按照与\1指标关联度的大小(以及[^，]*)?，((?:“[^“”]+”设置分值\s?\d+\s?分，?)+)。",
      alloc, "numbered lists (直升镇)", "CQ-ZS", 4),
    R("D09", "declaration", text("abstract"),
      r"^一级指标项目(决策|过程|产出)下设(\d+)个二级指标，(\d+)个三级指标，主要考察(.*?)，共计得分(\d+)分。$",
      level_abs, "house", "HOUSE", 3),
    R("D10", "declaration", text("abstract"), r"^一级指标项目效益下设(\d+)个二级指标，(\d+)个三级指标，主$",
      r"项目效益：下设二级指标\1个、三级指标\2个，主", "house", "HOUSE", 1),
    R("D11", "declaration", text("abstract"), r"，共计得分 (28) 分。$", r"，实得 \1 分。", "house", "HOUSE", 1),
    R("D12", "declaration", text("analysis"), r"^表(\s?)(5|6|7|8)：评价指标相关性分析、指标设计和分值设计$",
      r"表\1\2：指标设置及得分情况", "house", "HOUSE", 4),
    L("D13", "declaration", text("body"), "表4：部门总得分情况", "表4：各一级指标得分情况", "house", "HOUSE", 1),
    L("D14", "declaration", text("body"), "表1：部门基本资金支出明细表", "表1：基本支出下达及拨付明细表", "下达 (南川)", "CQ-NC", 1),
    L("D15", "declaration", text("body"), "表 2：部门项目支出明细表", "表 2：项目支出下达及拨付明细表", "下达 (南川)", "CQ-NC", 1),
    L("D16", "declaration", text("body"), "表 3：绩效评价工作组人员情况", "表 3：评价工作组名单", "house", "HOUSE", 1),
    R("D19", "declaration", text("analysis"), r"（详见表\s?(\d)）", r"（见表\1）", "house", "HOUSE", 4),
    R("D20", "declaration", text("analysis"),
      r"绩效评价指标体系分析中一共设计" + N + r"个一级指标，以下分别进行评价分析。",
      r"指标体系共设计\1个一级指标，分述如下。", "house", "HOUSE", 1),

    # ============================================================ overall score sentences
    R("O01", "score sentence", text("abstract"),
      r"^经综合评价分析，(2024)年(肃南县人力资源和社会保障局部门整体支出)绩效评价得分为(97)分，综合评价结论为“优”。$",
      r"经综合评价，\1年\2绩效评价得分\3分，评价等级为优。", "绩效评价得分90.5分,评价等级为优 (南川)", "CQ-NC", 1),
    L("O02", "score sentence", text("body"), "本次绩效评价得分97分，评价结论为“优”。",
      "本次绩效评价得分97分，评价等级为优。", "(南川)", "CQ-NC", 1),
    L("O03", "score sentence", text("body"), "经论证，评价得分 97 分。", "经综合评定，评价得分 97 分。", "house", "HOUSE", 1),

    # ============================================================ scoring rules (评分标准 column)
    R("R01", "scoring rule", ANNEX_RULE,
      r"以上要素(各|分别)占\s?(\d+(?:/\d+)?%?)\s?权重分，\s?符合得\s?(\d+(?:\.\d+)?)\s?分，\s?不符合(得\s?0\s?分|不得分)",
      element_rule, "設有目標(1分)目標明確(1分) (項目支出績效評價評分表); 有…得X分，无…不得分 (house)", "XMPF", None),
    R("R02", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率≤100%得2分，否则得0分。",
      r"满分2分。\1人员控制率≤100%的不扣分；否则扣完，得0分。",
      "以100%为标准。在职人员控制率≤100%,计1分;每超过一个百分点扣0.1分 (YABO) -> …的不扣分；…的扣完", "YABO", 2),
    R("R03", "scoring rule", ANNEX_RULE,
      r"重点支出安排率\s?(\$\\geq 80\\%\$)\s?得2分，60%—80%每降低1%扣0\.1分，低于60%得0分。",
      r"满分2分。重点支出安排率\1的不扣分；60%—80%的，每降低1%扣0.1分；低于60%的扣完，得0分。",
      "每出现一例不符合要求的扣1分,扣完为止 (参考样表)", "YANGBIAO", 1),
    R("R04", "scoring rule", ANNEX_RULE, r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\*分值。",
      r"按\1计分：得分=\1×分值。", "house", "HOUSE", 4),
    L("R05", "scoring rule", ANNEX_RULE,
      "预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。",
      "预算调整率为0%的不扣分；每调增或调减1%(不足1%按四舍五入原则取整)的扣0.2分；超过10%的不得分。",
      "每出现一例…扣1分 (参考样表)", "YANGBIAO", 1),
    L("R06", "scoring rule", ANNEX_RULE,
      "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。",
      "“三公”经费控制率在70%—100%的不扣分，得1分；超出100%的，每增加1%扣0.1分；超过10%的不得分。",
      "“三公经费”变动率≤0,计3分;每超过一个百分点扣0.3分 (YABO)", "YABO", 1),
    L("R07", "scoring rule", ANNEX_RULE,
      "项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。",
      "项目资金结余率为0%的不扣分；每增加1%的扣0.1分；超过10%的不得分。",
      "无结余,3分;有结余…2分;…不得分 (参考样表)", "YANGBIAO", 1),
    R("R08", "scoring rule", ANNEX_RULE,
      r"综合满意率达到 (90%)以上得满分，(70%)—(90%)每降低 (1)%扣 (0\.2) 分，低于 (70%)不得分。",
      r"综合满意率达到 \1以上的不扣分；\2—\3的，每降低 \4%扣 \5 分；低于 \6的不得分。",
      "…的不扣分 (house)", "HOUSE", 1),
    R("R09", "scoring rule", ANNEX_RULE, r"本年(基本|项目)支出预算执行率= \(本年度\1支出执行数/本年度\1支出预算数\) \*100%",
      r"本年\1支出预算执行率=本年度\1支出实际拨付数/本年度\1支出调整后预算数×100%",
      "全年执行数(B)/全年预算数(A) (涂井乡); 调整预算 (璧山)", "CQ-BS", 2),
    R("R10", "scoring rule", ANNEX_RULE, r"(在职|临聘)人员控制率=（([^）]*)/([^）]*)）\*100%。",
      r"\1人员控制率=\2/\3×100%。", "house", "HOUSE", 2),
    R("R11", "scoring rule", ANNEX_RULE, r"通过调查问卷方式对部门工作进行评测，", "通过发放问卷对部门工作进行测评，", "house", "HOUSE", 1),
    R("R12", "scoring rule", ANNEX_RULE, r"^分，(\d+%)-(\d+%)得2分，(\d+%)以下不得分。",
      r"分；\1-\2的得2分；\3以下的不得分。", "house", "HOUSE", 1),

    # ============================================================ 指标解释 column
    R("I01", "indicator text", cell("annex", 3), r"^主要考察", lambda m, k: "考核", "house", "HOUSE", None),

    # ============================================================ "得X分" endings
    Rule("E01", "score ending", ANNEX_REASON, ENDING, ending("annex"), "house: 实得N分", "HOUSE", 34),
    Rule("E02", "score ending", text("analysis"), ENDING, ending("body"), "house: 此项实得N分", "HOUSE", 34),

    # ============================================================ reasons: openings
    R("G01", "reason", REASON_OR_BODY, r"(^|。|\s|<p>)根据(?=《)", r"\1查阅", "house: 查阅《…》", "HOUSE", None),
    R("G02", "reason", REASON_OR_BODY, r"(^|。)根据现场调研查看，", r"\1经现场查看，", "house", "HOUSE", 2),
    R("G03", "reason", REASON_OR_BODY, r"(^|。)根据现场调研对部门相关档案查询，", r"\1经现场查阅部门档案，", "house", "HOUSE", 2),

    # ============================================================ other paragraphs
    R("X01", "paragraph", text("abstract"),
      r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(2025)年(6)-(8)月期间对“(2024年度肃南县人力资源和社会保障局部门整体支出)”的使用及其效果开展预算绩效评价工作。$",
      r"受\1委托，\2于\3年\4-\5月对“\6”开展绩效评价。现将评价情况报告如下：",
      "按照有关要求…委托第三方机构…开展了重点绩效评价,绩效评价报告(摘要)如下 (南川)", "CQ-NC", 1),
    R("X02", "paragraph", either(cell("summary", 1), text("body")),
      r"^此次绩效评价工作主要采用成本效益分析法、因素分析法、比较法和公众评判法。$",
      "评价方法：1.成本效益分析法；2.因素分析法；3.比较法；4.公众评判法。", "numbered lists (直升镇)", "CQ-ZS", 2),
    R("X03", "paragraph", text("abstract"),
      r"^本次绩效评价总共分为四个阶段：开展前期调研、制定绩效评价方案、组织实施、撰写评价报告。$",
      "评价工作分四个阶段：1.前期调研；2.制定方案；3.组织实施；4.撰写报告。", "numbered lists (直升镇)", "CQ-ZS", 1),
    L("X04", "paragraph", text("analysis"),
      "应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。",
      "采用因素分析法和对比分析法，对每一项指标对照评分细则核实完成情况，按扣分标准计算得分。", "house", "HOUSE", 3),
    R("X05", "paragraph", cell("summary", 1),
      r"^信息与数据收集采取文本收集、现场调研、深度访谈、问卷调查等方式进行，数据处理采取定性分析与定量分析相结合的方法开展。$",
      "1.收集方式：文本收集、现场调研、深度访谈、问卷调查；2.处理方法：定性分析与定量分析相结合。", "house list", "HOUSE", 1),
    R("X06", "paragraph", cell("summary", 1), r"^接受委托任务、拟订方案、开展培训、现场评价、撰写报告、资料归档。$",
      "1.接受委托；2.拟订方案；3.开展培训；4.现场评价；5.撰写报告；6.资料归档。", "house list", "HOUSE", 1),
    R("X08", "paragraph", text(), r"取得了一定成效，但在绩效管理和预算(安排|执行)方面还有一些不足，主要问题如下：$",
      r"取得了一定成效，但绩效管理和预算\1方面仍有不足，主要有以下问题：", "house", "HOUSE", 2),
    R("X09", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门绩效管理工作不到位的问题。",
      r"\1部门绩效管理工作不到位。", "house", "HOUSE", 2),
    R("X10", "paragraph", text(), r"^(肃南县人力资源和社会保障局)存在部门年度资金安排不够细致的问题。",
      r"\1部门年度资金安排不够细致。", "house", "HOUSE", 2),
    R("X11", "paragraph", text(), r"在本次评价中，未发现(肃南县人力资源和社会保障局)设置部门整体支出绩效目标表，未发现对项目进行中期的绩效检查，",
      r"经查，\1未设置部门整体支出绩效目标表，也未对项目开展中期绩效检查，", "house", "HOUSE", 2),
    R("X12", "paragraph", text(), r"在本次评价中发现(肃南县人力资源和社会保障局)年度资金未作明确安排，",
      r"经查，\1年度资金未作明确安排，", "house", "HOUSE", 2),
    R("X13", "paragraph", text(), r"^针对部门绩效管理工作不到位的问题，建议部门加强资金预算绩效管理，",
      "建议：1.加强资金预算绩效管理，", "house list", "HOUSE", 2),
    R("X15", "paragraph", text(), r"^被评价部门（单位）的责任是提供与形成本绩效评价报告相关的基础工作材料和资金财务核算资料，并对其真实性、合法性、完整性负责。$",
      "被评价部门（单位）负责提供本报告所需的基础工作材料和资金财务核算资料，并对资料的真实性、合法性、完整性负责。",
      "house", "HOUSE", 2),
    R("X17", "paragraph", text(), r"主要职责是：$", "主要职责如下：", "(一)职能职责。1.… (直升镇)", "CQ-ZS", 2),
    R("X18", "paragraph", text("body"),
      r"肃南县人力资源和社会保障局聘请北京君和志同管理咨询有限公司，对肃南县人力资源和社会保障局2024年部门整体资金使用过程及效果开展预算绩效评价工作。",
      "受肃南县人力资源和社会保障局委托，北京君和志同管理咨询有限公司对该局2024年部门整体支出开展了绩效评价，报告如下：",
      "委托第三方机构…开展了重点绩效评价,绩效评价报告(摘要)如下 (南川)", "CQ-NC", 1),
    R("X19", "paragraph", text(), r"，特制订本(调查问卷|调研方案)。", r"，制定本\1。", "house", "HOUSE", 2),
    R("X20", "paragraph", text(), r"^3、提示报告使用者注意事项的说明：", "3、报告使用注意事项：", "house", "HOUSE", 2),
    R("X21", "paragraph", text("body"), r"^按照既定评价工作安排，", "按评价工作方案，", "house", "HOUSE", 1),

    R("X22", "list", text(), r"^(- )?([1-9])、(?=[^\t]{15,}[。；，])", r"\1\2.", "1.制定和组织实施… (直升镇)", "CQ-ZS", None),
    R("X23", "list", cell("summary", 1), r"(^|\s)([1-9])、(?=《)", r"\1\2.", "(直升镇)", "CQ-ZS", None),

    # ============================================================ headings
    H("T01", "部门概况", "基本情况", "一、基本情况 (大足 自评报告)", "HOUSE", None),
    H("T03", "部门预算安排及执行情况", "预算下达及拨付情况", "下达 (南川)", "CQ-NC", None),
    H("T04", "部门资金使用情况", "资金下达及拨付情况", "house", "HOUSE", None),
    H("T05", "部门组织管理", "机构设置", "(二)机构设置 (直升镇)", "CQ-ZS", None),
    H("T06", "部门年度绩效目标", "年度绩效目标", "house", "HOUSE", None),
    H("T07", "绩效评价工作开展情况", "评价工作情况", "house", "HOUSE", None),
    H("T16", "绩效评价工作过程", "评价工作步骤", "house", "HOUSE", None),
    H("T17", "综合评价情况及评价结果", "评价结论", "二、评价结论 (南川)", "CQ-NC", None),
    H("T18", "综合评价情况及评价结论", "评价结论", "二、评价结论 (南川)", "CQ-NC", None),
    H("T21", "绩效评价指标分析", "指标得分情况", "house", "HOUSE", None),
    H("T22", "部门决策情况分析", "决策指标得分情况", "house", "HOUSE", None),
    H("T23", "部门过程情况分析", "过程指标得分情况", "house", "HOUSE", None),
    H("T24", "部门产出情况分析", "产出指标得分情况", "house", "HOUSE", None),
    H("T25", "部门效益情况分析", "效益指标得分情况", "house", "HOUSE", None),
    H("T26", "评价指标相关性分析、指标设计和分值设计", "指标设置及分值", "house", "HOUSE", None),
    H("T27", "指标评分结果分析", "逐项得分情况", "house", "HOUSE", None),
    H("T28", "存在的主要问题及原因分析", "存在问题", "house", "HOUSE", None),
    H("T30", "有关建议", "改进建议", "house", "HOUSE", None),
    H("T31", "相关建议", "改进建议", "house", "HOUSE", None),
    H("T33", "社会调查方案", "问卷及调研方案", "house", "HOUSE", None),
]


# ------------------------------------------------------------------ safety check with list-marker normalisation
MARK = re.compile(r"(?:^|(?<=[；;。：:，,\s>（(）)]))([1-9]\d?)[.、](?=\s?[^\d\s])")
CIRC_RX = re.compile(r"[①-⑨]")


def marks(s: str) -> list[int]:
    out = []
    for m in re.finditer(r"[①-⑨]|" + MARK.pattern, s):
        out.append(CIRC.index(m.group(0)) + 1 if m.group(0) in CIRC else int(m.group(1)))
    return out


def strip_marks(s: str) -> str:
    return MARK.sub("", CIRC_RX.sub("", s))


def is_subseq(a: list[int], b: list[int]) -> bool:
    it = iter(b)
    return all(x in it for x in a)


def za_check(before: list[str], after: list[str]) -> None:
    bad = []
    for i, (a, b) in enumerate(zip(before, after, strict=True)):
        for j, (x, y) in enumerate(zip(a.split("\t"), b.split("\t"), strict=False)):
            if not is_subseq(marks(x), marks(y)):
                bad.append(f"line {i + 1} cell {j + 1}: element marks {marks(x)} -> {marks(y)}")
    if bad:
        raise SystemExit("reword_za.py: element marks lost:\n  " + "\n  ".join(bad[:20]))
    check([strip_marks(s) for s in before], [strip_marks(s) for s in after], W, True)


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    outdir = Path(argv[1])
    source = Path(argv[2]) if len(argv) == 3 else SOURCE
    lines = source.read_text(encoding="utf-8").split("\n")
    new_lines = apply(lines, RULES, W)
    za_check(lines, new_lines)
    total = sum(r.applied for r in RULES)
    outdir.mkdir(parents=True, exist_ok=True)
    text_out, table_out = outdir / f"sunan-reworded-{W}.txt", outdir / f"rewrites-{W}.tsv"
    text_out.write_text("\n".join(new_lines), encoding="utf-8")
    rows = ["id\tcategory\tcount\twhere\tbefore (first place)\tafter (first place)\timitates (real phrasing)\tsource"]
    for r in RULES:
        rows.append("\t".join([r.id, r.what, str(r.applied), ",".join(sorted(r.where)),
                               tsv_field(r.example[0])[:300], tsv_field(r.example[1])[:300],
                               tsv_field(r.imitates), SRC[r.src]]))
    rows.append("\t".join(["TOTAL", "", str(total), "", "", "", "", ""]))
    table_out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    changed = sum(1 for a, b in zip(lines, new_lines, strict=True) if a != b)
    print(f"reword_{W}.py: {total} places rewritten by {len(RULES)} rules, {changed} lines changed; "
          f"wrote {text_out} and {table_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
