"""Rendering replies for Telegram: escaped HTML, inline keyboards, 4,096-character pieces."""

from __future__ import annotations

from bot.channels import telegram_render
from bot.dialog.replies import Button, Reply


def test_html_is_escaped_and_titles_bold() -> None:
    reply = Reply("card", "a < b & c", title="<script>", fields=(("x>", "<y>"),))
    assert telegram_render.html_for(reply) == "<b>&lt;script&gt;</b>\na &lt; b &amp; c\n<b>x&gt;</b>: &lt;y&gt;"


def test_keyboard_pairs_short_labels_and_keeps_data() -> None:
    reply = Reply(
        "buttons",
        "rate",
        buttons=(Button("1", "r:1"), Button("2", "r:2"), Button("a much longer label here", "r:3")),
    )
    markup = telegram_render.keyboard(reply)
    assert markup is not None
    rows = [[(k.text, k.callback_data) for k in row] for row in markup.inline_keyboard]
    assert rows == [[("1", "r:1"), ("2", "r:2")], [("a much longer label here", "r:3")]]


def test_long_reply_split_and_keyboard_on_the_last_piece() -> None:
    text = "\n".join("ข้อความ & <แท็ก>" * 20 for _ in range(60))
    messages = telegram_render.render([Reply("buttons", text, buttons=(Button("ok", "ok"),))])
    assert len(messages) > 1
    assert all(len(m.html) <= 4096 for m in messages)
    assert [m.keyboard is not None for m in messages] == [False] * (len(messages) - 1) + [True]


def test_one_huge_line_is_not_cut_inside_an_entity() -> None:
    messages = telegram_render.render([Reply("text", "&" * 5000)])
    assert all(len(m.html) <= 4096 for m in messages)
    assert all(m.html.replace("&amp;", "") == "" for m in messages)


def test_a_very_long_answer_splits_between_whole_tags_and_entities() -> None:
    import re
    from html.parser import HTMLParser

    long_title = "หน่วย <DS700> & " * 40
    text = ("a & b < c " * 900) + "\n" + ("\U0001F600" * 5000)
    pieces = telegram_render.render([Reply("card", text, title=long_title, fields=(("x&", "y" * 5000),))])
    assert len(pieces) > 2
    for piece in pieces:
        assert len(piece.html) <= telegram_render.MAX_TEXT
        assert piece.html.count("<b>") == piece.html.count("</b>")
        assert not re.search(r"&[a-z]*$", piece.html)  # no entity cut at the end
        assert not re.search(r"^[a-z]*;", piece.html)
        HTMLParser().feed(piece.html)
