import json
import subprocess
import sys

from inspector.paths import Paths
from inspector.settings import load_settings


def run(data_dir, *args, stdin=""):
    return subprocess.run([sys.executable, "-m", "inspector", "--data-dir", str(data_dir), "settings", *args],
                          input=stdin, capture_output=True, text=True, timeout=60)


def test_sets_hub_and_token_from_stdin_and_never_prints_the_token(tmp_path):
    out = run(tmp_path, "--set-station", "BENCH-07", "--hub-url", "https://hub.example:8443", "--hub-token-stdin",
              stdin="s3cret-token-value\n")
    assert out.returncode == 0, out.stderr
    assert "s3cret" not in out.stdout + out.stderr
    shown = json.loads(out.stdout)
    assert shown["station"] == "BENCH-07" and shown["hub_token"] == "set" and shown["verify_tls"] is True
    saved = load_settings(Paths(tmp_path))
    assert saved.hub_url == "https://hub.example:8443" and saved.hub_token == "s3cret-token-value"


def test_keeps_keys_it_does_not_own_and_refuses_a_bad_url(tmp_path):
    (tmp_path / "station.json").write_text(json.dumps({"station": "B1", "label_printer": {"kind": "zebra"}}))
    assert run(tmp_path, "--no-verify-tls").returncode == 0
    data = json.loads((tmp_path / "station.json").read_text())
    assert data["label_printer"] == {"kind": "zebra"} and data["verify_tls"] is False
    bad = run(tmp_path, "--hub-url", "ftp://nope")
    assert bad.returncode == 2 and "not an http(s) URL" in bad.stderr
