"""A notice's amount against the 合计 of the allocation table it sends with it (the shape
of county notices that hand down 扶贫 and 乡村振兴 money; names and figures our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import file_stated_recomputed

_NOTICE = """各有关乡镇财政所:
根据市财政局关于下达专项资金的通知精神，现将市级财政专项扶贫资金{said}万元下达给你们(见附件1)，款列“2130599其他扶贫支出”科目。请及时拨付。
附件1
专项扶贫资金安排表
乡镇、村 | 金额(万元) | 建设项目 |
东溪镇上坪村 | 6 | 修复拦水坝2座。 |
东溪镇下坪村 | 4 | 新建蓄水池一座。 |
南山镇岭头村 | 8 | 道路硬化1公里。 |
合计 | {total} | |
附件2
任务清单
东溪镇 | 扶持2个村 |
合计 | 16 | |
"""


@pytest.mark.parametrize(
    ("said", "total", "found"),
    [
        ("18", "18", []),
        ("15", "18", [("15万元", "18万元")]),
        ("180000", "18", []),  # in 元 beside a table whose unit is not said: 18万元
    ],
)
def test_the_amount_handed_down_against_the_attached_total(
    tmp_path: Path, said: str, total: str, found: list[tuple[str, str]]
) -> None:
    text = _NOTICE.format(said=said, total=total)
    if said == "180000":
        text = text.replace("180000万元", "180000元").replace("金额(万元)", "金额")
    stated = file_stated_recomputed(tmp_path / "通知.txt", text, "attachment-total-mismatch")
    assert stated == found


def test_the_pointer_in_a_later_sentence_of_the_paragraph(tmp_path: Path) -> None:
    text = _NOTICE.format(said="20", total="18").replace(
        "现将市级财政专项扶贫资金20万元下达给你们(见附件1)，款列“2130599其他扶贫支出”科目。",
        "现下达市级财政专项扶贫资金20万元，款列“2130599其他扶贫支出”科目。同步下达任务清单(详见附件1、2)。",
    )
    stated = file_stated_recomputed(tmp_path / "通知.txt", text, "attachment-total-mismatch")
    assert stated == [("20万元", "18万元")]


def test_a_table_cut_before_its_total_proves_nothing(tmp_path: Path) -> None:
    text = _NOTICE.format(said="15", total="18").replace("合计 | 18 | |\n", "")
    # the next attachment's 合计 is not the money's
    assert file_stated_recomputed(tmp_path / "通知.txt", text, "attachment-total-mismatch") == []


_TWO = """各乡镇人民政府：
现将衔接推进乡村振兴补助资金{said}万元下达给你们（见附件1、2），请严格按照资金管理办法使用。
附件1
中央财政衔接资金分配表
单位：万元
乡镇 | 金额 | 建设项目
城关镇 | 300 | 产业路硬化
青石镇 | 900 | 灌溉渠修复
合计 | 1200 |
附件2
省级财政衔接资金分配表
单位：万元
乡镇 | 金额 | 建设项目
河口镇 | 800 | 人居环境整治
合计 | 800 |
"""


@pytest.mark.parametrize(("said", "found"), [("2000", []), ("2100", [("2100万元", "2000万元")])])
def test_money_split_over_the_two_attachments_it_points_to(
    tmp_path: Path, said: str, found: list[tuple[str, str]]
) -> None:
    text = _TWO.format(said=said)
    stated = file_stated_recomputed(tmp_path / "通知.txt", text, "attachment-total-mismatch")
    assert stated == found


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a part's own table: the 现下达 sentence is not what 附件1 totals
        (
            "现将衔接推进乡村振兴补助资金2000万元下达给你们（见附件1、2），",
            "现下达衔接推进乡村振兴补助资金2000万元。其中，中央资金1200万元（详见附件1），",
        ),
        # a standard per head handed down, not the money
        (
            "现将衔接推进乡村振兴补助资金2000万元下达给你们（见附件1、2），",
            "现按每人每年2000元的标准下达给你们（见附件1），",
        ),
    ],
    ids=["a-part-s-table", "a-standard-per-head"],
)
def test_amounts_that_are_not_what_the_table_totals(tmp_path: Path, old: str, new: str) -> None:
    text = _TWO.format(said="2000").replace(old, new)
    assert file_stated_recomputed(tmp_path / "通知.txt", text, "attachment-total-mismatch") == []


def test_sections_closed_by_their_own_totals_then_a_grand_total(tmp_path: Path) -> None:
    text = _NOTICE.format(said="18", total="10").replace(
        "合计 | 10 | |\n",
        "合计 | 10 | |\n二、村道养护\n北岭村 | 8 | 村道修复 |\n合计 | 8 | |\n总计 | 18 | |\n",
    )
    assert file_stated_recomputed(tmp_path / "通知.txt", text, "attachment-total-mismatch") == []


def test_the_caption_unit_over_a_header_of_mixed_units(tmp_path: Path) -> None:
    # “补助标准（元） | 补助资金（万元）” under 单位：万元: the total is 45万元, not 45元
    text = _NOTICE.format(said="18", total="18").replace(
        "乡镇、村 | 金额(万元) | 建设项目 |", "单位：万元\n乡镇、村 | 金额（万元） | 标准（元） |"
    )
    assert file_stated_recomputed(tmp_path / "通知.txt", text, "attachment-total-mismatch") == []
