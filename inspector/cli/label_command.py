"""`inspector label ID --size 4x6|2x1|62mm --format pdf|zpl -o FILE`: a restock label from the bench database.

ID is the license plate printed on the label (what a scanner reads) or the inspection id. `--send` also puts it
through the station's label printer and the reprint queue, as the bench would. `--lang CODE` (or
`inspector --lang CODE label ...`) prints the label's words in that language; the barcodes never change.
Exit codes: 0 written (and printed, with --send); 1 --send failed, the label stays queued; 2 not found / unusable.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from inspector.errors import EnvironmentProblem, RefusedError
from inspector.labels.layout import LabelLayoutError, lay_out
from inspector.labels.pdf_label import layout_pdf
from inspector.labels.template import SIZES, TemplateError, load_template
from inspector.labels.zpl_label import caption_language, layout_zpl
from inspector.languages import UnknownLanguage, known_list, language_code
from inspector.paths import resolve_paths
from inspector.printing.label_source import load_label
from inspector.printing.print_now import print_now
from inspector.printing.printer_settings import PrinterSettingsError, load_printer_settings
from inspector.settings import site_policy
from inspector.storage.database import Database
from inspector.usecases.unit_of_work import UnitOfWork

EXIT_OK, EXIT_NOT_PRINTED, EXIT_UNUSABLE = 0, 1, 2


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "label", help="write (or print) an item's restock label",
        description="Render the restock label of one item inspection as PDF (any printer) or ZPL (Zebra). "
                    "ID is the license plate on the label or the inspection id.")
    parser.add_argument("id", metavar="ID")
    parser.add_argument("--size", choices=SIZES, default=None, help="label stock (default: the station's, or 4x6)")
    parser.add_argument("--format", choices=("pdf", "zpl"), default=None,
                        help="default: from the output file's extension, else pdf")
    parser.add_argument("-o", "--output", type=Path, help="file to write; '-' for standard output")
    parser.add_argument("--dpi", type=int, default=None, help="ZPL only: the Zebra's print head (203, 300...)")
    parser.add_argument("--send", action="store_true",
                        help="also print it on the station's Zebra printer through the reprint queue")
    parser.add_argument("--lang", default=argparse.SUPPRESS, metavar="CODE",
                        help=f"language of the label's words, written with -o or sent (default English): {known_list()}")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.output is None and not args.send:
        print("Say where to write the label with -o FILE (or '-'), or --send it to the printer.", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        lang = language_code(getattr(args, "lang", None))
    except UnknownLanguage as exc:
        print(f"{exc}. Choose one with --lang.", file=sys.stderr)
        return EXIT_UNUSABLE
    paths = resolve_paths(args.data_dir)
    if not paths.database.exists():
        print(f"No bench database at {paths.database}; use --data-dir.", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        printer = load_printer_settings(paths)
        size = args.size or printer.label_size
        database = Database.open_sqlite(paths.database)
    except (EnvironmentProblem, PrinterSettingsError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        policy = site_policy(paths)
        if args.output is not None:
            uow = UnitOfWork(database, policy)
            with uow:
                data = load_label(uow, args.id)
            fmt = args.format or ("zpl" if args.output.suffix.lower() == ".zpl" else "pdf")
            words = caption_language(lang, printer.zpl_font) if fmt == "zpl" else lang
            layout = lay_out(load_template(size), data, words)
            body = layout_zpl(layout, dpi=args.dpi or printer.zebra_dpi, font=printer.zpl_font).encode("utf-8") \
                if fmt == "zpl" else layout_pdf(layout, data.license_plate)
            if str(args.output) == "-":
                sys.stdout.buffer.write(body)
            else:
                args.output.write_bytes(body)
                print(f"{data.license_plate}: {size} {fmt.upper()} label written to {args.output}", file=sys.stderr)
        if args.send:
            delivery = print_now(args.id, lambda: UnitOfWork(database, policy), printer.but(label_size=size),
                                 lang=lang)
            if delivery.problem is not None:
                print(str(delivery.problem), file=sys.stderr)
                return EXIT_NOT_PRINTED
            print(f"Printed on {delivery.outcome.printer}.", file=sys.stderr)
        return EXIT_OK
    except (RefusedError, EnvironmentProblem, TemplateError, LabelLayoutError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        database.dispose()
