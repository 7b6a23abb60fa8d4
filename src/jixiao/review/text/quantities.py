"""Figures in report text: numbers with their units, as exact Decimals.

A :class:`Quantity` keeps the value in a base unit (元 for money), the precision the text
shows (so tolerance follows what was written), its position and the label in front of it.
Chinese numerals before a counting unit (十二家, 两个, 一百零五项) are read with cn2an.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import replace
from decimal import ROUND_HALF_UP
from decimal import Decimal
from decimal import InvalidOperation
from functools import lru_cache

MONEY = "money"
PERCENT = "percent"
COUNT = "count"
SCORE = "score"
POINTS = "points"
MEASURE = "measure"
DATE = "date"
BARE = "bare"

_MONEY_SCALE = {
    "元": 1,
    "千元": 1000,
    "万元": 10_000,
    "亿元": 100_000_000,
    "万": 10_000,
    "亿": 100_000_000,
}
#: 期 before a word names a phase (一期工程, 二期治理), not a count of sessions.
_COUNT_UNITS = (
    "家|个|人次|人|项|宗|篇次|篇|场|次|户|名|件|所|座|套|台|辆|条|份|批|位|处|卷|册|盘|盒"
    "|尾|头|只|株|棵|羽"  # (fish, livestock, birds, trees)
    "|期(?![\u4e00-\u9fff])"
)
_MEASURE_UNITS = "平方米|立方米|平方公里|公里|千米|公顷|hm[m²2]?(?![a-z])|亩|吨|千瓦|米"
_COUNT_ALIASES = {"篇次": "篇", "人次": "人", "名": "人", "位": "人"}
_NUMBER = (
    r"(?P<approx_pre>(?<![签节合契制履预集特公违邀条])约|近|超过|逾|超|突破|不足|接近)?(?P<sign>[-－−](?=\d))?(?P<num>(?<![\d.])\d+(?:,\d{3})*(?:\.\d+)?)\s*"
    r"(?P<approx>余|多)?\s*"
    r"(?P<unit>亿元|万元|千元|元|个百分点|%|％|"
    rf"(?:万|亿)?(?:{_MEASURE_UNITS}|{_COUNT_UNITS})|分(?![钟别期配类批])|年|月|日|号|天|亿|万)?"
)
_CN_NUMBER = (
    r"(?<![第周])(?P<cn>[零〇一二两三四五六七八九十百千]+)"
    rf"(?P<cnapprox>余|多)?(?P<cnunit>{_COUNT_UNITS})"
)
_PATTERN = re.compile(f"{_NUMBER}|{_CN_NUMBER}")
#: Marks an export leaves where a character was lost: a figure right after one is not used.
_DAMAGE = "?？\ufffd□■"
LABEL_STOP = "，。；：、！？,;:（）()\n"


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    """One figure found in text.

    Attributes:
        value: the value in its base unit (元 for money, the number otherwise).
        ulp: half the last written digit, in the same base unit (the rounding tolerance).
        kind: money, percent, count, score, points, date or bare.
        unit: the unit as normalised (万元 → 万元; 篇次 → 篇).
        start: offset of the figure in the text; end: offset after the unit.
        text: the figure as written.
        approx: True for 约/近/余/多 figures, which no sum or rate check may use.
        label: the words in front of the figure, back to the previous punctuation.
        in_brackets: True when the figure sits inside brackets.
    """

    value: Decimal
    ulp: Decimal
    kind: str
    unit: str
    start: int
    end: int
    text: str
    approx: bool
    label: str
    in_brackets: bool


def _decimals(number: str) -> int:
    return len(number.split(".")[1]) if "." in number else 0


_PLAIN_UNITS: dict[str, tuple[str, str]] = {
    "%": (PERCENT, "%"),
    "％": (PERCENT, "%"),
    "个百分点": (POINTS, "个百分点"),
    "分": (SCORE, "分"),
    "年": (DATE, "年"),
    "月": (DATE, "月"),
    "日": (DATE, "日"),
    "号": (DATE, "号"),
    "天": (DATE, "天"),
    "": (BARE, ""),
}


def _kind_and_scale(unit: str) -> tuple[str, Decimal, str]:
    if unit in _MONEY_SCALE:
        return MONEY, Decimal(_MONEY_SCALE[unit]), {"万": "万元", "亿": "亿元"}.get(unit, unit)
    if unit in _PLAIN_UNITS:
        kind, norm = _PLAIN_UNITS[unit]
        return kind, Decimal(1), norm
    scale = Decimal(1)
    if unit[0] in "万亿":
        scale = Decimal(_MONEY_SCALE[unit[0]])
        unit = unit[1:]
    if re.fullmatch(_MEASURE_UNITS, unit):
        return MEASURE, scale, "公顷" if unit.startswith("hm") else unit  # hm², hm, hmm
    return COUNT, scale, _COUNT_ALIASES.get(unit, unit)


_MAX_LABEL = 24
#: A short aside inside a name, with no figure in it: “因公出国（境）费”, “（含）”.
_NAME_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]$")


def _open_aside(text: str, left: int, start: int) -> int | None:
    """Where the bracket opens that the stop at ``left`` sits inside, when it closes before
    ``start`` with words only in it (none when the stop is outside any bracket)."""
    closed = max(text.rfind("）", left - 1, start), text.rfind(")", left - 1, start))
    if closed < 0 or "（" in text[left - 1 : closed] or "(" in text[left - 1 : closed]:
        return None
    opened = max(text.rfind("（", 0, left), text.rfind("(", 0, left))
    if opened < 0 or start - opened > _MAX_LABEL or re.search(r"\d", text[opened:closed]):
        return None
    return opened


def _label(text: str, start: int) -> str:
    left = start
    while left > 0 and start - left < _MAX_LABEL:
        if text[left - 1] in LABEL_STOP:
            opened = _open_aside(text, left, start)
            if opened is not None:
                left = opened  # “占预算（预算调整数，下同）的100%”: a stop inside a bracket
                continue
            aside = _NAME_ASIDE.search(text, max(0, left - 6), left)
            if aside is None or left == start:
                break
            left = aside.start()
            continue
        left -= 1
    if left == start and start > 0 and text[start - 1] in "（(":
        return _label(text, start - 1) + text[start - 1]  # “目标（12.5亿元）”
    if left == start and start > 1 and text[start - 1] in "：:" and text[start - 2] not in "中":
        return _label(text, start - 1) + text[start - 1]  # a field: “全年预算数：150万元”
    return text[left:start]


def _in_brackets(text: str, start: int) -> bool:
    before = text[:start]
    opened = max(before.rfind("（"), before.rfind("("))
    closed = max(before.rfind("）"), before.rfind(")"))
    return opened > closed


#: “投入-时效目标-绩效目标完成率-100%”: names joined by hyphens, the last one before the figure.
_HYPHENED = re.compile(r"[\u4e00-\u9fff][-－][\u4e00-\u9fff]")


def _hyphen(text: str, at: int) -> bool:
    """True when the sign at ``at`` joins a chain of hyphened names to the figure."""
    clause = re.split(r"[，,；;。:：]", text[max(0, at - 40) : at])[-1]
    return at > 0 and "\u4e00" <= text[at - 1] <= "\u9fff" and bool(_HYPHENED.search(clause))


def _written(match: re.Match[str], negative: bool) -> str:
    """The figure as written, a hyphen before it left out."""
    text = match.group(0).strip()
    sign = match.group("sign")
    return text.replace(sign, "", 1) if sign and not negative else text


#: Money named right after 万 or 亿 with no 元 (“将141.8万补助资金打卡发放”).
_FUNDS = re.compile(r"(?:补助|补贴|奖补|专项)?(?:资金|经费)(?!供养)|补助款|补贴款")


def _from_digits(match: re.Match[str], text: str) -> Quantity | None:
    number = match.group("num").replace(",", "")
    unit = match.group("unit") or ""
    start = match.start("num")
    kind, scale, norm = _kind_and_scale(unit)
    after = text[match.end() : match.end() + 4]
    if unit in {"万", "亿"} and re.match(r"[\u4e00-\u9fff]", after) and not _FUNDS.match(after):
        kind, norm = BARE, ""  # 3.2万平方米, 18.6万吨: not money (141.8万补助资金 is)
    try:
        negative = bool(match.group("sign")) and not _hyphen(text, match.start("sign"))
        value = -Decimal(number) if negative else Decimal(number)
    except InvalidOperation:
        return None
    ulp = Decimal(5) * Decimal(10) ** (-_decimals(number) - 1)
    damaged = start > 0 and text[start - 1] in _DAMAGE  # “?8639万元”: a digit lost
    return Quantity(
        value=value * scale,
        ulp=ulp * scale,
        kind=kind,
        unit=norm,
        start=start,
        end=match.end(),
        text=_written(match, negative),
        approx=bool(match.group("approx") or match.group("approx_pre")) or damaged,
        label=_label(text, match.start()),
        in_brackets=_in_brackets(text, start),
    )


def chinese_count(text: str) -> Decimal | None:
    """The whole number a Chinese numeral (十二, 两, 一百零五) writes, or None.

    cn2an is imported here, not at module load: it costs a fifth of the CLI's start-up.
    """
    import cn2an  # noqa: PLC0415 - deferred for start-up time

    try:
        return Decimal(int(cn2an.cn2an(text, "smart")))
    except (ValueError, KeyError, TypeError):
        return None


def count_of(text: str) -> int:
    """The whole number a count is written with: digits or a Chinese numeral (两, 十二); 0
    when it is neither."""
    if text.isdigit():
        return int(text)
    value = chinese_count(text)
    return int(value) if value is not None else 0


def _from_chinese(match: re.Match[str], text: str) -> Quantity | None:
    value = chinese_count(match.group("cn"))
    if value is None:
        return None
    unit = match.group("cnunit")
    return Quantity(
        value=value,
        ulp=Decimal("0.5"),
        kind=COUNT,
        unit=_COUNT_ALIASES.get(unit, unit),
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        approx=bool(match.group("cnapprox")),
        label=_label(text, match.start()),
        in_brackets=_in_brackets(text, match.start()),
    )


@lru_cache(maxsize=8192)
def quantities_in(text: str) -> tuple[Quantity, ...]:
    """:func:`find_quantities`, kept for texts several checks read (figures are frozen)."""
    return tuple(find_quantities(text))


def find_quantities(text: str) -> list[Quantity]:
    """All figures in ``text``, in order."""
    found: list[Quantity] = []
    for match in _PATTERN.finditer(text):
        quantity = _from_digits(match, text) if match.group("num") else _from_chinese(match, text)
        if quantity is not None:
            found.append(quantity)
    return _units_supplied(found, text)


#: An amount's field whose figure an export wrote without its unit (“全区执行数1032849.44（含
#: 中央资金689139.31万元…）”): written to the fen, it is money in the unit of its neighbours.
_AMOUNT_FIELD = re.compile(r"(?:预算数|执行数|决算数|支出数|拨付数|到位数|总额|金额)$")


#: The unit an export put in brackets after the figure: “118562.35（万元，含…）”.
_BRACKET_UNIT = re.compile(r"\s*[（(]\s*(?:单位\s*[:：]\s*)?(?P<unit>亿元|万元|元)")


def _units_supplied(found: list[Quantity], text: str) -> list[Quantity]:
    money = [q for q in found if q.kind == MONEY]
    if not money or not any(q.kind == BARE for q in found):
        return found
    return [_supplied(q, money, text) if q.kind == BARE else q for q in found]


def _supplied(quantity: Quantity, money: list[Quantity], text: str) -> Quantity:
    """The bare amount in the unit its brackets name, else in its nearest neighbour's: the
    parts after it (a total opens its list), else the figure before it."""
    if _decimals(quantity.text) != 2 or not _AMOUNT_FIELD.search(quantity.label):
        return quantity
    bracket = _BRACKET_UNIT.match(text, quantity.end)
    after = [q for q in money if q.start >= quantity.end]
    unit = bracket.group("unit") if bracket else (after[0] if after else money[-1]).unit
    scale = Decimal(_MONEY_SCALE[unit])
    return replace(
        quantity,
        kind=MONEY,
        unit=unit,
        value=quantity.value * scale,
        ulp=quantity.ulp * scale,
    )


def is_year(quantity: Quantity) -> bool:
    """True for a four-digit year such as 2023年."""
    return quantity.kind == DATE and quantity.unit == "年" and len(quantity.text) >= 5


def within(stated: Decimal, exact: Decimal, tolerance: Decimal) -> bool:
    """True when ``exact`` agrees with ``stated`` to within ``tolerance``."""
    return abs(stated - exact) <= tolerance


def fmt(value: Decimal, places: int = 2) -> str:
    """A Decimal rounded half-up to ``places`` decimals, trailing zeros kept."""
    return str(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP))


def money_scale(unit: str) -> Decimal:
    """How many 元 one of ``unit`` is (万元: 10,000)."""
    return Decimal(_MONEY_SCALE.get(unit, 1))


def fmt_money(value: Decimal, unit: str, places: int = 2) -> str:
    """A money value in 元 shown in ``unit`` (万元, 亿元, 元)."""
    return f"{fmt(value / money_scale(unit), places)}{unit}"


def fmt_quantity(value: Decimal, like: Quantity) -> str:
    """``value`` (base unit) written in the unit of ``like``, money to two decimals or as
    many as ``like`` is written to (13.2159亿元)."""
    if like.kind == MONEY:
        decimals = re.search(r"\.(\d+)", like.text)
        return fmt_money(value, like.unit, max(2, len(decimals.group(1)) if decimals else 0))
    if like.kind == PERCENT:
        return f"{fmt(value)}%"
    written = re.sub(r"^[\d.,，\s]+", "", like.text)  # 人次, not the 人 it is counted as
    scale = written[:1] if written[:1] in ("万", "亿") and written[1:] else ""  # 140万尾
    if scale:
        value, written = value / _MONEY_SCALE[scale], written[1:]
    text = fmt(value, 2).rstrip("0").rstrip(".")
    unit = written if _COUNT_ALIASES.get(written) == like.unit else like.unit
    return f"{text}{scale}{unit}"


def as_unit(quantity: Quantity, unit: str) -> Quantity:
    """A money figure as written, read in ``unit`` (a slipped unit: “131870.68元” meant as
    万元)."""
    factor = Decimal(_MONEY_SCALE[unit]) / Decimal(_MONEY_SCALE[quantity.unit])
    return replace(quantity, value=quantity.value * factor, ulp=quantity.ulp * factor, unit=unit)


_WORDS = re.compile(r"[\u4e00-\u9fff（）()“”]+")
_WORD_ENDS = re.compile(
    r"^(?:[为是共计达约:：]|合计|共计)+|(?:[为是共计约:：]|(?<!下)达|合计|共计)+$"
)
#: A run of words that is only the unit of the cell before (620.82万元602.82万元).
_UNIT_ONLY = re.compile(r"^(?:万元|元|万|亿元|公里|平方米|亩)$")


def label_words(quantity: Quantity, longest: int = 16) -> str:
    """The words right before a figure (its label's last run of Chinese, not a unit, without
    为, 是, 共计 at its ends), at most ``longest`` of them; "" when there are none."""
    runs = [r for r in _WORDS.findall(quantity.label) if not _UNIT_ONLY.match(r)]
    name = _WORD_ENDS.sub("", runs[-1]) if runs else ""
    return name[-longest:]
