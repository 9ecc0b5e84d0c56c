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


def test_a_year_glued_to_the_name_marks_it_and_is_not_part_of_it() -> None:
    awards = awards_in(
        "ข่าว\nประธานในพิธีได้มอบรางวัลผู้มีจริยธรรมดีเด่นประจำปี พ.ศ. 2566 ให้แก่ข้าราชการ จำนวน 3 ราย ได้แก่ "
        "1) นายสันทัศน์ ทันนิติ ผู้อำนวยการกลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด สำนักงานจังหวัดนครสวรรค์ "
        "2) นางมณฤดี พลอยเพ็ชร นักวิชาการการเงินและบัญชีชำนาญการ กลุ่มงานอำนวยการ สำนักงานจังหวัดจันทบุรี"
    )
    assert {(a.award, a.recipient, a.year) for a in awards} == {
        ("รางวัลผู้มีจริยธรรมดีเด่น", "สันทัศน์ ทันนิติ", 2023),
        ("รางวัลผู้มีจริยธรรมดีเด่น", "มณฤดี พลอยเพ็ชร", 2023),
    }


def test_an_honour_title_without_the_word_award_and_its_listed_holders() -> None:
    awards = awards_in(
        "ข่าว\nกระทรวงมหาดไทยได้จัดพิธีมอบเกียรติบัตรและเข็มเชิดชูเกียรติให้แก่ข้าราชการพลเรือนดีเด่น ประจำปี พ.ศ. 2566 "
        "จำนวน 2 ราย ได้แก่ 1) นายศิวกร บัวป้อง ผู้อำนวยการกองช่วยเหลือผู้ประสบภัย (ประเภทอำนวยการระดับสูง) (ปภ.) "
        "2) นายเจนกิจ เชฏฐวาณิชย์ ผู้อำนวยการสำนักมาตรฐานการออกหนังสือสำคัญ (ประเภทอำนวยการระดับสูง) (ทด.)"
    )
    assert {(a.award, a.recipient, a.year, a.category) for a in awards} == {
        ("ข้าราชการพลเรือนดีเด่น", "ศิวกร บัวป้อง", 2023, None),
        ("ข้าราชการพลเรือนดีเด่น", "เจนกิจ เชฏฐวาณิชย์", 2023, None),
    }


def test_an_honour_title_written_after_its_holder() -> None:
    [award] = awards_in(
        "ข่าว\nนายทรงศักดิ์ ตติยรัตน์ กำนัน ต.หนองไผ่ อ.แก้งคร้อ จ.ชัยภูมิ กำนันยอดเยี่ยม ประจำปี 2567 กล่าวว่า "
        "รู้สึกซาบซึ้งในพระมหากรุณาธิคุณและเป็นเกียรติสูงสุด ที่จะได้รับพระราชทานเหรียญพระราชทานในครั้งนี้"
    )
    assert (award.award, award.recipient, award.year) == ("กำนันยอดเยี่ยม", "ทรงศักดิ์ ตติยรัตน์", 2024)


def test_the_chair_of_a_ceremony_does_not_hold_the_title_of_its_programme() -> None:
    assert (
        awards_in(
            "ข่าว\nพลเอก อนุพงษ์ เผ่าจินดา เป็นประธานในพิธีมอบรางวัลและประกาศเกียรติคุณ โครงการนายอำเภอแหวนเพชร "
            "และโครงการปลัดอำเภอแหวนทองคำ ประจำปี 2564 ซึ่งกระทรวงมหาดไทย โดยกรมการปกครอง ได้จัดขึ้น"
        )
        == []
    )


def test_a_list_of_awards_after_one_verb_of_receiving() -> None:
    awards = awards_in(
        "ข่าว\nซึ่งในปีงบประมาณ ๒๕๖๔ กรมสรรพากรได้รับรางวัลจากองค์กรชั้นนำต่าง ๆ รวมทั้งสิ้น ๑๒ รางวัล ประกอบด้วย "
        "รางวัลเลิศรัฐยอดเยี่ยม และรางวัลเลิศรัฐสาขาต่างๆ จากคณะกรรมการพัฒนาระบบราชการ (ก.พ.ร.) รวม ๘ รางวัล "
        "รางวัล Thailand Digital Transformation Award ๒๐๒๑ รางวัลรัฐบาลดิจิทัล และรางวัลองค์กรต้นแบบด้านสิทธิมนุษย์ "
        "(ภาครัฐ) ประจำปี ๒๕๖๔"
    )
    assert {(a.award, a.recipient) for a in awards} == {
        (name, "กรมสรรพากร")
        for name in (
            "รางวัลเลิศรัฐยอดเยี่ยม",
            "รางวัลเลิศรัฐ",
            "Thailand Digital Transformation Award",
            "รางวัลรัฐบาลดิจิทัล",
            "รางวัลองค์กรต้นแบบด้านสิทธิมนุษย์",
        )
    }


def test_the_place_won_written_before_the_awards_name_is_its_level() -> None:
    [award] = awards_in("ข่าว\nเมื่อวันที่ ๑ ธ.ค.๒๕๖๔ กรมสรรพากรรับรางวัลชนะเลิศเพชรวายุภักษ์ ครั้งที่ ๘ จากกระทรวงการคลัง")
    assert (award.award, award.level, award.recipient) == ("รางวัลเพชรวายุภักษ์", "ชนะเลิศ", "กรมสรรพากร")
    # …but a clause after the place is no award's name.
    assert [
        a.award
        for a in awards_in(
            'ข่าว\nร่วมแสดงความยินดีกับ "สมาคมสถาบันทิวา" ได้รับรางวัลชนะเลิศองค์กรในประเทศไทยที่ได้รับรางวัลผู้นำอาเซียนฯ'
        )
        if "ที่ได้รับ" in a.award
    ] == []


def test_an_organization_heading_a_group_of_listed_winners_is_not_one() -> None:
    awards = awards_in(
        "ข่าว\nจึงได้จัดพิธีมอบเกียรติบัตรและเข็มเชิดชูเกียรติแก่ข้าราชการพลเรือนดีเด่น จำนวน 11 ราย "
        "เพื่อเป็นเกียรติให้แก่ข้าราชการพลเรือนดีเด่น ประจำปี พ.ศ. 2565 ประกอบด้วย 1) สำนักงานปลัดกระทรวงการพัฒนาสังคม"
        "และความมั่นคงของมนุษย์ (สป.พม.) ได้แก่ 1.1) นางสาวนพรัตน์ กอวัฒนากุล นักพัฒนาสังคมชำนาญการพิเศษ "
        "และ 1.2) นางสาววันดี ตรียศสิน นักพัฒนาสังคมชำนาญการพิเศษ"
    )
    assert {a.recipient for a in awards} == {"นพรัตน์ กอวัฒนากุล", "วันดี ตรียศสิน"}


def test_a_category_glued_to_the_awards_name_is_its_category() -> None:
    [award] = awards_in("ข่าว\nกรมการจัดหางานได้รับรางวัลเลิศรัฐสาขาบริการภาครัฐ ระดับดีเด่น ประจำปี 2566")
    assert (award.award, award.category, award.level, award.year) == (
        "รางวัลเลิศรัฐ",
        "บริการภาครัฐ",
        "ดีเด่น",
        2023,
    )


def test_an_organization_receives_through_its_representative() -> None:
    awards = awards_in(
        "ข่าว\nธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย (ธพว.) หรือ SME D Bank โดยนายโมกุล โปษยะพิสิษฐ์ "
        "รองกรรมการผู้จัดการ เป็นตัวแทน เข้ารับ “รางวัลพัฒนาการสูงสุดประจำปี 2565” หมวดสถาบันการเงินเฉพาะกิจ"
    )
    assert {(a.award, a.recipient) for a in awards} == {
        ("รางวัลพัฒนาการสูงสุด", "ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย")
    }


def test_a_royal_confers_an_award_and_never_receives_one() -> None:
    awards = awards_in(
        "ข่าว\nพิธีมอบรางวัลศรีสังวาลย์ ประจำปี 2565 เพื่อเฉลิมพระเกียรติสมเด็จพระศรีนครินทราบรมราชชนนี "
        "โดยนางสาวสมศรี ใจดี ได้รับรางวัลศรีสังวาลย์ ประจำปี 2565"
    )
    assert {a.recipient for a in awards} == {"สมศรี ใจดี"}


def test_a_village_group_wins_an_award_named_in_latin_letters() -> None:
    # thaigov-65517: the group is named by its craft and its village; "รางวัล OTOP" is a name.
    [award] = awards_in(
        "ข่าว\nยังประกอบอาชีพเสริมด้านการทอผ้า โดยเฉพาะกลุ่มทอผ้าไหมบ้านปะอาวได้รับรางวัล OTOP 5 ดาว"
        "เป็นเวลาติดต่อกันหลายปี และกลุ่มอาชีพหัตถกรรมทองเหลืองโบราณ"
    )
    assert (award.award, award.recipient) == ("รางวัล OTOP 5", "กลุ่มทอผ้าไหมบ้านปะอาว")


def test_a_royal_trophy_is_the_form_of_the_award_and_a_venue_receives_nothing() -> None:
    # thaigov-35106: "รางวัลถ้วยพระราชทาน" is the trophy of the award named before it, and the
    # hotel the ceremony is held at wins nothing.
    awards = awards_in(
        "ข่าว\nโดยได้ขอพระราชทานถ้วยรางวัล Thailand Labour Management Excellence Award จากสมเด็จพระกนิษฐาธิราชเจ้า "
        "กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี สำหรับในปี 2563 นี้ สถานประกอบกิจการที่ได้รับคัดเลือกให้"
        "ได้รับรางวัลถ้วยพระราชทาน จำนวน 3 รางวัล แบ่งเป็น สถานประกอบกิจการขนาดใหญ่ (ลูกจ้างตั้งแต่ 1,000 คนขึ้นไป) "
        "ได้แก่ บริษัท ไทสัน โพลทรี (ไทยแลนด์) จำกัด (โรงงาน 5) สถานประกอบกิจการขนาดกลาง (ลูกจ้าง 300 ถึง 999 คน) "
        "ได้แก่ บริษัท แกมม่า อินดัสตรี้ส์ จำกัด โดยสถานประกอบกิจการทั้ง 2 แห่ง จะเข้ารับรางวัลพระราชทานฯ "
        "ในงานมอบรางวัล Thailand Labour Management Excellence Award 2020 ที่จะจัดขึ้นในวันจันทร์ที่ 21 กันยายน 2563 "
        "ณ โรงแรมสวิสโฮเต็ล กรุงเทพฯ รัชดา"
    )
    assert {(a.award, a.recipient) for a in awards} == {
        ("Thailand Labour Management Excellence Award", "บริษัท ไทสัน โพลทรี (ไทยแลนด์) จำกัด (โรงงาน 5)"),
        ("Thailand Labour Management Excellence Award", "บริษัท แกมม่า อินดัสตรี้ส์ จำกัด"),
    }


def test_an_awards_categories_listed_after_it_and_its_abbreviation_are_not_awards() -> None:
    # thaigov-97964
    awards = awards_in(
        "ข่าว\nวันนี้ (27 มิถุนายน 2568) นายฉัตรชัย ศิริไล ผู้จัดการ ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร (ธ.ก.ส.) "
        "เข้ารับรางวัล Asia Responsible Enterprise Awards (AREA) 2025 ใน 2 สาขา "
        "ประกอบด้วยรางวัล Corporate Governance และ Social Empowerment ซึ่งจัดโดยองค์กรพัฒนาเอกชนระดับภูมิภาคเอเชีย\n"
        "ซึ่งรางวัล AREA ถือเป็นหนึ่งในรางวัลอันทรงเกียรติด้าน ESG ที่ได้รับการยอมรับมากที่สุดในเอเชีย"
    )
    assert [(a.award, a.recipient) for a in awards] == [
        ("Asia Responsible Enterprise Awards (AREA)", "ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร")
    ]


def test_numbered_paragraphs_under_an_award_each_name_a_winner() -> None:
    # thaigov-84015: the award heads the list; each item opens with its winner (a school written
    # "ร.ร." after its full name), and the same school may win twice, in two categories.
    awards = awards_in(
        "ข่าว\nนางสาวศุภมาส ได้แสดงความยินดีกับความสำเร็จของตัวแทนทีมเยาวชนไทย ได้แก่ "
        "โรงเรียนกรุงเทพคริสเตียนวิทยาลัย กรุงเทพฯ โรงเรียนกำเนิดวิทย์ จ.ระยอง\n"
        "นอกจากนี้ ทีมเยาวชนจากประเทศไทยยังได้รับรางวัล Grand Award อันดับที่ 4 พร้อมเงินรางวัล 500 ดอลลาร์\n"
        "1. ร.ร.กำเนิดวิทย์ จ.ระยอง ในสาขาฟิสิกส์และดาราศาสตร์ (Physics and Astronomy) จากโครงงานการเปรียบเทียบ\n"
        "2. ร.ร.กำเนิดวิทย์ จ.ระยอง ในสาขาวิศวกรรมสิ่งแวดล้อม (Envionmental Engineering) กับโครงงานเอนไซม์\n"
        "ที่มา : https://www.thaigov.go.th/news/contents/details/84015"
    )
    assert {(a.award, a.recipient, a.category, a.level) for a in awards} == {
        ("Grand Award", "โรงเรียนกำเนิดวิทย์", "ฟิสิกส์และดาราศาสตร์", "อันดับที่ 4"),
        ("Grand Award", "โรงเรียนกำเนิดวิทย์", "วิศวกรรมสิ่งแวดล้อม", "อันดับที่ 4"),
    }


def test_numbered_paragraphs_under_an_award_each_list_a_categorys_winners() -> None:
    # thaigov-98414: each item opens with a category and lists its winners after ได้แก่; the
    # edition year is written in full (พุทธศักราช), and "ผู้ได้รับรางวัล" names no winner before it.
    awards = awards_in(
        "ข่าว\nทั้งนี้ คณะกรรมการ “รางวัลประชาบดี” ได้พิจารณาคัดเลือกประวัติและผลงานของผู้ได้รับรางวัล “ประชาบดี” "
        "ประจำปีพุทธศักราช 2568 จำนวน 38 ราย ดังนี้\n"
        "1) บุคคลผู้ทำคุณประโยชน์ จำนวน 15 ราย ได้แก่ พระครูผาสุการวิมล (สมภพ ถาวรดี) , นายอนรรฆ พิทักษ์ธานิน "
        "และนายเอกพันธ์ บรรลือฤทธิ์\n"
        "2) องค์กรที่ทำคุณประโยชน์ จำนวน 4 ราย ได้แก่ มูลนิธิสายรุ้งเพื่อคนพิการ , "
        "บริษัท เด็กพิเศษ วิสาหกิจเพื่อสังคม จำกัด"
    )
    assert {(a.award, a.category, a.year, a.recipient) for a in awards} == {
        ("รางวัลประชาบดี", "บุคคลผู้ทำคุณประโยชน์", 2025, "สมภพ ถาวรดี"),
        ("รางวัลประชาบดี", "บุคคลผู้ทำคุณประโยชน์", 2025, "อนรรฆ พิทักษ์ธานิน"),
        ("รางวัลประชาบดี", "บุคคลผู้ทำคุณประโยชน์", 2025, "เอกพันธ์ บรรลือฤทธิ์"),
        ("รางวัลประชาบดี", "องค์กรที่ทำคุณประโยชน์", 2025, "มูลนิธิสายรุ้งเพื่อคนพิการ"),
        ("รางวัลประชาบดี", "องค์กรที่ทำคุณประโยชน์", 2025, "บริษัท เด็กพิเศษ วิสาหกิจเพื่อสังคม จำกัด"),
    }


def test_a_list_of_an_awards_categories_names_no_winner() -> None:
    # thaigov-98414: the ministry after the list of categories gives the award, it does not win it.
    assert (
        awards_in(
            "ข่าว\nกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ (พม.) ได้ดำเนินโครงการเชิดชูเกียรติผู้ทำคุณประโยชน์ดีเด่น "
            "ด้วยการมอบรางวัล “ประชาบดี” ตั้งแต่ปี 2550 โดยรางวัลประชาบดี แบ่งออกเป็น 4 ประเภท ได้แก่ "
            "1) บุคคลผู้ทำคุณประโยชน์ 2) องค์กรที่ทำคุณประโยชน์ ซึ่งสนับสนุนภารกิจของกระทรวง พม."
        )
        == []
    )


def test_a_programmes_award_in_latin_letters_with_its_year() -> None:
    # thaigov-84029: "รางวัล โครงการ <name>", a Latin name with small words inside and its year after.
    awards = awards_in(
        "ข่าว\nทั้งนี้ ในงานได้มีพิธีมอบรางวัล โครงการ The Best Agent of NSF 2024 ให้กับเรือนจำและทัณฑสถาน 4 แห่ง "
        "ที่สามารถทำยอดเงินสะสมตามเป้าหมาย ได้แก่ เรือนจำกลางนครสวรรค์,  เรือนจำกลางเขาบิน, ทัณฑสถานหญิงกลาง "
        "และทัณฑสถานหญิงเชียงใหม่ เพื่อเป็นการกระตุ้น"
    )
    assert {(a.award, a.year) for a in awards} == {("รางวัล The Best Agent of NSF", 2024)}
    assert [a.recipient for a in awards] == [
        "เรือนจำกลางนครสวรรค์",
        "เรือนจำกลางเขาบิน",
        "ทัณฑสถานหญิงกลาง",
        "ทัณฑสถานหญิงเชียงใหม่",
    ]


def test_winners_listed_group_by_group_after_the_groups_are_announced() -> None:
    # thaigov-81154: "แบ่งเป็น 2 กลุ่ม ดังนี้" announces groups; each group lists its winners.
    awards = awards_in(
        "ข่าว\nนอกจากนี้ กระทรวงมหาดไทยได้จัดพิธีมอบเกียรติบัตรและเข็มเชิดชูเกียรติให้แก่ข้าราชการพลเรือนดีเด่น "
        "ประจำปี พ.ศ. 2566 แบ่งเป็น 2 กลุ่ม ดังนี้ กลุ่มที่ 1 ตำแหน่งประเภทอำนวยการระดับต้น จำนวน 3 ราย ได้แก่ "
        "1) นายศิวกร บัวป้อง ผู้อำนวยการกองช่วยเหลือผู้ประสบภัย 2) นายเจนกิจ เชฏฐวาณิชย์ "
        "ผู้อำนวยการสำนักมาตรฐานการออกหนังสือสำคัญ กลุ่มที่ 2 ตำแหน่งประเภทวิชาการ จำนวน 11 ราย ได้แก่ "
        "1) นายเอกธาดาธร ตามพร ผู้อำนวยการกลุ่มงานบริหารการพัสดุ"
    )
    assert {(a.award, a.recipient) for a in awards} == {
        ("ข้าราชการพลเรือนดีเด่น", "ศิวกร บัวป้อง"),
        ("ข้าราชการพลเรือนดีเด่น", "เจนกิจ เชฏฐวาณิชย์"),
        ("ข้าราชการพลเรือนดีเด่น", "เอกธาดาธร ตามพร"),
    }


def test_winners_named_together_before_the_verb_each_win() -> None:
    # thaigov-75058
    awards = awards_in(
        'ข่าว\nมท.1 ร่วมแสดงความยินดีกับ "บริษัท ประชารัฐรักสามัคคี วิสาหกิจเพื่อสังคม (ประเทศไทย) จำกัด" '
        'และ "สมาคมสถาบันทิวา" ได้รับรางวัลชนะเลิศองค์กรในประเทศไทยที่ได้รับรางวัลผู้นำอาเซียนด้านการพัฒนาชนบท'
        "และขจัดความยากจน ครั้งที่ 3"
    )
    assert {a.recipient for a in awards} == {
        "บริษัท ประชารัฐรักสามัคคี วิสาหกิจเพื่อสังคม (ประเทศไทย) จำกัด",
        "สมาคมสถาบันทิวา",
    }


def test_the_one_who_received_is_named_in_apposition_and_what_they_say_lists_no_winners() -> None:
    # thaigov-41987: "นาง… ผู้ได้รับรางวัล…ดีเด่น" (a kind of winner and its praise names the award);
    # the bodies in her speech after อาทิ win nothing.
    awards = awards_in(
        "ข่าว\nด้าน นางสมภาร คำภาหมี ผู้ได้รับรางวัลแรงงานนอกระบบดีเด่น กล่าวถึงความรู้สึกที่ได้รับรางวัลในครั้งนี้ว่า "
        "รู้สึกดีใจ ที่ผ่านมาตนได้อุทิศตนในการทำงานด้านแรงงานนอกระบบ อาทิ  การเข้าร่วมประชุมโครงการ"
        "สร้างความเข้มแข็งชมรมแรงงานนอกระบบ ที่กรมสวัสดิการและคุ้มครองแรงงานจัดขึ้น"
    )
    assert [(a.award, a.recipient) for a in awards] == [("รางวัลแรงงานนอกระบบดีเด่น", "สมภาร คำภาหมี")]


def test_receiving_on_behalf_and_being_nominated() -> None:
    # thaigov-66244: รับมอบ is to receive; thaigov-71097: to be nominated is not to win.
    [award] = awards_in(
        "ข่าว\nนางสาวนารถนารี รัฐปัตย์ กรรมการผู้จัดการ ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย (ธพว.) "
        "มอบหมาย นายโมกุล โปษยะพิสิษฐ์ รองกรรมการผู้จัดการ เป็นตัวแทนรับมอบรางวัล “THAILAND TOP COMPANY AWARDS 2023”"
    )
    assert (award.recipient, award.year) == ("ธนาคารพัฒนาวิสาหกิจขนาดกลางและขนาดย่อมแห่งประเทศไทย", 2023)
    assert (
        awards_in(
            "ข่าว\nสำนักงานปลัดกระทรวงสาธารณสุข เป็น 1 ใน 3 ของหน่วยงานที่ผ่านเกณฑ์ด้านคุณสมบัติให้ได้รับการเสนอชื่อ"
            "เข้ารับรางวัลเกียรติยศเลิศรัฐ ประจำปี 2566"
        )
        == []
    )


def test_a_quoted_name_after_the_thai_one_is_the_rest_of_it_and_one_award_however_written() -> None:
    # thaigov-90551: the award is first written unquoted with its year, then quoted before its list.
    awards = awards_in(
        "ข่าว\nทั้งนี้ นายอนุทิน ได้มอบรางวัลผู้ว่าราชการจังหวัดสำเภาทอง ปี 2567 แก่ผู้ว่าราชการจังหวัด รวม 22 คน\n"
        'สำหรับผู้ว่าราชการจังหวัดที่ได้รับรางวัลผู้ว่าราชการจังหวัด "สำเภาทอง" ประจำปี 2567 ได้แก่ '
        "1. นายสมชาย หาญภักดีปฏิมา ขณะดำรงตำแหน่ง ผวจ.กระบี่ 2. นายชาธิป รุจนเสรี ผวจ.กำแพงเพชร"
    )
    assert [(a.award, a.recipient, a.year) for a in awards] == [
        ("รางวัลผู้ว่าราชการจังหวัดสำเภาทอง", "สมชาย หาญภักดีปฏิมา", 2024),
        ("รางวัลผู้ว่าราชการจังหวัดสำเภาทอง", "ชาธิป รุจนเสรี", 2024),
    ]


def test_a_quote_after_a_word_that_introduces_something_else_is_not_the_awards_name() -> None:
    # thaigov-100037: the theme a ceremony is held under is no part of an award's name.
    awards = awards_in(
        "ข่าว\nธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร ได้รับรางวัลจัดขึ้นภายใต้แนวคิด "
        "“Showcasing Future-Ready Enterprises” ณ กรุงเทพฯ"
    )
    assert awards == []


def test_of_the_year_and_the_speaker_before_a_winner() -> None:
    # thaigov-91484 (whose lead is written twice, so naming the award): "แห่งปี" is "of the year",
    # no year glued to the name, and "of the" stands inside a Latin name. thaigov-39484: the one
    # who says that something won does not win it.
    lead = "นายผยง ศรีวณิช กรรมการผู้จัดการใหญ่ ธนาคารกรุงไทย รับรางวัลสุดยอดนักบริหารแห่งปี CEO of the Year 2024"
    awards = awards_in(f"ข่าว\n“ผยง ศรีวณิช” คว้ารางวัล CEO of the Year 2024 ชูความสำเร็จนำนวัตกรรม\n{lead}\n{lead}")
    assert {a.award for a in awards} == {"รางวัล CEO of the Year", "รางวัลสุดยอดนักบริหารแห่งปี"}
    spoken = awards_in(
        "ข่าว\nนางแพตริเซีย มงคลวนิช ผู้อำนวยการสำนักงานบริหารหนี้สาธารณะ เปิดเผยว่า พันธบัตรเพื่อความยั่งยืน "
        "(Sustainability Bond) ของรัฐบาลไทยได้รับรางวัล Roll of Honour สาขา Regional Awards: Domestic Bond"
    )
    assert "รางวัล Roll of Honour" in {a.award for a in spoken}
    assert "แพตริเซีย มงคลวนิช" not in {a.recipient for a in spoken}


def test_an_award_given_right_there_is_not_what_an_earlier_verb_received() -> None:
    # thaigov-59879: "ได้รับพระราชทาน" receives something else; the awards of the ceremony after it,
    # listed one after another, name no winner. thaigov-66244: รับมอบ is to receive, not to give.
    assert (
        awards_in(
            "ข่าว\nการรับฟังความคิดเห็นและข้อเสนอจากเครือข่ายสภาวัฒนธรรม ถอดบทเรียนการจัดงานมหกรรมวัฒนธรรมวิถีถิ่น "
            "งานพิธีการศพที่ได้รับพระราชทาน พิธีมอบรางวัลวัฒนธรรมคุณานุสรณ์ รางวัลข้าราชการพลเรือนดีเด่น "
            "รางวัลสำนักงานวัฒนธรรมจังหวัดดีเด่น ประจำปี 2565"
        )
        == []
    )
    # sso-2023-09-07: the ceremony's award is the one received before it, and its year is read.
    [award] = awards_in(
        "ข่าว\nนายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการสำนักงานประกันสังคม เข้าร่วมรับโล่รางวัลเลิศรัฐ “สาขาคุณภาพการบริหาร"
        "จัดการภาครัฐ 4.0 ระดับก้าวหน้า (Advance)” จาก ศาสตราจารย์กิตติคุณ ดร.วิษณุ เครืองาม เป็นประธานในพิธี"
        "มอบรางวัล ในงานสัมมนาวิชาการและพิธีมอบรางวัลเลิศรัฐ ประจำปี 2566 ณ ห้อง Grand Diamond Ballroom"
    )
    assert (award.recipient, award.year) == ("สำนักงานประกันสังคม", 2023)
    # thaigov-75925: "ได้รับแรงบันดาลใจ" receives no award, but the one given right after it is
    # given to whoever follows แก่.
    [given] = awards_in(
        'ข่าว\n"การจัดทำถังขยะเปียกลดโลกร้อน จึงเป็นแนวทางที่เราได้ริเริ่ม โดยได้รับแรงบันดาลใจมาจากการที่'
        "องค์การสหประชาชาติ (UN) ได้มอบรางวัล “สตรีผู้นำด้านการลดโลกร้อนด้วยพลังงานแสงอาทิตย์” แก่ "
        "ดร.วันดี กุญชรยาคง จุลเจริญ นายกสมาคมแม่บ้านมหาดไทย ในงานประชุมสัมมนาภาวะโลกร้อน (COP21)"
    )
    assert given.recipient == "วันดี กุญชรยาคง จุลเจริญ"


def test_each_place_listed_with_its_winners_and_no_award_named_makes_the_place_the_award() -> None:
    awards = awards_in(
        "ข่าว\nโอกาสนี้ นายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย มอบโล่และเงินรางวัลแก่ผู้ที่ชนะการประกวดผลงาน"
        "ผลิตภัณฑ์ Young OTOP โดยรางวัลชนะเลิศ ได้แก่ นายเนติพงศ์ กระแสโสม กลุ่มอาชีพทอเสื่อกกเนต จังหวัดชัยภูมิ "
        "รางวัลรองชนะเลิศอันดับหนึ่ง ได้แก่ นายธณกร สุขเมตตา ME-D นาทับ จังหวัดสงขลา รางวัลชมเชย จำนวน 3 รางวัล "
        "ได้แก่ 1) นายวริศพล สีเทียม กลุ่มคุณโด่งผ้าทอน้ำอ่าง จังหวัดอุตรดิตถ์ 2) นางสาวดุจกมล จันทรเกษม "
        "Pawana Design จังหวัดเชียงใหม่"
    )
    got = {(a.award, a.level, a.recipient) for a in awards}
    assert got == {
        ("รางวัลชนะเลิศ", None, "เนติพงศ์ กระแสโสม"),
        ("รางวัลรองชนะเลิศอันดับหนึ่ง", None, "ธณกร สุขเมตตา"),
        ("รางวัลชมเชย", None, "วริศพล สีเทียม"),
        ("รางวัลชมเชย", None, "ดุจกมล จันทรเกษม"),
    }


def test_places_listed_under_an_award_their_lead_names_again_are_its_levels() -> None:
    awards = awards_in(
        "ข่าว\nนายชาครีย์ บำรุงวงศ์ เป็นผู้แทนกระทรวงคมนาคม ร่วมพิธีมอบรางวัลพระราชทาน Ombudsman Awards 2022 "
        "และ Young Ombudsman Awards ณ ศูนย์ราชการ\n"
        "สำนักงานผู้ตรวจการแผ่นดินจัดพิธีมอบรางวัลพระราชทานฯ มีผลงานที่ได้รับรางวัล ดังนี้\n"
        "1. Ombudsman Awards 2022\n"
        "1.1 สาขาองค์กรดีเด่นด้านนวัตกรรมการให้บริการประชาชน (Self Initiative Award) รางวัลชนะเลิศ ได้แก่ "
        "Rama TeleCare ของคณะแพทย์ศาสตร์ โรงพยาบาลรามาธิบดี รางวัลรองชนะเลิศอันดับ 1 ได้แก่ "
        "การยกระดับการพัฒนาระบบบริการด่านหน้าหน่วยบริการจิตเวช ของกรมสุขภาพจิต\n"
        "2. Young Ombudsman Awards\n"
        "2.1 ผลงานประเภทโครงงานด้านการแก้ไขกฎหมาย รางวัลชนะเลิศ ได้แก่ โครงงานการศึกษาเรื่องแนวทางการลดขั้นตอน"
        "ของทีมจากมหาวิทยาลัยสวนดุสิต"
    )
    got = {(a.award, a.level, a.recipient) for a in awards}
    assert ("Ombudsman Awards", "ชนะเลิศ", "คณะแพทย์ศาสตร์ โรงพยาบาลรามาธิบดี") in got
    assert ("Ombudsman Awards", "รองชนะเลิศอันดับ 1", "กรมสุขภาพจิต") in got
    assert ("Young Ombudsman Awards", "ชนะเลิศ", "มหาวิทยาลัยสวนดุสิต") in got


def test_a_places_winners_end_at_the_prize_and_at_the_end_of_a_speech() -> None:
    trophy = awards_in(
        "ข่าว\nพิธีมอบรางวัลการประกวดวงดนตรีต่อต้านการทุจริต ประจำปี 2567\n"
        "2.รางวัลรองชนะเลิศอันดับ 1 ได้แก่ ทีม โสนบาน ชื่อผลงาน สร้างใจให้สังคม โรงเรียนบางกะปิ กรุงเทพมหานคร "
        "ได้รับถ้วยเกียรติยศ ศาสตราจารย์พิเศษ วิชา มหาคุณ ประธานกรรมการมูลนิธิต่อต้านการทุจริต "
        "พร้อมเกียรติบัตรจากมูลนิธิต่อต้านการทุจริตและทุนการศึกษา 40,000 บาท"
    )
    assert {a.recipient for a in trophy} <= {"โรงเรียนบางกะปิ"}
    speech = awards_in(
        "ข่าว\nนายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย กล่าวว่า “ผลการคัดเลือกจังหวัดที่มีการจัดการขยะมูลฝอยชุมชน "
        "“จังหวัดสะอาด” 3) กลุ่มจังหวัดขนาดใหญ่ จำนวน 5 รางวัล ประกอบด้วย รางวัลชนะเลิศ ได้แก่ จังหวัดสุรินทร์ "
        "และรางวัลชมเชย ได้แก่ จังหวัดอุดรธานี และจังหวัดลพบุรี” นายสุทธิพงษ์ จุลเจริญ กล่าว"
    )
    assert [a for a in speech if a.recipient == "สุทธิพงษ์ จุลเจริญ"] == []


def test_an_apostrophe_inside_a_latin_award_name_is_part_of_it() -> None:
    awards = awards_in(
        "ข่าว\nกระทรวงพาณิชย์ระบุว่าปีนี้ไทยเราได้รับรางวัลชนะเลิศ World’s Best Rice Award 2020 "
        "ข้าวที่ดีที่สุดในโลกปี 2020\nนายธนกร วังบุญคงชนะ เปิดเผยว่า ร้านอาหารไทยติดอันดับในงานประกาศ"
        "รางวัล Asia's 50 Best Restaurants 2022 ครั้งล่าสุด"
    )
    assert "World’s Best Rice Award" in {a.award for a in awards}
    assert not [a for a in awards if a.award in ("รางวัล Asia", "Best Rice Award")]


def test_the_programme_or_ceremony_an_award_was_won_in_is_not_a_second_award() -> None:
    awards = awards_in(
        "ข่าว\nธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย (EXIM BANK) คว้ารางวัล Best Green Bond "
        "จาก The Asset Triple A Awards for Sustainable Finance 2024 "
        "จัดโดยนิตยสาร The Asset\nนายรักษ์ วรกิจโภคาทร กรรมการผู้จัดการ EXIM BANK เปิดเผยว่า รางวัล Best Green Bond "
        "ตอกย้ำถึงความมุ่งมั่นของธนาคาร"
    )
    assert [(a.award, a.recipient) for a in awards] == [
        ("รางวัล Best Green Bond", "ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย")
    ]
    awards = awards_in(
        "ข่าว\nดร.รักษ์ วรกิจโภคาทร กรรมการผู้จัดการ ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย (EXIM BANK) "
        "รับรางวัล Leadership Excellence Award จากนางสาวพิมพ์ภัทรา วิชัยกุล รัฐมนตรีว่าการกระทรวงอุตสาหกรรม "
        "ประธานในพิธีมอบรางวัลคุณภาพแห่งชาติ (Thailand Quality Award : TQA) ครั้งที่ 22 ประจำปี 2566"
    )
    assert [a.award for a in awards] == ["Leadership Excellence Award"]
    # A second award with its own verb is won too.
    awards = awards_in(
        "ข่าว\nธนาคารออมสินได้รับรางวัล Best Bank Award จากนิตยสาร The Asset และยังได้รับรางวัล Innovation Award อีกด้วย"
    )
    assert sorted(a.award for a in awards) == ["Best Bank Award", "Innovation Award"]


def test_provinces_and_teams_that_won_a_place_are_its_winners() -> None:
    awards = awards_in(
        "ข่าว\nนายอนุทิน ชาญวีรกูล เป็นประธานมอบรางวัลการจัดการขยะมูลฝอยชุมชน “จังหวัดสะอาด” ประจำปี พ.ศ. 2566\n"
        "1) กลุ่มจังหวัดภาคเหนือ รางวัลชนะเลิศ ได้แก่ จังหวัดลำพูน รางวัลรองชนะเลิศอันดับที่ 1 ได้แก่ จังหวัดพิษณุโลก"
    )
    assert [(a.award, a.level, a.recipient) for a in awards] == [
        ("รางวัลการจัดการขยะมูลฝอยชุมชน “จังหวัดสะอาด”", "ชนะเลิศ", "จังหวัดลำพูน"),
        ("รางวัลการจัดการขยะมูลฝอยชุมชน “จังหวัดสะอาด”", "รองชนะเลิศอันดับที่ 1", "จังหวัดพิษณุโลก"),
    ]
    awards = awards_in(
        "ข่าว\nผลการประกวดปรากฏว่า รางวัลรองชนะเลิศ อันดับหนึ่ง ได้แก่ ผลงาน “ครอบครัวของฉันชอบหาเรื่องดี ๆ เข้าบ้าน” "
        "ทีมโพนสวางฟิล์ม รางวัลชมเชย ได้แก่ ทีม Thossaporn Thunder และทีมที่นี่แหลมงอบ"
    )
    assert [a.recipient for a in awards] == ["ทีมโพนสวางฟิล์ม", "ทีม Thossaporn Thunder", "ทีมที่นี่แหลมงอบ"]


def test_a_list_far_after_an_award_is_of_something_else_unless_it_says_it_is_of_winners() -> None:
    paragraph = (
        "ภายในงานมีการมอบรางวัลอาสาสมัครฝนหลวงดีเด่นระดับประเทศและระดับภูมิภาค พร้อมการจัดแสดงผลงาน "
        "มีการถ่ายทอดเรื่องราวฝนหลวงในรูปแบบ 4 มิติ (4D Experience) ด้วยเทคโนโลยีเสมือนจริง "
        "การจัดนิทรรศการจากหน่วยงานในสังกัดกระทรวงเกษตรและสหกรณ์ และหน่วยงานร่วมบูรณาการจากทั่วประเทศ "
        "ทั้งภาครัฐ ภาคเอกชน และภาคประชาชน เพื่อเผยแพร่องค์ความรู้ด้านการทำฝนหลวงแก่ประชาชนที่สนใจ "
        "อาทิ กองทัพอากาศ มหาวิทยาลัยเกษตรศาสตร์"
    )
    assert awards_in("ข่าว\n" + paragraph) == []
    said = paragraph.replace("เพื่อเผยแพร่องค์ความรู้", "ผู้เข้ารับรางวัลรวม 12 รางวัล เพื่อเผยแพร่องค์ความรู้")
    assert {a.recipient for a in awards_in("ข่าว\n" + said)} == {"กองทัพอากาศ", "มหาวิทยาลัยเกษตรศาสตร์"}


def test_who_praises_the_winners_is_not_one_of_them() -> None:
    awards = awards_in(
        'ข่าว\nรมต.อนุชา ชื่นชม 15 อปท. รับรางวัล "ท้องถิ่นดิจิทัล" กระตุ้นบริการภาครัฐสะดวก\n'
        "นายเศรษฐา ทวีสิน นายกรัฐมนตรี ชื่นชมนักวิจัยและนักประดิษฐ์ไทยที่สามารถคว้าเหรียญทอง และรางวัลพิเศษ"
    )
    assert awards == []
    awards = awards_in('ข่าว\nนายอนุชา นาคาศัย รับรางวัล "ท้องถิ่นดิจิทัล" ประจำปี 2565')
    assert [a.recipient for a in awards] == ["อนุชา นาคาศัย"]


def test_winners_written_straight_after_the_place_they_won() -> None:
    awards = awards_in(
        "ข่าว\nนายอนุทิน ชาญวีรกูล ร่วมในพิธีมอบรางวัล องค์กรปกครองส่วนท้องถิ่นที่มีการบริหารจัดการที่ดี\n"
        "สำหรับ อทป. ซึ่งได้รับรางวัลองค์กรปกครองส่วนท้องถิ่นที่มีการบริหารจัดการที่ดี ประจำปีงบประมาณ พ.ศ. 2567 "
        "มีทั้งหมด 7 ประเภท รวม 65 รางวัล ดังนี้\n"
        "2. ประเภทโดดเด่น องค์กรปกครองส่วนท้องถิ่นขนาดใหญ่ จำนวน 7 รางวัล รางวัลที่ 1 ทน.ขอนแก่น จ.ขอนแก่น "
        "รางวัลที่ 2 ทม.สุไหงโกลก จ.นราธิวาส และรางวัลชมเชย ทม.น่าน ทม.ลำพูน และ ทม.กระบี่"
    )
    assert [(a.level, a.recipient) for a in awards] == [
        ("รางวัลที่ 1", "ทน.ขอนแก่น"),
        ("รางวัลที่ 2", "ทม.สุไหงโกลก"),
        ("ชมเชย", "ทม.น่าน"),
        ("ชมเชย", "ทม.ลำพูน"),
        ("ชมเชย", "ทม.กระบี่"),
    ]
    assert {a.award for a in awards} == {"รางวัลองค์กรปกครองส่วนท้องถิ่นที่มีการบริหารจัดการที่ดี"}
    # With no award named, a first prize is a lottery's as often as a contest's; and a place
    # before an award's own name is that award's ("…ขององค์การสหประชาชาติ" gives it, wins nothing).
    assert awards_in("ข่าว\nผลการออกรางวัล รางวัลที่ 1 ทน.ขอนแก่น รางวัลที่ 2 ทม.น่าน") == []
    awards = awards_in(
        "ข่าว\nกรมควบคุมโรคได้รับรางวัลชนะเลิศ United Nations Public Service Awards 2021 (UNPSA) "
        "ขององค์การสหประชาชาติ"
    )
    assert [(a.award, a.recipient) for a in awards] == [
        ("United Nations Public Service Awards", "กรมควบคุมโรค")
    ]


def test_the_words_that_divide_an_award_into_kinds_do_not_name_it() -> None:
    awards = awards_in(
        "ข่าว\nกระทรวงวัฒนธรรม จัดกิจกรรมมอบโล่ยกย่องเชิดชูเกียรติผู้ทำคุณประโยชน์ต่อกระทรวงวัฒนธรรม\n"
        "วธ. ได้คัดเลือกผู้ทำคุณประโยชน์ โดยสามารถแบ่งรางวัลออกเป็นประเภทต่างๆ ได้แก่ ประเภทเด็กหรือเยาวชน "
        "จำนวน 64 รูป/ราย อาทิ นางสาวล้วนฤทัย เชื้อชมพู จังหวัดเชียงใหม่"
    )
    assert awards == []
    # …while ออกแบบ (design) starts a name: "รางวัลออกแบบยอดเยี่ยม".
    awards = awards_in("ข่าว\nสมาคมแม่บ้านมหาดไทย จ.ตรัง ได้รับรางวัลออกแบบยอดเยี่ยม ประจำปี 2565")
    assert [a.award for a in awards] == ["รางวัลออกแบบยอดเยี่ยม"]


def test_runner_up_places_written_without_rangwan_end_the_winners_before_them() -> None:
    awards = awards_in(
        "ข่าว\nกระทรวงสาธารณสุข มอบโล่รางวัลรูปแบบบริการ (Service Model) ให้ 5 หน่วยงาน\n"
        "ส่วนรางวัลรูปแบบบริการ (Service Model) มี 5 หน่วยงาน คือ รางวัลชนะเลิศ โรงพยาบาลคูเมือง จังหวัดบุรีรัมย์ "
        "รองชนะเลิศอันดับ 1 สำนักงานสาธารณสุขจังหวัดบุรีรัมย์ รองชนะเลิศอันดับ 2 โรงพยาบาลกรุงเทพภูเก็ต จังหวัดภูเก็ต"
    )
    assert [(a.level, a.recipient) for a in awards] == [
        ("ชนะเลิศ", "โรงพยาบาลคูเมือง"),
        ("รองชนะเลิศอันดับ 1", "สำนักงานสาธารณสุขจังหวัดบุรีรัมย์"),
        ("รองชนะเลิศอันดับ 2", "โรงพยาบาลกรุงเทพภูเก็ต"),
    ]


def test_the_words_glued_after_an_award_are_not_its_name() -> None:
    awards = awards_in(
        "ข่าว\nผู้ประกอบการที่ได้รับรางวัลอุตสาหกรรมยอดเยี่ยมในปีนี้ ได้แก่ บริษัท เบียร์ไทย (1991) จำกัด (มหาชน)\n"
        "อาสาสมัครที่ได้รับรางวัลครูอาสาสมัครสอนภาษาจีนดีเด่นในปี 2567 ได้แก่ มหาวิทยาลัยราชภัฏเพชรบุรี"
    )
    assert [(a.award, a.year, a.recipient) for a in awards] == [
        ("รางวัลอุตสาหกรรมยอดเยี่ยม", None, "บริษัท เบียร์ไทย (1991) จำกัด (มหาชน)"),
        ("รางวัลครูอาสาสมัครสอนภาษาจีนดีเด่น", 2024, "มหาวิทยาลัยราชภัฏเพชรบุรี"),
    ]
