"""Returns as they really arrive, end to end: each source's sample file goes in at the bench (`inspector
import-rmas`) or at the hub (`inspector hub import-rmas`, then the bench pulls it over HTTP on loopback), and the
real window then opens its returns by the number on the customer's label, or by the order number."""
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from inspector.bench.state import Cue, Phase
from inspector.cli.main import main
from inspector.settings import StationSettings, save_settings
from tests.gui.conftest import STATION, Bench, close_benches, open_session, open_window, seed
from tests.integration.faults.hubs import REPO, ThreadHub, issue_tokens
from ui.common.style import apply_style

pytestmark = pytest.mark.gui

SAMPLES = REPO / "docs" / "samples"
SOURCES = [
    ["amazon-returns.tsv", "--source", "amazon"],
    ["aftership-returns.json", "--source", "aftership"],
    ["shopify-returns.json", "--source", "shopify"],
    ["erp-returns.csv", "--mapping", str(SAMPLES / "erp-mapping.csv")],
]


def import_at_bench(paths, capsys) -> None:
    for name, *options in SOURCES:
        assert main(["--data-dir", str(paths.data_dir), "import-rmas", str(SAMPLES / name), *options]) == 0, name
        capsys.readouterr()


def import_at_hub(paths, capsys, tmp_path) -> Iterator[None]:
    db_url = f"sqlite:///{tmp_path}/hub.sqlite3"
    tokens = issue_tokens(db_url, STATION)
    with ThreadHub(db_url) as hub:
        for name, *options in SOURCES:
            assert main(["hub", "import-rmas", str(SAMPLES / name), *options, "--db", db_url]) == 0, name
            assert json.loads(capsys.readouterr().out)["added"] > 0
        save_settings(paths, StationSettings(station=STATION, hub_url=hub.url, hub_token=tokens[STATION]))
        assert main(["--data-dir", str(paths.data_dir), "sync", "--once", "--pull-only"]) == 0
        pulled = json.loads(capsys.readouterr().out)["pulled"]
        assert pulled["returns_added"] >= 9 and not pulled["returns_refused"], pulled
        yield


@pytest.fixture(params=["bench", "hub"])
def bench(request, qtbot, gui_paths, runner, capsys, tmp_path) -> Iterator[Bench]:
    apply_style(QApplication.instance())
    seed(gui_paths)                                       # the operators
    if request.param == "bench":
        import_at_bench(gui_paths, capsys)
        arrived = iter([None])
    else:
        arrived = import_at_hub(gui_paths, capsys, tmp_path)
        next(arrived)
    opened = [open_window(qtbot, runner, gui_paths, lambda: open_session(gui_paths))]
    opened[0].sign_in()
    yield opened[0]
    close_benches(opened, runner)
    next(arrived, None)


def opened_return(bench: Bench) -> str:
    assert bench.state.phase is Phase.AWAITING_ITEM, bench.state.feedback
    return bench.state.parcel.rma_number


@pytest.mark.parametrize("label, rma_number", [
    ("DZMb5xQ4RRMA", "DZMb5xQ4RRMA"),        # Amazon RMA ID, which reads as a SKU to a bench that lacks it
    ("A7K2P9QX", "A7K2P9QX"),                # AfterShip
    ("#1001-R1", "#1001-R1"),                # a Shopify return's name, "#" and all
    ("R-2026-000123", "R-2026-000123"),      # the ERP's own numbers, through a mapping file
])
def test_a_return_opens_by_the_number_on_its_label(bench, label, rma_number):
    bench.scan(label)
    assert opened_return(bench) == rma_number
    assert rma_number in bench.window.parcel_panel.rma.full_text


def test_an_order_with_one_open_return_opens_it_and_one_with_two_offers_both(bench):
    bench.scan("114-3941689-8772232")                     # the Amazon order of DZMb5xQ4RRMA
    assert opened_return(bench) == "DZMb5xQ4RRMA"
    bench.scan("#1002")                                   # Shopify: one open return; switches parcels
    assert opened_return(bench) == "#1002-R1"

    with bench.qtbot.waitSignal(bench.cues.cue_played) as played:
        bench.scan("#1003")                               # Shopify: two open returns
    assert played.args == [Cue.WARNING.value]
    assert [choice.rma_number for choice in bench.state.return_choices] == ["#1003-R1", "#1003-R2"]
    assert bench.window.return_choice_panel.isVisible()
    with bench.qtbot.waitSignal(bench.window.capture.grade_key_pressed):
        bench.key(Qt.Key.Key_2)
    bench.settle()
    assert opened_return(bench) == "#1003-R2"
    assert not bench.window.return_choice_panel.isVisible()
