"""Telling English from other languages, so the reader can say why it found no claims.

Every text here is written for this test.
"""

from __future__ import annotations

import asyncio

import pytest
from rich.text import Text

from reader.document import from_text
from reader.language import measure, mostly_english
from reader.tui.app import NewsReaderApp
from reader.tui.widgets.status import StatusLine

ENGLISH = (
    "The council approved the new harbour plan on Tuesday after a long debate. "
    "Mayor Jane Doe said that the work would start in spring and that the budget "
    "had been checked twice. A source close to the council said the costs were "
    "higher than expected, but the ministry has not commented on the figures."
)

RUSSIAN = (
    "Городской совет во вторник одобрил новый план реконструкции порта после "
    "долгих споров. Мэр города заявила, что работы начнутся весной и что бюджет "
    "проверили дважды. Источник, близкий к совету, сообщил, что расходы оказались "
    "выше ожидаемых, однако министерство пока не прокомментировало эти цифры."
)

FRENCH = (
    "Le conseil municipal a approuvé mardi le nouveau plan du port après un long "
    "débat. La maire Jeanne Dupont a déclaré que les travaux commenceraient au "
    "printemps et que le budget avait été vérifié deux fois. Une source proche du "
    "conseil a indiqué que les coûts étaient plus élevés que prévu, mais le "
    "ministère n'a pas encore commenté ces chiffres."
)

CHINESE = (
    "市议会周二在长时间辩论后批准了新的港口计划。市长表示，工程将于春季开始，"
    "预算已经核对过两次。一位接近议会的消息人士说，费用比预期要高，"
    "但交通部尚未对这些数字发表评论。"
)

#: English with a few names in another script, as a report from abroad has.
ENGLISH_WITH_NAMES = (
    ENGLISH + " The mayor of the sister city, Олег Орлов, said he would visit in May, "
    "and his deputy Μαρία Παππά said that the trip had been planned for a year."
)


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (ENGLISH, True),
        (ENGLISH_WITH_NAMES, True),
        (RUSSIAN, False),
        (FRENCH, False),
        (CHINESE, False),
    ],
    ids=["english", "english-with-names", "russian", "french", "chinese"],
)
def test_mostly_english(text: str, english: bool) -> None:
    assert measure(text).mostly_english is english
    assert mostly_english(text) is english


def test_the_shares_measured() -> None:
    russian, french, english = measure(RUSSIAN), measure(FRENCH), measure(ENGLISH)
    assert russian.latin < 0.05 and french.latin > 0.95 and english.latin == 1.0
    assert french.english < 0.05 < 0.25 < english.english


def test_a_short_or_empty_text_is_not_judged() -> None:
    assert mostly_english("Привет, мир.")
    assert mostly_english("")
    assert measure("").words == 0


def test_the_reader_says_why_a_french_article_has_no_claims() -> None:
    async def run(text: str) -> str:
        app = NewsReaderApp(from_text(text + "\n", "article.txt"))
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.pause()
            assert app.analysis is not None and not app.analysis.claims
            content = app.query_one(StatusLine).content
            assert isinstance(content, Text)
            return content.plain

    french = FRENCH.replace("a déclaré que", "pense que").replace("a indiqué que", "pense que")
    assert asyncio.run(run(french)).startswith("No claims found: the heuristics read English")
    narration = "The harbour was quiet on Tuesday and the boats stayed in. " * 5
    assert asyncio.run(run(narration)) == "No attributed claims found in this article."
