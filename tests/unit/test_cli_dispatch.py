import pytest

from inspector.cli.main import build_parser, wants_window


@pytest.mark.parametrize("argv, window", [
    ([], True),
    (["run"], True),
    (["--data-dir", "/x", "run", "--lang", "ro"], True),
    (["--data-dir=/x"], True),
    (["--data-dir", "/x", "explain-scan", "run"], False),
    (["explain-scan", "1Z999AA10123456784"], False),
    (["--help"], False),
    (["run", "-h"], False),
])
def test_only_the_window_skips_the_full_command_parser(argv, window):
    assert wants_window(argv) is window


def test_every_command_is_registered():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {"run", "explain-scan", "import-rmas", "export", "demo", "demo-sheet", "add-operator"} <= set(sub.choices)


@pytest.mark.parametrize("given, env, expected", [
    ("B7", {"INSPECTOR_STATION": "B3"}, "B7"),      # the option beats the environment
    (None, {"INSPECTOR_STATION": " B3 "}, "B3"),
    (None, {"INSPECTOR_STATION": ""}, None),        # empty: the station settings
    ("  ", {}, None),
])
def test_one_rule_for_the_station_a_run_records_and_syncs_as(given, env, expected):
    from inspector.settings import station_override
    assert station_override(given, env) == expected


@pytest.mark.parametrize("bad", ["", "   ", "x" * 65, "B\t1"])
def test_a_station_option_the_hub_would_refuse_is_a_usage_error(bad, capsys):
    from inspector.cli.main import main
    with pytest.raises(SystemExit) as stopped:
        main(["--station", bad, "sync", "--once"])
    assert stopped.value.code == 2 and "is not a station name" in capsys.readouterr().err


@pytest.mark.parametrize("raised, code, said", [
    (KeyboardInterrupt(), 130, "inspector explain-scan: interrupted."),
    (BrokenPipeError(), 141, ""),
    ("environment", 2, "inspector explain-scan: The disk is full. Free some space; nothing was lost."),
])
def test_a_command_stopped_by_the_person_or_the_machine_ends_in_one_line(monkeypatch, capsys, raised, code, said):
    from inspector.cli import explain_scan
    from inspector.cli.main import main
    from inspector.errors import EnvironmentProblem
    if raised == "environment":
        raised = EnvironmentProblem("The disk is full.", "Free some space; nothing was lost.")

    def stopped(_args):
        raise raised
    monkeypatch.setattr(explain_scan, "run", stopped)
    assert main(["explain-scan", "1Z999AA10123456784"]) == code
    assert capsys.readouterr().err.strip() == said


def test_a_bug_in_a_command_keeps_its_traceback(monkeypatch):
    from inspector.cli import explain_scan
    from inspector.cli.main import main

    def broken(_args):
        raise ZeroDivisionError("a bug")
    monkeypatch.setattr(explain_scan, "run", broken)
    with pytest.raises(ZeroDivisionError):
        main(["explain-scan", "1Z999AA10123456784"])
