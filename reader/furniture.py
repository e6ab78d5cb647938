"""Page furniture: the parts of a copied or saved page that are not the article.

"Skip to main content", share bars, photo captions and credit lines, a
caption repeated under each photo, and the list of related headlines at the
end come along when a page is saved or copied. They are shown dimmed and
left out of the analysis, so a caption's name is not a source and a related
headline's "says" is not a claim. Each test looks at one whole paragraph
and is deliberately narrow: a paragraph with a quotation mark is never
furniture, since a quote is what the reader is for.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from reader.analysis.lexicon import REPORTING_VERBS

_TIMEOUT = 10.0

#: Whole-paragraph chrome: navigation, share and sign-up bars, reading times.
_CHROME = regex.compile(
    r"""(?ix)
    (?: skip\ to\ (?:the\ )?(?:main\ )?(?:content|navigation|search|footer)
      | jump\ to\ (?:main\ )?content | back\ to\ top | open\ in\ app
      | advertisement | sponsored(?:\ content)? | ad
      | share(?:\ this(?:\ article|\ story|\ page)?)?(?:\ on\ \w+)?
      | (?:share|post)\ on\ (?:facebook|twitter|x|linkedin|whatsapp|reddit|email)
      | (?:copy\ link|print|email|save)(?:\ (?:this\ )?(?:article|story))?
      | follow\ us(?:\ on\ [\w ,&]{1,40})?
      | sign\ up(?:\ for)?(?:\ (?:our|the))?(?:\ [\w-]+){0,3}\ newsletters?
      | subscribe(?:\ now|\ today)?
      | listen\ to\ (?:this\ )?(?:article|story)(?:\ [\d:]{1,8}\ min(?:utes?)?)?
      | \d{1,2}\ min(?:ute)?s?\ read
      | (?:\d{1,5}\ )?comments?
    )
    [\s.:!|]*
    """
)

#: A caption or credit line opens with its label ...
_CAPTION_LABEL = regex.compile(
    r"(?i)(?:image|media|photo|video)\s+(?:caption|source|credit)\b"
    r"|(?:photo|photograph|picture|image|illustration|graphic|credit|caption)s?\s*[:|]"
)
#: ... or ends with a photo agency's credit.
_CREDIT_END = regex.compile(
    r"(?i)(?:\((?:photo|image|picture)[^()\n]{0,80}\)"
    r"|(?:getty\ images|ap\ photo[^\n]{0,40}|/\s?(?:afp|reuters|ap|epa|ap\ images)"
    r"|shutterstock|alamy|pa\ (?:media|wire))\s*\)?)\s*\.?$"
)
#: The heading of the related-links list some pages end with.
_RELATED = regex.compile(
    r"""(?ix)
    (?: related(?:\ (?:stories|articles|coverage|content|links|reading|topics))?
      | more\ (?:on|from|about)\ [^\n]{1,40} | more\ stories | more\ news
      | read\ (?:more|next|also) | see\ also | further\ reading
      | most\ (?:read|popular|viewed|shared) | trending(?:\ now)?
      | you\ (?:may|might)\ also\ like | recommended(?:\ for\ you)?
      | what\ to\ read\ next | top\ stories | latest\ news
    )
    [\s:.]*
    """
)
#: Paragraph sizes, in words, up to which each kind is looked for.
_CHROME_WORDS = 12
_CAPTION_WORDS = 40
_REPEAT_WORDS = 20
_RELATED_ITEM_WORDS = 25
#: The same limits in characters, tested before words are counted: longer
#: than this, a paragraph holds too many words of any ordinary length.
_CHROME_CHARS = 120
_SHORT_CHARS = 600
#: Related-link lists are short: only this many closing paragraphs are read.
_RELATED_REACH = 40


def furniture_spans(
    text: str, starts: Sequence[int], ends: Sequence[int]
) -> tuple[tuple[int, int], ...]:
    """The paragraphs (as start, end offsets) that are page furniture, in order.

    Every test first looks at lengths and single characters, so a 2 MB
    article of short paragraphs costs a few C calls per paragraph.
    """
    shown = [
        text[s:e].strip() if e - s <= _SHORT_CHARS else ""
        for s, e in zip(starts, ends, strict=True)
    ]
    found = [_is_furniture(p) if p else False for p in shown]
    # The same caption under each photo: a repeat is furniture (the first stays),
    # decided once per distinct text however often it comes back.
    repeats: dict[str, bool] = {}
    for i, paragraph in enumerate(shown):
        if paragraph in repeats:
            found[i] = found[i] or repeats[paragraph]
        elif paragraph:
            repeats[paragraph] = _caption_like(paragraph)
    tail = _related_tail(shown)
    for i in range(tail, len(shown)):
        found[i] = True
    return tuple((s, e) for s, e, hit in zip(starts, ends, found, strict=True) if hit)


def _caption_like(paragraph: str) -> bool:
    """Short, no quotation mark, no reporting verb: a repeat of it is furniture."""
    words = paragraph.split()
    return (
        2 <= len(words) <= _REPEAT_WORDS
        and not _quoted(paragraph)
        and not any(w.lower().strip(".,;:!?") in REPORTING_VERBS for w in words)
    )


def _quoted(paragraph: str) -> bool:
    """A quotation mark in it: plain substring tests, cheaper here than a pattern."""
    if '"' in paragraph:
        return True
    return not paragraph.isascii() and any(mark in paragraph for mark in "“”«»„")


def _credit_hint(tail: str) -> bool:
    """What every credit ending `_CREDIT_END` knows holds, looked for first."""
    low = tail.lower()
    return ")" in low or "/" in low or "images" in low or "photo" in low or _agency(low)


def _agency(low: str) -> bool:
    return "shutterstock" in low or "alamy" in low or "pa " in low


def _is_furniture(paragraph: str) -> bool:
    if _quoted(paragraph):
        return False
    short = len(paragraph) <= _CHROME_CHARS and len(paragraph.split()) <= _CHROME_WORDS
    if short and _CHROME.fullmatch(paragraph, timeout=_TIMEOUT):
        return True
    if paragraph[:1] in _LABEL_INITIALS and _CAPTION_LABEL.match(paragraph, timeout=_TIMEOUT):
        return len(paragraph.split()) <= _CAPTION_WORDS
    tail = paragraph[-120:]
    if not _credit_hint(tail) or len(paragraph.split()) > _CAPTION_WORDS:
        return False
    return _CREDIT_END.search(tail, timeout=_TIMEOUT) is not None


#: The first letters of the caption labels `_CAPTION_LABEL` knows.
_LABEL_INITIALS = frozenset("pPiImMvVgGcC")


def _related_tail(paragraphs: list[str]) -> int:
    """Where a closing list of related headlines starts (len(paragraphs) when none).

    The heading must be in the second half of the text and every paragraph
    after it short, as headlines are; one long paragraph means the article
    goes on, and nothing is taken.
    """
    half = max(len(paragraphs) // 2, len(paragraphs) - _RELATED_REACH)
    for i in range(len(paragraphs) - 1, half - 1, -1):
        if not paragraphs[i]:
            return len(paragraphs)  # a long paragraph: the article goes on
        words = len(paragraphs[i].split())
        if words <= 8 and _RELATED.fullmatch(paragraphs[i], timeout=_TIMEOUT):
            if i + 1 < len(paragraphs):
                return i
            return len(paragraphs)
        if words > _RELATED_ITEM_WORDS:
            return len(paragraphs)
    return len(paragraphs)


def masked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """The text with each span blanked (newlines kept), so offsets stay the same."""
    if not spans:
        return text
    parts: list[str] = []
    at = 0
    for start, end in spans:
        parts.append(text[at:start])
        parts.append("".join("\n" if ch == "\n" else " " for ch in text[start:end]))
        at = end
    parts.append(text[at:])
    return "".join(parts)
