"""Character forms a document arrives in, brought to one form before any parsing.

Real documents come from Word, PDF exports, web mirrors and OCR: traditional characters
(支出總計 96.35萬元), full-width digits (１２３．４５), pinyin glosses a mirror site put after
each rare character (監(jiān)督), spaces a PDF or 文库 export left inside words (在职人 员) or
numbers (1 234.56 is not touched: two figures side by side in a flattened table look the
same; only a space beside the decimal point is closed). Chinese punctuation is kept: the
checks read ，。；（） as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

#: Full-width digits, letters and the few ASCII signs figures use, mapped to ASCII.
_WIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
        "．": ".",
        "％": "%",
        "＋": "+",
        "－": "-",
        "／": "/",
        "＝": "=",
        "﹦": "=",
        "═": "=",
        "＜": "<",
        "＞": ">",
        "﹤": "<",
        "﹥": ">",
        "≧": "≥",
        "≦": "≤",
        "\u3000": " ",
        "\u00a0": " ",
        "\ufeff": "",
        "\u200b": "",
    }
)
_CJK = r"\u4e00-\u9fff"
_PINYIN_GLOSS = re.compile(rf"(?<=[{_CJK}])\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)")
_TIGHT = rf"{_CJK}，。；：、（）“”《》！？"
#: White space next to a Chinese character or mark: none belongs there in Chinese text (a
#: PDF or 文库 export leaves it: 在职人 员, 得 4 分, 7.44 万元 。); between two figures it
#: stays (880 880 are two cells).
_SPACE_IN_WORD = re.compile(
    rf"(?<=[{_TIGHT}])[ \t]+(?=[{_TIGHT}\d])|(?<=[\d%])[ \t]+(?=[{_TIGHT}])"
)
_SPACE_AT_POINT = re.compile(r"(?<=\d)[ \t]*\.[ \t]*(?=\d)")
#: Thousands set apart by a space, as the national standard for figures has it (“预算总资金
#: 18 189万元”, “到位18 398.31万元”): only right after a word and right before a unit, where
#: two cells of a flattened table never stand (units in 繁体 too: “共計54 440.73萬元”).
_GROUPED = re.compile(
    rf"(?<=[{_CJK}])\d{{1,3}}(?: \d{{3}})+"
    r"(?=(?:\.\d+)?[ ]?(?:[万亿萬億]?元|[万亿萬億]|人|个|個|家|项|項|户|戶|名|所|吨|噸|亩|畝))"
)
_TRADITIONAL_HINT = re.compile("[們這個國開發經費與計劃總額實際歲資預結餘績萬億]")


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


#: Line breaks a web export wrote out as characters (“共涉及项目/r/n84/r/n个”).
_LITERAL_BREAK = re.compile(r"(?:/r/n|\\r\\n|/n(?=[\d\u4e00-\u9fff]))")


#: “3万4993.1亿元”, “1万301.5亿元”: a figure of 亿 written with its 万 place in words
#: (34993.1亿元, 10301.5亿元).
_WAN_OF_YI = re.compile(r"(?<![\d.])(\d{1,4})\s*万\s*(\d{1,4})(\.\d+)?(?=\s*亿)")


def _wan_of_yi(match: re.Match[str]) -> str:
    """“1万301.5亿” is 10301.5亿: the part below 万 padded to four places."""
    return match.group(1) + match.group(2).zfill(4) + (match.group(3) or "")


#: “中央拨付16万元.上年度结余…”: a full stop typed as a point between a unit and a word.
_POINT_AS_STOP = re.compile(r"(?<=[元个人项%])\.(?=[\u4e00-\u9fff])")


#: A comma a mirror site doubled, or put before the mark that ends the clause: “…万元,,占”,
#: “…万元,、政府采购工程…”, “…7.6%,。”.
_COMMA_BEFORE_MARK = re.compile(r"[，,](?=[，,、。；;])")


#: A character a mirror site could not encode, left as “?” after a figure (“4,614,453.11?”).
_LOST_CHARACTER = re.compile(r"(?<=\d)\?(?=\s|$|[|｜])")


def _widths_and_spaces(text: str) -> str:
    text = _LOST_CHARACTER.sub("", text)
    text = _POINT_AS_STOP.sub("，", _LITERAL_BREAK.sub("", text))
    text = _COMMA_BEFORE_MARK.sub("", _PINYIN_GLOSS.sub("", text.translate(_WIDTH)))
    if text.count("|") >= 2:  # a table row exported as "a | b | c"
        text = text.replace("|", "｜")
    text = _GROUPED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _SPACE_AT_POINT.sub(".", _SPACE_IN_WORD.sub("", text))


#: A figure written twice by a document-sharing site's export: “106.5106.5 萬元”, “9 9 個”,
#: “69.23%69.23%”. Two decimal points in one figure happen in no other way.
_DOUBLED_DECIMAL = re.compile(r"(?<![\d.])(\d+\.\d+)\1(?![\d.])")
_AFTER_FIGURE = "萬元|万元|元|億元|亿元|個|个|人|家|項|项|次|分"
_DOUBLED_FIGURE = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?%)\1"  # 69.23%69.23%
    rf"|(?<![\d.])(\d+(?:\.\d+)?)[ \t]?\2(?=[ \t]?(?:{_AFTER_FIGURE}))"  # 7070 萬元, 9 9個
)
#: Doubled figures taken for the document's way of writing, not a coincidence.
MIN_DOUBLED = 2


def _undoubled(texts: list[str]) -> list[str]:
    """Each figure once, when the document writes decimals twice (“36.9436.94”): then the
    whole figures before a unit (“7070 萬元”, “1313 個”) are doubled too."""
    if sum(len(_DOUBLED_DECIMAL.findall(text)) for text in texts) < MIN_DOUBLED:
        return texts
    once = [_DOUBLED_DECIMAL.sub(r"\1", text) for text in texts]
    return [_DOUBLED_FIGURE.sub(lambda m: m.group(1) or m.group(2), text) for text in once]


#: The pinyin a mirror site writes after a character it converted (“執(zhí)行數(shù)”).
_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,7}\)")


def is_traditional(texts: list[str]) -> bool:
    """Whether a document is written in traditional characters (decided for the whole: a
    cell of 公務用車 holds none of the characters that tell)."""
    return any(_TRADITIONAL_HINT.search(text) for text in texts)


def normalize_texts(texts: list[str], traditional: bool | None = None) -> list[str]:
    """Every paragraph in the form the parsers expect; whether the document is written in
    traditional characters (unless ``traditional`` says), or with every figure twice, is
    decided once for the whole."""
    plain = _undoubled([_GLOSS.sub("", _widths_and_spaces(text)) for text in texts])
    if traditional if traditional is not None else is_traditional(plain):
        converter = _converter()
        plain = [str(converter.convert(text)) for text in plain]
    return [_WAN_OF_YI.sub(_wan_of_yi, text) for text in plain]  # after 萬/億 became 万/亿


_BAR = re.compile(r"[｜|]")
_SPACES = re.compile(r"\s+")


def _pieces(text: str) -> list[str]:
    """A row's cells: between bars when it has them (blanks kept, so that columns line up
    with the header; one closing bar ends a cell written one to a line), else between runs
    of white space."""
    text = text.translate(_WIDTH)
    if "｜" in text or text.count("|") >= 2 or text.rstrip().endswith("|"):  # “100 |”
        cells = [c.strip() for c in _BAR.split(text)]
        while cells and not cells[-1]:
            cells.pop()
        return cells
    text = _SPACED_LABEL.sub(r"\1\2", text)  # “合　　计”: one label, spaced out
    if _WIDE_GAP.search(text):  # “合计    4.80    3.90”, “预 算 数    决 算 数”
        return [c for piece in _WIDE_GAP.split(text) for c in _words_kept(piece.strip()) if c]
    return [c for c in _SPACES.split(text) if c]


#: A two-character label opening a row, spaced out to the column's width (合　　计, 项　目).
_SPACED_LABEL = re.compile(r"^\s*([\u4e00-\u9fff])\s{1,6}([\u4e00-\u9fff])(?=\s|$)")
#: Cells set apart by tabs or by two spaces or more: a single space (or an ideographic one)
#: is then inside a cell's words.
_WIDE_GAP = re.compile(r"\t+| {2,}")


def _words_kept(piece: str) -> list[str]:
    """A piece between wide gaps: one cell when it is words alone, else cut at its spaces
    (“合计 4.80” is two cells)."""
    if re.search(r"\d", piece):
        return _SPACES.split(piece)
    return [piece]


def split_cells(texts: list[str]) -> list[tuple[str, ...]]:
    """Each paragraph's cells as a flattened table has them (at bars, or at white space
    before spaces inside words are closed), each cell normalised like the text."""
    pieces = [_pieces(text) for text in texts]
    flat = normalize_texts([piece for row in pieces for piece in row])
    cells: list[tuple[str, ...]] = []
    for row in pieces:
        cells.append(tuple(flat[: len(row)]))
        flat = flat[len(row) :]
    return cells
