"""A web table saved one cell to a line, each cell closed by a bar alone on the next line and
each row opened by an empty cell (a bar alone), bars alone and a traditional 單位 caption
above its header; and a document in traditional characters whose cells hold none of the
characters that tell (figures our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_support import file_stated_recomputed
from review_support import word_table

from jixiao.review.readers import read_report

_ROWS = [
    ("行政經費", "312.23", "{admin}", "0.00", "0.00"),
    ("“三公”經費", "29.00", "29.00", "0.00", "0.00"),
    ("公務用車運行維護費", "28.00", "28.00", "0.00", "0.00"),
    ("公務接待費", "1.00", "1.00", "0.00", "0.00"),
]


def _lines(admin: str) -> str:
    lines = ["2019年部門預算行政經費及“三公”經費預算表", "", *["|"] * 5, "單位:萬元", "|", "|"]
    for cell in ("項 目", "合計", "一般公共", "預算", "政府性基金", "預算", "國有資本", "經營預算"):
        lines.append(cell)
        if cell in ("項 目", "合計") or cell.endswith("預算"):
            lines.append("|")
    for row in _ROWS:
        lines.append("|")
        for cell in row:
            lines += [cell.format(admin=admin), "|"]
    lines.append(
        "2019年本部門機關運行經費安排312.23萬元，比上年增加15.18萬元，增長5.11%，"
        "主要原因是公用經費標準有所提高；“三公”經費預算29萬元，與上年持平。"
    )
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("admin", "found"), [("312.23", []), ("312.32", [("312.23", "312.32")])])
def test_rows_opened_by_a_bar_alone_are_read_as_rows(
    tmp_path: Path, admin: str, found: list[tuple[str, str]]
) -> None:
    assert file_stated_recomputed(tmp_path / "预算表.txt", _lines(admin), "sum-mismatch") == found


def test_a_traditional_document_is_simplified_in_every_cell(tmp_path: Path) -> None:
    path = tmp_path / "三公.docx"
    rows = [["項目", "預算數"], ["公務用車購置", "0.00"], ["公務接待費", "1.00"]]
    word_table(path, rows, "2019年“三公”經費預算表")
    cells = [p.cells for p in read_report(path).paragraphs if p.cells]
    assert ("公务用车购置", "0.00") in cells


@pytest.mark.parametrize(("total", "found"), [("40.20", []), ("43.20", [("43.20", "40.20")])])
def test_a_table_of_two_columns_one_cell_to_a_line(
    tmp_path: Path, total: str, found: list[tuple[str, str]]
) -> None:
    # a label and one figure a row: the narrowest table cut by its width
    cells = ["项 目", "预 算 数", "合 计", total, "因公出国(境)费", "0", "公务接待费", "22.20"]
    cells += ["公务用车购置及运行费", "18.00"]
    lines = ["一、2024年“三公”经费支出预算表", "单位:万元", *(f"{c} |" for c in cells)]
    lines.append(
        "二、2024年“三公”经费支出预算情况说明：本单位“三公”经费支出预算较上年持平，主要是严控支出。"
    )
    text = "\n".join(lines) + "\n"
    assert file_stated_recomputed(tmp_path / "三公.txt", text, "sum-mismatch") == found


@pytest.mark.parametrize(("third", "found"), [("20", []), ("15", [("100", "95")])])
def test_numbered_rows_one_cell_to_a_line_under_a_merged_total(
    tmp_path: Path, third: str, found: list[tuple[str, str]]
) -> None:
    # rows open with their 序号; the 合计 row's 序号 and names merged, its figure under 金额
    rows = [
        ("西坪镇", "排洪排水工程", "20"),
        ("桃舟乡", "水圳修复", "15"),
        ("芦田镇", "河道治理", third),
    ]
    rows += [("蓬莱镇", "河堤修复", "25"), ("魁斗镇", "护岸修复", "20")]
    lines = [
        "2024年水利专项资金安排表",
        "单位:万元",
        *(f"{c} |" for c in ("序号", "乡镇", "项目", "金额")),
    ]
    lines.append("备注 |")
    for number, (town, project, amount) in enumerate(rows, 1):
        lines += [f"{number} |", f"{town} |", f"{project} |", f"{amount} |", "|"]
    lines += [
        "合计 |",
        "100 |",
        "附件2",
        "请各乡镇按照项目实施方案抓紧组织实施，确保资金安全和项目按期完成。",
    ]
    text = "\n".join(lines) + "\n"
    assert file_stated_recomputed(tmp_path / "安排表.txt", text, "sum-mismatch") == found


@pytest.mark.parametrize(("second", "found"), [("40", []), ("45", [("80", "85")])])
def test_numbered_rows_of_a_traditional_page_closed_by_its_total(
    tmp_path: Path, second: str, found: list[tuple[str, str]]
) -> None:
    # two numbered rows only, a long 任务 cell a row, and a 合計 the width of the header
    # would otherwise cut three cells a row
    lines = ["附件1", "2025年鄉村振興專項資金分配表"]
    lines += [f"{c} |" for c in ("序號", "鄉鎮名單", "鄉鎮類型", "補助資金(萬元)", "任務清單")]
    task = "用于整鎮推進項目建設補助,項目預算總投資不低于80萬元"
    for number, (town, amount) in enumerate((("湖頭鎮", "40"), ("長坑鄉", second)), 1):
        lines += [f"{number} |", f"{town} |", "農業生態型 |", f"{amount} |", f"{task} |"]
    lines += ["合計 |", "80 |", "|", "附件2", "2025年鄉村振興專項資金績效目標表"]
    text = "\n".join(lines) + "\n"
    assert file_stated_recomputed(tmp_path / "分配表.txt", text, "sum-mismatch") == found


@pytest.mark.parametrize(("east", "found"), [("12.4", []), ("14.2", [("21.6", "23.4")])])
def test_rows_opened_by_a_bar_alone_between_the_closing_lines_of_two_captions(
    tmp_path: Path, east: str, found: list[tuple[str, str]]
) -> None:
    # the caption and the next table's header are closed by bars; the rows between are not
    lines = ["|", "附件1 |", "||", "|", "2025年應急救助資金分配表 |", "||"]
    for row in (("鎮", "補助資金 (萬元)", "約束性任務"), ("西灣鎮", "3.6", "扶持對象2個以上。")):
        lines += ["|", *(f"{c} |" for c in row)]
    for row in (("東嶺鎮", east, "扶持對象4個以上。"), ("南橋鎮", "5.6", "扶持對象3個以上。")):
        lines += ["|", *(f"{c} |" for c in row)]
    lines += ["|", "合計 |", "21.6 |", "|", "附件2", "|", "績效目標表 |", "|||||", "|", "鎮 |"]
    text = "\n".join(lines) + "\n"
    assert file_stated_recomputed(tmp_path / "分配表.txt", text, "sum-mismatch") == found


_WRAPPED = (
    "根据市财政局、市农业农村局关于下达2020年市级财政专项扶贫资金的通知文件精神，现将市级财\n"
    "政专项扶贫资金下达给你们，款列其他扶贫支出科目，同步下达任务清单和绩效目标，请严格按照\n"
    "专项扶贫资金管理办法的规定，加强资金监管，及时将资金拨付到项目实施单位，并按照规定的用\n"
    "途使用资金，不得截留、挤占、挪用。各乡镇要按照任务清单的要求，抓紧组织项目实施，确保项\n"
    "目按期完成，并于年底前将项目实施情况和资金使用情况报送县财政局和县农业农村局，以便汇总\n"
    "上报市级主管部门，接受绩效评价和监督检查，对资金使用中发现的问题要及时整改落实到位。\n"
)


@pytest.mark.parametrize(("third", "found"), [("5", []), ("9", [("14", "18")] * 2)])
def test_barred_rows_of_a_text_broken_at_every_line_under_a_total_that_lost_a_cell(
    tmp_path: Path, third: str, found: list[tuple[str, str]]
) -> None:
    # the prose joined back, each barred row kept a row; the 合计 row lost its 建设项目
    # cell, its two figures under the two columns of figures (both found short)
    rows = [
        "乡镇、村 | 金额 | 建设项目 | 补助金额 | |",
        "东溪镇上坪村 | 5 | 修复拦水坝2座，水圳300米。 | 5 | |",
        "东溪镇下坪村 | 4 | 新建蓄水池一座。 | 4 | |",
        f"南山镇岭头村 | {third} | 道路硬化1公里。 | {third} | |",
        "合计 | 14 | 14 |",
    ]
    text = _WRAPPED + "附件1 | ||||\n扶贫资金安排表 | ||||\n" + "\n".join(rows) + "\n"
    assert file_stated_recomputed(tmp_path / "安排表.txt", text, "sum-mismatch") == found


def test_a_total_row_short_of_a_standard_column_is_set_under_the_columns_it_makes(
    tmp_path: Path,
) -> None:
    # “合计 | 64 | 90 | 27,000 |”: no 补助标准 in the total; read by position it would set 90
    # under 户数, so its figures go under the columns they add up to (none when no such)
    rows = [("城东镇", "30", "40", "12,000"), ("城西镇", "20", "30", "9,000")]
    rows += [("南关镇", "14", "20", "6,000")]
    lines = ["单位:户、人、元/人、元", "序号 | 乡镇 | 户数 | 人数 | 补助标准 | 补助金额 |"]
    for number, (town, homes, heads, paid) in enumerate(rows, 1):
        lines.append(f"{number} | {town} | {homes} | {heads} | 300 | {paid} |")
    lines.append("合计 | 64 | 90 | 27,000 |")
    text = "\n".join(lines) + "\n"
    assert file_stated_recomputed(tmp_path / "公示.txt", text, "sum-mismatch") == []


def _form(spent: str, initial: str = "120.00") -> str:
    """A 自评表 one cell to a line, each closed by a bar, a blank cell a bar alone: the
    form's own lines, then its 资金 block with 项目资金 and (万元) on lines of their own."""
    cells = [
        "项目支出绩效自评表",
        "(2024年度)",
        "项目名称",
        "村级文化广场建设",
        "主管部门",
        "某县文化和旅游局",
        "项目资金",
        "(万元)",
        "年初预算数",
        "全年预算数",
        "全年执行数",
        "分值",
        "执行率",
        "得分",
        "年度资金总额",
        initial,
        "150.40",
        spent,
        "10",
        "98.34%",
        "9.83",
        "其中:当年财政拨款",
        initial,
        "138.00",
        "135.50",
        "—",
        "—",
        "—",
        "上年结转资金",
        "",
        "12.40",
        "12.40",
        "—",
        "—",
        "—",
        "其他资金",
        "",
        "",
        "",
        "—",
        "—",
        "—",
        "年度总体目标",
    ]
    return "\n".join(f"{cell} |" if cell else "|" for cell in cells) + "\n"


def test_a_funds_block_after_the_form_s_own_lines_keeps_its_blank_cells(
    tmp_path: Path,
) -> None:
    assert file_stated_recomputed(tmp_path / "x.txt", _form("147.90"), "sum-mismatch") == []
    found = file_stated_recomputed(tmp_path / "y.txt", _form("149.70"), "sum-mismatch")
    assert found == [("149.70", "147.90")]


def test_a_funds_block_whose_initial_budget_is_left_blank(tmp_path: Path) -> None:
    """年初预算数 blank in the total's row and its sources': the other columns stay put."""
    right = _form("147.90", initial="")
    assert file_stated_recomputed(tmp_path / "x.txt", right, "sum-mismatch") == []
    wrong = _form("149.70", initial="")
    assert file_stated_recomputed(tmp_path / "y.txt", wrong, "sum-mismatch") == [
        ("149.70", "147.90")
    ]
