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
from reader.analysis.templates.cues import Found, lemma, subject_of, verbs_in
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
    characterize characterizes characterized characterizing
    characterise characterises characterised characterising
    portray portrays portrayed portraying depict depicts depicted depicting
    refer refers referred referring painted painting
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


#: Verbs that name a thing right before the quoted name ("what she called "...").
NAMING_VERBS = words("call calls called dub dubs dubbed term terms termed")
#: Verbs that name a thing with "as" before the quoted name ("whom he described as "...").
NAMING_AS_VERBS = words(
    "describe describes described characterize characterizes characterized"
    " characterise characterises characterised"
)
#: Relative words that open the clause holding the naming verb.
_RELATIVES = frozenset({"what", "that", "which", "whom"})


def _inside_report(text: str, s_lo: int, at: int) -> bool:
    """'she said that Berg had portrayed her as "a saboteur"': a verb of speech
    earlier in the sentence reports a clause that holds the label, and that
    clause is the claim."""
    return any(
        m.group().islower()
        and (" that " in text[m.end() : m.end() + 10] or lemma(m.group()) in ("say", "tell"))
        for m in verbs_in(text, s_lo, at)
    )


def label_quote(text: str, seg: Segments, q: Quote) -> Found | None:
    """A quoted label: `X blasted Y as "..."` or `in what X called "..."`."""
    return _relative_label(text, seg, q) or _as_label(text, seg, q)


def _relative_label(text: str, seg: Segments, q: Quote) -> Found | None:
    """`in what Ann Lind called "the herring war"`, `a toll that skippers called
    "daylight piracy"`, `whom one deckhand described as "her anchor"`: the quoted
    name in a relative clause is the words of the clause's subject, not of the
    main one."""
    if not q.closed:
        return None
    s_lo = seg.sentence_of(q.open)[0]
    toks = tokens(text, max(s_lo, q.open - 160), q.open)
    k = len(toks) - 1
    while k >= 0 and len(toks) - k <= 2 and toks[k].low in ("a", "an", "the"):
        k -= 1  # 'what she described as a "floating wreck"'
    if k >= 1 and toks[k].low == "as" and toks[k - 1].low in NAMING_AS_VERBS:
        k -= 1
    elif k < 0 or toks[k].low not in NAMING_VERBS:
        return None
    verb = toks[k]
    if not verb.text.islower():
        return None
    subject = subject_of(text, s_lo, verb.start)
    if subject is None or (subject.kind == "pronoun" and subject.core in ("it", "that")):
        return None
    before = [t for t in toks[:k] if t.end <= subject.start]
    if not before or before[-1].low not in _RELATIVES:
        return None
    s_hi = seg.sentence_of(q.open)[1]
    if any(
        m.group().islower()
        for m in verbs_in(text, s_lo, before[-1].start) + verbs_in(text, q.close, s_hi)
    ):
        # 'she said the pier was, in what she called "...", ...' or '..., the council
        # said': a reported clause holds the quote, and the clause is the claim.
        return None
    return Found(q.start, q.end, "direct", (verb.start, verb.end), subject, "relative-label")


def _as_label(text: str, seg: Segments, q: Quote) -> Found | None:
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
        if subject is None or _inside_report(text, s_lo, subject.start):
            return None
        return Found(q.start, q.end, "direct", (t.start, t.end), subject, "label-as-quote")
    return None
