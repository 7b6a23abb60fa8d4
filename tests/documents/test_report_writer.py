"""The 自评报告 .docx, read back with python-docx: outline, sentences, fonts, page, draft.

Expected figures are hand-written from the seed report (seed/000_c9b84e92ccfd1235.txt),
not produced by the code under test.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document as DocumentObject
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt
from test_report_support import joined
from test_report_support import lines
from test_report_support import report_of
from test_report_support import texts
from test_report_support import under
from test_report_support import write_and_read

from jixiao.core.evaluate import evaluate
from jixiao.core.model import Cap
from jixiao.core.submission import Submission
from jixiao.documents.outputs import REPORT_DOCX
from jixiao.documents.outputs import write_outputs
from jixiao.documents.report.context import build_context
from jixiao.frameworks import load_pair

from support import evaluate_data
from support import seed_data

TITLE = "2023年度葛店经开区创新创业发展中心部门整体绩效自评报告"


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> DocumentObject:
    """The seed unit's final (not draft) report."""
    return report_of(seed_data(), tmp_path_factory.mktemp("report") / "r.docx")


@pytest.fixture(scope="module")
def draft_report(tmp_path_factory: pytest.TempPathFactory) -> DocumentObject:
    """The seed unit's draft report."""
    return report_of(seed_data(), tmp_path_factory.mktemp("draft") / "r.docx", draft=True)


def test_title_is_the_first_line(report: DocumentObject) -> None:
    assert lines(report)[0] == ("报告标题", TITLE)


def test_outline_level1_headings_in_order(report: DocumentObject) -> None:
    assert texts(report, "一级标题") == [
        "一、基本情况",
        "二、部门自评工作开展情况",
        "三、部门整体绩效目标完成情况",
        "四、主要成效、存在的突出问题和原因",
        "五、下一步拟改进措施",
    ]


def test_outline_level2_headings_in_order(report: DocumentObject) -> None:
    assert texts(report, "二级标题") == [
        "（一）成立部门自评小组",
        "（二）绩效评价自评范围和内容",
        "（三）绩效自评工作开展情况",
        "（一）运行成本指标完成情况",
        "（二）管理效率指标完成情况",
        "（三）履职效能指标完成情况",
        "（四）社会效应指标完成情况",
        "（五）可持续发展能力指标完成情况",
        "（六）满意度指标完成情况",
        "（七）自评得分及等级",
        "（一）上年度结果应用情况",
        "（二）本年度部门主要成效、存在的突出问题和原因",
        "（一）下一步拟改进措施",
        "（二）拟与预算安排相结合情况",
    ]


def test_level2_and_level3_numbering(report: DocumentObject) -> None:
    level3 = texts(report, "三级标题")
    assert level3[level3.index("1.公用经费控制指标分析") + 2] == "3.项目支出成本控制指标分析"
    assert "1.产出指标分析" in level3  # a 二级 name ending in 指标 is not doubled
    items = texts(report, "四级标题")
    assert items[:4] == [
        "（1）公用经费控制率",
        "（1）在职人员控制率",
        "（1）会议费控制率",
        "（2）三公经费变动率",
    ]


def test_budget_sentence_carries_the_seed_figures(report: DocumentObject) -> None:
    text = joined(report, "一、基本情况")
    for figure in ("年初预算159.36万元", "全年预算187.95万元", "全年执行169.11万元"):
        assert figure in text
    assert "基本支出136.75万元" in text
    assert "项目支出32.36万元" in text
    assert "资金来源为一般公共预算财政拨款资金" in text


def test_basis_names_the_notice(report: DocumentObject) -> None:
    assert "鄂葛财发〔2024〕3号" in joined(report, "二、部门自评工作开展情况")


@pytest.mark.parametrize(
    ("heading", "figures"),
    [
        ("（1）公用经费控制率", ["5.70万元", "7.44万元", "76.61%"]),
        ("（4）预算调整率", ["187.95万元", "159.36万元", "调增28.59万元", "17.94%"]),
        ("（1）预算执行率", ["169.11万元", "187.95万元", "89.98%"]),
        ("（2）结转结余率", ["10.02%"]),
        ("（3）政府采购执行率", ["4.08万元", "3.77万元", "92.40%"]),
    ],
)
def test_computed_paragraphs_carry_the_seed_figures(
    report: DocumentObject, heading: str, figures: list[str]
) -> None:
    text = joined(report, heading)
    for figure in figures:
        assert figure in text
    assert "按“" in text  # the formula in words


def test_formula_in_words(report: DocumentObject) -> None:
    assert "按“全年执行数 ÷ 全年预算数 × 100%”计算，预算执行率为89.98%" in joined(
        report, "（1）预算执行率"
    )


def test_no_target_means_no_claim_of_meeting_it(report: DocumentObject) -> None:
    for heading in ("（2）结转结余率", "（3）政府采购执行率", "（4）预算调整率"):
        text = joined(report, heading)
        assert "未设定年度指标值" in text
        assert "达到年度指标值" not in text
    body = "\n".join(text for _, text in lines(report))
    assert "年初目标" not in body


def test_defaulted_target_is_said_to_be_the_framework_default(report: DocumentObject) -> None:
    text = joined(report, "（1）公用经费控制率")
    assert "单位未设定年度指标值，按指标体系默认值≤100%评价" in text
    assert "达到默认值" in text
    assert "得4分（分值4分）" in text


def test_missed_target_without_cause_says_so(report: DocumentObject) -> None:
    text = joined(report, "（1）预算执行率")
    assert "未达到默认值" in text
    assert "得9分（分值10分）" in text
    assert "偏差原因及改进措施未填写" in text


def test_stated_measure_without_cause(report: DocumentObject) -> None:
    text = joined(report, "（4）预算调整率")
    assert "偏差原因未填写" in text
    assert "改进措施：科学编制预算、合理分配预算资金。" in text
    assert "得1分（分值3分）" in text


def test_missed_target_with_cause_and_measure(tmp_path: Path) -> None:
    data = seed_data()
    data["targets"]["budget_execution_rate"] = {
        "target": 95,
        "cause": "部分项目年底未完成支付",
        "measure": "加快项目支付进度",
    }
    text = joined(report_of(data, tmp_path / "r.docx"), "（1）预算执行率")
    assert "年度指标值为≥95%" in text
    assert "未达到年度指标值" in text
    assert "偏差原因：部分项目年底未完成支付。改进措施：加快项目支付进度。" in text


def test_not_applicable_states_the_policy(report: DocumentObject) -> None:
    text = joined(report, "（1）会议费控制率")
    assert "无预算、无支出" in text
    assert "按指标体系规定按满分计，得3分（分值3分）" in text


def test_qualitative_answer_and_score(report: DocumentObject) -> None:
    text = joined(report, "（1）预算编制科学性")
    assert "单位自评结论为“部分”" in text
    assert "得1.4分（分值2分）" in text


def test_unit_defined_indicator(report: DocumentObject) -> None:
    text = joined(report, "（1）规上工业企业R&D经费投入")
    assert "年度指标值为≥12.5亿元，实际完成值为17.3亿元，达到年度指标值" in text
    assert "扣减0.5分，得4.5分（分值5分）" in text
    no_target = joined(report, "（3）高新技术企业认定数")
    assert "未设定年度指标值，实际完成值为48家" in no_target
    assert "得0分（分值5分）" in no_target


def test_missing_value(report: DocumentObject) -> None:
    text = joined(report, "（1）服务对象满意度")
    assert "年度指标值为≥90%，实际完成值未填报，得0分（分值5分）" in text


def test_total_and_grade(report: DocumentObject) -> None:
    text = joined(report, "（七）自评得分及等级")
    assert "得分合计57.30分" in text
    assert "7项指标不适用" in text
    assert "自评总分57.30分，等级为“差”" in text
    assert "良：80分（含）至90分" in text
    assert "并非本单位自行设定" in text


def test_rescale_policy_is_stated(tmp_path: Path) -> None:
    department, project = load_pair()
    rescaled = department.model_copy(update={"na_policy": "rescale"})
    evaluation = evaluate(Submission.model_validate(seed_data()), rescaled, project)
    context = build_context(evaluation, rescaled, draft=False)
    text = "".join(context["total"])
    assert "不计分" in text
    assert "换算为百分制" in text
    assert "不计分（分值3分）" in "".join(
        context["level1_groups"][0]["sections"][2]["indicators"][0]["paragraphs"]
    )


def test_cap_is_stated() -> None:
    department, _ = load_pair()
    evaluation = evaluate_data(seed_data())
    capped = replace(
        evaluation,
        cap=Cap(
            indicator="budget_execution_rate",
            value=Decimal("75.00"),
            below=Decimal(80),
            max_total=Decimal(89),
            raw_total=Decimal("93.50"),
        ),
        total_score=Decimal(89),
        grade="良",
    )
    text = "".join(build_context(capped, department, draft=False)["total"])
    assert "因预算执行率为75.00%，低于80.00%" in text
    assert "总分由93.50分调整为89.00分" in text


def test_narrative_is_taken_verbatim(report: DocumentObject) -> None:
    assert under(report, "2.存在的突出问题和原因") == [
        "高新技术企业认定增长支撑不足；科技型中小企业后续增长乏力；"
        "创新平台能级有待提升，国家级创新平台为零。"
    ]
    assert under(report, "（二）拟与预算安排相结合情况") == [
        "将本次自评结果在安排下一年度预算时作为重要参考，对评价中发现的问题积极进行整改。"
    ]


def test_empty_narrative_is_marked_not_invented(report: DocumentObject) -> None:
    assert under(report, "1.主要成效") == ["（未填写）"]
    styled = [p for p in report.paragraphs if p.text == "（未填写）"]
    assert styled
    assert all(p.style is not None and p.style.name == "未填写" for p in styled)
    assert ("未填写", "年度总体目标：（未填写）") in lines(report)


def test_folded_yaml_spaces_are_dropped(report: DocumentObject) -> None:
    overview = under(report, "一、基本情况")[0]
    assert "精心指导下，深入实施" in overview


def _style_font(document: DocumentObject, name: str) -> tuple[str | None, float | None]:
    style = document.styles[name]
    fonts = style.element.rPr.find(qn("w:rFonts"))
    size = style.font.size.pt if style.font.size else None
    return fonts.get(qn("w:eastAsia")), size


@pytest.mark.parametrize(
    ("style", "font", "size"),
    [
        ("报告标题", "方正小标宋简体", 22),
        ("报告正文", "仿宋_GB2312", 16),
        ("一级标题", "黑体", 16),
        ("二级标题", "楷体_GB2312", 16),
        ("三级标题", "仿宋_GB2312", 16),
        ("页码", "宋体", 14),
    ],
)
def test_styles_carry_east_asian_fonts(
    report: DocumentObject, style: str, font: str, size: float
) -> None:
    assert _style_font(report, style) == (font, size)
    lang = report.styles[style].element.rPr.find(qn("w:lang"))
    assert lang.get(qn("w:eastAsia")) == "zh-CN"


def test_body_paragraph_format(report: DocumentObject) -> None:
    body = report.styles["报告正文"].paragraph_format
    assert body.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert body.line_spacing == Pt(28)
    assert body.first_line_indent == Pt(32)
    assert report.styles["三级标题"].font.bold is True
    assert report.styles["二级标题"].font.bold is not True


def test_page_setup(report: DocumentObject) -> None:
    section = report.sections[0]
    sizes = (
        section.page_width,
        section.page_height,
        section.top_margin,
        section.bottom_margin,
        section.left_margin,
        section.right_margin,
    )
    # stored in twips: compare to 0.1 mm
    assert [round(size.mm, 1) for size in sizes if size is not None] == [210, 297, 37, 35, 28, 26]


def test_page_number_footer(report: DocumentObject) -> None:
    footer = report.sections[0].footer.paragraphs[0]
    assert footer.text.startswith("— ")
    assert footer.text.endswith(" —")
    assert "PAGE" in footer._p.xml
    assert footer.style is not None
    assert footer.style.name == "页码"


def test_draft_marker_only_when_draft(report: DocumentObject, draft_report: DocumentObject) -> None:
    assert lines(draft_report)[0] == ("报告标题", f"{TITLE}（草稿）")
    assert draft_report.sections[0].header.paragraphs[0].text == "草稿"
    assert report.sections[0].header.paragraphs[0].text == ""
    assert all("草稿" not in text for _, text in lines(report))


def test_appendix_indicator_table(report: DocumentObject) -> None:
    assert len(report.tables) == 1
    table = report.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
    ]
    first = [c.text for c in table.rows[1].cells]
    assert first == ["运行成本", "公用经费控制", "公用经费控制率", "≤100%*", "76.61%", "4", "4.00"]
    last = table.rows[-1].cells
    assert last[0].text == "自评总分（等级：差）"
    assert last[-1].text == "57.30"


def test_appendix_merges_level1_per_group(report: DocumentObject) -> None:
    xml = report.tables[0]._tbl.xml
    restarts = xml.count('w:vMerge w:val="restart"')
    # 6 一级 groups and the 二级 groups with more than one 三级 indicator (hand-counted: 10)
    assert restarts == 6 + 10


def test_appendix_anchor_is_gone(report: DocumentObject) -> None:
    assert all("〔附表" not in text for _, text in lines(report))
    assert "项目支出绩效自评得分情况" not in texts(report, "附表标题")


def test_projects_table(tmp_path: Path) -> None:
    data: dict[str, Any] = seed_data()
    data["projects"] = [
        {"name": "科技创新奖补项目", "initial": 20, "adjusted": 25, "executed": 20},
    ]
    document = report_of(data, tmp_path / "r.docx")
    assert "项目支出绩效自评得分情况" in texts(document, "附表标题")
    assert len(document.tables) == 2
    row = [c.text for c in document.tables[1].rows[1].cells]
    assert row[:4] == ["科技创新奖补项目", "25.00", "20.00", "80.00%"]
    assert "同时对1个项目开展了项目支出绩效自评" in joined(document, "（三）绩效自评工作开展情况")


def test_text_with_ampersand_survives(report: DocumentObject) -> None:
    assert "（1）规上工业企业R&D经费投入" in texts(report, "四级标题")


def test_write_outputs_writes_the_report(tmp_path: Path) -> None:
    department, project = load_pair()
    evaluation = evaluate_data(seed_data())
    written = write_outputs(evaluation, department, project, tmp_path, draft=False, pdf=False)
    report = tmp_path / REPORT_DOCX
    assert report in written.files
    assert docx.Document(str(report)).paragraphs[0].text == TITLE


def test_write_report_creates_parent_folder(tmp_path: Path) -> None:
    document = write_and_read(evaluate_data(seed_data()), tmp_path / "a" / "b" / "r.docx")
    assert document.paragraphs[0].text == TITLE


def test_missing_individual_indicators(tmp_path: Path) -> None:
    data = seed_data()
    data["individual"] = []
    document = report_of(data, tmp_path / "r.docx")
    assert "1.个性指标分析" in texts(document, "三级标题")
    paragraphs = [
        t for _, t in lines(document) if t.startswith("单位未填报本项一级指标下的个性指标")
    ]
    assert paragraphs == [
        "单位未填报本项一级指标下的个性指标（分值20分），得0分。",
        "单位未填报本项一级指标下的个性指标（分值10分），得0分。",
    ]


def test_multi_line_narrative_becomes_paragraphs(tmp_path: Path) -> None:
    data = seed_data()
    data["narrative"]["results"] = "（1）省级高新区考评实现新突破。\n\n（2）平台建设有了新进展。"
    document = report_of(data, tmp_path / "r.docx")
    assert under(document, "1.主要成效") == [
        "（1）省级高新区考评实现新突破。",
        "（2）平台建设有了新进展。",
    ]


def test_long_project_names_make_valid_distinct_file_names(tmp_path: Path) -> None:
    department, project = load_pair()
    data = seed_data()
    long = "葛店经开区创新创业发展中心科技企业孵化器运营补贴" * 4  # 96 characters, 288 bytes
    data["projects"] = [
        {"name": f"{long}甲", "initial": 10, "adjusted": 10, "executed": 10},
        {"name": f"{long}乙", "initial": 5, "adjusted": 5, "executed": 5},
    ]
    written = write_outputs(
        evaluate_data(data), department, project, tmp_path, draft=True, pdf=False
    )
    tables = [p for p in written.files if p.name.startswith("项目支出绩效自评表-")]
    assert len(tables) == 2 and len(set(tables)) == 2
    assert all(p.is_file() and len(p.name.encode()) < 255 for p in tables)


def test_a_framework_with_renamed_codes_writes_the_same_report_and_table(
    tmp_path: Path,
) -> None:
    import openpyxl  # noqa: PLC0415

    from jixiao.core.framework import parse_framework  # noqa: PLC0415
    from jixiao.documents.report.writer import write_report  # noqa: PLC0415
    from jixiao.documents.table.writer import write_table  # noqa: PLC0415
    from jixiao.frameworks import load_framework  # noqa: PLC0415

    original = load_framework()
    raw = original.model_dump(mode="json")
    codes = {spec["code"] for spec in raw["indicators"]}
    for spec in raw["indicators"]:
        spec["code"] = f"zx_{spec['code']}"
    for cap in raw.get("caps", []):
        if cap.get("indicator") in codes:
            cap["indicator"] = f"zx_{cap['indicator']}"
    renamed = parse_framework(raw)
    data = seed_data()
    data["targets"] = {f"zx_{k}": v for k, v in data.get("targets", {}).items()}
    paragraphs: list[list[str]] = []
    cells: list[list[list[object]]] = []
    for framework, submission in (
        (original, Submission.model_validate(seed_data())),
        (renamed, Submission.model_validate(data)),
    ):
        evaluation = evaluate(submission, framework, None)
        report, table = tmp_path / f"{len(cells)}.docx", tmp_path / f"{len(cells)}.xlsx"
        write_report(evaluation, framework, report, draft=False)
        write_table(evaluation, framework, table, draft=False)
        paragraphs.append([p.text for p in docx.Document(str(report)).paragraphs])
        sheet = openpyxl.load_workbook(table).active
        cells.append([[c.value for c in row] for row in sheet.iter_rows()])
    assert paragraphs[0] == paragraphs[1]
    assert cells[0] == cells[1]
