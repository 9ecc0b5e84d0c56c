"""Person names in Thai (and English) release text: the titles that introduce them, and the names.

Thai writes no space between a title and the given name ("นายบุญสงค์ ทัพชัยยุทธ์") and stacks titles
("ศาสตราจารย์กิตติคุณ ดร.วิษณุ เครืองาม"), so a name is found by its title, not by capitalisation.
Titles come from the reviewed inventory ``data/titles.csv``. Many ordinary words begin with a title
(นายกรัฐมนตรี, นายจ้าง, นางพยาบาล, พระราชทาน…): those are refused by a stop list of such words, by
the structure (a given name is a run of Thai letters that is not a verb or function word) and, for
titles that are also common word starts (พระ, คุณ, ท่าน…), by pythainlp's given-name corpus.

A name is one or two parts: given name and family name, the family name possibly a known
multi-word one ("ณ อยุธยา", "na Ayudhya").
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from functools import cache

from sso_kg.regexes import first_character_check, trie_pattern
from sso_kg.resources import data_file
from sso_kg.thai.normalize import collapse_spaces

THAI_LETTERS = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e45\u0e47-\u0e4e"
# A word starts with a consonant or a leading vowel, never with a following vowel or a tone mark:
# "พัฒนางาน" holds "นาง" but "านพยาบาล" is no name.
THAI_WORD = re.compile(f"[\u0e01-\u0e2e\u0e40-\u0e44][{THAI_LETTERS}]*")
_SPACE = "[ \u00a0]"
# A title's grade written after it: "(พิเศษ)", and "พิเศษ" after an abbreviated academic title ("ศ. พิเศษ").
_GOES_ON = re.compile("[\u0e30-\u0e3a\u0e47-\u0e4e]")  # a vowel or tone mark: no syllable starts here
_QUALIFIER = re.compile(r"[ \u00a0]?\((?:พิเศษ|เชี่ยวชาญพิเศษ)\)|(?<=ศ\.)[ \u00a0]?พิเศษ(?=[ \u00a0]?[ก-๙])")

# Words that begin with a title but are not one (a role, an occupation, a royal word, a place).
NOT_TITLES = (
    "นายกรัฐมนตรี", "นายกฯ", "นายกเทศมนตรี", "นายกสมาคม", "นายกสภา", "นายกองค์การ", "นายก อบจ", "นายก อบต",
    "นายกเมือง", "นายกิตติมศักดิ์", "นายกสโมสร", "นายกสมาพันธ์", "นายกสหพันธ์", "นายกสมาคม",
    "นายจ้าง", "นายอำเภอ", "นายทะเบียน", "นายหน้า", "นายทหาร", "นายตำรวจ", "นายสิบ", "นายร้อย",
    "นายพล", "นายเรือ", "นายช่าง", "นายประกัน", "นายงาน", "นายท้าย", "นายด่าน", "นายห้าง", "นายทุน",
    "นายธนาคาร", "นายพราน", "นายเวร", "นายอากร", "นายหมวด", "นายกอง", "นายแบบ", "นายประตู",
    "นายสถานี", "นายท่า", "นายบ้าน", "นายภาษา",
    "นางพยาบาล", "นางงาม", "นางแบบ", "นางฟ้า", "นางรำ", "นางเอก", "นางร้าย", "นางกวัก", "นางเลิ้ง",
    "นางรอง", "นางใน", "นางพญา", "นางสนม", "นางนวล", "นางสงกรานต์", "นางนพมาศ",
    "พระราช", "พระบรม", "พระมหากษัตริย์", "พระบาท", "พระที่นั่ง", "พระพุทธ", "พระธาตุ", "พระอุโบสถ",
    "พระเจ้าอยู่หัว", "พระนาม", "พระชนม", "พระกรุณา", "พระเกียรติ", "พระสงฆ์", "พระนคร", "พระรูป",
    "พระประธาน", "พระพร", "พระเครื่อง", "พระอาทิตย์", "พระจันทร์", "พระคุณ", "พระปรีชา", "พระหัตถ์",
    "พระองค์", "พระอาราม", "พระวิหาร", "พระปฐม", "พระประแดง", "พระโขนง", "พระรามที่", "พระราม ",
    "พระนางเจ้า", "พระอัจฉริย", "พระบิดา", "พระมารดา", "พระราชินี", "พระศรี",
    "คุณภาพ", "คุณธรรม", "คุณค่า", "คุณสมบัติ", "คุณประโยชน์", "คุณูปการ", "คุณวุฒิ", "คุณลักษณะ",
    "พระมหากรุณา", "คุณพระ", "ท่านผู้", "อาจารย์ที่", "อาจารย์ประจำ", "อาจารย์มหาวิทยาลัย", "หม่อมฉัน",
)  # fmt: skip

# Titles that also start many common words (and monastic titles, which run on into ecclesiastical
# names): on their own they introduce a name only with more evidence, see ``NameMatch.weak``.
_WEAK_HONORIFICS = frozenset({"คุณ", "ท่าน", "หม่อม", "อาจารย์", "Sir"})
_MAX_GIVEN, _MAX_FAMILY = 20, 25

# Words that cannot start a given or family name: verbs, function words, post words.
STOP_WORDS = (
    "กล่าว", "เปิดเผย", "เปิด", "เป็น", "ได้", "ให้", "และ", "หรือ", "ซึ่ง", "ที่", "โดย", "ว่า", "เพื่อ",
    "ใน", "จาก", "กับ", "ของ", "ก็", "จะ", "เข้า", "ผู้", "ความ", "ร่วม", "พร้อม", "มอบ", "นำ",
    "ลงพื้นที่", "ลงนาม", "ตรวจ", "เดินทาง", "ประชุม", "แถลง", "เผย", "ชี้แจง", "ระบุ", "เน้น", "สั่ง",
    "ไม่", "ทั้ง", "ด้วย", "ตาม", "เมื่อ", "แล้ว", "ต้อง", "คือ", "ถึง", "หาก", "เพราะ", "ส่ง",
    "ย้ำ", "แจง", "ลุย", "หารือ", "เยี่ยม", "ติดตาม", "พูด", "มุ่ง", "เร่ง", "ทรงพระ", "เสด็จ", "ณ ",
    "ประธาน", "รัฐมนตรี", "นายก", "รองนายก", "รองปลัด", "รองอธิบดี", "รองเลขา", "รองผู้", "รองประธาน",
    "รองโฆษก", "เลขา", "อธิบดี", "ปลัด", "โฆษก",
    "หัวหน้า", "ตำแหน่ง", "ประจำ", "รักษา", "ท่าน", "กระทรวง", "กรม", "สำนัก", "จังหวัด", "อำเภอ",
    "ตำบล", "บริษัท", "สภา", "คณะ", "พวก", "กลุ่ม", "ทุกคน", "หลาย", "เรา", "ผม", "ดิฉัน",
    # "นายสมชาย หาญภักดีปฏิมา ขณะดำรงตำแหน่ง ผวจ.กระบี่": when the post was held, not a family name.
    "ขณะ", "ปัจจุบัน",
)  # fmt: skip

# Family names written in two words: the royally granted "ณ <place>" names.
NA_FAMILIES = (
    "อยุธยา", "ป้อมเพชร", "ป้อมเพชร์", "เชียงใหม่", "ลำปาง", "ลำพูน", "น่าน", "ระนอง", "สงขลา", "นคร",
    "ถลาง", "พัทลุง", "บางช้าง", "มหาชัย", "ราชสีมา", "กาฬสินธุ์", "หนองคาย", "จัมปาศักดิ์", "อุบล",
    "ร้อยเอ็ด", "ตะกั่วทุ่ง", "ตะกั่วป่า", "วิเชียร", "พิศณุโลก", "พิษณุโลก", "ศรีตะโกบางช้าง", "ตะกั่วทุ่ง",
)  # fmt: skip

# Capitalised English words that are not personal names.
_ENGLISH_NOT_NAMES_TEXT = """The A An And Of In On At For With To From By During After Before This That
    These Those He She
    It They We I His Her Their Our Its Prime Minister Ministers Ministry Government Thailand Thai
    Office Department Deputy Spokesperson Spokesman Spokeswoman Secretary General Director Governor
    Ambassador Council Committee Assembly Army Navy Air Force Police Royal Kingdom University Bank
    Company Association Foundation Center Centre Agency Authority Board Commission Institute National
    International Affairs Defense Defence Foreign Finance Interior Commerce Public Health Labour Labor
    Education President Chairman Chief Commander Province District City State House Senate Parliament
    Party Cabinet Majesty Highness Excellency King Queen Prince Princess Permanent Vice Acting
    Minister's Bureau Organization Organisation Corporation Group Fund Project Programme Program
    January February March April May June July August September October November December Monday
    Tuesday Wednesday Thursday Friday Saturday Sunday Bangkok Asia Asian ASEAN Covid COVID Economic
    Social Development Industry Tourism Transport Digital Energy Justice Culture Agriculture Embassy
    Consulate People Republic Union United Nations World Global Forum Summit Meeting Conference Day
    Week Year Award Awards Prize Plan Policy Act Law Bill Mr Mrs Ms Dr According Also However
    Meanwhile Moreover Furthermore Today Yesterday Tomorrow Regarding Administration Representatives
    Representative Heritage Congress Hospital Memorial Cultural Trade Enforcement Service Services"""
ENGLISH_NOT_NAMES = frozenset(_ENGLISH_NOT_NAMES_TEXT.split())
_EN_NAME_TOKEN = r"(?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)*)"
# One word of an English name ("Chan-o-cha", "Thanakamanusorn").
EN_NAME_WORD = re.compile(_EN_NAME_TOKEN)
_EN_NAME = re.compile(rf"{_EN_NAME_TOKEN}(?: (?:(?:na|Na|Na-|na-) ?)?{_EN_NAME_TOKEN}){{0,2}}")


@dataclass(frozen=True)
class Title:
    """One row of ``data/titles.csv``."""

    title: str
    kind: str
    full_form: str
    source: str


@dataclass(frozen=True)
class Prefix:
    """Stacked titles as written (spaces collapsed), where they end, and the titles matched."""

    text: str
    end: int
    titles: tuple[str, ...]

    @property
    def weak(self) -> bool:
        return all(t in weak_titles() for t in self.titles)


@dataclass(frozen=True)
class NameMatch:
    """A name found in the text: ``[start, end)`` covers the prefix and the name.

    ``given`` and ``family`` are the parts as written (``family`` empty for a given name alone,
    which is usually a back-reference: "นายสุชาติ กล่าวว่า"). ``weak`` marks a name whose only
    title also starts common words (อาจารย์, คุณ, พระ) and whose given name the corpus does not
    know: the caller keeps it only with more evidence, such as a post right after it.
    """

    prefix: str
    given: str
    family: str
    start: int
    name_start: int
    end: int
    weak: bool = False

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}" if self.family else self.given


@cache
def titles() -> tuple[Title, ...]:
    """The title inventory, read once."""
    with data_file("titles.csv").open(encoding="utf-8", newline="") as f:
        return tuple(Title(r["title"], r["kind"], r["full_form"], r["source"]) for r in csv.DictReader(f))


@cache
def weak_titles() -> frozenset[str]:
    """Titles that alone are weak evidence of a name: พระ…/หลวง… (which run on into ecclesiastical
    names and royal words) and a few honorifics that start common words."""
    monastic = (t.title for t in titles() if t.kind == "monastic")
    return frozenset(t for t in monastic if t.startswith(("พระ", "หลวง"))) | _WEAK_HONORIFICS


# A space inside a title or role as the pattern takes it: releases write "ว่าที่ ร.ต." and
# "ว่าที่ร.ต.", "รอง นรม." and "รองนรม.".
SPACE = "[ \u00a0]?"


@cache
def _title_pattern() -> re.Pattern[str]:
    """All titles; an English one must stand as a word and be followed by a space."""
    thai = [t.title for t in titles() if not t.title[0].isascii()]
    english = [t.title for t in titles() if t.title[0].isascii()]
    english_pattern, thai_pattern = trie_pattern(english, space=SPACE), trie_pattern(thai, space=SPACE)
    return first_character_check(
        re.compile(rf"(?<![A-Za-z.])(?:{english_pattern})(?=[ \u00a0])|{thai_pattern}")
    )


@cache
def _not_title_pattern() -> re.Pattern[str]:
    return re.compile(trie_pattern(NOT_TITLES, space=SPACE))


@cache
def _name_corpora() -> tuple[frozenset[str], frozenset[str]]:
    """pythainlp's given names (male and female) and family names; both ship with pythainlp."""
    os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
    from pythainlp.corpus import thai_family_names, thai_female_names, thai_male_names

    return frozenset(thai_male_names() | thai_female_names()), frozenset(thai_family_names())


def is_given_name(word: str) -> bool:
    """True when pythainlp lists ``word`` as a Thai given name."""
    return word in _name_corpora()[0]


def is_family_name(word: str) -> bool:
    """True when pythainlp lists ``word`` as a Thai family name."""
    return word in _name_corpora()[1]


def starts_with_stop_word(word: str) -> bool:
    """A word that opens with a verb, function word or post word cannot be a name part."""
    return word.startswith(STOP_WORDS)


def match_prefix(text: str, pos: int) -> Prefix | None:
    """The stacked titles starting at ``pos``, if any."""
    titles_pat, not_titles = _title_pattern(), _not_title_pattern()
    end = last = pos
    found: list[str] = []
    while True:
        m = titles_pat.match(text, end)
        if m is None:
            break
        stop = not_titles.match(text, end)
        # A word that is no title ends where the next syllable starts: "นายพล" is in "นายพลตำรวจ",
        # not in "นายพลาวุธ", whose "พลา" goes on with a vowel.
        if (
            stop is not None
            and stop.end() > m.end()
            and not _GOES_ON.match(text, stop.end())
            # …unless it runs on into a known given name: "นายพลกฤต", not "นางนพมาศ ร้อยละ"
            and not (THAI_WORD.match(text, stop.end()) and is_given_name(_thai_token(text, m.end())))
        ):
            break
        title_end = m.end()
        q = _QUALIFIER.match(text, title_end)
        if q is not None:
            title_end = q.end()
        found.append(collapse_spaces(m.group()))
        last = title_end
        end = _skip_space(text, title_end)
    if not found:
        return None
    return Prefix(collapse_spaces(text[pos:last]), last, tuple(found))


def _thai_token(text: str, pos: int) -> str:
    m = THAI_WORD.match(text, pos)
    return m.group() if m else ""


def _skip_space(text: str, pos: int, most: int = 2) -> int:
    end = pos
    while end < len(text) and text[end] in " \u00a0" and end - pos < most:
        end += 1
    return end


def _plausible(word: str, longest: int) -> bool:
    return (
        2 <= len(word) <= longest
        and not starts_with_stop_word(word)
        and _not_title_pattern().match(word) is None
    )


def _plausible_given(word: str) -> bool:
    return is_given_name(word) or _plausible(word, _MAX_GIVEN)


def plausible_family(word: str) -> bool:
    """Whether ``word`` can be a family name: a known one, or a word that is no verb, function
    word or title."""
    return _plausible_family(word) and match_prefix(word, 0) is None


def _plausible_family(word: str) -> bool:
    """A family name never ends in "ว่า" (that is a verb of saying: "ทิ้งท้ายว่า")."""
    return is_family_name(word) or (_plausible(word, _MAX_FAMILY) and not word.endswith("ว่า"))


def read_thai_name(text: str, pos: int) -> tuple[str, str, int] | None:
    """Given name (and family name, when one follows after a space) starting at ``pos``.

    Returns (given, family, end). A trailing "ฯ" (the back-reference mark: "นันทชาติฯ") is taken
    into the span but not the name. A verb glued to a given name ("สาธิตกล่าวว่า") is cut off when
    the rest is a known given name.
    """
    given = _thai_token(text, pos)
    if not given:
        return None
    for i in range(2, len(given) - 1):
        if given[i:].startswith(STOP_WORDS[:4]) and is_given_name(given[:i]):
            given = given[:i]
            break
    if not _plausible_given(given):
        return None
    end = pos + len(given)
    if text.startswith("ฯ", end):
        return given, "", end + 1
    after = _skip_space(text, end)
    if after == end:
        return given, "", end
    family = _thai_token(text, after)
    if family == "ณ":
        na = _na_family(text, after)
        return (given, *na) if na else (given, "", end)
    if not family or not _plausible_family(family) or text.startswith(".", after + len(family)):
        return given, "", end
    title = match_prefix(family, 0)
    if title is not None and (len(title.text) >= 4 or not title.weak) and not is_family_name(family):
        return given, "", end  # the next person's title ("…สมเด็จพระยุพราช นายแพทย์ชลน่าน")
    end = after + len(family)
    # "นายสุพจน์ รอดเรือง ณ หนองคาย": a family name granted with the city its line ruled.
    gap = _skip_space(text, end)
    na = _na_family(text, gap) if gap > end else None
    return (given, f"{family} {na[0]}", na[1]) if na else (given, family, end)


def _na_family(text: str, pos: int) -> tuple[str, int] | None:
    """The family name "ณ อยุธยา", "ณ หนองคาย" written at ``pos``, and where it ends: ณ and a city
    of :data:`NA_FAMILIES`, not a venue ("ณ ตึกสันติไมตรี", "ณ จังหวัดหนองคาย")."""
    if _thai_token(text, pos) != "ณ":
        return None
    at = _skip_space(text, pos + 1)
    place = _thai_token(text, at)
    return (f"ณ {place}", at + len(place)) if place in NA_FAMILIES else None


def read_english_name(text: str, pos: int) -> tuple[str, str, int] | None:
    """Capitalised name tokens at ``pos`` ("Prayut Chan-o-cha", "Chuan Leekpai", "M.R. …")."""
    m = _EN_NAME.match(text, pos)
    if m is None:
        return None
    tokens = m.group().split(" ")
    while tokens and tokens[-1] in ENGLISH_NOT_NAMES:
        tokens.pop()
    if not tokens or tokens[0] in ENGLISH_NOT_NAMES or any(t in ENGLISH_NOT_NAMES for t in tokens):
        return None
    value = " ".join(tokens)
    given, _, family = value.partition(" ")
    return given, family, pos + len(value)


def find_titled_names(text: str) -> list[NameMatch]:
    """Every name introduced by one or more titles, in text order, without overlaps."""
    found: list[NameMatch] = []
    pos = 0
    titles_pat = _title_pattern()
    while True:
        m = titles_pat.search(text, pos)
        if m is None:
            return found
        match = _name_at(text, m.start())
        if match is None:
            pos = m.start() + 1
            continue
        found.append(match)
        pos = match.end


# Words after which a glued พระ… is no title but part of the word: royal words, and place names
# (อำเภอพระสมุทรเจดีย์, จังหวัดพระนครศรีอยุธยา).
_INSIDE_A_ROYAL_WORD = re.compile(r"(?:สมเด็จ|ทรง|เฉลิม|อำเภอ|จังหวัด|ตำบล|เขต|แขวง|วัด|อ\.|จ\.|ต\.)$")


# The posts whose name ends in "General", which is then no rank before the holder's name.
_GENERAL_IN_A_POST = re.compile(r"(?:Secretary|Director|Attorney|Inspector|Consul|Auditor|Solicitor) ?$")


def _name_at(text: str, start: int) -> NameMatch | None:
    head = match_prefix(text, start)
    if head is None:
        return None
    if head.text.startswith("General") and _GENERAL_IN_A_POST.search(text, max(0, start - 12), start):
        return None  # "Prime Minister’s Secretary General Prommin Lertsuridej": a post's last word
    if head.weak and _INSIDE_A_ROYAL_WORD.search(text, max(0, start - 6), start):
        return None  # พระ… inside a royal word or title: "สมเด็จพระยุพราช", "ทรงพระกรุณา"
    prefix = head.text
    name_start = _skip_space(text, head.end)
    english = prefix[0].isascii()
    parts = read_english_name(text, name_start) if english else read_thai_name(text, name_start)
    if parts is None:
        return None
    given, family, end = parts
    weak = head.weak and not (english or is_given_name(given) or is_family_name(family))
    if weak and not family:
        return None
    return NameMatch(prefix, given, family, start, name_start, end, weak)


_MONK = re.compile(
    rf"(พระ(?:ครู|มหา)?[{THAI_LETTERS}]{{4,}})[ \u00a0]?\(([{THAI_LETTERS}]+)[ \u00a0]+([{THAI_LETTERS}]+)"
)


def find_monastic_names(text: str) -> list[NameMatch]:
    """A monk's ecclesiastical title with his lay name in brackets: "พระเทพปัญญาโมลี (วิศิษฏ์ กนฺตสิริ".

    The title is the prefix and the bracketed lay name the name, as the guideline writes it.
    """
    found = []
    for m in _MONK.finditer(text):
        title, given, family = m.groups()
        if _not_title_pattern().match(title) or not (_plausible_given(given) and _plausible_family(family)):
            continue
        found.append(NameMatch(title, given, family, m.start(), m.start(2), m.end()))
    return found
