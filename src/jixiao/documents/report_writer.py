"""The 部门整体绩效自评报告 (.docx): render the template, then add the appendix tables.

Steps: check the template's variables against :data:`CONTEXT_VARIABLES` → build the
context (every sentence comes from the evaluation) → docxtpl render with autoescaping
(``R&D`` stays text) → python-docx post-processing: tables at their anchors, 未填写
paragraphs styled so they stand out, document properties → save.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentObject
from docx.shared import RGBColor
from docxtpl import DocxTemplate
from jinja2 import TemplateError

from jixiao.core.framework import Framework
from jixiao.core.model import Evaluation
from jixiao.core.numbers import fmt_plain
from jixiao.documents.report_context import CONTEXT_VARIABLES
from jixiao.documents.report_context import INDICATOR_TABLE_MARK
from jixiao.documents.report_context import MISSING
from jixiao.documents.report_context import PROJECT_TABLE_MARK
from jixiao.documents.report_context import build_context
from jixiao.documents.report_context import report_title
from jixiao.documents.report_tables import write_indicator_table
from jixiao.documents.report_tables import write_project_table

DEFAULT_TEMPLATE = Path(__file__).with_name("templates") / "report.docx"
MISSING_STYLE = "未填写"
DOCS = "docs/report-template.md"


class ReportTemplateError(ValueError):
    """A report template that cannot be used; the message is Chinese and names the problem."""


def write_report(
    evaluation: Evaluation,
    framework: Framework,
    path: Path,
    *,
    draft: bool,
    template: Path | None = None,
) -> None:
    """Write the self-evaluation report of ``evaluation`` to ``path`` (.docx).

    Args:
        evaluation: the evaluated unit.
        framework: the framework it was evaluated against (names, weights, notes).
        path: the .docx to write.
        draft: mark the report 草稿 in its title and in the header of every page.
        template: a replacement .docx template; its variables must be documented ones.

    Raises:
        ReportTemplateError: the template is missing, unreadable, or uses unknown variables.
    """
    source = template or DEFAULT_TEMPLATE
    document = load_template(source)
    context = build_context(evaluation, framework, draft=draft)
    try:
        document.render(context, autoescape=True)
    except TemplateError as error:
        raise ReportTemplateError(f"报告模板“{source.name}”渲染失败：{error}") from None
    docx: DocumentObject = document.docx
    write_indicator_table(docx, INDICATOR_TABLE_MARK, evaluation, fmt_plain(framework.total))
    write_project_table(docx, PROJECT_TABLE_MARK, evaluation)
    mark_missing(docx)
    docx.core_properties.title = report_title(evaluation)
    docx.core_properties.subject = "草稿" if draft else ""
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


def load_template(source: Path) -> DocxTemplate:
    """Open a template and check that it uses only documented variables."""
    if not source.is_file():
        raise ReportTemplateError(f"找不到报告模板“{source}”")
    try:
        document = DocxTemplate(str(source))
        used = document.get_undeclared_template_variables()
    except TemplateError as error:
        raise ReportTemplateError(f"报告模板“{source.name}”的模板标记有语法错误：{error}") from None
    except Exception as error:
        raise ReportTemplateError(
            f"报告模板“{source.name}”不是有效的 Word（.docx）文件：{error}"
        ) from None
    check_variables(source.name, set(used))
    return document


def check_variables(name: str, used: set[str]) -> None:
    """Refuse a template that uses variables the context does not provide."""
    unknown = sorted(used - CONTEXT_VARIABLES.keys())
    if unknown:
        raise ReportTemplateError(
            f"报告模板“{name}”使用了未知变量：{'、'.join(unknown)}。可用变量见 {DOCS}。"
        )


def mark_missing(document: DocumentObject) -> None:
    """Give every paragraph holding ``（未填写）`` the 未填写 style, or red bold text."""
    has_style = MISSING_STYLE in document.styles
    for paragraph in document.paragraphs:
        if MISSING not in paragraph.text:
            continue
        if has_style:
            paragraph.style = document.styles[MISSING_STYLE]
            continue
        for run in paragraph.runs:
            run.font.bold = True
            run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
