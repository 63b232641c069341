"""RL302 docnum-conflict: cases and mutations."""

import pytest
import reportlint.checks.docnum_conflict as check
from casekit import run_check
from conftest import REFERENCE, reference_result

from reportlint.engine import check_file

T = "《肃南县人力资源和社会保障局关于上报2023年度工作总结的报告》"
B = "《肃南裕固族自治县财政局关于批复2024年部门预算的通知》"


def cites(*pairs):
    return "\n\n".join(f"根据{title}（{number}）。" for title, number in pairs) + "\n"


CASES = [
    ("consistent", cites((T, "肃人社发〔2023〕137号"), (T, "肃人社发〔2023〕137号")), []),
    ("year retyped", cites((T, "肃人社发〔2023〕137号"), (T, "肃人社发〔2023〕137号"), (T, "肃人社发〔2024〕137号")),
     ["肃人社发〔2024〕137号"]),
    ("digit lost", cites((B, "肃财发〔2024〕77号"), (B, "肃财发〔2024〕77号"), (B, "肃财发〔2024〕7号")), ["肃财发〔2024〕7号"]),
    # two neighbouring digits swapped (东临 临财建〔2022〕37号 / 73号); two far apart are two documents
    ("digits swapped", cites((B, "肃财发〔2024〕37号"), (B, "肃财发〔2024〕37号"), (B, "肃财发〔2024〕73号")), ["肃财发〔2024〕73号"]),
    ("not a swap", cites((B, "肃财发〔2024〕137号"), (B, "肃财发〔2024〕137号"), (B, "肃财发〔2024〕731号")), []),
    ("one number, another year's title", cites((B, "肃财发〔2024〕77号"), (B, "肃财发〔2024〕77号"),
                                               (B.replace("2024", "2023"), "肃财发〔2024〕77号")), [B.replace("2024", "2023")]),
    ("a yearly notice under one title is not a slip",
     cites(("《河南省财政厅关于下达经费的通知》", "豫财社〔2023〕45号"), ("《河南省财政厅关于下达经费的通知》", "豫财社〔2023〕195号"),
           ("《河南省财政厅关于下达经费的通知》", "豫财社〔2023〕195号")), []),
    ("a shortened title is the same document",
     cites(("《河南省人民政府办公厅关于印发河南省职业技能竞赛管理办法的通知》", "豫政办〔2024〕42号"),
           ("《河南省职业技能竞赛管理办法》", "豫政办〔2024〕42号")), []),
    # national documents too: the reference report names 财预〔2020〕10号 once with a word missing
    ("a national document under two titles", cites(("《财政部关于印发〈项目支出绩效评价管理办法〉的通知》", "财预〔2020〕10号"),
                                                    ("《项目支出绩效评价管理办法》", "财预〔2020〕10号"),
                                                    ("《项目支出绩效管理办法》", "财预〔2020〕10号")), ["《项目支出绩效管理办法》"]),
    ("a national title without its issuer is the same document",
     cites(("《中共中央 国务院关于全面实施预算绩效管理的意见》", "中发〔2018〕34号"),
           ("《关于全面实施预算绩效管理的意见》", "中发〔2018〕34号"),
           ("《中共中央国务院关于全面实施预算绩效管理的意见》", "中发〔2018〕34号")), []),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, _ = run_check(check, text, tmp_path)
    assert [f.actual for f in findings] == want


# the fourth: 财预〔2020〕10号 as 《项目支出绩效管理办法》 once, as 《财政部关于印发〈项目支出绩效评价管理办法〉的通知》 six times
REFERENCE_FINDINGS = sorted([B.replace("2024", "2023"), "肃人社发〔2024〕137号", "肃财发〔2024〕7号", "《项目支出绩效管理办法》"])


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    got = [f for f in reference_result(form).findings if f.rule == check.ID]
    assert sorted(f.actual for f in got) == REFERENCE_FINDINGS
    by = {f.actual: f for f in got}
    assert "（5 处）" in by["肃人社发〔2024〕137号"].message and by["肃人社发〔2024〕137号"].expected == "肃人社发〔2023〕137号"


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "（肃人社报〔2024〕125号）"
    assert text.count(old) >= 3
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "（肃人社报〔2024〕126号）", 1), encoding="utf-8")
    got = sorted(f.actual for f in check_file(str(path)).findings if f.rule == check.ID)
    assert got == sorted([*REFERENCE_FINDINGS, "肃人社报〔2024〕126号"])
