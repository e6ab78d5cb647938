"""The colour maths behind the theme checks, against published values."""

from __future__ import annotations

import pytest

from reader.tui.contrast import (
    colour_distance,
    contrast_ratio,
    delta_e_2000,
    hex_rgb,
    lab,
    luminance,
)

#: Test pairs from Sharma, Wu and Dalal (2005), "The CIEDE2000 color-difference
#: formula", table 1: two CIELAB colours and their difference.
SHARMA = [
    ((50.0000, 2.6772, -79.7751), (50.0000, 0.0000, -82.7485), 2.0425),
    ((50.0000, 3.1571, -77.2803), (50.0000, 0.0000, -82.7485), 2.8615),
    ((50.0000, 0.0000, 0.0000), (50.0000, -1.0000, 2.0000), 2.3669),
    ((50.0000, -1.0000, 2.0000), (50.0000, 0.0000, 0.0000), 2.3669),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0009), 7.1792),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0011), 7.2195),
    ((50.0000, 2.5000, 0.0000), (73.0000, 25.0000, -18.0000), 27.1492),
    ((50.0000, 2.5000, 0.0000), (61.0000, -5.0000, 29.0000), 22.8977),
    ((50.0000, 2.5000, 0.0000), (56.0000, -27.0000, -3.0000), 31.9030),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ((90.8027, -2.0831, 1.4410), (91.1528, -1.6435, 0.0447), 1.4441),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
]


@pytest.mark.parametrize(("one", "two", "expected"), SHARMA)
def test_ciede2000_matches_the_published_pairs(
    one: tuple[float, float, float], two: tuple[float, float, float], expected: float
) -> None:
    assert delta_e_2000(one, two) == pytest.approx(expected, abs=1e-4)
    assert delta_e_2000(two, one) == pytest.approx(expected, abs=1e-4)


def test_wcag_contrast_of_known_pairs() -> None:
    white, black = hex_rgb("#FFFFFF"), hex_rgb("000000")
    assert contrast_ratio(white, black) == pytest.approx(21.0)
    assert contrast_ratio(black, white) == pytest.approx(21.0)
    assert contrast_ratio(white, white) == pytest.approx(1.0)
    # the grey usually quoted as just failing and just passing AA on white
    assert contrast_ratio(hex_rgb("#777777"), white) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(hex_rgb("#767676"), white) == pytest.approx(4.54, abs=0.01)
    assert luminance(hex_rgb("#FF0000")) == pytest.approx(0.2126)


def test_srgb_to_lab_of_known_colours() -> None:
    assert lab(hex_rgb("#FFFFFF")) == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    assert lab(hex_rgb("#000000")) == pytest.approx((0.0, 0.0, 0.0), abs=0.01)
    assert lab(hex_rgb("#FF0000")) == pytest.approx((53.24, 80.09, 67.20), abs=0.02)
    assert lab(hex_rgb("#808080")) == pytest.approx((53.59, 0.0, 0.0), abs=0.02)


def test_distance_tells_near_and_far_colours_apart() -> None:
    assert colour_distance(hex_rgb("#000000"), hex_rgb("#FFFFFF")) == pytest.approx(100.0)
    assert colour_distance(hex_rgb("#B04A00"), hex_rgb("#B04A01")) < 1
    with pytest.raises(ValueError, match="#RRGGBB"):
        hex_rgb("#FFF")
