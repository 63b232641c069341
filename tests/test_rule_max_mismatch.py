"""RL201 rule-max-mismatch: cases and mutations."""

import pytest
import reportlint.checks.rule_max_mismatch as check
from casekit import run_check
from conftest import REFERENCE, reference_result
from rulekit import one_indicator

from reportlint.engine import check_file

TWO = "①甲；②乙。以上要素各占50%权重分，符合得{each}分，不符合得0分。"

CASES = [
    ("elements give the points", one_indicator("3", TWO.format(each="1.5"), "①甲；②乙。", "3"), []),
    ("elements give less", one_indicator("4", TWO.format(each="1.5"), "①甲；②乙。", "4"), [("4", "3")]),
    ("weights over 100%", one_indicator("3", "①甲；②乙；③丙。以上要素各占50%权重分，符合得1分。", "①②③", "3"), [("100%", "150%")]),
    ("top band below the points", one_indicator("3", "执行率≥90%得2分，否则得0分。", "执行率为95%。", "2"), [("3", "2")]),
    ("proportional rule", one_indicator("3", "得分=预算执行率*分值。", "预算执行率为100%。", "3"), []),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    assert [(f.expected, f.actual) for f in findings] == want
    assert cov.examined == 1 and [w for w, _ in cov.not_checked] == ["评分标准「乙」"]


REFERENCE_FINDINGS = {
    ("人事人才服务质量", "2"), ("机关建设与人社服务实效", "2"), ("人事人才服务成效", "2"),
    ("社会基本资金利用", "3"), ("社会服务综合效益水平", "3"), ("维护劳动者的合法权益", "3"),
    ("筑牢民生安全屏障", "3"), ("改善生活生态环境", "4.5"), ("改善生活生态环境", "150%"),
}


def _found(result):
    return {(f.message.split("」")[0].lstrip("「"), f.actual) for f in result.findings if f.rule == check.ID}


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    result = reference_result(form)
    assert _found(result) == REFERENCE_FINDINGS
    cov = result.coverage[check.ID]
    # 社会参保服务工作效率 has a clause no band explains ("……责任制。得3分。严格控制……90%以上为满分"):
    # a rule read in part is not read at all
    assert cov.examined == 32
    assert [w for w, _ in cov.not_checked] == ["评分标准「社会参保服务工作效率」", "评分标准「及时足额发放」"]


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "以上要素各占25%权重分，符合得0.5分，不符合得0分。"  # 财务管理制度健全性 (2): 4 × 0.5
    assert text.count(old) == 1
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "以上要素各占25%权重分，符合得0.4分，不符合得0分。"), encoding="utf-8")
    assert _found(check_file(str(path))) - REFERENCE_FINDINGS == {("财务管理制度健全性", "1.6")}


def test_a_form_without_a_rule_column_is_one_unchecked_item(tmp_path):
    from test_score_rollup import SELF_EVALUATION

    findings, cov = run_check(check, SELF_EVALUATION.format(q="30"), tmp_path)
    assert findings == [] and len(cov.not_checked) == 1 and "没有评分标准栏" in cov.not_checked[0][1]
