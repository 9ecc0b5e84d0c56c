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
