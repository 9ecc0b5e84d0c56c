"""Award conferrals: which award (category, level, edition year) went to whom.

Releases report awards in two ways, and both are read here, one paragraph at a time:

* **a subject that wins**: ``สำนักงานประกันสังคม ... คว้ารางวัลเลิศรัฐ ประเภท… ระดับ…``: the
  recipient is the organization (or, failing one, the person) named before the verb;
* **a list of winners**: ``มอบรางวัลศิลปาธร ... ได้แก่ 1.นายจักกาย ศิริบุตร สาขาทัศนศิลป์
  2.…``: every person or organization named after the award in the paragraph is a recipient,
  with the category written after their name.

Only awards the text says were conferred, received or won count: a paragraph needs a
conferral verb that is not a plan (``จะมอบ``, ``เพื่อให้ได้รับ``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..iris import name_key
from ..thai.normalize import collapse_spaces, to_arabic_digits
from .model import AwardMention, OrganizationMention, PersonMention, Span

# "รางวัล" + a name, possibly quoted; medals; "…ยอดเยี่ยม" titles after a conferral verb.
_AWARD = re.compile(
    r"(?P<award>รางวัล\s?[\"“”']?\s?(?P<name>[^\s\"“”'()]{2,}(?:\s(?:อวอร์ด|Awards?))?)"
    r"|เหรียญ(?:ทองแดง|ทอง|เงิน)(?!บาท))"
)
# Words after รางวัล that make it generic ("the award", "awards from…"), not a named award.
_GENERIC = re.compile(
    r"^(?:ที่|ดังกล่าว|นี้|ต่าง|ใน|จาก|และ|ให้|ของ|เป็น|แก่|ได้|แห่ง|เพื่อ|จำนวน|รวม|มูลค่า|ทั้ง|กับ|ซึ่ง|"
    r"ประเภท|สาขา|ระดับ|ประจำ|ปี|อัน|การ(?:ประกวด|แข่งขัน)|เงิน|ที่\d|\d)"
)
_CUE = re.compile(r"(?<!จะ)(?<!ให้)(?<!เพื่อ)(?<!เพื่อให้)(?:ได้รับ|คว้า|ชนะ|ทรงได้รับ|มอบ|รับโล่|รับรางวัล|เชิดชูเกียรติ)")
_PLAN = re.compile(r"(?:จะ|เพื่อ|ให้|มุ่ง|เตรียม|เปิดรับ|ขอเชิญ|ประกวด)\S{0,6}$")
_YEAR = re.compile(r"^\s*[\"“”']?\s*(?:ประจำ)?ปี(?:งบประมาณ|การศึกษา)?\s*(?:พ\.ศ\.|ค\.ศ\.)?\s*(?P<y>\d{2,4})")
_CATEGORY = re.compile(r"(?:สาขา|ประเภท)(?:รางวัล)?\s?(?P<v>[^\s\"“”,]+(?:\s[\d.]+)?)")
_LEVEL = re.compile(r"ระดับ\s?(?P<v>[^\s\"“”,]+(?:\s\([A-Za-z ]+\))?)")
_LIST_MARK = re.compile(r"ได้แก่|ดังนี้|\s\d{1,2}\s?[.)]\s?\S")


@dataclass(frozen=True)
class _Named:
    """A person or organization mention occurrence inside the text."""

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
    found: dict[tuple[str, str], AwardMention] = {}
    offset = 0
    for paragraph in text.split("\n"):
        for award in _paragraph_awards(paragraph, offset, named):
            key = (name_key(award.award), name_key(award.recipient or ""))
            known = found.get(key)
            if known is None or _detail(award) > _detail(known):
                found[key] = award
        offset += len(paragraph) + 1
    return list(found.values())


def _detail(award: AwardMention) -> int:
    return sum(x is not None for x in (award.category, award.level, award.year))


def _occurrences(
    text: str, persons: list[PersonMention], organizations: list[OrganizationMention]
) -> list[_Named]:
    """Every place a known person or organization is written (by name or alias)."""
    out: list[_Named] = []
    forms = [(p.name, p.name, False) for p in persons]
    forms += [(p.name.split(" ")[0], p.name, False) for p in persons if " " in p.name]
    forms += [(form, o.name, True) for o in organizations for form in (o.name, *o.aliases)]
    for form, canonical, is_org in forms:
        if len(form) < 2:
            continue
        for match in re.finditer(re.escape(form), text):
            out.append(_Named(canonical, match.start(), match.end(), is_org))
    return sorted(out, key=lambda n: (n.start, -(n.end - n.start)))


def _paragraph_awards(paragraph: str, offset: int, named: list[_Named]) -> list[AwardMention]:
    awards = [m for m in _AWARD.finditer(paragraph) if not _generic(m)]
    if not awards:
        return []
    cues = [c for c in _CUE.finditer(paragraph) if not _PLAN.search(paragraph[: c.start()])]
    if not cues:
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
        listed = _listed_recipients(paragraph, offset, match.end(), inside)
        if listed:
            for recipient, recipient_category in listed:
                out.append(AwardMention(name, span, recipient_category or category, level, year, recipient))
            continue
        recipient = _subject(paragraph, offset, match.start(), cues, inside)
        if recipient:
            out.append(AwardMention(name, span, category, level, year, recipient))
    return out


def _generic(match: re.Match[str]) -> bool:
    name = match.group("name")
    return name is not None and bool(_GENERIC.match(name))


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


def _listed_recipients(
    paragraph: str, offset: int, award_end: int, inside: list[_Named]
) -> list[tuple[str, str | None]]:
    """Winners listed after the award (``ได้แก่ 1.… 2.…``), each with its category."""
    tail = paragraph[award_end:]
    mark = _LIST_MARK.search(tail)
    if not mark:
        return []
    start = offset + award_end + mark.start()
    listed = [n for n in inside if n.start >= start and not n.is_org]
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for i, named in enumerate(listed):
        if named.name in seen:
            continue
        seen.add(named.name)
        stop = listed[i + 1].start if i + 1 < len(listed) else offset + len(paragraph)
        between = paragraph[named.end - offset : stop - offset]
        category = _first(_CATEGORY, between[:60])
        out.append((named.name, category))
    return out


def _subject(
    paragraph: str, offset: int, award_start: int, cues: list[re.Match[str]], inside: list[_Named]
) -> str | None:
    """The organization (else the person) named before the conferral verb that precedes the award."""
    before = [c for c in cues if c.start() <= award_start]
    if not before:
        return None
    cue_at = offset + before[-1].start()
    candidates = [n for n in inside if n.end <= cue_at]
    orgs = [n for n in candidates if n.is_org]
    chosen = orgs or candidates
    return chosen[-1].name if chosen else None
