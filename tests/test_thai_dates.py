"""The Thai date grammar, on strings as thaigov.go.th releases write them."""

from __future__ import annotations

import datetime as dt

import pytest

from sso_kg.thai.dates import DateMention, find_dates, parse_date

D = dt.date
REF = D(2023, 9, 10)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("วันอังคารที่ 25 สิงหาคม 2563", D(2020, 8, 25)),
        ("วันพฤหัสบดีที่ 16 มิถุนายน 2565", D(2022, 6, 16)),
        ("25/08/2563", D(2020, 8, 25)),
        ("[25/08/2563]", D(2020, 8, 25)),
        ("7 ก.ย. 66", D(2023, 9, 7)),
        ("วันที่ 25 ส.ค.63", D(2020, 8, 25)),
        ("๒๕ สิงหาคม ๒๕๖๓", D(2020, 8, 25)),
        ("24 พฤษภาคม พ.ศ. 2562", D(2019, 5, 24)),
        ("5 มกราคม ค.ศ. 2023", D(2023, 1, 5)),
        ("Tuesday, 25 August 2020", D(2020, 8, 25)),
        ("August 25, 2020", D(2020, 8, 25)),
        ("  วันศุกร์ที่ 4 เมษายน 2568  ", D(2025, 4, 4)),
    ],
)
def test_parse_date_reads_a_date_line(line: str, expected: dt.date) -> None:
    assert parse_date(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "พิมพ์",
        "25 August 2020 foo",  # more than a date
        "7-9 ก.ย. 66",  # a range is not one date
        "7 ก.ย.",  # no year, and parse_date has no reference
        "31 ก.พ. 2566",  # no such day
        "25/13/2563",
        "5 มีนาคม 2900",  # not a plausible year
    ],
)
def test_parse_date_refuses_what_is_not_one_full_date(line: str) -> None:
    assert parse_date(line) is None


def dates(text: str, reference: dt.date | None = REF) -> list[tuple[str, dt.date, dt.date | None, bool]]:
    return [(d.text, d.date, d.end_date, d.year_inferred) for d in find_dates(text, reference)]


def test_spans_are_offsets_into_the_text() -> None:
    text = "เมื่อวันที่ 7 กันยายน 2566 นายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการสำนักงานประกันสังคม"
    (mention,) = find_dates(text)
    assert mention == DateMention(5, 26, "วันที่ 7 กันยายน 2566", D(2023, 9, 7))
    assert text[mention.start : mention.end] == mention.text


def test_thai_digits_keep_their_spans() -> None:
    text = "โครงการศูนย์ราชการเฉลิมพระเกียรติ ๘๐ พรรษา ๕ ธันวาคม ๒๕๕๐ โซนซี"
    (mention,) = find_dates(text)
    assert mention.text == "๕ ธันวาคม ๒๕๕๐"
    assert mention.date == D(2007, 12, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("วันนี้ (25 ส.ค.63) เวลา 13.30 น.", D(2020, 8, 25)),
        ("วันนี้ (25 มค.65) เวลา 13.", D(2022, 1, 25)),
        ("ยอดคงเหลือ ณ. 20 มค.65 จำนวน 267", D(2022, 1, 20)),
        ("ที่ประชุม ครม. (18 ก.ค. 66) เห็นชอบ", D(2023, 7, 18)),
        ("เริ่มบังคับใช้ตั้งแต่วันที่ 19 ก.พ. 64 เป็นต้นไป", D(2021, 2, 19)),
        ("ประชุมเมื่อวันที่ 5 ม.ค 2566 ที่ผ่านมา", D(2023, 1, 5)),
        ("5 มีค 66", D(2023, 3, 5)),
        ("ที่ประชุมคณะรัฐมนตรี (27 กุมภาพันธ์ 2567) มีมติ", D(2024, 2, 27)),
        ("ในวันที่ 24 พฤษภาคม พ.ศ. 2562 คณะรัฐมนตรี", D(2019, 5, 24)),
        ("ภายในปี ค.ศ. 2030 และวันที่ 1 มกราคม ค.ศ.2030", D(2030, 1, 1)),
        ("(in accordance with the cabinet’s resolution on May 19, 2020)", D(2020, 5, 19)),
        ("Today (10 March 2021) Mr. Anutin", D(2021, 3, 10)),
        ("ลงวันที่ 12/3/2566 เรื่อง", D(2023, 3, 12)),
        ("14 กรกฏาคม 2566", D(2023, 7, 14)),  # a common misspelling of กรกฎาคม
    ],
)
def test_one_full_date_in_running_text(text: str, expected: dt.date) -> None:
    (mention,) = find_dates(text)
    assert mention.date == expected
    assert mention.end_date is None
    assert not mention.year_inferred


def test_february_is_not_the_civil_service_commission() -> None:
    text = "สำนักงาน ก.พ.ร. ประกาศ วันที่ 5 ก.พ. 2566 ตามมติ ก.พ. และ อ.ก.พ. ครั้งที่ 5 ก.พ.ร. 2"
    assert dates(text) == [("วันที่ 5 ก.พ. 2566", D(2023, 2, 5), None, False)]


def test_abbreviations_followed_by_another_letter_and_dot_are_agencies() -> None:
    assert dates("มติ 1 ก.ค.ศ. และ ส่ง 5 ส.ค.ส. แต่ 3 ก.ค. 2566") == [
        ("3 ก.ค. 2566", D(2023, 7, 3), None, False)
    ]


def test_an_abbreviated_month_with_a_word_glued_after_its_dot() -> None:
    # About 2,000 such dates in the corpus: "…เมื่อวันที่ 25 ก.ค.ที่ผ่านมา", "…ในวันที่ 1 ต.ค.นี้".
    text = "รับมอบ LAAB เมื่อวันที่ 25 ก.ค.ที่ผ่านมา และจะเปิดรับนักท่องเที่ยวได้ในวันที่ 1 ต.ค.นี้ ตามมติ 14 ก.พ.ร ว่า"
    assert dates(text) == [
        ("วันที่ 25 ก.ค.", D(2023, 7, 25), None, True),
        ("วันที่ 1 ต.ค.", D(2023, 10, 1), None, True),
    ]


def test_impossible_dates_are_never_returned() -> None:
    assert dates("31 ก.พ. 2566 และ 31 เมษายน 2566 และ 30 กุมภาพันธ์") == []


def test_same_month_range() -> None:
    assert dates("ระหว่างวันที่ 7 - 9 กันยายน 2566 ณ อิมแพค") == [
        ("วันที่ 7 - 9 กันยายน 2566", D(2023, 9, 7), D(2023, 9, 9), False)
    ]
    assert dates("ในวันที่ 21-25 มี.ค. 65 ตั้งแต่บริเวณคลองมหานาค") == [
        ("วันที่ 21-25 มี.ค. 65", D(2022, 3, 21), D(2022, 3, 25), False)
    ]


def test_cross_month_and_cross_year_ranges() -> None:
    assert dates("30 ก.ย. - 2 ต.ค. 2566") == [
        ("30 ก.ย. - 2 ต.ค. 2566", D(2023, 9, 30), D(2023, 10, 2), False)
    ]
    assert dates("ระหว่างวันที่ 29 ธันวาคม 2565 - 4 มกราคม 2566เปรียบเทียบ")[0][1:3] == (
        D(2022, 12, 29),
        D(2023, 1, 4),
    )
    assert dates("ตั้งช่วงระยะเวลาวันที่ 26 กุมภาพันธ์  – วันที่ 2 เมษายน 2568 สามารถ")[0][1:3] == (
        D(2025, 2, 26),
        D(2025, 4, 2),
    )
    assert dates("ตั้งแต่วันที่ 1 มกราคม 2566 ถึงวันที่ 31 ธันวาคม 2566")[0][1:3] == (
        D(2023, 1, 1),
        D(2023, 12, 31),
    )


def test_english_ranges() -> None:
    assert dates("to visit the Southern border provinces during July 25-27, 2023, as part")[0][1:3] == (
        D(2023, 7, 25),
        D(2023, 7, 27),
    )
    assert dates("from 30 July - 2 August 2023")[0][1:3] == (D(2023, 7, 30), D(2023, 8, 2))


def test_lists_of_days_are_one_mention_each() -> None:
    assert dates("วันที่ 7 และ 8 ก.ย. นายกรัฐมนตรี") == [
        ("7", D(2023, 9, 7), None, True),
        ("8 ก.ย.", D(2023, 9, 8), None, True),
    ]
    assert [d for _, d, _, _ in dates("วันที่ 7, 8 และ 9 ก.ย. 66")] == [
        D(2023, 9, 7),
        D(2023, 9, 8),
        D(2023, 9, 9),
    ]


def test_a_day_and_month_take_the_reference_year() -> None:
    text = "โดยล่าสุดเมื่อวันที่ 25 – 27 มกราคม ที่ผ่านมา ธพส."
    assert dates(text, D(2021, 2, 1)) == [("วันที่ 25 – 27 มกราคม", D(2021, 1, 25), D(2021, 1, 27), True)]
    assert dates(text, None) == []


def test_the_year_turns_around_the_reference() -> None:
    assert dates("เมื่อวันที่ 28 ธ.ค. ที่ผ่านมา", D(2021, 1, 5))[0][1] == D(2020, 12, 28)
    assert dates("ในวันที่ 5 มกราคม นี้", D(2020, 12, 28))[0][1] == D(2021, 1, 5)
    assert dates("เมื่อวันที่ 30 สิงหาคมที่ผ่านมา", D(2022, 8, 31))[0][1] == D(2022, 8, 30)
    assert dates("14 เมษา นี้", D(2024, 4, 2))[0][1] == D(2024, 4, 14)


def test_recurring_dates_are_not_one_day() -> None:
    assert dates("ให้วันที่ 24 พฤษภาคม ของทุกปี เป็นวันป่าชุมชนแห่งชาติ") == []


def test_today_yesterday_tomorrow_resolve_to_the_reference() -> None:
    assert dates("การจัดฝึกอบรมในวันนี้ จะเป็นเวที") == [("วันนี้", REF, None, True)]
    assert dates("เมื่อวานนี้ ผมเห็นว่า")[0][1] == D(2023, 9, 9)
    assert dates("ในวันพรุ่งนี้เวลา 19.00 น.")[0][1] == D(2023, 9, 11)
    assert dates("ทุกวันนี้ประชาชน") == []  # "nowadays"
    assert dates("วันนี้ นาย", None) == []


def test_an_explicit_date_after_today_is_the_one_mention() -> None:
    assert dates("วันนี้ (4 เมษายน 2568 ) เวลา 10.00 น.") == [("4 เมษายน 2568", D(2025, 4, 4), None, False)]


def test_numbers_that_are_not_years_or_days() -> None:
    assert dates("ณ วันที่ 5 มีนาคม 65 ราย เวลา 10.30-12.00 น.", D(2022, 3, 9)) == [
        ("วันที่ 5 มีนาคม", D(2022, 3, 5), None, True)
    ]
    assert dates("จำนวน 3 เดือนมกราคม ถึง มีนาคม 3 มีความเห็น") == []


def test_buddhist_or_christian_by_value() -> None:
    assert parse_date("25/08/2020") == D(2020, 8, 25)
    assert parse_date("25/08/63") == D(2020, 8, 25)
    assert parse_date("1.5.2023") == D(2023, 5, 1)
