"""RL108 count-conflict: cases and mutations."""

import pytest
import reportlint.checks.count_conflict as check
from casekit import run_check, table
from conftest import SHARED

# a plan table and two sentences that restate it, as the Henan report has them (表1-3, 存在的问题, C101)
TABLE = "表1-3：各赛事举办情况\n\n" + table(
    "年度|赛项类别|竞赛计划|实际实施内容",
    "2021|一类赛|9个赛事{t1}个赛项|实际举办27个赛项",
    "2021|二类赛|36个赛事88个赛项，其中符合财政补贴条件的有13个赛事36个赛项|实际举办28个赛项",
)


def doc(t1="34", text1="34", text2="88", reason1="34"):
    return (
        TABLE.format(t1=t1)
        + f"\n二是赛项没有统筹安排。2021年计划一类赛9个赛事{text1}个赛项，二类赛36个赛事{text2}个赛项。\n\n"
        + f"2021年一次性竞赛当年计划安排补贴26个赛事146个赛项，其中：一类赛9个赛事{reason1}个赛项，实际补贴完成131个赛项。\n"
    )


CASES = [
    ("every copy agrees", doc(), []),
    ("the problem list retypes one count", doc(text1="36"), [("2021", "一类赛", "36", "34")]),
    ("the table differs from two sentences", doc(t1="35"), [("2021", "一类赛", "35", "34")]),
    ("one place against one other", doc(text2="89"), [("2021", "二类赛", "88", "89")]),
    # other writers' pairs: 培训 N期M人次, 新建N个站点M套设备
    ("training sessions: agree", "2023年计划培训3期150人次。\n\n另，2023年计划培训3期150人次，已全部完成。\n", []),
    ("training sessions: two values", "2023年计划培训3期150人次。\n\n另，2023年计划培训3期160人次。\n",
     [("2023", "培训", "150", "160")]),
    ("stations and devices", "2024年计划新建5个站点20套设备。\n\n经核实，2024年计划新建5个站点22套设备。\n",
     [("2024", "新建", "20", "22")]),
    # look-alikes that must stay silent
    ("a plan and a result", "2021年计划一类赛9个赛事34个赛项。\n\n2021年实际一类赛9个赛事27个赛项。\n", []),
    ("two years", "2021年计划一类赛9个赛事34个赛项。\n\n2022年计划一类赛9个赛事51个赛项。\n", []),
    ("another first count", "2021年计划一类赛9个赛事34个赛项。\n\n2021年计划一类赛10个赛事51个赛项。\n", []),
    ("a part is no category",
     "2021年计划二类赛36个赛事88个赛项，其中符合补贴条件的13个赛事36个赛项。\n\n"
     "2021年计划二类赛中，符合补贴条件的13个赛事35个赛项。\n", []),
    ("no year", "计划一类赛9个赛事34个赛项。\n\n计划一类赛9个赛事36个赛项。\n", []),
    ("no stage", "2021年一类赛9个赛事34个赛项。\n\n2021年一类赛9个赛事36个赛项。\n", []),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    got = [(f.message[:4], f.message.split("「")[1].split("」")[0], f.actual, f.expected) for f in findings]
    assert got == want
    if want:
        assert cov.examined >= 1


def test_mutation_each_count_of_the_table_alone(tmp_path):
    """Change one number at a time: exactly that finding, at that place."""
    assert run_check(check, doc(), tmp_path)[0] == []
    for field in ("t1", "text1", "reason1"):
        findings, _ = run_check(check, doc(**{field: "33"}), tmp_path)
        assert [(f.actual, f.expected) for f in findings] == [("33", "34")], field
        where = findings[0].location
        assert (where.table is not None) == (field == "t1"), field


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is not here")
def test_the_henan_plan_counts():
    """Its 存在的问题 (and the 附件2 copy) against 表1-3 and the C101 scoring reason: H7 (2021 一类赛 36 vs
    34, 二类赛 89 vs 88), H8 (2023 一类赛 40 vs 62), H9 (2024 二类赛 102 vs 103); the 2022 and 2024 一类
    counts agree everywhere."""
    from reportlint.findings import Coverage
    from reportlint.readers import read
    from reportlint.report import Report

    report = Report(read(str(SHARED / "corpus" / "henan-skills-competition-2021-2024.md")))
    got = {(f.message[:4], f.message.split("「")[1].split("」")[0], frozenset({f.actual, *f.expected.split("、")}))
           for f in check.check(report, Coverage())}
    assert got == {("2021", "一类赛", frozenset({"36", "34"})), ("2021", "二类赛", frozenset({"89", "88"})),
                   ("2023", "一类赛", frozenset({"40", "62"})), ("2024", "二类赛", frozenset({"102", "103"}))}
