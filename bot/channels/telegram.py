"""Telegram Bot API adapter: check the secret header, parse with ``Update.de_json``, reply in HTML.

Conversation state never lives in python-telegram-bot's ConversationHandler or JobQueue (they keep
it in one process's memory): this adapter only translates, the dialog engine keeps state in the DB.
"""

from __future__ import annotations

import hmac
import json
import logging

from aiohttp import web
from telegram import Bot, Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.channels import telegram_render
from bot.channels.base import APOLOGY, Deduplicator, Handler, TaskTracker
from bot.dialog.replies import Reply
from bot.incoming import Incoming
from bot.logs import bind_event_id

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def verify(secret: str, header: str | None) -> bool:
    if not header:
        return False
    return hmac.compare_digest(secret.encode(), header.encode())


def make_bot(token: str, api_base_url: str) -> Bot:
    base = api_base_url.rstrip("/")
    return Bot(token, base_url=f"{base}/bot", base_file_url=f"{base}/file/bot")


def to_incoming(update: Update) -> Incoming | None:
    """The neutral event for ``update``, or None when the conversation ignores it."""
    event_id = str(update.update_id)
    query = update.callback_query
    if query is not None:
        chat_id = query.message.chat.id if query.message is not None else query.from_user.id
        return Incoming(
            platform="telegram",
            user_id=str(chat_id),
            kind="postback",
            text=query.data or "",
            event_id=event_id,
            reply_handle=query.id,
            display_name=query.from_user.full_name,
            language=query.from_user.language_code or "",
        )
    message = update.message
    if message is None or message.text is None or message.chat.type != "private":
        return None
    user = message.from_user
    text = message.text
    command = text.split(maxsplit=1)[0].split("@", 1)[0] if text.startswith("/") else ""
    return Incoming(
        platform="telegram",
        user_id=str(message.chat.id),
        kind="start" if command == "/start" else "text",
        text="" if command == "/start" else text,
        event_id=event_id,
        timestamp=message.date,
        display_name=user.full_name if user else "",
        language=(user.language_code or "") if user else "",
    )


class TelegramChannel:
    platform = "telegram"

    def __init__(
        self,
        token: str,
        webhook_secret: str,
        api_base_url: str,
        handler: Handler,
        dedup: Deduplicator,
        tasks: TaskTracker,
    ) -> None:
        self._secret = webhook_secret
        self._bot_id = token.split(":", 1)[0]  # the public part: dedup is per bot
        self.bot = make_bot(token, api_base_url)
        self._handler = handler
        self._dedup = dedup
        self._tasks = tasks

    async def start(self) -> None:
        await self.bot.initialize()

    async def close(self) -> None:
        await self.bot.shutdown()

    async def webhook(self, request: web.Request) -> web.Response:
        if not verify(self._secret, request.headers.get(SECRET_HEADER)):
            return web.Response(status=401, text="invalid secret token")
        try:
            data = json.loads(await request.read())
            update = Update.de_json(data, self.bot)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            log.warning("telegram: unparseable update (%s)", type(exc).__name__)
            return web.Response(status=400, text="bad request")
        if update is None:
            return web.Response(status=400, text="bad request")
        self._tasks.spawn(self.process(update), name=f"telegram:{update.update_id}")
        return web.Response(text="OK")

    async def process(self, update: Update) -> None:
        """Deduplicate, answer the callback query, run the handler, send; never raises."""
        key = f"{self._bot_id}:{update.update_id}"
        bind_event_id(f"telegram:{update.update_id}")  # this task's log lines carry the event id
        log.debug("telegram: update from %s", update.effective_user.id if update.effective_user else "?")
        incoming: Incoming | None = None
        try:
            if not await self._dedup.mark_processed("telegram", key):
                log.info("telegram: redelivered update %s skipped", update.update_id)
                return
            if update.callback_query is not None:
                # Always answered (even for stale buttons): the client shows a spinner until then.
                await self._answer_query(update.callback_query.id)
            incoming = to_incoming(update)
            if incoming is None:
                return
            replies = await self._handler(incoming)
        except Exception:
            log.exception("telegram: handling update %s failed", update.update_id)
            replies = [Reply("text", APOLOGY)]
            if incoming is None:
                incoming = self._safe_incoming(update)
        if incoming is None or not replies:
            return
        try:
            await self.send(incoming.user_id, replies)
        except Exception:
            log.exception("telegram: sending replies for update %s failed", update.update_id)

    def _safe_incoming(self, update: Update) -> Incoming | None:
        try:
            return to_incoming(update)
        except Exception:  # the update itself is odd: nobody to apologise to
            return None

    async def _answer_query(self, query_id: str) -> None:
        try:
            await self.bot.answer_callback_query(query_id)
        except TelegramError as exc:  # expired query: the reply still goes out
            log.warning("telegram: answer_callback_query failed (%s)", type(exc).__name__)

    async def send(self, chat_id: str, replies: list[Reply]) -> None:
        for message in telegram_render.render(replies):
            await self.bot.send_message(
                chat_id=chat_id,
                text=message.html,
                parse_mode=ParseMode.HTML,
                reply_markup=message.keyboard,
            )
