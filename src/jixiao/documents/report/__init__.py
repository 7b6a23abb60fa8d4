"""The 自评报告 jixiao writes: the ``context`` a template fills (from ``summary``,
``indicators`` and ``tables``), and the ``writer`` that renders the .docx."""
