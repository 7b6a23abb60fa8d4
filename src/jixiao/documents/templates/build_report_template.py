"""Generate ``report.docx``, the 自评报告 template, with exact styles and one-run Jinja tags.

Run ``python -m jixiao.documents.templates.build_report_template`` after changing this
file; the shipped ``report.docx`` is its output, and a test checks the two agree.

Layout follows GB/T 9704 (党政机关公文格式): A4, margins 37/35/28/26 mm, title
方正小标宋简体 二号, body 仿宋_GB2312 三号 at a fixed 28 pt line, headings 黑体 / 楷体_GB2312 /
仿宋_GB2312 bold, page number "— 1 —" in 宋体 四号. python-docx has no API for the East-Asian
font slot, so ``w:rFonts/@w:eastAsia`` and ``w:lang/@w:eastAsia`` are set through oxml.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm
from docx.shared import Pt
from docx.shared import RGBColor
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph

TEMPLATE_PATH = Path(__file__).with_name("report.docx")

BODY_FONT = "仿宋_GB2312"
TITLE_FONT = "方正小标宋简体"
HEI_FONT = "黑体"
KAI_FONT = "楷体_GB2312"
SONG_FONT = "宋体"
SIZE_2 = Pt(22)  # 二号
SIZE_3 = Pt(16)  # 三号
SIZE_4 = Pt(14)  # 四号
SIZE_TABLE = Pt(10.5)  # 五号, for the appendix tables
LINE = Pt(28)


@dataclass(frozen=True, slots=True)
class StyleSpec:
    """A paragraph style of the template.

    Attributes:
        name: the style name users see in Word/WPS (documented in docs/report-template.md).
        font: the East-Asian (and Latin) font name.
        size: font size.
        bold: bold text.
        indent: first-line indent of two characters.
        align: paragraph alignment.
        line: exact line spacing.
        outline: outline level (0 = 一级), for the navigation pane; None for body text.
        color: text colour as hex, or None.
    """

    name: str
    font: str
    size: Pt
    bold: bool = False
    indent: bool = True
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY
    line: Pt = LINE
    outline: int | None = None
    color: str | None = None


STYLES: tuple[StyleSpec, ...] = (
    StyleSpec(
        name="报告标题",
        font=TITLE_FONT,
        size=SIZE_2,
        indent=False,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        line=Pt(36),
    ),
    StyleSpec(name="报告正文", font=BODY_FONT, size=SIZE_3),
    StyleSpec(name="一级标题", font=HEI_FONT, size=SIZE_3, outline=0),
    StyleSpec(name="二级标题", font=KAI_FONT, size=SIZE_3, outline=1),
    StyleSpec(name="三级标题", font=BODY_FONT, size=SIZE_3, bold=True, outline=2),
    StyleSpec(name="四级标题", font=BODY_FONT, size=SIZE_3, outline=3),
    StyleSpec(name="未填写", font=BODY_FONT, size=SIZE_3, bold=True, color="C00000"),
    StyleSpec(name="附件标题", font=HEI_FONT, size=SIZE_3, indent=False),
    StyleSpec(
        name="附表标题",
        font=TITLE_FONT,
        size=Pt(18),
        indent=False,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        line=Pt(32),
    ),
    StyleSpec(
        name="表格文字",
        font=BODY_FONT,
        size=SIZE_TABLE,
        indent=False,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        line=Pt(16),
    ),
    StyleSpec(
        name="表格表头",
        font=HEI_FONT,
        size=SIZE_TABLE,
        indent=False,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        line=Pt(16),
    ),
    StyleSpec(
        name="页眉文字",
        font=HEI_FONT,
        size=SIZE_4,
        indent=False,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
        line=Pt(20),
        color="C00000",
    ),
    StyleSpec(
        name="页码",
        font=SONG_FONT,
        size=SIZE_4,
        indent=False,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        line=Pt(20),
    ),
)

#: The body: (style, text). Each text becomes exactly one run, so every tag is whole.
BODY: tuple[tuple[str, str], ...] = (
    ("报告标题", "{{ title }}{% if draft %}（草稿）{% endif %}"),
    ("一级标题", "一、基本情况"),
    ("报告正文", "{%p for para in overview %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("报告正文", "{{ budget_text }}"),
    ("一级标题", "二、部门自评工作开展情况"),
    ("报告正文", "{%p if basis %}"),
    ("报告正文", "{{ basis }}"),
    ("报告正文", "{%p endif %}"),
    ("二级标题", "（一）成立部门自评小组"),
    ("报告正文", "{%p for para in team %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("二级标题", "（二）绩效评价自评范围和内容"),
    ("三级标题", "1.部门自评范围"),
    ("报告正文", "{{ scope }}"),
    ("三级标题", "2.部门自评内容"),
    ("报告正文", "{{ content }}"),
    ("二级标题", "（三）绩效自评工作开展情况"),
    ("报告正文", "{%p for para in work %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("一级标题", "三、部门整体绩效目标完成情况"),
    ("报告正文", "{%p for para in goal %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("报告正文", "{%p for para in achieved %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("报告正文", "{%p for group in level1_groups %}"),
    ("二级标题", "{{ group.heading }}"),
    ("报告正文", "{{ group.intro }}"),
    ("报告正文", "{%p for section in group.sections %}"),
    ("三级标题", "{{ section.heading }}"),
    ("报告正文", "{%p for item in section.indicators %}"),
    ("四级标题", "{{ item.heading }}"),
    ("报告正文", "{%p for para in item.paragraphs %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("报告正文", "{%p endfor %}"),
    ("报告正文", "{%p endfor %}"),
    ("报告正文", "{%p endfor %}"),
    ("二级标题", "{{ total_heading }}"),
    ("报告正文", "{%p for para in total %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("一级标题", "四、主要成效、存在的突出问题和原因"),
    ("二级标题", "（一）上年度结果应用情况"),
    ("报告正文", "{%p for para in previous %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("二级标题", "（二）本年度部门主要成效、存在的突出问题和原因"),
    ("三级标题", "1.主要成效"),
    ("报告正文", "{%p for para in results %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("三级标题", "2.存在的突出问题和原因"),
    ("报告正文", "{%p for para in problems %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("一级标题", "五、下一步拟改进措施"),
    ("二级标题", "（一）下一步拟改进措施"),
    ("报告正文", "{%p for para in measures %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("二级标题", "（二）拟与预算安排相结合情况"),
    ("报告正文", "{%p for para in budget_link %}"),
    ("报告正文", "{{ para }}"),
    ("报告正文", "{%p endfor %}"),
    ("附件标题", "附件"),
    ("附表标题", "{{ table_title }}"),
    ("表格文字", "{{ indicator_table }}"),
    ("报告正文", "{%p if projects %}"),
    ("附表标题", "项目支出绩效自评得分情况"),
    ("表格文字", "{{ project_table }}"),
    ("报告正文", "{%p endif %}"),
)

HEADER_TEXT = "{% if draft %}草稿{% endif %}"


def set_east_asian_font(rpr: BaseOxmlElement, font: str) -> None:
    """Set all four font slots of a run-properties element (eastAsia has no python-docx API)."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), font)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)


def set_chinese_language(rpr: BaseOxmlElement) -> None:
    """Mark text as zh-CN in the East-Asian slot (line breaking, punctuation)."""
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")


def _add_style(document: DocumentObject, spec: StyleSpec) -> ParagraphStyle:
    style = document.styles.add_style(spec.name, WD_STYLE_TYPE.PARAGRAPH)
    assert isinstance(style, ParagraphStyle)
    style.base_style = document.styles["Normal"]
    style.quick_style = True
    style.font.size = spec.size
    style.font.bold = spec.bold
    if spec.color:
        style.font.color.rgb = RGBColor.from_string(spec.color)
    fmt = style.paragraph_format
    fmt.alignment = spec.align
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = spec.line
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    fmt.first_line_indent = Pt(spec.size.pt * 2) if spec.indent else Pt(0)
    fmt.widow_control = True
    if spec.outline is not None:
        fmt.keep_with_next = True
        _outline_level(style, spec.outline)
    if spec.indent:
        _indent_chars(style)
    rpr = style.element.get_or_add_rPr()
    set_east_asian_font(rpr, spec.font)
    set_chinese_language(rpr)
    return style


def _outline_level(style: ParagraphStyle, level: int) -> None:
    ppr = style.element.get_or_add_pPr()
    outline = OxmlElement("w:outlineLvl")
    outline.set(qn("w:val"), str(level))
    ppr.append(outline)


def _indent_chars(style: ParagraphStyle) -> None:
    """Two-character first-line indent in character units, which Word and WPS prefer."""
    ind = style.element.get_or_add_pPr().find(qn("w:ind"))
    if ind is not None:
        ind.set(qn("w:firstLineChars"), "200")


def _defaults(document: DocumentObject) -> None:
    """Normal style and document defaults: 仿宋_GB2312 三号, zh-CN."""
    normal = document.styles["Normal"]
    normal.font.size = SIZE_3
    rpr = normal.element.get_or_add_rPr()
    set_east_asian_font(rpr, BODY_FONT)
    set_chinese_language(rpr)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        for default_rpr in defaults.iter(qn("w:rPr")):
            set_east_asian_font(default_rpr, BODY_FONT)
            set_chinese_language(default_rpr)


def _page(document: DocumentObject) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(24)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """Append a complex field (PAGE) as begin / instrText / separate / result / end runs."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("text", "1")):
        run = paragraph.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {text} "
            run._r.append(instr)
        elif kind == "text":
            run.text = text or ""
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _header_footer(document: DocumentObject) -> None:
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.style = document.styles["页眉文字"]
    header.add_run(HEADER_TEXT)
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["页码"]
    footer.add_run("— ")
    _field(footer, "PAGE")
    footer.add_run(" —")


def build_template() -> DocumentObject:
    """Build the report template as a python-docx document."""
    document = Document()
    _defaults(document)
    for spec in STYLES:
        _add_style(document, spec)
    document.styles["附件标题"].paragraph_format.page_break_before = True
    document.styles["附表标题"].paragraph_format.space_after = Pt(14)
    document.styles["报告标题"].paragraph_format.space_after = LINE
    _page(document)
    _header_footer(document)
    body = document.paragraphs[0] if document.paragraphs else None
    if body is not None:
        body._p.getparent().remove(body._p)
    for style, text in BODY:
        document.add_paragraph(text, style=style)
    document.core_properties.title = "部门整体绩效自评报告"
    document.core_properties.author = "jixiao"
    document.core_properties.comments = "由 build_report_template.py 生成"
    return document


def main(argv: list[str] | None = None) -> int:
    """Write the template to the path given (default: the shipped ``report.docx``)."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else TEMPLATE_PATH
    build_template().save(str(target))
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
