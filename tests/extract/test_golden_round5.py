"""Golden cases for round 5: fees said in sentences naming no one (the seller's receipt,
the subject's price), fees kept from staff following a coach, records compared with in a
parenthesis, and a salary word closing a sentence. Short texts written for these tests;
the names are made up."""

from __future__ import annotations

from tests.extract.test_golden import extract, find

from mercato.extract.fees import find_fees
from mercato.nlp.lexicon import load_lexicon
from mercato.nlp.text import fold


def test_a_seller_s_receipt_is_the_fee_of_the_move() -> None:
    text = (
        " date 2025-06-02 Il Napoli ha ufficializzato l'acquisto di Marco Ferrandi dal Lille. "
        "Il Lille incasserà 30 milioni di euro."
    )
    move = find(extract(text, "it"), "Marco Ferrandi", "SSC Napoli")
    assert move.fee_eur == 30_000_000


def test_a_price_said_of_no_one_and_no_club_is_the_subject_s() -> None:
    text = (
        " date 2025-06-02 El Valencia ha anunciado el fichaje de Tomás Ferrandiz. "
        "La operación se cerrará por 12 millones de euros."
    )
    move = find(extract(text, "es"), "Tomás Ferrandiz", "Valencia CF")
    assert move.fee_eur == 12_000_000


def test_staff_following_a_coach_do_not_take_his_release_fee() -> None:
    text = (
        " date 2025-06-02 Arsenal have agreed a deal to appoint Oliver Grant as head coach. "
        "He will bring his assistants Peter Hollis and Mark Dunmore with him. "
        "Arsenal are paying the €8m release fee."
    )
    moves = extract(text, "en")
    assert find(moves, "Oliver Grant", "Arsenal").fee_eur == 8_000_000
    for move in moves:
        if move.person in ("Peter Hollis", "Mark Dunmore"):
            assert move.fee_eur is None


def test_a_record_compared_with_does_not_hide_the_fee() -> None:
    text = (
        " date 2025-06-02 Luca Bonetti va signer au Napoli. "
        "Le LOSC réclame 40 millions d'euros au Napoli pour son transfert "
        "(devant Paolo Verrini pour 30 M€)."
    )
    move = find(extract(text, "fr"), "Luca Bonetti", "SSC Napoli")
    assert move.fee_eur == 40_000_000


def test_a_salary_word_closing_the_sentence_makes_the_amount_a_salary() -> None:
    text = (
        "Il tecnico firmerà un contratto di due anni, "
        "a 3 milioni più bonus (legati ai risultati) a stagione."
    )
    lex = load_lexicon("it")
    assert find_fees(text, fold(text), 0, len(text), lex) == []


def test_a_fee_before_a_later_salary_figure_stays_a_fee() -> None:
    text = "Il Napoli paga 40 milioni, e il giocatore guadagnerà 3 milioni a stagione."
    lex = load_lexicon("it")
    assert [m.value for m in find_fees(text, fold(text), 0, len(text), lex)] == [40_000_000]
