"""The Django app of the jixiao web site."""

from __future__ import annotations

from django.apps import AppConfig


class JixiaoWebConfig(AppConfig):
    """App config: label ``jixiao`` for tables and migrations."""

    name = "jixiao.web"
    label = "jixiao"
    verbose_name = "预算绩效自评"
    default_auto_field = "django.db.models.BigAutoField"
