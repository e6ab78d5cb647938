"""Colour themes as data: TOML files in themes/ turned into Textual themes.

A theme file names a base (a Textual theme, or a newsreader theme loaded
before it) or gives its own colours, and sets the five source-type colours.
Everything newsreader-specific travels as theme variables, so the TCSS can
say `color: $claim-anonymous;` and the article view can read the same values
through `claim_palette(app.theme_variables)`.

Variables every newsreader theme defines (see VARIABLE_DEFAULTS):

- `claim-<type>` (colour) for each source type: `claim-named-person`,
  `claim-anonymous`, `claim-institution`, `claim-media`, `claim-document`;
- `claim-current` (colour): background behind the current claim;
- `claim-<type>-style` (text style, default `none`): added to every claim of
  that type; the monochrome theme tells source types apart with these;
- `claim-direct-style` (`none`), `claim-indirect-style` (`underline`),
  `claim-speaker-style` (`bold`), `claim-current-style` (`none`): added for
  the kind of a claim, to the speaker mention and to the current claim.

A text style is what TCSS `text-style` accepts: space-separated words from
bold, dim, italic, underline, reverse, strike, or `none`.

A broken theme file never stops the reader: it is skipped with one line
saying which file and why.
"""

from __future__ import annotations

import dataclasses
import re
import sys
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from textual.color import Color, ColorParseError
from textual.theme import BUILTIN_THEMES, Theme

from reader.analysis.model import SOURCE_TYPES, SourceType
from reader.theme_files import BUILTIN_ORDER as BUILTIN_ORDER  # `t` cycles in this order
from reader.theme_files import builtin_theme_dir as builtin_theme_dir

DEFAULT_THEME = "dark"

#: The variable-name part for each source type: `claim-named-person`, ...
TYPE_KEYS: dict[SourceType, str] = {t: t.replace("_", "-") for t in SOURCE_TYPES}

#: Text-style words accepted in `[styles]` (a subset of TCSS `text-style`).
STYLE_WORDS = frozenset({"none", "bold", "dim", "italic", "underline", "reverse", "strike"})

#: Values for a theme that does not set them (Textual's own themes, picked
#: from the command palette, included): the dark Okabe-Ito palette.
VARIABLE_DEFAULTS: dict[str, str] = {
    "claim-named-person": "#56B4E9",
    "claim-anonymous": "#D55E00",
    "claim-institution": "#009E73",
    "claim-media": "#CC79A7",
    "claim-document": "#E69F00",
    "claim-current": "#262D36",
    **{f"claim-{key}-style": "none" for key in TYPE_KEYS.values()},
    "claim-direct-style": "none",
    "claim-indirect-style": "underline",
    "claim-speaker-style": "bold",
    "claim-current-style": "none",
}

_COLOR_FIELDS = (
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)
_CLAIM_COLOR_KEYS = (*TYPE_KEYS.values(), "current")
_STYLE_KEYS = (*TYPE_KEYS.values(), "direct", "indirect", "speaker", "current")
_TOP_KEYS = frozenset({"name", "description", "base", "colors", "claims", "styles", "variables"})
_NAME = re.compile(r"[a-z0-9][a-z0-9-]*\Z")
#: Shipped themes parsed once per process (they cannot change while it runs).
_BUILTIN_CACHE: dict[str, tuple[dict[str, Theme], list[str]]] = {}


class ThemeFileError(ValueError):
    """A theme file that cannot be used; the message is one line."""


@dataclass(frozen=True, slots=True)
class ClaimPalette:
    """How to draw claims under one theme: colours and text styles by role."""

    colors: dict[SourceType, str]
    type_styles: dict[SourceType, str]
    direct_style: str
    indirect_style: str
    speaker_style: str
    current: str
    current_style: str


def claim_colors(variables: Mapping[str, str]) -> dict[SourceType, str]:
    """The colour of each source type, falling back to the default palette."""
    return {t: _var(variables, f"claim-{key}") for t, key in TYPE_KEYS.items()}


def claim_palette(variables: Mapping[str, str]) -> ClaimPalette:
    """Everything the article view needs from the theme variables."""
    return ClaimPalette(
        colors=claim_colors(variables),
        type_styles={t: _var(variables, f"claim-{key}-style") for t, key in TYPE_KEYS.items()},
        direct_style=_var(variables, "claim-direct-style"),
        indirect_style=_var(variables, "claim-indirect-style"),
        speaker_style=_var(variables, "claim-speaker-style"),
        current=_var(variables, "claim-current"),
        current_style=_var(variables, "claim-current-style"),
    )


def _var(variables: Mapping[str, str], name: str) -> str:
    return variables.get(name) or VARIABLE_DEFAULTS[name]


def load_themes(extra_dir: Path | None = None, *, problems: list[str] | None = None) -> list[Theme]:
    """The built-in themes, then those in `extra_dir` (which may replace them).

    A file that cannot be used is skipped; its one-line reason is appended to
    `problems` when given, otherwise written to stderr. Call this before the
    app runs (or pass `problems` and notify), since a running Textual app
    swallows stderr.
    """
    found: list[str] = [] if problems is None else problems
    start = len(found)
    builtin = builtin_theme_dir()
    key = str(builtin)
    if key not in _BUILTIN_CACHE:
        shipped: dict[str, Theme] = {}
        shipped_problems: list[str] = []
        _merge_dir(builtin, shipped, shipped_problems)
        _BUILTIN_CACHE[key] = (shipped, shipped_problems)
    shipped, shipped_problems = _BUILTIN_CACHE[key]
    found.extend(shipped_problems)
    # copies, so an app changing a theme's variables cannot change the cache
    themes = {n: dataclasses.replace(t, variables=dict(t.variables)) for n, t in shipped.items()}
    if extra_dir is not None:
        _merge_dir(extra_dir, themes, found)
    if problems is None:
        for line in found[start:]:
            print(f"newsreader: {line}", file=sys.stderr)
    return _ordered(themes.values())


def _merge_dir(directory: Traversable, themes: dict[str, Theme], problems: list[str]) -> None:
    seen: set[str] = set()
    for theme in _load_dir(directory, themes, problems):
        if theme.name in seen:
            problems.append(f"skipped a second theme named {theme.name!r} in {directory}")
            continue
        seen.add(theme.name)
        themes[theme.name] = theme


def theme_names(extra_dir: Path | None = None) -> list[str]:
    """Names of the themes `load_themes` gives, in cycling order."""
    return [t.name for t in load_themes(extra_dir, problems=[])]


def _ordered(themes: Iterable[Theme]) -> list[Theme]:
    rank = {name: i for i, name in enumerate(BUILTIN_ORDER)}
    return sorted(themes, key=lambda t: (rank.get(t.name, len(rank)), t.name))


def _load_dir(directory: Traversable, known: dict[str, Theme], problems: list[str]) -> list[Theme]:
    try:
        if not directory.is_dir():
            return []
        files = sorted(
            (f for f in directory.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name
        )
    except OSError as exc:
        problems.append(f"cannot read theme folder {directory}: {exc.strerror or exc}")
        return []
    loaded: list[Theme] = []
    for file in files:
        try:
            theme = parse_theme(file.read_text(encoding="utf-8"), {**known, **_by_name(loaded)})
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"skipped theme file {file}: cannot read it ({exc})")
        except (tomllib.TOMLDecodeError, ThemeFileError) as exc:
            problems.append(f"skipped theme file {file}: {exc}")
        else:
            loaded.append(theme)
    return loaded


def _by_name(themes: list[Theme]) -> dict[str, Theme]:
    return {t.name: t for t in themes}


def parse_theme(source: str, known: Mapping[str, Theme] | None = None) -> Theme:
    """One theme from the text of a TOML file; `known` themes may be bases."""
    data = tomllib.loads(source)
    _check_keys("the file", data, _TOP_KEYS)
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ThemeFileError("'name' must be lowercase letters, digits and hyphens")
    if name in BUILTIN_THEMES:
        raise ThemeFileError(f"name {name!r} is taken by a Textual theme; choose another")
    base = _base(data.get("base"), known or {})
    colors = _table(data, "colors")
    claims = _table(data, "claims")
    styles = _table(data, "styles")
    extra = _table(data, "variables")
    _check_keys("[colors]", colors, {*_COLOR_FIELDS, "dark"})
    _check_keys("[claims]", claims, _CLAIM_COLOR_KEYS)
    _check_keys("[styles]", styles, _STYLE_KEYS)
    if base is None and "primary" not in colors:
        raise ThemeFileError("needs a 'base' theme or a 'primary' colour in [colors]")
    inherits = base is not None and "claim-named-person" in base.variables
    if not inherits:
        missing = [k for k in TYPE_KEYS.values() if k not in claims]
        if missing:
            raise ThemeFileError(f"[claims] lacks {', '.join(missing)}")
    fields: dict[str, Any] = {}
    for key, value in colors.items():
        if key == "dark":
            if not isinstance(value, bool):
                raise ThemeFileError("[colors] dark must be true or false")
            fields["dark"] = value
        else:
            fields[key] = _color(f"[colors] {key}", value)
    variables = {**VARIABLE_DEFAULTS, **(base.variables if base else {})}
    for key, value in extra.items():
        if not isinstance(value, str):
            raise ThemeFileError(f"[variables] {key} must be a string")
        variables[key] = value
    for key, value in claims.items():
        variables[f"claim-{key}"] = _color(f"[claims] {key}", value)
    for key, value in styles.items():
        variables[f"claim-{key}-style"] = _style(f"[styles] {key}", value)
    if base is None:
        theme = Theme(name=name, **fields, variables=variables)
    else:
        theme = dataclasses.replace(base, name=name, **fields, variables=variables)
    try:
        generated = theme.to_color_system().generate()
    except Exception as exc:  # Textual's own checks, whatever they raise
        raise ThemeFileError(f"Textual rejects it: {exc}") from None
    if "current" not in claims and not inherits:
        # the dark default would be wrong on a light base; the panel colour fits any
        theme.variables["claim-current"] = generated["panel"]
    return theme


def _base(value: object, known: Mapping[str, Theme]) -> Theme | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ThemeFileError("'base' must be a theme name")
    theme = known.get(value) or BUILTIN_THEMES.get(value)
    if theme is None:
        raise ThemeFileError(f"unknown base theme {value!r}")
    return theme


def _table(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ThemeFileError(f"[{key}] must be a table")
    return value


def _check_keys(where: str, table: Mapping[str, object], allowed: Iterable[str]) -> None:
    unknown = sorted(set(table) - set(allowed))
    if unknown:
        raise ThemeFileError(f"unknown key {unknown[0]!r} in {where}")


def _color(where: str, value: object) -> str:
    if not isinstance(value, str):
        raise ThemeFileError(f"{where} must be a colour string such as '#56B4E9'")
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeFileError(f"{where} is not a colour: {value!r}") from None
    return value


def _style(where: str, value: object) -> str:
    words = value.split() if isinstance(value, str) else []
    if not words or not set(words) <= STYLE_WORDS or ("none" in words and len(words) > 1):
        raise ThemeFileError(
            f"{where} must be 'none' or words from bold, dim, italic, underline, reverse, strike"
        )
    return " ".join(words)
