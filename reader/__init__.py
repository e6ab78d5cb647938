"""newsreader: a terminal reader for news articles that shows who says what."""

__version__ = "0.1.0"
