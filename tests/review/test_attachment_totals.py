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
