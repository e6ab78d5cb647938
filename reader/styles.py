"""The citation styles, named apart from `reader.citation` so `--help` can list them cheaply."""

STYLES = ("plain", "markdown", "apa", "mla", "chicago", "bibtex", "csl-json")
DEFAULT_STYLE = "plain"
