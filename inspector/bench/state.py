"""Frozen snapshots the window renders. No ORM objects, no Qt: the UI only ever sees these."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from inspector.i18n import Text

from inspector.domain.fraud import Risk

if TYPE_CHECKING:  # the window imports this module before its first paint: no label engine at run time here
    from inspector.printing.jobs import LabelTicket
    from inspector.printing.printer_settings import PrinterSettings
    from inspector.usecases.photos import PhotoView


class Phase(StrEnum):
    SIGNED_OUT = "signed_out"          # waiting for a badge scan
    AWAITING_PIN = "awaiting_pin"      # badge read, PIN to type
    AWAITING_PARCEL = "awaiting_parcel"
    AWAITING_ITEM = "awaiting_item"    # a parcel is open, no unit in hand
    INSPECTING = "inspecting"          # a unit is being graded


class Cue(StrEnum):
    """What the operator hears and sees; each has its own sound and colour."""
    SUCCESS = "success"
    COMPLETED = "completed"
    WARNING = "warning"
    ERROR = "error"
    INFO = "info"


@dataclass(frozen=True)
class Feedback:
    cue: Cue
    message: str                 # English, ready to show
    text: Text | None = None     # the same message as a translatable template (inspector.i18n)


@dataclass(frozen=True)
class Option:
    code: str
    label: str


@dataclass(frozen=True)
class OperatorView:
    id: str
    badge: str
    name: str
    role: str
    supervises: bool = False     # may review, override and set up the station (the window asks before a dialog)
    lang: str | None = None      # preferred language: the window switches to it while they are signed in


@dataclass(frozen=True)
class InspectedElsewhere:
    """Units another bench of the site inspected against a line, as the hub last served it."""
    station: str
    inspected: int


@dataclass(frozen=True)
class ExpectedLineView:
    line_id: str
    line_no: int
    sku: str
    gtin: str | None
    description: str
    quantity: int
    inspected: int                      # at this bench and at the others (`elsewhere`) together
    unit_price: Decimal
    currency: str
    category: str
    elsewhere: tuple[InspectedElsewhere, ...] = ()

    @property
    def remaining(self) -> int:
        return max(self.quantity - self.inspected, 0)


@dataclass(frozen=True)
class ParcelView:
    id: str
    tracking_number: str | None
    rma_number: str | None
    order_number: str | None
    customer_reason: str | None
    delivered_on: dt.date | None
    packaging_condition: str
    flags: tuple[str, ...]
    warnings: tuple[str, ...]           # e.g. return cancelled upstream, outside window
    lines: tuple[ExpectedLineView, ...]
    items_done: int
    weight_g: int | None = None         # as weighed at the bench (the scale, or typed with Ctrl+W)
    expected_weight_g: int | None = None   # its open units' weights plus the packaging; None: not known
    weight_source: str | None = None    # scale | typed
    weight_detail: str = ""             # "1,620 g, expected 1,200 g ± 120 g" (digits and g, every language)


@dataclass(frozen=True)
class FindingView:
    code: str
    label: str
    checked: bool
    amount: Decimal | None              # what this finding keeps back now (None when nothing is refundable)
    basis: str


@dataclass(frozen=True)
class ItemView:
    id: str
    license_plate: str
    sku: str | None
    gtin: str | None
    description: str
    serial: str | None
    lot: str | None
    expiry: dt.date | None
    match_kind: str
    flags: tuple[str, ...]
    grade: str | None
    findings: tuple[FindingView, ...]
    deduction_total: Decimal | None
    refund: Decimal | None
    unit_price: Decimal | None
    currency: str | None
    proposed_disposition: str
    disposition: str                    # the chosen one (= proposed unless overridden)
    disposition_reason: str | None
    bin: str
    note: str
    status: str = "in_progress"         # in_progress | completed | cancelled
    # What the customer gets (inspector.domain.outcomes), worked out again on every grade and finding.
    requested_outcome: str | None = None     # None: the policy's default
    outcome: str = "refund"
    outcome_amount: Decimal | None = None
    outcome_basis: str = ""                  # English, as stored for the audit and the export
    outcome_note: Text | None = None         # the same basis, translatable, for the bench's outcome box
    exchange_sku: str | None = None
    weight_g: int | None = None
    risk: Risk = Risk.NONE
    photos: tuple[PhotoView, ...] = ()       # its live photos, oldest first
    photo_needed: Text | None = None         # why a photo is still needed before it can be completed


def grams_text(grams: int) -> str:
    """A weight as the domain writes it (`weights.describe`): digits and g, the same in every language."""
    return f"{grams:,} g"


RETURN_CHOICES_MAX = 9    # one digit key each


@dataclass(frozen=True)
class ReturnChoice:
    """An open return of a scanned order number, offered to choose from (`BenchSession.choose_return`)."""
    rma_number: str
    order_number: str
    customer_reason: str
    delivered_on: dt.date | None
    lines: int                          # how many lines the return has
    units: int                          # the units expected over them


@dataclass(frozen=True)
class PhotoRequest:
    """A photo the window is to take now (F9, CMD:PHOTO, Ctrl+F1..F10): of the item, or of one of its findings."""
    inspection_id: str
    finding_code: str | None = None
    operator_id: str | None = None     # who asked: the photo is theirs even when it is recorded after a sign-out


@dataclass(frozen=True)
class ScanLogEntry:
    at: dt.datetime
    text: str                    # the scan as received
    cue: Cue
    message: str                 # what came of it, in English
    said: Text | None = None     # the same, translatable (None for entries read back from an earlier run)


@dataclass(frozen=True)
class BenchState:
    phase: Phase
    station: str
    database: str
    operator: OperatorView | None = None
    pending_badge: str | None = None
    parcel: ParcelView | None = None
    item: ItemView | None = None
    feedback: Feedback | None = None
    grades: tuple[Option, ...] = ()
    damage_types: tuple[Option, ...] = ()
    dispositions: tuple[Option, ...] = ()
    packaging_conditions: tuple[Option, ...] = ()
    shift_log: tuple[ScanLogEntry, ...] = field(default=())   # the newest scans only (SHIFT_LOG_SIZE)
    shift_scans: int = 0                      # every scan at this station since the shift began (local midnight)
    last_completed: ItemView | None = None   # for reprint and undo
    # The open returns of an order number just scanned, while the operator chooses one (keys 1-9 or a click); any
    # other scan, Esc and the choice itself end it. At most RETURN_CHOICES_MAX.
    return_choices: tuple[ReturnChoice, ...] = ()
    # Restock labels. `labels_to_print` is handed out once, in the state of the call that queued them; the window
    # sends them to the printer off the GUI thread and reports back (`BenchSession.label_delivered`).
    labels_to_print: tuple[LabelTicket, ...] = ()
    labels_waiting: int = 0                   # jobs in the reprint queue (not printed yet)
    label_printer: PrinterSettings | None = None   # None: this bench has no label printing wired
    # Damage photos. `photo_request` is handed out once, like `labels_to_print`: the window takes the shot, stores
    # it on its photo lane and reports back (`BenchSession.photo_taken` or `photo_failed`).
    photo_request: PhotoRequest | None = None
    photos_waiting: int = 0                   # this bench's photos not uploaded yet
    photos_unrecorded: int = 0                # photos stored but not recorded yet (database busy): retried
