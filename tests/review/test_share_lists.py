"""Shares of a list's parts said by name in the sentence after the list (figures our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import stated_recomputed

from jixiao.review.service import review_file

_TEXT = (
    "项目资金总额500.00万元，其中：中央资金250.00万元，省级资金150.00万元，市级资金60.00万元，"
    "县级配套资金40.00万元。中央、省、市、县资金分别占50.00%、30.00%、{city}、8.00%。"
)


@pytest.mark.parametrize(("city", "found"), [("12.00%", []), ("21.00%", [("21.00%", "12.00%")])])
def test_shares_named_after_the_list(city: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_TEXT.format(city=city), "share-mismatch") == found


def test_names_not_in_the_parts_order_are_left_alone() -> None:
    text = _TEXT.format(city="12.00%").replace("中央、省、市、县", "县、市、省、中央")
    assert stated_recomputed(text, "share-mismatch") == []


@pytest.mark.parametrize(
    "shares",
    [
        "分别占各自下达预算的98.00%、96.00%、95.00%、90.00%",  # each part's own rate
        "分别占全县同级衔接资金的12.50%、10.00%、8.00%、5.00%",  # shares of another base
    ],
)
def test_shares_of_another_base_are_left_alone(shares: str) -> None:
    text = _TEXT.format(city="12.00%").replace("分别占50.00%、30.00%、12.00%、8.00%", shares)
    assert stated_recomputed(text, "share-mismatch") == []


@pytest.mark.parametrize(("share", "found"), [("82.41%", []), ("84.21%", [("84.21%", "82.41%")])])
def test_a_share_of_the_budget_under_its_old_name(share: str, found: list[tuple[str, str]]) -> None:
    # 公共财政预算 is the name 一般公共预算 had before 2015
    text = (
        "1-6月，全县一般公共预算支出126500万元，完成年初预算的51.20%。"
        f"其中，全县民生支出104250万元，占到公共财政预算支出的{share}。"
    )
    assert stated_recomputed(text, "share-mismatch") == found


@pytest.mark.parametrize(("share", "found"), [("90.00%", []), ("99.00%", [("99.00%", "90.00%")])])
def test_a_share_of_the_budget_stated_as_its_allocation(
    share: str, found: list[tuple[str, str]]
) -> None:
    # 一般公共预算拨款支出 is the 一般公共预算支出 a share names
    text = (
        "2023年一般公共预算拨款支出2000000元，其中：基本支出1800000元，项目支出200000元。"
        f"基本支出预算1800000.00元，占一般公共预算支出的{share}，同比增加50000.00元。"
    )
    assert stated_recomputed(text, "share-mismatch") == found


_WRAPPED = [  # a PDF export: each printed line broken, amounts spaced from their unit
    "某中心2023年部门预算公开说明",
    "一、一般公共预算支出情况说明",
    "2023 年一般公共预算拨款支出 2000000 元,其中:基",
    "本支出 1800000 元,项目支出 200000 元,具体支出预算如",
    "下:",
    "(一)一般公共预算支出按支出功能分类科目划分。",
    "行政运行 1500000 元,其中:基本支出 1500000 元,",
    "项目支出 0元。主要用于单位日常运转和各项业务工作",
    "等方面的支出。",
    "专项业务 200000 元,其中:基本支出 0",
    "元,项目支出 200000 元。主要用于专项业务工作支出。",
    "养老保险缴费支出 180000 元,其中:",
    "基本支出 180000 元,项目支出 0元。主要用于机关事业单",
    "位人员养老保险缴费支出。",
    "住房公积金 120000 元,其中:基本支出 120000 元,项",
    "目支出 0元。主要用于单位人员住房公积金支出。",
    "(二)按支出结构分类划分,分为基本支出预算和项目支",
    "出预算。",
    "1.基本支出预算 1800000.00 元,占一般公共预算支出的",
    "{share},同比增加 50000.00 元,增长 2.86 %。",
]


@pytest.mark.parametrize(("share", "found"), [("90.00%", []), ("99.00%", [("99.00%", "90.00%")])])
def test_a_wrapped_share_of_a_base_stated_sections_before(
    tmp_path: Path, share: str, found: list[tuple[str, str]]
) -> None:
    path = tmp_path / "预算说明.txt"
    path.write_text("\n".join(_WRAPPED).replace("{share}", share), encoding="utf-8")
    findings = review_file(path).findings
    assert [(f.stated, f.recomputed) for f in findings if f.code == "share-mismatch"] == found


@pytest.mark.parametrize(("share", "found"), [("89.9%", []), ("90.3%", [("90.3%", "89.94%")])])
def test_a_share_of_a_base_stated_under_the_units_name(
    share: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "2024年某县某镇人民政府收入预算总额为7783.26万元，比上年增加122.54万元。"
        "其中：财政拨款收入783.26万元，占收入预算总额的10.1%；"
        f"其他收入7000万元，占收入预算总额的{share}。"
    )
    assert stated_recomputed(text, "share-mismatch") == found
