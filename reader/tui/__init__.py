"""The terminal reader: the Textual app, its widgets, screens, commands and themes.

The core (loading, analysis, citations, export) never imports this package;
the contracts in pyproject.toml hold that."""
