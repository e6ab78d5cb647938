"""The analysis as data for other tools: JSON (docs/design.md's schema) and Markdown."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import repeat
from typing import Any

from reader.analysis.model import SOURCE_TYPE_LABELS, Analysis, Claim, Span
from reader.citation import cite
from reader.cleaning import clean_line
from reader.document import Document
from reader.export_insight import (
    Explainer,
    balance_fields,
    claim_fields,
    figure_fields,
    markdown_summary,
)
from reader.publication import Metadata


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"text": span.text, "start": span.start, "end": span.end}


def _claim(claim: Claim, explain: Explainer) -> dict[str, Any]:
    return {
        "id": claim.number,
        "start": claim.start,
        "end": claim.end,
        "content": claim.content,
        "kind": claim.kind,
        "cue": _span(claim.cue),
        "speaker": _span(claim.speaker),
        "figure": claim.figure,
        "source_type": claim.source_type,
        **claim_fields(claim, explain),
    }


def to_dict(document: Document, analysis: Analysis) -> dict[str, Any]:
    """The JSON export as a dict, exactly in docs/design.md's shape."""
    return {
        key: list(value) if isinstance(value, Iterator) else value
        for key, value in _sections(document, analysis).items()
    }


def _sections(document: Document, analysis: Analysis) -> dict[str, Any]:
    """The export's sections; the long lists as iterators, made one item at a time."""
    meta = document.metadata
    return {
        "article": {
            "title": meta.title,
            "outlet": meta.outlet,
            "author": meta.author,
            "date": meta.date,
            "url": meta.url,
            "path": None if document.name == "<stdin>" else clean_line(document.name),
        },
        "claims": map(_claim, analysis.claims, repeat(Explainer(analysis))),
        "figures": (
            {
                "name": f.name,
                "aliases": list(f.aliases),
                "role": f.role,
                "source_type": f.source_type,
                "claims": [cid + 1 for cid in f.claims],  # claim numbers, as "id"
                **figure_fields(f),
            }
            for f in analysis.figures
        ),
        "stats": {
            "claims": len(analysis.claims),
            "by_source_type": analysis.count_by_source_type(),
            "balance": balance_fields(analysis),
        },
        # What the analysis could not do, so an incomplete result says so.
        "problems": [
            {"stage": p.stage, "start": p.start, "error": p.error, "message": p.message}
            for p in analysis.problems
        ],
    }


#: One encoder for the whole export: without `indent` it is the C encoder.
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def to_json(document: Document, analysis: Analysis) -> str:
    """The export as JSON text, one claim or figure a line (see `json_chunks`)."""
    return "".join(json_chunks(document, analysis))


def json_chunks(document: Document, analysis: Analysis) -> Iterator[str]:
    """The JSON export in pieces of a line or so, to write as they come.

    Readable in a pager and diffable line by line, and written by the C
    encoder item by item: `indent=` would send every value of a long
    article's export through the pure-Python encoder, several times slower.
    A writer that takes the pieces one by one never holds the whole export
    (for a claim-dense article several times the article's own size).
    """
    encode = _ENCODER.encode
    yield "{\n"
    for n, (key, value) in enumerate(_sections(document, analysis).items()):
        lead = (",\n" if n else "") + f"  {encode(key)}: "
        if isinstance(value, Iterator | list):
            first = True
            for item in value:
                yield (lead + "[\n    " if first else ",\n    ") + encode(item)
                first = False
            yield lead + "[]" if first else "\n  ]"
        else:
            yield lead + encode(value)
    yield "\n}\n"


def _md_escape(text: str) -> str:
    """Keep article text from turning into Markdown structure."""
    out = text.replace("\\", "\\\\")
    for ch in "`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def to_markdown(document: Document, analysis: Analysis) -> str:
    """A readable report: article, claims grouped in reading order, figures."""
    meta = document.metadata
    title = meta.title or clean_line(document.name)
    lines = [f"# Sourcing: {_md_escape(title)}", "", *markdown_summary(analysis, _md_escape)]
    facts = [
        (label, value)
        for label, value in (
            ("Outlet", meta.outlet),
            ("Author", meta.author),
            ("Date", meta.date),
            ("URL", meta.url),
        )
        if value
    ]
    for label, value in facts:
        lines.append(f"- **{label}:** {_md_escape(value)}")

    if facts:
        lines.append("")
    counts = analysis.count_by_source_type()
    total = len(analysis.claims)
    lines.append(f"{total} attributed claim{'s' if total != 1 else ''}.")
    for problem in analysis.problems:
        lines += ["", f"> Incomplete: {_md_escape(problem.message)}."]
    if counts:
        lines.append("")
        lines.append("| source type | claims | share |")
        lines.append("| --- | ---: | ---: |")
        for stype, n in counts.items():
            label = SOURCE_TYPE_LABELS[stype]  # type: ignore[index]
            lines.append(f"| {label} | {n} | {n / total:.0%} |")
    lines += ["", "## Claims", ""]
    if not analysis.claims:
        lines.append("No attributed claims found.")
    unreferenced = Metadata()  # the article is named once, above
    for claim in analysis.claims:
        cue = f" · cue “{_md_escape(claim.cue.text)}”" if claim.cue else ""
        lines.append(f"**{claim.number}.** {claim.kind}{cue}")
        lines.append("")
        lines.append(cite(claim, analysis, unreferenced, "markdown"))
        lines.append("")
    lines += ["", "## Figures", ""]
    if not analysis.figures:
        lines.append("No figures found.")
    for fig in analysis.figures:
        role = f", {_md_escape(fig.role)}" if fig.role else ""
        n = len(fig.claims)
        said = f"{n} statement{'s' if n != 1 else ''}" if n else "mentioned only"
        label = SOURCE_TYPE_LABELS[fig.source_type]
        lines.append(f"- **{_md_escape(fig.name)}**{role} — {label}; {said}")
    return "\n".join(lines) + "\n"
