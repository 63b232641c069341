"""RL105 declared-structure: cases and mutations."""

import pytest
import reportlint.checks.declared_structure as check
from casekit import run_check, table
from conftest import REFERENCE, reference_result

from reportlint.engine import check_file

SCORING = "附件1：评分表\n\n" + table(
    "一级指标|二级指标|三级指标|评分标准|得分原因|得分",
    "决策(40)|目标设定(20)|甲(10)|x|y|10",
    "||乙(10)|x|y|10",
    "|预算配置(20)|丙(20)|x|y|20",
    "过程(60)|预算执行(60)|丁(60)|x|y|60",
)


def run(tmp_path, sentence):
    return run_check(check, "一、评价指标体系\n\n" + sentence + "\n\n" + SCORING, tmp_path)


CASES = [
    ("counts agree", "此次评价设置了一级指标2个，二级指标3个，三级指标4个。", []),
    ("一级 count off", "绩效评价指标体系中一共设计3个一级指标。", [("3", "2")]),
    ("per-一级 counts", "一级指标“决策”下设2个二级指标，4个三级指标。", [("4", "3")]),
    ("regression: a count named for one 一级 without 下设", "决策类指标包括2个二级指标以及3个三级指标，总分值40分。", []),
    ("chinese numerals", "评价指标体系分为两个一级指标。", []),
    # 赋值 as the worth, and the whole's 总计 after the last 一级 (writer K)
    ("赋值, and 总计 the whole's", "决策赋值40分，过程赋值60分，总计100分。", []),
    ("赋值 off", "决策赋值45分，过程赋值60分，总计105分。", [("45", "40")]),
    ("points and weight agree", "其中决策分值40分，权重为40%；过程分值60分，权重为60%。", []),
    ("weight off", "其中决策分值40分，权重为45%。", [("45%", "40%")]),
    ("一级 points off", "其中过程分值50分。", [("50", "60")]),
    ("listed names agree", "一级指标“决策”下设2个二级指标：分别是“目标设定”“预算配置”，3个三级指标：分别是“甲”“乙”“丙”。", []),
    ("listed name unknown and repeated", "一级指标“决策”下设2个二级指标，3个三级指标：分别是“甲”“甲”“戊”“丙”共设分值40分。",
     [("甲、甲、戊", "甲、乙、丙")]),
    ("二级 points and the sentence's sum", "“决策”共设分值40分，“目标设定”设置分值25分，“预算配置”设置分值20分。",
     [("25", "20"), ("45", "40")]),
    # a list set out item by item with ；, its items numbered or not (writers Z and ZA)
    ("worths listed item by item with ；", "“决策”标准分40分，按关联程度分配如下：“目标设定”标准分25分；“预算配置”标准分20分。",
     [("25", "20"), ("45", "40")]),
    ("worths listed with numbers, agree", "“决策”满分40分，分配如下：1.“目标设定”满分20分；2.“预算配置”满分20分。", []),
    ("names listed with numbers", "一级指标“决策”下设2个二级指标，3个三级指标：1.“甲”；2.“甲”；3.“戊”。",
     [("甲、甲、戊", "甲、乙、丙")]),
    # other writers' phrasings of the same statements
    ("counts with 项 and a colon", "一级指标：2项，二级指标共3项，三级指标4项。", []),
    ("counts in words, off", "本次评价共设置三个一级指标、三个二级指标、四个三级指标。", [("3", "2")]),
    ("count before the level, in words", "指标体系包括二个一级指标。", []),
    ("满分 and 赋分, unquoted names", "过程指标满分60分；决策类指标赋分40分，其中目标设定赋分20分，预算配置赋分25分。",
     [("25", "20"), ("45", "40")]),
    ("points as 分值为, agree", "决策指标分值为40分，权重40%，目标设定分值为20分。", []),
    ("a 二级 name restated with 满分, off", "预算执行满分50分。", [("50", "60")]),
    ("核定分值 (writer Q)", "“预算执行”核定分值50分。", [("50", "60")]),
    ("标准分共计 (writer T)", "“决策”标准分共计40分，分配如下：“目标设定”设置分值25分，“预算配置”设置分值20分。",
     [("25", "20"), ("45", "40")]),
    ("一级指标权重分 (writer S)", "“决策”一级指标权重分40分，具体表现为：“目标设定”权重分25分，“预算配置”权重分20分。",
     [("25", "20"), ("45", "40")]),
    ("names after a comma and 即", "一级指标“决策”包括2个二级指标，即“目标设定”“预算配置”；三级指标4个，即“甲”“乙”“丙”“丁”。",
     [("4", "3"), ("甲、乙、丙、丁", "甲、乙、丙")]),
    ("a clause goes on speaking of its 一级", "一级指标“决策”包括2个二级指标；三级指标3个。", []),
    ("二级 worths listed after the 一级's", "决策指标满分40分，分值分配如下：“目标设定”20分，“预算配置”25分。",
     [("25", "20"), ("45", "40")]),
    ("共N分 as the worth, off", "过程指标共50分，评价得分60分，得分率100%。", [("50", "60")]),
    ("共N分 equal to both worth and score is left alone", "决策指标共40分，评价得分40分。", []),
    ("names and worth in brackets", "决策类指标（40分）下设2个二级指标（“目标设定”“预算配置”），其中“目标设定”分值为20分、“预算配置”分值为25分。",
     [("25", "20"), ("45", "40")]),
    ("占权重分, and a 一级 name after a list is not in it",
     "“决策”类指标包括2个二级指标，即“目标设定”“预算配置”。“决策”占权重分40分，“目标设定”赋分20分，“预算配置”赋分25分。",
     [("25", "20"), ("45", "40")]),
    # the list after other lead words (writer D's 具体为; 依次为 and 主要包括 of other reports)
    *((f"names after {w}", f"一级指标“决策”下设2个二级指标，3个三级指标，{w}“甲”“乙”“戊”。", [("甲、乙、戊", "甲、乙、丙")])
      for w in ("具体为", "依次为", "主要包括")),
    # worths given one by one in other orders (writer E; 分别 and 给 are common in reports)
    ("合计 and 分别赋予", "“决策”合计40分，依据关联程度，“目标设定”“预算配置”分别赋予20分、25分。", [("25", "20"), ("45", "40")]),
    ("points given to a name", "“决策”合计40分，其中20分给“目标设定”、25分给“预算配置”。", [("25", "20"), ("45", "40")]),
    ("分值总计 and 分值分配为", "“决策”分值总计40分，分值分配为：“目标设定”20分、“预算配置”25分。", [("25", "20"), ("45", "40")]),
    ("a list followed by 分值分布 (writer G) keeps its last name",
     "一级指标“决策”下设2个二级指标，3个三级指标：“甲”“乙”“戊”分值分布上，“决策”合计40分。", [("甲、乙、戊", "甲、乙、丙")]),
    ("层面满分 and 分配分值 (writer I)", "“决策”层面满分40分，按关联度分配分值：“目标设定”20分，“预算配置”25分。", [("25", "20"), ("45", "40")]),
    ("占N分 (writer H)", "“决策”满分40分，按照关联度进行分配：“目标设定”占20分，“预算配置”占25分。", [("25", "20"), ("45", "40")]),
    ("分别为, agree", "“决策”共设分值40分，“目标设定”“预算配置”分别为20分、20分。", []),
    ("分别 with a count that does not pair is left alone", "“目标设定”“预算配置”分别赋予20分、25分、5分。", []),
    # look-alikes that must stay silent, and are no statement of the structure at all
    ("a score is not a worth", "决策指标得分35分，目标设定得分18分。", []),
    ("each of the 二级 is not a count", "每一个二级指标下设若干三级指标。", []),
    ("a 三级 name with a 二级 prefix", "预算执行率满分10分。", []),
    ("共N分 that is the 一级's score", "决策指标共40分。过程指标共计60分。", []),
    ("二级 scores after the 一级's score", "决策指标得分35分，其中“目标设定”18分，“预算配置”17分。", []),
    # 二级 scores listed after the 一级's worth and score (a 桐溪 style), not 二级 worths
    ("二级 scores after worth and score", "决策指标分值40分，评价得分35.50分，得分率88.75%，其中目标设定18.50分、预算配置17.00分。", []),
    # a count that points back to the 一级 its section is about
    ("该指标下设 in the 一级's section, agree", "（一）决策指标分析\n\n决策指标共40分。该指标下设目标设定、预算配置2个二级指标和3个三级指标。", []),
    ("该指标下设 in the 一级's section, off", "（一）决策指标分析\n\n决策指标共40分。该指标下设目标设定、预算配置2个二级指标和4个三级指标。",
     [("4", "3")]),
    # the 一级's worth after clauses about it (清溪)
    ("worth far from its 一级, off", "过程指标主要考察部门预算执行情况，下设1个二级指标、1个三级指标，满分50分，评价得分60分。", [("50", "60")]),
    ("worth far from its 一级, agrees", "过程指标主要考察部门预算执行情况，下设1个二级指标、1个三级指标，满分60分，评价得分55分。", []),
    # the whole's 满分 after a list of 一级 worths set off by commas (writer R): 100 is no 一级's
    ("满分 after a comma list, agrees", "一级指标分值：决策 40 分，过程 60 分，满分 100 分。", []),
    ("满分 after a comma list, off", "一级指标分值：决策 40 分，过程 50 分，满分 100 分。", [("50", "60")]),
    # bare worths in a list the whole's 满分 closes (靖川, held out): they are worths; without it a bare list says nothing
    ("bare worths before 满分, off", "指标体系设一级指标2个，其中决策指标40分、过程指标50分，满分100分。", [("50", "60")]),
    ("bare worths before 满分, agree", "指标体系设一级指标2个，其中决策指标40分、过程指标60分，满分100分。", []),
    ("a bare list without 满分 is not read", "其中决策指标38分、过程指标50分，合计88分。", []),
    # writer J: "该部分" points back to the 一级 of the sentence before; "本部分对所设3个一级指标" is the whole system's
    ("该部分 after the 一级's sentence, agrees", "项目决策部分得40分。该部分由2个二级指标、3个三级指标构成。", []),
    ("该部分 after the 一级's sentence, off", "项目决策部分得40分。该部分由2个二级指标、4个三级指标构成。", [("4", "3")]),
    ("本部分 and the whole system's count", "本部分对所设3个一级指标逐一分析如下。", [("3", "2")]),
    # names first, their count after (writer J)
    ("names then their count, agree", "“决策”的三级指标为“甲”“乙”“丙”（计3个）。", []),
    ("names then their count, off", "“决策”的三级指标为“甲”“乙”“戊”（计 4 个）。", [("4", "3"), ("甲、乙、戊", "甲、乙、丙")]),
    ("分别配置 (writer J)", "“决策”满分40分，“目标设定”“预算配置”分别配置20分、25分。", [("25", "20"), ("45", "40")]),
    ("该指标下设 without a 一级 to point to", "（一）指标分析\n\n该指标下设2个二级指标和4个三级指标。", []),
    # the count in brackets after the level (writer N: "设计的一级指标（共3个）")
    ("count in brackets, off", "以下对评价指标体系中设计的一级指标（共3个）分别进行评价分析。", [("3", "2")]),
    ("count in brackets, agree", "以下对评价指标体系中设计的一级指标（共2个）分别进行评价分析。", []),
    # the 二级 worths before their 一级's (writer M), and a 一级's worth handed down to them (writer L)
    ("parts then their whole (writer M)", "“目标设定”设20分、“预算配置”设25分，“决策”合计40分（按关联度分配）。", [("25", "20"), ("45", "40")]),
    ("parts then their whole, agree", "“目标设定”设20分、“预算配置”设20分，“决策”合计40分。", []),
    ("handed down (writer L)", "“决策”一级指标的40分，按与决策指标关联度的大小分解到各二级指标：“目标设定”20分，“预算配置”25分。",
     [("25", "20"), ("45", "40")]),
    ("handed down, agree", "“决策”一级指标的40分，按关联度分配至各二级指标：“目标设定”20分，“预算配置”20分。", []),
    ("handed down, 的分配 (writer O)", "“决策”40分的分配，视与决策指标关联度的大小而定：“目标设定”20分，“预算配置”25分。",
     [("25", "20"), ("45", "40")]),
    ("handed down with 共", "“决策”指标共40分，细分为：“目标设定”20分，“预算配置”20分。", []),
    # a 一级's weight beside its points, a code in brackets (沱阳 "产出指标（C）33分，权重35%"), or its weight alone as
    # a share of the whole (琅川 "产出指标权重35%，评价得分28.72分")
    ("weight beside points and a code, off", "其中决策指标（A）40分，权重45%；过程指标（B）60分，权重60%。", [("45%", "40%")]),
    ("weight beside points and a code, agree", "其中决策指标（A）40分，权重40%；过程指标（B）60分，权重60%。", []),
    ("weight in brackets after points, off (青屿)", "其中决策指标40分（权重45%），过程指标60分（权重60%）。", [("45%", "40%")]),
    ("a weight alone, off", "决策指标权重35%，评价得分40分，得分率114.29%。", [("35%", "40%")]),
    ("a weight alone, agree", "决策指标权重40%，评价得分40分，得分率100%。", []),
]


@pytest.mark.parametrize("name, sentence, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, sentence, want):
    findings, cov = run(tmp_path, sentence)
    assert [(f.actual, f.expected) for f in findings] == want
    assert cov.examined >= 1 or name in NOT_STATEMENTS


NOT_STATEMENTS = {"a score is not a worth", "each of the 二级 is not a count", "a 三级 name with a 二级 prefix",
                  "二级 scores after the 一级's score", "共N分 equal to both worth and score is left alone",
                  "共N分 that is the 一级's score", "分别 with a count that does not pair is left alone",
                  "该指标下设 without a 一级 to point to", "a bare list without 满分 is not read"}


PRODUCT = "深入实施就业优先战略、社会参保服务工作、提高技能培训服务、人事人才服务质量、深入实施就业优先战略、社会参保服务工作效率、技能培训实效、人事人才服务成效、资金到位及时性、及时足额发放"
BENEFIT = "社会基本资金利用、社会服务综合效益水平、全面落实五项制度、社会资金下达及时性、改善生活生态环境程度、服务对象满意度指标"
REFERENCE_FINDINGS = {("3", "4"), ("3", "2"), ("25", "24"), (PRODUCT, None), (BENEFIT, None)}


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    got = {(f.actual, f.expected if f.severity == "error" else None) for f in reference_result(form).findings
           if f.rule == check.ID}
    assert got == REFERENCE_FINDINGS


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "二级指标13个"
    assert text.count(old) == 1
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "二级指标12个"), encoding="utf-8")
    got = {(f.actual, f.expected if f.severity == "error" else None) for f in check_file(str(path)).findings
           if f.rule == check.ID}
    assert got == {*REFERENCE_FINDINGS, ("12", "13")}


# the 部门整体 framework of other provinces: 运行成本 / 管理效率 / 履职效能 / 社会效应 / 可持续发展, each a 一级
DEPARTMENT_SCORING = "附件1：评分表\n\n" + table(
    "一级指标|二级指标|三级指标|评分标准|得分原因|得分",
    "管理效率(30)|预算执行(12)|甲(6)|x|y|6",
    "||乙(6)|x|y|6",
    "|资金管理(18)|丙(18)|x|y|18",
    "履职效能(70)|产出数量(40)|丁(40)|x|y|40",
    "|产出质量(30)|戊(30)|x|y|30",
)


@pytest.mark.parametrize("sentence, want", [
    # a sentence about one 一级, whose 二级 names ("产出数量") contain another framework's 一级 word
    ("管理效率指标满分30分，下设预算执行、资金管理2个二级指标和3个三级指标，评价得分30分。", []),
    ("履职效能指标满分70分，下设产出数量、产出质量2个二级指标和2个三级指标，评价得分70分。", []),
    ("履职效能指标满分70分，下设产出数量、产出质量2个二级指标和3个三级指标，评价得分70分。", [("3", "2")]),
    ("管理效率指标满分30分，下设预算执行、资金管理3个二级指标和3个三级指标。", [("3", "2")]),
    ("本次评价设置管理效率、履职效能2个一级指标，4个二级指标，5个三级指标。", []),
])
def test_department_framework_counts_are_read_per_level1(tmp_path, sentence, want):
    findings, cov = run_check(check, "四、绩效分析\n\n" + sentence + "\n\n" + DEPARTMENT_SCORING, tmp_path)
    assert [(f.actual, f.expected) for f in findings] == want
    assert cov.examined >= 1


def test_a_table_one_slip_off_100_is_still_read_whole(tmp_path):
    """A 二级 labelled 20 over 三级 worth 21 (修阳, held out: 产出数量 12 over 13): the table misses 100 by that one slip,
    which RL102 reports; its rows are all there, so the declared counts are still checked. Two slips are not."""
    one_slip = SCORING.replace("乙(10)", "乙(11)")
    text = "一、评价指标体系\n\n此次评价设置了一级指标2个，二级指标3个，三级指标5个。\n\n"
    findings, _ = run_check(check, text + one_slip, tmp_path)
    assert [(f.actual, f.expected) for f in findings] == [("5", "4")]
    two_slips = one_slip.replace("丙(20)", "丙(21)")
    findings, cov = run_check(check, text + two_slips, tmp_path)
    assert findings == [] and cov.not_checked


THREE_LEVEL2 = "附件1：评分表\n\n" + table(
    "一级指标|二级指标|三级指标|评分标准|得分原因|得分",
    "产出(40)|产出数量(16)|甲(16)|x|y|15",
    "|产出质量(14)|乙(14)|x|y|12",
    "|产出成本(10)|丙(10)|x|y|9",
    "效益(60)|社会效益(60)|丁(60)|x|y|50",
)


@pytest.mark.parametrize("listed, want", [
    ("其中产出数量16分、产出质量14分、产出成本12分，实际得分36分", [("12", "10")]),  # one worth off (鹤原 D17)
    ("其中产出数量16分、产出质量14分、产出成本10分，实际得分36分", []),
    ("其中产出数量15分、产出质量12分、产出成本10分", []),  # scores, one of them a worth too: which is a guess
    ("其中产出数量16分、产出质量13分、产出成本12分", []),  # two off: not a list of the table's worths
    ("其中产出指标40分，下设产出数量16分、产出质量14分、产出成本12分", [("12", "10")]),  # 下设 before the first (高标准农田 S4)
    ("其中产出数量16分、产出质量14分、产出成本9分", [("9", "10")]),  # one score among worths: still the worths' list
])
def test_level2_worths_listed_bare(tmp_path, listed, want):
    text = "一、评价指标体系\n\n产出指标下设3个二级指标、3个三级指标，" + listed + "。\n\n" + THREE_LEVEL2
    findings, _ = run_check(check, text, tmp_path)
    assert [(f.actual, f.expected) for f in findings] == want


SATISFACTION = "附件1：评分表\n\n" + table(
    "一级指标|二级指标|三级指标|评分标准|得分原因|得分",
    "产出(60)|产出数量(60)|供餐学校数(60)|x|y|60",
    "效益(40)|满意度(8)|学生满意度(4)|x|y|4",
    "||家长满意度(4)|x|y|4",
    "|社会评价(32)|媒体报道(32)|x|y|32",
)


@pytest.mark.parametrize("sentence, want", [
    ("5、学生满意度（4分）。本次回收学生有效问卷568份，学生综合满意度91.02%，得4分。", []),  # the 三级's worth (岚溪)
    ("（2）家长满意度（4分）：家长综合满意度89.74%，扣0.5分，得3.5分。", []),
    ("满意度指标共8分，其中学生满意度4分、家长满意度4分。", []),
    ("“满意度”二级指标分值6分。", [("6", "8")]),                    # the 二级's own worth, off, still found
])
def test_a_level3_name_ending_in_a_level2_name_is_the_level3(tmp_path, sentence, want):
    findings, _ = run_check(check, "一、评价指标体系\n\n" + sentence + "\n\n" + SATISFACTION, tmp_path)
    assert [(f.actual, f.expected) for f in findings] == want
