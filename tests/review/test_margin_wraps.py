"""Running text broken at a page's right margin among tables (a 决算 说明 saved from a PDF
whose tables keep the text from reading as broken at every line): a sentence broken
mid-way is put back, so its parts and rates are checked (our words and figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.review.readers import read_report
from jixiao.review.service import review_file

_BASIC = "2024年度一般公共预算财政拨款基本支出{basic}万元，其中："
_PARAGRAPHS = (
    "本年支出合计3126.40万元，其中：基本支出2206.15万元，占70.57%；项目支出920.25万元，"
    "占29.43%。基本支出用于保障机构正常运转，项目支出用于水利工程运行维护。",
    _BASIC,
    "人员经费1890.37万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位"
    "基本养老保险缴费和住房公积金等。",
    "公用经费315.78万元，主要包括办公费、水电费、差旅费、维修费和工会经费等。",
)
_TABLE = (
    "一般公共预算财政拨款基本支出决算表\n单位：万元\n"
    "301工资福利支出1702.12 302商品和服务支出315.78\n"
    "303对个人和家庭的补助188.25\n人员经费合计1890.37 公用经费合计315.78\n"
)
_CHANGE = (
    "2024年度一般公共预算财政拨款支出3088.62万元，占本年支出合计的98.79%。与上年相比，"
    "一般公共预算财政拨款支出增加{change}万元，增长4.10%，主要原因是水毁工程修复经费增加。"
)


def _cjk_width(text: str) -> float:
    return sum(0.5 if ord(char) < 0x2000 else 1 for char in text)


def _broken(paragraph: str, margin: float, width: object) -> list[str]:
    """``paragraph`` broken into lines no wider than ``margin``."""
    measure = _cjk_width if width == "printed" else len
    lines, line = [], ""
    for char in paragraph:
        if measure(line + char) > margin:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line]


def _text(basic: str, change: str, width: str) -> str:
    margin = 30 if width == "printed" else 34
    paragraphs = [*_PARAGRAPHS, _CHANGE.format(change=change)]
    paragraphs[1] = _BASIC.format(basic=basic)
    lines = ["一、支出决算情况说明", *_broken(paragraphs[0], margin, width)]
    lines += ["二、一般公共预算财政拨款基本支出决算情况说明", paragraphs[1]]
    for paragraph in paragraphs[2:4]:
        lines += _broken(paragraph, margin, width)
    lines += [_TABLE, "三、一般公共预算财政拨款支出决算情况说明"]
    lines += _broken(paragraphs[4], margin, width)
    return "\n".join(lines) + "\n"


def _found(tmp_path: Path, text: str) -> set[tuple[str, str | None, str | None]]:
    path = tmp_path / "决算说明.txt"
    path.write_text(text, encoding="utf-8")
    findings = review_file(path).findings
    return {(f.code, f.stated, f.recomputed) for f in findings if f.severity != "info"}


@pytest.mark.parametrize("width", ["printed", "characters"])
def test_a_correct_text_broken_at_its_margin_has_no_finding(tmp_path: Path, width: str) -> None:
    assert _found(tmp_path, _text("2206.15", "121.63", width)) == set()


@pytest.mark.parametrize("width", ["printed", "characters"])
def test_a_list_broken_at_the_margin_is_added_up(tmp_path: Path, width: str) -> None:
    found = _found(tmp_path, _text("2260.15", "121.63", width))
    assert ("sum-mismatch", "2260.15万元", "2206.15万元") in found


@pytest.mark.parametrize("width", ["printed", "characters"])
def test_a_rate_broken_from_its_change_is_checked(tmp_path: Path, width: str) -> None:
    found = {code for code, *_ in _found(tmp_path, _text("2206.15", "221.63", width))}
    assert "rate-mismatch" in found


def test_lines_of_many_widths_are_left_as_they_are(tmp_path: Path) -> None:
    # captions and table rows end without a stop at no common width: no margin, no joins
    path = tmp_path / "决算表.txt"
    lines = ["收入支出决算总表", "编制单位：某县水利局", "本年收入合计3126.40", "项目支出决算表"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [p.text for p in read_report(path).paragraphs] == lines


_FIGURE_FIRST = [
    "二、一般公共预算财政拨款支出决算结构情况",
    "2024年度一般公共预算财政拨款支出926.40万元，主要用于以下方面：一般公共",
    "服务支出512.30万元，占55.30%；教育支出88.16万元，占9.52%；农林水",
    "支出215.44万元，占23.26%；城乡社区支出60.00万元，占6.48%；住房保障支出",
    "{last}万元，占5.45%。",
    "三、机关运行经费情况",
    "2024年度本部门机关运行经费支出86.25万元，比上年减少4.10万元，下降",
    "4.54%，主要原因是严格落实过紧日子要求，压减办公费和差旅费等一般性",
    "支出。",
]


@pytest.mark.parametrize(("last", "found"), [("50.50", set()), ("55.50", {"sum-mismatch"})])
def test_a_part_whose_figure_opens_the_next_line_stays_in_its_list(
    tmp_path: Path, last: str, found: set[str]
) -> None:
    # the line before stops short of the margin: the figure after it did not fit
    path = tmp_path / "决算说明.txt"
    path.write_text("\n".join(_FIGURE_FIRST).format(last=last) + "\n", encoding="utf-8")
    codes = {f.code for f in review_file(path).findings if f.severity != "info"}
    assert codes & {"sum-short", "sum-mismatch"} == found
