"""Organizations named in a release: gazetteer agencies first, then name patterns.

The gazetteer (``data/agencies.csv``) knows the ministries, departments, state enterprises and
international bodies that releases name most; everything else (a provincial office, a hospital,
a company, a named committee) is found by its head word (สำนักงาน…, โรงพยาบาล…, บริษัท … จำกัด)
and a rule for where the name ends. Thai writes no spaces between words, so a name ends at a space,
at punctuation, or where a verb or function word is glued to it (กระทรวงการคลังเสนอ); a few kinds
of name run on over spaces by their own grammar (``บริษัท … จำกัด (มหาชน)``, ``… (องค์การมหาชน)``,
a hotel's name up to its address).

Mentions of one organization are merged: every form written in the text (the full name, ``(ABBR)``
after it, the gazetteer's abbreviations, a ministry's short name after รมว.) becomes one
:class:`OrganizationMention` with the fullest form as its name and the others as aliases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from pythainlp.corpus import countries, provinces
from pythainlp.tokenize import word_tokenize

from sso_kg.extract.model import OrganizationMention, Span
from sso_kg.gazetteer import Gazetteer, GazetteerHit, load_gazetteer, name_key
from sso_kg.regexes import first_character_check
from sso_kg.thai import names
from sso_kg.thai.normalize import collapse_spaces, has_thai

# The site title line of thaigov.go.th starts with the publisher, which is not a mention.
_PUBLISHER = "รัฐบาลไทย-"

# Month abbreviations that are also agency abbreviations (ก.พ. is the Civil Service Commission).
_MONTHS = frozenset(
    {"ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."}
)

# "จำกัด" (limited), also as typed with nikhahit and sara aa (จํากัด).
_LIMITED = "จ(?:ำ|\u0e4d\u0e32)กัด"
# How a company's name ends: จำกัด, (มหาชน), and the branch written after it (สาขาสงขลา).
# …and a plant or branch in brackets after it ("… จำกัด (โรงงาน 5)"), not its short name
# ("… จำกัด (เครดิตบูโร)").
_COMPANY_END = rf"{_LIMITED}(?:\s?\(มหาชน\))?(?: สาขา[ก-๙]+ฯ?| ?\((?:โรงงาน|สาขา)[ก-๙ ]*\d*\))?"
# ASEAN named as a region, a market or a community, not the association: "ภูมิภาคอาเซียน", "อาเซียน-9".
_AS_A_REGION = re.compile(r"(?:ประชาคม|ภูมิภาค|ผู้นำ|ตลาด|ประเทศ|ชาติ)\s?$")
_AS_A_REGION_AFTER = re.compile(r"\s?-\s?\d")
# Agencies whose name is first of all a place: only an organization where the text acts with it.
_PLACE_NAMED = frozenset({"bma"})
_AS_ORGANIZATION_BEFORE = re.compile(r"(?:ร่วมกับ|ระหว่าง\S*|ปลัด|ผู้ว่าราชการ|ผู้ว่าฯ|สังกัด)\s?$")
# …or where it is listed after an organization ("กรมควบคุมโรค และกรุงเทพมหานคร", "2 หน่วยงานรัฐวิสาหกิจ
# และกรุงเทพมหานคร"): the word before holds an organization's head word.
_LISTED_AFTER = re.compile(r"(?:^|\s)(\S+?)\s?(?:,|และ)\s?$")

# Role words after which a ministry is named by its short form (รมว.แรงงาน, รัฐมนตรีกลาโหม).
_MINISTER_ROLE = re.compile(
    r"(?:(?:รมว|รมช|รมต|ปกท)\.\s?|(?<!นายก)(?:รัฐมนตรีว่าการ|รัฐมนตรีช่วยว่าการ|รัฐมนตรี|ปลัดกระทรวง|โฆษกกระทรวง))"
    r"([ก-๙]{3,40}?)(ฯ|(?=[\s,.)(]|$))"
)

_HEADS = (
    "กระทรวง|กรม(?!สมเด็จ|หลวง|พระ|ขุน|หมื่น|ธรรม์)|สำนักงาน|สำนัก(?!งาน)|สถาบัน(?!การเงิน|การศึกษา|อุดมศึกษา|เกษตรกร"
    "|ครอบครัว|พระมหากษัตริย์|ชาติ|หลัก|ศาสนา)|มหาวิทยาลัย|วิทยาลัย|โรงพยาบาล(?!ส่งเสริมสุขภาพตำบล|สนาม)|รพ\\.(?!สต)"
    "|การไฟฟ้า(?=นครหลวง|ส่วนภูมิภาค|ฝ่ายผลิต|แห่ง|ลาว)|การประปา|การยาง|การรถไฟ(?=แห่ง)|การท่าเรือ|การเคหะ|การนิคม|การทางพิเศษ|องค์การ|สมาคม|สมาพันธ์|สหพันธ์"
    "|สภา(?!พ|วะ|วการณ์|ฯ|นายิกา|ชนนี)|มูลนิธิ|คณะกรรมการ(?!ผู้ทรงคุณวุฒิ|ตัดสิน)|คณะอนุกรรมการ|คณะกรรมาธิการ(?!ฯ)|ศูนย์(?!กลาง|การค้า|การประชุม|ประชุม"
    "|แสดงสินค้า|นิทรรศการ|ราชการ|การเรียนรู้|เรียนรู้|พักพิง|พักคอย|เด็กเล็ก|รวม)|สถานีพัฒนาที่ดิน|สถานีตำรวจ|โรงแรม"
    # Homes and centres of social welfare and juvenile justice by their kind, named by their place
    # (สถานสงเคราะห์เด็กอ่อนพญาไท, สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดสงขลา).
    "|สถาน(?:สงเคราะห์เด็ก(?:หญิง|ชาย|อ่อน)|พินิจและคุ้มครองเด็กและเยาวชน|คุ้มครองสวัสดิภาพ)"
    "|ศาล(?=จังหวัด|แขวง|อาญา|แพ่ง|อุทธรณ์|ล้มละลาย|ภาษีอากร|แรงงาน|เยาวชน|ทหาร|มณฑลทหาร)|กองทัพ|กองบัญชาการ|ชุมนุมสหกรณ์|สหกรณ์"
    # Political parties and municipalities (เทศบาลนครลำปาง), not the words for them in general.
    "|พรรค(?!การเมือง|ร่วม|ฝ่าย|ใหญ่|เล็ก|ต่าง|ของ|ที่|นี้|ละ)|เทศบาล(?:นคร|เมือง|ตำบล)(?!ต่าง|ทุก|ที่|นี้|ฯ)"
    # Prisons by their kind (เรือนจำกลางบางขวาง, ทัณฑสถานหญิงกลาง), not prisons in general; clubs;
    # community enterprises by their group's name (วิสาหกิจชุมชนกลุ่มทอผ้าบ้าน…).
    "|เรือนจำ(?=กลาง|จังหวัด|อำเภอ|พิเศษ|ชั่วคราว)|ทัณฑสถาน(?=หญิง|โรงพยาบาล|บำบัด|วัยหนุ่ม|เกษตร|เปิด)"
    "|ชมรม|วิสาหกิจชุมชน(?=กลุ่ม|บ้าน)|โรงเรียน"
    # Chambers of commerce (หอการค้าไทย, หอการค้าจังหวัดสุรินทร์) and unions (สหภาพแรงงาน…,
    # สหภาพโทรคมนาคมระหว่างประเทศ), not the Union of Myanmar.
    "|หอการค้า|สหภาพ(?!เมียนมา|พม่า)"
    # Broadcasters by their names (สถานีวิทยุโทรทัศน์แห่งประเทศไทย, สถานีโทรทัศน์ไทยรัฐทีวี), not
    # stations in general or a channel's number.
    "|สถานี(?:วิทยุ(?:กระจายเสียง|โทรทัศน์)?|โทรทัศน์)(?=[ก-๙])(?!ต่าง|และ|เเละ|ของ|ช่อง|ทุก|ออนไลน์|ที่|วิทยุ|โทรทัศน์|ชุมชน|ท้องถิ่น)"
    # Police and army units by their kind (กองบังคับการตำรวจน้ำ, กองพันทหารราบที่ 4,
    # กองร้อยอาสารักษาดินแดนอำเภองาวที่ 3).
    "|กองบังคับการ(?=[ก-๙])|กองร้อย(?=[ก-๙])|กองพัน(?=[ก-๙])|กองพล(?=[ก-๙])"
    # Provincial and regional police commands (ตำรวจภูธรจังหวัดปัตตานี, ตำรวจภูธรภาค 9).
    "|ตำรวจ(?=ภูธร(?:\\s?ภาค\\s?\\d|จังหวัด))"
    # A village's producer group by its craft and its village (กลุ่มทอผ้าไหมบ้านปะอาว,
    # กลุ่มแม่บ้านเกษตรกรบ้านบ่อแสน), not a group of people in general (กลุ่มเปราะบางที่บ้าน…).
    "|กลุ่ม(?=(?:ทอผ้า|ผ้า|สตรี|แม่บ้านเกษตรกร|วิสาหกิจชุมชน|ผู้ปลูก|ผู้เลี้ยง|เลี้ยง|ผู้ผลิต|แปลงใหญ่|ศิลปาชีพ"
    "|หัตถกรรม|จักสาน|มัดย้อม|ออมทรัพย์|เกษตรกร)[ก-๙]{0,30}?บ้าน(?!เรือน|พัก|เกิด|ของ|ที่|และ|ใหม่|หลัง|เดี่ยว|อยู่)[ก-๙]{2})"
)
# A hotel named after a space: its Latin name ("โรงแรม Empire Brunei", not a quarantine scheme's
# "โรงแรม ASQ"), or a Thai one that opens with an article (โรงแรม ดิ แอทธินี โฮเตล, เดอะ พาลาสโซ).
_SPACED_HOTEL = re.compile(r" (?=(?:ดิ|เดอะ|อัล|เลอ) |[A-Z](?:[A-Za-z&'.-]*[a-z]|[A-Z&'.-]{4,}))")
# A head word is not the start of a name inside ทรัพยากรมนุษย์, nor before a word that makes it
# generic (กระทรวงต่าง ๆ, สำนักงานใหญ่, องค์การมหาชน) or a space.
_HEAD = first_character_check(
    re.compile(
        # A leading vowel never ends a word: after one, the head's first letter starts another
        # syllable (โปรแกรมควบคุม, อินสตาแกรม).
        rf"(?<!ทรัพยา)(?<!กฎ)(?<![เแโใไ])(?:{_HEADS})"
        r"(?!ฯ|ต่าง|เอกชน|ทุก|ทั่ว|ของรัฐ|ในสังกัด|ดังกล่าว|นี้|ใหญ่|มหาชน|ระหว่างประเทศ|ชุด|ที่(?!ดิน)|ผู้แทนราษฎร|และ"
        # A vowel or tone mark after the head means the head's last letter starts another
        # syllable (เกษตรกรมีน้ำ).
        r"|[ะาำ\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]|\s|$)"
        # A public company by its abbreviation, with its name glued or after a space (บมจ.ทิพยประกันภัย).
        r"|บมจ\.(?= ?[ก-๙])"
        # Heads whose name follows after a space, by their own grammar (บริษัท … จำกัด).
        r"|(?:บริษัท|สถานเอกอัครราชทูต|สถานกงสุลใหญ่)(?=\s?[ก-๙A-Za-z])(?!ฯ)"
        # A hotel named after a space (โรงแรม ดิ แอทธินี โฮเตล, โรงแรม Empire Brunei).
        rf"|โรงแรม(?={_SPACED_HOTEL.pattern})"
        # A committee named by its abbreviation (คณะกรรมการ ป.ป.ส.).
        r"|คณะกรรมการ(?= ?(?:[ก-๙]{1,6}\.){2})"
    )
)
# Names of kinds of committee that every body has: no one committee is named by them.
_GENERIC_NAMES = frozenset(
    {
        "คณะกรรมการอำนวยการ",
        "คณะกรรมการบริหาร",
        "คณะกรรมการดำเนินงาน",
        "คณะกรรมการจัดงาน",
        "คณะกรรมการที่ปรึกษา",
        "คณะกรรมการโครงการ",
        "ศูนย์บริการ",
        # Kinds of home ("สถานคุ้มครองสวัสดิภาพผู้เสียหายจากการค้ามนุษย์ ทั้ง 8 แห่ง"), not one
        # home: one is named with its place (…จังหวัดปทุมธานี, สถานสงเคราะห์เด็กอ่อนพญาไท). A head
        # alone (สถานสงเคราะห์เด็กอ่อน) is never a name, so only the longer kinds are listed.
        "สถานคุ้มครองสวัสดิภาพเด็ก",
        "สถานคุ้มครองสวัสดิภาพผู้เสียหายจากการค้ามนุษย์",
        # Kinds of hospital ("โรงพยาบาลศูนย์แห่งหนึ่ง", "รพ.ศูนย์"), not one hospital.
        "โรงพยาบาลศูนย์",
        "โรงพยาบาลทั่วไป",
        "โรงพยาบาลชุมชน",
        "รพ.ศูนย์",
        "รพ.ทั่วไป",
        "รพ.ชุมชน",
        "ศูนย์ปฏิบัติการ",
        "ศูนย์ข้อมูล",
        "ศูนย์ประสานงาน",
        "สำนักงานเลขาธิการ",
        "ฝ่ายบริหาร",
        "ฝ่ายค้าน",
        "ฝ่ายการเมือง",
        "สหภาพแรงงาน",
        "สำนักงานเลขานุการกรม",
        "สำนักข่าว",
        "กลุ่มงาน",
    }
)
# Kinds of facility that many bodies run (a vaccination centre, a child development centre):
# written alone, with at most the disease or "ครบวงจร", they name no one body; with their owner or
# place (ศูนย์พัฒนาเด็กเล็กองค์การบริหารส่วนตำบลปะอาว) they do.
_FACILITY_KIND = re.compile(
    r"ศูนย์(?:การ)?(?:ฉีดวัคซีน|ตรวจ(?:คัดกรอง)?|พัฒนาเด็กเล็ก|เลี้ยงเด็ก(?:เล็ก)?|ดูแลผู้สูงอายุ|บริการประชาชน"
    r"|บริการสาธารณสุข|เปลี่ยนถ่ายอวัยวะ|ส่องกล้อง|เชี่ยวชาญ|ความเป็นเลิศ(?:ทาง[ก-๙]+)?|สุขภาพ|กระจาย[ก-๙]*"
    r"|บรรเทาทุกข์|เร่งรัด|ฟื้นฟู[ก-๙]*)"
    r"(?:โควิด(?: ?-? ?19)?|โรคโควิด(?: ?-? ?19)?|ครบวงจร)?"
)
# What can follow a shorter name inside a longer one: "สภาองค์การนายจ้างแห่งชาติ".
_NAME_GOES_ON = re.compile(r"(?:จังหวัด|แห่ง|ประจำ|ส่วน|ภาค|เขต|สาขา|ระดับ|กลาง|\()")
_SPACED_HEADS = frozenset({"บริษัท", "สถานเอกอัครราชทูต", "สถานกงสุลใหญ่"})
# Heads of sub-units, names only right after a role word (ผู้อำนวยการกองการพยาบาล) or at a line start.
_UNIT = re.compile(r"(?:ผู้อำนวยการ|ผอ\.|หัวหน้า|ผู้บริหาร|^)((?:กลุ่ม|กอง|ฝ่าย|สายงาน)(?=[ก-๙])(?!ที่))", re.M)
# Words that end a name written glued to the next word.
_CUT = re.compile(
    r"(?:เสนอ|กำหนด|ได้|จะ|ซึ่ง|โดย|ดำเนินการ|เป็น(?=หน่วยงาน|ผู้|การ|ประธาน|ตัวแทน|เจ้าภาพ|องค์กร|สถาน|แกน|ศูนย์กลาง|ไป|อย่าง)|มาร่วม|ช่วย(?=สนับสนุน|กัน)|กล่าว|เปิดเผย|ทุกแห่ง|ทั่วประเทศ|ดังกล่าว|ร่วมกับ"
    r"|เพื่อ(?=ให้|เป็น|ร่วม|ดำเนิน|สร้าง|ช่วย|รับ|เตรียม|ขับเคลื่อน|แก้ไข|ยกระดับ)|ทั้งหมด|(?<!ผลกระทบ)(?<!ผู้เสียหาย)จาก(?!ผลกระทบ)|ต้อง|เมื่อ|ด้วย|แห่งนี้|นี้|ฉบับ|ตั้งอยู่|อยู่|(?<!บริหาร)(?<!การ)(?<!และ)จัด(?!หา)"
    r"|พร้อม|แล้ว|ต่อไป|เพิ่มขึ้น|(?<!การค้า)ภายใน(?!ราชอาณาจักร)|ครั้งนี้|ร่วมกัน(?!ทั่ว)|ตรวจพิจารณา|รับผิดชอบ|ประกาศ|รายงาน|ระบุ|ภายใต้|อย่าง|ในการ|ในฐานะ|ของ(?!มนุษย์|ประชาชน|รัฐ(?!บาล)|ชาติ|โรค)|มอบ"
    r"|(?<!การ)(?<!เปิด)ให้|ขึ้นมา|ขณะ(?:ที่)?|และ(?=ผู้|ชาว|ประชาชน|เจ้าหน้าที่|หน่วยงาน|ภาคี|เครือข่าย)|สังกัด|(?<!และ)เรื่อง|กับ|แก่(?!น)|จึง|มีมติ|มี(?!เดีย|น|ย)|ไม่|คือ|(?<!ระห)ว่า(?!การ)|หรือ"
    r"|ใน(?=คืน|วัน|ช่วง|เดือน|ปี|พื้นที่|หมู่บ้าน|ชุมชน|หน่วยงาน)"
    rf"|และ(?={_HEADS})|ที่(?={_HEADS})"
    # What a body has done or decides ("โรงพยาบาลมาโดยตลอด", "คณะกรรมการโรคติดต่อแห่งชาติพิจารณา
    # วันพรุ่งนี้"), not a committee's own name (คณะกรรมการพิจารณา…, …เพื่อพิจารณา); "a certain one",
    # "a new one", "the old one" (ด่านศุลกากรสะเดาแห่งใหม่, สำนักงานศุลกากรมาบตาพุดแห่งเดิม).
    r"|มา(?=โดยตลอด|ตั้งแต่|ก่อน|ใช้)|แห่งหนึ่ง|แห่งใหม่|แห่งเดิม"
    r"|(?<!กรรมการ)(?<!คณะทำงาน)(?<!เพื่อ)(?:พิจารณา|เห็นชอบ)(?=วัน|ใน|ให้|แนวทาง|มาตรการ|สามารถ)"
    # A company written straight after a name, without a space (…แห่งประเทศไทยบริษัท ทรู…).
    r"|(?<=[ก-๙]{4})(?<!กลุ่ม)(?<!สมาคม)บริษัท(?=\s|$))"
)
# Heads of committees: their names run on over lists and bills, and they belong to the agency
# written after them.
_COMMITTEE = ("คณะกรรมการ", "คณะอนุกรรมการ", "คณะกรรมาธิการ", "คณะทำงาน")
# Words after a hotel's name that start its address or the rest of the sentence.
# A city abroad ends it too ("โรงแรมดอนจัน พาเลซ นครหลวงเวียงจันทน์ สปป.ลาว", "… กรุงริยาด").
_HOTEL_STOP = re.compile(
    r"(?:จังหวัด|จ\.|อำเภอ|อ\.|เขต|แขวง|ตำบล|ต\.|ถนน|ถ\.|กรุง|กทม|นครหลวง|เมือง|ประเทศ|สปป|ชั้น|ห้อง|ณ|โดย|และ"
    r"|เพื่อ|ซึ่ง|ที่|เป็น|เมื่อ|ใน|ระหว่าง|วันที่|ได้|จะ|[^ก-๙A-Za-z])"
)
# A hotel's Latin name: capitalised words, with the small words between them ("Prince de Galles").
_LATIN_HOTEL = re.compile(r"[A-Z][\w&'.-]*(?: (?:(?:de|of|the|and|&) ){0,2}[A-Z0-9][\w&'.-]*)*")
# "โรงแรมแกรนด์ เมอร์เคียว ฟอร์จูนทาวน์ พระราม 9": a Bangkok road by its number.
_RAMA_ROAD = re.compile(r"พระราม \d{1,2}(?!\d)")
# Gazetteer names that have local offices named by province or area (not สภาผู้แทนราษฎร).
_LOCAL_HEAD = re.compile(r"สำนักงาน|ศูนย์|กรม|การ|ธนาคาร|สถาบัน|องค์การ")
_LETTERS = re.compile(r"[ก-๙A-Za-z.\-]+")
_IN_PROVINCE = re.compile(r"จังหวัด")
_AREA_WORD_END = re.compile(r"(?:พื้นที่|เขต|ภาค|ที่)$")
_GENERIC_TAIL = re.compile(r"(?:จังหวัด|อำเภอ|ตำบล|เขต|ภาค|พื้นที่|แห่ง|ที่|แห่งหนึ่ง)$")
# "สหพันธ์แรงงาน 22 องค์กร": a count of such bodies, not a name.
_COUNTED = re.compile(r"\s?\d+\s?(?:องค์กร|แห่ง|หน่วยงาน|สมาคม|บริษัท)")
_LATIN_NAME = re.compile(r"\b(?:[A-Z][\w'.-]*|of|and|for|the|on)(?: (?:[A-Z][\w'.-]*|of|and|for|the|on))*")
_EN_HEAD = (
    r"(?:Ministry|Department|Office|Agency|Authority|Bank|University|Council|Commission|Committee|Centre|"
    r"Center|Institute|Association|Foundation|Organi[sz]ation|Corporation|Company|Government|Exchange|Bureau|"
    r"Federation|Chamber|Secretariat|Embassy|Administration|Police|Army|Navy|Force|Court|Parliament|Senate|Fund)"
)
_EN_ORG = re.compile(
    rf"^(?:(?:[A-Z][\w'&.-]*|and|for|&) )*{_EN_HEAD}"
    r"(?: (?:of|for|on)(?: the)? [A-Z][\w'.-]*(?: (?:and |of |for |on |the )*[A-Z][\w'.-]*)*)?$"
)
# Counting letters on the UTF-8 bytes: every byte but a Latin letter's deleted at C speed, and
# every Thai character (U+0E00-U+0E7F) is three bytes opening with E0 B8 or E0 B9.
_NOT_LATIN_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())
_EN_GENERIC = frozenset({"the government", "government", "the ministry", "ministry", "the office", "office"})

_AREA_SUFFIX = (
    r"(?:\s?(?:กรุงเทพมหานคร|กรุงเทพฯ)?\s?(?:พื้นที่|เขต|ภาค(?:ที่)?|สาขา(?:ที่)?|ที่)\s?\d+(?:\s?[–-]\s?\d+)?)"
)


@dataclass
class _Mention:
    """One occurrence of a form, before merging."""

    start: int
    end: int
    surface: str
    agency_id: str | None = None
    is_abbreviation: bool = False
    aliases: list[tuple[str, int]] = field(default_factory=list)
    parent_id: str | None = None


@cache
def _province_pattern() -> re.Pattern[str]:
    names = sorted({*provinces(), "กรุงเทพฯ"}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, names)) + ")")


@cache
def _country_pattern() -> re.Pattern[str]:
    names = sorted({*countries(), "สหรัฐฯ", "สหรัฐอเมริกา", "จีน", "ญี่ปุ่น", "ไทย"}, key=len, reverse=True)
    return re.compile(
        r"รัฐบาล(?:แห่ง)?(?:สาธารณรัฐ|ราชอาณาจักร|ประเทศ)?(?:" + "|".join(map(re.escape, names)) + ")"
    )


@cache
def foreign_suffix() -> re.Pattern[str]:
    """Another country's name glued after an agency's: "กระทรวงการคลังสาธารณรัฐสิงคโปร์"."""
    names = sorted({*countries(), "สหรัฐฯ", "สหรัฐอเมริกา", "จีน", "ญี่ปุ่น"} - {"ไทย"}, key=len, reverse=True)
    return re.compile(
        r" ?(?:แห่ง)?(?:สาธารณรัฐ(?:ประชาชน|ประชาธิปไตยประชาชน|สังคมนิยม)?|ราชอาณาจักร|ประเทศ|สปป\. ?)?"
        r"(?:" + "|".join(map(re.escape, names)) + ")"
    )


@cache
def _provincial_unit() -> re.Pattern[str]:
    """Local units named by their province after a fixed head: the Department of Highways'
    districts and numbered offices ("แขวงทางหลวงนครราชสีมาที่ 2", "สำนักงานทางหลวงชนบทที่ 17 (เชียงราย)")
    and a provincial administrative organization by its abbreviation ("อบจ.แพร่")."""
    province = _province_pattern().pattern
    return re.compile(
        r"(?:แขวงทางหลวง(?:ชนบท)?|สำนักงานทางหลวง(?:ชนบท)?ที่ ?\d+ ?(?=\()|อบจ\. ?)"
        rf"(?:\({province}\)|{province}(?: ?ที่ ?\d+)?)"
    )


# A municipality or subdistrict administrative organization by its abbreviation, its name glued
# after it ("อบต.นาพู่", "ทต.บ้านหลวง", "ทม.สุไหงโกลก", "ทน.ขอนแก่น"), as award lists and visits
# write them; not the kind alone ("อบต. ทุกแห่ง", "เทศบาล/อบต.") nor a committee's "ก.อบต.".
_LOCAL_GOVERNMENT = re.compile(
    r"(?<![ก-๙.])(?:อบต|ทต|ทม|ทน)\."
    r"(?!ทุก|ต่าง|ใน|และ|ที่|ซึ่ง|หรือ|แห่ง|นั้น|นี้|ดังกล่าว|ฯ|ได้|ไม่|จึง|ของ|ถึง|ไหน|แต่ละ|กำนัน|ก็|เป็น|จำนวน|อบจ)"
    # The name ends where the sentence goes on glued to it ("อบต.โก่งธนูนี้", "อบต.บางม่วงได้…").
    r"[ก-๙]{2,30}?(?=และ|แห่งนี้|นี้|แล้ว|ได้|ร่วม|จึง|ไม่|ของ|ถึง|กำนัน|ผู้ใหญ่บ้าน|ประชาชน|ซึ่ง|โดย|พร้อม"
    r"|เข้า(?!ม)|มีปริมาณ|[^ก-๙]|$)"
)


# A name without a head word, known by its suffix: "หอภาพยนตร์ (องค์การมหาชน)".
_PUBLIC_ORGANIZATION = re.compile(r"(?<![ก-๙])([ก-๙]{3,80}) ?\(องค์การมหาชน\)")


def _public_organizations(text: str, skip: int) -> list[_Mention]:
    """Names that only their ``(องค์การมหาชน)`` marks as one, from the last word glued before
    them that is no part of a name (ให้ชมโดยหอภาพยนตร์ → หอภาพยนตร์)."""
    found = []
    for m in _PUBLIC_ORGANIZATION.finditer(text, skip):
        run = m.group(1)
        if _HEAD.search(run):
            continue  # a name with a head word of its own: found by its head
        cuts = [c.end() for c in _CUT.finditer(run) if c.start() in _word_starts(run)]
        start = m.start(1) + (cuts[-1] if cuts else 0)
        if m.end(1) - start >= 3:
            found.append(_Mention(start, m.end(), collapse_spaces(text[start : m.end()])))
    return found


def _place_suffix(text: str, end: int) -> int:
    """End of a province or numbered-area suffix that makes a name a local office, or ``end``."""
    rest = text[end : end + 80]
    m = re.match(r"(?:\s?จังหวัด|\s?จ\.)\s?", rest)
    start = m.end() if m else 0
    p = _province_pattern().match(rest, start)
    if p and (m or p.group() in ("กรุงเทพมหานคร", "กรุงเทพฯ") or not rest[:1].isspace()):
        end2 = end + p.end()
        a = re.match(_AREA_SUFFIX, text[end2 : end2 + 30])
        return end2 + a.end() if a else end2
    a = re.match(_AREA_SUFFIX, rest)
    if a:
        return _province_after(text, end + a.end())
    # "สำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 1 – 10": the area word was read with the name.
    n = re.match(r" ?\d+(?:\s?[–-]\s?\d+)?", rest)
    return (
        _province_after(text, end + n.end())
        if n and _AREA_WORD_END.search(text, max(0, end - 10), end)
        else end
    )


def _province_after(text: str, end: int) -> int:
    """A numbered unit's province after its number: "กองร้อยอาสารักษาดินแดนอำเภอเกาะคาที่ 3 จังหวัดลำปาง"."""
    m = re.match(r"\s?(?:จังหวัด|จ\.)\s?", text[end : end + 40])
    p = _province_pattern().match(text, end + m.end()) if m else None
    return p.end() if p else end


def _abbreviation_ok(text: str, hit: GazetteerHit) -> bool:
    """Whether an abbreviation stands on its own here: not a date, a unit, or part of a longer one."""
    before = text[max(0, hit.start - 6) : hit.start]
    after = text[hit.end : hit.end + 6]
    # After a number it is a date or a unit (15 ก.พ., 5 กก.); after a police unit's prefix it
    # is part of that unit's name (บช.ปส.).
    if re.search(r"(?:\d\s?|(?:บช|บก|กก|สภ)\.)$", before):
        return False
    if hit.surface in _MONTHS and re.match(r"\s?\d", after):
        return False
    if hit.surface in _MONTHS and re.search(r"(?:เดือน|ปี)\s?$", before):
        return False
    if re.match(r"[ก-ฮ]{1,2}\.", after) and not re.match(r"[ก-ฮ]{1,2}\.[ก-ฮ]", hit.surface):
        return False
    glued = before[-1:] and "ก" <= before[-1] <= "๛" and before[-1] != "ฯ"
    return not (glued and re.fullmatch(r"(?:[ก-๙]{1,5}\.)+", hit.surface))


def _listed_after_organization(text: str, start: int) -> bool:
    """Whether the name at ``start`` is listed after an organization's (or a count of agencies)."""
    m = _LISTED_AFTER.search(text, max(0, start - 60), start)
    return m is not None and (_HEAD.search(m.group(1)) is not None or m.group(1).startswith("หน่วยงาน"))


# "สำนักงาน" written before an abbreviation: the office it names ("สำนักงาน คปภ.", "สำนักงาน ป.ส.ส.").
_OFFICE_BEFORE = re.compile(r"สำนักงาน ?$")
_OFFICE_ABBREVIATION = re.compile(r"สำนักงาน ?(?:(?:[ก-ฮ]{1,4}\.){2,6}|[ก-ฮ]{2,5}\.)(?![ก-๙])")


def _gazetteer_mentions(text: str, gaz: Gazetteer, skip: int) -> list[_Mention]:
    found: list[_Mention] = []
    for hit in gaz.scan(text):
        if hit.start < skip:
            continue
        if hit.is_abbreviation and not _abbreviation_ok(text, hit):
            continue
        if (
            set(hit.agency_ids) & _PLACE_NAMED
            and has_thai(hit.surface)  # "Bangkok Metropolitan Administration" is no place name
            and not _AS_ORGANIZATION_BEFORE.search(text, max(0, hit.start - 30), hit.start)
            and not _listed_after_organization(text, hit.start)
        ):
            continue
        if hit.agency_ids == ("asean",) and (
            _AS_A_REGION.search(text, max(0, hit.start - 12), hit.start)
            or _AS_A_REGION_AFTER.match(text, hit.end)
        ):
            continue
        foreign = foreign_suffix().match(text, hit.end) if not hit.is_abbreviation else None
        if foreign:  # กระทรวงการคลังสาธารณรัฐสิงคโปร์: another country's ministry, not Thailand's
            found.append(_Mention(hit.start, foreign.end(), text[hit.start : foreign.end()]))
            continue
        local = not hit.is_abbreviation and _LOCAL_HEAD.match(hit.surface)
        end = _place_suffix(text, hit.end) if local else hit.end
        if end != hit.end:
            found.append(_Mention(hit.start, end, collapse_spaces(text[hit.start : end])))
            continue
        agency = hit.agency_ids[0] if len(hit.agency_ids) == 1 else None
        office = (
            _OFFICE_BEFORE.search(text, max(skip, hit.start - 10), hit.start) if hit.is_abbreviation else None
        )
        if office and agency and gaz.agencies[agency].name_th.startswith("สำนักงาน"):
            # "สำนักงาน คปภ.": the office named by its abbreviation, written whole.
            surface = collapse_spaces(text[office.start() : hit.end])
            found.append(_Mention(office.start(), hit.end, surface, agency, True))
            continue
        mention = _Mention(hit.start, hit.end, hit.surface, agency, hit.is_abbreviation)
        if agency is None:
            mention.aliases = [(f"?{'|'.join(hit.agency_ids)}", hit.start)]
        found.append(mention)
    return found


def _chunk_end(text: str, start: int, head_len: int) -> int:
    """Where a name starting at ``start`` ends within its space-free run of letters."""
    m = _LETTERS.match(text, start)
    end = m.end() if m else start
    cut = _word_cut(text, start, start + head_len, end)
    if cut is not None:
        end = cut
    # A local office ends with its province (สภาธุรกิจจังหวัดสงขลา|เมื่อ…).
    for place in _IN_PROVINCE.finditer(text, start + head_len, end):
        p = _province_pattern().match(text, place.end(), end)
        if p:
            end = p.end()
            break
    while end > start and text[end - 1] in ".-":
        end -= 1
    # A hyphenated pair written with spaces ("เรือเข้า – ออก") stays one name.
    joined = re.match(r" ?[–-] ?[ก-๙]{2,6}(?=[\s(])", text[end : end + 12])
    return end + joined.end() if joined and cut is None else end


def _word_cut(text: str, start: int, after: int, end: int) -> int | None:
    """Where the first word that ends a name falls in ``text[after:end]``, or None.

    A cut word must be a word of its own: Thai is written without spaces, and จัด, จาก, กับ
    also end syllables inside words (ขจัด, อันเนื่องมาจาก, เกี่ยวกับ), so a match counts only
    where pythainlp's dictionary segmentation of the run puts a word boundary.
    """
    for cut in (m.start() for m in _CUT.finditer(text, after, end)):
        # Segment a window around the cut, not the whole run: newmm's cost grows with its input,
        # and a run without spaces can be hundreds of letters long.
        window = max(start, cut - _WINDOW_BEFORE)
        if cut - window in _word_starts(text[window : min(end, cut + _WINDOW_AFTER)]):
            return cut
    return None


_WINDOW_BEFORE, _WINDOW_AFTER = 24, 16


@lru_cache(maxsize=4096)
def _word_starts(run: str) -> frozenset[int]:
    """The offsets at which words begin in a run of Thai letters (newmm, dictionary-based)."""
    offsets, at = set(), 0
    for word in word_tokenize(run, engine="newmm", keep_whitespace=True):
        offsets.add(at)
        at += len(word)
    return frozenset(offsets)


# A company named in Latin letters after บริษัท, without จำกัด ("บริษัท Shanghai East Best Foreign
# Trade", "บริษัท Airbus Defence and Space"): its capitalised words, and a small word between two
# of them ("Alibaba International Digital commerce Group").
_LATIN_COMPANY = re.compile(
    r"\s?[A-Z][\w&'-]*(?:\.(?=\s))?"
    r"(?:(?:,(?= (?:Inc|Ltd|LLC|Co)\b))? (?:(?:of|and|de|&|[a-z]{3,12}) )?"
    r"[A-Z0-9][\w&'-]*(?:\.(?=[\s,]|$))?)*"
)


# A subdistrict administrative organization's name, just read (its head word is องค์การ; a
# municipality's is its own, เทศบาลนคร/เมือง/ตำบล).
_LOCAL_NAME_BEFORE = re.compile(r"องค์การบริหารส่วนตำบล[ก-๙]+$")


def _run_on(text: str, end: int, head: str) -> int:
    """Extend a name over the spaces its own grammar allows."""
    rest = text[end : end + 200]
    if head == "บริษัท":
        # "บริษัท ฮอนด้า ออโตโมบิล (ประเทศไทย) จำกัด", and the branch written after it (สาขาสงขลา).
        m = re.match(
            rf"\s?(?:(?!และ|บริษัท)[^\s]+\s){{0,6}}?[^\s]*?{_COMPANY_END}", rest
        ) or _LATIN_COMPANY.match(rest)
        return end + m.end() if m else end
    if head == "สหกรณ์":
        m = re.match(rf"\s?(?:[^\s()]+\s){{0,3}}?[^\s()]*?{_LIMITED}", rest)
        return end + m.end() if m else end
    if head == "โรงแรม":
        for _ in range(4):
            if (rama := _RAMA_ROAD.match(text, end - 6)) is not None and rama.end() > end:
                end = rama.end()
                continue
            m = re.match(r" ([^\s]+)", text[end : end + 60])
            if (
                not m
                or _HOTEL_STOP.match(m.group(1))
                or _province_pattern().match(m.group(1))
                or names.match_prefix(m.group(1), 0) is not None  # the next person's title
            ):
                break
            end += m.end()
        return end
    if head in ("มหาวิทยาลัย", "โรงเรียน"):
        m = re.match(r" วิทยาเขต[ก-๙]+", rest)
        end = end + m.end() if m else end
        if text[end : end + 1].isspace():
            return end  # "… จ.พระนครศรีอยุธยา" after a space is its address, not part of its name
    if head in ("สำนักงาน", "ศูนย์"):  # an office abroad: "สำนักงานบีโอไอ ณ กรุงริยาด"
        m = re.match(r" ณ (?:กรุง|นคร|เมือง)[ก-๙]+", rest)
        end = end + m.end() if m else end
    if head in ("สถานเอกอัครราชทูต", "สถานกงสุลใหญ่"):
        m = re.match(r"\s?(?:ณ (?:กรุง|นคร|เมือง)?|ประจำ|[ก-๙]+ประจำ)[ก-๙]+?(?=และ|[^ก-๙]|$)", rest)
        end = end + m.end() if m else end
    if head in _COMMITTEE:
        # A committee named by a list of its fields, closed by และ ("คณะกรรมาธิการการศาสนา คุณธรรม
        # จริยธรรม ศิลปะและวัฒนธรรม", "คณะกรรมการส่งเสริมวิทยาศาสตร์ วิจัย และนวัตกรรม").
        m = re.match(r"(?: [ก-๙]{2,30}){0,5}? ?(?:[ก-๙]{2,30})?และ ?[ก-๙]{2,30}(?=[\s,.)(]|$)", rest)
        if m and not _CUT.search(m.group().replace(" ", "")) and not any(map(_HEAD.match, m.group().split())):
            end += m.end()
            rest = text[end : end + 200]
        # …or by the bill it scrutinises ("…วิสามัญพิจารณา ร่าง พ.ร.บ.คุ้มครอง… พ.ศ. ....").
        m = re.match(
            r" ?ร่าง ?(?:พ\.ร\.บ\.|พระราชบัญญัติ) ?[ก-๙]+(?: [ก-๙]+){0,4}? พ\.ศ\. ?(?:\d{4}|\.{2,})", rest
        )
        if m:
            end += m.end()
            rest = text[end : end + 200]
        m = re.match(r" ประจำปี(?:งบประมาณ)?(?: พ\.ศ\.)? ?\d{4}", rest)
        end = end + m.end() if m else end
    m = re.match(r" ?\(องค์การมหาชน\)", text[end : end + 20])
    if m:
        return end + m.end()
    if text.endswith("โคโรนา", 0, end):  # the disease's name goes on: "…โรคติดเชื้อไวรัสโคโรนา 2019"
        m = re.match(r" ?2019(?: ?\((?:โควิด-19|COVID-19)\))?", text[end : end + 24])
        return end + m.end() if m else end
    if text.endswith("โควิด", 0, end):  # "…การให้วัคซีนโควิด 19", "…โควิด-19"
        m = re.match(r" ?-? ?19(?!\d)", text[end : end + 6])
        return end + m.end() if m else end
    local = head.startswith("เทศบาล") or (
        head == "องค์การ" and _LOCAL_NAME_BEFORE.search(text, max(0, end - 80), end)
    )
    if (head in ("โรงพยาบาล", "รพ.") or local) and text[end : end + 1].isspace():
        # A hospital's or a municipality's province after a space is its address, not its name:
        # "โรงพยาบาลสระใคร จังหวัดหนองคาย", "เทศบาลนครยะลา จ.ยะลา".
        return end
    return _place_suffix(text, end)


def _pattern_mentions(text: str, skip: int, taken: list[_Mention]) -> list[_Mention]:
    """Names found by their head word, where the gazetteer has not already found one."""
    starts = {m.start for m in taken if not m.is_abbreviation}
    written = {m.start for m in taken}  # by the gazetteer, abbreviations too
    found: list[_Mention] = []
    heads = [(m.start(), m.group()) for m in _HEAD.finditer(text)]
    heads += [(m.start(1), m.group(1)) for m in _UNIT.finditer(text)]
    for start, head in sorted(heads):
        if start < skip or start in starts or (found and start < found[-1].end):
            continue
        if head == "บมจ." and {start + len(head), start + len(head) + 1} & starts:
            continue  # "บมจ. ธนาคารกรุงไทย": the gazetteer's bank, by its own name
        mention = _pattern_name(text, start, head)
        if mention:
            found.append(mention)
    found += [_Mention(m.start(), m.end(), m.group()) for m in _country_pattern().finditer(text, skip)]
    found += _public_organizations(text, skip)
    # An office by an abbreviation the gazetteer lacks, or that names the committee it serves
    # ("สำนักงาน ก.ก.ถ." beside "คณะกรรมการ ก.ก.ถ.").
    found += [
        _Mention(m.start(), m.end(), collapse_spaces(m.group()))
        for m in _OFFICE_ABBREVIATION.finditer(text, skip)
        if not {m.start(), m.start() + len("สำนักงาน"), m.start() + len("สำนักงาน ")} & written
    ]
    found += [_Mention(m.start(), m.end(), m.group()) for m in _provincial_unit().finditer(text, skip)]
    found += [_Mention(m.start(), m.end(), m.group()) for m in _LOCAL_GOVERNMENT.finditer(text, skip)]
    if _is_english(text):
        found += _english_names(text)
    return found


# Words after a head that describe rather than name (มหาวิทยาลัยชั้นนำ, กรมใดกรมหนึ่ง, โรงพยาบาลแม่ข่าย).
_DESCRIBED = re.compile(
    r"(?:ชั้นนำ|ใด|หนึ่ง|ตามปกติ|ปกติ|ภายนอก|แม่ข่าย|ลูกข่าย|ส่วนหน้า|เพียง|หลายแห่ง|ระดับชาติ|ขับเคลื่อน"
    r"|ดังกล่าว|เหล่านี้|เหล่านั้น|อื่น|ชั่วคราว|เครือข่าย|ตาม|หลัก|แรก|นำร่อง|ใกล้|ใน(?!พระ)|ของ"
    r"|ระดับ(?:ตติย|ทุติย|ปฐม)ภูมิ"
    # A verb straight after the head, and nothing more (มหาวิทยาลัยเป็น, มหาวิทยาลัยมา).
    r"|(?:เป็น|มา|ไป|ก็|จะ|ได้)$)"
)


# A school by its name, not schools in general (โรงเรียนเอกชน, โรงเรียนผู้สูงอายุ, โรงเรียนแพทย์): one
# named after its village, temple or town, a demonstration or cadet school, or one whose name ends
# as schools' names do (…วิทยาคม, …วิทยาลัย, …สงเคราะห์, …อนุสรณ์).
_SCHOOL = re.compile(
    r"โรงเรียน(?:(?:บ้าน|วัด|อนุบาล|เทศบาล|สาธิต|นายร้อย|นายเรือ|นายสิบ|เตรียมทหาร|ตำรวจตระเวนชายแดน)[ก-๙]"
    r"|(?!ใน|มัธยม|ประถม|พระปริยัติ)\S*(?:วิทยา|วิทยาคม|วิทยาลัย|วิทย์|พิทยาคม|พิทยา|วิทยาคาร|ศึกษา|สงเคราะห์|อนุสรณ์|บำรุง|ราษฎร์|คริสเตียน"
    r"|ประชาสรรค์|นุกูล)(?:\s|$))"
)


def _pattern_name(text: str, start: int, head: str) -> _Mention | None:
    """The name that starts with ``head`` at ``start``, or None when it is no name."""
    committee = re.match(r"คณะกรรมการ ?(?:[ก-๙]{1,6}\.)+", text[start : start + 40])
    if committee and head == "คณะกรรมการ":
        return _Mention(start, start + committee.end(), committee.group())
    if head == "บมจ.":
        name_start = start + len(head) + (text[start + len(head)] == " ")
        end = _chunk_end(text, name_start, 0)
        return _Mention(start, end, collapse_spaces(text[start:end])) if end - name_start >= 2 else None
    head_end = start + len(head)
    if head == "โรงแรม" and text.startswith(" ", head_end):  # _HEAD matched it by _SPACED_HOTEL
        latin = _LATIN_HOTEL.match(text, head_end + 1)
        end = latin.end() if latin else _run_on(text, head_end, head)
        return _Mention(start, end, collapse_spaces(text[start:end])) if end > head_end + 1 else None
    if head in _SPACED_HEADS:
        end = _run_on(text, start + len(head), head)
        if end == start + len(head):
            return None
    else:
        end = _chunk_end(text, start, len(head))
        if end - start < len(head) + 2:
            return None
        end = _run_on(text, end, head)
    surface = collapse_spaces(text[start:end])
    if surface.endswith("ฯ") and len(surface) - 1 > len(head) + 1:
        return _Mention(start, end, surface)
    if surface.endswith("ฯ") or _GENERIC_TAIL.search(surface) or _COUNTED.match(text, end):
        return None
    if head == "สหกรณ์" and not re.search(rf"{_COMPANY_END}$", surface):
        # A cooperative is named up to its จำกัด; a company is named by whatever _run_on extended
        # it over (its จำกัด, or its Latin name), so it needs no check here.
        return None
    if surface in _GENERIC_NAMES or _DESCRIBED.match(surface, len(head)) or _FACILITY_KIND.fullmatch(surface):
        return None
    if head == "โรงเรียน" and not _SCHOOL.match(surface):
        return None
    return _Mention(start, end, surface)


def _is_english(text: str) -> bool:
    """An English release (category "Government News"): more Latin letters than Thai ones
    in its opening, which holds its title and first paragraphs."""
    sample = text[:3000].encode("utf-8")
    thai = sample.count(b"\xe0\xb8") + sample.count(b"\xe0\xb9")
    return len(sample.translate(None, _NOT_LATIN_LETTERS)) > thai


# A law or rule named after the body that made it: the name ends before it (laws are no
# organizations).
_EN_LAW = re.compile(
    r" (?:Act|Acts|Regulations?|Rules|Decree|Ordinance|Announcement|Notification|Order|Code)\b.*$"
)


def _english_names(text: str) -> list[_Mention]:
    found = []
    for m in _LATIN_NAME.finditer(text):
        phrase = re.sub(r"^(?:(?:the|The|of|and|for|on) )+", "", m.group())
        phrase = _EN_LAW.sub("", phrase)  # "Ministry of Finance Regulation on …": the ministry's
        phrase = re.sub(r"(?: (?:the|of|and|for|on))+$", "", phrase).rstrip(".")
        if not _EN_ORG.match(phrase) or phrase.casefold() in _EN_GENERIC or " " not in phrase:
            continue
        if re.search(r"\bGovernment$", phrase) and not re.fullmatch(
            r"(?:Royal )?[A-Z][a-z]+ Government", phrase
        ):
            continue
        start = m.start() + m.group().index(phrase)
        found.append(_Mention(start, start + len(phrase), phrase))
    return found


def _select(candidates: list[_Mention]) -> list[_Mention]:
    """Keep the longest of overlapping candidates (a provincial office over its parent's name)."""
    chosen: list[_Mention] = []
    for c in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start), c.agency_id is None)):
        if chosen and c.start < chosen[-1].end:
            continue
        chosen.append(c)
    return chosen


def _parenthesised(text: str, mention: _Mention) -> None:
    """``Name (ABBR)`` or ``Name (English Name: ABBR)``: the bracket holds aliases of the name."""
    m = re.match(r" ?\(([^()\n]{1,80})\)", text[mention.end : mention.end + 90])
    if not m:
        return
    for part in re.split(r"\s?:\s?", m.group(1)):
        part = collapse_spaces(part)
        thai_abbr = re.fullmatch(r"(?:[ก-๙]{1,6}\.)+(?:[ก-๙]{1,4}\.?)?|[ก-ฮ]{2,6}", part)
        latin = re.fullmatch(r"[A-Z][A-Za-z&.\- ]{1,60}", part) and (
            re.search(r"[A-Z].*[A-Z]", part) or " " in part
        )
        committee = re.fullmatch(r"คณะกรรมการ ?(?:[ก-๙]{1,6}\.)+", part)
        if thai_abbr or committee or (latin and not re.search(r"\d", part)):
            mention.aliases.append((part, mention.end + m.start(1)))


# A unit written before its parent, one space apart: "กองคลัง สำนักงานปลัดกระทรวงมหาดไทย",
# "คณะทันตแพทยศาสตร์ มหาวิทยาลัยขอนแก่น"; its head word may be glued after a role
# (ผู้อำนวยการกอง…, เจ้าหน้าที่กอง…).
_UNIT_HEAD = re.compile(
    r"กลุ่มงาน|กลุ่ม|กอง(?!ทุน|ทัพ)|ฝ่าย|ส่วน|สำนัก|ศูนย์|ภาควิชา|สาขาวิชา|สถาบัน|วิทยาลัย"
    r"|คณะ(?!กรรมการ|อนุกรรมการ|รัฐมนตรี|ทำงาน|ผู้)"
)
_UNIT_REST = re.compile(r"[ก-๙]{2,80} ")
# Roles glued before a unit's head word, which a dictionary may read as one word with it (หัวหน้าศูนย์).
_ROLE_BEFORE_UNIT = re.compile(r"(?:หัวหน้า|ผู้อำนวยการ|ผอ\.|เจ้าหน้าที่|คณบดี|ประธาน)$")
# Units of the kind every agency has, named only together with their parent.
_DIVISION = re.compile(r"กลุ่มงาน|กลุ่ม|กอง|ฝ่าย|ส่วน|ภาควิชา|สาขาวิชา|คณะ|สำนัก(?!งาน)")
_PARENT = re.compile(
    r"กระทรวง|กรม|สำนักงาน|มหาวิทยาลัย|วิทยาลัย|จุฬาลงกรณ์|สภากาชาด|โรงพยาบาล|สถาบัน|กองบัญชาการ|คณะ(?!กรรมการ)"
    r"|ภาควิชา"
)


def _units_before_parents(text: str, chosen: list[_Mention], gaz: Gazetteer) -> list[_Mention]:
    """Units written just before their parent, one space apart, found even when glued after a
    role (เจ้าหน้าที่กองภาพยนตร์และวีดิทัศน์ สำนักงานปลัดกระทรวงวัฒนธรรม), unit by unit along a chain.

    A division of the kind every agency has (กองคลัง, กลุ่มงานอำนวยการ, คณะแพทยศาสตร์, สำนักกฎหมาย)
    is named only by its name and its parent's together: written so, the two are one
    organization (one IRI for กองคลัง of each department, not one for them all), and the parent
    counts on its own only where the text names it alone. A unit with a name of its own
    (ศูนย์…, สำนักงาน…, สถาบัน…) is listed apart from its parent, as the development keys list
    "สำนักงานท่าเทียบเรือประมงภูเก็ต" and "องค์การสะพานปลา". Either way the unit keeps the
    nearest gazetteer agency above it as ``parent_id``, for ``org:subOrganizationOf``.
    """
    by_end = {m.end: m for m in chosen}
    ups: dict[int, _Mention] = {}  # the end of a unit -> the mention written after it, its parent
    out: list[_Mention] = []
    for m in sorted(chosen, key=lambda m: m.start):
        chain = [m]  # the mention, then each unit with a name of its own found before it
        while (unit := _unit_before(text, chain[-1], gaz)) is not None:
            parent = chain[-1]
            if _DIVISION.match(unit.surface):
                chain[-1] = _Mention(
                    unit.start, parent.end, f"{unit.surface} {parent.surface}", parent_id=unit.parent_id
                )
                continue
            ups[unit.end] = parent
            known = by_end.get(unit.end)
            if known is not None:
                known.parent_id = known.parent_id or unit.parent_id
                break
            chain.append(unit)
        first = min(c.start for c in chain)
        out = [o for o in out if o.end <= first]
        out += chain
    starts = {m.start: m for m in chosen}
    for m in out:
        end = _chain_end(text, m, ups, starts, gaz)
        if end > m.end and not m.agency_id:  # an agency is known by its own name
            m.aliases.append((text[m.start : end], m.start))
    return sorted(out, key=lambda m: m.start)


def _chain_end(
    text: str, m: _Mention, ups: dict[int, _Mention], starts: dict[int, _Mention], gaz: Gazetteer
) -> int:
    """Where the chain of parents written after ``m`` ends: a unit is also known by the whole
    chain from it up to its topmost parent ("ศูนย์วิทยาศาสตร์ฮาลาล จุฬาลงกรณ์มหาวิทยาลัย",
    "กองพัฒนางานกฎหมายระหว่างประเทศ กรมสนธิสัญญาและกฎหมาย กระทรวงการต่างประเทศ"), its fullest
    form and the one a reader quotes. Past the units found before their parents, the chain runs
    on over agencies written one space apart, each the gazetteer parent of the one before (not
    over a list of agencies)."""
    end, below = m.end, m.agency_id or m.parent_id
    if below is None and m.surface.startswith(_COMMITTEE) and text[end : end + 1] == " ":
        # A committee written before an agency is that agency's ("คณะกรรมาธิการ… วุฒิสภา").
        owner = starts.get(end + 1)
        if owner is not None and owner.agency_id:
            end, below = owner.end, owner.agency_id
    while True:
        up = ups.get(end)
        if up is None and below and text[end : end + 1] == " ":
            up = starts.get(end + 1)
            if up is not None and up.agency_id not in _ancestors(gaz, below):
                up = None
        if up is None or up.end <= end:
            return end
        end, below = up.end, up.agency_id or up.parent_id


def _ancestors(gaz: Gazetteer, agency_id: str) -> list[str]:
    """The agencies above ``agency_id`` in the gazetteer, nearest first."""
    found: list[str] = []
    agency = gaz.agencies.get(agency_id)
    while agency is not None and agency.parent and agency.parent not in found:
        found.append(agency.parent)
        agency = gaz.agencies.get(agency.parent)
    return found


# "จังหวัด" or "อำเภอ" glued after an agency's name, with no province or district: its branches
# of that kind in general.
_BRANCH_KIND = re.compile(r"(?:จังหวัด|อำเภอ)(?![ก-๙])")


def _unit_before(text: str, parent: _Mention, gaz: Gazetteer) -> _Mention | None:
    """The unit written just before ``parent`` (ending one space before it), or None."""
    if parent.is_abbreviation or not (parent.agency_id or _PARENT.match(parent.surface)):
        return None
    if parent.start < 2 or text[parent.start - 1] != " ":
        return None
    if _BRANCH_KIND.match(text, parent.end):
        return None  # no parent, but its branches of a kind, listed ("ศูนย์ดำรงธรรมจังหวัด ศูนย์ดำรงธรรมอำเภอ")
    run_start = max(text.rfind(" ", 0, parent.start - 1), text.rfind("\n", 0, parent.start - 1)) + 1
    run = text[run_start : parent.start]
    for head in _UNIT_HEAD.finditer(run):
        if not _UNIT_REST.fullmatch(run, head.end()):
            continue
        after_role = _ROLE_BEFORE_UNIT.search(run, 0, head.start())
        if head.start() not in _word_starts(run.rstrip()) and not after_role:
            continue
        unit = run[head.start() :].rstrip()
        rest = _GENERIC_TAIL.sub("", unit[head.end() - head.start() :])
        cut = _word_cut(run, head.start(), head.end(), len(run) - 1)
        if len(rest) < 3 or cut is not None or "ทุก" in unit or gaz.lookup(unit):
            return None
        start = run_start + head.start()
        return _Mention(start, start + len(unit), unit, parent_id=parent.agency_id or parent.parent_id)
    return None


def _short_ministries(text: str, gaz: Gazetteer, skip: int) -> list[_Mention]:
    """``รมว.แรงงาน``, ``รัฐมนตรีว่าการกระทรวงเกษตรฯ``: a ministry named by its short form."""
    found: list[_Mention] = []
    for m in _MINISTER_ROLE.finditer(text):
        if m.start() < skip:
            continue
        agency = _ministry_by_short_name(gaz, m.group(1), m.group(2) == "ฯ")
        if agency:
            found.append(_Mention(m.start(1), m.end(2), m.group(1) + m.group(2), agency))
    return found


def _ministry_by_short_name(gaz: Gazetteer, short: str, truncated: bool) -> str | None:
    """The ministry whose name without กระทรวง (or also without การ) is ``short``; when
    ``truncated``, the one ministry whose name begins with it."""
    short = short.removeprefix("กระทรวง").replace(" ", "")
    if len(short) < 3:
        return None
    found = set()
    for agency in gaz.agencies.values():
        if agency.kind != "ministry" or not agency.name_th.startswith("กระทรวง"):
            continue
        rest = agency.name_th.removeprefix("กระทรวง").replace(" ", "")
        forms = (rest, rest.removeprefix("การ"))
        if short in forms:
            return agency.id
        if truncated and any(f.startswith(short) for f in forms):
            found.add(agency.id)
    return found.pop() if len(found) == 1 else None


def _resolve_truncated(mentions: list[_Mention], gaz: Gazetteer) -> None:
    """A name cut short (``กระทรวงเกษตรฯ``, ``กระทรวงเกษตร``) is the written name it begins.

    A ministry cut short is also known by its short name when the text writes it no longer.
    """
    written = [(name_key(m.surface), m) for m in mentions if not m.surface.endswith("ฯ")]
    for m in mentions:
        if m.agency_id or m.is_abbreviation:
            continue
        stem = name_key(m.surface.removesuffix("ฯ"))
        longer = [o for key, o in written if o.surface != m.surface and key.startswith(stem)]
        if longer:
            m.aliases.append((longer[0].surface, longer[0].start))
        elif m.surface.startswith("กระทรวง"):
            # A ministry's name not in the gazetteer is its name cut short (กระทรวงดิจิทัล).
            m.agency_id = _ministry_by_short_name(gaz, m.surface.removesuffix("ฯ"), True)


def _trim_glued(mentions: list[_Mention]) -> None:
    """``สำนักงานคุ้มครองพยานโทรศัพท์…``: a pattern name that is a shorter written name plus
    glued words is that shorter name, unless what follows is a place (a local office)."""
    names = {name_key(m.surface) for m in mentions if not m.is_abbreviation}
    for m in mentions:
        if m.agency_id:
            continue
        key = name_key(m.surface)
        prefixes = [n for n in names if len(n) >= 6 and key.startswith(n) and n != key]
        if not prefixes:
            continue
        keep = len(max(prefixes, key=len))
        cut = 0
        while keep:
            keep -= m.surface[cut] != " "
            cut += 1
        rest = m.surface[cut:]
        if _place_suffix(rest, 0) > 0 or _NAME_GOES_ON.match(rest.lstrip()) or foreign_suffix().match(rest):
            continue
        m.surface = m.surface[:cut].rstrip()
        m.end = m.start + len(m.surface)


def _abbreviation_owner(mentions: list[_Mention], gaz: Gazetteer) -> None:
    """An abbreviation shared by agencies is the one of them the text also names in full."""
    named = {m.agency_id for m in mentions if m.agency_id and not m.is_abbreviation}
    named |= {a.parent for i in list(named) if (a := gaz.get(i)) and a.parent}
    for m in mentions:
        ambiguous = [a for a, _ in m.aliases if a.startswith("?")]
        if not ambiguous:
            continue
        m.aliases = [x for x in m.aliases if not x[0].startswith("?")]
        owners = [i for i in ambiguous[0][1:].split("|") if i in named]
        if len(owners) == 1:
            m.agency_id = owners[0]
        else:
            m.surface = ""


def _committee_of(alias: str, gaz: Gazetteer) -> str | None:
    """``คณะกรรมการ ป.ป.ส.``: the committee whose office (สำนักงานคณะกรรมการ…) has that abbreviation."""
    m = re.fullmatch(r"คณะกรรมการ ?((?:[ก-๙]{1,6}\.)+)", alias)
    if not m:
        return None
    for agency in gaz.lookup(m.group(1)):
        if agency.name_th.startswith("สำนักงานคณะกรรมการ"):
            return agency.name_th.removeprefix("สำนักงาน")
    return None


class _Merger:
    """Union of mentions that share a form, an alias or a gazetteer id."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        while self.parent.setdefault(key, key) != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def _form_key(form: str) -> str:
    key = name_key(form)
    return "โรงพยาบาล" + key[3:] if key.startswith("รพ.") else key


def _merge(mentions: list[_Mention], gaz: Gazetteer) -> list[OrganizationMention]:
    merger = _Merger()
    forms: dict[str, list[tuple[str, int, bool]]] = {}
    for m in mentions:
        keys = [f"f:{_form_key(m.surface)}"]
        if m.agency_id:
            keys.append(f"a:{m.agency_id}")
        for alias, _ in m.aliases:
            keys.append(f"f:{_form_key(alias)}")
            committee = _committee_of(alias, gaz)
            if committee:
                keys.append(f"f:{_form_key(committee)}")
        for k in keys[1:]:
            merger.union(keys[0], k)
        root_forms = forms.setdefault(keys[0], [])
        root_forms.append((m.surface, m.start, m.is_abbreviation))
        root_forms.extend((a, s, True) for a, s in m.aliases)
    groups: dict[str, list[tuple[str, int, bool]]] = {}
    agency_of: dict[str, str] = {}
    parent_of: dict[str, str] = {}
    for key, fs in forms.items():
        groups.setdefault(merger.find(key), []).extend(fs)
    for m in mentions:
        if m.agency_id:
            agency_of.setdefault(merger.find(f"f:{_form_key(m.surface)}"), m.agency_id)
        if m.parent_id:
            parent_of.setdefault(merger.find(f"f:{_form_key(m.surface)}"), m.parent_id)
    result = []
    for root, fs in groups.items():
        name = max(fs, key=lambda f: (not f[2], len(f[0].replace(" ", ""))))[0]
        seen = {name_key(name)}
        aliases = []
        for form, _, _ in sorted(fs, key=lambda f: f[1]):
            if name_key(form) not in seen:
                seen.add(name_key(form))
                aliases.append(form)
        start = min(f[1] for f in fs)
        first = min((f for f in fs if f[1] == start), key=lambda f: -len(f[0]))
        result.append(
            OrganizationMention(
                name=name,
                span=Span(start, start + len(first[0])),
                aliases=aliases,
                agency_id=agency_of.get(root),
                parent_agency_id=None if agency_of.get(root) else parent_of.get(root),
            )
        )
    result.sort(key=lambda o: o.span.start)
    return result


def find_organizations(text: str) -> list[OrganizationMention]:
    """Every named organization in ``text``, one merged mention per organization."""
    gaz = load_gazetteer()
    skip = len(_PUBLISHER) if text.startswith(_PUBLISHER) else 0
    known = _gazetteer_mentions(text, gaz, skip)
    chosen = _select(known + _pattern_mentions(text, skip, known))
    for m in chosen:
        _parenthesised(text, m)
    # A gazetteer abbreviation written as ``Name (ABBR)`` is already an alias of that name.
    bracketed = {s for m in chosen for _, s in m.aliases}
    chosen = [m for m in chosen if m.start not in bracketed]
    chosen += [
        s for s in _short_ministries(text, gaz, skip) if not any(c.start <= s.start < c.end for c in chosen)
    ]
    chosen = _units_before_parents(text, chosen, gaz)
    _abbreviation_owner(chosen, gaz)
    _trim_glued(chosen)
    _resolve_truncated(chosen, gaz)
    _resolve_misspelled(chosen, gaz)
    _schools_by_abbreviation(text, chosen)
    return _merge([m for m in chosen if m.surface], gaz)


def _resolve_misspelled(mentions: list[_Mention], gaz: Gazetteer) -> None:
    """A name one letter off an agency's (two in a long name) is that agency, misspelled:
    "กระทรวงสาธาณณสุข", "กระทรวงอุสาหกรรม", "กระทรวงเกษตรและสหกรณื". Only one agency may be that
    close, and a local office (a name that goes on to a province) is left as it is written."""
    for m in mentions:
        if m.agency_id or m.is_abbreviation or len(m.surface) < 12 or _IN_PROVINCE.search(m.surface):
            continue
        limit = 1 if len(m.surface) < 20 else 2
        close = {
            agency_id
            for name, agency_id in _names_by_start(gaz).get(m.surface[:3], ())
            if abs(len(name) - len(m.surface)) <= limit and _distance(name, m.surface, limit) <= limit
        }
        if len(close) == 1:
            m.agency_id = close.pop()


@lru_cache(maxsize=1)
def _names_by_start(gaz: Gazetteer) -> dict[str, list[tuple[str, str]]]:
    """The gazetteer's Thai names by their first three letters."""
    index: dict[str, list[tuple[str, str]]] = {}
    for agency in gaz.agencies.values():
        for name in (agency.name_th, *agency.other_names):
            if has_thai(name):
                index.setdefault(name[:3], []).append((name, agency.id))
    return index


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance between ``a`` and ``b``, or ``limit + 1`` once it must exceed it.

    The common prefix and suffix are cut first (they do not change the distance), and only the
    band of cells within ``limit`` of the diagonal is computed: a typo leaves little to compare.
    """
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    while a and b and a[-1] == b[-1]:
        a, b = a[:-1], b[:-1]
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    if not a or not b:
        return max(len(a), len(b))
    over = limit + 1
    previous = [j if j <= limit else over for j in range(len(b) + 1)]
    for i in range(1, len(a) + 1):
        current = [i if i <= limit else over] + [over] * len(b)
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cost = previous[j - 1] + (a[i - 1] != b[j - 1])
            current[j] = min(over, cost, previous[j] + 1, current[j - 1] + 1)
        if min(current) > limit:
            return over
        previous = current
    return previous[-1]


def _schools_by_abbreviation(text: str, mentions: list[_Mention]) -> None:
    """A school named in full is also the "ร.ร." form of its name written elsewhere in the text
    (โรงเรียนกำเนิดวิทย์, then "1. ร.ร.กำเนิดวิทย์ จ.ระยอง"), as press releases shorten it."""
    for m in mentions:
        if m.surface.startswith("โรงเรียน") and not m.agency_id:
            short = "ร.ร." + m.surface.removeprefix("โรงเรียน")
            at = text.find(short)
            if at >= 0:
                m.aliases.append((short, at))


def resolve_organization(text: str) -> OrganizationMention | None:
    """The organization a post's organization part names ("สำนักงานประกันสังคม", "แรงงาน").

    The gazetteer is asked first (a full name, an abbreviation, or a ministry's short name as it
    follows รมว.); otherwise the text is read as an organization name by the same patterns as
    :func:`find_organizations`.
    """
    text = collapse_spaces(text)
    if not text:
        return None
    gaz = load_gazetteer()
    span = Span(0, len(text))
    agencies = gaz.lookup(text)
    if len(agencies) == 1:
        return OrganizationMention(name=text, span=span, agency_id=agencies[0].id)
    short = text.removesuffix("ฯ")
    agency = _ministry_by_short_name(gaz, short, text.endswith("ฯ"))
    if agency:
        return OrganizationMention(name=text, span=span, agency_id=agency)
    found = find_organizations(text)
    if found and found[0].span.start == 0:
        return found[0]
    return None
