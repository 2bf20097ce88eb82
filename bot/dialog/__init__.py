"""The dialog: platform-neutral answers to understood messages and pressed buttons.

- ``respond(understanding, catalog)``: the replies to one message;
- ``answer_action(data, catalog)``: the replies to a pressed button;
- ``parse_action(data)``: the button-data grammar (``bot.dialog.actions``).
"""

from bot.dialog.actions import Action, ActionError, parse_action
from bot.dialog.answers import answer_action, respond
from bot.dialog.replies import Button, Reply

__all__ = ["Action", "ActionError", "Button", "Reply", "answer_action", "parse_action", "respond"]
