"""How the pages look in a real browser at 1366×768 and 1920×1080.

Every main page is opened with realistic data and saved as a full-page screenshot in
``tests/web/artifacts/look/<page>-<width>.png`` (for people to look at; ``-screen.png``
is the first screenful, ``<page>-print.pdf`` the printed page). The test fails when a
page scrolls sideways, when the score panel is not beside the fill form, when the
dashboard's table header scrolls away, when a printed page shows the navigation, forms or
buttons or a table wider than A4 landscape, or when a page breaks its
Content-Security-Policy.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING
from typing import Any

import pytest
from tests.web.test_browser import ARGS
from tests.web.test_browser import CHROMIUM
from tests.web.test_browser import _login
from tests.web.test_browser import review_documents

from jixiao.web.models import Department
from jixiao.web.models import Status
from jixiao.web.models import SubmissionRecord
from jixiao.web.models import Unit
from jixiao.web.services import workflow
from jixiao.web.services.submissions import save_document

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import FloatRect
    from playwright.sync_api import Locator
    from playwright.sync_api import Page

LOOK = Path(__file__).parent / "artifacts" / "look"
SIZES = {1366: 768, 1920: 1080}
A4_LANDSCAPE = 1047  # 277 mm of print width (A4 landscape less 10 mm margins) in CSS px
EDIT_TABS = ("info", "sheet1", "targets", "projects", "narrative")

pytestmark = [
    pytest.mark.skipif(not CHROMIUM.exists(), reason="需要 /usr/bin/chromium"),
    pytest.mark.django_db(transaction=True),
]

LAST_YEAR = {
    "total_score": "80.00",
    "grade": "良",
    "execution_rate": "85.50",
    "adjustment_rate": "20.00",
    "carryover_rate": "12.00",
}
STATUSES = [Status.APPROVED, Status.SUBMITTED, Status.RETURNED, Status.DRAFT]


@pytest.fixture
def look(request: pytest.FixtureRequest) -> Iterator[tuple[Page, list[str]]]:
    """A headless page at the requested viewport width, and the CSP refusals it logged."""
    sync_api = pytest.importorskip("playwright.sync_api")
    width: int = request.param
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=ARGS
        )
        page = browser.new_page(locale="zh-CN", viewport={"width": width, "height": SIZES[width]})
        page.set_default_timeout(15000)
        refused: list[str] = []
        page.on(
            "console",
            lambda m: refused.append(m.text) if "Content Security Policy" in m.text else None,
        )
        try:
            yield page, refused
        finally:
            browser.close()


def _projects() -> list[dict[str, Any]]:
    """Two projects with indicators, one of them missing its target on purpose."""
    road = [
        ("产出指标", "数量指标", "养护里程", "公里", "50", "40", "汛期影响施工", "合理安排工期"),
        ("产出指标", "质量指标", "路面优良率", "%", "85", "88", "", ""),
        ("效益指标", "社会效益指标", "通行时间缩短", "分钟", "10", "12", "", ""),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "%", "90", "95", "", ""),
    ]
    return [
        {
            "name": "农村公路养护项目",
            "initial": "100",
            "adjusted": "120",
            "executed": "108",
            "goal": "完成全县农村公路日常养护，保障群众安全出行",
            "indicators": [
                dict(
                    zip(
                        ("level1", "level2", "name", "unit", "target", "actual", "cause"),
                        row[:7],
                        strict=True,
                    ),
                    comparison=">=",
                    measure=row[7],
                )
                for row in road
            ],
        },
        {"name": "河道保洁项目", "initial": "30", "adjusted": "30", "executed": "27.5"},
    ]


def _setting(org: dict[str, Any]) -> dict[str, int]:
    """Unit a returned with comments (editable), unit b waiting for review, 40 more units
    in every status, and last year's figures for the comparison."""
    users = org["users"]
    a, b = org["records"]["a"], org["records"]["b"]
    doc = copy.deepcopy(org["complete"])
    doc["unit"]["name"] = "甲单位"
    doc["projects"] = _projects()
    save_document(a.pk, users["unit_a"], doc, a.version)
    SubmissionRecord.objects.filter(pk=a.pk).update(status=Status.SUBMITTED)
    record = SubmissionRecord.objects.get(pk=a.pk)
    workflow.add_comment(record, users["dept_a"], "carryover_rate", "请说明结转结余的具体原因")
    workflow.add_comment(record, users["dept_a"], "projects", "请补充项目的满意度指标")
    workflow.return_for_revision(record, users["dept_a"], "结转结余原因不具体，请补充后再报")
    SubmissionRecord.objects.filter(pk=a.pk).update(status=record.status)

    doc_b = copy.deepcopy(org["complete"])
    doc_b["unit"]["name"] = "乙单位"
    save_document(b.pk, users["unit_b"], doc_b, b.version)
    SubmissionRecord.objects.filter(pk=b.pk).update(status=Status.SUBMITTED)

    SubmissionRecord.objects.create(
        unit=org["units"]["a"], year=2022, status=Status.APPROVED, summary=LAST_YEAR
    )
    department = Department.objects.get(name="甲主管部门")
    for n in range(40):
        name = "县农业农村局农村经济经营管理服务中心" if n == 5 else f"县第{n + 1}中心单位"
        unit = Unit.objects.create(department=department, name=name)
        if n % 9 == 8:
            continue  # 未填报
        for year in (2023, 2022):
            later = year == 2023
            figures = {
                **LAST_YEAR,
                "total_score": f"{60 + (n * 7 + (3 if later else 0)) % 40}.50",
                "execution_rate": f"{70 + (n * 3 + (0 if later else 5)) % 30}.25",
            }
            status = STATUSES[n % 4] if year == 2023 else Status.APPROVED
            SubmissionRecord.objects.create(unit=unit, year=year, status=status, summary=figures)
    return {"a": a.pk, "b": b.pk}


def _box(locator: Locator) -> FloatRect:
    box = locator.bounding_box()
    assert box is not None, locator
    return box


def _shoot(page: Page, name: str, width: int, problems: list[str]) -> None:
    """Save what the window shows (``-screen``) and the whole page; note it when the page
    is wider than the window."""
    page.wait_for_load_state("networkidle")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    if scroll_width > width:
        problems.append(f"{name}: the page is {scroll_width}px wide in a {width}px window")
    LOOK.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(LOOK / f"{name}-{width}-screen.png"))
    # the whole page in one window as tall as the page, so that sticky parts (table
    # headers, the score panel, the save bar) rest where they belong
    height = page.evaluate("document.documentElement.scrollHeight")
    page.set_viewport_size({"width": width, "height": height})
    page.screenshot(path=str(LOOK / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": width, "height": SIZES[width]})


def _printed(page: Page, name: str, problems: list[str]) -> None:
    """The page as printed on A4 landscape: no navigation, forms or buttons, and no table
    wider than the paper; saved as a PDF."""
    page.emulate_media(media="print")
    size = page.viewport_size
    page.set_viewport_size({"width": A4_LANDSCAPE, "height": 800})
    shown = [
        css
        for css in ("header.top", "nav", "form", "button")
        if any(e.is_visible() for e in page.locator(css).all())
    ]
    if shown:
        problems.append(f"{name}: printed with {shown}")
    for table in page.locator("table.grid").all():
        right = _box(table)["x"] + _box(table)["width"]
        if right > A4_LANDSCAPE + 1:
            problems.append(f"{name}: a table is cut off on paper ({right:.0f}px)")
    page.pdf(path=str(LOOK / f"{name}-print.pdf"), prefer_css_page_size=True)
    page.emulate_media(media="screen")
    if size:
        page.set_viewport_size(size)


@pytest.mark.parametrize("look", list(SIZES), indirect=True, ids=lambda w: f"w{w}")
def test_every_page_at_both_sizes(
    look: tuple[Page, list[str]], live_server: Any, org: dict[str, Any], tmp_path: Path
) -> None:
    page, refused = look
    width = page.viewport_size["width"] if page.viewport_size else 0
    base, pk = live_server.url, _setting(org)
    problems: list[str] = []

    page.goto(f"{base}/login/")
    _shoot(page, "login", width, problems)

    _login(page, base, "unit_a")
    for tab in EDIT_TABS:
        page.goto(f"{base}/submissions/{pk['a']}/edit/{tab}/")
        _shoot(page, f"edit-{tab}", width, problems)
        form, panel = _box(page.locator("form.section-form")), _box(page.locator("#panel"))
        if panel["x"] < form["x"] + form["width"]:
            problems.append(f"edit-{tab}: the score panel is not beside the form")
        if abs(panel["y"] - form["y"]) > 80:
            problems.append(f"edit-{tab}: the score panel does not start level with the form")

    _login(page, base, "bureau")
    _shoot(page, "home", width, problems)
    page.goto(f"{base}/queue/")
    _shoot(page, "queue", width, problems)
    page.goto(f"{base}/submissions/{pk['b']}/review/")
    _shoot(page, "review", width, problems)
    side, main = _box(page.locator("aside.side")), _box(page.locator(".main-col"))
    if side["x"] < main["x"] + main["width"]:
        problems.append("review: the review actions are not beside the evaluation")
    _printed(page, "review", problems)
    page.goto(f"{base}/dashboard/compare/?year=2023")
    _shoot(page, "dashboard-compare", width, problems)
    page.goto(f"{base}/check/")
    page.set_input_files("#files", review_documents(tmp_path))
    page.get_by_role("button", name="开始复核").click()
    page.get_by_text("复核结果（2 个文件）").wait_for()
    _shoot(page, "check", width, problems)

    page.goto(f"{base}/dashboard/?year=2023")
    _shoot(page, "dashboard", width, problems)
    header = page.locator("table.grid thead th").first
    top = _box(header)["y"]
    page.evaluate("window.scrollTo(0, 900)")
    assert page.evaluate("window.scrollY") > 800
    if not 0 <= _box(header)["y"] < top:
        problems.append("dashboard: the table header scrolled out of sight")
    _printed(page, "dashboard", problems)
    page.goto(f"{base}/dashboard/compare/?year=2023")
    _printed(page, "dashboard-compare", problems)

    assert not problems, problems
    assert not refused, refused
