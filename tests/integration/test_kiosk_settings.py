"""`inspector settings --kiosk on|off --idle-signout MIN`: the station settings and this user's autostart entry."""
import json
import os
import subprocess
import sys

from inspector.kiosk.autostart import ENTRY_NAME
from inspector.paths import Paths
from inspector.settings import load_settings


def run(data_dir, config_home, *args):
    env = {**os.environ, "XDG_CONFIG_HOME": str(config_home)}
    env.pop("INSPECTOR_DATA_DIR", None)
    return subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(data_dir), "settings", *args],
                          env=env, capture_output=True, text=True, timeout=60)


def test_kiosk_on_saves_the_setting_and_starts_the_bench_at_login_off_undoes_it(tmp_path):
    data, config = tmp_path / "bench data", tmp_path / "config"
    out = run(data, config, "--kiosk", "on", "--idle-signout", "5")
    assert out.returncode == 0, out.stderr
    entry = config / "autostart" / ENTRY_NAME
    shown = json.loads(out.stdout)
    assert shown["kiosk"] is True and shown["idle_signout_minutes"] == 5 and shown["kiosk_autostart"] == str(entry)
    saved = load_settings(Paths(data))
    assert saved.kiosk is True and saved.idle_signout_minutes == 5
    exec_line = next(line for line in entry.read_text(encoding="utf-8").splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(f'--data-dir "{data.resolve()}" run --kiosk')   # the chosen data dir, quoted

    out = run(data, config, "--kiosk", "off")
    assert out.returncode == 0, out.stderr
    assert not entry.exists() and json.loads(out.stdout)["kiosk_autostart"] is None
    saved = load_settings(Paths(data))
    assert saved.kiosk is False and saved.idle_signout_minutes == 5     # the idle sign-out stays as chosen


def test_bad_values_are_refused_and_change_nothing(tmp_path):
    data, config = tmp_path / "data", tmp_path / "config"
    bad = run(data, config, "--kiosk", "maybe")
    assert bad.returncode == 2 and "--kiosk takes on or off, not 'maybe'; nothing changed" in bad.stderr
    bad = run(data, config, "--kiosk", "on", "--idle-signout", "-3")
    assert bad.returncode == 2 and "whole minutes from 0 (never) to 1440, not -3; nothing changed" in bad.stderr
    assert not (config / "autostart").exists() and not (data / "station.json").exists()


def test_an_autostart_folder_that_cannot_be_written_is_said_and_nothing_is_saved(tmp_path):
    data, config = tmp_path / "data", tmp_path / "config"
    config.mkdir()
    (config / "autostart").write_text("a file where the folder should be")
    bad = run(data, config, "--kiosk", "on")
    assert bad.returncode == 2 and "cannot write the autostart entry" in bad.stderr and "nothing changed" in bad.stderr
    assert not (data / "station.json").exists()
