"""Handoff conversations for HR: the list, one conversation, answer, close (pages and JSON API).

An answer is stored and written to the outbox in one transaction; the delivery worker pushes it.
Another agency's conversation is a 404, exactly like one that does not exist.
"""

from __future__ import annotations

from aiohttp import web
from sqlalchemy.ext.asyncio import AsyncSession

from bot.admin.auth import Principal, principal
from bot.admin.common import audit, render, scope, transaction
from bot.dialog.flows.handoff import closed_notice
from bot.dialog.replies import Reply
from bot.senders.payloads import payloads_for
from storage import DeliveryKind, Handoff, Handoffs, HandoffStatus, NewDelivery, Outbox, Users

routes = web.RouteTableDef()
MAX_ANSWER = 2000


async def _visible(session: AsyncSession, who: Principal, handoff_id: str) -> Handoff:
    handoff = await Handoffs(session).get(int(handoff_id)) if handoff_id.isdigit() else None
    if handoff is None or not who.may_see(handoff.agency):
        raise web.HTTPNotFound(text="ไม่พบการสนทนานี้")
    return handoff


async def _push(session: AsyncSession, handoff: Handoff, text: str, key: str) -> int:
    """Queue ``text`` for the person as the worker sends it (one row per platform call); returns rows.

    Web-simulator and console people have nowhere to be pushed to: the answer stays in the history.
    """
    user = await Users(session).require(handoff.user_id)
    payloads = payloads_for(user.platform, [Reply("text", text)])
    items = [NewDelivery(DeliveryKind.HANDOFF, user.platform, user.platform_user_id, payload, f"{key}:{i}", user.id)
             for i, payload in enumerate(payloads)]
    return await Outbox(session).enqueue_many(items)


async def answer(session: AsyncSession, who: Principal, handoff_id: str, text: str) -> Handoff:
    handoff = await _visible(session, who, handoff_id)
    text = text.strip()
    if not text or len(text) > MAX_ANSWER:
        raise web.HTTPBadRequest(text=f"คำตอบต้องยาว 1–{MAX_ANSWER} ตัวอักษร")
    if handoff.status != HandoffStatus.OPEN:
        raise web.HTTPConflict(text="การสนทนานี้ปิดแล้ว")
    message = await Handoffs(session).add_message(handoff.id, "admin", text, admin_id=who.id)
    await _push(session, handoff, f"เจ้าหน้าที่: {text}", f"handoff:{message.id}")
    await audit(session, who, "handoff.reply", f"handoff:{handoff.id}", chars=len(text))
    return handoff


async def close(session: AsyncSession, who: Principal, handoff_id: str) -> Handoff:
    handoff = await _visible(session, who, handoff_id)
    if handoff.status == HandoffStatus.OPEN:
        await Handoffs(session).close(handoff.id, "admin")
        user = await Users(session).require(handoff.user_id)
        await _push(session, handoff, closed_notice(user.language), f"handoff-close:{handoff.id}")
        await audit(session, who, "handoff.close", f"handoff:{handoff.id}")
    return handoff


def _json(handoff: Handoff, messages: int | None = None) -> dict[str, object]:
    out: dict[str, object] = {"id": handoff.id, "agency": handoff.agency, "status": handoff.status,
                              "opened_at": handoff.opened_at.isoformat(),
                              "last_activity_at": handoff.last_activity_at.isoformat()}
    if messages is not None:
        out["messages"] = messages
    return out


@routes.get("/handoffs", name="handoffs")
async def list_page(request: web.Request) -> web.Response:
    async with transaction(request) as session:
        rows = await Handoffs(session).list(scope(request))
    return render(request, "handoffs.html", rows=rows)


@routes.get("/handoffs/{id}", name="handoff")
async def show_page(request: web.Request) -> web.Response:
    async with transaction(request) as session:
        handoff = await _visible(session, principal(request), request.match_info["id"])
        messages = await Handoffs(session).messages(handoff.id)
        user = await Users(session).get(handoff.user_id)
    return render(request, "handoff.html", handoff=handoff, messages=messages, person=user)


@routes.post("/handoffs/{id}/reply")
async def reply_form(request: web.Request) -> web.StreamResponse:
    form = await request.post()
    async with transaction(request) as session:
        handoff = await answer(session, principal(request), request.match_info["id"], str(form.get("text", "")))
    raise web.HTTPSeeOther(f"/admin/handoffs/{handoff.id}")


@routes.post("/handoffs/{id}/close")
async def close_form(request: web.Request) -> web.StreamResponse:
    async with transaction(request) as session:
        handoff = await close(session, principal(request), request.match_info["id"])
    raise web.HTTPSeeOther(f"/admin/handoffs/{handoff.id}")


@routes.get("/api/handoffs")
async def list_api(request: web.Request) -> web.Response:
    async with transaction(request) as session:
        rows = await Handoffs(session).list(scope(request), status=request.query.get("status") or None)
    return web.json_response({"items": [_json(h, n) for h, n in rows]})


@routes.get("/api/handoffs/{id}")
async def show_api(request: web.Request) -> web.Response:
    async with transaction(request) as session:
        handoff = await _visible(session, principal(request), request.match_info["id"])
        messages = await Handoffs(session).messages(handoff.id)
    return web.json_response({**_json(handoff), "history": [
        {"sender": m.sender, "text": m.text, "at": m.at.isoformat()} for m in messages]})


@routes.post("/api/handoffs/{id}/reply")
async def reply_api(request: web.Request) -> web.Response:
    try:
        body = await request.json()
    except ValueError:
        body = None
    if not isinstance(body, dict):
        raise web.HTTPBadRequest(text='ต้องส่ง JSON {"text": "..."}')
    async with transaction(request) as session:
        handoff = await answer(session, principal(request), request.match_info["id"], str(body.get("text", "")))
    return web.json_response(_json(handoff), status=201)


@routes.post("/api/handoffs/{id}/close")
async def close_api(request: web.Request) -> web.Response:
    async with transaction(request) as session:
        handoff = await close(session, principal(request), request.match_info["id"])
    return web.json_response(_json(handoff))
