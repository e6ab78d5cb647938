"""Templates: the shapes of attribution (quotes, reported speech, -ing cues, Q&A)."""
