"""A 自评表 exported from a web page with its cells between bars, in the Yunnan layout (指标性质,
指标值, 度量单位 in cells of their own; figures and names our own): the first row run into
the header's line, a row broken over three lines, and the 总分 row after a note merged into
it still make one block whose scores and weights are checked."""

from __future__ import annotations

import pytest
from review_support import doc_of
from review_support import stated_recomputed

from jixiao.review.checks.layout_notes import layout_note

# the header's line, with the first row run into it
_HEADER = (
    "| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 "
    "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 "
    "| 产出指标 | 数量指标 | 维护供水站数量 | ≧ | 12 | 个 | 12 | {first} | 20 |"
)
_TEMPLATE = """
2023年度项目支出绩效自评表
| 项目名称 | 某镇农村饮水工程维护经费 | 主管部门 | 某镇人民政府 | 项目资金 (元) |
| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | 年度资金总额 |
| 200000.00 | 200000.00 | 10 | 100% | 10 | 其中:当年财政拨款 |
{header}
| 质量指标 | 水质检测合格率 | ≧ | 95 | % | 98% | 20 | 20 |
| 时效指标 | 维修响应及时率 | ≧ | 90 | % | 92% | 10 | 10 |
| 效益指标 | 社会效益 指标 | 保障群众安全饮水 |
| 有效 |
| 有效 | 20 | 20 |
| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≧ | 90 | % | 95% | 20 | 20 |
| 其他需要说明事项 | 无 | 总分 | 100 | {total} | 优 |
"""


def _table(first: str, total: str) -> str:
    return _TEMPLATE.format(header=_HEADER.format(first=first), total=total)


def test_a_table_whose_scores_make_its_total_has_no_finding() -> None:
    text = _table("20", "100")
    assert stated_recomputed(text, "score-total-mismatch") == []
    assert stated_recomputed(text, "weight-total-mismatch") == []


def test_a_total_off_the_scores_of_every_row_read() -> None:
    # the first row (in the header's line) and the broken row both count: 100, not 99
    assert stated_recomputed(_table("20", "99"), "score-total-mismatch") == [("99", "100")]


def test_weights_above_the_total_are_found() -> None:
    text = _table("22", "100")
    assert stated_recomputed(text, "weight-total-mismatch") == [("100", "102")]


# rows under a header whose 二级指标 cell they leave out (merged above them): each opens
# with its 三级指标, so its 分值 and 得分 stand one cell left of the header's positions
_MERGED_GROUP = """
2023年度项目支出绩效自评表
二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 | ||
数量指标 | 补助蔬菜种植面积 | 20 | 30亩 | 30亩 | 20 | ||||
质量指标 | ||||||||||
种植作物成活率 | 10 | 95% | 96% | {score} | ||||||
时效指标 | 补助资金按时发放 | 10 | 100% | 100% | 10 | ||||
"""


def test_a_row_that_leaves_out_its_group_cell_is_read_one_cell_left() -> None:
    assert stated_recomputed(_MERGED_GROUP.format(score="10"), "table-score-over-weight") == []
    over = _MERGED_GROUP.format(score="12")
    assert stated_recomputed(over, "table-score-over-weight") == [("12", "10")]


_LEFT_OUT_HEAD = """项目支出绩效自评表
项目资金(万元)｜｜年初预算数｜全年预算数｜全年执行数｜分值｜执行率｜得分
年度资金总额｜50.00｜50.00｜45.00｜10｜90.00%｜9
其中:当年财政拨款｜50.00｜50.00｜45.00｜—｜｜—
绩效指标｜一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因分析及改进措施
产出指标｜数量指标｜巡查河道长度｜≥120公里｜126公里｜30｜30
质量指标｜巡查记录完整率｜100%｜100%｜20｜20
效益指标｜社会效益指标｜河道水质达标率｜≥90%｜92%｜20｜20
满意度指标｜服务对象满意度指标｜沿岸群众满意度｜≥90%｜94%｜20｜20
总分｜100｜{total}
"""


@pytest.mark.parametrize(("total", "found"), [("99", []), ("97", [("97", "99")])])
def test_a_total_under_rows_that_leave_out_the_merged_head_cell(
    total: str, found: list[tuple[str, str]]
) -> None:
    # no row keeps the header's first (merged) cell: another reader takes the rows, and the
    # total under them is left to it too
    text = _LEFT_OUT_HEAD.format(total=total)
    assert stated_recomputed(text, "score-total-mismatch") == found


@pytest.mark.parametrize(
    ("funds", "note"),
    [
        ("年度资金总额｜50.00｜50.00｜45.00｜10｜90.00%｜9", None),
        (
            "年度资金总额｜见附表1｜见附表1｜见附表1｜10｜见附表1｜9",
            "“年度资金总额”一行未能按栏读出，执行率、执行率得分和资金来源未核对",
        ),
    ],
)
def test_a_funds_row_no_reader_placed_is_named_in_the_notes(funds: str, note: str | None) -> None:
    text = _LEFT_OUT_HEAD.format(total="99").replace(
        "年度资金总额｜50.00｜50.00｜45.00｜10｜90.00%｜9", funds
    )
    assert layout_note(doc_of(text)) == note
