"""The stateful conversations behind ``bot.dialog.engine``: onboarding and consent, profile,
self-assessment, knowledge quiz, PMQA readiness check, progress, reminders, data deletion.

Every flow step takes a ``Ctx`` (the open transaction, the user, their state) and returns replies;
state lives in the database (``storage.Conversations``), never in process memory.
"""

from bot.dialog.flows.common import FlowError
from bot.dialog.flows.context import Ctx, State

__all__ = ["Ctx", "FlowError", "State"]
