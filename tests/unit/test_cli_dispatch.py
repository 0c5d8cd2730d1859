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
