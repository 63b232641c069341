"""RL103 score-restated: cases and mutations."""

import pytest
import reportlint.checks.score_restated as check
from casekit import run_check, table
from conftest import REFERENCE, reference_result

from reportlint.engine import check_file

SCORING = "附件1：评分表\n\n" + table(
    "一级指标|二级指标|三级指标|评分标准|得分原因|得分",
    "决策(6)|目标设定(6)|目标合理性(3)|符合得3分|目标合理。得3分。|3",
    "||指标明确性(3)|符合得3分|指标明确。得{reason}分。|{column}",
)
BODY = "四、指标分析\n\n（一）决策情况分析\n\n（1）目标合理性。目标合理。得3分。\n\n（2）指标明确性。指标明确。得{body}分。\n\n"
TABLE5 = "表5：决策指标\n\n" + table("一级指标|二级指标|三级指标|分值|得分", "决策(6)|目标设定(6)|目标合理性|3|3", "||指标明确性|{points}|{t5}")


def doc(reason="3", column="3", body="3", points="3", t5="3"):
    return (BODY + TABLE5 + SCORING).format(reason=reason, column=column, body=body, points=points, t5=t5)


CASES = [
    ("all copies agree", doc(), []),
    ("reason says another score", doc(reason="2"), [("得分原因", "3", "2")]),
    ("body paragraph says another score", doc(body="2.5"), [("正文", "3", "2.5")]),
    ("per-一级 table says another score", doc(t5="2"), [("表5", "3", "2")]),
    ("per-一级 table says other points", doc(points="4"), [("表5", "3", "4")]),
]
# the evaluated unit's own 自评表, quoted by a third-party evaluation, scores itself (修阳 表3 "……完成情况表（自评）"); in a
# 自评报告 the 自评表 is the report's own
SELF = doc(t5="2").replace("表5：决策指标", "表5：决策指标完成情况（自评）")
CASES.append(("the 自评表 of a 自评报告", "2024年度某项目支出绩效自评报告\n\n" + SELF, [("表5", "3", "2")]))


def test_the_units_own_self_assessment_is_not_the_evaluations(tmp_path):
    findings, cov = run_check(check, "2024年度某项目支出绩效评价报告\n\n" + SELF, tmp_path)
    assert findings == []
    assert cov.examined >= 3  # the body and the reasons are still compared
# the same score in other writers' words, at the end of the 得分原因 and of the body paragraph
for ending in ("计{n}分", "该指标得分{n}分", "评价得分为{n}分", "综上，该指标得{n}.00分", "打分结果为{n}分", "本项打分{n}分", "评定{n}分", "该项按{n}分计",
               "经核实，该项审定为 {n} 分", "核定{n}分",
               # writer X ("评分结果为 3 分"), 淮岭 ("该项得分3分（满分3分）"), the points out of which in other words
               "评分结果为 {n} 分", "该项得分{n}分（满分3分）", "得{n}分(分值3分)", "本项评分结果{n}分（标准分为3分）"):
    template = (BODY + TABLE5 + SCORING).replace("指标明确。得{reason}分。", "指标明确。" + ending.format(n="{reason}") + "。")
    template = template.replace("指标明确。得{body}分。", "指标明确。" + ending.format(n="{body}") + "。")
    CASES += [
        (f"{ending}: agrees", template.format(reason="3", column="3", body="3", points="3", t5="3"), []),
        (f"{ending}: reason off", template.format(reason="2", column="3", body="3", points="3", t5="3"),
         [("得分原因", "3", "2.00" if ".00" in ending else "2")]),
    ]

# the body's score followed by an explanation without points (潆江 自评报告 "……完好率93.48%，得4.29分。3座水库……已修复。");
# two scores in a paragraph, or points after the score, leave it unread
# a paragraph opened by the indicator's code and its weight (琅川 "C41补贴标准执行一致性（权重3%）。……本项得3.50分。")
CASES.append(("code and weight before the body's score", doc(body="2.5").replace("（2）指标明确性。", "A12指标明确性（权重3%）。"),
              [("正文", "3", "2.5")]))
CASES.append(("a code and name in 【】 (槐安)", doc(body="2.5").replace("（2）指标明确性。", "【A12 指标明确性】权重3分。"),
              [("正文", "3", "2.5")]))
for after, want in (("3座水库的设备因雷击损坏，已于2025年1月修复。", [("正文", "3", "2.5")]),
                    ("扣0.5分是因为设备损坏。", []), ("较上年少2分。", [])):
    CASES.append((f"score then: {after}", doc(body="2.5").replace("得2.5分。", "得2.5分。" + after), want))


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    got = []
    for f in findings:
        where = "表5" if (f.location.caption or "").startswith("表5") else ("正文" if f.location.table is None else "得分原因")
        got.append((where, f.expected, f.actual))
    assert got == want
    assert cov.examined >= 7


def test_two_paragraphs_claiming_one_indicator_are_not_checked(tmp_path):
    text = BODY.format(body="2") + "（3）指标明确性。又一段。得1分。\n\n" + TABLE5.format(points="3", t5="3") + SCORING.format(reason="3", column="3")
    findings, cov = run_check(check, text, tmp_path)
    assert findings == []
    assert any("同名" in where for where, _ in cov.not_checked)


REFERENCE_FINDINGS = {
    ("年度绩效指标明确性", 3, "4", "3"),
    ("维护劳动者的合法权益", 32, "4", "3"),
    ("筑牢民生安全屏障", 33, "4", "3"),
}


def _found(path_or_result):
    result = path_or_result if hasattr(path_or_result, "findings") else check_file(str(path_or_result))
    return {(f.message.split("」")[0].lstrip("「"), f.location.row, f.expected, f.actual)
            for f in result.findings if f.rule == check.ID}


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    assert _found(reference_result(form)) == REFERENCE_FINDINGS


def test_mutation_body_paragraph(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "（5）临聘人员控制率。"
    assert text.count(old) == 1
    start = text.index(old)
    end = text.index("得2分", start)
    mutated = text[:end] + "得1分" + text[end + 3 :]
    path = tmp_path / "m.txt"
    path.write_text(mutated, encoding="utf-8")
    new = _found(path) - REFERENCE_FINDINGS
    assert len(new) == 1
    (name, row, expected, actual), = new
    assert (name, row, expected, actual) == ("临聘人员控制率", None, "2", "1")


# ---- a 一级's points, score and rate stated in several places (no scoring table to settle it)

from reportlint.level1 import statements as level1_statements  # noqa: E402
from reportlint.readers import read  # noqa: E402

# the four 一级 paragraphs of a 绩效分析 section, as the Henan report writes them; the fourth carries
# the 效益 figures under the name 产出 (its H5)
SECTIONS = (
    "1.决策指标绩效分析\n\n决策指标共15分，评价得分10.40分，得分率69.33%。\n\n"
    "2.过程指标绩效分析\n\n过程指标共25分，评价得分11.47分，得分率45.88%。\n\n"
    "3.产出指标绩效分析\n\n产出指标共25分，评价得分19.88分，得分率79.52%。\n\n"
    "4.效益指标绩效分析\n\n{fourth}指标共35分，评价得分23.25分，得分率66.43%。\n\n"
)
SUMMARY = ("其中：决策指标10.40分，得分率69.33%；过程指标得11.47分，得分率45.88%；"
           "产出指标19.88分，得分率79.52%；效益指标23.25分，得分率66.43%。\n\n")
ANNEX = "产出类指标包括3个二级指标以及7个三级指标，总分值25分，得分为19.88分，得分率79.52%\n\n"


def test_a_level1_named_wrong_is_found_once_with_the_places_that_disagree(tmp_path):
    findings, cov = run_check(check, SUMMARY + SECTIONS.format(fourth="产出") + ANNEX, tmp_path)
    assert [(f.location.section.split(" > ")[-1], f.actual, f.expected) for f in findings] == [
        ("4.效益指标绩效分析", "35、23.25、66.43", "25、19.88、79.52")]
    assert "疑为指标名称写错" in findings[0].message and "「效益」" in findings[0].message
    assert cov.examined > 0


def test_level1_statements_that_agree_at_their_precision_stay_silent(tmp_path):
    annex = ANNEX.replace("19.88分", "19.9分")  # 19.9 is 19.88 at one decimal
    findings, _ = run_check(check, SUMMARY + SECTIONS.format(fourth="效益") + annex, tmp_path)
    assert findings == []


def test_one_changed_level1_score_is_exactly_one_finding(tmp_path):
    text = (SUMMARY.replace("过程指标得11.47分", "过程指标得11.74分") + SECTIONS.format(fourth="效益")
            + "过程指标包括2个二级指标以及5个三级指标，总分值25分，得分为11.47分。\n\n")
    findings, _ = run_check(check, text, tmp_path)
    assert [(f.actual, f.expected, f.location.paragraph) for f in findings] == [("11.74", "11.47", 1)]


def test_two_places_that_disagree_with_no_majority_are_one_finding(tmp_path):
    text = "决策指标共15分，评价得分10.40分。\n\n另查，决策指标共15分，评价得分10.60分。\n\n"
    findings, _ = run_check(check, text, tmp_path)
    assert len(findings) == 1 and findings[0].actual == "10.60" and findings[0].expected is None


def test_a_complete_scoring_table_leaves_level1_statements_to_rl102(tmp_path):
    text = doc() + "决策指标共6分，评价得分6分。\n\n决策指标共6分，评价得分5分。\n\n"
    findings, _ = run_check(check, text, tmp_path)
    assert findings == []


LEVEL1_PHRASINGS = [
    # Henan 绩效分析 and 摘要, its 附件3; the reference's 四、; writers B and C of tests/reword
    ("决策指标共15分，评价得分10.40分，得分率69.33%", ("决策", "15", "10.40", "69.33")),
    ("其中：决策指标10.40分，得分率69.33%，扣分项是立项程序规范性", ("决策", None, "10.40", "69.33")),
    ("决策类指标包括3个二级指标以及6个三级指标，总分值15分，得分为10.4分，得分率69.33%", ("决策", "15", "10.4", "69.33")),
    ("一级指标项目决策下设2个二级指标，6个三级指标，主要考察部门目标设定是否合理、明确，共计得分14分。",
     ("决策", None, "14", None)),
    ("过程类指标（24分）下设4个二级指标和12个三级指标。", ("过程", "24", None, None)),
    ("“过程”占权重分24分，依据各二级指标与过程指标的关联程度。", ("过程", "24", None, None)),
    ("产出类指标包括3个二级指标以及10个三级指标，从数量、质量、时效角度进行考察，评价得分33分。", ("产出", None, "33", None)),
]
LEVEL1_SILENT = [
    "决策指标中，立项依据充分性满分2分，得2分。",  # a 三级's score in a sentence about its 一级
    "决策指标15分、过程指标25分。",  # bare numbers without a score word or a rate: worth or score?
    "产出数量指标共5分，得分4分。",  # a 二级 whose name contains a 一级 word
    "加强决策科学性，得分率有待提高。",
]


@pytest.mark.parametrize("text, want", LEVEL1_PHRASINGS, ids=[p[0][:16] for p in LEVEL1_PHRASINGS])
def test_level1_phrasings_are_read(tmp_path, text, want):
    path = tmp_path / "p.txt"
    path.write_text(text + "\n", encoding="utf-8")
    got = [(s.family, *(n.text if n else None for n in (s.points, s.score, s.rate)))
           for s in level1_statements(read(str(path)))]
    assert got == [want]


@pytest.mark.parametrize("text", LEVEL1_SILENT)
def test_level1_look_alikes_give_no_statement(tmp_path, text):
    path = tmp_path / "p.txt"
    path.write_text(text + "\n", encoding="utf-8")
    assert level1_statements(read(str(path))) == []


def test_a_transposed_summary_whose_name_row_was_cut_off_is_read(tmp_path):
    md = ("<table><tr><td>一级指标</td><td>决策</td><td>过程</td><td>合计</td></tr></table>\n\n"
          "<table><tr><td>分值</td><td>15.00</td><td>25.00</td><td>40.00</td></tr>"
          "<tr><td>得分</td><td>10.40</td><td>11.47</td><td>21.87</td></tr></table>\n")
    path = tmp_path / "t.md"
    path.write_text(md, encoding="utf-8")
    got = [(s.family, s.points.text, s.score.text) for s in level1_statements(read(str(path)))]
    assert got == [("决策", "15.00", "10.40"), ("过程", "25.00", "11.47")]


def test_two_names_of_one_family_are_not_one_indicator(tmp_path):
    # a 2017 得分表 (excerpt wanglu): 综合管理 is a 一级, 项目管理 a 二级; both are of the 过程 family
    text = "项目管理(7分)资金管理资金分配\n\n综合管理(30分)专项资金分配时限(2分)\n\n"
    findings, _ = run_check(check, text, tmp_path)
    assert findings == []


LEVEL2_CASES = [
    # 二级 scores listed under 其中 after the 一级's score (a 桐溪 style; 河南 lists its 一级 the same way)
    ("二级 score agrees", "决策指标共6分，评价得分6.00分，得分率100%，其中目标设定6.00分。", []),
    ("二级 score off", "决策指标共6分，评价得分5.50分，得分率91.67%，其中目标设定5.50分。", [("6.00", "5.50")]),
    # 其中 opening the next sentence (靖川, held out: "……实际得分30.36分，得分率86.74%。其中数量指标得分13.56分")
    ("其中 after the score's sentence, off", "决策指标共6分，实际得分5.50分。其中目标设定得分5.50分。", [("6.00", "5.50")]),
    ("其中 after a worth's sentence", "决策指标共6分。其中目标设定5分。", []),
    ("a worth then its score under 其中 (修阳)", "决策指标满分6分，评价得分5.50分。其中目标设定6分，得5.50分。", []),
    # look-alikes: 二级 worths listed before any score, a 二级 named without a score before it
    ("二级 worths before a score", "决策指标共6分，其中目标设定5分。", []),
    ("no 其中 list", "目标设定5.50分。", []),
]


@pytest.mark.parametrize("name, sentence, want", LEVEL2_CASES, ids=[c[0] for c in LEVEL2_CASES])
def test_level2_scores_listed_in_the_text(tmp_path, name, sentence, want):
    findings, _ = run_check(check, "四、指标分析\n\n" + sentence + "\n\n" + SCORING.format(reason="3", column="3"), tmp_path)
    assert [(f.expected, f.actual) for f in findings] == want


@pytest.mark.parametrize("numbering", ["（2）", "2.", "2、", "(2)"])
def test_body_paragraphs_numbered_other_ways(tmp_path, numbering):
    """"16.养护工程交工验收合格率（3分）。……该指标得3.50分。" (桐溪) and the reference's "（2）年度绩效指标明确性。"."""
    body = f"四、指标分析\n\n（一）决策情况分析\n\n{numbering}指标明确性（3分）。指标明确。该指标得3.50分。\n\n"
    findings, _ = run_check(check, body + SCORING.format(reason="3", column="3"), tmp_path)
    assert [(f.expected, f.actual) for f in findings] == [("3", "3.50")]
