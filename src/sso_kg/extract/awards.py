"""Award conferrals: which award (category, level, edition year) went to whom.

Releases report awards in four ways, all read here one paragraph at a time:

* **a winner**: ``สำนักงานประกันสังคม ... คว้ารางวัลเลิศรัฐ ประเภท… ระดับ…``: with a verb of
  receiving (ได้รับ, คว้า, ชนะ, รับ…) the recipient is the person or organization named
  closest before the verb;
* **a giver**: ``มอบรางวัล… แก่/ให้แก่ X``: with a verb of giving the recipient follows แก่;
* **a list of winners**: ``รางวัลศิลปาธร ... ได้แก่ 1.นายจักกาย ศิริบุตร สาขาทัศนศิลป์ 2.…``:
  everyone named after the list mark, up to the next sentence (โอกาสนี้, ทั้งนี้…), is a
  recipient, with the category written after them; an organization written inside a listed
  person's post is where they work, not a winner. A paragraph that is only such a list counts
  when the paragraph before it speaks of the ceremony;
* **the winners of each place**: ``รางวัลชนะเลิศ ได้แก่ นาย… รางวัลรองชนะเลิศอันดับ 1 ได้แก่ …``:
  the place is the level of the award the list is of, or the award itself when none is named.

Only awards the text says were conferred, received or won count (a verb that is not a plan:
``จะมอบ``, ``เพื่อให้ได้รับ``), and only named awards: a name after รางวัล counts when it is
quoted, stated with its year, edition, category or level, or written more than once;
capitalised English names ending in Award(s) count, and medals, as they are. A place won
(รางวัลชนะเลิศ, รางวัลชมเชย) is the conferral's level, not an award, unless no award is named.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from pythainlp.tokenize import word_tokenize

from ..iris import name_key
from ..thai.normalize import collapse_spaces, to_arabic_digits
from .model import AwardMention, OrganizationMention, PersonMention, Span
from .persons import is_royal

_QUOTE = "\"“”'"
# The small words a Latin name may hold between its capitalised ones (The Best Agent of NSF).
_LINKING = r"(?:of|for|and|the|in|on|de)"
# A Latin word of a name: "People's", "Reader’s" keep their apostrophe (a quote closing the name
# does not stand before a letter).
_LATIN_TAIL = r"(?:[\w&.-]|['’](?=\w))*"
_LATIN_WORD = rf"[A-Z]{_LATIN_TAIL}"
_ENGLISH_AWARD = rf"(?:{_LATIN_WORD}\s){{1,6}}Awards?\b"
# A quoted name after a Thai one is the rest of it (รางวัลผู้ว่าราชการจังหวัด "สำเภาทอง",
# รางวัลการจัดการขยะมูลฝอยชุมชน “จังหวัดสะอาด”), unless the words before it introduce something
# else (รางวัลโนเบลสาขาสันติภาพของ “ธนาคารหมู่บ้าน”, ให้แก่ภาพยนตร์เรื่อง "บุพเพสันนิวาส 2").
_QUOTED_PART = (
    r"(?<!ของ)(?<!เป็น)(?<!แก่)(?<!ให้)(?<!จาก)(?<!ที่)(?<!ว่า)(?<!คือ)(?<!เรื่อง)(?<!มอบ)(?<!ใน)(?<!แนวคิด)(?<!หัวข้อ)"
    r"\s?[“\"](?:(?!รางวัล)[^\"“”\n]){2,40}[”\"]"
)
_AWARD = re.compile(
    rf"(?P<award>รางวัล(?P<quote>\s?[{_QUOTE}]\s?)?(?P<space>(?:\s?โครงการ)?\s(?=[A-Z])(?!{_ENGLISH_AWARD}))?"
    rf"(?P<name>{_LATIN_WORD}(?:\s(?:{_LINKING}\s){{0,2}}[A-Z0-9]{_LATIN_TAIL})*"
    rf"|(?:(?!รางวัล)[^\s{_QUOTE}()A-Za-z]){{2,}}(?:\s(?:อวอร์ด|Awards?)|{_QUOTED_PART})?)"
    r"|เหรียญ(?:ทองแดง|ทอง|เงิน)(?!บาท|\s?\d)"
    rf"|(?P<english>{_ENGLISH_AWARD}(?:\s\([A-Z]{{2,}}\))?)"
    r")"
)
# An honour title, conferred like an award but written without รางวัล: who holds it, and what
# they are (ข้าราชการพลเรือนดีเด่น, กำนันยอดเยี่ยม, ปลัดอำเภอแหวนทองคำ), marked as one by its year,
# the place won or its list of holders. Looked for only where its praise word is written.
_PRAISE = re.compile(r"ดีเด่น|ยอดเยี่ยม|แหวนทองคำ|แหวนเพชร")
_HONOUR = re.compile(
    r"(?P<honour>(?:(?!รางวัล)[ก-๙]){2,100}?(?:ดีเด่น|ยอดเยี่ยม|แหวนทองคำ|แหวนเพชร))"
    r"(?=\s?(?:ประจำปี|ปี\s?(?:พ\.ศ\.)?\s?\d|\(\s?รางวัล|จำนวน\s?\d|ได้แก่))"
)


# Words every match of _AWARD or _HONOUR holds (รางวัล…, เหรียญ…, …Award, and the praise words).
_AWARD_WORDS = ("รางวัล", "เหรียญ", "Award", "ดีเด่น", "ยอดเยี่ยม", "แหวน")


def _award_matches(text: str) -> list[re.Match[str]]:
    """Awards named in ``text`` (:data:`_AWARD`) and honour titles (:data:`_HONOUR`), in order."""
    if not any(word in text for word in _AWARD_WORDS):
        return []  # most paragraphs: no word either pattern starts or ends with
    found = list(_AWARD.finditer(text))
    starts = set()
    for praise in _PRAISE.finditer(text):
        start = praise.start()
        while start > 0 and "\u0e01" <= text[start - 1] <= "\u0e59" and praise.start() - start < 100:
            start -= 1
        if start not in starts and (honour := _HONOUR.match(text, start)) is not None:
            starts.add(start)
            found.append(honour)
    return sorted(found, key=lambda m: m.start())


def _group(match: re.Match[str], name: str) -> str | None:
    """A group of either pattern (each has groups the other lacks)."""
    return match.groupdict().get(name)


# Words glued before an honour title that are not part of it (ให้แก่ข้าราชการพลเรือนดีเด่น).
_BEFORE_TITLE = frozenset(
    {
        "ให้แก่",
        "แก่",
        "ให้",
        "ให้กับ",
        "กับ",
        "เป็น",
        "ได้รับ",
        "รับ",
        "มอบ",
        "และ",
        "ของ",
        "สำหรับ",
        "คัดเลือก",
        "การคัดเลือก",
        "ได้",
        "ที่",
        "โครงการ",
        "ประกวด",
        "การประกวด",
        "ซึ่ง",
        "โดย",
        "เพื่อ",
        "ใน",
        "แด่",
        "ยกย่อง",
        "เชิดชู",
        "เกียรติ",
    }
)
# Words after รางวัล that make it generic ("the award", "awards from…"), not a named award.
_GENERIC = re.compile(
    r"^(?:ที่|ดังกล่าว|นี้|นั้น|ต่าง|ใน|จาก|และ|หรือ|ให้|ของ|เป็น|ออก(?:เป็น|มา|ไป)|แก่|ได้|แห่ง|เพื่อ|จำนวน|รวม|มูลค่า|ทั้ง|กับ|ซึ่ง|โดย|"
    r"ประเภท|สาขา|ระดับ|ประจำ|ปี|อัน|การ(?:ประกวด|แข่งขัน)|เงิน|(?:แต่)?ละ(?=\s|$)|อื่น|พิเศษ|ใหญ่|\d|"
    r"ชนะเลิศ|รองชนะเลิศ|ชมเชย|"
    # A royal trophy or award alone: the form an award named elsewhere takes, not its name.
    r"(?:ถ้วย|โล่)?พระราชทาน(?:ฯ|$))"
)
# What introduces a list of awards, and what may stand between two of its items.
_AWARD_LIST = re.compile(r"(?:ประกอบด้วย|ได้แก่|อาทิ(?:เช่น)?)\s?$")
_AWARD_GAP = re.compile(r"[\s\d,]*(?:และ)?\s?")
# "ใน 2 สาขา ประกอบด้วย": what the list word introduces are an award's categories, not awards.
_CATEGORIES = re.compile(r"(?:สาขา|ประเภท)\s?$")
# "แบ่งออกเป็น 4 ประเภท ได้แก่": what the list word introduces are an award's categories.
_DIVIDED = re.compile(r"แบ่ง(?:ออก)?เป็น\s?\d+\s?(?:ประเภท|สาขา|ด้าน|กลุ่ม|ระดับ)\s?$")
# Where the winners of one of those categories are listed ("กลุ่มที่ 1 … ได้แก่ 1) นาย…").
_WINNERS_MARK = re.compile(r"ได้แก่")
# An abbreviation in brackets after a name.
_BRACKETED = re.compile(r"\(([A-Z]{2,})\)")
# "(รางวัลชนะเลิศ)" after an award: the place won, read as its level.
_PLACE = re.compile(r"^\s*\(?\s*รางวัล(?P<v>ชนะเลิศ|รองชนะเลิศ(?:\s?อันดับ(?:ที่)?\s?\d)?|ชมเชย)")
# "ประเภทรางวัล X" names a category of an award already named, not another award.
_CATEGORY_BEFORE = re.compile(r"(?:ประเภท|สาขา)\s?$")
_NOT_PLANNED = r"(?<!จะ)(?<!ให้)(?<!เพื่อ)(?<!เพื่อให้)(?<!ที่จะ)"
# ชนะ is a verb (ชนะเลิศการประกวด), but not inside the name of a place won (รางวัลชนะเลิศ).
_RECEIVE = re.compile(
    _NOT_PLANNED + r"(?:ได้รับ|คว้า|(?<!รางวัล)(?<!รางวัล )(?<!รอง)ชนะ|รับโล่|รับรางวัล|รับเหรียญ|เข้ารับ|รับมอบ)"
)
_GIVE = re.compile(_NOT_PLANNED + r"(?:(?<!รับ)มอบ|ประกาศผล|ประกาศรายชื่อ|เชิดชูเกียรติ)")
_PLAN = re.compile(r"(?:จะ|เพื่อ|ให้|มุ่ง|เตรียม|เปิดรับ|ขอเชิญ|ประกวด|เสนอชื่อ|เข้าชิง)\S{0,6}$")
_PLAN_REACH = 16  # at least the longest match of _PLAN (7 + 6 characters)
_TO = re.compile(r"(?:ให้แก่|แก่|ให้กับ)\s?")
# What marks the words after รางวัล as a name: its year, edition, category or level, the place
# won, or the count of its winners ("(รางวัลชมเชย) จำนวน 5 ราย ได้แก่").
_MARKERS = re.compile(
    rf"^\s*[{_QUOTE}]?\s*(?:ประจำปี|(?:ใน)?ปี\s?(?:พ\.ศ\.)?\s?\d|ครั้งที่\s?\d|สาขา|ประเภท|ระดับ"
    r"|\(\s?รางวัล(?:ชนะเลิศ|รองชนะเลิศ|ชมเชย)|จำนวน\s?\d+\s?(?:ราย|คน|รางวัล)|ได้แก่)"
)
# An award's name that ends in its praise, after a kind of winner (รางวัลแรงงานนอกระบบดีเด่น).
_PRAISED = re.compile(r"รางวัล\S{3,}(?:ดีเด่น|ยอดเยี่ยม)$")
# A year glued to the name (รางวัลผู้มีจริยธรรมดีเด่นประจำปี พ.ศ. 2566): not part of it.
_FACET = "สาขา|ประเภท|ระดับ"  # the words that introduce an award's category or level
# A Latin name's edition year is written bare after it (The Best Agent of NSF 2024).
_BARE_YEAR = r"(?:19|20|25)\d\d(?!\d)"
_GLUED_YEAR = re.compile(
    rf"(?:ประจำ|ใน)?(?<!แห่ง)ปี\S*$|(?<=\S{{4}})(?:{_FACET})\S*$|\s{_BARE_YEAR}$"
    # …or the sentence going on glued after it: "รางวัลเลิศรัฐใน…", "รางวัลนวัตกรรมจาก…".
    r"|(?<=\S{4})(?<!ภาย)(?:ใน|จาก|สำหรับ)$"
)
_YEAR = re.compile(
    rf"^\s*[{_QUOTE}]?\s*(?:(?:ประจำ|ใน)?ปี(?:งบประมาณ|การศึกษา)?\s*(?:พ\.ศ\.|ค\.ศ\.|พุทธศักราช|คริสต์ศักราช)?\s*|(?={_BARE_YEAR}))"
    r"(?P<y>\d{2,4})"
)
# Not a post's grade in brackets: "(ประเภทอำนวยการระดับสูง)", "ตำแหน่งประเภทวิชาการ".
_CATEGORY = re.compile(
    rf"(?<!\()(?<!ตำแหน่ง)(?:สาขา|ประเภท)\s?(?:รางวัล)?\s?[{_QUOTE}]?(?P<v>(?!ได้แก่|ต่าง|\d)[^\s{_QUOTE},]+(?:\s\d+\.\d+)?)"
)
_LEVEL = re.compile(rf"ระดับ\s?(?P<v>[^\s{_QUOTE},]+(?:\s\([A-Za-z ]+\))?)")
_LIST_MARK = re.compile(r"ได้แก่|ดังนี้|อาทิ|\s\d{1,2}\s?[.)]\s?(?!\d)\S")
# What separates two items of a list (so an organization after it is an item of its own).
# "และ" glued inside a unit's name (กลุ่มงานยุทธศาสตร์และข้อมูล…) joins words, not items.
_ITEM_BREAK = re.compile(r"[,;]|(?:^|\s)และ|" + _LIST_MARK.pattern)
# Words that start a new sentence, and so end a list of winners.
_LIST_END = re.compile(r"\s(?:ในโอกาสนี้|โอกาสนี้|ทั้งนี้|นอกจากนี้|ในการนี้|โดยมี|พร้อมด้วย|กล่าวว่า)")
# Words that open a speech: what follows is said, not listed as winners.
_SPOKEN = re.compile(r"กล่าว|เปิดเผย|ว่า\s")
# A verb of praise between a name and the verb of receiving: the name is who praises the
# winners, who are named after it ("นายกฯ ชื่นชมนักวิจัย… ที่สามารถคว้าเหรียญทอง").
_PRAISES = re.compile(r"ชื่นชม|ยินดีกับ|แสดงความยินดี")
_WINDOW = 160  # how far before a verb of receiving its subject may stand
# How far after an award its list of winners may start: further on, a list is of something else
# ("…มอบรางวัลอาสาสมัครฝนหลวงดีเด่น … การจัดนิทรรศการจากหน่วยงาน… อาทิ กองทัพอากาศ…"). Of the
# lists read in a quarter of the corpus releases that write รางวัล, nine in ten start within 172
# characters, and most of those beyond 240 list something else.
_LIST_REACH = 240
# …unless the words just before the list say it is of winners ("ผู้เข้ารับรางวัลในประเภทสื่อ …
# รวมทั้งสิ้น 26 รางวัล อาทิ").
_WON_JUST_BEFORE = re.compile(r"รับรางวัล|\d\s?รางวัล|ผู้ชนะ|ชนะเลิศ")


@dataclass(frozen=True)
class _Named:
    """One place in the text where a known person or organization is written."""

    name: str
    start: int
    end: int
    is_org: bool


def find_awards(
    text: str,
    persons: list[PersonMention],
    organizations: list[OrganizationMention],
    published: dt.date | None = None,
) -> list[AwardMention]:
    """Award conferrals in ``text``, given the persons and organizations found in it."""
    named = _occurrences(text, persons, organizations)
    matches = _award_matches(text)
    written = [_award_name(m) for m in matches]
    counts = Counter(written)
    labels: dict[str, str] = {}  # an award's key -> the name it is first written by
    for name in written:
        labels.setdefault(_award_key(name), name)
    found: dict[tuple[str, ...], AwardMention] = {}
    offset = 0
    before = _Before("", False)
    heading: _Heading | None = None
    named_so_far: list[re.Match[str]] = []  # the named awards of the paragraphs read
    lead, lead_at = "", 0  # the last paragraph that lists no places: what a list of places is of
    for paragraph in text.split("\n"):
        named_here = _named_awards(paragraph, counts)
        awards, continues_list, new_heading = _paragraph_awards(paragraph, offset, named, named_here, before)
        items: list[AwardMention] = []
        if heading is not None and _ITEM.match(paragraph):
            # …unless the item names the award its winner won itself ("1. ร.ร.… ได้รับรางวัล…").
            own = {a.recipient for a in awards}
            items = [i for i in _item_award(paragraph, offset, named, heading) if i.recipient not in own]
        elif paragraph.strip():
            heading = new_heading
        # A list's items are one conferral each: the same school may win twice, in two categories.
        for award, is_item in [(i, True) for i in items] + [(a, False) for a in awards]:
            facet = (award.category or "", award.level or "") if is_item else ("", "")
            award = _labelled(award, labels)
            key = (_award_key(award.award), name_key(award.recipient or ""), *facet)
            known = found.get(key)
            found[key] = award if known is None else _merge(known, award)
        direct = _direct_places(paragraph, offset, named)
        lists_places = direct or _PLACE_LIST.search(paragraph) is not None
        if lists_places and _results(text[: offset + len(paragraph)]):
            won = {(_award_key(a.award), name_key(a.recipient or "")) for a in found.values()}
            for award in _place_winners(
                paragraph,
                offset,
                named,
                named_so_far,
                named_here,
                [m for m in matches if m.end() <= lead_at],
                lead,
                direct,
            ):
                award = _labelled(award, labels)
                winner = (_award_key(award.award), name_key(award.recipient or ""))
                if winner not in won:  # else read already, by the award's own verb or list
                    found.setdefault((*winner, "", award.level or ""), award)
        named_so_far += named_here
        if paragraph.strip():
            before = _Before(paragraph, continues_list)
            if not lists_places:
                lead, lead_at = paragraph, offset
        offset += len(paragraph) + 1
    # "รางวัล AREA" after "Asia Responsible Enterprise Awards (AREA)": the same award, by its
    # abbreviation.
    abbreviations = {f"รางวัล {a}" for a in _BRACKETED.findall(text)}
    return [a for a in found.values() if a.award not in abbreviations]


def _labelled(award: AwardMention, labels: dict[str, str]) -> AwardMention:
    """The conferral under the name its award is first written by in the release."""
    return replace(award, award=labels.setdefault(_award_key(award.award), award.award))


def _award_key(name: str) -> str:
    """What decides that two names are one award's: quotes and spaces aside, the name
    (รางวัลผู้ว่าราชการจังหวัดสำเภาทอง, รางวัลผู้ว่าราชการจังหวัด "สำเภาทอง")."""
    return name_key(name.translate(_NO_QUOTES)).replace(" ", "")


_NO_QUOTES = str.maketrans("", "", _QUOTE)


def _merge(first: AwardMention, again: AwardMention) -> AwardMention:
    """One conferral read twice: keep the first span, fill in what only the later states."""
    return AwardMention(
        first.award,
        first.span,
        first.category or again.category,
        first.level or again.level,
        first.year if first.year is not None else again.year,
        first.recipient,
    )


def _occurrences(
    text: str, persons: list[PersonMention], organizations: list[OrganizationMention]
) -> list[_Named]:
    """Every place a known person or organization is written (by name, given name or alias)."""
    persons = [p for p in persons if not is_royal(p)]  # who confers, not who receives
    forms = [(p.name, p.name, False) for p in persons]
    forms += [(p.name.split(" ")[0], p.name, False) for p in persons if " " in p.name]
    forms += [(form, o.name, True) for o in organizations for form in (o.name, *o.aliases)]
    out = [
        _Named(canonical, start, start + len(form), is_org)
        for form, canonical, is_org in forms
        if len(form) >= 2
        for start in _find_all(text, form)
    ]
    return sorted(out, key=lambda n: (n.start, -(n.end - n.start)))


def _find_all(text: str, form: str) -> Iterator[int]:
    """Where ``form`` is written in ``text``, left to right, not overlapping (as a regex
    search for the literal would find, without compiling one regex per name)."""
    start = text.find(form)
    while start >= 0:
        yield start
        start = text.find(form, start + len(form))


@dataclass(frozen=True)
class _Before:
    """The last paragraph with text, and whether it was a list of winners that counted."""

    paragraph: str
    continues_list: bool

    def speaks_of_conferring(self) -> bool:
        """Asked only of the paragraph before a list of winners: the verbs are not looked for
        in every paragraph of every release."""
        return self.continues_list or _speaks_of_conferring(self.paragraph)


def _speaks_of_conferring(text: str) -> bool:
    """Whether ``text`` has a verb of receiving or giving that is not a plan."""
    verbs = (c for pattern in (_RECEIVE, _GIVE) for c in pattern.finditer(text))
    return any(not _planned(text, c) for c in verbs)


def _paragraph_awards(
    paragraph: str, offset: int, named: list[_Named], awards: list[re.Match[str]], before: _Before
) -> tuple[list[AwardMention], bool, _Heading | None]:
    """The conferrals one paragraph states of the named ``awards`` written in it, and whether
    it is a list of winners that counts for want of a verb of its own: a paragraph that only
    lists an award's winners (``1) รางวัล… ได้แก่ นาย…``) counts when the one before it speaks
    of conferring (``…เป็นประธานในพิธีมอบรางวัล…``)."""
    if not awards:
        return [], False, None
    receive = [c for c in _RECEIVE.finditer(paragraph) if not _planned(paragraph, c)]
    give = [c for c in _GIVE.finditer(paragraph) if not _planned(paragraph, c)]
    continues_list = (
        not receive and not give and bool(_LIST_MARK.search(paragraph)) and before.speaks_of_conferring()
    )
    conferred = bool(receive or give or continues_list)
    # An award that heads the numbered paragraphs after it, one winner each.
    heading = (
        _Heading(awards[-1], offset)
        if conferred or _COUNTED.search(paragraph) or before.speaks_of_conferring()
        else None
    )
    if not conferred:
        # Only an honour title with its year written after its holder states a conferral alone.
        awards = [m for m in awards if _group(m, "honour") and _year(paragraph[m.end() :]) is not None]
        if not awards:
            return [], False, heading
    end = offset + len(paragraph)
    # Not a place the ceremony is held at ("… ณ โรงแรมสวิสโฮเต็ล"): a venue receives nothing.
    inside = [
        n
        for n in named
        if offset <= n.start and n.end <= end and not _VENUE.search(paragraph, 0, n.start - offset)
    ]
    out: list[AwardMention] = []
    for match in awards:
        name = _award_name(match)
        after = paragraph[_name_end(match) :]
        year = _year(after)
        category = _category(after[:80])
        level = _level(match, after)
        start = match.start() + len(match.group()) - len(name) if _group(match, "honour") else match.start()
        span = Span(offset + start, offset + match.end())
        recipients = _listed(paragraph, offset, match.end(), inside) if conferred else []
        if not conferred:
            holder = _holder(paragraph, offset, offset + start, inside)
            recipients = [(holder, None)] if holder else []
        elif not recipients:
            given = _given_to(paragraph, offset, match, give, inside)
            if given:
                winners = [given]
            elif _given_here(paragraph, match, give, receive):
                winners = []  # given right there: its winner is not whoever an earlier verb names
            else:
                winners = _winners(paragraph, offset, match.start(), receive, inside)
            if not winners and _group(match, "honour"):
                holder = _holder(paragraph, offset, offset + start, inside)
                winners = [holder] if holder else []
            recipients = [(winner, None) for winner in winners]
        for recipient, listed_category in recipients:
            out.append(AwardMention(name, span, listed_category or category, level, year, recipient))
    return out, continues_list, None if out else heading


# A place won and its winners: "รางวัลชนะเลิศ ได้แก่ นาย…", "รางวัลรองชนะเลิศอันดับที่ 1 ได้แก่ …",
# "รางวัลชมเชย จำนวน 5 รางวัล ได้รับรางวัลเป็นเงินสด … ได้แก่ 1.…".
_PLACE_WON = r"รางวัล\s?(?P<v>(?:รอง)?ชนะเลิศ(?:\s?อันดับ(?:ที่)?\s?(?:\d|หนึ่ง|สอง|สาม))?|ชมเชย)"
_PLACE_LIST = re.compile(_PLACE_WON + r"(?=(?:\d\s?รางวัล|(?!รางวัล(?!เป็น))[^\n]){0,120}?(?:ได้แก่|คือ))")
# An award's name that is only a place won: the contest's award when no award is named.
_PLACE_ONLY = re.compile(_PLACE_WON)


def is_place_only(award: str) -> bool:
    """Whether an award's name is a place won alone (รางวัลชนะเลิศ, รางวัลรองชนะเลิศอันดับหนึ่ง),
    which names one release's contest's award, not an award across releases."""
    return _PLACE_ONLY.fullmatch(award) is not None


# What ends one place's winners: the next award or place ("… รางวัลรองชนะเลิศ ได้แก่ …"), the
# prize they took ("… ถ้วยเกียรติยศ ศาสตราจารย์พิเศษ วิชา มหาคุณ", the trophy's giver) or a quote
# closed that was opened before the list (a speech that goes on after it).
_PLACE_END = re.compile(r"รางวัล(?!เป็น)|ถ้วย|โล่|เกียรติบัตร|ทุนการศึกษา|เงินสด|เงินรางวัล|ได้รับ|\sกล่าว|[“”]")
_WINNERS_OF_PLACE = re.compile(r"ได้แก่|คือ")


def _place_end(paragraph: str, start: int) -> int:
    """Where the winners listed from ``start`` end (:data:`_PLACE_END`); a quote opened and closed
    among them names a work ("ผลงาน “ไฉไล (CHIC)” จากทีม…") and goes on."""
    opened = 0
    for stop in _PLACE_END.finditer(paragraph, start):
        if stop.group() == "“":
            opened += 1
        elif stop.group() == "”" and opened:
            opened -= 1
        else:
            return stop.start()
    return len(paragraph)


def _place_winners(
    paragraph: str,
    offset: int,
    named: list[_Named],
    named_before: list[re.Match[str]],
    named_here: list[re.Match[str]],
    written_before_lead: list[re.Match[str]],
    lead: str,
    direct: list[tuple[re.Match[str], list[tuple[str, str | None]]]],
) -> list[AwardMention]:
    """The winners of each place a paragraph lists (``รางวัลชนะเลิศ ได้แก่ นางบุญถม ไทยลาว
    รางวัลรองชนะเลิศ อันดับ 1 ได้แก่ …``). The place is the level of the award the list is of: the
    last named before it in the paragraph, or the one the list's lead names again
    ("สำหรับอาสาสมัครท้องถิ่นรักษ์โลกดีเด่น แห่งชาติ มีดังนี้" after "มอบรางวัลอาสาสมัครท้องถิ่นรักษ์โลก
    ดีเด่นแห่งชาติ"), or else the last named before it. With no award named before it, the
    place is the award (รางวัลชนะเลิศ), as the releases then call it."""
    out: list[AwardMention] = []
    end = offset + len(paragraph)
    inside = [n for n in named if offset <= n.start and n.end <= end]
    places = [(place, winners, True) for place, winners in direct]
    for place in _PLACE_LIST.finditer(paragraph):
        mark = _WINNERS_OF_PLACE.search(paragraph, place.end())
        assert mark is not None
        segment = paragraph[: _place_end(paragraph, mark.end())]
        winners = _listed(segment, offset, place.end(), inside) or _groups_won(segment, mark.end())
        places.append((place, winners, False))
    for place, winners, is_direct in sorted(places, key=lambda p: p[0].start()):
        if not winners:
            continue
        here = [m for m in named_here if m.end() <= place.start()]
        award = here[-1] if here else _award_of_list(named_before, written_before_lead, lead)
        if award is None and is_direct:
            continue  # a first prize with no award named is a lottery's as often as a contest's
        level = _place_level(place.group("v") or place.group("runner_up"))
        name = "รางวัล" + level if award is None else _award_name(award)
        span = Span(offset + place.start(), offset + place.end())
        for winner, category in winners:
            out.append(AwardMention(name, span, category, None if award is None else level, None, winner))
    return out


# A place written straight before its winners, with no ได้แก่: "รางวัลที่ 1 เทศบาลนครยะลา จ.ยะลา
# รางวัลที่ 2 …", "รางวัลชมเชย ทม.น่าน ทม.ลำพูน และ ทม.กระบี่".
# The runner-up places may drop รางวัล ("รางวัลชนะเลิศ โรงพยาบาลคูเมือง … รองชนะเลิศอันดับ 1
# สำนักงานสาธารณสุขจังหวัดบุรีรัมย์"); each place ends the winners of the one before.
_PLACE_DIRECT = re.compile(
    r"(?:รางวัล\s?(?P<v>ที่\s?[1-9](?!\d)|(?:รอง)?ชนะเลิศ(?:\s?อันดับ(?:ที่)?\s?(?:\d|หนึ่ง|สอง|สาม))?|ชมเชย)"
    r"|(?<![ก-๙])(?P<runner_up>รองชนะเลิศ\s?อันดับ(?:ที่)?\s?(?:\d|หนึ่ง|สอง|สาม)))\s*"
)


def _direct_places(
    paragraph: str, offset: int, named: list[_Named]
) -> list[tuple[re.Match[str], list[tuple[str, str | None]]]]:
    """The places a paragraph writes straight before a person or organization the release names,
    each with its winners: those named up to the next place or prize (:data:`_PLACE_END`), less
    the organizations a listed person works at."""
    out: list[tuple[re.Match[str], list[tuple[str, str | None]]]] = []
    if "รางวัล" not in paragraph:
        return out
    starts = {n.start - offset for n in named if offset <= n.start <= offset + len(paragraph)}
    for place in _PLACE_DIRECT.finditer(paragraph):
        if place.end() not in starts or re.match(_ENGLISH_AWARD, paragraph[place.end() :]):
            continue  # no winner there, or the award's own name ("รางวัลชนะเลิศ United Nations … Awards")
        following = _PLACE_DIRECT.search(paragraph, place.end())
        stop = offset + min(
            _place_end(paragraph, place.end()), following.start() if following else len(paragraph)
        )
        listed: list[_Named] = []
        for n in named:
            if (
                offset + place.end() <= n.start
                and n.end <= stop
                and (not listed or n.start >= listed[-1].end)
            ):
                listed.append(n)
        persons = [n for n in listed if not n.is_org]
        winners = [n.name for n in listed if not _works_at(paragraph, offset, persons, n)]
        out.append((place, [(w, None) for w in dict.fromkeys(winners)]))
    return out


def _place_level(place: str) -> str:
    """A place won as a level: "ชนะเลิศ", "รองชนะเลิศอันดับ 1", "รางวัลที่ 2" (not "ที่ 2")."""
    place = collapse_spaces(place)
    return "รางวัล" + place if place.startswith("ที่") else place


# A place's winner that is no person or organization the release names elsewhere: a province, a
# team, a community or a group ("รางวัลชนะเลิศ ได้แก่ จังหวัดลำพูน", "ได้แก่ ผลงาน “สุขที่ได้ช่วย”
# ทีมสื่อสร้างสรรค์โรงเรียนบ้านคอนสา"), after the work it won with, if written; not a list's
# heading (กลุ่มจังหวัดภาคใต้) nor words about many (ทีมจากประเทศเวียดนาม, รายได้แก่ชุมชนกว่า…).
_GROUP_WON = re.compile(
    r"\s?(?:\d[.)]\s?)?(?:ผลงาน(?:เรื่อง)?\s?[“\"][^”\"\n]{1,80}[”\"]\s?(?:จาก|ของ|โดย)?\s?)?"
    r"(?P<name>(?:จังหวัด|ทีม|ชุมชน|กลุ่ม(?!จังหวัด)|วิสาหกิจชุมชน|หมู่บ้าน)(?!กว่า|จาก|ต่าง|ทั้ง|ละ|อื่น|ของ)(?:[^\s,“”\"()]+|(?=\s[A-Z]))"
    r"(?:\s[A-Z][\w&'-]*)*)"
)


_JOINED = re.compile(r"\s?(?:,|และ)\s?")


def _groups_won(segment: str, start: int) -> list[tuple[str, str | None]]:
    """The provinces, teams and groups that won a place, listed from ``start`` (one, or several
    joined by และ or commas), when no person or organization is."""
    out: list[tuple[str, str | None]] = []
    at = start
    if not segment[at : at + 1].isspace():
        return out  # "ได้แก่" inside a word (รายได้แก่ชุมชน): no list
    while (won := _GROUP_WON.match(segment, at)) is not None:
        name = won.group("name").strip()
        if len(name) > len("จังหวัด") + 1:
            out.append((name, None))
        at = won.end()
        joined = _JOINED.match(segment, at)
        if joined is None:
            break
        at = joined.end()
    return out


# Words that announce results: "ผลการตัดสินปรากฏว่า", "ผลการประกวด", "มีผลงานที่ได้รับรางวัล ดังนี้".
_RESULTS = re.compile(r"ผล(?:การ)?(?:ตัดสิน|ประกวด|แข่งขัน|คัดเลือก)|ผลปรากฏ|ปรากฏผล")


def _results(text: str) -> bool:
    """Whether the release, up to a paragraph that lists places, speaks of conferring or of
    results: the places' winners won (and were not, say, last year's, in a call for entries)."""
    return _RESULTS.search(text) is not None or _speaks_of_conferring(text)


def _award_of_list(
    named: list[re.Match[str]], written: list[re.Match[str]], lead: str
) -> re.Match[str] | None:
    """Which award a list of places with no award named before it in its paragraph is of: the
    last written before its lead that the lead names again (without รางวัล, spaces and quotes
    aside; named again, it is a name), else the last named."""
    said = _award_key(lead)
    again = [
        (len(bare), i, award)
        for i, award in enumerate(written)
        if _group(award, "honour") is None and not _generic_name(award)
        for bare in [_award_key(_award_name(award)).removeprefix("รางวัล")]
        if len(bare) >= 6 and bare in said
    ]
    if again:  # the longest it names: "2. Young Ombudsman Awards" names Ombudsman Awards too
        return max(again, key=lambda a: a[:2])[2]
    return named[-1] if named else None


@dataclass(frozen=True)
class _Heading:
    """An award named, in a paragraph of conferring, with no winner of its own: a heading for the
    numbered paragraphs after it (``รางวัล Grand Award อันดับที่ 2 … ได้ทั้งหมด 3 รางวัล`` then
    ``1. ร.ร.ดำรงราษฎร์สงเคราะห์ จ.เชียงราย ในสาขาสัตวศาสตร์ …``)."""

    match: re.Match[str]
    offset: int  # of its paragraph


# A numbered paragraph: "1. ", "2) ".
_ITEM = re.compile(r"\s*\d{1,2}\s?[.)]\s?(?!\d)")
# The rank written after a heading award: "Grand Award อันดับที่ 2".
_RANK = re.compile(r"^\s*(?P<v>อันดับ(?:ที่)?\s?\d+)")
# "ได้ทั้งหมด 3 รางวัล", "จำนวน 9 รางวัล": a count of the award's winners.
_COUNTED = re.compile(r"\d+\s?รางวัล")


def _item_award(paragraph: str, offset: int, named: list[_Named], heading: _Heading) -> list[AwardMention]:
    """The conferrals a numbered paragraph under a heading award states: the one it opens with
    wins the heading's award, in the category written after them; or the paragraph opens with a
    category and lists its winners (``1) บุคคลผู้ทำคุณประโยชน์ จำนวน 15 ราย ได้แก่ นาย…, นาย…``)."""
    item = _ITEM.match(paragraph)
    assert item is not None
    match = heading.match
    after = match.string[_name_end(match) :]
    span = Span(heading.offset + match.start(), heading.offset + match.end())
    level = _first(_RANK, after) or _level(match, after)
    year = _year(after)
    opening = [n for n in named if offset + item.end() <= n.start <= offset + item.end() + 2]
    if opening:
        winner = min(opening, key=lambda n: n.start)
        category = _first(_CATEGORY, paragraph[winner.end - offset :][:80])
        return [AwardMention(_award_name(match), span, category, level, year, winner.name)]
    group = _ITEM_GROUP.match(paragraph, item.end())
    if group is None:
        return []
    end = offset + len(paragraph)
    inside = [n for n in named if offset <= n.start and n.end <= end]
    category = collapse_spaces(group.group("category"))
    return [
        AwardMention(_award_name(match), span, category, level, year, winner)
        for winner, _ in _listed(paragraph, offset, group.start("mark"), inside)
    ]


# A numbered paragraph that opens with a category and lists its winners.
_ITEM_GROUP = re.compile(
    r"(?:ประเภท|สาขา)?\s?(?P<category>[^\s\d][^\d:]{1,40}?)\s?"
    r"(?:จำนวน\s?\d+\s?(?:ราย|คน|แห่ง|หน่วยงาน|รางวัล)\s?)?(?P<mark>ได้แก่|:)"
)


def _level(match: re.Match[str], after: str) -> str | None:
    """An award's level: written after it (ระดับ…, "(รางวัลชนะเลิศ)") or the place won before its name."""
    return _first(_LEVEL, after[:80]) or _first(_PLACE, after) or _place_won(match)


def _named_awards(paragraph: str, counts: Counter[str]) -> list[re.Match[str]]:
    """The awards of a paragraph that are named (:func:`_is_named_award`), and those listed after
    a list word or after another named award ("ได้รับรางวัล… ประกอบด้วย รางวัลเลิศรัฐยอดเยี่ยม
    และรางวัลเลิศรัฐสาขาต่างๆ … รางวัลรัฐบาลดิจิทัล และรางวัลองค์กรต้นแบบ…"): an item of a list of
    awards names one as a year or a category would."""
    named: list[re.Match[str]] = []
    previous_end = None
    for m in _award_matches(paragraph):
        if named and _frames(paragraph, named[-1], m):
            continue
        list_word = _AWARD_LIST.search(paragraph, max(0, m.start() - 16), m.start())
        if list_word and _CATEGORIES.search(paragraph, max(0, list_word.start() - 12), list_word.start()):
            continue  # "ใน 2 สาขา ประกอบด้วยรางวัล…": the categories of an award named before
        listed = list_word is not None or (
            previous_end is not None and _AWARD_GAP.fullmatch(paragraph, previous_end, m.start()) is not None
        )
        if (listed and _group(m, "honour") is None and not _generic_name(m)) or _is_named_award(m, counts):
            named.append(m)
            previous_end = m.end()
    return named


# What introduces the programme or ceremony an award named just before was won in, or its
# category: "รางวัล Best Green Bond จาก The Asset Triple A Awards…", "…ในการจัดอันดับ IFR Asia
# Awards 2020", "…ภายในงาน The Asian Banker Thailand Awards 2021", "Leadership Excellence Award
# ในพิธีมอบรางวัลคุณภาพแห่งชาติ", "APEA 2025 ประเภทความเป็นเลิศทางธุรกิจองค์กร Corporate Excellence Award".
# A category word frames only an award not written as one (no รางวัล before it): "…ประเภทชมเชย
# รางวัล Total Quality Management" names a second award.
_FRAME = re.compile(
    r"(?:ในการจัดอันดับ|จาก|(?:ภาย)?ใน(?:งาน|พิธี)(?:มอบ|ประกาศ)?|(?P<category>สาขา|ประเภท))\s?(?:[^\s]{1,40}\s?)?$"
)
_FRAME_REACH = 160


def _frames(paragraph: str, before: re.Match[str], award: re.Match[str]) -> bool:
    """Whether ``award`` is the programme, ceremony or category of the award named ``before`` it
    (:data:`_FRAME`), not a second award won: nothing but a few words stand between them."""
    gap = paragraph[before.end() : award.start()]
    frame = _FRAME.search(gap) if len(gap) <= _FRAME_REACH else None
    if frame is None or (frame.group("category") and award.group().startswith("รางวัล")):
        return False
    between = gap[: frame.start()]  # a verb there confers the second award on its own
    return _RECEIVE.search(between) is None and _GIVE.search(between) is None


def _generic_name(match: re.Match[str]) -> bool:
    name = _group(match, "name")
    return name is not None and _GENERIC.match(_without_place(name)) is not None


def _planned(paragraph: str, verb: re.Match[str]) -> bool:
    """Whether the verb is a plan (จะมอบ, เพื่อให้ได้รับ…): :data:`_PLAN` ends where the verb
    starts and is at most 13 characters long, so only the characters just before it are read."""
    return _PLAN.search(paragraph, max(0, verb.start() - _PLAN_REACH), verb.start()) is not None


def _is_named_award(match: re.Match[str], counts: Counter[str]) -> bool:
    """A medal, or รางวัล + a name that the text marks as one (quoted, with its year,
    category, level or edition (ครั้งที่ 6) after it, or written more than once)."""
    name = _group(match, "name")
    if _group(match, "honour") is not None:  # a kind of holder and its praise, not a process
        title = _award_name(match)  # or programme for choosing one (การคัดเลือก…ดีเด่น)
        glued = _group(match, "honour")[: -len(title)]
        return len(title) > len("ดีเด่น") + 2 and not _PROCESS.search(glued) and not _LEVEL_WORD.match(title)
    if _group(match, "english") is not None:  # capitalised words + Award(s): a proper name,
        before = match.string[: match.start()]  # unless it glosses a Thai name in brackets
        return before.rfind("(") <= before.rfind(")")
    if name is None:
        return True
    if _GENERIC.match(_without_place(name)) or _CATEGORY_BEFORE.search(match.string[: match.start()]):
        return False
    if name[:1].isascii() and name[:1].isupper():  # a proper name in Latin letters (รางวัล OTOP)
        return True
    # A kind of winner and its praise (รางวัลแรงงานนอกระบบดีเด่น) names an award as a title would.
    praised = _PRAISED.search(_award_name(match)) is not None
    quoted = _group(match, "quote") is not None or name.endswith(("”", '"'))
    marked = praised or quoted or _MARKERS.match(match.string[_name_end(match) :])
    return bool(marked) or counts[_award_name(match)] > 1 or _award_name(match).startswith(_known_awards())


@lru_cache(maxsize=1)
def _known_awards() -> tuple[str, ...]:
    """The Thai names of the awards in ``data/awards.csv`` (รางวัลเลิศรัฐ): named wherever written."""
    from ..award_schemes import load_award_schemes

    return tuple(c.label_th for c in load_award_schemes().concepts.values() if c.facet == "award")


# A place won written before the award's own name: "รางวัลชนะเลิศเพชรวายุภักษ์ ครั้งที่ 8".
_PLACE_FIRST = re.compile(r"(?P<v>ชนะเลิศ|รองชนะเลิศ(?:อันดับ(?:ที่)?\s?\d)?|ชมเชย)(?=\S{4})")


def _split_place(name: str) -> tuple[str | None, str]:
    """A place won written before the award's name (it is the level), and the name without it."""
    m = _PLACE_FIRST.match(name)
    if m is None or _RECEIVE.search(name, m.end()) or _GIVE.search(name, m.end()):
        return None, name  # "ชนะเลิศองค์กรในประเทศไทยที่ได้รับ…": a clause, no award's name
    return m.group("v"), name[m.end() :]


def _without_place(name: str) -> str:
    return _split_place(name)[1]


def _place_won(match: re.Match[str]) -> str | None:
    name = _group(match, "name")
    return None if name is None or _group(match, "english") is not None else _split_place(name)[0]


def _name_end(match: re.Match[str]) -> int:
    """Where an award's name ends: before a year glued to it (``…ดีเด่นประจำปี พ.ศ. 2566``)."""
    name = _group(match, "name")
    glued = _GLUED_YEAR.search(name) if name is not None and _group(match, "english") is None else None
    return match.end() - len(glued.group()) if glued else match.end()


def _award_name(match: re.Match[str]) -> str:
    if _group(match, "honour") is not None:
        return _group(match, "honour")[_title_offset(_group(match, "honour")) :]
    if _group(match, "english") is not None:
        return collapse_spaces(_group(match, "english"))
    if _group(match, "name") is None:
        return match.group("award")
    name = _GLUED_YEAR.sub("", _without_place(_group(match, "name")))
    return "รางวัล" + (" " if _group(match, "space") else "") + collapse_spaces(name)


# An award's level (ระดับดีเด่น), not an honour title.
_LEVEL_WORD = re.compile(_FACET)
# What an honour title written straight after is the name of: a selection, a contest, a programme.
_PROCESS = re.compile(r"(?:คัดเลือก|ประกวด|โครงการ|สรรหา|เกณฑ์)$")


@lru_cache(maxsize=1024)
def _title_offset(run: str) -> int:
    """Where an honour title starts in its run of letters: after the last word glued before it
    that is not part of it (a verb, a preposition), by pythainlp's dictionary segmentation."""
    offset = start = 0
    for word in word_tokenize(run, engine="newmm", keep_whitespace=True):
        offset += len(word)
        if word in _BEFORE_TITLE and offset < len(run):
            start = offset
    return start


# The category and level an award's year may be written after ("… สาขาบริการภาครัฐ ระดับดีเด่น ประจำปี 2566").
_FACETS_FIRST = re.compile(rf"(?:\s?(?:{_FACET})\S+(?:\s\([^()]{{1,30}}\))?)*")


def _year(after: str) -> int | None:
    after = to_arabic_digits(after)
    match = _YEAR.match(after) or _YEAR.match(after[_FACETS_FIRST.match(after).end() :])
    if not match:
        return None
    year = int(match.group("y"))
    if year < 100:
        year += 2500
    return year - 543 if year > 2400 else year


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return collapse_spaces(match.group("v")) if match else None


def _category(after: str) -> str | None:
    """The category written after an award: the first สาขา/ประเภท, or when a type follows its
    branch straight away (``สาขาบริการภาครัฐ ประเภทพัฒนาการบริการ``), the type, the narrower."""
    chosen: re.Match[str] | None = None
    for match in _CATEGORY.finditer(after):
        if chosen is not None and after[chosen.end() : match.start()].strip(_QUOTE + " "):
            break
        chosen = match
    return collapse_spaces(chosen.group("v")) if chosen else None


def _listed(
    paragraph: str, offset: int, award_end: int, inside: list[_Named]
) -> list[tuple[str, str | None]]:
    """Winners listed after the award (``ได้แก่ 1.… 2.…``), each with its category."""
    mark = _LIST_MARK.search(paragraph, award_end)
    if mark and _DIVIDED.search(paragraph, max(0, mark.start() - 30), mark.start()):
        # "แบ่งออกเป็น 4 ประเภท ได้แก่ 1) …": the award's categories; the winners, if any, are
        # listed after a category ("แบ่งเป็น 2 กลุ่ม ดังนี้ กลุ่มที่ 1 … ได้แก่ 1) นาย…").
        mark = _WINNERS_MARK.search(paragraph, mark.end())
    if (
        not mark
        or (
            mark.start() - award_end > _LIST_REACH
            and not _WON_JUST_BEFORE.search(paragraph, mark.start() - 80, mark.start())
        )
        or _SPOKEN.search(paragraph, award_end, mark.start())
        or _LIST_END.search(paragraph, award_end, mark.start())
    ):
        return []  # a list in what someone goes on to say, or in a sentence of its own
    ended = _LIST_END.search(paragraph, mark.end())
    list_end = offset + (ended.start() if ended else len(paragraph))
    listed: list[_Named] = []
    for named in inside:
        if offset + mark.start() <= named.start < list_end and (not listed or named.start >= listed[-1].end):
            listed.append(named)
    persons = [n for n in listed if not n.is_org]
    heads = {n.name for n in listed if _heads_a_group(paragraph, offset, n)}
    listed = [n for n in listed if not _works_at(paragraph, offset, persons, n) and n.name not in heads]
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for i, named in enumerate(listed):
        if named.name in seen:
            continue
        seen.add(named.name)
        stop = listed[i + 1].start if i + 1 < len(listed) else list_end
        between = paragraph[named.end - offset : stop - offset]
        out.append((named.name, _first(_CATEGORY, between[:60])))
    return out


def _works_at(paragraph: str, offset: int, persons: list[_Named], named: _Named) -> bool:
    """Whether organization ``named`` belongs to the person listed before it in the same item,
    the place of their post (``นางภาวินี ไชยสิทธิ์ กรรมการผู้จัดการบริษัท…``, ``… กองคลัง (พช.)``),
    not a winner of its own."""
    if not named.is_org:
        return False
    before = [p for p in persons if p.end <= named.start]
    if not before:
        return False
    between = paragraph[before[-1].end - offset : named.start - offset]
    return len(between) < 200 and not _ITEM_BREAK.search(between)


# "1) สำนักงานปลัดกระทรวง… (สป.พม.) ได้แก่ 1.1) นางสาว…": an organization heading its own list.
_GROUP_HEAD = re.compile(r"\s?(?:\([^()]{1,40}\)\s?)?(?:ได้แก่|ประกอบด้วย)")


def _heads_a_group(paragraph: str, offset: int, named: _Named) -> bool:
    """Whether organization ``named`` heads a group of the list (its winners listed after it),
    rather than being a winner itself."""
    return named.is_org and _GROUP_HEAD.match(paragraph, named.end - offset) is not None


def _given_to(
    paragraph: str, offset: int, award: re.Match[str], give: list[re.Match[str]], inside: list[_Named]
) -> str | None:
    """With a verb of giving before the award, whoever follows แก่/ให้แก่ after it."""
    if not any(c.start() <= award.start() for c in give):
        return None
    to = _TO.search(paragraph, award.end(), award.end() + 200)
    if not to:
        return None
    after = [n for n in inside if n.start >= offset + to.end()]
    return after[0].name if after and after[0].start - (offset + to.end()) < 4 else None


def _holder(paragraph: str, offset: int, title_at: int, inside: list[_Named]) -> str | None:
    """The one an honour title is written after, in apposition: ``นายทรงศักดิ์ ตติยรัตน์ กำนัน
    ต.หนองไผ่ … กำนันยอดเยี่ยม ประจำปี 2567`` (the person, then their post, then the title)."""
    before = [n for n in inside if title_at - _WINDOW <= n.start and n.end <= title_at]
    if not before:
        return None
    closest = max(before, key=lambda n: n.end)
    between = paragraph[closest.end - offset : title_at - offset]
    if _LIST_END.search(between) or re.search(r"[.!?]\s|ว่า|เป็น", between):
        return None
    if _RECEIVE.search(between) or _GIVE.search(between):
        return None  # the one who gives or receives something else, not the holder
    return closest.name


def _winners(
    paragraph: str, offset: int, award_start: int, receive: list[re.Match[str]], inside: list[_Named]
) -> list[str]:
    """Who is named closest before the verb of receiving the award, with any named with them
    ("บริษัท … จำกัด" และ "สมาคมสถาบันทิวา" ได้รับรางวัล…); or the organization a person receives
    it for ("ธพว. โดยนายโมกุล … เป็นตัวแทน เข้ารับ…"). Before "ผู้ได้รับ" (the one who received) only
    whoever it is written in apposition to ("นางสมภาร คำภาหมี ผู้ได้รับรางวัล…")."""
    before = [c for c in receive if c.start() <= award_start]
    if not before:
        return []
    cue_at = offset + before[-1].start()
    reach = _WINDOW
    receiver = _RECEIVER.search(paragraph, max(0, before[-1].start() - 3), before[-1].start())
    if receiver is not None:
        cue_at, reach = offset + receiver.start(), 2
    candidates = [n for n in inside if cue_at - _WINDOW <= n.start and n.end <= cue_at]
    if not candidates or cue_at - max(n.end for n in candidates) > reach:
        return []
    closest = max(candidates, key=lambda n: n.end)
    if not closest.is_org and _REPRESENTS.search(paragraph, closest.end - offset, cue_at - offset):
        represented = [n for n in candidates if n.is_org and n.end <= closest.start]
        if represented:
            return [max(represented, key=lambda n: n.end).name]
    if _SPOKEN.search(paragraph, closest.end - offset, cue_at - offset):
        return []  # who speaks ("นางแพตริเซีย … เปิดเผยว่า พันธบัตร… ได้รับรางวัล"), not who receives
    if _PRAISES.search(paragraph, closest.end - offset, cue_at - offset):
        return []  # who praises ("รมต.อนุชา ชื่นชม 15 อปท. รับรางวัล…"), not who receives
    winners = [closest]
    for named in sorted(candidates, key=lambda n: n.end, reverse=True):
        if named.end <= winners[-1].start and _JOINED.fullmatch(
            paragraph, named.end - offset, winners[-1].start - offset
        ):
            winners.append(named)
    return list(dict.fromkeys(n.name for n in reversed(winners)))


def _given_here(
    paragraph: str, award: re.Match[str], give: list[re.Match[str]], receive: list[re.Match[str]]
) -> bool:
    """Whether the award is written as given right there ("…ที่ได้รับพระราชทาน พิธีมอบรางวัล…")
    while the verb of receiving before it receives something else: its winner is named after แก่
    or in a list, not before that verb. ("…รับโล่รางวัลเลิศรัฐ… ในพิธีมอบรางวัลเลิศรัฐ ประจำปี 2566"
    receives an award, and the ceremony's is the same.)"""
    if not any(
        0 <= award.start() - c.end() <= 1 or _GIVEN_LIST.fullmatch(paragraph, c.end(), award.start())
        for c in give
    ):
        return False
    before = [c for c in receive if c.end() <= award.start()]
    return bool(before) and not _AWARD_WORD.match(paragraph, before[-1].end())


# Awards listed after one verb of giving: "พิธีมอบรางวัลวัฒนธรรมคุณานุสรณ์ รางวัลข้าราชการพลเรือนดีเด่น
# รางวัล…": more awards, with no verb and no new sentence between them.
_GIVEN_LIST = re.compile(r"\s?รางวัล(?:(?!ได้รับ|รับ|คว้า|ในโอกาสนี้|ทั้งนี้|นอกจากนี้|โดยมี)[^\n]){0,200}")
# What a verb of receiving an award is followed by.
_AWARD_WORD = re.compile(r"\s?(?:โล่|ถ้วย|เหรียญ|เกียรติบัตร)?\s?รางวัล|[A-Z]")


# What stands between two winners named together before the verb: "A และ B", "A, B".
_JOINED = re.compile(rf"[\s{_QUOTE},]*(?:และ|กับ)?[\s{_QUOTE}]*")


# The word before a place where something is held.
_VENUE = re.compile(r"(?:^|\s)ณ\s?$")
# "ผู้ได้รับ", "ผู้เข้ารับ": the one who receives, a noun; its subject is not the winner.
_RECEIVER = re.compile(r"ผู้\s?$")
# A person who receives something on behalf of an organization.
_REPRESENTS = re.compile(r"ตัวแทน|ผู้แทน|ในนาม")
