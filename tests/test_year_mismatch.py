"""RL304 year-mismatch: cases and mutations."""

import pytest
import reportlint.checks.year_mismatch as check
from casekit import run_check
from conftest import REFERENCE, reference_result

from reportlint.engine import check_file

COVER = "2024年度某县人力资源和社会保障局部门整体支出绩效评价报告\n\n二〇二五年八月\n\n"

CASES = [
    ("consistent", COVER + "于2025年6-8月期间开展评价。\n\n评价日期：2025年8月1日\n\n2024年度某局绩效评价指标体系评分表\n", []),
    ("questionnaire of last year", COVER + "2023年某局部门整体支出绩效评价调查问卷（工作人员）\n", ["2023"]),
    ("budget approval of another year", COVER + "根据《某县财政局关于批复2023年部门预算的通知》（某财发〔2024〕77号）。\n", ["2024"]),
    ("evaluation date outside the work period", COVER + "于2025年6-8月期间开展评价。\n\n评价日期：2025年9月1日\n", ["评价日期：2025年9月1日"]),
    ("date with leading zeros", COVER + "成文日期：2025年08月01日\n", ["2025年08月01日"]),
    # a cover form's 报告日期 field (岳阳 2018 自评报告: "报告日期:2019年06月18日") is no 公文 date
    ("a form's report date with leading zeros", COVER + "报告日期：2025年08月01日\n", []),
    # the work span in days (桐溪) or months (河南 "于2025年4月至5月"); a survey's own span is part of the work, not it
    ("evaluation date before a span in days", COVER + "评价组于2025年4月7日至5月30日对该项目开展绩效评价。\n\n"
     "评价组于2025年4月21日至4月30日开展问卷调查。\n\n评价日期：2025年3月28日\n", ["评价日期：2025年3月28日"]),
    ("evaluation date inside a span in months", COVER + "评价组于2025年4月至5月对该项目开展绩效评价。\n\n评价日期：2025年5月28日\n", []),
    # a work paper titled after its place, the title on a line of its own above its text
    ("questionnaire of last year after its place", COVER + "桐溪县2023年度农村公路养护项目群众满意度调查问卷统计\n"
     "评价组在全县12个乡镇开展问卷调查，共发放问卷210份\n", ["2023"]),
    ("a sentence about last year's survey is no title", COVER + "根据2023年度满意度调查问卷，群众满意度为85%。\n", []),
    ("cover dated in the period", "2024年度某局部门整体支出绩效评价报告\n\n二〇二四年十二月\n", ["二〇二四年十二月"]),
    # a cited document issued after the report (沱阳 / 梅川 a 〔2026〕 notice in a report of 二〇二五年七月; 潆江 an
    # issue date after the 填报日期); the report's own date from its cover, a labelled line or its sign-off
    ("a document of a later year", COVER + "根据《某市财政局关于开展重点绩效评价工作的通知》（某财绩〔2026〕6号）开展评价。\n",
     ["某财绩〔2026〕6号"]),
    ("a document of the report's year", COVER + "根据《某市财政局关于开展重点绩效评价工作的通知》（某财绩〔2025〕6号）开展评价。\n", []),
    ("an issue date after the report", "2024年度某项目支出绩效自评报告\n\n填报日期：2025年3月28日\n\n"
     "7.《某县财政局关于做好自评结果应用工作的通知》（某财绩〔2025〕21号，2025年5月16日印发）；\n", ["某财绩〔2025〕21号"]),
    ("an issue date before the report", "2024年度某项目支出绩效自评报告\n\n填报日期：2025年3月28日\n\n"
     "7.《某县财政局关于开展自评工作的通知》（某财绩〔2025〕3号，2025年2月14日印发）；\n", []),
    ("an issue date before the title (琅川)", "2024年度某政策绩效评价报告\n\n报告日期：二〇二五年六月\n\n"
     "市人社局已于2025年7月15日印发《关于进一步规范补贴审核发放的通知》（某人社发〔2025〕37号），建议抓好落实。\n",
     ["某人社发〔2025〕37号"]),
    ("an issue date before the title, earlier", "2024年度某政策绩效评价报告\n\n报告日期：二〇二五年六月\n\n"
     "市人社局已于2025年3月15日印发《关于进一步规范补贴审核发放的通知》（某人社发〔2025〕37号）。\n", []),
    # a date that does not exist (青屿 "现场评价（2025年3月31日至4月31日）"); one quoted from another document is its own
    ("a date that does not exist", COVER + "现场评价（2025年3月31日至4月31日）：实地核查。\n", ["4月31日"]),
    ("29 February of a leap year", COVER + "于2024年2月29日完成。\n", []),
    ("29 February of another year", COVER + "于2025年2月29日完成。\n", ["2025年2月29日"]),
    ("a quoted date is the quoted document's", COVER + "通知中规定“省级各类竞赛活动原则上应于2023年11月31日前完成”，不够严谨。\n", []),
    ("the sign-off date at the end", "2024年度某项目支出绩效自评报告\n\n正文。\n\n依据《某通知》（某财绩〔2026〕2号）。\n\n某县水利局\n\n2025年3月28日\n",
     ["某财绩〔2026〕2号"]),
    # a survey dated outside the one work span the report gives (沱阳, 梅川); inside it, or without a span, silent
    ("a survey after the work", COVER + "评价组于2025年4月14日至6月27日对该项目开展了绩效评价。\n\n"
     "满意度问卷调查于2025年7月3日至7月9日开展。\n", ["2025年7月3日至7月9日"]),
    ("a survey within the work", COVER + "评价组于2025年4月14日至6月27日对该项目开展了绩效评价。\n\n"
     "满意度问卷调查于2025年5月3日至5月9日开展。\n", []),
    ("a survey's labelled time outside the work (槐安 附件2)", COVER + "评价组于2025年4月14日至7月18日对该项目开展了绩效评价。\n\n"
     "调查时间：2024年5月12日至5月25日；发放问卷420份。\n", ["2024年5月12日至5月25日"]),
    ("a survey within a span in months", COVER + "评价组于2025年4月至6月对该项目开展了绩效评价。\n\n"
     "评价组于2025年6月3日至30日开展问卷调查。\n", []),
    # a span that ends before it starts (淮岭, held out), in the shapes spans take; one running into the next year is not
    ("a span ending before it starts", COVER + "3.分析评价及报告撰写阶段（2025年4月21日—2025年4月11日）。\n",
     ["2025年4月21日—2025年4月11日"]),
    ("a span ending before it starts, day only", COVER + "现场核查于2025年5月20日至12日进行。\n", ["2025年5月20日至12日"]),
    ("a span ending before it starts, month given", COVER + "资料收集：2025年5月20日至5月2日。\n", ["2025年5月20日至5月2日"]),
    ("a span into the next year", COVER + "前期准备：2024年12月20日至1月5日。\n", []),
    ("a span in order", COVER + "报告撰写阶段（2025年4月11日—2025年4月21日）。\n", []),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, cov = run_check(check, text, tmp_path)
    assert [f.actual for f in findings] == want
    assert cov.examined >= 1


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    got = sorted((f.actual, f.expected) for f in reference_result(form).findings if f.rule == check.ID)
    # the questionnaire headed 2023, and the 2023 budget approval cited with 〔2024〕 numbers in three spellings
    assert got == [("2023", "2024"), ("2024", "2023"), ("2024", "2023"), ("2024", "2023")]


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "评价日期：2025年8月1日"
    assert text.count(old) == 2
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "评价日期：2025年10月1日", 1), encoding="utf-8")
    got = [f.actual for f in check_file(str(path)).findings if f.rule == check.ID and f.actual.startswith("评价日期")]
    assert got == ["评价日期：2025年10月1日"]


@pytest.mark.parametrize("cover, year", [
    ("2024年度某县人力资源和社会保障局部门整体支出绩效评价报告\n", 2024),
    ("红河州数据发展中心2024年度项目支出绩效单位自评报告\n", 2024),  # a unit's 自评报告 (红河, 2025)
    ("附件:\n\n项目支出绩效自评表\n\n(2022年度)\n", 2022),  # 池州 自评表: the year on the next line
    ("岳阳市2018年度部门整体支出\n\n绩效评价自评报告\n", 2018),
    ("某县人力资源和社会保障局工作总结\n", None),
])
def test_the_evaluated_year_is_read_from_titles_of_every_kind(tmp_path, cover, year):
    from reportlint.readers import read

    path = tmp_path / "c.txt"
    path.write_text(cover, encoding="utf-8")
    assert check.evaluated_year(read(str(path))) == year
