"""Phrases: the speaker phrase near a cue and what it names."""
