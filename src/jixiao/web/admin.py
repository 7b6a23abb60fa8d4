"""Django admin: the 管理员 manages bureaus, departments, units, users' roles and years."""

from __future__ import annotations

from django.contrib import admin

from jixiao.web import models

admin.site.site_header = "预算绩效自评 · 系统管理"
admin.site.site_title = "预算绩效自评"


@admin.register(models.Bureau)
class BureauAdmin(admin.ModelAdmin[models.Bureau]):
    """Bureaus."""

    list_display = ("name", "working_year")
    search_fields = ("name",)


@admin.register(models.Department)
class DepartmentAdmin(admin.ModelAdmin[models.Department]):
    """主管部门."""

    list_display = ("name", "bureau")
    list_display = ("name", "working_year")
    search_fields = ("name",)


@admin.register(models.Unit)
class UnitAdmin(admin.ModelAdmin[models.Unit]):
    """Budget units."""

    list_display = ("name", "code", "department")
    list_filter = ("department",)
    search_fields = ("name", "code")


@admin.register(models.Profile)
class ProfileAdmin(admin.ModelAdmin[models.Profile]):
    """Users' roles."""

    list_display = ("user", "role", "unit", "department", "bureau")
    list_filter = ("role",)


@admin.register(models.YearSetting)
class YearSettingAdmin(admin.ModelAdmin[models.YearSetting]):
    """Framework and deadline per year."""

    list_display = ("bureau", "year", "framework", "deadline", "open")


@admin.register(models.SubmissionRecord)
class SubmissionAdmin(admin.ModelAdmin[models.SubmissionRecord]):
    """Submissions (read-mostly; edit through the site to keep the history)."""

    list_display = ("unit", "year", "status", "version", "updated_at")
    list_filter = ("year", "status")
    readonly_fields = ("document", "version", "summary")
