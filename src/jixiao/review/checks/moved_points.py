"""Two amounts of one document with the same digits and the decimal point moved:

    …孤儿补助资金项目总预算458.96万元，2022年决算财政资金支出45.896万元。

Typed by hand, the point slipped: a budget and what it spent are no two figures of the same
digits by chance, so the pair is told even side by side in one sentence. Only amounts of
four significant digits or more, not areas or lengths; not where the power of ten between
them is a share or a count the text tells (预留合同金额的10%…, 10个村每村…), nor a part
told right after a 其中 that follows the whole. The one written fewer times is the suspect;
none in a document of more than three such pairs. It stays a warning.
"""

from __future__ import annotations

import re
from decimal import Decimal

from jixiao.review.checks.swapped_digits import MOST
from jixiao.review.checks.swapped_digits import Written
from jixiao.review.checks.swapped_digits import pair_finding
from jixiao.review.checks.swapped_digits import pairs
from jixiao.review.checks.swapped_digits import written_figures
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY

#: Digits an amount must show for its point to be told apart from chance (45.896 / 458.96).
_MOVED_DIGITS = 4
#: What a count of ten or a hundred counts, a standard per one of which makes a whole.
_COUNTED = r"(?:户|人|村|家|所|项|名|次|台|辆|套|处|座|期|批|个)"


def point_moved(first: str, second: str) -> bool:
    """``second`` is ``first`` with its decimal point in another place (458.96 / 45.896)."""
    a, b = first.replace(".", "").lstrip("0"), second.replace(".", "").lstrip("0")
    if "." not in first + second or a != b or len(a.rstrip("0")) < _MOVED_DIGITS:
        return False
    return Decimal(first) != Decimal(second)


def _factor_told(one: Written, other: Written) -> bool:
    """The power of ten between the two is a share or a count the text tells (10%作为质保金,
    10个村每村…, 100户每户…): the one is that share of the other, or the other that many."""
    high, low = sorted((one.quantity.value, other.quantity.value), reverse=True)
    factor = (high / low).normalize()
    share = format((Decimal(100) / factor).normalize(), "f")
    shares = re.compile(rf"(?<![\d.]){re.escape(share)}\s*[%％]")
    count = re.compile(rf"(?<![\d.]){format(factor, 'f')}\s*(?:个)?{_COUNTED}")
    return any(
        shares.search(w.sentence.paragraph.text) or count.search(w.sentence.text)
        for w in (one, other)
    )


def _part_of(one: Written, other: Written) -> bool:
    """The smaller told as a part of the larger: the first figure after a 其中 that follows
    the larger in the same paragraph (“…1,234.5万元…。其中，城关镇安排123.45万元”)."""
    small, large = sorted((one, other), key=lambda w: w.quantity.value)
    if small.sentence.paragraph is not large.sentence.paragraph:
        return False
    text = small.sentence.paragraph.text
    start = large.sentence.start + large.quantity.end
    end = small.sentence.start + small.quantity.start
    opened = text.rfind("其中", start, end)
    return start < end and opened >= 0 and not re.search(r"\d", text[opened:end])


def check_moved_points(doc: ReportDoc) -> list[ReviewFinding]:
    """Amounts written twice with the same digits and the point moved, as a warning."""
    money = [w for w in written_figures(doc) if w.quantity.kind == MONEY]
    found = [
        (kept, suspect)
        for kept, suspect in pairs(money, point_moved, one_sentence=True)
        if not (_factor_told(kept, suspect) or _part_of(kept, suspect))
    ]
    if len(found) > MOST:
        return []
    said = "数字相同而小数点位置不同，疑为小数点错位"
    return [pair_finding("figure-point-moved", kept, suspect, said) for kept, suspect in found]
