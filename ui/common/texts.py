"""Words the window shows for codes in a `BenchState`, all through Qt translation.

Codes (match kinds, phases, roles) get their own sentences here; the flags' sentences and the shipped policy's labels,
which the end-of-day PDF shows too, live without Qt in `inspector.domain.code_words` (marked there for `lupdate`).
Labels that come from the policy file are run through the "policy" context: a site's own labels show as written.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from inspector import languages
# The words the end-of-day PDF shares live without Qt; imported here for the window (and its callers).
from inspector.domain.code_words import flag_words, humanize, outcome_words, policy_words, signal_words
from inspector.domain.fraud import Reason
from inspector.i18n import Text
from inspector.bench.state import Feedback, Phase
from inspector.domain.money import format_money
from ui.common.translations import current_language


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


MATCH_TEXTS = {
    "matched": QT_TRANSLATE_NOOP("match", "On the return"),
    "wrong_item": QT_TRANSLATE_NOOP("match", "Wrong item"),
    "extra_quantity": QT_TRANSLATE_NOOP("match", "Extra unit"),
    "serial_mismatch": QT_TRANSLATE_NOOP("match", "Serial mismatch"),
    "serial_missing": QT_TRANSLATE_NOOP("match", "Serial missing"),
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


def flag_text(code: str) -> str:
    return flag_words(code, _t)


def outcome_text(code: str) -> str:
    """An outcome's name (refund, exchange, store credit ...) in the window's language."""
    return outcome_words(code, _t)


def reason_line(reason: Reason) -> str:
    """One fraud signal and its detail, e.g. "Weight off: 1,620 g, expected 1,200 g ± 120 g" (the detail is digits)."""
    words = signal_words(reason.signal.value, _t)
    return f"{words}: {reason.detail}" if reason.detail else words


def match_text(code: str) -> str:
    text = MATCH_TEXTS.get(code)
    return _t("match", text) if text else humanize(code)


def role_text(code: str) -> str:
    text = ROLE_TEXTS.get(code)
    return _t("role", text) if text else code


def phase_prompt(phase: Phase) -> str:
    return _t("phase", PHASE_PROMPTS[phase])


def policy_label(label: str) -> str:
    return policy_words(label, _t)


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
