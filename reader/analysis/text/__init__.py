"""Text: paragraphs and sentences, quote marks, tokens and clause tests."""
