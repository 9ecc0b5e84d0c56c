"""Organizations in releases: gazetteer agencies, name patterns, aliases and merging.

Every text here is a sentence from a release in the thaigov corpus or the seed release.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sso_kg.extract.organizations import _distance, find_organizations, resolve_organization


def orgs(text: str) -> dict[str, tuple[list[str], str | None]]:
    return {o.name: (o.aliases, o.agency_id) for o in find_organizations(text)}


def test_gazetteer_agency_with_parenthesised_abbreviation():
    text = (
        "นายบุญสงค์ ทัพชัยยุทธ์ เลขาธิการสำนักงานประกันสังคม กระทรวงแรงงาน เปิดเผยว่า สำนักงานประกันสังคม (สปส.) "
        "มุ่งมั่นพัฒนาองค์กร จนก้าวไปสู่การได้รับรางวัลจากสำนักงานคณะกรรมการพัฒนาระบบราชการ (ก.พ.ร.) มาอย่างต่อเนื่อง"
    )
    assert orgs(text) == {
        "สำนักงานประกันสังคม": (["สปส."], "sso"),
        "กระทรวงแรงงาน": ([], "mol"),
        "สำนักงานคณะกรรมการพัฒนาระบบราชการ": (["ก.พ.ร."], "opdc"),
    }


def test_one_mention_per_organization_with_its_first_span():
    text = "กระทรวงการต่างประเทศ (กต.) เสนอ โดยที่ผ่านมา กต. ได้รับการจัดสรรงบประมาณ"
    [org] = find_organizations(text)
    assert (org.name, org.aliases, org.agency_id) == ("กระทรวงการต่างประเทศ", ["กต."], "mfa")
    assert text[org.span.start : org.span.end] == "กระทรวงการต่างประเทศ"


def test_abbreviations_of_ministries_listed_in_brackets():
    text = "ได้แก่ กระทรวงกลาโหม (กห.) กระทรวงยุติธรรม (ยธ.) และกระทรวงแรงงาน (รง.) รวมทั้ง กห. ยธ. รง. พิจารณาแล้ว"
    assert orgs(text) == {
        "กระทรวงกลาโหม": (["กห."], "mod"),
        "กระทรวงยุติธรรม": (["ยธ."], "moj"),
        "กระทรวงแรงงาน": (["รง."], "mol"),
    }


def test_kor_phor_is_february_after_a_day_number_and_the_commission_otherwise():
    assert orgs("ประชุมเมื่อวันที่ 15 ก.พ. 2566 ที่ทำเนียบรัฐบาล") == {}
    assert orgs("ภายในเดือน ก.พ. 66 นี้") == {}
    assert orgs("ตามหลักเกณฑ์ที่ ก.พ. กำหนด") == {"ก.พ.": ([], "ocsc")}
    assert orgs("ด้วยสำนักงาน ก.พ.ร. ได้ประกาศรายชื่อผลงาน") == {"สำนักงาน ก.พ.ร.": ([], "opdc")}


def test_abbreviation_is_not_taken_inside_a_longer_one_or_after_a_number():
    assert orgs("น้ำหนัก 5 กก. ต่อคน") == {}
    assert orgs("ตามพ.ร.บ.การพัฒนา") == {}


def test_a_shared_abbreviation_needs_its_agency_named_in_full():
    assert orgs("ผู้แทน กพร. เข้าร่วม") == {}
    text = "กรมพัฒนาฝีมือแรงงาน (กพร.) จัดอบรม โดย กพร. ได้ร่วมมือกับสถานประกอบการ"
    assert orgs(text) == {"กรมพัฒนาฝีมือแรงงาน": (["กพร."], "dsd")}


def test_provincial_office_is_listed_whole_and_not_its_parent():
    assert orgs("ณ สำนักงานประกันสังคมจังหวัดนนทบุรี ได้จัดกิจกรรม") == {"สำนักงานประกันสังคมจังหวัดนนทบุรี": ([], None)}
    text = "สำนักงานประกันสังคม ร่วมกับสำนักงานประกันสังคมจังหวัดนนทบุรี"
    assert set(orgs(text)) == {"สำนักงานประกันสังคม", "สำนักงานประกันสังคมจังหวัดนนทบุรี"}
    text = "ผู้ประกันตนสามารถติดต่อสำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 1 – 10 หรือสายด่วน 1694"
    assert "สำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 1 – 10" in orgs(text)


def test_names_patterns_end_at_a_glued_verb_or_a_space():
    assert orgs("นายสุเทพ ประธานสภาองค์การนายจ้างแห่งชาติ ได้นำตัวแทน") == {"สภาองค์การนายจ้างแห่งชาติ": ([], None)}
    assert "สำนักงานท่าเทียบเรือประมงภูเก็ต" in orgs("นำคณะตรวจเยี่ยมสำนักงานท่าเทียบเรือประมงภูเก็ต เพื่อ")
    assert "กรมการทหารช่าง" in orgs("ทั้งนี้ กรมการทหารช่าง จะสนับสนุนเรือไล่ตะกอน")
    assert "มูลนิธิเอสซีจี" in orgs("โดยได้รับการสนับสนุนจากมูลนิธิเอสซีจี ในการจัดกิจกรรม")


def test_hospital_with_its_abbreviated_form():
    text = "โรงพยาบาลจุฬาภรณ์ จัดทีมแพทย์ตรวจคัดกรอง โดย รพ.จุฬาภรณ์ จะ"
    assert orgs(text) == {"โรงพยาบาลจุฬาภรณ์": (["รพ.จุฬาภรณ์"], None)}


def test_company_runs_to_limited_public():
    text = "ผู้ก่อสร้างคือ บริษัท อิตาเลี่ยนไทย ดีเวล๊อปเมนต์ จำกัด (มหาชน) ซึ่งได้"
    assert "บริษัท อิตาเลี่ยนไทย ดีเวล๊อปเมนต์ จำกัด (มหาชน)" in orgs(text)
    assert orgs("บริษัทฯ และบริษัทเอกชน") == {}


def test_public_organization_suffix_and_alias():
    text = "ศูนย์คุณธรรม (องค์การมหาชน) ร่วมกับกระทรวงวัฒนธรรม (วธ.) จัดงาน โดยศูนย์คุณธรรมได้"
    found = orgs(text)
    assert found["ศูนย์คุณธรรม (องค์การมหาชน)"] == (["ศูนย์คุณธรรม"], "moralcenter")
    assert found["กระทรวงวัฒนธรรม"] == (["วธ."], "mculture")


def test_hotel_name_ends_at_its_address():
    text = "ณ โรงแรมไอธารา รีสอร์ท แอนด์ สปา อำเภอบ้านแหลม จังหวัดเพชรบุรี"
    assert orgs(text) == {"โรงแรมไอธารา รีสอร์ท แอนด์ สปา": ([], None)}


def test_named_committee_and_its_abbreviated_form():
    text = "เข้าร่วมการประชุมคณะกรรมการป้องกันและปราบปรามยาเสพติด (คณะกรรมการ ป.ป.ส.) โดยมี"
    assert orgs(text) == {"คณะกรรมการป้องกันและปราบปรามยาเสพติด": (["คณะกรรมการ ป.ป.ส."], None)}
    assert orgs("ในการประชุมคณะกรรมการอำนวยการ ครั้งที่ 1") == {}


def test_embassy_and_foreign_government():
    text = "โดยมีสถานเอกอัครราชทูต ณ กรุงเทลอาวีฟ ทำหน้าที่ประสานกับรัฐบาลญี่ปุ่น และรัฐบาลไทย"
    assert set(orgs(text)) == {"สถานเอกอัครราชทูต ณ กรุงเทลอาวีฟ", "รัฐบาลญี่ปุ่น", "รัฐบาลไทย"}


def test_international_bodies_by_thai_name_and_abbreviation():
    found = orgs("ความร่วมมือกับองค์การแรงงานระหว่างประเทศ (ILO) และอาเซียน")
    assert found["องค์การแรงงานระหว่างประเทศ"] == (["ILO"], "ilo")
    assert found["อาเซียน"] == ([], "asean")


def test_english_release_names():
    text = (
        "February 13, 2023, Deputy Government Spokesperson disclosed that the Southern Border Provinces "
        "Administration Centre (SBPAC), in collaboration with Ministry of Foreign Affairs, visited. He also "
        "called on the Thai Government to prepare, and THAI will resume trading on the "
        "Stock Exchange of Thailand."
    )
    found = orgs(text)
    assert found["Southern Border Provinces Administration Centre"] == (["SBPAC"], "sbpac")
    assert found["Ministry of Foreign Affairs"] == ([], "mfa")
    assert "Thai Government" in found
    assert found["Stock Exchange of Thailand"] == ([], "set")
    assert found["THAI"] == ([], "thai")


def test_ministry_short_name_after_minister():
    found = orgs("ท่านนายกรัฐมนตรี และรมว.กลาโหม พล.อ.ประยุทธ์ จันทร์โอชา")
    assert found == {"กลาโหม": ([], "mod")}
    found = orgs("กระทรวงเกษตรและสหกรณ์ โดยรัฐมนตรีว่าการกระทรวงเกษตรฯ กล่าวว่า")
    assert found == {"กระทรวงเกษตรและสหกรณ์": (["กระทรวงเกษตรฯ"], "moac")}


def test_bangkok_is_an_organization_only_when_it_acts():
    assert orgs("ณ ศาลาว่าการ กรุงเทพมหานคร") == {}
    found = orgs("กระทรวงกลาโหม ร่วมกับกรุงเทพมหานครสานต่อนโยบายรองนายกรัฐมนตรี")
    assert found["กรุงเทพมหานคร"] == ([], "bma")


def test_no_organization_inside_ordinary_words_or_generic_groups():
    text = (
        "การพัฒนาทรัพยากรมนุษย์ ให้เกษตรกรมีน้ำใช้ ในสภาพอากาศแปรปรวน ผู้ประกันตน ประชาชน ส่วนราชการ "
        "รัฐบาล และสถาบันการเงิน ที่ศูนย์กลางการค้า กรมสมเด็จพระเทพรัตนราชสุดาฯ"
    )
    assert orgs(text) == {}


def test_the_site_title_publisher_is_not_a_mention():
    assert orgs("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-ครม.อนุมัติงบประมาณ") == {"ครม.": ([], "cabinet")}


def test_resolve_organization_from_a_post():
    assert resolve_organization("สำนักงานประกันสังคม").agency_id == "sso"
    assert resolve_organization("กระทรวงแรงงาน").agency_id == "mol"
    assert resolve_organization("แรงงาน").agency_id == "mol"
    assert resolve_organization("เกษตรฯ").agency_id == "moac"
    assert resolve_organization("สปส.").agency_id == "sso"
    office = resolve_organization("สำนักงานประกันสังคมจังหวัดนนทบุรี")
    assert (office.name, office.agency_id) == ("สำนักงานประกันสังคมจังหวัดนนทบุรี", None)
    assert resolve_organization("ประจำ") is None
    assert resolve_organization("") is None


def test_the_english_name_of_bangkoks_administration_is_the_agency() -> None:
    """Found by the corpus-wide check of sso-kg validate: the Thai name กรุงเทพมหานคร is also
    the city, but the English name can only be the agency."""
    (mention,) = find_organizations("The Bangkok Metropolitan Administration (BMA) held a meeting.")
    assert mention.agency_id == "bma"


def test_a_division_is_named_with_its_parent_and_a_named_unit_apart_from_it() -> None:
    found = {
        o.name: o.parent_agency_id
        for o in find_organizations(
            "ภายในงานมีการพูดคุยระหว่างเจ้าหน้าที่กองภาพยนตร์และวีดิทัศน์ สำนักงานปลัดกระทรวงวัฒนธรรมกับผู้ผลิตภาพยนตร์ "
            "และโครงการก่อสร้างศูนย์การแพทย์ภัทรมหาราชานุสรณ์ โรงพยาบาลจุฬาภรณ์ ซึ่งมีแรงงานพักอาศัย"
        )
    }
    assert found == {
        "กองภาพยนตร์และวีดิทัศน์ สำนักงานปลัดกระทรวงวัฒนธรรม": "mculture-ops",
        "ศูนย์การแพทย์ภัทรมหาราชานุสรณ์": None,
        "โรงพยาบาลจุฬาภรณ์": None,
    }


def test_a_chain_of_divisions_is_one_name_and_the_parent_counts_where_named_alone() -> None:
    found = {
        o.name: o.parent_agency_id
        for o in find_organizations(
            "ศ.นพ.ยง ภู่วรวรรณ หัวหน้าศูนย์เชี่ยวชาญเฉพาะทางด้านไวรัสวิทยาคลินิก ภาควิชากุมารเวชศาสตร์ "
            "คณะแพทยศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย กล่าวว่า จุฬาลงกรณ์มหาวิทยาลัยพร้อมสนับสนุน"
        )
    }
    assert found == {
        "ศูนย์เชี่ยวชาญเฉพาะทางด้านไวรัสวิทยาคลินิก": "chula",
        "ภาควิชากุมารเวชศาสตร์ คณะแพทยศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย": "chula",
        "จุฬาลงกรณ์มหาวิทยาลัย": None,
    }


def test_a_name_is_cut_only_where_a_word_begins() -> None:
    # จัด in ขจัด, จาก in อันเนื่องมาจาก are no verbs glued to a name.
    assert set(
        orgs(
            "ผ่านศูนย์อำนวยการปฏิบัติการขจัดความยากจน และคณะกรรมการพิเศษเพื่อประสานงานโครงการอันเนื่องมาจากพระราชดำริ "
            "โดยกรมการจัดหางานได้จัดงาน"
        )
    ) == {
        "ศูนย์อำนวยการปฏิบัติการขจัดความยากจน",
        "คณะกรรมการพิเศษเพื่อประสานงานโครงการอันเนื่องมาจากพระราชดำริ",
        "กรมการจัดหางาน",
    }


def test_another_countrys_ministry_is_not_the_thai_one() -> None:
    assert orgs("นายลอว์เรนซ์ หว่อง นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลังสาธารณรัฐสิงคโปร์ ได้หารือ") == {
        "กระทรวงการคลังสาธารณรัฐสิงคโปร์": ([], None)
    }


def test_parties_municipalities_and_public_organizations_by_their_suffix() -> None:
    assert set(
        orgs(
            "นายเสมอกัน เที่ยงธรรม สส.สุพรรณบุรี พรรคชาติไทยพัฒนา ลงพื้นที่สะพานวัดพระรูป เทศบาลเมืองสุพรรณบุรี "
            "พร้อมชมภาพยนตร์ที่คัดสรรมาให้ชมโดยหอภาพยนตร์ (องค์การมหาชน)"
        )
    ) == {"พรรคชาติไทยพัฒนา", "เทศบาลเมืองสุพรรณบุรี", "หอภาพยนตร์ (องค์การมหาชน)"}


def test_words_that_describe_are_no_names() -> None:
    assert (
        orgs(
            "นักศึกษาจากมหาวิทยาลัยชั้นนำ ส่งต่อผู้ป่วยไปยังโรงพยาบาลแม่ข่าย หรือหน่วยงานในกรมใดกรมหนึ่ง "
            "ทั้งการนิคมหรือเขตส่งเสริมอุตสาหกรรม"
        )
        == {}
    )


def test_a_companys_name_holds_brackets_and_its_branch() -> None:
    assert set(
        orgs(
            "บริษัท ฮอนด้า ออโตโมบิล (ประเทศไทย) จำกัด บริษัท ตรีเพชรอีซูซุเซลส์ จำกัด ได้แก่ 1. บริษัท ห้องปฏิบัติการกลาง "
            "(ประเทศไทย) จำกัด สาขาเชียงใหม่ 2. บริษัท"
        )
    ) == {
        "บริษัท ฮอนด้า ออโตโมบิล (ประเทศไทย) จำกัด",
        "บริษัท ตรีเพชรอีซูซุเซลส์ จำกัด",
        "บริษัท ห้องปฏิบัติการกลาง (ประเทศไทย) จำกัด สาขาเชียงใหม่",
    }


def test_prisons_clubs_community_enterprises_and_provincial_units() -> None:
    assert set(
        orgs(
            "ผู้ต้องขังในเรือนจำกลางปัตตานี และทัณฑสถานหญิงกลาง สมาชิกชมรมแม่บ้านพัฒนาชุมชน "
            "วิสาหกิจชุมชนกลุ่มทอผ้าบ้านกกก้านเหลือง แขวงทางหลวงนครราชสีมาที่ 2 สำนักงานทางหลวงชนบทที่ 17 (เชียงราย) "
            "นายก อบจ.แพร่ กล่าว"
        )
    ) == {
        "เรือนจำกลางปัตตานี",
        "ทัณฑสถานหญิงกลาง",
        "ชมรมแม่บ้านพัฒนาชุมชน",
        "วิสาหกิจชุมชนกลุ่มทอผ้าบ้านกกก้านเหลือง",
        "แขวงทางหลวงนครราชสีมาที่ 2",
        "สำนักงานทางหลวงชนบทที่ 17 (เชียงราย)",
        "อบจ.แพร่",
    }
    # Prisons, clubs and highway districts in general are no names.
    assert orgs("เรือนจำทั่วประเทศ ชมรมต่างๆ และแขวงทางหลวงชนบทในพื้นที่") == {}


def test_bangkok_is_an_organization_where_it_is_listed_with_organizations() -> None:
    assert "กรุงเทพมหานคร" in orgs("โดยได้ร่วมกับกรมสนับสนุนบริการสุขภาพ กรมควบคุมโรค และกรุงเทพมหานคร เปิดศูนย์ฉีดวัคซีน")
    assert "กรุงเทพมหานคร" not in orgs("ฝนตกในพื้นที่จังหวัดนนทบุรี และกรุงเทพมหานคร มากที่สุด")


def test_a_verb_coordinated_inside_a_name_does_not_end_it_but_a_second_organization_does() -> None:
    assert set(
        orgs(
            "ที่ศูนย์ช่วยเหลือและจัดการปัญหาออนไลน์ 1212 คณะอนุกรรมการกลั่นกรองกฎหมายบริหารจัดการและทรัพยากรดิน ได้ประชุม "
            "ศูนย์ช่วยเหลือพี่น้องประชาชนที่ศูนย์ส่งเสริมอุตสาหกรรมเขต 7 และสถาบันอาศรมศิลป์และชาวชุมชนตลาดน้อย"
        )
    ) == {
        "ศูนย์ช่วยเหลือและจัดการปัญหาออนไลน์",
        "คณะอนุกรรมการกลั่นกรองกฎหมายบริหารจัดการและทรัพยากรดิน",
        "ศูนย์ช่วยเหลือพี่น้องประชาชน",
        "ศูนย์ส่งเสริมอุตสาหกรรมเขต 7",
        "สถาบันอาศรมศิลป์",
    }


def test_no_names_in_a_regulation_a_temporary_centre_or_a_universitys_address() -> None:
    assert orgs("ตามกฎกระทรวงเพิกถอนป่าสงวนแห่งชาติ และเปิดศูนย์ชั่วคราวและเปิดให้บริการ") == {}
    assert set(orgs("ณ มหาวิทยาลัยมหาจุฬาลงกรณราชวิทยาลัย จ.พระนครศรีอยุธยา และสมาคมการค้าไทย - ยุโรป ได้")) == {
        "มหาวิทยาลัยมหาจุฬาลงกรณราชวิทยาลัย",
        "สมาคมการค้าไทย - ยุโรป",
    }


def test_two_companies_one_typed_with_nikhahit_are_two() -> None:
    assert set(orgs("ร่วมกับบริษัท ไทยเบฟเวอเรจ จํากัด (มหาชน) และบริษัท ไทยกรุ๊ป โฮลดิ้งส์ จำกัด (มหาชน) จัดงาน")) == {
        "บริษัท ไทยเบฟเวอเรจ จํากัด (มหาชน)",
        "บริษัท ไทยกรุ๊ป โฮลดิ้งส์ จำกัด (มหาชน)",
    }


def test_asean_as_a_region_or_a_market_is_no_organization() -> None:
    assert orgs("การเติบโตทั้งในไทยและภูมิภาคอาเซียน ส่งออกไปตลาดอาเซียน-9 และประชาคมอาเซียน") == {}
    assert "อาเซียน" in orgs("ไทยจะร่วมมือกับอาเซียนในการประชุมครั้งนี้")


def test_a_name_ending_in_the_diseases_name_keeps_its_year() -> None:
    assert set(orgs("โดยศูนย์ปฏิบัติการด้านข่าวโรคติดเชื้อไวรัสโคโรนา 2019 ได้รายงาน")) == {
        "ศูนย์ปฏิบัติการด้านข่าวโรคติดเชื้อไวรัสโคโรนา 2019"
    }


def test_verbs_after_a_head_and_train_lines_are_no_names() -> None:
    assert set(
        orgs(
            "ทำให้มหาวิทยาลัยมาร่วมประชุมกันมากที่สุด และมหาวิทยาลัยเป็นหน่วยงานหลัก มหาวิทยาลัยช่วยสนับสนุนโครงการ "
            "ส่วนสำนักตรวจราชการและเรื่องราวร้องทุกข์ ดูแลการรถไฟฟ้าสายสีเขียว และการรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย "
            "ที่ศูนย์อำนวยการรับเด็กเป็นบุตรบุญธรรม"
        )
    ) == {
        "สำนักตรวจราชการและเรื่องราวร้องทุกข์",
        "การรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย",
        "ศูนย์อำนวยการรับเด็กเป็นบุตรบุญธรรม",
    }


def test_chambers_of_commerce_unions_and_offices_abroad() -> None:
    assert set(
        orgs(
            "ร่วมกับหอการค้าไทยและสภาหอการค้าแห่งประเทศไทย และหอการค้าจังหวัดสุรินทร์ สหภาพโทรคมนาคมระหว่างประเทศ "
            "ศูนย์เฉพาะกิจเฝ้าระวังความปลอดภัยของประชาชน และเปิดสำนักงานบีโอไอ ณ กรุงริยาด ซึ่ง"
        )
    ) == {
        "หอการค้าไทย",
        "สภาหอการค้าแห่งประเทศไทย",
        "หอการค้าจังหวัดสุรินทร์",
        "สหภาพโทรคมนาคมระหว่างประเทศ",
        "ศูนย์เฉพาะกิจเฝ้าระวังความปลอดภัยของประชาชน",
        "สำนักงานบีโอไอ ณ กรุงริยาด",
    }
    # Chambers and unions in general, and the Union of Myanmar, are no names.
    assert orgs("หอการค้าต่างประเทศ สหภาพแรงงาน และสหภาพเมียนมา") == {}


def test_a_unit_is_also_known_by_the_chain_of_its_parents():
    # thaigov-65417 and thaigov-83369: a reader quotes the whole chain; the unit alone stays a
    # form of it, and an agency of the gazetteer keeps its own name.
    text = "ได้เดินทางไปตรวจเยี่ยมชมศูนย์วิทยาศาสตร์ฮาลาล จุฬาลงกรณ์มหาวิทยาลัย โดยพบว่ามีหลายอย่าง"
    assert orgs(text) == {
        "ศูนย์วิทยาศาสตร์ฮาลาล": (["ศูนย์วิทยาศาสตร์ฮาลาล จุฬาลงกรณ์มหาวิทยาลัย"], None),
        "จุฬาลงกรณ์มหาวิทยาลัย": ([], "chula"),
    }
    text = (
        "และผู้อำนวยการกองพัฒนางานกฎหมายระหว่างประเทศ กรมสนธิสัญญาและกฎหมาย กระทรวงการต่างประเทศ "
        "เป็นกรรมการและเลขานุการร่วม"
    )
    unit = "กองพัฒนางานกฎหมายระหว่างประเทศ กรมสนธิสัญญาและกฎหมาย"
    assert orgs(text)[unit] == ([f"{unit} กระทรวงการต่างประเทศ"], None)


def test_a_chain_of_parents_runs_through_units_the_gazetteer_lacks_but_not_along_a_list():
    text = (  # thaigov-38018
        "ซึ่งเป็นการสำรวจความเห็นโดยศูนย์นวัตกรรมดิจิทัล วิทยาลัยนวัตกรรมและการจัดการ "
        "มหาวิทยาลัยราชภัฏสวนสุนันทา หรือ RIDC โพลและประขาชนยังโหวตให้"
    )
    assert orgs(text)["ศูนย์นวัตกรรมดิจิทัล"] == (
        ["ศูนย์นวัตกรรมดิจิทัล วิทยาลัยนวัตกรรมและการจัดการ มหาวิทยาลัยราชภัฏสวนสุนันทา"],
        None,
    )
    # A list of the ministry's departments, one space apart: none is another's parent.
    text = "กรมการจัดหางาน กรมพัฒนาฝีมือแรงงาน กรมสวัสดิการและคุ้มครองแรงงาน สำนักงานประกันสังคม จากนั้น"
    assert all(not aliases for aliases, _ in orgs(text).values())


def test_a_village_producer_group_by_its_craft_and_its_village():
    # thaigov-65517, and a group of people that is no organization.
    text = "โดยเฉพาะกลุ่มทอผ้าไหมบ้านปะอาวได้รับรางวัล OTOP 5 ดาวเป็นเวลาติดต่อกันหลายปี"
    assert orgs(text) == {"กลุ่มทอผ้าไหมบ้านปะอาว": ([], None)}
    assert orgs("จ.นครศรีธรรมราช เร่งช่วยเหลือกลุ่มเปราะบางที่บ้านถูกไฟไหม้ ขณะประสบภัยน้ำท่วม") == {}


def test_where_pattern_names_end_and_words_that_describe_rather_than_name():
    # Sentences of thaigov releases in bench/sample5.
    named = {
        "โดยการกระจายวัคซีนจะมีคณะอนุกรรมการอำนวยการบริหารจัดการการให้วัคซีนโควิด 19 ดำเนินการจัดสรร": (
            "คณะอนุกรรมการอำนวยการบริหารจัดการการให้วัคซีนโควิด 19"
        ),
        "Night at the Museum เป็นต้น ขณะที่หอภาพยนตร์ (องค์การมหาชน) ได้แลกเปลี่ยน": "หอภาพยนตร์ (องค์การมหาชน)",
        "ได้แก่ บริษัท ไทสัน โพลทรี (ไทยแลนด์) จำกัด (โรงงาน 5) สถานประกอบกิจการขนาดกลาง": (
            "บริษัท ไทสัน โพลทรี (ไทยแลนด์) จำกัด (โรงงาน 5)"
        ),
    }
    for text, name in named.items():
        assert list(orgs(text)) == [name]
    described = {
        "โดยนายกรัฐมนตรีเห็นควรให้มีการจัดตั้งคณะอนุกรรมการขึ้นมา 1 ชุดเพื่อขับเคลื่อน": "คณะอนุกรรมการ",
        "รัฐบาลได้มอบหมายให้ อว. เป็นกระทรวงหลักในการขับเคลื่อน BCG": "กระทรวงหลัก",
        "ให้รีบไปรับการตรวจวินิจฉัยที่โรงพยาบาลใกล้บ้านทันที และหลีกเลี่ยง": "โรงพยาบาล",
        "หลวงพ่อช่อแฮเป็นศูนย์รวมจิตใจของคนในชุมชน": "ศูนย์รวม",
    }
    for text, start in described.items():
        assert not [name for name in orgs(text) if name.startswith(start)], text
    assert "บริษัท ข้อมูลเครดิตแห่งชาติ จำกัด" in orgs(
        "รองผู้จัดการใหญ่ บริษัท ข้อมูลเครดิตแห่งชาติ จำกัด (เครดิตบูโร) ร่วมเป็นสักขีพยาน"
    )


def test_a_misspelled_agency_is_that_agency():
    # Typos of the corpus: one letter off a gazetteer name, or two in a long one.
    assert orgs("2563 นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงาน ให้การต้อนรับ") == {"กระทรวงแรงาน": ([], "mol")}
    assert orgs("โฆษกประจำสำนักนายรัฐมนตรีได้เปิดเผยในช่วงท้ายว่า") == {"สำนักนายรัฐมนตรี": ([], "opm")}
    found = orgs("ในปี พ.ศ.2567 ของกระทรวงทรัพยากรรรรมชาติและสิ่งแวดล้อม ในเทศกาลปีใหม่")
    assert found == {"กระทรวงทรัพยากรรรรมชาติและสิ่งแวดล้อม": ([], "mnre")}
    # A local office that goes on to its province is left as written.
    assert orgs("นอำนวยการ สำนักงานจังหวัดยะลา\nนายสุทธิพงษ์") == {"สำนักงานจังหวัดยะลา": ([], None)}


def test_a_kind_of_facility_alone_names_no_one_body():
    assert "ศูนย์ฉีดวัคซีนโควิด 19" not in orgs("กรมควบคุมโรค และกรุงเทพมหานคร เปิดศูนย์ฉีดวัคซีนโควิด 19 ให้กับบุคลากรทาง")
    found = orgs("และศูนย์พัฒนาเด็กเล็กองค์การบริหารส่วนตำบลปะอาว โดย นายสุท")
    assert list(found) == ["ศูนย์พัฒนาเด็กเล็กองค์การบริหารส่วนตำบลปะอาว"]


def test_committees_named_by_a_list_of_fields_by_a_bill_and_by_their_owner():
    # Releases of bench/sample5 (thaigov-90257 for the bill).
    text = (
        "ับนางเอมอร ศรีกงพาน ประธานคณะกรรมาธิการการศาสนา คุณธรรม จริยธรรม ศิลปะและวัฒนธรรม "
        "วุฒิสภาและคณะกรรมาธิการฯ  โดยมี น"
    )
    name = "คณะกรรมาธิการการศาสนา คุณธรรม จริยธรรม ศิลปะและวัฒนธรรม"
    assert orgs(text) == {name: ([f"{name} วุฒิสภา"], None), "วุฒิสภา": ([], "senate")}
    text = (
        "นี้อยู่ระหว่างการพิจารณาของคณะกรรมาธิการวิสามัญพิจารณา ร่าง พ.ร.บ.คุ้มครองและส่งเสริมวิถีชีวิตกลุ่มชาติพันธุ์ พ.ศ. ....\nนาง"
    )
    assert list(orgs(text)) == ["คณะกรรมาธิการวิสามัญพิจารณา ร่าง พ.ร.บ.คุ้มครองและส่งเสริมวิถีชีวิตกลุ่มชาติพันธุ์ พ.ศ. ...."]
    text = " จิตต์มิตรภาพ ประธานคณะกรรมการส่งเสริมวิทยาศาสตร์ วิจัย และนวัตกรรม พร้อมภาคีเครือข่ายว"
    assert list(orgs(text)) == ["คณะกรรมการส่งเสริมวิทยาศาสตร์ วิจัย และนวัตกรรม"]


@given(st.text("กขคง", max_size=9), st.text("กขคง", max_size=9), st.integers(1, 2))
def test_the_banded_edit_distance_agrees_with_the_textbook_one(a: str, b: str, limit: int):
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    expected = previous[-1]
    got = _distance(a, b, limit)
    assert got == expected if expected <= limit else got > limit


def test_police_commands_by_region_and_province():
    # thaigov-82620
    found = orgs(
        "พลตำรวจโท ปิยะวัฒน์ เฉลิมศรี ผู้บัญชาการตำรวจภูธร ภาค 9 ได้รับแจ้งจากชุดสืบสวนสอบสวน "
        "และสั่งการให้ผู้บังคับการตำรวจภูธรจังหวัดปัตตานี ได้สนธิกำลัง 3 ฝ่าย"
    )
    assert set(found) == {"ตำรวจภูธร ภาค 9", "ตำรวจภูธรจังหวัดปัตตานี"}


def test_a_company_written_straight_after_a_name_is_another_organization():
    # thaigov-39451
    found = orgs("บริษัท กลุ่มเซ็นทรัล จำกัด สภาคนพิการทุกประเภทแห่งประเทศไทยบริษัท ทรู คอร์ปอเรชั่น จำกัด และบริษัทอื่น")
    assert {"สภาคนพิการทุกประเภทแห่งประเทศไทย", "บริษัท ทรู คอร์ปอเรชั่น จำกัด"} <= set(found)


def test_the_sangha_supreme_council_and_the_consumers_council_are_in_the_gazetteer():
    # thaigov-94970, thaigov-51179
    found = orgs(
        "ระหว่างกระทรวง พม. ฝ่ายสาธารณะสงเคราะห์ของมหาเถรสมาคม (มส.) และสำนักงานพระพุทธศาสนาแห่งชาติ (พศ.) "
        "สภาวิศวกร สภาองค์กรของผู้บริโภค และสถาบันการศึกษาต่างๆ ทั่วประเทศ"
    )
    assert found["มหาเถรสมาคม"] == (["มส."], "sangha-council")
    assert found["สภาองค์กรของผู้บริโภค"] == ([], "consumers-council")


def test_words_that_are_no_names_after_a_head():
    # thaigov-87339: "โปรแกรม" holds no กรม; a bare การไฟฟ้า before a verb names no one utility.
    assert orgs("เชื่อมิจฉาชีพแอบอ้างเป็นเจ้าหน้าที่การไฟฟ้าหลอกลวงติดตั้งโปรแกรมควบคุมระบบในเครื่องโทรศัพท์ หรือแอปพลิเคชัน") == {}
    # thaigov-42305, thaigov-75213: a count and a deadline end or make no name.
    assert orgs("ได้ลงนามแต่งตั้งคณะอนุกรรมการเพิ่มขึ้นอีก 2 คณะ") == {}
    assert orgs("และปล่อยก๊าซเรือนกระจกสุทธิเป็นศูนย์ภายในปี 2065") == {}
    # "เปิดให้บริการ" goes on inside a committee's name.
    assert "คณะกรรมการเตรียมการเปิดให้บริการและการบริหารโครงการระบบรถไฟชานเมือง" in orgs(
        "โดยมีคณะกรรมการเตรียมการเปิดให้บริการและการบริหารโครงการระบบรถไฟชานเมือง (สายสีแดง) เป็นผู้ดำเนินการ"
    )


def test_a_head_followed_by_a_verb_or_a_state_is_no_name():
    assert orgs("ทำให้มหาวิทยาลัยเป็น ผู้นำด้านการวิจัย") == {}
    assert orgs("ในสภาวการณ์ปัจจุบัน ทำให้ต้องเร่งดำเนินการ") == {}
    assert set(orgs("สภาวิศวกร สภาองค์กรของผู้บริโภค และสถาบันการศึกษาต่างๆ")) >= {"สภาวิศวกร"}


def test_police_and_army_units_by_their_kind_with_number_and_province():
    # thaigov-51417 and the corpus's police commands.
    found = orgs("ได้แก่ กองร้อยอาสารักษาดินแดนอำเภอชัยบุรีที่ 20 จังหวัดสุราษฎร์ธานี และกองร้อยตำรวจตระเวนชายแดนที่ 225 ร่วมกัน")
    assert set(found) == {"กองร้อยอาสารักษาดินแดนอำเภอชัยบุรีที่ 20 จังหวัดสุราษฎร์ธานี", "กองร้อยตำรวจตระเวนชายแดนที่ 225"}
    assert set(orgs("เจ้าหน้าที่กองบังคับการปราบปรามการค้ามนุษย์ ได้จับกุม")) == {"กองบังคับการปราบปรามการค้ามนุษย์"}
    assert orgs("ผู้บังคับการกองบังคับการหรือส่วนราชการอื่น") == {}


def test_public_companies_by_their_abbreviation_and_kinds_of_hospital_are_no_names():
    # thaigov-37501: บมจ. + a name, glued or after a space; "บมจ. ธนาคารกรุงไทย" is the gazetteer's bank.
    found = orgs(
        "นอกจากนี้ ธนาคารยังได้ร่วมกับ บมจ.อาคเนย์ประกันภัย บมจ.นวกิจประกันภัย และบมจ.ทิพยประกันภัย "
        "มอบสินไหมทดแทนให้แก่ลูกค้า โดยมี บมจ. ธนาคารกรุงไทย ร่วมด้วย"
    )
    assert {"บมจ.อาคเนย์ประกันภัย", "บมจ.นวกิจประกันภัย", "บมจ.ทิพยประกันภัย", "ธนาคารกรุงไทย"} <= set(found)
    assert not any(name.startswith("บมจ. ธนาคาร") for name in found)
    # thaigov-67600: a kind of hospital, and a hospital's finances, name no hospital.
    assert (
        orgs(
            "กรณีมีการเผยแพร่ข้อมูล โรงพยาบาลศูนย์แห่งหนึ่งสถานะการเงินติดลบถึง 343 ล้านบาท "
            "มีการติดตามเฝ้าระวังสถานะทางการเงินของโรงพยาบาลมาโดยตลอด"
        )
        == {}
    )


def test_offices_by_abbreviation_military_courts_and_broadcasters():
    # thaigov-52711, 91259: "สำนักงาน" + an abbreviation is the office; the gazetteer's when it knows
    # the abbreviation as an office's.
    assert orgs("ทั้งนี้ สำนักงาน คปภ. ได้ร่วมกับภาคธุรกิจประกันภัย")["สำนักงาน คปภ."] == ([], "oic")
    assert "สำนักงาน ป.ส.ส." in orgs(
        "ขอให้เร่งผลักดันการปรับโครงสร้างหนี้ทั้งระบบ สำนักงาน ป.ส.ส. ขอให้เดินหน้าการแก้ไขปัญหายาเสพติด"
    )
    # thaigov-59440: military courts by their number; thaigov-68665: broadcasters by their names.
    assert set(orgs("ได้แก่ กองทัพภาคที่ 1 อัยการศาลมณฑลทหารบกที่ 17 กองทัพภาคที่ 2 อัยการศาลมณฑลทหารบกที่ 23")) >= {
        "ศาลมณฑลทหารบกที่ 17",
        "ศาลมณฑลทหารบกที่ 23",
    }
    assert set(
        orgs(
            "ดังนี้\n- สถานีโทรทัศน์อมรินทร์ ทีวี ตั้งแต่เวลา 13.50 น. เป็นต้นไป\n"
            "- สถานีโทรทัศน์ไทยรัฐทีวี ตั้งแต่เวลา 14.00 น. เป็นต้นไป\n- สถานีโทรทัศน์ต่าง ๆ และสถานีโทรทัศน์ช่อง 3"
        )
    ) == {"สถานีโทรทัศน์อมรินทร์", "สถานีโทรทัศน์ไทยรัฐทีวี"}


def test_a_centres_name_goes_on_over_the_impact_of_a_disease_and_ends_at_what_a_committee_does():
    # thaigov-35143: "จากผลกระทบ…ของโรค…" is inside the name; thaigov-43649: a committee's name ends
    # where what it decides starts (พิจารณาวันพรุ่งนี้, เห็นชอบสามารถ).
    assert list(
        orgs("โดยศูนย์บริหารสถานการณ์เศรษฐกิจจากผลกระทบจากการระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (โควิด-19) มีมติ")
    ) == ["ศูนย์บริหารสถานการณ์เศรษฐกิจจากผลกระทบจากการระบาดของโรคติดเชื้อไวรัสโคโรนา 2019 (โควิด-19)"]
    assert list(orgs("คณะกรรมการโรคติดต่อแห่งชาติพิจารณาวันพรุ่งนี้ ย้ำวัคซีนช่วยลดความรุนแรง")) == [
        "คณะกรรมการโรคติดต่อแห่งชาติ"
    ]
    assert "คณะกรรมการกลั่นกรองเพื่อพิจารณา" in orgs("โดยคณะกรรมการกลั่นกรองเพื่อพิจารณา ได้ประชุม")


def test_a_company_named_in_latin_letters_without_limited():
    # thaigov-75004, 73454: บริษัท + its capitalised Latin words (a small word may stand between
    # two of them); a list of companies after it is not one name.
    assert "บริษัท Shanghai East Best Foreign Trade" in orgs(
        "หารือกับนาย Kevin Chen ผู้จัดการภูมิภาคเอเชีย-แปซิฟิก บริษัท Shanghai East Best Foreign Trade  ในประเด็น"
    )
    assert "บริษัท Alibaba International Digital commerce Group" in orgs(
        "ผู้บริหารบริษัท Alibaba International Digital commerce Group ได้เข้าพบ"
    )
    assert "บริษัท Thai President Foods" in orgs("บริษัท Thai President Foods, Heritage Snacks & Food เข้าร่วม")


def test_homes_of_social_welfare_and_juvenile_justice_by_their_place_not_their_kind():
    # thaigov-34697, 39749, 41691: a home or centre named by its place is one; the kind alone
    # ("สถานคุ้มครองสวัสดิภาพผู้เสียหายจากการค้ามนุษย์ ทั้ง 8 แห่ง", thaigov-50270) is none.
    assert "สถานสงเคราะห์เด็กอ่อนพญาไท" in orgs(
        "เพื่อเข้ารับการสงเคราะห์และคุ้มครองสวัสดิภาพต่อไป ที่สถานสงเคราะห์เด็กอ่อนพญาไท และ 2) ลงพื้นที่เยี่ยมบ้าน"
    )
    assert "สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดสุโขทัย" in orgs(
        "สำนักงานคุมประพฤติจังหวัดสุโขทัย สถานพินิจและคุ้มครองเด็กและเยาวชนจังหวัดสุโขทัย และสำนักงานยุติธรรมจังหวัดสุโขทัย"
    )
    assert "สถานสงเคราะห์เด็กชายบ้านบางละมุง จ.ชลบุรี" in orgs(
        "และ 1.5) สถานสงเคราะห์เด็กชายบ้านบางละมุง จ.ชลบุรี (รับเด็กชาย-หญิง)"
    )
    assert orgs("เรามีสถานคุ้มครองสวัสดิภาพผู้เสียหายจากการค้ามนุษย์ ทั้ง 8 แห่งทั่วประเทศ ไว้รองรับ") == {}


def test_a_centre_for_victims_of_trafficking_is_named_whole_and_a_new_one_is_no_part_of_it():
    # thaigov-57075: "ผู้เสียหายจากการค้ามนุษย์" is inside the name; "แห่งใหม่" (a new one) is not.
    assert list(orgs("การจัดตั้งศูนย์คัดแยกผู้เสียหายจากการค้ามนุษย์แห่งใหม่ การจัดทำแนวปฏิบัติ")) == [
        "ศูนย์คัดแยกผู้เสียหายจากการค้ามนุษย์"
    ]


def test_a_law_named_after_an_english_body_is_not_one_but_names_it() -> None:
    found = orgs(
        "The cabinet approved in principle the draft Mass Rapid Transit Authority of Thailand Act (No. …) "
        "B.E. …, as proposed by the Ministry of Transport, and the Ministry of Finance Regulation on "
        "Advanced Funds for Emergency Disaster Relief B.E. 2562."
    )
    assert "Mass Rapid Transit Authority of Thailand" in found
    assert found["Ministry of Finance"] == ([], "mof")
    assert not [name for name in found if name.endswith(("Act", "B.E"))]


def test_a_hotel_named_after_a_space_and_where_its_name_ends():
    # Its Latin name, or a Thai one opening with an article; not a quarantine scheme (โรงแรม ASQ)
    # or a list of kinds of lodging; the name ends at Bangkok, a city abroad and the next person.
    assert list(orgs("การประชุมจัดขึ้น ณ โรงแรม ดิ แอทธินี โฮเตล กรุงเทพฯ โดยมี")) == ["โรงแรม ดิ แอทธินี โฮเตล"]
    assert list(orgs("ณ โรงแรม Empire Brunei นายเศรษฐา ทวีสิน นายกรัฐมนตรี")) == ["โรงแรม Empire Brunei"]
    assert list(orgs("ณ โรงแรม Prince de Galles กรุงปารีส")) == ["โรงแรม Prince de Galles"]
    assert list(orgs("ณ โรงแรม เดอะ สุโกศล กทม. นายสมชาย")) == ["โรงแรม เดอะ สุโกศล"]
    assert list(orgs("ณ โรงแรมดอนจัน พาเลซ นครหลวงเวียงจันทน์ สปป.ลาว")) == ["โรงแรมดอนจัน พาเลซ"]
    assert list(orgs("ณ โรงแรมแกรนด์ เมอร์เคียว ฟอร์จูนทาวน์ พระราม 9 กรุงเทพฯ ว่า")) == [
        "โรงแรมแกรนด์ เมอร์เคียว ฟอร์จูนทาวน์ พระราม 9"
    ]
    assert orgs("ผู้เดินทางต้องกักตัวใน โรงแรม ASQ มีจำนวน 17 แห่ง") == {}
    assert orgs("ผู้ประกอบการ โรงแรม รีสอร์ต เกสต์เฮาส์ และเซอร์วิสอพาร์ตเมนท์") == {}


def test_a_hospitals_province_after_a_space_is_its_address():
    text = "ได้แก่ โรงพยาบาลสระใคร จังหวัดหนองคาย และ รพ.บางละมุง จ.ชลบุรี ส่วนโรงพยาบาลบ้านแพ้ว (องค์การมหาชน)"
    assert list(orgs(text)) == ["โรงพยาบาลสระใคร", "รพ.บางละมุง", "โรงพยาบาลบ้านแพ้ว (องค์การมหาชน)"]


def test_a_municipalitys_province_after_a_space_is_its_address():
    text = "ได้แก่ เทศบาลนครยะลา จ.ยะลา และองค์การบริหารส่วนตำบลป่าหุ่ง จังหวัดเชียงราย กับองค์การบริหารส่วนจังหวัดลำปาง"
    assert list(orgs(text)) == ["เทศบาลนครยะลา", "องค์การบริหารส่วนตำบลป่าหุ่ง", "องค์การบริหารส่วนจังหวัดลำปาง"]


def test_local_governments_by_their_abbreviations():
    # Award lists and visits write them with the name glued after the abbreviation.
    text = (
        "รางวัลที่ 1 ทน.ขอนแก่น จ.ขอนแก่น รางวัลที่ 2 ทม.สุไหงโกลก จ.นราธิวาส "
        "รางวัลชมเชย ทต.อุโมงค์ จ.ลำพูน และ อบต.นาพู่ อ.เพ็ญ จ.อุดรธานี"
    )
    assert list(orgs(text)) == ["ทน.ขอนแก่น", "ทม.สุไหงโกลก", "ทต.อุโมงค์", "อบต.นาพู่"]
    # ทน. alone is the Department of Water Resources' abbreviation, not a municipality's.
    assert "dwr" not in [o.agency_id for o in find_organizations(text)]
    assert list(orgs("ข้อมูลจาก ทน. ระบุว่า")) == ["ทน."]
    # The name ends where the sentence goes on; the kind alone, or a committee's ก.อบต., is no name.
    text = "ซึ่งการจัดการขยะของ อบต.โก่งธนูนี้ และ อบต.บางม่วงได้ประสานงาน ส่วน อบต.ทุกแห่ง อบต.ได้นำรถ และ ก.อบต."
    assert list(orgs(text)) == ["อบต.โก่งธนู", "อบต.บางม่วง"]


def test_internal_is_part_of_internal_trade_and_internal_security():
    # ภายใน ("within") ends a name ("…โรงพยาบาลภายในจังหวัด"), but not การค้าภายใน or ความมั่นคงภายในราชอาณาจักร.
    text = "โดย สำนักงานการค้าภายในจังหวัดเชียงใหม่ และคณะกรรมการอำนวยการรักษาความมั่นคงภายในราชอาณาจักร ครั้งที่ 1"
    assert list(orgs(text)) == [
        "สำนักงานการค้าภายในจังหวัดเชียงใหม่",
        "คณะกรรมการอำนวยการรักษาความมั่นคงภายในราชอาณาจักร",
    ]


def test_an_agencys_branches_of_a_kind_listed_are_no_unit_of_it():
    text = "ขอความช่วยเหลือที่ศูนย์ดำรงธรรมจังหวัด ศูนย์ดำรงธรรมอำเภอ ซึ่งจะมีเจ้าหน้าที่คอยให้ความช่วยเหลือ"
    assert list(orgs(text)) == ["ศูนย์ดำรงธรรม"]
    # A unit before its parent still is one.
    assert list(orgs("นางสาวสมใจ ผู้อำนวยการกองคลัง สำนักงานปลัดกระทรวงมหาดไทย")) == [
        "กองคลัง สำนักงานปลัดกระทรวงมหาดไทย"
    ]
