"""Figures: who a phrase is (the registry, aliases, back-references, mentions)."""
