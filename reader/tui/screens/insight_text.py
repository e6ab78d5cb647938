"""The why panel's and the sourcing summary's contents as rich Text (no widgets: testable alone)."""

from __future__ import annotations

from rich.text import Text

from reader.analysis.insight.balance import balance, summary
from reader.analysis.insight.why import Explainer
from reader.analysis.model import SOURCE_TYPE_LABELS, Analysis, Claim
from reader.cleaning import clean_line

_BAR = 24
_LABEL = 44


def _line(text: str, limit: int = 90) -> str:
    one = " ".join(clean_line(text).split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def why_text(analysis: Analysis, claim: Claim) -> Text:
    """One claim's attribution in plain words: rule, cue, framing, channel, the steps."""
    why = Explainer(analysis)(claim)
    out = Text()
    family = f"{why.family}: " if why.family else ""
    out.append("Found by  ", style="bold")
    out.append(f"{family}{why.description}  ({why.rule})\n")
    out.append("Cue       ", style="bold")
    out.append(f"“{_line(why.cue.text)}”" if why.cue else "none (a quote continued)")
    if claim.stance != "neutral":
        out.append(f"  loaded: {claim.stance}", style="bold reverse")
    else:
        out.append("  neutral", style="dim")
    out.append("\n")
    out.append("Channel   ", style="bold")
    out.append((claim.channel or "not said").replace("_", " "))
    if claim.via:
        out.append(f"  via {_line(claim.via, 40)}", style="bold")
    out.append("\n")
    out.append("Speaker   ", style="bold")
    out.append(f"“{_line(why.speaker.text)}”\n" if why.speaker else "no mention\n")
    out.append("\nHow the speaker was decided\n", style="bold underline")
    if not why.known:
        out.append("  speaker unknown: the text names no source for this claim\n", style="italic")
    else:
        out.append("  " + "\n    → ".join(_line(s) for s in why.steps) + "\n")
        out.append(f"  ({_line(why.resolution)})\n", style="dim")
    figure = analysis.figure(claim.figure)
    if figure is not None and figure.source_type == "anonymous":
        reason = figure.anonymity
        out.append("\nUnnamed source  ", style="bold")
        if reason is None:
            out.append("no reason given for anonymity", style="bold reverse")
        else:
            out.append(f"“{_line(reason.text)}”")
        out.append("\n")
    return out


def _bars(out: Text, rows: list[tuple[str, int, int]]) -> None:
    """One row a label: a bar as long as its claims (reversed spaces: no glyph to
    draw wider than a cell), then the claims and quoted words."""
    most = max((n for _, n, _w in rows), default=1) or 1
    width = min(_LABEL, max((len(label) for label, _n, _w in rows), default=0))
    for label, n, words in rows:
        size = max(1, round(_BAR * n / most))
        out.append(f"  {label[:width]:<{width}} ")
        out.append(" " * size, style="reverse")
        out.append(" " * (_BAR - size))
        out.append(f" {n} · {words} words\n", style="dim")


def sourcing_text(analysis: Analysis) -> Text:
    """The sourcing summary: the sentence, bars by source type and figure, and the lists."""
    b = balance(analysis)
    out = Text()
    out.append(summary(analysis, b) + "\n\n", style="bold")
    if not b.claims:
        return out
    out.append("By source type", style="bold underline")
    out.append("   claims · quoted words\n", style="dim")
    _bars(
        out,
        [
            (SOURCE_TYPE_LABELS[t], n, b.words_by_type[t])  # type: ignore[index]
            for t, n in b.claims_by_type.items()
        ],
    )
    out.append("\nBy figure\n", style="bold underline")
    rows = []
    for name, n in b.claims_by_figure.items():
        figure = analysis.figure(name)
        mark = ""
        if figure is not None and figure.source_type == "anonymous":
            mark = " ⚠ no reason" if figure.anonymity is None else " · reason"
        rows.append((_line(name, _LABEL - len(mark)) + mark, n, b.words_by_figure[name]))
    _bars(out, rows)
    given = len(b.unnamed_with_reason)
    out.append(
        f"\nUnnamed sources: {len(b.unnamed)} distinct, {given} with a stated reason\n",
        style="bold",
    )
    loaded = ", ".join(f"{kind} {n}" for kind, n in b.loaded.items()) or "none"
    out.append(f"Loaded cues: {loaded}\n", style="bold")
    declined = ", ".join(_line(n, 40) for n in b.declined) or "nobody"
    out.append(f"Declined to comment: {declined}\n", style="bold")
    return out
