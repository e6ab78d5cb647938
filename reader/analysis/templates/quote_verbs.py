"""Verbs that attribute a quote only right after it: `"Sit down," the mayor barked.`

News varies the verb after a quote far more than anywhere else ("she mused",
"he barked", "Berg pressed", "the dockers yelled back"). These verbs
report nothing elsewhere ("pressed the button", "remembered the day"), so
they are not in the lexicon's reporting verbs; here they count only when
they follow a quote that cannot stand as a sentence (it ends in a comma, a
question or an exclamation mark), with the speaker between them or after.
"""

from __future__ import annotations

from reader.analysis.lexicon import words
from reader.analysis.phrases.classify import Phrase
from reader.analysis.templates.cues import phrase_after, subject_of
from reader.analysis.templates.described import described_after, described_before
from reader.analysis.text.tokens import Tok

#: Verb forms that attribute the quote before them.
QUOTE_VERBS = words(
    """
    barked beamed mused muses riffed surmised pressed wondered wonders confessed
    reacted remembered screamed yelled laughed sighed snapped fumed gushed
    cracked deadpanned marveled marvelled scoffed chimed interjected
    interrupted shrugged teased chuckled grumbled groused pleaded charged
    retaliated demurred shrieked hollered opined exhorted ventured gloated
    bragged taunted griped vented ranted roared thundered
    """
)
#: Words after the cue that go on with the sentence, not with an object:
#: '"...," Aune charged in her opening question'.
_GOES_ON = words("on in at during after before as while when from to about of with and but")
#: Words that may follow such a verb in its cue: "screamed back", "chimed in".
_PARTICLES = frozenset({("back", v) for v in ("screamed", "yelled", "snapped", "fired")}) | {
    ("in", "chimed")
}
#: Verbs that attribute a quote only with their particle: "shot back", "went on".
_WITH_PARTICLE = {"shot": "back", "went": "on", "cried": "out"}
#: Marks that end a quote that cannot stand as a sentence.
_OPEN_ENDS = (",", "?", "!", "—", "–")
#: How many words may stand between the quote and its verb.
_MAX_SUBJECT_WORDS = 7


def quote_verb(
    text: str, content: str, toks: list[Tok], hi: int
) -> tuple[tuple[int, int], Phrase] | None:
    """The cue span and speaker after a quote whose `content` is given, read from
    `toks` (the words after its closing mark), or None."""
    if not content.rstrip().endswith(_OPEN_ENDS) or not toks:
        return None
    first = toks[0]
    if first.low in QUOTE_VERBS and first.text.islower():
        # '"...!" beamed Tom Vikander of Lund': the speaker follows.
        ph = phrase_after(text, first.end + 1, hi) or described_after(text, toks[1:])
        return ((first.start, first.end), ph) if ph is not None else None
    for k in range(1, min(len(toks), _MAX_SUBJECT_WORDS + 1)):
        t = toks[k]
        if t.text in ',.;:!?"“”':
            return None
        if not t.text.islower() or not (t.low in QUOTE_VERBS or _particle_follows(toks, k)):
            continue
        lead = toks[0].start
        ph = subject_of(text, lead, t.start) or described_before(text, toks[:k])
        if ph is None or ph.start != lead:
            return None
        end, after = t.end, k + 1
        if after < len(toks) and (
            (toks[after].low, t.low) in _PARTICLES or _particle_follows(toks, k)
        ):
            end, after = toks[after].end, after + 1
        if after < len(toks) and not (
            toks[after].text in ',.;:!?"“”—–' or toks[after].low in _GOES_ON
        ):
            return None  # "police charged him with ...": an object, so no cue of this quote
        return (t.start, end), ph
    return None


def _particle_follows(toks: list[Tok], k: int) -> bool:
    """toks[k] is a verb that attributes a quote with the particle after it ("shot back")."""
    particle = _WITH_PARTICLE.get(toks[k].low)
    return particle is not None and k + 1 < len(toks) and toks[k + 1].low == particle
