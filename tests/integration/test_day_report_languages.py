"""The end-of-day PDF in the crews' languages, read back with pdftotext: the headings are the catalogue's words,
numbers and money are written the language's way (Babel/CLDR) and still add up to the database's totals to the cent;
Chinese headings come out as real glyphs; `inspector report --lang` takes a code either side of the command."""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import get_group_symbol, parse_decimal
from pypdf import PdfReader

import inspector.languages as languages
from inspector.cli.main import main
from inspector.domain.code_words import PolicyLabels, flag_words
from inspector.domain.review import exception_flags
from inspector.domain.site_day import site_zone
from inspector.languages import babel_locale, translator
from inspector.paths import Paths
from tests.integration.test_day_report import generated_days
from tests.integration.test_label_languages import chinese, pdf_text, squashed

NOW = dt.datetime(2026, 11, 20, 23, 0, tzinfo=dt.timezone.utc)
DAY = NOW.date()
HEADINGS = ("End-of-day returns inspection report", "Totals", "Deductions and refunds per currency",
            "Items by grade, disposition and reason found", "Throughput per inspector", "Charts",
            "Damage by carrier and by packaging condition", "Sign-off")
# Besides the headings, words the Chinese report must show: table headers, a chart title, a reason.
CHINESE_TOO = ("Parcels", "Items", "Currency", "Deductions", "Refunds", "Grade mix", "no fault found")


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    root, paths, database = generated_days(tmp_path_factory, "report-lang", 300, 5)
    yield root, paths, database
    database.dispose()


def _truth(database) -> tuple[int, int, dict[str, list]]:
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT parcel_id, currency, deduction_total, refund FROM item_inspections "
                                    "WHERE status = 'completed' AND substr(completed_at, 1, 10) = ?",
                                    (DAY.isoformat(),)).all()
    money: dict[str, list] = defaultdict(lambda: [0, Decimal(0), Decimal(0)])
    for _parcel, currency, deduction, refund in rows:
        if currency:
            money[currency][0] += 1
            money[currency][1] += Decimal(deduction or 0)
            money[currency][2] += Decimal(refund or 0)
    return len({r[0] for r in rows}), len(rows), dict(money)


def _check_code_words(text: str, lang: str, paths: Paths, database) -> None:
    """Dispositions and exception flags read as the catalogue's words, not codes nor English; each disposition's
    count beside its word (the disposition table) is the database's."""
    from inspector.settings import site_policy
    say, labels = translator(lang), PolicyLabels.of(site_policy(paths))
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT disposition, flags FROM item_inspections "
                                    "WHERE status = 'completed' AND substr(completed_at, 1, 10) = ?",
                                    (DAY.isoformat(),)).all()
    dispositions = Counter(d for d, _flags in rows)
    flags = {f for _d, flags in rows for f in exception_flags(json.loads(flags))}
    assert len(dispositions) >= 4 and flags
    lines = text.splitlines()
    for code, count in dispositions.items():
        word = labels.disposition(code, say)
        assert word != labels.disposition(code), f"no {lang} word for the disposition {code}"
        row = next(ln for ln in lines if re.search(rf"{re.escape(word)}\s+\S+\s*$", ln))
        assert parse_decimal(_cells(row)[-1], locale=babel_locale(lang)) == count, (word, row)
    for flag in flags:
        word = flag_words(flag, say)
        assert word != flag_words(flag) and squashed(word) in squashed(text), flag
    for code in (*dispositions, *flags):
        assert not re.search(rf"\b{code}\b", text), code


def _report(paths: Paths, out: Path, *lang_args: str, global_lang: str | None = None) -> int:
    argv = ["--data-dir", str(paths.data_dir)] + (["--lang", global_lang] if global_lang else [])
    return main(argv + ["report", "--date", DAY.isoformat(), "-o", str(out), *lang_args])


def _cells(line: str) -> list[str]:
    """A table row of pdftotext's layout: columns stand apart by two spaces or more; a number's group separator
    (a space in Albanian) is one."""
    return re.split(r"\s{2,}", line.strip())


def _check_totals(text: str, lang: str, database) -> None:
    """Parcels, items and every currency's items, deductions and refunds, parsed in the language's number format,
    equal the database's to the cent."""
    say, locale = translator(lang), babel_locale(lang)
    parcels, items, money = _truth(database)
    lines = text.splitlines()
    header = next(i for i, ln in enumerate(lines)
                  if squashed(say("report", "Parcels")) in squashed(ln)
                  and squashed(say("report", "Items")) in squashed(ln))
    numbers = next(ln for ln in lines[header + 1:] if ln.strip())
    assert [parse_decimal(c, locale=locale) for c in _cells(numbers)] == [parcels, items]
    assert items > 150 and len(money) >= 3
    for currency, (count, deductions, refunds) in money.items():
        row = next(ln for ln in lines if re.match(rf"^\s*{currency}\s", ln))
        cells = _cells(row)
        assert cells[0] == currency
        # strict: the locale's own grouping and decimal sign (pdftotext gives the no-break space back as a space)
        group = get_group_symbol(locale)
        parsed = [parse_decimal(c.replace(" ", group) if group.isspace() else c, locale=locale, strict=True)
                  for c in cells[1:]]
        assert parsed == [count, deductions, refunds], (currency, row)


def test_report_in_albanian_has_the_catalogue_headings_and_exact_totals(generated):
    root, paths, database = generated
    out = root / "sq.pdf"
    assert _report(paths, out, "--lang", "sq") == 0
    text = pdf_text(out)
    say = translator("sq")
    for heading in HEADINGS:
        albanian = say("report", heading)
        assert albanian != heading, f"the Albanian catalogue has no translation of {heading!r}"
        assert squashed(albanian) in squashed(text), albanian
    _check_totals(text, "sq", database)
    _check_code_words(text, "sq", paths, database)


@pytest.mark.parametrize("lang", ["sq", "vi", "ro"])
def test_numbers_and_money_follow_the_language_and_stay_exact(generated, lang):
    root, paths, database = generated
    out = root / f"numbers-{lang}.pdf"
    assert _report(paths, out, "--lang", lang) == 0
    text = pdf_text(out)
    _check_totals(text, lang, database)
    for heading in HEADINGS:   # the catalogue's word, never the English one
        said = translator(lang)("report", heading)
        assert said != heading and squashed(said) in squashed(text), heading


def test_the_global_lang_option_says_the_same(generated):
    root, paths, database = generated
    before, after = root / "global.pdf", root / "sub.pdf"
    assert _report(paths, before, global_lang="vi") == 0
    assert _report(paths, after, "--lang", "vi-VN") == 0
    first, second = pdf_text(before), pdf_text(after)
    for text in (first, second):
        _check_totals(text, "vi", database)
        assert "20 thg 11, 2026" in text      # the day, written the Vietnamese way (CLDR medium date)


def test_an_unknown_language_is_refused_naming_the_known_ones(generated, capsys):
    root, paths, _database = generated
    out = root / "xx.pdf"
    assert _report(paths, out, "--lang", "xx") == 2
    err = capsys.readouterr().err
    assert "xx" in err and all(code in err for code in languages.LANGUAGES) and "Tiếng Việt" in err
    assert not out.exists()


def test_chinese_headings_are_real_glyphs_and_the_totals_still_exact(generated):
    """The real Chinese catalogue turns the headings, table headers and chart titles Chinese; pdftotext reads them
    back, so no box was drawn."""
    root, paths, database = generated
    words = [chinese("report", english) for english in HEADINGS + CHINESE_TOO]
    out = root / "zh.pdf"
    from inspector.reports.day_pdf import build_day_report
    result = build_day_report(database, DAY, out, zone=site_zone("UTC"), lang="zh_CN", generated_at=NOW)
    text = pdf_text(out)
    for word in words:
        assert squashed(word) in squashed(text), word
    assert "2026年11月20日" in squashed(text)                  # the day in Chinese (CLDR)
    assert "\ufffd" not in text
    _check_totals(text, "zh_CN", database)
    _check_code_words(text, "zh_CN", paths, database)
    reader = PdfReader(out)
    assert len(reader.pages) == result.pages
    fonts_used = {str(font.get_object().get("/BaseFont")) for page in reader.pages
                  for font in page["/Resources"]["/Font"].values()}
    assert any("LabelCJK" in name or "DroidSans" in name for name in fonts_used)
    from inspector.labels.fonts import family
    assert not family(True).missing("".join(words)), "a heading character no bundled font has"
