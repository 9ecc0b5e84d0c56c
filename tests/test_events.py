"""Dated happenings: which dates in a release are events, one event per day."""

from __future__ import annotations

import datetime as dt

from sso_kg.extract.events import find_events

D = dt.date
PUBLISHED = D(2024, 6, 21)


def days(text: str, published: dt.date | None = PUBLISHED) -> list[dt.date]:
    return sorted(e.date for e in find_events(text, published))


def test_the_seed_release_ceremony() -> None:
    text = (
        "ประกันสังคม คว้ารางวัลเลิศรัฐ ปี 66\n"
        "เมื่อวันที่ 7 กันยายน 2566 นายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการสำนักงานประกันสังคม "
        "เข้าร่วมรับโล่รางวัลเลิศรัฐ ในงานสัมมนาวิชาการและพิธีมอบรางวัลเลิศรัฐ ประจำปี 2566 "
        "ณ ห้อง Grand Diamond Ballroom ชั้น 2 อาคารอิมแพคฟอรั่ม เมืองทองธานี จังหวัดนนทบุรี\n"
    )
    (event,) = find_events(text, None)
    assert event.date == D(2023, 9, 7)
    assert event.label.startswith("นายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการสำนักงานประกันสังคม")
    assert event.place == "ห้อง Grand Diamond Ballroom ชั้น 2 อาคารอิมแพคฟอรั่ม เมืองทองธานี จังหวัดนนทบุรี"
    assert event.province == "TH-12"
    assert text[event.span.start : event.span.end] == "วันที่ 7 กันยายน 2566"


def test_the_date_line_and_the_signature_are_not_events() -> None:
    text = (
        "วันศุกร์ที่ 21 มิถุนายน 2567\n21/06/2567\nพิมพ์\n"
        "วันที่ 20 มิถุนายน 2567 ดร.ณัฐพล รังสิตพล ปลัดกระทรวงอุตสาหกรรม เป็นประธานการประชุม\n"
        "+++++\nกองเผยแพร่และประชาสัมพันธ์\n21 มิถุนายน 2567\n"
    )
    assert days(text) == [D(2024, 6, 20)]


def test_past_and_coming_happenings_are_events() -> None:
    text = (
        "ด้วยสำนักงาน ก.พ.ร. ได้ประกาศรายชื่อผลงานที่ผ่านเกณฑ์ เมื่อวันที่ 31 พฤษภาคม 2567  ซึ่งในปี 2567 "
        "และจะได้รับการตรวจประเมิน ณ พื้นที่ปฏิบัติงาน ในวันที่ 26 มิถุนายน 2567"
    )
    events = find_events(text, D(2024, 6, 21))
    assert [e.date for e in events] == [D(2024, 5, 31), D(2024, 6, 26)]
    assert events[0].label.endswith("ได้ประกาศรายชื่อผลงานที่ผ่านเกณฑ์")


def test_today_is_the_release_date() -> None:
    assert days("การจัดฝึกอบรมในวันนี้ จะเป็นเวทีที่จะรับฟังข้อเสนอ", D(2025, 4, 25)) == [D(2025, 4, 25)]
    assert days("การจัดฝึกอบรมในวันนี้ จะเป็นเวที", None) == []
    assert days("จากจุดเริ่มต้นในครั้งนั้น ถึงวันนี้นับเป็นเวลา 24 ปีเต็ม") == []


def test_periods_deadlines_and_reference_dates_are_not_events() -> None:
    text = (
        "ดำเนินการตั้งแต่วันที่ 1 มกราคม 2567 ถึงวันที่ 31 ธันวาคม 2567 โดยข้อมูลล่าสุด ณ วันที่ 14 มีนาคม 2567 "
        "ให้ยื่นคำขอภายในวันที่ 30 มิถุนายน 2567 ตามประกาศลงวันที่ 2 มกราคม 2567 มีผลตั้งแต่ 5 มกราคม 2567 "
        "เป็นต้นไป ในช่วงวันที่ 26 กุมภาพันธ์ – วันที่ 2 เมษายน 2567 และตั้งแต่ ธันวาคม 2566 - 14 มีนาคม 2567 "
        "จัดส่งยาแล้ว ในระหว่างวันที่ 11 ตุลาคม - 3 พฤศจิกายน 2566 แล้ว จำนวน 7,470 คน"
    )
    assert days(text) == []


def test_a_framed_span_is_one_event_at_its_start() -> None:
    text = "ทั้งนี้ การประชุมวิชาการฯ จัดขึ้นระหว่างวันที่ 6-8 กรกฎาคม 2565 ประกอบด้วยกิจกรรม"
    assert days(text) == [D(2022, 7, 6)]


def test_days_of_work_written_as_days_are_one_event_each() -> None:
    text = "เพื่อปฎิบัติงานที่คลองโอ่งอ่างและคลองบางลำพู ในวันที่ 21-25 มี.ค. 65 ตั้งแต่บริเวณคลองมหานาค"
    assert days(text) == [D(2022, 3, d) for d in range(21, 26)]


def test_a_day_without_a_year_takes_the_release_year() -> None:
    text = "โดยล่าสุดเมื่อวันที่ 25 – 27 มกราคม ที่ผ่านมา ธพส. ได้รับความร่วมมือจากโรงพยาบาลจุฬาภรณ์"
    assert days(text, D(2021, 2, 1)) == [D(2021, 1, 25), D(2021, 1, 26), D(2021, 1, 27)]
    assert days(text, None) == []


def test_one_event_per_day() -> None:
    text = "วันนี้ (31 สิงหาคม 2564) นายธนกร เปิดเผยว่า\nเมื่อวันที่ 31 ส.ค. 64 นายกรัฐมนตรี ยินดี"
    assert days(text, D(2021, 8, 31)) == [D(2021, 8, 31)]


def test_english_release() -> None:
    text = (
        "July 30, 2023, Deputy Government Spokesperson Ratchada Thanadirek disclosed that SBPAC led "
        "diplomats to visit the Southern border provinces during July 25-27, 2023, as part of ... "
        "with the cabinet’s resolution on May 19, 2020. As of January 12, a total of 7,681 cases, "
        "from July 19, 2021 onward."
    )
    assert days(text, D(2023, 8, 2)) == [D(2020, 5, 19), D(2023, 7, 25), D(2023, 7, 30)]


def test_dates_inside_a_royal_anniversary_name_are_not_events() -> None:
    text = "โครงการศูนย์ราชการเฉลิมพระเกียรติ ๘๐ พรรษา ๕ ธันวาคม ๒๕๕๐ โซนซี"
    assert days(text) == []


def test_a_bare_day_of_a_list_alone_on_its_line_is_named_by_its_line() -> None:
    """From thaigov-49047: "5" on its own is no name; every event has one of two letters or more."""
    text = (
        "กทพ. ยกเว้นค่าผ่านทางของทางพิเศษรวม 3 สายทาง\n"
        "ในวันที่ 5 และ 10 ธันวาคม 2564\n"
        "การทางพิเศษแห่งประเทศไทย (กทพ.) แจ้งว่า\n"
    )
    events = find_events(text, D(2021, 12, 3))
    assert [e.date for e in events] == [D(2021, 12, 5), D(2021, 12, 10)]
    assert all(len(e.label) >= 2 for e in events)


def test_an_event_name_is_never_mere_punctuation() -> None:
    """From thaigov-64944: the clause after "ณ กรุงเทพมหานคร" starts with a full stop."""
    text = (
        "การประชุมภาคีการขับเคลื่อนการปฏิบัติงานด้านการเปลี่ยนแปลงสภาพภูมิอากาศของไทย "
        "(Thailand Climate Action Conference: TCAC) จัดขึ้นระหว่างวันที่ 5-6 สิงหาคม 2565 ณ กรุงเทพมหานคร. "
        "เพื่อเป็นเวทีสร้างพลังขับเคลื่อนการดำเนินงานด้านการเปลี่ยนแปลงสภาพภูมิอากาศของไทยในทุกระดับ"
        "และทุกภาคส่วนเพื่อมุ่งบรรลุเป้าหมายความเป็นกลางทางคาร์บอนภายในปี ค.ศ. 2050 \n"
    )
    for event in find_events(text, D(2023, 2, 14)):
        assert sum(ch.isalnum() for ch in event.label) >= 2, event.label
