"""A recording aiohttp server on a free loopback port."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Call:
    path: str
    body: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.perf_counter)


class RecordingServer:
    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.app = web.Application()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._changed = asyncio.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self._runner = web.AppRunner(self.app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = self._runner.addresses[0][1]

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def record(self, request: web.Request) -> Call:
        raw = await request.read()
        body: dict[str, Any]
        if request.content_type == "application/json":
            body = json.loads(raw) if raw else {}
        elif request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            body = {key: _maybe_json(str(value)) for key, value in form.items()}
        else:
            body = {}
        call = Call(request.path, body, dict(request.headers))
        self.calls.append(call)
        self._changed.set()
        return call

    def paths(self, suffix: str) -> list[Call]:
        return [c for c in self.calls if c.path.endswith(suffix)]

    async def wait_for(self, suffix: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Wait until ``count`` calls to a path ending in ``suffix`` arrived; fail on timeout."""
        deadline = asyncio.get_running_loop().time() + timeout
        while len(self.paths(suffix)) < count:
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                raise AssertionError(f"{count} call(s) to *{suffix} expected, got {len(self.paths(suffix))}")
            self._changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), remaining)
        return self.paths(suffix)


def _maybe_json(value: str) -> Any:
    if value[:1] in "[{":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
