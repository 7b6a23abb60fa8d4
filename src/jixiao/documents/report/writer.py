"""The 部门整体绩效自评报告 (.docx): render the template, then add the appendix tables.

Steps: check the template's variables against :data:`CONTEXT_VARIABLES` → build the
context (every sentence comes from the evaluation) → docxtpl render with autoescaping
(``R&D`` stays text) → python-docx post-processing: tables at their anchors, 未填写
paragraphs styled so they stand out, document properties → save.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any
from typing import TypeVar

from docx.document import Document as DocumentObject
from docx.shared import RGBColor
from docxtpl import DocxTemplate
from jinja2 import Environment
from jinja2 import Template
from jinja2 import TemplateError
from jinja2 import nodes

from jixiao.core.framework import Framework
from jixiao.core.model import Evaluation
from jixiao.core.numbers import fmt_plain
from jixiao.documents.report.context import CONTEXT_VARIABLES
from jixiao.documents.report.context import INDICATOR_TABLE_MARK
from jixiao.documents.report.context import MISSING
from jixiao.documents.report.context import PROJECT_TABLE_MARK
from jixiao.documents.report.context import build_context
from jixiao.documents.report.context import report_title
from jixiao.documents.report.tables import may_contain
from jixiao.documents.report.tables import paragraph_style
from jixiao.documents.report.tables import write_indicator_table
from jixiao.documents.report.tables import write_project_table

#: Word's document properties hold at most 255 characters (a unit name may be longer).
PROPERTY_CHARS = 255
DEFAULT_TEMPLATE = Path(__file__).parent.parent / "templates" / "report.docx"
MISSING_STYLE = "未填写"
DOCS = "docs/report-template.md"
K = TypeVar("K")
V = TypeVar("V")


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
        document.render(context, jinja_env=JINJA, autoescape=True)
    except TemplateError as error:
        raise ReportTemplateError(f"报告模板“{source.name}”渲染失败：{error}") from None
    docx: DocumentObject = document.docx
    write_indicator_table(docx, INDICATOR_TABLE_MARK, evaluation, fmt_plain(framework.total))
    write_project_table(docx, PROJECT_TABLE_MARK, evaluation)
    mark_missing(docx)
    docx.core_properties.title = report_title(evaluation)[:PROPERTY_CHARS]
    docx.core_properties.subject = "草稿" if draft else ""
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))


def load_template(source: Path) -> DocxTemplate:
    """Open a template and check that it uses only documented variables.

    The file is read every time (so an edited template is never served stale), but a
    content already seen in this process is not checked again: its bytes, its variables
    and its compiled Jinja templates are kept (see :class:`CachedTemplate`). Every call
    returns a fresh document, so nothing of one report reaches the next.
    """
    if not source.is_file():
        raise ReportTemplateError(f"找不到报告模板“{source}”")
    data = source.read_bytes()
    digest = hashlib.sha256(data).digest()
    if digest not in _CHECKED:
        try:
            used = CachedTemplate(io.BytesIO(data)).get_undeclared_template_variables()
        except TemplateError as error:
            raise ReportTemplateError(
                f"报告模板“{source.name}”的模板标记有语法错误：{error}"
            ) from None
        except Exception as error:
            raise ReportTemplateError(
                f"报告模板“{source.name}”不是有效的 Word（.docx）文件：{error}"
            ) from None
        check_variables(source.name, set(used))
        _remember(_CHECKED, digest, None)
    return CachedTemplate(io.BytesIO(data))


class CachingEnvironment(Environment):
    """A Jinja environment that compiles each distinct template source once.

    docxtpl calls ``from_string`` on every part of every render; the sources are the same
    for every report made from one template. A compiled :class:`jinja2.Template` keeps no
    state between renders (each render gets a new context), so sharing it is safe.
    """

    def __init__(self, **options: Any) -> None:
        """Options as for :class:`jinja2.Environment`."""
        super().__init__(**options)
        self._compiled: dict[str, Template] = {}

    def from_string(
        self,
        source: str | nodes.Template,
        globals: MutableMapping[str, Any] | None = None,
        template_class: type[Template] | None = None,
    ) -> Template:
        """The compiled template for ``source``, compiled on first use."""
        if not isinstance(source, str) or globals is not None or template_class is not None:
            return super().from_string(source, globals, template_class)
        compiled = self._compiled.get(source)
        if compiled is None:
            compiled = super().from_string(source)
            _remember(self._compiled, source, compiled)
        return compiled

    def clear_compiled(self) -> None:
        """Forget the compiled templates."""
        self._compiled.clear()


class CachedTemplate(DocxTemplate):  # type: ignore[misc] # docxtpl is untyped
    """A DocxTemplate whose tag clean-up (``patch_xml``, a pure function) runs once per part."""

    def patch_xml(self, src_xml: str) -> str:
        """docxtpl's cleaned-up XML for ``src_xml``, from the cache when seen before."""
        patched = _PATCHED.get(src_xml)
        if patched is None:
            patched = super().patch_xml(src_xml)
            _remember(_PATCHED, src_xml, patched)
        return patched


def clear_template_cache() -> None:
    """Forget every template seen in this process (tests compare cold and warm reports)."""
    _CHECKED.clear()
    _PATCHED.clear()
    JINJA.clear_compiled()


def _remember(cache: dict[K, V], key: K, value: V) -> None:
    """Store in a small per-process cache, emptied when full (a few templates at most)."""
    if len(cache) >= CACHE_SIZE:
        cache.clear()
    cache[key] = value


#: Per process: template contents already checked, cleaned-up part XML, compiled Jinja.
CACHE_SIZE = 32
_CHECKED: dict[bytes, None] = {}
_PATCHED: dict[str, str] = {}
JINJA = CachingEnvironment(autoescape=True)


def check_variables(name: str, used: set[str]) -> None:
    """Refuse a template that uses variables the context does not provide."""
    unknown = sorted(used - CONTEXT_VARIABLES.keys())
    if unknown:
        raise ReportTemplateError(
            f"报告模板“{name}”使用了未知变量：{'、'.join(unknown)}。可用变量见 {DOCS}。"
        )


def mark_missing(document: DocumentObject) -> None:
    """Give every paragraph holding ``（未填写）`` the 未填写 style, or red bold text."""
    style = paragraph_style(document, MISSING_STYLE)
    for paragraph in document.paragraphs:
        if not may_contain(paragraph, MISSING) or MISSING not in paragraph.text:
            continue
        if style.present:
            paragraph._p.style = style.style_id  # what ``paragraph.style = ...`` sets
            continue
        for run in paragraph.runs:
            run.font.bold = True
            run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
