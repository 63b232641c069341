"""RL106 figure-conflict: cases and mutations."""

import pytest
import reportlint.checks.figure_conflict as check
from casekit import run_check, table
from conftest import REFERENCE, SHARED, reference_result

from reportlint.engine import check_file

ITEMS = ["办公费|210,864.50", "印刷费|52,216.60", "电费|21,092.19", "邮电费|39,337.70"]

CASES = [
    ("same label, other value", "摘要\n\n2024年部门一般公共预算财政拨款收入6847.87万元。\n\n一、部门概况\n\n2024年部门一般公共预算财政拨款收入4901.44万元。\n",
     [("6847.87万元", "4901.44万元")]),
    ("same amount in 元 and 万元", "一般公共预算财政拨款收入842.29万元。\n\n一般公共预算财政拨款收入8,422,900.00元。\n", []),
    ("another year is another quantity", "2023年部门一般公共预算财政拨款收入100.00万元。2024年部门一般公共预算财政拨款收入120.00万元。\n", []),
    ("the department's project budget, however worded",
     "一、预算执行\n\n某局项目支出全年预算数为6005.58万元。\n\n二、结余\n\n项目资金结余总额为0万元，项目全年预算数为4055.17万元。\n",
     [("6005.58万元", "4055.17万元")]),
    ("the budget in the summary table and in the body",
     table("资金情况（万元）|预算安排资金|4902.89|实际到位资金|6847.87") + "\n一、部门概况\n\n2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元。\n",
     [("4902.89万元", "4901.44万元")]),
    ("budgeted income without an actual beside it is not the budget",
     table("资金情况（万元）|预算安排资金|4902.89|实际到位资金|6847.87") + "\n一、部门概况\n\n2024年部门一般公共预算财政拨款收入4901.44万元。\n", []),
    ("the department's project budget after 安排 (writer H)",
     "一、预算执行\n\n某局全年安排项目支出预算6005.58万元，实际执行数为6005.58万元。\n\n二、结余\n\n项目资金结余总额为0万元，项目全年预算数为4055.17万元。\n",
     [("6005.58万元", "4055.17万元")]),
    ("the department's project budget as 预算金额 (writer K)",
     "一、预算执行\n\n某局项目支出全年预算金额6005.58万元，实际执行金额6005.58万元。\n\n二、结余\n\n项目全年预算数为4055.17万元。\n",
     [("6005.58万元", "4055.17万元")]),
    ("the budget against the money 实际到账 (writer K)",
     table("资金情况（万元）|预算安排资金|4902.89|实际到位资金|6847.87") + "\n一、部门概况\n\n2024年部门一般公共预算财政拨款收入4901.44万元，实际到账6847.87万元。\n",
     [("4902.89万元", "4901.44万元")]),
    ("the budget against the money 实际取得 (writer L)",
     table("资金情况（万元）|预算安排资金|4902.89|实际到位资金|6847.87") + "\n一、部门概况\n\n2024年部门一般公共预算财政拨款收入4901.44万元，实际取得6847.87万元。\n",
     [("4902.89万元", "4901.44万元")]),
    ("a named project's budget is another quantity",
     "某局项目支出全年预算数为6005.58万元。\n\n就业补助项目全年预算数为55.00万元。\n", []),
    ("generic labels are not compared", "基本支出实际执行数为842.29万元。项目支出实际执行数为6005.58万元。\n", []),
    ("restated table, one item changed", table("项目|金额", *ITEMS) + "\n正文\n\n" + table("项目|金额", *ITEMS[:3], "邮电费|39,377.70"),
     [("39,337.70", "39,377.70")]),
    ("regression: questionnaire tables share options, not values",
     table("选项|小计", "A.非常满意|88", "B.比较满意|19", "C.无感|1", "D.不满意|0") + "\n第2题\n\n"
     + table("选项|小计", "A.非常满意|77", "B.比较满意|25", "C.无感|2", "D.不满意|2"), []),
    ("regression: one paragraph enumerating two subjects",
     "郑州市举办一届省赛，地方承诺配套600万元；濮阳市举办二届省赛，地方承诺配套3000万元。\n", []),
    # other writers' words: the year set off by a comma, 年初预算数, 全年实际收入
    ("the year set off by a comma",
     "摘要\n\n2024年部门一般公共预算财政拨款收入6847.87万元。\n\n一、部门概况\n\n2024年度，部门一般公共预算财政拨款收入为4901.44万元。\n",
     [("6847.87万元", "4901.44万元")]),
    ("the year set off by a comma, another year",
     "2023年部门一般公共预算财政拨款收入100.00万元。\n\n2024年度，部门一般公共预算财政拨款收入为120.00万元。\n", []),
    ("年初预算安排数 (writer S)", table("资金情况（万元）|年初预算安排数|4902.89|实际到位资金|6847.87")
     + "\n一、部门概况\n\n2024年部门一般公共预算财政拨款收入4901.44万元，实际收入6847.87万元。\n", [("4902.89万元", "4901.44万元")]),
    ("年初预算数 against the budgeted income set against 全年实际收入",
     table("资金情况（万元）|年初预算数|4902.89|实际到位资金|6847.87")
     + "\n一、部门概况\n\n2024年度，部门一般公共预算财政拨款收入为4901.44万元，全年实际收入6847.87万元。\n",
     [("4902.89万元", "4901.44万元")]),
    ("a range of years is no year", "2021-2024年累计下达资金共计7455.00万元。\n\n2024年累计下达资金共计2000.00万元。\n", []),
    ("an appropriation approved at the start of the year is the budget",
     table("资金情况（万元）|全年预算数|4902.89|实际到位资金|6847.87")
     + "\n一、部门概况\n\n2024年，部门年初批复一般公共预算财政拨款4901.44万元，实际到位资金6847.87万元。\n",
     [("4902.89万元", "4901.44万元")]),
    ("a generic budget word in a sentence about another budget",
     table("资金情况（万元）|全年预算数|4902.89|实际到位资金|6847.87")
     + "\n一、三公经费\n\n2024年度“三公”经费实际支出2万元，预算安排数4万元。\n", []),
    ("the department's funding before a budget word",
     table("资金情况（万元）|预算安排资金|4902.89|实际到位资金|6847.87")
     + "\n一、部门概况\n\n2024年部门一般公共预算财政拨款年初预算安排4901.44万元，全年实际到位6847.87万元。\n",
     [("4902.89万元", "4901.44万元")]),
    ("a verb before the label", "摘要\n\n2024年部门取得一般公共预算财政拨款收入6847.87万元。\n\n一、部门概况\n\n"
     "2024年部门一般公共预算财政拨款收入4901.44万元。\n", [("6847.87万元", "4901.44万元")]),
    # the figure before its label, joined by 的 (writer E; "完成投资500万元的项目" reads the same way)
    ("the label after the figure", "摘要\n\n2024年，部门取得6847.87万元的一般公共预算财政拨款收入。\n\n一、部门概况\n\n"
     "2024年部门一般公共预算财政拨款收入4901.44万元。\n", [("6847.87万元", "4901.44万元")]),
    ("the project budget after its figure",
     "一、预算执行\n\n2024年，6005.58万元的项目支出全年预算数对应实际执行数6005.58万元。\n\n二、结余\n\n"
     "在4055.17万元的项目全年预算中，结余资金为0万元。\n", [("6005.58万元", "4055.17万元")]),
    # nothing between the figure and its label when 中 closes it (writer N: "4055.17万元项目全年预算数中，……")
    ("the label after the figure, closed by 中",
     "一、预算执行\n\n某局项目支出全年预算数为6005.58万元。\n\n二、结余\n\n"
     "4055.17万元项目全年预算数中，项目资金结余总额为0万元。\n", [("6005.58万元", "4055.17万元")]),
    ("the label after the figure, closed by 中, agree",
     "一、预算执行\n\n某局项目支出全年预算数为6005.58万元。\n\n二、结余\n\n"
     "6005.58万元项目全年预算数中，项目资金结余总额为0万元。\n", []),
    # the subject before a colon, the generic label after it (writer N: "……局项目支出：全年预算数6005.58万元")
    ("the subject before a colon",
     "一、预算执行\n\n2024年某局项目支出：全年预算数6005.58万元，实际执行数6005.58万元。\n\n二、结余\n\n"
     "项目资金结余总额为0万元，项目全年预算数为4055.17万元。\n", [("6005.58万元", "4055.17万元")]),
    ("the subject before a colon, agree",
     "一、预算执行\n\n2024年某局项目支出：全年预算数4055.17万元，实际执行数4055.17万元。\n\n二、结余\n\n"
     "项目全年预算数为4055.17万元。\n", []),
    ("other subjects before a colon are other quantities",
     "一、三公经费\n\n“三公”经费：全年预算数4.00万元，实际执行数2.00万元。\n\n二、培训\n\n"
     "培训费：全年预算数12.00万元，实际执行数11.50万元。\n\n三、结余\n\n项目全年预算数为4055.17万元。\n", []),
    # the basis a figure is counted on (writer Q: "按照决算口径，实际收入……", "全年预算数（批复口径）为……")
    ("the actual income after its basis", table("资金情况（万元）|预算安排资金|4902.89|实际到位资金|6847.87")
     + "\n一、部门概况\n\n2024年部门一般公共预算财政拨款收入4901.44万元；按照决算口径，实际收入6847.87万元。\n",
     [("4902.89万元", "4901.44万元")]),
    ("a basis in brackets after the label",
     "一、预算执行\n\n某局项目支出全年预算数（批复口径）为6005.58万元。\n\n二、结余\n\n项目全年预算数为4055.17万元。\n",
     [("6005.58万元", "4055.17万元")]),
    ("a basis in brackets after the label, agree",
     "一、预算执行\n\n某局项目支出全年预算数（批复口径）为4055.17万元。\n\n二、结余\n\n项目全年预算数为4055.17万元。\n", []),
    # 计 between the label and its figure (writer T: "……财政拨款收入计4901.44万元", "项目全年预算计4055.17万元")
    ("计 before the figure", "摘要\n\n2024年部门一般公共预算财政拨款收入计6847.87万元。\n\n一、部门概况\n\n"
     "2024年部门一般公共预算财政拨款收入4901.44万元。\n", [("6847.87万元", "4901.44万元")]),
    ("预算审核数 (writer U)", "一、预算执行\n\n某局项目支出全年预算审核数6005.58万元。\n\n二、结余\n\n项目全年预算审核数4055.17万元。\n",
     [("6005.58万元", "4055.17万元")]),
    ("计 before a budget line", "一、预算执行\n\n某局项目支出全年预算计6005.58万元。\n\n二、结余\n\n项目全年预算计4055.17万元。\n",
     [("6005.58万元", "4055.17万元")]),
    # "2024年" and "2024年度" are one year (writer R)
    ("2024年 and 2024年度", "摘要\n\n2024年部门一般公共预算财政拨款收入6847.87万元。\n\n一、部门概况\n\n"
     "2024年度部门一般公共预算财政拨款收入4901.44万元。\n", [("6847.87万元", "4901.44万元")]),
    # joined by 为, the year with the label (writer N: "6847.87万元为2024年部门一般公共预算财政拨款收入")
    ("the label after 为", "摘要\n\n6847.87万元为2024年部门一般公共预算财政拨款收入；部门全年支出6847.87万元。\n\n一、部门概况\n\n"
     "2024年部门一般公共预算财政拨款收入4901.44万元。\n", [("6847.87万元", "4901.44万元")]),
    ("the label after 为, agree", "摘要\n\n4901.44万元为2024年部门一般公共预算财政拨款收入。\n\n一、部门概况\n\n"
     "2024年部门一般公共预算财政拨款收入4901.44万元。\n", []),
    # the label inside "与……相比" (writer O), and after a ÷ in brackets
    ("a label after 与", "摘要\n\n与2024年部门一般公共预算财政拨款收入6847.87万元相比，执行率100%。\n\n一、部门概况\n\n"
     "2024年部门一般公共预算财政拨款收入4901.44万元。\n", [("6847.87万元", "4901.44万元")]),
    # "全部为X" after a spending names what paid for it, not X's whole (青屿 基本支出)
    ("a spending paid wholly from a source", "摘要\n\n部门收入中一般公共预算财政拨款5,862.35万元。\n\n一、部门概况\n\n"
     "2024年度基本支出3,948.62万元，全部为一般公共预算财政拨款。\n", []),
    ("the label after the figure, agree", "摘要\n\n部门取得6847.87万元的一般公共预算财政拨款收入。\n\n一、概况\n\n"
     "部门一般公共预算财政拨款收入6847.87万元。\n", []),
    ("a figure's own words stay its label when 的 follows", "一、概况\n\n部门预算安排资金4902.89万元的使用情况良好。\n\n"
     "二、执行\n\n完成投资500万元的项目建设。\n", []),
    # 而 before the actual income; the summary table's 年度预算资金总额
    ("the actual income after 而", table("资金情况（万元）|年度预算资金总额|4902.89|资金到位数|6847.87")
     + "\n一、部门概况\n\n2024年，部门一般公共预算财政拨款收入为4901.44万元，而实际取得收入6847.87万元。\n",
     [("4902.89万元", "4901.44万元")]),
    # the project budget after its adjustment, and a 下达预算 (writer ZA)
    ("the project budget after its adjustment", "一、预算执行\n\n2024年某局项目支出调整后预算6005.58万元，实际支出6005.58万元。\n\n"
     "二、结余\n\n结余资金0万元，项目全年预算数4055.17万元。\n", [("6005.58万元", "4055.17万元")]),
    ("a 下达预算 against the summary's budget", table("资金情况（万元）|年初预算数|4902.89|全年执行数|6847.87")
     + "\n一、部门概况\n\n2024年，部门一般公共预算财政拨款下达预算4901.44万元。\n", [("4902.89万元", "4901.44万元")]),
    # the final accounts' income as the actual (writer X), the income's own 预算 naming its stage (writer Y)
    ("the actual income called 决算收入", table("资金情况（万元）|年初预算数|4902.89|决算收入|6847.87")
     + "\n一、部门概况\n\n2024年度，部门一般公共预算财政拨款收入为4901.44万元，决算收入6847.87万元。\n",
     [("4902.89万元", "4901.44万元")]),
    ("an income with 预算 after it is the budget", table("资金情况（万元）|全年预算数|4902.89|全年执行数|6847.87")
     + "\n一、部门概况\n\n2024年，部门一般公共预算财政拨款收入预算4901.44万元，全年实际收入共计6847.87万元。\n",
     [("4902.89万元", "4901.44万元")]),
    ("an income with 预算 after it, agree", table("资金情况（万元）|全年预算数|4901.44|全年执行数|6847.87")
     + "\n一、部门概况\n\n2024年，部门一般公共预算财政拨款收入预算4901.44万元，全年实际收入共计6847.87万元。\n", []),
    # the figure in brackets after its label, a formula's variable after a table label (writer F)
    ("the figure in brackets after its label", "摘要\n\n2024年部门收支：一般公共预算财政拨款收入（6847.87万元）；\n\n一、部门概况\n\n"
     "2024年部门一般公共预算财政拨款收入4901.44万元。\n", [("6847.87万元", "4901.44万元")]),
    ("the label inside the brackets, qualified by the words before them",
     "一、预算执行\n\n2024年某局项目支出（全年预算数6005.58万元）实际执行数为6005.58万元。\n\n二、结余\n\n"
     "项目资金结余总额、项目全年预算数分别为0万元和4055.17万元。\n", [("6005.58万元", "4055.17万元")]),
    ("brackets after a figure hold another quantity", "一、三公经费\n\n“三公”经费实际执行数为2万元（全年预算数4万元）。\n\n"
     "二、结余\n\n项目全年预算数为4055.17万元。\n", []),
    ("a formula's variable after the table's label", table("资金情况（万元）|年初预算数(A)|4902.89|实际到位资金|6847.87")
     + "\n一、部门概况\n\n2024年部门一般公共预算财政拨款收入4901.44万元，全年实际收入6847.87万元。\n",
     [("4902.89万元", "4901.44万元")]),
    # a budget after 以/按 (writer G), an amount that is "wholly" an income (writer B)
    ("the project budget after 以 and 按",
     "一、预算执行\n\n2024年某局项目支出按全年预算6005.58万元安排，实际执行数为6005.58万元。\n\n二、结余\n\n"
     "结余率以项目全年预算数4055.17万元为基数计算。\n", [("6005.58万元", "4055.17万元")]),
    ("an amount that is wholly an income", "摘要\n\n2024年度部门财政资金总额6847.87万元，全部为一般公共预算财政拨款收入。\n\n"
     "一、部门概况\n\n2024年部门一般公共预算财政拨款收入4901.44万元。\n", [("6847.87万元", "4901.44万元")]),
    ("wholly an income, agrees", "摘要\n\n2024年度部门财政资金总额6847.87万元，全部为一般公共预算财政拨款收入。\n\n"
     "一、部门概况\n\n2024年部门一般公共预算财政拨款收入6847.87万元。\n", []),
    # a sentence inside a table cell (a 评分表 reason, a 问题清单 row) against the body (河南 技能竞赛: the 附件1
    # copy of 豫政办〔2021〕43号's standard)
    ("a sentence in a table cell", "一、项目背景\n\n牵头世赛中国集训基地按每届每个200万元的标准予以补助。\n\n附件1\n\n"
     + table("指标|评价意见", "资金分配合理性|文件规定，牵头世赛中国集训基地按每届每个100万元的标准予以补助，符合要点①。"),
     [("200万元", "100万元")]),
    ("a sentence in a table cell, agrees", "一、项目背景\n\n牵头世赛中国集训基地按每届每个200万元的标准予以补助。\n\n附件1\n\n"
     + table("指标|评价意见", "资金分配合理性|文件规定，牵头世赛中国集训基地按每届每个200万元的标准予以补助，符合要点①。"), []),
    ("regression: a cell enumerating two subjects under one label", "附件1\n\n"
     + table("指标|评价意见", "获奖成本|46届世赛周期，单位获奖成本为228.57万元；47届世赛周期，单位获奖成本为95.00万元。")
     + "\n附件3\n\n47届世赛周期，单位获奖成本为95.00万元。\n", []),
    # a short label with the same words after its figure (桐溪: when a fund reached the county)
    # writer J: 年度预算安排 in the summary table, the actual income in brackets after the budgeted one
    ("年度预算安排 and the actual income in brackets", table("资金情况（万元）|年度预算安排|4902.89|资金到位数额|6847.87")
     + "\n一、部门概况\n\n2024年，部门一般公共预算财政拨款收入4901.44万元（实际收入6847.87万元）。\n",
     [("4902.89万元", "4901.44万元")]),
    ("a short label and the same clause after it", "一、资金到位\n\n省级补助资金640.00万元于2024年2月5日到达县财政，2月25日拨付。\n\n"
     "二、产出\n\n省级补助资金620.00万元于2024年2月5日到达县财政，2月25日拨付。\n", [("640.00万元", "620.00万元")]),
    ("a short label, other clauses after it", "一、资金使用\n\n省级补助资金100.00万元用于县道日常养护工程建设。\n\n"
     "二、产出\n\n省级补助资金200.00万元用于乡道危桥改造工程建设。\n", []),
    ("a short label alone is not compared", "一、资金\n\n省级补助资金640.00万元。\n\n二、产出\n\n省级补助资金620.00万元。\n", []),
    # a copy whose total row is worded otherwise (writer R: "全年合计") lists the same items
    ("restated table, the total row worded otherwise", table("项目|金额", *ITEMS, "合计|323,511.0") + "\n正文\n\n"
     + table("项目|金额", *ITEMS[:3], "邮电费|39,377.70", "全年合计|323,511.0"), [("39,337.70", "39,377.70")]),
    ("restated table, items differ", table("项目|金额", *ITEMS) + "\n正文\n\n" + table("项目|金额", *ITEMS[:3], "取暖费|88,017.30"),
     [("邮电费", "取暖费")]),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, _ = run_check(check, text, tmp_path)
    assert [(f.expected, f.actual) for f in findings] == want
    assert all(f.severity == "warning" for f in findings)


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    got = sorted((f.expected, f.actual) for f in reference_result(form).findings if f.rule == check.ID)
    assert got == sorted([
        ("6847.87万元", "4901.44万元"),
        ("6005.58万元", "4055.17万元"),
        ("4902.89万元", "4901.44万元"),
        ("15,626.66", "15,636.66"),
        ("医疗保障经办事务、其他医疗保障管理事务支出", "医疗保障管理事务支出、机关事业单位职业年金缴费支出"),
    ])


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "\t8,828,635.19\t就业创业服务补贴"
    assert text.count(old) == 2
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "\t8,828,653.19\t就业创业服务补贴", 1), encoding="utf-8")
    new = [(f.expected, f.actual) for f in check_file(str(path)).findings if f.rule == check.ID]
    assert ("8,828,653.19", "8,828,635.19") in new
    assert len(new) == 6  # the 5 of the reference report and the mutated item


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is not here")
def test_the_henan_base_standards():
    """H13: the 附件1 A302 cell quotes 豫政办〔2021〕43号's base subsidies as 100万元 (牵头) and 10万元 (其他), the
    背景 paragraph as 200万元 and 100万元; the 地方承诺配套 (600 for 郑州, 3000 for 濮阳) and the 46届/47届 单位获奖成本
    are enumerations, not conflicts."""
    path = SHARED / "corpus" / "henan-skills-competition-2021-2024.md"
    got = {(f.expected, f.actual) for f in check_file(str(path)).findings if f.rule == check.ID}
    assert got == {("200万元", "100万元"), ("100万元", "10万元")}
