"""The one typed settings object, read from the environment (and an optional ``.env``) in one place."""

from __future__ import annotations

from datetime import timedelta
from functools import lru_cache

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

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


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
