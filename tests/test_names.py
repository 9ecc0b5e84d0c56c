"""The title inventory and the name parser, on strings taken from real releases."""

from __future__ import annotations

import csv

import pytest

from sso_kg.resources import data_file
from sso_kg.thai.names import find_monastic_names, find_titled_names, match_prefix, titles

KINDS = {"honorific", "military", "police", "academic", "professional", "royal", "monastic", "english"}


def _rows(name: str) -> list[dict[str, str]]:
    with data_file(name).open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_titles_csv_is_well_formed():
    rows = _rows("titles.csv")
    assert list(rows[0]) == ["title", "kind", "full_form", "source"]
    assert len({r["title"] for r in rows}) == len(rows)
    assert all(r["source"].strip() and r["title"] == r["title"].strip() for r in rows)
    assert {r["kind"] for r in rows} == KINDS
    assert len(titles()) == len(rows)


def test_abbreviations_expand_to_listed_titles():
    known = {t.title for t in titles()}
    for t in titles():
        if t.full_form and t.kind != "english":
            assert t.full_form in known, t


def test_roles_csv_is_well_formed():
    rows = _rows("roles.csv")
    assert list(rows[0]) == ["role", "role_en", "kind", "source"]
    assert len({r["role"] for r in rows}) == len(rows)
    assert all(r["source"].strip() and r["role_en"].strip() for r in rows)


def test_royal_names_csv_is_well_formed():
    rows = _rows("royal_names.csv")
    assert list(rows[0]) == ["title", "name", "name_en", "source"]
    assert len({r["title"] + r["name"] for r in rows}) == len(rows)
    assert all(r["source"].strip() and r["name_en"].strip() and r["name"] == r["name"].strip() for r in rows)


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.prefix, m.name) for m in find_titled_names(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("จาก ศาสตราจารย์กิตติคุณ ดร.วิษณุ เครืองาม เป็นประธานในพิธี", ("ศาสตราจารย์กิตติคุณ ดร.", "วิษณุ เครืองาม")),
        ("เมื่อวันที่ 7 กันยายน 2566 นายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการ", ("นาย", "บุญสงค์ ทัพชัยยุทธ์")),
        ("มอบหมายให้ พลตำรวจตรี นันทชาติ ศุภมงคล คณะที่ปรึกษา", ("พลตำรวจตรี", "นันทชาติ ศุภมงคล")),
        ("รัฐบาลภายใต้การนำของ พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี", ("พล.อ.", "ประยุทธ์ จันทร์โอชา")),
        ("พร้อมด้วยนางสาวนันทินี ทรัพย์ศิริ รักษาการในตำแหน่ง", ("นางสาว", "นันทินี ทรัพย์ศิริ")),
        ("ให้การต้อนรับดร.ทวีเกียรติ รองสวัสดิ์ ประธานสภาองค์การนายจ้างแห่งชาติ", ("ดร.", "ทวีเกียรติ รองสวัสดิ์")),
        ("ศ.ดร.นฤมล ภิญโญสินวัฒน์ รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์", ("ศ.ดร.", "นฤมล ภิญโญสินวัฒน์")),
        ("รศ.นพ.สุริยเดว ทรีปาตี ผู้อำนวยการศูนย์คุณธรรม", ("รศ.นพ.", "สุริยเดว ทรีปาตี")),
        ("4.ร้อยเอกสมนึก แสงอรุณ สาขาดนตรี", ("ร้อยเอก", "สมนึก แสงอรุณ")),
        (
            "ได้แก่ ศาสตราจารย์ (เชี่ยวชาญพิเศษ) ดร.วิภาดา คุณาวิกติกุล สาขา",
            ("ศาสตราจารย์ (เชี่ยวชาญพิเศษ) ดร.", "วิภาดา คุณาวิกติกุล"),
        ),
        (
            "คือ สมเด็จพระเจ้าลูกเธอ เจ้าฟ้าสิริวัณณวรี นารีรัตนราชกัญญา ทรงได้รับ",
            ("สมเด็จพระเจ้าลูกเธอ เจ้าฟ้า", "สิริวัณณวรี นารีรัตนราชกัญญา"),
        ),
        ("โดย ว่าที่ ร.ต.สมชาย ใจดี นายอำเภอ", ("ว่าที่ ร.ต.", "สมชาย ใจดี")),
        ("ม.ร.ว.จัตุมงคล โสณกุล รองนายกรัฐมนตรี", ("ม.ร.ว.", "จัตุมงคล โสณกุล")),
        (
            "leadership of Prime Minister and Defense Minister Gen. Prayut Chan-o-cha, in time",
            ("Gen.", "Prayut Chan-o-cha"),
        ),
        ("H.E. Mr. Ganesh Prasad Dhakal, Ambassador of Nepal", ("H.E. Mr.", "Ganesh Prasad Dhakal")),
        ("Pol. Lt. Gen. Somchai Jaidee said", ("Pol. Lt. Gen.", "Somchai Jaidee")),
    ],
)
def test_titled_name(text, expected):
    assert _names(text) == [expected]


def test_na_family_name():
    assert _names("นายสมชาย ณ อยุธยา กล่าว") == [("นาย", "สมชาย ณ อยุธยา")]
    assert _names("นายสุชาติ ชมกลิ่น ณ ห้องประชุม") == [("นาย", "สุชาติ ชมกลิ่น")]


@pytest.mark.parametrize(
    "text",
    [
        "ท่านนายกรัฐมนตรี และรมว.กลาโหม",
        "สภาองค์การนายจ้างและสมาคมนายจ้าง",
        "นายอำเภอแม่จัน และนายกเทศมนตรีตำบล",
        "ได้รับพระมหากรุณาธิคุณจากพระบาทสมเด็จพระเจ้าอยู่หัว",
        "ที่มุ่งเน้นพัฒนางานพยาบาล งานวิจัยและนวัตกรรม",
        "รำลึกนึกถึงคุณพระรัตนตรัยและผู้มีพระคุณ",
        "เพื่อยกระดับคุณภาพชีวิต",
    ],
)
def test_words_that_begin_with_a_title_are_not_names(text):
    assert _names(text) == []


def test_back_references_keep_the_given_name_only():
    assert _names("ทั้งนี้ พลตำรวจตรี นันทชาติฯ และคณะเดินทาง") == [("พลตำรวจตรี", "นันทชาติ")]
    assert _names("นายสุชาติ กล่าวต่อว่า ในเรื่องนี้") == [("นาย", "สุชาติ")]
    assert _names("ดร.สาธิตกล่าวว่า พยาบาลเป็นวิชาชีพ") == [("ดร.", "สาธิต")]
    found = find_titled_names("ทั้งนี้ พลตำรวจตรี นันทชาติฯ และ")[0]
    assert found.family == "" and found.end == len("ทั้งนี้ พลตำรวจตรี นันทชาติฯ")


def test_weak_title_needs_evidence():
    found = find_titled_names("และ อาจารย์ศิริมา  ลีละวงศ์ ผู้อำนวยการกองการพยาบาล")
    assert [(m.prefix, m.name, m.weak) for m in found] == [("อาจารย์", "ศิริมา ลีละวงศ์", True)]
    strong = find_titled_names("ด้าน ท่านอัครา พรหมเผ่า รัฐมนตรีช่วยว่าการ")
    assert [(m.prefix, m.name, m.weak) for m in strong] == [("ท่าน", "อัครา พรหมเผ่า", False)]


def test_monk_with_lay_name_in_brackets():
    found = find_monastic_names("อาทิ พระเทพปัญญาโมลี (วิศิษฏ์ กนฺตสิริ ป.ธ.9), บาทหลวงเอกชัน ชิณโคตร")
    assert [(m.prefix, m.name) for m in found] == [("พระเทพปัญญาโมลี", "วิศิษฏ์ กนฺตสิริ")]


def test_match_prefix_spans():
    prefix = match_prefix("รองศาสตราจารย์ ดร.สุจิตรา เหลืองอมรเลิศ", 0)
    assert prefix is not None
    assert (prefix.text, prefix.end, prefix.titles) == (
        "รองศาสตราจารย์ ดร.",
        len("รองศาสตราจารย์ ดร."),
        ("รองศาสตราจารย์", "ดร."),
    )
    assert match_prefix("นายกรัฐมนตรี", 0) is None


def test_a_given_name_is_not_eaten_by_a_word_that_starts_like_a_title() -> None:
    # "นายก อบจ." is no title, but นายกอบชัย is นาย + กอบชัย; นายพลกฤต is นาย + a known given name.
    assert [(m.prefix, m.name) for m in find_titled_names("นายกอบชัย สังสิทธิสวัสดิ์ ปลัดกระทรวง")] == [
        ("นาย", "กอบชัย สังสิทธิสวัสดิ์")
    ]
    assert [(m.prefix, m.name) for m in find_titled_names("โดยนายพลกฤต ใจดี กล่าว")] == [("นาย", "พลกฤต ใจดี")]
    # …while a word of its own is no title: the Noppamas queen, the provincial administration's head.
    assert find_titled_names("นางนพมาศ ร้อยละ 50 และนายก อบจ.เชียงใหม่ กล่าว") == []
