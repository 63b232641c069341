#!/usr/bin/env python3
"""A second, independent rewording of the reference report ("writer B").

    python3 tests/reword/reword_b.py OUT_DIR

reads fixtures/sunan-hrss-2024.txt and writes OUT_DIR/sunan-reworded-b.txt and
OUT_DIR/rewrites-b.tsv (one row per rewrite: id, family, scope, count, source,
note).

tests/reword/reword.py is writer A. Writer B keeps the same facts (every
number, every 发文字号 and 《title》, every table cell value, every defect)
and changes the words around them, choosing OTHER real phrasings than writer A
did. Only reword.py's safety helpers are reused (numbers(), years(), DOCNO,
classify()); none of its wordings.

Sources of the phrasings (each rewrite names the one it imitates):

  HENAN     河南省人社厅《2021-2024年省级职业技能竞赛经费项目绩效评价报告》
            (河南昭元, 2025), /work/shared/corpus/henan-skills-competition-2021-2024.md
  CHANGNING 昌宁县第一示范小学2023年度项目支出绩效自评报告 (excerpts/changning_…)
  HONGHE    红河州数据发展中心2024年度部门整体支出绩效单位自评报告 (excerpts/honghe_…)
  HONGHE-P  红河州数据发展中心2024年度项目支出绩效单位自评报告 https://www.hh.gov.cn/info/11481/1179592.htm
  NANXIAN   南县财政局2020年度机关整体支出绩效评价报告 (excerpts/nanxian_…)
  QINGSHEN  青神县发改局 部门预算项目支出绩效自评表(2023) (excerpts/qingshen_…)
  YINCHUAN  银川市本级部门项目支出绩效自评表(2021) (excerpts/yinchuan_…)
  TANGXI    池州市贵池区棠溪镇 项目支出绩效自评表(2022) http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2
            "项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分";
            "本项目共申请预算资金90万元 … 本项目共完成预算资金89.97万元"
  LANGZHONG 阆中 车购税补助资金 绩效目标自评表(2021) "全年预算数(A)全年执行数(B)预算执行率(B/A)"
  CQ-ZT     部门整体绩效自评表 (重庆 融媒体中心 2021) https://m.yzwku.com/doc/98587.html
            "执行率(%) … 得分系数(%) 指标权重(分) 指标得分(分)"
  51DS      部门整体支出绩效评价指标表 https://m.51dongshi.net/eedfrcvdvdcgg.html
            "一级指标分值二级指标分值三级指标分值评价标准指标说明得分";
            "以100%为标准。在职人员控制率≦100%,…;每超过一个百分点扣0.5分,扣完为止"
  YN2008    2008年云南省院所技术开发类项目绩效评价指标 https://m.bdocx.com/doc/1558735.html
            "一级指标 二级指标 三级指标 评价依据 评价得分 评分标准 评分说明"
  ZJPF      评价人员(专家)评分表 / 自评表 https://m.taodocs.com/p-746525770.html
            "三级指标 | 自评得 分 | 专家评 分 | 自评情况"
  JIADING   嘉定 评价机构考核评分表 http://wenlv.jiading.cn/publicity/fdzdgknr/czzj/czxx/jxpj/127388
            "考核内容 | 分值 | 计分标准 | 分数 | 备注"
  NINGXIANG 宁乡市坝塘镇 项目绩效目标表(2021) https://renrendoc.com/paper/307484460.html
            "一级指标二级指标指标内容指标值备注"
  TBJXZP    项目支出绩效自评表 填表说明 http://biz.doczj.com/doc/174893555.html
            "得分计算方法应用全年实际值()年度指标值()*该指标分值"
  DAYING    大英县 部门预算项目支出绩效自评表 https://dyrmt.com/article-132779-22.html
            "结余率(计算方法为:结余数/预算数)≤5%"
  OUHAI     瓯海区排水管网工程 专项债 自评 http://www.ouhai.gov.cn/art/2023/6/30/art_1506431_59111969.html
            "申请专项债券资金11亿元,2022年已拨付资金6亿元"
  LONGHUI   隆回县人居环境指挥部乡村振兴项目资金绩效评价报告 (上会, 2022)
            https://longhui.gov.cn/lhxczj/zxzjxx/202212/a6008c6865194c70bdf5ed9d1645cf21.shtml
            "受隆回县财政局委托，我所成立绩效评价工作组对…实施绩效评价。现评价工作已完成，报告如下"
  HUITONG   会同县 竹笋产业基地建设项目绩效评价报告 (湖南泰信, 2023)
            http://www.huitong.gov.cn/huitong/c117742/202312/5a6a61720dde40f1b6bf390fe81cff54.shtml
            "湖南泰信会计师事务所有限公司受会同县财政局的委托对…实施绩效评价"
  XUANHAN   宣汉县 2024年度部门决算 http://www.xuanhan.gov.cn/xxgk-show-85684.html
            "八、一般公共预算财政拨款基本支出决算表 九、一般公共预算财政拨款项目支出决算表"
  PUDONG    浦东新区塘桥街道 2018 绩效评价报告 http://m.baogao8.com/p-126565.html
            "(二)预算安排和实际支出情况"
  WANGLU18  部门整体支出绩效评价基础数据表及指标表 https://wanglu.net/thread/t4-462766-0.html
            "三公经费 变动率=(本年度…)÷上年度=(63.46-32)÷32=98.31%"
  SN        the reference report itself, where a wording it uses in one place is
            reused in another (e.g. its 结论表 "(一) 决策方面")

Chinese numerals: only the 一级指标 counts (4 -> 四) in the three sentences
that declare the indicator system are written in words; no defect depends on
them (the defect "一共设计3个一级指标" keeps its Arabic 3). rewrites-b.tsv says
so in its note column, and the check below allows exactly those.

The script checks its own output like reword.py does: every line keeps its
numbers (apart from the declared numeral counts), every table line keeps its
cells and their numbers, years and 发文字号 and 《titles》 are unchanged. It
stops with an error otherwise.
"""

from __future__ import annotations

import collections
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reword import DOCNO, classify, numbers, years  # noqa: E402  (safety helpers only)

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "fixtures" / "sunan-hrss-2024.txt"

Repl = str | Callable[[re.Match], str]

CN = {"1": "一", "2": "二", "3": "三", "4": "四", "5": "五", "6": "六", "7": "七", "8": "八", "9": "九"}

# numbers written in words, per line index: filled while rewriting, used by verify()
SPELLED: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
_CURRENT_LINE = {"i": -1}


def spell(n: str) -> str:
    """Write a small count in Chinese and record it for the check."""
    SPELLED[_CURRENT_LINE["i"]][n] += 1
    return CN[n]


@dataclass
class Rewrite:
    rid: str
    family: str
    pattern: str
    repl: Repl
    source: str
    # "text" lines without tabs; "line" every non-blank line; "table" tab lines;
    # "a1:N" / "a1:N-M" 附件1 rows, those columns; "a1h" / "t58h" header rows;
    # "t4h" the 表4 header; "summary" the 结论表 (lines before 摘要)
    scope: str = "text"
    note: str = ""


def cycle(*forms: str, start: int = 0) -> Callable[[re.Match], str]:
    state = {"i": start}

    def repl(m: re.Match) -> str:
        form = forms[state["i"] % len(forms)]
        state["i"] += 1
        return m.expand(form)

    return repl


# ---------------------------------------------------------------- endings

def ending(forms: tuple[str, ...], start: int = 0) -> Callable[[re.Match], str]:
    """"…。得3分。" -> one of the forms, cycling. The score keeps its digits."""
    state = {"i": start}

    def repl(m: re.Match) -> str:
        lead, pts, tail = m.group(1), m.group(2), m.group(3) or ""
        form = forms[state["i"] % len(forms)]
        state["i"] += 1
        return lead + form.format(pts) + tail

    return repl


ENDING_RX = r"(^|[。；，])\s*得\s?(\d+(?:\.\d+)?)\s?分[。.]?(\s*</p>)?\s*$"
# EA  HENAN 评价意见 C101: "…偏差率=…=3.45%，依据评分标准，要点④得1.93分"
# EB  CHANGNING "我校教育专项工作经费项目自评得分100分"; YINCHUAN "自评得分98"
#     (the score as a noun followed by its value, "得分X分")
EA = "依据评分标准，得{}分。"
EB = "该项指标得分{}分。"
# body paragraphs: HENAN C101 "依据评分规则，要点①得1.80分" (the 规则 variant) and EB
EC = "依据评分规则，本项得{}分。"


# ---------------------------------------------------------------- element rules

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def element_rule() -> Callable[[re.Match], str]:
    """"以上要素各占25%权重分，符合得1分，不符合得0分。" in two real shapes:

    R1 HENAN B202 评分标准和评分规则: "要点①②③各占1/3权重分值；符合相关要点得相应
       权重分值，否则扣除相应权重分值。" -- here with the points per 要点 in
       brackets, as YINCHUAN/51DS state points per item ("…,1分;②…,1分").
    R2 HENAN 评价要点 / "审核文件、材料不能达到相关要求": each 评价要点 with its
       weight and points, "达到要求的…，未达到要求的…".
    R1 needs the circled numbers of the cell, so a rule continued from the row
    above (no ① in this cell) always takes R2.
    """
    state = {"i": 0}

    def repl(m: re.Match) -> str:
        share, pts, tail = m.group(1), m.group(2), m.group(3)
        zero_digit = bool(re.search(r"0", tail))
        cell = m.string
        circled = "".join(c for c in CIRCLED if c in cell)
        use_r1 = circled.startswith("①") and state["i"] % 2 == 0
        state["i"] += 1
        if use_r1:
            zero = "否则得0分" if zero_digit else "否则不得分"
            return f"要点{circled}各占{share}权重分值（每项{pts}分），符合相关要点得相应分值，{zero}。"
        zero = "未达到要求的得0分" if zero_digit else "未达到要求的不得分"
        return f"每个评价要点权重{share}、分值{pts}分，达到要求的得分，{zero}。"

    return repl


# ---------------------------------------------------------------- indicator system

def level_paragraph(m: re.Match) -> str:
    """One 一级 with its 二级/三级 lists and the points of each 二级.

    "一级指标“过程”下设4个二级指标：分别是“预算执行”…，12个三级指标：分别是“…”。
     “过程”共设分值24分，按照与过程指标关联度的大小，“预算执行”设置分值12分，…（详见表6）"
    becomes, for 过程 and 决策 (HENAN "决策类指标包括…" + the brief's "决策类指标（15分）下设…",
    W27 阆中 guide "“項目管理”(30分)和“項目績效”(40分)"):
    "过程类指标（24分）下设4个二级指标（“预算执行”…）和12个三级指标（“…”），其中“预算执行”
     分值为12分、…，详见表6。"
    and, for 产出 and 效益 (HENAN "分别为600万元、3000万元和600万元"):
    "“产出”一级指标分值33分，下设3个二级指标（…）、10个三级指标（…）；“数量指标”“质量指标”
     “时效指标”分值分别为13分、13分、7分，详见表7。"
    Every 二级 worth keeps its number against the same total (the 过程 text still
    lists 12, 6, 4, 3 under 24).
    """
    g = m.groupdict()
    name = g["name"]
    pairs = re.findall(r"“([^”]+)”设置分值\s?(\d+)\s?分", g["alloc"])
    table = g["table"]
    n2, n3 = g["n2"], g["n3"]
    list2, list3 = g["list2"], g["list3"]
    if name in ("决策", "过程"):
        worth = "、".join(f"“{a}”分值为{b}分" for a, b in pairs)
        head = f"{name}类指标（{g['total']}分）下设{n2}个二级指标（{list2}）和{n3}个三级指标（{list3}），"
        return f"{head}其中{worth}，详见表{table}。"
    names = "".join(f"“{a}”" for a, _ in pairs)
    worths = "、".join(f"{b}分" for _, b in pairs)
    head = f"“{name}”一级指标分值{g['total']}分，下设{n2}个二级指标（{list2}）、{n3}个三级指标（{list3}）；"
    return f"{head}{names}分值分别为{worths}，详见表{table}。"


LEVEL_RX = (r"^(?:一级指标)?“(?P<name>决策|过程|产出|效益)”(?:一级指标)?下设\s?(?P<n2>\d+)\s?个二级指标："
            r"分别是(?P<list2>(?:“[^”]+”)+)，(?P<n3>\d+)\s?个三级指标：分别是(?P<list3>(?:“[^”]+”)+)。?"
            r"“(?P=name)”共设分值\s?(?P<total>\d+)\s?分，按照与(?P=name)指标关联度的大小[^，]*，"
            r"(?P<alloc>(?:“[^”]+”设置分值\s?\d+\s?分[，。])+)（详见表\s?(?P<table>[5-8])）$")


def counts_sentence(m: re.Match) -> str:
    # "此次绩效评价设置了一级指标 4 个，二级指标 13 个，三级指标 34 个，其中决策分值 15 分，权重为 15%；…"
    # The brief's "设一级指标四个" (a count in words, as SN "下设四个职能科室", HENAN
    # "四个部分"), then the points with the weight in brackets as YN2008 writes its
    # levels "1.目标指标(25%)", listed with 分别为 (HENAN).
    g = m.groups()
    return (f"本次评价设一级指标{spell(g[0])}个，二级指标{g[1]}个，三级指标{g[2]}个。"
            f"各一级指标的分值及权重分别为：决策{g[3]}分（{g[4]}），过程{g[5]}分（{g[6]}），"
            f"产出{g[7]}分（{g[8]}），效益{g[9]}分（{g[10]}）。")


def counts_body(m: re.Match) -> str:
    # "评价指标体系分为决策、过程、产出、效益 4 个一级指标，13 个二级指标，34 个三级指标，其中决策分值 15 分，…，满分 100 分。"
    # "由…构成" (W29 bjceidea "由职能指标、影响指标和潜力指标3个一级指标,11个二级指标和33个三级指标构成"),
    # count in words as above; the points listed with 分别为 (HENAN).
    g = m.groups()
    return (f"评价指标体系由决策、过程、产出、效益{spell(g[0])}个一级指标及{g[1]}个二级指标、{g[2]}个三级指标构成；"
            f"决策、过程、产出、效益的分值分别为{g[3]}分、{g[4]}分、{g[5]}分、{g[6]}分，合计{g[7]}分。")


TABLE_NAME = {"5": "决策", "6": "过程", "7": "产出", "8": "效益"}

REWRITES: list[Rewrite] = [
    # =============================================================== table headers
    Rewrite("head-a1", "table-header",
            r"^一级指标\t二级指标\t三级指标\t指标解释\t评分标准\t得分原因\t得分$",
            "一级指标\t二级指标\t三级指标\t指标内容\t计分标准\t评价依据\t分数",
            "NINGXIANG 目标表 '一级指标二级指标指标内容指标值备注'; JIADING '考核内容 | 分值 | 计分标准 | 分数 | 备注'; "
            "YN2008 '三级指标 评价依据 评价得分 评分标准 评分说明'",
            scope="a1h"),
    Rewrite("head-t58", "table-header",
            r"^一级指标\t二级指标\t三级指标\t分值\t得分\t得分率%$",
            "一级指标\t二级指标\t三级指标\t指标权重（分）\t专家评分\t得分系数（%）",
            "CQ-ZT '得分系数(%) 指标权重(分) 指标得分(分)'; ZJPF '自评得 分 | 专家评 分'",
            scope="t58h"),
    Rewrite("head-t4", "table-header", r"^一级指标\t分值\t得分\t得分率%$",
            "一级指标\t总分值\t得分（分）\t得分率",
            "HENAN '决策类指标包括…，总分值15分，得分为10.4分'; CQ-ZT '指标得分(分)'; HENAN 附表3-3 '…|得分率'",
            scope="t4h"),

    # =============================================================== 结论表 labels
    Rewrite("sum-funds", "summary-label", r"^资金情况\s?\(万元\)(?=\t)", "项目资金（万元）",
            "TANGXI '项目资金 (万元) 年初预算数 全年预算数 全年执行数'", scope="summary"),
    Rewrite("sum-budget", "summary-label", r"(?<=\t)预算安排资金(?=\t)", "全年预算数",
            "TANGXI '年初预算数 全年预算数 全年执行数'; LANGZHONG '全年预算数(A)'", scope="summary"),
    Rewrite("sum-arrived", "summary-label", r"(?<=\t)实际到位资金(?=\t)", "下达预算资金",
            "HENAN '共下达预算资金13534.70万元，实际执行12634.70万元'", scope="summary"),
    Rewrite("sum-of-which", "summary-label", r"(?<=\t)其中：财政拨款收入(?=\t)", "其中：财政资金",
            "QINGSHEN '其中:财政资金 | 238.93 | 251.89'", scope="summary"),
    Rewrite("sum-spent", "summary-label", r"(?<=\t)实际支出资金(?=\t)", "预算执行数",
            "QINGSHEN '年初预算 | 调整后预算数 | 预算执行数 | 预算执行率'", scope="summary"),
    Rewrite("sum-carry", "summary-label", r"(?<=\t)结转结余资金(?=\t)", "结余资金",
            "HENAN '应结余资金'; DAYING '结余率(计算方法为:结余数/预算数)'", scope="summary"),
    Rewrite("sum-rate", "summary-label", r"(?<=\t)预算执行率(?=\t)", "执行率（%）",
            "CQ-ZT '全年执行数 执行率(%) 执行率权重'", scope="summary"),
    Rewrite("sum-score", "summary-label", r"(?<=\t)评价得分(?=\t)", "总体得分",
            "HENAN '该项目绩效评价总体得分为65.00分'", scope="summary"),
    Rewrite("sum-grade", "summary-label", r"(?<=\t)评价等级(?=\t)", "评价级别",
            "HENAN '依据…规定，项目评价级别为“中”'", scope="summary"),

    # =============================================================== scoring rules (附件1 column 4)
    Rewrite("rule-elements", "scoring-rule",
            r"以上要素(?:各|分别)占\s?(\d+%|\d/\d)\s?权重分，符合得\s?(\d+(?:\.\d+)?)\s?分，(不符合得\s?0\s?分|不符合不得分)。?",
            element_rule(),
            "HENAN B202 '要点①②③各占1/3权重分值；符合相关要点得相应权重分值，否则扣除相应权重分值' / "
            "HENAN '评价要点' + '不能达到相关要求'", scope="a1:4"),
    Rewrite("rule-proportional", "scoring-rule",
            r"得分=(预算执行率|政府采购执行率|阶段性任务完成率)\s?\*\s?分值。?",
            r"指标得分=\1×该指标分值。",
            "TBJXZP 填表说明 '得分计算方法应用全年实际值()年度指标值()*该指标分值'", scope="a1:4"),
    Rewrite("rule-threshold", "scoring-rule",
            r"(在职人员控制率|临聘人员控制率)≤100%得(\d+)分，否则得0分。",
            r"\1不超过100%的得\2分，超过的得0分。",
            "51DS '以100%为标准。在职人员控制率≦100%,…;每超过一个百分点扣0.5分'", scope="a1:4"),
    Rewrite("rule-band", "scoring-rule",
            r"(重点支出安排率)\s?(?:\$\\geq\s?(\d+)\\%\$|≥\s?(\d+)%)\s?得(\d+)分，(\d+%)—(\d+%)每降低(1)%扣(\d+(?:\.\d+)?)分，低于(\d+%)得0分。",
            lambda m: (f"{m.group(1)}达到{m.group(2) or m.group(3)}%及以上的得{m.group(4)}分；介于{m.group(5)}—{m.group(6)}之间的，"
                       f"每下降{m.group(7)}个百分点扣{m.group(8)}分；低于{m.group(9)}的得0分。"),
            "HENAN B201 '实际值达到100%的得满分，≤80%不得分。在幅度范围内，每降低1%，扣5%权重分值'; "
            "51DS '每超过一个百分点扣0.5分'", scope="a1:4"),
    Rewrite("rule-adjust", "scoring-rule",
            r"预算调整率=0%得满分，(每调增或调减1%\(不足1%按四舍五入原则取整\)扣0\.2分)，超过10%不得分。",
            r"预算调整率为0%的得满分；\1，调整率大于10%的不得分。",
            "HENAN '实际值达到100%的得满分'; WANGLU18 '大于30%不得分'", scope="a1:4"),
    Rewrite("rule-3gong", "scoring-rule",
            r"(“三公”经费控制率)=(\d+%)—(\d+%)得(\d+)分，超出(\d+%)，每增加(1)%扣(\d+(?:\.\d+)?)分，超过(\d+%)不得分。",
            r"\1在\2—\3区间的得\4分；高于\5的，每增加\6个百分点扣\7分，超过\8的不得分。",
            "51DS '每超过一个百分点扣0.5分,扣完为止'; HENAN '≤80%不得分'", scope="a1:4"),
    Rewrite("rule-surplus", "scoring-rule",
            r"(项目资金结余率)=0%得满分，每增加(1)%扣(\d+(?:\.\d+)?)分，超过(\d+%)不得分。",
            r"\1为0%的得满分；每增加\2个百分点扣\3分，大于\4的不得分。",
            "HENAN '实际值达到100%的得满分'; 51DS '每超过一个百分点扣…'; WANGLU18 '大于30%不得分'", scope="a1:4"),
    Rewrite("rule-tier", "scoring-rule", r"^分，(\d+%)-(\d+%)得(\d+)分，(\d+%)以下不得分。$",
            r"分，\1-\2的得\3分，低于\4的不得分。",
            "HENAN '实际值达到100%的得满分，≤80%不得分'", scope="a1:4"),
    Rewrite("rule-survey", "scoring-rule",
            r"综合满意率达到\s?(\d+)%以上得满分，(\d+)%—(\d+)%每降低\s?(1)%扣\s?(\d+(?:\.\d+)?)\s?分，低于\s?(\d+)%不得分。",
            r"综合满意率≥\1%的得满分；\2%≤综合满意率<\3%的，每下降\4个百分点扣\5分；综合满意率<\6%的不得分。",
            "HENAN '满意度达到90%得满分'; 51DS '≦100%,…每超过一个百分点扣0.5分' (relations as symbols)", scope="a1:4"),

    # =============================================================== 评价依据 column lead (附件1 column 5)
    Rewrite("a1-lead-site", "table-text", r"^根据现场调研查看，", "经现场查看，",
            "SN 评价实施阶段 '通过查阅资料，核实调研单位任务完成情况'; HENAN '在实地调研中发现'", scope="a1:5"),
    Rewrite("a1-lead-archive", "table-text", r"^根据现场调研对部门相关档案查询，", "经现场查阅部门相关档案，",
            "SN '通过查阅资料'; HENAN '通过梳理资料发现'", scope="a1:5"),
    Rewrite("a1-lead-docs", "table-text", r"^(<p>)?根据(《|肃南)", r"\1经查阅\2",
            "SN 评价实施阶段 '通过查阅资料，核实调研单位任务完成情况及资金使用规范性'", scope="a1:5"),
    # figures inside 评价依据 cells (the same sentences as in the body, below)
    # =============================================================== figure sentences
    Rewrite("fig-abstract", "figure-sentence",
            r"^(\d{4})年部门一般公共预算财政拨款收入(\d+\.\d+)万元，截至(\d{4})年(\d+)月(\d+)日，部门全年支出(\d+\.\d+)万元，"
            r"其中\d{4}年基本支出(\d+\.\d+)万元，\d{4}年项目支出(\d+\.\d+)万元，部门预算执行率(\d+%)。$",
            r"\1年度部门财政资金总额\2万元，全部为一般公共预算财政拨款收入，截至\3年\4月\5日拨付使用\6万元"
            r"（基本支出\7万元、项目支出\8万元），预算执行率\9。",
            "CHANGNING '2023年度我校教育专项工作经费项目财政资金总额16.20万元,全部为县级配套资金,拨付使用16.20万元,预算执行率100%'"),
    Rewrite("fig-body-income", "figure-sentence",
            r"^(\d{4})年部门一般公共预算财政拨款收入(\d+\.\d+)万元，实际收入(\d+\.\d+)万元，截至(\d{4})年(\d+)月(\d+)日，"
            r"部门全年支出(\d+\.\d+)万元，其中\d{4}年基本支出(\d+\.\d+)万元，\d{4}年项目支出(\d+\.\d+)万元，部门预算执行率(\d+%)。（详见表1）$",
            r"\1年，部门一般公共预算财政拨款收入\2万元，实际到位资金\3万元；截至\4年\5月\6日，全年实际支出\7万元"
            r"（其中基本支出\8万元，项目支出\9万元），预算执行率\10。基本支出明细见表1。",
            "HONGHE-P '年初批复预算8个项目985万元(含…),调整预算后项目预算861.46万元,…,实际到位资金334.67万元' "
            "(the label 财政拨款收入 of 4901.44 is kept: the abstract states the same label as 6847.87, a defect)"),
    Rewrite("fig-project-total", "figure-sentence",
            r"^截至\s?(\d{4})\s?年\s?(\d+)\s?月\s?(\d+)\s?日，部门全年项目共支出\s?(\d+\.\d+)\s?万元。（详见表\s?(\d)）$",
            r"截至\1年\2月\3日，部门已拨付项目资金\4万元，具体见表\5。",
            "OUHAI '申请专项债券资金11亿元,2022年已拨付资金6亿元'"),
    Rewrite("fig-scope", "figure-sentence",
            r"本次绩效评价对象为(肃南县人力资源和社会保障局\s?(?:2024)?)",
            r"本次评价范围为\1",
            "CHANGNING '(一)项目基本情况 … 项目资金情况'; NANXIAN '纳入南县财政局部门预算编制范围的单位有3个'",
            scope="line"),
    Rewrite("fig-scope-amount", "figure-sentence", r"，涉及(?:财政预算)?资金\s?(\d+\.\d+)\s?万元。",
            r"，资金总额\1万元。",
            "CHANGNING '财政资金总额16.20万元'", scope="line"),
    Rewrite("fig-staff", "figure-sentence",
            r"单位核定人员编制(\d+)名，截止到(\d{4})年(\d+)月(\d+)日，在职人员(\d+)名。",
            r"截至\2年\3月\4日，单位编制人数\1名，年末实有人数\5名。",
            "HONGHE '截至2024年12月31日,部门事业编制人数15人,年末实有人数14人'"),
    Rewrite("fig-staff-rate", "figure-sentence",
            r"核定人员编制(\d+)名，截至(\d{4})年(\d+)月(\d+)日，在职人员(\d+)人。在职人员控制率为(\d+\.\d+%)。",
            r"截至\2年\3月\4日，在职人员控制率=实有人数\5人/核定编制\1名=\6。",
            "HENAN '偏差率=（1-131/146）×100%=10.27%'; WANGLU18 '变动率=(63.46-32)÷32=98.31%' (the ratio written out)",
            scope="line"),
    Rewrite("fig-temp-rate", "figure-sentence",
            r"编制实有(\d+)人，截至(\d{4})年(\d+)月(\d+)日，在职人员(\d+)名，无临聘人员，临聘人员控制率为(\d+%)。",
            r"现有编制人员\1人、在职人员\5名，截至\2年\3月\4日未聘用临聘人员，临聘人员控制率\6。",
            "NANXIAN '现有编制人员205人。其中,局机关在职113人'", scope="line"),
    # 基本支出 / 项目支出 预算执行率: one line in 附件1, the body 项目 one cut in two
    Rewrite("fig-exec", "figure-sentence",
            r"(\d{4})\s?年肃南县人力资源和社会保障局(基本|项目)支出全年预算数为\s?(\d+\.\d+)\s?万元，实际执行数为\s?(\d+\.\d+)\s?万元，\2支出预算执行率为\s?(\d+%?)。",
            r"\1年肃南县人力资源和社会保障局\2支出全年预算数（A）\3万元，全年执行数（B）\4万元，预算执行率（B/A）为\5。",
            "LANGZHONG '全年预算数(A)全年执行数(B)预算执行率(B/A)'; YINCHUAN '全年执行数(B)执行率(B/A)'",
            scope="line"),
    Rewrite("fig-exec-a", "figure-sentence",
            r"(\d{4})\s?年肃南县人力资源和社会保障局项目支出全年预算数为\s?(\d+\.\d+)\s?万元，实际执行数$",
            r"\1年肃南县人力资源和社会保障局项目支出全年预算数（A）\2万元，全年执行数（B）",
            "LANGZHONG '全年预算数(A)全年执行数(B)预算执行率(B/A)'"),
    Rewrite("fig-exec-b", "figure-sentence",
            r"^为\s?(\d+\.\d+)\s?万元，项目支出预算执行率为\s?(\d+%)。",
            r"\1万元，预算执行率（B/A）为\2。",
            "LANGZHONG '预算执行率(B/A)'"),
    Rewrite("fig-adjust", "figure-sentence",
            r"全年收入预算数为\s?(\d+\.\d+)\s?万元，全年收入决算数\s?(\d+\.\d+)\s?万元，预算调整数为\s?(\d+)\s?(万?元)，预算调整率为\s?(\d+%)。",
            r"全年收入安排预算\1万元，决算\2万元，未发生预算调整（调整数\3\4），预算调整率\5。",
            "HENAN '一届省赛安排资金1125万元，决算1395.36万元'", scope="line"),
    Rewrite("fig-3gong", "figure-sentence",
            r"(\d{4})\s?年度“三公”经费支出全年预算数为\s?(\d+)\s?万元，实际执行数为\s?(\d+)\s?万元，“三公”经费控制率为\s?(\d+%)。",
            r"\1年度“三公”经费实际支出\3万元，预算安排数\2万元，“三公”经费控制率=实际支出数/预算安排数=\4。",
            "WANGLU18 '三公经费 变动率=(本年度 三公经费 预算数-上年度 三公经费 预算数)÷上年度=(63.46-32)÷32=98.31%'",
            scope="line"),
    Rewrite("fig-surplus", "figure-sentence",
            r"项目资金结余总额为\s?(\d+)\s?万元，项目全年预算数为\s?(\d+\.\d+)\s?万元，资金结余率为\s?(\d+%)。",
            r"结余数\1万元，项目预算数\2万元，结余率（计算方法为：结余数/预算数）为\3。",
            "DAYING '结余率(计算方法为:结余数/预算数)≤5%'", scope="line"),
    Rewrite("fig-procure", "figure-sentence",
            r"本部门\s?(\d{4})\s?年政府预算采购支出总额\s?(\d+\.\d+)\s?万元，实际采购支出\s?(\d+\.\d+)\s?万元，政府采购执行率为\s?(\d+%)。",
            r"本部门\1年政府采购共申请预算资金\2万元，共完成采购\3万元，政府采购执行率为\4。",
            "TANGXI '本项目共申请预算资金90万元。… 本项目共完成预算资金89.97万元'", scope="line"),
    Rewrite("fig-procure-a", "figure-sentence",
            r"本部门\s?(\d{4})\s?年政府预算采购支出总额\s?(\d+\.\d+)\s?万$",
            r"本部门\1年政府采购共申请预算资金\2万",
            "TANGXI '本项目共申请预算资金90万元'"),
    Rewrite("fig-procure-b", "figure-sentence", r"^元，实际采购支出\s?(\d+\.\d+)\s?万元，",
            r"元，共完成采购\1万元，", "TANGXI '本项目共完成预算资金89.97万元'"),

    # =============================================================== indicator system
    Rewrite("ind-counts", "indicator-system",
            r"此次绩效评价设置了一级指标\s?(\d)\s?个，二级指标\s?(\d+)\s?个，三级指标\s?(\d+)\s?个，其中决策分值\s?(\d+)\s?分，权重为\s?(\d+%)；"
            r"过程分值\s?(\d+)\s?分，权重为\s?(\d+%)；产出分值\s?(\d+)\s?分，权重为\s?(\d+%)；效益分值\s?(\d+)\s?分，权重为?\s?(\d+%)。",
            counts_sentence,
            "brief '设一级指标四个'; SN '下设四个职能科室'; YN2008 '1.目标指标(25%)'; HENAN '分别为600万元、3000万元和600万元'",
            scope="line", note="一级指标 count 4 written 四 (not a defect number)"),
    Rewrite("ind-grade", "indicator-system",
            r"总分设置为\s?(\d+)\s?分，等级划分为四档：(\d+)（含）-(\d+)\s?分为优、(\d+)（含）-(\d+)\s?分为良、(\d+)（含）-(\d+)\s?分为中、(\d+)\s?分以下为差。",
            r"评价总分\1分，其中得分\2（含）-\3分为“优”，\4（含）-\5分为“良”，\6（含）-\7分为“中”，\8分以下为“差”。",
            "HENAN '评价等级为“中”'; YN2008 '优()、良()、中()、差()'", scope="line"),
    Rewrite("ind-counts-body", "indicator-system",
            r"评价指标体系分为决策、过程、产出、效益\s?(\d)\s?个一级指标，(\d+)\s?个二级指标，(\d+)\s?个三级指标，"
            r"其中决策分值\s?(\d+)\s?分，过程分值\s?(\d+)\s?分，产出分值\s?(\d+)\s?分，效益分值\s?(\d+)\s?分，满分\s?(\d+)\s?分。",
            counts_body,
            "W29 bjceidea '由职能指标、影响指标和潜力指标3个一级指标,11个二级指标和33个三级指标构成'; HENAN '分别为'",
            note="一级指标 count 4 written 四 (not a defect number)"),
    Rewrite("ind-count-3", "indicator-system",
            r"绩效评价指标体系分析中一共设计(\d+)个一级指标，以下分别进行评价分析。",
            r"评价指标体系共设置一级指标\1个，分述如下。",
            "HONGHE '共设置5个内设机构,包括:数据要素科、…'", note="the defect count 3 stays in digits"),
    Rewrite("ind-abstract-level", "indicator-system",
            r"^一级指标项目(决策|过程|产出|效益)下设(\d+)个二级指标，(\d+)个三级指标，(主)",
            r"项目\1类指标由\2个二级指标、\3个三级指标构成，\4",
            "W29 bjceidea '…3个一级指标,11个二级指标和33个三级指标构成'; HENAN '决策类指标'"),
    Rewrite("ind-abstract-score", "indicator-system", r"，共计得分\s?(\d+)\s?分。$", r"，该类指标得\1分。",
            "HENAN 摘要 '过程指标得11.47分'"),
    Rewrite("ind-level", "indicator-system", LEVEL_RX, level_paragraph,
            "brief '决策类指标（15分）下设…' / '分值为…'; HENAN '决策类指标包括3个二级指标以及6个三级指标'; "
            "W27 dybbs8 '“項目管理”(30分)和“項目績效”(40分)'; HENAN '分别为600万元、3000万元和600万元'"),
    Rewrite("ind-decision-a", "indicator-system", r"一级指标“决策”下设(\d+)个二$", r"“决策”类指标下设\1个二",
            "HENAN '决策类指标包括3个二级指标'"),
    Rewrite("ind-decision-b", "indicator-system",
            r"^级指标：分别是((?:“[^”]+”)+)，(\d+)个三级指标：分别是((?:“[^”]+”)+)。“决策”共设分值(\d+)分，按照与决策指标关联度的大小，"
            r"“(目标设定)”设置分值(\d+)分，“(预算配置)”设置分值(\d+)分。（详见表(5)）$",
            r"级指标（\1）和\2个三级指标（\3）。决策类指标（\4分）中，“\5”分值为\6分，“\7”分值为\8分，详见表\9。",
            "brief '决策类指标（15分）下设…' / '分值为…'; W27 dybbs8 '“項目管理”(30分)'"),
    Rewrite("ind-method-para", "indicator-system",
            r"^应用因素分析法和对比分析法，对每一项指标实际完成情况与评价要素的要求进行对比分析，并对影响指标完成情况的主要因素进行比较分析，逐项分析计算指标得分情况。$",
            "对照计分标准，结合因素分析法和对比分析法，对各三级指标逐项打分，结果如下。",
            "HENAN '依据评分标准，要点③得1.92分'; JIADING '计分标准'"),

    # =============================================================== conclusions and scores in prose
    Rewrite("concl-abstract", "figure-sentence",
            r"^经综合评价分析，(\d{4})年(肃南县人力资源和社会保障局)部门整体支出绩效评价得分为(\d+)分，综合评价结论为“(.)”。$",
            r"通过评价工作组的全方位评价，\2\1年部门整体支出绩效评价得分\3分，评价结果为“\4”。",
            "CHANGNING '通过项目绩效自评小组的全方位评价,…自评得分100分,自评结果为“优秀”'"),
    Rewrite("concl-team", "figure-sentence",
            r"^评审组通过数据采集、问卷调查及访谈，根据部门实际情况，客观公正地对(.+?)进行评价，经论证，评价得分\s?(\d+)\s?分。$",
            r"结合部门实际情况，评价工作组采用数据采集、问卷调查和访谈等方式，对\1进行了客观公正的评价，最终得分\2分。",
            "HENAN '评价组遵循独立、客观、公正的原则，通过资料审核、现场勘察、数据分析、综合评价等工作程序'"),
    Rewrite("concl-grade", "figure-sentence",
            r"本次绩效评价得分(\d+)分，评价结论为“(.)”。部门评价总得分情况见表4，绩效评价指标评分表详见附件1。",
            r"经评价，总分\1分，评价级别为“\2”。各一级指标得分见表4，三级指标评分明细见附件1。",
            "HENAN '项目评价级别为“中”'; HENAN 摘要 '项目总体评价得65.00分'"),
    Rewrite("team", "wording", r"(?<!专家)(?<!绩效评价)评审组", "评价工作组",
            "LONGHUI '我所成立绩效评价工作组'; SN 表3 '绩效评价工作组人员情况'"),

    # =============================================================== clause order
    Rewrite("order-abstract-intro", "clause-order",
            r"^根据预算绩效管理相关规定，受(肃南裕固族自治县人力资源和社会保障局)委托，(北京君和志同管理咨询有限公司)于(\d{4})年(\d+)-(\d+)月期间对(“[^”]+”)的使用及其效果开展预算绩效评价工作。$",
            r"\3年\4-\5月，受\1委托，\2成立绩效评价工作组，依据预算绩效管理相关规定，对\6的使用及其效果实施绩效评价。",
            "LONGHUI '受隆回县财政局委托，我所成立绩效评价工作组对隆回县人居环境指挥部乡村振兴项目实施绩效评价'"),
    Rewrite("order-body-intro", "clause-order",
            r"提高财政资金的使用效益。(肃南县人力资源和社会保障局)聘请(北京君和志同管理咨询有限公司)，对肃南县人力资源和社会保障局(\d{4})年部门整体资金使用过程及效果开展预算绩效评价工作。$",
            r"提高财政资金的使用效益。受\1委托，\2成立绩效评价工作组，对该局\3年部门整体资金使用过程及效果实施绩效评价。现评价工作已完成，报告如下：",
            "LONGHUI '…实施绩效评价。现评价工作已完成,报告如下'; HUITONG '湖南泰信会计师事务所有限公司受会同县财政局的委托对…实施绩效评价'"),
    Rewrite("order-method", "clause-order",
            r"^评价工作组拟采用现场评价和非现场评价相结合的方式，对(.+?)进行综合评价，使用以下评价方法：$",
            r"对\1，评价工作组采用现场评价与非现场评价相结合的方式进行综合评价，具体方法如下：",
            "HUITONG '在绩效评价过程中，我们结合单位的实际情况，实施了包括检查会计记录、询问、实地…'"),
    Rewrite("order-problems", "clause-order",
            r"^(\d{4})\s?年(肃南县人力资源和社会保障局)部门整体支出在履职质量、社会效益、可持续影响方面取得了一定成效，但在绩效管理和(预算安排|预算执行)方面还有一些不足，主要问题如下：$",
            r"通过分析评价指标，\2\1年部门整体支出在履职质量、社会效益、可持续影响方面取得一定成效的同时，在绩效管理和\3方面仍存在不足，主要问题如下：",
            "HENAN '通过分析评价指标，项目存在的主要问题：一是…'"),
    Rewrite("survey-sample", "survey-plan",
            r"^样本总量为(.+?)，根据科室及下属单位属性，根据随机抽样的方法，抽样比例为样本总量的(\d+%)。$",
            r"抽样范围为\1；按照科室及下属单位属性分组后随机抽取，抽取比例\2。",
            "HENAN '（一）被调查样本代表性分析 … 本次调研对象基本涵盖了不同时间、不同赛项的主办方、承办方'"),
    Rewrite("survey-handout", "survey-plan",
            r"^为保证问卷质量，问卷由评价机构发放，由评价机构回收。$",
            "问卷由评价机构统一发放、统一回收，以保证问卷质量。",
            "HENAN '通过二维码的形式向调查对象发放电子问卷，…系统自动回收问卷'"),
    Rewrite("survey-points", "survey-plan",
            r"^部门工作人员调查问卷共设置\s?(\d+)\s?个调查问题，均为单项选择题。单选题每题最高得分为\s?(\d+)\s?分，"
            r"每个题目评价量化分数的设定为选项\s?A\s?得\s?(\d+)\s?分，选项\s?B\s?得\s?(\d+)\s?分，选项\s?C\s?得\s?(\d+)\s?分和选项\s?D\s?得\s?(\d+)\s?分。"
            r"论述题不计分，总分为\s?(\d+)\s?分。$",
            r"问卷共\1题，均为单选题，每题满分\2分，A、B、C、D选项分别赋\3分、\4分、\5分、\6分；论述题不赋分，问卷满分\7分。",
            "HENAN 问卷 '赋分低或名额比例过小'; HENAN '满意度=〔非常满意×100%+比较满意×75%+…〕'"),
    Rewrite("survey-rate", "survey-plan",
            r"^工作人员综合满意率=工作人员问卷实际得分总计/工作人员问卷满分总计×100%$",
            "工作人员满意度=∑各题实际得分/∑各题满分×100%",
            "HENAN '满意度=〔非常满意×100%+比较满意×75%+无感×50%+…〕/满意度问题回答总数×100%'"),

    # =============================================================== headings (and their TOC lines)
    Rewrite("h-use", "heading", r"^一、部门职能及资金使用$", "一、单位职责及资金使用情况",
            "NANXIAN '(四)单位职责'"),
    Rewrite("h-duties", "heading", r"^([（(]\s?一\s?[)）]\s?)部门职能(?=\t|$)", r"\1单位职责",
            "NANXIAN '(四)单位职责'", scope="line"),
    Rewrite("h-funds", "heading", r"^([（(]\s?二\s?[)）]\s?)部门(?:资金使用情况|预算安排及执行情况)(?=\t|$)",
            r"\1预算安排和实际支出情况", "PUDONG '(二)预算安排和实际支出情况'", scope="line"),
    Rewrite("h-overview", "heading", r"^一、部门概况(?=\t|$)", "一、单位基本概况",
            "NANXIAN '二、单位基本概况'", scope="line"),
    Rewrite("h-org", "heading", r"^([（(]\s?三\s?[)）]\s?)部门组织管理(?=\t|$)", r"\1机构设置及人员编制情况",
            "NANXIAN '(一)机构设置情况 (二)人员编制情况'", scope="line"),
    Rewrite("h-goal", "heading", r"^([（(]\s?四\s?[)）]\s?)部门年度绩效目标(?=\t|$)", r"\1当年部门履职总体目标",
            "HONGHE '(二)当年部门履职总体目标、工作任务'", scope="line"),
    Rewrite("h-work", "heading", r"^二、绩效评价工作开展情况(?=\t|$)", "二、评价工作开展情况",
            "CHANGNING '(二)自评工作开展情况'", scope="line"),
    Rewrite("h-princ", "heading", r"^（二）绩效评价原则、评价指标体系$", "（二）绩效评价原则、评价方法和指标体系",
            "HENAN '（四）绩效评价原则、评价方法和标准'"),
    Rewrite("h-sys", "heading", r"^([（(]\s?二\s?[)）]\s?)评价指标体系(?=\t|$)", r"\1评价原则、方法和指标体系",
            "HENAN '（四）绩效评价原则、评价方法和标准'", scope="line"),
    Rewrite("h-sys-4", "heading", r"^4、评价指标体系$", "4、评价指标体系构成",
            "W29 bjceidea '…33个三级指标构成'"),
    Rewrite("h-basis", "heading", r"^([（(]\s?三\s?[)）]\s?)绩效评价依据(?=\t|$)", r"\1评价依据",
            "SN 结论表 label '评价依据'", scope="line"),
    Rewrite("h-prep", "heading", r"^1、评价准备阶段$", "1、前期准备阶段",
            "HENAN '分为前期准备、现场实施、评价报告的撰写提交三个阶段'"),
    Rewrite("h-impl", "heading", r"^2、评价实施阶段$", "2、组织实施阶段", "SN '开展前期调研、制定绩效评价方案、组织实施、撰写评价报告'"),
    Rewrite("h-write", "heading", r"^3、报告撰写阶段$", "3、撰写评价报告阶段", "SN '…组织实施、撰写评价报告'"),
    Rewrite("h-concl", "heading", r"^(三、)综合评价情况及评价(?:结果|结论)(?=\t|$)", r"\1综合评价结论",
            "SN 结论表 label '综合评价结论'", scope="line"),
    Rewrite("h-concl-1", "heading", r"^([（(]\s?一\s?[)）]\s?)综合评价情况(?=\t|$)", r"\1综合评价得分情况",
            "NANXIAN '一、自评得分情况'", scope="line"),
    Rewrite("h-concl-2", "heading", r"^([（(]\s?二\s?[)）]\s?)评价结果(?=\t|$)", r"\1评价级别",
            "HENAN '项目评价级别为“中”'", scope="line"),
    Rewrite("h-analysis", "heading", r"^(四、)绩效评价指标分析(?=\t|$)", r"\1绩效指标分析",
            "HENAN '通过分析评价指标'", scope="line"),
    Rewrite("h-abstract-level", "heading", r"^(（[一二三四]）)项目(决策|过程|产出|效益)$", r"\1\2方面",
            "SN 结论表 '(一) 决策方面 … (二) 过程方面'"),
    Rewrite("h-level", "heading", r"^([（(]\s?[一二三四]\s?[)）]\s?)部门(决策|过程|产出|效益)情况分析(?=\t|$)",
            r"\1\2类指标分析", "HENAN '决策类指标 / 产出类指标 / 效益类指标'", scope="line"),
    Rewrite("h-design", "heading", r"^1、评价指标相关性分析、指标设计和分值设计$", "1、指标设计思路及权重",
            "HENAN '1.评价指标设计的总体思路 … 3.权重'"),
    Rewrite("h-results", "heading", r"^2、指标评分结果分析$", "2、逐项评分分析",
            "SN '逐项分析计算指标得分情况'"),
    Rewrite("cap-t58", "heading", r"^表\s?([5-8])：评价指标相关性分析、指标设计和分值设计$",
            lambda m: f"表{m.group(1)}：{TABLE_NAME[m.group(1)]}类指标评分情况",
            "SN '附件1：绩效评价指标体系评分表'; HENAN '决策类指标'"),
    Rewrite("cap-t4", "heading", r"^表4：部门总得分情况$", "表4：各一级指标得分情况",
            "HENAN 摘要 '其中：决策指标10.40分，得分率69.33%…'"),
    Rewrite("cap-t1", "heading", r"^表1：部门基本资金支出明细表$", "表1：一般公共预算财政拨款基本支出决算表",
            "XUANHAN '八、一般公共预算财政拨款基本支出决算表'"),
    Rewrite("cap-t2", "heading", r"^表 2：部门项目支出明细表$", "表2：一般公共预算财政拨款项目支出决算表",
            "XUANHAN '九、一般公共预算财政拨款项目支出决算表'"),
    Rewrite("h-problems", "heading", r"^([五六]、)存在的主要问题及原因分析(?=\t|$)", r"\1存在的问题和原因分析",
            "CHANGNING '(三)存在的问题和原因分析'", scope="line"),
    Rewrite("h-advice", "heading", r"^七、有关建议$", "七、改进措施及有关建议",
            "CHANGNING '(四)下一步拟改进措施及有关建议'"),
    Rewrite("h-survey", "heading", r"^（一）内部人员调查问卷方案$", "（一）内部人员满意度调查方案",
            "HENAN '附件4：满意度调查分析报告'"),
    Rewrite("h-sampling", "heading", r"^2、调查方法和抽样方式$", "2、调查方式与样本选取",
            "HENAN '（一）被调查样本代表性分析'"),
    Rewrite("h-annex2", "heading", r"^附件2：问卷调查$", "附件2：调查问卷统计结果",
            "HENAN '附表4-2-6：您通过什么渠道了解到此项比赛的？' (per-question result tables)"),
    Rewrite("h-scoring", "heading", r"^得分标准设置：$", "问卷赋分规则：", "HENAN '赋分低或名额比例过小'"),
    Rewrite("h-scoring-3", "heading", r"^\(3\) 评价标准$", "(3) 满意度评分标准", "HENAN 附件4 满意度调查"),

    # =============================================================== body paragraph leads and endings
    Rewrite("para-site", "wording", r"^(\(\d+\)\s?资产管理安全性。)根据现场调研查看，", r"\1经现场查看，",
            "SN '通过查阅资料，核实调研单位任务完成情况'; HENAN '在实地调研中发现'"),
    Rewrite("para-archive", "wording", r"^(\(\d+\)\s?档案归存完备性。)根据现场调研对部门相关档案查询，",
            r"\1经现场查阅部门相关档案，", "SN '通过查阅资料'"),
    Rewrite("para-lead", "wording", r"^([（(]\s?\d+\s?[)）]\s?[^。：\n]{2,20}。)根据(《|肃南)", r"\1经查阅\2",
            "SN 评价实施阶段 '通过查阅资料，核实调研单位任务完成情况及资金使用规范性'"),
    Rewrite("a1-ending", "score-ending", ENDING_RX, ending((EA, EB)),
            "HENAN C101 '依据评分标准，要点④得1.93分' / CHANGNING '自评得分100分', YINCHUAN '自评得分98'",
            scope="a1:5"),
    Rewrite("para-ending", "score-ending", ENDING_RX, ending((EB, EC)),
            "CHANGNING '自评得分100分' / HENAN C101 '依据评分规则，要点①得1.80分'"),
]


# --------------------------------------------------------------------------
# applying

SUMMARY_END = "摘要"


def kinds_of(lines: list[str]) -> list[str]:
    """reword.classify() on the ORIGINAL text, plus the 表4 header and the 结论表."""
    kinds = classify(lines)
    in_summary = True
    for i, line in enumerate(lines):
        if line.strip() == SUMMARY_END:
            in_summary = False
        if re.match(r"^一级指标\t分值\t得分\t得分率%$", line):
            kinds[i] = "t4h"
        elif in_summary and "\t" in line and kinds[i] == "tab":
            kinds[i] = "summary"
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
    lines = text.split("\n")
    kinds = kinds_of(lines)
    counts: list[tuple[Rewrite, int]] = []
    for rw in REWRITES:
        region, cols = parse_scope(rw.scope)
        rx = re.compile(rw.pattern)
        n_total = 0
        for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
            _CURRENT_LINE["i"] = i
            if kind == "blank":
                continue
            if region == "text" and kind != "text":
                continue
            if region in ("a1h", "t58h", "t4h", "summary") and kind != region:
                continue
            if region == "a1":
                if kind != "a1":
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
        counts.append((rw, n_total))
    return "\n".join(lines), counts


# --------------------------------------------------------------------------
# checks

TITLE = re.compile(r"《[^《》]{2,80}》")


def verify(before: str, after: str) -> None:
    b_lines, a_lines = before.split("\n"), after.split("\n")
    problems = []
    if len(b_lines) != len(a_lines):
        problems.append(f"line count {len(b_lines)} -> {len(a_lines)}")
    for i, (b, a) in enumerate(zip(b_lines, a_lines, strict=False)):
        allowed = SPELLED.get(i, collections.Counter())
        nb, na = numbers(b), numbers(a)
        lost, added = nb - na, na - nb
        if added or lost != allowed:
            problems.append(f"line {i + 1}: numbers {sorted(lost.elements())} lost "
                            f"(allowed {sorted(allowed.elements())}), {sorted(added.elements())} added")
        if b.count("\t") != a.count("\t"):
            problems.append(f"line {i + 1}: table cells changed")
        if "\t" in b:
            for j, (cb, ca) in enumerate(zip(b.split("\t"), a.split("\t"), strict=False)):
                lost_c, added_c = numbers(cb) - numbers(ca), numbers(ca) - numbers(cb)
                if added_c or (lost_c - allowed):
                    problems.append(f"line {i + 1} cell {j}: numbers changed")
        if years(b) != years(a):
            problems.append(f"line {i + 1}: years {years(b)} -> {years(a)}")
    if collections.Counter(DOCNO.findall(before)) != collections.Counter(DOCNO.findall(after)):
        problems.append("document numbers changed")
    if collections.Counter(TITLE.findall(before)) != collections.Counter(TITLE.findall(after)):
        problems.append("《titles》 changed: " + str(
            list((collections.Counter(TITLE.findall(before)) - collections.Counter(TITLE.findall(after))).elements())[:5]))
    if problems:
        raise SystemExit("reword_b.py: the rewrite changed facts:\n  " + "\n  ".join(problems[:40]))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    before = SOURCE.read_text(encoding="utf-8")
    after, counts = apply(before)
    verify(before, after)
    (out / "sunan-reworded-b.txt").write_text(after, encoding="utf-8")
    with open(out / "rewrites-b.tsv", "w", encoding="utf-8") as fh:
        fh.write("id\tfamily\tscope\tcount\tsource\tnote\n")
        for rw, n in counts:
            fh.write(f"{rw.rid}\t{rw.family}\t{rw.scope}\t{n}\t{rw.source}\t{rw.note}\n")
        spelled = [(i + 1, n) for i, c in sorted(SPELLED.items()) for n in c.elements()]
        for ln, n in spelled:
            fh.write(f"numeral-line-{ln}\tnumeral\tline\t1\tcount {n} written in Chinese\t"
                     f"line {ln}: 一级指标 count {n} -> {CN[n]}; no defect depends on it\n")
    total = sum(n for _, n in counts)
    unused = [rw.rid for rw, n in counts if n == 0]
    print(f"{len(counts)} rewrites, {total} places changed -> {out / 'sunan-reworded-b.txt'}")
    if unused:
        print("rewrites that matched nothing: " + ", ".join(unused))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
