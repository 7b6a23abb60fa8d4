"""Changes told after runs of levels (figures our own): a colloquial 增了 is a change word,
the two levels since the last change told are the ones compared, and a rate right over the
levels with a dated base (较2024年的…) leaves the fault to the change."""

from __future__ import annotations

from review_support import findings_of

_RUNS = (
    "2023年度基本支出318万元,2022年度基本支出275万元,2023年比上年基本支出增加43万元,"
    "增加原因是人员增加,2023年项目支出1846万元,2022年项目支出512万元,与上年相比{way}{change}万元。"
)


def _differences(text: str) -> list[tuple[str | None, str | None]]:
    return [(f.stated, f.recomputed) for f in findings_of(text) if f.code == "difference-mismatch"]


def test_the_second_change_of_a_run_is_over_its_own_two_levels() -> None:
    assert _differences(_RUNS.format(way="增了", change="1343")) == [
        ("1343万元", "增加1334.00万元")
    ]
    assert _differences(_RUNS.format(way="增加了", change="1343")) == [
        ("1343万元", "增加1334.00万元")
    ]
    assert _differences(_RUNS.format(way="增了", change="1334")) == []


def test_a_rate_right_over_dated_levels_leaves_the_fault_to_the_change() -> None:
    text = "2025年“三公”经费预算总额为1845万元,较2024年的2070万元减少252万元,下降10.9%。"
    codes = {f.code for f in findings_of(text) if f.severity == "error"}
    assert codes == {"difference-mismatch"}  # 225 ÷ 2070 = 10.87%: the rate is right
