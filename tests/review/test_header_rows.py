"""A score table saved one cell to a line, a bar alone after every cell: group cells above
its header and a row of words with empty cells before the first row of figures, so its rows
are cut by the width that keeps the 权重分值 and the 得分 in their columns."""

from __future__ import annotations

from pathlib import Path

from jixiao.review.readers.cell_lines import join_cell_lines
from jixiao.review.service import review_file

_HEADER = [
    "目标名称",
    "目标值",
    "评价指标",
    "标准值",
    "目标完成值",
    "评价指标值",
    "权重分值",
    "评分规则",
    "得分",
]
_ROWS = [
    ["一、投入目标", "", "", "", "", "", "", "", ""],
    ["1.预算资金", "820", "预算完成率", "100%", "820", "100%", "2", "偏差超过10%不得分", "2"],
    ["2.到位资金", "820", "资金到位率", "100%", "820", "100%", "2", "未足额到位不得分", "2"],
    ["二、管理目标", "", "", "", "", "", "", "", ""],
    [
        "3.项目管理",
        "(1)建立管理制度;(2)按季度督导检查;(3)年终考核通报",
        "管理规范度",
        "100%",
        "已建立",
        "有",
        "3",
        "查阅资料",
        "{managed}",
    ],
    ["4.建档人数", "5200人", "建档率", "≥90%", "5160", "99.23%", "5", "≥85%得3分", "5"],
]


def _bar_lines(managed: str) -> str:
    cells = ["绩效目标设置情况", "绩效目标完成情况", *_HEADER]
    cells += [cell.format(managed=managed) for row in _ROWS for cell in row]
    lines = ["某区2023年度基本公共卫生服务项目绩效自评表"]
    for cell in cells:
        lines.extend([cell, "|"] if cell else ["|"])
    return "\n".join([*lines, "以上为本项目自评情况。"])


def test_rows_are_cut_under_the_header_past_the_group_cells() -> None:
    blocks = join_cell_lines(_bar_lines("3").split("\n"))
    rows = [block.cells for block in blocks if block.cells]
    assert rows[0] == ("绩效目标设置情况", "绩效目标完成情况")
    assert rows[1] == tuple(_HEADER)
    assert rows[2][0] == "一、投入目标"
    assert rows[6][1].startswith("(1)建立管理制度") and rows[6][-1] == "3"


def test_a_score_above_its_weight_in_such_a_table(tmp_path: Path) -> None:
    path = tmp_path / "自评表.txt"
    path.write_text(_bar_lines("3"), encoding="utf-8")
    codes = [f.code for f in review_file(path).findings]
    assert "table-score-over-weight" not in codes
    path.write_text(_bar_lines("4"), encoding="utf-8")
    found = [
        (f.stated, f.recomputed)
        for f in review_file(path).findings
        if f.code == "table-score-over-weight"
    ]
    assert found == [("4", "3")]
