"""Fast regexes find what the plain ones find: word lists as tries, first-character checks."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from sso_kg.extract import organizations, persons
from sso_kg.regexes import first_character_check, first_characters, trie_pattern

# A few letters, so that words share prefixes and texts hold words often.
_LETTERS = st.sampled_from(list("กรมสa ."))


@given(
    st.lists(st.text(_LETTERS, min_size=1, max_size=6), min_size=1, max_size=12),
    st.text(_LETTERS, max_size=60),
)
def test_a_trie_finds_what_the_longest_first_alternation_finds(words: list[str], text: str) -> None:
    alternation = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    trie = re.compile(trie_pattern(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in alternation.finditer(text)]


def test_a_trie_takes_the_longest_province_and_a_space_as_told() -> None:
    provinces = re.compile(trie_pattern(["สมุทร", "สมุทรสาคร", "สมุทรปราการ", "สระบุรี"]))
    assert provinces.findall("สมุทรสาคร สมุทรปราการ สมุทร สระบุรี") == ["สมุทรสาคร", "สมุทรปราการ", "สมุทร", "สระบุรี"]
    assert re.fullmatch(trie_pattern(["ว่าที่ ร.ต."], space="[ \u00a0]?"), "ว่าที่ร.ต.")
    assert not re.fullmatch(trie_pattern(["ว่าที่ ร.ต."]), "ว่าที่ร.ต.")


def test_the_first_characters_of_a_match_are_read_through_lookarounds_groups_and_branches() -> None:
    assert first_characters(re.compile(r"(?<!ทรัพยา)(?:กรม|สำนัก(?!งาน))|บมจ\.")) == frozenset("กสบ")
    assert first_characters(re.compile(r"(?:(?<![ก-๙])|(?<=และ))พระ|[A-C]x+")) == frozenset("พABC")
    assert first_characters(re.compile(r"(?:a)+b|c")) == frozenset("ac")


def test_no_check_when_the_first_characters_cannot_be_told() -> None:
    for pattern in (r"a?b", r"\w+", r"[^ก]", r"(?:)", r"(?i)abc", r".x"):
        compiled = re.compile(pattern)
        assert first_characters(compiled) is None
        assert first_character_check(compiled) is compiled


def test_the_checked_patterns_find_what_they_found_without_the_check() -> None:
    text = (
        "นายกรัฐมนตรี ณ กระทรวงแรงงาน ทรัพยากรมนุษย์ บมจ.ทิพยประกันภัย และพระครูสุภัทรธรรมโฆษิต "
        "เจ้าอาวาสวัดสุทธิวราราม ท่านเจ้าคุณพระพิพัฒน์วชิโรภาส ศูนย์การค้า สำนักงานประกันสังคม"
    )
    for checked in (organizations._HEAD, persons._MONK):
        plain = re.compile(checked.pattern.split(")", 1)[1][3:-1])  # without "(?=[…])(?:" and ")"
        assert checked.pattern.startswith("(?=[")
        assert [m.span() for m in checked.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert list(checked.finditer(text))
