"""Every shipped theme's claim colours are readable and tell the five types apart.

Readable: a WCAG contrast of 4.5:1 against the background. Apart: a CIEDE2000
distance of 20 between any two claim colours. A theme with no hue (mono)
must tell the types apart by text style instead.
"""

from __future__ import annotations

import asyncio
from itertools import combinations

import pytest
from textual.color import Color
from textual.theme import BUILTIN_THEMES, ThemeProvider

from reader.analysis.model import SOURCE_TYPES
from reader.document import from_text
from reader.tui.app import NewsReaderApp
from reader.tui.contrast import colour_distance, contrast_ratio, hex_rgb
from reader.tui.themes import claim_palette, load_themes, theme_names

THEMES = {t.name: t for t in load_themes(problems=[])}
MIN_CONTRAST = 4.5
MIN_DISTANCE = 20.0


def background(name: str) -> str:
    generated = THEMES[name].to_color_system().generate()
    return Color.parse(generated["background"]).hex


def by_style_alone(name: str) -> bool:
    """The five types differ in text style (bold, italic, ...), not only in colour."""
    styles = claim_palette(THEMES[name].variables).type_styles
    looks = {frozenset(styles[t].split()) - {"none"} for t in SOURCE_TYPES}
    return len(looks) == len(SOURCE_TYPES) and frozenset() not in looks


@pytest.mark.parametrize("name", sorted(THEMES))
def test_claim_colours_reach_wcag_aa_on_the_background(name: str) -> None:
    ground = hex_rgb(background(name))
    for source_type, colour in claim_palette(THEMES[name].variables).colors.items():
        ratio = contrast_ratio(hex_rgb(Color.parse(colour).hex), ground)
        assert ratio >= MIN_CONTRAST, f"{name}: {source_type} {colour} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", sorted(THEMES))
def test_claim_colours_are_far_apart_or_the_types_differ_in_style(name: str) -> None:
    colours = claim_palette(THEMES[name].variables).colors
    if by_style_alone(name):
        return
    for (one, a), (two, b) in combinations(colours.items(), 2):
        distance = colour_distance(hex_rgb(Color.parse(a).hex), hex_rgb(Color.parse(b).hex))
        assert distance >= MIN_DISTANCE, f"{name}: {one} {a} ~ {two} {b}: ΔE {distance:.1f}"


def test_the_check_catches_the_old_light_browns() -> None:
    old_anonymous, old_document = hex_rgb("#B04A00"), hex_rgb("#8A5A00")
    assert colour_distance(old_anonymous, old_document) < MIN_DISTANCE


def test_only_mono_leans_on_style() -> None:
    assert [name for name in THEMES if by_style_alone(name)] == ["mono"]


def test_the_palette_offers_only_our_themes() -> None:
    async def run() -> list[str]:
        app = NewsReaderApp(from_text("Rain fell.\n", "rain.txt"))
        async with app.run_test(size=(80, 24)):
            assert set(app.available_themes) == set(theme_names())
            provider = ThemeProvider(app.screen)
            return [name for name, _ in provider.commands]

    offered = asyncio.run(run())
    assert sorted(offered) == sorted(theme_names())
    assert not set(offered) & set(BUILTIN_THEMES)
