"""A scoring table of one indicator, written as data, for the rule checks' cases."""

from casekit import table


def one_indicator(points: str, rule: str, reason: str, score: str) -> str:
    """A 附件1 with one 三级指标 worth `points` (and a second one making 100 in all)."""
    rest = str(100 - int(float(points)))
    return "附件1：评分表\n\n" + table(
        "一级指标|二级指标|三级指标|评分标准|得分原因|得分",
        f"决策(100)|目标(100)|甲({points})|{rule}|{reason}|{score}",
        f"||乙({rest})|视情况酌情扣分。|按实际情况。|{rest}",
    )
