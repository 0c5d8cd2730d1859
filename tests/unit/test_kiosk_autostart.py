"""The kiosk's XDG autostart entry, written to a tmp XDG_CONFIG_HOME and read back as a desktop file."""
from __future__ import annotations

import configparser
from pathlib import Path

import pytest

from inspector.kiosk.autostart import (ENTRY_NAME, autostart_entry, disable_autostart, enable_autostart,
                                       kiosk_command)


def read_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str        # keys are case-sensitive in desktop files
    parser.read_string(path.read_text(encoding="utf-8"))
    return parser["Desktop Entry"]


def exec_words(exec_value: str) -> list[str]:
    """Reads Exec as the Desktop Entry specification says a desktop session does: the string escape (a doubled
    backslash), then words split at spaces outside double quotes, where a backslash makes the next `"`, `` ` ``,
    `$` or backslash literal; then %% is a %."""
    text = exec_value.replace("\\\\", "\\")
    words, word, quoted, i = [], None, False, 0
    while i < len(text):
        c = text[i]
        if quoted and c == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
            word, i = (word or "") + text[i + 1], i + 2
            continue
        if c == '"':
            quoted, word = not quoted, word or ""
        elif c == " " and not quoted:
            if word is not None:
                words.append(word)
            word = None
        else:
            word = (word or "") + c
        i += 1
    assert not quoted, f"unbalanced quotes in {exec_value!r}"
    if word is not None:
        words.append(word)
    return [w.replace("%%", "%") for w in words]


def test_the_entry_goes_to_xdg_config_home_and_runs_the_kiosk(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config"), "HOME": str(tmp_path / "home")}
    path = enable_autostart(None, env, program=["/usr/bin/inspector"])
    assert path == tmp_path / "config" / "autostart" / ENTRY_NAME == autostart_entry(env)
    entry = read_entry(path)
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert exec_words(entry["Exec"]) == ["/usr/bin/inspector", "run", "--kiosk"]


def test_without_xdg_config_home_or_with_a_relative_one_it_is_home_dot_config(tmp_path):
    for env in ({"HOME": str(tmp_path)}, {"HOME": str(tmp_path), "XDG_CONFIG_HOME": "relative/dir"}):
        assert autostart_entry(env) == tmp_path / ".config" / "autostart" / ENTRY_NAME


@pytest.mark.parametrize("data_dir", ["/srv/bench data", "/srv/$HOME's \"bench\" 100%", "/srv/back\\slash"])
def test_a_chosen_data_dir_survives_the_quoting(tmp_path, data_dir):
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    program = ["/opt/return inspector/bin/inspector"]
    path = enable_autostart(Path(data_dir), env, program=program)
    assert exec_words(read_entry(path)["Exec"]) == kiosk_command(Path(data_dir), program) == \
        [*program, "--data-dir", data_dir, "run", "--kiosk"]


def test_off_removes_the_entry_and_twice_is_harmless(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    path = enable_autostart(None, env, program=["inspector"])
    assert disable_autostart(env) == path and not path.exists()
    assert disable_autostart(env) is None


def test_a_line_break_in_the_command_is_refused(tmp_path):
    with pytest.raises(ValueError, match="line break"):
        enable_autostart(Path("/srv/a\nb"), {"XDG_CONFIG_HOME": str(tmp_path)}, program=["inspector"])
    assert not autostart_entry({"XDG_CONFIG_HOME": str(tmp_path)}).exists()
