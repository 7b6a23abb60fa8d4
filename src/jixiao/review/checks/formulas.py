"""Calculations written out in the text, checked as written:

    预算调整率=(63.46-32)÷32=98.31%        执行率=1.5÷3.5×100%=42.86%        得分=10×95%=9.5

Only plain arithmetic on written numbers is read (+ - − × ÷ / and brackets; a percentage is a
ratio, so “×100%” changes nothing; thousands separators are taken out); the result is compared
at the precision it is written to, and a percentage result as the ratio times 100.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP
from decimal import Decimal
from decimal import DivisionByZero
from decimal import InvalidOperation

from jixiao.review.catalogue import make_finding
from jixiao.review.checks.percent_findings import places
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.sentences import is_checkable

#: The characters a written calculation is made of, read back from its “=”.
_ALLOWED = set("-+×÷*/xX()（）0123456789., %−")
_RESULT = re.compile(r"\s*(?P<result>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<percent>%)?")
_TOKEN = re.compile(r"\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?|[-+×÷*/xX()（）]")
_GROUPED = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_OPERATORS = {"+": "+", "-": "-", "×": "*", "*": "*", "x": "*", "X": "*", "÷": "/", "/": "/"}


class _Parser:
    """Recursive descent over the tokens of one expression, in Decimal."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.at = 0

    def _peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _take(self) -> str:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def expression(self) -> Decimal:
        value = self.term()
        while self._peek() in ("+", "-"):
            value = value + self.term() if self._take() == "+" else value - self.term()
        return value

    def term(self) -> Decimal:
        value = self.factor()
        while self._peek() in ("*", "/"):
            value = value * self.factor() if self._take() == "*" else value / self.factor()
        return value

    def factor(self) -> Decimal:
        token = self._take()
        if token == "(":
            value = self.expression()
            if self._take() != ")":
                raise InvalidOperation
            return value
        if token.endswith("%"):
            return Decimal(token.rstrip("% ")) / 100  # “10×95%”: a percentage is a ratio
        return Decimal(token)


def _tokens(expr: str) -> list[str]:
    expr = _GROUPED.sub("", expr).replace("−", "-")
    return [
        _OPERATORS.get(raw, {"（": "(", "）": ")"}.get(raw, raw)) for raw in _TOKEN.findall(expr)
    ]


def _value(expr: str) -> Decimal | None:
    tokens = _tokens(expr)
    if sum(1 for t in tokens if t in ("+", "-", "*", "/")) == 0:
        return None
    parser = _Parser(tokens)
    try:
        value = parser.expression()
    except (InvalidOperation, DivisionByZero, ZeroDivisionError, IndexError):
        return None
    return value if parser.at == len(tokens) else None


def _expression_before(text: str, end: int) -> str:
    """The run of calculation characters that ends at ``end`` (an “=”)."""
    start = end
    while start > 0 and text[start - 1] in _ALLOWED:
        start -= 1
    return text[start:end]


def _calculations(text: str) -> list[tuple[str, re.Match[str], int]]:
    """(expression, result, where the expression starts) for each “=” of ``text``."""
    found: list[tuple[str, re.Match[str], int]] = []
    for equals in re.finditer("=", text):
        run = _expression_before(text, equals.start())
        result = _RESULT.match(text, equals.end())
        expr = run.strip(" ,").lstrip("%")
        if result is None or not re.search(r"\d", expr):
            continue
        if any(op in expr for op in "+-−×÷*/xX"):
            found.append((expr, result, equals.start() - len(run)))
    return found


def _judged(expr: str, result: re.Match[str]) -> tuple[Decimal, str] | None:
    """What the expression gives at the result's precision, when that is not the result."""
    value = _value(expr)
    if value is None:
        return None
    written = result.group("result").replace(",", "")
    digit = Decimal(1).scaleb(-places(written))
    readings = [value * 100, value] if result.group("percent") else [value]
    try:
        rounded = [r.quantize(digit, rounding=ROUND_HALF_UP) for r in readings]
    except InvalidOperation:
        return None  # a figure too large to be a calculation of a report
    if Decimal(written) in rounded:
        return None
    return rounded[0], result.group("percent") or ""


def check_formulas(doc: ReportDoc) -> list[ReviewFinding]:
    """Written calculations whose result is not what they give."""
    findings: list[ReviewFinding] = []
    for paragraph in doc.paragraphs:
        if not is_checkable(paragraph) or "=" not in paragraph.text:
            continue
        for expr, result, start in _calculations(paragraph.text):
            judged = _judged(expr, result)
            if judged is None:
                continue
            right, unit = judged
            shown = re.sub(r"\s+", "", expr)
            stated = f"{result.group('result')}{unit}"
            message = f"算式{shown}＝{right}{unit}，文中写为{stated}，计算有误。"
            findings.append(
                make_finding(
                    "formula-mismatch",
                    paragraph,
                    message,
                    span=(start, result.end()),
                    stated=stated,
                    recomputed=f"{right}{unit}",
                )
            )
    return findings
