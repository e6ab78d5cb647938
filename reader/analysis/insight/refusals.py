"""Who refused: the subject of "declined to comment" across a relative clause.

"Irimia, whose sister is married to the owner of the supplier, Aeronord
Systems, did not respond": the phrase right before the verb closes a
relative clause (or a description: "Skavberg Airport, the airline's home
base, did not respond"), and the one refusing is the subject before it. A
name in apposition ("The chief executive, Naomi Hart, declined") is the
same figure and is read as it stands; an office or spokesperson that says
it will not comment ("her office said it would not comment", "the
authority's press office said it did not comment") speaks for its owner;
a description named in apposition
("A federal regulator, the Consumer Data Commission, refused") is the
body that name gives. In "her office said it would not comment" the one
refusing is the one saying so.
"""

from __future__ import annotations

import regex

from reader.analysis.insight.refusal_owners import OWNERS, owner_of
from reader.analysis.insight.stretches import Stretches
from reader.analysis.lexicon import AUXILIARIES, NO_COMMENT_PATTERN, NO_COMMENT_WORDS
from reader.analysis.limits import SHORT_TIMEOUT, SUBJECT_CHARS
from reader.analysis.phrases.classify import Phrase
from reader.analysis.phrases.common_phrases import described_phrase
from reader.analysis.templates.cues import subject_of
from reader.analysis.templates.participles import main_subject
from reader.analysis.text.tokens import tokens

#: A sentence start that is a subject, then a relative clause or a description set
#: off by commas ("Skavberg Airport, the airline's home base,"), then the verb.
_RELATIVE = regex.compile(
    r"\A[^,\n]*+(?P<comma>,)\s+(?:who|whose|which|whom|the|a|an|its|his|her|their)\b"
    r"[^\n]*,\s*\Z",
    regex.IGNORECASE,
)
#: A description opening the sentence, narrowed by "who" with no comma before it.
_RESTRICTIVE = regex.compile(
    r"\A(?P<subject>(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree)[ \t]+[^,;:\n]{1,60}?)[ \t]+who[ \t]"
)
#: The words set off by commas: a name in apposition ("the ad-tech firm
#: Beamline,"), which names the description before it.
_NAMED_APPOSITION = regex.compile(
    r"\A\s+(?i:the|a|an)\s+(?:[\p{Ll}\d][\p{L}\d-]*+\s+)*+"
    r"(?<!\b(?i:at|of|for|in|with|from|to|on|by|and|near)\s+)"
    r"\p{Lu}[\p{L}\d.&'’-]*+(?:\s+[\p{Lu}\d&][\p{L}\d.&'’-]*+)*+\s*,\s*\Z"
)
#: A subject that ends in a lower-case word is a description, not a name.
_DESCRIPTION_END = regex.compile(r"(?<![\p{L}'’-])\p{Ll}[\p{L}-]*+\s*\Z")
#: "her office said it would not comment", "the firm said it had no comment": the
#: pronoun stands for the one saying so.
_SAID_PRONOUN = regex.compile(
    r"(?P<said>\b(?:said|says|added|stated|replied)"
    r"(?:\s+in\s+(?:an?|the)\s+(?:statement|e-?mail|letter|interview))?\s+(?:that\s+)?)"
    r"(?:it|they|that|this|(?P<other>he|she)"
    # "Lind said the agency does not comment on personnel matters": her refusal.
    r"|(?:the|its|his|her|their)(?:\s+[\w'’-]++){1,3}?"
    # "A police spokeswoman said police do not comment": the body the sayer speaks for.
    r"|police|officials|authorities|prosecutors)"
    r"(?:\s+(?:had|has|have|was|were|is|are))?\s*[\"“‘]?\s*\Z",
    regex.IGNORECASE,
)
#: "her office said": a sayer named only through someone else is left alone (the
#: resolver has no name for "office").
_POSSESSED = regex.compile(r"\b(?:his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?\s*\Z", regex.IGNORECASE)
#: "Messages left for Harbour Energy", "calls to his office", "representatives
#: for the firm": the one refusing is named after these words.
_MESSAGES = (
    r"(?:messages?|calls?|e-?mails?|voicemails?|texts?|requests?|questions|inquiries|enquiries)"
)
#: "Efforts to reach Lind", not "attempts to reach a settlement".
_TRIED_TO_REACH = (
    r"(?:efforts|attempts)\s+to\s+(?:reach|contact)(?!\s+(?:an?|the)\s+(?:[\w-]+\s+)?"
    r"(?:deal|agreement|settlement|compromise|consensus|accord|truce|ceasefire|solution"
    r"|conclusion|decision|verdict|goal|target|deals|agreements)\b)"
)
_THROUGH = regex.compile(
    r"\b(?:" + _MESSAGES + r"(?:\s+for\s+comment)?\s+(?:(?:left|sent|put|made)\s+"
    # "Messages left over three weeks on the trust's line".
    r"(?:(?:over|during|in|for)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:\w+\s+)?(?:days|weeks|months)\s+)?)?"
    r"(?:seeking\s+comment\s+)?(?:for|to|with|at|from|on)"
    r"|(?:an?\s+|the\s+)?representatives?\s+(?:for|of)|requests?\s+to\s+interview"
    r"|" + _TRIED_TO_REACH + r")\s+",
    regex.IGNORECASE,
)
_MESSAGE = regex.compile(r"\b(?:" + _MESSAGES + r"|" + _TRIED_TO_REACH + r")\b", regex.IGNORECASE)
#: Refusals told by what happened to a message ("were not returned", "went
#: unanswered"): only one after `_THROUGH` is a refusal at all.
_PASSIVE = regex.compile(
    r"\A(?:(?:was|were)\s+not\s+(?:immediately\s+)?(?:returned|answered)|went|(?:has|have)\s+gone|drew"
    r"|failed"
    r"|(?:was|were)\s+turned\s+down"
    r"|(?:was|were|(?:has|have)\s+been|proved)\s+unsuccessful)\b"
)
#: "Lenz, who declined", "Talvik, which, through a spokesman, declined": the one
#: refusing is the name before the relative pronoun, read up to its comma.
_RELATIVE_PRONOUN = regex.compile(
    # "Lind, who left the firm in August and could not be reached": the clause's
    # first verb phrase, then "and" and the refusal.
    r"(?:,|\s+and)\s+(?:who|which)\s+(?:[^,;:\n]{1,60}?\s+and\s+)?(?:(?:also|later|again|previously|initially|repeatedly|has|had|have"
    r"|\p{Ll}+ly)\s+)*+(?:,?\s*through\s+(?:an?|the|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?"
    r"\s*,?\s*)?\Z",
    regex.IGNORECASE,
)
#: How much of the text before a refusal `_SAID_PRONOUN` reads.
_SAID_CHARS = 40


#: "by refusing to say the words", "for refusing to give": what someone is blamed
#: for, not a refusal put to the reporter.
_BLAMED_FOR = regex.compile(r"\b(?:by|for)\s\Z", regex.IGNORECASE)


_REFUSAL = regex.compile(r"\b(?:" + NO_COMMENT_PATTERN + r")\b")
#: A character no refusal holds (its words, spaces, apostrophes, the hyphens of
#: a name it holds, "declined to make Delacroix-Oyewole available", and the
#: quotation marks of 'could "neither confirm nor deny"' only).
_REFUSAL_BREAK = regex.compile(r"[^\w\s'’\"“”‘-]")
_REFUSAL_BREAK_BACK = regex.compile(r"[^\w\s'’\"“”‘-]", regex.REVERSE)


def find_refusals(text: str, start: int, timeout: float) -> list[tuple[int, int, str]]:
    """Every "declined to comment" and the like after `start`: offsets and words.

    The same matches as scanning the whole text, found by scanning only the
    stretches between punctuation that hold one of the words each refusal
    needs: with many ways of refusing, the whole scan costs twice as much.
    """
    stretches = Stretches(text, start, timeout)
    return [
        (m.start(), m.end(), m.group())
        for lo, hi in stretches.around(NO_COMMENT_WORDS, _REFUSAL_BREAK, _REFUSAL_BREAK_BACK)
        for m in _REFUSAL.finditer(text, lo, hi, timeout=timeout)
    ]


def is_refusal(text: str, sentence_start: int, verb: int, words: str) -> bool:
    """False for "the files were not returned" (only a message's fate is a
    refusal) and for "by refusing to say" (a deed, not an answer)."""
    if words.startswith(("refusing", "declining")) and _BLAMED_FOR.search(
        text, max(0, verb - 5), verb, timeout=SHORT_TIMEOUT
    ):
        return False
    if not _PASSIVE.match(words):
        return True
    return _MESSAGE.search(text[sentence_start:verb], timeout=SHORT_TIMEOUT) is not None


def refusal_subject(text: str, sentence_start: int, verb: int, words: str = "") -> Phrase | None:
    """The one refusing before the refusal at `verb`: the one messages were left
    for, its owner when an office or spokesperson says so, else the subject
    before the verb."""
    if words.startswith(_PARTICIPLES) and text[sentence_start:verb].strip() in _OPENERS:
        return _subject_after(text, verb + len(words))
    passed = _PASSED_ON.search(text, sentence_start, verb, timeout=SHORT_TIMEOUT)
    if passed is not None and words.lower().startswith(_QUESTION_WORDS):
        # "The ministry said questions should go to the regulator": the one saying.
        return subject_of(text, sentence_start, passed.start())
    inverted = _INVERTED.match(words)
    if inverted is not None:
        # "Nor would she say whether ...": the pronoun after the verb.
        s, e = verb + inverted.start("p"), verb + inverted.end("p")
        return Phrase(s, e, text[s:e], "pronoun", text[s:e].lower())
    at = sentence_start
    while at < verb and text[at].isspace():
        at += 1
    negated = _NEGATED.match(text, at, verb, timeout=SHORT_TIMEOUT)
    if negated is not None:
        # "Neither Lind nor her lawyer responded": the first one named refuses.
        nor = text.find(" nor ", negated.end(), verb)
        return subject_of(text, negated.end(), nor if nor > 0 else verb)
    through = _THROUGH.search(text[sentence_start:verb], timeout=SHORT_TIMEOUT)
    if through is not None:
        main = _coordinated(text, sentence_start, verb)
        if main is not None and main.end <= sentence_start + through.start():
            return main  # "Lind sent calls from a reporter to voicemail and never called back"
        sentence_start += through.end()
    elif _PASSIVE.match(words):
        return None  # "A message seeking comment was not returned": the one asked before
    tail_at = max(sentence_start, verb - _SAID_CHARS)
    said = _SAID_PRONOUN.search(text[tail_at:verb], timeout=SHORT_TIMEOUT)
    # "her office said it would not comment", or "Lind's office declined" itself.
    at = tail_at + said.start("said") if said is not None else verb
    if (
        said is not None
        and said.group("other")
        and _ANSWERED.search(text, sentence_start, at, timeout=SHORT_TIMEOUT)
    ):
        # "A woman who answered the door said he was not doing interviews": he.
        s, e = tail_at + said.start("other"), tail_at + said.end("other")
        return Phrase(s, e, text[s:e], "pronoun", text[s:e].lower())
    owned, ph = owner_of(text, sentence_start, at)
    # "Brandvik's office declined" is Brandvik's refusal; "the prime minister's
    # office declined" is the office's own (an institution named for its head).
    speaks_for = owned in ("pronoun", "whose") or (ph is not None and ph.kind in OWNERS)
    if owned and (said is not None or speaks_for):
        return ph
    lo = max(sentence_start, verb - 2 * _SAID_CHARS)
    # Most refusals have no relative pronoun before them: a plain look first.
    before = text[lo:verb]
    relative = (
        _RELATIVE_PRONOUN.search(before, timeout=SHORT_TIMEOUT)
        if "," in before and "wh" in before.lower()
        else None
    )
    end = lo + relative.start() if relative is not None else subject_end(text, sentence_start, verb)
    if relative is not None and relative.group().lstrip().startswith("and"):
        # "Ostler, who farms east of town and who declined": the name before the first.
        first = _FIRST_RELATIVE.search(text, sentence_start, end, timeout=SHORT_TIMEOUT)
        end = first.start() if first is not None else end
    if relative is not None:
        # "... referred questions to its press office, which did not reply": the owner.
        owned, ph = owner_of(text, sentence_start, end)
        if owned == "pronoun" or (ph is not None and ph.kind in OWNERS):
            return ph
    # 'said that Lind "will not be doing media"': the name before the quote mark.
    while end > sentence_start and text[end - 1] in _OPENING_MARKS:
        end -= 1
    ph = subject_of(text, sentence_start, end)
    if ph is None:
        ph = _coordinated(text, sentence_start, end)
    group = _QUANTIFIED.match(text, sentence_start, end, timeout=SHORT_TIMEOUT)
    if group is not None and (ph is None or ph.kind not in _GROUP_KINDS):
        # "Several delegates supporting Brekke declined": the group, not the name in it.
        head = text[sentence_start : group.end()]
        return _described(text, sentence_start, group.end()) or Phrase(
            sentence_start, group.end(), head, "anon", head.rsplit(None, 1)[-1]
        )
    return ph or _described(text, sentence_start, end)


def _coordinated(text: str, sentence_start: int, end: int) -> Phrase | None:
    """ "Lind opened the message and did not reply": the first verb's subject."""
    conj = _COORDINATED.search(text, sentence_start, end, timeout=SHORT_TIMEOUT)
    return main_subject(text, sentence_start, conj.start()) if conj is not None else None


def nor_subject(text: str, sentence_start: int, verb: int) -> Phrase | None:
    """The second one refusing in "Neither Lind nor her lawyer responded": the
    phrase after "nor", or None when the subject is no "neither ... nor"."""
    at = sentence_start
    while at < verb and text[at].isspace():
        at += 1
    if not text.startswith(("Neither ", "neither "), at):
        return None
    nor = text.find(" nor ", at, verb)
    if nor < 0:
        return None
    return subject_of(text, nor + len(" nor "), subject_end(text, nor + len(" nor "), verb))


#: "Nor would she say": a refusal whose subject follows its auxiliary.
_INVERTED = regex.compile(r"would\s+(?P<p>he|she|they|it)\b")
#: Someone who only picked up for the one asked ("a woman who answered the phone").
_ANSWERED = regex.compile(
    r"\b(?:who|which)\s+answered\b|\banswering\s+(?:the|his|her)\b|\b(?:receptionist|switchboard)\b"
)
#: The first relative clause of a subject described by two ("X, who ..., and who").
_FIRST_RELATIVE = regex.compile(r",\s+(?:who|which)\b")
#: An opening quotation mark and spaces between a subject and its refusal.
_OPENING_MARKS = frozenset(" \"“‘'")
#: "said questions about X should go to Y": the questions the sayer passes on.
_QUESTION_WORDS = ("questions", "inquiries", "enquiries", "queries")
_PASSED_ON = regex.compile(r"\b(?:said|says|added|replied)\s+(?:that\s+)?\Z")
#: "... and did not reply", "... but then declined": a refusal coordinated with
#: the verb before it.
_COORDINATED = regex.compile(r"\s(?:and|but)(?:\s+(?:then|later|still))?\s*+\Z")

#: Kinds of phrase that are a description of a group, not a name inside one.
_GROUP_KINDS = frozenset({"anon", "group"})
#: A subject opening with a number or quantifier and a common noun ("Several
#: delegates", "Two aides"): a group, whatever name its description holds.
_QUANTIFIED = regex.compile(
    r"(?:Several|Some|Many|Most|Few|Other|Two|Three|Four|Five|Six|A\s+few|A\s+number\s+of)"
    r"\s+(?:other\s+)?\p{Ll}[\p{L}-]*+(?<=s)\b"
)


#: A subject every member of which gave no answer ("Neither Lind nor Berg", "None of
#: the owners"): the words after these name the one refusing.
_NEGATED = regex.compile(r"(?:[Nn]either|[Nn]one\s+of)\s+")
_PARTICIPLES = ("declining", "refusing", "Declining", "Refusing")
#: What may open a sentence before a refusal in a participle ("While declining to
#: give details, Lind said ...").
_OPENERS = frozenset({"", "While", "After", "Though", "Although", "Before", "But", "And", "Yet"})
#: A word of the main clause after the participle's comma, and whether the next
#: word opens in lower case (a verb, when the subject ends there).
_NEXT_WORD = regex.compile(r"(?P<w>[\p{L}.'’-]++)(?P<lower>(?=\s++\p{Ll}))?")


def _subject_after(text: str, end: int) -> Phrase | None:
    """The subject of the clause a refusing participle opens: "While declining to
    give details, Ana Lind insisted" is Lind's refusal, "Declining to comment, the
    mayor said" the mayor's."""
    comma = text.find(",", end, end + _SAID_CHARS * 3)
    if comma < 0:
        return None
    at = comma + 1
    for _ in range(4):  # a subject of up to four words
        while at < len(text) and text[at] in " \t":
            at += 1
        m = _NEXT_WORD.match(text, at, at + _SAID_CHARS, timeout=SHORT_TIMEOUT)
        if m is None:
            return None
        at = m.end()
        # "Refusing to be drawn, Cllr Meirion Dace, the cabinet member, told": a
        # subject ends before its verb or before the comma of its appositive.
        if m.group("lower") is not None or text.startswith(",", at):
            ph = subject_of(text, comma + 1, at)
            if ph is not None:
                return ph
    return None


def _described(text: str, sentence_start: int, end: int) -> Phrase | None:
    """ "Some councillors declined", "Many traders did not respond": a subject whose
    head noun the lexicon lacks fills the sentence up to the refusal (declining is
    a person's or a body's act, as speaking is)."""
    if end - sentence_start > SUBJECT_CHARS or text.count(" ", sentence_start, end) > _MOST_WORDS:
        return None  # more words than a determiner, modifiers, a head and auxiliaries
    toks = tokens(text, sentence_start, end)
    k = len(toks)
    while k > 0 and (toks[k - 1].low in AUXILIARIES or toks[k - 1].low in _ADVERBS):
        k -= 1
    if not toks or toks[0].start != sentence_start:
        return None
    ph = described_phrase(text, toks[:k])
    # "The real estate mogul declined": someone described before, whom a head the
    # lexicon lacks cannot find; the speaker just before is the better guess.
    return ph if ph is not None and ph.kind != "backref" else None


#: The most words `_described` reads: six for the phrase, three around the verb.
_MOST_WORDS = 9
#: Words between a subject and its refusal ("The firm also declined").
_ADVERBS = frozenset({"also", "again", "later", "still", "previously", "repeatedly"})


def subject_end(text: str, sentence_start: int, verb: int) -> int:
    """Where the refusing subject ends: before a relative clause, at the end of a
    name in apposition to a description, else at the verb."""
    tail_at = max(sentence_start, verb - _SAID_CHARS)
    said = _SAID_PRONOUN.search(text[tail_at:verb], timeout=SHORT_TIMEOUT)
    if said is not None and not _POSSESSED.search(
        text[max(sentence_start, tail_at - _SAID_CHARS) : tail_at + said.start("said")],
        timeout=SHORT_TIMEOUT,
    ):
        verb = tail_at + said.start("said")
    # On the slice, so \A anchors at the sentence and no other start is tried.
    m = _RELATIVE.match(text[sentence_start:verb], timeout=SHORT_TIMEOUT)
    if m is None:
        # "The manager who wrote the email could not be reached": the subject
        # is the description the relative clause narrows.
        who = _RESTRICTIVE.match(text[sentence_start:verb], timeout=SHORT_TIMEOUT)
        return sentence_start + who.end("subject") if who is not None else verb
    comma = sentence_start + m.start("comma")
    inner = text[comma + 1 : verb]
    if _DESCRIPTION_END.search(
        text[sentence_start:comma], timeout=SHORT_TIMEOUT
    ) and _NAMED_APPOSITION.match(inner, timeout=SHORT_TIMEOUT):
        return comma + 1 + inner.rindex(",")
    return comma
