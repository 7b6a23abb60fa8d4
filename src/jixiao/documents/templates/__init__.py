"""The report template (report.docx) and the script that generates it."""
