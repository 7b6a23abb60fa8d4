"""Storage: organisations, users' roles, year settings, submissions and their history.

A submission is stored as its validated document (``Submission.model_dump(mode="json")``)
with a version number for optimistic concurrency. ``summary`` is a cache of the
evaluation's headline figures, rewritten on every save for the dashboard; the
evaluation itself is always recomputed from ``document``. The figures the dashboard
shows are also copied from ``summary`` into their own columns on every ``save()``, so
the dashboard of thousands of units reads small indexed rows, never the documents.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from jixiao.core.framework import FrameworkError
from jixiao.frameworks import load_pair

#: Summary figures kept in their own columns (see SubmissionRecord.copy_summary).
SUMMARY_COLUMNS = ("total_score", "grade", "execution_rate", "adjustment_rate", "carryover_rate")
#: The figure columns hold up to 18 digits before the point; a rate beyond that (an
#: amount typed in 元 over a budget of 0.5 万元) stays in ``summary`` and the column is empty.
COLUMN_LIMIT = Decimal(10) ** 18


def _column_figure(value: object) -> Decimal | None:
    if value in (None, ""):
        return None
    figure = Decimal(str(value))
    return figure if figure.is_finite() and abs(figure) < COLUMN_LIMIT else None


class Role(models.TextChoices):
    """The four fixed roles; permissions.can() decides what each may do."""

    UNIT = "unit", "单位填报人"
    DEPARTMENT = "department", "主管部门审核人"
    BUREAU = "bureau", "财政局审核人"
    ADMIN = "admin", "管理员"


class Status(models.TextChoices):
    """Where a submission is in the review workflow."""

    DRAFT = "draft", "草稿"
    SUBMITTED = "submitted", "待审核"
    RETURNED = "returned", "已退回"
    APPROVED = "approved", "已通过"


class Bureau(models.Model):
    """A finance bureau (财政局): the top of the organisation tree."""

    name = models.CharField("名称", max_length=200, unique=True)
    working_year = models.PositiveIntegerField(
        "当前工作年度",
        null=True,
        blank=True,
        help_text="汇总看板和审核队列默认打开的年度；不填时取已开放填报的最近年度。",
    )

    class Meta:
        verbose_name = verbose_name_plural = "财政局"

    def __str__(self) -> str:
        return self.name


class Department(models.Model):
    """A 主管部门 under a bureau; its units report through it."""

    bureau = models.ForeignKey(
        Bureau, models.CASCADE, related_name="departments", verbose_name="财政局"
    )
    name = models.CharField("名称", max_length=200)

    class Meta:
        verbose_name = verbose_name_plural = "主管部门"
        unique_together = (("bureau", "name"),)

    def __str__(self) -> str:
        return self.name


class Unit(models.Model):
    """A budget unit (预算单位) that fills a submission each year."""

    department = models.ForeignKey(
        Department, models.CASCADE, related_name="units", verbose_name="主管部门"
    )
    name = models.CharField("名称", max_length=200)
    code = models.CharField("单位编码", max_length=50, blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "预算单位"
        unique_together = (("department", "name"),)

    def __str__(self) -> str:
        return self.name


class Profile(models.Model):
    """A user's role and the organisation it applies to."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, models.CASCADE, related_name="profile")
    role = models.CharField("角色", max_length=20, choices=Role.choices)
    unit = models.ForeignKey(Unit, models.CASCADE, null=True, blank=True, verbose_name="所属单位")
    department = models.ForeignKey(
        Department, models.CASCADE, null=True, blank=True, verbose_name="主管部门"
    )
    bureau = models.ForeignKey(Bureau, models.CASCADE, null=True, blank=True, verbose_name="财政局")

    class Meta:
        verbose_name = verbose_name_plural = "用户角色"

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()}"


def validate_framework(value: str) -> None:
    """A year's framework must load (a shipped id or a bureau's own YAML file) and be one
    for the 部门整体 evaluation; otherwise every page of that year would fail."""
    if Path(value).suffix in {".yaml", ".yml"} and not Path(value).is_absolute():
        raise ValidationError(
            "本局指标体系文件请填写完整路径（以 / 开头），以免随启动目录不同而找不到。"
        )
    try:
        framework, _project = load_pair(value)
    except FrameworkError as error:
        raise ValidationError(str(error)) from None
    except (OSError, ValueError):
        raise ValidationError(f"无法读取指标体系“{value[:40]}”，请检查标识或文件路径。") from None
    if framework.kind != "department":
        raise ValidationError(f"“{value}”是项目支出指标体系，年度设置应选用部门整体支出指标体系。")


class YearSetting(models.Model):
    """The framework and deadline a bureau sets for one evaluation year."""

    bureau = models.ForeignKey(Bureau, models.CASCADE, related_name="years", verbose_name="财政局")
    year = models.PositiveIntegerField("评价年度")
    framework = models.CharField(
        "指标体系",
        max_length=200,
        default="bumen-zhengti",
        validators=[validate_framework],
        help_text=(
            "内置指标体系的标识（如 bumen-zhengti、bumen-2013），或本局指标体系 YAML 文件的路径。"
        ),
    )
    deadline = models.DateField("截止日期", null=True, blank=True)
    open = models.BooleanField(
        "开放填报",
        default=True,
        help_text="只有开放填报的年度，单位才能新建填报；已有的填报不受影响。",
    )

    class Meta:
        verbose_name = verbose_name_plural = "年度设置"
        unique_together = (("bureau", "year"),)

    def __str__(self) -> str:
        return f"{self.bureau} {self.year}"


class SubmissionRecord(models.Model):
    """One unit's submission for one year."""

    unit = models.ForeignKey(Unit, models.CASCADE, related_name="submissions", verbose_name="单位")
    year = models.PositiveIntegerField("评价年度")
    framework = models.CharField("指标体系", max_length=200, default="bumen-zhengti")
    status = models.CharField("状态", max_length=20, choices=Status.choices, default=Status.DRAFT)
    forwarded = models.BooleanField("主管部门已审核转报", default=False)
    document = models.JSONField("填报内容", default=dict)
    version = models.PositiveIntegerField("版本", default=1)
    summary = models.JSONField("评价摘要（缓存）", default=dict)
    total_score = models.DecimalField("总分", max_digits=20, decimal_places=2, null=True)
    grade = models.CharField("等级", max_length=20, blank=True, default="")
    execution_rate = models.DecimalField(
        "预算执行率(%)", max_digits=20, decimal_places=2, null=True
    )
    adjustment_rate = models.DecimalField(
        "预算调整率(%)", max_digits=20, decimal_places=2, null=True
    )
    carryover_rate = models.DecimalField(
        "结转结余率(%)", max_digits=20, decimal_places=2, null=True
    )
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    class Meta:
        verbose_name = verbose_name_plural = "填报"
        unique_together = (("unit", "year"),)
        indexes = (
            models.Index(fields=["year", "status"]),
            # Covers the dashboard's query (SQLite keeps large documents in overflow
            # pages that a table scan would have to walk to reach later columns).
            models.Index(
                fields=["year", "unit", "status", *SUMMARY_COLUMNS], name="submission_board_idx"
            ),
        )

    def __str__(self) -> str:
        return f"{self.unit} {self.year}"

    def copy_summary(self) -> None:
        """Set the figure columns from ``summary`` (``bulk_create`` callers call this)."""
        summary = self.summary or {}
        for name in SUMMARY_COLUMNS:
            value = summary.get(name)
            if name == "grade":
                self.grade = str(value or "")
            else:
                setattr(self, name, _column_figure(value))

    def save(self, *args: Any, **kwargs: Any) -> None:
        """Save, keeping the figure columns equal to ``summary``."""
        self.copy_summary()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "summary" in update_fields:
            kwargs["update_fields"] = [*update_fields, *SUMMARY_COLUMNS]
        super().save(*args, **kwargs)


class FieldChange(models.Model):
    """One field changed by one save: who, when, field path, old → new."""

    submission = models.ForeignKey(SubmissionRecord, models.CASCADE, related_name="changes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True)
    at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField()
    path = models.CharField(max_length=300)
    old = models.TextField(blank=True)
    new = models.TextField(blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "修改记录"
        ordering = (
            "-at",
            "-id",
        )


class StatusChange(models.Model):
    """A workflow step: submitted, returned (with reasons), forwarded, approved."""

    submission = models.ForeignKey(SubmissionRecord, models.CASCADE, related_name="transitions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True)
    at = models.DateTimeField(auto_now_add=True)
    old = models.CharField(max_length=20, choices=Status.choices)
    new = models.CharField(max_length=20, choices=Status.choices)
    reason = models.TextField(blank=True)

    class Meta:
        verbose_name = verbose_name_plural = "状态变更"
        ordering = (
            "-at",
            "-id",
        )


class Comment(models.Model):
    """A reviewer's remark on an indicator code, a section key or a field path."""

    submission = models.ForeignKey(SubmissionRecord, models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, models.SET_NULL, null=True)
    at = models.DateTimeField(auto_now_add=True)
    target = models.CharField("针对", max_length=300)
    text = models.TextField("意见")

    class Meta:
        verbose_name = verbose_name_plural = "审核意见"
        ordering = (
            "at",
            "id",
        )


class LoginFailure(models.Model):
    """A failed login, counted per user name and IP address for throttling."""

    username = models.CharField(max_length=150)
    ip = models.CharField(max_length=64)
    at = models.DateTimeField(auto_now_add=True, db_index=True)


class JobState(models.TextChoices):
    """Where a long job is: queued, being run by a worker, done or failed."""

    QUEUED = "queued", "排队中"
    RUNNING = "running", "处理中"
    DONE = "done", "已完成"
    FAILED = "failed", "失败"


class Job(models.Model):
    """A long piece of work (a folder of documents to review, a PDF) run by a worker.

    Its files live in ``<data dir>/jobs/<id>/`` (shared storage when there are several
    machines). ``completions`` counts how often it was finished: the queue may run a job
    twice when a worker dies mid-job, the job itself is only ever finished once.
    """

    id = models.UUIDField(primary_key=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="jobs"
    )
    kind = models.CharField("类别", max_length=20)
    title = models.CharField("名称", max_length=200)
    state = models.CharField(
        "状态", max_length=10, choices=JobState.choices, default=JobState.QUEUED
    )
    done = models.PositiveIntegerField("已完成", default=0)
    total = models.PositiveIntegerField("总数", default=0)
    message = models.TextField("说明", blank=True)
    result_name = models.CharField("结果文件名", max_length=200, blank=True)
    record = models.ForeignKey(
        SubmissionRecord, on_delete=models.CASCADE, null=True, blank=True, related_name="jobs"
    )
    version = models.PositiveIntegerField("填报版本", default=0)
    attempts = models.PositiveIntegerField("运行次数", default=0)
    completions = models.PositiveIntegerField("完成次数", default=0)
    created_at = models.DateTimeField("提交时间", auto_now_add=True)
    finished_at = models.DateTimeField("完成时间", null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)
        indexes = (models.Index(fields=("owner", "-created_at")),)

    def __str__(self) -> str:
        return f"{self.title}（{self.get_state_display()}）"


class WorkerBeat(models.Model):
    """A worker's last sign of life: a job held by a worker silent for too long is
    put back in the queue by any other worker."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    seen_at = models.DateTimeField()
