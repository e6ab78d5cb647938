"""Citations checked against strings written by hand from each style's rules.

Rules followed (the expectations name them where they matter):
- APA 7, reference for a newspaper article online: Author, A. A. (Year, Month
  Day). Title. Newspaper Name. URL — no full stop after the URL; with no author
  the title moves to the author's place; with no date, (n.d.); the in-text
  form for a source quoted in another is "as cited in Author, Year".
- MLA 9, works-cited entry: Surname, Given. “Title.” Container, day Mon. year,
  URL without http(s)://. Months longer than four letters are abbreviated
  (Sept. for September); two authors "A, and B"; three or more "et al."; the
  in-text form for an indirect source is "qtd. in".
- Chicago 17 notes-bibliography, news article: note "Given Surname, “Title,”
  Newspaper, Month Day, Year, URL." and bibliography "Surname, Given. “Title.”
  Newspaper, Month Day, Year. URL."; an initial "The" is dropped from a
  newspaper's name; a title's own ? keeps the comma after it in a note; a
  source quoted in another is "quoted in".
- No style invents what is missing (APA's n.d. is the only placeholder, by rule).
"""

from __future__ import annotations

import json

import pytest

from reader.analysis.model import Analysis, Claim, Figure, Kind, SourceType, Span
from reader.citation import STYLES, bare_quote, cite, cite_figure, describe_speaker
from reader.publication import Metadata

TEXT = "x" * 400

FULL = Metadata(
    title="Kremlin denies talks with Kyiv",
    outlet="The Moscow Times",
    author="Jane Doe",
    date="2024-11-06",
    url="https://example.com/news/kremlin",
)
TITLE_ONLY = Metadata(title="Is a deal near?")
EMPTY = Metadata()


def _claim(
    i: int,
    content: str,
    figure: str | None,
    stype: SourceType = "named_person",
    kind: Kind = "direct",
    speaker: str | None = None,
) -> Claim:
    sp = Span(200, 200 + len(speaker), speaker) if speaker else None
    return Claim(i, 10 * i, 10 * i + len(content), content, kind, None, sp, figure, stype)


PESKOV = "Dmitry Peskov"
ANON = "source close to the Kremlin #2"
C0 = _claim(0, "We have no knowledge of this.", PESKOV, speaker="Dmitry Peskov")
C1 = _claim(1, "the talks had stalled", PESKOV, kind="indirect", speaker="he")
C2 = _claim(2, "Nobody there wants a deal", ANON, "anonymous", speaker="the source")
C3 = _claim(3, "It was “a farce”, and nothing more", None, "institution")
ANALYSIS = Analysis(
    TEXT,
    (C0, C1, C2, C3),
    (
        Figure(PESKOV, ("Peskov",), "Kremlin spokesperson", "named_person", (0, 1)),
        Figure(
            ANON,
            (),
            None,
            "anonymous",
            (2,),
            mentions=(
                Span(150, 185, "Another source close to the Kremlin"),
                Span(200, 210, "the source"),
            ),
        ),
    ),
)
QUOTE = "“We have no knowledge of this.”"
WHO = "Dmitry Peskov, Kremlin spokesperson (named person)"


def test_bare_quote_uses_curly_marks_and_turns_inner_doubles_single() -> None:
    assert bare_quote(C0) == QUOTE
    assert bare_quote(C3) == "“It was ‘a farce’, and nothing more”"
    straight = _claim(5, 'He called it "a farce" twice', None)
    assert bare_quote(straight) == "“He called it ‘a farce’ twice”"
    # the first half of a split quote ("A," she said, "B.") ends on a comma that
    # belonged to the sentence around it; MLA and Chicago let the final mark change
    split = _claim(6, "Not everyone is convinced,", PESKOV)
    assert bare_quote(split) == "“Not everyone is convinced”"
    assert cite(split, ANALYSIS, EMPTY).startswith("“Not everyone is convinced” — ")


def test_speaker_in_words() -> None:
    assert describe_speaker(C0, ANALYSIS) == WHO
    # reported speech is said so: the words are the article's, not the speaker's
    assert describe_speaker(C1, ANALYSIS) == (
        "Dmitry Peskov, Kremlin spokesperson (named person, reported speech)"
    )
    # an anonymous source as the article describes it (its first descriptive
    # mention; "the source" alone says nothing), never the internal "#2" name
    assert (
        describe_speaker(C2, ANALYSIS) == "another source close to the Kremlin (anonymous source)"
    )
    assert describe_speaker(C3, ANALYSIS) == "speaker unknown (institution)"


def test_plain_full_and_partial() -> None:
    # docs/design.md: “quote” — Name, role, in “Title”, Outlet, 6 November 2024, URL
    assert cite(C0, ANALYSIS, FULL) == (
        f"{QUOTE} — {WHO}, in “Kremlin denies talks with Kyiv” by Jane Doe, "
        "The Moscow Times, 6 November 2024, https://example.com/news/kremlin"
    )
    assert cite(C0, ANALYSIS, TITLE_ONLY) == f"{QUOTE} — {WHO}, in “Is a deal near?”"
    assert cite(C0, ANALYSIS, EMPTY) == f"{QUOTE} — {WHO}"
    only_outlet = Metadata(outlet="Reuters", date="Wed 6 Nov")  # a raw date is printed as given
    assert cite(C0, ANALYSIS, only_outlet) == f"{QUOTE} — {WHO}, in Reuters, Wed 6 Nov"


def test_max_words_trims_with_an_ellipsis_and_keeps_whole_by_default() -> None:
    long = _claim(6, "one two three four five six, seven", PESKOV)
    assert cite(long, ANALYSIS, EMPTY, max_words=6).startswith("“one two three four five six …” — ")
    assert cite(long, ANALYSIS, EMPTY).startswith("“one two three four five six, seven” — ")
    assert cite(long, ANALYSIS, EMPTY, max_words=20).startswith("“one two three four five six, ")


def test_markdown_blockquote_and_linked_title() -> None:
    assert cite(C0, ANALYSIS, FULL, "markdown") == (
        f"> {QUOTE}\n>\n> — {WHO}, in [Kremlin denies talks with Kyiv]"
        "(https://example.com/news/kremlin) by Jane Doe, *The Moscow Times*, 6 November 2024"
    )
    assert cite(C0, ANALYSIS, EMPTY, "markdown") == f"> {QUOTE}\n>\n> — {WHO}"
    outlet_url = Metadata(outlet="BBC News", url="https://example.com/a (b)")
    assert cite(C0, ANALYSIS, outlet_url, "markdown").endswith(
        "in [*BBC News*](https://example.com/a%20%28b%29)"
    )


def test_markdown_escapes_article_text() -> None:
    tricky = _claim(7, "see [this](http://x) *now*", PESKOV)
    out = cite(tricky, ANALYSIS, EMPTY, "markdown")
    assert "\\[this\\](http://x) \\*now\\*" in out


def test_apa_full() -> None:
    # APA 7 newspaper article; in text: (Peskov, as cited in Doe, 2024)
    assert cite(C0, ANALYSIS, FULL, "apa") == (
        f"{QUOTE} — {WHO}, as cited in Doe, 2024\n\n"
        "Doe, J. (2024, November 6). Kremlin denies talks with Kyiv. The Moscow Times. "
        "https://example.com/news/kremlin"
    )


def test_apa_partial_uses_title_first_and_nd() -> None:
    # APA 7: no author -> title in the author position, then the date; no date -> (n.d.);
    # a title ending in ? takes no extra full stop; the in-text title is in quotes.
    assert cite(C0, ANALYSIS, TITLE_ONLY, "apa") == (
        f"{QUOTE} — {WHO}, as cited in “Is a deal near?,” n.d.\n\nIs a deal near? (n.d.)."
    )
    assert cite(C0, ANALYSIS, EMPTY, "apa") == f"{QUOTE} — {WHO}"


def test_apa_authors_and_initials() -> None:
    # APA 7: two authors joined with ", &"; initials for hyphenated given names keep the hyphen
    meta = Metadata(author="Jean-Paul Martin and Mary Ann Smith", date="2024-03-05")
    assert cite(C0, ANALYSIS, meta, "apa").endswith(
        "as cited in Martin & Smith, 2024\n\nMartin, J.-P., & Smith, M. A. (2024, March 5)."
    )
    three = Metadata(author="Ann Lee, Bo Park and Cy Young", outlet="Reuters")
    assert cite(C0, ANALYSIS, three, "apa").endswith(
        "as cited in Lee et al., n.d.\n\nLee, A., Park, B., & Young, C. (n.d.). Reuters."
    )


def test_mla_full() -> None:
    # MLA 9: Doe, Jane. “Title.” Container, 6 Nov. 2024, URL without https://.
    assert cite(C0, ANALYSIS, FULL, "mla") == (
        f"{QUOTE} — {WHO}, qtd. in Doe\n\n"
        "Doe, Jane. “Kremlin denies talks with Kyiv.” The Moscow Times, 6 Nov. 2024, "
        "example.com/news/kremlin."
    )


def test_mla_partial_and_authors() -> None:
    # MLA 9: no author -> begin with the title; a title ending in ? takes no full stop
    assert cite(C0, ANALYSIS, TITLE_ONLY, "mla") == (
        f"{QUOTE} — {WHO}, qtd. in “Is a deal near?”\n\n“Is a deal near?”"
    )
    two = Metadata(author="Jane Doe and John Smith", outlet="The Guardian", date="2023-09-01")
    assert cite(C0, ANALYSIS, two, "mla").endswith(
        "qtd. in Doe and Smith\n\nDoe, Jane, and John Smith. The Guardian, 1 Sept. 2023."
    )
    three = Metadata(author="Ann Lee, Bo Park and Cy Young", date="2022-06-30")
    assert cite(C0, ANALYSIS, three, "mla").endswith("Lee, Ann, et al. 30 June 2022.")


def test_chicago_full() -> None:
    # Chicago 17: note with "quoted in", then the bibliography entry; The dropped
    assert cite(C0, ANALYSIS, FULL, "chicago") == (
        f"{QUOTE} — {WHO}, quoted in Jane Doe, “Kremlin denies talks with Kyiv,” "
        "Moscow Times, November 6, 2024, https://example.com/news/kremlin.\n\n"
        "Doe, Jane. “Kremlin denies talks with Kyiv.” Moscow Times, November 6, 2024. "
        "https://example.com/news/kremlin."
    )


def test_chicago_partial_and_authors() -> None:
    # Chicago 17: the comma stays after a title's own question mark in a note
    meta = Metadata(title="Is a deal near?", outlet="Reuters")
    assert cite(C0, ANALYSIS, meta, "chicago") == (
        f"{QUOTE} — {WHO}, quoted in “Is a deal near?,” Reuters.\n\n“Is a deal near?” Reuters."
    )
    assert cite(C0, ANALYSIS, EMPTY, "chicago") == f"{QUOTE} — {WHO}"
    three = Metadata(author="Ann Lee, Bo Park and Cy Young", outlet="The Times")
    out = cite(C0, ANALYSIS, three, "chicago")
    assert "quoted in Ann Lee, Bo Park, and Cy Young, Times." in out
    assert out.endswith("Lee, Ann, Bo Park, and Cy Young. Times.")
    four = Metadata(author="A Lee, B Park, C Young and D Kim")
    assert "quoted in A Lee et al." in cite(C0, ANALYSIS, four, "chicago")


def test_bibtex_full_and_partial() -> None:
    assert cite(C0, ANALYSIS, FULL, "bibtex") == (
        "@article{doe2024kremlin,\n"
        "  author = {Doe, Jane},\n"
        "  title = {{Kremlin denies talks with Kyiv}},\n"
        "  journal = {The Moscow Times},\n"
        "  year = {2024},\n"
        "  month = nov,\n"
        "  url = {https://example.com/news/kremlin},\n"
        f"  note = {{{QUOTE} — {WHO}}}\n"
        "}"
    )
    assert cite(C0, ANALYSIS, TITLE_ONLY, "bibtex") == (
        f"@misc{{is,\n  title = {{{{Is a deal near?}}}},\n  note = {{{QUOTE} — {WHO}}}\n}}"
    )


def test_bibtex_escapes_specials_and_keeps_organisations_whole() -> None:
    meta = Metadata(title="50% & rising_now", outlet="AT&T News", author="Associated Press")
    out = cite(C0, ANALYSIS, meta, "bibtex")
    assert "author = {{Associated Press}}," in out
    assert "title = {{50\\% \\& rising\\_now}}," in out
    assert "journal = {AT\\&T News}," in out
    assert out.startswith("@article{associatedpress50,")


def test_csl_json_full_and_partial() -> None:
    item = json.loads(cite(C0, ANALYSIS, FULL, "csl-json"))[0]
    assert item == {
        "id": "doe2024kremlin",
        "type": "article-newspaper",
        "title": "Kremlin denies talks with Kyiv",
        "container-title": "The Moscow Times",
        "author": [{"family": "Doe", "given": "Jane"}],
        "issued": {"date-parts": [[2024, 11, 6]]},
        "URL": "https://example.com/news/kremlin",
        "note": f"{QUOTE} — {WHO}",
    }
    partial = json.loads(cite(C0, ANALYSIS, Metadata(date="last Tuesday"), "csl-json"))[0]
    assert partial == {
        "id": "article",
        "type": "article-newspaper",
        "issued": {"raw": "last Tuesday"},
        "note": f"{QUOTE} — {WHO}",
    }
    particle = Metadata(author="Ludwig van Beethoven")
    people = json.loads(cite(C0, ANALYSIS, particle, "csl-json"))[0]["author"]
    assert people == [{"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}]


@pytest.mark.parametrize("style", STYLES)
def test_no_style_invents_missing_fields(style: str) -> None:
    out = cite(C0, ANALYSIS, Metadata(title="T"), style)
    for invented in ("None", "null", "Anonymous", "Unknown", "http"):
        assert invented not in out
    if style != "apa":
        assert "n.d." not in out


def test_unknown_style_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="harvard"):
        cite(C0, ANALYSIS, FULL, "harvard")
    with pytest.raises(ValueError):
        cite_figure(PESKOV, ANALYSIS, FULL, "harvard")


def test_cite_figure_lists_every_claim_once_with_one_reference() -> None:
    out = cite_figure(PESKOV, ANALYSIS, FULL)
    assert out == (
        f"{QUOTE}\n(reported) the talks had stalled\n— {WHO}, in “Kremlin denies talks "
        "with Kyiv” by Jane Doe, The Moscow Times, 6 November 2024, https://example.com/news/kremlin"
    )
    apa = cite_figure(PESKOV, ANALYSIS, FULL, "apa")
    assert apa.count("Doe, J. (2024, November 6).") == 1
    with pytest.raises(ValueError):
        cite_figure("Nobody", ANALYSIS, FULL)


def test_reported_speech_is_cited_without_quotation_marks() -> None:
    out = cite(C1, ANALYSIS, FULL)
    assert out.startswith(f"According to {WHO}, the talks had stalled — in “Kremlin denies")
    assert "“the talks" not in out
    for style in STYLES:
        assert "“the talks had stalled”" not in cite(C1, ANALYSIS, FULL, style)
    assert bare_quote(C1) == "the talks had stalled"


def test_mixed_speech_keeps_only_the_articles_own_marks() -> None:
    mixed = _claim(7, 'she expected "no delays at all" from the builders', PESKOV, kind="mixed")
    assert bare_quote(mixed) == "she expected “no delays at all” from the builders"
    out = cite(mixed, ANALYSIS, EMPTY)
    assert out == f"According to {WHO}, she expected “no delays at all” from the builders"
    # trimming inside the quoted fragment closes it before the ellipsis
    short = cite(mixed, ANALYSIS, EMPTY, max_words=4)
    assert short.endswith("she expected “no delays” …")


def test_reported_speech_of_an_unknown_speaker_says_so() -> None:
    unknown = _claim(8, "the vote was rigged", None, "institution", kind="indirect")
    out = cite(unknown, ANALYSIS, EMPTY)
    assert out == "the vote was rigged — speaker unknown (institution, reported speech)"
    unnamed = _claim(9, "the vote was rigged", None, "anonymous", kind="indirect")
    out = cite(unnamed, ANALYSIS, EMPTY)
    assert out == "According to an unnamed source (anonymous source), the vote was rigged"


def test_an_unnamed_source_is_given_its_fullest_description() -> None:
    # the sentence's subject was cut to "people"; the figure says more
    fig = "people familiar with the matter #1"
    claim = _claim(10, "the bid was ready", fig, "anonymous", kind="indirect", speaker="people")
    analysis = Analysis(TEXT, (claim,), (Figure(fig, (), None, "anonymous", (0,)),))
    assert cite(claim, analysis, EMPTY).startswith("According to people familiar with the matter")
    # a figure's name has no article of its own: a singular one is given one
    lone = "source close to the company #2"
    claim = _claim(11, "the bid was ready", lone, "anonymous", kind="indirect", speaker="a source")
    analysis = Analysis(TEXT, (claim,), (Figure(lone, (), None, "anonymous", (0,)),))
    assert cite(claim, analysis, EMPTY).startswith("According to a source close to the company")
