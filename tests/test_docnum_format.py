"""RL301 docnum-format: cases and mutations."""

import pytest
import reportlint.checks.docnum_format as check
from casekit import run_check
from conftest import REFERENCE, reference_result

from reportlint.engine import check_file

CASES = [
    ("GB/T 9704 form", "根据《通知》（肃财发〔2024〕77号）和《条例》（国令第729号）。", []),
    ("round brackets", "根据《通知》（肃财发(2024)77号）。", ["肃财发(2024)77号"]),
    ("square brackets, twice: one finding", "依据豫政办[2021]43号和豫政办[2021]43号。", ["豫政办[2021]43号"]),
    ("title without its opening 《", "根据某县财政局关于批复2024年部门预算的通知》（某财发〔2024〕77号）。", ["某县财政局关于批复2024年部门预算的通知》"]),
    ("title without its 《 after 经查阅", "经查阅某县财政局关于批复2024年部门预算的通知》（某财发〔2024〕77号）。",
     ["某县财政局关于批复2024年部门预算的通知》"]),
    ("title without its 《 after 依照", "依照某县财政局关于批复2024年部门预算的通知》（某财发〔2024〕77号）。",
     ["某县财政局关于批复2024年部门预算的通知》"]),
    ("a 《 left in a cell a converter split: no guess from the words after 经",
     "下达省级职业技能竞赛奖补经费的通知》（豫财社〔2023〕45号）。", []),
    ("short year, 第, leading zero", "根据《通知》（肃财发〔24〕第077号）。", ["肃财发〔24〕第077号"]),
    # a firm's own report numbers (审计报告 and 鉴证报告 numbers) are not 发文字号
    ("a firm's report number", "上海上会会计师事务所有限公司湖南分所出具的上会湘报字(2022)第0001号报告。", []),
    ("a 绩效评价 firm's report number", "四川景行绩效管理咨询有限公司 景行绩评〔2025〕第17号", []),
    ("an audit report number", "经审计（X会审字〔2023〕第012号），资金使用合规。", []),
    ("a firm's report number ending in 字 (修阳)", "2024年度某项目支出绩效评价报告\n\n赣恒正绩字〔2025〕第18号", []),
    ("a 文号 with 第 is still one", "根据《通知》（赣财农〔2024〕第15号）。", ["赣财农〔2024〕第15号"]),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text + "\n", tmp_path)
    assert [f.actual for f in findings] == want
    assert cov.examined >= (0 if "report number" in name else 1)  # a firm's number is no 发文字号 at all


def test_all_problems_named(tmp_path):
    findings, _ = run_check(check, "根据《通知》（肃财发〔24〕第077号）。\n", tmp_path)
    assert "四位" in findings[0].message and "第" in findings[0].message and "前导零" in findings[0].message


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    got = sorted(f.actual for f in reference_result(form).findings if f.rule == check.ID)
    unopened = "肃南裕固族自治县财政局关于批复2024年部门预算的通知》"
    assert got == sorted(["肃财发(2024)77号", "肃财发7(2024)7号", unopened, unopened, unopened])


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "（中发〔2018〕34号）"
    assert old in text
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "（中发【2018】34号）", 1), encoding="utf-8")
    got = sorted(f.actual for f in check_file(str(path)).findings if f.rule == check.ID and "》" not in f.actual)
    assert got == ["中发【2018】34号", "肃财发(2024)77号", "肃财发7(2024)7号"]
