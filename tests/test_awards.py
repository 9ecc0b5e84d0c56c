"""Award conferrals, on real sentences from the corpus."""

from __future__ import annotations

from sso_kg.extract import extract
from sso_kg.extract.model import AwardMention
from sso_kg.readers import parse_release
from sso_kg.release import Release


def awards_in(text: str) -> list[AwardMention]:
    release = parse_release(text, "t")
    assert isinstance(release, Release)
    return extract(release).awards


def test_subject_that_wins_with_category_level_and_year() -> None:
    [award] = awards_in(
        "ข่าว\nในปีงบประมาณ พ.ศ.2566 สำนักงานประกันสังคมยังคงคุณภาพ โดยสามารถคว้ารางวัลเลิศรัฐ "
        "ประเภทรางวัลคุณภาพการบริหารจัดการภาครัฐ 4.0 ระดับก้าวหน้า (Advance) ประจำปี 2566"
    )
    assert award.award == "รางวัลเลิศรัฐ"
    assert award.recipient == "สำนักงานประกันสังคม"
    assert award.category == "คุณภาพการบริหารจัดการภาครัฐ 4.0"
    assert award.level == "ก้าวหน้า (Advance)"


def test_listed_winners_each_with_category() -> None:
    awards = awards_in(
        "ข่าว\nรัฐมนตรีได้มอบป้ายรางวัลแก่ศิลปินร่วมสมัยดีเด่นรางวัลศิลปาธร ประจำปี 2567 จำนวน 7 สาขา ได้แก่ "
        "1.นายจักกาย ศิริบุตร สาขาทัศนศิลป์ 2.นายปิตุพงษ์ เชาวกุล สาขาสถาปัตยกรรม"
    )
    got = {(a.award, a.recipient, a.category, a.year) for a in awards}
    assert got == {
        ("รางวัลศิลปาธร", "จักกาย ศิริบุตร", "ทัศนศิลป์", 2024),
        ("รางวัลศิลปาธร", "ปิตุพงษ์ เชาวกุล", "สถาปัตยกรรม", 2024),
    }


def test_plans_and_generic_mentions_are_not_conferrals() -> None:
    assert awards_in("ข่าว\nสำนักงานประกันสังคมมุ่งพัฒนาองค์กรให้ได้รับรางวัลการพัฒนาคุณภาพการบริหารจัดการภาครัฐ") == []
    assert awards_in("ข่าว\nกระทรวงการคลังได้รับรางวัลมากมายจากทั่วโลก") == []
    assert awards_in("ข่าว\nธนาคารออมสินได้รับรางวัลละ 30 บาท") == []


def test_a_medal_tally_is_not_a_conferral() -> None:
    assert awards_in("ข่าว\nไทยได้รับเหรียญรางวัลสะสมแล้ว 7 เหรียญ ได้แก่ เหรียญทอง 1 เหรียญเงิน 2") == []


def test_a_type_written_after_its_branch_is_the_category() -> None:
    [award] = awards_in(
        "ข่าว\nสำนักงานปลัดกระทรวงอุตสาหกรรมได้รับรางวัลเลิศรัฐ สาขาบริการภาครัฐ ประเภทบริการตอบโจทย์ตรงใจ "
        "ระดับดี ผลงาน D-Payment ประจำปี 2567"
    )
    assert (award.category, award.level) == ("บริการตอบโจทย์ตรงใจ", "ดี")


def test_first_place_is_a_level_not_an_award() -> None:
    awards = awards_in(
        "ข่าว\nพลเอก อนุพงษ์ เผ่าจินดา เป็นประธานในพิธีมอบรางวัลและประกาศเกียรติคุณ โครงการนายอำเภอแหวนเพชร\n"
        "1) รางวัลนายอำเภอแหวนเพชร (รางวัลชนะเลิศ) จำนวน 5 ราย ได้แก่ นายวิรุฬห์ สิทธิวงศ์ นายอำเภอเชียงคำ "
        "จังหวัดพะเยา นายบรรพต จันทรวงษ์ นายอำเภอกระทุ่มแบน จังหวัดสมุทรสาคร\n"
        "2) รางวัลนายอำเภอแหวนเพชร (รางวัลชมเชย) จำนวน 5 ราย ได้แก่ นายสกุลไชย จูมทอง นายอำเภอตรอน "
        "จังหวัดอุตรดิตถ์"
    )
    got = {(a.award, a.recipient, a.level) for a in awards}
    assert got == {
        ("รางวัลนายอำเภอแหวนเพชร", "วิรุฬห์ สิทธิวงศ์", "ชนะเลิศ"),
        ("รางวัลนายอำเภอแหวนเพชร", "บรรพต จันทรวงษ์", "ชนะเลิศ"),
        ("รางวัลนายอำเภอแหวนเพชร", "สกุลไชย จูมทอง", "ชมเชย"),
    }


def test_a_list_of_winners_without_a_ceremony_before_it_is_not_a_conferral() -> None:
    assert (
        awards_in(
            "ข่าว\nกรมการปกครองเปิดรับสมัคร\n"
            "1) รางวัลนายอำเภอแหวนเพชร (รางวัลชนะเลิศ) ปีที่แล้ว ได้แก่ นายวิรุฬห์ สิทธิวงศ์ นายอำเภอเชียงคำ"
        )
        == []
    )


def test_a_list_ends_where_a_new_sentence_begins_and_a_winners_employer_is_not_a_winner() -> None:
    awards = awards_in(
        "ข่าว\nนายอนุทิน ชาญวีรกูล ร่วมแสดงความยินดีกับองค์กรที่ได้รับรางวัลผู้นำอาเซียนด้านการพัฒนาชนบท ครั้งที่ 6 "
        "ได้แก่ นางภาวินี ไชยสิทธิ์ กรรมการผู้จัดการบริษัท ประชารัฐรักสามัคคี จำกัด ซึ่งได้รับรางวัลชนะเลิศ "
        "โอกาสนี้ นายชัยวัฒน์ ชื่นโกสุม อธิบดีกรมการพัฒนาชุมชน ร่วมแสดงความยินดี"
    )
    assert {a.recipient for a in awards} == {"ภาวินี ไชยสิทธิ์"}


def test_an_english_award_name_and_not_its_gloss_in_brackets() -> None:
    awards = awards_in(
        "ข่าว\nธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร (ธ.ก.ส.) ได้รับรางวัล Asia Responsible Enterprise Awards (AREA) "
        "ประจำปี 2568 และรางวัลผู้นำอาเซียน ครั้งที่ 6 (6th ASEAN Leadership Awards) ประจำปี 2568"
    )
    assert {a.award for a in awards} == {"Asia Responsible Enterprise Awards (AREA)", "รางวัลผู้นำอาเซียน"}
    assert {a.recipient for a in awards} == {"ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร"}
