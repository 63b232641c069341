"""The reference report (fixtures/sunan-hrss-2024.*): what must be read from it, the same in all three forms."""

from decimal import Decimal

import pytest

from reportlint.figures import figures_in_table
from reportlint.indicators import extract_indicators

FORMS = ("txt", "docx", "pdf")

# (一级, 一级分值, 二级, 二级分值, 三级, 分值, 得分) as the scoring table 附件1 states them
INDICATORS = [
    ("决策", 15, "目标设定", 9, "年度绩效目标合理性", 3, 3),
    ("决策", 15, "目标设定", 9, "年度绩效指标明确性", 4, 4),
    ("决策", 15, "目标设定", 9, "年度工作计划明确性", 2, 1),
    ("决策", 15, "预算配置", 6, "编制人员控制率", 2, 2),
    ("决策", 15, "预算配置", 6, "临聘人员控制率", 2, 2),
    ("决策", 15, "预算配置", 6, "重点支出安排率", 2, 2),
    ("过程", 24, "预算执行", 12, "基本支出预算执行率", 3, 3),
    ("过程", 24, "预算执行", 12, "项目支出预算执行率", 3, 3),
    ("过程", 24, "预算执行", 12, "预算调整率", 2, 2),
    ("过程", 24, "预算执行", 12, "“三公”经费控制率", 1, 0),
    ("过程", 24, "预算执行", 12, "项目资金结余率", 1, 1),
    ("过程", 24, "预算执行", 12, "政府采购执行率", 2, 2),
    ("过程", 24, "资金管理", 6, "财务管理制度健全性", 2, 2),
    ("过程", 24, "资金管理", 6, "资金使用合规性", 2, 2),
    ("过程", 24, "资金管理", 6, "预决算信息公开性", 2, 2),
    ("过程", 24, "资产管理", 4, "资产管理制度健全性", 2, 2),
    ("过程", 24, "资产管理", 4, "资产管理安全性", 2, 2),
    ("过程", 24, "档案管理", 2, "档案归存完备性", 2, 1),
    ("产出", 33, "数量指标", 13, "深入实施就业优先战略", 3, 3),
    ("产出", 33, "数量指标", 13, "社会参保服务工作", 4, 4),
    ("产出", 33, "数量指标", 13, "机关建设与人社服务", 3, 3),
    ("产出", 33, "数量指标", 13, "人事人才服务质量", 3, 3),
    ("产出", 33, "质量指标", 13, "深入实施就业优先战略成效", 4, 4),
    ("产出", 33, "质量指标", 13, "社会参保服务工作效率", 3, 3),
    ("产出", 33, "质量指标", 13, "机关建设与人社服务实效", 3, 3),
    ("产出", 33, "质量指标", 13, "人事人才服务成效", 3, 3),
    ("产出", 33, "时效指标", 7, "资金到位及时性", 4, 4),
    ("产出", 33, "时效指标", 7, "及时足额发放", 3, 3),
    ("效益", 28, "经济效益", 8, "社会基本资金利用", 4, 4),
    ("效益", 28, "经济效益", 8, "社会服务综合效益水平", 4, 4),
    ("效益", 28, "社会效益", 8, "维护劳动者的合法权益", 4, 4),
    ("效益", 28, "社会效益", 8, "筑牢民生安全屏障", 4, 4),
    ("效益", 28, "生态效益", 8, "改善生活生态环境", 8, 8),
    ("效益", 28, "满意度", 4, "服务对象满意度", 4, 4),
]


def _as_tuples(indicators):
    return [
        (i.level1, i.level1_points.value, i.level2, i.level2_points.value, i.name, i.points.value, i.score.value)
        for i in indicators
    ]


@pytest.mark.parametrize("form", FORMS)
def test_indicator_system(reference_docs, form):
    indicators = extract_indicators(reference_docs[form])
    assert _as_tuples(indicators) == [tuple(Decimal(x) if isinstance(x, int) else x for x in row) for row in INDICATORS]
    assert len({i.level2 for i in indicators}) == 13
    assert len({i.level1 for i in indicators}) == 4


def test_indicator_texts_agree_across_forms(reference_docs):
    texts = {
        form: [(i.rule, i.reason) for i in extract_indicators(reference_docs[form])] for form in FORMS
    }
    assert texts["txt"] == texts["docx"] == texts["pdf"]
    rule = dict(zip([row[4] for row in INDICATORS], [r for r, _ in texts["pdf"]], strict=True))["重点支出安排率"]
    assert "重点支出安排率≥80%得2分" in rule
    reasons = [r for _, r in texts["pdf"]]
    assert reasons[1].endswith("得3分。")  # 年度绩效指标明确性: its reason says 3, its column 4


def test_indicator_rows_are_located_in_the_scoring_table(reference_docs):
    pdf = extract_indicators(reference_docs["pdf"])
    assert pdf[0].location.page == 36
    assert pdf[-1].location.page == 49
    assert all(i.location.table == pdf[0].location.table for i in pdf)


def _budget_tables(doc):
    return {t.caption[:2].replace(" ", ""): t for t in doc.tables if t.caption and t.caption.replace(" ", "")[:2] in ("表1", "表2")}


def _amounts(table):
    return [(f.number.text, f.location.row, f.location.col, f.label) for f in figures_in_table(table) if f.kind == "amount"]


def test_table2_amounts_agree_across_forms(reference_docs):
    amounts = {form: _amounts(_budget_tables(reference_docs[form])["表2"]) for form in FORMS}
    assert amounts["txt"] == amounts["docx"] == amounts["pdf"]
    assert len(amounts["pdf"]) == 27  # 下达资金, 25 items, 合计
    assert amounts["pdf"][-1][0] == "60,055,806.20" and amounts["pdf"][-1][3].startswith("合计")
    # the row the text conversion slid into the 下达资金 column is back under 支出金额
    assert ("980,000.00", 15, 2, "财政对企业职工基本养老保险基金的补助 支出金额") in amounts["pdf"]


def test_table1_amounts_agree_across_forms(reference_docs):
    amounts = {form: _amounts(_budget_tables(reference_docs[form])["表1"]) for form in FORMS}
    assert amounts["docx"] == amounts["pdf"]
    # The Word and PDF forms hold three items glued into one row (cells "136,673.00186,350.00" and
    # "97,254.32福利费其他交通费用", made so by the tool that produced them): reportlint reads no
    # figure from such a cell rather than guess. Every other amount is the same in all three forms.
    glued = {"97,254.32", "136,673.00", "186,350.00"}
    txt_values = [a[0] for a in amounts["txt"] if a[0] not in glued]
    assert txt_values == [a[0] for a in amounts["pdf"]]
    assert len(amounts["txt"]) == 35
    subtotal = [a for a in amounts["pdf"] if a[3].startswith("办公费") and a[2] == 2]
    assert subtotal[0][0] == "1,082,504.93"


def test_reference_pdf_has_no_page_furniture_in_text(reference_docs):
    doc = reference_docs["pdf"]
    assert doc.pages == 52
    title = "2024年度肃南裕固族自治县人力资源和社会保障局部门整体支出绩效评价报告"
    for p in doc.paragraphs:
        assert "- " + str(p.location.page) + " -" not in p.text
    # the running header is gone from every page; the cover's own title, under it on page 1, stays
    assert [(p.location.page, p.text) for p in doc.paragraphs if p.text.startswith(title[:20])] == [(1, title)]


def test_same_structure_in_all_forms(reference_docs):
    shapes = {
        form: [(t.caption, t.n_rows, t.n_cols) for t in reference_docs[form].tables] for form in FORMS
    }
    assert shapes["docx"] == shapes["pdf"]
    assert [s[0] for s in shapes["txt"]] == [s[0] for s in shapes["pdf"]]
    headings = {form: [h.text for h in reference_docs[form].headings] for form in FORMS}
    assert headings["txt"] == headings["docx"] == headings["pdf"]


@pytest.mark.parametrize("label, want", [("过程 (24)", ("过程", "24")), ("A1项目立项5分", ("A1项目立项", "5")),
                                         ("年度工作计划明确性（2）", ("年度工作计划明确性", "2")), ("预算配置", ("预算配置", None)),
                                         # writer F's and other reports' labels
                                         ("预算调整率（分值4分）", ("预算调整率", "4")), ("预算执行（满分12分）", ("预算执行", "12")), ("决策（计15分）", ("决策", "15")),
                                         ("人事人才服务质量 3分", ("人事人才服务质量", "3")), ("2024年度（一）", ("2024年度（一）", None))])
def test_points_in_labels(label, want):
    from reportlint.indicators import split_points

    name, pts = split_points(label)
    assert (name, pts.text if pts else None) == want
