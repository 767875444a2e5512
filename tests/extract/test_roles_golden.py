"""Roles read from short made-up articles: titles without a club, club adjectives,
coreference, and the jobs the article says are over or not yet held."""

from __future__ import annotations

from mercato.extract import extract_stage
from mercato.ingest import header_stage
from mercato.model import Article


def roles(text: str, lang: str) -> set[tuple[str, str, str]]:
    article = extract_stage(header_stage(Article(text=text, lang=lang)))
    return {(r.person, r.club, r.role) for r in article.roles}


def people(text: str, lang: str) -> set[str]:
    return {r[0] for r in roles(text, lang)}


# A club adjective after the title names the club ("le coach bergamasque": Atalanta).


def test_a_club_adjective_after_the_title_names_the_club_fr() -> None:
    text = (
        " date 2024-06 L'OM veut garder son défenseur. L'OM a fait une offre. "
        "Le coach bergamasque Marco Ferrandi aurait apprécié les prestations du joueur "
        "lors de la double confrontation avec l'OM."
    )
    found = roles(text, "fr")
    assert ("Marco Ferrandi", "Atalanta", "head_coach") in found
    assert ("Marco Ferrandi", "Olympique de Marseille", "head_coach") not in found


def test_a_club_adjective_after_the_title_names_the_club_it() -> None:
    text = " date 2024-06 Il tecnico rossonero Paolo Gentile ha parlato in conferenza stampa."
    assert ("Paolo Gentile", "AC Milan", "head_coach") in roles(text, "it")


# A title with no club of its own is a job at the article's club, unless the sentence
# names that club as a past one.


def test_a_bare_title_is_a_job_at_the_article_club_despite_a_former_club() -> None:
    text = (
        " date 2025-11-03 L'Olympique de Marseille renforce sa direction. "
        "Le club phocéen est ambitieux. "
        "L'ex-joueur de la Roma et de la Juventus apprécie le directeur sportif Karim Benali."
    )
    assert ("Karim Benali", "Olympique de Marseille", "sporting_director") in roles(text, "fr")


def test_a_past_cue_between_title_and_name_breaks_the_link() -> None:
    text = (
        " date 2025-11-03 L'OM recrute un dirigeant. L'OM a trouvé son homme. "
        "Federico Valli retrouve un poste de dirigeant après son passage à Trévise, "
        "où il avait exercé des fonctions similaires."
    )
    assert "Trévise" not in people(text, "fr")


def test_a_new_job_told_with_a_possessive_is_held_already() -> None:
    text = (
        " date 2024-06 Leonardo Bertoni a pris un autre statut à l'Olympique de Marseille. "
        "Son nouvel entraîneur Roberto Ferri fonderait de grands espoirs en lui. "
        "L'OM compte sur lui."
    )
    assert ("Roberto Ferri", "Olympique de Marseille", "head_coach") in roles(text, "fr")


def test_a_new_job_without_a_possessive_is_not_held_yet() -> None:
    text = (
        " date 2024-06 L'OM prépare la saison. Le nouvel entraîneur Roberto Ferri "
        "arrivera la semaine prochaine à l'OM."
    )
    assert ("Roberto Ferri", "Olympique de Marseille", "head_coach") not in roles(text, "fr")


# A side led by a coach: the one club of the sentence, never a past club.


def test_working_under_a_coach_names_the_one_club_of_the_sentence() -> None:
    text = (
        " date 2024-07 Manchester United want to sell the striker. Manchester United have "
        "talked to three clubs. Marseille already have the green light from Greenwood, who "
        "is tempted by the project and working under Luca Bernardi, but the contracts wait."
    )
    found = roles(text, "en")
    assert ("Luca Bernardi", "Olympique de Marseille", "head_coach") in found
    assert ("Luca Bernardi", "Manchester United", "head_coach") not in found


def test_a_team_led_by_a_coach_is_not_the_past_club_of_the_sentence() -> None:
    text = (
        " date 2025-11-03 Rossi lascia la Roma. La Roma ha già trovato il sostituto, la Roma "
        "lo ringrazia. Potrà raggiungere Medhi Bennani, ex compagno di squadra alla Roma, "
        "nella squadra guidata da Roberto Ferri."
    )
    assert ("Roberto Ferri", "AS Roma", "head_coach") not in roles(text, "it")


# A sentence opening with a title speaks of the subject of the sentence before.


def test_an_opening_title_with_a_club_adjective_refers_back() -> None:
    text = (
        " date 2022-01 En tout cas, Jordi Ferrer est persuadé que le joueur a trouvé un "
        "accord ailleurs. Présent en conférence de presse, le président blaugrana s'est "
        "montré très dubitatif."
    )
    assert ("Jordi Ferrer", "FC Barcelona", "president") in roles(text, "fr")


def test_an_opening_title_refers_back_to_the_subject_not_to_a_complement() -> None:
    text = (
        " date 2022-07 Malgré l'arrivée récente d'Isaac Durand, Pablo Mendez peine à lancer "
        "son mercato. Pour le moment, le président de l'OM n'a pas montré de réelles ambitions."
    )
    found = roles(text, "fr")
    assert ("Pablo Mendez", "Olympique de Marseille", "president") in found
    assert "Isaac Durand" not in {r[0] for r in found}


# Names that hang on something else hold no title.


def test_a_name_after_another_noun_and_of_holds_no_title() -> None:
    text = (
        " date 2022-08 El Valencia quiere renovar a su jugador. La presidenta trasladó una "
        "oferta al futbolista bajo el mandato de Javier Molina, según el Valencia."
    )
    assert "Javier Molina" not in people(text, "es")


def test_a_titled_person_is_not_read_as_a_scorer() -> None:
    text = (
        " date 2024-06 L'OM a officialisé son entraîneur. Pour le propriétaire américain "
        "de l'OM, Frank Miller, son arrivée marque le début d'un nouveau chapitre."
    )
    found = roles(text, "fr")
    assert ("Frank Miller", "Olympique de Marseille", "owner") in found
    assert ("Frank Miller", "Olympique de Marseille", "player") not in found


def test_a_title_being_left_is_no_job() -> None:
    text = (
        " date 2022-06 Le PSG a trouvé son conseiller football. Le PSG est heureux de "
        "l'annoncer. Une arrivée qui vient compenser le départ du directeur sportif Marco Dias."
    )
    assert ("Marco Dias", "Paris Saint-Germain", "sporting_director") not in roles(text, "fr")


def test_a_name_cut_off_at_the_end_of_the_text_is_the_fuller_name() -> None:
    text = (
        " date 2022-07 Le président de l'OM, Pablo Mendez, a parlé. « Aujourd'hui, l'OM est "
        "plus solide grâce au leadership du président Pabl"
    )
    assert people(text, "fr") == {"Pablo Mendez"}


# Moves decide which jobs are over or not started.


def test_an_official_dismissal_ends_the_title_read_in_the_article() -> None:
    text = (
        " date 2022-06 Le FC Nantes fait le ménage. Martin Legrand, le président du club, "
        "a été licencié lundi par le FC Nantes."
    )
    assert ("Martin Legrand", "FC Nantes", "president") not in roles(text, "fr")


def test_an_official_signing_elsewhere_ends_the_old_player_job() -> None:
    text = (
        " date 2024-06 Der Wechsel von Stürmer Karim Benali von Paris Saint-Germain zu Real "
        "Madrid ist perfekt. Real Madrid hat den Transfer offiziell bestätigt."
    )
    found = roles(text, "de")
    assert ("Karim Benali", "Paris Saint-Germain", "player") not in found


def test_a_renewal_offered_by_a_president_is_at_the_renewing_club() -> None:
    text = (
        " date 2024-05 Il Lille vuole rinnovare il contratto dell'allenatore Paulo Ferreira. "
        "Il Presidente Olivier Martin gli ha proposto il rinnovo del contratto, in attesa "
        "di capire gli sviluppi legati a un approdo al Milan."
    )
    found = roles(text, "it")
    assert ("Olivier Martin", "Lille OSC", "president") in found
    assert ("Olivier Martin", "AC Milan", "president") not in found


# Other ways a text ties a person to a club.


def test_in_charge_of_a_club_after_a_name_is_its_coach() -> None:
    text = (
        " date 2024-04-28 Jurgen Hartmann, who has been in charge of Liverpool since "
        "October 2015, praised the approach of his successor in a news conference."
    )
    assert ("Jurgen Hartmann", "Liverpool", "head_coach") in roles(text, "en")


def test_alla_guida_di_a_club_is_its_coach() -> None:
    text = (
        " date 2024-09 Marco Bellini, da due anni alla guida del Torino, ha parlato del "
        "mercato in conferenza stampa."
    )
    assert ("Marco Bellini", "Torino", "head_coach") in roles(text, "it")


def test_a_club_in_the_possessive_before_a_name_is_theirs() -> None:
    text = (
        " date 2024-04-28 Sporting Lisbon's Ruben Moreira was another reported contender "
        "for the job at Anfield."
    )
    assert ("Ruben Moreira", "Sporting CP", "player") in roles(text, "en")


def test_a_title_after_as_is_the_job_of_the_person_before() -> None:
    text = (
        " date 2024-10-31 Ruud Verhoeven will continue as United's interim head coach for "
        "three more home games."
    )
    assert ("Ruud Verhoeven", "Manchester United", "head_coach") in roles(text, "en")


def test_a_title_after_as_without_a_club_gives_no_job() -> None:
    text = " date 2024-10-31 Ruud Verhoeven will continue as interim head coach for now."
    assert "Ruud Verhoeven" not in people(text, "en")


def test_the_object_of_a_clause_on_a_title_does_not_hold_it() -> None:
    text = (
        " date 2022-08 El Valencia negocia con el PSG. La presidenta, que conoce a Carlos "
        "Moreno desde su primera etapa, trasladó una última oferta al jugador."
    )
    assert not any(r[0] == "Carlos Moreno" and r[2] == "president" for r in roles(text, "es"))


def test_remaining_with_a_club_keeps_the_job_there() -> None:
    text = (
        " date 2024-10-31 Rúben Amaral will be the new Manchester United head coach after "
        "agreeing a deal to join from Sporting. Amaral will remain with Sporting for their "
        "next three fixtures."
    )
    assert ("Rúben Amaral", "Sporting CP", "head_coach") in roles(text, "en")


def test_a_contract_running_out_keeps_the_player_there() -> None:
    text = (
        " date 2022-02-01 En fin de contrat avec le FC Barcelone, Ousmane Diallo n'a pas "
        "encore décidé de son avenir."
    )
    assert ("Ousmane Diallo", "FC Barcelona", "player") in roles(text, "fr")


def test_a_person_who_bought_the_club_owns_it() -> None:
    text = (
        " date 2020-07 Après avoir racheté l'OM en octobre 2016, Frank Morrison a lourdement "
        "investi dans le club."
    )
    assert ("Frank Morrison", "Olympique de Marseille", "owner") in roles(text, "fr")


def test_a_current_title_after_the_name_with_its_club() -> None:
    text = (
        " date 2022-06-29 Selon Diario AS, l'OM est proche de signer Miguel Herrera, actuel "
        "directeur de la préparation physique des équipes de jeunes du club Ché."
    )
    assert ("Miguel Herrera", "Valencia CF", "fitness_coach") in roles(text, "fr")


def test_a_title_opening_an_item_of_a_semicolon_list_is_the_job_of_its_name() -> None:
    text = (
        " date 2024-05 El FC Barcelona presenta a su técnico. "
        "El nuevo entrenador ha firmado en un acto con el presidente del "
        "FC Barcelona, Jordi Puig; el vicepresidente primer responsable del área deportiva, "
        "Rafa Ferrer; y el director deportivo del club, Marc Soler."
    )
    found = roles(text, "es")
    assert ("Rafa Ferrer", "FC Barcelona", "executive") in found
    assert ("Jordi Puig", "FC Barcelona", "president") in found
