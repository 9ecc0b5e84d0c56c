"""Dated happenings a release reports: meetings, ceremonies, visits, signings, announcements.

A release reports what happened on a day ("เมื่อวันที่ 7 กันยายน 2566 นาย… เป็นประธาน…",
"วันนี้ (25 ส.ค.63) …") and refers to days on which earlier or later happenings took place (a
cabinet resolution, a ceremony to come). Not every date is a happening, though: a period
("ตั้งแต่วันที่ 1 มกราคม ถึง …"), a deadline ("ภายในวันที่ …"), the day figures stand at
("ณ วันที่ …"), a document's date ("ลงวันที่ …"), a birth date, or the release's own date line.
The rules below read the words right before and after each date to tell them apart, and keep one
event per day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from sso_kg.extract.model import EventMention, Span
from sso_kg.extract.places import find_place_phrase, find_provinces
from sso_kg.thai.dates import DateMention, find_dates
from sso_kg.thai.normalize import collapse_spaces

__all__ = ["find_events"]

# Words right before a date that make it a period's bound, a deadline, a reference point for
# figures, a document's date or a birth date rather than the day of a happening.
_NOT_HAPPENING_BEFORE = re.compile(
    r"(?:ตั้งแต่|ถึง|จนถึง|จน|ภายใน|ก่อน|หลัง|ไม่เกิน|หมดเขต|สิ้นสุด|ครบกำหนด|กำหนดส่ง|นับจาก|นับแต่|"
    r"เริ่ม|ณ|ข้อมูล|สถิติ|ประจำ|ลง|ฉบับ|เกิด|เกิดเมื่อ|ประสูติ|สมภพ|ถือกำเนิด|ช่วง|ตลอด|พรรษา|"
    r"(?<=\S)\s*[-–—]|(?i:\b(?:since|until|till|by|from|as of|through|before|after|effective|born|between)))"
    r"\s*(?:วัน(?:ที่)?\s*)?\(?\s*$"
)
_NOT_HAPPENING_AFTER = re.compile(r"\s*\)?\s*(?:เป็นต้นไป|onwards|ถึงปัจจุบัน|จนถึงปัจจุบัน|ของทุกปี)")
# The days of a range are one happening each ("ในวันที่ 21-25 มี.ค." works every day) unless the
# text frames it as one span of time ("ระหว่างวันที่ 6-8", "during July 25-27").
_SPAN_FRAME = re.compile(r"(?:ระหว่าง|(?i:during|between))\s*(?:วันที่\s*)?$")
_MAX_RANGE_DAYS = 7
# A clause after a date that starts with a connective continues the sentence the date closed.
_CONNECTIVE = re.compile(r"\s*(?:ซึ่ง|และ|โดย|เป็นต้น|ที่|ว่า|ให้|เพื่อ|จึง|แล้ว|[,)\]])")
_MIN_CLAUSE = 12
_LABEL_SKIP = re.compile(
    r"[\s)\],]*(?:(?:เวลา\s*)?[0-9]{1,2}[.:][0-9]{2}\s*(?:-\s*[0-9]{1,2}[.:][0-9]{2}\s*)?น\.?"
    r"|at\s[0-9]{4}\s?hrs\.?|ที่ผ่านมา|นี้)?[\s)\],]*"
)
_CLAUSE_END = re.compile(r"\s(?:โดยมี|โดย|ซึ่ง|ทั้งนี้|ณ|ที่ห้อง|เพื่อ|ว่า)\s|\n")
_MAX_LABEL = 120
_VENUE_LEAD = 12  # room for "ณ " / "ที่ " / "at the " between a date and its venue


def find_events(text: str, published: dt.date | None) -> list[EventMention]:
    """One event per distinct day on which the text says something happened (or will).

    ``published`` is the release's own date: it gives "วันนี้" its day and a day written without
    a year ("7 ก.ย.") its year. Dates whose year cannot be told are left out.
    """
    mentions = find_dates(text, reference=published)
    events: dict[dt.date, EventMention] = {}
    for i, mention in enumerate(mentions):
        if not _is_happening(text, mention):
            continue
        following = mentions[i + 1].start if i + 1 < len(mentions) else None
        place = find_place_phrase(text, mention.end, following)
        label = _label(text, mention, place)
        provinces = find_provinces(place) if place else []
        for day in _days(text, mention):
            if day not in events:
                events[day] = EventMention(
                    date=day,
                    label=label,
                    span=Span(mention.start, mention.end),
                    place=place,
                    province=provinces[-1].code if provinces else None,
                )
    return list(events.values())


def _is_happening(text: str, mention: DateMention) -> bool:
    line_start = text.rfind("\n", 0, mention.start) + 1
    line_end = text.find("\n", mention.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start : mention.start] + text[mention.end : line_end]
    if not re.search(r"[^\W\d_]", rest):
        return False  # a line holding only a date: the date line, a numeric date, a signature
    before = text[max(line_start, mention.start - 24) : mention.start]
    if _NOT_HAPPENING_BEFORE.search(before) and not _SPAN_FRAME.search(before):
        return False
    if _NOT_HAPPENING_AFTER.match(text, mention.end):
        return False
    return mention.end_date is None or (mention.end_date - mention.date).days < _MAX_RANGE_DAYS


def _days(text: str, mention: DateMention) -> list[dt.date]:
    """The day of a date; every day of a range written as days ("วันที่ 21-25 มี.ค."), where each
    day is one of work, but only the first of a framed span ("ระหว่างวันที่ 6-8", "5-8 ส.ค.")."""
    if mention.end_date is None:
        return [mention.date]
    before = text[max(0, mention.start - 16) : mention.start]
    if _SPAN_FRAME.search(before) or not mention.text.startswith("วันที่"):
        return [mention.date]
    count = (mention.end_date - mention.date).days + 1
    return [mention.date + dt.timedelta(days=k) for k in range(count)]


_MIN_LABEL = 2


def _label(text: str, mention: DateMention, place: str | None) -> str:
    """The happening as the text words it: the clause after the date (and after the venue that
    often comes first), or the clause the date closes when nothing of substance follows it
    ("... ประกาศรายชื่อ เมื่อวันที่ 31 พ.ค. 2567 ซึ่ง"). A date alone on its line still names
    a happening: then the date as written, or its line when that is a bare day of a list
    ("ในวันที่ 5 และ 10 ธันวาคม 2564"); a name is never mere punctuation."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    for candidate in _label_candidates(text, mention, place, line_start):
        if len(_WORD_CHAR.findall(candidate)) >= _MIN_LABEL:
            return candidate
    return mention.date.isoformat()


def _label_candidates(text: str, mention: DateMention, place: str | None, line_start: int) -> Iterator[str]:
    after = _LABEL_SKIP.match(text, mention.end).end()
    if place and (venue := text.find(place, after, after + len(place) + _VENUE_LEAD)) >= 0:
        after = _LABEL_SKIP.match(text, venue + len(place)).end()
    clause = text[after : after + _MAX_LABEL * 2]
    if end := _CLAUSE_END.search(clause):
        clause = clause[: end.start()]
    if len(clause.strip()) >= _MIN_CLAUSE and not _CONNECTIVE.match(clause):
        yield _trim(clause, from_end=False)
    clause = text[max(line_start, mention.start - _MAX_LABEL * 2) : mention.start]
    clause = re.sub(r"(?:เมื่อ|ใน|ระหว่าง)?\s*(?:วันที่)?\s*\(?\s*$", "", clause)
    yield _trim(clause, from_end=True)
    yield collapse_spaces(mention.text)
    line_end = text.find("\n", mention.end)
    yield _trim(text[line_start : line_end if line_end >= 0 else len(text)], from_end=False)


_WORD_CHAR = re.compile(r"\w")


def _trim(clause: str, *, from_end: bool) -> str:
    """At most ``_MAX_LABEL`` characters, cut at a space."""
    clause = collapse_spaces(clause)
    if len(clause) <= _MAX_LABEL:
        return clause
    if from_end:
        clause = clause[-_MAX_LABEL:]
        return clause[clause.find(" ") + 1 :] if " " in clause else clause
    clause = clause[:_MAX_LABEL]
    return clause[: clause.rfind(" ")] if " " in clause else clause
