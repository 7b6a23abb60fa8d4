"""How a figure typed by hand goes wrong, told from the figure it should have been: two
neighbouring digits swapped (1929 for 1299), the decimal point moved (15.8 for 158). Figures
are compared as written, without thousands commas."""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.swapped_digits import swapped

SWAPPED = "相邻两位数字颠倒"
MOVED_POINT = "小数点错位"
ONE_DIGIT = "一位数字录入有误"


def _plain(figure: str) -> str:
    return figure.replace(",", "")


def _significant(figure: str) -> str:
    """The digits without the point, leading zeros and the zeros of an empty fraction."""
    whole, _, fraction = _plain(figure).partition(".")
    return (whole + fraction.rstrip("0")).lstrip("0")


def moved_point(written: str, meant: str) -> bool:
    """``written`` is ``meant`` with its decimal point moved (15.8 for 158, 0.32 for 3.2)."""
    a, b = _plain(written), _plain(meant)
    return _significant(a) == _significant(b) and Decimal(a) != Decimal(b)


def one_digit(written: str, meant: str) -> bool:
    """``written`` is ``meant`` with one digit typed wrong (80 for 50, 1,320 for 1,220)."""
    a, b = _plain(written), _plain(meant)
    if len(a) != len(b) or a.find(".") != b.find(".") or _padded(a) or _padded(b):
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _padded(figure: str) -> bool:
    """A whole part opening with a zero it does not need (012, 05.3): no figure as written."""
    whole = figure.partition(".")[0]
    return len(whole) > 1 and whole[0] == "0"


def slip(written: str, meant: str) -> str | None:
    """How ``written`` differs from ``meant`` as a slip of the hand, or None."""
    if swapped(_plain(written), _plain(meant)):
        return SWAPPED
    return MOVED_POINT if moved_point(written, meant) else None


def corrected(figure: str, gap: Decimal) -> str | None:
    """``figure`` moved by ``gap``, written to its own places, when it stays above zero and
    the gap keeps to those places (what a part would be for its sum to meet the total)."""
    written = _plain(figure)
    value = Decimal(written) + gap
    step = places(written)
    if value <= 0 or value.quantize(step) != value:
        return None
    return str(value.quantize(step))


def places(figure: str) -> Decimal:
    """The last place a figure is written to (0.01 for 238.93, 1 for 1969)."""
    exponent = Decimal(_plain(figure)).as_tuple().exponent
    return Decimal(1).scaleb(exponent)  # type: ignore[arg-type]


_PLAIN = re.compile(r"\d+(?:\.\d+)?")


def written_slip(written: str, recomputed: str | None) -> bool:
    """``written`` (“256.6%”) is ``recomputed`` (“265.62%”) at its own places, slipped."""
    right = _PLAIN.match(recomputed or "")
    figure = written.rstrip("%")
    if right is None or not _PLAIN.fullmatch(figure):
        return False
    return slip(figure, str(Decimal(right.group()).quantize(places(figure)))) is not None
