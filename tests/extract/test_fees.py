"""Fee spellings across languages: only euro amounts, never salaries or pounds."""

import pytest

from mercato.extract.fees import find_fees
from mercato.nlp.lexicon import load_lexicon
from mercato.nlp.text import fold


def fees(text: str, lang: str) -> list[float]:
    return [m.value for m in find_fees(text, fold(text), 0, len(text), load_lexicon(lang))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le club a payé 20M€ pour le milieu.", 20_000_000),
        ("fr", "Un transfert estimé à 20 millions d'euros.", 20_000_000),
        ("en", "United agreed a €20m fee with Sporting.", 20_000_000),
        ("en", "The deal is worth €31.5m plus add-ons.", 31_500_000),
        ("it", "Il Napoli chiede venti milioni per il centrocampista.", 20_000_000),
        ("it", "Operazione da 45 milioni di euro.", 45_000_000),
        ("es", "El traspaso costará 75 millones de euros.", 75_000_000),
        ("de", "Die Ablöse beträgt 45 Millionen Euro.", 45_000_000),
        ("pt", "O clube pagou 1,5 milhões de euros.", 1_500_000),
    ],
)
def test_fee_spellings(lang: str, text: str, expected: float) -> None:
    assert fees(text, lang)[:1] == [expected]


def test_pounds_are_not_converted() -> None:
    assert fees("City paid £53m for the forward.", "en") == []


def test_a_salary_is_not_a_fee() -> None:
    assert fees("Il guadagnerà tre milioni a stagione.", "it") == []


def test_euro_figure_given_beside_pounds_is_kept() -> None:
    assert fees("A fee of £7.7m (9m euros) was agreed.", "en") == [9_000_000]
