"""RL205 survey-mismatch: cases and mutations."""

import pytest
import reportlint.checks.survey_mismatch as check
from casekit import run_check, table
from conftest import REFERENCE, reference_result

from reportlint.engine import check_file


def question(*rows):
    return "第1题 您对资金管理制度是否满意？ [单选题]\n\n" + table("选项|小计|比例", *rows)


CASES = [
    ("shares are k/N", question("A非常健全|5|83.33%", "B比较健全|1|16.67%", "C基本健全|0|0%"), []),
    ("a share no count can give", question("A非常健全|5|80.00%", "B比较健全|1|16.67%", "C基本健全|0|3.33%"),
     [("80.00%", "83.33%"), ("3.33%", "0.00%")]),
    ("stated total disagrees", question("A|5|45.45%", "B|4|36.36%", "C|1|9.09%", "本题有效填写人次|11|"), [("11", "10")]),
    ("multiple choice is not single", "第2题 支持作用体现在哪些方面？ [多选题]\n\n"
     + table("选项|小计|比例", "A.设备|83|76.85%", "B.奖励|75|69.44%", "本题有效填写人次|108|"), []),
    ("incomplete table is not checked", question("A|56|4.21%", "B|637|47.89%"), []),
    ("sample below plan", "样本总量为部门内部工作人员，抽样比例为样本总量的60%。\n\n在职人员43人。\n\n"
     + question("A|6|100%", "B|0|0%"), [("6", "≈25.8")]),
    ("sample below plan, other words", "调查总体为本单位干部职工，按60%的比例随机抽取样本。\n\n实有在职人员43人。\n\n"
     + question("A|6|100%", "B|0|0%"), [("6", "≈25.8")]),
    ("sample share of the 总体", "调查对象为局机关工作人员，抽样比例为总体的60%。\n\n在职人员43人。\n\n"
     + question("A|26|100%", "B|0|0%"), []),
    ("抽取比例", "抽样范围为部门内部工作人员；按科室分组后随机抽取，抽取比例60%。\n\n在职人员43人。\n\n"
     + question("A|6|100%", "B|0|0%"), [("6", "≈25.8")]),
    ("抽样人数占调查总体", "调查总体为局内部工作人员，采用随机抽样方式抽取样本，抽样人数占调查总体的60%。\n\n在职人员43人。\n\n"
     + question("A|6|100%", "B|0|0%"), [("6", "≈25.8")]),
    # the staff count is no population for a survey of others, or of no one named
    ("a survey of the unit's service users", "调查对象为服务对象，抽样比例为60%。\n\n在职人员43人。\n\n"
     + question("A|6|100%", "B|0|0%"), []),
    ("样本覆盖面 (writer K)", "调查范围为部门全体内部工作人员，样本覆盖面为全体工作人员的60%。\n\n在职人员43人。\n\n"
     + question("A|6|100%", "B|0|0%"), [("6", "≈25.8")]),
    ("按总体人数60%的比例, 在职43名 (writer L)", "调查以部门内部工作人员为总体，按总体人数60%的比例随机抽取受访人员。\n\n实际在职43名。\n\n"
     + question("A|6|100%", "B|0|0%"), [("6", "≈25.8")]),
    # the share as what is drawn (writer M; "抽取全体职工的60%作为样本" of survey plans)
    ("随机抽取其中60%的人员 (writer M)", "以部门内部工作人员名册为抽样框，按科室分层，随机抽取其中60%的人员作为调查样本。\n\n"
     "在职人员43人。\n\n" + question("A|6|100%", "B|0|0%"), [("6", "≈25.8")]),
    # "抽样比例定为60%" and the columns 填答人数 / 所占比例 (writer N)
    ("抽样比例定为, 填答人数", "问卷对象为本部门内部工作人员，采用比例抽样方法，抽样比例定为60%。\n\n在职人员43人。\n\n"
     + "第1题 您对工作满意吗？\n\n" + table("选项|填答人数|所占比例", "A|6|100%", "B|0|0%"), [("6", "≈25.8")]),
    ("a 人次 column (writer P)", "问卷对象为本部门内部工作人员，抽样比例为60%。\n\n在职人员43人。\n\n"
     + "第1题 您对工作满意吗？\n\n" + table("选项|人次|频率", "A|6|100%", "B|0|0%"), [("6", "≈25.8")]),
    # 基数 for the population, 得票数 for the count (writer Q); 在岗人员 for the staff (writer R)
    ("抽取比例为基数的60%, 得票数", "以本局部门内部工作人员为基数，随机抽样，抽取比例为基数的60%。\n\n在职人员43人。\n\n"
     + "第1题 您对工作满意吗？\n\n" + table("选项|得票数|得票占比", "A|6|100%", "B|0|0%"), [("6", "≈25.8")]),
    ("抽取总体的60%, 在岗人员", "调查总体为本局内部工作人员，分层随机抽样，抽取总体的60%作为样本。\n\n在岗人员43人。\n\n"
     + question("A|6|100%", "B|0|0%"), [("6", "≈25.8")]),
    ("抽取全体职工的60%", "调查对象为本单位工作人员，抽取全体职工的60%作为样本。\n\n在职人员43人。\n\n"
     + question("A|26|100%", "B|0|0%"), []),
    ("population not named", "抽样比例为样本总量的60%。\n\n在职人员43人。\n\n" + question("A|6|100%", "B|0|0%"), []),
    # shares short of 100% whose counts add up to the valid questionnaires the text states (修阳, held out)
    ("counts that add up to the stated questionnaires", "收回有效问卷240份。\n\n" + question(
        "A|150|62.30%", "B|70|29.17%", "C|16|6.67%", "D|4|1.67%"), [("62.30%", "62.50%")]),
    ("counts short of the stated questionnaires", "收回有效问卷250份。\n\n" + question(
        "A|150|62.30%", "B|70|29.17%", "C|16|6.67%", "D|4|1.67%"), []),
    # every question in one table (题目 | 选项 | 人数 | 比例): each its own respondents, as its 合计 states
    ("questions in one table", "问卷统计表\n\n" + table(
        "题目|选项|人数|比例", "1.是否享受补贴|A.是|352|88.00%", "|B.否|48|12.00%", "|合计|400|100.00%",
        "2.发放是否及时|A.及时|298|84.66%", "|B.不及时|54|15.34%", "|合计|352|100.00%"), []),
    ("questions in one table, a share off", "问卷统计表\n\n" + table(
        "题目|选项|人数|比例", "1.是否享受补贴|A.是|352|88.00%", "|B.否|48|12.00%", "|合计|400|100.00%",
        "2.发放是否及时|A.及时|298|84.66%", "|B.不及时|54|15.43%", "|合计|352|100.00%"), [("15.43%", "15.34%")]),
]


# a share of the respondents in prose: some whole number of them must give it (琅川 "受访的120家用人单位中，……占44.25%";
# 潆江 "回收有效问卷250份。受访对象中，……其中脱贫户及监测户占31.50%")
CASES += [
    ("a prose share no count gives", "受访的120家用人单位中，制造业企业占44.25%，服务业企业占38.33%。", [("44.25%", "53/120 = 44.17%、54/120 = 45.00%")]),
    ("a prose share some count gives", "受访的120家用人单位中，制造业企业占44.17%，服务业企业占38.33%。", []),
    ("a share of the returned questionnaires", "共发放问卷270份，回收有效问卷250份，有效率92.59%。受访对象中，灌区用水户104人、"
     "农村供水受益户98人，其中脱贫户及监测户占31.50%。", [("31.50%", "78/250 = 31.20%、79/250 = 31.60%")]),
    ("a sentence about them without a comma", "共发放问卷420份，回收有效问卷400份，有效率95.24%。受访者中城镇居民166人、农村居民234人，"
     "其中60岁以上受访者占23.30%。", [("23.30%", "93/400 = 23.25%、94/400 = 23.50%")]),
    # a share of something else than the respondents, and a step finer than one respondent, stay silent
    ("a share of something else", "回收有效问卷250份。全县脱贫户占31.50%。", []),
    ("a step finer than one respondent", "受访的2000人中，女性占31.5%。", []),
]


@pytest.mark.parametrize("name, text, want", CASES, ids=[c[0] for c in CASES])
def test_cases(tmp_path, name, text, want):
    findings, _ = run_check(check, text, tmp_path)
    assert [(f.actual, f.expected) for f in findings] == want


def test_satisfaction_rate_recomputed(tmp_path):
    text = ("选项 A 得 10 分，选项 B 得 7 分，选项 C 得 4 分和选项 D 得 0 分。\n\n工作人员综合满意率为 100%。\n\n"
            + question("A|5|83.33%", "B|1|16.67%", "C|0|0%", "D|0|0%"))
    findings, _ = run_check(check, text, tmp_path)
    assert [(f.actual, f.expected) for f in findings] == [("100%", "95%")]


@pytest.mark.parametrize("form", ["txt", "docx", "pdf"])
def test_reference(form):
    result = reference_result(form)
    got = [(f.severity, f.actual, f.expected) for f in result.findings if f.rule == check.ID]
    assert got == [("warning", "6", "≈25.8")]
    assert result.coverage[check.ID].examined == 41


def test_mutation(tmp_path):
    text = REFERENCE["txt"].read_text(encoding="utf-8")
    old = "B比较健全\t1\t 16.67%"
    assert text.count(old) == 1
    path = tmp_path / "m.txt"
    path.write_text(text.replace(old, "B比较健全\t1\t 15.67%"), encoding="utf-8")
    got = [(f.actual, f.expected) for f in check_file(str(path)).findings if f.rule == check.ID]
    assert sorted(got) == [("15.67%", "16.67%"), ("6", "≈25.8")]
