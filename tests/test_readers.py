"""Each reader problem on a small fixture that has it (fixtures/make_reader_fixtures.py makes the Word/PDF pair)."""

import pytest
import regex as re
from conftest import FIXTURES

from reportlint.readers import read

TABLES = {ext: FIXTURES / "readers" / f"tables.{ext}" for ext in ("docx", "pdf")}
HAN_SPACE = re.compile(r"\p{Han}\s+\p{Han}")


@pytest.fixture(scope="module", params=["docx", "pdf"])
def tables_doc(request):
    return read(str(TABLES[request.param]))


def test_table_over_three_pages_is_one_table_with_one_header(tables_doc):
    t = tables_doc.tables[0]
    assert t.caption == "表1：项目支出明细表"
    assert t.unit == "万元"
    assert t.n_rows == 32  # header, 30 items, 合计: the header repeated on pages 2 and 3 is gone
    assert [t.text(r, 0) for r in range(t.n_rows)].count("项目名称") == 1
    assert t.row_texts(31) == ["合计", "4650.00", ""]
    if tables_doc.format == "pdf":
        assert t.pages == (1, 2, 3)


def test_row_split_by_page_breaks_is_one_row(tables_doc):
    t = tables_doc.tables[0]
    row = t.row_texts(27)
    assert row[:2] == ["第27项就业补助资金", "270.00"]
    for k in range(1, 31):  # every line of the tall cell, once, in order
        assert row[2].count(f"第{k}行说明文字") == 1
    assert row[2].index("第29行") < row[2].index("第30行")
    assert t.row_texts(28)[:2] == ["第28项就业补助资金", "280.00"]


def test_merged_cells_resolve_to_their_owner(tables_doc):
    t = tables_doc.tables[1]
    assert t.caption == "表2：指标得分表"
    owner = t.grid[1][0]
    assert (owner.text, owner.rowspan, owner.colspan) == ("决策（15）", 3, 1)
    assert t.grid[2][0] is owner and t.grid[3][0] is owner
    head = t.grid[0][2]
    assert (head.text, head.colspan) == ("分值与得分", 2)
    assert t.grid[0][3] is head
    assert t.row_texts(2) == ["决策（15）", "年度绩效指标明确性", "5", "4"]


def test_cjk_cells_have_no_spurious_spaces_or_breaks(tables_doc):
    for table in tables_doc.tables:
        for cell in table.cells():
            assert "\n" not in cell.text
            assert not HAN_SPACE.search(cell.text), cell.text
    assert tables_doc.tables[1].text(1, 1) == "年度绩效目标合理性（包括依据是否充分、目标是否明确）"


def test_headings_and_paragraphs_in_order(tables_doc):
    kinds = [(b.kind, getattr(b, "text", None) or b.caption) for b in tables_doc.blocks]
    assert kinds[0] == ("heading", "一、项目概况")
    assert kinds[1][0] == "paragraph" and kinds[1][1].endswith("项目支出6005.58万元。")
    assert ("heading", "（二）指标设置") in kinds
    assert tables_doc.tables[1].location.section == "一、项目概况 > （二）指标设置"


def test_pdf_locations_carry_pages():
    doc = read(str(TABLES["pdf"]))
    assert doc.pages == 3
    assert doc.tables[1].location.page == 3
    assert doc.tables[0].cell_location(30, 1).page == 3  # 第30项 is on the last page
    assert all(b.location.page for b in doc.blocks)


# ---------------------------------------------------------------- text and Markdown

TEXT_REPORT = """一、部门概况

表1：项目支出明细表

项目名称\t支出金额\t说明
第1项\t10.00\t按月发放
第2项\t20.00\t这一格的文字很长，被分页

\t\t截断后在下一页继续
项目名称\t支出金额\t说明
第3项\t30.00\t按月发放
合计\t60.00\t
"""


def test_text_reader_drops_repeated_header_and_joins_split_row(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(TEXT_REPORT, encoding="utf-8")
    doc = read(str(path))
    (t,) = doc.tables
    assert t.caption == "表1：项目支出明细表"
    assert [t.row_texts(r) for r in range(t.n_rows)] == [
        ["项目名称", "支出金额", "说明"],
        ["第1项", "10.00", "按月发放"],
        ["第2项", "20.00", "这一格的文字很长，被分页截断后在下一页继续"],
        ["第3项", "30.00", "按月发放"],
        ["合计", "60.00", ""],
    ]


def test_text_reader_puts_back_a_row_that_slid_a_column(tmp_path):
    rows = ["收入\t小计\t支出\t明细"] + [f"\t\t{i}.00\t项目{i}" for i in range(1, 6)] + ["\t\t\t6.00\t项目6", "\t7.00\t项目7\t"]
    path = tmp_path / "shift.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    (t,) = read(str(path)).tables
    assert t.n_cols == 4
    assert t.row_texts(6) == ["", "", "6.00", "项目6"]  # slid right, into a column with no header
    assert t.row_texts(7) == ["", "", "7.00", "项目7"]  # slid left: a name under the figures column


def test_text_reader_keeps_gbk_files_readable(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("一、部门概况\n部门全年支出6847.87万元。\n".encode("gb18030"))
    doc = read(str(path))
    assert doc.paragraphs[0].text == "部门全年支出6847.87万元。"


MARKDOWN = """# 报告摘要

## 一、部门概况

得分率 $69.33\\%$ ，评价等级为“中”。

<table><tr><td>项目名称</td><td>说明</td><td>金额(万元)</td></tr><tr><td rowspan="2">竞赛补贴</td><td>一类赛</td><td>605.00</td></tr><tr><td>推动世界技能大赛项目</td><td>1770.00</td></tr></table>

<table><tr><td>项目名称</td><td>说明</td><td>金额(万元)</td></tr><tr><td></td><td>的成果转化</td><td></td></tr><tr><td colspan="2">总计</td><td>2375.00</td></tr></table>

| 一级指标 | 分值 |
|---|---|
| 决策 | 15 |
"""


def test_markdown_reader(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    doc = read(str(path))
    assert [h.text for h in doc.headings] == ["报告摘要", "一、部门概况"]
    assert doc.paragraphs[0].text == "得分率69.33%，评价等级为“中”。"
    t, pipe = doc.tables
    assert t.n_rows == 4  # the page-split second part joined, its repeated header dropped
    owner = t.grid[1][0]
    assert owner.text == "竞赛补贴" and owner.rowspan == 2 and t.grid[2][0] is owner
    assert t.row_texts(2)[1] == "推动世界技能大赛项目的成果转化"  # the split row's tail joined back
    total = t.grid[3][0]
    assert total.text == "总计" and total.colspan == 2 and t.grid[3][1] is total
    assert pipe.row_texts(1) == ["决策", "15"]


def test_a_table_without_rules_is_rebuilt_from_where_its_words_stand():
    """fixtures/layouts/unruled-table.pdf (tests/layouts/unruled.py): a label | text table drawn without
    rules. Read line by line, the label's second line fell inside the citation ("…管理的意指标体系见》")."""
    from reportlint.report import Report

    doc = read(str(FIXTURES / "layouts" / "unruled-table.pdf"))
    [table] = doc.tables
    labels = [table.text(r, 0) for r in range(table.n_rows)]
    assert labels == ["评价依据", "绩效评价指标体系", "评价办法", "数据采集及处理办法"]
    cited = table.text(1, 1)
    assert cited.startswith("根据《中共中央") and cited.endswith("三级指标34个。")
    assert "《中共中央国务院关于全面实施预算绩效管理的意见》（中发〔2018〕34号）" in cited
    assert not doc.notes
    titles = {d.title for d in Report(doc).doc_numbers if d.title}
    assert "中共中央国务院关于全面实施预算绩效管理的意见" in titles


def test_a_scored_item_ends_its_paragraph_without_a_full_stop():
    """"……④资产处置收入及时足额上缴。得2分" then "(12)档案归存完备性。……": two items, not one."""
    from reportlint.assemble import STARTS_NEW, TERMINAL

    assert TERMINAL.search("④资产处置收入及时足额上缴。得2分") and STARTS_NEW.match("(12)档案归存完备性。")
    assert not TERMINAL.search("得分情况如下")


@pytest.mark.parametrize("tail", ["(3)", "（3分）", " 3分"])
def test_a_name_whose_points_went_over_the_page_is_one_row(tmp_path, tail):
    """Writer E's 评分表 leaves " 3分" alone on the next page, as the reference leaves "(3)"."""
    from reportlint.report import Report

    head = "一级指标\t二级指标\t三级指标\t评分标准\t得分原因\t得分\n"
    text = ("附件1：评分表\n\n" + head + "决策(6)\t目标设定(6)\t目标合理性(3)\t符合得3分\t目标合理。\t3\n"
            "\t\t指标明确性\t①甲；②乙。\t指标明确，\t3\n\n" + head
            + f"\t\t{tail}\t以上要素各占50%权重分，符合得1.5分。\t得3分。\t\n")
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    ind = Report(read(str(path))).indicators
    assert [(i.name, i.points.text if i.points else None, i.score.text if i.score else None) for i in ind] == [
        ("目标合理性", "3", "3"), ("指标明确性", "3", "3")]


def test_a_line_that_opens_with_a_decimal_is_no_numbered_item():
    """"……分别为0万元和" then "4055.17万元，……" on the next line: one sentence (4055. is no "1." item)."""
    from reportlint.assemble import STARTS_NEW

    assert not STARTS_NEW.match("4055.17万元，资金结余率为0%。")
    assert STARTS_NEW.match("1.本次绩效评价所需资料") and STARTS_NEW.match("2、评价指标体系")


def test_a_line_that_opens_with_a_bracketed_year_is_no_numbered_item():
    """"……（鹤财预" then "（2023）12号）；" on the next line (鹤原, held out): a 文号 cut by the line's end, not "（12）"."""
    from reportlint.assemble import STARTS_NEW

    assert not STARTS_NEW.match("（2023）12号）；")
    assert STARTS_NEW.match("（12）档案归存完备性。") and STARTS_NEW.match("（三）项目管理")


@pytest.mark.parametrize("top, bottom", [("3.", "00"), ("3", ".00")])
def test_a_score_cut_after_its_decimal_point_by_a_page_break_is_one_row(tmp_path, top, bottom):
    """A 评分表 row over a page break with its name ("工程结" / "算控制率") and its score ("3." / "00") cut in two
    (the 桐溪 report rendered with 12 pt table text)."""
    from reportlint.report import Report

    head = "一级指标\t二级指标\t三级指标\t分值\t评分标准\t得分原因\t得分\n"
    text = ("附件1：评分表\n\n" + head + "产出(6)\t产出成本(6)\t日常养护成本控制\t3\t不超过得满分\t未超过。\t3.00\n"
            f"\t\t工程结\t3\t结算控制率≤100%\t已完工43个工程，\t{top}\n\n" + head
            + f"\t\t算控制率\t\t得满分。\t控制率为97.99%。\t{bottom}\n")
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    ind = Report(read(str(path))).indicators
    assert [(i.name, i.score.text if i.score else None) for i in ind] == [("日常养护成本控制", "3.00"), ("工程结算控制率", "3.00")]


@pytest.mark.parametrize("top, bottom, joined", [
    ("4", ".\n0\n0", "4.00"),  # a narrow score column wraps a digit a line (桐溪, portrait 评分表)
    ("4\n.", "5", "4.5"),  # (清溪, 评分表 without repeated headers)
])
def test_a_wrapped_score_cut_by_a_page_break_joins_its_row(top, bottom, joined):
    from reportlint.assemble import RawTable, repair_tables

    rows = [["一级指标", "三级指标", "分值", "评分标准", "得分"],
            ["过程", "资金", "5", "评价要点：①符合", top],
            ["", "使用合规性", "", "国家财经法规。", bottom]]
    (t,) = repair_tables([RawTable(rows, breaks={2})])
    assert len(t.rows) == 2 and t.rows[1][1] == "资金使用合规性" and t.rows[1][4].replace("\n", "") == joined


def test_the_last_digits_of_a_total_on_the_next_page_join_it():
    """'100' cut into '10' on one page and '0' alone on the next (桐溪, 评分表 with unmerged cells)."""
    from reportlint.assemble import RawTable, repair_tables

    rows = [["一级指标", "三级指标", "分值", "得分"], ["决策", "甲", "60", "50.00"], ["过程", "乙", "40", "39.09"],
            ["合计", "/", "10", "89.09"], ["", "", "0", ""]]
    (t,) = repair_tables([RawTable(rows, breaks={4})])
    assert [r[2] for r in t.rows] == ["分值", "60", "40", "100"]


def test_a_row_of_its_own_at_a_break_stays_a_row():
    from reportlint.assemble import RawTable, repair_tables

    rows = [["项目", "金额"], ["甲", "10"], ["乙", "0"]]
    (t,) = repair_tables([RawTable(rows, breaks={2})])
    assert [r[1] for r in t.rows] == ["金额", "10", "0"]


@pytest.mark.parametrize("total", ["合计", "总 计", "总计"])
def test_two_tables_glued_in_word_are_cut_after_the_first_ones_total(total):
    """Word glues two tables with no paragraph between them into one grid (writer V's abstract)."""
    from reportlint.assemble import RawTable, repair_tables

    rows = [["基本支出（按经济分类）", "", ""], ["金额(元)", "科目", ""], ["10.00", "工资", ""], ["5.00", "津贴", ""],
            [total, "15.00", ""], ["项目支出（按功能分类）", "", ""], ["下达预算(元)", "实际支出(元)", "科目"],
            ["30.00", "20.00", "行政运行"], [total, "30.00", ""]]
    first, second = repair_tables([RawTable(rows)])
    assert first.rows[0][0] == "基本支出（按经济分类）" and first.rows[-1][0] == total
    assert second.rows[0][0] == "项目支出（按功能分类）" and second.rows[-1][1] == "30.00"


@pytest.mark.parametrize("after", [
    [["注：数据来源于部门决算。", "", ""], ["", "", ""]],          # a note closes the table, no second header
    [["产出指标", "", ""], ["数量", "3", "3"]],                      # a group title then figures, not a header
])
def test_a_total_row_followed_by_no_new_table_stays_one_table(after):
    from reportlint.assemble import RawTable, repair_tables

    rows = [["指标", "分值", "得分"], ["甲", "10", "9"], ["合计", "10", "9"], *after]
    assert len(repair_tables([RawTable(rows)])) == 1


@pytest.mark.parametrize("line, new", [
    ("问题1：您对肃南县人力资源和社会保障局的工作是否满意？", True),   # writer X's questionnaire
    ("第1题 您对本单位的工作是否满意？", True),
    ("题1：您对本单位的工作是否满意？", True),                      # writer ZA
    ("问题导向，聚焦短板弱项。", False),                           # a sentence that opens with 问题
])
def test_a_questionnaire_item_starts_its_own_paragraph(line, new):
    from reportlint.assemble import STARTS_NEW

    assert bool(STARTS_NEW.match(line)) is new


@pytest.mark.parametrize("paragraph, line, goes_on", [
    # a list the sentence is still setting out, its next item at a line's start in a PDF (writer ZA)
    ("一级指标“过程”下设4个二级指标：1.“预算执行”；2.“资金管理”；3.“资产管理”；", "4.“档案管理”，12个三级指标：", True),
    ("三级指标：1、甲；", "2、乙；3、丙。", True),
    # a new numbered paragraph: the item before it ended its sentence, or was never in it
    ("1.加强预算管理。", "2.完善绩效目标。", False),
    ("评价组认为，项目管理规范；", "2.存在的问题", False),
])
def test_a_numbered_item_at_a_pdf_lines_start_goes_on_with_its_list(paragraph, line, goes_on):
    from reportlint.readers.pdf import _next_in_list

    assert _next_in_list(paragraph, line) is goes_on
