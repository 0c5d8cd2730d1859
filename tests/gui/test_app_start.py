"""The real start-up path, as `make run` takes it: `main.py` in its own process, up to the bench being open."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_main_py_starts_paints_and_opens_the_bench(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "INSPECTOR_STATION": "BENCH-SMOKE"}
    process = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(tmp_path)], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    log = tmp_path / "logs" / "bench.log"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if log.exists() and "bench open: station BENCH-SMOKE" in log.read_text(encoding="utf-8"):
                break
            time.sleep(0.1)
        assert process.poll() is None, f"the app exited early: {process.communicate(timeout=10)}"
        text = log.read_text(encoding="utf-8")
        assert "bench open: station BENCH-SMOKE" in text and "Traceback" not in text
        assert (tmp_path / "bench.sqlite3").exists()
    finally:
        process.terminate()
        _out, err = process.communicate(timeout=30)
    assert "Traceback" not in err, err
