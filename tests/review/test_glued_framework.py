"""A 部门整体支出绩效评价指标表 a 文库 copy ran together (labels glued to their 分值, each
row's 得分 glued to the end of its 指标说明; wording and figures our own): the labels'
分值 against the 分值 under them, and a 得分 above its row's 分值."""

from __future__ import annotations

import pytest
from review_support import findings_of
from review_support import stated_recomputed

_HEAD = (
    "附件2 部门整体支出绩效评价指标表\n一级指标分值二级指标分值三级指标分值评价标准指标说明得分\n"
)
_ROWS = (
    "投入10预算配置{config}在职人员控制率5以100%为标准，每超过一个百分点扣0.5分，扣完为止。"
    "年末在职48人，编制50人，控制率96%。{staff}“三公经费”变动率5变动率不高于0的得满分，"
    "每超过一个百分点扣1分。本年预算12.4万元，上年13万元，变动率-4.62%。5"
    "过程20预算执行10预算完成率5100%计满分，每低于5%扣2分，扣完为止。完成率97.3%。4"
    "结转结余率5结转结余率不高于5%的得满分。本年结转结余2.1%。5"
    "预算管理10管理制度健全性5制度健全得满分，缺一项扣1分。已制定财务、资产等制度。5"
    "资金使用合规性5无违规使用资金的得满分。经查无违规。{legal}"
    "产出25职责履行25实际完成率10完成计划任务的得满分。全年完成任务32项，计划32项。10"
)


def _text(config: str = "10", staff: str = "5", legal: str = "5") -> str:
    return _HEAD + _ROWS.format(config=config, staff=staff, legal=legal) + "\n"


@pytest.mark.parametrize(
    ("kwargs", "code", "found"),
    [
        ({}, "weight-total-mismatch", []),
        ({}, "table-score-over-weight", []),
        ({"config": "12"}, "weight-total-mismatch", [("12分", "10分")]),
        ({"staff": "8"}, "table-score-over-weight", [("8", "5")]),
        ({"legal": "6"}, "table-score-over-weight", [("6", "5")]),
    ],
)
def test_glued_framework_weights_and_scores(kwargs: dict, code: str, found: list) -> None:
    assert stated_recomputed(_text(**kwargs), code) == found


def test_the_row_the_excerpt_ends_in_is_left_alone() -> None:
    # Cut inside 职责履行: its one row read (10 of 25) and that row's 得分 are unknown.
    text = _text(legal="6").split("实际完成率10")[0] + "实际完成率10完成计划任务的得满分。全年完成"
    codes = [(f.code, f.stated) for f in findings_of(text)]
    assert ("table-score-over-weight", "6") in codes
    assert not [c for c in codes if c[0] == "weight-total-mismatch"]


@pytest.mark.parametrize(
    ("old", "new", "code", "found"),
    [
        # a 得分 to two decimals, right and over
        ("完成率97.3%。4", "完成率97.3%。4.75", "table-score-over-weight", []),
        ("完成率97.3%。4", "完成率97.3%。5.25", "table-score-over-weight", [("5.25", "5")]),
        # a count in the 指标说明 (“3家…2家”) is no 得分 and no label
        ("控制率96%。", "控制率96%。3家下属单位中2家已核定编制。", "weight-total-mismatch", []),
        # a 得分 after a rule's 分 with no full stop between
        (
            "每超过一个百分点扣1分。本年预算12.4万元，上年13万元，变动率-4.62%。5",
            "本年预算12.4万元，上年13万元，变动率-4.62%，超过部分每个百分点扣1分5",
            "weight-total-mismatch",
            [],
        ),
        # a label glued to a figure of its 评价标准: the blocks open there are left alone
        ("结转结余率5结转结余率不高于5%", "结转结余率595%以上", "weight-total-mismatch", []),
    ],
)
def test_glued_framework_edges(old: str, new: str, code: str, found: list) -> None:
    text = _text()
    assert old in text
    assert stated_recomputed(text.replace(old, new), code) == found
