"""The rule catalogue: every name a claim's `rule` can hold, what it means, an example.

One list shared by the engine (each template returns one of these names),
the evaluation's per-rule report and the docs, so a rule is named, described
and measured in one place. Tests check that every claim the engine makes
carries a name from here, and that each example, analysed on its own, is
found by its rule. The examples are made up to show the shape.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Rule = Literal[
    "quote-then-cue",
    "cue-then-quote",
    "main-subject cue-then-quote",
    "according-to-quote",
    "colon-quote",
    "cue-name-colon",
    "name-colon",
    "name-colon-quote",
    "colon-subject",
    "dash-signed-quote",
    "label-as-quote",
    "relative-label",
    "block-quote",
    "continued-quote",
    "fragment-then-cue",
    "interview-answer",
    "interview-label",
    "speaker-verb-that",
    "speaker-verb-clause",
    "shared-subject speaker-verb-that",
    "shared-subject speaker-verb-clause",
    "main-subject speaker-verb-that",
    "main-subject speaker-verb-clause",
    "participle-opener",
    "poll-share speaker-verb-that",
    "poll-share speaker-verb-clause",
    "according-to",
    "clause-then-cue",
    "relative-clause",
    "object-relative",
    "as-cue",
    "quoted-as-saying",
    "label-headline",
    "title-headline",
    "heard-that",
    "it-was-said",
    "passive-told",
    "reportedly",
]
RULES: tuple[Rule, ...] = get_args(Rule)


@dataclass(frozen=True, slots=True)
class RuleInfo:
    """One rule as people read it: what it finds and a sentence it fits."""

    name: Rule
    #: "direct quote" or "reported speech": the family the rule belongs to.
    family: str
    description: str
    example: str


_DIRECT = "direct quote"
_REPORTED = "reported speech"

CATALOGUE: dict[Rule, RuleInfo] = {
    info.name: info
    for info in (
        RuleInfo(
            "quote-then-cue",
            _DIRECT,
            "a quote, then its cue and speaker",
            '"We will appeal," she said. / "We will appeal," said Jane Doe.',
        ),
        RuleInfo(
            "cue-then-quote",
            _DIRECT,
            "speaker and cue, then the quote right after them",
            'Jane Doe said: "We will appeal." / He told reporters, "Not yet."',
        ),
        RuleInfo(
            "main-subject cue-then-quote",
            _DIRECT,
            "a cue with no subject of its own (', saying', 'to say', 'before saying',"
            " 'and said'), then the quote: the subject of the verb it hangs on speaks",
            'The mayor closed the pier, saying: "It is not safe." / She went on to say, "No."',
        ),
        RuleInfo(
            "according-to-quote",
            _DIRECT,
            "a quote introduced by 'according to X'",
            'According to the mayor: "The bridge stays shut."',
        ),
        RuleInfo(
            "colon-quote",
            _DIRECT,
            "a sentence with a reporting verb further back ends in a colon, then the quote",
            'The minister said in a statement on Monday evening: "This is over."',
        ),
        RuleInfo(
            "cue-name-colon",
            _DIRECT,
            "a fronted cue, then the speaker and a colon",
            'Said Feld: "We have done enough to win."',
        ),
        RuleInfo(
            "name-colon",
            _DIRECT,
            "a headline that is a name and a colon, the person named again below",
            'Whitcombe: "We will rebuild"\n\nMayor Anna Whitcombe visited the site on Monday.',
        ),
        RuleInfo(
            "name-colon-quote",
            _DIRECT,
            "a line of a quote list: a full name, a short description, a colon, the quote",
            'Reactions came quickly.\n\nTomas Brek, harbour master: "We were never asked."',
        ),
        RuleInfo(
            "colon-subject",
            _DIRECT,
            "a sentence about speaking, or only a subject and a verb in the past, ends in"
            " a colon: its subject speaks",
            'Her daughter, Sanna Lindqvist, put it differently: "We stay." / Lind shot back: "No."',
        ),
        RuleInfo(
            "dash-signed-quote",
            _DIRECT,
            "a quote signed after a dash",
            '"We will rebuild the harbour before winter." — Jane Doe, mayor',
        ),
        RuleInfo(
            "label-as-quote",
            _DIRECT,
            "a verb of judging, its object, 'as', then the quoted label",
            'The mayor blasted the plan as "a fantasy on stilts."',
        ),
        RuleInfo(
            "relative-label",
            _DIRECT,
            "a quoted name after 'what/that X called' or 'described as': X's words",
            'The clash came in what the mayor called "the herring war."',
        ),
        RuleInfo(
            "block-quote",
            _DIRECT,
            "a paragraph of its own after a sentence with a cue that ends in a colon",
            "The council wrote in its letter to residents:\n\n"
            "The harbour will reopen in May, once the repairs are finished and checked.",
        ),
        RuleInfo(
            "continued-quote",
            _DIRECT,
            "a quote with no cue of its own: the speaker of the claim just before",
            '"We will appeal," Jane Doe said. "The ruling is wrong."',
        ),
        RuleInfo(
            "fragment-then-cue",
            _REPORTED,
            "the unquoted opening of a sentence whose cue comes before its quoted rest",
            'If the ferry stops, she said, "the island will empty."',
        ),
        RuleInfo(
            "interview-answer",
            _DIRECT,
            "an 'A:' answer in a Q&A, by the person interviewed",
            "We spoke with Jane Doe about the harbour.\n\n"
            "Q: Will you sell?\n\nA: We never planned to.\n\nQ: Why not?\n\nA: It is ours.",
        ),
        RuleInfo(
            "interview-label",
            _DIRECT,
            "a turn labelled with the speaker's name in a Q&A",
            "Anna Petrova spoke to us.\n\nQ: Will you sell?\n\nPETROVA: Never.\n\n"
            "Q: Why?\n\nPETROVA: It is ours.",
        ),
        RuleInfo(
            "speaker-verb-that",
            _REPORTED,
            "speaker, reporting verb, 'that' and the clause",
            "The ministry said that talks would resume.",
        ),
        RuleInfo(
            "speaker-verb-clause",
            _REPORTED,
            "speaker, reporting verb and the clause, no 'that'",
            "The ministry said talks would resume.",
        ),
        RuleInfo(
            "shared-subject speaker-verb-that",
            _REPORTED,
            "a second verb sharing the subject of the first, with 'that'",
            "Doe tweeted a photo and said that she had no regrets.",
        ),
        RuleInfo(
            "shared-subject speaker-verb-clause",
            _REPORTED,
            "a second verb sharing the subject of the first, no 'that'",
            "Doe confirmed the report, adding the talks had failed.",
        ),
        RuleInfo(
            "main-subject speaker-verb-that",
            _REPORTED,
            "an -ing cue taking the subject of the sentence's main verb, with 'that'",
            "The minister resigned, saying that the plan had failed.",
        ),
        RuleInfo(
            "main-subject speaker-verb-clause",
            _REPORTED,
            "an -ing cue taking the subject of the sentence's main verb, no 'that'",
            "The minister resigned, saying the plan had failed.",
        ),
        RuleInfo(
            "participle-opener",
            _REPORTED,
            "a sentence opened by an -ing cue and 'that': its clause is the main subject's",
            "Noting that the ferry was late, the mayor said the town would pay.",
        ),
        RuleInfo(
            "poll-share speaker-verb-that",
            _REPORTED,
            "a share of the people polled or of a group as the speaker, with 'that'",
            "About 9 percent of voters said that they would stay home.",
        ),
        RuleInfo(
            "poll-share speaker-verb-clause",
            _REPORTED,
            "a share of the people polled or of a group as the speaker, no 'that'",
            "Six in 10 say the harbour should reopen.",
        ),
        RuleInfo(
            "according-to",
            _REPORTED,
            "'according to X' and the clause around it",
            "According to the police, two men were held.",
        ),
        RuleInfo(
            "clause-then-cue",
            _REPORTED,
            "the clause first, then the cue and its speaker",
            "Talks will resume in May, the ministry said.",
        ),
        RuleInfo(
            "relative-clause",
            _REPORTED,
            "'who/which said that ...' speaks for its antecedent",
            "..., Jane Doe, who added that the vote was close.",
        ),
        RuleInfo(
            "object-relative",
            _REPORTED,
            "'which/that X said was ...': the verb phrase whose subject is the relative",
            "The pier, which the mayor said was unsafe, stayed shut.",
        ),
        RuleInfo(
            "as-cue",
            _REPORTED,
            "'As X noted, ...': the clause after a fronted 'as' cue",
            "As the mayor noted, the pier has been shut since May.",
        ),
        RuleInfo(
            "quoted-as-saying",
            _REPORTED,
            "X is quoted (by an outlet) as saying ...",
            "The paper quoted the mayor as saying the bridge would reopen.",
        ),
        RuleInfo(
            "label-headline",
            _REPORTED,
            "a headline labelled with its source",
            "Police: two held after raid",
        ),
        RuleInfo(
            "title-headline",
            _REPORTED,
            "a headline in title case: its speaker, a capitalised cue and the claim",
            "Harbour Master Says Ferry Will Return In May",
        ),
        RuleInfo(
            "heard-that",
            _REPORTED,
            "evidence heard by a court or hearing, no named source",
            "The jury heard that the money was never paid.",
        ),
        RuleInfo(
            "it-was-said",
            _REPORTED,
            "'it was reported/said/claimed that ...': no named source",
            "It was reported that the talks had failed.",
        ),
        RuleInfo(
            "passive-told",
            _REPORTED,
            "someone 'was told that/to ...' by an unnamed source",
            "Staff were told that the plant would close.",
        ),
        RuleInfo(
            "reportedly",
            _REPORTED,
            "a sentence saying something was reportedly so",
            "The minister reportedly offered to resign.",
        ),
    )
}


def describe(rule: str) -> str:
    """The rule's one-line description, or the name itself when it is not catalogued."""
    info = CATALOGUE.get(rule)  # type: ignore[call-overload]
    return rule if info is None else info.description


def catalogue_markdown() -> str:
    """The catalogue as the Markdown table of docs/rules.md (a test keeps the two equal)."""
    lines = [
        "# The rule catalogue",
        "",
        "Every rule a claim's `rule` can name: what it finds and a made-up sentence it",
        "fits. The why panel (`w`) and `python -m reader.evaluate --rules` show the same",
        "descriptions. Written from `reader/analysis/rules.py`: change the catalogue there,",
        "then `python -c 'from reader.analysis.rules import catalogue_markdown as m; "
        'print(m(), end="")\' > docs/rules.md`.',
        "",
        "| rule | family | finds | example |",
        "| --- | --- | --- | --- |",
    ]
    for info in CATALOGUE.values():
        example = " ".join(info.example.split()).replace("|", "\\|")
        lines.append(f"| `{info.name}` | {info.family} | {info.description} | {example} |")
    return "\n".join(lines) + "\n"
