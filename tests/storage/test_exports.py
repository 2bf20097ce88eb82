from __future__ import annotations

import storage


def test_public_names_are_exported_and_importable() -> None:
    assert storage.__all__ == sorted(storage.__all__, key=lambda n: (not n.isupper(), n[0].islower(), n))
    for name in storage.__all__:
        assert getattr(storage, name) is not None
    for needed in (
        "create_engine",
        "session_factory",
        "DEFAULT_DATABASE_URL",
        "upgrade",
        "downgrade",
        "upgrade_async",
        "advisory_lock",
        "Users",
        "Conversations",
        "Events",
        "Assessments",
        "Reminders",
        "Outbox",
        "Broadcasts",
        "Admins",
        "Audit",
    ):
        assert needed in storage.__all__


def test_private_modules_stay_private() -> None:
    public = {name for name in dir(storage) if not name.startswith("_")}
    modules = {"engine", "errors", "inline_sqlite", "migrate", "models", "repos", "segment", "sqlite_fast", "types"}
    assert public - set(storage.__all__) <= modules
