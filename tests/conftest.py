"""Shared fixtures: the default frameworks and the seed example."""

from __future__ import annotations

import pytest

from jixiao.core.framework import Framework
from jixiao.core.model import Evaluation
from jixiao.frameworks import load_pair

from support import evaluate_data
from support import seed_data


@pytest.fixture(scope="session")
def frameworks() -> tuple[Framework, Framework | None]:
    """The default department framework and its project framework."""
    return load_pair()


@pytest.fixture
def seed() -> Evaluation:
    """The seed unit's evaluation."""
    return evaluate_data(seed_data())
