"""An abbreviated title before a name is an office a later description can
name in full: "Sen. Mara Lind ... the senator said" is Lind speaking, not a
new unnamed senator."""

import pytest

from reader.analysis import analyze
from reader.analysis.figures.backrefs import office_words


def _speaker_of_last_quote(text: str) -> str | None:
    return analyze(text).claims[-1].figure


@pytest.mark.parametrize(
    ("title", "office"),
    [
        ("Sen.", "senator"),
        ("Gov.", "governor"),
        ("Cllr", "councillor"),
        ("Dr.", "doctor"),
        ("Rep.", "congresswoman"),
        ("Prof.", "professor"),
    ],
)
def test_the_office_in_full_goes_back_to_the_titled_name(title: str, office: str) -> None:
    text = f'{title} Mara Lind opened the hearing. "The port will stay open," the {office} said.'
    assert _speaker_of_last_quote(text) == "Mara Lind"


def test_a_described_office_goes_back_to_the_titled_name() -> None:
    text = 'Gov. Tomas Brek spoke first. "We will not raise the fee," the Vestby governor said.'
    assert _speaker_of_last_quote(text) == "Tomas Brek"


def test_a_former_office_is_not_the_serving_one() -> None:
    text = 'Sen. Mara Lind spoke first. "It is fine," the former senator said.'
    assert _speaker_of_last_quote(text) != "Mara Lind"


def test_an_office_of_another_kind_is_not_the_titled_name() -> None:
    text = 'Sen. Mara Lind spoke first. "It is fine," the governor said.'
    assert _speaker_of_last_quote(text) != "Mara Lind"


def test_office_words_keep_the_role_as_written_and_add_the_office() -> None:
    assert office_words("Sen.") == "sen. senator"
    assert office_words("spokeswoman") == "spokeswoman"


@pytest.mark.parametrize("title", ["Cllr", "Councillor"])
def test_an_indefinite_description_brings_in_someone_new(title: str) -> None:
    text = (
        f"{title} Mara Lind chaired the panel. "
        "A Vestby councillor said the firm had been a shambles from the start."
    )
    assert _speaker_of_last_quote(text) != "Mara Lind"


@pytest.mark.parametrize("surname", ["Oyelowo-Banks", "Vell-Hastings", "Abadie-Fields"])
def test_a_double_barrelled_surname_alone_is_the_person_named_before(surname: str) -> None:
    text = (
        f"Tomas {surname}, president of the union, said the switch was faulty.\n\n"
        f"{surname} told the committee that crews were pushed."
    )
    analysis = analyze(text)
    assert [f.name for f in analysis.figures] == [f"Tomas {surname}"]
    assert [c.figure for c in analysis.claims] == [f"Tomas {surname}"] * 2


def test_a_hyphenated_body_name_stays_a_body() -> None:
    assert [f.source_type for f in analyze("Brek-Lund said the quay was safe.").figures] == [
        "institution"
    ]


@pytest.mark.parametrize("word", ["Passenger", "Resident", "Voter", "Patient"])
def test_who_someone_is_before_the_name_is_no_part_of_it(word: str) -> None:
    text = f"{word} Mara Lind, 34, said the carriage had tipped over."
    assert [f.name for f in analyze(text).figures] == ["Mara Lind"]


def test_such_a_word_inside_a_body_s_name_stays() -> None:
    assert [f.name for f in analyze("Patient Care Trust said the ward was full.").figures] == [
        "Patient Care Trust"
    ]


def test_police_ranks_written_without_full_stops_are_titles() -> None:
    text = (
        "Det Insp Rawiri Tamatea said the yard was sealed. "
        '"We are looking at every camera," the detective inspector said.'
    )
    analysis = analyze(text)
    assert [f.name for f in analysis.figures] == ["Rawiri Tamatea"]
    assert [c.figure for c in analysis.claims] == ["Rawiri Tamatea"] * 2


@pytest.mark.parametrize(
    "suffix", ["Therapeutics", "Minerals", "Pictures", "Insurance", "Dynamics"]
)
def test_a_company_named_by_its_trade_is_a_body_the_company_refers_to(suffix: str) -> None:
    text = (
        f"Vestby {suffix} halted the work on Monday.\n\n"
        "The company declined to say how many staff were affected."
    )
    (figure,) = analyze(text).figures
    assert (figure.name, figure.source_type) == (f"Vestby {suffix}", "institution")
    assert [s.text for s in figure.no_comment] == ["declined to say"]
