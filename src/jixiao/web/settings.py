"""Django settings for the jixiao web site; every option comes from services.config."""

from __future__ import annotations

from pathlib import Path

import django_stubs_ext
from csp.constants import NONE
from csp.constants import SELF

from jixiao.web.services.config import TASK_BACKENDS
from jixiao.web.services.config import database_settings
from jixiao.web.services.config import read_config
from jixiao.web.services.config import secret_key

django_stubs_ext.monkeypatch()  # generic admin/querysets at run time, as the types say

CONFIG = read_config()
CONFIG.data_dir.mkdir(parents=True, exist_ok=True)
WEB_DIR = Path(__file__).resolve().parent

SECRET_KEY = secret_key(CONFIG)
DEBUG = CONFIG.debug
ALLOWED_HOSTS = CONFIG.allowed_hosts

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "jixiao.web.apps.JixiaoWebConfig",
]

#: Long jobs (folder 复核, PDF) go through Django's Tasks framework (the django-tasks
#: backport) into the database; workers anywhere take them (jixiao worker).
TASKS = {"default": {"BACKEND": TASK_BACKENDS[CONFIG.tasks]}}

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "jixiao.web.headers.NoStoreMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "jixiao.web.errors.ErrorMiddleware",
]

ROOT_URLCONF = "jixiao.web.urls"
WSGI_APPLICATION = "jixiao.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "jixiao.web.context.navigation",
            ],
        },
    },
]

DATABASES = {"default": database_settings(CONFIG.database_url, CONFIG.data_dir)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
DEFAULT_CHARSET = "utf-8"

STATIC_URL = "static/"
STATIC_ROOT = CONFIG.data_dir / "static"
STATIC_ROOT.mkdir(exist_ok=True)
# WhiteNoise serves the packaged static files (htmx, the stylesheet, the admin's) straight
# from the apps, so no collectstatic step is needed and any WSGI server works.
WHITENOISE_USE_FINDERS = True
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

DATA_UPLOAD_MAX_MEMORY_SIZE = CONFIG.upload_max_bytes + 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = CONFIG.upload_max_bytes
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # htmx reads the token from the page, not the cookie
X_FRAME_OPTIONS = "DENY"

# A shared office PC: the session ends when the browser closes, and after a working day.
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_AGE = CONFIG.session_seconds
SESSION_COOKIE_SAMESITE = CSRF_COOKIE_SAMESITE = "Lax"
# Served over HTTPS (JIXIAO_HTTPS=1, see docs/web.md): cookies only over HTTPS, HSTS,
# and plain HTTP redirected. Behind a proxy that ends TLS, it must set X-Forwarded-Proto.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = CONFIG.https
SECURE_HSTS_SECONDS = 365 * 24 * 3600 if CONFIG.https else 0
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if CONFIG.https else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Scripts, styles and images from this site only; no inline script (htmx is vendored).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
