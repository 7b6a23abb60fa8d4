"""A project 自评表 whose layout puts the 权重 before the 实际完成值 (三级指标 | 指标性质 |
指标值 | 度量单位 | 权重 | 实际完成值 | 得分), as some provinces print it: one cell per
line, one row per line and a Word grid are read by the header's order, so the 实际完成值 is
not taken for the 分值 (figures our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import findings_of
from review_support import word_table

from jixiao.review.indicators import DEFAULT_INDICATORS
from jixiao.review.service import review_file

HEADER = ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重（分）"]
HEADER += ["实际完成值", "得分"]
ROWS = [
    ["产出指标", "数量指标", "绿化补植面积", "≥", "8", "万平方米", "20", "{area}", "20"],
    ["", "质量指标", "苗木成活率", "≥", "90", "%", "15", "{alive}", "15"],
    ["", "时效指标", "按期完成率", "=", "100", "%", "15", "100", "15"],
    ["效益指标", "社会效益指标", "人居环境改善", "定性", "优良中低差", "%", "20", "优", "18"],
    ["", "可持续影响指标", "设施完好率", "≥", "90", "%", "10", "93", "10"],
    ["满意度指标", "服务对象满意度指标", "居民满意度", "≥", "85", "%", "10", "88", "{score}"],
]
TOTAL = ["合计", "", "", "", "", "", "90", "", "{total}"]
RIGHT = {"area": "8.4", "alive": "92", "score": "10", "total": "88"}
FAULTS = [
    ({"total": "89"}, "score-total-mismatch", ("89", "88")),
    ({"score": "12", "total": "90"}, "table-score-over-weight", ("12", "10")),
    ({"alive": "86"}, "score-full-on-missed", ("15", "14.33")),  # 15 × 86 ÷ 90
    ({"area": "7.6"}, "score-full-on-missed", ("20", "19.00")),  # 20 × 7.6 ÷ 8
]


def _rows(values: dict[str, str]) -> list[list[str]]:
    return [HEADER] + [[c.format(**values) for c in row] for row in [*ROWS, TOTAL]]


def _cell_per_line(values: dict[str, str]) -> str:
    return "项目支出绩效自评表\n" + "\n".join(c for row in _rows(values) for c in row if c)


def _row_per_line(values: dict[str, str]) -> str:
    return "项目支出绩效自评表\n" + "\n".join(" ".join(c for c in r if c) for r in _rows(values))


def _table_findings(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.code, f.stated, f.recomputed) for f in findings_of(text)]


@pytest.mark.parametrize("form", [_cell_per_line, _row_per_line])
def test_a_right_table_of_this_layout_passes(form: object) -> None:
    assert callable(form)
    assert _table_findings(form(RIGHT)) == []


@pytest.mark.parametrize("form", [_cell_per_line, _row_per_line])
@pytest.mark.parametrize(("change", "code", "fault"), FAULTS)
def test_a_fault_in_a_table_of_this_layout_is_found(
    form: object, change: dict[str, str], code: str, fault: tuple[str, str]
) -> None:
    assert callable(form)
    found = _table_findings(form({**RIGHT, **change}))
    assert (code, *fault) in found


@pytest.mark.parametrize(("change", "code", "fault"), [({}, None, None), *FAULTS])
def test_the_same_layout_as_a_word_grid(
    tmp_path: Path, change: dict[str, str], code: str | None, fault: tuple[str, str] | None
) -> None:
    path = tmp_path / "自评表.docx"
    word_table(path, _rows({**RIGHT, **change}), caption="项目支出绩效自评表")
    found = [
        (f.code, f.stated, f.recomputed) for f in review_file(path, DEFAULT_INDICATORS).findings
    ]
    if code is None:
        assert found == []
    else:
        assert fault is not None
        assert (code, *fault) in found


@pytest.mark.parametrize(
    ("score", "total", "found"), [("18", "88", []), ("22", "92", [("22", "20")])]
)
def test_a_qualitative_row_with_no_unit_on_a_line_of_its_own(
    score: str, total: str, found: list[tuple[str, str]]
) -> None:
    """“人居环境改善 定性 优 20 优 18”: the empty 度量单位 left no trace on the line."""
    rows = _rows({**RIGHT, "total": total})
    rows[4] = ["效益指标", "社会效益指标", "人居环境改善", "定性", "优", "", "20", "优", score]
    text = "项目支出绩效自评表\n" + "\n".join(" ".join(c for c in r if c) for r in rows)
    assert [(s, r) for c, s, r in _table_findings(text) if c == "table-score-over-weight"] == found
    assert [c for c, _, _ in _table_findings(text) if c == "score-total-mismatch"] == []
