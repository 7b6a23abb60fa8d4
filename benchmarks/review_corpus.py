"""Precision and recall of each review check on the annotated corpus (tests/review/corpus).

Run: python benchmarks/review_corpus.py [corpus folder]
"""

from __future__ import annotations

import sys
from pathlib import Path

from jixiao.review.corpus import evaluate_corpus
from jixiao.review.corpus import format_scores
from jixiao.review.indicators import framework_indicator_names

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "review" / "corpus"


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    print(format_scores(evaluate_corpus(folder, tuple(framework_indicator_names()))))


if __name__ == "__main__":
    main()
