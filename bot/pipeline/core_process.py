"""The core process: ``python -m bot.pipeline.core_process FD [--workers] [--verbose]`` (started by ``serve``).

It builds the same app as a single-process ``serve`` (database, Senders, inbox writer, batch
processor, warm-up; the worker with ``--workers``) without listening on a port, and answers the HTTP
process on the socket ``FD`` (see ``bot.pipeline.core_link``): ``("store", id, events)`` is answered
once the events are committed to the inbox, ``("chat", id, incoming)`` with the web simulator's
replies. Its replies are sent by the HTTP process (``("send", token, items, received_at)``, answered by
``("sent", token, outcome)``), which is otherwise idle while this one runs the dialog engine. On
``("stop",)`` (the HTTP process is stopping) it finishes the batch in hand and its sends, as a single
``serve`` does on SIGTERM, and exits. It dies with the HTTP process if that one is killed.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import logging
import os
import signal
import socket
import sys
from typing import Any

from aiohttp import web

from bot import logs, serving
from bot.config import get_settings
from bot.pipeline.dispatch import RemoteDispatch
from bot.pipeline.frames import events_from_wire, outcome_from_wire, outgoing_to_wire, read_frame, write_frame
from bot.pipeline.inbox_writer import into_database

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1


def die_with_parent() -> None:
    """Ask Linux to SIGKILL this process when its parent dies (a crash must not leave a second core)."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


async def serve_link(fd: int, workers: bool) -> None:
    from bot.app import CHAT, PROCESSOR, SESSIONS, create_app, with_worker

    settings = get_settings()
    reader, writer = await asyncio.open_unix_connection(sock=socket.socket(fileno=fd))
    remote = RemoteDispatch(
        lambda token, items, received_at: write_frame(writer, ("send", token, outgoing_to_wire(items), received_at))
    )
    app = with_worker(create_app(settings, dispatch=remote), settings, workers)
    runner = web.AppRunner(app)
    await runner.setup()  # the app's start-up: database, senders, processor (finishing what was left), warm-up
    # The HTTP process has already grouped the requests that arrived together: stored at once, no lingering.
    store, processor = into_database(app[SESSIONS]), app[PROCESSOR]
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stopping.set)
    loop.add_signal_handler(signal.SIGINT, lambda: None)  # Ctrl+C reaches both: the HTTP process leads the stop
    handling: set[asyncio.Task[None]] = set()

    async def answer(kind: str, request_id: int, payload: Any) -> None:
        try:
            if kind == "store":
                await store(events_from_wire(payload))
                processor.wake()
                value: Any = None
            else:
                value = await app[CHAT](payload)
            write_frame(writer, ("answer", request_id, True, value))
        except Exception as exc:
            log.warning("core: %s failed (%s)", kind, type(exc).__name__)
            write_frame(writer, ("answer", request_id, False, type(exc).__name__))

    async def read() -> None:
        while (message := await read_frame(reader)) is not None:
            kind, *rest = message
            if kind == "sent":
                token, outcome = rest
                remote.answered(token, outcome_from_wire(outcome))
            elif kind == "stop":
                stopping.set()  # keep reading: the sends in flight still report back
            else:
                task = loop.create_task(answer(kind, *rest))
                handling.add(task)
                task.add_done_callback(handling.discard)
        remote.close()
        stopping.set()

    write_frame(writer, ("ready",))
    reading = loop.create_task(read())
    try:
        await stopping.wait()
    finally:
        if handling:
            await asyncio.wait(set(handling), timeout=10)
        await runner.cleanup()  # the processor finishes its batch and its sends; the rest waits in the inbox
        reading.cancel()
        writer.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.pipeline.core_process")
    parser.add_argument("fd", type=int)
    parser.add_argument("--workers", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    die_with_parent()
    if os.getppid() == 1:  # the parent died before the request above took effect
        return 1
    settings = get_settings()
    logs.configure(logging.DEBUG if args.verbose else logging.getLevelName(settings.log_level),
                   settings.log_format, settings.secret_values())
    with contextlib.suppress(KeyboardInterrupt):
        serving.run(serve_link(args.fd, args.workers), settings.event_loop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
