"""Every format a bureau receives, read into the same document: running text and table rows
in body order, each finding placed at its cell, row or page."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import openpyxl
import pytest
from review_support import word_table
from typer.testing import CliRunner

from jixiao.cli import app
from jixiao.documents.pdf import convert
from jixiao.documents.pdf import convert_to_pdf
from jixiao.review.readers import read_report
from jixiao.review.readers.sheets import cell_text
from jixiao.review.service import review_file

runner = CliRunner()
needs_office = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice converts")
HEADER = ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "项目自评表"
    sheet.append(["项目支出绩效自评表"])
    sheet.append(["（2023年度）"])
    sheet.append(HEADER)
    sheet.append(["年度资金总额", 50, 50, 45.7, 10, 0.914, 10])
    sheet["F4"].number_format = "0.00%"
    sheet.append(["其中：本年财政拨款", 50, 50, 45.7, None, None, None])
    book.save(path)
    return path


def _document(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("2023年度乡村道路项目支出绩效自评报告")
    document.add_paragraph("一、基本情况")
    document.add_paragraph("项目预算50.00万元，执行45.70万元。")
    table = document.add_table(rows=2, cols=len(HEADER))
    table.style = "Table Grid"
    for number, text in enumerate(HEADER):
        table.cell(0, number).text = text
    for number, text in enumerate(["年度资金总额", "50", "50", "45.7", "10", "91.40%", "10"]):
        table.cell(1, number).text = text
    document.add_paragraph("二、绩效目标完成情况")
    document.add_paragraph("全部完成。")
    document.save(str(path))
    return path


def test_cell_text_keeps_what_the_cell_shows() -> None:
    assert cell_text(0.914, "0.00%") == "91.40%"
    assert cell_text(89.98, '0.00"%"') == "89.98%"
    assert cell_text(9, "0.00") == "9.00"
    assert cell_text(64.8, "General") == "64.8"
    assert cell_text(None) == ""


def test_a_workbook_is_reviewed_with_findings_at_their_cells(tmp_path: Path) -> None:
    result = review_file(_workbook(tmp_path / "项目自评表.xlsx"))
    assert result.error is None and result.kind.startswith("项目支出绩效自评表")
    found = {f.code: f.place for f in result.findings}
    assert found == {"rate-score-mismatch": "项目自评表!G4"}


def test_formulas_saved_without_their_values_are_named_not_read_as_blank(
    tmp_path: Path,
) -> None:
    path = _workbook(tmp_path / "项目自评表.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book["项目自评表"]
    sheet["F4"], sheet["G4"] = "=D4/C4", "=E4*F4"  # as a program writes them: no values
    book.save(path)
    result = review_file(path)
    assert result.notes[0].startswith("工作表“项目自评表”中有2个公式单元格（F4、G4）未保存计算结果")
    assert not [f for f in result.findings if f.code == "rate-score-mismatch"]


def test_docx_tables_are_read_in_body_order(tmp_path: Path) -> None:
    doc = read_report(_document(tmp_path / "report.docx"))
    texts = [p.text for p in doc.paragraphs]
    assert texts.index("二、绩效目标完成情况") > next(
        i for i, t in enumerate(texts) if t.startswith("年度资金总额")
    )
    row = next(p for p in doc.paragraphs if p.text.startswith("年度资金总额"))
    assert row.cells[5] == "91.40%" and row.place == "表1第2行"
    result = review_file(tmp_path / "report.docx")
    assert [(f.code, f.place) for f in result.findings] == [
        ("rate-score-mismatch", "表1第2行第7列")
    ]


@needs_office
def test_pdf_table_rows_are_kept_as_rows(tmp_path: Path) -> None:
    pdf = convert_to_pdf(_document(tmp_path / "report.docx"), tmp_path)
    result = review_file(pdf)
    assert result.error is None
    assert [(f.code, f.place) for f in result.findings] == [("rate-score-mismatch", "第1页")]


@needs_office
def test_doc_and_xls_are_converted_and_reviewed(tmp_path: Path) -> None:
    old_doc = convert(_document(tmp_path / "report.docx"), tmp_path / "old", "doc")
    old_xls = convert(_workbook(tmp_path / "table.xlsx"), tmp_path / "old", "xls")
    codes = {
        path.suffix: {f.code for f in review_file(path).findings} for path in (old_doc, old_xls)
    }
    assert codes == {".doc": {"rate-score-mismatch"}, ".xls": {"rate-score-mismatch"}}


def test_a_broken_workbook_is_a_chinese_message(tmp_path: Path) -> None:
    (tmp_path / "坏.xlsx").write_bytes(b"PK\x03\x04 not really")
    result = runner.invoke(app, ["review", str(tmp_path / "坏.xlsx")])
    assert result.exit_code == 2 and "已损坏" in result.stdout and "Traceback" not in result.stdout


def test_a_workbook_is_written_back_with_comments_on_its_cells(tmp_path: Path) -> None:
    source = _workbook(tmp_path / "项目自评表.xlsx")
    out = tmp_path / "项目自评表-复核意见.xlsx"
    result = runner.invoke(app, ["review", str(source), "-o", str(out)])
    assert result.exit_code == 1, result.stdout
    book = openpyxl.load_workbook(out)
    comment = book["项目自评表"]["G4"].comment
    assert comment is not None and "预算执行率得分与执行率不符" in comment.text
    assert book["复核意见"]["C2"].value == "项目自评表!G4"
    assert openpyxl.load_workbook(source)["项目自评表"]["G4"].comment is None  # input untouched


def test_review_never_writes_over_its_input(tmp_path: Path) -> None:
    source = _workbook(tmp_path / "项目自评表.xlsx")
    before = source.read_bytes()
    result = runner.invoke(app, ["review", str(source), "-o", str(source)])
    assert result.exit_code == 2 and "不能与被复核的文件相同" in result.stdout
    assert source.read_bytes() == before
    missing = runner.invoke(app, ["review", str(source), "-o", str(tmp_path / "无" / "x.xlsx")])
    assert missing.exit_code == 2 and "输出文件夹不存在" in missing.stdout


def test_a_folder_of_mixed_documents_gives_one_summary(tmp_path: Path) -> None:
    _workbook(tmp_path / "项目自评表.xlsx")
    _document(tmp_path / "项目自评报告.docx")
    (tmp_path / "说明.txt").write_text("某单位项目支出绩效自评表\n项目名称：道路养护\n", "utf-8")
    result = runner.invoke(app, ["review", str(tmp_path)])
    assert result.exit_code == 1
    head, *rows = list(openpyxl.load_workbook(tmp_path / "复核汇总.xlsx")["复核汇总"].values)
    by_file = {row[0]: dict(zip(head, row, strict=True)) for row in rows}
    assert set(by_file) == {"项目自评表.xlsx", "项目自评报告.docx", "说明.txt"}
    assert by_file["项目自评表.xlsx"]["错误"] == 1
    assert by_file["项目自评报告.docx"]["文件类别"] == "项目支出绩效自评报告"
    assert "未识别出自评表的表头" in by_file["说明.txt"]["未核对事项"]


def test_the_summary_names_unit_project_and_totals(tmp_path: Path) -> None:
    text = (
        "项目支出绩效自评表\n项目名称 | 道路养护 |\n实施单位 | 某县公路中心 |\n"
        "三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n"
        "养护里程 | ≥20公里 | 21公里 | 60 | 60 |\n群众满意度 | ≥90% | 93% | 40 | 40 |\n"
        "总分 | 100 | 98 |\n"
    )
    (tmp_path / "表.txt").write_text(text, "utf-8")
    runner.invoke(app, ["review", str(tmp_path)])
    head, row = list(openpyxl.load_workbook(tmp_path / "复核汇总.xlsx")["复核汇总"].values)
    facts = dict(zip(head, row, strict=True))
    assert (facts["单位"], facts["项目"]) == ("某县公路中心", "道路养护")
    assert (facts["所列总分"], facts["复算总分"], facts["错误"]) == (98, 100, 1)


ZHENGTI_HEADER = [
    "序号",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标分值",
    "评分标准",
    "",
    "自评得分",
]


def _zhengti_table(path: Path, rows: int) -> Path:
    """A 部门整体 自评表 in a provincial layout: 指标分值 and 自评得分 apart, a merged 一级指标
    column, an empty column and an empty row, ``rows`` indicator rows and a total."""
    document = docx.Document()
    document.add_paragraph("某局2023年度部门整体支出绩效自评表")
    table = document.add_table(rows=rows + 3, cols=len(ZHENGTI_HEADER))
    table.style = "Table Grid"
    for column, text in enumerate(ZHENGTI_HEADER):
        table.cell(0, column).text = text
    weight = 100 // rows
    for number in range(rows):
        cells = table.rows[number + 2].cells
        values = [str(number + 1), "", "履职效能", f"重点工作{number + 1}完成率", str(weight)]
        for column, text in enumerate(values):
            cells[column].text = text
        cells[5].text = "完成得满分，未完成按比例扣分"
        cells[7].text = str(weight + 2 if number == 1 else weight)  # row 2 scores above its 分值
    table.cell(2, 1).merge(table.cell(rows + 1, 1)).text = f"产出({weight * rows}分)"
    total = table.rows[rows + 2].cells
    total[0].text, total[4].text, total[7].text = "合计", str(weight * rows), str(weight * rows)
    document.save(str(path))
    return path


def test_a_provincial_grid_with_merged_and_blank_cells(tmp_path: Path) -> None:
    result = review_file(_zhengti_table(tmp_path / "自评表.docx", 5))
    found = sorted((f.code, f.stated, f.recomputed) for f in result.findings)
    assert found == [
        ("score-total-mismatch", "100", "102"),
        ("table-score-over-weight", "22", "20"),
    ]


def test_a_label_merged_down_the_funds_rows_of_a_docx_is_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("项目支出绩效自评表")
    rows = [
        ["项目资金（万元）", "", *HEADER[1:]],
        ["", "年度资金总额", "80", "80", "72", "10", "95.00%", "9.5"],
        ["", "其中：当年财政拨款", "80", "80", "72", "", "", ""],
    ]
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for number, row in enumerate(rows):
        for column, text in enumerate(row):
            table.cell(number, column).text = text
    table.cell(0, 0).merge(table.cell(2, 0))  # Word repeats its text in every row it covers
    document.save(str(tmp_path / "表.docx"))
    result = review_file(tmp_path / "表.docx")
    assert {(f.code, f.stated, f.recomputed) for f in result.findings} == {
        ("table-rate-mismatch", "95.00%", "90.00%"),
    }


@needs_office
def test_a_table_split_across_pdf_pages(tmp_path: Path) -> None:
    pdf = convert_to_pdf(_zhengti_table(tmp_path / "长表.docx", 50), tmp_path)
    result = review_file(pdf)
    assert result.units >= 2  # pages
    assert {(f.code, f.stated) for f in result.findings} == {
        ("table-score-over-weight", "4"),
        ("score-total-mismatch", "100"),
    }


@needs_office
def test_figures_a_narrow_pdf_cell_wrapped_are_put_back(tmp_path: Path) -> None:
    header = ["项目资金（万元）", "", *HEADER[1:], "备注", "附注", "说明"]
    rows = [
        header,
        ["", "年度资金总额", "120.00", "135.50", "129.63", "10", "97.65%", "9.57", "", "", ""],
        ["", "其中：当年财政拨款", "120.00", "135.50", "129.63", "—", "—", "—", "", "", ""],
    ]
    word_table(tmp_path / "窄表.docx", rows, "项目支出绩效自评表")
    pdf = convert_to_pdf(tmp_path / "窄表.docx", tmp_path)  # “129.6” over “3”, “97.65” over “%”
    result = review_file(pdf)
    assert [(f.code, f.stated, f.recomputed) for f in result.findings] == [
        ("table-rate-mismatch", "97.65%", "95.67%")
    ]


def test_running_text_laid_out_in_a_table_is_checked(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("2023年度某局部门整体支出绩效自评报告")
    table = document.add_table(rows=2, cols=2)
    table.style = "Table Grid"
    table.cell(0, 0).text, table.cell(0, 1).text = (
        "预算情况",
        "全年支出300.00万元，其中基本支出200.00万元、项目支出90.00万元。",
    )
    table.cell(1, 0).text, table.cell(1, 1).text = (
        "执行情况",
        "调整后预算数187.95万元，预算执行数169.11万元，预算执行率为88.98%。",
    )
    document.save(str(tmp_path / "r.docx"))
    found = {(f.code, f.place) for f in review_file(tmp_path / "r.docx").findings}
    assert found == {("sum-mismatch", "表1第1行"), ("rate-mismatch", "表1第2行")}


def test_a_unit_broken_over_two_lines_of_a_text_is_put_back(tmp_path: Path) -> None:
    path = tmp_path / "三公经费说明.txt"
    path.write_text(
        "二、“三公”经费支出情况\n公务接待费支出决算4.20万元，比去年增加1.20万\n元，增长30%。\n",
        encoding="utf-8",
    )
    texts = [p.text for p in read_report(path).paragraphs]
    assert any("增加1.20万元，增长30%" in t for t in texts)
    found = [
        (f.stated, f.recomputed) for f in review_file(path).findings if f.code == "rate-mismatch"
    ]
    assert found == [("30%", "40%")]


#: A 文库 copy: the pages of one glued table, each opening with its page number (our words).
_PAGES = (
    "1、项目支出绩效自评表(2023年度)项目名称乡村文化设施更新项目主管部门某县文化和旅游局"
    "实施单位某县文化馆年度总体目标更新全县村级文化室的音响、投影和图书设备,满足村民日常文化活动需要"
    "实际完成情况已更新全县40个村级文化室的音响、投影和图书设备,村民文化活动场所条件明显改善,"
    "群众参与文化活动的积极性进一步提高,各村文化室均已建立设备管理和开放服务制度,运行情况良好"
    "绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因"
    "产出指标数量指标更新村级文化室设备40个40个2525质量指标设备验收合格率100%100%25\n"
    "2、{tail}\n"
)


@pytest.mark.parametrize(
    ("tail", "joined"),
    [
        ("25效益指标社会效益指标村民文化活动参与人次明显增加明显增加2525总分100100", True),
        ("各项工作已按计划完成。", True),
    ],
)
def test_the_pages_of_a_library_copy_are_put_back_together(
    tmp_path: Path, tail: str, joined: bool
) -> None:
    path = tmp_path / "自评表.txt"
    path.write_text(_PAGES.format(tail=tail), encoding="utf-8")
    texts = [p.text for p in read_report(path).paragraphs]
    assert any(("合格率100%100%25" + tail) in t for t in texts) is joined


def test_a_numbered_list_is_no_library_pages(tmp_path: Path) -> None:
    # an item of 166 characters that ends on its stop is no page
    path = tmp_path / "报告.txt"
    item = "1、" + "项目按计划实施，" * 20 + "全部完成。\n2、资金已全部拨付到位。\n"
    path.write_text(item, encoding="utf-8")
    texts = [p.text for p in read_report(path).paragraphs]
    assert any(t.startswith("2、资金") for t in texts)


def test_a_page_ending_on_a_stop_keeps_the_count(tmp_path: Path) -> None:
    # page 2 ends on its stop and stands alone; page 3 still runs on into page 4
    page = "项目按计划实施，各村均已完成建设任务并通过验收，" * 12
    text = f"1、{page}\n2、{page}完成。\n3、{page}资金来源为中央资金62万元、省级\n4、资金24万元。\n"
    path = tmp_path / "自评报告.txt"
    path.write_text(text, encoding="utf-8")
    texts = [p.text for p in read_report(path).paragraphs]
    assert any("省级资金24万元。" in t for t in texts)


@pytest.mark.parametrize(
    ("banner", "joined"), [("《自评报告.docx》由会员分享,可在线阅读\n", True), ("", False)]
)
def test_short_pages_under_a_library_line(tmp_path: Path, banner: str, joined: bool) -> None:
    # pages of 140 characters are pages only where the 文库 site's line says it is a copy
    page = "项目按计划实施，各村均已完成建设任务并通过验收，" * 5
    path = tmp_path / "自评报告.txt"
    path.write_text(f"{banner}1、{page}资金来源为中央资金62万元、省级\n2、资金24万元。\n", "utf-8")
    texts = [p.text for p in read_report(path).paragraphs]
    assert any("省级资金24万元。" in t for t in texts) is joined


def test_the_page_thumbnails_of_a_sharing_site_do_not_make_a_form_running_text(
    tmp_path: Path,
) -> None:
    # a form copied from a document-sharing page: its title, one thumbnail line per page,
    # then one cell to a paragraph (our figures); the thumbnails are no wrapped text
    pages = "".join(f"乡村道路养护项目绩效自评表.docx_第{n}页\n" for n in range(1, 6))
    head = "乡村道路养护项目绩效自评表.docx\n上传人:b****3 文档编号:1000 格式:DOCX 页数:12\n"
    cells = ["一级指标", "分值", "二级指标", "分值", "三级指标", "分值", "得分"]
    cells += ["项目决策", "20", "项目目标", "4", "目标内容", "4", "4", "决策过程", "8"]
    cells += ["决策依据", "3", "3", "决策程序", "5", "6", "资金分配", "8", "分配办法", "2"]
    cells += ["2", "分配结果", "6", "6"]
    path = tmp_path / "自评表.txt"
    path.write_text(head + pages + "\n\n".join(cells) + "\n", encoding="utf-8")
    texts = [p.text for p in read_report(path).paragraphs]
    assert "决策程序" in texts and "6" in texts


def test_a_row_with_a_page_caption_glued_to_its_end_stays_a_row(tmp_path: Path) -> None:
    # only a caption line of its own is a thumbnail; a row that ends in one keeps its cells
    path = tmp_path / "自评表.txt"
    row = "其他资金 | 12.00 | 12.00 | 12.00 | — | 100% | — 绩效自评表.docx_第2页\n"
    path.write_text("项目支出绩效自评表\n" + row, encoding="utf-8")
    texts = [p.text for p in read_report(path).paragraphs]
    assert any(t.startswith("其他资金") for t in texts)
