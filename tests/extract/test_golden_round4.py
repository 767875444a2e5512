"""Golden cases for round 4 of issue 3: credits (club accounts, sign-offs, credited
journalists), a job title standing for the subject of the sentence before, teams named by
their coach, a new job said of no one named, and players typed by "pezzi pregiati". Short
texts written for these tests; the names are made up."""

from __future__ import annotations

from tests.extract.test_golden import extract, find
from tests.extract.test_golden_clauses import kinds, roles


def test_a_club_s_own_tweet_credits_no_one() -> None:
    text = (
        " date 2025-06-02 El FC Barcelona ha anunciado el fichaje de Tomás Ferrandiz.\n\n"
        "Welcome Tomás! pic.twitter.com/abcd1234 — FC Barcelona (@FCBarcelona) June 2, 2025\n"
    )
    move = find(extract(text, "es"), "Tomás Ferrandiz", "FC Barcelona")
    assert "FC Barcelona" not in move.sources


def test_a_tweet_signed_with_no_name_credits_no_one() -> None:
    text = (
        " date 2025-06-02 El Valencia ha anunciado el fichaje de Tomás Ferrandiz.\n\n"
        "Oficial pic.twitter.com/abcd1234 — #CAMPEONES 🏆 (@somefanclub) June 2, 2025\n"
    )
    move = find(extract(text, "es"), "Tomás Ferrandiz", "Valencia CF")
    assert not [s for s in move.sources if "#" in s]


def test_an_outlet_signing_off_the_article_is_credited() -> None:
    text = (
        " date 2025-06-02 Arsenal have agreed a fee and are set to sign Oliver Grant. "
        "He will undergo a medical on Monday. – Guardian"
    )
    move = find(extract(text, "en"), "Oliver Grant", "Arsenal")
    assert "The Guardian" in move.sources


def test_a_journalist_credited_in_words_is_a_source_of_the_subject_s_move() -> None:
    text = (
        " date 2025-06-02 Paolo Verrini est le nouvel entraîneur de l'OM, annonce le club. "
        "Comme indiqué par le journaliste Marc Delorme, Paolo Verrini s'est déjà mis au travail."
    )
    move = find(extract(text, "fr"), "Paolo Verrini", "Olympique de Marseille")
    assert "Marc Delorme" in move.sources


def test_a_title_opening_a_sentence_is_the_subject_of_the_one_before() -> None:
    text = (
        " date 2025-07-01 Marco Dellavalle a commenté le prêt de Luca Bonetti à l'OM. "
        "Le coach d'Arsenal y a vu la meilleure solution pour faire progresser son joueur."
    )
    found = roles(text, "fr")
    assert ("Marco Dellavalle", "Arsenal", "head_coach") in found
    assert ("Luca Bonetti", "Arsenal", "head_coach") not in found


def test_a_title_beside_its_own_name_is_not_the_previous_subject_s() -> None:
    text = (
        " date 2025-07-01 Marco Dellavalle a commenté le prêt de Luca Bonetti à l'OM. "
        "Le coach d'Arsenal, Pierre Gandolfi, y a vu une bonne solution."
    )
    assert ("Marco Dellavalle", "Arsenal", "head_coach") not in roles(text, "fr")


def test_a_team_named_by_its_coach_is_the_club_that_opened_the_sentence_before() -> None:
    text = (
        " date 2025-09-20 L'Olympique de Marseille a repris la tête du classement. "
        "Les hommes de Paolo Verrini ont le même nombre de points que le Paris Saint-Germain."
    )
    found = roles(text, "fr")
    assert ("Paolo Verrini", "Olympique de Marseille", "head_coach") in found
    assert ("Paolo Verrini", "Paris Saint-Germain", "head_coach") not in found


def test_a_name_after_the_other_team_is_not_one_of_and_co() -> None:
    text = (
        " date 2025-09-20 Marco Bellini e compagni piegano i brianzoli di Sandro Lattanzi "
        "e conquistano la vetta."
    )
    assert not any(p == "Sandro Lattanzi" and r == "player" for p, _, r in roles(text, "it"))


def test_a_new_job_said_of_no_one_named_is_the_subject_s_appointment() -> None:
    text = (
        " date 2025-06-10 Luca Rinaldi e il Valencia: inizia una nuova era. Il Valencia "
        "cambia pagina.\n\n"
        "L'allenatore italiano, arrivato in città con un volo proveniente da Malaga, sarà "
        "ufficialmente il nuovo tecnico: l'annuncio del club arriverà nelle prossime ore."
    )
    move = find(extract(text, "it"), "Rinaldi", "Valencia CF")
    assert move.type == "appointment"
    assert move.status == "agreed"


def test_prized_assets_are_players_in_an_article_about_a_coach() -> None:
    text = (
        " date 2025-06-10 Il nuovo allenatore del Valencia è Luca Bernardi. Il tecnico "
        "italiano ha firmato. L'allenatore dovrà lavorare senza direttore sportivo e il club "
        "deve cedere i suoi pezzi pregiati (Marco Rinaldi in orbita Napoli)."
    )
    assert ("transfer", "SSC Napoli") in kinds(extract(text, "it"), "Marco Rinaldi")


def test_a_bare_denial_denies_the_article_s_one_transfer() -> None:
    text = (
        " date 2025-06-10 La Juventus avrebbe avviato indagini di mercato per il "
        "trasferimento di Marco Rinaldi. Ma la smentita è stata categorica."
    )
    assert find(extract(text, "it"), "Marco Rinaldi", "Juventus").status == "denied"


def test_a_pending_announcement_by_someone_named_as_reference_keeps_the_move_agreed() -> None:
    text = (
        " date 2025-06-10 Il Napoli ha acquistato Marco Rinaldi dal Genoa. L'ufficialità arriverà "
        "nelle prossime ore, con la solita comunicazione sui social di Paolo Verrini. "
        "Rinaldi ha firmato un contratto fino al 2029."
    )
    assert find(extract(text, "it"), "Rinaldi", "SSC Napoli").status == "agreed"


def test_the_same_move_signed_with_no_pending_announcement_is_official() -> None:
    text = (
        " date 2025-06-10 Il Napoli ha acquistato Marco Rinaldi dal Genoa. Rinaldi ha firmato "
        "un contratto fino al 2029."
    )
    assert find(extract(text, "it"), "Rinaldi", "SSC Napoli").status == "official"


def test_about_to_move_is_negotiating() -> None:
    text = (
        " date 2025-06-10 A fare posto sarà il polacco Marco Rinaldi: a sua volta in "
        "procinto di passare alla Juventus."
    )
    move = find(extract(text, "it"), "Marco Rinaldi", "Juventus")
    assert (move.type, move.status) == ("transfer", "negotiating")


def test_an_expired_option_sends_the_player_back_to_the_club_that_owns_him() -> None:
    text = (
        " date 2025-06-18 C'è la situazione legata a Marco Rinaldi: scaduti i termini per il "
        "riscatto da parte dei bianconeri, l'attaccante farà ritorno all'Atletico Madrid che "
        "ne detiene il cartellino."
    )
    move = find(extract(text, "it"), "Marco Rinaldi", "Juventus")
    assert (move.type, move.status, move.from_club) == ("transfer", "collapsed", "Atlético Madrid")
    assert not [m for m in extract(text, "it") if m.to_club == "Atlético Madrid"]


def test_a_contract_holder_plays_for_the_club_that_owns_him() -> None:
    text = (
        " date 2025-06-10 La Juventus valuta il trasferimento di Marco Rinaldi. Il "
        "centrocampista argentino, di proprietà dell'Atletico Madrid, conosce bene la Serie A."
    )
    assert ("Marco Rinaldi", "Atlético Madrid", "player") in roles(text, "it")


def test_a_side_described_before_its_coach_s_name() -> None:
    text = (
        " date 2025-11-10 El Valencia joven, impetuoso y valiente de Tomás Ferrandiz se "
        "reencontró contra el Betis."
    )
    assert ("Tomás Ferrandiz", "Valencia CF", "head_coach") in roles(text, "es")


def test_a_name_with_its_title_after_it_far_from_the_move_cue_holds_that_job() -> None:
    text = (
        " date 2025-06-10 Marco Rinaldi aurait été convaincu par les échanges qui ont suivi, "
        "notamment avec Paolo Verrini l'entraîneur, et serait désormais décidé à rejoindre "
        "le Napoli."
    )
    assert not kinds(extract(text, "fr"), "Paolo Verrini")


def test_a_record_compared_in_a_parenthesis_is_not_a_move() -> None:
    text = (
        " date 2025-06-10 Le Napoli pourrait recruter Marco Rinaldi pour 81 millions d'euros, "
        "le plus gros achat de l'histoire du club (devant Paolo Verrini à Arsenal pour 39 M€)."
    )
    moves = extract(text, "fr")
    assert not kinds(moves, "Paolo Verrini")


def test_a_club_adjective_after_a_title_names_the_club() -> None:
    text = (
        " date 2025-06-10 La Juventus a officialisé l'arrivée de Marco Rinaldi. Paolo "
        "Verrini, le président parisien, le porte en haute estime."
    )
    found = roles(text, "fr")
    assert ("Paolo Verrini", "Paris Saint-Germain", "president") in found
    assert ("Paolo Verrini", "Juventus", "president") not in found


def test_before_officially_appointing_him_is_not_official() -> None:
    text = (
        " date 2025-05-20 Liverpool have agreed a deal with Feyenoord for Oliver Grant. "
        "Liverpool will now finalize a contract with Oliver Grant before officially appointing "
        "him as manager."
    )
    assert find(extract(text, "en"), "Oliver Grant", "Liverpool").status == "agreed"


def test_the_owner_s_representative_announcing_a_coach_is_an_executive() -> None:
    text = (
        " date 2025-06-10 O português Luís Duarte é o novo treinador do AC Milan, num contrato "
        "válido até 2027, informou esta quinta-feira Marco Rinaldi, representante do "
        "proprietário do clube."
    )
    assert ("Marco Rinaldi", "AC Milan", "executive") in roles(text, "pt")
    assert not kinds(extract(text, "pt"), "Marco Rinaldi")


def test_a_coach_who_may_be_sacked_still_holds_the_job() -> None:
    text = (
        " date 2024-01-10 Os donos da Roma estão insatisfeitos e podem despedir o treinador "
        "Luís Duarte."
    )
    assert ("Luís Duarte", "AS Roma", "head_coach") in roles(text, "pt")


def test_a_player_renewing_plays_for_that_club() -> None:
    text = (
        " date 2024-05-10 Paolo Verrini rassicura i tifosi dell'Inter sul rinnovo di Marco "
        "Rinaldi: nessun problema, alla fine si farà."
    )
    assert ("Marco Rinaldi", "Inter Milan", "player") in roles(text, "it")


def test_a_club_said_to_own_the_player_named_before_is_his_origin() -> None:
    text = (
        " date 2025-06-10 La Juventus avrebbe avviato indagini di mercato per il "
        "trasferimento di Marco Rinaldi. Il centrocampista argentino, di proprietà "
        "dell'Atletico Madrid, conosce bene la Serie A."
    )
    move = find(extract(text, "it"), "Marco Rinaldi", "Juventus")
    assert move.from_club == "Atlético Madrid"


def test_a_hyphenated_descriptor_between_von_and_the_club() -> None:
    text = (
        " date 2024-05-29 Der FC Bayern hat Thomas Berger offiziell als neuen Trainer "
        "vorgestellt. Berger kommt von Premier-League-Absteiger Burnley."
    )
    move = find(extract(text, "de"), "Thomas Berger", "Bayern Munich")
    assert move.from_club == "Burnley"


def test_a_coach_s_last_game_against_another_club_is_his_exit() -> None:
    text = (
        " date 2024-05-24 Semana decisiva en el FC Barcelona. El FC Barcelona cambia de "
        "rumbo. El técnico Tomás Ferrandiz dirigirá su último partido este domingo ante el "
        "Sevilla."
    )
    assert ("departure", "FC Barcelona") in kinds(extract(text, "es"), "Tomás Ferrandiz")


def test_ending_one_s_mandate_is_a_departure() -> None:
    text = (
        ' date 2022-06-30 "Le FC Valence annonce que Paolo Verrini met fin à son mandat '
        "d'entraîneur de l'équipe première\", indique le communiqué."
    )
    assert ("departure", "Valencia CF") in kinds(extract(text, "fr"), "Paolo Verrini")


def test_a_titled_person_sacked_without_a_club_leaves_the_article_s_club() -> None:
    text = (
        " date 2022-06-30 Le FC Valence a changé d'entraîneur. Valence cherche encore. "
        "Paolo Verrini, le président du club, a été licencié lundi."
    )
    assert ("departure", "Valencia CF") in kinds(extract(text, "fr"), "Paolo Verrini")


def test_a_described_subject_is_the_one_named_in_the_sentence_before() -> None:
    text = (
        " date 2022-06-30 Paolo Verrini a quitté Valence. Valence a annoncé la nouvelle. "
        "Marco Rinaldi serait en pourparlers avec Valence. L'ancien milieu de terrain italien "
        "était à la tête de Naples, mais il a été licencié l'année suivante."
    )
    moves = extract(text, "fr")
    assert ("departure", "SSC Napoli") not in kinds(moves, "Paolo Verrini")
    assert ("departure", "SSC Napoli") in kinds(moves, "Marco Rinaldi")
