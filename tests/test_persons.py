"""Persons and their posts, on passages taken from real releases."""

from __future__ import annotations

from sso_kg.extract.persons import find_persons, roles


def _summary(text: str) -> list[tuple[str, str, list[str]]]:
    return [(p.prefix, p.name, [q.label for q in p.posts]) for p in find_persons(text)]


def test_post_after_name_ends_at_a_verb():
    text = (
        "เมื่อวันที่ 7 กันยายน 2566 นายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการสำนักงานประกันสังคม พร้อมด้วย"
        "นางสาวนันทินี ทรัพย์ศิริ รักษาการในตำแหน่งที่ปรึกษาด้านประสิทธิภาพสำนักงานประกันสังคม เข้าร่วมรับโล่"
        " จาก ศาสตราจารย์กิตติคุณ ดร.วิษณุ เครืองาม เป็นประธานในพิธีมอบรางวัล\n"
        "นายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการสำนักงานประกันสังคม กระทรวงแรงงาน เปิดเผยว่า"
    )
    persons = find_persons(text)
    assert [(p.prefix, p.name, [q.label for q in p.posts]) for p in persons] == [
        ("นาย", "บุญสงค์ ทัพชัยยุทธ์", ["เลขาธิการสำนักงานประกันสังคม"]),
        ("นางสาว", "นันทินี ทรัพย์ศิริ", ["ที่ปรึกษาด้านประสิทธิภาพสำนักงานประกันสังคม"]),
        ("ศาสตราจารย์กิตติคุณ ดร.", "วิษณุ เครืองาม", []),
    ]
    boonsong, nanthinee, _ = persons
    post = boonsong.posts[0]
    assert (post.role, post.org_text, post.acting) == ("เลขาธิการ", "สำนักงานประกันสังคม", False)
    assert text[post.span.start : post.span.end] == "เลขาธิการสำนักงานประกันสังคม"
    assert text[boonsong.span.start : boonsong.span.end] == "นายบุญสงค์ ทัพชัยยุทธ์"
    assert nanthinee.posts[0].acting


def test_compound_post_splits_at_and():
    text = "รัฐบาลภายใต้การนำของ พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม กระทรวงแรงงาน"
    assert _summary(text) == [("พล.อ.", "ประยุทธ์ จันทร์โอชา", ["นายกรัฐมนตรี", "รัฐมนตรีว่าการกระทรวงกลาโหม"])]
    spaced = "นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงมหาดไทย กล่าวว่า"
    assert _summary(spaced)[0][2] == ["รองนายกรัฐมนตรี", "รัฐมนตรีว่าการกระทรวงมหาดไทย"]


def test_and_inside_an_organization_name_does_not_split():
    text = "นางสาวกาญจนา พูลแก้ว รองอธิบดีกรมสวัสดิการและคุ้มครองแรงงาน (กสร.) กล่าวเพิ่มเติมว่า"
    [person] = find_persons(text)
    [post] = person.posts
    assert (post.label, post.role, post.org_text) == (
        "รองอธิบดีกรมสวัสดิการและคุ้มครองแรงงาน",
        "รองอธิบดี",
        "กรมสวัสดิการและคุ้มครองแรงงาน",
    )


def test_acting_wording_is_dropped():
    text = "นายวีระชัย อมรถกลสุเวช รองผู้อำนวยการธนาคารออมสินอาวุโส รักษาการผู้อำนวยการธนาคารออมสิน กล่าวในการประชุม"
    [person] = find_persons(text)
    assert [(q.label, q.acting) for q in person.posts] == [
        ("รองผู้อำนวยการธนาคารออมสินอาวุโส", False),
        ("ผู้อำนวยการธนาคารออมสิน", True),
    ]


def test_post_before_name_and_abbreviated_post():
    text = (
        "จากสถานการณ์การแพร่ระบาด ท่านนายกรัฐมนตรี และรมว.กลาโหม พล.อ.ประยุทธ์ จันทร์โอชา "
        "กระทรวงแรงงานภายใต้การกำกับดูแลของพล.อ.ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี ได้เล็งเห็น"
    )
    assert _summary(text) == [
        ("พล.อ.", "ประยุทธ์ จันทร์โอชา", ["นายกรัฐมนตรี", "รมว.กลาโหม"]),
        ("พล.อ.", "ประวิตร วงษ์สุวรรณ", ["รองนายกรัฐมนตรี"]),
    ]
    [prayut, _] = find_persons(text)
    assert (prayut.posts[1].role, prayut.posts[1].org_text) == ("รมว.", "กลาโหม")


def test_post_of_the_previous_name_is_not_read_as_the_next_ones():
    text = (
        "โดยมี นายสุเทพ ชิตยวงษ์ เลขานุการรัฐมนตรีว่าการกระทรวงแรงงาน พล.ต.ต.นันทชาติ ศุภมงคล "
        "ประจำสำนักเลขาธิการนายกรัฐมนตรี ปฏิบัติหน้าที่ประจำกระทรวงแรงงาน นางเธียรรัตน์ นะวะมะวัฒน์ "
        "โฆษกกระทรวงแรงงาน (ฝ่ายการเมือง) ดร.จำลอง ช่วยรอด คณะที่ปรึกษารัฐมนตรีว่าการกระทรวงแรงงาน"
    )
    assert _summary(text) == [
        ("นาย", "สุเทพ ชิตยวงษ์", ["เลขานุการรัฐมนตรีว่าการกระทรวงแรงงาน"]),
        ("พล.ต.ต.", "นันทชาติ ศุภมงคล", ["ประจำสำนักเลขาธิการนายกรัฐมนตรี ปฏิบัติหน้าที่ประจำกระทรวงแรงงาน"]),
        ("นาง", "เธียรรัตน์ นะวะมะวัฒน์", ["โฆษกกระทรวงแรงงาน"]),
        ("ดร.", "จำลอง ช่วยรอด", ["คณะที่ปรึกษารัฐมนตรีว่าการกระทรวงแรงงาน"]),
    ]


def test_post_runs_on_over_a_company_name_and_an_address():
    company = "ดร.นาฬิกอติภัค แสงสนิท กรรมการผู้จัดการ บริษัท ธนารักษ์พัฒนาสินทรัพย์ จำกัด เปิดเผยว่า"
    assert _summary(company)[0][2] == ["กรรมการผู้จัดการ บริษัท ธนารักษ์พัฒนาสินทรัพย์ จำกัด"]
    address = "นายทรงศักดิ์ ตติยรัตน์ กำนัน ต.หนองไผ่ อ.แก้งคร้อ จ.ชัยภูมิ กำนันยอดเยี่ยม ประจำปี 2567 กล่าวว่า"
    assert _summary(address)[0][2] == ["กำนัน ต.หนองไผ่ อ.แก้งคร้อ จ.ชัยภูมิ"]


def test_public_organization_bracket_is_kept_other_asides_dropped():
    text = "รศ.นพ.สุริยเดว ทรีปาตี ผู้อำนวยการศูนย์คุณธรรม (องค์การมหาชน) กล่าวถึง"
    assert _summary(text)[0][2] == ["ผู้อำนวยการศูนย์คุณธรรม (องค์การมหาชน)"]


def test_mentions_of_one_person_are_merged():
    text = (
        "“รมว. สุชาติ” ส่ง ที่ปรึกษารัฐมนตรี ลงพื้นที่\n"
        "นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน มอบหมายให้ พลตำรวจตรี นันทชาติ ศุภมงคล "
        "คณะที่ปรึกษารัฐมนตรีว่าการกระทรวงแรงงาน ลงพื้นที่\nทั้งนี้ พลตำรวจตรี นันทชาติฯ และคณะเดินทาง "
        "ตามที่ได้มอบหมายท่านสุชาติ และ นายสุชาติ กล่าวว่า"
    )
    persons = find_persons(text)
    assert [(p.name, [q.label for q in p.posts]) for p in persons] == [
        ("สุชาติ ชมกลิ่น", ["รัฐมนตรีว่าการกระทรวงแรงงาน"]),
        ("นันทชาติ ศุภมงคล", ["คณะที่ปรึกษารัฐมนตรีว่าการกระทรวงแรงงาน"]),
    ]


def test_untitled_name_after_a_post_needs_corpus_evidence():
    text = "โฆษกประจำสำนักนายกรัฐมนตรี อนุชา บูรพชัยศรี เปิดเผยว่า"
    assert _summary(text) == [("", "อนุชา บูรพชัยศรี", ["โฆษกประจำสำนักนายกรัฐมนตรี"])]
    assert _summary("ผู้อำนวยการกองการพยาบาล เลขานุการคณะกรรมการ เปิดประชุม") == []


def test_quoted_names_joined_by_and():
    text = "นายกฯ ปลื้ม วีลแชร์เรซซิ่งพาราลิมปิก “ประวัติ วะโฮรัมย์” และ “ภูธเรศ คงรักษ์” รับเงิน"
    assert [p.name for p in find_persons(text)] == ["ประวัติ วะโฮรัมย์", "ภูธเรศ คงรักษ์"]


def test_english_posts_before_and_after_the_name():
    text = (
        "February 13, 2023, Deputy Government Spokesperson Tipanan Sirichana disclosed that the Government "
        "congratulates THAI. It reflects the vision and leadership of Prime Minister and Defense Minister "
        "Gen. Prayut Chan-o-cha, in time of crisis. "
        "Mr. Anucha Burapachaisri, Acting Government Spokesperson, said"
    )
    persons = find_persons(text)
    assert [(p.prefix, p.name, [q.label for q in p.posts]) for p in persons] == [
        ("", "Tipanan Sirichana", ["Deputy Government Spokesperson"]),
        ("Gen.", "Prayut Chan-o-cha", ["Prime Minister", "Defense Minister"]),
        ("Mr.", "Anucha Burapachaisri", ["Government Spokesperson"]),
    ]
    assert persons[2].posts[0].acting


def test_role_lexicon_loads():
    words = {r.role for r in roles()}
    assert {"นายกรัฐมนตรี", "รัฐมนตรีว่าการ", "อธิบดี", "รมว.", "Prime Minister"} <= words


def test_post_ends_at_a_verb_glued_after_a_shortened_name() -> None:
    [person] = find_persons("นายเฉลิมชัย ศรีอ่อน รัฐมนตรีว่าการกระทรวงเกษตรฯได้สั่งปรับแนวทางการทำงาน")
    assert [post.label for post in person.posts] == ["รัฐมนตรีว่าการกระทรวงเกษตรฯ"]


def test_a_second_post_glued_on_by_acting_wording_or_by_performing_its_duties() -> None:
    assert _summary("นายบุญช่วย หอมยามเย็น รองผู้ว่าราชการจังหวัดตากรักษาการในตำแหน่งที่ปรึกษาด้านความมั่นคง ได้ลงพื้นที่") == [
        ("นาย", "บุญช่วย หอมยามเย็น", ["รองผู้ว่าราชการจังหวัดตาก", "ที่ปรึกษาด้านความมั่นคง"])
    ]
    assert _summary(
        "นายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง ปฏิบัติหน้าที่โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า"
    ) == [("นาย", "อนุชา บูรพชัยศรี", ["รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง", "โฆษกประจำสำนักนายกรัฐมนตรี"])]


def test_an_offices_post_goes_on_to_the_organization_after_a_space_a_political_one_does_not() -> None:
    assert _summary("นายกองเอก ธนาคม จงจิระ หัวหน้าฝ่ายอำนวยการ กองบัญชาการกองอาสารักษาดินแดน กล่าวว่า") == [
        ("นายกองเอก", "ธนาคม จงจิระ", ["หัวหน้าฝ่ายอำนวยการ กองบัญชาการกองอาสารักษาดินแดน"])
    ]
    assert _summary("นายณัฐพล นิมมานพัชรินทร์ ผู้อำนวยการใหญ่ สำนักงานส่งเสริมเศรษฐกิจดิจิทัล กล่าวว่า") == [
        ("นาย", "ณัฐพล นิมมานพัชรินทร์", ["ผู้อำนวยการใหญ่ สำนักงานส่งเสริมเศรษฐกิจดิจิทัล"])
    ]
    assert _summary("นายสมศักดิ์ เทพสุทิน รองนายกรัฐมนตรี กระทรวงมหาดไทยได้จัดงาน") == [
        ("นาย", "สมศักดิ์ เทพสุทิน", ["รองนายกรัฐมนตรี"])
    ]


def test_a_members_constituency_and_party_and_a_deputys_portfolio_are_part_of_the_post() -> None:
    assert _summary("นางสาวธีรรัตน์ สำเร็จวาณิชย์ สมาชิกสภาผู้แทนราษฎรกรุงเทพมหานคร เขต 18 พรรคเพื่อไทย ได้ยื่นกระทู้") == [
        ("นางสาว", "ธีรรัตน์ สำเร็จวาณิชย์", ["สมาชิกสภาผู้แทนราษฎรกรุงเทพมหานคร เขต 18 พรรคเพื่อไทย"])
    ]
    assert _summary("นายอรรษิษฐ์ สัมพันธรัตน์ รองปลัดกระทรวงมหาดไทย ด้านบริหาร กล่าวว่า") == [
        ("นาย", "อรรษิษฐ์ สัมพันธรัตน์", ["รองปลัดกระทรวงมหาดไทย ด้านบริหาร"])
    ]


def test_a_king_is_named_by_his_whole_royal_name_and_the_king_unnamed_is_no_one() -> None:
    assert _summary(
        "ทั้งนี้ ในรัชสมัยพระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว ทรงตั้งกระทรวงมหาดไทย และเชิญพระบรมฉายาลักษณ์"
        "พระบาทสมเด็จพระเจ้าอยู่หัวและตราสัญลักษณ์งานเฉลิมพระเกียรติฯ"
    ) == [("", "พระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว", [])]
    assert _summary("ทั้งนี้ พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร ทรงมีพระราชดำริ") == [
        ("", "พระบาทสมเด็จพระบรมชนกาธิเบศร มหาภูมิพลอดุลยเดชมหาราช บรมนาถบพิตร", [])
    ]


def test_a_monarch_named_with_a_regnal_number_and_not_a_reign_or_a_date() -> None:
    assert _summary(
        "นายกฯ กล่าวถวายพระพรแด่สมเด็จพระเจ้าชาลส์ที่ 3 พระมหากษัตริย์พระองค์ใหม่แห่งสหราชอาณาจักร "
        "และการเสด็จสวรรคตของ สมเด็จพระราชินีนาถเอลิซาเบธที่ 2 ซึ่งทรงเป็นที่รัก"
    ) == [("สมเด็จพระเจ้า", "ชาลส์ที่ 3", []), ("สมเด็จพระราชินีนาถ", "เอลิซาเบธที่ 2", [])]
    assert _summary("ข้าราชการในพระบาทสมเด็จพระเจ้าอยู่หัวรัชกาลที่ 10 เมื่อสมเด็จพระเจ้าอยู่หัวที่พระราชทานเมื่อวันที่ 4") == []


def test_a_monk_known_by_his_ecclesiastical_title_with_his_monastic_post() -> None:
    assert _summary(
        "ทั้งนี้ พระครูวรธรรมธัช เจ้าคณะจังหวัดกาฬสินธุ์ และพระธรรมรัตนากร เจ้าอาวาสวัดพระเชตุพนวิมลมังคลาราม "
        "ได้ร่วมพิธี โดยมีพระสมชาย กล่าว"
    ) == [
        ("", "พระครูวรธรรมธัช", ["เจ้าคณะจังหวัดกาฬสินธุ์"]),
        ("", "พระธรรมรัตนากร", ["เจ้าอาวาสวัดพระเชตุพนวิมลมังคลาราม"]),
    ]


def test_a_known_organizations_spaced_name_is_the_end_of_the_post_that_begins_it() -> None:
    assert _summary(
        "และนายไตรรัตน์ วิริยะศิริกุล รองเลขาธิการคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ "
        "ร่วมลงนาม"
    ) == [
        (
            "นาย",
            "ไตรรัตน์ วิริยะศิริกุล",
            ["รองเลขาธิการคณะกรรมการกิจการกระจายเสียง กิจการโทรทัศน์ และกิจการโทรคมนาคมแห่งชาติ"],
        )
    ]


def test_a_second_post_held_in_the_capacity_of() -> None:
    assert _summary("นายพรชัย ฐีระเวช ผู้อำนวยการสำนักงานเศรษฐกิจการคลัง ในฐานะโฆษกกระทรวงการคลัง ได้กล่าวย้ำ") == [
        ("นาย", "พรชัย ฐีระเวช", ["ผู้อำนวยการสำนักงานเศรษฐกิจการคลัง", "โฆษกกระทรวงการคลัง"])
    ]


def test_a_royal_title_is_not_a_name_and_not_the_start_of_the_next_persons_family_name() -> None:
    # สมเด็จพระยุพราช is a title; นายแพทย์ชลน่าน is the next person, not a family name.
    assert _summary(
        "ศาสตราจารย์คลินิกนายแพทย์เกษม วัฒนชัย องคมนตรีและประธานคณะกรรมการมูลนิธิโรงพยาบาลสมเด็จพระยุพราช "
        "นายแพทย์ชลน่าน ศรีแก้ว รัฐมนตรีว่าการกระทรวงสาธารณสุข และคุณฐิติรัตน์ ศักดาปรีชา กรรมการผู้จัดการ"
    ) == [
        (
            "ศาสตราจารย์คลินิกนายแพทย์",
            "เกษม วัฒนชัย",
            ["องคมนตรี", "ประธานคณะกรรมการมูลนิธิโรงพยาบาลสมเด็จพระยุพราช"],
        ),
        ("นายแพทย์", "ชลน่าน ศรีแก้ว", ["รัฐมนตรีว่าการกระทรวงสาธารณสุข"]),
        ("คุณ", "ฐิติรัตน์ ศักดาปรีชา", ["กรรมการผู้จัดการ"]),
    ]


def test_a_civil_servants_classified_position_with_the_unit_after_it() -> None:
    assert _summary(
        "1.1) นางสาวพัชรี ศุภดิษฐ์ นักพัฒนาสังคมชำนาญการพิเศษ กองคุ้มครองและพัฒนาอาชีพ 1.2) นางดวงพร จันทร์เต็มดวง "
        "พยาบาลวิชาชีพชำนาญการ ศูนย์พัฒนาการจัดสวัสดิการผู้สูงอายุบ้านบางละมุง และนางสาววันดี ตรียศสิน "
        "นักพัฒนาสังคมชำนาญการพิเศษ ปฏิบัติ ผู้อำนวยการสถานคุ้มครอง"
    ) == [
        ("นางสาว", "พัชรี ศุภดิษฐ์", ["นักพัฒนาสังคมชำนาญการพิเศษ กองคุ้มครองและพัฒนาอาชีพ"]),
        ("นาง", "ดวงพร จันทร์เต็มดวง", ["พยาบาลวิชาชีพชำนาญการ ศูนย์พัฒนาการจัดสวัสดิการผู้สูงอายุบ้านบางละมุง"]),
        ("นางสาว", "วันดี ตรียศสิน", ["นักพัฒนาสังคมชำนาญการพิเศษ"]),
    ]


def test_a_married_womans_two_family_names_before_her_post() -> None:
    assert _summary(
        "นางรัดเกล้า อินทวงศ์ สุวรรณคีรี รองโฆษกประจำสำนักนายกรัฐมนตรี กล่าว และ น.ส.ธนนนท์ นิรามิษ "
        "ภริยารองนายกรัฐมนตรีและ รมว.มหาดไทย และนายสมชาย ใจดี กล่าวว่า"
    ) == [
        ("นาง", "รัดเกล้า อินทวงศ์ สุวรรณคีรี", ["รองโฆษกประจำสำนักนายกรัฐมนตรี"]),
        ("น.ส.", "ธนนนท์ นิรามิษ", []),
        ("นาย", "สมชาย ใจดี", []),
    ]


def test_when_a_post_was_held_is_no_second_family_name() -> None:
    # thaigov-90551
    assert _summary("1. นายสมชาย หาญภักดีปฏิมา ขณะดำรงตำแหน่ง ผวจ.กระบี่ 2. นายชาธิป รุจนเสรี ผวจ.กำแพงเพชร") == [
        ("นาย", "สมชาย หาญภักดีปฏิมา", ["ผวจ.กระบี่"]),
        ("นาย", "ชาธิป รุจนเสรี", ["ผวจ.กำแพงเพชร"]),
    ]


def test_a_title_glued_inside_a_place_name_and_an_abbreviated_special_professor() -> None:
    assert _summary(
        "ศ. พิเศษ วิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม กล่าว โดยปลัดอำเภอพระสมุทรเจดีย์ "
        "นายสราวุธ เขมะสมบูรณ์ กล่าว"
    ) == [
        ("ศ. พิเศษ", "วิศิษฏ์ วิศิษฏ์สรอรรถ", ["ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"]),
        ("นาย", "สราวุธ เขมะสมบูรณ์", ["ปลัดอำเภอพระสมุทรเจดีย์"]),
    ]


def test_a_given_name_that_starts_like_a_title_and_an_office_named_by_its_abbreviation() -> None:
    # "นายพล" (a general) is no title inside "นายพลาวุธ": พลา goes on with a vowel.
    assert _summary(
        "นายพลาวุธ วงศ์วิวัฒน์ ผู้อำนวยการกองยุทธศาสตร์และแผนงาน นายอนุ แย้มแสง ผู้อำนวยการสำนักงาน ก.ก.ถ. "
        "และนายโมกุล โปษยะพิสิษฐ์ รองกรรมการผู้จัดการ เป็นตัวแทน"
    ) == [
        ("นาย", "พลาวุธ วงศ์วิวัฒน์", ["ผู้อำนวยการกองยุทธศาสตร์และแผนงาน"]),
        ("นาย", "อนุ แย้มแสง", ["ผู้อำนวยการสำนักงาน ก.ก.ถ."]),
        ("นาย", "โมกุล โปษยะพิสิษฐ์", ["รองกรรมการผู้จัดการ"]),
    ]


def test_a_family_name_that_opens_like_a_word_when_a_post_follows() -> None:
    assert _summary(
        "ได้แก่ 1) นายเอกธาดาธร ตามพร ผู้อำนวยการกลุ่มงานบริหารการพัสดุ และนายขจร เราประเสริฐ รองอธิบดีกรมส่งเสริมการเกษตร "
        "และนายธนกร กล่าวว่า นายกรัฐมนตรี"
    ) == [
        ("นาย", "เอกธาดาธร ตามพร", ["ผู้อำนวยการกลุ่มงานบริหารการพัสดุ"]),
        ("นาย", "ขจร เราประเสริฐ", ["รองอธิบดีกรมส่งเสริมการเกษตร"]),
        ("นาย", "ธนกร", []),
    ]


def test_a_heads_organization_by_its_abbreviation_and_a_verb_glued_to_the_post() -> None:
    assert _summary(
        "คุณสิทธิกร ดิเรกสุนทร กรรมการและผู้จัดการทั่วไป บสย. กล่าวว่า นายถนอม รัตนเศรษฐ ผู้ช่วยผู้ว่าการ "
        "การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย (รฟม.) กล่าว นายอลงกรณ์ พลบุตร ที่ปรึกษารัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์"
        "แถลงวันนี้"
    ) == [
        ("คุณ", "สิทธิกร ดิเรกสุนทร", ["กรรมการ", "ผู้จัดการทั่วไป บสย."]),
        ("นาย", "ถนอม รัตนเศรษฐ", ["ผู้ช่วยผู้ว่าการ การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย"]),
        ("นาย", "อลงกรณ์ พลบุตร", ["ที่ปรึกษารัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์"]),
    ]


def test_a_name_that_goes_on_after_a_particle_and_an_ambassadors_post() -> None:
    assert _summary(
        "โดยมีนายอับดุลเราะห์มาน บิน อับดุลอาซีซ อัล ซูไฮบานี เอกอัครราชทูตซาอุดีอาระเบีย ประจำประเทศไทย "
        "และ ดร.มาเรีย ฟาน เคอร์โคฟ หัวหน้าด้านเทคนิค กล่าว"
    ) == [
        (
            "นาย",
            "อับดุลเราะห์มาน บิน อับดุลอาซีซ อัล ซูไฮบานี",
            ["เอกอัครราชทูตซาอุดีอาระเบีย ประจำประเทศไทย"],
        ),
        ("ดร.", "มาเรีย ฟาน เคอร์โคฟ", ["หัวหน้าด้านเทคนิค"]),
    ]


def test_members_of_the_royal_family_by_their_styles() -> None:
    assert _summary(
        "โดยสมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี เสด็จพระราชดำเนิน "
        "และสมเด็จพระเจ้าลูกเธอ เจ้าฟ้าสิริวัณณวรี นารีรัตนราชกัญญา ทรง ในพระราชูปถัมภ์สมเด็จพระศรีนครินทราบรมราชชนนี"
    ) == [
        ("สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระ", "เทพรัตนราชสุดาฯ สยามบรมราชกุมารี", []),
        ("สมเด็จพระเจ้าลูกเธอ เจ้าฟ้า", "สิริวัณณวรี นารีรัตนราชกัญญา", []),
        ("", "สมเด็จพระศรีนครินทราบรมราชชนนี", []),
    ]


def test_a_ministers_role_runs_on_to_its_ministry_and_a_diplomats_to_the_city():
    # Releases of bench/sample5.
    text = (
        "ศาสตราจารย์พิเศษ ดร.เอนก เหล่าธรรมทัศน์ รัฐมนตรีว่าการ กระทรวงการอุดมศึกษา วิทยาศาสตร์ "
        "วิจัยและนวัตกรรม ปาฐกถาพิเศษ เรื่อง"
    )
    [(_, name, posts)] = _summary(text)
    assert (name, posts) == (
        "เอนก เหล่าธรรมทัศน์",
        ["รัฐมนตรีว่าการ กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"],
    )
    summary = _summary("นายต่อ ศรลัมพ์ กงสุลใหญ่ ณ นครลอสแอนเจลิส พร้อมนายดำฤทธิ์ วิริยะกุล เลขานุ")
    assert summary[0][1:] == ("ต่อ ศรลัมพ์", ["กงสุลใหญ่ ณ นครลอสแอนเจลิส"])


def test_monks_named_by_their_title_after_respect_an_honorific_or_an_academic_title():
    # Releases of bench/sample2, sample3 and sample5.
    cases = {
        "พงษ์ เผ่าจินดา เข้ากราบนมัสการพระครูศรีพิพัฒนคุณ รองเจ้าคณะอำเภอเมืองอุบลราชธานี เจ้าอาวาสวัดเรียบ": (
            "",
            "พระครูศรีพิพัฒนคุณ",
        ),
        "นธรรมกราบขอบพระคุณพระเดชพระคุณพระโกศัยเจติยารักษ์ เจ้าอาวาสวัดพระธาตุช่อแฮ ผู้นำชุมชน พี่": (
            "พระเดชพระคุณ",
            "พระโกศัยเจติยารักษ์",
        ),
        "ขันธ์ อ.สหัสขันธ์ จ.กาฬสินธุ์ พระครูวรธรรมธัช, ดร. เจ้าคณะจังหวัดกาฬสินธุ์ เมตตาเป็นป": ("", "พระครูวรธรรมธัช"),
        "(มจร.) โดยได้รับการต้อนรับจาก พระธรรมวัชรบัณฑิต, ศ.ดร. อธิการบดี มจร. และคณะผู้บริหารระ": (
            "",
            "พระธรรมวัชรบัณฑิต",
        ),
        "พระโอวาทแห่งเจ้าพระคุณสมเด็จพระอริยวงศาคตญาณ สมเด็จพระสังฆราช สกลมหาสังฆปริณายก ที่ทรงเมตตา": (
            "เจ้าพระคุณ",
            "สมเด็จพระอริยวงศาคตญาณ",
        ),
    }
    for text, (prefix, name) in cases.items():
        assert [p[:2] for p in _summary(text)] == [(prefix, name)], text
    assert _summary("ขันธ์ อ.สหัสขันธ์ จ.กาฬสินธุ์ พระครูวรธรรมธัช, ดร. เจ้าคณะจังหวัดกาฬสินธุ์ เมตตาเป็นป")[0][2] == [
        "เจ้าคณะจังหวัดกาฬสินธุ์"
    ]


def test_monks_of_every_rank_by_their_titles() -> None:
    # thaigov-76936, 63314, 63569: an ordinary rank's title, a meditation master's "วิ.", a familiar
    # name in brackets, an adviser's post, a royal temple's rank in the post, and เจ้าประคุณ before a
    # member of the Sangha Supreme Council.
    assert _summary("พร้อมด้วย พระครูสุภัทรธรรมโฆษิต (พระครูต้น) ผู้ช่วยเจ้าอาวาสวัดระฆังโฆสิตาราม วรมหาวิหาร ประชุมหารือ") == [
        ("", "พระครูสุภัทรธรรมโฆษิต", ["ผู้ช่วยเจ้าอาวาสวัดระฆังโฆสิตาราม วรมหาวิหาร"])
    ]
    assert _summary("เป็นประธานฝ่ายฆราวาส พระราชภาวนาพิธาน วิ. เจ้าคณะจังหวัดฉะเชิงเทรา เป็นประธานฝ่ายสงฆ์") == [
        ("", "พระราชภาวนาพิธาน วิ.", ["เจ้าคณะจังหวัดฉะเชิงเทรา"])
    ]
    assert _summary("โดยมี พระสุมณฑ์ศาสนกิตติ์ เจ้าคณะจังหวัดแม่ฮ่องสอน เป็นประธาน") == [
        ("", "พระสุมณฑ์ศาสนกิตติ์", ["เจ้าคณะจังหวัดแม่ฮ่องสอน"])
    ]
    assert _summary("โดยมีพระเดชพระคุณ พระเทพประสิทธิคุณ ที่ปรึกษาเจ้าคณะกรุงเทพมหานคร เป็นประธาน") == [
        ("พระเดชพระคุณ", "พระเทพประสิทธิคุณ", ["ที่ปรึกษาเจ้าคณะกรุงเทพมหานคร"])
    ]
    assert _summary(
        "ซึ่งได้รับเมตตาจากเจ้าประคุณสมเด็จพระมหาธีราจารย์ กรรมการมหาเถรสมาคม ประธานกรรมการฝ่ายสาธารณสงเคราะห์"
    )[0][:2] == ("เจ้าประคุณ", "สมเด็จพระมหาธีราจารย์")
    # thaigov-80962: after ท่านเจ้าคุณ a title names a monk with no post after it.
    assert _summary("โดยได้รับเมตตาจากท่านเจ้าคุณพระพิพัฒน์วชิโรภาส และพระปัญญาวชิรโมลี ที่ปรึกษา")[0] == (
        "ท่านเจ้าคุณ",
        "พระพิพัฒน์วชิโรภาส",
        [],
    )
    # Not a monk: a temple's rank before a post, a word for monks in general.
    assert _summary("ณ วัดไชยชุมพลชนะสงคราม พระอารามหลวง เจ้าคณะจังหวัดมาร่วมงาน") == []
    assert _summary("นิมนต์พระภิกษุสงฆ์ เจ้าอาวาสวัดต่าง ๆ") == []


def test_english_names_written_straight_after_their_post() -> None:
    # thaigov-55801: "Minister of <ministry> <Name>", one after another; the post before a name is
    # that name's, not the previous one's.
    assert _summary(
        "together with Minister of Interior Gen. Anupong Paojinda, Minister of Digital Economy and Society "
        "Chaiwut Thanakamanusorn, Minister of Labor Suchart Chomklin, and the delegation"
    ) == [
        ("Gen.", "Anupong Paojinda", ["Minister of Interior"]),
        ("", "Chaiwut Thanakamanusorn", ["Minister of Digital Economy and Society"]),
        ("", "Suchart Chomklin", ["Minister of Labor"]),
    ]
    # Not names: the end of an organization's name, a possessive.
    assert _summary("met the President of Thailand Trade Representatives, who said") == []
    assert _summary("said Minister of Finance Srettha Thavisin’s team") == []


def test_a_holder_named_in_brackets_after_the_post() -> None:
    # thaigov-39451 and the cabinet's resolutions: "โดยมีรองนายกรัฐมนตรี (นาย…)", "ตามที่รัฐมนตรี… (…) เสนอ".
    assert _summary("สนับสนุนวิสาหกิจเพื่อสังคม โดยมีรองนายกรัฐมนตรี (นายจุรินทร์ ลักษณวิศิษฏ์) เป็นประธาน") == [
        ("นาย", "จุรินทร์ ลักษณวิศิษฏ์", ["รองนายกรัฐมนตรี"])
    ]
    assert _summary("ตามที่รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ (ร้อยเอก ธรรมนัส พรหมเผ่า) เสนอ") == [
        ("ร้อยเอก", "ธรรมนัส พรหมเผ่า", ["รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์"])
    ]


def test_the_heads_of_the_sangha_and_of_thai_islam_are_posts() -> None:
    # thaigov-63569; the Chularatchamontri as the corpus writes him.
    assert _summary(
        "โดยได้รับเมตตาจากเจ้าพระคุณสมเด็จพระอริยวงศาคตญาณ สมเด็จพระสังฆราช สกลมหาสังฆปริณายก โปรดเมตตาประทานผ้าไตร"
    ) == [("เจ้าพระคุณ", "สมเด็จพระอริยวงศาคตญาณ", ["สมเด็จพระสังฆราช สกลมหาสังฆปริณายก"])]
    assert _summary("นายอรุณ บุญชม จุฬาราชมนตรี เป็นประธาน") == [("นาย", "อรุณ บุญชม", ["จุฬาราชมนตรี"])]


def test_english_posts_that_end_in_general_and_two_posts_joined_by_and() -> None:
    # thaigov-87969: "Secretary General" written with a space is a post, not a rank before the
    # name; "… Chayan Muangsong and Director General of …" ends one post's holder and starts the next.
    assert _summary(
        "Prime Minister’s Secretary General Prommin Lertsuridej, left for Chiang Rai’s Mae Fah Luang. "
        "Rescue operation by Deputy Secretary General of Office of National Water Resources "
        "Chayan Muangsong and Director General of the Department of Disaster Prevention and Mitigation "
        "Chaiwat Chuntirapong en route to Chiang Rai."
    ) == [
        ("", "Prommin Lertsuridej", ["Prime Minister’s Secretary General"]),
        ("", "Chayan Muangsong", ["Deputy Secretary General of Office of National Water Resources"]),
        (
            "",
            "Chaiwat Chuntirapong",
            ["Director General of the Department of Disaster Prevention and Mitigation"],
        ),
    ]
    # thaigov-89657: a name before "to" (a verb follows) closes its post too.
    assert _summary(
        "she has instructed Deputy Prime Minister and Minister of Digital Economy and Society Prasert "
        "Jantararuangtong and Minister of Natural Resources and Environment Chalermchai Sri-on to work"
    ) == [
        (
            "",
            "Prasert Jantararuangtong",
            ["Deputy Prime Minister", "Minister of Digital Economy and Society"],
        ),
        ("", "Chalermchai Sri-on", ["Minister of Natural Resources and Environment"]),
    ]


def test_a_post_whole_alone_ends_before_the_verb_after_it_unless_its_wing_or_country_follows():
    assert _summary("นายกระทรวงมหาดไทย เปิดเผยว่า พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี มีความห่วงใยพี่น้องประชาชนในพื้นที่")[
        -1
    ] == ("พลเอก", "ประยุทธ์ จันทร์โอชา", ["นายกรัฐมนตรี"])
    assert _summary("ก่อนการประชุมคณะรัฐมนตรี นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรีเยี่ยมชมการจัดแสดงกิจกรรม") == [
        ("นางสาว", "แพทองธาร ชินวัตร", ["นายกรัฐมนตรี"])
    ]
    assert _summary("วันนี้ นายประทีป กีรติเรขา รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง เปิดเผยว่า") == [
        ("นาย", "ประทีป กีรติเรขา", ["รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง"])
    ]


def test_a_ministers_post_ends_with_the_ministry_before_a_glued_verb_but_not_before_its_wing():
    assert _summary("นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อมตอบชี้แจงว่า การแก้ไขปัญหา") == [
        ("นาย", "วราวุธ ศิลปอาชา", ["รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"])
    ]
    assert _summary("นางยุพา ทวีวัฒนะกิจบวร ปลัดกระทรวงวัฒนธรรมเข้ากราบสักการะสิ่งศักดิ์สิทธิ์") == [
        ("นาง", "ยุพา ทวีวัฒนะกิจบวร", ["ปลัดกระทรวงวัฒนธรรม"])
    ]
    assert _summary("โดยมี นายสมคิด จันทมฤก รองปลัดกระทรวงมหาดไทย ด้านบริหาร เป็นหัวหน้าผู้ปฏิบัติหน้าที่") == [
        ("นาย", "สมคิด จันทมฤก", ["รองปลัดกระทรวงมหาดไทย ด้านบริหาร"])
    ]


def test_a_family_name_granted_with_na_and_a_city_is_part_of_the_name_a_venue_is_not():
    assert _summary("วันนี้ นายสุพจน์ รอดเรือง ณ หนองคาย ผู้ว่าราชการจังหวัดยะลา เป็นประธาน") == [
        ("นาย", "สุพจน์ รอดเรือง ณ หนองคาย", ["ผู้ว่าราชการจังหวัดยะลา"])
    ]
    assert _summary("นางยุถิกา อิศรางกูร ณ อยุธยา รองปลัดกระทรวงวัฒนธรรม กล่าวว่า") == [
        ("นาง", "ยุถิกา อิศรางกูร ณ อยุธยา", ["รองปลัดกระทรวงวัฒนธรรม"])
    ]
    assert _summary("นายสมชาย ชัยเจริญ ณ ตึกสันติไมตรี ทำเนียบรัฐบาล") == [("นาย", "สมชาย ชัยเจริญ", [])]


def test_posts_one_person_holds_together_are_read_as_his_not_the_next_persons():
    # A monk's Sangha posts, and the cluster a deputy permanent secretary heads, are written one
    # after the other with no "และ"; the post written next was the next person's before.
    text = (
        "พระราชสิทธิเวที เจ้าคณะจังหวัดพิจิตร เจ้าอาวาสวัดท่าหลวง พระอารามหลวง เป็นประธานสงฆ์ "
        "นายพยนต์ อัศวพิชยนต์ ผู้ว่าราชการจังหวัดพิจิตร เป็นประธานฝ่ายฆราวาส"
    )
    assert _summary(text) == [
        ("", "พระราชสิทธิเวที", ["เจ้าคณะจังหวัดพิจิตร", "เจ้าอาวาสวัดท่าหลวง พระอารามหลวง"]),
        ("นาย", "พยนต์ อัศวพิชยนต์", ["ผู้ว่าราชการจังหวัดพิจิตร"]),
    ]
    text = (
        "โดยมี นายพรพจน์ เพ็ญพาส รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจด้านกิจการความมั่นคงภายใน "
        "นายชยาวุธ จันทร อธิบดีกรมที่ดิน ร่วมพิธี"
    )
    assert _summary(text) == [
        ("นาย", "พรพจน์ เพ็ญพาส", ["รองปลัดกระทรวงมหาดไทย", "หัวหน้ากลุ่มภารกิจด้านกิจการความมั่นคงภายใน"]),
        ("นาย", "ชยาวุธ จันทร", ["อธิบดีกรมที่ดิน"]),
    ]


def test_a_post_held_earlier_is_read_after_khana_damrong_tamnaeng():
    text = "7. นายขจรเกียรติ รักพานิชมณี ผวจ.ฉะเชิงเทรา ขณะดำรงตำแหน่ง ผวจ.นครศรีธรรมราช 8. นายสุธี ทองแย้ม"
    assert _summary(text)[0] == ("นาย", "ขจรเกียรติ รักพานิชมณี", ["ผวจ.ฉะเชิงเทรา", "ผวจ.นครศรีธรรมราช"])


def test_those_who_came_with_an_official_glued_on_by_and_are_not_part_of_the_post():
    text = "นายธีระ แก้วพิมล อุตสาหกรรมจังหวัดพระนครศรีอยุธยาและเจ้าหน้าที่ ร่วมลงพื้นที่"
    assert _summary(text) == [("นาย", "ธีระ แก้วพิมล", ["อุตสาหกรรมจังหวัดพระนครศรีอยุธยา"])]
    text = "นางณิรดา วิสุทธิชาติธาดา ผู้ช่วยปลัดกระทรวงอุตสาหกรรมและผู้บริหารกระทรวงอุตสาหกรรม ร่วมประชุม"
    assert _summary(text) == [("นาง", "ณิรดา วิสุทธิชาติธาดา", ["ผู้ช่วยปลัดกระทรวงอุตสาหกรรม"])]
    # A court's name goes on: ศาลเยาวชนและครอบครัว.
    text = "นางมนัสวัลย์ พันธุนาคิน ผู้อำนวยการสำนักงานประจำศาลเยาวชนและครอบครัวกลาง กล่าวว่า"
    assert _summary(text)[0][2] == ["ผู้อำนวยการสำนักงานประจำศาลเยาวชนและครอบครัวกลาง"]


def test_an_inspectors_post_goes_on_to_the_region_he_inspects():
    text = "นายแพทย์ณรงค์ อภิกุลวาณิช ผู้ตรวจราชการกระทรวงสาธารณสุข เขตสุขภาพที่ 6 กล่าวว่า"
    assert _summary(text) == [("นายแพทย์", "ณรงค์ อภิกุลวาณิช", ["ผู้ตรวจราชการกระทรวงสาธารณสุข เขตสุขภาพที่ 6"])]


def test_an_organization_in_latin_letters_after_a_bare_role_and_with_glued_after_an_abbreviation():
    text = "นางสาวนารถนารี รัฐปัตย์ กรรมการผู้จัดการ SME D Bank ได้รับรางวัล “สุดยอดผู้บริหารแห่งปี”"
    assert _summary(text) == [("นางสาว", "นารถนารี รัฐปัตย์", ["กรรมการผู้จัดการ SME D Bank"])]
    text = "พล.อ.ชัยชาญ ช้างมงคล รมช.กห.พร้อม พล.อ.ณัฐ อินทรเจริญ ได้ประชุมร่วมกับ หน่วยขึ้นตรงกระทรวงกลาโหม"
    assert _summary(text)[0] == ("พล.อ.", "ชัยชาญ ช้างมงคล", ["รมช.กห."])


def test_names_listed_before_a_post_several_hold_at_once_share_it():
    text = (
        "นายชยธรรม์ พรหมศร ปลัดกระทรวงคมนาคม นายพิศักดิ์ จิตวิริยะวศิน และนายอานนท์ เหลืองบริบูรณ์ "
        "รองปลัดกระทรวงคมนาคม พร้อมด้วยหัวหน้าหน่วยงาน"
    )
    assert [(name, posts) for _, name, posts in _summary(text)] == [
        ("ชยธรรม์ พรหมศร", ["ปลัดกระทรวงคมนาคม"]),
        ("พิศักดิ์ จิตวิริยะวศิน", ["รองปลัดกระทรวงคมนาคม"]),
        ("อานนท์ เหลืองบริบูรณ์", ["รองปลัดกระทรวงคมนาคม"]),
    ]
    text = "นายสุระ เพชรพิรุณ นายสมพล โนดไธสง นายนิรันดร์ ยิ่งมหิศรานนท์ ผู้ตรวจราชการกระทรวงอุตสาหกรรม ร่วมประชุม"
    assert {posts[0] for _, _, posts in _summary(text)} == {"ผู้ตรวจราชการกระทรวงอุตสาหกรรม"}
    # A post only one holds is not shared, nor one given to a name written elsewhere, nor across lines.
    text = "นายสมชาย ใจดี และนายสมศักดิ์ รักชาติ ผู้ว่าราชการจังหวัดน่าน ร่วมงาน"
    assert [posts for _, _, posts in _summary(text)] == [[], ["ผู้ว่าราชการจังหวัดน่าน"]]
    text = (
        "นายสมชาย ใจดี อธิบดีกรมการปกครอง เดินทางมา\nต่อมา นายสมชาย ใจดี และนายสมศักดิ์ รักชาติ "
        "รองอธิบดีกรมการปกครอง ร่วมงาน"
    )
    assert [posts for _, _, posts in _summary(text)] == [["อธิบดีกรมการปกครอง"], ["รองอธิบดีกรมการปกครอง"]]
