"""RL303 docnum-broken: cases and mutations."""

import pytest
import reportlint.checks.docnum_broken as check
from casekit import run_check
from conftest import REFERENCE, reference_result

from reportlint.engine import check_file

CASES = [
    ("whole", "《报告》（肃人社报〔2024〕125号）。", []),
    # the intended number is named only when the report cites it intact elsewhere
    ("stray digit", "《报告》（肃人社报1〔2024〕25号）。《报告》（肃人社报〔2024〕125号）。",
     [("肃人社报1〔2024〕25号", "肃人社报〔2024〕125号")]),
    ("code split by the year", "《报告》（肃人社〔2023〕发137号）。《报告》（肃人社发〔2023〕137号）。",
     [("肃人社〔2023〕发137号", "肃人社发〔2023〕137号")]),
    ("stray digit, intended number never cited", "《报告》（肃人社报1〔2024〕25号）。", [("肃人社报1〔2024〕25号", None)]),
    ("code split, intended number never cited", "《报告》（肃人社〔2023〕发137号）。", [("肃人社〔2023〕发137号", None)]),
    # a lost bracket runs the year into the serial (a 赫山区 report as published)
    ("closing bracket lost", "根据《关于加强财政绩效管理的意见》（湘政发〔201910号）的要求。", [("湘政发〔201910号", None)]),
    ("closing bracket lost, cited intact elsewhere", "《办法》（湘财绩〔20207号）。《办法》（湘财绩〔2020〕7号）。",
     [("湘财绩〔20207号", "湘财绩〔2020〕7号")]),
    ("both brackets lost", "依据益赫政发201612号文件。", [("益赫政发201612号", None)]),
    # the year written as a date, no brackets (held-out report P: 梅农发2023年22号)
    ("the year as a date", "《实施方案》（梅农发2023年22号）。", [("梅农发2023年22号", None)]),
    ("the year as a date, cited intact elsewhere", "《方案》（梅农发2023年22号）。《方案》（梅农发〔2023〕22号）。",
     [("梅农发2023年22号", "梅农发〔2023〕22号")]),
    # look-alikes: a serial number, a year with 年, a well-formed number
    ("not a 文号", "合同编号201612号，2019年12号文件，湘政发〔2019〕10号。", []),
    ("a date, a plan's serial", "截至2023年12月31日，县发2024年度计划10号，合同2023年22号。", []),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, _ = run_check(check, text + "\n", tmp_path)
    assert [(f.actual, f.expected) for f in findings] == want


REFERENCE_FINDINGS = sorted(["肃人社〔2023〕发137号", "肃人社〔2023〕发137号", "肃人社〔2024〕报125号", "肃人社报1〔2024〕25号",
                             "肃财发7(2024)7号", "肃财发7〔2024〕7号"])


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    assert sorted(f.actual for f in reference_result(form).findings if f.rule == check.ID) == REFERENCE_FINDINGS


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "（市委发〔2019〕19号）"
    assert old in text
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "（市委发1〔2019〕9号）", 1), encoding="utf-8")
    got = sorted(f.actual for f in check_file(str(path)).findings if f.rule == check.ID)
    assert got == sorted([*REFERENCE_FINDINGS, "市委发1〔2019〕9号"])
