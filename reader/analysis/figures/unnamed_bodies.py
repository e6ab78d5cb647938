"""Unnamed bodies and sources: groups, spokespeople and anonymous speakers.

A phrase with no name ("the ministry", "a company spokeswoman", "analysts
at Ferrand Securities", "a senior official") either stands for a body named
earlier or opens a distinct unnamed source; kept apart from back-references
because both those and the main resolution fall back on it.
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from reader.analysis.figures.members import head_word
from reader.analysis.figures.store import Fig, FigureStore, gender_of, key, lower_first, strip_the
from reader.analysis.lexicon import (
    ANONYMITY_MARKERS,
    GENERIC_BODIES,
    INSTITUTION_HEADS,
    TITLES,
)
from reader.analysis.limits import (
    BODY_NAME_BODIES,
    DESCRIBED_BEFORE_CHARS,
    NEAREST_BODY_CHARS,
    OFF_RECORD_CHARS,
    RECENT_FIGURES,
    SHORT_TIMEOUT,
    SPOKES_RECENT,
)
from reader.analysis.phrases.classify import Phrase, strip_possessive
from reader.analysis.phrases.postmodified import has_post_modifier

#: "the fund", "the care company": a body described, not named.
_DESCRIBED_BODY = regex.compile(
    r"\A[Tt]he[ \t]+\p{Ll}[\p{Ll}-]*+(?:[ \t]+\p{Ll}[\p{Ll}-]*+){0,2}\Z"
)
#: A word that can describe a body before its head noun: lower case, not a
#: function word ("national", "competition", "state-run").
_MODIFIER = regex.compile(
    r"\A(?!(?:of|for|to|in|on|at|by|with|and|or|but|from|that|which|who|as|its|their|his|her"
    r"|our|this|these|those|a|an|the|said|says|told)\Z)\p{Ll}[\p{Ll}-]*+\Z"
)


#: Heads of a body's lists that name one person of it when singular.
_PERSON_HEADS = frozenset({"official", "prosecutor"})


def _one_unnamed_person(ph: Phrase) -> bool:
    """ "a court official", "one senior official at the ministry": the head
    (before any post-modifier) is one person of a body's people."""
    words = ph.text.lower().split()
    if not words or words[0] not in ("a", "an", "one", "another"):
        return False
    head_words = ph.text[: ph.head_end - ph.start].split() if ph.head_end else words
    return bool(head_words) and head_words[-1].lower() in _PERSON_HEADS


def _apposed_name(words: list[str]) -> str | None:
    """The capitalised name ending in a comma at the end of `words` ("Acme Corp,")."""
    if not words or not words[-1].endswith(",") or len(words[-1]) < 3:
        return None
    name = [words[-1][:-1]]
    while len(name) < 4 and len(words) > len(name) and words[-1 - len(name)][:1].isupper():
        name.insert(0, words[-1 - len(name)])
    if not all(w[:1].isupper() for w in name) or "." in name[0] or "," in " ".join(name):
        return None
    return " ".join(name)


def _name_after(words: str) -> str | None:
    """The capitalised name right after a description ("company Chatterly shared")."""
    if not words.startswith(" "):
        return None
    name: list[str] = []
    for w in words.split()[:4]:
        bare = w.rstrip(",.;:")
        if not bare[:1].isupper() or not bare.isalpha():
            break
        name.append(bare)
        if bare != w:
            break
    return " ".join(name) or None


_MEMBERS = regex.compile(
    r"\b\p{L}\p{Ll}+s[ \t]+(?:at|from|of|with)[ \t]+(?P<org>(?:the[ \t]+)?\p{Lu}[^,;:]{0,60})\Z"
)


#: Words that open an unnamed figure's post-modifier, after its head noun.
POSTMODIFIER_OPENERS = frozenset(
    {"to", "at", "of", "with", "from", "in", "on", "for", "by", "who", "whom", "that", "which",
     "whose", "close", "familiar", "involved", "briefed", "based", "known", "named",
     "identified", "near", "inside", "within"}
)  # fmt: skip


def names_head(name: str, head: str) -> bool:
    """The unnamed figure's own noun, the last word before its post-modifier, is
    `head`: "the official" is the "EU official #1" and "the aide" one of "aides
    involved in the talks #1", but "the party" is no "party source #1" and "the
    company" no "source close to the company #2"."""
    words = name.split(" #", 1)[0].lower().split()
    cut = next((k for k, w in enumerate(words) if w in POSTMODIFIER_OPENERS), len(words))
    return cut > 0 and words[cut - 1].rstrip("s") == head.rstrip("s")


class BodyResolver(FigureStore):
    """Finds the body or unnamed source a phrase without a name stands for."""

    def _person_spoken_for(self, name: str) -> Fig | None:
        """The known person "a spokesman for Brek" or "for Mr. Brek" speaks for:
        a person's spokesperson is the person's voice, as "Brek's spokesman" is."""
        ws = name.split()
        if len(ws) > 1 and ws[0].lower().rstrip(".") in TITLES:
            name = " ".join(ws[1:])
        return self.lookup(name)

    def _spokes_body(self, ph: Phrase) -> Fig | None:
        """`A Velmont spokesman`, `a company spokeswoman`: the body they speak for."""
        low = ph.text.lower()
        head_at = low.find("spokes")
        for prep in (" for ", " at ", " of "):
            k = low.find(prep, max(0, head_at))
            if k > 0:
                said = ph.text[k + len(prep) :]
                if _DESCRIBED_BODY.match(said, timeout=SHORT_TIMEOUT):
                    # "a spokesman for the fund": the body that description refers back to.
                    at = ph.start + k + len(prep)
                    return self._group(Phrase(at, ph.end, said, "group", strip_the(said)))[0]
                org = strip_the(said)
                person = self._person_spoken_for(org)
                if person is not None:
                    return person
                known = self.figs.get(org)
                if known is not None and known.kind != "person":
                    return known
                return self._named(org, "org", ph)
        ws = ph.text.split()
        # "Velmont's spokeswoman", "the ministry's spokesman": the owner speaks.
        mods = [strip_possessive(w) for w in ws[:-1] if w.lower() not in ("a", "an", "the", "one")]
        caps = [w for w in mods if w[0].isupper()]
        if caps:
            first = mods.index(caps[0])
            last = len(mods) - 1 - mods[::-1].index(caps[-1])
            name = " ".join(mods[first : last + 1])
            person = self.lookup(name) if ws[-2].endswith(("'s", "’s", "'", "’")) else None
            if person is not None:
                # "Jane Smith's spokesman": a person speaking through a spokesperson.
                return person
            for _pos, fig in reversed(self.recent[-SPOKES_RECENT:]):
                if fig.kind in ("org", "group", "media") and fig.name.startswith(name):
                    return fig
            known = self.figs.get(name) or self.org_short.get(key(name))
            if known is not None and known.kind != "person":
                return known
            return self._named(name, "org", ph)
        if mods and mods[-1].lower() in GENERIC_BODIES:
            return self._nearest_body(ph.start)
        if mods and mods[-1].lower() in INSTITUTION_HEADS:
            # "a ministry spokesman" with no body named nearby: the unnamed body.
            body_ph = Phrase(ph.start, ph.end, "the " + mods[-1], "group", mods[-1].lower())
            return self._group(body_ph)[0]
        return None

    def _body_named(self, head: str, pos: int) -> Fig | None:
        """The nearest earlier body whose name holds this word."""
        i = bisect_right(self.org_pos, pos) - 1
        stop = max(-1, i - BODY_NAME_BODIES)
        stem = head.rstrip("s")[:5]
        while i > stop:
            fig = self.org_fig[i]
            if fig.kind in ("org", "group") and stem in fig.name.lower() and fig.name != head:
                return fig
            i -= 1
        return None

    def _nearest_body(self, pos: int) -> Fig | None:
        i = bisect_right(self.org_pos, pos) - 1
        if i >= 0 and pos - self.org_pos[i] < NEAREST_BODY_CHARS:
            return self.org_fig[i]
        return None

    def _members_of(self, ph: Phrase) -> Fig | None:
        """`Analysts at Ferrand Securities`: a plural group on the record for a named body."""
        if self._off_record(ph):
            return None
        m = _MEMBERS.search(ph.text, timeout=SHORT_TIMEOUT)
        if m is None:
            return None
        org = strip_the(m.group("org"))
        known = self.figs.get(org) or self.org_short.get(key(org.split()[0]))
        if known is not None and known.kind == "person" and known.name == org:
            known.kind = "org"  # "analysts at Brask Lunde": a firm, not a person
        if known is not None and known.kind != "person":
            self.recent.append((ph.start, known))
            return known
        return self._named(org, "org", ph)

    def _off_record(self, ph: Phrase) -> bool:
        """The text next to the phrase says the speakers are not named: in its own
        sentence, or in the next one of its paragraph when that one is about them
        ("Two officials said ... They spoke on condition of anonymity ...")."""
        text = self.seg.text
        _s_lo, s_hi = self.seg.sentence_of(ph.end)
        near = text[ph.end : min(s_hi, ph.end + OFF_RECORD_CHARS)].lower()
        if any(m in near for m in ANONYMITY_MARKERS):
            return True
        nxt = s_hi
        while nxt < len(text) and text[nxt] in " \t":
            nxt += 1
        if nxt >= len(text) or self.seg.para_of(nxt) != self.seg.para_of(ph.end):
            return False
        # "Two officials in Merrow said ... The officials spoke on condition ...": the
        # head noun, not the last word of the post-modifier.
        head_end = ph.head_end if ph.head_end is not None and has_post_modifier(ph) else ph.end
        words = ph.text[: head_end - ph.start].split()
        head = words[-1].lower() if words else ""
        opening = text[nxt : nxt + OFF_RECORD_CHARS]
        low = opening.lower()
        if not (low.startswith("they ") or (head and low.startswith(f"the {head} "))):
            return False
        n_hi = self.seg.sentence_of(nxt)[1]
        return any(m in low[: n_hi - nxt] for m in ANONYMITY_MARKERS)

    def _same_unnamed(self, ph: Phrase) -> Fig | None:
        """ "The official, who was not authorised to speak, said": "the" and the head
        noun refer back to the unnamed source of that noun named before."""
        if not ph.text.lower().startswith(("the ", "this ", "that ")):
            return None
        head = ph.text[: (ph.head_end or ph.end) - ph.start].split()[-1].lower()
        for _pos, fig in reversed(self.recent[-RECENT_FIGURES:]):
            if fig.kind == "anon" and (
                names_head(fig.name, head) or any(names_head(a, head) for a in fig.aliases)
            ):
                fig.alias(ph.text)
                return fig
        return None

    def _group(self, ph: Phrase) -> tuple[Fig, str]:
        if self._off_record(ph):
            same = self._same_unnamed(ph)
            if same is not None:
                return same, f"'{ph.text}' -> {same.name} (the unnamed source before)"
            return self._anon(ph), "unnamed group speaking off the record"
        if _one_unnamed_person(ph):
            # "a court official said": one person the reader cannot identify,
            # where "officials said" is the body speaking.
            return self._anon(ph), "one unnamed person"
        # After an article a capital is a name's, not the sentence's: "the Vesterøy council".
        after_article = ph.text.lower().startswith(("the ", "a ", "an ")) and ph.core[:1].isupper()
        core = ph.core if after_article else self._plain_case(ph.core)
        # "the state officials whose laws were struck down": the head noun and its
        # modifiers come before the post-modifier, whose words name no one.
        headed = (
            strip_the(ph.text[: ph.head_end - ph.start]).split()
            if ph.head_end is not None and has_post_modifier(ph)
            else core.split()
        )
        head = headed[-1].lower() if headed else core
        described = " ".join(headed)
        if ph.text.lower().startswith(("the ", "this ", "its ")):
            for _pos, fig in reversed(self.recent[-RECENT_FIGURES:]):
                if fig.kind == "anon" and names_head(fig.name, head):
                    # "an EU official said ... The official said": the same unnamed one.
                    fig.alias(ph.text)
                    return fig, f"'{ph.text}' -> {fig.name} (last unnamed {head})"
                if (
                    fig.kind in ("org", "group")
                    and head in fig.name.lower()
                    and _names_fit(described, fig.name)
                ):
                    self.recent.append((ph.start, fig))
                    fig.alias(ph.text)
                    return fig, f"'{ph.text}' -> {fig.name} (nearest earlier body)"
            named = self._body_named(head, ph.start)
            if named is not None and _names_fit(described, named.name):
                named.alias(ph.text)
                self.recent.append((ph.start, named))
                return named, f"'{ph.text}' -> {named.name} (nearest earlier body)"
            named = self._modifier_names(described, ph.start)
            if named is not None:
                named.alias(ph.text)
                return named, f"'{ph.text}' -> {named.name} (the body its modifier names)"
            if head in GENERIC_BODIES:
                body = self._nearest_body(ph.start)
                if body is not None and body.kind != "media":
                    body.alias(ph.text)
                    return body, f"'{ph.text}' -> {body.name} (nearest earlier body)"
        how, kind = "unnamed group on the record", "group"
        if ph.text.lower().startswith("the ") and " " not in core:
            before = self._described_before(head, ph.start)
            if before is not None:
                core, is_name = before
                kind = "org" if is_name else kind
                how = f"'{ph.text}' -> {core} (described so before)"
        fig = self.register(core, kind)
        fig.alias(core)
        self.recent.append((ph.start, fig))
        return fig, how

    def _described_before(self, head: str, pos: int) -> tuple[str, bool] | None:
        """ "the national competition authority ... The authority said": the fuller
        description the article gave the body at its last mention before (bare
        "the authority" mentions passed over), or the name the description stood
        beside ("Ledgerline, the payroll software company", "the social media
        company Chatterly"), with True."""
        text = self.seg.text
        lo = max(0, pos - DESCRIBED_BEFORE_CHARS)
        k = text.rfind(" " + head, lo, pos)
        while k >= 0:
            end = k + 1 + len(head)
            if end >= len(text) or not text[end].isalpha():
                words = text[max(lo, k - 80) : k].split()
                mods: list[str] = []
                while words and len(mods) < 3 and _MODIFIER.match(words[-1], timeout=SHORT_TIMEOUT):
                    mods.insert(0, words.pop())
                if not (words and words[-1] in ("the", "The")):
                    return None  # "Holm's campaign", "a campaign": not this one described
                if mods:
                    name = _apposed_name(words[:-1]) or _name_after(text[end : end + 80])
                    return (name, True) if name else (" ".join([*mods, head]), False)
            k = text.rfind(" " + head, lo, k)
        return None

    def _modifier_names(self, core: str, pos: int) -> Fig | None:
        """ "the airport operator": the body spoken of or named before `pos` whose
        name holds the description's modifier (Skavberg Airport)."""
        owned = False
        for word in core.split()[:-1]:
            if owned:
                break  # "the army's press office": the owner names the body, not "press"
            owned = word.endswith(("'s", "’s"))
            if word[:1].isupper() and head_owns(core):
                continue  # "the Holm campaign" is not the Holm Group
            word = strip_possessive(word.lower())
            if len(word) < 4 or word in GENERIC_BODIES:
                continue
            for at, fig in reversed(self.recent[-RECENT_FIGURES:]):
                if at < pos and fig.kind in ("org", "group") and word in fig.name.lower().split():
                    return fig
            named = self._body_named(word, pos)
            if named is not None:
                return named
        return None

    def _plain_case(self, core: str) -> str:
        """The phrase with its sentence's capital taken back, unless the first word
        is a name the article gives another figure ("A Tessaly manager", Tessaly
        Freight Lines named before) and never writes in lower case: then it is a
        name's capital."""
        low = lower_first(core)
        if low == core:
            return core
        first = core.split(" ", 1)[0]
        if self._lower_words is None:
            self._lower_words = frozenset(w for w in self.seg.text.split() if w.islower())
        if first.lower() in self._lower_words:
            return low  # "Public health experts": the article writes "public" too
        if first in self.first_words:
            return core
        return low

    def _anon(self, ph: Phrase) -> Fig:
        base = self._plain_case(strip_the(ph.core))
        for det in ("another ", "other ", "a ", "an ", "one ", "some "):
            # a share: "one in five", "some of the crews"
            if base.startswith(det) and not base.startswith(
                ("one in ", det + "of ", det + "in ", det + "at ", det + "within ", det + "among ")
            ):
                base = base[len(det) :]
        n = self.anon_count.get(base, 0) + 1
        self.anon_count[base] = n
        fig = self.register(f"{base} #{n}", "anon")
        if fig.gender is None:  # "his mother", "a spokeswoman": a later "he" is someone else
            fig.gender = gender_of(head_word(base))
        # The mention as far as the name goes: "a manager who was granted anonymity
        # because ..." is the manager.
        named = ph.text.find(ph.core)
        fig.alias(ph.text[: named + len(ph.core)] if named >= 0 else ph.text)
        fig.alias(base)
        if ph.also is not None:
            fig.alias(ph.also)
        self.recent.append((ph.start, fig))
        return fig


def _names_fit(core: str, name: str) -> bool:
    """Whether the names in a description's modifiers are in a body's name: "the
    Quill campaign" is not the Orme campaign named before, "the campaign" is."""
    low = name.lower()
    return all(w.lower() in low for w in core.split()[:-1] if w[:1].isupper())


#: Bodies that belong to the one a name before them names, and are never that
#: one's other bodies: "the Holm campaign", "the Lind family".
_OWNED_HEADS = frozenset({"campaign", "campaigns", "family", "camp", "team", "allies"})


def head_owns(core: str) -> bool:
    """Whether a description's head is a body owned by the name before it."""
    words = core.lower().split()
    return bool(words) and words[-1] in _OWNED_HEADS
