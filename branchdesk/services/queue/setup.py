"""The queue's settings: businesses with their norms, windows and what each serves."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.services.queue.norms import DEFAULT_BUSINESSES, Norm
from branchdesk.store.models import Business, QueueWindow, WindowBusiness

DEFAULT_WINDOWS = 3


@dataclass(frozen=True)
class BusinessInfo:
    id: str
    code: str
    name_zh: str
    name_en: str
    prefix: str
    number_from: int
    number_to: int
    norm: Norm
    active: bool = True  # a business no longer offered keeps its tickets and figures


@dataclass(frozen=True)
class WindowInfo:
    id: str
    number: int
    name: str
    state: str
    pause_reason: str | None
    staff_id: str | None
    business_ids: frozenset[str]
    active: bool = True


def norm_of(business: Business) -> Norm:
    return Norm(business.norm_base_min, business.norm_per_10k_min, business.norm_per_unit_min, business.norm_unit)


def business_info(business: Business) -> BusinessInfo:
    return BusinessInfo(business.id, business.code, business.name_zh, business.name_en, business.prefix,
                       business.number_from, business.number_to, norm_of(business), business.active)


def install_defaults(session: Session) -> None:
    """The six default businesses and three windows serving all of them, unless businesses exist."""
    if session.scalars(select(Business).limit(1)).first() is not None:
        return
    businesses = []
    for order, default in enumerate(DEFAULT_BUSINESSES):
        norm = default.norm
        business = Business(
            code=default.code, name_zh=default.name_zh, name_en=default.name_en, prefix=default.prefix,
            number_from=1, number_to=999, norm_base_min=norm.base_minutes, norm_per_10k_min=norm.per_10k_minutes,
            norm_per_unit_min=norm.per_unit_minutes, norm_unit=norm.unit, sort_order=order, active=True,
        )
        session.add(business)
        businesses.append(business)
    session.flush()
    for number in range(1, DEFAULT_WINDOWS + 1):
        window = QueueWindow(number=number, name=f"{number}号窗口", state="closed", active=True)
        session.add(window)
        session.flush()
        for business in businesses:
            session.add(WindowBusiness(window_id=window.id, business_id=business.id))
    session.flush()


def list_businesses(session: Session, include_inactive: bool = False) -> list[BusinessInfo]:
    query = select(Business).order_by(Business.sort_order)
    if not include_inactive:
        query = query.where(Business.active.is_(True))
    return [business_info(s) for s in session.scalars(query)]


def list_windows(session: Session, include_inactive: bool = False) -> list[WindowInfo]:
    links: dict[str, set[str]] = {}
    for link in session.scalars(select(WindowBusiness)):
        links.setdefault(link.window_id, set()).add(link.business_id)
    query = select(QueueWindow).order_by(QueueWindow.number)
    if not include_inactive:
        query = query.where(QueueWindow.active.is_(True))
    return [
        WindowInfo(w.id, w.number, w.name, w.state, w.pause_reason, w.staff_id, frozenset(links.get(w.id, ())),
                   w.active)
        for w in session.scalars(query)
    ]
