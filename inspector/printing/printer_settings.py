"""Which printer this station prints labels on: the administrator's choice, kept in the station JSON file.

Stored under its own key (`label_printer`) beside `inspector.settings.StationSettings`'s keys, read and written here
without touching theirs.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any

from inspector.labels.template import SIZES
from inspector.paths import Paths
from inspector.settings import SettingsError, read_settings_file, write_settings_file

SETTINGS_KEY = "label_printer"


class PrinterKind(StrEnum):
    NONE = "none"          # no printer yet: labels wait in the reprint queue
    SYSTEM = "system"      # a desktop/CUPS printer, sent PDF through Qt print support
    ZEBRA = "zebra"        # a Zebra (or ZPL-compatible) printer on the network, raw TCP 9100


class PrinterSettingsError(ValueError):
    pass


@dataclass(frozen=True)
class PrinterSettings:
    kind: PrinterKind = PrinterKind.NONE
    label_size: str = "4x6"
    system_printer: str = ""        # queue name as Qt lists it; "" = the system's default printer
    zebra_host: str = ""
    zebra_port: int = 9100
    zebra_dpi: int = 203
    zpl_font: str = "0"             # "0" built-in (Latin); a stored TrueType font path such as E:ANMDJ.TTF for CJK
    timeout_s: float = 5.0          # connect, send and status reply, each
    check_status: bool = True       # ask the Zebra for ~HS first: paper out, head open, paused become clear messages
    auto_print: bool = True         # print when an inspection is completed

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", PrinterKind(self.kind))
        if self.label_size not in SIZES:
            raise PrinterSettingsError(f"label size {self.label_size!r} is not one of {', '.join(SIZES)}")
        if not 0 < int(self.zebra_port) < 65536:
            raise PrinterSettingsError(f"port {self.zebra_port} is out of range")
        if self.zebra_dpi not in (152, 203, 300, 600):
            raise PrinterSettingsError(f"{self.zebra_dpi} dpi is not a Zebra print head")
        if self.timeout_s <= 0:
            raise PrinterSettingsError("the timeout must be positive")

    @property
    def description(self) -> str:
        if self.kind is PrinterKind.ZEBRA:
            return f"Zebra {self.zebra_host}:{self.zebra_port}"
        if self.kind is PrinterKind.SYSTEM:
            return self.system_printer or "system default printer"
        return "no printer"

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "kind": self.kind.value}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "PrinterSettings":
        known = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in data.items() if k in known})
        except (TypeError, ValueError) as exc:
            raise PrinterSettingsError(f"label printer settings: {exc}") from exc

    def but(self, **changes: Any) -> "PrinterSettings":
        return replace(self, **changes)


def _read(paths: Paths) -> dict[str, Any]:
    try:
        return read_settings_file(paths.settings_file)
    except SettingsError as exc:
        raise PrinterSettingsError(str(exc)) from exc


def load_printer_settings(paths: Paths) -> PrinterSettings:
    raw = _read(paths).get(SETTINGS_KEY)
    return PrinterSettings.from_json(raw) if isinstance(raw, dict) else PrinterSettings()


def save_printer_settings(paths: Paths, settings: PrinterSettings) -> None:
    """Read-modify-write of our key only, replaced atomically so a crash never leaves half a file."""
    data = _read(paths)
    data[SETTINGS_KEY] = settings.to_json()
    write_settings_file(paths.settings_file, data)
