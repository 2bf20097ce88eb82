"""The deploy files, validated offline: Kubernetes schemas (kubernetes-validate, bundled), the compose
specification's schema (vendored by check-jsonschema), the image's shape, and that every command
they run is one ``python -m bot`` knows. Also ``deploy/.env.example`` is complete and current."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import yaml

from bot.cli import build_parser
from bot.commands.settings import env_example
from bot.config import Settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
KUBERNETES_VERSION = "1.30.0"  # the oldest minor release still common in agencies' clusters
MANIFESTS = sorted((DEPLOY / "k8s").rglob("*.yaml"))


def _documents(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


def _all_k8s() -> list[dict[str, Any]]:
    return [doc for path in MANIFESTS for doc in _documents(path)]


def _compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("path", MANIFESTS, ids=lambda p: str(p.relative_to(DEPLOY)))
def test_kubernetes_manifests_validate_strictly(path: Path) -> None:
    for doc in _documents(path):
        kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def test_kubernetes_has_every_part_of_the_deployment() -> None:
    kinds = {(doc["kind"], doc["metadata"]["name"]) for doc in _all_k8s()}
    assert {("Job", "assistant-migrate"), ("Deployment", "assistant-web"), ("Deployment", "assistant-worker"),
            ("Service", "assistant-web"), ("HorizontalPodAutoscaler", "assistant-web"), ("Ingress", "assistant"),
            ("ConfigMap", "assistant-config"), ("Secret", "assistant-secrets")} <= kinds  # fmt: skip
    web = next(d for d in _all_k8s() if d["kind"] == "Deployment" and d["metadata"]["name"] == "assistant-web")
    [container] = web["spec"]["template"]["spec"]["containers"]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    ingress = next(d for d in _all_k8s() if d["kind"] == "Ingress")
    assert ingress["spec"]["tls"][0]["secretName"]
    config = next(d for d in _all_k8s() if d["kind"] == "ConfigMap")
    assert config["data"]["WEB_CHAT"] == "off"
    for doc in _all_k8s():
        pod = doc.get("spec", {}).get("template", {}).get("spec")
        if pod:
            assert pod["securityContext"]["runAsNonRoot"] is True, doc["metadata"]["name"]


def test_compose_file_follows_the_compose_specification() -> None:
    schema_file = resources.files("check_jsonschema") / "builtin_schemas" / "vendor" / "compose-spec.json"
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    jsonschema.validate(_compose(), schema, cls=jsonschema.Draft202012Validator)


def test_compose_runs_migration_once_then_web_replicas_and_worker_with_healthchecks() -> None:
    services = _compose()["services"]
    assert services["migrate"]["command"][-2:] == ["db", "upgrade"]
    assert services["migrate"]["restart"] == "no"
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    for name in ("web", "worker"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["web"]["deploy"]["replicas"] >= 2
    assert "healthcheck" in services["db"] and "/readyz" in " ".join(services["web"]["healthcheck"]["test"])
    assert services["web"]["environment"]["WEB_CHAT"] == "${WEB_CHAT:-off}"


def test_the_image_is_multi_stage_pinned_non_root_with_the_catalog_built_in() -> None:
    dockerfile = (DEPLOY / "Dockerfile").read_text(encoding="utf-8")
    froms = re.findall(r"^FROM (\S+)", dockerfile, re.MULTILINE)
    assert len(froms) >= 2
    base = re.search(r"^ARG PYTHON_IMAGE=(\S+)", dockerfile, re.MULTILINE)
    assert base and re.fullmatch(r"python:\d+\.\d+\.\d+-slim-\w+", base.group(1))
    users = re.findall(r"^USER (\S+)", dockerfile, re.MULTILINE)
    assert users and not users[-1].startswith(("0", "root"))
    assert "python -m bot content build" in dockerfile and "python -m bot content check" in dockerfile
    for image in (s["image"] for s in _compose()["services"].values() if "image" in s):
        assert not image.endswith(":latest") and ":" in image, image


def _commands() -> list[list[str]]:
    """Every ``python -m bot …`` command the deploy files run (compose, Kubernetes, the image)."""
    found: list[list[str]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            if node[:3] == ["python", "-m", "bot"]:
                found.append(node[3:])
            for value in node:
                walk(value)

    walk(_compose())
    walk(_all_k8s())
    for line in re.findall(r"^CMD (\[.*\])", (DEPLOY / "Dockerfile").read_text(encoding="utf-8"), re.MULTILINE):
        walk(json.loads(line))
    return found


def test_every_command_the_deploy_files_run_exists() -> None:
    commands = _commands()
    assert {c[0] for c in commands} >= {"serve", "worker", "db"}
    parser = build_parser()
    for command in commands:
        try:
            parser.parse_args(command)
        except SystemExit:
            pytest.fail(f"python -m bot {' '.join(command)}: not a command python -m bot knows")


def test_every_command_the_guide_shows_exists() -> None:
    import shlex

    guide = (DEPLOY / "README.md").read_text(encoding="utf-8")
    shown = {line for line in re.findall(r"python -m bot ([^`\n>]+)", guide) if "[" not in line}
    assert {"admin", "db", "line", "telegram", "worker"} <= {shlex.split(line)[0] for line in shown}
    parser = build_parser()
    for line in sorted(shown):
        try:
            parser.parse_args(shlex.split(line))
        except SystemExit:
            pytest.fail(f"deploy/README.md shows 'python -m bot {line}', which python -m bot does not know")


def test_env_example_is_generated_and_complete() -> None:
    committed = (DEPLOY / ".env.example").read_text(encoding="utf-8")
    assert committed == env_example(), "regenerate: python -m bot settings example > deploy/.env.example"
    names = set(re.findall(r"^([A-Z][A-Z0-9_]*)=", committed, re.MULTILINE))
    assert {str(f.validation_alias) for f in Settings.model_fields.values()} <= names
    assert all(f.description for f in Settings.model_fields.values())
    # Read back, the example is the defaults.
    from_file = Settings(_env_file=DEPLOY / ".env.example")  # type: ignore[call-arg]
    defaults = Settings.model_validate({})
    for name in ("database_url", "port", "web_chat", "db_connect_timeout", "reminder_max_late"):
        assert getattr(from_file, name) == getattr(defaults, name)
