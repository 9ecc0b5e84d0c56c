"""Provinces named in releases, and the venue phrase after "ณ"."""

from __future__ import annotations

import pytest

from sso_kg.extract.places import find_place_phrase, find_provinces, load_provinces


def codes(text: str) -> list[str]:
    return [m.code for m in find_provinces(text)]


def test_the_table_has_the_77_provinces_and_pattaya() -> None:
    provinces = load_provinces()
    assert len(provinces) == 78
    assert provinces["TH-10"].name_th == "กรุงเทพมหานคร"
    assert provinces["TH-38"].name_th == "บึงกาฬ"
    assert provinces["TH-S"].name_th == "พัทยา"
    assert all(p.name_th and p.name_en for p in provinces.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ณ อาคารอิมแพคฟอรั่ม เมืองทองธานี จังหวัดนนทบุรี", ["TH-12"]),
        ("ต.หนองไผ่ อ.แก้งคร้อ จ.ชัยภูมิ กำนันยอดเยี่ยม", ["TH-36"]),
        ("ศูนย์ประชุมและแสดงสินค้านานาชาติเชียงใหม่ จ. เชียงใหม่", ["TH-50"]),
        ("สำนักงานประกันสังคมจังหวัดนนทบุรี", ["TH-12"]),
        ("ของสถานีพัฒนาที่ดินนครศรีธรรมราช ต.นาสาร", ["TH-80"]),
        ("สำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 1 – 10", ["TH-10"]),
        ("ผู้ว่าฯ กทม. ลงพื้นที่ กรุงเทพฯ", ["TH-10"]),
        ("ที่ผ่านมาหลายจังหวัดมีการนำร่อง เช่น จังหวัดน่าน ดำเนินการแล้ว", ["TH-55"]),
        ("งานมหกรรมพืชสวนโลก โคราช 2572", ["TH-30"]),
        ("ชายหาดเมืองพัทยา", ["TH-S"]),
        ("ผลักดันงาน Bangkok Design Week 2024", ["TH-10"]),
        ("to visit Pattani’s Halal Food Industrial Estate", ["TH-94"]),
        ("at 1210hrs, Bueng Kan province, Prime Minister", ["TH-38"]),
        ("in Khon Kaen and Chiang Mai", ["TH-40", "TH-50"]),
    ],
)
def test_provinces_named_as_places(text: str, expected: list[str]) -> None:
    assert codes(text) == expected


def test_one_mention_per_province_at_its_first_span() -> None:
    text = "จังหวัดชลบุรี โดยมีแรงงานจังหวัดชลบุรี และจัดหางานจังหวัดชลบุรี"
    (mention,) = find_provinces(text)
    assert (mention.code, mention.name) == ("TH-20", "ชลบุรี")
    assert text[mention.span.start : mention.span.end] == "ชลบุรี"
    assert mention.span.start == text.index("ชลบุรี")


@pytest.mark.parametrize(
    "text",
    [
        "ควบคุมการแพร่ระบาดของบุหรี่ไฟฟ้า และเผยแพร่ข้อมูล",  # แพร่ "spread"
        "สังเกตได้เลยว่า จำเลยในคดี วอลเลย์บอล",  # เลย the adverb
        "อำเภอตากใบ ตากแดด สมเด็จพระเจ้าตากสิน ความเมตตากรุณา",  # ตาก "to dry"
        "นายแพทย์ชลน่าน ศรีแก้ว น่านน้ำไทย แม่น้ำน่าน",  # น่าน
        "ลดอัตราดอกเบี้ย ตามมาตราดังกล่าว",  # ตราด inside other words
        "กัมมันตรังสี ผลิตรังไหม",  # ตรัง inside other words
        "มหาวิทยาลัยสงขลานครินทร์ และรางวัลชัยนาทนเรนทร",  # royal titles
        "ที่ประชุมพรรคร่วมฝ่ายค้าน",  # ชุมพร inside ประชุมพรรค
        "ม.ร.ว. เสนีย์ ณ อยุธยา",  # a family name
        "ทำเนียบรัฐบาล ถนนพิษณุโลก และเรือหลวงสุโขทัย",  # a road and a ship
        "นายสุรินทร์ พิศสุวรรณ และ Mr. Surin Pitsuwan",  # a person's name
    ],
)
def test_names_that_are_not_provinces_there(text: str) -> None:
    assert codes(text) == []


def test_doubtful_names_count_where_the_text_makes_them_places() -> None:
    assert codes("จังหวัดแพร่") == ["TH-54"]
    assert codes("อำเภอเมืองเลย") == ["TH-42"]
    assert codes("ประชาชนชาวน่าน") == ["TH-55"]
    assert codes("ภาคเหนือ ได้แก่ ลำปาง แพร่ น่าน และตาก") == ["TH-52", "TH-54", "TH-55", "TH-63"]
    assert codes("floods in Nan province") == ["TH-55"]


def test_venue_after_na_ends_at_the_province() -> None:
    text = (
        "เข้าร่วมพิธีมอบรางวัลเลิศรัฐ ประจำปี 2566 ณ ห้อง Grand Diamond Ballroom ชั้น 2 "
        "อาคารอิมแพคฟอรั่ม เมืองทองธานี จังหวัดนนทบุรี\nนายบุญสงค์"
    )
    assert find_place_phrase(text, 0) == (
        "ห้อง Grand Diamond Ballroom ชั้น 2 อาคารอิมแพคฟอรั่ม เมืองทองธานี จังหวัดนนทบุรี"
    )


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "วันนี้ (6 กุมภาพันธ์ 2567) เวลา 09.30 น. ณ บริเวณสนามหญ้าหน้าตึกไทยคู่ฟ้า ทำเนียบรัฐบาล นายเศรษฐา ทวีสิน",
            "บริเวณสนามหญ้าหน้าตึกไทยคู่ฟ้า ทำเนียบรัฐบาล",
        ),
        ("เมื่อวันที่ 5 กุมภาพันธ์ 2564 ที่ห้องประชุมชั้น 5 อาคารกระทรวงแรงงาน นายสุชาติ", "ห้องประชุมชั้น 5 อาคารกระทรวงแรงงาน"),
        (
            "ในวันที่ 8 สิงหาคม 2567 ณ อิมแพค เมืองทองธานี อำเภอปากเกร็ด จังหวัดนนทบุรี โดยมีกำนัน",
            "อิมแพค เมืองทองธานี อำเภอปากเกร็ด จังหวัดนนทบุรี",
        ),
        ("ข้อมูล ณ วันที่ 14 มีนาคม 2567 มีหน่วยบริการ", None),
        (
            "July 28, 2024, at 0700hrs, at Sanam Luang Royal Plaza, Bangkok, Government Spokesperson",
            "Sanam Luang Royal Plaza, Bangkok",
        ),
    ],
)
def test_venue_phrases(text: str, venue: str | None) -> None:
    assert find_place_phrase(text, 0) == venue


def test_venue_is_read_within_the_line_and_before_end() -> None:
    text = "วันที่ 5 ก.ย. ประชุม\nณ ห้องประชุม 1"
    assert find_place_phrase(text, 0) is None
    assert find_place_phrase("ประชุม ณ ห้องประชุม 1", 0, 3) is None
