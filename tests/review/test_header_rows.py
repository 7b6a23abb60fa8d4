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


def test_the_next_tables_caption_is_no_cell_of_the_run() -> None:
    caption = "表2 2023年度危房改造补助资金分配明细（单位：万元，数据截至2023年12月31日）"
    lines = [*_bar_lines("3").split("\n")[:-1], caption, "|", "户数", "|"]
    texts = [block.text for block in join_cell_lines(lines)]
    assert caption in texts


def test_the_grade_on_the_line_under_the_total_row(tmp_path: Path) -> None:
    # 79 is a 中 (60–79): the grade written under the table must match the total
    lines = ["某县2023年度小型农田水利项目绩效自评表"]
    cells = ["三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析"]
    cells += ["新增灌溉面积（亩）", "1200", "1250", "40", "40", ""]
    cells += ["工程验收合格率", "100%", "100%", "30", "20", "部分返工"]
    cells += ["年节水量（万立方米）", "30", "28", "30", "19", "降雨偏多", "总分", "79"]
    for cell in cells:
        lines.extend([cell, "|"] if cell else ["|"])
    path = tmp_path / "自评表.txt"
    path.write_text("\n".join([*lines, "自评等级：{grade}"]).format(grade="中"), encoding="utf-8")
    assert "grade-mismatch" not in [f.code for f in review_file(path).findings]
    path.write_text("\n".join([*lines, "自评等级：{grade}"]).format(grade="良"), encoding="utf-8")
    found = [
        (f.stated, f.recomputed) for f in review_file(path).findings if f.code == "grade-mismatch"
    ]
    assert found == [("良", "中")]


def test_a_line_under_the_total_that_is_no_grade_of_the_table(tmp_path: Path) -> None:
    # a whole report's score and grade, or another thing's grade, under a sub-table's total
    lines = ["某县2023年度农民培训项目绩效自评表"]
    cells = [
        "三级指标",
        "分值",
        "得分",
        "培训人次",
        "20",
        "20",
        "培训合格率",
        "30",
        "27",
        "合计",
        "50",
        "47",
    ]
    for cell in cells:
        lines.extend([cell, "|"])
    path = tmp_path / "自评表.txt"
    for line in ("本项目综合自评得分93分，自评等级：优。", "工程质量等级：优良"):
        path.write_text("\n".join([*lines, line]), encoding="utf-8")
        assert "grade-mismatch" not in [f.code for f in review_file(path).findings]
