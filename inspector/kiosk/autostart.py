"""Starting the bench at login: an XDG autostart entry (freedesktop "Desktop Application Autostart" specification),
`$XDG_CONFIG_HOME/autostart/return-inspector-kiosk.desktop`, that runs `inspector run --kiosk`.

Every desktop session that follows the specification (GNOME, KDE, Xfce, LXQt, MATE, Cinnamon) starts it at login;
it is per user, so the administrator turns it on as the bench's own login (`inspector settings --kiosk on`).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

ENTRY_NAME = "return-inspector-kiosk.desktop"


def autostart_dir(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_CONFIG_HOME/autostart; the specification says a relative or empty XDG_CONFIG_HOME is ignored."""
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and os.path.isabs(config) else Path(env.get("HOME") or Path.home()) / ".config"
    return base / "autostart"


def autostart_entry(environ: Mapping[str, str] | None = None) -> Path:
    return autostart_dir(environ) / ENTRY_NAME


def inspector_command() -> list[str]:
    """How this installation starts: the `inspector` script beside this Python (the package's
    /opt/venvs/inspector-bench/bin/inspector, or a checkout's .venv/bin/inspector), else this Python with
    `-m inspector`. Never whatever `inspector` comes first on PATH: that may be another installation."""
    beside = Path(sys.executable).parent / "inspector"
    return [str(beside)] if beside.is_file() else [sys.executable, "-m", "inspector"]


def kiosk_command(data_dir: Path | None, program: Sequence[str] | None = None) -> list[str]:
    """`inspector [--data-dir DIR] run --kiosk`: the data dir only when one was chosen, so the default stays the
    per-user one."""
    command = list(program or inspector_command())
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command + ["run", "--kiosk"]


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def exec_line(command: Sequence[str]) -> str:
    """The Exec value: arguments with reserved characters double-quoted, with `"`, `` ` ``, `$` and `\\` escaped by a
    backslash inside the quotes; `%` doubled (field codes); and then, as for every string value in the file, each
    backslash written twice."""
    words = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if not arg or any(c in _RESERVED for c in arg):
            arg = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'
        words.append(arg)
    return " ".join(words).replace("\\", "\\\\")


def desktop_entry(command: Sequence[str]) -> str:
    for arg in command:
        if "\n" in arg or "\r" in arg:
            raise ValueError(f"{arg!r}: a line break cannot be part of an autostart command")
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Name=Return inspection bench (kiosk)",
        "Comment=Starts the inspection bench full screen at login (inspector settings --kiosk off removes this)",
        f"Exec={exec_line(command)}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def enable_autostart(data_dir: Path | None, environ: Mapping[str, str] | None = None,
                     program: Sequence[str] | None = None) -> Path:
    """Writes the entry (replaced atomically) and returns where; OSError when the folder cannot be written."""
    path = autostart_entry(environ)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(desktop_entry(kiosk_command(data_dir, program)), encoding="utf-8")
    os.replace(tmp, path)
    return path


def disable_autostart(environ: Mapping[str, str] | None = None) -> Path | None:
    """Removes the entry; returns its path when there was one, None when there was nothing to remove."""
    path = autostart_entry(environ)
    try:
        path.unlink()
    except FileNotFoundError:
        return None
    return path
