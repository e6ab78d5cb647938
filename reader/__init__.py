"""newsreader: a terminal reader for news articles that shows who says what."""

#: The one place the version is written (pyproject.toml reads it from here).
__version__ = "0.1.0"
