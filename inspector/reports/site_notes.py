"""What a site report says beyond the figures: a closed day's signature, the stations not heard from, and the late
records of closed days (records that reached the hub after their day was signed), with the section that lists them."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from inspector.domain.site_day import SiteZone
from inspector.i18n import QT_TRANSLATE_NOOP, Text
from inspector.reports.table_look import Fonts, Look, chunked_tables
from inspector.reports.words import Words


@dataclass(frozen=True)
class LateRecord:
    """A record of a closed day that reached the hub after the day was signed: never in its signed report."""
    closed_day: dt.date
    number: int                 # the closed day's report number
    kind: str                   # parcel_receipt | item_inspection | inspection_override
    reference: str              # the plate, the tracking number or the decision
    station: str
    happened_at: dt.datetime
    arrived_at: dt.datetime     # when the hub applied this version
    change: str                 # "new", or "changed" for a version of a record the signed report saw
    amount: str = ""            # an item's refund with its currency
    record_id: str = ""
    seq: int = 0                # the hub's change number of this version


@dataclass(frozen=True)
class SiteNotes:
    """What a site report says beyond the figures: the hub's (`inspector.hub.closing`) and a desk's; empty for a
    bench's own report. Each may be a plain string or a `Text` (`inspector.i18n`), translated into the report's
    language."""
    title: str | Text | None = None
    signed: str | Text | None = None                # "Closed day no. 3, signed by ... at ..."
    stations_behind: tuple[str | Text, ...] = ()    # "BENCH-07 (last heard 2026-11-20 13:40)"
    late: tuple[LateRecord, ...] = ()
    as_of: str | Text | None = None                 # a desk's copies: "site as of 14:02; BENCH-07 last heard 13:40"


LATE_HEADER = (QT_TRANSLATE_NOOP("report", "Closed day"), QT_TRANSLATE_NOOP("report", "No."),
               QT_TRANSLATE_NOOP("report", "Record"), QT_TRANSLATE_NOOP("report", "Reference"),
               QT_TRANSLATE_NOOP("report", "Station"), QT_TRANSLATE_NOOP("report", "Happened"),
               QT_TRANSLATE_NOOP("report", "Arrived"), "", QT_TRANSLATE_NOOP("report", "Refund"))
LATE_WIDTHS = tuple(w * mm for w in (19, 9, 25, 30, 18, 22, 22, 14, 21))   # 180 mm: the frame
# A late record's kind and change, as the section writes them.
_LATE_WORDS = {"parcel_receipt": QT_TRANSLATE_NOOP("report", "parcel receipt"),
               "item_inspection": QT_TRANSLATE_NOOP("report", "item inspection"),
               "inspection_override": QT_TRANSLATE_NOOP("report", "inspection override"),
               "new": QT_TRANSLATE_NOOP("report", "new"),
               "changed": QT_TRANSLATE_NOOP("report", "changed")}


def _in(words: Words, value: str | Text) -> str:
    return value.translated(words.translate) if isinstance(value, Text) else value


def site_lines(notes: SiteNotes, fonts: Fonts, words: Words | None = None) -> list[Flowable]:
    words = words or Words()
    lines = [fonts.para(_in(words, notes.signed))] if notes.signed else []
    if notes.as_of:
        as_of = _in(words, notes.as_of)
        lines.append(fonts.para(as_of[:1].upper() + as_of[1:]))
    if notes.stations_behind:
        behind = words(QT_TRANSLATE_NOOP("report", "Stations not heard from since before the end of this day (their "
                                                   "records of the day may be missing): {stations}"))
        lines.append(fonts.para(behind.format(stations="; ".join(_in(words, s) for s in notes.stations_behind))))
    return lines


def late_records_section(late: Sequence[LateRecord], fonts: Fonts, zone: SiteZone,
                         words: Words | None = None) -> list[Flowable]:
    if not late:
        return []
    say = words = words or Words()

    def when(moment: dt.datetime) -> str:
        return words.moment(zone.local(moment))

    def word(code: str) -> str:
        return fonts.cell(say(_LATE_WORDS[code])) if code in _LATE_WORDS else code.replace("_", " ")
    rows = [[words.day(r.closed_day), words.count(r.number), word(r.kind), fonts.cell(r.reference[:30]),
             r.station, when(r.happened_at), when(r.arrived_at), word(r.change), r.amount] for r in late]
    return [CondPageBreak(40 * mm),
            fonts.heading(say(QT_TRANSLATE_NOOP("report", "Late records for closed days ({count})")).format(
                count=words.count(len(late)))),
            fonts.para(say(QT_TRANSLATE_NOOP("report", "Records of days already signed off that reached the hub "
                                                       "after the signing. The signed reports stay as they were; "
                                                       "each closed day's addendum lists its own.")), fonts.small),
            Spacer(0, 2 * mm),
            *chunked_tables([say(h) if h else h for h in LATE_HEADER], rows, LATE_WIDTHS,
                            Look.of(fonts, 6.8, len(LATE_HEADER), numeric_from=8))]
