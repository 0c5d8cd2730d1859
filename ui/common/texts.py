"""Words the window shows for codes in a `BenchState`, all through Qt translation.

Codes (flags, match kinds, phases) get their own sentences here. Labels that come from the policy file are run
through the "policy" context: the default policy's labels are listed below with QT_TRANSLATE_NOOP so `lupdate`
collects them, and a site's own labels simply show as written.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from inspector import languages
from inspector.i18n import Text
from inspector.bench.state import Feedback, Phase
from inspector.domain.money import format_money
from ui.common.translations import current_language


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


FLAG_TEXTS = {
    "unexpected_parcel": QT_TRANSLATE_NOOP("flags", "No return known for this parcel"),
    "wrong_item": QT_TRANSLATE_NOOP("flags", "Wrong item: not on this return"),
    "extra_quantity": QT_TRANSLATE_NOOP("flags", "More units than the return expects"),
    "serial_mismatch": QT_TRANSLATE_NOOP("flags", "Serial is not the one shipped"),
    "outside_window": QT_TRANSLATE_NOOP("flags", "Outside the return window"),
    "non_returnable": QT_TRANSLATE_NOOP("flags", "Category cannot be returned"),
    "over_deduction_threshold": QT_TRANSLATE_NOOP("flags", "Deduction needs supervisor review"),
    "disposition_overridden": QT_TRANSLATE_NOOP("flags", "Disposition changed by hand"),
    "return_not_open": QT_TRANSLATE_NOOP("flags", "Return was cancelled or closed upstream"),
}

MATCH_TEXTS = {
    "matched": QT_TRANSLATE_NOOP("match", "On the return"),
    "wrong_item": QT_TRANSLATE_NOOP("match", "Wrong item"),
    "extra_quantity": QT_TRANSLATE_NOOP("match", "Extra unit"),
    "serial_mismatch": QT_TRANSLATE_NOOP("match", "Serial mismatch"),
    "no_return": QT_TRANSLATE_NOOP("match", "No return"),
}

PHASE_PROMPTS = {
    Phase.SIGNED_OUT: QT_TRANSLATE_NOOP("phase", "Scan your badge to sign in"),
    Phase.AWAITING_PIN: QT_TRANSLATE_NOOP("phase", "Type your PIN and press Enter"),
    Phase.AWAITING_PARCEL: QT_TRANSLATE_NOOP("phase", "Scan a parcel label or RMA number"),
    Phase.AWAITING_ITEM: QT_TRANSLATE_NOOP("phase", "Scan the next item"),
    Phase.INSPECTING: QT_TRANSLATE_NOOP("phase", "Grade, tick damage, complete"),
}

ROLE_TEXTS = {
    "inspector": QT_TRANSLATE_NOOP("role", "inspector"),
    "supervisor": QT_TRANSLATE_NOOP("role", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("role", "admin"),
}

# The shipped policy's labels, so translators see them; a site's own labels pass through untranslated.
POLICY_LABELS = (
    QT_TRANSLATE_NOOP("policy", "As new"),
    QT_TRANSLATE_NOOP("policy", "Open box / like new"),
    QT_TRANSLATE_NOOP("policy", "Used"),
    QT_TRANSLATE_NOOP("policy", "Damaged / parts"),
    QT_TRANSLATE_NOOP("policy", "Unsellable"),
    QT_TRANSLATE_NOOP("policy", "Intact"),
    QT_TRANSLATE_NOOP("policy", "Dented / scuffed"),
    QT_TRANSLATE_NOOP("policy", "Torn / opened"),
    QT_TRANSLATE_NOOP("policy", "Crushed (carrier)"),
    QT_TRANSLATE_NOOP("policy", "Wet"),
    QT_TRANSLATE_NOOP("policy", "Scratches / scuffs"),
    QT_TRANSLATE_NOOP("policy", "Dents / cracks"),
    QT_TRANSLATE_NOOP("policy", "Stains / odour"),
    QT_TRANSLATE_NOOP("policy", "Missing accessory"),
    QT_TRANSLATE_NOOP("policy", "Original packaging missing"),
    QT_TRANSLATE_NOOP("policy", "Signs of use"),
    QT_TRANSLATE_NOOP("policy", "Hygiene seal broken"),
    QT_TRANSLATE_NOOP("policy", "Defective (does not work)"),
    QT_TRANSLATE_NOOP("policy", "We shipped the wrong item"),
    QT_TRANSLATE_NOOP("policy", "Damaged in transit"),
    QT_TRANSLATE_NOOP("policy", "Back to stock"),
    QT_TRANSLATE_NOOP("policy", "Open box"),
    QT_TRANSLATE_NOOP("policy", "Refurbish"),
    QT_TRANSLATE_NOOP("policy", "Return to vendor"),
    QT_TRANSLATE_NOOP("policy", "Liquidation"),
    QT_TRANSLATE_NOOP("policy", "Recycling"),
    QT_TRANSLATE_NOOP("policy", "Quarantine"),
)


def feedback_text(feedback: Feedback) -> str:
    """The session's message in the operator's language: its template is translated, then filled in."""
    return translated_message(feedback.message, feedback.text)


def translated_message(message: str, said: Text | None) -> str:
    if said is None:
        return message
    try:
        return said.translated(QCoreApplication.translate)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: English beats nothing
        return message


def humanize(code: str) -> str:
    return code.replace("_", " ").capitalize()


def flag_text(code: str) -> str:
    text = FLAG_TEXTS.get(code)
    return _t("flags", text) if text else humanize(code)


def match_text(code: str) -> str:
    text = MATCH_TEXTS.get(code)
    return _t("match", text) if text else humanize(code)


def role_text(code: str) -> str:
    text = ROLE_TEXTS.get(code)
    return _t("role", text) if text else code


def phase_prompt(phase: Phase) -> str:
    return _t("phase", PHASE_PROMPTS[phase])


def policy_label(label: str) -> str:
    return _t("policy", label)


def babel_locale() -> str:
    """Babel's locale for the window's language now (it follows the signed-in operator)."""
    return languages.babel_locale(current_language())


def money(amount: Decimal | None, currency: str | None) -> str:
    if amount is None or not currency:
        return "—"
    try:
        return format_money(amount, currency, locale=babel_locale())
    except Exception:  # noqa: BLE001 - an odd locale must not blank the refund; the plain figure still helps
        return f"{amount} {currency}"


def short_date(day: dt.date | None) -> str:
    if day is None:
        return "—"
    # Month by name, so no day/month order is misread, in the language's own order (CLDR: "2026年11月15日").
    from babel.dates import format_skeleton
    return format_skeleton("yMMMd", day, locale=babel_locale())


def database_name(url: str) -> str:
    """The file name of a SQLite URL (the full URL is the tooltip); other databases as given."""
    if not url:
        return "—"
    if url.startswith("sqlite:"):
        return url.rsplit("/", 1)[-1] or url
    return url


def clock_time(at: dt.datetime) -> str:
    return at.strftime("%H:%M:%S")
