"""The text of a document: character forms, structure, kind, figures and sentences."""
