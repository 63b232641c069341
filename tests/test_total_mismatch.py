"""RL101 total-mismatch: cases (failing and passing) and mutations of the reference report."""

import zipfile

import pytest
import reportlint.checks.total_mismatch as check
from casekit import run_check, table
from conftest import REFERENCE, reference_result

from reportlint.engine import check_file

CAPTION = "表1：支出明细表\n\n"

CASES = [
    # (name, document, [(row, col, actual, expected)])
    # a labelled part written 含： (writer U) larger than its whole
    ("含： larger than its whole", CAPTION + table("资金情况（万元）|预算批复数|4902.89", "|含：财政拨款收入|6847.87"), [(2, 3, "6847.87", "≤ 4902.89")]),
    ("row total off by 0.10", CAPTION + table("项目|金额(元)", "办公费|210,864.50", "印刷费|52,216.60", "合计|263,081.00"),
     [(4, 2, "263,081.00", "263,081.10")]),
    # the rows under a "其中：" row that add up to the row above it are its parts, not items of the 合计 (held-out report Q)
    ("其中 rows are parts", CAPTION + table("资金来源|预算数|实际支出数", "中央补助|9,862.40|9,800.00", "县级配套|3,145.00|2,918.64", "其中：个人缴费补贴|1,620.00|1,584.36",
          "高龄加发|625.00|615.20", "丧葬补助|900.00|719.08", "合计|13,007.40|12,718.64"), []),
    ("其中 rows are parts, 合计 off", CAPTION + table("资金来源|预算数|实际支出数", "中央补助|9,862.40|9,800.00", "县级配套|3,145.00|2,918.64", "其中：个人缴费补贴|1,620.00|1,584.36",
          "高龄加发|625.00|615.20", "丧葬补助|900.00|719.08", "合计|13,070.40|12,718.64"), [(7, 2, "13,070.40", "13,007.40")]),
    # parts that do not add up to the row above: which rows are items cannot be told, so no finding
    ("其中 rows that add up to nothing", CAPTION + table("资金来源|预算数", "中央补助|9,862.40", "县级配套|3,145.00",
                                                      "其中：个人缴费补贴|1,620.00", "高龄加发|625.00", "合计|13,000.00"), []),
    # a total row with its scope or a tail (writers Q and R: "合计数", "全年合计", "项目合计"); a part's name before the
    # word makes a group's total, not the table's
    *[(f"a total row worded {w}", CAPTION + table("项目|金额(元)", "办公费|210,864.50", "印刷费|52,216.60", f"{w}|263,081.00"),
       [(4, 2, "263,081.00", "263,081.10")]) for w in ("合计数", "全年合计", "项目合计", "合计金额",
                                                                                 "金额合计", "资金合计", "总额", "总  额")],  # X, Y
    # counts are whole numbers as stated, not rounded ones (淮岭, held out: 38+12+21+1 = 72 under a 合计 of 74);
    # counts in 万人 are rounded, and are read as stated
    ("a count column's total off by 2", CAPTION + table("项目类别|项目个数（个）|安排资金（万元）", "产业发展类|38|10,368.00",
                                                       "就业帮扶类|12|1,468.50", "基础设施类|21|3,725.40", "小额信贷贴息|1|620.10",
                                                       "合计|74|16,182.00"), [(6, 2, "74", "72")]),
    ("a count column's total agrees", CAPTION + table("项目类别|项目个数（个）|安排资金（万元）", "产业发展类|38|10,368.00",
                                                     "就业帮扶类|12|1,468.50", "合计|50|11,836.50"), []),
    ("counts in 万人 are rounded", CAPTION + table("乡镇|受益人口（万人）|资金（万元）", "甲镇|4|100.00", "乙镇|5|200.00",
                                                  "丙镇|3|300.00", "合计|13|600.00"), []),
    ("a group's total is an item", CAPTION + table("项目|金额(元)", "办公费|10.00", "公用经费合计|10.00", "工资|5.00", "总计|25.00"), []),
    # a total named by what it adds closes the table when it is its last and only named total (writer W: "基本支出合计",
    # "项目资金合计"; real tables: "支出合计", "收入合计")
    *[(f"a closing total worded {w}", CAPTION + table("项目|小计(元)", "办公费|10.00", "印刷费|5.00", "小计|15.00", "工资|5.00",
                                                     "津贴|3.00", "小计|8.00", f"{w}|24.00"), [(8, 2, "24.00", "23.00")])
      for w in ("基本支出合计", "项目资金合计", "支出合计")],
    ("a closing total worded 基本支出合计 agrees", CAPTION + table("项目|小计(元)", "办公费|10.00", "印刷费|5.00", "小计|15.00",
                                                             "工资|5.00", "津贴|3.00", "小计|8.00", "基本支出合计|23.00"), []),
    ("two named totals: which rows each adds cannot be told", CAPTION + table("项目|金额(元)", "工资|5.00", "人员经费合计|5.00",
                                                                             "办公费|10.00", "公用经费合计|11.00"), []),
    ("row total agrees", CAPTION + table("项目|金额(元)", "办公费|210,864.50", "印刷费|52,216.60", "合计|263,081.10"), []),
    ("万元 total at its precision covers the 元 sum", "单位：万元\n" + CAPTION + table("项目|预算数|执行数", "甲|26.31|10.00", "乙|0.00|3.25", "合计|26.31|13.25"), []),
    ("rounded items may add to a total one cent off", CAPTION + table("项目|金额(万元)", "甲|1.33", "乙|1.33", "丙|1.33", "合计|4.00"), []),
    ("total over subtotals", CAPTION + table("项目|金额(元)", "甲|1.00", "乙|2.00", "小计|3.00", "丙|4.00", "丁|5.00", "小计|9.00", "合计|13.00"),
     [(8, 2, "13.00", "12.00")]),
    # a 小计 for one group, then rows of no group, then the 合计 (青岚, held out, experiments): the 合计 adds the 小计 and them;
    # a 小计 named by its group ("城乡低保小计") is a 小计
    ("a 小计, rows of no group, the 合计", CAPTION + table("项目|金额(元)", "甲|1.00", "乙|2.00", "小计|3.00", "丙|4.00", "丁|5.00", "合计|12.00"), []),
    ("a 小计, rows of no group, the 合计 off", CAPTION + table("项目|金额(元)", "甲|1.00", "乙|2.00", "小计|3.00", "丙|4.00", "丁|5.00",
                                                          "合计|13.00"), [(7, 2, "13.00", "12.00")]),
    ("a 小计 named by its group", CAPTION + table("项目|金额(元)", "甲|1.00", "乙|2.00", "城乡低保小计|3.00", "丙|4.00", "丁|5.00",
                                               "合计|12.00"), []),
    ("a wrong subtotal", CAPTION + table("项目|金额(元)", "甲|1.00", "乙|2.00", "小计|4.00", "丙|4.00", "丁|5.00", "小计|9.00", "合计|13.00"),
     [(4, 2, "4.00", "3.00")]),
    ("rates are not summed", CAPTION + table("项目|金额(元)|占比%", "甲|1.00|50.00", "乙|1.00|50.00", "合计|2.00|90.00"), []),
    ("group subtotal column", CAPTION + table("小计(元)|人员(元)|商品(元)|明细", "30.00|10.00||甲", "|20.00||乙", "7.00||3.00|丙", "||3.00|丁"),
     [(4, 1, "7.00", "6.00")]),
    ("group subtotal column worded 小计金额 (writer S)", CAPTION + table("小计金额（元）|人员(元)|商品(元)|明细", "30.00|10.00||甲", "|20.00||乙",
                                                                    "7.00||3.00|丙", "||3.00|丁"), [(4, 1, "7.00", "6.00")]),
    # columns named by year, with a 合计 column (槐安 表1, 表3); a plan beside them is no item of their total (表4)
    ("year columns", "表1 分来源预算\n单位：万元\n" + table("资金来源|2022年|2023年|2024年|合计|占比", "中央|1,280.00|1,350.00|1,196.00|3,826.00|48.16%",
                                                     "省级|420.00|465.00|438.00|1,323.00|16.65%", "合计|1,700.00|1,815.00|1,634.00|5,149.00|64.81%"), []),
    ("year columns, a row off", "表1 分来源预算\n单位：万元\n" + table("资金来源|2022年|2023年|2024年|合计|占比", "中央|1,280.00|1,350.00|1,196.00|3,826.00|48.16%",
                                                            "省级|420.00|465.00|438.00|1,332.00|16.65%", "合计|1,700.00|1,815.00|1,634.00|5,149.00|64.81%"),
     [(4, 5, "5,149.00", "5,158.00"), (3, 5, "1,332.00", "1,323.00")]),
    ("a plan beside the years", "表4 产出\n" + table("指标|三年计划|2022年|2023年|2024年|三年合计", "演出（场）|1,140|356|372|388|1,116",
                                                 "培训（人次）|3,600|1,160|1,150|1,110|3,420"), []),
    # 汇总 as a total row (writer O)
    ("汇总 row", CAPTION + table("项目|支出金额", "甲|10.00", "乙|20.00", "丙|30.00", "汇总|70.00"), [(5, 2, "70.00", "60.00")]),
    # coded rows of two levels in one column (琅川 表8): each 二级 code heads the 三级 codes that extend it
    ("coded levels", CAPTION + table("指标|权重|实得分", "C1产出数量|7|6.50", "C11培训完成率|4|4.00", "C12补贴户数完成率|3|2.50",
                                     "C2产出质量|6|5.00", "C21合格率|3|2.00", "C22精准率|3|3.00", "合计|13|11.50"), []),
    ("coded levels, a 二级 off", CAPTION + table("指标|权重|实得分", "C1产出数量|7|6.50", "C11培训完成率|4|4.00", "C12补贴户数完成率|3|2.50",
                                               "C2产出质量|6|6.00", "C21合格率|3|2.00", "C22精准率|3|3.00", "合计|13|11.50"),
     [(5, 3, "6.00", "5.00"), (8, 3, "11.50", "12.50")]),
    # numbered groups with their 其中 rows (莲溪 表2): the 合计 adds the 一、二、三; each group adds its own rows
    ("numbered groups and their rows", CAPTION + table("支出方向|支出金额", "一、校舍改造|1,102.46", "其中：宿舍|612.30", "食堂|327.88",
                                                     "厕所|162.28", "二、教学装备|583.25", "其中：仪器|214.60", "图书|96.45",
                                                     "课桌椅|262.20", "三、信息化建设|370.46", "合计|2,056.17"),
     [(6, 2, "583.25", "573.25")]),
    ("a subtotal column named for what it totals (writer I)",
     CAPTION + table("分类小计(元)|人员(元)|商品(元)|明细", "30.00|10.00||甲", "|20.00||乙", "7.00||3.00|丙", "||3.00|丁"),
     [(4, 1, "7.00", "6.00")]),
    ("a share of the total is no total column", CAPTION + table("项目|金额(元)|合计占比", "甲|1.00|0.50", "乙|1.00|0.50"), []),
    # a row-total column adds the columns on one side of it: 实际支出 to the right of 小计 is another quantity (东临)
    ("a row total with another quantity beside it", CAPTION + table("年度|中央|省级|小计|实际支出", "2022|6.00|4.00|10.00|9.50",
                                                                    "2023|7.00|3.00|10.00|9.00", "2024|5.00|5.00|10.00|8.00"), []),
    ("a row total with another quantity beside it, one off", CAPTION + table("年度|中央|省级|小计|实际支出", "2022|6.00|4.00|10.00|9.50",
                                                                             "2023|7.00|3.00|11.00|9.00", "2024|5.00|5.00|10.00|8.00"),
     [(3, 4, "11.00", "10.00")]),
    ("row-sum 合计 column", CAPTION + table("单位|合计|基本支出|项目支出", "甲|10.00|4.00|6.00", "乙|11.00|4.00|6.00", "丙|5.00|2.00|3.00"),
     [(3, 2, "11.00", "10.00")]),
    ("an unreadable item is not checked", CAPTION + table("项目|金额(元)", "甲|1.00", "乙|2.00元左右", "合计|4.00"), []),
    ("regression: 小计 rows under a group name merged down",
     CAPTION.replace("\n\n", "\n\n") + "<table><tr><td>项目</td><td>年度</td><td>金额(万元)</td></tr>"
     "<tr><td rowspan=\"3\">竞赛补贴</td><td>2021</td><td>605.00</td></tr><tr><td>2022</td><td>1770.00</td></tr>"
     "<tr><td>小计</td><td>2375.00</td></tr><tr><td rowspan=\"2\">基地补助</td><td>2021</td><td>1600.00</td></tr>"
     "<tr><td>小计</td><td>1600.00</td></tr><tr><td colspan=\"2\">总计</td><td>3975.00</td></tr></table>\n", []),
    ("regression: unmarked level subtotals (sum is twice the total)",
     CAPTION + table("指标名称|权重|指标得分", "B1组织实施|13.00|4.13", "B101管理制度|5.00|3.33", "B102制度执行|8.00|0.80",
                     "B2资金管理|12.00|7.34", "B201预算执行率|5.00|3.34", "B202资金制度|7.00|4.00", "合计|25.00|11.47"), []),
    ("其中 line larger than its whole", table("资金情况（万元）|预算安排资金|4902.89|实际到位资金|6847.87",
                                        "|其中：财政拨款收入|6847.87|其中：财政拨款收入|6847.87"), [(2, 3, "6847.87", "≤ 4902.89")]),
    ("其中 line within its whole", table("资金情况（万元）|预算安排资金|6847.87", "|其中：财政拨款收入|6847.87"), []),
    ("years are not amounts", CAPTION + table("年度|金额(万元)", "2022|1.00", "2023|2.00", "合计|3.00"), []),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path, "case.md" if "<table>" in text else "case.txt")
    got = [(f.location.row, f.location.col, f.actual, f.expected) for f in findings]
    assert got == want
    assert all(f.rule == check.ID and f.severity == "error" for f in findings)


def test_unreadable_item_is_counted_as_not_checked(tmp_path):
    text = next(t for name, t, _ in CASES if name == "an unreadable item is not checked")
    _, cov = run_check(check, text, tmp_path)
    assert cov.examined == 0 and len(cov.not_checked) == 1


# ---------------------------------------------------------------- the reference report

def _found(path_or_result):
    result = path_or_result if hasattr(path_or_result, "findings") else check_file(str(path_or_result))
    return {(f.location.caption or f.location.table_title, f.location.row, f.location.col, f.actual, f.expected)
            for f in result.findings if f.rule == check.ID}


REFERENCE_TXT = {
    ("一、项目基本情况", 8, 3, "6847.87", "≤ 4902.89"),
    ("部门基本资金支出", 3, 2, "6,903,098.13", "6,337,229.84"),
    ("部门基本资金支出", 11, 2, "1,082,504.93", "1,077,244.93"),
    ("部门基本资金支出", 31, 2, "8,422,900.00", "8,422,864.70"),
    ("部门基本资金支出", 31, 3, "7,340,359.77", "6,774,491.48"),
    ("部门基本资金支出", 31, 4, "1,082,504.93", "1,077,244.93"),
    ("表1：部门基本资金支出明细表", 3, 2, "6,903,098.13", "6,337,229.84"),
    ("表1：部门基本资金支出明细表", 11, 2, "1,082,504.93", "1,077,244.93"),
    ("表1：部门基本资金支出明细表", 31, 2, "8,422,900.00", "8,422,864.70"),
    ("表1：部门基本资金支出明细表", 31, 3, "7,340,359.77", "6,774,491.48"),
    ("表1：部门基本资金支出明细表", 31, 4, "1,082,504.93", "1,077,244.93"),
    ("表2：部门项目支出明细表", 28, 2, "60,055,806.20", "59,898,941.20"),
}


def test_reference_txt():
    assert _found(reference_result("txt")) == REFERENCE_TXT


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_reference_docx_pdf(form):
    """The body 表1 of the Word/PDF forms has three items glued into one row (see test_reference_report):
    the totals over them are not checked there; every other total is found as in the text form."""
    got = _found(reference_result(form))
    body = "表1：部门基本资金支出明细表"
    assert {x for x in got if x[0] != body} == {x for x in REFERENCE_TXT if x[0] != body}
    assert {x[3:] for x in got if x[0] == body} == {("6,903,098.13", "6,337,229.84"), ("8,422,900.00", "8,422,864.70")}


def test_mutation_txt_one_item_changed(tmp_path):
    """The abstract's 表2 adds up; change one item, exactly that total is reported."""
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    assert text.count("\t43,580.00\t行政运行") == 2
    mutated = text.replace("\t43,580.00\t行政运行", "\t43,680.00\t行政运行", 1)
    path = tmp_path / "m.txt"
    path.write_text(mutated, encoding="utf-8")
    new = _found(path) - REFERENCE_TXT
    assert new == {("项目", 28, 2, "60,055,806.20", "60,055,906.20")}
    assert _found(path) >= REFERENCE_TXT


def test_mutation_docx_fixing_an_item_removes_exactly_its_findings(tmp_path):
    """Put the body 表2's 老龄卫生健康事务 back to 15,626.66 and restore the dropped line: its total agrees."""
    src = REFERENCE["docx"]
    dst = tmp_path / "m.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                assert xml.count("60,055,806.20") >= 2
                # the body 合计 is the last 60,055,806.20: state the sum the items give
                head, _, tail = xml.rpartition("60,055,806.20")
                xml = head + "59,898,941.20" + tail
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    got = _found(dst)
    assert ("表2：部门项目支出明细表", 28, 2, "60,055,806.20", "59,898,941.20") not in got
    assert not any(x[0] == "表2：部门项目支出明细表" for x in got)
    assert len(got) == len(_found(reference_result("docx"))) - 1


TEXT_CASES = [
    ("parts add up", "部门全年支出6847.87万元，其中基本支出842.29万元，项目支出6005.58万元，执行率100%。", []),
    ("parts exceed the whole", "部门全年支出6847.87万元，其中基本支出842.29万元，项目支出6015.58万元。", [("error", "6857.87万元")]),
    ("parts short of the whole", "部门全年支出6847.87万元，其中基本支出842.29万元，项目支出5005.58万元。", [("warning", "5847.87万元")]),
    ("parts in 元 under a 万元 total", "全年支出6847.87万元，其中基本支出8,422,900.00元，项目支出60,055,806.20元。", []),
    ("one part only has to fit", "预算安排资金4902.89万元，其中财政拨款收入4000.00万元。", []),
    ("one part larger than the whole", "预算安排资金4902.89万元，其中财政拨款收入6847.87万元。", [("error", "6847.87万元")]),
    # 其中 opening the next sentence, each amount before its use (a 池州 自评报告)
    ("parts after a full stop", "本项目共完成预算资金89.97万元。其中：30.00万元用于预算编制；30.00万元用于审计；29.97万元用于设计、规划、测绘。", []),
    ("parts after a full stop exceed", "本项目共完成预算资金89.96万元。其中：30.00万元用于预算编制；30.00万元用于审计；29.99万元用于设计、规划、测绘。",
     [("error", "89.99万元")]),
    # the whole said again in brackets before its 其中 (沱阳 资金来源; 大写 amounts in 预算 notices)
    ("the whole restated in brackets", "项目预算安排补助资金15,950.00万元（约1.60亿元），其中中央财政补助资金9,862.40万元、省级财政补助资金2,318.60万元、"
     "市级财政补助资金624.00万元、县级财政配套资金3,145.00万元。", []),
    ("the whole restated in brackets, off", "项目预算安排补助资金15,950.00万元（约1.60亿元），其中中央财政补助资金9,862.40万元、省级财政补助资金"
     "2,318.60万元、市级财政补助资金624.00万元、县级财政配套资金3,415.00万元。", [("error", "16,220.00万元")]),
    ("the whole in words in brackets, off", "下达资金120.00万元（大写：壹佰贰拾万元整），其中设备购置80.00万元，培训50.00万元。",
     [("error", "130.00万元")]),
    # a budget and its changes in one sentence (青屿 1.2.2; 清溪 "年初预算5,862.40万元，年中追加预算1,203.55万元，调整后预算7,065.95万元")
    ("adjusted budget agrees", "年初预算5,862.40万元，年中追加预算1,203.55万元，调整后预算7,065.95万元。", []),
    ("adjusted budget, added and cut, agrees", "年初预算500.00万元，年中追加30.00万元，调减10.00万元，调整后预算520.00万元。", []),
    ("adjusted budget off", "区市场监管局年初预算6,108.00万元，年中追加食品安全专项抽检、特种设备隐患排查等经费324.00万元，"
     "调整后预算6,504.00万元，预算调整率5.24%。", [("error", "6,432.00万元")]),
    ("no change named between", "年初预算500万元，因项目调整，调整后预算540万元。", []),
    # a span's total and its years in brackets, without 其中 (槐安): less is as sure as more, the years being every part
    ("year by year in brackets, off", "三年累计开展送戏下乡演出1,126场（2022年356场、2023年372场、2024年388场）。", [("error", "1,116场")]),
    ("year by year in brackets, agrees", "三年累计开展送戏下乡演出1,116场（2022年356场、2023年372场、2024年388场）。", []),
    # the parts in brackets (河南 技能竞赛 附件2)
    ("bracketed parts", "截止现场调研时，实际支付资金3749.95万元（其中：2023年支出3218.95万元，2024年支出531万元），应结余1015.05万元。", []),
    ("bracketed parts exceed", "截止现场调研时，实际支付资金3749.95万元（其中：2023年支出3218.95万元，2024年支出631万元），应结余1015.05万元。",
     [("error", "3849.95万元")]),
    # counts of sibling kinds (河南 摘要; 肃南 养老保险待遇, with words between the whole and its 其中; 肃南 培训 期/人)
    ("counts add up", "2021至2024年，共计开展赛项525个，其中：三届省赛195个，一类赛153个、二类赛135个、专项赛42个，共计补贴7455.00万元。", []),
    ("counts exceed", "2021至2024年，共计开展赛项525个，其中：三届省赛195个，一类赛163个、二类赛135个、专项赛42个，共计补贴7455.00万元。",
     [("error", "535个")]),
    ("persons with words before 其中", "全年共为8633名人员发放养老保险待遇（其中：企业职工养老保险待遇领取1609人；机关事业单位养老保险待遇领取1600人；"
     "城乡居民养老保险待遇领取5327人；工伤保险待遇领取21人；失业保险待遇领取76人）。", []),
    ("persons exceed", "全年共为8633名人员发放养老保险待遇（其中：企业职工养老保险待遇领取1609人；机关事业单位养老保险待遇领取1600人；"
     "城乡居民养老保险待遇领取5427人；工伤保险待遇领取21人；失业保险待遇领取76人）。", [("error", "8733名")]),
    ("the measure before 其中", "开展职业技能培训13期500人（其中就业技能培训8期300人，企业职工培训2期100人，创业培训3期100人）。", []),
    ("counts are exact: one over is over", "共计开展赛项525个，其中：三届省赛195个，一类赛154个、二类赛135个、专项赛42个。",
     [("error", "526个")]),
    # a list ends at a stop stronger than the one between its parts (清溪 卫健局)
    ("a carried-over balance is a part", "全年实际到位资金7,065.95万元，其中一般公共预算财政拨款收入6,524.35万元、政府性基金预算财政拨款收入"
     "180.00万元、事业收入246.80万元、其他收入38.10万元、上年结转结余76.70万元。", []),
    ("the list ends at a comma after 、", "部门决算支出6,812.37万元，其中基本支出2,576.19万元、项目支出4,236.18万元，年末结转结余253.58万元。", []),
    ("the list ends at a semicolon after 、", "部门核定编制68名，其中行政编制18名、事业编制52名；年末在职人员65人，退休人员31人。",
     [("error", "70名")]),
    ("a list cut short names some parts", "项目支出4,236.18万元，其中基本公共卫生服务补助资金1,612.45万元、计划生育家庭奖励扶助资金735.60万元，"
     "两项合计占项目支出的55.43%。", []),
    # the total after its items
    ("the total after its items", "按资金来源划分，中央补助资金1,862.40万元，省级补助资金936.25万元，县级安排资金1,437.53万元，合计4,236.18万元。", []),
    ("the total after its items, off", "按资金来源划分，中央补助资金1,862.40万元，省级补助资金936.25万元，县级安排资金1,447.53万元，合计4,236.18万元。",
     [("error", "4,246.18万元")]),
    # 其中 opening the next sentence after a sentence of several amounts breaks down which one is a guess (靖川, held out);
    # after a sentence of one amount it is that one
    ("其中 after a sentence of several amounts", "全年决算支出12,983.12万元，预算执行率97.60%，年末结转结余319.26万元。"
     "其中：基本支出决算8,893.27万元，项目支出决算4,089.85万元。", []),
    ("其中 after a sentence of one amount", "全年安排资金60.00万元。其中：30.00万元用于甲；40.00万元用于乙。", [("error", "70.00万元")]),
    # items set apart by semicolons, the total after the last (修阳 held out: "……5,993.00万元；……；合计9,196.00万元")
    ("the total after semicolon items", "从资金投向看，产业类项目九个，安排资金5,993.00万元；基础设施类项目五个，安排资金2,738.00万元；"
     "就业类项目一个，安排资金420.00万元；合计9,196.00万元。", [("warning", "9,151.00万元")]),
    ("the total after semicolon items, agrees", "从资金投向看，产业类项目九个，安排资金5,993.00万元；基础设施类项目五个，安排资金2,783.00万元；"
     "就业类项目一个，安排资金420.00万元；合计9,196.00万元。", []),
    ("the total after a 其中 list leaves the whole out", "全年收入5,000.00万元，其中财政拨款4,000.00万元，其他收入1,000.00万元，合计5,000.00万元。", []),
    # a total broken down with 分别为, the last part after 和; a total after its items with words between (东临)
    ("分别为 after the whole", "三年累计实际支出30,575.53万元，分年度分别为10,352.46万元、11,208.75万元和9,196.32万元，综合预算执行率93.83%。",
     [("error", "30,757.53万元")]),
    ("分别为 after the whole, agrees", "三年累计实际支出30,757.53万元，分年度分别为10,352.46万元、11,208.75万元和9,196.32万元。", []),
    ("a total after its items, words between", "2022年改造86个、2023年改造102个、2024年改造74个，三年合计改造老旧小区226个；按类型分，基础类149个。",
     [("error", "262个")]),
    ("a total after its items, words between, agrees", "2022年改造50个、2023年改造102个、2024年改造74个，三年合计改造老旧小区226个。", []),
    # "三项合计" says the list is whole, so a total above its items is reported too (莲溪); a numbered 合计 that does not
    # match the list's length says nothing
    ("三项合计 short of its total", "从支出结构看，校舍改造支出1,102.46万元，教学装备购置支出583.25万元，信息化建设支出370.46万元，三项合计2,065.17万元。",
     [("warning", "2,056.17万元")]),
    ("四项合计 over three listed", "从支出结构看，校舍改造支出1,102.46万元，教学装备购置支出583.25万元，信息化建设支出370.46万元，四项合计2,065.17万元。",
     []),
    # lengths (桐溪 rural roads): summed at their stated precision
    ("lengths add up", "全县农村公路总里程1,312.6公里，其中县道312.4公里、乡道418.9公里、村道581.3公里。", []),
    ("lengths exceed", "全县农村公路总里程1,312.6公里，其中县道312.4公里、乡道438.9公里、村道581.3公里。", [("error", "1,332.6公里")]),
    # counts short of the whole: a 其中 list of counts often names only some kinds
    ("counts short say nothing", "共计开展赛项525个，其中：一类赛153个、二类赛135个。", []),
    # kinds that may overlap (女性, 少数民族) are not summed
    ("overlapping kinds say nothing", "共培训500人，其中女性300人、少数民族250人。", []),
    # the list ends where a clause states another quantity or opens a subset (河南 C101)
    ("the list ends at a subset", "当年计划安排补贴26个赛事146个赛项，其中：第一届省赛45个赛项，一类赛9个赛事34个赛项，二类赛36个赛事中，"
     "符合补贴条件的13个赛事包含36个赛项，专项赛3个赛事31个赛项，实际补贴完成131个赛项。", []),
    # "第2批次", "第3期" are ordinals, no part (岚溪, held out); the same counts without 第 are parts
    ("an ordinal is no part", "全年共拨付膳食补助资金12批次，其中11批次按规定时限拨付，秋季学期第2批次因学生信息核对延迟拨付。", []),
    ("an ordinal 次 is no part", "全年开展督查8次，其中7次按计划开展，第 3 次因故推迟。", []),
    ("counts without 第 are parts", "全年共拨付膳食补助资金12批次，其中11批次按规定时限拨付，2批次延迟拨付。", [("error", "13批次")]),
    ("the noun picks the count", "当年计划安排补贴26个赛事146个赛项，其中：第一届省赛45个赛项，一类赛9个赛事134个赛项。", [("error", "179个")]),
]


@pytest.mark.parametrize("name, text, want", TEXT_CASES, ids=[c[0] for c in TEXT_CASES])
def test_text_totals(tmp_path, name, text, want):
    findings, cov = run_check(check, text + "\n", tmp_path)
    assert [(f.severity, f.expected) for f in findings] == want
    assert cov.examined == (0 if name in ("no change named between", "其中 after a sentence of several amounts") else 1)


def test_mutation_txt_one_count_of_a_list(tmp_path):
    """The reference's 养老保险待遇 list adds up to its 8633 in both copies (the 指标分析 and the 评分表); retype
    one part in the first copy only: exactly one finding, at that paragraph, with the wrong sum."""
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    part = "城乡居民养老保险待遇领取 5327 人"
    assert text.count(part) == 2
    path = tmp_path / "m.txt"
    path.write_text(text.replace(part, "城乡居民养老保险待遇领取 5372 人", 1), encoding="utf-8")
    new = [f for f in check_file(str(path)).findings if f.rule == check.ID and f.location.table is None]
    assert [(f.severity, f.actual, f.expected) for f in new] == [("error", "8633名", "8678名")]
    first_line = text[: text.index(part)].count("\n") + 1
    assert new[0].location.line == first_line


def test_a_group_name_merged_down_is_not_the_items_name(tmp_path):
    """A Word 表3 with 公用经费 merged down its first column (清溪): the items are 办公费, 印刷费, the total is 小计."""
    text = (CAPTION + "<table><tr><td>类别</td><td>科目</td><td>决算数</td></tr>"
            "<tr><td rowspan=\"3\">公用经费</td><td>办公费</td><td>38.64</td></tr><tr><td>印刷费</td><td>6.20</td></tr>"
            "<tr><td>小计</td><td>47.84</td></tr></table>\n")
    findings, _ = run_check(check, text, tmp_path, name="t.md")
    (f,) = findings
    assert f.message.startswith("「小计」行") and f.evidence.startswith("办公费 38.64、印刷费 6.20")
