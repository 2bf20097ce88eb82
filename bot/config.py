"""The one typed settings object, read from the environment (and an optional ``.env``) in one place."""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache
from typing import Any, Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///./data/assistant.db"


class Settings(BaseSettings):
    # An empty variable (FOO= in .env, ${FOO:-} in compose) means "not set": the default applies.
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore", env_ignore_empty=True)

    database_url: str = Field(
        DEFAULT_DATABASE_URL,
        validation_alias="DATABASE_URL",
        description="sqlite+aiosqlite:///FILE (embedded, one process) or postgresql+asyncpg://USER:PASSWORD@HOST:5432/DB",
    )
    line_channel_secret: SecretStr | None = Field(
        None,
        validation_alias="LINE_CHANNEL_SECRET",
        description="LINE Messaging API channel secret (Basic settings); LINE is off without it",
    )
    line_channel_access_token: SecretStr | None = Field(
        None,
        validation_alias="LINE_CHANNEL_ACCESS_TOKEN",
        description="LINE long-lived channel access token (Messaging API tab)",
    )
    line_api_base_url: str = Field(
        "https://api.line.me",
        validation_alias="LINE_API_BASE_URL",
        description="LINE API address (tests point it at a fake server)",
    )
    line_api_data_base_url: str = Field(
        "https://api-data.line.me",
        validation_alias="LINE_API_DATA_BASE_URL",
        description="LINE data API address (rich menu pictures; tests point it at a fake server)",
    )
    telegram_bot_token: SecretStr | None = Field(
        None,
        validation_alias="TELEGRAM_BOT_TOKEN",
        description="the bot token from @BotFather; Telegram is off without it",
    )
    telegram_webhook_secret: SecretStr | None = Field(
        None,
        validation_alias="TELEGRAM_WEBHOOK_SECRET",
        description="a random string Telegram sends back with each update (telegram set-webhook registers it)",
    )
    telegram_api_base_url: str = Field(
        "https://api.telegram.org",
        validation_alias="TELEGRAM_API_BASE_URL",
        description="Telegram Bot API address (tests point it at a fake server)",
    )
    host: str = Field("127.0.0.1", validation_alias="HOST", description="address serve listens on")
    port: int = Field(8080, validation_alias="PORT", description="port serve listens on", ge=1, le=65535)
    timezone: str = Field("Asia/Bangkok", validation_alias="TZ_DISPLAY", description="time zone dates are shown in")
    admin_session_secret: SecretStr | None = Field(
        None,
        validation_alias="ADMIN_SESSION_SECRET",
        description="encrypts the admin session cookie; random per process when unset (logins end on restart "
        "and do not cross replicas)",
    )
    admin_session_max_age: timedelta = Field(
        timedelta(hours=8), validation_alias="ADMIN_SESSION_MAX_AGE", description="how long an admin login lasts"
    )
    admin_cookie_secure: bool = Field(
        False, validation_alias="ADMIN_COOKIE_SECURE", description="send the admin cookie over HTTPS only (behind TLS)"
    )
    handoff_timeout: timedelta = Field(
        timedelta(hours=24),
        validation_alias="HANDOFF_TIMEOUT",
        description="a conversation with HR ends after this long without a message; the bot answers again",
    )
    reply_lease_seconds: float = Field(
        30.0,
        validation_alias="REPLY_LEASE_SECONDS",
        description="seconds a serve process owns the replies it just wrote; after a crash they are sent once it ends",
        gt=0,
        le=3600,
    )
    # Delivery (bot/senders, bot/worker): platform ceilings, retries, reminders.
    line_max_calls_per_second: float = Field(
        200.0,
        validation_alias="LINE_MAX_CALLS_PER_SECOND",
        description="ceiling on LINE push and multicast calls per second (all replicas share one sender; "
        "replies are paced at LINE's reply limit)",
        gt=0,
    )
    telegram_max_per_second: float = Field(
        25.0,
        validation_alias="TELEGRAM_MAX_PER_SECOND",
        description="ceiling on Telegram messages per second overall",
        gt=0,
    )
    telegram_max_per_chat_per_second: float = Field(
        1.0,
        validation_alias="TELEGRAM_MAX_PER_CHAT_PER_SECOND",
        description="ceiling on Telegram messages per second to one chat",
        gt=0,
    )
    delivery_max_attempts: int = Field(
        8, validation_alias="DELIVERY_MAX_ATTEMPTS", description="tries before a delivery is given up as dead", ge=1
    )
    worker_batch_size: int = Field(
        500, validation_alias="WORKER_BATCH_SIZE", description="outbox rows claimed per worker pass", ge=1, le=5000
    )
    worker_poll_seconds: float = Field(
        1.0, validation_alias="WORKER_POLL_SECONDS", description="seconds between worker passes when idle", gt=0
    )
    reminder_max_late: timedelta = Field(
        timedelta(hours=24),
        validation_alias="REMINDER_MAX_LATE",
        description="a reminder found later than this after its time (e.g. after downtime) is marked missed, not sent",
    )
    worker_lease_seconds: float = Field(
        120.0,
        validation_alias="WORKER_LEASE_SECONDS",
        description="seconds a claimed outbox row stays with its worker before another may take it",
        gt=0,
    )
    web_chat: Literal["on", "off"] = Field(
        "off",
        validation_alias="WEB_CHAT",
        description="the web chat simulator at / (on for trying and demos; dev.py run turns it on)",
    )
    web_chat_rate_per_minute: int = Field(
        30, validation_alias="WEB_CHAT_RATE_PER_MINUTE", ge=1, description="web chat requests per client address"
    )
    trust_forwarded_for: bool = Field(
        False,
        validation_alias="TRUST_FORWARDED_FOR",
        description="take the client address from X-Forwarded-For (only behind a reverse proxy that sets it)",
    )
    db_connect_timeout: float = Field(
        5.0, validation_alias="DB_CONNECT_TIMEOUT", gt=0, description="seconds to open a database connection"
    )
    db_statement_timeout: float = Field(
        10.0,
        validation_alias="DB_STATEMENT_TIMEOUT",
        gt=0,
        description="seconds one statement may take (PostgreSQL), or wait for SQLite's write lock",
    )
    core_process: Literal["auto", "on", "off"] = Field(
        "auto",
        validation_alias="CORE_PROCESS",
        description="serve: on runs the dialog engine and the hot path's database writes in a second process beside "
        "the HTTP one (which also sends the replies); auto: on for SQLite where serve may use two cores or more "
        "(measured ~15% more events/s on two, docs/architecture.md; PostgreSQL scales out with replicas instead)",
    )
    event_loop: Literal["uvloop", "asyncio"] = Field(
        "uvloop",
        validation_alias="EVENT_LOOP",
        description="serve's event loop: uvloop (less CPU per event; the standard loop where it is not installed) "
        "or the standard asyncio loop",
    )
    http_read_timeout: float = Field(
        15.0,
        validation_alias="HTTP_READ_TIMEOUT",
        gt=0,
        description="seconds a client has to send a request's headers and body (and to idle between requests)",
    )
    http_max_connections: int = Field(
        1000, validation_alias="HTTP_MAX_CONNECTIONS", ge=1, description="open client connections per process"
    )
    metrics_token: SecretStr | None = Field(
        None,
        validation_alias="METRICS_TOKEN",
        description="when set, /metrics needs 'Authorization: Bearer TOKEN' (Prometheus: authorization credentials)",
    )
    metrics_port: int | None = Field(
        None,
        validation_alias="METRICS_PORT",
        ge=1,
        le=65535,
        description="when set, /metrics is served on this port only (keep it off the internet), not the app's",
    )
    log_format: Literal["text", "json"] = Field(
        "text", validation_alias="LOG_FORMAT", description="text, or json: one JSON object per line"
    )
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", validation_alias="LOG_LEVEL", description="DEBUG adds user ids and message text; never in production"
    )

    def engine_options(self) -> dict[str, Any]:
        """Keyword arguments for ``storage.create_engine``: the connect and statement timeouts."""
        if make_url(self.database_url).get_backend_name() == "sqlite":
            return {"connect_args": {"timeout": self.db_statement_timeout}}
        return {
            "pool_timeout": self.db_connect_timeout,
            "connect_args": {"timeout": self.db_connect_timeout, "command_timeout": self.db_statement_timeout},
        }

    def secret_values(self) -> list[str]:
        """Every configured secret, for the log redaction filter."""
        values = [getattr(self, name) for name in type(self).model_fields]
        return [v.get_secret_value() for v in values if isinstance(v, SecretStr) and v.get_secret_value()]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
