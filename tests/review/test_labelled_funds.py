"""The 资金 block of a 自评表 written as labels and values (figures our own): the Hebei
form, with its sources one label to a column, and the lettered 转移支付 form, whose rate
stands between its amounts."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_HEBEI = """
某县卫生健康局2023年度预算项目绩效自评表
一、基本情况 项目名称: 家庭医生签约服务补助 金额单位: 万元
二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)
预算数 12.50 到位数 12.50 执行数 {executed} {rate}
其中:财政资金 12.50 其中:财政资金 {arrived} 其中:财政资金 {fiscal}
其他 0.00 其他 0.00 其他 0.00
三、目标完成情况 年度预期目标 具体完成情况 总体完成率(%)
"""


def test_a_hebei_block_that_adds_up_gives_nothing() -> None:
    text = _HEBEI.format(executed="11.80", rate="94.40", fiscal="11.80", arrived="12.50")
    assert stated_recomputed(text, "sum-mismatch") == []
    assert stated_recomputed(text, "table-rate-mismatch") == []


def test_a_hebei_source_that_falls_short_of_its_total_is_found() -> None:
    text = _HEBEI.format(executed="11.80", rate="94.40", fiscal="11.08", arrived="12.50")
    assert stated_recomputed(text, "sum-mismatch") == [("11.80", "11.08")]


def test_a_hebei_arrived_column_off_its_sources_is_found() -> None:
    text = _HEBEI.format(executed="11.80", rate="94.40", fiscal="11.80", arrived="12.05")
    assert stated_recomputed(text, "sum-mismatch") == [("12.50", "12.05")]


def test_a_hebei_rate_written_without_its_percent_is_recomputed() -> None:
    text = _HEBEI.format(executed="11.80", rate="100.00", fiscal="11.80", arrived="12.50")
    assert stated_recomputed(text, "table-rate-mismatch") == [("100.00", "94.40%")]


def test_a_bare_rate_under_a_header_without_its_percent_is_not_read() -> None:
    text = _HEBEI.format(executed="11.80", rate="100.00", fiscal="11.80", arrived="12.50").replace(
        "预算执行进度(%)", "预算执行进度"
    )
    assert stated_recomputed(text, "table-rate-mismatch") == []


_LETTERED = """
中央对地方转移支付区域绩效目标自评表
转移支付（项目）名称 食品安全监管补助
资金情况（万元） 转移支付预算数(A) 18.6万 预算执行率(B/A) {rate}
转移支付执行数(B) {executed}万
年度目标完成情况
"""


def test_a_lettered_rate_between_its_amounts_is_recomputed() -> None:
    assert (
        stated_recomputed(_LETTERED.format(rate="100%", executed="18.6"), "table-rate-mismatch")
        == []
    )
    wrong = _LETTERED.format(rate="100%", executed="16.8")
    assert stated_recomputed(wrong, "table-rate-mismatch") == [("100%", "90%")]


def test_a_letter_written_twice_with_two_figures_is_left_alone() -> None:
    text = _LETTERED.format(rate="100%", executed="16.8") + "上年执行数(B) 15.2万\n"
    assert stated_recomputed(text, "table-rate-mismatch") == []


#: The Sichuan 区域绩效目标自评表 exported a cell to a line: no rate, the score after the
#: amounts, the sources' units in cells of their own, a blank source written as its unit.
_SICHUAN = """
食品监管补助资金区域绩效目标自评表
预算执行情况
预算数:
3.60
执行数:
3.60
20
其中:中央补助
{central}  万元
其中:中央补助
3.60万元
地方资金/其他
万元
地方资金/其他
万元
年度目标完成情况
"""


def test_a_block_without_a_rate_is_checked_against_its_sources() -> None:
    assert stated_recomputed(_SICHUAN.format(central="3.60"), "sum-mismatch") == []
    assert stated_recomputed(_SICHUAN.format(central="3.06"), "sum-mismatch") == [("3.60", "3.06")]


def test_a_source_whose_figure_cannot_be_read_stops_the_sum() -> None:
    text = _SICHUAN.format(central="3.06").replace(
        "地方资金/其他\n万元\n地方资金/其他", "地方资金/其他\n0.5四\n地方资金/其他", 1
    )
    assert stated_recomputed(text, "sum-mismatch") == []


_HUNAN = """
单位名称 | 某区文物事务中心 | 单位负责人及电话 | 张某 |
主管部门 | 某区文化旅游广电体育局 | 实施单位 | 某区文物事务中心 |
资金情况(万元) | | 年初预算资金总额: | 实际投入资金额 | 产生差异的原因 |
合计 | 148 | {total} | |
其中:财政拨款 | 148 | 142.6 | |
其他资金 | | | |
"""


def test_a_hunan_forms_total_row_against_its_sources() -> None:
    # the 资金 block named in its header, its total row 合计, two money columns
    assert stated_recomputed(_HUNAN.format(total="142.6"), "sum-mismatch") == []
    assert stated_recomputed(_HUNAN.format(total="124.6"), "sum-mismatch") == [("124.6", "142.6")]


_HUNAN_ROWS = """
资金情况(万元) | | 年初预算资金总额: | 实际投入资金额 | 产生差异的原因 |
合计 | 310 | {total} | |
其中:财政拨款 | 260 | 251 | 项目结余资金已收回 |
{nested}其他资金 | 50 | 50 | 无差异 |
"""


@pytest.mark.parametrize("nested", ["", "其中:中央转移支付 | 150 | 150 | |\n"])
@pytest.mark.parametrize(("total", "found"), [("301", []), ("310", [("310", "301")])])
def test_a_hunan_forms_sources_past_a_reason_cell_and_a_nested_row(
    nested: str, total: str, found: list[tuple[str, str]]
) -> None:
    # the reason cell ends no list; a 其中 right under the first 其中 row splits that row
    text = _HUNAN_ROWS.format(total=total, nested=nested)
    assert stated_recomputed(text, "sum-mismatch") == found


def _levels(arrived: str, other: str) -> str:
    """The Hunan 附件3-2 项目基本概况 block a cell to a line (figures our own): each level
    of government written once per column, its figure after it where it has one."""
    header = ["计划安排资金", "(万元)", "85", "实际到位资金", "(万元)", arrived]
    header += ["实际支出", "(万元)", "88.4", "结余(万元)", "0"]
    levels = ["其中:中央财政"] * 4 + ["省财政", "85", "省财政", "85", "省财政", "85", "省财政"]
    levels += ["市财政"] * 4 + ["区财政"] * 4
    levels += ["其它", "其它", other, "其它", "3.4", "其它"]
    return "\n\n".join(["二、项目基本概况", *header, *levels, "三、项目支出明细情况", ""])


@pytest.mark.parametrize(
    ("arrived", "other", "found"),
    [
        ("88.4", "3.4", []),
        ("85", "3.4", [("85", "88.4")]),  # the 其它 figure left out of its column's total
        ("88.4", "4.3", [("88.4", "89.3")]),
    ],
)
def test_levels_of_government_add_up_column_by_column(
    arrived: str, other: str, found: list[tuple[str, str]]
) -> None:
    # a level with no figure in a column is a blank cell: it adds nothing, and the 省财政
    # figure equal to the total does not hold the 其它 beside it
    assert stated_recomputed(_levels(arrived, other), "sum-mismatch") == found


def test_levels_written_unevenly_are_not_read() -> None:
    text = _levels("85", "3.4").replace("市财政\n\n市财政\n\n", "", 1)
    assert stated_recomputed(text, "sum-mismatch") == []
