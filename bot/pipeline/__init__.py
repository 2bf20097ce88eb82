"""The hot path behind the webhooks: the inbox writer (group commit) and the batch processor.

``InboxWriter.add(events)`` returns once the events are committed to the inbox (the webhook then
answers 200). ``BatchProcessor`` takes them in arrival order, runs the conversation, writes the
replies to the outbox and sends them. See each module's docstring for the why.
"""

from bot.pipeline.inbox_writer import InboxWriter
from bot.pipeline.processor import BatchProcessor, Effects, NoEffects

__all__ = ["BatchProcessor", "Effects", "InboxWriter", "NoEffects"]
