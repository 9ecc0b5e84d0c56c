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
