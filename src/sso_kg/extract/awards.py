"""Award conferrals: which award (category, level, edition year) went to whom.

Releases report awards in three ways, all read here one paragraph at a time:

* **a winner**: ``สำนักงานประกันสังคม ... คว้ารางวัลเลิศรัฐ ประเภท… ระดับ…``: with a verb of
  receiving (ได้รับ, คว้า, ชนะ, รับ…) the recipient is the person or organization named
  closest before the verb;
* **a giver**: ``มอบรางวัล… แก่/ให้แก่ X``: with a verb of giving the recipient follows แก่;
* **a list of winners**: ``รางวัลศิลปาธร ... ได้แก่ 1.นายจักกาย ศิริบุตร สาขาทัศนศิลป์ 2.…``:
  everyone named after the list mark is a recipient, with the category written after them.

Only awards the text says were conferred, received or won count (a verb that is not a plan:
``จะมอบ``, ``เพื่อให้ได้รับ``), and only named awards: a name after รางวัล counts when it is
quoted, stated with its year, category or level, or written more than once; medals count as
they are.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from ..iris import name_key
from ..thai.normalize import collapse_spaces, to_arabic_digits
from .model import AwardMention, OrganizationMention, PersonMention, Span

_QUOTE = "\"“”'"
_AWARD = re.compile(
    rf"(?P<award>รางวัล(?P<quote>\s?[{_QUOTE}]\s?)?"
    rf"(?P<name>[A-Z][\w&.-]*(?:\s[A-Z0-9][\w&.-]*)*"
    rf"|(?:(?!รางวัล)[^\s{_QUOTE}()A-Za-z]){{2,}}(?:\s(?:อวอร์ด|Awards?))?)"
    r"|เหรียญ(?:ทองแดง|ทอง|เงิน)(?!บาท|\s?\d))"
)
# Words after รางวัล that make it generic ("the award", "awards from…"), not a named award.
_GENERIC = re.compile(
    r"^(?:ที่|ดังกล่าว|นี้|ต่าง|ใน|จาก|และ|ให้|ของ|เป็น|แก่|ได้|แห่ง|เพื่อ|จำนวน|รวม|มูลค่า|ทั้ง|กับ|ซึ่ง|"
    r"ประเภท|สาขา|ระดับ|ประจำ|ปี|อัน|การ(?:ประกวด|แข่งขัน)|เงิน|ละ(?=\s)|พิเศษ|ใหญ่|\d)"
)
# "ประเภทรางวัล X" names a category of an award already named, not another award.
_CATEGORY_BEFORE = re.compile(r"(?:ประเภท|สาขา)\s?$")
_NOT_PLANNED = r"(?<!จะ)(?<!ให้)(?<!เพื่อ)(?<!เพื่อให้)(?<!ที่จะ)"
_RECEIVE = re.compile(_NOT_PLANNED + r"(?:ได้รับ|คว้า|ชนะ|รับโล่|รับรางวัล|รับเหรียญ|เข้ารับ)")
_GIVE = re.compile(_NOT_PLANNED + r"(?:มอบ|ประกาศผล|ประกาศรายชื่อ|เชิดชูเกียรติ)")
_PLAN = re.compile(r"(?:จะ|เพื่อ|ให้|มุ่ง|เตรียม|เปิดรับ|ขอเชิญ|ประกวด)\S{0,6}$")
_TO = re.compile(r"(?:ให้แก่|แก่|ให้กับ)\s?")
_MARKERS = re.compile(rf"^\s*[{_QUOTE}]?\s*(?:ประจำปี|ปี\s?(?:พ\.ศ\.)?\s?\d|สาขา|ประเภท|ระดับ)")
_YEAR = re.compile(
    rf"^\s*[{_QUOTE}]?\s*(?:ประจำ)?ปี(?:งบประมาณ|การศึกษา)?\s*(?:พ\.ศ\.|ค\.ศ\.)?\s*(?P<y>\d{{2,4}})"
)
_CATEGORY = re.compile(rf"(?:สาขา|ประเภท)(?:รางวัล)?(?P<v>(?!ได้แก่|\d)[^\s{_QUOTE},]+(?:\s\d+\.\d+)?)")
_LEVEL = re.compile(rf"ระดับ\s?(?P<v>[^\s{_QUOTE},]+(?:\s\([A-Za-z ]+\))?)")
_LIST_MARK = re.compile(r"ได้แก่|ดังนี้|อาทิ|\s\d{1,2}\s?[.)]\s?(?!\d)\S")
_WINDOW = 160  # how far before a verb of receiving its subject may stand


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
    counts = Counter(_award_name(m) for m in _AWARD.finditer(text))
    found: dict[tuple[str, str], AwardMention] = {}
    offset = 0
    for paragraph in text.split("\n"):
        for award in _paragraph_awards(paragraph, offset, named, counts):
            key = (name_key(award.award), name_key(award.recipient or ""))
            known = found.get(key)
            found[key] = award if known is None else _merge(known, award)
        offset += len(paragraph) + 1
    return list(found.values())


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


def _paragraph_awards(
    paragraph: str, offset: int, named: list[_Named], counts: Counter[str]
) -> list[AwardMention]:
    awards = [m for m in _AWARD.finditer(paragraph) if _is_named_award(m, counts)]
    if not awards:
        return []
    receive = [c for c in _RECEIVE.finditer(paragraph) if not _PLAN.search(paragraph[: c.start()])]
    give = [c for c in _GIVE.finditer(paragraph) if not _PLAN.search(paragraph[: c.start()])]
    if not receive and not give:
        return []
    end = offset + len(paragraph)
    inside = [n for n in named if offset <= n.start and n.end <= end]
    out: list[AwardMention] = []
    for match in awards:
        name = _award_name(match)
        after = paragraph[match.end() :]
        year = _year(after)
        category = _first(_CATEGORY, after[:80])
        level = _first(_LEVEL, after[:80])
        span = Span(offset + match.start(), offset + match.end())
        recipients = _listed(paragraph, offset, match.end(), inside)
        if not recipients:
            recipient = _given_to(paragraph, offset, match, give, inside) or _winner(
                offset, match.start(), receive, inside
            )
            recipients = [(recipient, None)] if recipient else []
        for recipient, listed_category in recipients:
            out.append(AwardMention(name, span, listed_category or category, level, year, recipient))
    return out


def _is_named_award(match: re.Match[str], counts: Counter[str]) -> bool:
    """A medal, or รางวัล + a name that the text marks as one (quoted, with its year,
    category or level after it, or written more than once)."""
    name = match.group("name")
    if name is None:
        return True
    if _GENERIC.match(name) or _CATEGORY_BEFORE.search(match.string[: match.start()]):
        return False
    marked = match.group("quote") is not None or _MARKERS.match(match.string[match.end() :])
    return bool(marked) or counts[_award_name(match)] > 1


def _award_name(match: re.Match[str]) -> str:
    if match.group("name") is None:
        return match.group("award")
    name = re.sub(r"(?:ประจำ)?ปี\S*$", "", match.group("name"))
    return "รางวัล" + collapse_spaces(name)


def _year(after: str) -> int | None:
    match = _YEAR.match(to_arabic_digits(after))
    if not match:
        return None
    year = int(match.group("y"))
    if year < 100:
        year += 2500
    return year - 543 if year > 2400 else year


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return collapse_spaces(match.group("v")) if match else None


def _listed(
    paragraph: str, offset: int, award_end: int, inside: list[_Named]
) -> list[tuple[str, str | None]]:
    """Winners listed after the award (``ได้แก่ 1.… 2.…``), each with its category."""
    mark = _LIST_MARK.search(paragraph, award_end)
    if not mark:
        return []
    listed: list[_Named] = []
    for named in inside:
        if named.start >= offset + mark.start() and (not listed or named.start >= listed[-1].end):
            listed.append(named)
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for i, named in enumerate(listed):
        if named.name in seen:
            continue
        seen.add(named.name)
        stop = listed[i + 1].start if i + 1 < len(listed) else offset + len(paragraph)
        between = paragraph[named.end - offset : stop - offset]
        out.append((named.name, _first(_CATEGORY, between[:60])))
    return out


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


def _winner(offset: int, award_start: int, receive: list[re.Match[str]], inside: list[_Named]) -> str | None:
    """The person or organization named closest before the verb of receiving the award."""
    before = [c for c in receive if c.start() <= award_start]
    if not before:
        return None
    cue_at = offset + before[-1].start()
    candidates = [n for n in inside if cue_at - _WINDOW <= n.start and n.end <= cue_at]
    return max(candidates, key=lambda n: n.end).name if candidates else None
