"""Each fault told once, whichever checks find it: the findings of a review's checks, put
together (:func:`jixiao.review.registry.run_checks`)."""

from __future__ import annotations

from jixiao.review.knock_ons import note_knock_ons
from jixiao.review.model import SEVERITY_ORDER
from jixiao.review.model import ReviewFinding
from jixiao.review.rate_suspects import name_needed
from jixiao.review.suspects import name_suspects

#: A rate's finding that another, of the same figure recomputed the same, already makes:
#: a rounding gap beside a mismatch, a mismatch beside the complement's own finding.
_MADE_BY = {
    "rate-rounding-gap": "rate-mismatch",
    "rate-mismatch": "complement-mismatch",
    "sum-short": "sum-mismatch",  # (a row's total short of its columns, told by two checks)
}


def beside_errors(findings: list[ReviewFinding]) -> list[ReviewFinding]:
    """A rate one check finds wrong is not also found by another's reading of it (the same
    figure of a paragraph, recomputed the same)."""
    made = {(f.code, f.paragraph, f.stated, f.recomputed) for f in findings}
    return [
        f
        for f in findings
        if f.code not in _MADE_BY
        or (_MADE_BY[f.code], f.paragraph, f.stated, f.recomputed) not in made
    ]


#: Faults a paragraph holds once however often its figure is written (a 总分 row's 得分 and
#: 分值 may both be 100).
_ONE_PER_PARAGRAPH = {"score-total-mismatch"}


def once(by_check: list[list[ReviewFinding]], texts: dict[int, str]) -> list[ReviewFinding]:
    """Each fault once: two checks that read the same stated figure of a paragraph the same
    way (same code, same recomputed figure) report it once, the first one's words kept — and
    one check says it once when the paragraph states that figure once (two rows'
    “执行率90%” are two faults); a check that quotes the paragraph right after another's (a
    row's name broken over two lines) too."""
    seen: dict[tuple[str, int, str | None, str | None, str | None], int] = {}
    kept: list[ReviewFinding] = []
    for number, findings in enumerate(by_check):
        for finding in dict.fromkeys(findings):
            key = (
                finding.code,
                finding.paragraph,
                finding.stated,
                finding.recomputed,
                finding.place,
            )
            once = finding.stated is not None and (
                texts.get(finding.paragraph, "").count(finding.stated) == 1
                or finding.code in _ONE_PER_PARAGRAPH
            )
            # (a name broken over two lines: one check quotes its first line, another its second)
            near = [(finding.code, finding.paragraph + step, *key[2:]) for step in (-1, 1)]
            by = [seen[k] for k in (key, *near) if k in seen]
            if finding.stated is not None and any(once or b != number for b in by):
                continue
            seen.setdefault(key, number)
            kept.append(finding)
    return kept


def settled(by_check: list[list[ReviewFinding]], texts: dict[int, str]) -> list[ReviewFinding]:
    """The findings of a review's checks put together: each fault once, knock-ons noted, a
    fault beside an error it repeats dropped, the likely slips named; most severe first,
    then in reading order."""
    told = beside_errors(note_knock_ons(once(by_check, texts), texts))
    return sorted(
        name_needed(name_suspects(told)), key=lambda f: (SEVERITY_ORDER[f.severity], f.paragraph)
    )
