"""How a figure typed by hand goes wrong, told from the figure it should have been."""

from __future__ import annotations

import pytest

from jixiao.review.slips import one_digit
from jixiao.review.slips import slip


@pytest.mark.parametrize(
    ("written", "meant", "typed"),
    [
        ("80", "50", True),
        ("0.08", "0.03", True),  # a figure below one keeps its zero
        ("1,320", "1220", True),
        ("75", "60", False),  # two digits
        ("130", "30", False),  # a digit more
        ("012", "013", False),  # no figure as written
        ("2.5", "25", False),  # the point moved: another slip
    ],
)
def test_one_digit_typed_wrong(written: str, meant: str, typed: bool) -> None:
    assert one_digit(written, meant) is typed


@pytest.mark.parametrize(
    ("written", "meant", "how"),
    [("1929", "1299", "相邻两位数字颠倒"), ("15.8", "158", "小数点错位"), ("80", "50", None)],
)
def test_slips_of_the_hand(written: str, meant: str, how: str | None) -> None:
    assert slip(written, meant) == how
