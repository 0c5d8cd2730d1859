"""The restock label in the crews' languages: its captions and the policy's words come from the catalogue, whole
(never cut), read back from the PDF with pdftotext; the barcodes carry exactly what the English label's do and still
decode at a label printer's 203 dpi; `inspector label --lang`."""
from __future__ import annotations

import re
import string
import subprocess
from collections import Counter
from pathlib import Path

import pytest

import inspector.languages as languages
from inspector.cli.main import main
from inspector.labels.captions import CAPTIONS
from inspector.labels.layout import _text, lay_out
from inspector.labels.pdf_label import layout_pdf, render_pdf
from inspector.labels.readback import decode_pdf, tools_missing
from inspector.labels.samples import CHINESE, VIETNAMESE
from inspector.labels.template import SIZES, TextElement, load_template
from inspector.labels.zpl_label import render_zpl
from inspector.languages import UnknownLanguage, translator

needs_tools = pytest.mark.skipif(bool(tools_missing()), reason=f"needs poppler-utils and zbar-tools: "
                                                                f"{', '.join(tools_missing())} missing")
PLATE = "LP0J4K8M2Q7X"
# Warehouse abbreviations the catalogues deliberately keep in Latin letters: "SKU" stays "SKU" in every language, and
# LICENSE PLATE is "LPN" in Chinese. Finished translations all the same; every other caption must be the language's
# own words (and, in Chinese, Chinese characters).
SAME_AS_ENGLISH = frozenset({"SKU {sku}"})
LATIN_IN_CHINESE = frozenset({"LICENSE PLATE", "SKU {sku}"})
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")      # Chinese characters (CJK ideographs)


# ------------------------------------------------------------------ shared with the report and demo sheet tests

def pdf_text(pdf: Path | bytes, *, layout: bool = True) -> str:
    """The text pdftotext reads back from a PDF (a file or its bytes), as UTF-8."""
    data = pdf if isinstance(pdf, bytes) else Path(pdf).read_bytes()
    argv = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), "-", "-"]
    return subprocess.run(argv, input=data, capture_output=True, check=True, timeout=60).stdout.decode("utf-8")


def squashed(text: str) -> str:
    """Without whitespace: how the PDF's line breaks and column gaps fall does not matter."""
    return re.sub(r"\s+", "", text)


def chinese(context: str, english: str) -> str:
    """The real Chinese catalogue's word for `english`: translated, and written in Chinese characters."""
    word = translator("zh_CN")(context, english)
    assert word != english, f"the Chinese catalogue has no translation of {english!r} ({context})"
    assert _HAN.search(word), f"the Chinese catalogue's {english!r} ({context}) has no Chinese characters: {word!r}"
    return word


def _worded(fmt: str) -> bool:
    """A format with words of its own, not only fields and punctuation ("{sku} · {description}")."""
    return any(ch.isalpha() for literal, *_ in string.Formatter().parse(fmt) for ch in literal)


def _captions(size: str) -> list[TextElement]:
    return [e for e in load_template(size).elements if isinstance(e, TextElement) and _worded(e.format)]


def _shows(size: str, field: str) -> bool:
    return any(isinstance(e, TextElement) and "{" + field + "}" in e.format for e in load_template(size).elements)


def _caption(lang: str, caption: str) -> str:
    """The catalogue's caption: a finished translation, in other words than the English unless kept as it is."""
    assert ("label", caption) in languages._messages(lang), f"the {lang} catalogue has no translation of {caption!r}"
    word = translator(lang)("label", caption)
    assert caption in SAME_AS_ENGLISH or word != caption, f"the {lang} catalogue leaves {caption!r} in English"
    return word


def _chinese_caption(caption: str) -> str:
    """The real Chinese catalogue's caption: Chinese characters, or a Latin abbreviation it keeps."""
    return _caption("zh_CN", caption) if caption in LATIN_IN_CHINESE else chinese("label", caption)


def test_every_template_word_is_listed_for_translators():
    for size in SIZES:
        for element in _captions(size):
            assert element.format in CAPTIONS, f"{size}: {element.format!r} is not in inspector/labels/captions.py"


@needs_tools
@pytest.mark.parametrize("size", SIZES)
def test_a_vietnamese_label_reads_back_in_vietnamese_and_scans_as_the_english_one(size, tmp_path):
    data, say = VIETNAMESE, translator("vi")
    template = load_template(size)
    layout = lay_out(template, data, "vi")
    assert layout.payloads() == lay_out(template, data).payloads()     # the language never reaches the bars
    text = squashed(pdf_text(layout_pdf(layout, data.license_plate)))
    values = data.fields("vi")
    for element in _captions(size):
        expected = _caption("vi", element.format).format(**values)
        placed = _text(element, values, say)
        assert placed is not None and " ".join(placed.lines) == " ".join(expected.split()), "cut off: needs more room"
        assert squashed(expected) in text
    disposition = say("policy", data.disposition)
    assert disposition != data.disposition
    if _shows(size, "disposition"):
        assert squashed(disposition.upper()) in text.upper()
    assert Counter(d.data for d in decode_pdf(layout_pdf(layout, data.license_plate), 203)) == \
        Counter(layout.payloads())


@needs_tools
@pytest.mark.parametrize("size", SIZES)
def test_chinese_captions_are_real_glyphs_and_the_barcodes_still_decode(size):
    """The real Chinese catalogue's captions print whole as glyphs pdftotext reads back (no boxes, no "?")."""
    data, say = CHINESE, translator("zh_CN")
    values = data.fields("zh_CN")
    words = {element.format: _chinese_caption(element.format).format(**values) for element in _captions(size)}
    for element in _captions(size):
        placed = _text(element, values, say)
        assert placed is not None and "".join(placed.lines).replace(" ", "") == \
            words[element.format].replace(" ", ""), f"{element.format!r} cut off: needs more room"
    pdf = render_pdf(data, size, lang="zh_CN")
    text = squashed(pdf_text(pdf))
    for word in words.values():
        assert squashed(word) in text, word
    if _shows(size, "disposition"):
        assert chinese("policy", data.disposition) in text      # 退回库存, the policy's word
    assert "\ufffd" not in text and "□" not in text
    expected = lay_out(load_template(size), data).payloads()
    assert Counter(d.data for d in decode_pdf(pdf, 203)) == Counter(expected)
    # The Zebra gets the same bars and the Chinese words as UTF-8 field data.
    zpl, english = render_zpl(data, size, lang="zh_CN").decode(), render_zpl(data, size).decode()
    assert re.findall(r"\^BC.*?\^FS", zpl) == re.findall(r"\^BC.*?\^FS", english)
    for word in words.values():
        assert "^FD" + " ".join(word.split()) in zpl, word


def test_a_translation_with_broken_placeholders_prints_the_english_caption(monkeypatch):
    real = languages._messages
    monkeypatch.setattr(languages, "_messages", lambda code: {**real(code), ("label", "SKU {sku}"): "Mã {skuu}"})
    layout = lay_out(load_template("4x6"), VIETNAMESE, "vi")
    assert any(placed.lines == ("SKU LAMP-2",) for placed in layout.items if hasattr(placed, "lines"))


def test_an_unknown_language_is_refused():
    with pytest.raises(UnknownLanguage, match="known: en"):
        lay_out(load_template("2x1"), VIETNAMESE, "xx")


# ------------------------------------------------------------------ command line

from tests.integration.test_label_jobs import item  # noqa: E402,F401 - the fixture: a completed, graded item


@needs_tools
def test_label_command_takes_the_language_either_side(seeded_database, item, paths, tmp_path):  # noqa: F811
    words = (chinese("label", "BIN"), chinese("label", "DISPOSITION"), chinese("policy", "Open box"))
    after, before, english = tmp_path / "after.pdf", tmp_path / "before.pdf", tmp_path / "en.pdf"
    assert main(["--data-dir", str(paths.data_dir), "label", PLATE, "--lang", "zh-CN", "-o", str(after)]) == 0
    assert main(["--data-dir", str(paths.data_dir), "--lang", "zh_CN", "label", PLATE, "-o", str(before)]) == 0
    assert main(["--data-dir", str(paths.data_dir), "label", PLATE, "-o", str(english)]) == 0
    for pdf in (after, before):
        text = squashed(pdf_text(pdf))
        assert all(squashed(word) in text for word in words), words      # caption, caption, the policy's word
        assert "LICENSEPLATE" not in text
        assert Counter(d.data for d in decode_pdf(pdf.read_bytes())) == \
            Counter(d.data for d in decode_pdf(english.read_bytes()))
    assert "LICENSEPLATE" in squashed(pdf_text(english))


def test_a_zpl_label_for_the_built_in_font_keeps_english_captions(seeded_database, item, paths, tmp_path):  # noqa: F811
    """The command writes ZPL for the station's Zebra font as the print lane does: the built-in one (Latin only)
    gets English captions, never Chinese it would print as blanks; Romanian captions it can draw."""
    chinese_zpl, romanian_zpl = tmp_path / "zh.zpl", tmp_path / "ro.zpl"
    assert main(["--data-dir", str(paths.data_dir), "label", PLATE, "--lang", "zh_CN", "-o", str(chinese_zpl)]) == 0
    assert main(["--data-dir", str(paths.data_dir), "label", PLATE, "--lang", "ro", "-o", str(romanian_zpl)]) == 0
    assert "^FDDISPOSITION" in chinese_zpl.read_text(encoding="utf-8")
    assert _caption("ro", "DISPOSITION") in romanian_zpl.read_text(encoding="utf-8")


def test_label_command_refuses_an_unknown_language(tmp_path, capsys):
    out = tmp_path / "x.pdf"
    argv = ["--data-dir", str(tmp_path / "data"), "label", PLATE, "--lang", "klingon", "-o", str(out)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "klingon" in err and "zh_CN" in err and not out.exists()


def test_a_zebra_with_only_its_built_in_font_gets_english_captions_not_blanks():
    """The print lane sends Chinese or Vietnamese captions only to a Zebra told of a stored font that has them; the
    built-in font (Latin only) gets the English captions, and the same barcodes."""
    from inspector.printing.delivery import render_for
    from inspector.printing.jobs import LabelTicket
    from tests.fake_zebra import zebra_settings
    ticket = LabelTicket(job_id=1, label_size="4x6", label=VIETNAMESE, reason="completed")
    built_in = render_for(ticket, zebra_settings(9100), "zh_CN").decode()
    stored = render_for(ticket, zebra_settings(9100, zpl_font="E:NOTOSANSCJK.TTF"), "zh_CN").decode()
    romanian = render_for(ticket, zebra_settings(9100), "ro").decode()
    assert "^FDDISPOSITION" in built_in and _caption("zh_CN", "DISPOSITION") not in built_in
    assert chinese("label", "DISPOSITION") in stored and "^FDDISPOSITION" not in stored
    assert _caption("ro", "DISPOSITION") in romanian            # Latin letters: the built-in font draws them
    assert re.findall(r"\^BC.*?\^FS", built_in) == re.findall(r"\^BC.*?\^FS", stored)
