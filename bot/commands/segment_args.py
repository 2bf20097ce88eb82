"""The segment flags shared by ``broadcast send`` and ``campaign create``."""

from __future__ import annotations

import argparse

from storage.segment import Segment


def add_segment_arguments(parser: argparse.ArgumentParser, *, platform: bool = False) -> None:
    parser.add_argument("--agency", help="only people of this agency")
    parser.add_argument("--group", help="only this person group (e.g. Technologist)")
    parser.add_argument("--phase", help="only this organisation phase (e.g. Mature)")
    if platform:
        parser.add_argument("--platform", choices=("line", "telegram"), help="only this platform")


def segment_from(args: argparse.Namespace) -> Segment:
    platform = getattr(args, "platform", None)
    return Segment(
        agency=args.agency or None,
        groups=(args.group,) if args.group else (),
        phases=(args.phase,) if args.phase else (),
        platforms=(platform,) if platform else (),
    )


def describe(segment: Segment) -> str:
    parts = [f"agency={segment.agency}"] if segment.agency else []
    parts += [f"group={','.join(segment.groups)}"] if segment.groups else []
    parts += [f"phase={','.join(segment.phases)}"] if segment.phases else []
    parts += [f"platform={','.join(segment.platforms)}"] if segment.platforms else []
    return " ".join(parts) or "everyone"
