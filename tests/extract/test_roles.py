"""Roles: who holds which job at which club, in the article's own words."""

from __future__ import annotations

from mercato.extract import extract_stage
from mercato.ingest import header_stage
from mercato.model import Article


def roles(text: str, lang: str) -> set[tuple[str, str, str]]:
    article = extract_stage(header_stage(Article(text=text, lang=lang)))
    return {(r.person, r.club, r.role) for r in article.roles}


def test_a_title_before_the_name_with_its_club() -> None:
    text = " date 2025-03-01 Le président de l'OM, Pablo Longoria, a parlé aux supporters."
    assert ("Pablo Longoria", "Olympique de Marseille", "president") in roles(text, "fr")


def test_a_club_followed_by_of_and_a_name_is_that_coach_s_team() -> None:
    text = " date 2024-09-20 Il Napoli di Antonio Conte vince ancora e resta in vetta."
    assert ("Antonio Conte", "SSC Napoli", "head_coach") in roles(text, "it")


def test_a_contract_with_a_club_makes_a_player_of_it() -> None:
    text = (
        " date 2022-02-01 En fin de contrat avec le FC Barcelone, Ousmane Dembélé "
        "n'a pas encore décidé de son avenir."
    )
    assert ("Ousmane Dembélé", "FC Barcelona", "player") in roles(text, "fr")


def test_a_former_title_is_not_a_current_job() -> None:
    text = " date 2024-04-28 Former Liverpool midfielder Xabi Alonso stays at Leverkusen."
    assert not any(r[0] == "Xabi Alonso" and r[2] == "player" for r in roles(text, "en"))


def test_someone_still_on_the_way_holds_no_job_there() -> None:
    text = (
        " date 2025-06-01 Manchester United are set to appoint assistant coach Emanuel Ferro "
        "at Manchester United next week."
    )
    assert not any(r[0] == "Emanuel Ferro" for r in roles(text, "en"))


def test_an_official_signing_gives_the_new_job_with_its_contract_end() -> None:
    text = (
        " date 2025-07-14 L'Olympique de Marseille a officialisé l'arrivée de Tomás Herrera, "
        "qui a signé jusqu'en juin 2029."
    )
    assert ("Tomás Herrera", "Olympique de Marseille", "player") in roles(text, "fr")


def test_a_contract_end_month_is_read_in_the_article_language() -> None:
    text = (
        " date 2025-06-01 Le président de l'OM, Pablo Longoria, est sous contrat "
        "jusqu'en mars 2027 avec le club."
    )
    article = extract_stage(header_stage(Article(text=text, lang="fr")))
    assert [r.until for r in article.roles if r.person == "Pablo Longoria"] == ["2027-03"]
