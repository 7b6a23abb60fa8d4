"""Passages said twice (wording and names our own): a document cited in two sections is no
copied wording, and a section on the money may restate the purpose its goals set out; an
assessment copied from one indicator to another still is."""

from __future__ import annotations

from review_support import codes_of

_CITED = """
某区2023年抗旱救灾资金绩效自评报告
一、绩效目标分解下达情况
根据《某省财政厅关于拨付2023年中央自然灾害救灾资金（干旱灾害救灾补助）的通知》（某财环〔2023〕91号）文件规定补助金额为60万元。资金用于解决城乡居民用水困难，购买应急储水、净水设备，组织人员采取应急抗旱措施保障城乡居民生活用水。
二、绩效情况分析
（一）资金管理情况分析
根据《某省财政厅关于预拨2023年中央自然灾害救灾资金（干旱灾害救灾补助）的通知》某财环〔2023〕91号，资金主要解决城乡居民用水困难，购买应急储水、净水设备，组织人员采取应急抗旱措施保障城乡居民生活用水等方面。
"""


def test_a_cited_title_and_a_restated_purpose_are_no_boilerplate() -> None:
    assert "boilerplate-reuse" not in codes_of(_CITED)


def test_an_assessment_copied_between_indicators_still_is() -> None:
    copied = (
        "在项目实施过程中，我单位严格按照资金管理办法规范使用资金，确保了各项工作有序推进，"
        "取得了良好的社会效益。"
    )
    text = (
        "某县2023年道路养护项目支出绩效自评报告\n一、产出指标完成情况\n（一）数量指标\n"
        f"{copied}\n（二）质量指标\n{copied}\n"
    )
    assert "boilerplate-reuse" in codes_of(text)


def test_a_clause_restated_before_the_items_own_amount_is_no_boilerplate() -> None:
    purpose = "困难群众遇突发性急难情况后基本生活得到保障，能够得到及时过渡和救助。"
    text = (
        "某镇2023年临时救助项目支出绩效自评报告\n一、项目基本情况\n"
        f"项目实施后，{purpose}\n二、资金到位情况\n{purpose}到位资金14280元。\n"
    )
    assert "boilerplate-reuse" not in codes_of(text)
    assert "boilerplate-reuse" in codes_of(text.replace("到位资金14280元。", ""))
