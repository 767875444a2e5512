"""Golden cases in Italian: short articles written for these tests, people made up."""

from __future__ import annotations

import pytest

from mercato.extract.fees import find_fees
from mercato.nlp.lexicon import load_lexicon
from mercato.nlp.text import fold

from .helpers import Case, case, check, extract, find, golden, kinds, move, roles

CASES = [
    case(
        "it-hedged-rumour",
        "it",
        "hedged_rumour",
        " date 2025-08-02 Secondo Sky Sport, la Juventus sarebbe interessata all'attaccante "
        "Marco Ferretti del Torino. Ferretti piace molto alla dirigenza bianconera.",
        move("Marco Ferretti", "Juventus", type="transfer", status="rumour", from_club="Torino"),
    ),
    case(
        "it-official-loan",
        "it",
        "loan",
        " date 2025-01-30 Il Cagliari ha ufficializzato l'arrivo in prestito di Davide Ricci "
        "dall'Atalanta. Il difensore resterà in Sardegna fino al termine della stagione, senza "
        "diritto di riscatto.",
        move("Davide Ricci", "Cagliari", type="loan", status="official", from_club="Atalanta"),
    ),
    case(
        "it-extension-goalkeeper",
        "it",
        "extension",
        " date 2025-03-02 L'Udinese ha rinnovato il contratto del portiere Stefano Galli fino "
        "al 2029. Il club friulano lo ha annunciato con una nota.",
        move("Stefano Galli", "Udinese", type="extension", status="official"),
    ),
    case(
        "it-staff-appointment-sporting-director",
        "it",
        "staff_appointment",
        " date 2025-06-05 Il Sassuolo ha scelto il nuovo direttore sportivo: sarà Paolo "
        "Ferrante, che lascia il Cagliari.",
        move(
            "Paolo Ferrante",
            "Sassuolo",
            type="appointment",
            role="sporting_director",
            status="agreed",
            from_club="Cagliari",
        ),
    ),
    case(
        "it-several-moves-two-players-two-clubs",
        "it",
        "several_moves",
        " date 2025-08-31 Ultimo giorno di mercato: il Bologna ha acquistato Davide Ricci, "
        "mentre Stefano Galli ha firmato con il Genoa. Entrambi i centrocampisti arrivano "
        "dalla Serie B.",
        move("Davide Ricci", "Bologna", type="transfer", status="official"),
        move("Stefano Galli", "Genoa", type="transfer", status="official"),
    ),
    case(
        "it-hedged-rumour-eyes-on",
        "it",
        "hedged_rumour",
        " date 2025-07-10 La Lazio ha messo gli occhi su Stefano Galli dell'Empoli. Il "
        "centrocampista piace molto alla dirigenza biancoceleste.",
        move("Stefano Galli", "SS Lazio", type="transfer", status="rumour", from_club="Empoli"),
    ),
    case(
        "it-several-moves-two-rumours",
        "it",
        "several_moves",
        " date 2025-08-31 Secondo Sky Sport, il Bologna segue Davide Ricci, mentre il Genoa "
        "avrebbe messo gli occhi su Stefano Galli.",
        move("Davide Ricci", "Bologna", status="rumour", sources=("Sky Sport",)),
        move("Stefano Galli", "Genoa", status="rumour", sources=("Sky Sport",)),
    ),
    case(
        "it-fee-spelling-in-words",
        "it",
        "fee_spelling",
        " date 2025-08-10 Il Bologna ha ufficializzato l'acquisto di Davide Ricci dal Sassuolo "
        "per diciotto milioni di euro. Il difensore ha firmato un contratto quinquennale.",
        move("Davide Ricci", "Bologna", from_club="Sassuolo", fee_eur=18_000_000),
    ),
    case(
        "it-fee-spelling-fixed-part-before-bonus",
        "it",
        "fee_spelling",
        " date 2025-08-10 Il Bologna ha ufficializzato l'acquisto di Davide Ricci dal Sassuolo "
        "per 12,5 milioni più 2 di bonus.",
        move("Davide Ricci", "Bologna", status="official", fee_eur=12_500_000),
    ),
    case(
        "it-extension-extended-by-the-player",
        "it",
        "extension",
        " date 2025-03-02 Il portiere Stefano Galli ha prolungato il suo contratto con "
        "l'Udinese fino al 2029.",
        move("Stefano Galli", "Udinese", type="extension", status="official"),
    ),
    case(
        "it-bench-entrusted-to-a-coach",
        "it",
        "staff_appointment",
        " date 2025-06-10 Il Genoa ha affidato la panchina a Fabio Morandi, che ha firmato un "
        "biennale.",
        move("Fabio Morandi", "Genoa", type="appointment", role="head_coach", status="official"),
    ),
    case(
        "it-will-be-the-new-coach",
        "it",
        "staff_appointment",
        " date 2025-06-10 Fabio Morandi sarà il nuovo allenatore del Genoa.",
        move("Fabio Morandi", "Genoa", type="appointment", role="head_coach"),
    ),
    case(
        "it-club-denies-interest",
        "it",
        "denial",
        " date 2025-06-10 La Fiorentina smentisce l'interesse per Stefano Galli dell'Empoli.",
        move("Stefano Galli", "ACF Fiorentina", type="transfer", status="denied"),
    ),
    case(
        "it-coup-of-the-buyer-with-bonus",
        "it",
        "fee_spelling",
        " date 2025-06-10 Colpo del Bologna: Davide Ricci arriva dal Sassuolo per 12,5 milioni "
        "più 2 di bonus.",
        move("Davide Ricci", "Bologna", from_club="Sassuolo", fee_eur=12_500_000),
    ),
    case(
        "it-renewal-headline-short-sentence",
        "it",
        "extension",
        " date 2025-06-10 Rinnovo fino al 2029 per Stefano Galli con l'Udinese.",
        move("Stefano Galli", "Udinese", type="extension"),
    ),
    case(
        "it-several-moves-mentre-and-e",
        "it",
        "several_moves",
        " date 2025-09-01 Ultimo giorno di mercato: il Bologna ha acquistato Lorenzo Ferri, "
        "mentre Simone Bellini è passato al Genoa e Paolo Marchetti ha firmato con il Torino.",
        move("Lorenzo Ferri", "Bologna", type="transfer"),
        move("Simone Bellini", "Genoa", type="transfer"),
        move("Paolo Marchetti", "Torino", type="transfer"),
    ),
    case(
        "it-several-moves-gapped-loans",
        "it",
        "several_moves",
        " date 2025-09-01 La Juventus ha ceduto in prestito Lorenzo Ferri al Genoa e Simone "
        "Bellini al Cagliari.",
        move("Lorenzo Ferri", "Genoa", type="loan"),
        move("Simone Bellini", "Cagliari", type="loan"),
    ),
    case(
        "it-appointment-affidato-la-panchina",
        "it",
        "staff_appointment",
        " date 2025-06-10 Il Genoa ha affidato la panchina a Riccardo Fontanesi, che ha firmato "
        "un biennale.",
        move("Riccardo Fontanesi", "Genoa", type="appointment", role="head_coach"),
    ),
    case(
        "it-extension-contract-of-no-position",
        "it",
        "extension",
        " date 2025-07-14 Il Torino ha rinnovato il contratto di Marco Rinaldi fino al 2029.",
        move("Marco Rinaldi", "Torino", type="extension", status="official"),
    ),
    case(
        "it-extension-nominal-with-end-year",
        "it",
        "extension",
        " date 2025-07-14 Rinnovo fino al 2029 per Stefano Galli con l'Udinese.",
        move("Stefano Galli", "Udinese", type="extension", status="agreed"),
    ),
    case(
        "it-fee-to-the-club-paid",
        "it",
        "from_club",
        " date 2025-07-14 Il Bologna ha chiuso per Davide Ricci: al Sassuolo 15 mln di euro.",
        move("Davide Ricci", "Bologna", from_club="Sassuolo", fee_eur=15_000_000),
    ),
    case(
        "it-denial-by-the-buyer-named-after-of",
        "it",
        "denial",
        " date 2025-07-14 Smentita secca del Napoli: nessuna trattativa con la Fiorentina per "
        "il centrocampista Stefano Galli.",
        move("Stefano Galli", "SSC Napoli", status="denied", from_club="ACF Fiorentina"),
    ),
]


@pytest.mark.parametrize("golden_case", CASES)
def test_case(golden_case: Case) -> None:
    check(golden_case)


@golden("it", "official")
def test_a_player_leaving_for_another_club_is_not_also_a_departure() -> None:
    text = (
        " date 2025-07-02 Ufficiale: Marco Ferretti lascia il Torino e firma con la Juventus "
        "fino al 2029."
    )
    moves = extract(text, "it")
    assert [(m.type, m.from_club, m.to_club) for m in moves] == [("transfer", "Torino", "Juventus")]


@golden("it", "departure")
def test_no_longer_the_coach_is_a_departure_from_that_club() -> None:
    text = (
        " date 2025-06-04 Luca Bernardi non è più l'allenatore del Torino. Il tecnico "
        "potrà ora firmare come nuovo allenatore della Lazio."
    )
    moves = extract(text, "it")
    assert ("departure", "Torino") in kinds(moves, "Luca Bernardi")
    assert ("departure", "SS Lazio") not in kinds(moves, "Luca Bernardi")


@golden("it", "departure")
def test_an_exit_is_not_from_the_club_of_the_new_job() -> None:
    text = (
        " date 2025-06-04 Arriva la separazione da Luca Bernardi, che potrà firmare come "
        "nuovo allenatore della Lazio."
    )
    assert ("departure", "SS Lazio") not in kinds(extract(text, "it"), "Luca Bernardi")


@golden("it", "extension")
def test_a_renewal_is_with_the_club_named_beside_it() -> None:
    text = (
        " date 2025-05-10 Marco Rinaldi ha preso tempo con il Torino sul rinnovo: la "
        "Lazio lo segue da settimane."
    )
    assert ("extension", "Torino") in kinds(extract(text, "it"), "Marco Rinaldi")


@golden("it", "from_club")
def test_signing_with_a_club_is_not_an_agreement_with_the_seller() -> None:
    text = " date 2025-07-01 Il Torino ha liberato Luca Bernardi, che ora firmerà con la Lazio."
    assert "SS Lazio" not in {m.from_club for m in extract(text, "it")}


@golden("it", "several_moves")
def test_each_club_goes_to_the_name_beside_it() -> None:
    text = (
        " date 2025-06-10 Luca Bernardi deve ancora scegliere il nuovo direttore sportivo e "
        "il club deve cedere i suoi gioielli (Marco Rinaldi in orbita Napoli e Paolo Greco, "
        "profilo ideale per la Roma)."
    )
    moves = extract(text, "it")
    assert {to for _, to in kinds(moves, "Marco Rinaldi")} == {"SSC Napoli"}
    assert {to for _, to in kinds(moves, "Paolo Greco")} == {"AS Roma"}
    assert not kinds(moves, "Luca Bernardi")


@golden("it", "roles")
def test_a_lower_case_preposition_is_not_a_title() -> None:
    text = (
        " date 2025-06-20 Scaduti i termini per il riscatto, si torna ad Alvaro Ruiz: "
        "l'attaccante farà ritorno all'Atletico Madrid."
    )
    assert not any(role == "ceo" for _, _, role in roles(text, "it"))


@golden("it", "negotiating")
def test_talks_with_a_club_name_the_seller() -> None:
    text = (
        " date 2025-06-01 Il Lione ha avviato i contatti con il Nantes per Marius Dorel, "
        "esterno classe 2003."
    )
    found = find(extract(text, "it"), "Marius Dorel", "Olympique Lyonnais")
    assert (found.from_club, found.status) == ("FC Nantes", "negotiating")


@golden("it", "from_club")
def test_under_contract_with_names_the_club_left() -> None:
    text = (
        " date 2025-07-01 Il centrocampista Diego Ferraro, di proprietà dell'Atletico Madrid, "
        "piace alla Juventus."
    )
    assert find(extract(text, "it"), "Diego Ferraro", "Juventus").from_club == "Atlético Madrid"


@golden("it", "not_a_move")
def test_the_one_replaced_leaves_the_club_that_replaces_him() -> None:
    text = (
        " date 2025-06-01 Al posto di Marco Bellini, il Lille ha scelto Luca Sarti, ex "
        "allenatore del Lione."
    )
    moves = extract(text, "it")
    assert not any(m.person == "Marco Bellini" and m.to_club == "Olympique Lyonnais" for m in moves)


@golden("it", "roles")
def test_a_name_after_the_other_team_is_not_one_of_and_co() -> None:
    text = (
        " date 2025-09-20 Marco Bellini e compagni piegano i brianzoli di Sandro Lattanzi "
        "e conquistano la vetta."
    )
    assert not any(p == "Sandro Lattanzi" and r == "player" for p, _, r in roles(text, "it"))


@golden("it", "staff_appointment")
def test_a_new_job_said_of_no_one_named_is_the_subject_s_appointment() -> None:
    text = (
        " date 2025-06-10 Luca Rinaldi e il Valencia: inizia una nuova era. Il Valencia "
        "cambia pagina.\n\n"
        "L'allenatore italiano, arrivato in città con un volo proveniente da Malaga, sarà "
        "ufficialmente il nuovo tecnico: l'annuncio del club arriverà nelle prossime ore."
    )
    found = find(extract(text, "it"), "Rinaldi", "Valencia CF")
    assert found.type == "appointment"
    assert found.status == "agreed"


@golden("it", "hedged_rumour")
def test_prized_assets_are_players_in_an_article_about_a_coach() -> None:
    text = (
        " date 2025-06-10 Il nuovo allenatore del Valencia è Luca Bernardi. Il tecnico "
        "italiano ha firmato. L'allenatore dovrà lavorare senza direttore sportivo e il club "
        "deve cedere i suoi pezzi pregiati (Marco Rinaldi in orbita Napoli)."
    )
    assert ("transfer", "SSC Napoli") in kinds(extract(text, "it"), "Marco Rinaldi")


@golden("it", "denial")
def test_a_bare_denial_denies_the_article_s_one_transfer() -> None:
    text = (
        " date 2025-06-10 La Juventus avrebbe avviato indagini di mercato per il "
        "trasferimento di Marco Rinaldi. Ma la smentita è stata categorica."
    )
    assert find(extract(text, "it"), "Marco Rinaldi", "Juventus").status == "denied"


@golden("it", "agreed")
def test_a_pending_announcement_by_someone_named_as_reference_keeps_the_move_agreed() -> None:
    text = (
        " date 2025-06-10 Il Napoli ha acquistato Marco Rinaldi dal Genoa. L'ufficialità arriverà "
        "nelle prossime ore, con la solita comunicazione sui social di Paolo Verrini. "
        "Rinaldi ha firmato un contratto fino al 2029."
    )
    assert find(extract(text, "it"), "Rinaldi", "SSC Napoli").status == "agreed"


@golden("it", "official")
def test_the_same_move_signed_with_no_pending_announcement_is_official() -> None:
    text = (
        " date 2025-06-10 Il Napoli ha acquistato Marco Rinaldi dal Genoa. Rinaldi ha firmato "
        "un contratto fino al 2029."
    )
    assert find(extract(text, "it"), "Rinaldi", "SSC Napoli").status == "official"


@golden("it", "negotiating")
def test_about_to_move_is_negotiating() -> None:
    text = (
        " date 2025-06-10 A fare posto sarà il polacco Marco Rinaldi: a sua volta in "
        "procinto di passare alla Juventus."
    )
    found = find(extract(text, "it"), "Marco Rinaldi", "Juventus")
    assert (found.type, found.status) == ("transfer", "negotiating")


@golden("it", "collapsed")
def test_an_expired_option_sends_the_player_back_to_the_club_that_owns_him() -> None:
    text = (
        " date 2025-06-18 C'è la situazione legata a Marco Rinaldi: scaduti i termini per il "
        "riscatto da parte dei bianconeri, l'attaccante farà ritorno all'Atletico Madrid che "
        "ne detiene il cartellino."
    )
    found = find(extract(text, "it"), "Marco Rinaldi", "Juventus")
    assert (found.type, found.status, found.from_club) == (
        "transfer",
        "collapsed",
        "Atlético Madrid",
    )
    assert not [m for m in extract(text, "it") if m.to_club == "Atlético Madrid"]


@golden("it", "roles")
def test_a_contract_holder_plays_for_the_club_that_owns_him() -> None:
    text = (
        " date 2025-06-10 La Juventus valuta il trasferimento di Marco Rinaldi. Il "
        "centrocampista argentino, di proprietà dell'Atletico Madrid, conosce bene la Serie A."
    )
    assert ("Marco Rinaldi", "Atlético Madrid", "player") in roles(text, "it")


@golden("it", "roles")
def test_a_player_renewing_plays_for_that_club() -> None:
    text = (
        " date 2024-05-10 Paolo Verrini rassicura i tifosi dell'Inter sul rinnovo di Marco "
        "Rinaldi: nessun problema, alla fine si farà."
    )
    assert ("Marco Rinaldi", "Inter Milan", "player") in roles(text, "it")


@golden("it", "from_club")
def test_a_club_said_to_own_the_player_named_before_is_his_origin() -> None:
    text = (
        " date 2025-06-10 La Juventus avrebbe avviato indagini di mercato per il "
        "trasferimento di Marco Rinaldi. Il centrocampista argentino, di proprietà "
        "dell'Atletico Madrid, conosce bene la Serie A."
    )
    found = find(extract(text, "it"), "Marco Rinaldi", "Juventus")
    assert found.from_club == "Atlético Madrid"


@golden("it", "fee_spelling")
def test_a_seller_s_receipt_is_the_fee_of_the_move() -> None:
    text = (
        " date 2025-06-02 Il Napoli ha ufficializzato l'acquisto di Marco Ferrandi dal Lille. "
        "Il Lille incasserà 30 milioni di euro."
    )
    found = find(extract(text, "it"), "Marco Ferrandi", "SSC Napoli")
    assert found.fee_eur == 30_000_000


@golden("it", "salary")
def test_a_salary_word_closing_the_sentence_makes_the_amount_a_salary() -> None:
    text = (
        "Il tecnico firmerà un contratto di due anni, "
        "a 3 milioni più bonus (legati ai risultati) a stagione."
    )
    lex = load_lexicon("it")
    assert find_fees(text, fold(text), 0, len(text), lex) == []


@golden("it", "salary")
def test_a_fee_before_a_later_salary_figure_stays_a_fee() -> None:
    text = "Il Napoli paga 40 milioni, e il giocatore guadagnerà 3 milioni a stagione."
    lex = load_lexicon("it")
    assert [m.value for m in find_fees(text, fold(text), 0, len(text), lex)] == [40_000_000]


@golden("it", "not_a_move")
def test_a_transfer_of_last_year_is_past_context() -> None:
    text = (
        " date 2023-08-01 Marco Tessari ha firmato con il Milan. Il centrocampista belga, "
        "trasferitosi lo scorso anno al Chelsea, torna in Italia."
    )
    main = {(m.type, m.to_club) for m in extract(text, "it") if m.salience == "main"}
    assert ("transfer", "Chelsea") not in main
    assert ("transfer", "AC Milan") in main


@golden("it", "from_club")
def test_the_club_announcing_a_sale_is_the_seller() -> None:
    text = (
        " date 2023-07-03 Marco Tessari passa all'Atletico Madrid. La cessione è stata "
        "annunciata dal Villarreal in serata."
    )
    moves = extract(text, "it")
    assert ("transfer", "Villarreal CF") not in kinds(moves, "Marco Tessari")
    assert find(moves, "Marco Tessari", "Atlético Madrid").from_club == "Villarreal CF"


@golden("it", "departure")
def test_a_club_named_after_a_score_is_no_club_of_the_sacked_coach() -> None:
    text = (
        " date 2023-03-20 Il Barcellona ha esonerato Marco Tessari dopo il pesante 4-0 in "
        "campionato con il Bayern."
    )
    assert kinds(extract(text, "it"), "Marco Tessari") == {("departure", "FC Barcelona")}


@golden("it", "not_a_move")
def test_the_coach_whose_place_is_taken_is_not_appointed() -> None:
    text = (
        " date 2025-07-14 Il Torino ha annunciato che Marco Neri sarà il tecnico che prenderà "
        "il posto di Paolo Bianchi fino alla fine della stagione."
    )
    moves = extract(text, "it")
    assert kinds(moves, "Marco Neri") == {("appointment", "Torino")}
    assert "appointment" not in {t for t, _ in kinds(moves, "Paolo Bianchi")}


@golden("it", "not_a_move")
def test_a_keeper_arrived_from_a_club_does_not_leave_it() -> None:
    text = (
        " date 2025-07-14 Ha effettuato oggi le visite anche Marco Neri, portiere 23enne "
        "arrivato dal Granada, che sarà il nuovo titolare dopo l'addio della coppia."
    )
    assert ("departure", "Granada CF") not in kinds(extract(text, "it"), "Marco Neri")


@golden("it", "staff_appointment")
def test_a_club_job_taken_by_a_national_coach_stays() -> None:
    text = (
        " date 2025-07-14 Il nuovo allenatore del Napoli è Paolo Bianchi, attuale ct della "
        "Slovacchia, che ricoprirà il doppio incarico."
    )
    assert kinds(extract(text, "it"), "Paolo Bianchi") == {("appointment", "SSC Napoli")}
