"""Reported speech: `X said (that) ...`, `according to X, ...`, `..., X said.`

Each reporting verb found in one pass over the text is tried against the
templates below; the content is the reported clause only (without "that"
and without the closing full stop). A clause that embeds a quote is `mixed`
and runs to its last closing mark.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from reader.analysis.lexicon import DEFLECTED, REFUSED_IN_OWN_WORDS, REQUEST_VERBS
from reader.analysis.limits import (
    CLAUSE_TEST_CHARS,
    FRAME_CHARS,
    MAX_CUES_PER_SENTENCE,
    SHORT_TIMEOUT,
)
from reader.analysis.phrases.classify import Phrase
from reader.analysis.templates.according import according
from reader.analysis.templates.as_cue import as_fronted, as_passive
from reader.analysis.templates.broken_clauses import around_cue, split_that
from reader.analysis.templates.clause_cuts import cut_short
from reader.analysis.templates.clauses import (
    COMMIT_VERBS,
    answer_end,
    claim_kind,
    content_end,
    content_start,
    nothing_reported,
    quote_soon,
)
from reader.analysis.templates.cues import (
    CueContext,
    Found,
    glued,
    lemma,
    phrase_after,
    subject_of,
    verb_matches,
    verbs_in,
)
from reader.analysis.templates.framed import heard, label_headline, quoted_as, relative_who
from reader.analysis.templates.headlines import title_headline
from reader.analysis.templates.inverted import inverted
from reader.analysis.templates.object_relative import object_relative, relative_subject
from reader.analysis.templates.participles import (
    ING_LEADS,
    called_on,
    main_subject,
    participle_opener,
)
from reader.analysis.templates.passive import passive
from reader.analysis.templates.subjects import (
    PERSONAL_SPEECH,
    coordinated_subject,
    described_subject,
    share_subject,
    subject_before_aside,
    subject_before_relative,
    with_subject,
)
from reader.analysis.templates.verb_frames import opens_statement, verb_frame
from reader.analysis.text.finite import finite, opens_clause, verb_follows
from reader.analysis.text.quotes import Quote, inside_quote
from reader.analysis.text.segments import Segments
from reader.analysis.text.tokens import Tok, tokens


def reported_speech(
    seg: Segments,
    quotes: list[Quote],
    qstarts: list[int],
    used: set[int],
    direct: list[Found],
    lo: int,
    hi: int,
) -> list[Found]:
    """Reported speech cued by verbs in [lo, hi) (one paragraph at a time)."""
    text = seg.text
    taken = sorted((f.start, f.end) for f in direct if not f.inherit or f.cue is not None)
    spans_lo = [a for a, _ in taken]
    found: list[Found] = []
    if seg.furniture[seg.para_of(lo)]:
        return found
    if lo == seg.para_starts[0] and not taken:
        label = label_headline(seg, quotes, qstarts, lo, hi) or title_headline(
            seg, quotes, qstarts, lo, hi
        )
        if label is not None:
            return [label]
    sentence, tried = -1, 0
    for m in verb_matches(text, lo, hi):
        vs, ve = m.span()
        if vs in used or glued(text, vs):
            continue
        if inside_quote(quotes, qstarts, vs) or _inside_spans(taken, spans_lo, vs):
            continue
        at = seg.sentence_bounds(vs)[0]
        sentence, tried = at, (tried + 1 if at == sentence else 1)
        if tried > MAX_CUES_PER_SENTENCE:
            if tried == MAX_CUES_PER_SENTENCE + 1:
                seg.crowded.append(at)
            continue
        f = _one(seg, quotes, qstarts, vs, ve, m.group())
        if f is not None and f.end > f.start:
            for part in split_that(text, quotes, qstarts, f):
                found += around_cue(text, quotes, qstarts, part)
    return found


#: "said it did not comment", "said the agency does not comment on personnel
#: matters": a refusal put as a policy, recorded as one and never a claim.
_NO_COMMENT_CONTENT = regex.compile(
    r"\A(?:it|they|he|she|we|police|officials|authorities|prosecutors"
    r"|(?:the|its|his|her|their)(?:\s+[\w'’-]++){1,3}?)\s+[\"“‘']?"
    r"(?:(?:did|does|do|would|will|could)\s+not|(?:didn|doesn|don|wouldn|won|couldn)['’]t)"
    r"\s+(?:(?:publicly|directly|generally|normally)\s+)?(?:comment|speculate|discuss)\b"
    r"|\A(?:it|they|he|she|we)\s+(?:had|has|have)\s+no\s+comment\b"
    # 'said he was "not taking calls"', 'said Lind "will not be doing media"'.
    r"|\A(?:it|they|he|she|we|(?:the|its|his|her|their)\s+[\w'’-]++"
    r"|\p{Lu}[\w'’-]*+(?:\s+\p{Lu}[\w'’-]*+){0,2})\s+[\"“‘']?" + REFUSED_IN_OWN_WORDS
)


#: "said (that) it was 'a matter for the courts'", "said questions should go to X".
_DEFLECTED_CONTENT = regex.compile(r"(?:(?:it|that|this|they|he|she)\s+)?" + DEFLECTED)


_PRONOUN_OPENINGS = (
    "it", "they", "he", "she", "we", "the ", "its ", "his ", "her ", "their ",
    "police ", "officials ", "authorities ", "prosecutors ",
)  # fmt: skip


def _inside_spans(spans: list[tuple[int, int]], lo: list[int], pos: int) -> bool:
    i = bisect_left(lo, pos) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _one(
    seg: Segments, quotes: list[Quote], qstarts: list[int], vs: int, ve: int, word: str
) -> Found | None:
    """The claim one reporting verb cues, by the template the words before it pick."""
    lem = lemma(word)
    if lem is None:
        return None
    s_lo, s_hi = seg.sentence_of(vs)
    if lem == "according":
        return according(CueContext(seg, quotes, qstarts, vs, ve, s_lo, s_hi))
    if lem == "hear":
        return heard(CueContext(seg, quotes, qstarts, vs, ve, s_lo, s_hi))
    if not word.islower():
        if vs == s_lo and word.endswith("ing"):
            # "Noting that the ferry was late, the mayor said ...": the opener's clause.
            return participle_opener(CueContext(seg, quotes, qstarts, vs, ve, s_lo, s_hi), lem)
        return None
    text = seg.text
    if nothing_reported(text, s_lo, vs, ve, s_hi):
        return None
    if lem == "call":
        ve, lem = called_on(text, ve, s_hi, lem)
    prev = tokens(text, max(s_lo, vs - FRAME_CHARS), vs)
    frame = verb_frame(word, lem, prev)
    if frame == "none":
        return None
    cue = CueContext(seg, quotes, qstarts, vs, ve, s_lo, s_hi)
    if frame == "active":
        if word[-1] == "s" and prev and verb_follows(text, ve, min(s_hi, ve + CLAUSE_TEST_CHARS)):
            return None  # "backers of the ferry rules here say": "rules" is a noun
        if word == "state" and not opens_statement(text, ve, s_hi):
            return None  # "Vestland state delegate Mara Lind said": "state" is a noun
        return _active(cue, word, lem, prev)
    if frame == "quoted-as":
        return quoted_as(cue)
    if frame == "relative":
        return relative_who(cue, lem, prev[-2].start, prev[-1].low)
    if frame == "restrictive":
        return relative_who(cue, lem, prev[-1].start, "who", restrictive=True)
    return passive(cue, word, prev)


def _active(cue: CueContext, word: str, lem: str, prev: list[Tok]) -> Found | None:
    """`X said (that) ...`: a subject before the verb and a clause after it; with
    no subject, `Clause, X said.` is tried instead."""
    text = cue.seg.text
    ing = word.endswith("ing")
    subj, rule_prefix = _subject(cue, ing, prev)
    share = None
    if (
        not ing
        and lem in _POLL_ANSWERS
        and (subj is None or subj.kind in ("anon", "group") or _of_share(text, subj))
    ):
        # "Six in 10 say", "About 9 percent of voters said": the whole share speaks.
        share = share_subject(cue, subj)
    if share is not None:
        subj, rule_prefix = share, "poll-share "
    elif subj is None and not ing and lem in PERSONAL_SPEECH:
        subj = described_subject(cue)
    if subj is None:
        if ing:
            return inverted(cue)
        return relative_subject(cue, lem) or as_passive(cue, lem) or inverted(cue)
    rel = None if ing else as_fronted(cue, lem, subj) or object_relative(cue, lem, subj)
    if rel is not None:
        return rel
    c0 = content_start(cue, lem, subj)
    if c0 is not None and not ing and prev and prev[-1].text == "," and _name_then_stop(cue, c0):
        # "..., said Steve Dale, a harbour pilot.": the name after the verb speaks.
        return inverted(cue)
    if (
        c0 is not None
        and ing
        and lem not in REQUEST_VERBS
        and not (lem in COMMIT_VERBS and text.startswith(("to ", "not to "), c0))
        and "that" not in text[cue.cue_end : c0].split()
        and not _clause_after_ing(
            tokens(text, c0, min(cue.sent_end, c0 + CLAUSE_TEST_CHARS)), lem, bool(rule_prefix)
        )
        and not _quoted_label(cue, lem, c0)
    ):
        # "..., noting the touches of the studio": an object, not a clause.
        c0 = None
    if c0 is None:
        # "..., noting the touches of the studio": an -ing cue has no inverted reading.
        return None if ing else inverted(cue)
    found = _reported_clause(cue, lem, c0, subj, rule_prefix)
    if found is None and not ing:
        # "Clause, Holm told his advisers.": what follows the verb is no clause.
        return inverted(cue)
    return found


def _of_share(text: str, subj: Phrase) -> bool:
    """ "26 percent of Greens said": a group named after "of" may end a share."""
    return text[max(0, subj.start - 4) : subj.start] == " of "


_PREPOSITIONS = frozenset({"to", "for", "from", "by", "about", "against", "at", "on"})


def _name_then_stop(cue: CueContext, c0: int) -> bool:
    """What follows the verb is a name, then a comma or the sentence end."""
    text = cue.seg.text
    ph = phrase_after(text, c0, cue.sent_end)
    if ph is None or ph.kind not in ("person", "org", "media") or ph.start != c0:
        return False
    rest = text[ph.end : cue.sent_end].lstrip(" \t")
    return rest[:1] in (",", ".", "") or rest.startswith(("(", "—", "–"))


def _after_preposition(prev: list[Tok], start: int) -> bool:
    """The phrase starting at `start` follows a preposition among `prev` ("with"
    aside: in "with the newspaper reporting ..." the noun is the -ing verb's subject)."""
    i = bisect_left([t.start for t in prev], start)
    return i > 0 and prev[i - 1].low in _PREPOSITIONS


def _quoted_label(cue: CueContext, lem: str, c0: int) -> bool:
    """'..., calling him "a tired old act"': a label in the speaker's own words is
    mixed speech, as 'called him "a tired old act"' is."""
    if lem not in ("call", "describe", "dub", "label", "brand"):
        return False
    text = cue.seg.text
    if not quote_soon(tokens(text, c0, min(cue.sent_end, c0 + CLAUSE_TEST_CHARS)), 0):
        return False
    # "a letter dubbing ...": without a main clause before it, no subject is at hand.
    return lem in ("call", "describe") or text[cue.sent_start : cue.cue_start].rstrip().endswith(
        ","
    )


#: Verbs a share of the people polled answers with ("Six in 10 say ...").
_POLL_ANSWERS = frozenset({"say", "tell"})


def _subject(cue: CueContext, ing: bool, prev: list[Tok]) -> tuple[Phrase | None, str]:
    """Who speaks, with a prefix for the rule when the subject is another verb's."""
    text = cue.seg.text
    s_lo, vs = cue.sent_start, cue.cue_start
    subj_end = vs
    if ing and prev and prev[-1].low in ING_LEADS:
        # "It is also encouraging citizens to ...", "have started asking schools to ...":
        # the subject precedes the auxiliaries.
        k = len(prev) - 1
        while k >= 0 and prev[k].low in ING_LEADS:
            k -= 1
        subj_end = prev[k + 1].start
    if ing:
        found = with_subject(cue)
        if found is not None:  # ", with a third of the crews saying ...": the absolute's subject
            return found[0], "poll-share " if found[1] else ""
    subj = subject_of(text, s_lo, subj_end)
    rule_prefix = ""
    if not ing:
        rel = subject_before_relative(cue)
        if rel is not None and (subj is None or subj.start >= rel.end):
            return rel, ""  # "Farmers who backed the dam complained ...": not "the dam"
        aside = subject_before_aside(cue)
        if aside is not None:
            return aside, ""  # "Several skippers, including Ames, said ..."
    if ing and subj is not None and prev and prev[-1].text == "," and subj.end < prev[-1].start:
        # "X, who sails from Lund, withdrew his boat, saying ...": no appositive
        # stands before an -ing cue; the words up to the comma are a verb phrase.
        subj = None
    if ing and subj is not None and _after_preposition(prev, subj.start):
        # "X wrote to the council in June describing ...": the noun before the
        # -ing verb is an object; the one who describes is the main verb's subject.
        main = main_subject(text, s_lo, subj.start)
        if main is not None:
            return main, "main-subject "
    if prev and prev[-1].text in '"”' and len(prev) > 1 and prev[-2].text == ",":
        prev = prev[:-1]  # 'a defense of "island values," saying ...': the comma is inside
    if subj is None and len(prev) > 2 and prev[-1].low in _AUX and prev[-2].low in ("and", "but"):
        prev = prev[:-1]  # "X voiced doubts but has said ...": the auxiliary joins no subject
    if (
        subj is None
        and prev
        and (
            prev[-1].low in ("and", "but", "while", "whilst", "then")
            or (ing and prev[-1].text == ",")
        )
    ):
        # "X tweeted and said ...", "X confirmed this, adding that ...".
        subj = _shared_subject(text, s_lo, vs)
        rule_prefix = "shared-subject "
        if subj is None and not ing and prev[-1].low in ("and", "but", "then"):
            # "X offered him a job, then said ...": "then" joins the verbs as "and" does.
            subj = coordinated_subject(cue, prev[-1].start)
        if subj is None and ing and (prev[-1].text == "," or prev[-1].low in ("while", "whilst")):
            # "The minister resigned, saying ...", "... whilst promising ...": the
            # subject of the main verb.
            subj = main_subject(text, s_lo, prev[-1].start)
            rule_prefix = "main-subject "
    if subj is None and ing and prev and prev[-1].low == "by":
        # "The mayor closed the meeting by saying ...": the main verb's subject speaks.
        subj, rule_prefix = main_subject(text, s_lo, prev[-1].start), "main-subject "
    return subj, rule_prefix


def _reported_clause(
    cue: CueContext, lem: str, c0: int, subj: Phrase, rule_prefix: str
) -> Found | None:
    """The claim of the clause from `c0`, unless it reads as an object or a refusal."""
    text = cue.seg.text
    c1 = answer_end(text, c0, cue.sent_end) if lem == "say" else None
    if c1 is not None:  # "most crews said yes, unlike ...": the answer alone
        return Found(c0, c1, "indirect", (cue.cue_start, cue.cue_end), subj, rule_prefix + _CLAUSE)
    c1 = content_end(cue, c0)
    if c1 - c0 < 3:
        return None
    has_that = "that" in text[cue.cue_end : c0].split()
    body = text[c0:c1]
    kind = claim_kind(cue.quotes, cue.qstarts, c0, c1)
    if (
        not has_that
        and len(body.split()) < 4
        and not body.startswith(("to ", "not to "))
        and not (kind == "mixed" and lem in ("call", "describe"))
        and not (lem in ("call", "describe") and text[cue.cue_end : c0].split()[-1:] == ["as"])
        and not finite(tokens(text, c0, c1))
    ):
        # "acknowledged the gap": an object; "said sales fell" is a clause, and so
        # is a short label in the speaker's words ('called him a "stiff"').
        return None
    if (body.startswith(_PRONOUN_OPENINGS) or body[:1].isupper()) and _NO_COMMENT_CONTENT.search(
        body, timeout=SHORT_TIMEOUT
    ):
        return None  # "said it did not comment": a refusal, recorded elsewhere
    passed = _DEFLECTED_CONTENT.match(text, c0, c1, timeout=SHORT_TIMEOUT)
    if passed is not None and " and " not in text[passed.end() : c1]:
        return None  # "said that was a matter for the police": a question passed on
    c1 = cut_short(cue, lem, subj, c0, c1, characterised=kind == "mixed" and not has_that)
    rule = "speaker-verb-that" if has_that else _CLAUSE
    return Found(c0, c1, kind, (cue.cue_start, cue.cue_end), subj, rule_prefix + rule)


_CLAUSE = "speaker-verb-clause"
#: A relative pronoun after a comma, right before the speaker.
#: Auxiliaries between "and"/"but" and a second verb of the same subject.
_AUX = frozenset({"has", "have", "had"})


def _clause_after_ing(toks: list[Tok], lem: str, shared: bool) -> bool:
    """An -ing cue without "that" reports a clause: "saying the plan had failed".

    A subject and then an auxiliary or a common finite verb make a clause
    ("promising an update is forthcoming"); a bare -ed word is enough only
    after "saying" with a shared subject, as an object often carries one
    ("citing figures released last week").
    """
    return (shared and lem == "say" and finite(toks)) or opens_clause(toks)


def _shared_subject(text: str, s_lo: int, vs: int) -> Phrase | None:
    """The subject of the first verb of the sentence, shared by a later one."""
    for m in verbs_in(text, s_lo, vs):
        if not m.group().islower():
            continue
        if text[max(s_lo, m.start() - 3) : m.start()].rstrip().endswith(("'s", "’s")):
            continue  # "Korvath's state broadcaster": a noun after an owner, not a verb
        ph = subject_of(text, s_lo, m.start())
        if ph is not None:
            return ph
    return None
