"""LINE Messaging API adapter: verify, parse, translate to ``Incoming``, send replies back.

Only one-to-one chats are served (the assistant keeps a personal profile); group and room events,
standby-mode events and event types the conversation has no use for are acknowledged and ignored.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import logging
from datetime import UTC, datetime
from typing import Any, cast

from aiohttp import web
from linebot.v3 import WebhookParser
from linebot.v3.messaging import (
    ApiException,
    AsyncApiClient,
    AsyncMessagingApi,
    Configuration,
    PushMessageRequest,
    ReplyMessageRequest,
    ShowLoadingAnimationRequest,
)
from linebot.v3.webhooks import (
    Event,
    FollowEvent,
    MessageEvent,
    PostbackEvent,
    TextMessageContent,
    UnfollowEvent,
    UserSource,
)

from bot.channels import line_render
from bot.channels.base import APOLOGY, Deduplicator, Handler, TaskTracker
from bot.dialog.replies import Reply
from bot.incoming import Incoming
from bot.logs import bind_event_id

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Line-Signature"
LOADING_SECONDS = 20  # multiples of 5, 5..60


def signature(secret: str, body: bytes) -> str:
    """base64(HMAC-SHA256(channel secret, raw body)): the ``X-Line-Signature`` value."""
    return base64.b64encode(hmac.new(secret.encode(), body, hashlib.sha256).digest()).decode()


def verify(secret: str, body: bytes, header: str | None) -> bool:
    if not header:
        return False
    return hmac.compare_digest(signature(secret, body).encode(), header.encode())


class _RenderedReply(ReplyMessageRequest):
    """A reply request whose body is already the API's JSON (see ``line_render``)."""

    def to_dict(self) -> dict[str, Any]:
        return cast(dict[str, Any], self.__dict__["_body"])


class _RenderedPush(PushMessageRequest):
    def to_dict(self) -> dict[str, Any]:
        return cast(dict[str, Any], self.__dict__["_body"])


def _request(cls: type[_RenderedReply] | type[_RenderedPush], body: dict[str, Any]) -> Any:
    # construct(): the body was built to the API's schema; validating it again is the cost we avoid.
    request = cls.construct(messages=[])
    object.__setattr__(request, "_body", body)
    return request


def to_incoming(event: Event) -> Incoming | None:
    """The neutral event for ``event``, or None when the conversation ignores it."""
    mode = getattr(event, "mode", None)
    if mode is not None and str(getattr(mode, "value", mode)) == "standby":
        return None
    source = getattr(event, "source", None)
    if not isinstance(source, UserSource) or not source.user_id:
        return None
    common = {
        "platform": "line",
        "user_id": source.user_id,
        "event_id": event.webhook_event_id or "",
        "reply_handle": getattr(event, "reply_token", None) or "",
        "timestamp": datetime.fromtimestamp(event.timestamp / 1000, UTC) if event.timestamp else None,
    }
    if isinstance(event, MessageEvent) and isinstance(event.message, TextMessageContent):
        return Incoming(kind="text", text=event.message.text, **common)
    if isinstance(event, PostbackEvent):
        return Incoming(kind="postback", text=event.postback.data, **common)
    if isinstance(event, FollowEvent):
        return Incoming(kind="follow", **common)
    if isinstance(event, UnfollowEvent):
        return Incoming(kind="unfollow", **common)
    return None


class LineChannel:
    platform = "line"

    def __init__(
        self,
        channel_secret: str,
        access_token: str,
        api_base_url: str,
        handler: Handler,
        dedup: Deduplicator,
        tasks: TaskTracker,
        *,
        slow_after: float = 0.8,
    ) -> None:
        self._secret = channel_secret
        self._token = access_token
        self._base_url = api_base_url.rstrip("/")
        self._handler = handler
        self._dedup = dedup
        self._tasks = tasks
        self._slow_after = slow_after
        # Signatures are checked by ``verify`` before parsing; the parser need not repeat it.
        self._parser = WebhookParser(channel_secret, skip_signature_verification=lambda: True)
        self._client: AsyncApiClient | None = None
        self._api: AsyncMessagingApi | None = None

    async def start(self) -> None:
        # AsyncApiClient opens an aiohttp session: it must be created inside the running loop.
        config = Configuration(host=self._base_url, access_token=self._token)
        self._client = AsyncApiClient(config)
        self._api = AsyncMessagingApi(self._client)

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None
            self._api = None

    @property
    def api(self) -> AsyncMessagingApi:
        assert self._api is not None, "LineChannel.start() was not called"
        return self._api

    async def webhook(self, request: web.Request) -> web.Response:
        body = await request.read()
        if not verify(self._secret, body, request.headers.get(SIGNATURE_HEADER)):
            return web.Response(status=401, text="invalid signature")
        try:
            payload = self._parser.parse(body.decode("utf-8"), "", as_payload=True)
        except (ValueError, UnicodeDecodeError) as exc:
            log.warning("line: unparseable webhook body (%s)", type(exc).__name__)
            return web.Response(status=400, text="bad request")
        # The console's verification request has no events: answer 200 like any other.
        for event in payload.events or ():
            incoming = to_incoming(event)
            if incoming is None:
                log.debug("line: ignoring %s event %s", getattr(event, "type", "?"), event.webhook_event_id)
                continue
            self._tasks.spawn(self.process(incoming), name=f"line:{incoming.event_id}")
        return web.Response(text="OK")

    async def process(self, incoming: Incoming) -> None:
        """Deduplicate, run the handler (loading animation if slow), send; never raises."""
        bind_event_id(f"line:{incoming.event_id}")  # this task's log lines carry the event id
        log.debug("line: %s from %s", incoming.kind, incoming.user_id)  # personal data: debug only
        try:
            if incoming.event_id and not await self._dedup.mark_processed("line", incoming.event_id):
                log.info("line: redelivered event %s skipped", incoming.event_id)
                return
            replies = await self._answer(incoming)
        except Exception:
            log.exception("line: handling event %s failed", incoming.event_id)
            replies = [Reply("text", APOLOGY)]
        if not replies or incoming.kind == "unfollow":  # nobody left to read it
            return
        try:
            await self.send(incoming.user_id, incoming.reply_handle, line_render.render(replies))
        except Exception:
            log.exception("line: sending replies for event %s failed", incoming.event_id)

    async def _answer(self, incoming: Incoming) -> list[Reply]:
        task = asyncio.ensure_future(self._handler(incoming))
        done, _ = await asyncio.wait({task}, timeout=self._slow_after)
        if not done and incoming.kind in ("text", "postback"):
            try:
                await self.api.show_loading_animation(
                    ShowLoadingAnimationRequest(chatId=incoming.user_id, loadingSeconds=LOADING_SECONDS)
                )
            except ApiException as exc:
                log.warning("line: loading animation refused (%s)", exc.status)
        return await task

    async def send(self, user_id: str, reply_token: str, messages: list[line_render.Message]) -> None:
        """Reply with the token (≤ 5 messages), push the rest; push all if the token is spent."""
        groups = line_render.batches(messages)
        if not groups:
            return
        if reply_token:
            try:
                body = {"replyToken": reply_token, "messages": groups[0]}
                await self.api.reply_message(_request(_RenderedReply, body))
                groups = groups[1:]
            except ApiException as exc:
                if exc.status != 400:
                    raise
                # 400 "Invalid reply token": used already or expired (about a minute): push instead.
                log.info("line: reply token refused, pushing instead")
        for group in groups:
            await self.api.push_message(_request(_RenderedPush, {"to": user_id, "messages": group}))
