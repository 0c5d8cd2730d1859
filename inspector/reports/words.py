"""The report's words, numbers, money and dates in one language (`inspector.languages`), without Qt.

Fixed words are marked `QT_TRANSLATE_NOOP("report", ...)` where they are written, so `pyside6-lupdate` collects them,
and looked up here in the language's catalogue. Numbers, money and dates follow the language through Babel (CLDR).
English (None or "en") keeps the report's own plain forms (ISO dates, `1,234.50`): tests and accountants parse them.
Money is a `Decimal` and is shown with exactly its own decimal places: never rounded, never through a float.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_decimal, format_percent

from inspector.languages import babel_locale, language_code, translator

CONTEXT = "report"


def money_text(amount: Decimal | None) -> str:
    """Exact, with thousands separators: an accountant reads it and a test parses it back (commas removed)."""
    return "" if amount is None else format(amount, ",")


def exact_decimal(amount: Decimal, locale: str) -> str:
    """`amount` in the locale's digits and separators, with all of its decimal places and no others (exact)."""
    exponent = amount.as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return format_decimal(amount, format="#,##0" + ("." + "0" * places if places else ""), locale=locale)


class Words:
    """`words("Totals")` is the text in the language; the other methods format values the way it writes them."""

    def __init__(self, lang: str | None = None) -> None:
        self.lang = language_code(lang)          # an unknown code raises UnknownLanguage, naming the known ones
        self.english = self.lang in (None, "en")
        self.locale = babel_locale(self.lang)
        self.translate = translator(self.lang)   # (context, text) -> text, as `Text.translated` takes it

    def __call__(self, text: str, context: str = CONTEXT) -> str:
        return self.translate(context, text)

    def count(self, n: int) -> str:
        return f"{n:,}" if self.english else format_decimal(n, locale=self.locale)

    def money(self, amount: Decimal | None) -> str:
        if amount is None or self.english:
            return money_text(amount)
        return exact_decimal(amount, self.locale)

    def one_decimal(self, value: float) -> str:
        return f"{value:.1f}" if self.english else format_decimal(value, format="#,##0.0", locale=self.locale)

    def percent(self, value: float) -> str:
        """`value` in per cent (12.5 for 12.5 %), one decimal, with the locale's sign and its place."""
        if self.english:
            return f"{value:.1f}%"
        pattern = Locale.parse(self.locale).percent_formats[None].pattern.replace("#,##0", "#,##0.0", 1)
        return format_percent(value / 100, format=pattern, locale=self.locale)

    def day(self, day: dt.date) -> str:
        return day.isoformat() if self.english else format_date(day, "medium", locale=self.locale)

    def clock(self, moment: dt.datetime) -> str:
        """Wall-clock time to the second (`moment` is already the site's local time)."""
        if self.english:
            return moment.strftime("%H:%M:%S")
        # A 24-hour clock in every language: a warehouse shift reads "14:05:09", and CLDR's 12-hour forms
        # ("2:05:09 e pasdites") would not fit the exceptions' time column.
        return format_time(moment.replace(tzinfo=None).time(), "HH:mm:ss", locale=self.locale)

    def moment(self, moment: dt.datetime, zone_name: bool = False) -> str:
        """Date and time to the minute (already local); with the zone's abbreviation when asked."""
        if self.english:
            return moment.strftime("%Y-%m-%d %H:%M %Z" if zone_name else "%Y-%m-%d %H:%M")
        text = (f"{format_date(moment.date(), 'short', locale=self.locale)} "
                f"{format_time(moment.replace(tzinfo=None).time(), 'HH:mm', locale=self.locale)}")
        return f"{text} {moment.strftime('%Z')}".rstrip() if zone_name else text
