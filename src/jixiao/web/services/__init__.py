"""Web services: the logic behind the views (storage, workflow, evaluation, exports)."""
