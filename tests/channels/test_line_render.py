"""Rendering replies for LINE within the platform's limits."""

from __future__ import annotations

from bot.channels import line_render
from bot.dialog.replies import Button, Reply


def test_buttons_become_at_most_13_postback_quick_replies_on_the_last_message() -> None:
    buttons = tuple(Button(f"ตัวเลือกที่ยาวมากเกินยี่สิบตัวอักษร {i}", f"a:{i}") for i in range(20))
    messages = line_render.render([Reply("text", "first"), Reply("buttons", "choose", buttons=buttons)])
    assert "quickReply" not in messages[0]
    data = messages[-1]
    items = data["quickReply"]["items"]
    assert len(items) == 13
    assert [i["action"]["data"] for i in items] == [f"a:{i}" for i in range(13)]
    assert all(i["action"]["type"] == "postback" for i in items)
    assert all(len(i["action"]["label"]) <= 20 for i in items)
    assert items[0]["action"]["label"].endswith("…")
    assert items[0]["action"]["displayText"] == buttons[0].label


def test_card_is_a_flex_bubble_with_title_and_fields() -> None:
    [message] = line_render.render([Reply("card", "body", title="DL201", fields=(("ระดับ", "3"),))])
    data = message
    assert data["type"] == "flex"
    assert data["altText"] == "DL201"
    bubble = data["contents"]
    assert bubble["header"]["contents"][0]["text"] == "DL201"
    texts = [c.get("text") for c in bubble["body"]["contents"]]
    assert texts[0] == "body"
    row = bubble["body"]["contents"][1]["contents"]
    assert [c["text"] for c in row] == ["ระดับ", "3"]


def test_long_text_split_within_5000_characters() -> None:
    text = "\n".join("บรรทัด" * 50 for _ in range(40))  # 40 lines of 300 characters
    messages = line_render.render([Reply("text", text)])
    pieces = [m["text"] for m in messages]
    assert len(pieces) == 3
    assert all(len(p) <= 5000 for p in pieces)
    assert "".join(pieces).replace("\n", "") == text.replace("\n", "")


def test_text_without_line_breaks_is_cut_hard() -> None:
    assert [len(p) for p in line_render.split_text("x" * 12001)] == [5000, 5000, 2001]


def test_batches_of_five() -> None:
    messages = line_render.render([Reply("text", str(i)) for i in range(11)])
    assert [len(b) for b in line_render.batches(messages)] == [5, 5, 1]


def test_every_shape_round_trips_through_the_sdk_models() -> None:
    from linebot.v3.messaging import Message, PushMessageRequest

    buttons = tuple(Button(f"ปุ่ม {i}", f"b:{i}") for i in range(15))
    messages = line_render.render(
        [
            Reply("card", "body", title="DL201", fields=(("ระดับ", "3"), ("", ""))),
            Reply("list", "a\nb", title="รายการ"),
            Reply("text", "plain"),
            Reply("buttons", "choose", buttons=buttons),
        ]
    )
    for message in messages:
        assert Message.from_dict(message).to_dict() == message
    request = PushMessageRequest.from_dict({"to": "U1", "messages": messages[:5]})
    assert request.to_dict()["messages"] == messages[:5]


def test_text_length_counts_utf16_units_like_line() -> None:
    from bot.channels.line_render import MAX_TEXT, render, utf16_len

    wide = "\U0001F600" * 2653  # outside the BMP: two UTF-16 units each, 5,306 in all
    messages = render([Reply("text", wide)])
    assert len(messages) == 2
    assert all(utf16_len(m["text"]) <= MAX_TEXT for m in messages)
    assert "".join(m["text"] for m in messages) == wide


def test_consent_buttons_survive_a_full_answer() -> None:
    from bot.channels.line_render import render
    from bot.dialog.replies import Button

    answer = Reply("list", "DS700 …", tuple(Button(f"DS{n}", f"c:DS{n}") for n in range(13)), title="DS700")
    privacy = Reply("buttons", "ประกาศความเป็นส่วนตัว", (Button("ยินยอม", "k:y"), Button("ไม่ยินยอม", "k:n")))
    messages = render([answer, privacy])
    quick = [item["action"]["data"] for item in messages[-1]["quickReply"]["items"]]
    assert quick[:2] == ["k:y", "k:n"]
    footer = messages[0]["contents"]["footer"]["contents"]
    assert [b["action"]["data"] for b in footer] == [f"c:DS{n}" for n in range(10)]
    assert quick[2:] == ["c:DS10", "c:DS11", "c:DS12"]  # what the footer cannot hold is not dropped


def test_a_long_card_is_a_carousel_never_cut() -> None:
    from bot.channels.line_render import render

    lines = [f"• SPM{n} ข้อความยาวของหน่วยสมรรถนะ {'ก' * 60}" for n in range(120)]
    messages = render([Reply("list", "\n".join(lines), title="บทบาท")])
    flex = messages[0]["contents"]
    assert flex["type"] == "carousel" and len(flex["contents"]) > 1
    shown = "\n".join(c["text"] for b in flex["contents"] for c in b["body"]["contents"])
    shown += "\n".join(m.get("text", "") for m in messages[1:])
    assert all(line in shown for line in lines) and "…" not in shown


def test_the_roles_overview_is_a_carousel_a_phase_a_bubble() -> None:
    """The 6 × 3 overview on a phone: each bubble about one screen, cut between phases, every role
    title shown whole."""
    from bot.channels.line_render import BUBBLE_SCREEN, render, utf16_len
    from bot.dialog import respond
    from content.catalog import get_catalog
    from content.schema import GROUPS, PHASES
    from intents.result import Understanding

    catalog = get_catalog()
    replies = respond(Understanding("", "", "th", "role_overview", 1.0), catalog)
    [message] = render(replies)
    bubbles = message["contents"]["contents"]
    texts = [c["text"] for b in bubbles for c in b["body"]["contents"]]
    assert len(bubbles) == 3 and all(utf16_len(t) <= BUBBLE_SCREEN for t in texts)
    for n, phase in enumerate(("ระยะเริ่มต้น", "ระยะกำลังพัฒนา", "ระยะพัฒนาแล้ว")):
        assert phase in texts[n]
    for phase in PHASES:
        for group in GROUPS:
            role = catalog.role(phase, group)
            assert role is not None and any(role.role_title_th in t for t in texts)
    assert len(message["quickReply"]["items"]) == 6  # a button per group


def test_a_long_paragraph_pages_at_its_lines_about_a_screen_a_bubble() -> None:
    from bot.channels.line_render import BUBBLE_SCREEN, render, utf16_len

    lines = [f"• DL20{n} {'ข' * 90}" for n in range(30)]
    [message] = render([Reply("card", "หัวข้อ\n\n" + "\n".join(lines), title="DL200 ขอบเขต")])
    texts = [c["text"] for b in message["contents"]["contents"] for c in b["body"]["contents"]]
    assert len(texts) > 3 and all(utf16_len(t) <= BUBBLE_SCREEN for t in texts)
    assert all(any(line in t for t in texts) for line in lines)  # every line whole in some bubble


def test_a_heading_is_never_a_bubble_of_its_own() -> None:
    from bot.channels.line_render import bubble_pages

    text = "หมวด 1 ระดับ Advance:\n\n" + "\n\n".join(f"1.{n} {'ค' * 700}" for n in range(1, 4))
    pages = bubble_pages(text)
    assert pages[0].startswith("หมวด 1 ระดับ Advance:\n\n1.1 ") and len(pages) == 3
