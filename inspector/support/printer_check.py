"""`inspector doctor`'s look at the station's label printer, as `inspector.printing.printer_settings` keeps it: a
Zebra is asked for its host status over raw TCP (as the bench does before each label), a system printer is looked
up in CUPS with `lpstat`."""
from __future__ import annotations

import shutil
import socket
import subprocess

from inspector.paths import Paths
from inspector.printing import zebra
from inspector.printing.printer_settings import (PrinterKind, PrinterSettings, PrinterSettingsError,
                                                 load_printer_settings)
from inspector.support.checks import Check, fail, ok, warn

NAME = "label printer"
LPSTAT_TIMEOUT_S = 10.0
CHOOSE = "Choose the printer in the station settings (the bench's Settings window)."


def printer(paths: Paths, timeout_s: float = 3.0) -> Check:
    try:
        settings = load_printer_settings(paths)
    except PrinterSettingsError as exc:
        return fail(NAME, f"the printer settings in {paths.settings_file.name} cannot be used: {exc}", CHOOSE)
    if settings.kind is PrinterKind.NONE:
        return warn(NAME, "no label printer is set up: labels wait in the reprint queue", CHOOSE)
    if settings.kind is PrinterKind.ZEBRA:
        return _zebra(settings, min(timeout_s, settings.timeout_s))
    return _system(settings.system_printer)


def _zebra(settings: PrinterSettings, timeout_s: float) -> Check:
    where = f"Zebra {settings.zebra_host}:{settings.zebra_port}"
    if not settings.zebra_host:
        return fail(NAME, "a Zebra printer is chosen but no address is set", CHOOSE)
    try:
        with socket.create_connection((settings.zebra_host, settings.zebra_port), timeout=timeout_s) as sock:
            sock.settimeout(timeout_s)
            status = zebra.query_status(sock)   # as the bench asks before a label
            sock.shutdown(socket.SHUT_RDWR)
    except ConnectionRefusedError:
        return fail(NAME, f"{where} refused the connection",
                    "Check that it is switched on, online and set to raw port 9100.")
    except (socket.timeout, TimeoutError):
        return fail(NAME, f"{where} did not answer in {timeout_s:g} s",
                    "Check its power and network cable, and its address in the station settings.")
    except OSError as exc:
        return fail(NAME, f"{where} cannot be reached ({exc.strerror or exc})",
                    "Check the printer's address in the station settings and the network.")
    if status is None:
        return warn(NAME, f"{where} takes connections but gave no Zebra host status",
                    "Check it is a Zebra (ZPL) printer; labels may still print.")
    state = status.problem_state()
    if state is not None:
        return fail(NAME, f"{where} is not ready: {state}", "Fix it at the printer (labels, head, pause button).")
    return ok(NAME, f"{where} is ready")


def _lpstat(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["lpstat", *args], capture_output=True, text=True, timeout=LPSTAT_TIMEOUT_S,
                          env={"LC_ALL": "C", "PATH": "/usr/bin:/bin:/usr/sbin:/sbin"})


def _system(queue: str) -> Check:
    if shutil.which("lpstat") is None:
        return warn(NAME, f"system printer {queue or '(the default)'} is set up, but CUPS's lpstat is not "
                          "installed to check it", "Install cups-client (apt install cups-client) to check it.")
    try:
        if "is running" not in _lpstat("-r").stdout:
            return fail(NAME, "the CUPS print service is not running", "Start it: sudo systemctl start cups")
        if not queue:
            default = _lpstat("-d").stdout.strip()
            if ":" not in default:
                return fail(NAME, "the station prints to the system's default printer, and there is none",
                            "Set a default printer (lpoptions -d QUEUE) or choose one in the station settings.")
            queue = default.rsplit(":", 1)[1].strip()
        state = _lpstat("-p", queue)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return fail(NAME, f"CUPS did not answer ({exc})", "Check the CUPS service: sudo systemctl status cups")
    text = " ".join(state.stdout.split())
    if state.returncode != 0 or not text:
        return fail(NAME, f"the printer {queue} is not installed in CUPS", CHOOSE + " Or add it in CUPS.")
    if "disabled" in text:
        return fail(NAME, f"the printer {queue} is disabled in CUPS: {text[:200]}",
                    f"Enable it: sudo cupsenable {queue}, after checking the printer itself.")
    return ok(NAME, f"CUPS printer {queue}: {text[:200]}")
