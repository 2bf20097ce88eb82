"""LINE Messaging API adapter, inbound: verify the signature, decode the body into inbox events.

Only one-to-one chats are served (the assistant keeps a personal profile); group and room events,
standby-mode events and event types the conversation has no use for are acknowledged and ignored.
The body is decoded with the standard library (no SDK models on the hot path); a verified body
that is not what LINE sends is refused with ``BadPayloadError`` (400). Replies go out through the
outbox and the Sender; only the loading animation (best effort) is sent from here.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from datetime import UTC, datetime
from typing import Any

import aiohttp

from bot.channels.base import BadPayloadError, clean_text, load_json
from bot.incoming import Incoming
from storage import NewInboxEvent

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Line-Signature"
LOADING_SECONDS = 20  # multiples of 5, 5..60
MAX_ID = 128  # user ids, event ids: the inbox's column width (LINE's are 33 and 26 characters)
MAX_TOKEN = 200
MAX_TEXT = 5000


def signature(secret: str, body: bytes) -> str:
    """base64(HMAC-SHA256(channel secret, raw body)): the ``X-Line-Signature`` value."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def verify(secret: str, body: bytes, header: str | None) -> bool:
    """Constant-time check; a header that is not ASCII (never a real signature) fails."""
    if not header or not header.isascii():
        return False
    return hmac.compare_digest(signature(secret, body).encode(), header.encode())


def _short(value: object, limit: int) -> str:
    return value if isinstance(value, str) and 0 < len(value) <= limit else ""


def _event_key(event: dict[str, Any]) -> str:
    key = _short(event.get("webhookEventId"), MAX_ID)
    if key:
        return key
    # Every LINE event has one; without it, the event's own bytes identify a redelivery.
    raw = json.dumps(event, sort_keys=True, ensure_ascii=False).encode()
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def _timestamp(value: object) -> datetime | None:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 10**14:
        return datetime.fromtimestamp(value / 1000, UTC)
    return None


def to_event(event: dict[str, Any]) -> NewInboxEvent | None:
    """The inbox event for one LINE webhook event, or None when the conversation ignores it."""
    if event.get("mode") == "standby":
        return None
    source = event.get("source")
    if not isinstance(source, dict) or source.get("type") != "user":
        return None
    user = _short(source.get("userId"), MAX_ID)
    if not user:
        return None
    kind, body = "", ""
    etype = event.get("type")
    message = event.get("message")
    postback = event.get("postback")
    if etype == "message" and isinstance(message, dict) and message.get("type") == "text":
        kind, body = "text", clean_text(message.get("text"), MAX_TEXT)
    elif etype == "postback" and isinstance(postback, dict):
        kind, body = "postback", clean_text(postback.get("data"), 300)
    elif etype in ("follow", "unfollow"):
        kind = str(etype)
    else:
        return None
    return NewInboxEvent(
        platform="line",
        event_key=_event_key(event),
        user_key=user,
        kind=kind,
        text=body,
        reply_handle=_short(event.get("replyToken"), MAX_TOKEN),
        occurred_at=_timestamp(event.get("timestamp")),
    )


def decode(body: bytes) -> list[NewInboxEvent]:
    """The inbox events of a verified webhook body; ``BadPayloadError`` if it has the wrong shape."""
    data = load_json(body)
    if not isinstance(data, dict):
        raise BadPayloadError("the body is not a JSON object")
    events = data.get("events", [])
    if not isinstance(events, list) or not all(isinstance(e, dict) for e in events):
        raise BadPayloadError("'events' is not a list of objects")
    return [e for event in events if (e := to_event(event)) is not None]


class LineChannel:
    platform = "line"

    def __init__(self, channel_secret: str, access_token: str, api_base_url: str) -> None:
        self._secret = channel_secret
        self._headers = {"Authorization": f"Bearer {access_token}", "Content-Type": "application/json"}
        self._loading_url = api_base_url.rstrip("/") + "/v2/bot/chat/loading/start"
        self._http: aiohttp.ClientSession | None = None

    def verify(self, body: bytes, header: str | None) -> bool:
        return verify(self._secret, body, header)

    async def start(self) -> None:
        # One session per process, opened inside the loop; no proxy or netrc look-ups per call.
        self._http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5), trust_env=False)

    async def close(self) -> None:
        if self._http is not None:
            await self._http.close()
            self._http = None

    async def show_loading(self, incoming: Incoming) -> None:
        """The "typing" dots while a person's event waits; best effort, never raises."""
        if self._http is None or incoming.kind not in ("text", "postback"):
            return
        body = {"chatId": incoming.user_id, "loadingSeconds": LOADING_SECONDS}
        try:
            async with self._http.post(self._loading_url, json=body, headers=self._headers) as response:
                if response.status >= 300:
                    log.warning("line: loading animation refused (%s)", response.status)
        except (aiohttp.ClientError, TimeoutError) as exc:
            log.warning("line: loading animation failed (%s)", type(exc).__name__)
