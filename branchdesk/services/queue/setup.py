"""The queue's settings: services with their norms, windows and what each serves."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from branchdesk.services.queue.norms import DEFAULT_SERVICES, Norm
from branchdesk.store.models import QueueServiceType, QueueWindow, WindowService

DEFAULT_WINDOWS = 3


@dataclass(frozen=True)
class ServiceInfo:
    id: str
    code: str
    name_zh: str
    name_en: str
    prefix: str
    number_from: int
    number_to: int
    norm: Norm
    active: bool = True  # a service no longer offered keeps its tickets and figures


@dataclass(frozen=True)
class WindowInfo:
    id: str
    number: int
    name: str
    state: str
    pause_reason: str | None
    staff_id: str | None
    service_ids: frozenset[str]
    active: bool = True


def norm_of(service: QueueServiceType) -> Norm:
    return Norm(service.norm_base_min, service.norm_per_10k_min, service.norm_per_unit_min, service.norm_unit)


def service_info(service: QueueServiceType) -> ServiceInfo:
    return ServiceInfo(service.id, service.code, service.name_zh, service.name_en, service.prefix,
                       service.number_from, service.number_to, norm_of(service), service.active)


def install_defaults(session: Session) -> None:
    """The six default services and three windows serving all of them, unless services exist."""
    if session.scalars(select(QueueServiceType).limit(1)).first() is not None:
        return
    services = []
    for order, default in enumerate(DEFAULT_SERVICES):
        norm = default.norm
        service = QueueServiceType(
            code=default.code, name_zh=default.name_zh, name_en=default.name_en, prefix=default.prefix,
            number_from=1, number_to=999, norm_base_min=norm.base_minutes, norm_per_10k_min=norm.per_10k_minutes,
            norm_per_unit_min=norm.per_unit_minutes, norm_unit=norm.unit, sort_order=order, active=True,
        )
        session.add(service)
        services.append(service)
    session.flush()
    for number in range(1, DEFAULT_WINDOWS + 1):
        window = QueueWindow(number=number, name=f"{number}号窗口", state="closed", active=True)
        session.add(window)
        session.flush()
        for service in services:
            session.add(WindowService(window_id=window.id, service_id=service.id))
    session.flush()


def list_services(session: Session, include_inactive: bool = False) -> list[ServiceInfo]:
    query = select(QueueServiceType).order_by(QueueServiceType.sort_order)
    if not include_inactive:
        query = query.where(QueueServiceType.active.is_(True))
    return [service_info(s) for s in session.scalars(query)]


def list_windows(session: Session, include_inactive: bool = False) -> list[WindowInfo]:
    links: dict[str, set[str]] = {}
    for link in session.scalars(select(WindowService)):
        links.setdefault(link.window_id, set()).add(link.service_id)
    query = select(QueueWindow).order_by(QueueWindow.number)
    if not include_inactive:
        query = query.where(QueueWindow.active.is_(True))
    return [
        WindowInfo(w.id, w.number, w.name, w.state, w.pause_reason, w.staff_id, frozenset(links.get(w.id, ())),
                   w.active)
        for w in session.scalars(query)
    ]
