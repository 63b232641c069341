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
# the same score in other writers' words, at the end of the 得分原因 and of the body paragraph
for ending in ("计{n}分", "该指标得分{n}分", "评价得分为{n}分", "综上，该指标得{n}.00分"):
    template = (BODY + TABLE5 + SCORING).replace("指标明确。得{reason}分。", "指标明确。" + ending.format(n="{reason}") + "。")
    template = template.replace("指标明确。得{body}分。", "指标明确。" + ending.format(n="{body}") + "。")
    CASES += [
        (f"{ending}: agrees", template.format(reason="3", column="3", body="3", points="3", t5="3"), []),
        (f"{ending}: reason off", template.format(reason="2", column="3", body="3", points="3", t5="3"),
         [("得分原因", "3", "2.00" if ".00" in ending else "2")]),
    ]


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
