"""Finding people and tying every mention to the fullest name the article gives."""

from __future__ import annotations

from mercato.nlp.lexicon import load_lexicon
from mercato.nlp.people import find_people
from mercato.nlp.text import sentences


def people(text: str, lang: str) -> dict[str, list[str]]:
    found = find_people(text, sentences(text), load_lexicon(lang), [], [])
    return {p.name: [m.text for m in p.mentions] for p in found}


def test_a_surname_resolves_to_the_full_name() -> None:
    text = (
        "Federico Balzaretti arrive à Marseille. Selon nos informations, Balzaretti signera lundi."
    )
    assert people(text, "fr")["Federico Balzaretti"] == ["Federico Balzaretti", "Balzaretti"]


def test_particles_belong_to_the_name() -> None:
    text = "Roberto De Zerbi a signé. Le technicien De Zerbi sera présenté demain."
    assert "Roberto De Zerbi" in people(text, "fr")


def test_an_elided_article_is_not_part_of_the_name() -> None:
    text = "Le départ d'Igor Tudor est acté. Igor Tudor quitte le club."
    assert people(text, "fr")["Igor Tudor"][0] == "Igor Tudor"


def test_a_descriptive_noun_before_a_given_name_is_dropped() -> None:
    text = "Die Zeit von Weltfußballer Robert Lewandowski beim FC Bayern ist zu Ende."
    assert list(people(text, "de")) == ["Robert Lewandowski"]


def test_german_nouns_are_not_names() -> None:
    text = "Die Verpflichtung ist perfekt. Die Ablösesumme beträgt 45 Millionen Euro."
    assert people(text, "de") == {}


def test_words_that_are_names_in_no_language_are_skipped() -> None:
    text = "Archivo - 22 April 2021, Italy: Gennaro Gattuso durante un partido."
    assert list(people(text, "es")) == ["Gennaro Gattuso"]


def test_a_nationality_noun_before_a_name_is_not_part_of_it() -> None:
    text = "Le Croate Dario Marić a signé lundi. Marić arrive de Split."
    assert list(people(text, "fr")) == ["Dario Marić"]
    assert list(people("Der Kroate Luka Marić kommt von Hajduk Split.", "de")) == ["Luka Marić"]
    assert list(people("The Croatian Luka Marić is close to a deal.", "en")) == ["Luka Marić"]


def test_acronyms_are_not_names() -> None:
    text = "A TSF escreve que o Benfica vai pagar. A TSF acrescenta que Rui Lopes assina hoje."
    assert list(people(text, "pt")) == ["Rui Lopes"]
