"""The demo sheet in the crews' languages: its words are the catalogue's ("demo" and "policy" contexts), read back
with pdftotext, and every barcode still decodes at 203 dpi to exactly the English sheet's payloads."""
from __future__ import annotations

from collections import Counter

import pytest

from inspector.cli.main import main
from inspector.demo.demo_sheet import all_barcodes, build_demo_sheet
from inspector.domain.policy import load_policy
from inspector.languages import UnknownLanguage, translator
from inspector.paths import resource
from tests.integration.test_demo_sheet import TODAY, decode_pdf, expected_payloads, pytestmark  # noqa: F401
from tests.integration.test_label_languages import chinese, pdf_text, squashed

HEADINGS = ("1. Sign in", "2. Command cards", "4. Exceptions to try", "Return inspection bench: demo barcodes",
            "Complete the item", "Parcel done", "Sign out")


def _text(pdf) -> str:
    return squashed(pdf_text(pdf, layout=False))


@pytest.fixture(scope="module")
def policy():
    return load_policy(resource("policy.json"))


def test_a_vietnamese_sheet_has_the_catalogue_words_and_the_same_barcodes(policy, tmp_path):
    pdf = tmp_path / "vi.pdf"
    sections = build_demo_sheet(pdf, policy, TODAY, lang="vi")
    text, say = _text(pdf), translator("vi")
    for english in HEADINGS:
        vietnamese = say("demo", english)
        assert vietnamese != english, f"the Vietnamese catalogue has no translation of {english!r}"
        assert squashed(vietnamese) in text
    assert squashed(say("policy", "Back to stock")) in text
    decoded = Counter(decode_pdf(pdf, tmp_path))
    assert decoded == expected_payloads(policy, TODAY)
    assert decoded == Counter(code.pattern.payload.replace("\x1d", "") for code in all_barcodes(sections))


def test_chinese_words_are_real_glyphs_and_the_barcodes_do_not_change(policy, tmp_path):
    """The real Chinese catalogue's words print as glyphs pdftotext reads back, and the bars stay the English ones."""
    words = [chinese("demo", english) for english in HEADINGS]
    words.append(chinese("demo", "Demo barcodes · page {page}").format(page=1))
    grade = policy.grades[0]
    words.append(chinese("demo", "Grade {code}: {label}").format(code=grade.code,
                                                                 label=chinese("policy", grade.label)))  # 等级 A：全新
    pdf = tmp_path / "zh.pdf"
    build_demo_sheet(pdf, policy, TODAY, lang="zh_CN")
    text = _text(pdf)
    for word in words:
        assert squashed(word) in text, word
    assert "\ufffd" not in text
    assert Counter(decode_pdf(pdf, tmp_path)) == expected_payloads(policy, TODAY)


def test_demo_sheet_command_takes_the_language_either_side(tmp_path, capsys):
    after, before = tmp_path / "after.pdf", tmp_path / "before.pdf"
    assert main(["--data-dir", str(tmp_path / "data"), "demo-sheet", "--lang", "sq", "-o", str(after)]) == 0
    assert main(["--data-dir", str(tmp_path / "data"), "--lang", "sq_AL", "demo-sheet", "-o", str(before)]) == 0
    say = translator("sq")
    for pdf in (after, before):
        text = _text(pdf)
        assert squashed(say("demo", "Complete the item")) in text
        assert squashed(say("policy", "Open box")) in text and "Kutiehapur" in text
    capsys.readouterr()
    out = tmp_path / "xx.pdf"
    assert main(["--data-dir", str(tmp_path / "data"), "demo-sheet", "--lang", "xx", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "xx" in err and "sq (Shqip)" in err and not out.exists()


def test_an_unknown_language_is_refused(policy, tmp_path):
    with pytest.raises(UnknownLanguage):
        build_demo_sheet(tmp_path / "x.pdf", policy, TODAY, lang="tlh")
    assert not (tmp_path / "x.pdf").exists()
