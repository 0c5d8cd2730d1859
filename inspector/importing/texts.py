"""Text that a source gives in its own measure, brought to ours: a long item name cut, several reasons joined."""
from __future__ import annotations

from collections.abc import Iterable

from inspector.importing.field_rules import REASON_MAX

REASON_SEPARATOR = "; "


def cut(text: str, limit: int) -> str:
    """At most `limit` characters; a text cut short ends in an ellipsis, so nobody takes it for the whole."""
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "\u2026"


def join_reasons(reasons: Iterable[str]) -> str:
    """The distinct reasons in the order first given, joined and cut to the return's reason field."""
    seen: dict[str, None] = {}
    for reason in reasons:
        reason = reason.strip()
        if reason:
            seen.setdefault(reason, None)
    return cut(REASON_SEPARATOR.join(seen), REASON_MAX)
