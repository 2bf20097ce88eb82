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
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    database_url: str = Field(DEFAULT_DATABASE_URL, validation_alias="DATABASE_URL")
    line_channel_secret: SecretStr | None = Field(None, validation_alias="LINE_CHANNEL_SECRET")
    line_channel_access_token: SecretStr | None = Field(None, validation_alias="LINE_CHANNEL_ACCESS_TOKEN")
    line_api_base_url: str = Field("https://api.line.me", validation_alias="LINE_API_BASE_URL")
    telegram_bot_token: SecretStr | None = Field(None, validation_alias="TELEGRAM_BOT_TOKEN")
    telegram_webhook_secret: SecretStr | None = Field(None, validation_alias="TELEGRAM_WEBHOOK_SECRET")
    telegram_api_base_url: str = Field("https://api.telegram.org", validation_alias="TELEGRAM_API_BASE_URL")
    host: str = Field("127.0.0.1", validation_alias="HOST")
    port: int = Field(8080, validation_alias="PORT", ge=1, le=65535)
    timezone: str = Field("Asia/Bangkok", validation_alias="TZ_DISPLAY")
    # Admin pages: the key that encrypts session cookies (any string; random per process when unset,
    # which logs everyone out on restart and does not work across replicas), how long a login lasts,
    # and whether the cookie is sent over HTTPS only (set it behind TLS).
    admin_session_secret: SecretStr | None = Field(None, validation_alias="ADMIN_SESSION_SECRET")
    admin_session_max_age: timedelta = Field(timedelta(hours=8), validation_alias="ADMIN_SESSION_MAX_AGE")
    admin_cookie_secure: bool = Field(False, validation_alias="ADMIN_COOKIE_SECURE")
    # A person talking to HR: the bot stays quiet this long after the last message either side.
    handoff_timeout: timedelta = Field(timedelta(hours=24), validation_alias="HANDOFF_TIMEOUT")
    # Delivery (bot/senders, bot/worker): platform ceilings, retries, reminders.
    line_max_calls_per_second: float = Field(200.0, validation_alias="LINE_MAX_CALLS_PER_SECOND", gt=0)
    telegram_max_per_second: float = Field(25.0, validation_alias="TELEGRAM_MAX_PER_SECOND", gt=0)
    telegram_max_per_chat_per_second: float = Field(
        1.0, validation_alias="TELEGRAM_MAX_PER_CHAT_PER_SECOND", gt=0
    )
    delivery_max_attempts: int = Field(8, validation_alias="DELIVERY_MAX_ATTEMPTS", ge=1)
    worker_batch_size: int = Field(500, validation_alias="WORKER_BATCH_SIZE", ge=1, le=5000)
    worker_lease_seconds: float = Field(120.0, validation_alias="WORKER_LEASE_SECONDS", gt=0)
    worker_poll_seconds: float = Field(1.0, validation_alias="WORKER_POLL_SECONDS", gt=0)
    reminder_max_late: timedelta = Field(timedelta(hours=24), validation_alias="REMINDER_MAX_LATE")
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
    http_read_timeout: float = Field(
        15.0,
        validation_alias="HTTP_READ_TIMEOUT",
        gt=0,
        description="seconds a client has to send a request's headers and body (and to idle between requests)",
    )
    http_max_connections: int = Field(
        1000, validation_alias="HTTP_MAX_CONNECTIONS", ge=1, description="open client connections per process"
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
