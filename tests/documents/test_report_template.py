"""The report template: shipped file up to date, tags whole, variables documented, replaceable."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from docxtpl import DocxTemplate
from test_report_support import template_with
from test_report_support import write_and_read

from jixiao.documents.report.context import CONTEXT_VARIABLES
from jixiao.documents.report.context import build_context
from jixiao.documents.report.writer import DEFAULT_TEMPLATE
from jixiao.documents.report.writer import ReportTemplateError
from jixiao.documents.templates.build_report_template import build_template
from jixiao.frameworks import load_pair

from support import ROOT
from support import evaluate_data
from support import seed_data

DOCS = ROOT / "docs" / "report-template.md"
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def _paragraph_lines(document: docx.document.Document) -> list[tuple[str, str]]:
    return [(p.style.name if p.style else "", p.text) for p in document.paragraphs]


def test_shipped_template_matches_the_build_script() -> None:
    shipped = docx.Document(str(DEFAULT_TEMPLATE))
    assert _paragraph_lines(shipped) == _paragraph_lines(build_template())


def test_every_tag_sits_in_one_run() -> None:
    document = docx.Document(str(DEFAULT_TEMPLATE))
    paragraphs = [*document.paragraphs, *document.sections[0].header.paragraphs]
    for paragraph in paragraphs:
        in_runs = [tag for run in paragraph.runs for tag in TAG.findall(run.text)]
        assert in_runs == TAG.findall(paragraph.text), paragraph.text


def test_template_uses_only_documented_variables() -> None:
    used = DocxTemplate(str(DEFAULT_TEMPLATE)).get_undeclared_template_variables()
    assert used <= CONTEXT_VARIABLES.keys()


def test_context_provides_exactly_the_documented_variables() -> None:
    framework, _ = load_pair()
    context = build_context(evaluate_data(seed_data()), framework, draft=False)
    assert context.keys() == CONTEXT_VARIABLES.keys()


def test_every_variable_and_style_is_in_the_docs() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name in CONTEXT_VARIABLES:
        assert f"`{name}`" in text, name
    styles = {s.name for s in docx.Document(str(DEFAULT_TEMPLATE)).styles}
    for name in ("报告标题", "报告正文", "一级标题", "二级标题", "三级标题", "四级标题", "未填写"):
        assert name in styles
        assert f"`{name}`" in text, name


def test_replaced_template_is_used(tmp_path: Path) -> None:
    template = template_with(
        tmp_path / "bureau.docx",
        "{{ title }}",
        "本单位自评总分{{ total_score }}分，等级为{{ grade }}。",
        "{%p for para in problems %}",
        "问题：{{ para }}",
        "{%p endfor %}",
        "{{ indicator_table }}",
    )
    document = write_and_read(evaluate_data(seed_data()), tmp_path / "r.docx", template=template)
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "2023年度葛店经开区创新创业发展中心部门整体绩效自评报告"
    assert texts[1] == "本单位自评总分57.30分，等级为差。"
    assert texts[2].startswith("问题：高新技术企业认定增长支撑不足")
    assert len(document.tables) == 1  # the anchor became the indicator table


def test_unknown_variable_is_refused_in_chinese(tmp_path: Path) -> None:
    template = template_with(tmp_path / "bad.docx", "{{ title }}", "地址：{{ unit_adress }}")
    with pytest.raises(ReportTemplateError) as caught:
        write_and_read(evaluate_data(seed_data()), tmp_path / "r.docx", template=template)
    message = str(caught.value)
    assert "使用了未知变量：unit_adress" in message
    assert "docs/report-template.md" in message
    assert isinstance(caught.value, ValueError)
    assert not (tmp_path / "r.docx").exists()


def test_template_syntax_error_is_refused(tmp_path: Path) -> None:
    template = template_with(tmp_path / "broken.docx", "{% for x in %}")
    with pytest.raises(ReportTemplateError, match="语法错误"):
        write_and_read(evaluate_data(seed_data()), tmp_path / "r.docx", template=template)


def test_missing_template_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReportTemplateError, match="找不到报告模板"):
        write_and_read(
            evaluate_data(seed_data()), tmp_path / "r.docx", template=tmp_path / "none.docx"
        )


def test_not_a_docx_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("not a word file", encoding="utf-8")
    with pytest.raises(ReportTemplateError, match="不是有效的 Word"):
        write_and_read(evaluate_data(seed_data()), tmp_path / "r.docx", template=fake)
