"""Every indicator block of a document: grids first, then the flattened text around them."""

from __future__ import annotations

from jixiao.review.model import ReportDoc
from jixiao.review.tables.flat import flat_tables
from jixiao.review.tables.grid import grid_tables
from jixiao.review.tables.rows import ScoredTable


def scored_tables(doc: ReportDoc) -> list[ScoredTable]:
    """The indicator blocks of ``doc``, each with its rows, total and grade."""
    grids, used = grid_tables(doc)
    return grids + flat_tables(doc, used)
