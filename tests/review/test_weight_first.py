"""The Sichuan 衔接资金 绩效目标自评表 with its 分值 before the targets (三级指标 | 分值 |
年度指标值 | 全年实际值 | 得分), glued by a web copy into one line (figures our own): its rows,
block labels, 资金 row and 总分 are read, and checked like any other table's."""

from __future__ import annotations

from review_support import codes_of
from review_support import findings_of
from review_support import stated_recomputed

HEAD = (
    "绩效目标自评表(2024年度)项目名称某村道路修缮项目主管部门某县交通运输局"
    "资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分"
    "年度资金总额:{funds}其中:本年财政拨款4545其他资金"
    "绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施"
)
ROWS = (
    "产出指标({output}分)数量指标修缮村道长度20≥3公里≥3公里20"
    "质量指标工程验收合格率15100%100%15"
    "成本指标工程总造价1545万元45万元15"
    "效益指标(30分)社会效益指标通行条件改善情况30明显改善明显改善30"
    "满意度指标(10分)服务对象满意度指标沿线群众满意度10≥90%{liked}10"
    "……总分{total}"
)


def _table(
    funds: str = "454510100.00%10", output: str = "50", liked: str = "≥92%", total: str = "100100"
) -> str:
    return HEAD.format(funds=funds) + ROWS.format(output=output, liked=liked, total=total)


def test_a_right_table_glued_into_a_line_gives_no_finding() -> None:
    assert codes_of(_table()) == set()


def test_a_block_label_above_its_rows() -> None:
    assert ("55分", "50分") in stated_recomputed(_table(output="55"), "weight-total-mismatch")


def test_full_marks_on_a_missed_target() -> None:
    assert stated_recomputed(_table(liked="≥85%"), "score-full-on-missed") == [("10", "低于10")]


def test_the_total_against_the_rows_and_the_funds_row() -> None:
    found = findings_of(_table(total="10098"))
    assert [(f.code, f.stated, f.recomputed) for f in found] == [
        ("score-total-mismatch", "98", "100")
    ]


def test_the_funds_row_split_the_one_way_that_gives_its_rate() -> None:
    wrong = _table(funds="454510100.00%9", total="10099")
    assert stated_recomputed(wrong, "rate-score-mismatch") == [("9", "10")]


def test_weights_past_the_total_and_the_scores_past_it_too() -> None:
    # 产出 60 over rows of 60: the table hands out 110 points, scores 110, writes 总分 100 100
    text = _table(output="60").replace("工程总造价1545万元45万元15", "工程总造价2545万元45万元25")
    text += (
        "\n注:一级指标分值统一设置为预算执行率10分、产出指标50分、效益指标30分、满意度指标10分。"
    )
    found = {(f.code, f.stated, f.recomputed) for f in findings_of(text)}
    assert ("score-total-mismatch", "100", "110") in found
    assert ("weight-total-mismatch", "100", "110") in found
    assert len([f for f in found if f[0] == "weight-total-mismatch"]) == 1  # named once


def test_a_total_written_as_its_score_alone_is_not_split() -> None:
    # “总分98”: no 分值 before the score; never 9 | 8
    assert codes_of(_table(total="98")) == set()


def test_a_bonus_row_after_the_last_block_is_outside_it() -> None:
    text = _table().replace("……总分", "加分指标获得市级表彰2获得表彰获得表彰2……总分")
    assert stated_recomputed(text, "weight-total-mismatch") == []


def test_a_one_digit_weight_before_a_target_opening_with_digits() -> None:
    # “发放良种8550万粒550万粒8” is 8 | 550万粒 | 550万粒 | 8, never 85 | 50万粒 | 550万粒 | 8:
    # 85 points cannot sit in a block of 50
    text = _table().replace(
        "修缮村道长度20≥3公里≥3公里20", "发放良种8550万粒550万粒8修缮村道长度12≥3公里≥3公里12"
    )
    assert codes_of(text) == set()
    over = text.replace("550万粒8修缮", "550万粒9修缮")
    assert stated_recomputed(over, "table-score-over-weight") == [("9", "8")]


def test_a_row_that_reads_two_ways_is_left_unread() -> None:
    # 15 | 20亩 | 25亩 or 1 | 520亩 | 25亩: neither reading is sure, so the block is not summed
    text = _table().replace("修缮村道长度20≥3公里≥3公里20", "修缮村道长度1520亩25亩5")
    assert stated_recomputed(text, "weight-total-mismatch") == []


#: The national order (targets, then 分值 and 得分) glued the same way, with the template's
#: empty rows (指标2:) left in (figures our own).
NATIONAL = (
    "项目支出绩效自评表(2023年度)项目名称乡村文化设施更新项目"
    "绩效指标一级指标二级指标三级指标年度 指标值实际 完成值分 值得 分偏差原因分析及改进措施"
    "产出指标数量指标更新村级文化室设备40个40个3030指标2:质量指标设备验收合格率100%100%2020"
    "指标2:效益指标社会效益指标村民文化活动参与情况明显增加明显增加3030指标2:"
    "满意度指标服务对象满意度指标村民满意度95%{liked}20{score}指标2:总分100{total}"
)


def test_a_national_table_glued_into_a_line() -> None:
    assert codes_of(NATIONAL.format(liked="96%", score="20", total="100")) == set()
    short = NATIONAL.format(liked="96%", score="20", total="96")
    assert stated_recomputed(short, "score-total-mismatch") == [("96", "100")]
    over = NATIONAL.format(liked="96%", score="22", total="102")
    assert stated_recomputed(over, "table-score-over-weight") == [("22", "20")]
    missed = NATIONAL.format(liked="90%", score="20", total="100")
    assert stated_recomputed(missed, "score-full-on-missed") == [("20", "18.95")]


def test_a_lone_weight_is_no_weight_and_score() -> None:
    # “…明显增加明显增加30”: 分值 30 with a blank 得分, not 分值 3 scored 0
    text = NATIONAL.format(liked="96%", score="20", total="100").replace(
        "明显增加明显增加3030", "明显增加明显增加30"
    )
    assert stated_recomputed(text, "score-withheld") == []


def test_the_national_order_headed_by_its_jiangxi_words() -> None:
    # “年度指标值 | 全年完成值 | 分值 | 得分”: the same order under other words
    text = NATIONAL.format(liked="96%", score="22", total="102").replace(
        "实际 完成值", "全年完成值"
    )
    assert stated_recomputed(text, "table-score-over-weight") == [("22", "20")]


def test_a_reason_with_a_count_keeps_the_table_whole() -> None:
    # “有4名村民反映…”: a count in the 偏差原因, not a figure of the table
    text = NATIONAL.format(liked="96%", score="20", total="96").replace(
        "3030指标2:满意度", "3030有4名村民反映开放时间偏短指标2:满意度"
    )
    assert stated_recomputed(text, "score-total-mismatch") == [("96", "100")]


def test_a_total_past_its_hundred_points() -> None:
    text = NATIONAL.format(liked="96%", score="20", total="105")
    assert stated_recomputed(text, "score-total-mismatch") == [("105", "100")]


def test_a_unit_of_four_characters() -> None:
    text = NATIONAL.format(liked="96%", score="20", total="100").replace(
        "设备验收合格率100%100%2020", "节约用电量5万千瓦时4万千瓦时2020"
    )
    assert stated_recomputed(text, "score-full-on-missed") == [("20", "16.00")]
