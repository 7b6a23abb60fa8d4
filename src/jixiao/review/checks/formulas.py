"""Calculations written out in the text, checked as written:

    预算调整率 =（63.46 − 32）÷ 32 = 98.31%        执行率 = 1.5 ÷ 3.5 × 100% = 42.86%

Only plain arithmetic on written numbers is read (+ − × ÷ / and brackets, an optional
“×100%”); the result is compared at the precision it is written to, and a percentage result
of a bare ratio is taken as the ratio times 100.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP
from decimal import Decimal
from decimal import DivisionByZero
from decimal import InvalidOperation

from jixiao.review.catalogue import make_finding
from jixiao.review.model import ReportDoc
from jixiao.review.model import ReviewFinding
from jixiao.review.text.sentences import is_checkable

#: The characters a written calculation is made of, read back from its “=”.
_EXPRESSION = re.compile(r"[-+×÷*/xX()（）\d.\s%]+$")
_RESULT = re.compile(r"\s*(?P<result>\d+(?:\.\d+)?)\s*(?P<percent>%)?")
_REACH = 60
_TOKEN = re.compile(r"100\s*%|\d+(?:\.\d+)?|[-+×÷*/xX()（）]")
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
        if token == "100%":
            return Decimal(1)
        return Decimal(token)


def _tokens(expr: str) -> list[str]:
    tokens: list[str] = []
    for raw in _TOKEN.findall(expr):
        token = {"（": "(", "）": ")"}.get(raw, raw)
        tokens.append("100%" if token.replace(" ", "") == "100%" else _OPERATORS.get(token, token))
    return tokens


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


def _places(text: str) -> int:
    return len(text.partition(".")[2])


def _calculations(text: str) -> list[tuple[str, re.Match[str], int]]:
    """(expression, result, where the expression starts) for each “=” of ``text``."""
    found: list[tuple[str, re.Match[str], int]] = []
    for equals in re.finditer("=", text):
        left = _EXPRESSION.search(text[max(0, equals.start() - _REACH) : equals.start()])
        result = _RESULT.match(text, equals.end())
        if left is None or result is None:
            continue
        expr = left.group(0).strip().lstrip("%")
        if any(op in expr for op in "+-×÷*/xX") and re.search(r"\d", expr):
            found.append((expr.strip(), result, equals.start() - len(left.group(0))))
    return found


def _judged(expr: str, result: re.Match[str]) -> tuple[Decimal, str] | None:
    """What the expression gives at the result's precision, when that is not the result."""
    value = _value(expr)
    if value is None:
        return None
    stated = Decimal(result.group("result"))
    digit = Decimal(1).scaleb(-_places(result.group("result")))
    readings = [value * 100, value] if result.group("percent") else [value]
    rounded = [r.quantize(digit, rounding=ROUND_HALF_UP) for r in readings]
    if stated in rounded:
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
