"""What a restock label says: a frozen snapshot of one item inspection, and the barcode payloads it carries.

Plain data, no database: the print lane gets this object and nothing else, so rendering never touches SQLite.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from babel.dates import format_datetime
from biip import ParseError
from biip.gs1_application_identifiers import GS1ApplicationIdentifier
from biip.gtin import Gtin

from inspector.languages import babel_locale, language_code, translator


@dataclass(frozen=True)
class LabelData:
    license_plate: str
    description: str
    grade: str | None
    grade_label: str
    disposition: str              # the policy's label, e.g. "Open box"
    bin: str
    operator: str
    station: str
    completed_at: dt.datetime | None = None
    gtin: str | None = None
    serial: str | None = None
    lot: str | None = None
    sku: str | None = None

    @property
    def date(self) -> str:
        """Local date and time of completion: the bench's own clock, as the person at the bench reads it."""
        if self.completed_at is None:
            return ""
        return self.completed_at.astimezone().strftime("%Y-%m-%d %H:%M")

    def fields(self, lang: str | None = None) -> dict[str, str]:
        """Every field a template may name, as text ('' when unknown, so a template never shows 'None').

        In `lang` (a code of `inspector.languages`; None: English as stored) the policy's grade and disposition
        labels are translated ("policy" context: a site's own labels stay as written) and the date is written the
        language's way. Codes, plates, SKUs, serials and names never change."""
        values = {
            "license_plate": self.license_plate, "gtin": self.gtin14 or "", "serial": self.serial or "",
            "lot": self.lot or "", "sku": self.sku or "", "description": " ".join(self.description.split()),
            "grade": self.grade or "–", "grade_label": self.grade_label, "disposition": self.disposition,
            "bin": self.bin, "date": self.date, "operator": self.operator, "station": self.station,
        }
        code = language_code(lang)
        if code not in (None, "en"):
            translate = translator(code)
            values["grade_label"] = translate("policy", self.grade_label)
            values["disposition"] = translate("policy", self.disposition)
            if self.completed_at is not None:
                values["date"] = format_datetime(self.completed_at.astimezone().replace(tzinfo=None), "short",
                                                 locale=babel_locale(code))
        return values

    @property
    def gtin14(self) -> str | None:
        if not self.gtin:
            return None
        try:
            return Gtin.parse(self.gtin).as_gtin_14()
        except ParseError:
            return None

    def gs1_elements(self, ais: tuple[str, ...]) -> list[tuple[str, str]]:
        """(AI, value) pairs the template asks for and this item has, each valid for its AI.

        No GTIN, no GS1 barcode: a serial or lot means nothing to a GS1 reader without the item it belongs to.
        A serial the GS1 character set cannot carry (rare: a vendor's odd punctuation) stays printed as text only.
        """
        values = {"01": self.gtin14, "21": self.serial, "10": self.lot}
        if values["01"] is None:
            return []
        return [(ai, values[ai] or "") for ai in ais if values.get(ai) and gs1_value_ok(ai, values[ai] or "")]


def gs1_value_ok(ai: str, value: str) -> bool:
    try:
        pattern = GS1ApplicationIdentifier.extract(ai).pattern
    except ParseError:
        return False
    return re.fullmatch(pattern, ai + value) is not None
