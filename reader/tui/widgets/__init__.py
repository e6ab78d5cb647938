"""Widgets of the reader: the article view, the figures panel and the lines around them."""
