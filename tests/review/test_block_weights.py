"""The 一级指标 blocks' weights against the block that holds them, and with the 资金 block's
own points against the table's 100 (the shape of a city's 项目自评表 flattened by a PDF
export; figures our own)."""

from __future__ import annotations

from review_support import findings_of

TABLE = (
    "2023年市级专项资金项目自评表 单位名称:区商务局 预算执行情况(万元)(20分) 预算数(A) "
    "执行数(B) 执行率(B/A) 得分 120.00 120.00 100% 20 三级指标 年初目标值 实际完成值 得分 "
    "服务企业数量 30 32 {out} 服务满意度 90% 95% 40 年度绩效目标(80分) 产出指标({out}分) "
    "效益指标(40分) 总分 100\n"
)


def _messages(out: str) -> list[str]:
    found = findings_of(TABLE.format(out=out))
    return [f.message for f in found if f.code == "weight-total-mismatch"]


def test_blocks_that_make_their_parent() -> None:
    assert _messages("40") == []


def test_blocks_past_their_parent_say_the_whole_table_s_points_too() -> None:
    [message] = _messages("60")
    assert "产出60分＋效益40分＝100分，与该部分分值80分不符" in message
    assert message.endswith("连同预算执行情况20分，全表分值合计120分，与总分100分不符。")
