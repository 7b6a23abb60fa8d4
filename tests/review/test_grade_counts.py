"""Projects counted by the grade their self-evaluation gave (figures our own): every project
has one grade, so the counts by grade make the count of projects."""

from __future__ import annotations

import pytest
from review_support import stated_recomputed

_GRADES = (
    "本局本级{n}个项目评价等级为“优”有21个、评价等级为“良”有4个、评价等级为“中”有2个；"
    "下属管理所3个项目评价等级为“优”。"
)


@pytest.mark.parametrize(("n", "found"), [("27", []), ("29", [("29个", "27个")])])
def test_counts_by_grade_make_the_count_of_projects(n: str, found: list[tuple[str, str]]) -> None:
    assert stated_recomputed(_GRADES.format(n=n), "sum-mismatch") == found


def test_quoted_grades_opening_the_sentence_after_the_count_of_evaluations() -> None:
    text = (
        "全年共上报项目绩效自评{total}个，涉及金额26,410.35万元。单位自评结果“优秀”148个、"
        "“良好”62个、“中”17个、“差”3个。"
    )
    assert stated_recomputed(text.format(total="230"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="236"), "sum-mismatch") == [("236个", "230个")]


def test_quoted_grades_after_a_sentence_with_several_counts_take_the_one_said_with_gong() -> None:
    text = (
        "2022年共对9个重点项目进行了评价，涉及部门单位7个，资金17815.56万元。从评价结果来看，"
        "评价结论为“良”的8个，“中”的1个。"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


_KINDS = (
    "2023年对6个部门、{towns}个镇乡街道开展整体支出绩效评价，12个专项开展重点绩效评价，其中："
    "良好部门6个；优秀镇乡街道3个，良好镇乡街道2个；良好专项11个，中等专项1个。"
)


@pytest.mark.parametrize(("towns", "found"), [("5", []), ("4", [("4个", "5个")])])
def test_grades_written_before_the_kind_they_count(
    towns: str, found: list[tuple[str, str]]
) -> None:
    assert stated_recomputed(_KINDS.format(towns=towns), "sum-mismatch") == found


def test_units_the_text_says_were_not_graded() -> None:
    text = (
        "全县18个镇乡街道纳入2023年度考核，其中：优秀镇乡街道4个，良好镇乡街道9个，合格镇乡街道3个。"
        "另有2个街道因新设立，本年度不参与等次评定。"
    )
    assert stated_recomputed(text, "sum-mismatch") == []


@pytest.mark.parametrize(("poor", "found"), [("5", []), ("6", [("96个", "97个")])])
def test_quoted_grades_over_the_parts_of_a_sentence_a_few_sentences_after_their_count(
    poor: str, found: list[tuple[str, str]]
) -> None:
    text = (
        "参加本次考评的共96个文化馆、图书馆，其中80个馆列入免费开放名单，16个馆自行申请参加考评。"
        "考评按照单位自评、市级审核、省级考评的程序实施。其中考评结果为“优”的12个，占12.5%；"
        f"“良”55个，占57.29%；“中”24个，占25%；“差”{poor}个，占5.21%。\n"
    )
    assert stated_recomputed(text, "sum-mismatch") == found


_MUSEUMS = (
    "全市共有42家文化馆参加了年度免费开放绩效考核。经综合考核评估，市群众艺术馆等9家单位考核"
    "结果为优秀；北城区文化馆等18家单位考核结果为良好，南山区文化馆等{fair}家单位考评结果为合格，"
    "有4家单位考核结果为不合格。\n"
)


@pytest.mark.parametrize(("fair", "found"), [("11", []), ("12", [("42个", "43个")])])
def test_counts_with_their_grade_after_them_make_the_count_said_before(
    fair: str, found: list[tuple[str, str]]
) -> None:
    text = "2023年度文化馆免费开放绩效考核情况\n" + _MUSEUMS.format(fair=fair)
    assert stated_recomputed(text, "sum-mismatch") == found
