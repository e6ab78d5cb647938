"""Speaker phrases: the noun phrase that names a source, and what kind it is.

A phrase is read from a small window of tokens next to a cue (never the
whole text), so each lookup costs the same however long the article is.
This module finds where the phrase sits (past time adverbials, auxiliaries
and appositives); the shapes it reads are in `common_phrases` (a head noun
with modifiers) and `name_phrases` (a capitalised name with its titles).
"""

from __future__ import annotations

from reader.analysis.lexicon import (
    AUXILIARIES,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    ROLE_WORDS,
)
from reader.analysis.limits import SUBJECT_CHARS
from reader.analysis.phrases.appositive_commas import (
    QUOTE_MARKS,
    has_verb,
    opening_comma,
    short_quote_open,
)
from reader.analysis.phrases.asides import ASIDES, before_aside, body_described, clean_role
from reader.analysis.phrases.between import (
    all_but,
    ends_noun,
    object_of_role,
    relative_opening,
    skip_channel,
)
from reader.analysis.phrases.classify import Phrase, capital, is_name_word, ordinal
from reader.analysis.phrases.common_phrases import (
    common_phrase,
    described_phrase,
    known_head,
    starts_postmod,
)
from reader.analysis.phrases.conjuncts import and_its_own
from reader.analysis.phrases.joined import joined
from reader.analysis.phrases.name_phrases import double_barrelled, name_phrase
from reader.analysis.phrases.places import place_before, place_or_party, segment_start
from reader.analysis.phrases.postmodified import postmodified
from reader.analysis.phrases.shares import part_within_before
from reader.analysis.phrases.time_before import skip_time
from reader.analysis.text.finite import opens_clause
from reader.analysis.text.tokens import Tok, tokens

#: Adverbs that stand between a subject (and its time) and the verb.
_PLAIN_ADVERBS = frozenset({"also", "again", "then", "still", "now", "later", "too"})

#: How many words an aside in brackets between a subject and its verb may hold
#: ("Jan Berg (who has won twice since 2010) said").
_ASIDE_WORDS = 14


def phrase_before(text: str, lo: int, verb: int) -> Phrase | None:
    """The subject phrase ending just before a verb at `verb` (window from `lo`)."""
    toks = tokens(text, max(lo, verb - SUBJECT_CHARS), verb)
    i = len(toks) - 1
    if i > 1 and toks[i].low in _PLAIN_ADVERBS:
        i -= 1  # "The Harbour Authority on Monday also said": the time is passed too
    elif i > 2 and toks[i].low == "far" and toks[i - 1].low == "so":
        i -= 2  # "Lind has so far declined"
    i = skip_time(toks, i)
    if i > 0 and (j := skip_channel(text, toks, i)) != i:
        i = skip_time(toks, j)  # "Lind on Monday in a statement said"
    if i >= 1 and toks[i].low in ("there", "here") and ends_noun(toks[i - 1]):
        i -= 1  # "Officials there said", "critics of the rules here say": no part of it
    if i < len(toks) - 1 and any(
        starts_postmod(t.low) and t.low.endswith("ed") for t in toks[max(0, i - 5) : i + 1]
    ):
        # "an audit published on Wednesday": the time belongs to the post-modifier.
        i = len(toks) - 1
    skipped = 0
    while i >= 0 and (
        toks[i].low in AUXILIARIES
        or (
            toks[i].low.endswith("ly")
            and toks[i].text.islower()
            and known_head(toks[i].low) is None  # "family" is no adverb
        )
    ):
        i -= 1
        skipped += 1
        if skipped > 3:
            return None
    if i < 0:
        return None
    t = toks[i]
    if t.text == ")":
        # "The Food and Drug Administration (FDA) said", "Jane Doe (pictured) said":
        # a short aside between the subject and its verb.
        j = i - 1
        while j >= 0 and i - j <= _ASIDE_WORDS and toks[j].text not in "()":
            j -= 1
        if j > 0 and toks[j].text == "(" and 1 < i - j <= _ASIDE_WORDS:
            return phrase_before(text, lo, toks[j].start)
        return None
    if t.low in PRONOUNS_PERSON or t.low in PRONOUNS_GROUP or t.low == "i":
        if t.low in ("her", "him", "them") and i >= 2 and toks[i - 1].low in ("to", "with"):
            # "a source close to him", "people familiar with them": the object
            # ends a post-modifier of the subject's head.
            return _noun_phrase(text, toks, i)
        if t.low in ("her", "him"):
            return None
        return Phrase(t.start, t.end, t.text, "pronoun", t.low)
    if t.low[1:3] in ("'m", "’m", "'d", "’d", "'v", "’v") and t.low[0] == "i":
        # "I'm asking", "I'd add": the pronoun speaks, not its contraction.
        return Phrase(t.start, t.start + 1, t.text[0], "pronoun", "i")
    if t.text == ",":
        return _appositive(text, toks, i)
    if t.text in QUOTE_MARKS and i > 1 and toks[i - 1].text == ",":
        # 'Jan Berg, the author of "Salt Year," said': the comma inside the mark closes.
        opening = short_quote_open(toks, i)
        if opening > 0:
            return _appositive(text, toks, i - 1, inside_from=opening - 1)
        return None
    if t.low == "who" and i > 0 and toks[i - 1].text == ",":
        return _appositive(text, toks, i - 1, relative=True)
    return all_but(text, toks, joined(text, toks, _noun_phrase(text, toks, i), _noun_phrase))


def _appositive(
    text: str, toks: list[Tok], comma: int, relative: bool = False, inside_from: int = -1
) -> Phrase | None:
    """`Paul Dewar, an Ottawa MP, said`: the name before the appositive.

    `inside_from` is where to read back from when the closing comma sits inside
    a quotation mark (the token before the quote's opening mark)."""
    j = opening_comma(toks, comma, inside_from)
    if j < 0:
        return None
    inner = toks[j + 1 : comma]
    if not inner:
        return None
    if [t.low for t in inner[:2]] == ["and", "who"]:
        # "A midwife who spoke to the Post, and who asked not to be named, said": the
        # head before the first "who", not the last noun of its clause.
        first = _head_before_who(text, toks, j)
        if first is not None:
            return first
    if not relative and place_or_party(text, inner):
        # "Tom Vik, R-N.Y., said", "Ann Vik, Republican of Ohio, said", "a baker
        # from Lund, Maine, said": a tag after the name, never the name.
        outer = _appositive(text, toks, j)
        if outer is not None:
            return outer
        head = phrase_before(text, toks[segment_start(toks, j)].start, toks[j].start)
        if head is None or head.kind == "pronoun":
            return None
        return head
    w = -1 if relative or inner[0].low in ("who", "which") else relative_opening(toks, j)
    if w > 0:
        j, inner = w, toks[w + 1 : comma]  # the clause's places are no appositive
    if not relative:
        if inner[0].low in ("has", "have", "had", "is", "was", "were", "will"):
            return None  # "X, has defended the plan, saying": a verb phrase, not an appositive
        if inner[0].text[0].isupper() and opens_clause(inner):
            return None  # "In Lund, Holm went after Brandt, calling": a clause, not an appositive
        if any(t.text in QUOTE_MARKS for t in inner) and has_verb(inner):
            return None  # 'X, and it has used "velvet gloves" in Y, said': a clause
        inside = _name_inside(text, toks, j, comma)
        if inside is not None:
            return inside
    head = _noun_phrase(text, toks, before_aside(toks, j - 1))
    if (relative or inner[0].low == "who") and place_before(toks, j):
        # "Jan Berg, 30, of Lund, Norway, who fishes the fjord, said": "Norway" is where
        # the person is from; the name stands further back.
        outer = _appositive(text, toks, segment_start(toks, j) - 1, relative=True)
        if outer is not None and outer.kind == "person":
            return outer
    if head is None:
        wider = _wider_appositive(text, toks, j, comma, relative)
        if wider is not None or not (relative or inner[0].low == "who"):
            return wider
        # "A lifeguard, who asked not to be named, said", "A lifeguard who worked
        # there, who ...": a head the lexicon lacks, before the relative clause.
        lead = toks[segment_start(toks, j) : j]
        return described_phrase(text, lead) or _head_before_who(text, toks, j)
    if not relative and _counted_one(head):
        described = _described_one(text, inner, head)
        if described is not None:
            return described
    if not relative and (
        head.kind not in ("person", "org", "media") or object_of_role(toks, head.start)
    ):
        # A second appositive: "Leyla Demir, a spokeswoman for X, the largest ..., said",
        # also after a named body: "Tomas Brek, head of the Harbour Fund, a group ...".
        outer = _appositive(text, toks, j, relative=True)
        if outer is not None and outer.kind == "person" and not _after_place_word(toks, outer):
            head = outer
            inner = toks[segment_start(toks, j) : j]
    if not relative:
        role = text[inner[0].start : inner[-1].end]
        if (
            not role.replace(",", "").strip().isdigit()
            and role.lower() not in ASIDES
            and inner[0].low not in ("who", "which", "whose")
        ):
            # Neither an age ("Maria Gomez, 45, said") nor an aside ("X, however, said").
            head.role = clean_role(role)
    return head


#: Prepositions that front a place or time before the subject ("In Dresk, an aid
#: worker, who ..., said"): the name after one is no speaker.
_FRONTING = frozenset({"in", "at", "from", "near", "outside", "inside", "across", "on"})


def _after_place_word(toks: list[Tok], ph: Phrase) -> bool:
    """Whether the phrase follows a fronting preposition at the start of its segment."""
    k = next((i for i, t in enumerate(toks) if t.start >= ph.start), 0)
    return k > 0 and toks[k - 1].low in _FRONTING and segment_start(toks, k - 1) == k - 1


#: Openings of a phrase that picks one unnamed person out of several.
_COUNTED_ONE = ("one of ", "another ", "a second ", "a third ", "a fourth ", "a different ")


def _counted_one(head: Phrase) -> bool:
    """ "One of them", "Another passenger", "A second official": one more unnamed
    person, whom an appositive after it may describe better."""
    return head.kind not in ("person", "org", "media") and head.text.lower().startswith(
        _COUNTED_ONE
    )


def _described_one(text: str, inner: list[Tok], head: Phrase) -> Phrase | None:
    """ "One of them, a former analyst who asked not to be named, said": the
    indefinite description set off by commas names the one speaking."""
    if inner[0].low not in ("a", "an"):
        return None
    who = next((t for t in inner if t.low in ("who", "whose")), None)
    end = who.start if who is not None else inner[-1].end
    ph = phrase_before(text, inner[0].start, end)
    if ph is None or ph.start != inner[0].start or ph.kind not in ("anon", "backref"):
        return None
    if ph.core.lower().startswith(("spokes", "representative")):
        return None  # "Another official, a spokesman for the ministry": the body's voice
    if not text[ph.start : ph.head_end or ph.end].split()[-1].islower():
        return None  # "A third aide, a Republican": a party, no better description
    ph.also = head.text
    return ph


def _head_before_who(text: str, toks: list[Tok], comma: int) -> Phrase | None:
    """The phrase before the "who" of the words ending at toks[comma], if any."""
    seg0 = segment_start(toks, comma)
    who = next((x for x in range(comma - 1, seg0, -1) if toks[x].low == "who"), -1)
    if who <= seg0:
        return None
    head = phrase_before(text, toks[seg0].start, toks[who].start)
    if head is None:
        head = described_phrase(text, toks[seg0:who])  # "A consultant obstetrician"
    return head if head is not None and head.kind != "pronoun" else None


def _wider_appositive(
    text: str, toks: list[Tok], j: int, comma: int, relative: bool
) -> Phrase | None:
    """An appositive with commas of its own: "Jan Berg, a Dover, Del., pilot, said",
    "Ana Ruiz, who lives outside the capital, Oslo, said". The name is read before
    an earlier comma, at most two back, and must be a name that fills the words
    before that comma."""
    for _ in range(2):
        j = opening_comma(toks, j)
        if j < 0:
            return None
        head = _noun_phrase(text, toks, before_aside(toks, j - 1))
        if head is None or head.start != toks[segment_start(toks, j)].start:
            continue  # "a Dover, Del., pilot": a place inside the appositive
        if head.kind not in ("person", "org", "media"):
            return None
        inner = toks[j + 1 : comma]
        relative_inner = inner[0].low in ("who", "which", "whose")
        if not relative_inner and has_verb(inner):
            return None  # "At a rally in Dover, Del., on Monday, Jan Berg said": a clause
        role = text[inner[0].start : inner[-1].end]
        if (
            not relative
            and inner[0].low not in ("who", "which", "whose")
            and (role.lower() not in ASIDES)
        ):
            head.role = clean_role(role)
        return head
    return None


def _name_inside(text: str, toks: list[Tok], j: int, comma: int) -> Phrase | None:
    """The name when it is the appositive itself: "Halvorsen's chief executive, Kari
    Lunde, said"; not when an article opens a description ("Paul Dewar, an Ottawa MP")."""
    inner = toks[j + 1 : comma]
    last = before_aside(toks, comma - 1)
    inside = _noun_phrase(text, toks[:comma], last)
    if (
        inside is None
        or last < j + 1
        or inside.end != toks[last].end
        or inner[0].low in ("a", "an", "the")
        or not all(x.text.islower() for x in inner if x.start < inside.start)
        or not (
            (
                inside.kind == "person"
                and " " in inside.core
                and sum(x.start < inside.start for x in inner) <= 2
            )
            or (inside.kind in ("org", "media") and inside.start == inner[0].start)
        )
    ):
        return body_described(toks, j, inside, inner)
    lead = toks[segment_start(toks, j) : j]
    if inside.kind == "person" and not inside.role and lead and lead[-1].low in ROLE_WORDS:
        # "Hungary's foreign minister, Peter Szabo, said": the role before the name.
        inside.role = clean_role(text[lead[0].start : lead[-1].end])
    return inside


#: Members of a group taken from it: "one of them", "most of those".
_MEMBERS = frozenset({"one", "two", "both", "another", "some", "all", "none", "most", "many"})
#: Quantifiers that stand for people on their own as a subject: "Some said ...".
_GROUP_PRONOUNS = frozenset({"some", "many", "most", "others", "several"})
#: Tokens after which a subject starts its clause.
_CLAUSE_EDGE = frozenset({",", ";", ":", "—", "–", "(", '"', "“", "”"})


def _noun_phrase(text: str, toks: list[Tok], i: int) -> Phrase | None:
    """Read the phrase whose last token is toks[i], leftwards."""
    if i < 0:
        return None
    t = toks[i]
    if (
        t.low in ("them", "those")
        and i >= 2
        and toks[i - 1].low == "of"
        and toks[i - 2].low in _MEMBERS
    ):
        s0 = toks[i - 2].start
        return Phrase(s0, t.end, text[s0 : t.end], "backref", "one of them")
    if (
        i >= 3
        and t.text.islower()
        and toks[i - 1].low in ("the", "these", "those")
        and toks[i - 2].low == "of"
        and toks[i - 3].low in ("one", "two", "another", "some", "both", "none", "all")
        and known_head(t.low) == "anon"
    ):
        # "one of the people said": a member of the group named before.
        s0 = toks[i - 3].start
        return Phrase(s0, t.end, text[s0 : t.end], "backref", "one of them")
    within = part_within_before(text, toks, i)
    if within is not None:
        return within  # "Some at the Pentagon said": part of a group, not the Pentagon
    post = postmodified(text, toks, i)
    if post is not None:
        return post
    if t.low in _GROUP_PRONOUNS and (i == 0 or toks[i - 1].text in _CLAUSE_EDGE):
        # "Some said ...", "Many say ...": part of a group, nobody named.
        return Phrase(t.start, t.end, t.text, "anon", t.low)
    if (
        i >= 3
        and t.text.isalpha()
        and t.text.islower()
        and t.low.endswith("s")
        and toks[i - 1].low in ("his", "her", "their")
        and toks[i - 2].low == "and"
    ):
        # "Ames and his sons have said": the one named speaks, with the others.
        first = _noun_phrase(text, toks, i - 3)
        if first is not None and first.kind in ("person", "org"):
            first.end, first.text = t.end, text[first.start : t.end]
            return first
    and_at = and_its_own(toks, i)
    if and_at > 0 or (t.low == "others" and i >= 2 and toks[i - 1].low == "and"):
        # "Tom Holm and others said": the one named speaks, with others beside;
        # "The Merchants Association and 14 of its members sued": the body does.
        first = _noun_phrase(text, toks, (and_at if and_at > 0 else i - 1) - 1)
        if first is not None and first.kind in ("person", "org", "anon", "group"):
            first.end, first.text = t.end, text[first.start : t.end]
            return first
    if is_name_word(t) and capital(t.text):
        if (
            known_head(t.low)
            and not double_barrelled(t.text)
            and (i == 0 or not (toks[i - 1].cap or ordinal(toks[i - 1].low)))
        ):
            # "Police said": a common noun capitalised only by its position.
            ph = common_phrase(text, toks, i)
            if ph is not None:
                return ph
        return name_phrase(text, toks, i)
    if t.text[0].isupper() is False and known_head(t.low) is not None:
        return common_phrase(text, toks, i)
    return None
