"""The figures of a day (or a range), gathered in one pass over the same rows the CSV export writes.

Reading the export's rows (not a second set of queries) is what makes the report reconcile with the CSV to the cent:
both add up the very same Decimals. Plain Python, no ReportLab: the insight view and the tests use it too.
"""
from __future__ import annotations

import datetime as dt
import functools
import gc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from inspector.domain.code_words import PolicyLabels
from inspector.domain.policy import load_policy
from inspector.domain.review import exception_flags
from inspector.domain.site_day import LOCAL, SiteZone
from inspector.exporting.day_rows import (
    ExportRow,  # or a reports.rows.ReportRow: same field names
)
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.paths import resource

# The reason found, from what the inspector recorded: the first that applies, in this order. The reasons are English
# words the report shows; it translates them in the "report" context (marked here for lupdate).
_FOUND_BY_FLAG = (("wrong_item", QT_TRANSLATE_NOOP("report", "wrong item returned")),
                  ("serial_mismatch", QT_TRANSLATE_NOOP("report", "wrong item returned")),
                  ("unexpected_parcel", QT_TRANSLATE_NOOP("report", "no return on file")))
_FOUND_BY_FINDING = (("wrong_item_shipped", QT_TRANSLATE_NOOP("report", "wrong item shipped")),
                     ("defective", QT_TRANSLATE_NOOP("report", "defective")),
                     ("transit_damage", QT_TRANSLATE_NOOP("report", "damaged in transit")),
                     ("seal_broken", QT_TRANSLATE_NOOP("report", "used / opened")),
                     ("used_signs", QT_TRANSLATE_NOOP("report", "used / opened")),
                     ("dents", QT_TRANSLATE_NOOP("report", "damaged by customer")),
                     ("scratches", QT_TRANSLATE_NOOP("report", "damaged by customer")),
                     ("stains", QT_TRANSLATE_NOOP("report", "damaged by customer")),
                     ("missing_accessory", QT_TRANSLATE_NOOP("report", "incomplete")),
                     ("missing_packaging", QT_TRANSLATE_NOOP("report", "incomplete")))
NO_FAULT = QT_TRANSLATE_NOOP("report", "no fault found")
NO_REASON = QT_TRANSLATE_NOOP("report", "(none stated)")
UNKNOWN = QT_TRANSLATE_NOOP("report", "(unknown)")    # no SKU, no carrier, no currency
NO_CURRENCY = ""        # the currency of an item with no price (by_outcome, held): shown as UNKNOWN


def found_reason(flags: Iterable[str], finding_codes: Iterable[str]) -> str:
    flags, codes = set(flags), set(finding_codes)
    for flag, reason in _FOUND_BY_FLAG:
        if flag in flags:
            return reason
    for code, reason in _FOUND_BY_FINDING:
        if code in codes:
            return reason
    return NO_FAULT


@dataclass(frozen=True)
class ExceptionLine:
    license_plate: str
    completed_at: dt.datetime
    station: str
    operator: str
    sku: str
    exceptions: tuple[str, ...]
    grade: str
    disposition: str
    currency: str
    deduction: Decimal | None
    refund: Decimal | None
    photos: tuple[str, ...] = ()     # the hashes of the item's live photos, oldest first


_NOTHING = (0, Decimal(0))


@dataclass
class Money:
    items: int = 0
    deductions: Decimal = Decimal(0)
    refunds: Decimal = Decimal(0)


@dataclass
class Rate:
    items: int = 0
    damaged: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.damaged / self.items if self.items else 0.0


@dataclass
class Inspector:
    name: str
    items: int = 0
    hours: set[tuple[dt.date, int]] = field(default_factory=set)   # clock hours with a completion

    @property
    def per_hour(self) -> float:
        # Items per hour worked, an hour being a clock hour in which the inspector completed something: breaks and
        # other duties do not dilute the rate, and one item is not "infinitely fast".
        return self.items / len(self.hours) if self.hours else 0.0


@dataclass
class DayFigures:
    first_day: dt.date
    last_day: dt.date
    items: int = 0
    parcels: int = 0
    stations: set[str] = field(default_factory=set)
    by_grade: Counter[str] = field(default_factory=Counter)
    by_disposition: Counter[str] = field(default_factory=Counter)
    by_found_reason: Counter[str] = field(default_factory=Counter)
    stated_vs_found: Counter[tuple[str, str]] = field(default_factory=Counter)
    money: dict[str, Money] = field(default_factory=lambda: defaultdict(Money))
    inspectors: dict[str, Inspector] = field(default_factory=dict)
    hourly: Counter[int] = field(default_factory=Counter)          # the site's hour of day -> items
    daily: Counter[dt.date] = field(default_factory=Counter)
    daily_exceptions: Counter[dt.date] = field(default_factory=Counter)
    skus: Counter[str] = field(default_factory=Counter)
    sku_names: dict[str, str] = field(default_factory=dict)
    by_carrier: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    by_packaging: dict[str, Rate] = field(default_factory=lambda: defaultdict(Rate))
    by_exception: Counter[str] = field(default_factory=Counter)
    window_violations: int = 0
    exceptions: list[ExceptionLine] = field(default_factory=list)
    # issue 13. The outcomes' money per (outcome, currency) and the held items' per currency: (units, amount);
    # every unit counts, one without a currency under NO_CURRENCY.
    by_outcome: dict[tuple[str, str], tuple[int, Decimal]] = field(default_factory=dict)
    held: dict[str, tuple[int, Decimal]] = field(default_factory=dict)
    # Fraud signals, held or not: units per signal, and units with any signal per SKU and per customer.
    fraud_by_reason: Counter[str] = field(default_factory=Counter)
    fraud_by_sku: Counter[str] = field(default_factory=Counter)
    fraud_by_customer: Counter[str] = field(default_factory=Counter)
    station_filter: str | None = None       # the one station asked for, else None (all in `stations`)
    zone: SiteZone = LOCAL                  # whose days and hours these are
    # The words of the dispositions and packaging conditions counted here by code; None: the shipped policy's.
    labels: PolicyLabels | None = None
    _parcel_ids: set[str] = field(default_factory=set, repr=False)

    @property
    def reason_mismatches(self) -> int:
        """Items whose stated reason was not what the inspector found (a stated defect that was no fault found...)."""
        return sum(n for (stated, found), n in self.stated_vs_found.items() if not _consistent(stated, found))

    def add(self, row: ExportRow) -> None:
        # Runs once per item of the day (50,000 on a busy one): plain local lookups, no helper calls on the way.
        self.items += 1
        parcel_ids = self._parcel_ids
        if row.parcel_id not in parcel_ids:
            parcel_ids.add(row.parcel_id)
            self.parcels += 1
        self.stations.add(row.station)
        grade = row.grade or "-"
        self.by_grade[grade] += 1
        self.by_disposition[row.disposition] += 1
        flags = row.flags
        findings = row.findings
        if flags or findings:
            codes = [f.code for f in findings]
            found = found_reason(flags, codes)
        else:
            found = NO_FAULT
        self.by_found_reason[found] += 1
        reason = row.customer_reason
        self.stated_vs_found[((reason.strip() if reason else "") or NO_REASON, found)] += 1
        currency = row.currency
        if currency:
            money = self.money[currency]
            money.items += 1
            if row.deduction_total is not None:
                money.deductions += row.deduction_total
            if row.refund is not None:
                money.refunds += row.refund
        # An item without a currency (off the return: nothing to pay, perhaps held) counts under NO_CURRENCY.
        amount, key = row.outcome_amount, (row.outcome, currency or NO_CURRENCY)
        units, total = self.by_outcome.get(key, _NOTHING)
        self.by_outcome[key] = (units + 1, total + amount)
        if row.held:
            units, total = self.held.get(key[1], _NOTHING)
            self.held[key[1]] = (units + 1, total + amount)
        who = self.inspectors.get(row.operator_badge)
        if who is None:
            who = self.inspectors[row.operator_badge] = Inspector(row.operator_name)
        who.items += 1
        completed = self.zone.local(row.completed_at)      # the site's clock: its day and its hours
        hour = completed.hour
        day = completed.date()
        who.hours.add((day, hour))
        self.hourly[hour] += 1
        self.daily[day] += 1
        sku = row.sku or row.line_sku or UNKNOWN
        self.skus[sku] += 1
        if sku not in self.sku_names:
            self.sku_names[sku] = row.description or row.line_description or ""
        signals = row.risk_reasons
        if signals:
            self.fraud_by_reason.update(signals)
            self.fraud_by_sku[sku] += 1
            self.fraud_by_customer[row.customer_id or UNKNOWN] += 1
        rate = self.by_carrier[row.parcel_carrier or UNKNOWN]
        rate.items += 1
        packaging = self.by_packaging[row.parcel_packaging_condition]
        packaging.items += 1
        if findings:
            rate.damaged += 1
            packaging.damaged += 1
        if flags:
            exceptions = exception_flags(flags)
            if exceptions:
                if "outside_window" in exceptions:
                    self.window_violations += 1
                self.by_exception.update(exceptions)
                self.daily_exceptions[day] += 1
                self.exceptions.append(ExceptionLine(
                    row.license_plate, completed, row.station, row.operator_name, sku, exceptions, grade,
                    row.disposition, currency or "", row.deduction_total, row.refund,
                    getattr(row, "photo_hashes", ())))


_STATED_FAULTS = {"defective": ("does not work", "defect", "quality", "质量", "broken", "faulty"),
                  "damaged in transit": ("damaged", "arrived damaged", "broken"),
                  "wrong item shipped": ("wrong", "not as described")}


def _consistent(stated: str, found: str) -> bool:
    """A stated reason agrees with the finding when it names it; a preference (size, mind) agrees with no fault."""
    words = stated.casefold()
    if found in _STATED_FAULTS:
        return any(w in words for w in _STATED_FAULTS[found])
    if found == NO_FAULT:
        return not any(w in words for ws in _STATED_FAULTS.values() for w in ws)
    return False


@functools.cache
def shipped_labels() -> PolicyLabels:
    """The shipped policy's labels (resources/policy.json): a report gathered without its site's policy shows these."""
    return PolicyLabels.of(load_policy(resource("policy.json")))


Progress = Callable[[int], None]


def gather(rows: Iterable[ExportRow], first_day: dt.date, last_day: dt.date, progress: Progress | None = None,
           every: int = 1000, zone: SiteZone = LOCAL, labels: PolicyLabels | None = None) -> DayFigures:
    """`labels`: the site policy's (`PolicyLabels.of(policy)`), for the words of the codes; None: the shipped ones."""
    figures = DayFigures(first_day, last_day, zone=zone, labels=labels)
    # The rows and what they add up to hold no reference cycles, yet a 50,000-row day allocates enough containers
    # (row tuples, findings, keys) to set off the cyclic collector over and over, each pass walking every live
    # object: a fifth of the time of reading and adding up a big day. So it waits until the pass is over (and runs
    # then as usual, on the next allocation); `rows` may be a generator reading the database, so this covers it.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        for n, row in enumerate(rows, 1):
            figures.add(row)
            if progress is not None and n % every == 0:
                progress(n)
    finally:
        if paused:
            gc.enable()
    return figures
