"""RL104 grade-mismatch: cases and mutations."""

import pytest
import reportlint.checks.grade_mismatch as check
from casekit import run_check, table
from conftest import REFERENCE, reference_result

from reportlint.engine import check_file

SCORING = "附件1：评分表\n\n" + table(
    "一级指标|二级指标|三级指标|评分标准|得分原因|得分",
    "决策(50)|目标(50)|甲(50)|x|y|{a}",
    "过程(50)|执行(50)|乙(50)|x|y|{b}",
)
BANDS = "总分设置为100分，等级划分为四档：90（含）-100分为优、80（含）-90分为良、60（含）-80分为中、60分以下为差。\n\n"


def doc(a="45", b="47", sentence="经综合评价，绩效评价得分为92分，综合评价结论为“优”。", bands=BANDS):
    return "一、评价结论\n\n" + bands + sentence + "\n\n" + SCORING.format(a=a, b=b)


CASES = [
    ("agrees", doc(), []),
    ("total restated wrong", doc(sentence="绩效评价得分为93分，综合评价结论为“优”。"), [("93", "92")]),
    ("grade outside its band", doc(a="40", b="46.5", sentence="绩效评价得分为86.5分，综合评价结论为“优”。"), [("优", "良")]),
    ("default bands when none stated", doc(a="30", b="29", sentence="评价得分为59分，评价等级为“中”。", bands=""), [("中", "差")]),
    ("优秀 is 优", doc(sentence="绩效评价得分为92分，评价等级为“优秀”。"), []),
    ("评级 (东临)", doc(a="40", b="46.5", sentence="综合得分86.5分，绩效评级为“优”。"), [("优", "良")]),
    # a grade is judged by the total its own sentence states: the wrong total is one finding, its grade another
    # only when the grade is wrong for that total too (清溪: 87.67 stated, 87.17 added up, "优" wrong for both)
    ("grade right for its own total", doc(a="40", b="49.5", sentence="绩效评价得分为90.5分，评价等级为“优”。"), [("90.5", "89.5")]),
    ("grade wrong for its own total", doc(a="40", b="47.17", sentence="综合得分87.67分，评价等级为“优”。"),
     [("87.67", "87.17"), ("优", "良")]),
    ("a maximum is not the total", doc(sentence="总分设置为100分。绩效评价得分为92分。"), []),
    # other writers' words for the total
    ("综合评分, wrong", doc(sentence="经综合评价，部门整体支出绩效评价综合评分为93分，评价等级为“优”。"), [("93", "92")]),
    ("综合得分, agrees", doc(sentence="经论证，综合得分为92分，评价等级为“优”。"), []),
    ("总体得分 with 本次, wrong", doc(sentence="本次绩效评价总体得分为91分。"), [("91", "92")]),
    ("bare 评价得分 for the whole, wrong", doc(sentence="评价组对部门整体支出进行了评价，经论证，评价得分90分。"), [("90", "92")]),
    # bands worded "……分之间的评为" (writer S): the scale, and the bands it states
    ("the grading scale worded 之间的评为 is no result",
     doc(bands="", sentence="评价总分为100分，评价等级划分为四档：得分在90（含）-100分之间的评为“优”，80（含）-90分之间的评为“良”，"
                            "60（含）-80分之间的评为“中”，60分以下的评为“差”。绩效评价得分为92分，评价等级为“优”。"), []),
    ("bands worded 之间的评为", doc(a="40", b="46.5", bands="评价等级划分为四档：得分在90（含）-100分之间的评为“优”，80（含）-90分之间的"
                                                          "评为“良”，60（含）-80分之间的评为“中”，60分以下的评为“差”。\n\n",
                                 sentence="绩效评价得分为86.5分，评价等级为“优”。"), [("优", "良")]),
    # the fund as the whole (高标准农田, held out): "该项资金综合得分" is the total, "该项得分" an indicator's
    ("该项资金 is the whole, wrong", doc(sentence="经评价，该项资金综合得分93分，评价等级为“优”。"), [("93", "92")]),
    ("该项 alone is an indicator", doc(sentence="该项得分3分。绩效评价得分为92分。"), []),
    ("the grading scale is no result", doc(sentence="评价总分100分，其中得分90（含）-100分为“优”。绩效评价得分为92分。"), []),
    # one indicator's score, in the words a total may use: never the total
    ("an indicator's 评价得分", doc(sentence="（3）年度工作计划明确性：年度工作计划内容完整。评价得分2分。"), []),
    # writer G's ending, and others: 最终得分/核定得分 of one indicator
    ("an indicator's 最终得分", doc(sentence="绩效评价得分为92分。（4）指标明确性。指标明确。该指标最终得分3分。"), []),
    ("此项 and 本项 scores", doc(sentence="绩效评价得分为92分。此项最终得分2分；本项综合得分1分。"), []),
    # 本项目 is the whole, not an indicator (潆江 自评报告: "本项目2024年度自评得分97.53分")
    ("本项目's total, wrong", doc(sentence="本项目2024年度自评得分93分，自评等级为“优”。"), [("93", "92")]),
    # the top band without its upper end (自评表 house styles; 潆江; "≥90分为优")
    ("bands with 以上, grade wrong", doc(a="40", b="46.5", sentence="本项目自评得分86.5分，自评等级为“优”。",
                                       bands="90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。\n\n"),
     [("优", "良")]),
    ("bands with 以上, top band", doc(sentence="本项目自评得分92分，自评等级为“优”。",
                                    bands="90分（含）以上为“优”，80分（含）至90分为“良”，60分（含）至80分为“中”，60分以下为“差”。\n\n"), []),
    ("bands with ≥", doc(sentence="本项目自评得分92分，自评等级为“良”。",
                         bands="≥90分为优，80（含）-90分为良，60（含）-80分为中，60分以下为差。\n\n"), [("良", "优")]),
    # bands whose clause names the grade label ("……分的，绩效评级为“良”", writer X; "……之间的，评价等级为", "及以上的，等级为"):
    # the scale, never the report's grade; and the bands they state are used
    ("bands with 的，绩效评级为", doc(a="40", b="46.5", sentence="经评价，综合评分86.5分，绩效评级为“良”。",
                                    bands="绩效评级分为四档：综合评分90分（含）至100分的，绩效评级为“优”；80分（含）至90分的，绩效评级为“良”；"
                                          "60分（含）至80分的，绩效评级为“中”；60分以下的，绩效评级为“差”。\n\n"), []),
    ("bands with 之间的，评价等级为, grade wrong", doc(a="40", b="46.5", sentence="绩效评价得分为86.5分，评价等级为“优”。",
                                                  bands="得分在90分（含）至100分之间的，评价等级为“优”；80分（含）至90分之间的，评价等级为“良”；"
                                                        "60分（含）至80分之间的，评价等级为“中”；60分以下的，评价等级为“差”。\n\n"), [("优", "良")]),
    ("bands with 及以上的，等级为, in one sentence", doc(sentence="本项目自评得分92分，自评等级为“优秀”。",
                                                    bands="总分90分及以上的，等级为“优秀”，80分（含）至90分的，等级为“良好”，"
                                                          "60分（含）至80分的，等级为“合格”，60分以下的，等级为“不合格”。\n\n"), []),
    # a 一级 named in another clause of the sentence does not make the total a 一级's (青屿 摘要)
    ("the framework named before the total", doc(sentence="评价组按照“决策—过程”框架设置评价指标体系，经综合评价，该局部门整体支出绩效评价得分93分，评价等级为“优”。"),
     [("93", "92")]),
    ("a 一级's score in its own clause", doc(sentence="绩效评价得分为92分，其中决策指标得分45分。"), []),
    # a result from before the evaluated period (槐安: a 2022—2024 evaluation recalling 2021's)
    ("a result before the period", "某市2022—2024年公共文化服务体系建设专项资金绩效评价报告\n\n" + doc(
        sentence="2021年度绩效评价得分82.60分，等级为“良”。经综合评价，绩效评价得分为92分，综合评价结论为“优”。"), []),
    # last year's result is no statement of this year's total (潆江: "2023年度本项目自评得分94.12分")
    ("last year's total", doc(sentence="2024年度本项目绩效评价得分为92分。2023年度本项目自评得分94.12分，问题已整改。"
                                        "2024年度综合得分92分，评价等级为“优”。"), []),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    assert [(f.actual, f.expected) for f in findings] == want
    assert cov.examined >= 1 or name == "an indicator's 评价得分"  # it states no total: nothing to examine


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference_states_97_and_优_consistently(form):
    assert [f for f in reference_result(form).findings if f.rule == check.ID] == []


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "绩效评价得分为97分，综合评价结论为“优”"
    assert text.count(old) == 1
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "绩效评价得分为97分，综合评价结论为“良”"), encoding="utf-8")
    got = [(f.actual, f.expected) for f in check_file(str(path)).findings if f.rule == check.ID]
    assert got == [("良", "优")]
