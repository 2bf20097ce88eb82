"""Where or to whom evidence goes (answers6): asked in many wordings, never a deadline or "sent already"."""

from __future__ import annotations

import pytest

from intents.lexicon import WHERE_TO_SUBMIT
from intents.normalise import bare, fold


@pytest.mark.parametrize("message", ["ต้องยื่นหลักฐานกับใครคะ", "แฟ้มผลงานส่งตรงไหนครับ", "หลักฐานต้องส่งใคร",
                                     "ใครเป็นคนตรวจหลักฐานคะ", "อัปโหลดเอกสารช่องทางไหน",
                                     "Where should I submit my evidence?", "who do I hand in the documents to"])
def test_where_or_to_whom_evidence_goes(message: str) -> None:
    assert WHERE_TO_SUBMIT.search(bare(fold(message)))


@pytest.mark.parametrize("message", ["ส่งหลักฐาน DS700 แล้วค่ะ", "ต้องส่งหลักฐานอะไรบ้าง", "ส่งภายในวันไหนครับ",
                                     "เตือนส่งหลักฐาน DL200 วันที่ 3 มี.ค.", "DS700 อยู่หน่วยไหน",
                                     "what evidence do I need to submit?"])
def test_other_questions_about_evidence_are_not(message: str) -> None:
    assert not WHERE_TO_SUBMIT.search(bare(fold(message)))
