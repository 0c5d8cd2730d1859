"""Every user-facing string goes through Qt translation; the window speaks the signed-in operator's language, switched
at once with no restart, and returns to the station's at sign-out."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from inspector.bench.state import Cue, Feedback, OperatorView, Phase
from inspector.domain.money import format_money
from inspector.domain.operators import Role
from inspector.domain.policy import load_policy
from inspector.i18n import text
from inspector.languages import babel_locale, translator
from inspector.paths import Paths, resource
from inspector.storage.database import Database
from inspector.usecases.operators import CreateOperator, create_operator
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW, UPS
from tests.gui import sample_states as states
from tests.gui.conftest import STATION, Bench, close_benches, open_session, open_window, seed
from tests.gui.languages import CJK, in_language
from ui.bench.bench_client import BenchClient
from ui.bench.disposition_dialog import DispositionDialog
from ui.common.catalogues import compiled_folder
from ui.common.style import apply_style
from ui.common.translations import Languages, install_translators
from ui.main_window import BenchWindow

pytestmark = pytest.mark.gui

TS = resource("translations", "inspector_ro.ts")
CTRL = Qt.KeyboardModifier.ControlModifier

# Operators with a preferred language, beside conftest's Ana (OP-1001, none) and Lan (OP-2001, none).
SPEAKERS = {"zh_CN": ("OP-3001", "王芳", "5678"), "ro": ("OP-4001", "Ioana Marin", "2468")}


@pytest.fixture
def romanian(qapp) -> Iterator[Languages]:
    before = QLocale()
    installed = install_translators(qapp, "ro_RO")
    yield installed
    installed.remove()
    QLocale.setDefault(before)


def test_romanian_catalogue_is_complete_and_keeps_every_placeholder():
    assert (compiled_folder() / "inspector_ro.qm").exists()     # built from the .ts, never committed
    messages = list(ET.parse(TS).getroot().iter("message"))
    assert len(messages) > 150
    for message in messages:
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete") and translation.text, source
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", translation.text)), source


def test_the_window_speaks_romanian(qtbot, runner, romanian):
    assert romanian.current == "ro"
    assert QCoreApplication.translate("SignInView", "Return inspection") != "Return inspection", \
        "the Romanian catalogue did not load"
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


# -- the language follows the person signed in ------------------------------------------------------------------

def seed_speakers(paths: Paths) -> None:
    seed(paths)
    policy = load_policy(resource("policy.json"))
    db = Database.open_sqlite(paths.database)
    try:
        for lang, (badge, name, pin) in SPEAKERS.items():
            create_operator(CreateOperator(badge, name, Role.INSPECTOR, pin, NOW, lang), UnitOfWork(db, policy))
    finally:
        db.dispose()


@pytest.fixture
def speaking_bench(qtbot, gui_paths, runner, station_languages) -> Iterator[Callable[[str], tuple[Bench, Languages]]]:
    """The real window over a real SQLite file, given the station's `Languages` the way `inspector run` does."""
    apply_style(QApplication.instance())
    seed_speakers(gui_paths)
    opened: list[Bench] = []

    def make(station: str) -> tuple[Bench, Languages]:
        languages = station_languages(station)
        opened.append(open_window(qtbot, runner, gui_paths, lambda: open_session(gui_paths), languages))
        return opened[-1], languages
    yield make
    close_benches(opened, runner)


def sign_in_as(bench: Bench, lang: str) -> None:
    badge, _name, pin = SPEAKERS[lang]
    bench.sign_in(badge, pin)


def shown_in(bench: Bench, lang: str) -> None:
    """Waits for the language switch (Qt posts the LanguageChange), then checks the window's words."""
    window, state = bench.window, bench.state
    title = in_language(lang, "BenchWindow", "Return inspection bench")
    bench.qtbot.waitUntil(lambda: window.windowTitle() == title)
    assert window.scan_bar.caption.text() == in_language(lang, "ScanBar", "Scan")
    assert window.scan_bar.prompt.text() == in_language(lang, "BenchWindow",
                                                        "Scan a parcel · Ctrl+T type a code · Ctrl+L sign out")
    assert window.banner.message == state.feedback.text.translated(translator(lang))   # "Signed in: {name}."
    assert CJK.search(window.banner.message) if lang == "zh_CN" else True
    operator = in_language(lang, "BenchWindow", "Operator: {name} ({role})", as_in_english=lang == "ro")
    # Romanian says "inspector" too; every other language has its own word
    role = in_language(lang, "role", state.operator.role, as_in_english=lang == "ro")
    assert window.operator_label.text() == operator.format(name=state.operator.name, role=role)
    parcel = window.parcel_panel
    assert parcel.heading.text() == in_language(lang, "ParcelPanel", "Parcel")
    assert parcel.empty_hint.text() == in_language(lang, "ParcelPanel",
                                                   "No parcel open.\nScan a parcel label or RMA number.")
    assert parcel.packaging_button.text() == in_language(lang, "ParcelPanel", "Packaging…  Ctrl+P")
    assert parcel.complete_button.text() == in_language(lang, "ParcelPanel", "Parcel done  F11")
    assert window.item_panel.complete.text() == in_language(lang, "ItemPanel", "Complete  F12")
    assert window.item_panel.waiting.text() == in_language(lang, "phase", "Scan a parcel label or RMA number")
    headers = [window.shift_log_model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == [in_language(lang, "ShiftLogModel", t) for t in ("Time", "Scan", "Result")]


@pytest.mark.parametrize("lang", ["zh_CN", "ro"])
def test_signing_in_turns_the_window_to_the_operators_language_at_once(speaking_bench, lang):
    bench, languages = speaking_bench("en")
    window = bench.window
    assert window.windowTitle() == "Return inspection bench"
    played: list[str] = []
    bench.cues.cue_played.connect(played.append)
    sign_in_as(bench, lang)
    assert bench.state.phase is Phase.AWAITING_PARCEL and bench.state.operator.lang == lang
    shown_in(bench, lang)
    assert languages.current == lang
    bench.qtbot.wait(50)
    assert played == ["success"]           # the render the switch causes plays no cue again

    bench.scan(UPS)                        # an open parcel: its captions, lines and money in the language too
    parcel = window.parcel_panel
    assert parcel.captions["rma"].text() == in_language(lang, "ParcelPanel", "RMA", as_in_english=True)
    assert parcel.captions["tracking"].text() == in_language(lang, "ParcelPanel", "Tracking")
    if lang == "zh_CN":
        assert "年" in parcel.delivered.text()      # dates in the language's own order (CLDR)
    model = parcel.lines_model
    assert model.headerData(1, Qt.Orientation.Horizontal) == in_language(lang, "ExpectedLinesModel", "Item")
    assert model.index(0, 2).data() == format_money(Decimal("299.90"), "EUR", babel_locale(lang))
    log = window.shift_log_model.index(0, 2).data()
    assert log == bench.state.shift_log[-1].said.translated(translator(lang))


@pytest.mark.parametrize("station", ["en", "ro"])
def test_signing_out_returns_to_the_stations_language(speaking_bench, station):
    bench, languages = speaking_bench(station)
    window = bench.window
    in_station = translator(station)
    assert window.windowTitle() == in_station("BenchWindow", "Return inspection bench")
    sign_in_as(bench, "zh_CN")
    shown_in(bench, "zh_CN")

    bench.key(Qt.Key.Key_L, CTRL)          # sign out
    bench.settle()
    assert bench.state.phase is Phase.SIGNED_OUT
    bench.qtbot.waitUntil(lambda: window.windowTitle() == in_station("BenchWindow", "Return inspection bench"))
    assert languages.current == station
    assert window.sign_in.title.text() == in_station("SignInView", "Return inspection")
    assert window.sign_in.prompt.text() == in_station("SignInView", "Scan your badge to sign in")
    assert window.sign_in.hint.text() == in_station("SignInView", "Station {station}").format(station=STATION)
    assert window.banner.message == bench.state.feedback.text.translated(in_station)
    assert not CJK.search(window.banner.message + window.operator_label.text() + window.scan_bar.prompt.text())

    sign_in_as(bench, "ro")                # the next person brings their own language
    shown_in(bench, "ro")


def test_an_operator_with_no_language_keeps_the_stations(speaking_bench):
    bench, languages = speaking_bench("ro")
    window = bench.window
    title = in_language("ro", "BenchWindow", "Return inspection bench")
    assert window.windowTitle() == title
    bench.sign_in("OP-1001", "1234")       # Ana has no preference
    assert bench.state.operator is not None and bench.state.operator.lang is None
    bench.qtbot.wait(50)
    assert languages.current == "ro" and window.windowTitle() == title
    assert window.scan_bar.prompt.text() == in_language("ro", "BenchWindow",
                                                        "Scan a parcel · Ctrl+T type a code · Ctrl+L sign out")


def test_a_switch_renders_the_last_state_again_in_the_new_language(qtbot, runner, station_languages):
    """Texts worked out from the state (banner, item, parcel, shift log, grade and damage names) follow the switch
    even though no new state arrives."""
    languages = station_languages("en")
    window = BenchWindow(BenchClient(runner, "bench-7"), languages=languages)
    qtbot.addWidget(window)
    window.render(states.inspecting(feedback=Feedback(Cue.SUCCESS, "Signed in: Ana.",
                                                      text("Signed in: {name}.", name="Ana"))))
    items = window.item_panel
    assert items.checklist.checkbox("scratches").text() == "Scratches / scuffs"
    languages.use("ro")
    title = in_language("ro", "BenchWindow", "Return inspection bench")
    qtbot.waitUntil(lambda: window.windowTitle() == title)
    ro = translator("ro")
    assert window.banner.message == "Autentificat: Ana."
    assert items.checklist.checkbox("scratches").text() == ro("policy", "Scratches / scuffs")
    assert items.grade_picker.buttons["A"].toolTip() == ro("policy", "As new")
    assert items.grade_picker.label.text() == ro("policy", "Open box / like new")        # grade B shown
    assert items.refund.text() == "264,91\xa0EUR"
    assert items.complete.text() == "Finalizare  F12"
    assert window.parcel_panel.lines_model.headerData(4, Qt.Orientation.Horizontal) == ro("ExpectedLinesModel",
                                                                                          "Left")
    assert window.parcel_panel.lines_model.index(0, 2).data() == "299,90\xa0EUR"
    assert window.shift_log_panel.count.text() == ro("ShiftLogPanel", "This shift: {count} scans").format(count=2)
    window.render(states.inspecting(operator=OperatorView("o2", "OP-3001", "王芳", "inspector", lang="zh_CN")))
    qtbot.waitUntil(lambda: CJK.search(window.windowTitle()) is not None)
    assert languages.current == "zh_CN"
    assert items.complete.text() == in_language("zh_CN", "ItemPanel", "Complete  F12")


def test_an_open_dialog_follows_a_switch(qtbot, station_languages):
    languages = station_languages("en")
    dialog = DispositionDialog(states.DISPOSITIONS, "open_box", "open_box", None)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Change disposition"
    languages.use("ro")
    title = in_language("ro", "DispositionDialog", "Change disposition")
    qtbot.waitUntil(lambda: dialog.windowTitle() == title)
    proposed = in_language("ro", "DispositionDialog", "{label}   (proposed)")
    assert dialog.choices.item(1).text() == proposed.format(label=translator("ro")("policy", "Open box"))
    assert dialog.reason_caption.text() == in_language("ro", "DispositionDialog", "Reason")


@pytest.mark.parametrize("lang", ["ro", "sq", "vi", "zh_CN"])
def test_a_dialogs_standard_buttons_speak_the_language_qt_has_no_words_for(qtbot, station_languages, lang):
    """Qt ships no Romanian, Albanian or Vietnamese for its own buttons: ours say them, and again after a switch
    (the button box would put Qt's English back)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.bench.demo_data_dialog import DemoDataDialog
    languages = station_languages("en")
    dialog = DispositionDialog(states.DISPOSITIONS, "open_box", "open_box", None)
    qtbot.addWidget(dialog)
    ok, cancel = (dialog.buttons.button(b) for b in (QDialogButtonBox.StandardButton.Ok,
                                                      QDialogButtonBox.StandardButton.Cancel))
    assert (ok.text(), cancel.text()) == ("OK", "Cancel")
    languages.use(lang)
    said = in_language(lang, "ButtonBox", "Cancel")
    qtbot.waitUntil(lambda: cancel.text() == said)
    assert ok.text() == in_language(lang, "ButtonBox", "OK", as_in_english=lang in ("ro", "sq"))
    asked = DemoDataDialog()
    qtbot.addWidget(asked)
    assert asked.buttons.button(QDialogButtonBox.StandardButton.Yes).text() == in_language(lang, "ButtonBox", "&Yes")
