"""Every user-facing string goes through Qt translation; Romanian ships as a compiled catalogue."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from inspector.bench.state import Cue, Feedback
from inspector.i18n import text
from inspector.paths import resource
from tests.gui import sample_states as states
from ui.bench.bench_client import BenchClient
from ui.main_window import BenchWindow
from ui.common.translations import install_translators

pytestmark = pytest.mark.gui

TS = resource("translations", "inspector_ro.ts")


@pytest.fixture
def romanian(qapp):
    before = QLocale()
    installed = install_translators(qapp, "ro_RO")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_romanian_catalogue_is_complete_and_keeps_every_placeholder():
    assert resource("translations", "inspector_ro.qm").exists()
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert len(messages) > 150
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete") and translation.text, source
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", translation.text)), source


def test_the_window_speaks_romanian(qtbot, runner, romanian):
    assert romanian, "the Romanian catalogue did not load"
    window = BenchWindow(BenchClient(runner, "bench-7"))
    qtbot.addWidget(window)
    window.render(states.signed_out())
    assert window.sign_in.title.text() == "Inspecția retururilor"
    assert window.sign_in.prompt.text() == "Scanați ecusonul pentru autentificare"
    window.render(states.inspecting(feedback=Feedback(Cue.SUCCESS, "Signed in: Ana.", text("Signed in: {name}.",
                                                                                          name="Ana"))))
    assert window.banner.message == "Autentificat: Ana."
    assert window.item_panel.complete.text() == "Finalizare  F12"
    assert window.item_panel.checklist.checkbox("scratches").text() == "Zgârieturi / urme"
    assert window.item_panel.refund.text() == "264,91\xa0EUR"   # money follows the locale too (CLDR ro)


def test_no_translation_means_english(qtbot):
    assert QCoreApplication.translate("SignInView", "Return inspection") == "Return inspection"


def test_every_string_in_the_sources_is_in_the_romanian_catalogue(tmp_path):
    """lupdate run afresh over ui/ and inspector/ finds no message the committed catalogue lacks: a string added or
    moved to another class (another translation context) without its translation fails here, not on the floor."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from ui.common.update_translations import ROOT, sources
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run([str(lupdate if lupdate.exists() else "pyside6-lupdate"), "-locations", "none", "-no-obsolete",
                    *sources(), "-ts", str(fresh)], check=True, cwd=ROOT, capture_output=True)
    untranslated = [(m.findtext("source"), ctx.findtext("name")) for ctx in ET.parse(fresh).getroot().iter("context")
                    for m in ctx.iter("message") if m.find("translation").get("type") == "unfinished"]
    assert untranslated == []
