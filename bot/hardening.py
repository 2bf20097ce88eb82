"""HTTP hardening shared by every route: security headers, a bounded time to send a request body.

- Every response names the server without a version and forbids framing and foreign content
  (``Content-Security-Policy``, ``X-Frame-Options``, ``X-Content-Type-Options``, ``Referrer-Policy``).
- ``read_body_in_time`` reads a request's body before the handler runs, within ``HTTP_READ_TIMEOUT``
  seconds: a client that trickles its body gets 408 instead of holding the handler. Slow headers
  and idle keep-alive connections are bounded where the connection is accepted (``bot.serving``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.config import Settings

SERVER_NAME = "competency-assistant"
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
READ_TIMEOUT = web.AppKey("http_read_timeout", float)


async def _headers(_request: web.Request, response: web.StreamResponse) -> None:
    response.headers["Server"] = SERVER_NAME
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)


@web.middleware
async def read_body_in_time(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    if request.body_exists:
        try:
            async with asyncio.timeout(request.app[READ_TIMEOUT]):
                await request.read()  # kept by aiohttp: the handler's read() returns it at once
        except TimeoutError:
            raise web.HTTPRequestTimeout(text="request body not received in time") from None
    return await handler(request)


def install(app: web.Application, settings: Settings) -> None:
    """Add the headers to every response and the body read timeout (add the middleware too)."""
    app[READ_TIMEOUT] = settings.http_read_timeout
    app.on_response_prepare.append(_headers)
