"""The admin side: pages and a JSON API under ``/admin`` for super admins and agency HR officers.

``create_admin_app(settings, sessions)`` builds the aiohttp sub-application that ``bot.app``
mounts. Access: ``auth`` (bearer tokens, login sessions), ``csrf``; figures: ``pages`` (dashboard,
people, audit), ``api``, ``exports``, ``handoffs``, ``content_owner``; ``privacy`` suppresses
groups under five people.
"""

from bot.admin.app import create_admin_app

__all__ = ["create_admin_app"]
