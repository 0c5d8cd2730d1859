"""The window on a database a newer version of the program made: the person reads what happened and what to do, and
the database is left as it was."""
from __future__ import annotations

from inspector.bench import open_bench
from inspector.bench.state import Cue
from inspector.storage.backups import BACKUP_DIR_NAME
from tests.bench_files import newer_database
from ui.bench.bench_client import BenchClient
from ui.common.cue_player import CuePlayer
from ui.main_window import BenchWindow


def test_a_database_from_a_newer_version_is_refused_in_the_banner_and_left_untouched(qtbot, runner, gui_paths):
    newer_database(gui_paths.database)
    before = gui_paths.database.read_bytes()
    client = BenchClient(runner, "bench-gui")
    window = BenchWindow(client, CuePlayer(muted=True))
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(client.session_failed, timeout=20_000) as failed:
            client.open(lambda: open_bench(gui_paths, "bench-gui"))
        assert "made by a newer version of the program" in failed.args[0]
        qtbot.waitUntil(lambda: window.banner.cue is Cue.ERROR)
        shown = window.banner.message
        assert "made by a newer version of the program" in shown and "it was not changed" in shown
        assert "Install the newer version again, or restore a backup made before it" in shown
        assert not client.is_open
    finally:
        window.close()
        client.close()
    assert gui_paths.database.read_bytes() == before
    assert not (gui_paths.data_dir / BACKUP_DIR_NAME).exists()
