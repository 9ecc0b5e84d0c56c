"""Persons and their posts in one release.

Names are found by their titles (:mod:`sso_kg.thai.names`); a post is a role word from
``data/roles.csv`` plus the organization written after it. Thai releases write the post right
after the name ("นายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการสำนักงานประกันสังคม พร้อมด้วย…") or right before it
("รัฐมนตรีว่าการกระทรวงแรงงาน นายสุชาติ ชมกลิ่น"), so both sides of every name are read. A post ends
at a space, a bracket, punctuation, a glued verb (เปิดเผยว่า, กล่าว…) or the next name; it runs on
over a space only into what cannot stand alone (a company's "บริษัท … จำกัด", an address "ต. อ. จ.").
"และ" followed by another role word joins two posts. A name with no title is taken only with strong
evidence: right after a post, or quoted, and pythainlp's name corpora know it.

All mentions of one person in a release are merged: the same name, or the given name alone
("นายสุชาติ กล่าวว่า", "พลตำรวจตรี นันทชาติฯ"), whatever the title.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from sso_kg.extract.model import PersonMention, PostMention, Span
from sso_kg.extract.organizations import foreign_suffix
from sso_kg.gazetteer import load_gazetteer
from sso_kg.regexes import first_character_check, trie_pattern
from sso_kg.resources import data_file
from sso_kg.thai import names
from sso_kg.thai.normalize import collapse_spaces

# Acting wording, and "ปฏิบัติหน้าที่" + a post, which the text writes the same way (but not
# "ปฏิบัติหน้าที่ประจำกระทรวง…", an assignment that is part of the post before it).
_ACTING = re.compile(r"(?:รักษาการในตำแหน่ง|รักษาราชการแทน|รักษาการแทน|รักษาการ|ปฏิบัติหน้าที่(?!ประจำ))[ \u00a0]?")
# "In the capacity of": a second post the same person holds, written after the first.
_CAPACITY = re.compile(r"ในฐานะ(?:ที่เป็น|เป็น)?[ \u00a0]?")
# "While holding the post of": the post after it is one the person held.
_HELD = re.compile(r"(?:ขณะ|ซึ่ง)?ดำรงตำแหน่ง[ \u00a0]?")
_KEPT_BRACKETS = ("(องค์การมหาชน)", "(มหาชน)", "(ประเทศไทย)")
_BRACKET = re.compile(r"[ \u00a0]?\([^()\n]{0,60}\)")
# Where an organization starts inside a role word: "ปลัดกระทรวง" + "แรงงาน" is the post of the
# กระทรวงแรงงาน, "ผู้ว่าราชการจังหวัด" + "ภูเก็ต" that of จังหวัดภูเก็ต.
_ORG_HEADS = ("กระทรวง", "กรม", "จังหวัด", "สภา", "สมาคม", "กรุงเทพมหานคร", "อำเภอ")
# What carries a post on over a space: a company's name, an address, an assignment.
_CONTINUATIONS = (
    "บริษัท", "จำกัด", "ต.", "อ.", "จ.", "ตำบล", "อำเภอ", "จังหวัด", "หมู่", "ปฏิบัติหน้าที่",
    "วิทยาศาสตร์", "วิจัยและนวัตกรรม", "ด้าน", "พรรค", "ประจำประเทศ", "ประจำกรุง", "ประจำสหประชาชาติ",
    # A royal temple's rank after its name (เจ้าอาวาสวัดระฆังโฆสิตาราม วรมหาวิหาร).
    "วรมหาวิหาร", "วรวิหาร", "ราชวรวิหาร", "ราชวรมหาวิหาร", "พระอารามหลวง",
    # The Supreme Patriarch's full style (สมเด็จพระสังฆราช สกลมหาสังฆปริณายก).
    "สกลมหาสังฆปริณายก",
    # An inspector's region (ผู้ตรวจราชการกระทรวงสาธารณสุข เขตสุขภาพที่ 6).
    "เขตสุขภาพที่", "เขตตรวจราชการที่",
)  # fmt: skip
# Where an organization's name starts, after a space, for a post that names none yet or ends in a
# division (หัวหน้าฝ่ายอำนวยการ กองบัญชาการกองอาสารักษาดินแดน, ผู้จัดการทั่วไป บรรษัท…).
_ORG_WORD = re.compile(
    r"(?:กระทรวง|กรม|สำนักงาน|สำนัก|สถาบัน|มหาวิทยาลัย|บรรษัท|ธนาคาร|กองบัญชาการ|กองทัพ|องค์การ|บริษัท|การไฟฟ้า"
    r"|การประปา|การท่าเรือ|การรถไฟ|การนิคม|การทางพิเศษ|การท่องเที่ยว|แนวร่วม|สมาคม|มูลนิธิ|สภา)[ก-๙]"
)
# "ผู้อำนวยการสำนักงาน ก.ก.ถ.", "เลขาธิการสำนักงาน กสทช.": an office named by its board's abbreviation;
# and an office's or a company's head followed by its organization's abbreviation ("ผู้จัดการทั่วไป บสย.").
_ABBREVIATION = re.compile(r"(?:[ก-ฮ]{1,4}\.){2,}|[ก-ฮ]{2,6}\.")
_NAMED_BY_ABBREVIATION = ("สำนักงาน", "คณะกรรมการ", "สำนัก", "ศูนย์")
_HEADS_AN_ORG = frozenset({"civil_service", "corporate", "board", "academic"})
# A civil servant's classified position, named by its line of work and its grade (พ.ร.บ.ระเบียบ
# ข้าราชการพลเรือน พ.ศ. 2551: ประเภทวิชาการ ปฏิบัติการ…ทรงคุณวุฒิ, ประเภททั่วไป ปฏิบัติงาน…ทักษะพิเศษ):
# "นักพัฒนาสังคมชำนาญการพิเศษ", "เจ้าพนักงานปกครองชำนาญการ", "พยาบาลวิชาชีพเชี่ยวชาญ". Read only right
# after a name, where a post starts; the unit the servant works in runs on after a space.
_POSITION = re.compile(
    r"(?:นัก|เจ้าพนักงาน|เจ้าหน้าที่|พยาบาล|นิติกร|สถาปนิก|วิศวกร|นายช่าง|บรรณารักษ์|เภสัชกร|แพทย์|ทันตแพทย์)"
    r"[ก-๙]{0,30}?(?:ปฏิบัติการ|ชำนาญการพิเศษ|ชำนาญการ|เชี่ยวชาญ|ทรงคุณวุฒิ|ปฏิบัติงาน|ชำนาญงาน|อาวุโส|ทักษะพิเศษ)"
    r"(?![ก-๙])"
)
_UNIT_WORD = re.compile(_ORG_WORD.pattern + r"|(?:กอง|กลุ่มงาน|กลุ่ม|ฝ่าย|ศูนย์|สถาน|ส่วน|โรงพยาบาล|คณะ)[ก-๙]")
_DIVISION_END = re.compile(r"(?:กลุ่มงาน|กลุ่ม|ฝ่าย|ส่วน|กอง)[ก-๙]+$")
# Verbs and connectives that end a post even when written without a space.
_GLUED_STOPS = re.compile(
    "เปิดเผย|กล่าว|เป็นประธาน|เป็นผู้|เป็นตัวแทน|พร้อมด้วย|พร้อมทั้ง|ได้กล่าว|ได้เปิดเผย|ได้มอบ|ได้รับ|ได้ให้|"
    "ให้การต้อนรับ|ให้สัมภาษณ์|เข้าร่วม|ลงพื้นที่|มอบหมาย|ตรวจเยี่ยม|เดินทาง|ร่วมกับ|ร่วมประชุม|ร่วมพิธี|"
    "แถลง|วันนี้|ชี้แจง|เน้นย้ำ|สั่งการ|ได้แก่|ซึ่ง|โดยมี|ได้|ในฐานะ|เปิด(?:การ|งาน|โครงการ|ตัว)|"
    # "รมช.กห.พร้อม พล.อ.ณัฐ…": "with", glued after an abbreviated post.
    "(?<=\\.)พร้อม|"
    # "…และคณะ", "อุตสาหกรรมจังหวัดนครสวรรค์และเจ้าหน้าที่", "…และภริยา": who came with them.
    "และ(?:คณะ|เจ้าหน้าที่|ภริยา|ภรรยา|สามี|ผู้บริหาร|ผู้เกี่ยวข้อง|ทีมงาน)|"
    # "ฯ" closes a shortened name (กระทรวงเกษตรฯ); Thai letters glued after it start the verb.
    "(?<=ฯ)(?=[\u0e01-\u0e2e\u0e40-\u0e44])"
)
_PUNCT = " \u00a0\n\t()“”\"‘’',;:!?"
_LEFT_WORDS = ("ท่าน", "โดย", "และ")
_EN_CONNECTORS = frozenset({"of", "the", "and", "for", "to", "on", "in"})
_EN_TOKEN = re.compile(r"[A-Za-z][A-Za-z.'’&-]*")
_QUOTED = re.compile(rf"[“\"]([{names.THAI_LETTERS}]+)[ \u00a0]([{names.THAI_LETTERS}]+)[”\"]")


@dataclass(frozen=True)
class Role:
    """One row of ``data/roles.csv``."""

    role: str
    role_en: str
    kind: str
    source: str


@cache
def roles() -> tuple[Role, ...]:
    """The role-word lexicon, read once."""
    with data_file("roles.csv").open(encoding="utf-8", newline="") as f:
        return tuple(Role(r["role"], r["role_en"], r["kind"], r["source"]) for r in csv.DictReader(f))


@cache
def _role_by_word() -> dict[str, Role]:
    return {collapse_spaces(r.role).replace(" ", ""): r for r in roles()}


@cache
def _role_pattern(english: bool) -> re.Pattern[str]:
    body = trie_pattern((r.role for r in roles() if (r.kind == "english") == english), space=names.SPACE)
    return re.compile(rf"\b(?:{body})\b" if english else body)


def _role_at(text: str, pos: int) -> re.Match[str] | None:
    return _role_pattern(False).match(text, pos)


def _role_word(written: str) -> str:
    """A role word as the lexicon writes it: without the spaces a release may put inside it."""
    return written.replace(" ", "").replace("\u00a0", "")


def _role_of(word: str) -> Role | None:
    return _role_by_word().get(_role_word(word))


# --- Thai posts ------------------------------------------------------------------------------


def _chunk_end(text: str, pos: int) -> int:
    end = pos
    while end < len(text) and text[end] not in _PUNCT:
        end += 1
    return end


def _post_end(
    text: str,
    role_end: int,
    stops: list[int],
    names_org: bool = False,
    org_word: re.Pattern[str] = _ORG_WORD,
    bare: bool = True,
) -> int:
    """Where a post whose role word ends at ``role_end`` ends (see the module docstring).

    ``names_org``: the role is an office's or a company's (ผู้อำนวยการ, ผู้จัดการ), whose post goes
    on over a space to the organization it heads; a political post (นายกรัฐมนตรี) is whole alone.
    ``org_word`` is what starts that organization (for a classified position, its unit as well:
    กอง…, ศูนย์…); ``bare``: a spaced word right after the role may name its organization
    ("กรรมการผู้จัดการ บริษัท…"), which a classified position's grade ends instead."""
    end = role_end
    while True:
        chunk = _chunk_end(text, end)
        cut = chunk
        glued = _GLUED_STOPS.search(text, end, chunk)
        if glued is not None:
            cut = glued.start()
        for i in range(end, cut):
            if text.startswith("และ", i) and _next_post_start(text, i + 3) is not None:
                cut = i
                break
            if i > role_end and _ACTING.match(text, i) and _next_post_start(text, i) is not None:
                cut = i  # a second post glued on by its acting wording
                break
        cut = min([cut, *(s for s in stops if end < s < cut)])
        if cut < chunk:
            return cut
        end = chunk
        known = next((e for s, e in _spaced_names(text) if s < end < e), None)
        if known is not None:
            end = known  # a known organization's name written with spaces, which the post has begun
            continue
        kept = next((b for b in _KEPT_BRACKETS if text.startswith(b, _skip(text, end, 1))), None)
        if kept is not None:
            end = _skip(text, end, 1) + len(kept)
            continue
        nxt = _skip(text, end, 1)
        if nxt == end or nxt in stops or nxt >= len(text):
            return end
        word = text[nxt : _chunk_end(text, nxt)]
        previous = text[text.rfind(" ", 0, end) + 1 : end]
        so_far = text[role_end:end]
        if _ACTING.match(word) and _next_post_start(text, nxt) is not None:
            return end  # "X ปฏิบัติหน้าที่ Y", "X รักษาการ Y": a second post
        if (
            names_org
            and org_word.match(word)
            and (not org_word.search(so_far) or _DIVISION_END.search(previous))
        ):
            end = nxt  # the post's organization, after its role or its division
            continue
        if bare and end == role_end and (latin := _LATIN_ORGANIZATION.match(text, nxt)) is not None:
            end = latin.end()  # "กรรมการผู้จัดการ SME D Bank": the organization, in Latin letters
            continue
        company_open = "บริษัท" in so_far and "จำกัด" not in so_far
        if word and (
            word.startswith(_CONTINUATIONS)
            or (company_open and not _GLUED_STOPS.match(word) and names.match_prefix(word, 0) is None)
            or (word.isdigit() and previous.endswith(("หมู่", "หมู่ที่", "ที่", "เขต")))
            or (word == "เขต" and text[_skip(text, nxt + 3, 1)].isdigit())
            or (
                _ABBREVIATION.fullmatch(word) is not None
                and (previous.endswith(_NAMED_BY_ABBREVIATION) or (names_org and end == role_end))
            )
            or (bare and end == role_end and _bare_role_object(word))
            # "รัฐมนตรีว่าการ กระทรวง…": a minister's role is never whole without its ministry.
            or (end == role_end and text.endswith("ว่าการ", 0, role_end) and word.startswith("กระทรวง"))
            # "กงสุลใหญ่ ณ นครลอสแอนเจลิส": a diplomat's post runs on to the city of the mission.
            or (
                word == "ณ"
                and _DIPLOMAT.search(text, max(0, role_end - 40), role_end) is not None
                and _MISSION_CITY.match(text, _skip(text, nxt + 1, 1)) is not None
            )
            or (previous == "ณ" and _MISSION_CITY.match(word) is not None)
        ):
            end = nxt
            continue
        return end


@lru_cache(maxsize=4)
def _spaced_names(text: str) -> tuple[tuple[int, int], ...]:
    """Where the gazetteer's Thai names written with spaces stand in ``text`` ("คณะกรรมการกิจการ
    กระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและ
    นวัตกรรม"): a post that has begun one runs on to its end, where a space would otherwise end it."""
    return tuple((m.start(), m.end()) for m in _spaced_name_pattern().finditer(text))


@cache
def _spaced_name_pattern() -> re.Pattern[str]:
    forms = {
        collapse_spaces(name)
        for agency in load_gazetteer().agencies.values()
        for name in agency.full_names
        if " " in collapse_spaces(name) and re.match(f"[{names.THAI_LETTERS}]", name)
    }
    return re.compile(trie_pattern(forms, space=names.SPACE))


_DIPLOMAT = re.compile(r"(?:กงสุล|ทูต)[ก-๙]*$")
_MISSION_CITY = re.compile(r"(?:กรุง|นคร|เมือง)[ก-๙]")


# An organization's name in Latin letters after a bare role: capitalised words ("SME D Bank",
# "EXIM BANK"), ending before Thai letters or punctuation.
_LATIN_ORGANIZATION = re.compile(r"[A-Z][A-Za-z&'-]*(?: [A-Z][A-Za-z&'-]*)*(?![A-Za-z])")


def _bare_role_object(word: str) -> bool:
    """After a bare role ("กรรมการผู้จัดการ"), a spaced word that names its organization."""
    return (
        bool(re.match(f"[{names.THAI_LETTERS}]", word))
        and word != "ณ"
        and not names.starts_with_stop_word(word)
        and names.match_prefix(word, 0) is None
        and _GLUED_STOPS.match(word) is None
    )


def _skip(text: str, pos: int, most: int = 2) -> int:
    end = pos
    while end < len(text) and text[end] in " \u00a0" and end - pos < most:
        end += 1
    return end


# Posts whole without an organization: whatever is glued or spaced after them is the sentence's
# verb ("นายกรัฐมนตรีเยี่ยมชม…", "นายกรัฐมนตรี ดำเนินมาตรการ…"), unless it is the wing of the post
# (เลขาธิการนายกรัฐมนตรีฝ่ายการเมือง) or another country's (นายกรัฐมนตรีญี่ปุ่น, …แห่งเครือรัฐออสเตรเลีย).
_WHOLE_ALONE = frozenset(
    {
        "นายกรัฐมนตรี",
        "รองนายกรัฐมนตรี",
        "รัฐมนตรีประจำสำนักนายกรัฐมนตรี",
        "เลขาธิการนายกรัฐมนตรี",
        "รองเลขาธิการนายกรัฐมนตรี",
    }
)
_WING = r" ?(?:ฝ่าย|แห่ง|ประจำ)"
_AFTER_WHOLE = re.compile(_WING)


def _whole_alone(text: str, role: re.Match[str]) -> bool:
    """Whether the post of ``role`` is the role word alone (see :data:`_WHOLE_ALONE`)."""
    if _role_word(role.group()) not in _WHOLE_ALONE:
        return False
    return not _post_goes_on(text, role.end(), _AFTER_WHOLE)


def _post_goes_on(text: str, pos: int, within: re.Pattern[str]) -> bool:
    """Whether what stands at ``pos`` still belongs to the post: ``within`` it (its wing), or
    another country's name (นายกรัฐมนตรีญี่ปุ่น, กระทรวงการคลังสาธารณรัฐสิงคโปร์)."""
    return within.match(text, pos) is not None or foreign_suffix().match(text, pos) is not None


# Roles whose post is a ministry's and ends with it: "รัฐมนตรีว่าการกระทรวงกลาโหมรับทราบ…",
# "ปลัดกระทรวงวัฒนธรรมเข้ากราบ…" (what is glued after the ministry is the sentence's verb).
_MINISTERS = ("รัฐมนตรีว่าการ", "รัฐมนตรีช่วยว่าการ", "ปลัดกระทรวง", "รองปลัดกระทรวง", "ผู้ช่วยปลัดกระทรวง")
# What goes on after a ministry within the post: its wing (รองปลัดกระทรวงมหาดไทยด้านบริหาร), "และ"
# (a second post, or a foreign ministry's longer name: กระทรวงวัฒนธรรมและวิจิตรศิลป์), a mission.
_AFTER_MINISTRY = re.compile(rf"{_WING}| ?(?:ด้าน|และ)")


@cache
def _ministry_pattern() -> re.Pattern[str]:
    """The gazetteer's names of Thai ministries (not the short forms: กระทรวงดีอี goes on as ดีอีเอส)."""
    forms = {
        collapse_spaces(name)
        for agency in load_gazetteer().agencies.values()
        if agency.kind == "ministry"
        for name in agency.full_names
        if name.startswith("กระทรวง") and len(name) - len("กระทรวง") >= 5
    }
    return re.compile(trie_pattern(forms, space=names.SPACE))


def _ministry_end(text: str, role: re.Match[str]) -> int | None:
    """Where the post of a minister or permanent secretary ends: with the ministry written after
    the role, when nothing that belongs to the post follows it (:data:`_AFTER_MINISTRY`, a
    foreign country's name); None to read the post on as any other."""
    word = _role_word(role.group())
    if word not in _MINISTERS:
        return None
    at = role.end() - len("กระทรวง") if word.endswith("กระทรวง") else _skip(text, role.end(), 1)
    ministry = _ministry_pattern().match(text, at)
    if ministry is None or _post_goes_on(text, ministry.end(), _AFTER_MINISTRY):
        return None
    return ministry.end()


# Posts written one after the other with no "และ" that one person holds together: a monk's
# posts in the Sangha (เจ้าคณะ…, เจ้าอาวาส…), and the cluster a deputy permanent secretary heads.
_HELD_TOGETHER = re.compile(r"(?:รอง|ผู้ช่วย|ที่ปรึกษา)?(?:เจ้าคณะ|เจ้าอาวาส)|หัวหน้ากลุ่มภารกิจ")


def _next_post_start(text: str, pos: int) -> int | None:
    """The start of a post (its acting wording included) at ``pos``, after at most one space."""
    start = _skip(text, pos, 1)
    acting = _ACTING.match(text, start)
    role_pos = acting.end() if acting else start
    return start if _role_at(text, role_pos) else None


def _read_posts(text: str, pos: int, stops: list[int]) -> tuple[list[PostMention], int]:
    """The chain of posts starting at ``pos``: "X", "X และ Y", "X รักษาการ Y", "X (aside) และ Y"."""
    posts: list[PostMention] = []
    end = pos
    at = pos
    while True:
        acting = _ACTING.match(text, at)
        role_pos = acting.end() if acting else at
        role = _role_at(text, role_pos)
        if role is None and not posts and acting is None and (position := _POSITION.match(text, at)):
            post_end = _post_end(text, position.end(), stops, True, _UNIT_WORD, bare=False)
            posts.append(_post(text, at, position.end(), post_end, False))
            end = post_end
            return posts, end
        if role is None:
            return posts, end
        kind = _role_of(role.group())
        if _whole_alone(text, role):
            post_end = role.end()
        elif (ministry_end := _ministry_end(text, role)) is not None:
            post_end = ministry_end
        else:
            post_end = _post_end(text, role.end(), stops, kind is not None and kind.kind in _HEADS_AN_ORG)
        posts.append(_post(text, role_pos, role.end(), post_end, acting is not None))
        end = post_end
        after = end
        aside = _BRACKET.match(text, after)
        if aside is not None and not any(b in aside.group() for b in _KEPT_BRACKETS):
            after = aside.end()
        joined = _skip(text, after, 1)
        capacity = _CAPACITY.match(text, joined) or _HELD.match(text, joined)
        if text.startswith("และ", joined):
            joined = _skip(text, joined + 3, 1)
        elif _HELD_TOGETHER.match(text, joined):
            pass  # "เจ้าคณะจังหวัดพิจิตร เจ้าอาวาสวัดท่าหลวง", "รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจ…"
        elif capacity is not None:
            # "ผู้อำนวยการสำนักงานเศรษฐกิจการคลัง ในฐานะโฆษกกระทรวงการคลัง", "ผวจ.ฉะเชิงเทรา
            # ขณะดำรงตำแหน่ง ผวจ.นครศรีธรรมราช"
            joined = _skip(text, capacity.end(), 1)
        elif not _ACTING.match(text, joined):
            return posts, end
        if _next_post_start(text, joined) is None or joined in stops:
            return posts, end
        at = joined


def _post(text: str, start: int, role_end: int, end: int, acting: bool) -> PostMention:
    label = _clean_label(text[start:end])
    role = collapse_spaces(text[start:role_end])
    return PostMention(
        label=label, role=role, org_text=_org_text(label, role), span=Span(start, end), acting=acting
    )


def _clean_label(raw: str) -> str:
    def drop(m: re.Match[str]) -> str:
        return m.group() if any(b in m.group() for b in _KEPT_BRACKETS) else ""

    return collapse_spaces(_BRACKET.sub(drop, raw))


def _org_text(label: str, role: str) -> str | None:
    """The organization part of a Thai post: what follows the role word(s), "ประจำ" dropped."""
    rest = label[len(role) :] if label.startswith(role) else label
    head = next((h for h in _ORG_HEADS if role.endswith(h)), None)
    if head is not None:
        rest = head + rest
    while True:
        rest = rest.strip()
        rest = rest.removeprefix("ประจำ")
        inner = _role_at(rest, 0)
        inner_role = _role_of(inner.group()) if inner is not None else None
        if inner_role is None or inner_role.kind not in ("political", "abbreviation"):
            break
        word = inner.group()
        head = next((h for h in _ORG_HEADS if word.endswith(h)), None)
        rest = (head or "") + rest[inner.end() :]
        if not rest:
            return None
    return rest or None


# --- English posts ---------------------------------------------------------------------------


def _english_tokens(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_EN_TOKEN.finditer(text, start, end))


def _english_phrase_before(text: str, end: int, floor: int = 0) -> tuple[int, int] | None:
    """The capitalised phrase (with of/the/and) that ends at ``end``, if it holds a role word;
    it starts after ``floor``, where the person before is named."""
    line_start = text.rfind("\n", 0, end) + 1
    window_start = max(line_start, end - 160, floor)
    tokens = _english_tokens(text, window_start, end)
    if not tokens or text[tokens[-1].end() : end].strip():
        return None
    start = None
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        gap = text[tok.end() : tokens[i + 1].start()] if i + 1 < len(tokens) else text[tok.end() : end]
        if gap.strip() or tok.group().endswith("."):
            break
        if tok.group()[0].isupper():
            start = tok.start()
        elif tok.group() not in _EN_CONNECTORS:
            break
    if start is None:
        return None
    phrase_end = tokens[-1].end()
    return (start, phrase_end) if _role_pattern(True).search(text, start, phrase_end) else None


def _english_phrase_after(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """A capitalised phrase holding a role word right after ``pos`` (", Spokesperson of …,"),
    ending before ``limit`` (where the next person is named)."""
    at = pos
    while at < len(text) and text[at] in " ,(":
        at += 1
    if text.startswith("the ", at):
        at += 4
    end = None
    for tok in _EN_TOKEN.finditer(text, at, min(limit, at + 160)):
        gap = text[(end if end is not None else at) : tok.start()]
        if gap.strip():
            break
        if not (tok.group()[0].isupper() or tok.group() in _EN_CONNECTORS):
            break
        end = tok.end()
    if end is None:
        return None
    while True:
        words = text[at:end].split(" ")
        if words and words[-1] in _EN_CONNECTORS:
            end = at + len(" ".join(words[:-1]))
            continue
        break
    role = _role_pattern(True).search(text, at, end)
    return (at, end) if role is not None else None


def _english_posts(text: str, start: int, end: int) -> list[PostMention]:
    """Split an English post phrase at " and " between two role-bearing parts."""
    phrase = text[start:end]
    posts = []
    offset = 0
    for part in re.split(r"( and )", phrase):
        if part == " and ":
            offset += len(part)
            continue
        role = _role_pattern(True).search(part)
        if role is None:
            if posts:
                last = posts[-1]
                label = f"{last.label} and {part}"  # "… Disaster Prevention and Mitigation"
                org = f"{last.org_text} and {part}" if last.org_text else None
                posts[-1] = PostMention(
                    label, last.role, org, Span(last.span.start, start + offset + len(part))
                )
            offset += len(part)
            continue
        org = part[role.end() :].strip().removeprefix("of ").removeprefix("the ").strip() or None
        acting = part.startswith("Acting ")
        label = part.removeprefix("Acting ")
        span = Span(start + offset + len(part) - len(label), start + offset + len(part))
        posts.append(PostMention(label, role.group(), org, span, acting))
        offset += len(part)
    return posts


# --- finding mentions -------------------------------------------------------------------------


@dataclass
class _Mention:
    match: names.NameMatch
    posts: list[PostMention]


def _is_boundary(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] in _PUNCT or text.endswith(_LEFT_WORDS, 0, pos)


# Words glued before a post whose holder is named in brackets after it ("โดยมีรองนายกรัฐมนตรี (นาย…)",
# "ตามที่รัฐมนตรีว่าการกระทรวง… (…) เสนอ").
_GLUED_BEFORE_POST = ("มี", "ที่", "ให้", "ของ", "จาก", "กับ", "ซึ่ง", "โดย", "และ", "แก่", "ถึง")


def _thai_posts_before(
    text: str, start: int, claimed: list[tuple[int, int]], stops: list[int]
) -> list[PostMention]:
    """A post written right before a name, not already read as the post of the name before it."""
    end = start
    while end > 0 and text[end - 1] in " \u00a0" and start - end < 2:
        end -= 1
    # "รองนายกรัฐมนตรี (นายจุรินทร์ ลักษณวิศิษฏ์)": a name in brackets after its post.
    bracketed = end > 0 and text[end - 1] == "("
    if bracketed:
        end -= 1
        if end > 0 and text[end - 1] in " \u00a0":
            end -= 1
    line_start = text.rfind("\n", 0, end) + 1
    window = max(line_start, end - 160, max((c[1] for c in claimed if c[1] <= end), default=0))
    for role in _role_pattern(False).finditer(text, window, end):
        s = role.start()
        acting_at = text.rfind("รักษา", window, s)
        acting = _ACTING.match(text, acting_at) if acting_at >= 0 else None
        if acting is not None and acting.end() == s:
            s = acting_at
        if not _is_boundary(text, s) and not (bracketed and text.endswith(_GLUED_BEFORE_POST, 0, s)):
            continue
        posts, post_end = _read_posts(text, s, [*stops, end])
        if posts and post_end == end:
            return posts
    return []


def _without_post_family(m: names.NameMatch) -> names.NameMatch:
    """ "พระครูขันติพลาธร รองเจ้าคณะจังหวัด…": a "family name" that is a post is none."""
    if m.family and _role_at(m.family, 0) is not None:
        return names.NameMatch(
            m.prefix, m.given, "", m.start, m.name_start, m.name_start + len(m.given), m.weak
        )
    return m


# Words written between a name and a post that are no second family name.
_NOT_A_FAMILY = (
    "รอง", "อดีต", "ผู้ช่วย", "ภริยา", "สามี", "บุตร", "ธิดา", "ว่าที่", "ประจำ", "สมาชิก", "ภาคี", "เครือข่าย",
    "ตัวแทน", "ผู้แทน",
)  # fmt: skip


# What a family name never holds but the start of a clause does ("กล่าวว่า", "ร่วมคณะ…", "นั้น").
_CLAUSE_WORDS = re.compile(r"ว่า$|กล่าว|นั้น|คณะ|ได้|ให้|ที่|และ|ซึ่ง|เพื่อ|โดย|ร่วม|พร้อม")


def _part_before_post(text: str, end: int) -> re.Match[str] | None:
    """The word one space after a name ending at ``end``, when a post starts one space after it
    and it holds no role word itself ("ภริยารองนายกรัฐมนตรี"): a part of the name it may be."""
    if text[end : end + 1] not in (" ", "\u00a0"):
        return None
    word = names.THAI_WORD.match(text, end + 1)
    if word is None or _role_pattern(False).search(word.group()) is not None:
        return None
    after = _skip(text, word.end(), 1)
    return word if after != word.end() and _role_at(text, after) is not None else None


def _with_family_before_post(text: str, m: names.NameMatch) -> names.NameMatch:
    """ "นายเอกธาดาธร ตามพร ผู้อำนวยการ…": a family name that opens like a common word (ตาม…), taken
    when a post follows it, where it cannot be the start of a clause."""
    word = None if m.family else _part_before_post(text, m.end)
    if word is None or not 4 <= len(word.group()) <= 20 or _CLAUSE_WORDS.search(word.group()):
        return m
    if names.match_prefix(word.group(), 0) is not None:
        return m
    return names.NameMatch(m.prefix, m.given, word.group(), m.start, m.name_start, word.end(), m.weak)


# The particles of Arabic, Dutch, German and Romance names, which a name goes on after:
# "อับดุลเราะห์มาน บิน อับดุลอาซีซ อัล ซูไฮบานี", "มาเรีย ฟาน เคอร์โคฟ".
_NAME_PARTICLES = frozenset({"บิน", "บินติ", "บินต์", "อัล", "เอล", "ฟาน", "ฟอน", "เดอ", "ดา", "ดี", "เดล"})
_NAME_PART = re.compile(f"[{names.THAI_LETTERS}]+(?:-[{names.THAI_LETTERS}]+)*")
_MAX_PARTS = 8


def _with_name_particles(text: str, m: names.NameMatch) -> names.NameMatch:
    """A name that goes on after a particle (บิน, อัล, ฟาน…) runs to its last part before a post,
    a verb or punctuation."""
    if m.family.split(" ")[-1] not in _NAME_PARTICLES and not m.family.startswith(("อัล-", "อัล")):
        return m
    parts, end = [m.family], m.end
    while len(parts) < _MAX_PARTS and text[end : end + 1] == " ":
        part = _NAME_PART.match(text, end + 1)
        if part is None or _role_at(text, part.start()) is not None:
            break
        word = part.group()
        if word not in _NAME_PARTICLES and not names.plausible_family(word.replace("-", "")):
            break
        parts.append(word)
        end = part.end()
    while parts and parts[-1] in _NAME_PARTICLES:  # a name ends on a name, not a particle
        parts.pop()
        end = text.rfind(" ", 0, end)
    if len(parts) <= 1:
        return m
    return names.NameMatch(m.prefix, m.given, " ".join(parts), m.start, m.name_start, end, m.weak)


def _with_second_family(text: str, m: names.NameMatch) -> names.NameMatch:
    """ "นางรัดเกล้า อินทวงศ์ สุวรรณคีรี รองโฆษก…": a married woman's two family names, maiden and
    married, when a third name part is written before her post."""
    word = _part_before_post(text, m.end) if m.family else None
    if word is None or not names.plausible_family(word.group()) or word.group().startswith(_NOT_A_FAMILY):
        return m
    family = f"{m.family} {word.group()}"
    return names.NameMatch(m.prefix, m.given, family, m.start, m.name_start, word.end(), m.weak)


def _titled_mentions(text: str) -> list[names.NameMatch]:
    found = [
        _with_name_particles(
            text, _with_second_family(text, _with_family_before_post(text, _without_post_family(m)))
        )
        for m in names.find_titled_names(text)
    ]
    found += names.find_monastic_names(text)
    found.sort(key=lambda m: (m.start, -m.end))
    out: list[names.NameMatch] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out


def _untitled_after_posts(text: str, taken: list[names.NameMatch]) -> list[names.NameMatch]:
    """Names with no title written right after a post ("โฆษก… อนุชา บูรพชัยศรี"), with corpus evidence."""
    found = []
    starts = [m.start for m in taken]
    for role in _role_pattern(False).finditer(text):
        if not _is_boundary(text, role.start()) or any(m.start <= role.start() < m.end for m in taken):
            continue
        _, end = _read_posts(text, role.start(), starts)
        at = _skip(text, end, 1)
        if at == end or at in starts:
            continue
        parts = names.read_thai_name(text, at)
        if parts is None:
            continue
        given, family, name_end = parts
        if family and names.is_given_name(given) and not family.startswith(("ณ",)):
            found.append(names.NameMatch("", given, family, at, at, name_end))
    return found


def _untitled_quoted(text: str) -> list[names.NameMatch]:
    """Quoted full names ("“ประวัติ วะโฮรัมย์” และ “ภูธเรศ คงรักษ์”"): a known given name, or joined by
    "และ" to one."""
    found: list[names.NameMatch] = []
    for m in _QUOTED.finditer(text):
        given, family = m.groups()
        if names.starts_with_stop_word(given) or names.starts_with_stop_word(family):
            continue
        linked = bool(found) and re.fullmatch(r"[ \u00a0]*และ[ \u00a0]*", text[found[-1].end + 1 : m.start()])
        if names.is_given_name(given) or linked:
            found.append(names.NameMatch("", given, family, m.start(1), m.start(1), m.end(2)))
    return found


# A king's name: "พระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว", "พระบาทสมเด็จพระปรเมนทรรามาธิบดี…
# พระวชิรเกล้าเจ้าอยู่หัว", "…มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร"; not "พระบาทสมเด็จพระเจ้าอยู่หัว"
# ("the King", no name).
_KING = re.compile(r"พระบาทสมเด็จพระ(?!เจ้าอยู่หัว)[ก-๙]+?(?: [ก-๙]+?){0,2} ?(?:เจ้าอยู่หัว|บรมนาถบพิตร)")


# A monarch or pope named with a regnal number: "สมเด็จพระราชินีนาถเอลิซาเบธที่ 2",
# "พระเจ้าชาร์ลส์ที่ 3", "สมเด็จพระสันตะปาปาเลโอที่ 14"; not "…อยู่หัวรัชกาลที่ 9", "…วันที่ 4".
_REGNAL = re.compile(
    r"(?P<title>สมเด็จพระเจ้า|สมเด็จพระราชินีนาถ|สมเด็จพระราชาธิบดี|สมเด็จพระราชินี|สมเด็จพระจักรพรรดิ"
    r"|สมเด็จพระสันตะปาปา|พระเจ้า)\s?(?P<name>(?:(?!อยู่หัว|รัชกาล|พระองค์|วันที่|ลำดับ|แผ่นดิน|ลูก)[ก-๙]){2,30}?ที่)"
    r" ?(?P<number>[0-9๐-๙]{1,2})(?![0-9๐-๙])"
)


# A monk known by his ecclesiastical title alone (พระครูวรธรรมธัช, พระธรรมรัตนากร), written with
# his monastic post after it: the title is his name (667 times in the corpus).
_MONASTIC_POST = re.compile(r"(?:รอง|ผู้ช่วย|ที่ปรึกษา)?(?:เจ้าคณะ|เจ้าอาวาส)")
# Any title of rank (พระสุมณฑ์ศาสนกิตติ์) as well, but not a temple's "พระอารามหลวง" or a word for
# monks in general; "วิ." after a title marks a meditation master and is part of it.
_MONK_NAME = re.compile(
    r"(?:(?:พระครู|พระราช|พระเทพ|พระธรรม|พระพรหม)[ก-๙]{3,30}"
    r"|พระ(?!อาราม|ภิกษุ|สงฆ์|ลูกวัด|บรม|พุทธรูป|พุทธศาสนา|อุโบสถ|วิหาร|ราชทาน)(?:(?!พระ|แห่ง|ของ)[ก-๙]){5,30})"
    r"(?: วิ\.)?"
)
# A monk's title name: after a word of respect too (นมัสการ, กราบ), any title after an honorific
# (พระเดชพระคุณพระโกศัยเจติยารักษ์), with an academic title after a comma ("…, ดร."), before a
# monastic post or a university's rectorship.
_MONK_HONORIFICS = ("พระเดชพระคุณ", "เจ้าพระคุณ", "เจ้าประคุณ", "ท่านเจ้าคุณ")
_MONK = first_character_check(
    re.compile(
        rf"(?:(?<![ก-๙])|(?<=และ)|(?<=โดย)|(?<=นมัสการ)|(?<=กราบ)|(?<=จาก))(?P<name>{_MONK_NAME.pattern})"
        rf"|(?P<honorific>{'|'.join(_MONK_HONORIFICS)}) ?(?P<titled>(?:สมเด็จ)?พระ[ก-๙]{{4,30}})"
    )
)
# What may stand between a monk's title and his post: an academic title after a comma, his
# familiar name in brackets ("พระครูสุภัทรธรรมโฆษิต (พระครูต้น) ผู้ช่วยเจ้าอาวาส…").
_MONK_AFTER = re.compile(
    rf"(?:,\s?(?:[ก-๙]{{1,4}}\.){{1,3}})?(?: \([ก-๙ ]{{2,20}}\))? "
    rf"(?={_MONASTIC_POST.pattern}|อธิการบดี|สมเด็จพระสังฆราช|กรรมการมหาเถรสมาคม)"
)


# Where a title read after an honorific ends: at a space, a bracket, punctuation or the text's end.
_TITLE_ENDS = re.compile(r"[ \u00a0(,ฯ\n]|$")


def _monk_end(text: str, m: re.Match[str]) -> int | None:
    """Where a monk named by his title ends: before his monastic post; or, after an honorific,
    where the title ends at a word's end with no post after it ("ท่านเจ้าคุณพระพิพัฒน์วชิโรภาส และ…")."""
    after = _MONK_AFTER.match(text, m.end())
    if after is not None:
        return after.end() - 1
    return m.end() if m.group("titled") and _TITLE_ENDS.match(text, m.end()) else None


def _known_by_title(m: names.NameMatch, posts: list[PostMention]) -> bool:
    return m.prefix in ("พระ", "พระครู") and any(_MONASTIC_POST.match(p.label) for p in posts)


def _monks(text: str) -> list[names.NameMatch]:
    """Monks named by their ecclesiastical title, with their monastic post after it."""
    found = []
    pos = 0
    while (m := _MONK.search(text, pos)) is not None:
        end = _monk_end(text, m)
        if end is None:  # look again inside it: "พระโอวาทแห่งเจ้าพระคุณสมเด็จพระ…"
            pos = m.start() + 1
            continue
        pos = m.end()
        if m.group("titled"):  # the honorific is its prefix: เจ้าพระคุณ สมเด็จพระอริยวงศาคตญาณ
            honorific, name = m.group("honorific", "titled")
            found.append(names.NameMatch(honorific, name, "", m.start(), m.start("titled"), end))
        else:
            found.append(names.NameMatch("", m.group(), "", m.start(), m.start(), end))
    return found


@cache
def _royal_styles() -> dict[str, tuple[str, str]]:
    """The royal styles of ``data/royal_names.csv``: the whole style (title and name, spaces as
    written) and its title and name apart."""
    with data_file("royal_names.csv").open(encoding="utf-8", newline="") as f:
        return {collapse_spaces(r["title"] + r["name"]): (r["title"], r["name"]) for r in csv.DictReader(f)}


@cache
def _royal_names() -> re.Pattern[str]:
    """The royal styles, longest first, matched with any run of spaces where they have one."""
    styles = sorted(_royal_styles(), key=len, reverse=True)
    return re.compile("|".join(r"[ \u00a0]+".join(map(re.escape, style.split(" "))) for style in styles))


def is_royal(person: PersonMention) -> bool:
    """Whether ``person`` is a king or a member of the royal family, named by a royal style: one
    who confers awards in these releases, and never receives one."""
    return _is_royal_name(person.prefix, person.name)


def _is_royal_name(prefix: str, name: str) -> bool:
    return _KING.fullmatch(name) is not None or collapse_spaces(prefix + name) in _royal_styles()


def _royal_persons(text: str) -> list[names.NameMatch]:
    """Members of the royal family by their full royal names (``data/royal_names.csv``)."""
    found = []
    for m in _royal_names().finditer(text):
        title, name = _royal_styles()[collapse_spaces(m.group())]
        given, _, family = name.partition(" ")
        name_start = m.end() - len(name) if title else m.start()
        found.append(names.NameMatch(title, given, family, m.start(), name_start, m.end()))
    return found


def _kings(text: str) -> list[names.NameMatch]:
    """Kings named by their royal names, written whole without a title before them, and
    monarchs named with their regnal number (the number is part of the name: "ชาร์ลส์ที่ 3")."""
    found = []
    for m in _KING.finditer(text):
        given, _, family = m.group().partition(" ")
        found.append(names.NameMatch("", given, family, m.start(), m.start(), m.end()))
    for m in _REGNAL.finditer(text):
        title, name, number = m.group("title", "name", "number")
        found.append(names.NameMatch(title, name, number, m.start(), m.start("name"), m.end()))
    return found


def _untitled_english(text: str) -> list[names.NameMatch]:
    """English names with no title right after a post ("Deputy Government Spokesperson Tipanan Sirichana")."""
    found = []
    for role in _role_pattern(True).finditer(text):
        at = role.end()
        # "Minister of <ministry> <Name>": the role pattern may have taken the "of" already.
        of_end = at + 1 if role.group().endswith(" of") else at + 4 if text.startswith(" of ", at) else None
        if of_end is not None:
            named = _name_closing_a_post(text, of_end)
            if named is not None:
                found.append(named)
            continue
        if text[at : at + 1] != " ":
            continue
        parts = names.read_english_name(text, at + 1)
        if parts is None or not parts[1]:
            continue
        given, family, end = parts
        if len(family.split(" ")) > 2 or (end < len(text) and text[end].isalpha()):
            continue
        found.append(names.NameMatch("", given, family, at + 1, at + 1, end))
    return found


def _name_closing_a_post(text: str, at: int) -> names.NameMatch | None:
    """A name written straight after a post's organization ("Minister of Digital Economy and
    Society Chaiwut Thanakamanusorn,"): the last two capitalised words of the run, when what is
    left before them is the organization and the run ends the phrase."""
    words: list[re.Match[str]] = []
    for tok in _EN_TOKEN.finditer(text, at, min(len(text), at + 160)):
        if text[(words[-1].end() if words else at) : tok.start()] not in ("", " "):
            break
        if not (tok.group()[0].isupper() or tok.group() in _EN_CONNECTORS) or tok.group().endswith("."):
            break
        if tok.group() == "and" and _role_pattern(True).match(text, tok.end() + 1):
            break  # "… Water Resources Chayan Muangsong and Director General of …": the next post
        words.append(tok)
    while words and words[-1].group() in _EN_CONNECTORS:  # "… Chalermchai Sri-on to work": the verb's
        words.pop()
    if len(words) < 3 or text[words[-1].end() : words[-1].end() + 1] not in ("", ",", ".", ";", " ", "\n"):
        return None
    given, family = words[-2], words[-1]
    if not all(
        names.EN_NAME_WORD.fullmatch(w.group()) and w.group() not in names.ENGLISH_NOT_NAMES
        for w in (given, family)
    ):
        return None
    if words[-3].group() in _EN_CONNECTORS or family.group().endswith(("'s", "’s")):
        return None
    return names.NameMatch("", given.group(), family.group(), given.start(), given.start(), family.end())


def _read_mentions(text: str) -> list[_Mention]:
    # A royal style, and a monk's title name with its academic title, hold titles that would start
    # a name of their own.
    royal = _royal_persons(text) + _monks(text)
    titled = [
        m for m in _titled_mentions(text) if not any(r.start < m.end and m.start < r.end for r in royal)
    ]
    extra = _untitled_after_posts(text, titled) + _untitled_quoted(text) + _untitled_english(text)
    extra += _kings(text)
    every = titled + royal
    for m in sorted(extra, key=lambda m: m.start):
        if not any(o.start < m.end and m.start < o.end for o in every):
            every.append(m)
    every.sort(key=lambda m: m.start)
    stops = [m.start for m in every]
    mentions = [_Mention(m, []) for m in every]
    claimed: list[tuple[int, int]] = []
    for men in mentions:
        m = men.match
        english = not m.given[:1] or m.given[0].isascii()
        if english:
            limit = next((s for s in stops if s > m.end), len(text))
            span = _english_phrase_after(text, m.end, limit)
            # "…Paojinda, Minister of Labor Suchart Chomklin": a post written right before the next
            # name is that person's.
            if span is not None and (limit == len(text) or text[span[1] : limit].strip()):
                men.posts = _english_posts(text, *span)
                claimed.append(span)
            continue
        at = m.end
        aside = _BRACKET.match(text, at)
        if aside is not None:
            at = aside.end()
        at = _skip(text, at)
        held = _HELD.match(text, at)  # "นายสมชาย หาญภักดีปฏิมา ขณะดำรงตำแหน่ง ผวจ.กระบี่"
        if held is not None and _next_post_start(text, held.end()) is not None:
            at = _skip(text, held.end())
        posts, end = _read_posts(text, at, stops)
        if posts:
            men.posts = posts
            claimed.append((at, end))
    mentions = [men for men in mentions if not men.match.weak or men.posts]
    for i, men in enumerate(mentions):
        m = men.match
        if m.given[:1].isascii():
            span = _english_phrase_before(text, m.start, mentions[i - 1].match.end if i else 0)
            if span is not None and not any(c[0] <= span[0] < c[1] for c in claimed):
                men.posts = _english_posts(text, *span) + men.posts
        else:
            men.posts = _thai_posts_before(text, m.start, claimed, stops) + men.posts
    _share_posts(text, mentions)
    return mentions


# Posts that several hold at once: deputies, assistants, advisers, inspectors, members.
_SHARED_ROLE = re.compile(
    r"(?:รอง(?!ศาสตราจารย์)|ผู้ช่วย(?!ศาสตราจารย์)|ที่ปรึกษา|ผู้ตรวจราชการ|กรรมการ|สมาชิก|ผู้ทรงคุณวุฒิ|ผู้เชี่ยวชาญ|นักวิชาการ|ปลัดอำเภอ)"
)
# What stands between names listed together on one line: spaces, a comma, และ.
_LISTED_TOGETHER = re.compile(r"[ \t\u00a0,]*(?:และ)?[ \t\u00a0]*")


def _share_posts(text: str, mentions: list[_Mention]) -> None:
    """Names listed one after another before a post that several hold at once share it: "นายพิศักดิ์
    จิตวิริยะวศิน และนายอานนท์ เหลืองบริบูรณ์ รองปลัดกระทรวงคมนาคม", "นายสุระ เพชรพิรุณ นายสมพล
    โนดไธสง … ผู้ตรวจราชการกระทรวงอุตสาหกรรม". Only names given no post anywhere in the release
    take it: one of them may hold another, written elsewhere."""
    with_posts = {_key(men.match.name) for men in mentions if men.posts}
    for j, men in enumerate(mentions):
        if not men.posts or men.match.given[:1].isascii() or not _SHARED_ROLE.match(men.posts[0].label):
            continue
        k = j
        while (
            k > 0
            and not mentions[k - 1].posts
            and not mentions[k - 1].match.weak
            and _key(mentions[k - 1].match.name) not in with_posts
            and not mentions[k - 1].match.given[:1].isascii()
            and _LISTED_TOGETHER.fullmatch(text, mentions[k - 1].match.end, mentions[k].match.start)
        ):
            k -= 1
        for other in mentions[k:j]:
            other.posts = [replace(men.posts[0])]


# --- merging ------------------------------------------------------------------------------------


def _key(name: str) -> str:
    return "".join(name.split())


def _prefix_rank(prefix: str) -> int:
    return 0 if not prefix else (1 if prefix in names.weak_titles() else 2)


def _back_references(mentions: list[_Mention]) -> list[_Mention]:
    """ "ดร.นลินี ทิ้งท้าย…" after "ดร.นลินี ทวีสิน": a second "family name" the corpus does not know,
    for a given name already seen with another family name, is the words after a back-reference."""
    families: dict[str, set[str]] = {}
    for men in mentions:
        if men.match.family:
            families.setdefault(men.match.given, set()).add(men.match.family)
    out = []
    for men in mentions:
        m = men.match
        others = families.get(m.given, set()) - {m.family}
        if m.family and others and not names.is_family_name(m.family) and m.name_start != m.start:
            first = min(
                (o.match.start for o in mentions if o.match.given == m.given and o.match.family in others),
                default=m.start,
            )
            if first < m.start:
                m = names.NameMatch(m.prefix, m.given, "", m.start, m.name_start, m.name_start + len(m.given))
        out.append(_Mention(m, men.posts))
    return out


def _merge(mentions: list[_Mention]) -> list[PersonMention]:
    persons: dict[str, PersonMention] = {}
    by_given: dict[str, str] = {}
    mentions = _back_references(mentions)
    for men in (m for m in mentions if m.match.family):
        m = men.match
        key = _key(m.name)
        person = persons.get(key)
        if person is None:
            persons[key] = PersonMention(m.name, m.prefix, Span(m.start, m.end), [])
            by_given.setdefault(m.given, key)
        elif _prefix_rank(m.prefix) > _prefix_rank(person.prefix):
            person.prefix = m.prefix
        _add_posts(persons[key], men.posts)
    for men in (m for m in mentions if not m.match.family):
        m = men.match
        key = by_given.get(m.given)
        if key is None:
            name, prefix = m.given, m.prefix
            if _known_by_title(m, men.posts):
                name, prefix = m.prefix + m.given, ""
            whole = (
                _is_royal_name(prefix, name)
                or _MONK_NAME.fullmatch(name) is not None
                or prefix in _MONK_HONORIFICS
            )
            if not whole and not (names.is_given_name(name) and _prefix_rank(prefix) == 2):
                continue
            key = _key(name)
            persons.setdefault(key, PersonMention(name, prefix, Span(m.start, m.end), []))
            by_given[m.given] = key
        _add_posts(persons[key], men.posts)
    for person in persons.values():
        person.posts = _drop_short_posts(person.posts)
    return sorted(persons.values(), key=lambda p: p.span.start)


def _add_posts(person: PersonMention, posts: list[PostMention]) -> None:
    seen = {_key(p.label) for p in person.posts}
    for post in posts:
        if _key(post.label) not in seen:
            person.posts.append(post)
            seen.add(_key(post.label))


def _drop_short_posts(posts: list[PostMention]) -> list[PostMention]:
    """An abbreviated post ("รมว.") with no organization is a short reference, not a post; one that
    repeats a full post of the same person ("รมว.แรงงาน" beside รัฐมนตรีว่าการกระทรวงแรงงาน) too."""
    kept = []
    for post in posts:
        role = _role_of(post.role)
        if role is not None and role.kind == "abbreviation":
            if post.org_text is None and role.role_en != "Prime Minister":
                continue
            same = [
                p for p in posts
                if p is not post and (r := _role_of(p.role)) is not None and r.kind != "abbreviation"
                and r.role_en == role.role_en and (p.org_text or "").endswith(post.org_text or "")
            ]  # fmt: skip
            if same:
                continue
        kept.append(post)
    return kept


def find_persons(text: str) -> list[PersonMention]:
    """Every person named in one release, with every post the release gives them, in text order."""
    return _merge(_read_mentions(text))
