"""Golden cases for the moves extractor: origins, statuses and who is (not) moving.

Each case is a short article written for these tests (invented people, real clubs) and
the fields of the move that must, or must not, come out of it.
"""

from __future__ import annotations

from mercato.extract import extract_stage
from mercato.ingest import header_stage
from mercato.model import Article, Move


def extract(text: str, lang: str) -> list[Move]:
    return extract_stage(header_stage(Article(text=text, lang=lang))).moves


def find(moves: list[Move], person: str, to_club: str, kind: str | None = None) -> Move:
    for move in moves:
        if person in move.person and move.to_club == to_club and kind in (None, move.type):
            return move
    listed = [(m.type, m.person, m.to_club) for m in moves]
    raise AssertionError(f"no move of {person} to {to_club} in {listed}")


def movers(moves: list[Move]) -> set[tuple[str, str, str]]:
    return {(m.type, m.person, m.to_club) for m in moves if m.salience == "main"}


# --- from_club -------------------------------------------------------------------------


def test_an_origin_told_in_the_past_is_not_the_origin_of_today_s_move() -> None:
    text = (
        " date 2018-06-12 Julián Berrondo será el entrenador del Real Madrid, anunció el club. "
        "Fue un portero que se formó en las categorías inferiores de la Real Sociedad y en 1990 "
        "fichó para el Real Madrid."
    )
    found = find(extract(text, "es"), "Julián Berrondo", "Real Madrid")
    assert found.salience == "main"
    assert found.from_club is None


def test_a_former_job_next_to_the_name_is_not_the_origin() -> None:
    text = (
        " date 2024-05-24 FC Barcelona have sacked Xavier Pons. The journalist said that "
        "former Bayern Munich and Germany manager Klaus Richter is expected to take over as "
        "head coach."
    )
    found = find(extract(text, "en"), "Klaus Richter", "FC Barcelona")
    assert found.type == "appointment"
    assert found.from_club is None


def test_a_former_job_after_the_name_with_words_between_is_not_the_origin() -> None:
    text = (
        " date 2024-07-02 Al posto di Marco Sala, il Lille ha scelto Pietro Venturi, ex "
        "allenatore - tra le altre - del Lione."
    )
    found = find(extract(text, "it"), "Pietro Venturi", "Lille OSC")
    assert found.from_club is None


def test_a_former_job_describing_the_subject_is_where_he_comes_from() -> None:
    text = (
        " date 2024-06-20 Matteo Rinaldi sera le prochain entraîneur de l'OM. "
        "C'est finalement Matteo Rinaldi qui sera l'heureux élu. "
        "L'ancien coach de Brighton s'est mis d'accord avec Marseille autour d'un contrat "
        "de trois ans."
    )
    found = find(extract(text, "fr"), "Matteo Rinaldi", "Olympique de Marseille")
    assert found.from_club == "Brighton & Hove Albion"


def test_a_club_nearer_another_name_is_not_the_origin() -> None:
    text = (
        " date 2024-06-20 Pietro Colombo ha scelto il Marsiglia e firmerà nei prossimi giorni. "
        "Dopo i 25 milioni pagati dal Chelsea per Luca Ferri, Pietro Colombo potrà iniziare "
        "la sua avventura sulla panchina del Marsiglia."
    )
    found = find(extract(text, "it"), "Pietro Colombo", "Olympique de Marseille")
    assert found.from_club != "Chelsea"


def test_a_sentence_naming_no_one_gives_the_subject_s_origin() -> None:
    text = (
        " date 2018-06-01 Nabil Ferhat's proposed move to Liverpool has been put on hold. "
        "Liverpool had hoped to announce the signing having reached agreement with Lyon "
        "over the terms of the transfer."
    )
    found = find(extract(text, "en"), "Nabil Ferhat", "Liverpool")
    assert found.from_club == "Olympique Lyonnais"


def test_a_player_sold_by_the_article_s_club_comes_from_it() -> None:
    text = (
        " date 2022-06-23 Il Valencia ha scelto il nuovo allenatore. Il Valencia deve "
        "cedere i suoi pezzi pregiati: Mario Sorli in orbita Napoli."
    )
    found = find(extract(text, "it"), "Mario Sorli", "SSC Napoli")
    assert found.from_club == "Valencia CF"


def test_an_exit_told_as_history_is_not_the_origin() -> None:
    text = (
        " date 2022-06-10 L'entraîneur Marco Gattini serait en pourparlers avec Valence et "
        "devrait signer un contrat de deux ans. L'ancien milieu italien était à la tête de "
        "Naples en 2020, mais il a été licencié l'année suivante."
    )
    found = find(extract(text, "fr"), "Marco Gattini", "Valencia CF")
    assert found.from_club is None


# --- status ----------------------------------------------------------------------------


def test_a_hedged_agreement_is_a_rumour() -> None:
    text = (
        " date 2022-06-30 Igor Tomic sarà probabilmente il nuovo allenatore del Marsiglia. "
        "L'allenatore avrebbe già trovato l'accordo con il Marsiglia per un biennale."
    )
    found = find(extract(text, "it"), "Igor Tomic", "Olympique de Marseille")
    assert found.status == "rumour"


def test_a_hedged_agreement_beside_talks_is_negotiating() -> None:
    text = (
        " date 2024-05-20 Der FC Bayern München steht kurz vor der Verpflichtung von Trainer "
        "Viktor Brandt vom FC Burnley. Die Gespräche sind weit fortgeschritten. Viktor Brandt: "
        "Mündliche Einigung liegt schon vor? Der FC Bayern und Viktor Brandt sollen sich "
        "bereits mündlich geeinigt haben."
    )
    found = find(extract(text, "de"), "Viktor Brandt", "Bayern Munich")
    assert found.status == "negotiating"


def test_an_announcement_still_missing_keeps_the_move_agreed() -> None:
    text = (
        " date 2024-08-10 Lorenzo Alvarez a déjà signé le renouvellement avec l'Inter, il ne "
        "manque plus que l'annonce officielle, qui arrivera d'ici une semaine."
    )
    found = find(extract(text, "fr"), "Lorenzo Alvarez", "Inter Milan")
    assert (found.type, found.status) == ("extension", "agreed")


def test_talks_said_without_a_move_word_give_their_stage() -> None:
    text = (
        " date 2020-07-25 Victor Okafor donne sa priorité au Napoli. Ce sont des négociations "
        "exclusives qui démarrent désormais entre le joueur et le Napoli."
    )
    found = find(extract(text, "fr"), "Victor Okafor", "SSC Napoli")
    assert found.status == "negotiating"


def test_a_club_s_confirmation_is_not_given_to_one_of_two_moves() -> None:
    text = (
        " date 2024-05-24 FC Barcelona have sacked Xavier Pons. The Catalans confirmed the "
        "news on Friday. Former Bayern Munich manager Klaus Richter is expected to take over "
        "as head coach next season."
    )
    found = find(extract(text, "en"), "Klaus Richter", "FC Barcelona")
    assert found.status == "rumour"


def test_an_interest_verb_is_a_move_cue() -> None:
    text = (
        " date 2025-08-31 Secondo Sky Sport, il Bologna segue Davide Ricci, mentre il Genoa "
        "avrebbe messo gli occhi su Stefano Galli."
    )
    found = find(extract(text, "it"), "Davide Ricci", "Bologna")
    assert (found.type, found.status) == ("transfer", "rumour")


# --- who moves -------------------------------------------------------------------------


def test_the_subject_of_a_move_verb_with_another_name_as_object_is_not_moving() -> None:
    text = (
        " date 2024-07-20 Marseille mayor Bernard Payet will ask the French club not to "
        "recruit Man Utd striker Mark Greenhill after the two sides reached an agreement."
    )
    moves = extract(text, "en")
    assert not [m for m in moves if "Payet" in m.person]
    assert find(moves, "Mark Greenhill", "Olympique de Marseille").type == "transfer"


def test_a_newcomer_thanking_his_new_club_is_not_leaving_it() -> None:
    text = (
        " date 2024-06-12 La Juventus a officiellement nommé Tiago Mota comme nouvel "
        "entraîneur. Tiago Mota a signé un contrat jusqu'en juin 2027. \"Je remercie les "
        "propriétaires de la Juventus\", a déclaré l'entraîneur sur le site officiel du club."
    )
    moves = extract(text, "fr")
    assert ("departure", "Tiago Mota", "Juventus") not in movers(moves)
    assert find(moves, "Tiago Mota", "Juventus").type == "appointment"


def test_the_coach_leaving_a_club_is_not_its_new_coach() -> None:
    text = (
        " date 2022-07-04 A peine deux jours après l'annonce du départ de l'entraîneur Jorge "
        "Salvi, l'OM lui a déjà trouvé un remplaçant. L'entraîneur Igor Tomic a signé un "
        "contrat de deux saisons avec le club olympien. Au moment d'annoncer l'arrivée du "
        "nouvel entraîneur de l'OM, Frank Morgan, le propriétaire du club, a dit un dernier "
        "au revoir à Jorge Salvi."
    )
    moves = extract(text, "fr")
    assert ("departure", "Jorge Salvi", "Olympique de Marseille") in movers(moves)
    assert ("appointment", "Jorge Salvi", "Olympique de Marseille") not in movers(moves)


# --- candidates for a job to fill -----------------------------------------------------


def test_a_candidate_named_without_a_club_is_a_candidate_for_the_club_s_job() -> None:
    text = (
        " date 2024-01-16 La Roma ha esonerato José Moreira. Tra le ipotesi per la successione "
        "dello Special One circola il nome di Daniele Rossetti, ma non sono esclusi colpi a "
        "sorpresa."
    )
    found = find(extract(text, "it"), "Daniele Rossetti", "AS Roma")
    assert (found.type, found.status, found.salience) == ("appointment", "rumour", "main")


def test_a_candidate_keeps_the_club_he_left_as_origin() -> None:
    text = (
        " date 2024-01-10 Os donos da Roma podem despedir José Moreira. E um dos principais "
        "candidatos a substituir o treinador português seria Daniele Rossetti, que deixou a "
        "SPAL na época passada. A Roma perdeu o dérbi."
    )
    found = find(extract(text, "pt"), "Daniele Rossetti", "AS Roma")
    assert found.type == "appointment"
    assert found.from_club == "SPAL"


def test_the_one_looking_for_a_coach_is_not_a_candidate() -> None:
    text = (
        " date 2022-07-01 L'OM a officialisé le départ de Jorge Salvi. Sans trembler, Paolo "
        "Lorenzi s'est d'emblée penché sur le nom de son successeur. Pour occuper ce poste à "
        "l'OM, c'est Igor Tomic qui est le favori."
    )
    moves = extract(text, "fr")
    assert not [m for m in moves if "Lorenzi" in m.person]
    assert find(moves, "Igor Tomic", "Olympique de Marseille").status == "rumour"


def test_no_candidate_without_a_job_to_fill() -> None:
    text = (
        " date 2024-01-16 L'OM est troisième de Ligue 1. Pour le moment, c'est Igor Tomic "
        "qui est le favori des supporters."
    )
    assert not [m for m in extract(text, "fr") if "Tomic" in m.person]


# --- who is not moving -----------------------------------------------------------------


def test_the_boss_named_after_a_title_is_a_reference() -> None:
    text = (
        " date 2022-06-10 Luis Camposo, ancien adjoint de José Moreira, devient conseiller "
        "football du PSG, annonce le club parisien."
    )
    moves = extract(text, "fr")
    assert not [m for m in moves if "Moreira" in m.person]
    assert find(moves, "Luis Camposo", "Paris Saint-Germain").type == "appointment"


def test_a_name_cut_off_by_the_end_of_the_article_is_the_full_name() -> None:
    text = (
        " date 2022-06-11 Gennaro Gattini será el entrenador del Valencia, un club de Peter "
        "Lemon. Pese a que no estuvo en ningún banquillo tras renunciar a la Fiorentina 25 días "
        "después de firmar, su trayectoria es lo que hace a Peter Le"
    )
    moves = extract(text, "es")
    assert not [m for m in moves if "Peter" in m.person]
    assert find(moves, "Gennaro Gattini", "Valencia CF").type == "appointment"


def test_a_title_opening_a_sentence_is_the_job_of_the_one_named_before() -> None:
    text = (
        " date 2022-08-29 Carlos Sorel se convertirá en nuevo jugador del PSG. El lunes se "
        "produjo una reunión entre Layla Chen y los agentes del jugador con la propuesta del "
        "PSG encima de la mesa. La presidenta, que conoce a Carlos, trasladó una última "
        "oferta de renovación al jugador."
    )
    moves = extract(text, "es")
    assert not [m for m in moves if "Chen" in m.person]


# --- sources ---------------------------------------------------------------------------


def test_a_credit_naming_no_one_is_the_article_s() -> None:
    text = (
        " date 2020-08-11 L'OM cherche toujours un directeur sportif. Le club a limogé son "
        "directeur sportif. Les supporters s'impatientent. Le mercato avance. Le temps presse. "
        "Le club hésite. Une thèse confirmée ce mardi par La Provence. Eric Royer est un "
        "candidat jugé crédible en interne."
    )
    found = find(extract(text, "fr"), "Eric Royer", "Olympique de Marseille")
    assert "La Provence" in found.sources


def test_a_new_coach_said_of_no_one_is_not_the_coach_who_leaves() -> None:
    text = (
        " date 2024-05-29 L'OM a licencié l'entraîneur Jorge Salvi. Le départ de Jorge Salvi "
        "était attendu. Le nouvel entraîneur sera présenté lundi à la presse."
    )
    moves = extract(text, "fr")
    assert ("departure", "Jorge Salvi", "Olympique de Marseille") in movers(moves)
    assert ("appointment", "Jorge Salvi", "Olympique de Marseille") not in movers(moves)


def test_a_title_s_club_said_of_the_one_named_before_is_his_origin() -> None:
    text = (
        " date 2020-08-11 L'OM cherche un successeur à Andrés Zubieta. Le quotidien avance un "
        "autre nom: Eric Royer est un candidat jugé crédible en interne. Passé par l'OM dans "
        "les années 90, l'ancien Niçois occupe actuellement les fonctions de directeur sportif "
        "de Watford."
    )
    found = find(extract(text, "fr"), "Eric Royer", "Olympique de Marseille")
    assert found.from_club == "Watford"


def test_a_renewal_refused_in_the_pluperfect_is_history_but_gives_the_origin() -> None:
    text = (
        " date 2024-06-12 La Juventus ha annunciato che Tiago Mota sarà il nuovo allenatore "
        "della sua squadra. Il 23 maggio il Bologna aveva diffuso una nota in cui aveva "
        "comunicato che Tiago Mota non avrebbe rinnovato il contratto."
    )
    moves = extract(text, "it")
    assert ("extension", "Tiago Mota", "Bologna") not in movers(moves)
    assert find(moves, "Tiago Mota", "Juventus").from_club == "Bologna"


def test_an_exit_dated_years_ago_is_not_the_origin() -> None:
    text = (
        " date 2022-06-10 L'entraîneur Marco Gattini serait en pourparlers avec Valence et "
        "devrait signer un contrat de deux ans. En 2020, Marco Gattini a été licencié par "
        "Naples."
    )
    found = find(extract(text, "fr"), "Marco Gattini", "Valencia CF")
    assert found.from_club is None


def test_a_contract_ending_with_a_club_a_few_words_on_is_where_he_is() -> None:
    text = (
        " date 2022-02-01 Le PSG tentait de faire venir Oumar Dembaré, lui qui est en fin de "
        "contrat dans six petits mois avec le FC Barcelone, selon une rumeur."
    )
    moves = extract(text, "fr")
    assert find(moves, "Oumar Dembaré", "Paris Saint-Germain").from_club == "FC Barcelona"
    assert ("transfer", "Oumar Dembaré", "FC Barcelona") not in movers(moves)


def test_a_described_subject_beside_titled_people_is_the_one_named_before() -> None:
    text = (
        " date 2024-05-29 El FC Barcelona y Hans Klick han llegado a un acuerdo para que el "
        "alemán sea el técnico del primer equipo. El nuevo entrenador ha firmado contrato en "
        "las oficinas del Club en un acto con el presidente del Barcelona, Juan Laporte; y el "
        "director deportivo del Club, Dario Souza, expresó el equipo en un comunicado."
    )
    moves = extract(text, "es")
    assert find(moves, "Hans Klick", "FC Barcelona").status == "official"
    assert not [m for m in moves if "Laporte" in m.person or "Souza" in m.person]


def test_an_exit_told_as_a_fact_takes_no_credit_from_the_next_job() -> None:
    text = (
        " date 2022-07-03 Dopo le dimissioni dell'allenatore Jorge Salvi il Marsiglia ha già "
        "scelto. Igor Tomic, secondo La Provence, avrebbe già trovato l'accordo con il "
        "Marsiglia per un biennale."
    )
    moves = extract(text, "it")
    assert find(moves, "Jorge Salvi", "Olympique de Marseille", "departure").sources == ()
    assert find(moves, "Igor Tomic", "Olympique de Marseille").sources == ("La Provence",)


def test_a_former_word_opening_a_sentence_describes_the_one_named_before() -> None:
    text = (
        " date 2020-07-17 Selon La Provence, le président voudrait confier le poste à Olivier "
        "Picot, débarqué de ses fonctions de manager général du SCO Angers. Pourtant, l'ancien "
        "Angevin est annoncé sur les tablettes de l'AS Monaco, en quête d'un directeur sportif "
        "pour remplacer Michel Emeka."
    )
    moves = extract(text, "fr")
    found = find(moves, "Olivier Picot", "AS Monaco")
    assert (found.type, found.status) == ("appointment", "rumour")
    assert found.sources == ("La Provence",)  # the outlet AS is not in "l'AS Monaco"
    assert ("appointment", "Michel Emeka", "AS Monaco") not in movers(moves)


def test_a_credit_said_of_no_one_is_not_given_to_an_exit() -> None:
    text = (
        " date 2024-06-28 Paulo Fonte non è più l'allenatore del Lille. Il nuovo allenatore del "
        "Milan, Paulo Fonte, firmerà un contratto biennale. È sempre più probabile - sottolinea "
        "Tuttosport - che la presentazione dell'ex allenatore della Roma avvenga a Milanello."
    )
    moves = extract(text, "it")
    assert "Tuttosport" not in find(moves, "Paulo Fonte", "Lille OSC", "departure").sources


def test_a_club_owning_what_follows_is_no_destination() -> None:
    text = (
        " date 2018-06-01 Liverpool are keen on Xavier Shaqa, available for a release clause "
        "of £12m following Stoke City's relegation from the Premier League."
    )
    moves = extract(text, "en")
    assert ("transfer", "Xavier Shaqa", "Stoke City") not in movers(moves)


def test_a_renewal_is_not_with_the_club_whose_offer_was_snubbed() -> None:
    text = (
        " date 2022-05-21 Kylian Mbapa has put pen to paper on a lucrative new deal at PSG, "
        "dashing Real Madrid's hopes of signing him this summer."
    )
    moves = extract(text, "en")
    assert find(moves, "Kylian Mbapa", "Paris Saint-Germain", "extension")
    assert ("extension", "Kylian Mbapa", "Real Madrid") not in movers(moves)


def test_a_sentence_naming_no_one_with_a_club_left_goes_to_the_other_club() -> None:
    text = (
        " date 2022-06-18 Ogni riferimento a Marco Demirel è puramente voluto. Quando tutti gli "
        "indizi sembravano spingere verso un addio, l'Atalanta è tornata sui propri passi, "
        "accordando la cifra pattuita con la Juventus e rilevando il cartellino del difensore."
    )
    found = find(extract(text, "it"), "Marco Demirel", "Atalanta")
    assert (found.type, found.from_club) == ("transfer", "Juventus")


def test_the_stage_of_leaving_a_club_is_the_stage_of_the_transfer() -> None:
    text = (
        " date 2022-07-16 Finalmente, Roberto Lewan deja el Bayern Munich y jugará la próxima "
        "temporada en el Barcelona. El deseo del delantero fue claro: salir del Bayern Munich "
        "para jugar en el Barcelona, entidad que no dudo en realizarle una oferta al club alemán."
    )
    found = find(extract(text, "es"), "Roberto Lewan", "FC Barcelona")
    assert (found.type, found.status) == ("transfer", "agreed")


def test_a_sentence_naming_no_one_before_the_subject_is_named_is_not_about_him() -> None:
    text = (
        " date 2022-06-18 E' scaduto il termine per il riscatto dei giocatori in prestito. "
        "Ogni riferimento a Marco Demirel è puramente voluto. L'Atalanta ha rilevato il "
        "cartellino di Marco Demirel dalla Juventus."
    )
    found = find(extract(text, "it"), "Marco Demirel", "Atalanta")
    assert found.status != "collapsed"


def test_becoming_the_first_to_win_is_a_record_not_a_job() -> None:
    text = (
        " date 2022-05-28 Real Madrid won a fifth Champions League in nine seasons, as Carlo "
        "Ancelli becomes the first coach to win the trophy for a fourth time with Real Madrid."
    )
    assert not [m for m in extract(text, "en") if "Ancelli" in m.person]


def test_the_club_a_player_is_on_loan_at_now_is_not_his_destination() -> None:
    text = (
        " date 2020-07-31 Nella trattativa con il Napoli potrebbe entrare come contropartita "
        "il difensore Cristian Romera, attualmente in prestito al Genoa."
    )
    moves = extract(text, "it")
    assert not [m for m in moves if "Romera" in m.person and m.to_club == "Genoa"]


def test_talks_with_a_club_two_moves_touch_are_given_to_neither() -> None:
    text = (
        " date 2024-07-01 Pablo Longo est satisfait. L'OM a recruté Jean Morel en provenance "
        "de l'Olympique Lyonnais. L'Olympique Lyonnais pense à Paul Girard pour le remplacer. "
        "Pablo Longo a salué le travail du club. Des discussions ont eu lieu avec l'Olympique "
        "Lyonnais cette semaine."
    )
    found = find(extract(text, "fr"), "Paul Girard", "Olympique Lyonnais")
    assert found.status == "rumour"


def test_the_one_whose_place_is_taken_leaves_the_club_of_the_new_job() -> None:
    text = (
        " date 2022-07-03 Igor Tomic molto probabilmente sarà il nuovo allenatore "
        "dell'Olympique Marsiglia: prenderà il posto del dimissionario Jorge Salvi."
    )
    moves = extract(text, "it")
    gone = find(moves, "Jorge Salvi", "Olympique de Marseille", "departure")
    assert gone.status == "official"
    assert find(moves, "Igor Tomic", "Olympique de Marseille").status == "rumour"
