"""Names of parts that together make a whole (中央 + 地方, 基本支出 + 项目支出 …)."""

from __future__ import annotations

import re

from jixiao.review.text.quantities import COUNT
from jixiao.review.text.quantities import Quantity

#: Part labels that together name a whole (so parts below the total are an error).
PARTITIONS: tuple[tuple[str, ...], ...] = (
    ("中央", "国家级", "省级", "市级", "区级", "县级", "乡镇级", "本级"),
    ("中央", "地方"),
    ("中央", "省内"),  # 省内安排: all the money raised within the province
    ("上级资金", "本级"),
    ("基本支出", "项目支出"),
    ("基本支出", "项目支出", "经营支出", "上缴上级支出", "对附属单位补助支出"),
    ("人员经费", "公用经费"),
    ("人员经费", "公用经费", "项目支出"),  # 基本支出 told by its two kinds, beside 项目支出
    ("年初", "年中"),
    ("本年收入", "上年结转"),  # 收入合计 of a 预算 or 决算
    ("本年收入", "年初结转"),
    ("年初", "追加"),
    ("规上", "规下"),
    ("税收收入", "非税收入"),
    ("地方", "上划"),  # 财政总收入: what the county keeps and what it remits upward
    ("行政编", "事业编", "工勤"),
    ("行政编", "后勤编", "事业编"),  # 机关后勤编: the 工勤 posts by another name
    ("行政编", "工勤"),  # a 行政 unit's staff: its 行政编制 and its 工勤 posts
    ("事业编", "工勤"),  # …, a 参公 or 事业 unit's
    ("全额", "差额", "自收自支"),  # staff by how they are paid
    ("全额", "自收自支"),  # …, a unit with no 差额 staff
    ("专业技术", "管理", "工勤"),  # 在职人员 by post
    ("在职", "离休", "退休"),  # 实有人员 by status
    ("在职", "退休"),  # …, with 离退休 as one
    ("男", "女"),
    ("城市", "农村"),
    ("城镇", "农村"),
    ("一般公共预算", "政府性基金", "国有资本经营", "财政专户", "其他资金", "其他收入"),
    ("财政拨款", "上年结转", "其他资金", "其他收入"),
    ("因公出国", "公务用车", "公务接待"),  # the 三公 经费
    ("因公出国", "公务用车购置", "公务用车运行", "公务接待"),  # …, the car split in two
    ("公务用车购置", "公务用车运行维护"),
    ("货物", "工程", "服务"),  # 政府采购
)


#: The kinds of 三级指标 by their 二级指标 (the specific 效益 kinds before 效益 itself).
INDICATOR_KINDS = (
    "数量",
    "质量",
    "时效",
    "成本",
    "经济效益",
    "社会效益",
    "生态效益",
    "可持续",
    "效益",
    "满意度",
)


def indicator_kinds(labels: list[str]) -> bool:
    """Counts of 指标 by kind, each kind once, down to the 满意度 that closes the list
    (“三级指标14个，其中数量指标6个、…、满意度指标1个”): every kind the table has."""
    if len(labels) < 3 or not all("指标" in label for label in labels):
        return False
    hits = [next((w for w in INDICATOR_KINDS if w in label), None) for label in labels]
    return all(hits) and len(set(hits)) == len(hits) and hits[-1] == "满意度"


def names_whole(labels: list[str]) -> bool:
    """Every member of one partition named, once each, by ``labels`` in any order."""
    for group in PARTITIONS:
        hits = [next((w for w in group if w in label), None) for label in labels]
        if all(hits) and len(set(hits)) == len(hits) == len(group):
            return True
    return False


#: The whole each partition of the 决算 makes, by name: 基本支出 and 项目支出 make 支出, 人员经费
#: and 公用经费 make 基本支出, the three (or, 公务用车 split, four) kinds make the “三公” 经费,
#: 税收收入 and 非税收入 the 一般公共预算收入.
_WHOLE_OF: dict[tuple[str, ...], re.Pattern[str]] = {
    ("基本支出", "项目支出"): re.compile(r"(?<!基本)(?<!项目)支出(?:总额|合计|总计)?"),
    ("人员经费", "公用经费"): re.compile(r"基本支出"),
    ("人员经费", "公用经费", "项目支出"): re.compile(r"(?<!基本)(?<!项目)支出(?:总额|合计|总计)?"),
    ("因公出国", "公务用车", "公务接待"): re.compile(r"三公"),
    ("因公出国", "公务用车购置", "公务用车运行", "公务接待"): re.compile(r"三公"),
    ("税收收入", "非税收入"): re.compile(r"一般公共预算(?:地方)?收入"),
}


#: The members of the wholes the 决算 names (基本支出, 人员经费, 因公出国 …).
WHOLE_MEMBERS: tuple[str, ...] = tuple(dict.fromkeys(w for group in _WHOLE_OF for w in group))


#: “公务用车保有量2辆，购置及运行维护费5万元”: the car's money named without the car.
_CAR_MONEY = re.compile(r"^(?:车辆)?购置(?:及|和|与)运行")


def member_label(label: str) -> str:
    """A part's label with the member it names written out (购置及运行维护费 → 公务用车…)."""
    return "公务用车" + label if _CAR_MONEY.search(label) else label


def makes_whole(labels: list[str], total: str) -> bool:
    """``labels`` name every member of a partition whose whole ``total`` names."""
    labels = [member_label(label) for label in labels]
    for group, whole in _WHOLE_OF.items():
        hits = [next((w for w in group if w in label), None) for label in labels]
        if all(hits) and len(set(hits)) == len(hits) == len(group) and whole.search(total):
            return True
    return False


def beyond_whole(labels: list[str], label: str) -> bool:
    """``labels`` name every member of a known whole and ``label`` belongs to no partition
    their names are in (年末其他人员 after 在职, 离休 and 退休; not 公务接待 after the two kinds
    of 公务用车, which the four kinds of the 三公 经费 hold)."""
    if not names_whole(labels):
        return False
    return not any(
        all(any(w in text for w in group) for text in labels) and any(w in label for w in group)
        for group in PARTITIONS
    )


#: Levels of government from the top, each by its words.
_LEVELS = (
    ("中央",),
    ("省级", "省财政", "省本级"),
    ("市级", "市财政", "市本级"),
    ("县级", "县财政", "县本级"),
)


def levels_down_to(labels: list[str], total: str) -> bool:
    """``labels`` name each level of government from 中央 down to the one ``total`` is of
    (“省级对下补助资金258172万元，其中中央资金178172万元，省级资金8000万元”: a province's
    money is the centre's and its own), once each and nothing else."""
    own = [at for at, words in enumerate(_LEVELS) if any(w in total for w in words)]
    if len(own) != 1 or own[0] == 0:
        return False
    named = [
        next((at for at, ws in enumerate(_LEVELS) if any(w in x for w in ws)), -1) for x in labels
    ]
    return sorted(named) == list(range(own[0] + 1))


_UNIT_KINDS = ("行政", "事业")


def kinds_apart(parts: tuple[Quantity, ...]) -> bool:
    """Counts of kinds that cannot overlap (“其中行政机构1个，事业机构2个”): one of them equal
    to the total leaves no room for the others, whatever else the list may leave out."""
    if any(p.kind != COUNT for p in parts) or not all(p.value for p in parts):
        return False
    labels = [member_label(p.label) for p in parts]
    hits = [next((k for k in _UNIT_KINDS if k in label), None) for label in labels]
    return all(hits) and len(set(hits)) == len(hits)
