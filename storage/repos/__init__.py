"""Repositories: one per aggregate, each wrapping an ``AsyncSession`` the caller owns.

Repositories flush but never commit, so a change and the deliveries it causes (the outbox) share
one transaction: ``async with sessions.begin() as s: ...Users(s)...; Outbox(s).enqueue(...)``.
"""
