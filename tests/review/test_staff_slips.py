"""Staff counts with one figure typed wrong (shapes of township and bureau reports; figures
our own): a list opening with a body's 在职 count that takes in those retired, and two counts
whose gap two swapped digits of one of them close."""

from __future__ import annotations

from review_support import codes_of
from review_support import stated_recomputed

HEAD = "2022年度部门整体支出绩效自评报告\n一、基本情况\n"


def test_a_list_opening_with_a_body_s_in_post_count_holds_the_retired() -> None:
    text = HEAD + (
        "现有编制人员{total}人。其中，局机关在职96人、离休3人、退休48人、"
        "会计服务中心12人，国库支付中心6人。\n"
    )
    assert "sum-short" not in codes_of(text.format(total="165"))
    assert stated_recomputed(text.format(total="156"), "sum-mismatch") == [("156人", "165人")]
    assert stated_recomputed(text.format(total="174"), "sum-short") == [("174人", "165人")]


def test_two_counts_short_by_a_swap_of_two_digits() -> None:
    text = HEAD + (
        "核定编制共95人，年末实有在职人员{total}人，其中执行公务员津补贴人员37人，"
        "执行绩效工资人员{part}人，未超编。\n"
    )
    assert "sum-short" not in codes_of(text.format(total="91", part="54"))
    assert stated_recomputed(text.format(total="91", part="45"), "sum-short") == [("91人", "82人")]
    # a gap no swap of one figure's digits closes: the list may leave people out
    assert "sum-short" not in codes_of(text.format(total="91", part="46"))


def test_a_count_list_whose_first_parts_make_the_total_by_chance() -> None:
    text = HEAD + (
        "核定人员编制80人，实际正式教职工{total}人，其中副高级职称5人，中级职称{mid}人，"
        "初级职称20人，管理人员4人，技师2人，高级工3人，中级工1人，退休职工30人。\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="66", mid="31"))
    # 5 + 32 + 20 + 4 + 2 + 3 = 66: the first six make the total, but 中级工 stands in the
    # same list, after a comma
    assert stated_recomputed(text.format(total="66", mid="32"), "sum-mismatch") == [
        ("66人", "67人")
    ]


def test_bodies_closed_by_what_they_make_up() -> None:
    text = HEAD + (
        "本单位共有{total}个机构单位，其中4个行政部门（人大、政府、党委和纪委）和6个事业单位"
        "（农业服务中心、文化服务中心、社会保障服务所、综合行政执法大队、村镇建设服务中心及"
        "退役军人服务站）组成。\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="10"))
    assert stated_recomputed(text.format(total="12"), "sum-mismatch") == [("12个", "10个")]
    # 等 says bodies are left out
    loose = text.format(total="12").replace("）组成", "）等组成")
    assert "sum-mismatch" not in codes_of(loose)


def test_a_count_of_companies_inside_a_part_s_name() -> None:
    text = HEAD + (
        "区城管执法局现有人员1640人，其中局本级150人（在职在编110人、退休人员6人、协管员34人），"
        "环卫处{total}人（在职在编120人、退休人员130人、临聘人员240人、3个市场化公司聘用人员"
        "1000人）。\n"
    )
    assert "sum-mismatch" not in codes_of(text.format(total="1490"))
    assert stated_recomputed(text.format(total="1409"), "sum-mismatch") == [("1409人", "1490人")]


def test_two_units_joined_by_he_after_their_count() -> None:
    text = HEAD + "内设副科级事业单位{n}个，会计服务中心和县政府采购中心。下设办公室等9个股室。\n"
    assert "list-count-mismatch" not in codes_of(text.format(n="2"))
    assert stated_recomputed(text.format(n="3"), "list-count-mismatch") == [("3", "2")]


def test_a_bracket_with_no_figure_after_a_count() -> None:
    text = HEAD + "本单位共有人员15人（详见附表），其中在职12人，退休3人。\n"
    assert "check-failed" not in codes_of(text)


def test_a_prefix_naming_a_known_whole_leaves_the_rest_beside_it() -> None:
    # 行政编制 + 事业编制 + 工勤 make the 50; the 3 退役军人 are among them
    text = HEAD + "实有人员50人，其中行政编制30人，事业编制15人，工勤人员5人，退役军人3人。\n"
    assert "sum-mismatch" not in codes_of(text)


def test_post_counts_that_make_the_total_with_a_grade_count_after_them() -> None:
    # 专业技术 + 管理 + 工勤 make the 120; the 25 with a senior title are among them
    text = HEAD + (
        "在职职工120人，其中专业技术人员80人，管理人员30人，工勤技能人员10人，"
        "具有高级职称人员25人。\n"
    )
    assert "sum-mismatch" not in codes_of(text)


def test_staff_paid_in_full_by_their_two_kinds_of_post() -> None:
    # a bureau's staff are its 行政编制 and its 工勤 posts; a 参公 unit's, 事业编制 and 工勤
    text = HEAD + (
        "财政全额供给人员{bureau}人（其中全额供给行政编制人员22人，行政工勤人员3人）；"
        "下属单位财政全额供给{unit}人（其中，全额供给参公管理事业编制人员32人，"
        "全额供给参公管理工勤人员11人）。\n"
    )
    assert stated_recomputed(text.format(bureau="25", unit="43"), "sum-mismatch") == []
    found = stated_recomputed(text.format(bureau="26", unit="34"), "sum-mismatch")
    assert found == [("26人", "25人"), ("34人", "43人")]


def test_staff_by_body_each_broken_down_in_brackets() -> None:
    # the retired inside a body's own brackets neither end the list of bodies nor join it
    text = HEAD + (
        "区城管执法局现有人员{total}人，其中局本级241人（在职在编193人、退休人员8人、"
        "协管员40人），环卫处1662人（在职在编132人、退休人员148人、临聘人员227人、"
        "市场化公司聘用人员1155人）。\n"
    )
    assert stated_recomputed(text.format(total="1903"), "sum-mismatch") == []
    found = stated_recomputed(text.format(total="1849"), "sum-mismatch")
    assert found == [("1849人", "1903人")]


def test_staff_by_how_they_are_paid_make_the_whole() -> None:
    text = HEAD + "年末在职实有人数{total}人，其中：全额拨款人员10人，自收自支事业人员23人。\n"
    assert stated_recomputed(text.format(total="33"), "sum-mismatch") == []
    assert stated_recomputed(text.format(total="35"), "sum-mismatch") == [("35人", "33人")]
