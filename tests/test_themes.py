"""Theme files: the shipped ones load with the promised colours, broken ones are skipped."""

from __future__ import annotations

import asyncio
import colorsys
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme
from textual.widgets import Static

import reader
from reader.analysis.model import SOURCE_TYPES
from reader.tui.themes import (
    BUILTIN_ORDER,
    DEFAULT_THEME,
    VARIABLE_DEFAULTS,
    builtin_theme_dir,
    claim_colors,
    claim_palette,
    load_themes,
    theme_names,
)

ROOT = Path(reader.__file__).resolve().parent.parent


def by_name(extra: Path | None = None) -> dict[str, Theme]:
    problems: list[str] = []
    themes = {t.name: t for t in load_themes(extra, problems=problems)}
    if extra is None:
        assert problems == []
    return themes


def luminance(color: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = Color.parse(color).rgb
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def generated(theme: Theme) -> dict[str, str]:
    return theme.to_color_system().generate()


def test_builtin_themes_load_in_cycling_order() -> None:
    assert theme_names() == list(BUILTIN_ORDER) == ["dark", "light", "high-contrast", "mono"]
    assert DEFAULT_THEME == "dark"
    assert not set(BUILTIN_ORDER) & set(BUILTIN_THEMES)


def test_every_theme_sets_every_variable() -> None:
    for theme in by_name().values():
        assert set(VARIABLE_DEFAULTS) <= set(theme.variables), theme.name


def test_dark_is_okabe_ito() -> None:
    assert claim_colors(by_name()["dark"].variables) == {
        "named_person": "#56B4E9",
        "anonymous": "#D55E00",
        "institution": "#009E73",
        "media": "#CC79A7",
        "document": "#E69F00",
    }


def test_light_uses_okabe_ito_blue_for_named_people() -> None:
    light = by_name()["light"]
    assert light.dark is False
    assert claim_colors(light.variables)["named_person"] == "#0072B2"


@pytest.mark.parametrize(
    ("name", "minimum"), [("dark", 4.5), ("light", 4.5), ("high-contrast", 7.0), ("mono", 7.0)]
)
def test_claim_colours_are_readable(name: str, minimum: float) -> None:
    theme = by_name()[name]
    colors = generated(theme)
    palette = claim_palette(theme.variables)
    for source_type, color in palette.colors.items():
        assert contrast(color, colors["background"]) >= minimum, (name, source_type)
        assert contrast(color, palette.current) >= 3.0, (name, source_type, "on current")


def test_colour_themes_give_five_distinct_colours() -> None:
    for name in ("dark", "light", "high-contrast"):
        assert len(set(claim_colors(by_name()[name].variables).values())) == 5, name


def test_mono_has_no_hue() -> None:
    mono = by_name()["mono"]
    for key, value in generated(mono).items():
        try:
            color = Color.parse(value)
        except Exception:
            continue  # not a colour (a style, "auto 87%", ...)
        _, lightness, saturation = colorsys.rgb_to_hls(*color.normalized)
        assert saturation < 0.01 or lightness in (0.0, 1.0), key


def test_mono_tells_types_and_kinds_apart_by_style_alone() -> None:
    palette = claim_palette(by_name()["mono"].variables)
    looks = set()
    for source_type in SOURCE_TYPES:
        for kind_style in (palette.direct_style, palette.indirect_style):
            words = set(palette.type_styles[source_type].split()) | set(kind_style.split())
            looks.add(frozenset(words - {"none"}))
    assert len(looks) == 2 * len(SOURCE_TYPES)
    assert palette.speaker_style not in {"none", *palette.type_styles.values()}


def test_claim_colors_fall_back_for_textual_themes() -> None:
    nord = BUILTIN_THEMES["nord"]
    assert claim_colors(nord.variables)["anonymous"] == VARIABLE_DEFAULTS["claim-anonymous"]
    assert claim_palette(nord.variables).indirect_style == "underline"


GOOD = """
name = "paper"
base = "textual-light"
[claims]
named-person = "#0072B2"
anonymous = "#B04A00"
institution = "#007A5A"
media = "#A8507F"
document = "#8A5A00"
"""

BROKEN = {
    "syntax.toml": ("name = 'x'\n[claims\n", "syntax.toml: "),
    "nobase.toml": ('name = "nobase"\nbase = "nope"\n', "unknown base theme 'nope'"),
    "colour.toml": (GOOD.replace("paper", "colour").replace("#B04A00", "#GGG"), "not a colour"),
    "missing.toml": (GOOD.replace("paper", "missing").replace("media =", "x ="), "unknown key"),
    "lacks.toml": (GOOD.replace("paper", "lacks").replace('media = "#A8507F"', ""), "lacks media"),
    "clash.toml": (GOOD.replace("paper", "nord"), "taken by a Textual theme"),
    "style.toml": (GOOD.replace("paper", "style") + '[styles]\nmedia = "blinking"\n', "style"),
    "name.toml": (GOOD.replace("paper", "Bad Name"), "'name' must be"),
    "table.toml": ('name = "table"\nbase = "dark"\nclaims = 3\n', "[claims] must be a table"),
}


def test_broken_files_are_skipped_with_one_line_each(tmp_path: Path) -> None:
    (tmp_path / "paper.toml").write_text(GOOD)
    for file, (text, _) in BROKEN.items():
        (tmp_path / file).write_text(text)
    (tmp_path / "binary.toml").write_bytes(b"\xff\xfe name")
    problems: list[str] = []
    themes = load_themes(tmp_path, problems=problems)
    assert [t.name for t in themes] == [*BUILTIN_ORDER, "paper"]
    assert len(problems) == len(BROKEN) + 1
    for file, (_, reason) in BROKEN.items():
        line = next(p for p in problems if f"{file}:" in p)
        assert reason in line and "\n" not in line
    assert any("binary.toml" in p for p in problems)


def test_problems_go_to_stderr_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.toml").write_text("name = ")
    themes = load_themes(tmp_path)
    assert len(themes) == len(BUILTIN_ORDER)
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("newsreader: skipped theme file ")
    assert "bad.toml" in err


def test_a_missing_extra_dir_is_no_error(tmp_path: Path) -> None:
    assert theme_names(tmp_path / "absent") == list(BUILTIN_ORDER)


def test_user_theme_can_extend_or_replace_a_builtin(tmp_path: Path) -> None:
    (tmp_path / "warm.toml").write_text(
        'name = "warm"\nbase = "dark"\n[claims]\nanonymous = "#FF8A50"\n'
        '[styles]\nspeaker = "bold italic"\n'
    )
    (tmp_path / "light.toml").write_text(
        GOOD.replace("paper", "light").replace("#0072B2", "#000080")
    )
    themes = by_name(tmp_path)
    warm = claim_palette(themes["warm"].variables)
    assert warm.colors["anonymous"] == "#FF8A50"
    assert warm.colors["named_person"] == "#56B4E9"  # inherited from dark
    assert warm.speaker_style == "bold italic"
    assert claim_colors(themes["light"].variables)["named_person"] == "#000080"
    assert list(themes)[: len(BUILTIN_ORDER)] == list(BUILTIN_ORDER)


def test_theme_on_a_textual_base_gets_a_fitting_current_marker(tmp_path: Path) -> None:
    (tmp_path / "paper.toml").write_text(GOOD)
    paper = by_name(tmp_path)["paper"]
    assert paper.variables["claim-current"] == generated(paper)["panel"]


def test_themes_are_found_where_the_wheel_puts_them() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include["themes"] == "reader/_themes"
    # in this checkout (editable install) there is no reader/_themes
    assert Path(str(builtin_theme_dir())) == ROOT / "themes"


def test_plain_wheel_layout_loads_the_packaged_themes(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(ROOT / "reader", site / "reader", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "themes", site / "reader" / "_themes")
    (site / "reader" / "_themes" / "dark.toml").write_text(
        (ROOT / "themes" / "dark.toml").read_text().replace("#D55E00", "#D55E01")
    )
    code = (
        "from reader.tui.themes import builtin_theme_dir, load_themes, claim_colors\n"
        "print(builtin_theme_dir())\n"
        "print(' '.join(t.name for t in load_themes()))\n"
        "print(claim_colors(load_themes()[0].variables)['anonymous'])\n"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    where, names, anonymous = out.stdout.splitlines()
    assert Path(where) == site / "reader" / "_themes"
    assert names.split() == list(BUILTIN_ORDER)
    assert anonymous == "#D55E01"  # the packaged copy, not the checkout's


class Swatch(App[None]):
    CSS = """
    #named { color: $claim-named-person; text-style: $claim-named-person-style; }
    #media { color: $claim-media; text-style: $claim-media-style; }
    #current { background: $claim-current; }
    """

    def compose(self) -> ComposeResult:
        yield Static("a", id="named")
        yield Static("b", id="media")
        yield Static("c", id="current")


def test_variables_work_in_textual_css() -> None:
    async def check(theme: Theme) -> None:
        app = Swatch()
        app.register_theme(theme)
        app.theme = theme.name
        async with app.run_test():
            media = app.query_one("#media")
            assert media.styles.color == Color.parse(theme.variables["claim-media"])
            style = theme.variables["claim-media-style"]
            assert bool(media.styles.text_style.bold) == ("bold" in style)
            assert bool(media.styles.text_style.italic) == ("italic" in style)
            assert app.query_one("#current").styles.background == Color.parse(
                theme.variables["claim-current"]
            )

    for theme in load_themes(problems=[]):
        asyncio.run(check(theme))


def test_each_call_gets_its_own_copies() -> None:
    first = load_themes(problems=[])
    first[0].variables["claim-anonymous"] = "#000000"
    again = load_themes(problems=[])
    assert claim_colors(again[0].variables)["anonymous"] == "#D55E00"
