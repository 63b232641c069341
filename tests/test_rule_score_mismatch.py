"""RL202 rule-score-mismatch: cases and mutations."""

import pytest
import reportlint.checks.rule_score_mismatch as check
from casekit import run_check, table
from conftest import REFERENCE, reference_result
from rulekit import one_indicator

from reportlint.engine import check_file

FOUR = "①甲；②乙；③丙；④丁。以上要素各占25%权重分，符合得0.5分，不符合不得分。"
BANDS = "重点支出安排率≥80%得2分，60%—80%每降低1%扣0.1分，低于60%得0分。"

CASES = [
    ("elements met as scored", one_indicator("2", FOUR, "①有计划；②有时间安排；③没有人员安排；④未安排资金。得1分。", "1"), []),
    ("elements met, score too high", one_indicator("2", FOUR, "①有计划；②有时间安排；③没有人员安排；④有资金安排。得1分。", "1"), [("1.5", "1")]),
    ("band value as scored", one_indicator("2", BANDS, "重点支出安排率89.67%，得2分。", "2"), []),
    ("band deduction", one_indicator("2", BANDS, "重点支出安排率75%，得2分。", "2"), [("1.5", "2")]),
    ("proportional", one_indicator("3", "得分=预算执行率*分值。", "预算执行率为90%。得3分。", "3"), [("2.7", "3")]),
    # a rule worth more than its indicator (RL201's finding): a score capped at the points is no second defect (东临, 莲溪)
    ("a rule above the points, score at the points",
     one_indicator("3", "①甲；②乙；③丙；④丁。每项1分。", "①符合；②符合；③符合；④符合。得3分。", "3"), []),
    ("a rule above the points, score below what the facts give", one_indicator("3", "①甲；②乙；③丙；④丁。每项1分。",
                                                                               "①符合；②不符合；③不符合；④不符合。得3分。", "3"), [("1", "3")]),
    # a rule above the points, scaled down by the scorer (青屿 2.2.1: 3 of 4 met at 1 each on 3 points, scored 2)
    ("a rule above the points, score below what it gives", one_indicator("3", "①甲；②乙；③丙；④丁。每项1分。",
                                                                      "①符合；②符合；③符合；④不符合。得2分。", "2"), []),
    ("above the rule's maximum, facts unread", one_indicator("8", "①甲；②乙；③丙。以上要素各占50%权重分，符合得1.5分。", "①甲；②乙。得8分。", "8"),
     [("≤ 4.5", "8")]),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, _ = run_check(check, text, tmp_path)
    assert [(f.expected, f.actual) for f in findings] == want


REFERENCE_FINDINGS = {
    ("人事人才服务质量", "2"), ("机关建设与人社服务实效", "2"), ("人事人才服务成效", "2"),
    ("社会基本资金利用", "3"), ("社会服务综合效益水平", "3"), ("维护劳动者的合法权益", "3"),
    ("筑牢民生安全屏障", "3"), ("改善生活生态环境", "≤ 4.5"),
}


def _found(result):
    return {(f.message.split("」")[0].lstrip("「"), f.expected) for f in result.findings if f.rule == check.ID}


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    result = reference_result(form)
    assert _found(result) == REFERENCE_FINDINGS
    cov = result.coverage[check.ID]
    # 重点支出安排率 89.67% under "≥80%得2分" is among the rules confirmed: 30 examined
    assert cov.examined == 30
    # 社会参保服务工作效率's rule is not read at all (see RL201), so it is not counted here again
    assert {w for w, _ in cov.not_checked} == {"评分标准「资产管理制度健全性」"}


def test_mutation(tmp_path):
    """重点支出安排率 89.67% → 75%: under "60%—80%每降低1%扣0.1分" the 2 given is now 0.5 too much."""
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "重点支出安排率89.67%"
    assert text.count(old) == 2
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "重点支出安排率75%"), encoding="utf-8")
    assert _found(check_file(str(path))) - REFERENCE_FINDINGS == {("重点支出安排率", "1.5")}


# a reason column under a header no vocabulary word names ("评价要点" right of the 评分标准, 青屿): the one text column
# right of the rules is the reasons; an explanation column left of the rules stays what it is
UNNAMED = "附件1：评分表\n\n" + table(
    "一级指标|二级指标|三级指标|分值|评分标准|评价要点|扣分|得分",
    "决策(100)|目标(100)|甲|4|①甲；②乙；③丙；④丁。以上要素各占25%权重分，符合得1分。|①②④符合；③不符合。|0.50|{score}",
    "||乙|48|视情况酌情扣分。|按实际情况。|0|48",
    "||丙|48|视情况酌情扣分。|按实际情况。|0|48",
)


@pytest.mark.parametrize("score, want", [("3", []), ("3.50", [("3", "3.50")])])
def test_reasons_under_an_unknown_header(tmp_path, score, want):
    findings, cov = run_check(check, UNNAMED.format(score=score), tmp_path)
    assert [(f.expected, f.actual) for f in findings] == want
    assert cov.examined >= 1
