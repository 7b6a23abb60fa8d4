"""URL map of the web site."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from jixiao.web.views import auth
from jixiao.web.views import dashboard
from jixiao.web.views import documents
from jixiao.web.views import review
from jixiao.web.views import units

urlpatterns = [
    path("", auth.home, name="home"),
    path("login/", auth.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("units/<int:unit_id>/years/<int:year>/create/", units.create, name="create"),
    path("submissions/<int:pk>/edit/<str:key>/", units.edit, name="edit"),
    path("submissions/<int:pk>/preview/<str:key>/", units.preview, name="preview"),
    path("submissions/<int:pk>/upload/", units.upload, name="upload"),
    path("submissions/<int:pk>/upload/confirm/", units.upload_confirm, name="upload-confirm"),
    path("submissions/<int:pk>/submit/", units.submit, name="submit"),
    path("submissions/<int:pk>/download/<str:kind>/", units.download, name="download"),
    path("submissions/<int:pk>/history/", units.history, name="history"),
    path("submissions/<int:pk>/review/", review.review, name="review"),
    path("submissions/<int:pk>/comment/", review.comment, name="comment"),
    path("submissions/<int:pk>/decide/<str:action>/", review.decide, name="decide"),
    path("queue/", review.queue, name="queue"),
    path("check/", documents.check, name="check"),
    path("jobs/<uuid:job_id>/", documents.job, name="job"),
    path("jobs/<uuid:job_id>/result/", documents.job_result, name="job-result"),
    path("dashboard/", dashboard.board, name="dashboard"),
    path("dashboard/export/", dashboard.export, name="dashboard-export"),
    path("dashboard/compare/", dashboard.compare, name="dashboard-compare"),
    path("admin/", admin.site.urls),
]
