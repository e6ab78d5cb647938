"""Citations of a claim: the words, who said them, and the article they came from.

A small formatter of our own rather than a CSL engine: the styles need only
one item type (a news article) and the claim line around it, and a library
would not know how to describe an anonymous source. Two choices hold for
every style: titles keep the case they were published in (turning them into
sentence or headline case would misspell proper nouns), and italics, which a
plain-text clipboard cannot carry, are left out except in Markdown.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence

from reader.analysis.model import Analysis, Claim
from reader.metadata import Author, split_authors
from reader.publication import Metadata
from reader.quoting import claim_words, direct_words, end_sentence, quoted, reported_words
from reader.speaker_words import describe_speaker as describe_speaker  # re-exported
from reader.styles import STYLES as STYLES  # re-exported: the styles `cite` takes

_MONTHS = "January February March April May June July".split()  # noqa: SIM905
_MONTHS += "August September October November December".split()  # noqa: SIM905
#: MLA 9 abbreviates months longer than four letters (and writes Sept.).
_MLA_MONTHS = "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.".split()  # noqa: SIM905
_BIB_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()  # noqa: SIM905
_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _series(items: Sequence[str], conj: str = "and", serial: bool = True) -> str:
    if len(items) <= 2:
        return f" {conj} ".join(items)
    comma = "," if serial else ""
    return ", ".join(items[:-1]) + f"{comma} {conj} " + items[-1]


def _date_parts(date: str | None) -> tuple[int, ...] | None:
    m = _ISO.fullmatch(date.strip()) if date else None
    if m is None:
        return None
    return tuple(int(g) for g in m.groups() if g is not None)


def _fmt_date(date: str | None, style: str) -> str | None:
    """A date as the style writes it; a raw (unparsed) date is printed as given."""
    parts = _date_parts(date)
    if parts is None:
        return date.strip() if date and date.strip() else None
    year, month, day = (*parts, None, None)[:3]
    if month is None or not 1 <= month <= 12:
        return str(year)
    if style == "mla":
        name = _MLA_MONTHS[month - 1]
        return f"{day} {name} {year}" if day else f"{name} {year}"
    name = _MONTHS[month - 1]
    if style == "apa":
        return f"{year}, {name} {day}" if day else f"{year}, {name}"
    if style == "chicago":
        return f"{name} {day}, {year}" if day else f"{name} {year}"
    return f"{day} {name} {year}" if day else f"{name} {year}"


def _year(date: str | None) -> str | None:
    m = re.search(r"\b(1[89]\d\d|2\d\d\d)\b", date or "")
    return m.group(1) if m else None


# ------------------------------------------------------------ the reference


def _plain_ref(meta: Metadata, markdown: bool = False) -> str:
    """`in “Title” by Author, Outlet, 6 November 2024, URL` (docs/design.md)."""

    def esc(text: str) -> str:
        return _md(text) if markdown else " ".join(text.split())

    link = _md_url(meta.url) if markdown and meta.url else None
    title = outlet = None
    if meta.title:
        title = f"[{esc(meta.title)}]({link})" if link else quoted(esc(meta.title))
    if meta.outlet:
        outlet = f"*{esc(meta.outlet)}*" if markdown else esc(meta.outlet)
        if link and not title:
            outlet = f"[{outlet}]({link})"
    author = esc(meta.author) if meta.author else None
    parts: list[str] = []
    head = title or outlet
    if head:
        parts.append(f"in {head}" + (f" by {author}" if author else ""))
    elif author:
        parts.append(f"in an article by {author}")
    if title and outlet:
        parts.append(outlet)
    date = _fmt_date(meta.date, "plain")
    if date:
        parts.append(esc(date))
    if meta.url and not (link and head):
        parts.append(f"<{link}>" if link else meta.url)
    return ", ".join(parts)


def _apa(meta: Metadata, names: list[Author]) -> tuple[str, str]:
    """APA 7 newspaper article: reference entry and the "as cited in" pointer.

    No author: the title takes the author's place; no date: (n.d.).
    """
    year = _year(meta.date) or (meta.date.strip() if meta.date else "n.d.")
    date = f"({_fmt_date(meta.date, 'apa') or 'n.d.'})."
    title = end_sentence(meta.title) if meta.title else None
    outlet = end_sentence(meta.outlet) if meta.outlet else None
    if names:
        authors = [n.inverted(n.initials()) for n in names]
        lead = authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + ", & " + authors[-1]
        parts = [end_sentence(lead), date, title, outlet]
        surnames = [n.surname for n in names]
        who = f"{surnames[0]} et al." if len(names) > 2 else " & ".join(surnames)
        pointer = f"{who}, {year}"
    elif meta.title:
        parts = [title, date, outlet]
        pointer = f"{quoted(meta.title, ',')} {year}"
    elif meta.outlet:
        parts = [outlet, date]  # the outlet stands as the group author
        pointer = f"{meta.outlet}, {year}"
    else:
        return "", meta.url or ""
    parts.append(meta.url)
    return "as cited in " + pointer, " ".join(p for p in parts if p)


def _mla(meta: Metadata, names: list[Author]) -> tuple[str, str]:
    """MLA 9 works-cited entry (core elements; URL without http(s)://)."""
    url = re.sub(r"^https?://", "", meta.url) if meta.url else None
    lead = None
    if names:
        first = names[0].inverted()
        if len(names) == 2:
            first += f", and {names[1].full}"
        elif len(names) > 2:
            first += ", et al"
        lead = end_sentence(first)
    title = quoted(meta.title, ".") if meta.title else None
    container = ", ".join(p for p in (meta.outlet, _fmt_date(meta.date, "mla"), url) if p)
    entry = " ".join(p for p in (lead, title, end_sentence(container) if container else None) if p)
    if names:
        surnames = [n.surname for n in names]
        pointer = f"{surnames[0]} et al." if len(names) > 2 else " and ".join(surnames)
    else:
        pointer = quoted(meta.title) if meta.title else (meta.outlet or "")
    return ("qtd. in " + pointer) if pointer else "", entry


def _chicago(meta: Metadata, names: list[Author]) -> tuple[str, str]:
    """Chicago 17 notes-bibliography news article: the note and the bibliography entry."""
    outlet = meta.outlet
    if outlet and outlet.startswith("The ") and len(outlet.split()) > 1:
        outlet = outlet[4:]  # CMOS omits an initial The from newspaper names
    date = _fmt_date(meta.date, "chicago")
    full = [n.full for n in names]
    note_by = f"{full[0]} et al." if len(full) > 3 else _series(full)
    note = [p for p in (note_by, meta.title, outlet, date, meta.url) if p]
    if not note:
        return "", ""
    rendered = []
    for i, part in enumerate(note):
        last = i == len(note) - 1
        if part is meta.title:
            rendered.append(quoted(part, "." if last else ","))
        else:
            rendered.append(end_sentence(part) if last else part + ",")
    bib_by = None
    if names:
        inv, rest = names[0].inverted(), [n.full for n in names[1:]]
        if len(rest) == 1:
            inv += f", and {rest[0]}"
        elif rest:
            inv = ", ".join([inv, *rest[:-1]]) + f", and {rest[-1]}"
        bib_by = end_sentence(inv)
    pub = ", ".join(p for p in (outlet, date) if p)
    bib = [
        bib_by,
        quoted(meta.title, ".") if meta.title else None,
        end_sentence(pub) if pub else None,
        end_sentence(meta.url) if meta.url else None,
    ]
    return "quoted in " + " ".join(rendered), " ".join(p for p in bib if p)


# ----------------------------------------------------------- machine forms


def _key(meta: Metadata, names: list[Author]) -> str:
    def ascii_word(text: str) -> str:
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        return re.sub(r"[^a-z0-9]", "", folded.lower())

    who = ""
    if names:
        who = ascii_word(names[0].literal or names[0].family.split()[-1])
    title = next((ascii_word(w) for w in (meta.title or "").split() if ascii_word(w)), "")
    key = who + (_year(meta.date) or "") + title
    return key if key[:1].isalpha() else "article" + key


def _tex(text: str) -> str:
    """Escape BibTeX/LaTeX specials so a field cannot break the entry."""
    out = []
    for ch in " ".join(text.split()):
        if ch in "&%$#_{}":
            out.append("\\" + ch)
        elif ch == "\\":
            out.append("\\textbackslash{}")
        elif ch in "~^":
            out.append("\\textasciitilde{}" if ch == "~" else "\\textasciicircum{}")
        else:
            out.append(ch)
    return "".join(out)


def _bibtex(meta: Metadata, names: list[Author], note: str) -> str:
    """An entry for BibTeX and biblatex; the title braced to keep its case."""
    fields: list[tuple[str, str]] = []
    if names:
        people = ["{" + _tex(n.literal) + "}" if n.literal else _tex(n.inverted()) for n in names]
        fields.append(("author", " and ".join(people)))
    if meta.title:
        fields.append(("title", "{" + _tex(meta.title) + "}"))
    if meta.outlet:
        fields.append(("journal", _tex(meta.outlet)))
    year = _year(meta.date)
    if year:
        fields.append(("year", year))
    lines = [f"@{'article' if meta.outlet else 'misc'}{{{_key(meta, names)},"]
    lines += [f"  {k} = {{{v}}}," for k, v in fields]
    parts = _date_parts(meta.date)
    if parts and len(parts) > 1 and 1 <= parts[1] <= 12:
        lines.append(f"  month = {_BIB_MONTHS[parts[1] - 1]},")
    if meta.url:
        url = meta.url.replace("{", "%7B").replace("}", "%7D").replace("%", "\\%")
        lines.append("  url = {" + url + "},")
    lines.append(f"  note = {{{_tex(note)}}}")
    return "\n".join(lines) + "\n}"


def _csl(meta: Metadata, names: list[Author], note: str) -> str:
    item: dict[str, object] = {"id": _key(meta, names), "type": "article-newspaper"}
    if meta.title:
        item["title"] = meta.title
    if meta.outlet:
        item["container-title"] = meta.outlet
    if names:
        item["author"] = [
            {"literal": n.literal}
            if n.literal
            else {
                k: v
                for k, v in (
                    ("family", n.family),
                    ("given", n.given),
                    ("non-dropping-particle", n.particle),
                    ("suffix", n.suffix),
                )
                if v
            }
            for n in names
        ]
    if meta.date:
        parts = _date_parts(meta.date)
        item["issued"] = {"date-parts": [list(parts)]} if parts else {"raw": meta.date}
    if meta.url:
        item["URL"] = meta.url
    item["note"] = note
    return json.dumps([item], ensure_ascii=False, indent=2)


# -------------------------------------------------------------- assembling


def _md(text: str) -> str:
    out = " ".join(text.split()).replace("\\", "\\\\")
    for ch in "`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def _md_url(url: str) -> str:
    for ch, code in ((" ", "%20"), ("(", "%28"), (")", "%29"), ("<", "%3C"), (">", "%3E")):
        url = url.replace(ch, code)
    return url


def _render(lines: list[str], who: str, metadata: Metadata, style: str) -> str:
    """The words, who said them (empty when a line already names them), the reference."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style {style!r} (known: {', '.join(STYLES)})")
    names = split_authors(metadata.author)

    def attributed(extra: str) -> str:
        tail = ", ".join(part for part in (who, extra) if part)
        if not tail:
            return "\n".join(lines)
        if len(lines) == 1:
            return f"{lines[0]} — {tail}"
        return "\n".join(lines) + "\n— " + tail

    if style == "plain":
        return attributed(_plain_ref(metadata))
    if style == "markdown":
        body = "\n>\n".join("> " + _md(line) for line in lines)
        tail = ", ".join(p for p in (_md(who), _plain_ref(metadata, markdown=True)) if p)
        return f"{body}\n>\n> — {tail}" if tail else body
    if style in ("bibtex", "csl-json"):
        note = attributed("")
        return _bibtex(metadata, names, note) if style == "bibtex" else _csl(metadata, names, note)
    build = {"apa": _apa, "mla": _mla, "chicago": _chicago}[style]
    pointer, entry = build(metadata, names)
    return attributed(pointer) + (f"\n\n{entry}" if entry else "")


def cite(
    claim: Claim,
    analysis: Analysis,
    metadata: Metadata,
    style: str = "plain",
    max_words: int | None = None,
) -> str:
    """One claim with its speaker and the article, in `style` (one of STYLES).

    A direct quote is quoted; reported speech is not (it is the article's
    paraphrase), so it reads "According to X, ..." with the article's own
    quotation marks, if any, inside.
    """
    if claim.kind == "direct":
        return _render(
            [direct_words(claim, max_words)], describe_speaker(claim, analysis), metadata, style
        )
    who = describe_speaker(claim, analysis, with_kind=False)
    if claim.figure is None and who.startswith("speaker unknown"):
        who = describe_speaker(claim, analysis)  # "speaker unknown (..., reported speech)"
        return _render([reported_words(claim, max_words)], who, metadata, style)
    words = claim.speaker.text.split() if claim.speaker else []
    if words[:1] in (["the"], ["The"]) and " ".join(words[1:]) == claim.figure:
        who = "the " + who  # "According to the Selva Basin Commission", as written
    return _render([f"According to {who}, {reported_words(claim, max_words)}"], "", metadata, style)


def cite_figure(
    figure_name: str,
    analysis: Analysis,
    metadata: Metadata,
    style: str = "plain",
    max_words: int | None = None,
) -> str:
    """Every claim of one figure, then one attribution and one reference.

    Reported speech is marked "(reported)" and never put in quotation marks.
    """
    claims = analysis.claims_of(figure_name)
    if not claims:
        raise ValueError(f"no claims by {figure_name!r}")
    lines = [
        claim_words(c, max_words)
        if c.kind == "direct"
        else "(reported) " + claim_words(c, max_words)
        for c in claims
    ]
    return _render(lines, describe_speaker(claims[0], analysis, with_kind=False), metadata, style)


def bare_quote(claim: Claim) -> str:
    """What `y` copies: a direct quote in quotation marks, reported speech as written."""
    return claim_words(claim)
