"""Reports of other kinds than the reference, with defects placed and recorded by hand.

fixtures/other-kinds/tongxi-roads-2024 is a 项目支出 evaluation (county rural-road maintenance) written by a
tester who did not read the tool, in a house style unlike the reference's, with 22 placed defects and 16
consistent look-alikes (tongxi-roads-2024.DEFECTS.md, the expected values below are taken from it). It was
held out until measured (16 of 22 found, 5 of 25 findings false at f32457b); what it taught was built in
general form, with cases of its own in each check's tests.
"""

import collections

import pytest
from conftest import FIXTURES

from reportlint.engine import check_file

TONGXI = FIXTURES / "other-kinds" / "tongxi-roads-2024"

# (rule, actual, expected) per placed defect, as DEFECTS.md states them
FOUND = {
    "D01 表2 合计 vs items": ("RL101", "2524.81", "2578.81"),
    "D02 日常养护 其中 parts": ("RL101", "1,016.52万元", "1,026.52万元"),
    "D03 产出数量 vs its 三级": ("RL103", "11.24", "11.74"),
    "D04 body copy of a score": ("RL103", "3.50", "3.00"),
    "D05 列养率 vs its rule": ("RL202", "5.00", "4"),
    "D06 rule maximum": ("RL201", "3", "4"),
    "D07 效益 score in the text": ("RL102", "25.30", "25.80"),
    "D08 grade band": ("RL104", "优", "良"),
    "D09 得分率": ("RL102", "88.08%", "88.80%"),
    "D10 乡道 share": ("RL107", "33.91%", "31.91%"),
    "D11 survey share": ("RL205", "49.50%", "51.00%"),
    "D12 省级补助资金 restated": ("RL106", "640.00万元", "620.00万元"),  # named from its first place (620.00)
    "D14 wrong brackets": ("RL301", "赣财建[2023]56号", "赣财建〔2023〕56号"),
    "D15 one title, two numbers": ("RL302", "桐交发〔2023〕21号", "桐交发〔2024〕21号"),
    "D16 one number, two titles": ("RL302", "《桐溪县财政局关于下达2024年农村公路养护县级配套资金的通知》",
                                   "《桐溪县财政局关于批复2024年县级部门预算的通知》"),
    "D17 stray digit": ("RL303", "桐财建1〔2024〕13号", None),
    "D18 questionnaire year": ("RL304", "2023", "2024"),
    "D19 三级 count": ("RL105", "28", "27"),
    "D20 得分 column vs reason": ("RL103", "3.00", "2.00"),
    "D21 survey share": ("RL205", "41.25%", "41.50%"),
    "D22 evaluation date": ("RL304", "评价日期：2025年3月28日", "2025年4月7日至5月30日"),
}
# other symptoms of the same defects: D06 by its score, D11 by its counts (one defect, several findings: #13)
ALSO = [("RL202", "4.00", "3"), ("RL101", "200", "203"), ("RL205", "200", "203")]
# not found yet, listed rather than hidden: D13 (计划实施……养护工程48个 vs 46: a single count restated under a
# longer label, "预防性养护和修复性养护工程"; the ledger reads count pairs only)
MISSED = {"D13"}


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_tongxi_findings_are_its_defects(form):
    got = collections.Counter((f.rule[:5], f.actual, f.expected) for f in check_file(f"{TONGXI}.{form}").findings)
    want = collections.Counter([*FOUND.values(), *ALSO])
    assert got - want == collections.Counter(), "findings that are no placed defect"
    assert want - got == collections.Counter(), "placed defects not found"
