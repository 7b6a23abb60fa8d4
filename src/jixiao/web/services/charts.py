"""Chart geometry for inline SVG (the page's CJK font renders the labels; no images).

Bars take their lengths from Decimal figures rounded to whole pixels; only the radar's
angles use floating point, for screen coordinates, never for figures shown as numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP
from decimal import Decimal

from jixiao.core.model import Evaluation
from jixiao.core.model import IndicatorResult
from jixiao.core.model import Status
from jixiao.core.numbers import percent

#: Score bands of the distribution chart: (label, lowest score included).
SCORE_BANDS: tuple[tuple[str, Decimal], ...] = (
    ("90–100 分", Decimal(90)),
    ("80–90 分", Decimal(80)),
    ("70–80 分", Decimal(70)),
    ("60–70 分", Decimal(60)),
    ("60 分以下", Decimal(0)),
)
RADAR_CENTRE = 160
RADAR_RADIUS = 110


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its label, the figure printed beside it and its length in pixels."""

    label: str
    value: str
    width: int


def pixels(value: Decimal, full: Decimal, length: int) -> int:
    """``value`` of ``full`` as a length of at most ``length`` pixels (half-up)."""
    if full <= 0:
        return 0
    share = min(max(value, Decimal(0)), full) / full
    return int((share * length).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def score_histogram(scores: list[Decimal], length: int = 300) -> list[Bar]:
    """How many units fall in each score band, highest band first."""
    counts = dict.fromkeys((label for label, _ in SCORE_BANDS), 0)
    for score in scores:
        lowest = SCORE_BANDS[-1][0]  # a score below 0 (a damaged record) counts there too
        label = next((label for label, low in SCORE_BANDS if score >= low), lowest)
        counts[label] += 1
    top = Decimal(max(counts.values(), default=0))
    return [Bar(label, str(n), pixels(Decimal(n), top, length)) for label, n in counts.items()]


@dataclass(frozen=True, slots=True)
class RadarAxis:
    """One 一级指标: its share of the points (得分 ÷ 分值) and where it is drawn."""

    label: str
    share: Decimal
    point: tuple[float, float]
    tip: tuple[float, float]
    anchor: str


def _at(index: int, count: int, fraction: float) -> tuple[float, float]:
    angle = -math.pi / 2 + 2 * math.pi * index / count
    radius = RADAR_RADIUS * fraction
    x = RADAR_CENTRE + radius * math.cos(angle)
    y = RADAR_CENTRE + radius * math.sin(angle)
    return round(x, 1), round(y, 1)


def _anchor(x: float) -> str:
    if abs(x - RADAR_CENTRE) < 1:
        return "middle"
    return "start" if x > RADAR_CENTRE else "end"


def _left_out(evaluation: Evaluation, result: IndicatorResult) -> bool:
    """不适用 indicators count only where the framework gives them full marks."""
    return result.status is Status.NA and evaluation.na_policy == "rescale"


def radar(evaluation: Evaluation) -> dict[str, object]:
    """The 一级指标 radar of one unit: axes, the polygon and the reference rings."""
    groups = evaluation.by_level1()
    count = len(groups)
    if count < 3:
        return {"axes": [], "polygon": "", "rings": []}
    axes: list[RadarAxis] = []
    for index, (label, all_results) in enumerate(groups.items()):
        results = [r for r in all_results if not _left_out(evaluation, r)]
        weight = sum((r.weight for r in results), Decimal(0))
        score = sum((r.score for r in results), Decimal(0))
        share = percent(score, weight) or Decimal(0)
        fraction = float(min(max(share, Decimal(0)), Decimal(100)) / 100)
        tip = _at(index, count, 1.12)
        axes.append(RadarAxis(label, share, _at(index, count, fraction), tip, _anchor(tip[0])))
    rings = [
        " ".join(f"{x},{y}" for x, y in (_at(i, count, level) for i in range(count)))
        for level in (0.25, 0.5, 0.75, 1.0)
    ]
    polygon = " ".join(f"{a.point[0]},{a.point[1]}" for a in axes)
    ends = [_at(i, count, 1.0) for i in range(count)]
    return {"axes": axes, "polygon": polygon, "rings": rings, "ends": ends, "centre": RADAR_CENTRE}
