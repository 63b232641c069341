"""The rule reader: shapes, maxima, bands, elements met."""

from decimal import Decimal as D

import pytest

from reportlint.rules import NotRead, band_score, elements_met, parse_rule

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
    ],
)
def test_elements_met(reason, want):
    met, _ = elements_met(parse_rule(ELEMENTS), reason)
    assert met == want


def test_polarity_of_questions_about_bad_things():
    rule = parse_rule("①是否符合规定；②是否存在截留、挤占、挪用等情况。以上要素各占50%权重分，符合得1分，不符合得0分。")
    assert elements_met(rule, "①符合规定；②不存在截留、挤占、挪用等情况。")[0] == [True, True]
    assert elements_met(rule, "①符合规定；②存在挤占情况。")[0] is None  # said plainly, but not sure which way: unchecked
