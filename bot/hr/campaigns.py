"""Deadline campaigns: an evidence deadline for every member of a segment, now and later joiners."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from content.catalog import Catalog, get_catalog
from storage import Audit, DeadlineCampaign, InvalidValueError, Reminders
from storage.repos.reminders import LOCAL_TZ
from storage.segment import Segment
from storage.types import utcnow

DEFAULT_OFFSETS = (7, 1, 0)


async def create_campaign(
    session: AsyncSession,
    framework: str,
    code: str,
    due: date,
    segment: Segment,
    author_admin_id: int | None = None,
    *,
    now: datetime | None = None,
    catalog: Catalog | None = None,
) -> DeadlineCampaign:
    """Reminders (7 days, 1 day before, on the day, 09:00 Bangkok) of ``framework:code`` due ``due``."""
    now = now or utcnow()
    unit = (catalog or get_catalog()).unit(framework, code.upper())
    if unit is None:
        raise InvalidValueError(f"no unit {framework}:{code} in the catalog")
    if due <= now.astimezone(LOCAL_TZ).date():
        raise InvalidValueError(f"the due date {due.isoformat()} is not in the future")
    campaign = await Reminders(session).create_campaign(
        author_admin_id, segment, unit.framework, unit.code, due, DEFAULT_OFFSETS, now
    )
    await Audit(session).record(
        author_admin_id,
        "campaign.create",
        f"campaign:{campaign.id}",
        {
            "unit": f"{unit.framework}:{unit.code}",
            "due": due.isoformat(),
            "segment": segment.to_json(),
            "users": campaign.user_count,
        },
        now,
    )
    return campaign


async def list_campaigns(session: AsyncSession, agency: str | None = None) -> list[DeadlineCampaign]:
    return await Reminders(session).campaigns(agency)


async def cancel_campaign(session: AsyncSession, campaign_id: int, author_admin_id: int | None = None) -> int:
    """No more reminders from the campaign; returns how many deadlines were cancelled."""
    count = await Reminders(session).cancel_campaign(campaign_id)
    await Audit(session).record(author_admin_id, "campaign.cancel", f"campaign:{campaign_id}", {"deadlines": count})
    return count
