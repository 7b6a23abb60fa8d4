"""Property tests: invariants of money and scores over many generated inputs."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from jixiao.core.evaluate import evaluate
from jixiao.core.numbers import percent
from jixiao.core.scoring import RULES
from jixiao.core.scoring import RuleInput
from jixiao.frameworks import load_pair
from jixiao.synthetic import synthetic_submission

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100000), places=2)
values = st.decimals(min_value=Decimal(-200), max_value=Decimal(500), places=2)
weights = st.decimals(min_value=Decimal("0.5"), max_value=Decimal(20), places=1)
BANDS = {"absolute": True, "bands": [{"upto": 0, "points": 3}, {"upto": 10, "points": 2}]}


@given(num=amounts, den=amounts)
def test_percent_has_two_places_and_matches_exact_value(num: Decimal, den: Decimal) -> None:
    rate = percent(num, den)
    assert rate is not None
    assert rate.as_tuple().exponent == -2
    assert abs(rate - num / den * 100) <= Decimal("0.005")


@given(value=values, target=values, weight=weights, rule=st.sampled_from(sorted(RULES)))
def test_every_rule_scores_within_zero_and_weight(
    value: Decimal, target: Decimal, weight: Decimal, rule: str
) -> None:
    params = {"per_point": "0.5", **BANDS}
    score = RULES[rule](
        RuleInput(
            value=value,
            target=target,
            comparison="<=",
            weight=weight,
            coefficient=Decimal("0.7"),
            params=params,
        )
    )
    assert Decimal(0) <= score <= weight


@settings(max_examples=60, deadline=None)
@given(index=st.integers(min_value=0, max_value=100000))
def test_generated_units_total_is_the_sum_and_weights_hold(index: int) -> None:
    department, project = load_pair()
    result = evaluate(synthetic_submission(index), department, project)
    assert all(Decimal(0) <= r.score <= r.weight for r in result.indicators)
    assert result.score_sum == sum(r.score for r in result.indicators)
    assert result.total_score <= Decimal(100)
    if result.cap is None:
        assert result.total_score == result.score_sum
    total = result.budget[0]
    assert total.executed == result.budget[1].executed + result.budget[2].executed  # type: ignore[operator]
