"""Cross-check of a report against its 自评表 or the evaluated submission."""
