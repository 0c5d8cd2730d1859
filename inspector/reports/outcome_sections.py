"""The report's outcome and fraud sections (issue 13): the mix of outcomes per currency with their money, the money
held back for review, and the fraud signals by reason, by SKU and by customer (held or not).

Outcomes and signals are shown in words (`inspector.domain.code_words`), translated as the window translates them;
SKUs and customer ids as given. Tables are chunked like the report's others.
"""
from __future__ import annotations

from collections import Counter
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from inspector.domain.code_words import outcome_words, signal_words
from inspector.domain.outcomes import Outcome
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.reports.charts import bar_chart
from inspector.reports.figures import NO_CURRENCY, UNKNOWN, DayFigures
from inspector.reports.table_look import Fonts, Look, chunked_tables
from inspector.reports.words import Words

TOP_FLAGGED = 20
_ORDER = {o.value: n for n, o in enumerate(Outcome)}      # refund, exchange, store credit, supervisor, none


def outcome_order(outcome: str) -> tuple[int, str]:
    return _ORDER.get(outcome, len(_ORDER)), outcome


def _currency_order(currency: str) -> tuple[bool, str]:
    return currency == NO_CURRENCY, currency          # items without a currency last


def outcome_rows(figures: DayFigures) -> list[tuple[str, str, int, Decimal]]:
    """(currency, outcome, units, amount), by currency (NO_CURRENCY last) then in the outcomes' order."""
    return [(currency, outcome, units, amount) for (outcome, currency), (units, amount)
            in sorted(figures.by_outcome.items(),
                      key=lambda kv: (_currency_order(kv[0][1]), outcome_order(kv[0][0])))]


def held_rows(figures: DayFigures) -> list[tuple[str, int, Decimal]]:
    """(currency, units, amount) held for review, by currency (NO_CURRENCY last)."""
    return [(currency, units, amount) for currency, (units, amount)
            in sorted(figures.held.items(), key=lambda kv: _currency_order(kv[0]))]


def outcome_units(figures: DayFigures) -> list[tuple[str, int]]:
    """Units per outcome over every currency, in the outcomes' order."""
    units: Counter[str] = Counter()
    for (outcome, _currency), (n, _amount) in figures.by_outcome.items():
        units[outcome] += n
    return sorted(units.items(), key=lambda kv: outcome_order(kv[0]))


def outcome_story(figures: DayFigures, fonts: Fonts, words: Words) -> list[Flowable]:
    """Outcomes per currency and the money held back for review."""
    say, count, money, cell = words, words.count, words.money, fonts.cell
    shown = {NO_CURRENCY: cell(say(UNKNOWN))}
    items = say(QT_TRANSLATE_NOOP("report", "Items"))
    currency = say(QT_TRANSLATE_NOOP("report", "Currency"))
    story: list[Flowable] = [fonts.heading(say(QT_TRANSLATE_NOOP("report", "Outcomes per currency")))]
    story += chunked_tables(
        (currency, say(QT_TRANSLATE_NOOP("report", "Outcome")), items, say(QT_TRANSLATE_NOOP("report", "Amount"))),
        [[shown.get(cur, cur), cell(outcome_words(outcome, words.translate)), count(n), money(amount)]
         for cur, outcome, n, amount in outcome_rows(figures)],
        (25 * mm, 45 * mm, 25 * mm, 40 * mm), Look.of(fonts, 8.5, 4, numeric_from=2))
    story += [fonts.heading(say(QT_TRANSLATE_NOOP("report", "Money held back for review"))),
              fonts.para(say(QT_TRANSLATE_NOOP("report", "Items held for review with no approval or outcome "
                                                         "decided yet, and the money they would pay out.")),
                         fonts.small),
              Spacer(0, 2 * mm)]
    story += chunked_tables(
        (currency, say(QT_TRANSLATE_NOOP("report", "Items held")), say(QT_TRANSLATE_NOOP("report", "Amount held"))),
        [[shown.get(cur, cur), count(n), money(amount)] for cur, n, amount in held_rows(figures)],
        (25 * mm, 25 * mm, 40 * mm), Look.of(fonts, 8.5, 3, numeric_from=1))
    return story


def fraud_story(figures: DayFigures, fonts: Fonts, words: Words) -> list[Flowable]:
    """The fraud signals found (held or not) by reason, the SKUs and the customers they were found on most."""
    say, count, cell = words, words.count, fonts.cell
    items = say(QT_TRANSLATE_NOOP("report", "Items"))
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Fraud signals"))),
        bar_chart(fonts, words, say(QT_TRANSLATE_NOOP("report", "Outcome mix")),
                  [(outcome_words(o, words.translate), n) for o, n in outcome_units(figures)]),
        Spacer(0, 3 * mm),
    ]
    story += chunked_tables((say(QT_TRANSLATE_NOOP("report", "Signal")), items),
                            [[cell(signal_words(s, words.translate)), count(n)]
                             for s, n in figures.fraud_by_reason.most_common()],
                            (70 * mm, 25 * mm), Look.of(fonts, 8.5, 2, numeric_from=1))
    story += [fonts.heading(say(QT_TRANSLATE_NOOP("report", "SKUs with fraud signals (top {count})")).format(
        count=count(TOP_FLAGGED)))]
    story += chunked_tables((say(QT_TRANSLATE_NOOP("report", "SKU")), say(QT_TRANSLATE_NOOP("report", "Description")),
                             items),
                            [[cell(say(sku)) if sku == UNKNOWN else sku, cell(figures.sku_names.get(sku, "")[:60]),
                              count(n)] for sku, n in figures.fraud_by_sku.most_common(TOP_FLAGGED)],
                            (35 * mm, 115 * mm, 25 * mm), Look.of(fonts, 8, 3, numeric_from=2))
    story += [fonts.heading(say(QT_TRANSLATE_NOOP("report", "Customers with fraud signals (top {count})")).format(
        count=count(TOP_FLAGGED)))]
    story += chunked_tables((say(QT_TRANSLATE_NOOP("report", "Customer")), items),
                            [[cell(say(who)) if who == UNKNOWN else cell(who[:64]), count(n)]
                             for who, n in figures.fraud_by_customer.most_common(TOP_FLAGGED)],
                            (70 * mm, 25 * mm), Look.of(fonts, 8.5, 2, numeric_from=1))
    return story
