"""Rules a 自评报告 states in its text for a 自评表 without a 评分标准 column (reportlint.stated_rules), as RL202
applies them to the table's own 年度指标值 and 实际完成值.

The shapes are those of the national 项目支出绩效自评表 notes and the provincial 自评 guides: a rule for each kind of
indicator (定量正向 / 定量反向: 得分 = 完成值/指标值 × 分值; 定性: 好/较好/一般/差 at a share of 分值 each) and a
rule for one indicator by name (潆江 自评报告; 青神 and 银川 自评表 carry the same columns).
"""

import pytest
import reportlint.checks.rule_score_mismatch as check
from casekit import run_check, table

RULES = (
    "本次自评评分标准如下：\n\n"
    "1.定量正向指标（年度指标值为“≥X”或“X”的指标）。实际完成值达到或超过年度指标值的得满分；未达到的，得分=实际完成值/年度指标值×该指标分值。\n\n"
    "2.定量反向指标（年度指标值为“≤X”的成本指标）。实际完成值不超过年度指标值的得满分；超过的，得分=年度指标值/实际完成值×该指标分值。\n\n"
    "3.受益群众满意度。满意度≥90%的得满分，80%（含）至90%之间每降低1个百分点扣0.5分，低于80%的不得分。\n\n"
    "4.定性指标。按“好、较好、一般、差”四档评定，分别按该指标分值的100%、80%、60%、0计分。\n\n"
)
ANALYSIS = "（1）受益人口（6分）。年度指标值≥12.00万人，实际11.38万人，得{benefit}分。\n\n"


def self_evaluation(benefit="5.69", cost="4.00", tier="4.00", satisfied="9.00", rules=RULES):
    return rules + ANALYSIS.format(benefit=benefit) + "附表 年度绩效指标完成情况\n\n" + table(
        "一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因分析及改进措施",
        "产出指标|数量指标|维修养护数量|46座|46座|7|7.00|无偏差",
        f"|成本指标|单座成本|≤7.00万元|7.40万元|4|{cost}|材料涨价",
        f"效益指标|社会效益指标|受益人口|≥12.00万人|11.38万人|6|{benefit}|3处工程未完成",
        f"|生态效益指标|水环境改善情况|明显改善|较好|5|{tier}|部分山塘仍有垃圾",
        f"满意度指标|满意度指标|受益群众满意度|≥90%|88.00%|10|{satisfied}|个别村供水中断",
    )


CASES = [
    ("every row as its rule gives", self_evaluation(cost="3.78"), []),
    # 11.38/12.00 × 6 = 5.69
    ("a positive indicator, off", self_evaluation(benefit="6.00", cost="3.78"), [("受益人口", "5.69", "6.00")]),
    # 7.00/7.40 × 4 = 3.7838: two decimals cannot hold it, so 3.78 stands
    ("a reverse indicator, off", self_evaluation(cost="4.00"), [("单座成本", "3.7838", "4.00")]),
    ("a tier, off", self_evaluation(tier="4.50", cost="3.78"), [("水环境改善情况", "4", "4.50")]),
    ("a rule by name, off", self_evaluation(satisfied="9.50", cost="3.78"), [("受益群众满意度", "9", "9.50")]),
    # no list of rules: nothing to check against, every row left unchecked
    ("no rules stated", self_evaluation(benefit="6.00", rules=""), []),
    # the analysis paragraph names an indicator and has a ≥, but it is no rule: it follows no "评分标准如下："
    ("an analysis paragraph is no rule", self_evaluation(benefit="6.00", rules="评分标准见附表。\n\n"), []),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    got = [(f.message.split("」")[0].lstrip("「"), f.expected, f.actual) for f in findings]
    assert [(n, e[:6], a) for n, e, a in got] == [(n, e[:6], a) for n, e, a in want]
    if name.startswith("no rules") or name.startswith("an analysis"):
        assert cov.examined == 0
    else:
        assert cov.examined == 5  # every row: 维修养护数量 (46座 of 46座) is a positive indicator too


def test_the_table_s_own_cells_are_the_facts(tmp_path):
    findings, _ = run_check(check, self_evaluation(benefit="6.00", cost="3.78"), tmp_path)
    (f,) = findings
    assert "表中所列" in f.message and "11.38万人" in f.message and "≥12.00万人" in f.message
    assert f.location.row is not None
