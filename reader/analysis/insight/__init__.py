"""Sourcing insight: how each claim is framed and relayed, and why sources go unnamed.

A pass after the claims are resolved. Per claim it reads the cue's stance,
the channel the source spoke through and the outlet the claim came via;
per unnamed source, the reason the article gives for not naming it.
`explain` (in `why`) and `balance` (in `balance`) read the finished
`Analysis` and need no pass of their own.
"""

from reader.analysis.insight.annotate import enrich

__all__ = ["enrich"]
