"""A row's 偏差原因 told in its own cell without a cause word, and a 加分 row between the
rows' 小计 and the 总分 on one line (figures and names our own)."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed

_HEAD = (
    "项目支出绩效自评表\n项目资金 (万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 "
    "年度资金总额: 80 80 76 10 95.00% 9.5 "
)
_ROWS = (
    "绩效指标 一级指标 二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施 "
    "产出指标(50分) 数量指标 培训场次 ≥40场 44场 25 25 质量指标 培训合格率 ≥90% 96% 25 25 "
    "效益指标(30分) 社会效益指标 参训农户人数 ≥600人 652人 30 {score} {reason}"
    "满意度指标(10分) 满意度指标 参训农户满意度 ≥90% 93% 10 10 "
)


def _line(score: str, reason: str, total: str) -> str:
    return _HEAD + _ROWS.format(score=score, reason=reason) + total + "\n"


def test_a_shortfall_in_the_row_s_own_cell_is_its_reason() -> None:
    text = _line("28", "部分农户签到记录不完整 ", "总分 97.5")
    assert "score-withheld" not in codes_of(text)
    bare = _line("28", "", "总分 97.5")
    assert stated_recomputed(bare, "score-withheld") == [("28", "30")]


def test_a_reason_on_the_next_line_of_a_one_cell_to_a_line_table() -> None:
    cells = ["参训农户人数", "≥600人", "652人", "30", "28", "{reason}", "满意度指标"]
    text = (
        _HEAD
        + "\n"
        + "\n".join(_ROWS.split(" 效益指标", maxsplit=1)[0].split())
        + "\n效益指标(30分)\n"
    )
    text += "\n".join(cells) + "\n参训农户满意度\n≥90%\n93%\n10\n10\n总分\n97.5\n"
    said = text.replace("{reason}", "个别乡镇组织滞后,次年提前部署")
    assert "score-withheld" not in codes_of(said)
    # the report's next heading is no reason of the row
    heading = text.replace("{reason}\n满意度指标\n", "满意度指标\n").replace(
        "总分\n97.5\n", "总分\n97.5\n三、存在的问题及原因\n"
    )
    assert stated_recomputed(heading, "score-withheld") == [("28", "30")]


def test_a_bonus_row_between_the_subtotal_and_the_total_on_one_line() -> None:
    rows = _ROWS.format(score="30", reason="")
    text = _HEAD + rows + "小计 100 99.5 加分项 经验做法获省级推广(上限2分) 1.5 总分 101\n"
    assert "score-total-mismatch" not in codes_of(text)
    wrong = text.replace("总分 101", "总分 98")
    assert stated_recomputed(wrong, "score-total-mismatch") == [("98", "99.5")]


def test_the_next_row_s_name_is_no_reason_though_it_names_a_delay() -> None:
    rows = _ROWS.format(score="28", reason="")
    text = _HEAD + rows.replace("满意度指标(10分)", "服务延迟天数 ≤10天 8天 0 0 满意度指标(10分)")
    assert stated_recomputed(text + "总分 97.5\n", "score-withheld") == [("28", "30")]


def test_a_bonus_row_that_names_the_last_row_again() -> None:
    rows = _ROWS.format(score="30", reason="")
    bonus = "加分项 参训农户满意度调查经验获省级推广(上限2分) 1.5 "
    text = _HEAD + rows + "小计 100 99.5 " + bonus + "总分 101\n"
    assert "score-total-mismatch" not in codes_of(text)
