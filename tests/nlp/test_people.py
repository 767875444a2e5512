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


def test_a_word_glued_to_a_longer_proper_noun_is_not_a_surname() -> None:
    text = (
        "Marco Ruiz brilló en la final de la Copa Zafiro. Tras la Copa Zafiro, Marco Ruiz firmó "
        "con el club, que viene del ex-Nova Cardoso y del torneo."
    )
    assert list(people(text, "es")) == ["Marco Ruiz"]


def test_a_word_after_an_article_is_not_a_surname() -> None:
    text = (
        "Marco Soto llegó tras ganar al equipo y contra el Relámpago. "
        "Luego el Relámpago perdió otra vez en su casa y el Relámpago cayó."
    )
    assert list(people(text, "es")) == ["Marco Soto"]


def test_a_possessive_after_an_article_is_a_surname() -> None:
    text = "Tom Baker came on for the Croft's men. The Croft's side won the match on Sunday."
    assert "Croft" in people(text, "en")


def test_a_word_before_a_web_domain_is_not_a_surname() -> None:
    text = (
        "Lo scrive Zetanews.it stamattina. Secondo quanto scrive Zetanews.it, il difensore "
        "Marco Ferri firmerà con il club."
    )
    assert list(people(text, "it")) == ["Marco Ferri"]


def test_a_nickname_in_quotes_is_not_a_surname() -> None:
    text = "Pablo Ruiz, apodado 'Cóndor', firmó. Ayer 'Cóndor' habló y 'Cóndor' sonrió."
    assert list(people(text, "es")) == ["Pablo Ruiz"]


def test_a_quoted_surname_of_someone_named_still_counts() -> None:
    text = "Pablo Ruiz firmó ayer. Después, 'Ruiz' habló con la prensa."
    assert people(text, "es")["Pablo Ruiz"] == ["Pablo Ruiz", "Ruiz"]


def test_a_capitalised_particle_opening_a_clause_is_a_preposition() -> None:
    text = "Andrea Bianchi allena la Juventus (lunedì 3 agosto) Da Capitano a tecnico, il passo."
    assert list(people(text, "it")) == ["Andrea Bianchi"]
    assert "De Santi" in people("Il Milan ha chiuso la cessione di De Santi ieri.", "it")


def test_a_capitalised_particle_inside_a_name_belongs_to_it() -> None:
    text = "Le capitaine a été soigné par le médecin Paul Le Goff, qui a parlé."
    assert list(people(text, "fr")) == ["Paul Le Goff"]


def test_words_run_together_by_a_scrape_are_not_a_name() -> None:
    text = "Photo by JohnsonImages today. Credit to JohnsonImages again. Tom Baker signed."
    assert list(people(text, "en")) == ["Tom Baker"]
    assert "Kieran McAllister" in people("Kieran McAllister signed on Monday.", "en")


def test_a_hyphenated_word_with_a_common_part_is_not_a_name() -> None:
    text = "O clube escreveu: Bem-vindo Rui Falcão. Rui Falcão chega de Braga."
    assert list(people(text, "pt")) == ["Rui Falcão"]


def test_german_compounds_and_plurals_of_known_nouns_are_not_names() -> None:
    text = (
        "Der Verein hat keine Kaufoption, sagt Jonas Weber. Eine Kaufoption gibt es nicht. "
        "Die Kaufoption ist teuer. Drei Transfers stehen an. Zwei Transfers sind fix. "
        "Alle Transfers kommen."
    )
    assert list(people(text, "de")) == ["Jonas Weber"]


def test_common_words_before_a_given_name_are_cut() -> None:
    text = "Oltre al Saluto di Marco Ferri, la società ha pubblicato un video."
    assert list(people(text, "it")) == ["Marco Ferri"]


def test_a_first_word_written_in_lower_case_elsewhere_is_not_a_name() -> None:
    text = "Il a passé sept ans dans la Cité Azurée. La cité l'a adopté, dit Jean Dupont."
    assert list(people(text, "fr")) == ["Jean Dupont"]
    text = "Julio Vaccaro firmó en julio. Julio Vaccaro llega y Vaccaro habla."
    assert "Julio Vaccaro" in people(text, "es") or "Vaccaro" in people(text, "es")


def test_a_given_name_before_a_common_word_is_not_glued() -> None:
    text = "Lens a choisi Paul Nouveau, dit-on. Le club confirme que Paul Nouveau arrive."
    assert "Paul" in people(text, "fr")


def test_a_lower_case_particle_after_a_comma_starts_no_name() -> None:
    text = "A multa com o Vila-Rica, do Zantar, travou o acordo do clube com Bruno Lopes."
    assert "do Zantar" not in people(text, "pt")
    assert "Bruno Lopes" in people(text, "pt")


def test_an_abbreviated_month_before_a_day_is_not_a_name() -> None:
    text = "Bruno Hale will be presented on Jan. 27 at the club, and Jan. 28 is his debut."
    assert list(people(text, "en")) == ["Bruno Hale"]


def test_a_word_after_a_small_number_is_not_a_surname() -> None:
    text = "Laut 40 Umfragen liegt Jonas Weber vorn. Er hat 12 Umfragen gewonnen und 3 Umfragen."
    assert list(people(text, "de")) == ["Jonas Weber"]


def test_a_thing_of_someone_is_not_a_name() -> None:
    text = "Il voto premia la Lega di Vannucci e la Torre di Pisa. Marco Ferri ha votato."
    assert list(people(text, "it")) == ["Marco Ferri"]
    text = "Ontem, Pinto da Costa falou aos sócios e disse que Pinto da Costa fica no clube."
    assert "Pinto da Costa" in people(text, "pt")
    text = "Il pranzo al Ristorante di Piazza Garibaldi è finito, dice Marco Ferri."
    assert list(people(text, "it")) == ["Marco Ferri"]


def test_a_word_opening_a_quote_before_a_given_name_is_cut() -> None:
    text = "Il presidente scrive sul profilo ufficiale: “Saluto Marco Ferri, amico del club”."
    assert list(people(text, "it")) == ["Marco Ferri"]


def test_a_photo_credit_is_not_a_person() -> None:
    text = "Jonas Weber wechselt zu Hertha.\n© IMAGO / Paul Kruse\nJonas Weber kommt im Sommer."
    assert list(people(text, "de")) == ["Jonas Weber"]


def test_a_common_word_of_another_language_after_a_name_is_a_surname() -> None:
    text = "Lens a choisi Bram Still, dit-on. Le club confirme que Bram Still arrive lundi."
    assert "Bram" in people(text, "fr")
