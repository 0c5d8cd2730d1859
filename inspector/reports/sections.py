"""The report's sections in their order: the cover (title, day, stations, the site's notes), totals, money per
currency, outcomes per currency and the money held for review (`outcome_sections`), items by grade, disposition and
reason, stated beside found reasons, the charts, throughput per inspector, the most returned SKUs, damage by carrier
and packaging, the fraud signals, the exceptions, the late records and the sign-off.

The codes of the records are shown in words, as the window shows them (`inspector.domain.code_words`): exception
flags by their sentence, dispositions and packaging conditions by the policy's label (`DayFigures.labels`), each
translated in the window's contexts ("flags", "policy"). Grades stay letters and carriers their names.
"""
from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle

from inspector.domain.code_words import flag_words
from inspector.i18n import QT_TRANSLATE_NOOP
from inspector.reports.charts import bar_chart, hourly_chart
from inspector.reports.figures import NO_REASON, UNKNOWN, DayFigures, shipped_labels
from inspector.reports.outcome_sections import fraud_story, outcome_story
from inspector.reports.photo_cells import NOT_RECEIVED, PHOTOS_HEADER, PhotoCells, PhotoSource
from inspector.reports.site_notes import SiteNotes, late_records_section, site_lines
from inspector.reports.table_look import Fonts, Look, chunked_tables
from inspector.reports.words import Words

TOP_SKUS = 20
STATED_VS_FOUND_ROWS = 15

EXCEPTION_HEADER = (QT_TRANSLATE_NOOP("report", "Plate"), QT_TRANSLATE_NOOP("report", "Time"),
                    QT_TRANSLATE_NOOP("report", "Station"), QT_TRANSLATE_NOOP("report", "Inspector"),
                    QT_TRANSLATE_NOOP("report", "SKU"), QT_TRANSLATE_NOOP("report", "Exceptions"),
                    QT_TRANSLATE_NOOP("report", "Grade"), QT_TRANSLATE_NOOP("report", "Disposition"),
                    QT_TRANSLATE_NOOP("report", "Cur."), QT_TRANSLATE_NOOP("report", "Deduction"),
                    QT_TRANSLATE_NOOP("report", "Refund"))
# 180 mm, the frame; the exceptions' sentences ("Deduction needs supervisor review") take the room the codes did not.
EXCEPTION_WIDTHS = tuple(w * mm for w in (20, 11, 13, 19, 17, 38, 9, 20, 7, 13, 13))
# With the photos (a report given a PhotoSource, of a day with photos): a 19 mm column for the 16 mm thumbnails,
# taken from the text columns.
PHOTO_EXCEPTION_HEADER = (*EXCEPTION_HEADER, PHOTOS_HEADER)
PHOTO_EXCEPTION_WIDTHS = tuple(w * mm for w in (18, 11, 12, 16, 15, 30, 9, 17, 7, 13, 13, 19))


def exception_columns(photos: bool) -> tuple[tuple[str, ...], tuple[float, ...]]:
    """The exceptions table's header (untranslated) and column widths, with or without the photos."""
    return (PHOTO_EXCEPTION_HEADER, PHOTO_EXCEPTION_WIDTHS) if photos else (EXCEPTION_HEADER, EXCEPTION_WIDTHS)


def _side_by_side(left: Flowable, right: Flowable) -> Table:
    table = Table([[left, right]], colWidths=[90 * mm, 90 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def period_text(figures: DayFigures, words: Words | None = None) -> str:
    words = words or Words()
    if figures.first_day == figures.last_day:
        return words.day(figures.first_day)
    return words(QT_TRANSLATE_NOOP("report", "{first} to {last}")).format(first=words.day(figures.first_day),
                                                                          last=words.day(figures.last_day))


def day_story(figures: DayFigures, fonts: Fonts, stations_text: str, generated: str,
              notes: SiteNotes | None = None, words: Words | None = None,
              photos: PhotoSource | None = None) -> list[Flowable]:
    """`photos`: the exceptions' thumbnails (a "Photos" column, when any exception has a photo); None: no such
    column."""
    notes = notes or SiteNotes()
    say = words = words or Words()
    count, cell = words.count, fonts.cell
    labels = figures.labels or shipped_labels()

    def disposition(code: str) -> str:
        return labels.disposition(code, words.translate)

    def packaging(code: str) -> str:
        return labels.packaging_condition(code, words.translate)

    def flag(code: str) -> str:
        return flag_words(code, words.translate)
    items = say(QT_TRANSLATE_NOOP("report", "Items"))
    header_line = "    ".join((
        say(QT_TRANSLATE_NOOP("report", "Day: {day} ({zone})")).format(day=period_text(figures, words),
                                                                     zone=figures.zone.label(figures.first_day)),
        say(QT_TRANSLATE_NOOP("report", "Stations: {stations}")).format(stations=stations_text),
        say(QT_TRANSLATE_NOOP("report", "Generated: {generated}")).format(generated=generated)))
    story: list[Flowable] = [
        fonts.heading(notes.title or say(QT_TRANSLATE_NOOP("report", "End-of-day returns inspection report")),
                      fonts.title),
        fonts.para(header_line),
        *site_lines(notes, fonts, words),
        Spacer(0, 4 * mm),
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Totals"))),
        Look.of(fonts, 10, 2, numeric_from=0).table([[say(QT_TRANSLATE_NOOP("report", "Parcels")), items],
                                                    [count(figures.parcels), count(figures.items)]],
                                                   [40 * mm, 40 * mm]),
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Deductions and refunds per currency"))),
    ]
    money_rows = [[cur, count(m.items), words.money(m.deductions), words.money(m.refunds)]
                  for cur, m in sorted(figures.money.items())]
    story.append(Look.of(fonts, 8.5, 4, numeric_from=1).table(
        [[say(QT_TRANSLATE_NOOP("report", "Currency")), items, say(QT_TRANSLATE_NOOP("report", "Deductions")),
          say(QT_TRANSLATE_NOOP("report", "Refunds"))], *money_rows], [25 * mm, 25 * mm, 40 * mm, 40 * mm]))
    story += outcome_story(figures, fonts, words)
    counts = Look.of(fonts, 8.5, 2, numeric_from=1)
    grade_rows = [[g, count(n)] for g, n in sorted(figures.by_grade.items())]
    disp_rows = [[fonts.wrapped([disposition(d)], 45 * mm, 8.5), count(n)]
                 for d, n in figures.by_disposition.most_common()]
    reason_rows = [[cell(say(r)), count(n)] for r, n in figures.by_found_reason.most_common()]
    story += [
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Items by grade, disposition and reason found"))),
        _side_by_side(counts.table([[say(QT_TRANSLATE_NOOP("report", "Grade")), items], *grade_rows],
                                   [30 * mm, 25 * mm]),
                      counts.table([[say(QT_TRANSLATE_NOOP("report", "Disposition")), items], *disp_rows],
                                   [45 * mm, 25 * mm])),
        Spacer(0, 3 * mm),
        counts.table([[say(QT_TRANSLATE_NOOP("report", "Reason found")), items], *reason_rows], [55 * mm, 25 * mm]),
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Reason stated by the customer beside the reason found"))),
        fonts.para(say(QT_TRANSLATE_NOOP("report", "Stated reason differs from the reason found: {mismatches} of "
                                                   "{items} items.")).format(
            mismatches=count(figures.reason_mismatches), items=count(figures.items)), fonts.small),
        Spacer(0, 2 * mm),
    ]
    pairs = figures.stated_vs_found.most_common(STATED_VS_FOUND_ROWS)
    story += chunked_tables((say(QT_TRANSLATE_NOOP("report", "Stated")), say(QT_TRANSLATE_NOOP("report", "Found")),
                             items),
                            [[cell(say(s) if s == NO_REASON else s), cell(say(f)), count(n)] for (s, f), n in pairs],
                            (70 * mm, 55 * mm, 25 * mm), Look.of(fonts, 8, 3, numeric_from=2))
    story += [
        CondPageBreak(120 * mm),
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Charts"))),
        _side_by_side(bar_chart(fonts, words, say(QT_TRANSLATE_NOOP("report", "Grade mix")),
                                sorted(figures.by_grade.items())),
                      bar_chart(fonts, words, say(QT_TRANSLATE_NOOP("report", "Disposition mix")),
                                [(disposition(d), n) for d, n in figures.by_disposition.most_common()])),
        Spacer(0, 3 * mm),
        _side_by_side(bar_chart(fonts, words, say(QT_TRANSLATE_NOOP("report", "Reason found mix")),
                                [(say(r), n) for r, n in figures.by_found_reason.most_common()]),
                      bar_chart(fonts, words, say(QT_TRANSLATE_NOOP("report", "Exceptions")),
                                [(flag(f), n) for f, n in figures.by_exception.most_common()])),
        Spacer(0, 3 * mm),
        hourly_chart(fonts, words, figures),
        fonts.heading(say(QT_TRANSLATE_NOOP("report", "Throughput per inspector"))),
    ]
    inspectors = sorted(figures.inspectors.items(), key=lambda kv: -kv[1].items)
    story += chunked_tables((say(QT_TRANSLATE_NOOP("report", "Badge")), say(QT_TRANSLATE_NOOP("report", "Inspector")),
                             items, say(QT_TRANSLATE_NOOP("report", "Hours worked")),
                             say(QT_TRANSLATE_NOOP("report", "Items per hour"))),
                            [[badge, cell(i.name), count(i.items), count(len(i.hours)), words.one_decimal(i.per_hour)]
                             for badge, i in inspectors],
                            (25 * mm, 60 * mm, 25 * mm, 30 * mm, 30 * mm), Look.of(fonts, 8.5, 5, numeric_from=2))
    story += [CondPageBreak(60 * mm),
              fonts.heading(say(QT_TRANSLATE_NOOP("report", "Most returned SKUs (top {count})")).format(
                  count=count(TOP_SKUS)))]
    story += chunked_tables((say(QT_TRANSLATE_NOOP("report", "SKU")), say(QT_TRANSLATE_NOOP("report", "Description")),
                             items),
                            [[cell(say(sku)) if sku == UNKNOWN else sku, cell(figures.sku_names.get(sku, "")[:60]),
                              count(n)]
                             for sku, n in figures.skus.most_common(TOP_SKUS)],
                            (35 * mm, 115 * mm, 25 * mm), Look.of(fonts, 8, 3, numeric_from=2))
    rate_look = Look.of(fonts, 8.5, 4, numeric_from=1)
    damaged, rate = say(QT_TRANSLATE_NOOP("report", "Damaged")), say(QT_TRANSLATE_NOOP("report", "Rate"))

    def rates(title: str, table: dict[str, Any], name: Any) -> Table:
        rows = [[fonts.wrapped([shown], 28 * mm, 8.5), count(r.items), count(r.damaged), words.percent(r.percent)]
                for shown, r in sorted(((name(k), r) for k, r in table.items()), key=lambda pair: pair[0])]
        return rate_look.table([[title, items, damaged, rate], *rows], [28 * mm, 18 * mm, 18 * mm, 18 * mm])

    def carrier(code: str) -> str:     # a carrier is a name (ups, dhl): as written
        return say(code) if code == UNKNOWN else code

    story += [KeepTogether([fonts.heading(say(QT_TRANSLATE_NOOP("report",
                                                                "Damage by carrier and by packaging condition"))),
                            _side_by_side(rates(say(QT_TRANSLATE_NOOP("report", "Carrier")), figures.by_carrier,
                                                carrier),
                                          rates(say(QT_TRANSLATE_NOOP("report", "Packaging")), figures.by_packaging,
                                                packaging))])]
    story += fraud_story(figures, fonts, words)
    story += [PageBreak(),
              fonts.heading(say(QT_TRANSLATE_NOOP("report", "Exceptions ({count})")).format(
                  count=count(len(figures.exceptions))))]
    figures.exceptions.sort(key=lambda e: (e.completed_at, e.license_plate))
    # No photo among the exceptions (a day before photos, a site without cameras): the table as it always was.
    photos = photos if any(e.photos for e in figures.exceptions) else None
    header, widths = exception_columns(photos is not None)
    flags_cell = _made_once(lambda codes: fonts.wrapped([flag(f) for f in codes], widths[5], 6.3))
    disposition_cell = _made_once(lambda code: fonts.wrapped([disposition(code)], widths[7], 6.3))
    operator_cell = _made_once(lambda name: fonts.wrapped([name[:22]], widths[3], 6.3))
    exception_rows = [[e.license_plate, words.clock(e.completed_at), e.station, operator_cell(e.operator),
                       cell(say(e.sku)) if e.sku == UNKNOWN else e.sku[:16], flags_cell(e.exceptions), e.grade,
                       disposition_cell(e.disposition), e.currency, words.money(e.deduction), words.money(e.refund)]
                      for e in figures.exceptions]
    if photos is not None:
        photo_cell = PhotoCells(photos, fonts.markup(say(NOT_RECEIVED)), fonts.sans, 6.3)
        for row, e in zip(exception_rows, figures.exceptions):
            row.append(photo_cell(e.photos))
        if photo_cell.missing:    # a desk or the hub the photos' files have not all reached yet
            story.append(fonts.para(say(QT_TRANSLATE_NOOP("report", "Photos not received yet: {count}.")).format(
                count=count(photo_cell.missing)), fonts.small))
    story += chunked_tables([say(h) for h in header], exception_rows, widths,
                            Look.of(fonts, 6.3, len(header), numeric_from=9))
    story += late_records_section(notes.late, fonts, figures.zone, words)
    story += [Spacer(0, 6 * mm), KeepTogether(_sign_off(fonts, words))]
    return story


def _made_once(make: Any) -> Any:
    """`make(value)`, made once per value: a busy day's exceptions repeat a few values (a `RunLines` may stand in
    many cells: it keeps nothing of where it was drawn)."""
    made: dict[Any, Any] = {}

    def cell(value: Any) -> Any:
        done = made.get(value)
        if done is None:
            done = made[value] = make(value)
        return done
    return cell


def _sign_off(fonts: Fonts, words: Words | None = None) -> list[Flowable]:
    say = words or Words()
    line = "_" * 34
    signature, date = say(QT_TRANSLATE_NOOP("report", "Signature")), say(QT_TRANSLATE_NOOP("report", "Date"))
    style = ParagraphStyle("sign", fontName=fonts.sans, fontSize=8.5, leading=10)
    table = Table([[fonts.cell(text, style) for text in row] for row in (
                      [say(QT_TRANSLATE_NOOP("report", "Reviewed by (supervisor)")), signature, date], [line] * 3,
                      [say(QT_TRANSLATE_NOOP("report", "Approved by (manager)")), signature, date], [line] * 3)],
                  colWidths=[60 * mm, 60 * mm, 60 * mm], rowHeights=[5 * mm, 12 * mm, 5 * mm, 12 * mm])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fonts.sans, 8.5), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    return [fonts.heading(say(QT_TRANSLATE_NOOP("report", "Sign-off"))),
            fonts.para(say(QT_TRANSLATE_NOOP("report", "I have reviewed the exceptions above and agree the totals of "
                                                       "this report.")), fonts.small),
            Spacer(0, 2 * mm), table]
