"""A unit slipped in a total or its parts: one part in 元 among 万元, a total in 元 over parts in
万元, or 元 and 万元 mixed throughout — the sum holds only when read in the larger unit."""

from __future__ import annotations

from decimal import Decimal

from jixiao.review.checks.sum_claims import SumClaim
from jixiao.review.checks.sum_claims import claim_finding
from jixiao.review.checks.sum_tolerance import NEARLY_ALL_SHARE
from jixiao.review.checks.sum_tolerance import tolerance
from jixiao.review.model import ReviewFinding
from jixiao.review.text.quantities import MONEY
from jixiao.review.text.quantities import Quantity
from jixiao.review.text.quantities import as_unit
from jixiao.review.text.quantities import fmt_quantity


def unit_slip(total: Quantity, parts: tuple[Quantity, ...]) -> Quantity | None:
    """The one part written in 元 among parts and a total in 万元 (or 亿元) that, read in
    their unit, brings the parts within a tenth of the total, or keeps them below it, when
    they do not add up as written: a slip of the unit."""
    if total.kind != MONEY or total.unit not in _SCALED:
        return None
    odd = [p for p in parts if p.unit == "元"]
    if len(odd) != 1 or any(p.unit != total.unit for p in parts if p is not odd[0]):
        return None
    slipped = as_unit(odd[0], total.unit)
    plain = sum((p.value for p in parts), Decimal(0))
    if abs(plain - total.value) <= tolerance(total, parts):
        return None  # “39.2696万元，其中39万元、2696元”: both units meant
    added = plain - odd[0].value + slipped.value
    near = total.value * NEARLY_ALL_SHARE <= added <= total.value * (2 - NEARLY_ALL_SHARE)
    # “85万元（…资金13万元，…扶助27元）”: 27元 beside 万元 is 27万元 slipped, wrong or right
    return slipped if near or added < total.value else None


_SCALED = ("万元", "亿元")


def total_slip(claim: SumClaim, parts: tuple[Quantity, ...]) -> ReviewFinding | None:
    """A total written in 元 whose parts, all in 万元 (or 亿元), add up to it read in their
    unit (“全年预算数3056元：其中中央2056万元、省级1000万元”): a slip of the total's unit."""
    total = claim.total
    units = {p.unit for p in parts}
    if total.kind != MONEY or total.unit != "元" or len(units) != 1 or units & {"元"}:
        return None
    unit = units.pop()
    if unit not in _SCALED:
        return None
    meant = as_unit(total, unit)
    added = sum((p.value for p in parts), Decimal(0))
    if abs(added - meant.value) > tolerance(meant, parts):
        return None
    message = (
        f"总数{total.text}与各分项单位不一，按{unit}计为{fmt_quantity(meant.value, meant)}，"
        f"与各项之和{'＋'.join(p.text for p in parts)}相符，应为笔误，请更正单位。"
    )
    recomputed = fmt_quantity(meant.value, meant)
    return claim_finding("unit-slip", claim.sentence, total, parts[-1], message, recomputed)


def mixed_slip(claim: SumClaim, parts: tuple[Quantity, ...]) -> ReviewFinding | None:
    """A total and parts in 元 and in 万元 (or 亿元) mixed, that add up only when every figure
    is read in the larger unit (“收入88435元，其中：税收收入39029元，…非税收入49406万元”)."""
    figures = (claim.total, *parts)
    units = {q.unit for q in figures}
    if claim.total.kind != MONEY or "元" not in units or len(units) != 2:
        return None
    unit = (units - {"元"}).pop()
    if unit not in _SCALED:
        return None
    written = sum((p.value for p in claim.parts), Decimal(0))
    as_written = abs(written - claim.total.value) <= tolerance(claim.total, claim.parts)
    if any(q.unit == "元" and not q.value for q in figures) or as_written:
        return None  # a 0元 is 0 in any unit; parts that add up as written are meant so
    read = [as_unit(q, unit) if q.unit == "元" else q for q in figures]
    added = sum((q.value for q in read[1:]), Decimal(0))
    slipped = "、".join(q.text for q in figures if q.unit == "元")
    if read[0].value != added:
        return _mixed_short(claim, parts, read, slipped)
    message = (
        f"总数与各分项单位不一（{slipped}），按{unit}计则{claim.total.text}与各项之和"
        f"{'＋'.join(p.text for p in parts)}相符，应为笔误，请更正单位。"
    )
    recomputed = fmt_quantity(read[0].value, read[0])
    return claim_finding("unit-slip", claim.sentence, claim.total, parts[-1], message, recomputed)


#: How near, read in the larger unit, a mixed list must come to its total to be meant so.
_NEAR = Decimal("0.1")


def _mixed_short(
    claim: SumClaim, parts: tuple[Quantity, ...], read: list[Quantity], slipped: str
) -> ReviewFinding | None:
    """Mixed units that, all read in the larger one, come near their total but still do not
    make it: the sum is wrong as well as the unit (“88435元，其中：税收收入39029元，…非税收入
    49046万元”: 88075万元)."""
    total = read[0]
    added = sum((q.value for q in read[1:]), Decimal(0))
    if not total.value or abs(added - total.value) > total.value * _NEAR:
        return None
    listed = "＋".join(fmt_quantity(q.value, q) for q in read[1:])
    shown = fmt_quantity(added, total)
    message = (
        f"总数与各分项单位不一（{slipped}）；即使均按{total.unit}计，{listed}＝{shown}，"
        f"与总数{fmt_quantity(total.value, total)}仍相差"
        f"{fmt_quantity(abs(added - total.value), total)}，请核实。"
    )
    return claim_finding("sum-mismatch", claim.sentence, claim.total, parts[-1], message, shown)


def slip_finding(claim: SumClaim, parts: tuple[Quantity, ...], slip: Quantity) -> ReviewFinding:
    """A part whose unit slipped: the sum read in the others' unit, and whether it holds."""
    total = claim.total
    read = tuple(slip if p.start == slip.start else p for p in parts)
    added = sum((p.value for p in read), Decimal(0))
    listed = "＋".join(p.text for p in parts)
    note = f"其中{slip.text}与其他各项单位不一，按{slip.unit}计"
    if abs(added - total.value) <= tolerance(total, read):
        code = "unit-slip"
        message = f"{note}，各项之和与总数{total.text}相符，应为笔误，请更正单位。"
    else:
        code = "sum-mismatch"
        gap = fmt_quantity(abs(added - total.value), total)
        message = (
            f"所述总数{total.text}与所列分项之和不符：{listed}（{note}）＝"
            f"{fmt_quantity(added, total)}，相差{gap}，请核实。"
        )
    recomputed = fmt_quantity(added, total)
    return claim_finding(code, claim.sentence, total, parts[-1], message, recomputed)
