"""Claim colours from the app's theme, and the styles built from them.

Themes carry the five source-type colours as variables (`claim-named-person`,
...). A theme without them still works: the Okabe-Ito colours of the design
are used, in their dark or light variant to suit the theme.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.style import Style
from textual.app import App
from textual.color import Color, ColorParseError
from textual.theme import BUILTIN_THEMES

from reader.analysis.model import SOURCE_TYPES, Kind, SourceType
from reader.config import config_path
from reader.tui.themes import DEFAULT_THEME, VARIABLE_DEFAULTS, claim_palette, load_themes

#: Theme variable naming each source type's colour.
VARIABLES: dict[SourceType, str] = {t: "claim-" + t.replace("_", "-") for t in SOURCE_TYPES}

FALLBACK_DARK: dict[SourceType, str] = {
    "named_person": "#56B4E9",
    "anonymous": "#D55E00",
    "institution": "#009E73",
    "media": "#CC79A7",
    "document": "#E69F00",
}
FALLBACK_LIGHT: dict[SourceType, str] = {**FALLBACK_DARK, "named_person": "#0072B2"}


def theme_defaults() -> dict[str, str]:
    """Variable defaults, so stylesheets may use `$claim-*` under any theme."""
    return {**VARIABLE_DEFAULTS, **{VARIABLES[t]: FALLBACK_DARK[t] for t in SOURCE_TYPES}}


def claim_colours(app: App[Any]) -> dict[SourceType, Color]:
    """The colour of each source type under the app's current theme."""
    theme = app.current_theme
    fallback = FALLBACK_DARK if theme.dark else FALLBACK_LIGHT
    colours: dict[SourceType, Color] = {}
    for source_type in SOURCE_TYPES:
        value = theme.variables.get(VARIABLES[source_type], fallback[source_type])
        try:
            colours[source_type] = Color.parse(value)
        except ColorParseError:
            colours[source_type] = Color.parse(fallback[source_type])
    return colours


@dataclass(frozen=True, slots=True)
class ClaimStyles:
    """Rich styles for every way a claim is drawn, under one theme."""

    colours: dict[SourceType, Color]
    type_styles: dict[SourceType, Style]
    kind_styles: dict[Kind, Style]
    speaker_style: Style
    current_style: Style
    match: Style
    current_match: Style

    def colour(self, source_type: SourceType) -> Style:
        return Style(color=self.colours[source_type].rich_color)

    def claim(self, source_type: SourceType, kind: Kind) -> Style:
        """The source colour, then the theme's styles for the type and the kind."""
        return self.colour(source_type) + self.type_styles[source_type] + self.kind_styles[kind]

    def speaker(self, source_type: SourceType) -> Style:
        return self.colour(source_type) + self.type_styles[source_type] + self.speaker_style

    def current(self, source_type: SourceType, kind: Kind) -> Style:
        return self.claim(source_type, kind) + self.current_style


def _style(words: str) -> Style:
    try:
        return Style.parse(words) if words and words != "none" else Style()
    except Exception:  # a theme with a word rich does not know draws it plain
        return Style()


def _colour(value: str | None, default: str) -> Color:
    try:
        return Color.parse(value or default)
    except ColorParseError:
        return Color.parse(default)


def claim_styles(app: App[Any]) -> ClaimStyles:
    """Styles from the current theme's variables, with the design's defaults."""
    theme = app.current_theme
    variables = {**theme_defaults(), **theme.variables}
    palette = claim_palette(variables)
    colours = claim_colours(app)
    type_styles = {t: _style(palette.type_styles[t]) for t in SOURCE_TYPES}
    direct, indirect = _style(palette.direct_style), _style(palette.indirect_style)
    speaker = _style(palette.speaker_style)
    current = Style(bgcolor=_colour(palette.current, "#262D36").rich_color)
    current = current + _style(palette.current_style)
    background = _colour(theme.background, "#000000" if theme.dark else "#ffffff")
    warning = _colour(theme.warning, "#ffa62b")
    # the match the cursor is on stands apart from the others by hue and weight
    accent = _colour(theme.primary, "#0178d4")
    return ClaimStyles(
        colours=colours,
        type_styles=type_styles,
        kind_styles={
            "direct": direct,
            "indirect": indirect,
            "mixed": indirect + Style(italic=True),
        },
        speaker_style=speaker,
        current_style=current,
        match=Style(color=background.rich_color, bgcolor=warning.rich_color),
        current_match=Style(
            color=background.rich_color, bgcolor=accent.rich_color, bold=True, underline=True
        ),
    )


def start_theme(app: App[Any], name: str) -> None:
    """Set the first theme as App.__init__ sets its default one, without a watcher.

    Assigning `App.theme` before the app runs makes Textual parse every
    stylesheet twice; the first parse happens after this anyway.
    """
    app.set_reactive(App.theme, name)
    # App.__init__ built the stylesheet's variables from the default theme
    app.stylesheet.set_variables(app.get_css_variables())
    dark = app.current_theme.dark
    app.set_class(dark, "-dark-mode", update=False)
    app.set_class(not dark, "-light-mode", update=False)
    app.set_class(True, f"-theme-{name}", update=False)
    app._refresh_truecolor_filter(app.ansi_theme)


class UnknownThemeError(ValueError):
    """`--theme` named a theme that is not installed."""


def set_up_themes(
    app: App[Any], asked: str | None, configured: str | None, problems: list[str]
) -> list[str]:
    """Register the theme files and start the theme wanted; returns their names.

    An unknown theme given with `--theme` is a usage error; one named in a
    stale config file only earns a warning and the default, so it cannot stop
    the reader.
    """
    themes = load_themes(problems=problems)
    for theme in themes:
        app.register_theme(theme)
    names = [t.name for t in themes]
    if names:
        # the palette's theme switcher offers what is registered: only themes
        # `--theme` accepts and whose claim colours were checked (tests/test_theme_colours.py)
        for builtin in BUILTIN_THEMES:
            app.unregister_theme(builtin)
    wanted = asked or configured
    if wanted and app.get_theme(wanted) is None:
        available = ", ".join(names or sorted(app.available_themes))
        if wanted != configured:
            raise UnknownThemeError(f"unknown theme {wanted!r} (available: {available})")
        problems.append(
            f"{config_path()}: key 'theme': {wanted!r} is not installed "
            f"(available: {available}); using the default"
        )
        wanted = None
    if not wanted:
        wanted = DEFAULT_THEME if DEFAULT_THEME in names else names[0] if names else app.theme
    start_theme(app, wanted)
    return names
