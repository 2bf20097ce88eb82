"""``python -m bot content build|check|stats|show CODE|export --json``."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from content import build as catalog_build
from content.catalog import load_catalog
from content.model import Criterion, Element, Node, Unit


def register(commands: Any) -> None:
    parser = commands.add_parser("content", help="build, check and inspect the competency catalog")
    sub = parser.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    sub.add_parser("build", help="rebuild content/catalog.json from the sources and errata").set_defaults(
        handler=build
    )
    sub.add_parser("check", help="fail when the committed catalog differs from a fresh build").set_defaults(
        handler=check
    )
    sub.add_parser("stats", help="counts per framework").set_defaults(handler=stats)
    show_parser = sub.add_parser("show", help="everything every framework has under CODE")
    show_parser.add_argument("code", metavar="CODE", help="a unit, element, criterion or system code")
    show_parser.set_defaults(handler=show)
    export_parser = sub.add_parser("export", help="print the whole catalog as one JSON object")
    export_parser.add_argument("--json", action="store_true", required=True, help="JSON output (the only format)")
    export_parser.set_defaults(handler=export)


def build(args: argparse.Namespace) -> int:
    catalog = catalog_build.write()
    print(f"wrote {catalog_build.CATALOG_PATH} (version {catalog['version']})")
    return 0


def check(args: argparse.Namespace) -> int:
    if catalog_build.is_current():
        print("catalog is up to date")
        return 0
    print("content/catalog.json differs from a fresh build: run `python -m bot content build`", file=sys.stderr)
    return 1


def stats(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    print(f"catalog version {catalog.version}")
    for fw in catalog.frameworks.values():
        units = catalog.units_in(fw.id)
        elements = [e for u in units for e in u.elements]
        criteria = [c for e in elements for c in e.criteria]
        print(f"\n{fw.id}  {fw.title_th}")
        if units:
            areas = Counter(u.area for u in units)
            print(f"  areas: {len(areas)}  units: {len(units)}  elements: {len(elements)}  criteria: {len(criteria)}")
            print("  units per area: " + ", ".join(f"{a} {n}" for a, n in areas.items()))
        roles = [r for r in catalog.roles if r.framework == fw.id]
        if roles:
            print(f"  roles: {len(roles)}")
        items = Counter(f"{i.kind}/{i.scope}" if i.scope else i.kind for i in catalog.items if i.framework == fw.id)
        if items:
            print("  items: " + ", ".join(f"{k} {n}" for k, n in sorted(items.items())))
        if fw.id == "pmqa-4.0":
            cats = catalog.pmqa_categories
            n_items = sum(len(c.items) for c in cats)
            n_questions = sum(len(i.questions) for c in cats for i in c.items)
            print(f"  categories: {len(cats)}  items: {n_items}  self-assessment questions: {n_questions}")
    return 0


def show(args: argparse.Namespace) -> int:
    catalog = load_catalog()
    nodes = catalog.find(args.code)
    if not nodes:
        print(f"{args.code}: not in any framework", file=sys.stderr)
        return 1
    for node in nodes:
        print(format_node(node, catalog.frameworks[node.framework].title_th))
        print()
    return 0


def format_node(node: Node, framework_title: str) -> str:
    lines = [f"[{node.framework}] {framework_title}"]
    if isinstance(node, Unit):
        lines.append(f"{node.code} {node.title_th}")
        if node.aliases:
            lines.append("  also: " + ", ".join(node.aliases))
        for element in node.elements:
            lines.append(f"  {element.code} {element.title_th}")
            lines.extend(f"    {_criterion_line(c)}" for c in element.criteria)
        for key, value in node.details.items():
            lines.append(f"  {key}: {json.dumps(value, ensure_ascii=False)}")
    elif isinstance(node, Element):
        lines.append(f"{node.code} {node.title_th}  (unit {node.unit_code})")
        lines.extend(f"  {_criterion_line(c)}" for c in node.criteria)
    elif isinstance(node, Criterion):
        lines.append(_criterion_line(node) + f"  (element {node.element_code}, unit {node.unit_code})")
    return "\n".join(lines)


def _criterion_line(c: Criterion) -> str:
    system = f" [{c.system_code}]" if c.system_code else ""
    return f"{c.code}{system} {c.text_th}"


def export(args: argparse.Namespace) -> int:
    data = json.loads(catalog_build.CATALOG_PATH.read_text(encoding="utf-8"))
    json.dump(data, sys.stdout, ensure_ascii=False)
    print()
    return 0
