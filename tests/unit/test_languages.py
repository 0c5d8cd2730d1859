"""The languages the bench speaks: codes as people type them, and the catalogues read without Qt."""
from __future__ import annotations

import subprocess
import sys

import pytest

from inspector.i18n import text
from inspector.languages import LANGUAGES, UnknownLanguage, babel_locale, language_code, translated, translator


@pytest.mark.parametrize("typed, code", [
    ("sq", "sq"), ("sq_AL", "sq"), ("SQ-al", "sq"), ("vi_VN.UTF-8", "vi"), ("zh_CN", "zh_CN"), ("zh-cn", "zh_CN"),
    ("zh_Hans_CN", "zh_CN"), ("zh", "zh_CN"), ("ro_RO", "ro"), ("en_US", "en"), ("", None), (None, None),
])
def test_a_language_is_known_however_it_is_typed(typed, code):
    assert language_code(typed) == code


@pytest.mark.parametrize("typed", ["de", "zh_TW", "klingon", "pt_BR"])
def test_an_unknown_language_names_the_known_ones(typed):
    with pytest.raises(UnknownLanguage) as caught:
        language_code(typed)
    said = str(caught.value)
    assert typed in said and all(code in said for code in LANGUAGES)


def test_babel_locales_exist_in_cldr():
    from babel import Locale
    for code in LANGUAGES:
        assert Locale.parse(babel_locale(code)).language == code.split("_")[0]


def test_the_catalogue_is_read_without_qt():
    """The PDF and the CLI translate in a process that never imports Qt."""
    program = ("import sys; from inspector.languages import translator; "
               "print(translator('ro')('SignInView', 'Return inspection')); "
               "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["Inspecția", "retururilor", "False"]


def test_a_message_with_no_translation_stays_english_and_english_is_the_source():
    assert translator("ro")("SignInView", "No such message anywhere") == "No such message anywhere"
    assert translator("en")("SignInView", "Return inspection") == "Return inspection"
    assert translated(text("Signed in: {name}.", name="Ana"), "ro") == "Autentificat: Ana."
