"""A rate recomputed to two places beside a report that writes it to fewer: the finding says
what the report should have written, at its own places (figures our own)."""

from __future__ import annotations

from review_support import findings_of

HEAD = "2023年度部门决算情况说明\n二、支出决算情况\n"


def _messages(text: str, code: str) -> list[str]:
    return [f.message for f in findings_of(HEAD + text) if f.code == code]


def test_a_share_written_to_one_place() -> None:
    text = "本年支出合计200.00万元，其中基本支出185.50万元，占92.8%；项目支出14.50万元，占{p}。\n"
    assert _messages(text.format(p="7.3%"), "share-mismatch") == []
    [message] = _messages(text.format(p="3.7%"), "share-mismatch")
    assert "应为7.25%" in message
    assert message.endswith("按报告所列位数，复算值为7.3%。")


def test_a_share_written_to_two_places_says_nothing_more() -> None:
    text = "本年支出合计300.00万元，其中基本支出255.00万元，占85.00%；项目支出45.00万元，占{p}。\n"
    [message] = _messages(text.format(p="51.00%"), "share-mismatch")
    assert "按报告所列位数" not in message
