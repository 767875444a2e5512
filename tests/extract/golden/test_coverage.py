"""The golden cases fill the matrix of languages and phenomena, and are well formed."""

from __future__ import annotations

from collections import Counter

from . import test_de, test_en, test_es, test_fr, test_it, test_mixed, test_pt
from .helpers import LANGS, OTHER_PHENOMENA, PHENOMENA, cases_of

BY_LANG = {
    "fr": test_fr,
    "it": test_it,
    "es": test_es,
    "en": test_en,
    "de": test_de,
    "pt": test_pt,
}
ALL = [c for module in (*BY_LANG.values(), test_mixed) for c in cases_of(module)]


def test_every_language_and_phenomenon_has_a_case() -> None:
    present = {(lang, phenomenon) for _, lang, phenomenon in ALL}
    missing = [(lang, p) for lang in LANGS for p in PHENOMENA if (lang, p) not in present]
    assert not missing, f"no golden case for {missing}"


def test_every_case_has_a_known_language_and_phenomenon() -> None:
    known = set(PHENOMENA) | set(OTHER_PHENOMENA)
    assert not [c for c in ALL if c[1] not in LANGS or c[2] not in known]


def test_a_language_s_file_holds_only_cases_in_that_language() -> None:
    for lang, module in BY_LANG.items():
        assert {case_lang for _, case_lang, _ in cases_of(module)} == {lang}, module.__name__


def test_case_ids_are_unique_and_carry_their_language() -> None:
    ids = Counter(case_id for case_id, _, _ in ALL)
    assert not [case_id for case_id, n in ids.items() if n > 1]
    for module in BY_LANG.values():
        for param in module.CASES:
            golden = param.values[0]
            assert golden.id.startswith(f"{golden.lang}-"), golden.id
