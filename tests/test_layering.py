"""The import layering of docs/architecture.md: core imports no other layer and no I/O library."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "jixiao"
FORBIDDEN_IN_CORE = {
    "jixiao.documents",
    "jixiao.review",
    "jixiao.portfolio",
    "jixiao.web",
    "jixiao.cli",
    "jixiao.frameworks",
    "django",
    "openpyxl",
    "xlsxwriter",
    "docx",
    "docxtpl",
    "python_calamine",
    "typer",
    "rich",
    "yaml",
    "requests",
    "subprocess",
    "socket",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted((PACKAGE / "core").glob("*.py")), ids=lambda p: p.name)
def test_core_imports_nothing_above_it(path: Path) -> None:
    bad = {
        name
        for name in imported_modules(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_CORE)
    }
    assert bad == set(), f"{path.name} imports {bad}"


def test_core_does_not_open_files() -> None:
    for path in (PACKAGE / "core").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "open(" not in text and "read_text(" not in text, path.name


#: Inside the review: each part imports only the parts below it.
REVIEW_BELOW = {
    "text": {
        "jixiao.review.readers",
        "jixiao.review.tables",
        "jixiao.review.checks",
        "jixiao.review.crosscheck",
        "jixiao.review.registry",
        "jixiao.review.service",
    },
    "tables": {
        "jixiao.review.readers",
        "jixiao.review.checks",
        "jixiao.review.crosscheck",
        "jixiao.review.registry",
        "jixiao.review.service",
    },
    "readers": {
        "jixiao.review.tables",
        "jixiao.review.checks",
        "jixiao.review.crosscheck",
        "jixiao.review.registry",
        "jixiao.review.service",
    },
    "checks": {"jixiao.review.readers", "jixiao.review.crosscheck", "jixiao.review.service"},
}


@pytest.mark.parametrize(
    "path",
    sorted(p for part in REVIEW_BELOW for p in (PACKAGE / "review" / part).glob("*.py")),
    ids=lambda p: f"{p.parent.name}/{p.name}",
)
def test_review_parts_import_only_what_is_below_them(path: Path) -> None:
    forbidden = REVIEW_BELOW[path.parent.name]
    bad = {
        name
        for name in imported_modules(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    }
    assert bad == set(), f"review/{path.parent.name}/{path.name} imports {bad}"


#: Every layer below the command line, and what it must never import (the layers above
#: it, and the document writers for the review). The CLI sits on top of all of them.
LAYERS_ABOVE = {
    "frameworks": {
        "jixiao.documents",
        "jixiao.review",
        "jixiao.portfolio",
        "jixiao.web",
        "jixiao.cli",
    },
    "documents": {"jixiao.review", "jixiao.portfolio", "jixiao.web", "jixiao.cli"},
    "review": {
        "jixiao.portfolio",
        "jixiao.web",
        "jixiao.cli",
        "jixiao.documents.workbook",
        "jixiao.documents.table",
        "jixiao.documents.report",
    },
    "portfolio": {"jixiao.review", "jixiao.web", "jixiao.cli"},
    "web": {"jixiao.cli"},
}


@pytest.mark.parametrize(
    "path",
    sorted(p for layer in LAYERS_ABOVE for p in (PACKAGE / layer).rglob("*.py")),
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_every_layer_imports_only_what_is_below_it(path: Path) -> None:
    layer = path.relative_to(PACKAGE).parts[0]
    forbidden = LAYERS_ABOVE[layer]
    bad = {
        name
        for name in imported_modules(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    }
    assert bad == set(), f"{path.relative_to(PACKAGE)} imports {bad}"


def test_a_workbook_value_travels_one_way() -> None:
    """Inside the workbook reader no module imports one that imports it back."""
    modules = {
        f"jixiao.documents.workbook.{p.stem}": {
            m for m in imported_modules(p) if m.startswith("jixiao.documents")
        }
        for p in (PACKAGE / "documents" / "workbook").glob("*.py")
    }
    modules["jixiao.documents.loading"] = imported_modules(PACKAGE / "documents" / "loading.py")
    back = [(a, b) for a, deps in modules.items() for b in deps if a in modules.get(b, set())]
    assert back == []
