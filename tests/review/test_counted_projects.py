"""A count of projects and their total, then the projects line by line after “如下：”
(figures and names our own): as many items as counted, each with one amount, make the total."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_NOTICE = (
    "按照资金下达规模，共安排了4个项目，项目总投资为860万元。资金分配计划具体如下：\n"
    "1.东山乡三个村人饮巩固提升工程\n"
    "投资：300万元 实施单位：县水利局\n"
    "2.西河镇人畜饮水安全工程\n"
    "投资：{second}万元 实施单位：县水利局\n"
    "3.县2个村发展新型农村集体经济项目\n"
    "投资：340万元 实施单位：县农业农村局\n"
    "4.项目管理费\n"
    "投资：10万元 实施单位：县农业农村局\n"
)


@pytest.mark.parametrize(("second", "found"), [("210", []), ("201", [("860万元", "851.00万元")])])
def test_counted_projects_listed_line_by_line_make_their_total(
    second: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_NOTICE.format(second=second), "sum-mismatch") == found


def test_fewer_items_than_counted_are_not_read_as_the_whole() -> None:
    text = _NOTICE.format(second="201").replace("共安排了4个项目", "共安排了5个项目")
    assert stated_recomputed(text, "sum-mismatch") + stated_recomputed(text, "sum-short") == []


def test_each_kind_counted_in_the_total_s_sentence_takes_its_items_in_order() -> None:
    # 人饮工程2项 takes items 1 and 2 (300 + 210 = 510), 产业发展 item 3, 项目管理 item 4
    kinds = (
        "，其中：人饮工程2项，总资金{kind}万元；产业发展项目1项，投资340万元；"
        "项目管理1项，投资10万元。"
    )

    def text(kind: str, second: str) -> str:
        return _NOTICE.format(second=second).replace(
            "项目总投资为860万元。", "项目总投资为860万元" + kinds.format(kind=kind)
        )

    assert stated_recomputed(text("510", "210"), "sum-mismatch") == []
    assert ("510万元", "501.00万元") in stated_recomputed(text("510", "201"), "sum-mismatch")
    # counts that do not add up to the items' tell nothing of which item is whose
    odd = text("510", "201").replace("人饮工程2项", "人饮工程3项")
    assert stated_recomputed(odd, "sum-mismatch") == [("860万元", "851.00万元")]


def test_items_listed_in_another_order_than_the_kinds_are_not_assigned() -> None:
    # the kinds say 人饮 2, 产业 1, 管理 1, but the items run 产业, 人饮, 人饮, 管理: taken in
    # order every kind but the last would be wrong, so no kind is read
    text = _NOTICE.format(second="210").replace(
        "项目总投资为860万元。",
        "项目总投资为860万元，其中：人饮工程2项，总资金510万元；产业发展项目1项，投资340万元；"
        "项目管理1项，投资10万元。",
    )
    first, third = (
        "1.东山乡三个村人饮巩固提升工程\n投资：300万元",
        "3.县2个村发展新型农村集体经济项目\n投资：340万元",
    )
    text = text.replace(first, "@1").replace(third, "@3")
    text = text.replace(
        "@1",
        first.replace("300", "340").replace(
            "东山乡三个村人饮巩固提升工程", "县2个村发展新型农村集体经济项目"
        ),
    )
    text = text.replace(
        "@3",
        third.replace("340", "300").replace(
            "县2个村发展新型农村集体经济项目", "东山乡三个村人饮巩固提升工程"
        ),
    )
    assert stated_recomputed(text, "sum-mismatch") == []


def test_a_kind_counted_in_chinese_numerals_counts_too() -> None:
    kinds = (
        "，其中：人饮工程两项，总资金510万元；产业发展项目一项，投资340万元；"
        "项目管理一项，投资10万元。"
    )
    text = _NOTICE.format(second="201").replace(
        "项目总投资为860万元。", "项目总投资为860万元" + kinds
    )
    assert ("510万元", "501.00万元") in stated_recomputed(text, "sum-mismatch")
