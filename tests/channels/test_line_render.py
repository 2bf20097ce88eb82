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
