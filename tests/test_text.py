"""Text clean-up: CJK spacing, conversion debris, headings."""

import pytest

from reportlint.text import clean, heading_of, is_caption


@pytest.mark.parametrize(
    "raw, want",
    [
        ("肃南县人\n力资源和", "肃南县人力资源和"),
        ("2024 年\n度", "2024年度"),
        ("国令第 729 号", "国令第729号"),
        ("中发〔2018〕34 号", "中发〔2018〕34号"),
        ("8,422,900.0\n0", "8,422,900.00"),
        ("<p>根据《通知》", "根据《通知》"),
        ("重点支出安排率 $\\geq 80\\%$ 得2分", "重点支出安排率≥80%得2分"),
        ("Table 1 and 2", "Table 1 and 2"),
        ("  多余   空格  ", "多余空格"),
    ],
)
def test_clean(raw, want):
    assert clean(raw) == want


@pytest.mark.parametrize(
    "text, want",
    [
        ("一、部门概况", (1, "一、")),
        ("（二）部门预算安排及执行情况", (2, "（二）")),
        ("(四) 坚持维权惠民", (2, "(四)")),
        ("1、评价目的", (3, "1、")),
        ("（1）科学规范原则", (4, "（1）")),
        ("附件1：绩效评价指标体系评分表", (1, "附件1")),
        ("摘要", (1, "")),
        ("1、贯彻执行国家和省市有关人力资源和社会保障的法律法规，组织起草地方性法规。", None),
        ("（1）年度绩效目标合理性。根据文件得3分。", None),
        ("表1：部门基本资金支出明细表", None),
        ("2024年部门一般公共预算财政拨款收入", None),
    ],
)
def test_heading_of(text, want):
    assert heading_of(text) == want


def test_caption():
    assert is_caption("表1：部门基本资金支出明细表")
    assert is_caption("表 3：绩效评价工作组人员情况")
    assert not is_caption("表示部门的预算执行情况良好。")
