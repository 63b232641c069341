"""The rule reader: shapes, maxima, bands, elements met."""

from decimal import Decimal as D

import pytest

from reportlint.rules import (
    NotRead,
    band_score,
    element_shares,
    elements_met,
    parse_rule,
    problems_found,
    score_for,
    stated_rate,
)

ELEMENTS = "①是否制定年度工作计划；②是否有时间安排；③是否有人员安排；④是否有资金安排。以上要素各占25%权重分，符合得0.5分，不符合不得分。"


def test_elements():
    rule = parse_rule(ELEMENTS)
    assert rule.shape == "elements" and len(rule.elements) == 4
    assert rule.weight * 4 == 1 and rule.each.value == D("0.5")
    assert rule.maximum(D(2)) == D(2)


def test_elements_one_third_weights_add_to_one():
    rule = parse_rule("①甲；②乙；③丙。以上要素各占1/3权重分，符合得1分，不符合得0分。")
    assert rule.weight * 3 == 1


def test_compact_markers_with_weight_of_points():
    rule = parse_rule("要点①②③④各占指标分值的1/4，符合相关要点得相应权重分值，否则扣除相应权重分值。")
    assert rule.shape == "elements" and len(rule.elements) == 4 and rule.weight * 4 == 1 and rule.each is None


@pytest.mark.parametrize(
    "text, value, points, want",
    [
        ("在职人员控制率≤100%得2分，否则得0分。", "97.72", "2", "2"),
        ("在职人员控制率≤100%得2分，否则得0分。", "101", "2", "0"),
        ("重点支出安排率≥80%得2分，60%—80%每降低1%扣0.1分，低于60%得0分。", "89.67", "2", "2"),
        ("重点支出安排率≥80%得2分，60%—80%每降低1%扣0.1分，低于60%得0分。", "75", "2", "1.5"),
        ("重点支出安排率≥80%得2分，60%—80%每降低1%扣0.1分，低于60%得0分。", "59", "2", "0"),
        ("项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。", "0", "1", "1"),
        ("项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。", "4", "1", "0.6"),
        ("项目资金结余率=0%得满分，每增加1%扣0.1分，超过10%不得分。", "12", "1", "0"),
        ("预算调整率=0%得满分，每调增或调减1%(不足1%按四舍五入原则取整)扣0.2分，超过10%不得分。", "-2.6", "2", "1.4"),
        ("“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。", "80", "1", "1"),
        ("“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。", "105", "1", "0.5"),
        ("“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。", "50", "1", None),
        # the cut-off said as writer D and other reports say it: 超出10%以上的不计分, 超出10%的不得分
        ("“三公”经费控制率处于70%—100%的，计1分；超出100%后每增加1%扣0.1分，超出10%以上的不计分。", "105", "1", "0.5"),
        ("“三公”经费控制率处于70%—100%的，计1分；超出100%后每增加1%扣0.1分，超出10%以上的不计分。", "112", "1", "0"),
        ("“三公”经费控制率处于70%—100%的，计1分；超出100%后每增加1%扣0.1分，超出10%的不得分。", "50", "1", None),
        ("“三公”经费控制率处于70%—100%的，计1分；超出100%后每增加1%扣0.1分，超出10%的不得分。", "108", "1", "0.2"),
        # writer L: "落在……区间计", a deduction band opened by 高于……的, "超出部分每", "超出幅度大于"
        ("“三公”经费控制率落在70%—100%区间计1分；高于100%的，超出部分每1%扣减0.1分，超出幅度大于10%不计分。", "80", "1", "1"),
        ("“三公”经费控制率落在70%—100%区间计1分；高于100%的，超出部分每1%扣减0.1分，超出幅度大于10%不计分。", "105", "1", "0.5"),
        ("“三公”经费控制率落在70%—100%区间计1分；高于100%的，超出部分每1%扣减0.1分，超出幅度大于10%不计分。", "50", "1", None),
        ("“三公”经费控制率落在70%—100%区间计1分；高于100%的，超出部分每1%扣减0.1分，超出幅度大于10%不计分。", "112", "1", "0"),
        ("综合满意率达到90%以上得满分，70%—90%每降低1%扣0.2分，低于70%不得分。", "99.5", "4", "4"),
        ("综合满意率达到90%以上得满分，70%—90%每降低1%扣0.2分，低于70%不得分。", "85", "4", "3"),
    ],
)
def test_bands(text, value, points, want):
    rule = parse_rule(text)
    assert rule.shape == "bands"
    got = band_score(rule, D(value), D(points))
    assert (got if got is None else got.normalize()) == (None if want is None else D(want).normalize())


def test_proportional():
    rule = parse_rule("本年基本支出预算执行率=(执行数/预算数)*100%。得分=预算执行率*分值。")
    assert rule.shape == "proportional" and rule.rate_name == "预算执行率"


def test_not_read_is_said():
    assert isinstance(parse_rule("部门实际完成阶段性任务与计划完成阶段性任务数量一致。"), NotRead)
    assert isinstance(parse_rule("视情况酌情扣分。"), NotRead)


@pytest.mark.parametrize(
    "reason, want",
    [
        ("①制定了年度工作计划；②有明确的时间安排；③没有明确的人员安排；④未明确资金安排。得1分。", [True, True, False, False]),
        ("①制定了计划；②有时间安排。得1分。", None),  # ③④ not reported
        # marks written together share the verdict after them; the facts before a mark are not its verdict (清溪)
        ("①③符合；部分指标为定性描述，未设置可衡量指标值，②不符合；指标未与预算资金相匹配，④不符合。", [True, False, True, False]),
        ("①、②符合；③④不符合。", [True, True, False, False]),
    ],
)
def test_elements_met(reason, want):
    met, _ = elements_met(parse_rule(ELEMENTS), reason)
    assert met == want


def test_polarity_of_questions_about_bad_things():
    rule = parse_rule("①是否符合规定；②是否存在截留、挤占、挪用等情况。以上要素各占50%权重分，符合得1分，不符合得0分。")
    assert elements_met(rule, "①符合规定；②不存在截留、挤占、挪用等情况。")[0] == [True, True]
    assert elements_met(rule, "①符合规定；②存在挤占情况。")[0] is None  # said plainly, but not sure which way: unchecked


@pytest.mark.parametrize("reason, want", [
    # 修阳 (held out) and 鹤原 (held out): a mismatch said as 不对应 / 不匹配 / 不相适应 is a mark not met
    ("①绩效目标已细化分解；②指标值清晰可衡量；③部分指标与年度任务数不对应；④与资金量相对应。", [True, True, False, True]),
    ("①③符合；②部分指标未设指标值；④指标与预算资金量不匹配。", [True, False, True, False]),
    ("①依据充分；②资金安排与项目单位实际不相适应；③符合；④符合。", [True, False, True, True]),
    # late is not met (靖川, held out: "于批复后第27日公开，超出规定时限")
    ("①已公开；②于批复后第27日公开，超出规定时限；③符合；④逾期1个月报送。", [True, False, True, False]),
])
def test_mismatch_words_are_marks_not_met(reason, want):
    assert elements_met(parse_rule(ELEMENTS), reason)[0] == want


def test_questions_about_bad_things_answered_未发现():
    """高标准农田 (held out): "③是否与其他涉农资金重复安排", "④是否存在无依据、无审批支付的情形" answered "未发现……"."""
    rule = parse_rule("①是否符合规划；②是否与市级其他涉农资金重复安排；③是否存在无依据、无审批支付的情形。"
                      "以上三项各占1/3权重分，符合得1分，不符合不得分。")
    assert elements_met(rule, "①符合；②未发现与市级其他涉农资金重复安排；③未发现无依据、无审批支付的情形。")[0] == [True, True, True]
    assert elements_met(rule, "①符合；②有2个项目与其他涉农资金重复安排；③未发现。")[0] is None  # said, but which way is a guess


def test_elements_asked_the_other_way_round():
    """"是否未发生规模性返贫": the reason's "未发生规模性返贫" meets it (修阳 防止返贫致贫成效)."""
    rule = parse_rule("①是否未发生规模性返贫；②监测对象帮扶措施是否全覆盖。以上要素各占50%权重分，符合得2分，不符合得0分。")
    assert elements_met(rule, "①全年未发生规模性返贫；②帮扶措施全覆盖。")[0] == [True, True]
    assert elements_met(rule, "①发生1起规模性返贫；②帮扶措施全覆盖。")[0] is None  # not said the element's way: unchecked
    bad = parse_rule("①是否发生安全责任事故；②是否按期完工。以上要素各占50%权重分，符合得1分，不符合得0分。")
    assert elements_met(bad, "①全年未发生安全责任事故；②按期完工。")[0] == [True, True]


# ---------------------------------------------------------------- other writers' shapes

@pytest.mark.parametrize(
    "text, points, maximum",
    [
        ("完全符合计满分，部分符合计1分，不符合不计分。", "3", "3"),  # tiers in the verb 计
        ("资料齐全完整的得2分，基本齐全的得1分，不齐全的不得分。", "2", "2"),
        ("完全符合得3分，基本符合得2分，不符合得0分。", "4", "3"),  # a top tier below 分值: RL201's business
    ],
)
def test_tiers_give_their_top_as_the_maximum(text, points, maximum):
    rule = parse_rule(text)
    assert rule.shape == "tiers" and rule.maximum(D(points)) == D(maximum)


@pytest.mark.parametrize(
    "reason, want",
    [
        ("经核查，发现2处问题。", 2),
        ("发现3处不合规：报销单据不全；超标准列支；往来款未及时清理。扣1分。", 3),
        ("存在三项不规范情况。", 3),
        ("未发现问题，得满分。", 0),
        ("发现1处问题；另发现2处问题。", None),  # two counts: which is meant cannot be told
        ("资金使用基本规范。", None),
        # the count after the words (沱阳), a count of files short of something and incidents (琅川)
        ("发现问题3处：列支维修费1笔、2个乡镇未清算、对账不及时，得3.00分。", 3),
        ("抽查档案360份，7份缺少身份证明复印件或公示记录，扣1.40分。", 7),
        ("发现2名人员重复领取补贴，1户不符合条件，共3例，资金已追回。", 3),
        ("抽查档案共360份，资料完整。", None),  # a sample is no count of problems
        ("未发现截留、挤占、挪用；发现违规问题4处。", 4),  # 青屿
    ],
)
def test_problems_found(reason, want):
    assert problems_found(reason) == want


def test_counted_deductions_score_from_the_stated_problems():
    rule = parse_rule("每发现一处违规问题扣0.5分，扣完为止。")
    assert rule.shape == "deductions" and rule.maximum(D(3)) == D(3)
    assert score_for(rule, D(3), problems=2) == D(2) and score_for(rule, D(3), problems=9) == D(0)
    share = parse_rule("每发现一项问题扣除该指标分值的20%，扣完为止。")
    assert score_for(share, D(5), problems=2) == D(3)


def test_elements_named_in_the_reason():
    rule = parse_rule("要点①②③各占指标分值的1/3，符合相关要点得相应权重分值，否则扣除相应权重分值。")
    assert element_shares(rule, "符合评价要点①②，不符合评价要点③；综上，该指标得2.00分。")[0] == [1, 1, 0]
    assert element_shares(rule, "符合评价要点①③；扣除评价要点②的50%分值。")[0] == [1, D("0.5"), 1]
    assert element_shares(rule, "符合评价要点①②。")[0] is None  # ③ not judged


def test_elements_with_their_own_points():
    rule = parse_rule("①已制定管理办法,1分;②管理制度合法合规,1.5分;③制度得到有效执行,2分。")
    assert rule.shape == "elements" and rule.maximum(D(5)) == D("4.5")
    assert score_for(rule, D(5), shares=[D(1), D(0), D(1)]) == D(3)


@pytest.mark.parametrize(
    "text",
    [
        "扣1-2分，视情况酌情扣分。",  # a range left to the evaluator
        "二者择其一进行考核，按完成比例计算得分。",  # a measure left to the evaluator's choice
        "①甲……得1分。②乙……。得3分。严格控制在标准范围内达标率为90%以上为满分。",  # a clause no band explains
        # elements of unequal weight (held-out report P, and 要点 weights of 湖北/湖南 部门整体 评分表)
        "①部门各项收入全部纳入部门预算；②基本支出和项目支出预算编制完整；③项目支出细化到具体项目和用途。"
        "①②各占30%权重分，③占40%权重分，符合得相应分值，不符合不得分。",
        "①已制定管理制度；②制度合法合规、完整；③制度得到有效执行。①占40%权重分，②③各占30%权重分。",
    ],
)
def test_rules_read_in_part_are_not_read(text):
    assert isinstance(parse_rule(text), NotRead)


def test_marks_listed_then_referred_to_count_once():
    rule = parse_rule("①甲是否合规；②乙是否明确；③丙是否合理。要点①②③各占1/3权重分值（每项1分），符合相关要点得相应分值，否则得0分。")
    assert rule.shape == "elements" and len(rule.elements) == 3 and rule.maximum(D(3)) == D(3)


def test_a_rate_worked_out_in_the_reason():
    rule = parse_rule("控制率在70%—100%区间的得1分；高于100%的，每增加1个百分点扣0.1分，超过10%的不得分。")
    assert rule.shape == "bands" and band_score(rule, D(80), D(1)) == D(1)
    assert stated_rate(rule, "实际支出2万元，预算安排数4万元，控制率=实际支出数/预算安排数=50%。").value == D(50)


@pytest.mark.parametrize("text, each", [
    ("①甲；②乙。每个要素权重50%，满足的要素得1分，不满足的该项得0分。", "1"),  # writer E
    ("①甲；②乙。按要素计分（单项权重50%）：要素成立的得1分，不成立的得0分。", "1"),  # writer E
    ("①甲；②乙。以上要素各占50%权重分，符合得1分，不符合得0分。", "1"),  # the reference
    ("①甲；②乙。上述要素权重各为50%，逐项判定：符合计1分，不符合计0分。", "1"),  # writer G
    ("①甲；②乙。各要素权重为50%，满足要求的得1分。", "1"),
    # 给予 as the award (writer K; "给予满分"/"不给分" of 评分细则 pages)
    ("①甲；②乙。逐项核定：满足的要素每项给予1分（单项权重50%），未满足的给予0分。", "1"),
    ("①甲；②乙。逐项核定：满足的要素每项给予 0.5 分（单项权重50%），未满足的不给分。", "0.5"),
    ("①甲；②乙。上述要素权重均为50%，逐项核对达成情况：达成的要素各计1.5分，未达成的计0分。", "1.5"),  # writer L
    # the points per element as a product of the count met (writer M; "得分=满足要点数×分值" of 评分细则 pages)
    ("①甲；②乙。以上要素权重均等（各50%），得分=符合的要素个数×1.5分，不符合的要素得0分。", "1.5"),
    ("①甲；②乙。以上要素权重均等（各50%），得分=符合的要素个数×1分。", "1"),
    ("①甲；②乙。各要素权重为50%，按满足要点数×0.5分计分。", "0.5"),
    # 即 between the condition and its points (writer R; "符合即得满分" of 评分细则 pages)
    ("①甲；②乙。每项要点权重50%，凡符合的即计1.5分，否则该项为0分。", "1.5"),
    ("①甲；②乙。各要素权重50%，满足即得1分，不满足得0分。", "1"),
    # the worth of an element said as what an unmet one loses from the whole (writer Q)
    ("①甲；②乙。以各要素分值之和为基数（各要素权重50%），凡有要素不符合的，每个不符合要素扣1.5分，扣至0分为止。", "1.5"),
    ("①甲；②乙。各要素权重均为50%，每有一个要素不符合扣1分。", "1"),
    # the points of each element, its weight in brackets after them (writer X, 华北 事务所 style)
    ("①甲；②乙。按符合的评分要点计算得分：每项要点1.5分（权重50%），不符合的要点得0分。", "1.5"),
    ("①甲；②乙。每个评分要点得1分（权重50%），不符合不得分。", "1"),
    ("①甲；②乙。每条要素计0.5分（权重50%）。", "0.5"),
    # the weight as a share to score by (writer Z, 山东/江苏 firms)
    ("①甲；②乙。以上要素按50%的比例分别计分：具备的，每项得1分；不具备的，该项得0分。", "1"),
    ("①甲；②乙。以上要素各按50%的比例计分，符合的每项得1.5分。", "1.5"),
])
def test_points_for_a_met_element(text, each):
    rule = parse_rule(text)
    assert rule.shape == "elements" and rule.weight == D("0.5") and rule.each.text == each


def test_reasons_marked_with_bracketed_numbers():
    """Writer S: the reasons mark their verdicts （1）（2） as the rule marks its elements."""
    rule = parse_rule("（1）是否制定年度工作计划；（2）是否有时间安排。以上要素各占50%权重分，符合得1分，不符合不得分。")
    assert elements_met(rule, "（1）制定了年度工作计划；（2）没有时间安排。得1分。")[0] == [True, False]


@pytest.mark.parametrize("text, value, want", [
    # a verdict word before the points (writer S: "视为完全达到，得1分"), and 权重分 for the points
    ("“三公”经费控制率处于70%—100%区间的，视为完全达到，得1分；超出100%的，每增加1%扣0.1分，超出幅度超过10%的，不得分。", "50", None),
    ("“三公”经费控制率处于70%—100%区间的，视为完全达到，得1分；超出100%的，每增加1%扣0.1分，超出幅度超过10%的，不得分。", "105", "0.5"),
    ("≤100%的，视为完全达到，得2分；否则视为未达到，得0分。", "98", "2"),
    ("得分=预算执行率×权重分。", "90", "1.8"),
])
def test_other_words_around_the_points(text, value, want):
    got = score_for(parse_rule(text), D(2) if "×" in text or "得2分" in text else D(1), value=D(value))
    assert got == (D(want) if want else None)


def test_a_cut_off_at_zero_is_扣完为止():
    rule = parse_rule("每出现一处问题扣减0.5分，最多扣减至零分。")
    assert rule.shape == "deductions" and score_for(rule, D(1), problems=3) == D(0)


@pytest.mark.parametrize("rule_text", [
    # writers V and W: the points of each element met said of "该要点"/"该要素", the weights "各要点按 50%权重赋分"
    "①是否制定计划；②是否有时间安排。各要点按 50%权重赋分：满足的，该要点得 1.5 分；不满足的，该要点得 0 分。",
    "①是否制定计划；②是否有时间安排。满足要求的该要素计1.5分，未满足的该要素计0分。",
    "①是否制定计划；②是否有时间安排。各要素权重50%，符合的，该要点赋1.5分，不符合的，该要点不得分。",
])
def test_the_points_of_each_element_said_of_该要点(rule_text):
    rule = parse_rule(rule_text)
    assert rule.shape == "elements" and len(rule.elements) == 2 and rule.maximum(D(4)) == D(3)
    assert elements_met(rule, "①已制定计划；②未安排时间。")[0] == [True, False]


def test_a_reason_ends_in_赋分():
    from reportlint.vocab import SCORE_AT_END
    assert SCORE_AT_END.search("经查阅，部分符合要求，该项指标赋分 3 分。").group("score") == "3"


@pytest.mark.parametrize("rule_text, reason", [
    # other writers' element marks (writer T: 要点一、; （一）; 一是), in the rule and in the reason
    ("要点一、是否制定计划；要点二、是否有时间安排。以上要素各占50%权重分，符合得1分，不符合不得分。", "要点一、已制定计划；要点二、未明确时间安排。"),
    ("（一）是否制定计划；（二）是否有时间安排。以上要素各占50%权重分，符合得1分，不符合不得分。", "（一）认真制定了计划；（二）没有时间安排。"),
    ("要点1：是否制定计划；要点2：是否有时间安排。各要点权重50%，达到的，每个计1分。", "要点1：已制定；要点2：未安排时间。"),
    # writer U: "a.…b.…" in the rule, "1)…2)…" in the reason, "权重各 50%"
    ("a.是否制定计划；b.是否有时间安排。按项计分：权重各 50%，满足的每项得 1 分，不满足得 0 分。", "1)已制定计划；2)未安排时间。"),
    # writers V and W: the parenthesized digits ⑴⑵ of CJK fonts, and ❶❷ / ⒈⒉ in the reason
    ("⑴是否制定计划；⑵是否有时间安排。以上要素各占50%权重分，符合得1分，不符合不得分。", "⑴已制定计划；⑵未安排时间。"),
    ("⑴是否制定计划；⑵是否有时间安排。上述要点权重各为50%，满足的要点每项得1分，未满足的得0分。", "❶已制定计划；❷未安排时间。"),
    ("⒈是否制定计划；⒉是否有时间安排。以上要素各占50%权重分，符合得1分，不符合不得分。", "一是已制定计划；二是未安排时间。"),
])
def test_other_element_marks(rule_text, reason):
    rule = parse_rule(rule_text)
    assert rule.shape == "elements" and len(rule.elements) == 2 and rule.maximum(D(2)) == D(2)
    assert elements_met(rule, reason)[0] == [True, False]


def test_marks_that_do_not_count_from_one_are_no_elements():
    assert parse_rule("符合（二）类标准的得2分，否则不得分。").shape != "elements"


def test_减_for_扣_and_以内_for_a_range():
    """Writer U: "在70%—100%以内得1分；超出100%的，每超1%减0.1分，超过10%不得分"."""
    rule = parse_rule("“三公”经费控制率在70%—100%以内得1分；超出100%的，每超1%减0.1分，超过10%不得分。")
    assert score_for(rule, D(1), value=D(105)) == D("0.5") and score_for(rule, D(1), value=D(50)) is None


def test_每高_is_a_step_up():
    rule = parse_rule("“三公”经费控制率在70%—100%区间的，计1分；高于100%的，每高1个百分点扣0.1分；超过10%的，该项不得分。")
    assert score_for(rule, D(1), value=D(105)) == D("0.5") and score_for(rule, D(1), value=D(50)) is None


def test_a_satisfaction_is_a_rate():
    """"综合满意度≥90%的得满分；80%（含）—90%的，每降低1个百分点扣0.4分" (修阳, held out): 满意度 names the rate."""
    rule = parse_rule("综合满意度≥90%的得满分；80%（含）—90%的，每降低1个百分点扣0.4分；低于80%的不得分。")
    assert rule.shape == "bands" and rule.rate_name == "综合满意度"
    assert stated_rate(rule, "发放问卷250份，有效问卷240份，综合满意度88.00%。得7.6分。").value == D("88.00")
    assert band_score(rule, D("88.00"), D(8)) == D("7.2")


def test_a_satisfaction_named_by_its_formula():
    """"满意度=（非常满意+满意）人数/有效问卷数×100%。≥90%得3分；……" (靖川, held out): the bands' rate is the formula's."""
    rule = parse_rule("满意度=（非常满意+满意）人数/有效问卷数×100%。≥90%得3分；80%（含）—90%每降低1个百分点扣0.1分；低于80%不得分。")
    assert rule.rate_name == "满意度"
    assert stated_rate(rule, "发放教职工问卷86份，回收有效问卷80份，满意度85.00%（详见附件2）。得3分。").value == D("85.00")
    assert stated_rate(rule, "学生满意度92.00%，家长满意度88.00%。") is None  # two of them: which one is a guess


@pytest.mark.parametrize("text, value, want", [
    # full marks from a threshold, the formula below it (沱阳 D31)
    ("综合满意度≥90%的得满分，低于90%的得分=综合满意度×分值。", "90.44", "10"),
    ("综合满意度≥90%的得满分，低于90%的得分=综合满意度×分值。", "85", "8.50"),
    ("得分=预算执行率×分值。", "90.44", "9.0440"),
])
def test_proportional_with_full_marks_from_a_threshold(text, value, want):
    assert score_for(parse_rule(text), D(10), value=D(value)) == D(want)


def test_proportional_with_other_bands_is_not_read():
    assert isinstance(parse_rule("预算执行率≥95%得满分，得分=预算执行率×分值，低于80%得0分。"), NotRead)


@pytest.mark.parametrize("cut_off", ["超出幅度超过10%的，不得分", "超出幅度在10%以上的，不得分", "超出10%以上的不计分"])
def test_the_cut_off_beyond_a_deduction_band(cut_off):
    """Writer Q's "超出幅度在10%以上的" and the reference's words give one cut-off at 110%."""
    rule = parse_rule(f"“三公”经费控制率介于70%至100%之间的，得1分；超出100%的，每增加1%扣0.1分，{cut_off}。")
    assert [(b.lo, b.hi, b.points) for b in rule.bands][-1] == (D(110), D(10) ** 9, D(0))


def test_a_range_with_both_ends_said_and_a_weight_per_item():
    """Writer N: "介于70%—100%（含两端）的，得1分", "逐条对照以上内容，每条权重50%，符合的得1.5分"."""
    rule = parse_rule("“三公”经费控制率介于70%—100%（含两端）的，得1分；超出100%的，每增加1%扣0.1分，超出幅度超过10%的，不得分。")
    assert [band_score(rule, D(v), D("1")) for v in ("70", "100", "105", "112", "50")] == [D("1"), D("1"), D("0.5"), D("0"), None]
    rule = parse_rule("①甲；②乙。评分时逐条对照以上内容，每条权重50%，符合的得1.5分，不符合的得0分。")
    assert rule.shape == "elements" and rule.weight == D("0.5") and rule.each.text == "1.5"


def test_an_accounting_firm_s_words():
    """Writer O: elements called 考核点, "（含本数）" for both ends, 超支 for the step above a band."""
    rule = parse_rule("①甲；②乙。以上考核点逐个核对：满足的，每个考核点得1.5分；不满足的，该考核点得0分（各考核点权重均为50%）。")
    assert rule.shape == "elements" and rule.weight == D("0.5") and rule.each.text == "1.5"
    rule = parse_rule("“三公”经费控制率在70%—100%之间（含本数）的得1分；大于100%的，每超支1%扣0.1分，超支幅度超过10%的不得分。")
    assert [band_score(rule, D(v), D(1)) for v in ("70", "100", "105", "112")] == [D(1), D(1), D("0.5"), D(0)]


def test_elements_called_子项_or_考核要求():
    """Writer P: "以上子项权重均为50%，满足的子项各得1分", "上述考核要求逐项计分（每项权重50%）：达到要求的每项计1.5分"."""
    for text, each in (("①甲；②乙。以上子项权重均为50%，满足的子项各得1分，未满足的子项得0分。", "1"),
                       ("①甲；②乙。上述考核要求逐项计分（每项权重50%）：达到要求的每项计1.5分，未达到要求的该项计0分。", "1.5")):
        rule = parse_rule(text)
        assert rule.shape == "elements" and rule.weight == D("0.5") and rule.each.text == each


def test_a_rate_named_in_brackets_before_its_value():
    rule = parse_rule("“三公”经费控制率在70%—100%区间时得1分；超出100%时，每增加1%扣减0.1分，超过10%时不得分。")
    assert stated_rate(rule, "实际支出2万元，占全年预算数4万元的比例（“三公”经费控制率）为50%").value == D(50)


def test_an_end_marked_不含_is_out():
    """青屿 "≤3%得2分；3%（不含）—5%得1分；>5%不得分": 3% is the first band's, 5% the second's."""
    rule = parse_rule("结转结余率=年末结转结余/全年预算数×100%；≤3%得2分；3%（不含）—5%得1分；>5%不得分。")
    assert [band_score(rule, D(v), D(2)) for v in ("3", "3.57", "5", "6")] == [D(2), D(1), D(1), D(0)]


def test_steps_stated_before_the_band_they_start_from():
    first = "“三公”经费控制率超出100%的，每增加1%扣0.1分，超过10%不得分；处于70%—100%的，得1分。"  # writer F
    last = "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。"
    for text in (first, last):
        rule = parse_rule(text)
        assert [band_score(rule, D(v), D("1")) for v in ("80", "105", "112", "50")] == [D("1"), D("0.5"), D("0"), None]


def test_a_weight_said_as_单项要素权重为():
    rule = parse_rule("①甲；②乙。单项要素权重为50%，满足记1.5分、不满足记0分。")
    assert rule.shape == "elements" and rule.weight == D("0.5")


def test_a_rise_said_as_高出_is_a_rise():
    for text in ("“三公”经费控制率=70%—100%得1分，超出100%，每高出1%扣0.1分，超过10%不得分。",
                 "“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%不得分。"):
        assert band_score(parse_rule(text), D("105"), D("1")) == D("0.5")


@pytest.mark.parametrize("text", [
    "①甲；②乙。各要素权重50%，达到要求的计1分，未达到的计0分。",  # writer D
    "①甲；②乙。各要素权重为50%，符合得1分。",
    "①甲；②乙。上述要素权重均为50%，逐项判断，满足的计1分。",
])
def test_element_weight_with_or_without_a_verb(text):
    rule = parse_rule(text)
    assert rule.shape == "elements" and rule.weight == D("0.5")


def test_conditions_closed_by_时_and_扣减():
    """岳阳's "每超过一个百分点扣0.5分,扣完为止" and conditions written "……时得1分" (writer H)."""
    text = "“三公”经费控制率在70%—100%区间时得1分；超出100%时，每增加1%扣减0.1分，扣完为止，超过10%时不得分。"
    rule = parse_rule(text)
    assert [band_score(rule, D(v), D("1")) for v in ("80", "105", "112", "50")] == [D("1"), D("0.5"), D("0"), None]


@pytest.mark.parametrize("text", ["得分=及时率×权重。", "得分=完成率×权重，完成率超过100%的按100%计。"])
def test_proportional_to_a_weight(text):
    """"得分=及时率×权重" where the points are weights (琅川: a 权重（%） column of a 100-point system)."""
    rule = parse_rule(text)
    assert rule.shape == "proportional" and score_for(rule, D(3), value=D("94.69")) == D("2.8407")


@pytest.mark.parametrize("text", [
    "①甲；②乙。以上要素分别按50%权重赋分，每项1.5分，符合的要素得分累加，不符合的要素记0分。",  # writer H
    "①甲；②乙。以上要素各按50%的权重计分，符合得1.5分。",
    "①甲；②乙。要素均按50%权重打分，符合得1.5分，不符合得0分。",
    "①甲；②乙。以上两项按同等权重（各50%）评定，符合的计1.5分。",  # writer I
    "①甲；②乙。上述要点按50%权重逐项计分，符合的计1.5分，不符合的计0分。",  # writer R
    "①甲；②乙。以上要素权重均为50%，符合、不符合分别计1.5分、0分。",  # writer J
])
def test_element_weight_given_by_按(text):
    rule = parse_rule(text)
    assert rule.shape == "elements" and rule.weight == D("0.5")


@pytest.mark.parametrize("text, points, maximum", [
    ("①甲；②乙；③丙；④丁。满足一项得1分。", "3", "4"),  # 清溪 卫健局 评分细则
    ("①甲；②乙；③丙。符合一项计0.5分。", "1.5", "1.5"),
    ("①甲；②乙。每项得1分。", "2", "2"),
])
def test_points_per_element_met(text, points, maximum):
    rule = parse_rule(text)
    assert rule.shape == "elements" and rule.maximum(D(points)) == D(maximum)


def test_a_counted_deduction_without_每_and_a_step_said_每低():
    rule = parse_rule("发现一处不符合要求的扣0.5分，扣完为止。")
    assert rule.shape == "deductions" and score_for(rule, D(4), problems=3) == D("2.5")
    band = parse_rule("执行率为100%，计2分；每降低一个百分点扣0.2分，扣完为止。")
    low = parse_rule("预算执行率100%得满分，每低一个百分点扣0.2分，扣完为止。")
    assert band_score(band, D("96"), D("2")) == D("1.2") and band_score(low, D("96"), D("2")) == D("1.2")


def test_tiers_of_one_count_are_not_elements_to_add_up():
    """东临: "未发现安全隐患的得6分；发现1—3处……得4分；发现4处及以上的得2分" awards one of the three, not all."""
    rule = parse_rule("未发现安全隐患的得6分；发现1—3处安全隐患的得4分；发现4处及以上的得2分。")
    assert isinstance(rule, NotRead) or rule.maximum(D(6)) == D(6)
    assert problems_found("消防通道被占用2处、飞线充电1处，共4处问题，得1.5分。") == 4


def test_no_marks_said_按零分计算():
    rule = parse_rule("“三公”经费控制率=70%—100%得1分，超出100%，每增加1%扣0.1分，超过10%的按零分计算。")  # writer J
    assert [band_score(rule, D(v), D("1")) for v in ("80", "105", "112")] == [D("1"), D("0.5"), D("0")]


def test_a_bound_said_含_before_以上():
    """莲溪: "合格率98%（含）以上得4分；95%（含）—98%得2分；95%以下不得分" (96.50% gives 2)."""
    rule = parse_rule("合格率98%（含）以上得4分；95%（含）—98%得2分；95%以下不得分。")
    assert [band_score(rule, D(v), D("4")) for v in ("99", "98", "96.5", "90")] == [D("4"), D("4"), D("2"), D("0")]
    assert rule.rate_name == "合格率"  # named right before its figure, so the reason's "合格率96.50%" is its value


@pytest.mark.parametrize("reason, want", [
    # 淮岭 (held out): short of a level, or points taken off, is not met
    ("①③④符合；②龙塘镇1个项目资金支付凭证附件不全，扣1分。该项得分3分（满分4分）。", [True, False, True, True]),
    ("①②③符合；④柳湾镇2个项目公示时间不足10天，扣0.5分。", [True, True, True, False]),
    ("①②③符合；④3个产业项目实际带动户数低于申报数。", [True, True, True, False]),
    ("①②③符合；④部分乡镇资金分配结果未公示，扣除0.25分。", [True, True, True, False]),
    # the look-alikes: 不低于 and 不扣分 meet it
    ("①②③符合；④实际带动户数不低于申报数。", [True, True, True, True]),
    ("①②③④均符合，不扣分。", [True, True, True, True]),
])
def test_short_of_a_level_or_points_taken_off_is_not_met(reason, want):
    assert elements_met(parse_rule(ELEMENTS), reason)[0] == want


@pytest.mark.parametrize("text, full, per, met, want", [
    # 岚溪 (held out): all the elements together earn the points; each unmet one takes off its deduction
    ("①项目立项符合国家法律法规；②项目与部门职责范围相符；③项目属于公共财政支持范围。以上三项全部符合得2分，每有一项不符合扣1分，扣完为止。",
     "2", "1", [1, 0, 1], "1"),
    ("①甲；②乙；③丙。以上三项均符合要求的得3分，每有一项不符合扣1分。", "3", "1", [0, 0, 0], "0"),
    ("①甲；②乙；③丙；④丁。四项都满足的计4分，每有一项未满足扣1.5分，扣完为止。", "4", "1.5", [1, 0, 0, 1], "1"),
])
def test_all_met_earn_the_points_and_each_unmet_takes_off(text, full, per, met, want):
    rule = parse_rule(text)
    assert rule.shape == "elements" and rule.all_met == D(full) and rule.per_unmet == D(per)
    assert rule.maximum(D(full)) == D(full)
    assert score_for(rule, D(full), shares=[D(x) for x in met]) == D(want)


@pytest.mark.parametrize("text, value, points, want", [
    # 岚溪 (held out): a part of a step counted as a whole step
    ("持证率100%得3分，每降低1个百分点扣0.5分（不足1个百分点按1个百分点计算）。", "99.76", "3", "2.5"),
    ("满意度≥90%得4分；低于90%的，每降低1个百分点扣0.5分（不足1个百分点按1个百分点计算），低于80%不得分。", "89.74", "4", "3.5"),
    ("执行率100%得5分，每降低1%扣0.5分，不足1%的按1%扣分。", "97.5", "5", "3.5"),
    # or not at all
    ("满意度≥90%得4分；低于90%的，每降低1个百分点扣0.5分，不足1个百分点的不扣分。", "89.74", "4", "4"),
    ("满意度≥90%得4分；低于90%的，每降低1个百分点扣0.5分，不足1个百分点的不扣分。", "88.5", "4", "3.5"),
    ("满意度≥90%得4分；低于90%的，每降低1%扣0.5分，不足1%的不扣分。", "89.74", "4", "4"),
    # and, said nowhere, pro rata
    ("满意度≥90%得4分；低于90%的，每降低1个百分点扣0.5分。", "89.74", "4", "3.87"),
])
def test_a_part_of_a_step_counts_as_the_rule_says(text, value, points, want):
    assert band_score(parse_rule(text), D(value), D(points)) == D(want)


@pytest.mark.parametrize("text, value, points, want", [
    # the condition first, the award after 则 (writer Y, 广东/广西 自评 house styles)
    ("若“三公”经费控制率在70%—100%之间，则得1分；若超出100%，则每增加1%扣0.1分，扣完为止；超过10%的，不得分。", "50", "1", None),
    ("若“三公”经费控制率在70%—100%之间，则得1分；若超出100%，则每增加1%扣0.1分，扣完为止；超过10%的，不得分。", "105", "1", "0.5"),
    ("若执行率达到100%，则得满分；若执行率低于100%，则每降低1%扣0.2分，扣完为止。", "95", "2", "1"),
    ("如果满意度≥90%，则得满分；如果满意度在80%（含）-90%之间，则得3分；否则不得分。", "85", "4", "3"),
    ("若达标率在90%以上，则为满分；若在60%-90%之间，则得2分；若在60%以下，则不得分。", "95", "3", "3"),
    ("若达标率在90%以上，则为满分；若在60%-90%之间，则得2分；若在60%以下，则不得分。", "75", "3", "2"),
])
def test_conditions_first_and_awards_after_则(text, value, points, want):
    rule = parse_rule(text)
    assert rule.shape == "bands" and "若" not in rule.rate_name
    got = band_score(rule, D(value), D(points))
    assert got == (None if want is None else D(want))


@pytest.mark.parametrize("rule, reason, want", [
    # the things a deduction counts, named in the reason as the rule names them (淮岭, held out)
    ("已完工形成资产的项目均完成确权登记得满分，每有1个项目未确权登记扣0.5分，扣完为止。",
     "形成资产项目48个，已确权45个，3个项目未确权。该项得分3分（满分4分）。", 3),
    ("每有一个项目未按期完工扣1分，扣完为止。", "全县共实施项目10个，8个项目按期完工，2个项目未按期完工。", 2),
    ("每有1个村未公示扣0.5分。", "抽查12个村，其中3个村未公示项目资金使用情况。", 3),
    # the look-alikes: other things counted, or two counts of the same thing
    ("每有1个项目未确权登记扣0.5分。", "3个项目未完成验收。", None),
    ("每有1个项目未确权登记扣0.5分。", "初查3个项目未确权登记；复核后2个项目未确权登记。", None),
])
def test_a_deduction_counts_what_its_rule_names(rule, reason, want):
    r = parse_rule(rule)
    assert r.shape == "deductions" and problems_found(reason, r.counted) == want


@pytest.mark.parametrize("text, n, each", [
    # elements numbered 1. 2. or 1、2、 (writer ZA, 重庆/云南 乡镇 house style)
    ("1.部门是否防范化解劳资纠纷；2.是否提升调解仲裁效能。以上各项权重均为50%，有的，每项得1.5分；无的，该项得0分。", 2, "1.5"),
    ("1、是否制定计划；2、是否明确分工；3、是否按期完成。以上各占1/3权重，符合得1分。", 3, "1"),
])
def test_elements_numbered_with_digits(text, n, each):
    rule = parse_rule(text)
    assert rule.shape == "elements" and len(rule.elements) == n and rule.each.text == each
    assert elements_met(rule, "1.已制定；2.未明确。" if n == 2 else "1.已制定；2.已明确；3.未按期完成。")[0] == \
        ([True, False] if n == 2 else [True, True, False])


def test_a_decimal_is_no_element_number():
    rule = parse_rule("满分3分。预算执行率100%得3分，每降低1.5%扣0.5分。")
    assert rule.shape == "bands"


def test_marks_in_groups_with_their_own_points():
    """"①②各0.5分，③1分" (桑干, held out): 2 points in all, not three elements of 0.5."""
    rule = parse_rule("①项目立项符合法规；②与部门职责相符；③属于公共财政支持范围。①②各0.5分，③1分。")
    assert rule.shape == "elements" and rule.element_points == [D("0.5"), D("0.5"), D("1")] and rule.maximum(D(2)) == D(2)
    assert isinstance(parse_rule("①甲；②乙；③丙。①②各0.5分。"), NotRead)  # ③'s points not said


@pytest.mark.parametrize("text, value, points, want", [
    # a band said as what it is not docked (writer ZA)
    ("“三公”经费控制率在70%—100%的不扣分，得1分；超出100%的，每增加1%扣0.1分；超过10%的不得分。", "50", "1", None),
    ("“三公”经费控制率在70%—100%的不扣分，得1分；超出100%的，每增加1%扣0.1分；超过10%的不得分。", "85", "1", "1"),
    ("执行率≥95%的不扣分，每降低1%扣0.2分。", "90", "2", "1"),
])
def test_a_band_said_as_not_docked(text, value, points, want):
    got = band_score(parse_rule(text), D(value), D(points))
    assert got == (None if want is None else D(want))
