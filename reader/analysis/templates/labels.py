"""Quotes that label something in the speaker's own words.

"Costin blasted the government as "a family business with an army
attached"", "He dismissed the response as "a well-worn script"": a verb of
judging, its object, "as", then the quote. The quoted words are the
speaker's, cued by the verb, though the verb reports no clause (many of
these verbs are no reporting verbs at all: "slammed the door" says nothing).
"describe" and "call" are left to reported speech, which reads them as
mixed speech with their object.
"""

from __future__ import annotations

from reader.analysis.lexicon import words
from reader.analysis.templates.cues import Found, subject_of
from reader.analysis.templates.participles import main_subject
from reader.analysis.text.finite import FINITE_WORDS
from reader.analysis.text.quotes import Quote
from reader.analysis.text.segments import Segments
from reader.analysis.text.tokens import tokens

#: Verbs that judge something "as" a quoted label, in their finite and -ing forms.
LABEL_VERBS = words(
    # Only forms that are no nouns: "the brand", "a blast", "his praise" are not cues.
    """
    blasted blasting slammed slamming hailed hailing praised praising
    branded branding labelled labeled labelling labeling
    denounce denounces denounced denouncing ridicule ridicules ridiculed ridiculing
    deride derides derided deriding condemn condemns condemned condemning
    mocked mocking lambast lambasts lambasted lambasting
    criticise criticises criticised criticising criticize criticizes criticized criticizing
    dismiss dismisses dismissed dismissing welcomed welcoming
    decry decries decried decrying dubbed dubbing
    """
)


def _verb_follows(text: str, q: Quote) -> bool:
    """'slammed the door as "nobody" walked in': "as" opened a clause, and the
    quote is its subject, not a label."""
    after = tokens(text, q.close + 1, min(len(text), q.close + 40))
    first = after[0] if after else None
    return (
        first is not None
        and first.text.islower()
        and (first.low in FINITE_WORDS or first.low.endswith("ed"))
    )


#: How many words the object between the verb and "as" may have.
_OBJECT_WORDS = 10


def label_quote(text: str, seg: Segments, q: Quote) -> Found | None:
    """`X blasted Y as "..."`: the quote is X's words, cued by the verb."""
    if not q.closed or text[max(0, q.open - 8) : q.open].split()[-1:] != ["as"]:
        return None  # most quotes: no "as" before them, nothing to read
    s_lo = seg.sentence_of(q.open)[0]
    toks = tokens(text, max(s_lo, q.open - 160), q.open)
    if len(toks) < 3 or toks[-1].low != "as" or _verb_follows(text, q):
        return None
    for k in range(len(toks) - 2, max(-1, len(toks) - 3 - _OBJECT_WORDS), -1):
        t = toks[k]
        if t.text in '.;:!?"“”':
            return None
        if t.low not in LABEL_VERBS or not t.text.islower():
            continue
        subject = subject_of(text, s_lo, t.start)
        if subject is None and t.low.endswith("ing") and k > 0 and toks[k - 1].text == ",":
            # "..., blasting the plan as "...": the subject of the main verb.
            subject = main_subject(text, s_lo, toks[k - 1].start)
        if subject is None:
            return None
        return Found(q.start, q.end, "direct", (t.start, t.end), subject, "label-as-quote")
    return None
