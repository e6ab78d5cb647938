"""Channel: how the source spoke, when the article says so.

Read from the words around the cue, never from the claim itself (a claim
about "a report" was not made in one): "said in a statement", "told
reporters at a news conference", "wrote on X", "in court filings",
"testified", "told the Harbour Gazette". One channel per claim; where a
sentence names two ("in a statement posted on Facebook") the more specific
kind, earlier in `_ORDER`, wins.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from reader.analysis.insight.outlets import (
    NAME,
    NAME_TAIL,
    OUTLET_BACK_NOUN,
    OUTLET_LEAD,
    strip_possessive,
)
from reader.analysis.lexicon import words
from reader.analysis.limits import SHORT_TIMEOUT
from reader.analysis.model import Channel

_DET = r"(?:a|an|the|its|his|her|their|our|this|that|one)\s+"
#: For a person "its" is somebody else's ("In its report, an engineer said"):
#: the patterns are compiled a second time without it.
_DET_PERSON = _DET.replace("|its|", "|")
_ADJ = r"(?:[\w-]+\s+){0,2}?"

#: Social media platforms by name, as news capitalises them.
PLATFORMS = (
    r"(?-i:Twitter|Facebook|Instagram|Telegram|TikTok|LinkedIn|Threads|Bluesky|YouTube|Weibo"
    r"|WeChat|Truth\s+Social|Mastodon|X)"
)

_PATTERNS: dict[Channel, str] = {
    "testimony": (
        r"\btestif(?:y|ies|ied|ying)\b|\btestimony\b|\bunder\s+oath\b|\b(?:gave|giving|gives?|given)\s+evidence\b"
        r"|\b(?:in|during)\s+" + _DET + _ADJ + r"deposition\b"
        r"|\bunder\s+(?:questioning|cross-examination)\b"
        # "told the committee", "told a meeting of its scrutiny committee", "told
        # parliament's defence committee", "told the city council's workforce committee".
        r"|\b(?:told|tells?|telling)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
        r"(?:meeting\s+of\s+(?:the|its|their|a)\s+)?(?:"
        + _ADJ
        + r"[\w-]+['’]s\s+)?"
        + _ADJ
        + r"(?:committee|subcommittee"
        r"|inquiry|inquest|tribunal|hearing|lawmakers|legislators|judge|magistrate)\b"
        # A concession made in court is made as a witness or defendant.
        r"|\b(?:admit(?:s|ted)?|conced(?:e|es|ed)|confess(?:es|ed)?)\s+in\s+court\b"
    ),
    "court_filing": (
        r"\b(?:in|according\s+to)\s+" + _DET + _ADJ + r"(?:court\s+)?(?:filings?|lawsuit"
        r"|indictment|affidavit|court\s+papers|court\s+documents|legal\s+complaint)\b"
        r"|\bcourt\s+(?:documents|papers|filings?|records)\b|\bin\s+court\s+documents\b"
        r"|\b(?:in|according\s+to)\s+(?:court\s+)?(?:filings|papers\s+filed)\b"
        # "a motion filed", "a motion to dismiss filed last month", "a brief it filed";
        # not "a complaint had been filed" (news of a filing, not words in one).
        r"|\b(?:motion|response|brief|complaint|petition|submission|accounts|documents"
        r"|papers|returns|records)\s+(?:to\s+[\w-]+\s+|(?:it|they|he|she)\s+)?filed\b"
        r"|\bmotions?\s+to\s+(?:dismiss|suppress|strike|compel|quash|stay)\b"
    ),
    "press_conference": (
        r"\b(?:press|news)\s+(?:conference|briefing)s?\b"
        r"|\b(?:at|during|told|to)\s+" + _DET + _ADJ + r"briefing\b"
    ),
    "interview": r"\binterview(?:s|ed)?\b",
    # "an emailed statement" is a statement.
    # Words sent by email ("said in an email", "by email", "according to an
    # email", "emailed"), not every mention of email in a sentence ("her email
    # server", "the emails were classified").
    "email": (
        r"\b(?:in|by|via|through|over|according\s+to)\s+(?:an?\s+|the\s+|"
        + _DET
        + r")?"
        + _ADJ
        + r"e-?mails?\b(?!\s+(?:statement|response|comment|server|account|scandal"
        r"|practices?|use|controversy|probe|investigation))"
        r"|\be-?mailed\b(?!\s+(?:statement|response|comment))"
    ),
    "social_media": (
        r"\btweet(?:s|ed|ing)?\b|\bon\s+social\s+media\b"
        # Posted, but not where a notice is posted ("posted in the app").
        r"|\bposted\b(?!\s+(?:in|on|at)\s+(?:the|its|his|her|their|a|an)\s+(?:[\w'’-]+\s+)?"
        r"(?:app|website|site|door|window|board|noticeboard|intranet|portal|office)\b)"
        r"|\b(?:on|to|via)\s+" + PLATFORMS + r"\b"
        # A post in lower case: "in The Harbour Post" is a newspaper.
        # "in a video statement" is a statement.
        r"|\bin\s+" + _DET + _ADJ + r"(?:(?-i:post)|tweet|video(?!\s+statement))\b"
        r"|\bon\s+(?:his|her|its|their|the)\s+" + _ADJ + r"(?:channel|account|blog|page)\b"
    ),
    "statement": (
        r"(?<!\b(?:opening|closing)\s)\bstatement\b"
        # Plural statements someone made before ("his past statements", "despite
        # Blocher's statements") are what the claim is about, not how it was made.
        r"|(?<!\b(?:his|her|their|its|past|previous|earlier|prior|recent|public|conflicting"
        r"|contradictory|opening|closing)\s|['’]s\s)\bstatements\b"
        r"|\b(?:press|news)\s+release\b"
        r"|\bcommuniqu[eé]\b"
        r"|\b(?:written|formal|e-?mailed)\s+(?:response|reply|comment)s?\b"
        # An address to the nation is a prepared statement (a letter is not a channel).
        r"|\b(?:televised|national|radio|video|televised\s+national)\s+address\b"
    ),
    "report": (
        r"(?<!\b(?:involved|participated|named|mentioned|cited|described|featured)\s)"
        r"\b(?:in|according\s+to)\s+" + _DET + _ADJ + r"(?:report|study|survey|review"
        r"|assessment|audit|analysis|accounts|results|filing|paper|findings|note)\b"
        r"|\b(?:report|study|survey)\s+(?:published|released|issued)\b"
    ),
}
_ORDER: tuple[Channel, ...] = (
    "testimony",
    "court_filing",
    "press_conference",
    "interview",
    "email",
    "social_media",
    "statement",
    "report",
)
#: Case matters only for "on X" (the platform, not the letter). One pattern a
#: kind: the first kind in `_ORDER` found anywhere is the channel, so the scan
#: stops there.
BY_KIND = {kind: regex.compile(_PATTERNS[kind], regex.IGNORECASE) for kind in _ORDER}
BY_KIND_PERSON = {
    kind: regex.compile(_PATTERNS[kind].replace(_DET, _DET_PERSON), regex.IGNORECASE)
    for kind in _ORDER
}
#: Verbs that, with "to" and an outlet, say the outlet was told ("confirmed to").
SAID_TO = ("confirmed", "said", "explained", "admitted", "acknowledged", "conceded", "insisted")
#: "told Reuters", "told the Bergen daily Kystposten", "sat down with Radio Alven":
#: the outlet told.
TOLD = regex.compile(
    r"\b(?:told|tells|telling|(?:spoke|speaking|talked|talking)\s+(?:exclusively\s+)?(?:to|with)"
    r"|(?:sat|sitting)\s+down\s+with"
    # "confirmed to Vestby TV", "told reporters from the Vestby Post".
    r"|(?:" + "|".join(SAID_TO) + r")\s+to"
    r"|told\s+(?:reporters|journalists|an?\s+(?:reporter|journalist))\s+(?:from|for|at|with))"
    r"\s+(?:an?\s+(?=\p{Lu}))?" + OUTLET_LEAD + NAME + NAME_TAIL
)

_SAID_TO_WORDS = tuple(f"{verb} to " for verb in SAID_TO)
#: One of these is in every match of `TOLD` (which is case-sensitive).
_TOLD_WORDS = ("told", "tell", "spoke", "speaking", "talk", "sat", "sitting", *_SAID_TO_WORDS)

#: "told the broadcaster": an outlet named before, referred back to.
TOLD_BACK = regex.compile(r"\btold\s+the\s+(?:same\s+)?" + OUTLET_BACK_NOUN + r"\b")


#: Words at least one of which every pattern above needs, whole: a piece with
#: none of them is not scanned at all (most sentences say only "said").
_TRIGGERS = words(
    """
    testify testifies testified testifying testimony oath evidence questioning
    cross-examination told spoke speaking talked talking filing filings filed lawsuit
    indictment affidavit court papers documents records complaint conference conferences
    briefing briefings interview interviews interviewed email emails emailed e-mail e-mails
    e-mailed tweet tweets tweeted tweeting posted social twitter facebook instagram telegram
    tiktok linkedin threads bluesky youtube weibo wechat truth mastodon x post video channel
    account blog page statement statements release communique communiqué response reply
    report study survey review assessment audit analysis accounts results paper findings note
    tell tells telling address deposition sat sitting comment comments
    """
)
#: Per kind, words (casefolded) one of which every match of its pattern holds:
#: a kind none of whose words the claim's words hold is not searched for.
_KIND_WORDS: dict[Channel, tuple[str, ...]] = {
    "testimony": ("testif", "testimony", "oath", "evidence", "questioning", "cross-exam",
                  "told", "tell", "court", "deposition"),
    "court_filing": ("filing", "filed", "lawsuit", "indictment", "affidavit", "court",
                     "papers", "documents", "complaint"),
    "press_conference": ("conference", "briefing"),
    "interview": ("interview",),
    "email": ("mail",),
    "social_media": ("tweet", "post", "social", "video", "channel", "account", "blog", "page",
                     "twitter", "facebook", "instagram", "telegram", "tiktok", "linkedin",
                     "threads", "bluesky", "youtube", "weibo", "wechat", "truth", "mastodon",
                     "x"),
    "statement": ("statement", "release", "communiqu", "response", "reply", "address",
                  "comment"),
    "report": ("report", "study", "survey", "review", "assessment", "audit", "analysis",
               "accounts", "results", "filing", "paper", "findings", "note"),
}  # fmt: skip
_SPACES_FOR = str.maketrans({ch: " " for ch in ".,;:!?\"“”‘’'()[]{}«»—–/"})


def _may_name_channel(pieces: Sequence[tuple[int, str]]) -> bool:
    text = " ".join(piece for _at, piece in pieces).casefold().translate(_SPACES_FOR)
    return not _TRIGGERS.isdisjoint(text.split()) or any(w in text for w in _SAID_TO_WORDS)


#: Cue verbs that name their own channel: "who tweeted" was on social media
#: whatever else the sentence mentions (an email the tweet was about).
_CUE_CHANNEL: dict[str, Channel] = {
    **dict.fromkeys(("tweet", "tweets", "tweeted", "tweeting"), "social_media"),
    **dict.fromkeys(("testify", "testifies", "testified", "testifying"), "testimony"),
    **dict.fromkeys(("emailed", "e-mailed"), "email"),
}


def cue_channel(cue: str | None) -> Channel | None:
    """The channel a cue's own verb names ("tweeted"), or None."""
    if not cue:
        return None
    for word in cue.casefold().split():
        kind = _CUE_CHANNEL.get(word)
        if kind is not None:
            return kind
    return None


#: Says whether a name is an outlet: (name, text before it, outlet noun after it).
Outlet = Callable[[str, str, bool], bool]


def told_back(pieces: Sequence[tuple[int, str]]) -> bool:
    """Whether a source 'told the broadcaster' (an outlet named before)."""
    return any(
        "told" in piece and TOLD_BACK.search(piece, timeout=SHORT_TIMEOUT) for _at, piece in pieces
    )


def told_outlet(pieces: Sequence[tuple[int, str]], outlet: Outlet) -> str | None:
    """The outlet a source 'told', as written, or None."""
    for _at, piece in pieces:
        if not any(w in piece for w in _TOLD_WORDS):
            continue
        for m in TOLD.finditer(piece, timeout=SHORT_TIMEOUT):
            name = strip_possessive(m.group("name"))
            if outlet(name, piece[: m.start("name")], m.group("tail") is not None):
                return name
    return None


def channel_of(
    pieces: Sequence[tuple[int, str]], outlet: Outlet, person: bool = False
) -> Channel | None:
    """The channel the words around a cue name, or None.

    `pieces` are (offset, text) stretches of the claim's sentence outside its
    content and speaker; `outlet` says whether a name is an outlet; `person`
    that the source is a person (so "its" is never theirs).
    """
    if not _may_name_channel(pieces):
        return None
    if told_outlet(pieces, outlet) is not None or told_back(pieces):
        return "told_outlet"
    patterns = BY_KIND_PERSON if person else BY_KIND
    words = "\n".join(piece for _at, piece in pieces).casefold()
    for kind in _ORDER:
        if not any(w in words for w in _KIND_WORDS[kind]):
            continue
        pattern = patterns[kind]
        if any(pattern.search(piece, timeout=SHORT_TIMEOUT) for _at, piece in pieces):
            return kind
    return None
