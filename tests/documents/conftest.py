"""Fixtures for the 填报模板 tests (names start with ``wb_`` to stay distinct)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jixiao.core.framework import Framework
from jixiao.core.submission import Submission
from jixiao.documents.workbook.template import write_template
from jixiao.frameworks import load_pair

from support import seed_data


@pytest.fixture(scope="session")
def wb_department() -> Framework:
    """The default department framework."""
    return load_pair()[0]


@pytest.fixture(scope="session")
def wb_project() -> Framework:
    """The project framework the department framework names."""
    project = load_pair()[1]
    assert project is not None
    return project


@pytest.fixture
def wb_seed() -> Submission:
    """The seed unit's submission (from examples/gedian-2023/submission.yaml)."""
    return Submission.model_validate(seed_data())


@pytest.fixture
def wb_seed_xlsx(tmp_path: Path, wb_department: Framework, wb_seed: Submission) -> Path:
    """The seed unit's filled template, written without examples."""
    path = tmp_path / "seed.xlsx"
    write_template(wb_department, path, submission=wb_seed, examples=False)
    return path
