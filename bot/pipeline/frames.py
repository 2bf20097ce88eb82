"""Messages between the HTTP process and the core process: length-prefixed pickles on a socket pair.

Both ends are this program, started together, so pickle's trust assumption holds; the socket pair is
never reachable from outside. One ``write`` per frame keeps frames whole when several tasks write.
"""

from __future__ import annotations

import asyncio
import pickle
import struct
from datetime import datetime
from typing import Any

import orjson

from bot.pipeline.dispatch import Outcome
from bot.senders import Outgoing, Result, Verdict
from bot.senders.base import SENT
from storage import NewInboxEvent

_LENGTH = struct.Struct("!I")
WireOutgoing = tuple[int, str, str, dict[str, Any], str, str]
WireEvent = tuple[str, str, str, str, str, str, str, datetime | None]
WireOutcome = list[tuple[int, str, str, float | None]]
_SENT = (SENT.verdict.value, SENT.error, SENT.retry_after)


def write_frame(writer: asyncio.StreamWriter, message: tuple[Any, ...]) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    writer.write(_LENGTH.pack(len(data)) + data)


async def read_frame(reader: asyncio.StreamReader) -> tuple[Any, ...] | None:
    """The next message; None when the other end has closed."""
    try:
        header = await reader.readexactly(_LENGTH.size)
        data = await reader.readexactly(_LENGTH.unpack(header)[0])
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    message = pickle.loads(data)
    assert isinstance(message, tuple)
    return message


# What crosses between the processes goes as tuples of plain values: dataclasses pickle by name and attribute, which
# cost about three times as much (measured: a store of three events 26 → 10 µs to write and read back).


def events_to_wire(events: list[NewInboxEvent]) -> list[WireEvent]:
    return [(e.platform, e.event_key, e.user_key, e.kind, e.text, e.reply_handle, e.language, e.occurred_at)
            for e in events]


def events_from_wire(rows: list[WireEvent]) -> list[NewInboxEvent]:
    return [NewInboxEvent(*row) for row in rows]


def outcome_to_wire(outcome: Outcome) -> WireOutcome:
    return [(delivery, result.verdict.value, result.error, result.retry_after) for delivery, result in outcome]


def outcome_from_wire(rows: WireOutcome) -> Outcome:
    return [(delivery, SENT if (verdict, error, after) == _SENT else Result(Verdict(verdict), error, after))
            for delivery, verdict, error, after in rows]


def outgoing_to_wire(items: list[Outgoing]) -> list[WireOutgoing]:
    """Replies to send, for a frame: LINE's messages as their JSON. Pickled as dicts, a Flex card's nested
    messages cost ~10 µs to write and ~19 µs to read back, measured, more than the rest of the frame; as JSON
    they are one string, and the Sender puts it into the request body as it is."""
    return [(i.id, i.platform, i.recipient, _encode_messages(i.payload), i.retry_key, i.kind) for i in items]


def outgoing_from_wire(rows: list[WireOutgoing]) -> list[Outgoing]:
    return [
        Outgoing(delivery, platform, recipient, _decode_messages(payload), retry_key, kind)
        for delivery, platform, recipient, payload, retry_key, kind in rows
    ]


def _encode_messages(payload: dict[str, Any]) -> dict[str, Any]:
    messages = payload.get("messages")
    return {**payload, "messages": orjson.dumps(messages)} if isinstance(messages, list) and messages else payload


def _decode_messages(payload: dict[str, Any]) -> dict[str, Any]:
    messages = payload.get("messages")
    # orjson writes a Fragment as the JSON it holds: the LINE Sender's body encoder never parses it.
    return {**payload, "messages": orjson.Fragment(messages)} if isinstance(messages, bytes) else payload
