"""Provinces named in a release, and the venue phrase after "ณ".

Province names come from ``data/provinces.csv`` (ISO 3166-2:TH codes, Thai and English names
and the other forms in use). Thai has no spaces between words, so a name found in running text
may be part of another word: ``แพร่`` is also the verb "spread" (``แพร่ระบาด``), ``เลย`` an
adverb, ``ตาก`` "to dry", ``น่าน`` part of ``น่านน้ำ`` (waters) and of a minister's name. Such
names count only where the text marks them as places (``จังหวัด``/``จ.``, ``เมือง``, ``ชาว``,
or a list of provinces); the other names count anywhere except inside another word (a vowel or
tone mark continues the match), inside a few known compounds (royal titles, a university, a
party meeting), after a road or ship word, and right after a personal title (a person's name).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from sso_kg.extract.model import ProvinceMention, Span
from sso_kg.regexes import first_character_check, trie_pattern
from sso_kg.resources import data_file
from sso_kg.thai.names import titles

__all__ = ["Province", "find_place_phrase", "find_provinces", "load_provinces"]


@dataclass(frozen=True)
class Province:
    """One row of ``data/provinces.csv``."""

    code: str
    name_th: str
    name_en: str
    aliases_th: tuple[str, ...]
    aliases_en: tuple[str, ...]


@cache
def load_provinces() -> dict[str, Province]:
    """The provinces by ISO 3166-2 code (``TH-10`` ... ``TH-96``, ``TH-S`` for Pattaya)."""
    with data_file("provinces.csv").open(encoding="utf-8") as f:
        return {
            row["code"]: Province(
                code=row["code"],
                name_th=row["name_th"],
                name_en=row["name_en"],
                aliases_th=tuple(a for a in row["aliases_th"].split("|") if a),
                aliases_en=tuple(a for a in row["aliases_en"].split("|") if a),
            )
            for row in csv.DictReader(f)
        }


# Names that are also common words or parts of them: places only where the text marks them so.
_NEEDS_CONTEXT_TH = frozenset({"แพร่", "เลย", "ตาก", "น่าน", "อยุธยา"})
_NEEDS_CONTEXT_EN = frozenset({"Tak", "Nan", "Trang", "Surin"})
# Longer words that hold a province name without naming the province: royal titles, a
# university, the PM's residence, a martial art, "interest rate", "radiation", "silk cocoon",
# Terengganu, a party meeting (ประชุมพรรค), a noble family name and the old kingdom.
_COMPOUNDS = (
    "สงขลานครินทร์",
    "นราธิวาสราชนครินทร์",
    "ราชบุรีดิเรก",
    "ชุมพรเขต",
    "กำแพงเพชรอัคร",
    "ชัยนาทนเรนทร",
    "สุโขทัยธรรมาธิราช",
    "บ้านพิษณุโลก",
    "กระบี่กระบอง",
    "อัตราด",
    "ตรังสี",
    "ผลิตรัง",
    "ตรังกานู",
    "ประชุมพร",
    "ณ อยุธยา",
    "กรุงศรีอยุธยา",
)
# A vowel or tone mark right after a match, or a leading vowel right before it, puts the match
# inside another word ("มาตราดังกล่าว" holds ตราด).
_INSIDE_AFTER = re.compile("[\u0e30-\u0e3a\u0e45\u0e47-\u0e4e]")
_LEADING_VOWELS = ("เ", "แ", "โ", "ใ", "ไ")
_INSIDE_BEFORE = re.compile(f"[{''.join(_LEADING_VOWELS)}]$")
_NOT_AFTER = re.compile(r"(?:ถนน|ถ\.|ซอย|ซ\.|เรือหลวง|ร\.ล\.)\s?$")  # roads, lanes, navy ships
_STRONG_TH = re.compile(r"(?:จังหวัด|จ\.)\s?$")
_PLACE_TH = re.compile(r"(?:เมือง|ชาว)\s?$")
_PLACE_EN = re.compile(r"\b(?:in|at|to|from|of)\s$")
_PROVINCE_EN_AFTER = re.compile(r"\s[Pp]rovince")
_LIST_GAP = re.compile(r"[\s,/–-]*(?:และ|หรือ|and|or)?[\s,/–-]*")
# Bangkok's own names close a venue phrase as "จังหวัด X" does for the other provinces.
_BANGKOK = frozenset({"กรุงเทพมหานคร", "กรุงเทพฯ", "Bangkok"})


@cache
def _titles() -> tuple[str, ...]:
    """Personal titles: a name right after one is a person's, not a province."""
    return tuple(t.title for t in titles() if t.title)


@cache
def _after_title() -> re.Pattern[str]:
    return re.compile(f"(?:{trie_pattern(_titles())})\\s?$")


@cache
def _title_word() -> re.Pattern[str]:
    """A personal title starting a word: where a venue phrase gives way to a person."""
    return re.compile(f"(?<=\\s)(?:{trie_pattern(_titles())})")


@cache
def _name_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Thai and English name patterns, and the code of every surface form."""
    code_of: dict[str, str] = {}
    thai: list[str] = []
    english: list[str] = []
    for p in load_provinces().values():
        for name in (p.name_th, *p.aliases_th):
            code_of[name] = p.code
            thai.append(name)
        for name in (p.name_en, *p.aliases_en):
            code_of[name] = p.code
            english.append(name)
    english_re = first_character_check(re.compile(rf"\b(?:{trie_pattern(english)})\b"))
    return re.compile(trie_pattern(thai)), english_re, code_of


@dataclass
class _Hit:
    start: int
    end: int
    code: str
    accepted: bool
    strong: bool = False  # "จังหวัด X" / "จ. X" / "X province", or Bangkok by its own name


def _in_compound(text: str, start: int, name: str) -> bool:
    for compound in _COMPOUNDS:
        offset = compound.find(name)
        if offset >= 0 and text.startswith(compound, start - offset):
            return True
    return False


def _inside_word(text: str, start: int, end: int, name: str, before: str) -> bool:
    if _INSIDE_AFTER.match(text, end):
        return True
    return bool(_INSIDE_BEFORE.search(before)) and not name.startswith(_LEADING_VOWELS)


def _hits(text: str) -> list[_Hit]:
    thai_re, english_re, code_of = _name_patterns()
    after_title = _after_title()
    hits = []
    for m in thai_re.finditer(text):
        name, before = m.group(), text[max(0, m.start() - 12) : m.start()]
        if _STRONG_TH.search(before):
            hits.append(_Hit(m.start(), m.end(), code_of[name], True, strong=True))
            continue
        if (
            _inside_word(text, m.start(), m.end(), name, before)
            or _in_compound(text, m.start(), name)
            or _NOT_AFTER.search(before)
            or after_title.search(before)
        ):
            continue
        accepted = name not in _NEEDS_CONTEXT_TH or bool(_PLACE_TH.search(before))
        hits.append(_Hit(m.start(), m.end(), code_of[name], accepted, strong=name in _BANGKOK))
    for m in english_re.finditer(text):
        name, before = m.group(), text[max(0, m.start() - 14) : m.start()]
        if after_title.search(before):
            continue
        strong = bool(_PROVINCE_EN_AFTER.match(text, m.end())) or name in _BANGKOK
        accepted = name not in _NEEDS_CONTEXT_EN or strong or bool(_PLACE_EN.search(before))
        hits.append(_Hit(m.start(), m.end(), code_of[name], accepted, strong=strong))
    hits.sort(key=lambda h: h.start)
    return hits


def _accept_lists(text: str, hits: list[_Hit]) -> None:
    """A doubtful name in a list of provinces ("ลำปาง แพร่ น่าน") is a province too."""
    changed = True
    while changed:
        changed = False
        for i, hit in enumerate(hits):
            if hit.accepted:
                continue
            for j in (i - 1, i + 1):
                if 0 <= j < len(hits) and hits[j].accepted:
                    a, b = (hits[j].end, hit.start) if j < i else (hit.end, hits[j].start)
                    if _LIST_GAP.fullmatch(text, a, b):
                        hit.accepted = changed = True


def find_provinces(text: str) -> list[ProvinceMention]:
    """Every Thai province named in ``text``: one mention per province, at its first accepted span."""
    hits = _hits(text)
    _accept_lists(text, hits)
    provinces = load_provinces()
    seen: set[str] = set()
    out = []
    for hit in hits:
        if hit.accepted and hit.code not in seen:
            seen.add(hit.code)
            out.append(ProvinceMention(hit.code, provinces[hit.code].name_th, Span(hit.start, hit.end)))
    return out


# --- venues --------------------------------------------------------------------------------

# "ณ" opens a venue unless it opens a time ("ณ วันที่", "ณ ปัจจุบัน"); "ที่" and English "at"
# only before a word that names a place, since "ที่" is also "that/which".
_VENUE_HEADS = (
    "ห้อง|อาคาร|ตึก|ทำเนียบ|โรงแรม|ศูนย์|สำนักงาน|ศาลา|หอ|สนาม|บริเวณ|มหาวิทยาลัย|โรงเรียน|วัด|"
    "กระทรวง|กรม|จังหวัด|อำเภอ|ตำบล|หมู่บ้าน|ท่าเรือ|ท่าอากาศยาน|สถานี|พิพิธภัณฑ์|สโมสร|ค่าย|"
    "โรงพยาบาล|อิมแพค|ไบเทค|รัฐสภา|สวน|ลาน|เวที"
)
_NOT_VENUE = "วันที่|เวลา|ปัจจุบัน|ขณะนี้|ขณะที่|สิ้น|วันนี้|ตอนนี้|ที่นี้|ที่สุด|บัดนี้|โอกาส|[0-9]"
_VENUE_START = re.compile(
    rf"(?:^|(?<=[\s(]))ณ(?!\s*(?:{_NOT_VENUE}))\s*"
    rf"|(?:^|(?<=\s))ที่\s*(?={_VENUE_HEADS})"
    r"|\bat\s+(?=(?:the\s+)?[A-Z])"
)
# Where a venue phrase ends: a word that starts the next clause.
_VENUE_STOP = re.compile(
    r"\s(?:โดย|เพื่อ|ซึ่ง|พร้อม|ทั้งนี้|และได้|ว่า|เป็น|ได้|กล่าว|ให้|เมื่อ|วันที่|เวลา|ร่วม|จัดขึ้น|"
    r"มี|ระหว่าง|ในการ|ภายใต้|อย่าง|ทั้ง|จึง|ก่อน|หลัง|ตาม)"
    r"|,\s(?!(?:the\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)*(?:,|\s[Pp]rovince))|\s(?:to|with|and|for|on)\s"
)
_MAX_VENUE = 160


def find_place_phrase(text: str, start: int, end: int | None = None) -> str | None:
    """The venue of a happening told from ``start`` on: the phrase after the first "ณ".

    Reads within the line (and before ``end`` when given) and stops at the next clause, at a
    person's title, or right after a province ("... เมืองทองธานี จังหวัดนนทบุรี").
    """
    line_end = text.find("\n", start)
    stop = len(text) if line_end < 0 else line_end
    if end is not None:
        stop = min(stop, end)
    m = _VENUE_START.search(text, start, stop)
    if m is None:
        return None
    phrase = text[m.end() : min(stop, m.end() + _MAX_VENUE)]
    cut = len(phrase)
    if clause := _VENUE_STOP.search(phrase):
        cut = clause.start()
    if person := _title_word().search(phrase, 0, cut):
        cut = person.start()
    province = next((hit for hit in _hits(phrase[:cut]) if hit.strong), None)
    if province is not None:
        cut = province.end
        if word := _PROVINCE_EN_AFTER.match(phrase, cut):
            cut = word.end()
    elif m.end() + _MAX_VENUE < stop and cut == len(phrase):
        cut = max(phrase.rfind(" "), 0)  # cut at a word, not inside one
    return phrase[:cut].strip(" ,.;:") or None
