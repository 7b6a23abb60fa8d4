"""A total its parts miss: the part typed with two neighbouring digits swapped is named, and
with two parts either one's needed figure is given (figures our own); a change whose rate
is right over the two levels is a wrong difference, not a wrong rate."""

from __future__ import annotations

import pytest
from review_support import findings_of

from jixiao.review.slips import slip


def _sum_messages(text: str) -> list[str]:
    return [f.message for f in findings_of(text) if f.code == "sum-mismatch"]


@pytest.mark.parametrize(
    ("parts", "said"),
    [
        # 2465 + 1218 + 716.5 = 4399.5, 63 short: 1218 + 63 = 1281, two digits swapped
        ("中央资金2465万元、省级资金1218万元、县级资金716.5万元", "1218万元疑为1281万元之误"),
        # 2465 + 1254 + 716.5 = 4435.5: 1254 + 27 = 1281, not a neighbouring swap
        ("中央资金2465万元、省级资金1254万元、县级资金716.5万元", None),
    ],
)
def test_a_part_with_two_digits_swapped_is_named(parts: str, said: str | None) -> None:
    text = f"2024年共安排项目资金4462.5万元，其中{parts}，均已拨付到位。"
    messages = _sum_messages(text)
    assert len(messages) == 1
    assert ("疑为" in messages[0]) == (said is not None)
    if said is not None:
        assert said in messages[0]


def test_two_parts_give_what_each_would_have_to_be() -> None:
    text = "2024年部门支出合计1925.67万元，其中：基本支出960.47万元，项目支出1025.20万元。"
    (message,) = _sum_messages(text)
    assert "则960.47万元应为900.47万元，或1025.20万元应为965.20万元" in message


def test_two_equal_parts_are_one_figure_to_change() -> None:
    text = "全年新建项目共15个，其中：城区项目8个，乡镇项目8个。"
    (message,) = _sum_messages(text)
    assert "其中一项8个应为7个" in message


@pytest.mark.parametrize(
    ("change", "rate", "codes"),
    [
        ("43", "12", {"difference-mismatch"}),  # 34 ÷ 285 = 11.93%: the rate is right
        ("34", "15", {"rate-mismatch"}),  # 34 ÷ 285 = 11.93%, not 15%
        ("43", "18", {"difference-mismatch", "rate-mismatch"}),  # both wrong
    ],
)
def test_a_wrong_change_with_a_right_rate_is_one_fault(
    change: str, rate: str, codes: set[str]
) -> None:
    text = f"公务用车运行维护费支出251万元，比上年支出285万元下降{change}万元，下降{rate}%。"
    found = {f.code for f in findings_of(text) if f.severity == "error"}
    assert found == codes


def test_a_total_with_two_digits_swapped_is_named_before_any_part() -> None:
    # 50 + 478 + 2800 = 3328: the total 3382 is its sum with 2 and 8 swapped
    text = "2024年“三公”经费预算3382万元，其中：因公出国50万元，公务接待478万元，公务用车2800万元。"
    (message,) = _sum_messages(text)
    assert message.endswith("总数3382万元疑为3328万元之误（相邻两位数字颠倒）。")


def test_a_sole_part_that_is_the_sum_and_the_total_are_named_together() -> None:
    text = "项目资金总额238.39万元，其中：财政拨款238.93万元，上年结转0.00万元，其他资金0.00万元。"
    (message,) = _sum_messages(text)
    assert message.endswith("总数238.39万元与分项238.93万元其一疑有误（相邻两位数字颠倒）。")


def test_parts_above_a_change_split_the_amount_the_sentence_opens_with() -> None:
    text = (
        "全县一般公共预算收入52,318万元，完成年初预算的104.6%，增收4,210万元。"
        "其中：税收收入36,802万元，非税收入15,561万元。"
    )
    (message,) = _sum_messages(text)
    assert "所述总数52,318万元" in message
    assert "52363.00万元" in message


def test_money_actually_paid_out_ends_the_list() -> None:
    text = (
        "2023年共收到专项资金8.52万元。"
        "其中：中央资金6.74万元，省级资金1.87万元，实际拨付使用8.31万元。"
    )
    (message,) = _sum_messages(text)
    assert "6.74万元＋1.87万元＝8.61万元" in message


_LAST_ITEM = (
    "2024年学校共收到财政资金4318265.40元。其中，上年结转资金206318.25元，当年取得收入"
    "4111947.15元，当年发生支出4025310.62元。其中，基本支出为{basic}元，主要用于保障学校"
    "运转，包括：用于发放工资，用于办公、水电等；项目支出为512408.37元。"
)


@pytest.mark.parametrize(
    ("basic", "found"), [("3512902.25", []), ("3521902.25", ["4025310.62元", "4034310.62元"])]
)
def test_the_last_item_of_a_list_split_by_parts_naming_its_whole(
    basic: str, found: list[str]
) -> None:
    # 3512902.25 + 512408.37 = 4025310.62: 基本支出 and 项目支出 make the 支出, a list's last item
    messages = [m for m in _sum_messages(_LAST_ITEM.format(basic=basic)) if "4025310.62" in m]
    assert [found[0] in m and found[1] in m for m in messages] == ([True] if found else [])


@pytest.mark.parametrize(
    ("budget", "rate", "said"),
    [
        ("265.4", "97.75", "若比率无误，则265.4万元应为236.4万元"),  # 231.08 ÷ 236.4 = 97.75%
        ("236.4", "97.75", None),  # right
        ("265.4", "98", None),  # a rate of two digits leaves the budget open (233.4–238.2)
    ],
)
def test_a_rate_written_finely_says_what_its_figure_would_have_to_be(
    budget: str, rate: str, said: str | None
) -> None:
    text = f"该项目全年预算数{budget}万元，全年执行数231.08万元，预算执行率为{rate}%。"
    messages = [f.message for f in findings_of(text) if f.code == "rate-mismatch"]
    named = [m[m.index("若比率无误") :] for m in messages if "若比率无误" in m]
    assert named == ([said + "。"] if said else [])


def test_a_table_rate_names_the_column_its_figure_would_have_to_change() -> None:
    text = """| 项目名称 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 230 | 230 | 195.5 | 20 | 97.75% | 19.55 |
"""
    messages = [f.message for f in findings_of(text) if f.code == "table-rate-mismatch"]
    assert [m.endswith("若比率无误，则全年预算数应为200。") for m in messages] == [True]


@pytest.mark.parametrize(
    ("written", "meant", "how"),
    [
        ("1929", "1299", "相邻两位数字颠倒"),
        ("15.8", "158", "小数点错位"),
        ("0.32", "3.2", "小数点错位"),
        ("48", "40", None),
        ("1,243.56", "1234.56", "相邻两位数字颠倒"),
        ("1929", "1929.0", None),
        ("786.76", "776.86", None),
    ],
)
def test_slips_of_the_hand(written: str, meant: str, how: str | None) -> None:
    assert slip(written, meant) == how


def test_work_done_with_its_own_rate_is_split_by_the_qizhong_after_it() -> None:
    text = (
        "重点工程已完成年度投资计划528.6亿元,投资完成率为71.2%。"
        "其中,完成中央投资316.4亿元,完成率80.3%;完成地方投资221.2亿元,完成率60.5%。"
    )
    (message,) = _sum_messages(text)  # 316.4 + 221.2 = 537.6
    assert "所述总数528.6亿元" in message and "537.60亿元" in message


def test_a_whole_built_in_the_sentence_after_it() -> None:
    text = (
        "全镇一般公共预算财力2,418.36万元。由一般公共预算收入205.40万元,"
        "加上级补助收入、上年结余等2,221.96万元构成。"
    )
    (message,) = _sum_messages(text)  # 205.40 + 2221.96 = 2427.36
    assert "所述总数2,418.36万元" in message and "2427.36万元" in message


def test_parts_that_make_an_earlier_amount_split_that_one() -> None:
    text = (
        "本年支出5000万元，主要用于一般公共服务支出1000万元，教育支出4000万元。"
        "其中，基本支出3000万元，项目支出2000万元。"
    )
    assert _sum_messages(text) == []
    wrong = text.replace("项目支出2000万元", "项目支出2100万元")  # makes neither 5000 nor 4000
    assert len(_sum_messages(wrong)) == 1


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ("3980", "若比率无误，3980万元疑为3908万元之误（相邻两位数字颠倒）"),  # 3908 ÷ 31512
        ("3908", None),  # right
        ("3968", "若比率无误，3968万元疑为3908万元之误（一位数字录入有误）"),
        ("3950", None),  # no slip of the hand makes 12.40% of it: nothing is named
    ],
)
def test_a_change_whose_rate_names_it_as_a_slip(change: str, said: str | None) -> None:
    text = f"全县一般公共预算收入35420万元，同比增长12.40%，增收{change}万元。"
    messages = [f.message for f in findings_of(text) if f.code == "rate-mismatch"]
    named = [m[m.index("若比率无误") :] for m in messages if "若比率无误" in m]
    assert named == ([said + "。"] if said else [])
    assert len(messages) == (0 if change == "3908" else 1)


@pytest.mark.parametrize(
    ("local", "said"),
    [
        ("90", "若总数无误，90万元疑为60万元之误（一位数字录入有误）。"),  # 1,280.40 − 1,220.40
        ("60", None),  # right: no finding
        ("75", ""),  # no single digit makes it right: the part is not told
    ],
)
def test_one_part_a_single_digit_from_right_is_named(local: str, said: str | None) -> None:
    text = (
        "本年度项目实际支出1280.40万元，其中：省级资金1202.15万元、市级资金18.25万元、"
        f"县级资金{local}万元。\n"
    )
    tails = [m[m.index("请核实。") + len("请核实。") :] for m in _sum_messages(text)]
    assert tails == ([] if said is None else [said])


@pytest.mark.parametrize(
    ("counts", "said"),
    [
        # 15 + 2 + 4 = 21 for 19: 15 for 13, or 4 for 2, each one digit off
        ("15人，县招聘2人，临时工4人", "若总数无误，15人疑为13人之误，或4人疑为2人之误"),
        # 12 + 9 = 21 for 19: two parts, each told what it would have to be
        ("12人，县招聘9人", "若总数无误，则12人应为10人，或9人应为7人。"),
        # 13 + 3 + 5 for 19: 13 for 11, 3 for 1 and 5 for 3 — three suspects name none
        ("13人，县招聘3人，临时工5人", None),
    ],
)
def test_two_parts_each_one_digit_from_right_are_named_among_many_figures(
    counts: str, said: str | None
) -> None:
    text = f"某卫生院现有职工19人，其中在编人员{counts}。\n"
    (message,) = _sum_messages(text)
    tail = message[message.index("请核实。") + len("请核实。") :]
    if said is None:
        assert tail == ""
    else:
        assert tail == (said if said.endswith("。") else said + "（一位数字录入有误）。")


def test_a_sum_short_of_its_total_names_a_swapped_part_past_the_count_of_parts() -> None:
    # 12,480 + 9,324 + 4,072 = 25,876, 18 short of 25,894: 9,324 is 9,342 with 4 and 2 swapped
    text = (
        "2023年全区一般公共预算收入25894万元，其中：税收收入12480万元，非税收入9324万元，"
        "上级补助收入4072万元。\n"
    )
    said = [f.message for f in findings_of(text) if f.code == "sum-short"]
    assert [
        m.endswith("若总数无误，9324万元疑为9342万元之误（相邻两位数字颠倒）。") for m in said
    ] == [True]


@pytest.mark.parametrize(
    ("change", "codes"),
    [
        ("2", set()),  # 566 − 564 = 2, 2 ÷ 566 = 0.35%
        ("3", {"difference-mismatch"}),  # 2 to 4 within the levels' rounding, but 0.35% pins 2
    ],
)
def test_a_change_within_the_levels_rounding_that_the_rate_says_is_wrong(
    change: str, codes: set[str]
) -> None:
    text = f"2023年“三公”经费支出564万元，比上年支出566万元减少{change}万元，下降0.35%。"
    found = [f for f in findings_of(text) if f.severity == "error"]
    assert {f.code for f in found} == codes
    assert all(f.stated == "3万元" and f.recomputed == "2.00万元" for f in found)


@pytest.mark.parametrize(
    ("spent", "said"),
    [
        ("2300", "若比率无误，2300万元疑为3200万元之误（相邻两位数字颠倒）"),  # 3200 ÷ 5000 = 64%
        ("3200", None),  # right
        ("2900", None),  # no slip of the hand gives 64%
    ],
)
def test_a_coarse_rate_names_the_figure_a_slip_would_make_give_it(
    spent: str, said: str | None
) -> None:
    text = f"该项目全年预算数5000万元，全年执行数{spent}万元，预算执行率为64%。"
    messages = [f.message for f in findings_of(text) if f.code == "rate-mismatch"]
    named = [m[m.index("若比率无误") :] for m in messages if "若比率无误" in m]
    assert named == ([said + "。"] if said else [])
    assert len(messages) == (0 if spent == "3200" else 1)
