"""`inspector add-operator`: the new operator can sign in; bad input is refused before anything is written."""
from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from inspector.cli import operator_commands
from inspector.cli.main import main
from inspector.storage.database import Database
from inspector.storage.orm import OperatorRow
from inspector.usecases.operators import SignIn, sign_in
from inspector.usecases.unit_of_work import UnitOfWork
from tests.conftest import NOW


def add(data_dir, *args: str) -> int:
    return main(["--data-dir", str(data_dir), "add-operator", *args])


def test_added_operator_signs_in_with_the_pin_from_stdin(tmp_path, monkeypatch, policy, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("246810\n"))
    assert add(tmp_path, "--badge", "op1234", "--name", "Elira Dervishi", "--role", "supervisor", "--pin-stdin") == 0
    assert "Created supervisor Elira Dervishi with badge OP-1234." in capsys.readouterr().out
    db = Database.open_sqlite(tmp_path / "bench.sqlite3")
    try:
        who = sign_in(SignIn("OP-1234", "246810", NOW, "bench-1"), UnitOfWork(db, policy))
        assert (who.name, who.role) == ("Elira Dervishi", "supervisor")
        with db.session() as s:
            stored = s.scalar(select(OperatorRow.pin_hash))
        assert "246810" not in stored and stored.startswith("scrypt$")
    finally:
        db.dispose()


def test_pin_is_prompted_twice_when_not_piped(tmp_path, monkeypatch):
    answers = iter(["4321", "4321"])
    monkeypatch.setattr(operator_commands.getpass, "getpass", lambda prompt: next(answers))
    assert add(tmp_path, "--badge", "OP-555", "--name", "Trần Văn Minh", "--role", "inspector") == 0


def test_mismatched_prompted_pins_are_refused(tmp_path, monkeypatch, capsys):
    answers = iter(["4321", "1234"])
    monkeypatch.setattr(operator_commands.getpass, "getpass", lambda prompt: next(answers))
    assert add(tmp_path, "--badge", "OP-555", "--name", "X", "--role", "inspector") == 1
    assert "differ" in capsys.readouterr().err
    assert not (tmp_path / "bench.sqlite3").exists()


@pytest.mark.parametrize("badge, name, pin, words", [
    ("BADGE-1", "X", "1234", "not a badge"),
    ("OP-12", "X", "1234", "not a badge"),
    ("OP-1234", " ", "1234", "name"),
    ("OP-1234", "X", "12a4", "4 to 12 digits"),
    ("OP-1234", "X", "123", "4 to 12 digits"),
])
def test_bad_input_is_refused(tmp_path, monkeypatch, capsys, badge, name, pin, words):
    monkeypatch.setattr("sys.stdin", io.StringIO(pin + "\n"))
    assert add(tmp_path, "--badge", badge, "--name", name, "--role", "admin", "--pin-stdin") == 1
    assert words in capsys.readouterr().err


def test_a_badge_in_use_is_refused(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("1234\n1234\n"))
    assert add(tmp_path, "--badge", "OP-1001", "--name", "A", "--role", "inspector", "--pin-stdin") == 0
    assert add(tmp_path, "--badge", "OP-1001", "--name", "B", "--role", "inspector", "--pin-stdin") == 1
    assert "already in use" in capsys.readouterr().err


def test_unknown_role_is_an_argument_error(tmp_path):
    with pytest.raises(SystemExit):
        add(tmp_path, "--badge", "OP-1001", "--name", "A", "--role", "boss", "--pin-stdin")


def test_an_operators_language_is_kept_and_given_at_sign_in(tmp_path, monkeypatch, policy, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("246810\n"))
    assert add(tmp_path, "--badge", "OP-4321", "--name", "Lý Thu Hà", "--role", "inspector", "--lang", "vi-VN",
               "--pin-stdin") == 0
    assert "Created inspector Lý Thu Hà with badge OP-4321, language vi." in capsys.readouterr().out
    db = Database.open_sqlite(tmp_path / "bench.sqlite3")
    try:
        assert sign_in(SignIn("OP-4321", "246810", NOW, "bench-1"), UnitOfWork(db, policy)).lang == "vi"
    finally:
        db.dispose()


def test_an_unknown_language_is_refused_naming_the_known_ones(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("246810\n"))
    assert add(tmp_path, "--badge", "OP-4321", "--name", "X", "--role", "inspector", "--lang", "de",
               "--pin-stdin") == 1
    said = capsys.readouterr().err
    assert "Not created: de: no such language" in said and "zh_CN" in said and "sq" in said
    assert not (tmp_path / "bench.sqlite3").exists()
