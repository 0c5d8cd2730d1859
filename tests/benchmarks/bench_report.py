"""The end-of-day PDF of a 5,000-item and a 50,000-item day against a bare ReportLab build of the same rows.

Ours: `build_day_report` end to end: reading the day's rows from SQLite (the export's query), gathering every figure,
charts, all the tables (the exceptions chunked) and the PDF written atomically.
The floor: plain ReportLab platypus writing the same table rows as the report (every table: totals, money, mixes,
reasons, throughput, SKUs, damage rates, and the exceptions in chunks of the same size), built beforehand in memory,
nothing read or computed, same font and style, no charts or paragraphs. So the ratio is the price of reading the
day from SQLite, adding it up, the charts and the layout around the tables. The day has photos (a pool of 64 given
round-robin to the exceptions' items: `HistoryOptions(photos=True)`), and both sides embed the same thumbnail files
as the same `Image` cells (`photo_cells.photo_image`), so the images cost alike on both sides. Built in the same
run, each in a fresh process so peak memory (max RSS) is measured alike for both; the 5,000-item day's time is the
median of 5 builds in that process, the 50,000-item day's one build.
"""
from __future__ import annotations

import datetime as dt
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.figures import report

NOW = dt.datetime(2026, 11, 20, 23, 0, tzinfo=dt.timezone.utc)
SIZES = (5_000, 50_000)
ALLOWED = 1.5


def _make_day(root: Path, items: int) -> Path:
    from inspector.demo import load_demo_data
    from inspector.demo.history import HistoryOptions, generate_history
    from inspector.paths import Paths
    from inspector.settings import site_policy
    from inspector.storage.database import Database
    paths = Paths(root / f"day-{items}").ensure()
    load_demo_data(paths)
    database = Database.open_sqlite(paths.database)
    try:
        # About 1.9 items per parcel in the generated history; all received on one UTC day.
        generate_history(database, site_policy(paths),
                         HistoryOptions(parcels=round(items / 1.894), days=1, seed=5, photos=True), NOW)
        with database.engine.connect() as conn:
            made = conn.exec_driver_sql("SELECT count(*) FROM item_inspections WHERE status = 'completed'").scalar()
            photos = conn.exec_driver_sql("SELECT count(*) FROM inspection_photos").scalar()
    finally:
        database.dispose()
    print(f"   generated a day of {made:,} items, {photos:,} photos", flush=True)
    return paths.database


def _ours(database_path: str, output: str, repeats: int = 1, day: str | None = None) -> dict:
    from inspector.labels.fonts import preload
    from inspector.reports.day_pdf import build_day_report
    from inspector.storage.database import Database
    photos = _photos(database_path)
    preload()   # the app parses the bundled fonts once at start-up (print lane); the floor's fonts are loaded too
    database = Database.open_sqlite(Path(database_path))
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        result = build_day_report(database, _day(day), Path(output), generated_at=NOW, photos=photos)
        times.append(time.perf_counter() - started)
    database.dispose()
    return {"seconds": statistics.median(times), "pages": result.pages, "rows": result.exceptions}


def _photos(database_path: str):  # type: ignore[no-untyped-def]
    """The photo store of the database's data folder, as the report's thumbnails (`inspector report` passes it)."""
    from inspector.reports.photo_cells import bench_photos
    return bench_photos(Path(database_path))


def _day(day: str | None) -> dt.date:
    return NOW.date() if day is None else dt.date.fromisoformat(day)


def _bare(database_path: str, output: str, repeats: int = 1, day: str | None = None) -> dict:
    """The same exception rows, read beforehand (not timed), drawn by plain platypus in chunked tables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table

    from inspector.reports.day_pdf import CHUNK_ROWS, exception_columns
    from inspector.reports.photo_cells import photo_image
    from inspector.reports.table_look import Fonts as _Fonts
    from inspector.reports.figures import gather
    from inspector.reports.rows import report_rows
    from inspector.storage.database import Database
    database = Database.open_sqlite(Path(database_path))
    figures = gather(report_rows(database, _day(day), _day(day)), _day(day), _day(day))
    database.dispose()
    fonts = _Fonts()
    thumbnail = _photos(database_path)
    header, widths = exception_columns(any(e.photos for e in figures.exceptions))
    rows = [[e.license_plate, e.completed_at.strftime("%H:%M:%S"), e.station, e.operator[:22], e.sku[:16],
             "\n".join(e.exceptions), e.grade, e.disposition, e.currency,
             "" if e.deduction is None else format(e.deduction, ","), "" if e.refund is None else format(e.refund, ","),
             # The same thumbnails as the same Image cells (a photo not here: its words, as the report has them).
             [photo_image(path) if (path := thumbnail(h)) else "photo not received yet" for h in e.photos] or ""]
            for e in figures.exceptions]
    # Every other table the report has, with the same rows: totals, money, mixes, reasons, throughput, SKUs, damage.
    f = figures
    small = [
        [["Parcels", "Items"], [f"{f.parcels:,}", f"{f.items:,}"]],
        [["Currency", "Items", "Deductions", "Refunds"]] + [[c, f"{m.items:,}", format(m.deductions, ","),
                                                             format(m.refunds, ",")] for c, m in sorted(f.money.items())],
        [["Grade", "Items"]] + [[g, f"{n:,}"] for g, n in sorted(f.by_grade.items())],
        [["Disposition", "Items"]] + [[d, f"{n:,}"] for d, n in f.by_disposition.most_common()],
        [["Reason found", "Items"]] + [[r, f"{n:,}"] for r, n in f.by_found_reason.most_common()],
        [["Stated", "Found", "Items"]] + [[a, b, f"{n:,}"] for (a, b), n in f.stated_vs_found.most_common(15)],
        [["Badge", "Inspector", "Items", "Hours", "Per hour"]] + [[b, i.name, f"{i.items:,}", str(len(i.hours)),
                                                                  f"{i.per_hour:.1f}"] for b, i in f.inspectors.items()],
        [["SKU", "Description", "Items"]] + [[k, f.sku_names.get(k, "")[:60], f"{n:,}"]
                                             for k, n in f.skus.most_common(20)],
        [["Carrier", "Items", "Damaged", "Rate"]] + [[k, f"{r.items:,}", f"{r.damaged:,}", f"{r.percent:.1f}%"]
                                                     for k, r in sorted(f.by_carrier.items())],
        [["Packaging", "Items", "Damaged", "Rate"]] + [[k, f"{r.items:,}", f"{r.damaged:,}", f"{r.percent:.1f}%"]
                                                       for k, r in sorted(f.by_packaging.items())],
    ]
    del figures, f
    small_style = _table_style(fonts, 8.5, numeric_from=1)
    style = _table_style(fonts, 6.3, numeric_from=9)
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        doc = SimpleDocTemplate(output, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                                bottomMargin=19 * mm)
        story = [Table(table, repeatRows=1, style=small_style) for table in small]
        story += [Table([list(header), *rows[i:i + CHUNK_ROWS]], colWidths=list(widths),
                        repeatRows=1, style=style) for i in range(0, len(rows), CHUNK_ROWS)]
        doc.build(story)
        times.append(time.perf_counter() - started)
    return {"seconds": statistics.median(times), "pages": doc.page, "rows": len(rows)}


def _table_style(fonts, size: float, numeric_from: int):  # type: ignore[no-untyped-def]
    """The report's table look written the plain platypus way, as style commands applied cell by cell (the report
    itself shares one cell style per column: `table_look.Look`); the same font, padding, rules and alignment."""
    from reportlab.platypus import TableStyle

    from inspector.reports.table_look import PADDING as _PADDING, RULES as _RULES
    sides = {"topPadding": "TOPPADDING", "bottomPadding": "BOTTOMPADDING", "leftPadding": "LEFTPADDING",
             "rightPadding": "RIGHTPADDING"}
    return TableStyle([("FONT", (0, 0), (-1, -1), fonts.sans, size), ("FONT", (0, 0), (-1, 0), fonts.sans_bold, size),
                       *_RULES.getCommands(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                       *((sides[name], (0, 0), (-1, -1), value) for name, value in _PADDING.items()),
                       ("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT")])


def peak_rss_mb() -> float:
    """This process's own peak resident set. Not `ru_maxrss`: on Linux a child started by fork (or vfork) and exec
    keeps its parent's high-water mark in it, so every child reported the benchmark's own peak (the 50,000-item day
    it had just generated). VmHWM belongs to the address space exec made, so it is the child's alone."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _in_child(kind: str, database: Path, output: Path, repeats: int, day: dt.date | None = None) -> dict:
    """`day`: the day to report (by default the generated one); the site benchmark reports a desk's day."""
    iso = None if day is None else day.isoformat()
    code = (f"import json; from tests.benchmarks.bench_report import _{kind} as f, peak_rss_mb; "
            f"r = f({str(database)!r}, {str(output)!r}, {repeats}, {iso!r}); "
            f"r['max_rss_mb'] = peak_rss_mb(); print(json.dumps(r))")
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[2])
    return json.loads(done.stdout.strip().splitlines()[-1])


def run() -> bool:
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for items in SIZES:
            database = _make_day(root, items)
            repeats = 5 if items <= 5_000 else 1    # the median of 5 for the small day, whose times are short
            ours = _in_child("ours", database, root / f"ours-{items}.pdf", repeats)
            bare = _in_child("bare", database, root / f"bare-{items}.pdf", repeats)
            print(f"   {items:,}-item day: ours {ours['pages']} pages ({ours['rows']:,} exception rows), peak RSS "
                  f"{ours['max_rss_mb']:.0f} MB; bare {bare['pages']} pages ({bare['rows']:,} rows), peak RSS "
                  f"{bare['max_rss_mb']:.0f} MB", flush=True)
            ok &= report(f"end-of-day PDF, {items:,}-item day", ours["seconds"] * 1000, bare["seconds"] * 1000,
                         ALLOWED)
            ok &= report(f"end-of-day PDF peak RSS, {items:,}-item day", ours["max_rss_mb"], bare["max_rss_mb"],
                         ALLOWED, unit="MB")
    return ok


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
