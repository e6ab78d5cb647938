"""Cue stance: does the reporting verb only report, or does it frame the claim?

"Said", "told" and "according to" pass a claim on; "claimed" casts doubt on
it, "admitted" makes it a concession, "insisted" an insistence against
someone, "denied" a denial, and "slammed" or "boasted" colour it. Decided by
the cue's verb alone (a quote continued without a cue takes the stance of
the one it continues), whatever its tense: the lists below hold each verb's
forms, so "has insisted" and "insisting" are both insistence.
"""

from __future__ import annotations

import regex

from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.model import Stance

_LOADED: dict[Stance, str] = {
    "doubt": """
        claim claims claimed claiming allege alleges alleged alleging
        purport purports purported purporting assert asserts asserted asserting
    """,
    "concession": """
        admit admits admitted admitting concede concedes conceded conceding
        acknowledge acknowledges acknowledged acknowledging
        confess confesses confessed confessing accept accepts accepted accepting
    """,
    "insistence": """
        insist insists insisted insisting maintain maintains maintained maintaining
        stress stresses stressed stressing argue argues argued arguing
        repeat repeats repeated repeating reiterate reiterates reiterated reiterating
        emphasise emphasises emphasised emphasising emphasize emphasizes emphasized
        emphasizing contend contends contended contending
    """,
    "denial": """
        deny denies denied denying reject rejects rejected rejecting
        dispute disputes disputed disputing dismiss dismisses dismissed dismissing
        refute refutes refuted refuting rebut rebuts rebutted rebutting
        countered countering rebuff rebuffs rebuffed rebuffing
        repudiate repudiates repudiated repudiating
    """,
    "emotive": """
        slam slams slammed slamming blast blasts blasted blasting
        boast boasts boasted boasting fume fumes fumed fuming
        lash lashes lashed lashing hail hails hailed hailing
        brag brags bragged bragging rage rages raged raging
        scoff scoffs scoffed scoffing rant rants ranted ranting
        lambast lambasts lambasted lambasting lambaste lambastes lambasted
        thunder thunders thundered thundering gush gushes gushed gushing
        sneer sneers sneered sneering rail rails railed railing
        tout touts touted touting trumpet trumpets trumpeted trumpeting
        crow crows crowed crowing gloat gloats gloated gloating
        bash bashes bashed bashing rip rips ripped ripping
        mock mocks mocked mocking deride derides derided deriding
        decry decries decried decrying denounce denounces denounced denouncing
        excoriate excoriates excoriated excoriating berate berates berated berating
        scold scolds scolded scolding chide chides chided chiding
    """,
}

#: Every form of a loaded verb, with the kind it gives the claim.
LOADED_FORMS: dict[str, Stance] = {
    form: kind for kind, forms in _LOADED.items() for form in forms.split()
}

_WORD = regex.compile(r"[^\W\d_]+")


def stance_of(cue: str | None) -> Stance:
    """The stance a cue gives its claim: the kind of its first loaded verb, else neutral."""
    if not cue:
        return "neutral"
    folded = cue.casefold()
    if folded.isalpha():
        return LOADED_FORMS.get(folded, "neutral")  # one word, the common case
    for word in _WORD.findall(folded, timeout=SHORT_TIMEOUT):
        kind = LOADED_FORMS.get(word)
        if kind is not None:
            return kind
    return "neutral"
