"""Reports written one after another share the template cache, and nothing else.

write_report keeps, per process, what a template's content yields every time (its checked
variables, its cleaned-up XML, its compiled Jinja). A report written after another must be
exactly the report written from a cold cache, and an edited template must be read again.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import docx
import pytest
from test_report_support import template_with

from jixiao.core.evaluate import evaluate
from jixiao.core.model import Evaluation
from jixiao.documents.report.writer import ReportTemplateError
from jixiao.documents.report.writer import clear_template_cache
from jixiao.documents.report.writer import write_report
from jixiao.frameworks import load_pair
from jixiao.synthetic import synthetic_submission

#: Parts whose bytes hold the save time rather than the report.
TIMESTAMPED = {"docProps/core.xml"}


def _unit(index: int) -> Evaluation:
    department, project = load_pair()
    return evaluate(synthetic_submission(index), department, project)


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist() if n not in TIMESTAMPED}


def _write(
    evaluation: Evaluation, path: Path, *, draft: bool, template: Path | None = None
) -> Path:
    write_report(evaluation, load_pair()[0], path, draft=draft, template=template)
    return path


def test_report_after_another_equals_a_cold_one(tmp_path: Path) -> None:
    first, second = _unit(1), _unit(2)
    assert first.title != second.title
    assert first.projects  # A has a project table, indicator notes, a draft header: all
    clear_template_cache()
    _write(first, tmp_path / "a.docx", draft=True)
    warm = _write(second, tmp_path / "b-warm.docx", draft=False)
    clear_template_cache()
    cold = _write(second, tmp_path / "b-cold.docx", draft=False)
    assert _parts(warm) == _parts(cold)
    text = b"".join(_parts(warm).values()).decode("utf-8", "replace")
    assert first.title not in text
    assert "草稿" not in "\n".join(p.text for p in docx.Document(str(warm)).paragraphs)


def test_same_unit_twice_gives_the_same_report(tmp_path: Path) -> None:
    unit = _unit(3)
    one = _write(unit, tmp_path / "1.docx", draft=False)
    two = _write(unit, tmp_path / "2.docx", draft=False)
    assert _parts(one) == _parts(two)
    body = docx.Document(str(two))
    assert len(body.tables) == len(docx.Document(str(one)).tables)


def test_edited_template_is_read_again(tmp_path: Path) -> None:
    template = template_with(tmp_path / "t.docx", "甲：{{ unit_name }}")
    stamp = template.stat().st_mtime_ns
    unit = _unit(4)
    first = docx.Document(str(_write(unit, tmp_path / "1.docx", draft=False, template=template)))
    template_with(template, "乙：{{ grade }}")
    os.utime(template, ns=(stamp, stamp))  # same time stamp: only the content tells
    second = docx.Document(str(_write(unit, tmp_path / "2.docx", draft=False, template=template)))
    assert first.paragraphs[0].text == f"甲：{unit.title}"
    assert second.paragraphs[0].text == f"乙：{unit.grade}"


def test_refused_template_stays_refused(tmp_path: Path) -> None:
    template = template_with(tmp_path / "bad.docx", "{{ title }}", "{{ no_such_variable }}")
    for attempt in ("first", "second"):
        with pytest.raises(ReportTemplateError, match="no_such_variable"):
            _write(_unit(5), tmp_path / f"{attempt}.docx", draft=False, template=template)
        assert not (tmp_path / f"{attempt}.docx").exists()
