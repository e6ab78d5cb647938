"""Every sample's JSON export is valid against the shipped JSON Schema."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema  # type: ignore[import-untyped]  # no stubs in the test extra
import pytest

from reader.analysis import analyze
from reader.document import load
from reader.export import to_json

ROOT = Path(__file__).parent.parent
SCHEMA = json.loads((ROOT / "reader" / "schema" / "export.schema.json").read_text("utf-8"))
SAMPLES = sorted((ROOT / "samples").glob("*/*.txt"))


def test_the_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_sample_export_matches_the_schema(path: Path) -> None:
    doc = load(str(path))
    data = json.loads(to_json(doc, analyze(doc.text, doc.body_start)))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)


def test_the_schema_rejects_an_unknown_stance() -> None:
    doc = load(str(SAMPLES[0]))
    data = json.loads(to_json(doc, analyze(doc.text, doc.body_start)))
    data["claims"][0]["stance"] = "sarcastic"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(data)
