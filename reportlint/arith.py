"""Interval arithmetic on stated figures: a total agrees with its parts when the intervals meet.

"842.29" stands for [842.285, 842.295]; the sum of parts is the sum of their
intervals. No fixed tolerance anywhere (the rule XBRL Calculations 1.1 uses).
"""

from __future__ import annotations

from decimal import Decimal

from .figures import Number


def sum_interval(numbers: list[Number], scale: list[Decimal] | None = None) -> tuple[Decimal, Decimal]:
    lo = hi = Decimal(0)
    for i, n in enumerate(numbers):
        k = scale[i] if scale else Decimal(1)
        a, b = n.interval
        lo += a * k
        hi += b * k
    return lo, hi


def meets(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def exact(n: Number) -> tuple[Decimal, Decimal]:
    """A count (43人, 6份) is a whole number as stated, not a rounded one."""
    return n.value, n.value


def ratio_interval(num: tuple[Decimal, Decimal], den: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal] | None:
    """num/den over two intervals (both non-negative), or None when den may be zero."""
    if den[0] <= 0 or num[0] < 0:
        return None
    return num[0] / den[1], num[1] / den[0]


def score_agrees(expected: Decimal, stated: Number) -> bool:
    """A score as the report states it against the score a rule gives. Scores are exact ("3" is three
    points, not 2.5 to 3.5); only a score that two decimals cannot hold (4/3 of a point) may be written
    rounded, half up, at the stated precision."""
    if expected == stated.value:
        return True
    if expected == expected.quantize(Decimal("0.01")):
        return False  # a score of whole hundredths is written exactly or it is wrong
    exp = stated.value.as_tuple().exponent
    q = Decimal(1).scaleb(exp) if isinstance(exp, int) else Decimal(1)
    return expected.quantize(q, rounding="ROUND_HALF_UP") == stated.value


def fmt(value: Decimal, like: str = "") -> str:
    """value written the way `like` was: thousands separators and decimals as stated."""
    decimals = len(like.split(".")[1]) if "." in like else (0 if like or value == value.to_integral_value() else 2)
    q = Decimal(1).scaleb(-decimals)
    v = value.quantize(q)
    return f"{v:,.{decimals}f}" if "," in like or "，" in like else f"{v:.{decimals}f}"


def plain(value: Decimal) -> str:
    """A Decimal as people write it: 100, not 1E+2; 4.5, not 4.50; a quotient that does not end (7/7.4×4) to four
    places, 3.7838."""
    if value != value.quantize(Decimal("0.0001"), rounding="ROUND_HALF_UP"):
        value = value.quantize(Decimal("0.0001"), rounding="ROUND_HALF_UP")
    return format(value.normalize(), "f")
