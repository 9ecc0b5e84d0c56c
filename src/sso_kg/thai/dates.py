"""The Thai (and English) date grammar of government press releases.

Releases write dates in many ways: Buddhist-era years (``7 กันยายน 2566``), abbreviated months
with or without dots and two-digit years (``25 ส.ค.63``), Thai digits, numeric dates
(``25/08/2563``), ranges (``7 - 9 ก.ย. 66``, ``30 ก.ย. - 2 ต.ค. 2566``), lists (``7 และ 8 ก.ย.``),
a day and month whose year is the release's own, ``วันนี้`` for the release's date, and English
dates in the English releases. pythainlp's ``thai_strptime`` needs one known format per call, so
this module is one small regex grammar instead: it finds every date in running text with its
character span, and every date it returns is a real calendar date between 1900 and 2100 CE.

``ก.พ.`` is both February and the Civil Service Commission (``ก.พ.ร.`` the OPDC, ``ส.ค.ส.`` a
New Year card): an abbreviated month counts only right after a day number and when no further
Thai letter and dot follow it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sso_kg.thai.normalize import to_arabic_digits

__all__ = ["DateMention", "find_dates", "parse_date"]

_MIN_YEAR, _MAX_YEAR = 1900, 2100
_BE_OFFSET = 543


@dataclass(frozen=True)
class DateMention:
    """A date (or a range of dates) written in a text.

    ``end_date`` is the last day of a range (``date`` its first day). ``year_inferred`` says the
    year was not written but taken from the reference date (the release's own date), as for
    ``7 ก.ย.`` or ``วันนี้``.
    """

    start: int
    end: int
    text: str
    date: dt.date
    end_date: dt.date | None = None
    year_inferred: bool = False


# --- the pieces of the grammar -------------------------------------------------------------

_TH_FULL = {
    1: ("มกราคม",),
    2: ("กุมภาพันธ์",),
    3: ("มีนาคม",),
    4: ("เมษายน",),
    5: ("พฤษภาคม",),
    6: ("มิถุนายน",),
    7: ("กรกฎาคม", "กรกฏาคม", "กรฎาคม"),
    8: ("สิงหาคม",),
    9: ("กันยายน",),
    10: ("ตุลาคม",),
    11: ("พฤศจิกายน",),
    12: ("ธันวาคม",),
}
# Spoken short forms ("14 เมษา"): words of their own, so they must not run into a longer word.
_TH_SHORT = {
    1: "มกรา",
    2: "กุมภา",
    3: "มีนา",
    4: "เมษา",
    5: "พฤษภา",
    6: "มิถุนา",
    7: "กรกฎา",
    8: "สิงหา",
    9: "กันยา",
    10: "ตุลา",
    11: "พฤศจิกา",
    12: "ธันวา",
}
_TH_ABBR = {
    1: ("ม", "ค"),
    2: ("ก", "พ"),
    3: ("มี", "ค"),
    4: ("เม", "ย"),
    5: ("พ", "ค"),
    6: ("มิ", "ย"),
    7: ("ก", "ค"),
    8: ("ส", "ค"),
    9: ("ก", "ย"),
    10: ("ต", "ค"),
    11: ("พ", "ย"),
    12: ("ธ", "ค"),
}
_EN_MONTHS = {
    1: ("January", "Jan"),
    2: ("February", "Feb"),
    3: ("March", "Mar"),
    4: ("April", "Apr"),
    5: ("May",),
    6: ("June", "Jun"),
    7: ("July", "Jul"),
    8: ("August", "Aug"),
    9: ("September", "Sept", "Sep"),
    10: ("October", "Oct"),
    11: ("November", "Nov"),
    12: ("December", "Dec"),
}

_THAI_LETTER = "ก-ฮะ-ฺเ-ๅ็-๎"  # consonants, vowels and marks: anything that continues a Thai word


def _month_key(text: str) -> str:
    """The lookup key of a month as written: no dots, no spaces ("ม.ค." and "มค" -> "มค")."""
    return re.sub(r"[.\s]", "", text)


_MONTH_OF: dict[str, int] = {}
for _m, _names in _TH_FULL.items():
    for _n in _names:
        _MONTH_OF[_n] = _m
for _m, _n in _TH_SHORT.items():
    _MONTH_OF[_n] = _m
for _m, (_a, _b) in _TH_ABBR.items():
    _MONTH_OF[_a + _b] = _m
for _m, _names in _EN_MONTHS.items():
    for _n in _names:
        _MONTH_OF[_n] = _m

_TH_FULL_RE = "|".join(sorted((n for ns in _TH_FULL.values() for n in ns), key=len, reverse=True))
_TH_SHORT_RE = (
    "(?:" + "|".join(sorted(_TH_SHORT.values(), key=len, reverse=True)) + f")(?=นี้|ที่|ของ|[^{_THAI_LETTER}]|$)"
)
# An abbreviation ends with a dot that no abbreviation's letter follows (one or two consonants
# and a dot, or alone: ก.พ.ร., ส.ค.ส.), or with no dot and no letter. A word glued after the dot
# leaves the month a month: "14 ส.ค.ที่ผ่านมา", "ในวันที่ 5 ก.ย.นี้".
_ABBR_END = rf"(?:\.(?![ก-ฮ]{{1,2}}(?:\.|(?![{_THAI_LETTER}])))|(?![{_THAI_LETTER}.]))"
_TH_ABBR_RE = (
    "(?:"
    + "|".join(rf"{a}(?:\.\s?)?{b}" for a, b in sorted(_TH_ABBR.values(), key=lambda p: -len(p[0])))
    + f"){_ABBR_END}"
)
_TH_MONTH = f"(?:{_TH_FULL_RE}|{_TH_SHORT_RE}|{_TH_ABBR_RE})"
_EN_MONTH = (
    r"\b(?:"
    + "|".join(sorted((n for ns in _EN_MONTHS.values() for n in ns), key=len, reverse=True))
    + r")\b\.?"
)

_DAY = r"(?<![0-9.:/,])(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
_DAY_IN_LIST = r"(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
# A two-digit year must not be a count ("65 ราย"), a clock time ("10.30") or a longer number.
_UNITS = "ราย|คน|แห่ง|ล้าน|พัน|หมื่น|แสน|ครั้ง|ปี|บาท|ตัน|ไร่|หลัง|องค์|ลำ|คัน|ชิ้น|ตัว|เครื่อง|โมง|น\\.|%"
_YEAR = rf"(?:[0-9]{{4}}(?![0-9])|[0-9]{{2}}(?![0-9]|[.:][0-9]|[ \t]*(?:{_UNITS})))"
_ERA = r"(?P<era>พ\.\s?ศ\.?|ค\.\s?ศ\.?|B\.\s?E\.|A\.\s?D\.)"
_TH_WEEKDAY = r"วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)"
_TH_PREFIX = rf"(?:(?:{_TH_WEEKDAY}\s*(?:ที่)?|วันที่)\s*)"
_RANGE_SEP = r"(?:-|–|—|ถึง(?:\s*วันที่)?|จนถึง(?:\s*วันที่)?)"

_TH_ATOM = re.compile(
    rf"(?P<pre>{_TH_PREFIX})?"
    rf"(?:(?P<d1>{_DAY})\s*{_RANGE_SEP}\s*(?:วันที่\s*)?"
    rf"|(?P<list>{_DAY}(?:\s*,\s*{_DAY_IN_LIST})*)\s*(?:,|และ)\s*(?:วันที่\s*)?)?"
    rf"(?P<day>{_DAY})\s*(?P<month>{_TH_MONTH})"
    rf"(?:\s*(?:{_ERA}|ปี)?\s*(?P<year>{_YEAR}))?"
)
_EN_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
_ORD = r"(?:st|nd|rd|th)?"
_EN_ATOM = re.compile(
    rf"(?P<pre>{_EN_WEEKDAY}(?:the\s+)?)?"
    rf"(?:(?:(?P<d1>{_DAY}){_ORD}\s*[-–]\s*)?(?P<day>{_DAY}){_ORD}\s+(?:of\s+)?(?P<month>{_EN_MONTH})"
    rf"|(?P<month_b>{_EN_MONTH})\s+(?:(?P<d1_b>{_DAY}){_ORD}\s*[-–]\s*)?(?P<day_b>{_DAY}){_ORD}(?![0-9]))"
    rf"(?:,?\s+{_ERA}?\s*(?P<year>[0-9]{{4}})(?![0-9]))?"
)
_EN_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|until|through)\s+|\s*[-–—]\s*")
_TH_RANGE_SEP = re.compile(rf"\s*{_RANGE_SEP}\s*")
_NUMERIC = re.compile(
    r"(?<![0-9./:-])(?P<day>3[01]|[12][0-9]|0?[1-9])"
    r"(?:/(?P<month>1[0-2]|0?[1-9])/(?P<year>[0-9]{4}|[0-9]{2})"
    r"|(?P<sep>[-.])(?P<month_b>1[0-2]|0?[1-9])(?P=sep)(?P<year_b>[0-9]{4}))(?![0-9/.-]?[0-9])"
)
_EN_MONTH_RE = re.compile(_EN_MONTH)


@dataclass(frozen=True)
class _Grammar:
    """One atom grammar: the atom, what may precede it, what joins two atoms into a range."""

    atom: re.Pattern[str]
    prefix_end: re.Pattern[str]
    sep: re.Pattern[str]
    build: Callable[[re.Match[str]], _Atom | None]


# "วันนี้" (today), "เมื่อวาน(นี้)" (yesterday), "พรุ่งนี้" (tomorrow); "ทุกวันนี้" is "nowadays".
_RELATIVE = re.compile(r"(?<!ทุก)วันนี้|เมื่อวาน(?:นี้)?|พรุ่งนี้")
_RELATIVE_DAYS = {"วันนี้": 0, "เมื่อวาน": -1, "เมื่อวานนี้": -1, "พรุ่งนี้": 1}
_EXPLICIT_AFTER = re.compile(r"\s*\(?\s*")
_NUMBER = re.compile(r"[0-9]+")
# A day and month "ของทุกปี" (of every year) is a recurring date, not one day.
_EVERY_YEAR = re.compile(r"\s*(?:ของ)?ทุกปี|\s*ของปี")
_PAST = re.compile(r"\s*ที่ผ่านมา|\s*ที่แล้ว")


# --- turning matched pieces into dates -----------------------------------------------------


def _year_value(text: str, era: str | None) -> int | None:
    """The Christian-era year of a written year, or None when it is not a plausible year.

    Two-digit years are Buddhist era (Thai usage: ``ส.ค.63`` is 2563); a four-digit year is
    Buddhist era when an era marker says so or its value is above 2400, Christian otherwise.
    """
    value = int(text)
    era_key = _month_key(era or "")
    if len(text) == 2:
        value += 2500
    if era_key in ("พศ", "BE") or (era_key not in ("คศ", "AD") and value > 2400):
        value -= _BE_OFFSET
    return value if _MIN_YEAR <= value <= _MAX_YEAR else None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _near_year(month: int, day: int, reference: dt.date, after: str) -> dt.date | None:
    """The date of a day and month written without a year, placed by the reference date.

    The reference's own year, except across the turn of the year: a date more than half a year
    away whose neighbouring year is within three months ("28 ธ.ค." in a release of 5 January)
    takes that year. "ที่ผ่านมา" / "ที่แล้ว" (just past) keeps it on or before the reference.
    """
    same = _make(reference.year, month, day)
    if same is None:
        return None
    if _PAST.match(after):
        return same if same <= reference else _make(reference.year - 1, month, day)
    if abs((same - reference).days) > 183:
        for year in (reference.year - 1, reference.year + 1):
            other = _make(year, month, day)
            if other is not None and abs((other - reference).days) <= 92:
                return other
    return same


@dataclass
class _Atom:
    """One matched day+month (+year), possibly with a same-month range or list of days."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    range_from: int | None = None
    has_list: bool = False
    list_end: int = 0  # where the last day of a list ("7 และ 8 ก.ย.") starts


def _th_atom(m: re.Match[str]) -> _Atom | None:
    year = None
    if m["year"]:
        year = _year_value(m["year"], m["era"])
        if year is None:
            return None
    return _Atom(
        start=m.start(),
        end=m.end() if year is not None else m.end("month"),
        day=int(m["day"]),
        month=_MONTH_OF[_month_key(m["month"])],
        year=year,
        range_from=int(m["d1"]) if m["d1"] else None,
        has_list=bool(m["list"]),
        list_end=m.start("day"),
    )


def _en_atom(m: re.Match[str]) -> _Atom | None:
    year = None
    if m["year"]:
        year = _year_value(m["year"], m["era"])
        if year is None:
            return None
    month_text = (m["month"] or m["month_b"]).rstrip(".")
    d1 = m["d1"] or m["d1_b"]
    return _Atom(
        start=m.start(),
        end=m.end(),
        day=int(m["day"] or m["day_b"]),
        month=_MONTH_OF[month_text],
        year=year,
        range_from=int(d1) if d1 else None,
    )


_THAI = _Grammar(_TH_ATOM, re.compile(f"{_TH_PREFIX}$"), _TH_RANGE_SEP, _th_atom)
_ENGLISH = _Grammar(_EN_ATOM, re.compile(rf"{_EN_WEEKDAY}(?:the\s+)?$"), _EN_RANGE_SEP, _en_atom)


def _scan(
    text: str, grammar: _Grammar, starts: Iterable[int], reference: dt.date | None
) -> list[DateMention]:
    """Mentions of one atom grammar tried at ``starts`` (where a number or a month begins),
    joining "atom SEP atom" into cross-month ranges.

    Trying the grammar only where a date can begin, not at every character, is what makes a
    release take a fraction of a millisecond.
    """
    out: list[DateMention] = []
    pos = 0
    for start in starts:
        if start < pos:
            continue
        prefix = grammar.prefix_end.search(text, max(0, start - 24), start)
        m = grammar.atom.match(text, prefix.start() if prefix else start)
        if m is None or (atom := grammar.build(m)) is None:
            continue
        pos = m.end()
        last = None
        if atom.range_from is None and not atom.has_list and (s := grammar.sep.match(text, atom.end)):
            nxt = grammar.atom.match(text, s.end())
            groups = nxt.groupdict() if nxt else {}
            if nxt and not (groups["d1"] or groups.get("d1_b") or groups.get("list")):
                last = grammar.build(nxt)
                if last is not None:
                    pos = last.end
        out.extend(_resolve(text, atom, last, reference))
    return out


def _resolve(text: str, atom: _Atom, last: _Atom | None, reference: dt.date | None) -> list[DateMention]:
    """Dates of an atom (and of the atom ending its range), years filled in where needed."""
    end_atom = last or atom
    year, inferred = end_atom.year, False
    if year is None:
        if reference is None or _EVERY_YEAR.match(text, end_atom.end):
            return []
        guess = _near_year(end_atom.month, end_atom.day, reference, text[end_atom.end : end_atom.end + 12])
        if guess is None:
            return []
        year, inferred = guess.year, True
    end_day = _make(year, end_atom.month, end_atom.day)
    if end_day is None:
        return []
    if last is not None:
        first_year = atom.year if atom.year is not None else year - (atom.month > last.month)
        first = _make(first_year, atom.month, atom.day)
        if first is None or first >= end_day:
            return [_mention(text, last.start, last.end, end_day, None, inferred)]
        return [_mention(text, atom.start, last.end, first, end_day, inferred)]
    if atom.range_from is not None:
        first = _make(year, atom.month, atom.range_from)
        if first is None or first >= end_day:
            return []
        return [_mention(text, atom.start, atom.end, first, end_day, inferred)]
    out = []
    start = atom.start
    if atom.has_list:
        for found in _NUMBER.finditer(text, atom.start, atom.list_end):
            day = _make(year, atom.month, int(found.group()))
            if day is not None:
                out.append(_mention(text, found.start(), found.end(), day, None, inferred))
        start = atom.list_end
    out.append(_mention(text, start, atom.end, end_day, None, inferred))
    return out


def _mention(
    text: str, start: int, end: int, date: dt.date, end_date: dt.date | None, inferred: bool
) -> DateMention:
    while end > start and text[end - 1].isspace():
        end -= 1
    return DateMention(start, end, text[start:end], date, end_date, inferred)


def _numeric(text: str, numbers: list[int]) -> list[DateMention]:
    out = []
    for start in numbers:
        if (m := _NUMERIC.match(text, start)) is None:
            continue
        year = _year_value(m["year"] or m["year_b"], None)
        date = year and _make(year, int(m["month"] or m["month_b"]), int(m["day"]))
        if date:
            out.append(_mention(text, m.start(), m.end(), date, None, False))
    return out


def _relative(text: str, reference: dt.date, explicit: list[DateMention]) -> list[DateMention]:
    """วันนี้ / เมื่อวาน / พรุ่งนี้, unless an explicit date follows ("วันนี้ (25 ส.ค.63)")."""
    starts = {d.start for d in explicit}
    out = []
    for m in _RELATIVE.finditer(text):
        after = _EXPLICIT_AFTER.match(text, m.end()).end()
        if after in starts:
            continue
        date = reference + dt.timedelta(days=_RELATIVE_DAYS[m.group()])
        out.append(DateMention(m.start(), m.end(), m.group(), date, None, True))
    return out


# --- public API ----------------------------------------------------------------------------


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every full date in ``text``, in order, with its span (offsets into ``text``).

    A day and month written without a year take the year that puts them nearest ``reference``
    (``year_inferred``); without a reference they are skipped, as are impossible dates and years
    outside 1900-2100. ``วันนี้`` resolves to ``reference`` when one is given.
    """
    digits = to_arabic_digits(text)  # same length, so spans stay valid for ``text``
    numbers = [m.start() for m in _NUMBER.finditer(digits)]
    found = _scan(digits, _THAI, numbers, reference)
    if _EN_MONTH_RE.search(digits):
        months = [m.start() for m in _EN_MONTH_RE.finditer(digits)]
        found += _scan(digits, _ENGLISH, sorted(numbers + months), reference)
    found += _numeric(digits, numbers)
    if reference is not None:
        found += _relative(digits, reference, found)
    found.sort(key=lambda d: (d.start, -d.end))
    out: list[DateMention] = []
    for d in found:
        if out and d.start < out[-1].end:
            continue
        out.append(DateMention(d.start, d.end, text[d.start : d.end], d.date, d.end_date, d.year_inferred))
    return out


_BRACKETS = re.compile(r"^[\[(]\s*(.*?)\s*[\])]$")


def parse_date(s: str) -> dt.date | None:
    """The date when the whole of ``s`` is one date with its year, else None.

    Accepts what a release's date line holds: "วันอังคารที่ 25 สิงหาคม 2563", "25/08/2563",
    "[25/08/2563]", "7 ก.ย. 66", "Tuesday, 25 August 2020", "August 25, 2020".
    """
    s = s.strip()
    if m := _BRACKETS.match(s):
        s = m.group(1)
    s = s.rstrip(" ,.")
    found = find_dates(s)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(s) and found[0].end_date is None:
        return found[0].date
    return None
