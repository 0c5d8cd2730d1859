"""`inspector explain-scan`: JSON out, exit code 2 for a bad scan."""
import argparse
import json

import pytest

from inspector.cli import explain_scan
from inspector.paths import DATA_DIR_ENV


@pytest.fixture(autouse=True)
def no_real_data_dir(tmp_path, monkeypatch):
    """explain-scan looks in the data dir's bench database: never the real one from here."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))


def _run(argv, capsys):
    # Built like the real dispatcher (global --data-dir, one sub-parser per module), without importing the
    # other commands, which are still being written.
    parser = argparse.ArgumentParser(prog="inspector")
    parser.add_argument("--data-dir")
    explain_scan.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    code = args.func(args)
    return code, json.loads(capsys.readouterr().out)


def test_good_scan_prints_the_reading(capsys):
    code, output = _run(["explain-scan", "1Z999AA10123456784"], capsys)
    assert code == 0
    assert output["ok"] is True
    assert (output["kind"], output["carrier"], output["value"], output["check_digit_valid"]) == (
        "tracking", "ups", "1Z999AA10123456784", True)


def test_expect_picks_the_primary_and_lists_alternatives(capsys, tmp_path):
    code, output = _run(["--data-dir", str(tmp_path / "other"), "explain-scan", "592563416850", "--expect", "parcel"],
                        capsys)
    assert code == 0
    assert (output["kind"], output["carrier"]) == ("tracking", "fedex")
    assert [alt["kind"] for alt in output["alternatives"]] == ["item"]


def test_gs1_fields_and_dates_are_json(capsys):
    _, output = _run(["explain-scan", "]C1010950110153000317251231" + "10L1<GS>21S1"], capsys)
    assert (output["gtin"], output["expiry"], output["lot"], output["serial"], output["symbology"]) == (
        "09501101530003", "2025-12-31", "L1", "S1", "]C1")


def test_bad_scan_prints_the_error_and_exits_2(capsys):
    code, output = _run(["explain-scan", "1Z999AA10123456785"], capsys)
    assert code == 2
    assert output["ok"] is False
    assert output["reason"] == "bad_check_digit"
    assert output["raw"] == "1Z999AA10123456785"
    assert "UPS" in output["message"]


def test_unknown_expect_is_an_argument_error(capsys):
    with pytest.raises(SystemExit):
        _run(["explain-scan", "X", "--expect", "pallet"], capsys)


def test_an_unreadable_scan_is_plain_ascii_json(capsys):
    # What a shell hands over for the byte 0xff (Python decodes argv with surrogateescape).
    code, output = _run(["explain-scan", "RMA-\udcff100101"], capsys)
    assert code == 2 and output["reason"] == "unreadable" and output["raw"] == "RMA-\udcff100101"
    assert "RMA-\\udcff100101" in output["message"]
