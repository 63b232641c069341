"""The domain vocabulary: every word reportlint recognises in a report, in one place.

Readers, extractors and checks build their patterns from these tables and helpers, so a
synonym is added here, once, and every check understands it. The words come from real
reports of many provinces and consultancies (tests/test_vocab.py holds the phrasings).
"""

from __future__ import annotations

import functools
from decimal import Decimal

import regex as re


def alternation(words) -> str:
    """A regex alternation of literal words, longest first so that 人次 wins over 人."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# ---------------------------------------------------------------------------------------------
# Numbers

# An Arabic number as reports write it: 8,422,900.00 (also with a full-width comma), 97.72, -2.6.
NUMBER = r"[-−]?\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|[-−]?\d+(?:\.\d+)?"
# The same, unsigned: points, percents and counts in rules and sentences.
PLAIN_NUMBER = r"\d+(?:\.\d+)?"

# Chinese numerals as counts, amounts and percents are written: 三十四, 两千, 一百二十, 二〇二五, 零点五.
_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10_000, "亿": 100_000_000}
CN_NUMERAL = r"[〇零一二两三四五六七八九十百千万亿点]+"


def cn_number(text: str) -> Decimal | None:
    """A Chinese numeral's value: '三十四' → 34, '两千' → 2000, '二〇二五' → 2025, '零点五' → 0.5.

    None for anything that is not one well-formed numeral ('十十', '点五'). Not cn2an: its import
    alone costs about 0.2 s, a quarter of a whole Word-file check, for a grammar this small.
    """
    if not text or not re.fullmatch(CN_NUMERAL, text):
        return None
    whole, _, frac = text.partition("点")
    if "点" in frac or (text.startswith("点")):
        return None
    if frac and not all(c in _CN_DIGIT for c in frac):
        return None
    if len(whole) >= 3 and all(c in _CN_DIGIT for c in whole):
        value = int("".join(str(_CN_DIGIT[c]) for c in whole))  # digit by digit: 二〇二五 (三四 is "3 or 4")
    else:
        value = _cn_integer(whole)
        if value is None:
            return None
    if frac:
        return Decimal(f"{value}.{''.join(str(_CN_DIGIT[c]) for c in frac)}")
    return Decimal(value)


def _cn_integer(text: str) -> int | None:
    total, section, digit, last_unit = 0, 0, None, None
    for ch in text:
        if ch in _CN_DIGIT:
            if digit is not None and _CN_DIGIT[ch] != 0 and digit != 0:
                return None  # 三四: two digits with no unit between
            digit = _CN_DIGIT[ch]
        elif ch in _CN_SMALL:
            unit = _CN_SMALL[ch]
            if last_unit is not None and last_unit <= unit and digit is None:
                return None
            section += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        elif ch in _CN_BIG:
            unit = _CN_BIG[ch]
            section += digit or 0
            if section == 0:
                return None
            total = (total + section) * unit if total and unit > 10_000 else total + section * unit
            section, digit, last_unit = 0, None, None
        else:
            return None
    return total + section + (digit or 0)


# ---------------------------------------------------------------------------------------------
# Units and measure words

AMOUNT_UNITS = {"元": Decimal(1), "千元": Decimal(1_000), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}
AMOUNT_UNIT = alternation(AMOUNT_UNITS)
# Measure words of counts (人次 before 人). Words that begin common nouns (部门, 类别, 组织, 支出,
# 期间) are left out: "2024部门" is not 2024 of anything.
COUNT_WORDS = ("人次", "人", "个", "项", "次", "期", "件", "家", "户", "名", "份", "条", "场", "场次", "批", "批次",
               "所", "处", "天", "岗", "本", "篇", "套", "台", "辆", "位", "届", "课时", "学时", "座", "册", "轮", "口", "宗",
               # counts in 万, a unit of their own ("公共文化设施年服务436.80万人次"): never summed with plain ones
               "万人次", "万人", "万户", "万册", "万份")
COUNT_UNIT = alternation(COUNT_WORDS)
# Units of physical quantities (roads, land, buildings, goods): "乡道418.9公里"; with 万 before them a unit of their own
# ("改造面积2.3万平方米", "粮食播种面积53.18万亩"), compared only with figures in that unit; a quantity is summed and
# divided like a count
MEASURE_WORDS = ("公里", "千米", "平方公里", "平方米", "立方米", "公顷", "亩", "吨", "延米", "千瓦",
                 "万亩", "万平方米", "万立方米", "万吨", "万千瓦", "万公顷")
MEASURE_UNIT = alternation(MEASURE_WORDS)

# ---------------------------------------------------------------------------------------------
# The indicator table (指标体系 / 评分表): which column holds what, by its header words.

HEADER_ROLES: dict[str, tuple[str, ...]] = {
    # a column that says each row's level ("一级 | A | 决策"), its names in one 指标名称 column beside it
    "level": ("指标层级", "层级", "指标级次", "级次", "指标级别", "指标层次"),
    "level1": ("一级指标", "一级"),
    "level2": ("二级指标", "二级"),
    "name": ("三级指标", "三级", "三级指标名称", "考核指标", "具体指标"),
    "explanation": ("指标解释", "指标说明", "指标内涵", "指标定义", "指标释义", "指标含义", "指标内容"),
    "rule": ("评分标准", "评分细则", "评分办法", "评分方法", "计分方法", "计分办法", "评价标准", "评分规则",
             "评分要点", "计分标准", "评价要点及评分标准", "评分标准及方法", "评分标准和评分规则", "评扣分标准",
             "得分计算方法", "计分规则", "评审标准", "评定标准"),
    "reason": ("得分原因", "得分依据", "评分依据", "评价意见", "扣分原因", "得分说明", "评分说明", "得分情况", "指标完成情况", "核查结果",
               "评价情况", "扣分说明", "得分理由", "扣分理由", "评分理由", "扣分情况", "评价依据", "得分情况说明",
               "自评情况", "审核意见", "原因分析", "得分分析", "评分分析", "打分情况", "打分说明", "打分依据", "打分理由", "评定依据", "评定说明", "评定理由", "核查情况", "核查说明", "评价结果", "考核结果", "核查结果说明"),
    "points": ("分值", "权重", "标准分", "指标分值", "满分", "满分值", "权重分", "指标权重", "标准分值", "权重分值", "总分值", "参考分值", "应得分", "分值权重"),
    "score": ("得分", "评价得分", "实际得分", "评分结果", "自评得分", "评分", "考核得分", "最终得分", "评价分值",
              "得分值", "实得分", "指标得分", "专家评分", "考评得分", "评定得分", "打分", "打分结果", "评定分数", "评定分值", "实际评分",
              "复核得分", "核定得分", "审核得分", "复评得分", "复核评分"),  # a 自评复核's own score beside the unit's 自评得分
    # a 自评表's target and what was done (项目支出绩效自评表: 年度指标值 | 实际完成值; 指标值(A) | 全年实际值(B))
    "target": ("年度指标值", "指标值", "目标值", "年度目标值", "预期指标值", "预期目标值", "计划值"),
    "actual": ("实际完成值", "完成值", "全年实际值", "实际值", "实际完成", "全年完成值"),
}
# What a sentence says an indicator is worth, before the number: "决策分值15分", "“过程”共设分值24分", "合计24分",
# "过程指标满分24分", "预算执行赋分12分", "过程类指标（24分）" (never with 得: that is a score)
WORTH = (r"(?:共设|设置|设|共|总|占|核定)?\s*(?:标准分值|标准分|分值|满分|赋分|赋值|总分|权重分|分数|权重)\s*(?:为|是|共|共计|总计|合计|[：:])?|共计?(?!得)"
         r"|占(?=\s*\d+(?:\.\d+)?\s*分)"
         r"|合计(?!得)|总计(?!得)"
         r"|[（(](?=\s*\d+(?:\.\d+)?\s*分\s*[）)])")
# Scoring rules a 自评报告 states once for a kind of indicator, in its text (财预〔2020〕10号 自评 and the provincial
# 自评表 notes): "定量正向指标……得分=实际完成值/年度指标值×该指标分值", "定性指标按“好、较好、一般、差”四档……"
POSITIVE_KIND_WORDS = ("定量正向指标", "正向指标", "定量指标")
REVERSE_KIND_WORDS = ("定量反向指标", "反向指标")
QUALITATIVE_KIND_WORDS = ("定性指标",)
# the proportion written out: "得分=实际完成值/年度指标值×该指标分值", "按实际完成值与指标值的比例计分"
DONE_OVER_TARGET = re.compile(r"(?:实际)?完成值\s*[/÷]\s*(?:年度)?指标值|(?:实际)?完成值与(?:年度)?指标值的比例")
TARGET_OVER_DONE = re.compile(r"(?:年度)?指标值\s*[/÷]\s*(?:实际)?完成值|(?:年度)?指标值与(?:实际)?完成值的比例")
# "按“好、较好、一般、差”四档评定，分别按该指标分值的100%、80%、60%、0计分"
TIER_SHARES = re.compile(
    r"[“\"]?(?P<words>\p{Han}{1,4}(?:[、，,]\p{Han}{1,4}){1,5})[”\"]?\s*(?:[一二三四五六]|\d)?档[^。]{0,12}?"
    r"分别(?:按|得|计)?\s*(?:该指标|本指标)?(?:分值|满分)?的?\s*(?P<shares>\d+(?:\.\d+)?\s*%?(?:\s*[、，,]\s*\d+(?:\.\d+)?\s*%?){1,5})"
)
# Words that open a list of names after a count: "6个三级指标：分别是“甲”“乙”", "，具体为“甲”", "，依次为"
LIST_INTRO_WORDS = ("分别是", "分别为", "包括", "即", "具体为", "具体是", "具体包括", "依次为", "依次是", "主要包括",
                    "涵盖", "包含")
# Header words that name the score beside a points column ("分值 | 计分标准 | 分数") and the points
# where no other column does
SCORE_OR_POINTS = ("分数",)
# Roles whose header may go on after the word ("评分标准及依据", "三级指标名称"); points and score
# are matched whole, or "得分原因" would read as a score column.
_PREFIX_ROLES = ("level1", "level2", "name", "explanation", "rule", "reason")
_HEADER_NOISE = re.compile(r"[\s　]|[（(][^）)]{0,8}[）)]$|[（(]扣[）)]|[：:]$")  # "评(扣)分标准", "分值（分）"


_HEADER_JOINER = re.compile(r"及|和|与|、|/|＆|&")


@functools.lru_cache(maxsize=4096)
def header_role(text: str) -> str | None:
    """The role of an indicator-table column from its header: '评分细则' → 'rule', '标准分（分）' → 'points';
    a header naming two contents ('指标说明及评分标准') is the rule column when either part is a rule."""
    key = _HEADER_NOISE.sub("", text or "")
    if not key:
        return None
    role = _one_role(key)
    if role in (None, "explanation") and _HEADER_JOINER.search(key):
        parts = {_one_role(part) for part in _HEADER_JOINER.split(key) if part}
        if "rule" in parts:
            return "rule"
    return role


def _one_role(key: str) -> str | None:
    for role, words in HEADER_ROLES.items():
        if key in words:
            return role
    for role in _PREFIX_ROLES:
        if any(key.startswith(w) and len(w) >= 3 for w in HEADER_ROLES[role]):
            return role
    return None


# the 一级 of the 部门整体 framework some provinces use, each its own family
DEPARTMENT_LEVEL1 = ("运行成本", "管理效率", "履职效能", "社会效应", "可持续发展")

# 一级 indicator families: the 项目支出 framework of 财预〔2020〕10号 (决策/过程/产出/效益), the older
# 财预〔2013〕53号 one (投入/过程/产出/效果), and the 部门整体支出 frameworks built on them.
LEVEL1_FAMILIES: dict[str, tuple[str, ...]] = {
    "决策": ("决策", "部门决策", "项目决策"),
    "投入": ("投入", "部门投入", "项目投入", "预算配置"),
    "过程": ("过程", "部门过程", "项目过程", "部门管理", "项目管理", "过程管理", "管理过程", "综合管理", "管理"),
    "产出": ("产出", "部门产出", "项目产出", "履职产出"),
    "效益": ("效益", "效果", "部门效益", "项目效益", "部门效果", "项目效果", "履职效益", "履职效果"),
    **{name: (name,) for name in DEPARTMENT_LEVEL1},
}
# the numbering or code before an indicator's name: "一、决策", "（一）", "1.", "A决策", "A1项目立项", "B201预算执行率",
# "1.2.2 预算调整率"
INDICATOR_CODE = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d+(?:[.．]\d+){1,3}\s*(?=\p{Han})|\d+[、.．]"
    r"|[A-Za-z]\d{0,4}[、.．]?(?=\p{Han})|\d\s*(?=\p{Han}))"  # "1 决策（15分）": a 一级's number before its name
)
# a 一级 named in running text: the two-character names (a longer one contains one: 部门决策), and the names
# of the 部门整体 framework whole ("管理" alone, and "项目管理" in "加强项目管理", name no 一级)
LEVEL1_WORD = alternation(w for words in LEVEL1_FAMILIES.values() for w in words
                          if (len(w) == 2 and w != "管理") or w in DEPARTMENT_LEVEL1)
_LEVEL1_POINTS = re.compile(r"[\s“”\"'‘’「」]|[（(]\s*\d+(?:\.\d+)?\s*(?:分|%|％)?\s*[）)]|\d+(?:\.\d+)?分$")
_LEVEL1_TAIL = re.compile(r"(?:类)?指标$|情况$|方面$")


@functools.lru_cache(maxsize=4096)
def level1_family(text: str | None) -> str | None:
    """The 一级 family a cell, heading or label names as a whole: '决策 (15)', '部门决策', '效果指标' → its
    family; '产出数量', '部门管理制度' → None (a 二级 or 三级 name that merely contains the word)."""
    if not text:
        return None
    key = _LEVEL1_TAIL.sub("", _LEVEL1_POINTS.sub("", text))
    key = INDICATOR_CODE.sub("", key)
    for family, words in LEVEL1_FAMILIES.items():
        if key in words:
            return family
    return None


def level1_mentioned(text: str | None) -> str | None:
    """The one 一级 family a heading or sentence speaks about ("（一）部门决策情况分析"), when it names
    exactly one; None when it names none or several."""
    if not text:
        return None
    found = {level1_family(w) for w in re.findall(LEVEL1_WORD, text)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


LEVELS = {"一": 1, "二": 2, "三": 3, "1": 1, "2": 2, "3": 3}
# One column of names whose numbering gives each row's level ("指标 | 分值 | 评分标准 | 评价情况 | 扣分 | 得分" over
# "一、决策", "（一）项目立项", "1.立项依据充分性"): its header, and the numbering of a 一级 and of a 二级 row
NUMBERED_NAME_HEADERS = ("指标", "指标名称", "评价指标", "绩效指标", "考评指标")
NUMBERED_LEVELS = ((1, re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.．]\s*")),
                   (2, re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)]\s*")))
NUMBERED_ITEM = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,2}\s*[、.．]?|[（(]\d{1,2}[）)])\s*(?=\p{Han})")

# Rows and columns that total others: 合计, 总  计 (spaced to fill a cell), 小计.
AMOUNT_TOTAL_WORDS = ("合计", "总计", "小计", "共计")  # rows that add up amounts
# a table row labelled by the word alone: "汇总 | 60,055,806.20", "总额 | 8,422,900.00" (青神, writer Y)
AMOUNT_TOTAL_ROWS = (*AMOUNT_TOTAL_WORDS, "汇总", "总额")
TOTAL_WORDS = (*AMOUNT_TOTAL_ROWS, "总分", "总计得分", "合计得分")  # and the rows that add up scores


def spaced(words) -> str:
    """An alternation that lets a cell spread a word with spaces: "合  计"."""
    return "(?:" + "|".join(r"\s*".join(w) for w in sorted(words, key=len, reverse=True)) + ")"


# words that put a total row's scope before it without naming a part: "全年合计", "项目合计", "本年合计" (a part's name
# before it, "基本支出合计", makes a group's total, not the table's)
# "金额合计", "资金合计" (writer X) name what is added, not a part
TOTAL_SCOPE_WORDS = ("全年", "本年度", "本年", "年度", "全部", "项目", "各项", "累计", "总", "金额", "资金")
TOTAL_SCOPE = "(?:" + alternation(TOTAL_SCOPE_WORDS) + ")?"
TOTAL_WORD = TOTAL_SCOPE + spaced(TOTAL_WORDS)
TOTAL_ROW = re.compile(r"^\s*" + TOTAL_WORD)
# the row that closes a table: what follows it without a figure is the next table's header
CLOSING_TOTAL_ROW = re.compile(r"^\s*" + TOTAL_SCOPE + spaced(("合计", "总计", "总额", "总分", "合计得分")))
# a total row's label in a table of amounts: "合计", "全年合计", "合计数", "合计金额", "汇总", "合计（元）"
AMOUNT_TOTAL_ROW = re.compile(rf"^{TOTAL_SCOPE}{spaced(AMOUNT_TOTAL_ROWS)}(?:数|金额|额)?\s*[:：]?\s*(?:[（(].*[）)])?$")

# ---------------------------------------------------------------------------------------------
# Grades: the bands of 财预〔2020〕10号 第十八条, and the 优秀/良好/合格/不合格 names some reports give them

GRADE_BANDS = [(Decimal(90), Decimal(101), "优"), (Decimal(80), Decimal(90), "良"), (Decimal(60), Decimal(80), "中"),
               (Decimal(0), Decimal(60), "差")]  # [lo, hi)
GRADE_SAME = {"优秀": "优", "良好": "良", "合格": "中", "不合格": "差"}
GRADE = alternation([*GRADE_SAME, *GRADE_SAME.values()])
# The total score: words that always mean it ("绩效评价得分为97分", "综合评分为97分"), and the bare
# 评价得分 that means it only with a whole-report word beside it ("……整体支出进行评价，经论证，评价得分97分"),
# never at the end of one indicator's paragraph ("……评价得分4分。").
TOTAL_SCORE_WORDS = ("绩效评价得分", "绩效评价总得分", "综合评价得分", "综合得分", "综合评分", "总得分", "最终得分",
                     "评价总分", "自评得分", "自评总分", "总评分", "绩效评分", "评价总得分", "总体得分")
WEAK_TOTAL_SCORE_WORDS = ("评价得分", "得分")
# words that make a score one indicator's: "该指标最终得分3分", "此项核定得分2分"
# 本项目 and "该项资金" / "本项专项资金" are the whole (高标准农田: "该项资金综合得分86.74分")
INDICATOR_SCOPE = re.compile(r"该指标|本指标|该项指标|该三级指标|(?:该|此|本)项(?!目|\p{Han}{0,2}资金)|该要点|此指标")
WHOLE_SCOPE = re.compile(r"本次|本项目|该项目|部门整体|整体支出|项目整体|综合|经论证|最终|总体|全面评价")
GRADE_LABELS = ("评价等级", "绩效等级", "评价结论", "综合评价结论", "评价结果", "等级", "评级", "绩效评级", "评价级别")

# ---------------------------------------------------------------------------------------------
# Money: budget stages and funding sources

# A department's budget for the year, however a summary table or sentence names it.
BUDGET_WORDS = ("预算安排资金", "预算安排数", "预算安排", "年初预算数", "年初预算", "年初预算资金", "年初预算安排", "年初预算安排数", "全年预算数",
                "年度预算数", "预算批复数", "批复预算数", "批复预算", "预算总额", "年度预算资金总额", "预算资金总额",
                "年度预算资金", "年度预算总额", "年度预算安排", "全年预算安排", "预算金额", "全年预算金额",
                "年度预算金额", "预算核定数", "核定预算数", "核定预算", "预算核定金额", "年度预算额", "全年预算额",
                "下达预算", "下达预算数", "调整后预算", "调整后预算数")  # writer ZA
BUDGETED_INCOME_WORDS = ("预算财政拨款收入", "一般公共预算财政拨款收入", "财政拨款收入")
# "部门年初批复一般公共预算财政拨款4901.44万元": an appropriation approved at the start of the year is the budget
APPROVED_BUDGET = re.compile(r"^(?:年初批复|年初下达|年初|批复)\p{Han}{0,16}(?:预算|拨款)(?:数|资金|收入)?$")
ACTUAL_INCOME_WORDS = ("实际收入", "实际到位", "实际到位资金", "到位资金", "实际到位数", "资金到位数", "实际取得收入",
                       "实际获得收入", "实际收到收入", "实际取得的收入", "实际到账", "实际到账资金", "到账资金", "实际取得",
                       "决算收入", "收入决算数")  # the final accounts' income (writer X: "……收入为4901.44万元，决算收入6847.87万元")
# words that join a clause to the one before it: "……收入为4901.44万元，而实际取得收入6847.87万元"
CLAUSE_LINK_WORDS = ("而", "但", "但是", "然而", "其中")
SPAN_WORDS = ("全年", "本年", "当年", "本年度", "年度", "全年度")  # "全年实际收入": the year's, said again
# words around a figure that say nothing of what it measures: "部门全年实际取得收入为6847.87万元" is the 收入
FILLER_WORDS = ("为", "是", "达到", "达", "约", "共计", "共", "合计", "累计", "其中", "全年", "本年度", "本年", "年度", "实际",
                "部门", "本部门", "总额", "总计", "金额", "资金", "数额", "数", "取得", "获得", "收到")
# words that name the whole period or place a report covers, not a part of it: "两年累计支出" in a 2023–2024
# report and the 合计 of its table are one sum; "全县粮食播种面积" is the county's, as every figure of a county report is
WHOLE_SPAN_WORDS = ("两年", "三年", "四年", "五年", "历年", "全县", "全市", "全区", "全省", "本县", "本市", "本区",
                    "截至目前", "截至年底", "年末", "年底", "当年", "全年度")
# the basis a figure is counted on, set before it or in brackets after its label: "按照决算口径，实际收入6847.87万元",
# "项目支出全年预算数（批复口径）为6005.58万元"
BASIS = r"(?:按照?|依|以)?\p{Han}{1,6}口径"
# the nouns of money a table's rows and totals are named by: "基本支出合计", "项目资金合计", "收入合计"
AMOUNT_NOUNS = ("支出", "收入", "资金", "经费", "拨款", "预算")
# words too common in figure labels to tie two labels to one quantity ("基本支出" and "项目支出" share only 支出)
GENERIC_LABEL_WORDS = (*AMOUNT_NOUNS, "人员", "人数", "个数", "户数", "项目", "单位", "情况", "目标", "指标", "计划",
                       "完成", "实施", "其他", "合计", "小计", "全县", "本级", "财政", "安排", "下达", "投入", "使用")
FUNDING_WORDS = ("财政拨款", "一般公共预算", "政府性基金", "国有资本经营预算", "上级补助", "上级转移支付",
                 "中央资金", "省级资金", "市级资金", "县级资金", "自有资金", "其他资金", "社会资金")

# ---------------------------------------------------------------------------------------------
# Scoring rules (评分标准): the many ways writers say the same few things, rewritten to one
# canonical wording that the rule grammar (reportlint/rules.py) reads. Order matters: longer
# phrases first, and each replacement must not create text an earlier pattern would match.

_NOT_PART_STEP = r"(?<!(?:不足|<)\s*(?:1|一)\s*个?\s*(?:百分点|%))"  # not "不足1%的…": a part of a deduction step
RULE_SYNONYMS: list[tuple[str, str]] = [
    (r"％", "%"),  # first: every pattern below writes the half-width sign
    # full marks: 计满分, 得全部分值, 给予满分, 得该项满分, 得该指标全部分值
    (r"(?:可)?(?:得|计|记|给予?|获得?|(?<=[%\d以上下之间的，,则])为)(?:该项|该指标|本项|本指标)?(?:的)?(?:满分|全部分值|全部分数|全分|全部得分|全部权重分)",
     "得满分"),
    # no marks: 不计分, 计0分, 不给分, 该项不得分, 得零分, 按零分计算
    (r"(?:该项|该指标|本项|本指标)?(?:不计分|不得分|不给分|不记分|(?:得|计|记|给予?)\s*(?:0|零)\s*分|按\s*(?:0|零)\s*分\s*计(?:算|分)?)", "不得分"),
    # "符合计1分": 计 after 符合 is the award (the rule below leaves 合计 alone)
    (r"(?<=符合|满足|达到|具备)\s*(?:计|记|给予?)\s*(?=\d)", "得"),
    # points awarded: 计2分, 给1.5分, 赋3分, 记1分, 可得2分, 得2.00分
    (r"(?<![合统设会审估累总])(?:可)?(?:计|记|给予?|赋予?|获)\s*(?=\d)", "得"),
    (r"扣除|扣减|减\s*(?=\d+(?:\.\d+)?\s*分)", "扣"),
    # a condition closed by 时: "在70%—100%区间时得1分", "超过10%时不得分"
    (r"(?<=[%\d）)])\s*(?:区间|范围)?(?:内)?\s*时(?=\s*(?:得|不得分|扣))", ""),
    # a bare award after a comma: "无结余,3分", "①已制定管理办法,1分"
    (r"[，,]\s*(?=\d+(?:\.\d+)?\s*分(?:[;；。，,）)]|$))", "得"),
    # a band said as what it is not docked (writer ZA): "在70%—100%的不扣分，得1分" gives its points, "≥80%的不扣分" full
    # marks; never a part of a step ("不足1%的不扣分", read with the step)
    (rf"{_NOT_PART_STEP}(?<=[%\d])\s*(?:之间|以内)?\s*的?\s*不扣分\s*[，,]?\s*(?=得\s*\d)", "的"),
    (rf"{_NOT_PART_STEP}(?<=[%\d])\s*(?:之间|以内)?\s*的?\s*不扣分(?=\s*(?:[；;。，,]|$))", "的得满分"),
    # the condition first, the award after 则 (writer Y): "若达标率在90%以上，则为满分；若在60%-90%之间，则得2分"
    (r"(?<=[，,]\s*)则\s*(?=得|不得分|每|扣)", ""),
    (r"(?:^|(?<=[；;。，,]))\s*(?:若|如果|倘若|假如)(?=\s*[\p{Han}“\"])", ""),
    # the award joined to its condition: "≥90%,计5分", "=0,计3分", "80%(含)-90%，得4分"
    (r"\s*[，,]\s*(?=得\s*\d|得满分|不得分)", ""),
    # "介于70%—100%（含两端）的": both ends in the band, as a range already says
    (r"(?<=[%\d])\s*(?:之间)?\s*[（(]\s*(?:含两端|两端均含|含端点|含上下限|均含|含本数)\s*[）)]", ""),
    # "98%（含）以上": the bound is in the band, as 以上 already says
    (r"(?<=[%\d])\s*[（(]\s*含\s*[）)]\s*(?=以上)", ""),
    # "每超过一个百分点", "每降低2个百分点": points of a percentage
    (r"(?:一|1)个百分点", "1%"),
    (r"(\d+(?:\.\d+)?)个百分点", r"\1%"),
    # comparisons
    (r"不低于|不少于|大于等于|大于或等于|高于或等于|≧|>=|＞=|＞＝", "≥"),
    (r"不高于|不大于|小于等于|小于或等于|低于或等于|≦|<=|＜=|＜＝", "≤"),
    (r"(?<!不)(?:大于|高于)(?=\s*\d)", ">"),
    (r"(?<!不)(?:小于|不足|未达到|未达)(?=\s*\d)", "<"),
    # per-step deductions: 每低于/每下降/每少/每减少 1% 扣 0.1 分; 每超过/每高于/每多 1%
    (r"每(?:低于|下降|减少|少|降|下浮|低)(?=\s*\d+(?:\.\d+)?\s*%)", "每降低"),
    (r"每(?:超过|高于|高出|多|上升|上浮|超支|超出|超|高)(?=\s*\d+(?:\.\d+)?\s*%)", "每增加"),  # "每高1个百分点" (writer T)
    # 减 for 扣 after a step ("每超1%减0.1分", writer U), and 以内 closing a range ("在70%—100%以内得1分")
    (r"(?<=%)\s*[，,]?\s*减(?:少)?\s*(?=\d+(?:\.\d+)?\s*分)", "扣"),
    (r"(?<=%)\s*以内(?=\s*(?:的)?\s*[，,]?\s*得)", "之间"),
    # "高于100%的，超出部分每1%扣减0.1分，超出幅度大于10%不计分"
    (r"超出部分\s*每(?=\s*\d+(?:\.\d+)?\s*%)", "每增加"),
    (r"(?:超出|超支)幅度\s*(?:大于|超过|高于|>)(?=\s*\d)", "超过"),
    # "超出幅度在10%以上的，不得分" (writer Q): beyond the band, as "超过10%"
    (r"(?:超出|超支)幅度\s*在(?=\s*\d+(?:\.\d+)?\s*%\s*以上)", "超过"),
    # the deduction band opened by a comparison: ">100%的，每增加1%扣0.1分" is "超过100%，每增加1%扣0.1分"
    (r">\s*(\d+(?:\.\d+)?\s*%)\s*的?\s*[，,]\s*(?=每增加)", r"超过\1，"),
    # the cut-off beyond a deduction band: "超出10%以上的不计分" is "超过10%不得分"
    (r"(?<!每)超出(?=\s*\d)", "超过"),
    (r"(超过\s*\d+(?:\.\d+)?\s*%)\s*以上", r"\1"),
    # a verdict word before the points: "处于70%—100%区间的，视为完全达到，得1分；……否则视为未达到，得0分" (writer S)
    (r"[，,]?\s*视为(?:完全|基本|部分)?(?:未)?达(?:到|成)(?:要求|目标)?\s*[，,]?\s*(?=得|不得|计|不计)", ""),
    # "最多扣减至零分", "扣至0分为止", "扣减至0分为止": 扣完为止
    (r"最多扣(?:减)?至(?:零|0)分(?:为止)?|扣(?:减)?至(?:零|0)分为止", "扣完为止"),
    # the step joined to its deduction: "每降低1%，扣5%权重分值"
    (r"(每(?:降低|增加|调增或调减|调减或调增)\s*\d+(?:\.\d+)?\s*%)\s*[，,]\s*(?=扣)", r"\1"),
    # element weights: 各要素权重均为50%, 各要素权重50%, 权重均为1/3, 每个要点占25%
    (r"各(?:要素|要点|项)?(?:的)?权重(?:均|各)?(?:为|是)?(?=\s*\d)|权重(?:均|各)为|权重各(?=\s*\d)|(?:每个|每项|每一)(?:评价|评分)?(?:要素|要点)?(?:各)?占"
     r"|(?:每个|每项|每一)(?:评价|评分)?(?:要素|要点|子项|考核要求|考核点)?(?:的)?权重(?:为|均为)?(?=\s*\d)|单项(?:要素|要点)?权重(?:为|均为)?(?=\s*\d)"
     r"|(?:以上|上述)?(?:子项|考核要求|评价内容|指标要求)(?:的)?权重(?:均|各)?(?:为|是)?(?=\s*\d)"
     r"|每条(?:内容|要点|要素)?(?:的)?权重(?:为|均为)?(?=\s*\d)"
     r"|各(?:考核点|评价点|评分点|考核要点|方面|条款)(?:的)?权重(?:均|各)?(?:为|是)?(?=\s*\d)", "各占"),
    # "以上两项按同等权重（各50%）评定", "以上要素权重均等（各50%）": each element's weight
    (r"(?:按\s*同等权重|权重\s*(?:均等|相等|相同|一致))\s*[（(]\s*各\s*(\d+(?:\.\d+)?\s*%)\s*[）)]\s*(?:评定|计分|赋分|打分)?",
     r"各占\1权重分"),
    # the points per element as a product: "得分=符合的要素个数×1.5分", "按满足要点数×1分计分"
    (r"(?:得分\s*[=＝]\s*|按\s*)(?:符合|满足|达到|达成|具备|做到)(?:要求)?(?:的)?(?:要素|要点|条件|项|内容)?(?:的)?"
     r"(?:个数|数量|项数|条数|数)\s*[×*xX乘以]+\s*(\d+(?:\.\d+)?)\s*分(?:计分|计算|计)?", r"每项\1分"),
    # "以上要素分别按50%权重赋分", "上述要点按50%权重逐项计分": each element's weight
    # "以上要素按50%的比例分别计分" (writer Z)
    (r"(?:分别|各(?:要点|要素|项)?|均|(?:以上|上述)(?:要点|要素|子项|各项)?)各?按\s*(\d+(?:\.\d+)?\s*%)\s*(?:的)?(?:权重|比例)(?:逐项|分别)?"
     r"(?:赋分|计分|打分|分)?", r"各占\1权重分"),
    # "凡符合的即计1.5分", "符合即得1分": 即 joins the condition to its points
    (r"(?<=符合|满足|达到|具备|做到|成立|的)\s*即\s*(?=(?:得|计|记)\s*\d)", ""),
    # points per element met: "满足一项得1分", "符合一项计0.5分", "每项得1分" are "每项1分"
    (r"(?:满足|符合|达到|具备|做到)(?:其中)?任?(?:一项|1项|一个|一条|一点)(?:要求|要素|要点|条件)?(?:的)?\s*(?:得|计|记|加)\s*(?=\d)",
     "每项"),
    # "每个考核点得1.5分", "每个评价点得1分": the points of each element, whatever the firm calls its elements
    (r"每个(?:考核点|评价点|评分点|考核要点|评价要点|方面|条款)\s*(?=(?:得|计|记|给予?)\s*\d)", "每项"),
    # "满足的，该要点得1.5分", "满足要求的该要素计1.5分" (writers V and W): the points of each element met
    (r"((?<![未不没])(?:满足|符合|达到|具备|做到)(?:要求)?的)\s*[，,]?\s*该(?:要点|要素|项要点|项要素)\s*(?:得|计|记|赋)\s*(?=\d)",
     r"\1每项"),
    (r"(?<=每项|每个要素|每个要点|每要素|每点)\s*(?:得|计|记|给予?)\s*(?=\d)", ""),
    # "每项要点1分（权重1/3）" (writer X): the points of each element, and its weight in brackets after them
    (r"每(?:项|个|条)(?:评分|评价)?(?:要点|要素)\s*(?:得|计|记)?\s*(?=\d)", "每项"),
    (r"(?<=每项\s*\d+(?:\.\d+)?\s*分)\s*[（(]\s*权重\s*(\d+(?:\.\d+)?\s*%|\d+\s*/\s*\d+)\s*[）)]", r"，各占\1权重分"),
    # "各要点达到的，每个计1分" (writer T): the points of each element
    (r"每个\s*(?:得|计|记|给予?)\s*(?=\d)", "每项"),
    # a counted deduction without 每: "发现一处不符合要求的扣0.5分"
    (r"(?<!每)(?=(?:发现|出现|查出)\s*(?:一|1)\s*(?:处|项|次|个|笔|例|起|条|份))", "每"),
    # "每个评价要点权重50%、分值1分": the points each element is worth, after its weight
    (r"(?<=[%％])\s*[、，,]\s*分值\s*(?=\d)", "，每项"),
]
# What marks a cell as a scoring rule rather than the reason for a score: a deduction, a cut-off, a share
# or a threshold ("每降低1%扣0.1分", "不得分", "各占50%权重分", "≥90%得满分", "否则得0分")
RULE_TEXT = re.compile(
    r"扣\s*(?:\d|除|减|分)|不得分|不计分|得满分|计满分|各占|权重|每(?:降低|增加|低于|超过|高于|少|多|发现|出现|有)"
    r"|否则|[≥≤＞＜]|不低于|不高于|不少于|以上(?:得|的)|以下(?:得|的)|得\s*0\s*分|分值的"
)
RULE_SYNONYM_PATTERNS = [(re.compile(p), r) for p, r in RULE_SYNONYMS]

# Counted deductions: 每发现一处问题扣1分, 每出现一次扣0.5分, 每有一项不符合扣1分
PROBLEM_UNIT = r"(?:处|项|次|个|笔|例|起|条|份)"
QUALITATIVE_WORDS = ("酌情", "视情况", "视具体情况", "根据实际情况", "由专家", "综合评定", "综合判断", "自行制定")
# a measure left to the evaluator's choice: "二者择其一进行考核"
CHOICE_WORDS = ("择其一", "二选一", "任选其一", "选择其一", "任选一项")
# a range of points left to the evaluator: "扣1-2分", "其他(0-1分)", "13-15分"
QUALITATIVE_RANGE = re.compile(r"\d+(?:\.\d+)?\s*[-—–~～至到]\s*\d+(?:\.\d+)?\s*分")


def canonical_rule(text: str) -> str:
    """A scoring rule in the canonical wording: "满足要求的计1.5分，否则不计分" → "满足要求的得1.5分，否则不得分"."""
    for pattern, repl in RULE_SYNONYM_PATTERNS:
        text = pattern.sub(repl, text)
    return text

# ---------------------------------------------------------------------------------------------
# Surveys (问卷调查): the sampling plan and who was surveyed

# "抽样比例为样本总量的60%", "抽样比例为总体的60%", "按60%的比例抽取样本", "样本量占调查总体的60%",
# "随机抽取其中60%的人员作为调查样本"
SAMPLE_SHARE = re.compile(
    r"(?<!有效|回收)(?:抽样比例|抽取比例|样本比例|样本覆盖面|样本量|样本数|样本人数|抽样人数|抽取人数|样本规模|抽样数量|抽样数|样本)"
    r"\s*(?:为|是|按照|按|不低于|不少于|约占|约为|占|确定为|定为|设定为|设为|[：:])?\s*(?:调查)?(?:对象)?"
    r"(?:(?:内部|全体|单位)?(?:干部职工|职工|工作人员|人员|员工))?(?:样本总量|总体|总人数|总数|总量|基数)?\s*(?:的)?"
    r"\s*(?P<p>\d+(?:\.\d+)?)\s*[%％]"
    r"|按\s*(?:调查)?(?:总体|样本总量)?(?:人数|总数)?(?:的)?\s*(?P<p2>\d+(?:\.\d+)?)\s*[%％]\s*的?(?:比例)?(?:随机)?抽(?:取|样)"
    # "随机抽取其中60%的人员作为调查样本", "抽取全体职工的60%作为样本"
    r"|抽(?:取|选)\s*(?:其中|总体|全体|全部)?(?:的)?(?:干部职工|职工|工作人员|人员|员工)?(?:的)?\s*(?P<p2>\d+(?:\.\d+)?)\s*[%％]"
    r"\s*(?:的)?(?:干部职工|职工|工作人员|人员|员工|对象)?\s*(?:作为|为|进行|开展)"
)
# whom a plan surveys: the unit's own staff (then the staff count is the population) or others
STAFF_POPULATION = re.compile(r"(?:内部|本单位|本部门|单位|部门)?(?:工作人员|在职人员|在岗人员|干部职工|职工|在编人员)")
OTHER_POPULATION = re.compile(r"服务对象|群众|居民|学生|家长|企业|受益|参保人|选手|农户|公众|社会")
# the staff count: "在职人员43人", "实有在职人员43人", "在职职工共43名", "在岗人员43人"
STAFF_COUNT = re.compile(r"(?:在职|在岗|在编)(?:人员|职工|人)?(?:数)?\s*(?:共|为|有|共计)?\s*(?P<n>\d+)\s*(?:人|名)")

# Questionnaire result tables: option | count | share, and the rate column of score tables
OPTION_HEADERS = ("选项", "选项内容", "答案选项")
COUNT_HEADERS = ("小计", "人数", "数量", "频数", "票数", "得票数", "计数", "份数", "选择人数", "回答人数", "填答人数", "作答人数", "选择次数",
                 "人次")
SHARE_HEADERS = ("比例", "占比", "百分比", "比率", "所占比例")
SCORE_RATE_HEADERS = ("得分率", "得分比例", "得分比率")
# a column of points taken off, beside 分值 and 得分 (得分 = 分值 − 扣分)
DEDUCTION_HEADERS = ("扣分", "扣分值", "扣减分值", "扣分数", "扣除分值")
# The stage a figure is stated at: planned ("2021年计划一类赛9个赛事", 竞赛计划, 年初预算) or done
# (实际举办, 实际实施内容, 已完成). A plan and an outcome of one thing legitimately differ.
PLAN_STAGE_WORDS = ("计划", "预算", "年初", "下达", "安排", "预计", "拟")
ACTUAL_STAGE_WORDS = ("实际", "完成", "已")
# Words that end a 其中 list: a clause with them states another quantity (a total, what was done,
# what is left, a share), not one more part: "其中：一类赛34个赛项，…，实际补贴完成131个赛项"
PART_LIST_ENDS = (*AMOUNT_TOTAL_WORDS, "累计", "总额", "占", "率", *ACTUAL_STAGE_WORDS)
# The numbers accounting and consulting firms give their own reports ("上会湘报字(2022)第0001号",
# "XX审字〔2023〕第012号", a 绩效评价 firm's "景行绩评〔2025〕第17号"): a firm's code and 第 before the serial,
# outside GB/T 9704
# A code ending in 字 before a year and 第 ("赣恒正绩字〔2025〕第18号") is a firm's report number too.
FIRM_REPORT_CODES = ("审字", "报字", "专审字", "鉴字", "验字", "咨字", "评字", "专字", "核字", "审核字", "绩评", "字")
# How a report's title ends, after the evaluated year: "2024年度……绩效评价报告", "……单位自评报告",
# "项目支出绩效自评表（2022年度）"
REPORT_TITLE_WORDS = ("绩效评价报告", "评价报告", "自评报告", "绩效报告", "自评表", "评价结论表")
# Words that say an element of a rule is not met, in a 得分原因 ("③部分指标与年度任务数不对应", "②与实际需求不匹配")
UNMET_WORDS = ("未", "没有", "尚未", "缺乏", "欠缺", "缺少", "缺失", "超出规定", "超过规定", "逾期", "超期", "滞后", "延迟",
               *("不" + w for w in ("完备", "完整", "健全", "符合", "规范", "合规", "到位", "明确", "及时", "足额", "够", "充分",
                                   "合理", "准确", "一致", "相符", "达标", "全面", "细化", "清晰", "匹配", "相匹配", "对应",
                                   "相对应", "相适应", "适应", "衔接", "科学", "完善")))
# short of a stated level, said of an element: "公示时间不足10天", "支付凭证附件不全", "实际带动户数低于申报数"
# (低于 and 少于 only where no 不 stands before them: "不低于申报数" meets it)
SHORT_OF_WORDS = ("不足", "不全", "不齐", "低于", "少于")
# What an element may ask about that is bad to have: "是否存在截留、挤占、挪用", "是否发生安全事故" — "未发生" meets it
BAD_THINGS = ("截留", "挤占", "挪用", "违规", "违纪", "问题", "虚列", "套取", "浪费", "闲置", "事故", "返贫", "投诉", "事件")
# The evaluated unit's own scoring, which a third-party evaluation quotes beside its own: "表3 绩效目标完成情况表（自评）",
# "自评表产出指标得48分", "单位自评得分95.69分"
SELF_ASSESSMENT_WORDS = ("自评", "自我评价")
# A row of a form left as the template had it: "指标2:", "……", "/"
TEMPLATE_ROW = re.compile(r"^\s*(?:指标\s*\d+\s*[:：]?|…+|\.{3,}|/|—+|-+)\s*$")
# a year that qualifies what follows ("2024年", "2024年度"), not one end of a range ("2021-2024年")
YEAR_OF = re.compile(r"(?<![\d\-—–~～至到])(?P<y>(?:19|20)\d\d)\s*年(?!\s*[\-—–~～至到])")
# Work papers of the evaluation itself, which must carry the evaluated period
# How the name of a place or a unit ends, when a title opens with it: "桐溪县2023年度……", "某某局2024年……"
UNIT_SUFFIXES = ("省", "市", "州", "盟", "县", "区", "旗", "镇", "乡", "街道", "局", "厅", "委", "办", "中心", "院", "站", "所")
WORK_PAPER_WORDS = ("调查问卷", "问卷", "评分表", "指标体系", "评分细则", "满意度调查表", "访谈提纲")
# A share of a target: "完成目标任务1900人的107.2%", "达到计划数的103%"
TARGET_WORDS = ("目标任务数", "目标任务", "目标数", "目标", "计划任务", "计划数", "计划", "任务数", "任务", "预期")
# The base a rate is taken over, in the label of its denominator: what should be (应参保), what was planned,
# what was sampled ("抽查600户，准确592户，准确率98.67%"). A rate named after a change is no share of a base.
RATE_BASE_WORDS = ("应", *TARGET_WORDS, "指标值", "抽查", "抽检", "抽取", "抽样", "核查", "检查", "调查", "受访", "样本",
                   "批复")  # "两年批复项目48个，按期开工45个，开工及时率93.75%": what was approved is the base
# a spending rate (执行率, 使用率, 支付率): what was spent over what was there to spend, budgeted or received
# ("中央资金到位2988.80万元，支出2960.34万元，执行率99.50%": 财预〔2020〕10号 divides by 实际到位资金)
SPENDING_RATE_STEMS = ("执行", "使用", "支付")
SPENT_WORDS = ("支出", "使用", "支付", "执行", "列支")
AVAILABLE_WORDS = ("到位", "到账", "下达", "安排", "预算", "批复")
CHANGE_RATE_WORDS = ("增长", "下降", "增幅", "降幅", "增", "降", "减", "超", "节约", "变动", "偏差", "调整", "偏离", "差异")

# A score given at the end of a 得分原因 or a body paragraph: "得3分", "计3分", "该指标得分3.00分",
# "评价得分为3分", "最终得分3分" (never "扣3分": that is a deduction)
SCORE_GIVEN = (r"(?:(?:得分|评价得分|实际得分|最终得分|打分结果|打分|评定|审定|核定|认定|评分结论|评分结果|评分|赋分|得|计|记)\s*(?:为|是|：|:)?\s*(?P<score>\d+(?:\.\d+)?)\s*分"
               r"|按\s*(?P<score>\d+(?:\.\d+)?)\s*分\s*计(?:算|分)?)"  # "该项按3分计"; "评分结果为3分" (writer X)
               # the points it was out of, in brackets after it: "该项得分2分（满分2分）" (淮岭)
               r"(?:\s*[（(]\s*(?:满分|分值|总分|标准分)\s*(?:为)?\s*\d+(?:\.\d+)?\s*分\s*[）)])?")
# a score said at all: "评价得分32.03分", "得3分" (what makes the 二级 figures after it scores, not worths)
SCORE_WORD = re.compile(r"得分|得\s*\d")
# the score given at the end of a reason or a paragraph: "……得3分。"
SCORE_AT_END = re.compile(rf"{SCORE_GIVEN}\s*[。.；;]?\s*$")

# Words that introduce a citation in running text, before the title or number: "经查阅肃南……通知》（…）"
CITATION_LEAD_WORDS = ("依据", "根据", "按照", "参照", "对照", "详见", "参见", "见", "和", "及", "与", "以及", "或", "文件",
                       "印发", "下发", "转发", "通过", "经", "查阅", "经查阅", "查阅了", "结合", "对", "依照", "遵照")

# How the name of a rate ends: "预算执行率", "综合满意度" (a satisfaction is a rate in percent)
RATE_END = r"(?:(?<=[\p{Han}“”\"])率|满意度)"
# One rate under two names (财预〔2013〕53号 calls 在职人员控制率 财政供养人员控制率 in some provinces' tables)
RATE_SYNONYMS = {"财政供养人员控制率": "在职人员控制率"}
# One term of a rate's formula in other words: the 在职人员 of "在职人员控制率=在职人员数/编制数" are the staff a
# sentence counts as 在岗人员 or 实有人员 (writer R: "截至2024年12月31日在岗人员43人")
TERM_SYNONYMS = {"在职": ("在岗", "实有", "在编")}
