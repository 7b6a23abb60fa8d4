"""How a 自评表 finding shows a figure and where it quotes its row from."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP
from decimal import Decimal

from jixiao.review.model import Paragraph


def show(value: Decimal, places: int) -> str:
    return str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


_QUOTE = 40  # characters quoted from where the first text stands


def quote_span(paragraph: Paragraph, *texts: str) -> tuple[int, int] | None:
    """Where to quote ``texts`` from: the first one's place that has the others after it
    within the quote (a row's 实际完成值 and then its 得分), else its first place."""
    text = paragraph.text
    present = [t for t in texts if t and t in text]
    if not present:
        return None
    first, rest = present[0], present[1:]
    places = [m.start() for m in re.finditer(re.escape(first), text)]
    near = [at for at in places if all(t in text[at + len(first) : at + _QUOTE] for t in rest)]
    start = (near or places)[0]
    return start, min(len(text), start + _QUOTE)
