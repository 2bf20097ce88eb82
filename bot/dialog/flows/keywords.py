"""Short commands the conversations understand before the classifier: words that only mean
something inside a flow ("ทำต่อ", "ข้าม") or that the intent model does not know ("ยินยอม").

``command(normalised_text)`` returns one of ``COMMANDS`` or None.
"""

from __future__ import annotations

import re

COMMANDS: tuple[str, ...] = ("resume", "skip", "back", "stop", "consent", "decline", "needs", "knowledge",
                             "readiness", "news_off", "news_on")

_EXACT: dict[str, str] = {
    "ทำต่อ": "resume", "ทำแบบประเมินต่อ": "resume", "ต่อ": "resume", "continue": "resume", "resume": "resume",
    "ข้าม": "skip", "skip": "skip",
    "ย้อนกลับ": "back", "ย้อน": "back", "back": "back",
    "หยุด": "stop", "หยุดก่อน": "stop", "หยุดไว้ก่อน": "stop", "stop": "stop", "pause": "stop",
    "ยินยอม": "consent", "ตกลงยินยอม": "consent", "i agree": "consent", "agree": "consent",
    "ไม่ยินยอม": "decline", "i do not agree": "decline", "decline": "decline",
    "หยุดรับข่าว": "news_off", "ไม่รับข่าว": "news_off", "ยกเลิกรับข่าว": "news_off", "stop news": "news_off",
    "unsubscribe": "news_off",
    "รับข่าว": "news_on", "รับข่าวสาร": "news_on", "รับข่าวอีกครั้ง": "news_on", "get news": "news_on",
    "subscribe": "news_on",
}
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ต้องมี(ทักษะ|สมรรถนะ|ความสามารถ|ความรู้)?อะไรบ้าง|what (skills |competencies |units )?do i need"),
     "needs"),
    (re.compile(r"ทดสอบความรู้|ควิซ|knowledge quiz|^quiz$"), "knowledge"),
    (re.compile(r"(ประเมิน|เช็ค|ตรวจ)(ความพร้อม|ตนเอง).*pmqa|pmqa.*(ประเมิน|ความพร้อม|readiness|self.?check)"),
     "readiness"),
)


def command(text: str) -> str | None:
    folded = " ".join(text.strip().lower().replace("\u200b", "").split()).rstrip("?!. ")
    if folded in _EXACT:
        return _EXACT[folded]
    for pattern, name in _PATTERNS:
        if pattern.search(folded):
            return name
    return None
