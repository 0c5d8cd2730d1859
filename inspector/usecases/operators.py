"""Creating operators and signing them in."""
from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import select

from inspector.domain.operators import Role, hash_pin, verify_pin
from inspector.errors import RefusedError
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.storage.orm import OperatorRow
from inspector.usecases.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class CreateOperator:
    badge: str
    name: str
    role: Role
    pin: str
    at: dt.datetime


@dataclass(frozen=True)
class SignIn:
    badge: str
    pin: str


@dataclass(frozen=True)
class SignedIn:
    id: str
    badge: str
    name: str
    role: Role


def create_operator(cmd: CreateOperator, uow: UnitOfWork) -> str:
    with uow:
        if uow.session.scalar(select(OperatorRow.id).where(OperatorRow.badge == cmd.badge)):
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "Badge {badge} is already in use."), badge=cmd.badge)
        row = OperatorRow(id=str(uuid.uuid4()), badge=cmd.badge, name=cmd.name, role=Role(cmd.role).value,
                          pin_hash=hash_pin(cmd.pin), active=True, created_at=cmd.at)
        uow.session.add(row)
        uow.commit()
        return row.id


def sign_in(cmd: SignIn, uow: UnitOfWork) -> SignedIn:
    with uow:
        row = uow.session.scalar(select(OperatorRow).where(OperatorRow.badge == cmd.badge))
        # One message for unknown badge and wrong PIN, so a badge cannot be probed.
        if row is None or not row.active or not verify_pin(cmd.pin, row.pin_hash):
            raise RefusedError(QT_TRANSLATE_NOOP("bench", "Badge or PIN not recognised."))
        return SignedIn(row.id, row.badge, row.name, Role(row.role))
