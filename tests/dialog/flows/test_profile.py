"""Free-text profile answers: what is said around a name is not part of it; what one says about
one's work names a person group only where the OCSC letter leaves no doubt."""

from __future__ import annotations

import pytest

from bot.dialog.flows.profile import clean_answer
from bot.dialog.flows.work import work_of


@pytest.mark.parametrize(("typed", "kept"), [
    ("กรมบัญชีกลางครับ", "กรมบัญชีกลาง"),
    ("กรมบัญชีกลาง ครับ", "กรมบัญชีกลาง"),
    ("อยู่กรมสรรพากรค่ะ", "กรมสรรพากร"),
    ("ผมอยู่ที่ กรมการปกครอง นะครับ", "กรมการปกครอง"),
    ("ทำงานอยู่ที่กรมป่าไม้ค่ะ", "กรมป่าไม้"),
    ("หน่วยงาน: สพฐ.", "สพฐ."),
    ("\"กรมอนามัย\" จ้า", "กรมอนามัย"),
    ("กรมการจัดหางาน คะ!!", "กรมการจัดหางาน"),
    ("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม 😊", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"),
    ("สำนักงาน ก.พ. ค่ะ", "สำนักงาน ก.พ."),  # the abbreviation's dot is part of the name
    ("สำนักงานพัฒนารัฐบาลดิจิทัล (สพร.) ค่ะ", "สำนักงานพัฒนารัฐบาลดิจิทัล (สพร.)"),
    ("สำนักนายกรัฐมนตรี", "สำนักนายกรัฐมนตรี"),  # a Thai vowel mark at the end is no punctuation
    ("ทำเนียบรัฐบาล", "ทำเนียบรัฐบาล"),
    ("จังหวัดเลยครับ", "จังหวัดเลย"),  # "เลย" is a province here, not a particle
    ("ครับ", ""),
])
def test_polite_particles_and_noise_are_not_part_of_the_answer(typed: str, kept: str) -> None:
    assert clean_answer(typed) == kept


@pytest.mark.parametrize(("typed", "groups"), [
    ("โปรแกรมเมอร์ครับ", ("Technologist",)),
    ("นักวิชาการคอมพิวเตอร์", ("Technologist",)),  # not "นักวิชาการ": the longer title decides
    ("ทำงานเคาน์เตอร์บริการประชาชน", ("Service",)),
    ("นักวิเคราะห์นโยบายและแผน", ("Academic",)),
    ("งานธุรการค่ะ", ("Others",)),
    ("ผอ.กองการเจ้าหน้าที่", ("Management",)),  # a rank decides, whatever the division does
    ("ทำงาน hr ค่ะ", ("Academic", "Service", "Others")),  # the letter leaves HR open
    ("นิติกร", ("Academic", "Others")),
])
def test_work_descriptions_name_their_groups(typed: str, groups: tuple[str, ...]) -> None:
    work = work_of(typed)
    assert work is not None and work.groups == groups


@pytest.mark.parametrize("typed", ["กรมบัญชีกลาง", "ยังไม่รู้", "สวัสดีค่ะ"])
def test_no_work_is_read_into_other_words(typed: str) -> None:
    assert work_of(typed) is None
