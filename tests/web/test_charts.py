"""Charts: the score bands, bar lengths and the 一级指标 radar are computed, not guessed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.urls import reverse

from jixiao.web.services.charts import RADAR_CENTRE
from jixiao.web.services.charts import RADAR_RADIUS
from jixiao.web.services.charts import pixels
from jixiao.web.services.charts import radar
from jixiao.web.services.charts import score_histogram
from jixiao.web.services.evaluation import evaluate_document
from jixiao.web.services.submissions import save_document


def test_score_bands_count_each_unit_once() -> None:
    scores = [Decimal(s) for s in ("100", "90.00", "89.99", "75", "60", "59.99", "0", "-1")]
    bars = {b.label: int(b.value) for b in score_histogram(scores)}
    assert bars == {"90–100 分": 2, "80–90 分": 1, "70–80 分": 1, "60–70 分": 1, "60 分以下": 3}
    assert sum(bars.values()) == len(scores)


def test_bar_lengths_are_shares_of_the_longest() -> None:
    assert pixels(Decimal("89.98"), Decimal(100), 300) == 270  # 269.94 half-up
    assert pixels(Decimal("120"), Decimal(100), 300) == 300  # capped at the full length
    assert pixels(Decimal("-5"), Decimal(100), 300) == 0
    assert pixels(Decimal(3), Decimal(0), 300) == 0
    widths = [b.width for b in score_histogram([Decimal(95), Decimal(95), Decimal(50)])]
    assert widths == [300, 0, 0, 0, 150]


def test_radar_share_is_points_earned_over_points_available(org: dict[str, Any]) -> None:
    evaluation, _ = evaluate_document(org["complete"], "bumen-zhengti")
    assert evaluation is not None
    axes = {a.label: a for a in radar(evaluation)["axes"]}  # type: ignore[attr-defined]
    # 管理效率 has 40 points and loses 2 + 0.6 + 0.6 + 2 + 1 + 0.01 + 0.15 = 6.36 of them;
    # 履职效能 loses 0.5 of 20; the other four keep full marks.
    shares = {label: str(axis.share) for label, axis in axes.items()}
    assert shares == {
        "运行成本": "100.00",
        "管理效率": "84.10",
        "履职效能": "97.50",
        "社会效应": "100.00",
        "可持续发展能力": "100.00",
        "满意度": "100.00",
    }
    # six axes from the top, clockwise: the first at full radius straight up, the fourth
    # straight down
    assert axes["运行成本"].point == (RADAR_CENTRE, RADAR_CENTRE - RADAR_RADIUS)
    assert axes["社会效应"].point == (RADAR_CENTRE, RADAR_CENTRE + RADAR_RADIUS)


def test_review_page_and_dashboard_draw_their_charts(login: Any, org: dict[str, Any]) -> None:
    record = org["records"]["a"]
    save_document(record.pk, org["users"]["unit_a"], org["complete"], record.version)
    page = login("bureau").get(reverse("review", args=[record.pk])).content.decode()
    assert 'aria-label="一级指标得分率雷达图"' in page
    assert "<polygon points=" in page
    board = login("bureau").get(reverse("dashboard")).content.decode()
    for label in ("总分分布", "等级分布", "预算执行率"):
        assert board.count(f'aria-label="{label}"') == 1


def test_deadlines_are_phrased_for_people() -> None:
    from jixiao.web.templatetags.jixiao import days_left  # noqa: PLC0415 - the filter itself

    assert [days_left(d) for d in (5, 0, -3, None)] == ["剩余 5 天", "今日截止", "已逾期 3 天", "—"]
