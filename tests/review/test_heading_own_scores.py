"""A numbered heading of a scored report whose own 得分, in its head or closing its
paragraph, passes its own 分值 (wording and figures our own)."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_REPORT = """县学前教育项目绩效评价报告
一、投入(14分)
(一)项目立项(8分):
(1) 建设项目立项(2分)我县严格按照基建程序编报项目建议书，组织专家论证。自评得2分。
(2) 项目预算规范性(3分):我县认真做好资金需求编制，与申报需求一致。自评得3分。
(3) 项目绩效目标设立(3分):我县科学合理设立绩效目标，目标明确可衡量。自评得{got}分
(二) 资金落实({head}):各项资金落实到位，到位率100%，自评得6分。
二、过程(43分)
"""


@pytest.mark.parametrize(
    ("got", "head", "found"),
    [
        ("3", "6分", []),
        ("5", "6分", [("5分", "3分")]),
        ("2.5", "6分", []),
        ("3", "5分", [("6分", "5分")]),  # the score closing the next heading's text
    ],
)
def test_a_heading_scored_above_its_own_weight(got: str, head: str, found: list) -> None:
    text = _REPORT.format(got=got, head=head)
    assert stated_recomputed(text, "table-score-over-weight") == found


_BODY_SCORED = """县学前教育项目绩效评价报告
一、投入(14分)
(3)项目绩效目标设立(3分):
我县科学合理设立绩效目标，绩效目标与年度实施规划目标任务一致，{said}。
(二)资金落实(6分):
各项资金落实到位，到位率100%，自评得6分。
"""


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("自评得3分", []),
        ("自评得4分", [("4分", "3分")]),
        ("初评自评得2分，复核后自评得4分", []),  # two scores: which is the heading's?
    ],
)
def test_a_heading_alone_on_its_line_is_scored_by_its_body(said: str, found: list) -> None:
    text = _BODY_SCORED.format(said=said)
    assert stated_recomputed(text, "table-score-over-weight") == found


def test_a_closing_total_under_the_last_heading_is_not_its_score() -> None:
    text = (
        "县乡村道路项目绩效评价报告\n（四）项目效益（30分）\n1.社会效益（20分）\n"
        "改善了群众出行条件，自评得20分。\n2.满意度（10分）\n受益群众满意度96%，得10分。\n"
        "综上，本项目自评得分为95分，评价等级为“优”。\n"
    )
    assert stated_recomputed(text, "table-score-over-weight") == []


def test_a_heading_with_headings_under_it_takes_no_score_from_its_body() -> None:
    text = (
        "县乡村道路项目绩效评价报告\n一、项目决策（20分）\n"
        "本项目共设一级指标4个、二级指标9个，本项目自评得分92.5分。\n"
        "（1）立项依据充分性（5分）\n项目立项符合部门职责，自评得5分。\n"
        "（2）绩效目标合理性（15分）\n绩效目标与实际工作内容相关，自评得13分。\n"
    )
    assert stated_recomputed(text, "table-score-over-weight") == []


def test_a_score_of_another_year_in_the_body_is_not_the_headings() -> None:
    text = _BODY_SCORED.format(said="该指标2021年度自评得5分（原分值5分），今年调整后得满分")
    assert stated_recomputed(text, "table-score-over-weight") == []
