"""Taking tokens, PINs and passwords out of what leaves the bench (support bundles, crash reports).

Three layers, each catching what the others might miss:
- JSON: the value under every key that names a secret (`hub_token`, `pin`, `pin_hash`, `password`, `api_key`,
  `site_refused_key`...) is replaced by REMOVED, however deep it sits;
- known values: every secret value found in the settings files is replaced wherever it appears, in any text (a hub
  token copied into a log line, a crash report);
- patterns: `Authorization: Bearer ...`, `Bearer ...`, `token=...`, `pin: 1234`, `"password": "..."` in a line of
  text, and anything shaped like one of the hub's tokens (`insp_...`, `insp_int_...`, `whsec_...`).
The live logs already blank the station's own token (`inspector.sync.redaction`); this is the wider net for files
that leave the machine.

What is removed from a line of text, and what is not (tests/unit/test_support_redaction.py shows each case):
- removed: a PIN under a secret-naming key or after `=`/`:` (`pin=4829`, `"pin": "4829"`, `PIN: 4829`,
  `pin_hash=scrypt$...`) and right after the word (`PIN 4829`, `pin 48291`);
- kept: a PIN anywhere else in free text (`her code is 4829`, `PIN was 4829`, `the pin is 4829`, `pin#4829`, a bare
  `4829`). Nothing tells those digits from a return number, a count, a weight or a time, and masking every run of
  4-12 digits would blank what support needs to read. Accepted on purpose: the bench never writes a typed PIN into a
  text (sign-in logs the badge, never the PIN; its errors do not quote it); such a line takes a person typing a PIN
  into a note, or code logging what it should not.
- not possible either: hunting the PINs of the operators known to the bench, as the settings' tokens are hunted
  (known values above). The bench keeps PINs only as salted scrypt hashes (`inspector.domain.operators.hash_pin`),
  so there is no PIN value to look for, and checking every number in a text against every operator's slow hash
  (about 45 ms a check) would take hours for one day's log.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

REMOVED = "[removed]"
# A key naming a secret holds one of these words as a part (`hub_token`, `pinHash`, `webhook-secret`) or ends in
# `key` (`api_key`, `site_refused_key`); `keyboard`, `pinned`, `station` do not.
_SECRET_WORDS = frozenset({"token", "tokens", "pin", "pins", "password", "passwd", "passphrase", "secret", "secrets",
                           "apikey", "credential", "credentials", "authorization", "cookie"})
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_PARTS = re.compile(r"[^a-z0-9]+")
# Shorter values are not hunted through every text: a PIN of "1" would mangle every log line with a 1 in it.
SHORTEST_HUNTED = 4

# As `is_secret_key` takes them: a secret word, or `key` after `_`/`-` (`api_key`, `secret_key`, `site_refused_key`).
_SECRET_NAME = r"[A-Za-z_\-]*(?:token|pin|password|passwd|passphrase|secret|apikey|[_\-]key)(?:_hash)?"
# `token=abc`, `pin: 1234`, `"hub_token": "abc"`, `password='x y'` in a line of text (a log line, a traceback). A
# quoted value is taken up to its closing quote (a password may hold spaces), a bare one up to a space or separator.
_NAMED_VALUE = re.compile(r"(?i)(?P<name>\b" + _SECRET_NAME + r")(?P<sep>[\"']?\s*[=:]\s*)"
                          r"(?:(?P<quote>[\"'])(?P<quoted>(?!\[removed\])(?:(?!(?P=quote))[^\\\n]|\\.)+)(?P=quote)"
                          r"|(?P<open>[\"']?)(?P<value>(?!\[removed\])[^\s\"',;&)}\]]+))")
# `PIN 1234` in a sentence: a PIN given as digits after the word.
_PIN_DIGITS = re.compile(r"(?i)\b(?P<lead>pin\s+)\d{3,12}\b")
# `Authorization: Bearer x`, `Authorization: Basic x`, a bare `Bearer x`.
_AUTHORIZATION = re.compile(r"(?i)\b(?P<lead>authorization[\"']?\s*[:=]\s*[\"']?(?:(?:bearer|basic|token)\s+)?"
                            r"|bearer\s+)(?P<value>(?!(?:bearer|basic|token)\b)[A-Za-z0-9._~+/=\-]+)")
# The hub's own token shapes (`inspector.hub.stations`, `.integrations`, `.webhooks`).
_TOKEN_SHAPED = re.compile(r"\b(?:insp_int_|insp_|whsec_)[A-Za-z0-9_\-]{16,}")
# `https://user:password@hub.example` in a URL.
_URL_PASSWORD = re.compile(r"(?P<lead>[A-Za-z][A-Za-z0-9+.\-]*://[^\s/:@]+:)[^\s/@]+(?=@)")
# Every pattern above starts from one of these words (or from `://` for a URL's password).
_CLUES = ("token", "pin", "passw", "passphrase", "secret", "key", "bearer", "authorization", "insp_", "whsec_",
          "://")
# Values under a secret-ish name that are settings, not secrets: hunting them would mangle every text.
_NOT_A_SECRET = frozenset({"true", "false", "none", "null", "yes", "no", "auto", "off", "on"})
_NOT_A_VALUE = frozenset({"none", "null", "true", "false"})


def is_secret_key(key: str) -> bool:
    parts = [p for p in _PARTS.split(_CAMEL.sub("_", key).lower()) if p]
    return bool(parts) and (any(p in _SECRET_WORDS for p in parts) or parts[-1] == "key")


def _holds_secret(key: object, value: object) -> bool:
    # None and booleans stay: `"hub_token": null` says there is none, which support needs to know.
    return isinstance(key, str) and is_secret_key(key) and value is not None and not isinstance(value, bool)


def secret_values(data: Any) -> set[str]:
    """Every string or number held under a secret-naming key anywhere in `data`, long enough to be hunted."""
    found: set[str] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            found |= _leaves(value) if _holds_secret(key, value) else secret_values(value)
    elif isinstance(data, list):
        for value in data:
            found |= secret_values(value)
    return {s for s in found if len(s) >= SHORTEST_HUNTED and s.lower() not in _NOT_A_SECRET}


def _leaves(value: Any) -> set[str]:
    """Every string or number in `value`, however deep: all of what sits under a secret-naming key is secret
    (`"secrets": {"hub": "..."}`), as `redact_json` removes all of it."""
    if isinstance(value, dict):
        return set().union(*map(_leaves, value.values()))
    if isinstance(value, list):
        return set().union(*map(_leaves, value))
    return {str(value)} if isinstance(value, (str, int, float)) and not isinstance(value, bool) else set()


def redact_json(data: Any) -> Any:
    """A copy of `data` with the value under every secret-naming key replaced by REMOVED."""
    if isinstance(data, dict):
        return {key: REMOVED if _holds_secret(key, value) else redact_json(value) for key, value in data.items()}
    if isinstance(data, list):
        return [redact_json(value) for value in data]
    return data


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` with every known secret value, authorization header, named secret (`token=`, `pin:`) and token-shaped
    string masked."""
    # Longest first: a secret that contains another is removed whole.
    for secret in sorted({s for s in secrets if len(s) >= SHORTEST_HUNTED}, key=len, reverse=True):
        text = text.replace(secret, REMOVED)
    # Most lines of a log hold none of the words the patterns start from: only the lines that do are searched.
    return "".join(_redact_line(line) if _has_clue(line) else line for line in text.splitlines(True))


def _has_clue(line: str) -> bool:
    lowered = line.lower()
    return any(clue in lowered for clue in _CLUES)


def _redact_line(line: str) -> str:
    line = _AUTHORIZATION.sub(lambda m: m["lead"] + REMOVED, line)
    line = _TOKEN_SHAPED.sub(REMOVED, line)
    line = _URL_PASSWORD.sub(lambda m: m["lead"] + REMOVED, line)
    line = _PIN_DIGITS.sub(lambda m: m["lead"] + REMOVED, line)
    return _NAMED_VALUE.sub(_mask_named, line)


def _mask_named(match: re.Match[str]) -> str:
    if (match["value"] or match["quoted"]).lower() in _NOT_A_VALUE:
        return match[0]
    if match["quote"]:
        return f"{match['name']}{match['sep']}{match['quote']}{REMOVED}{match['quote']}"
    return f"{match['name']}{match['sep']}{match['open']}{REMOVED}"


def redact_document(text: str, secrets: Iterable[str] = ()) -> str:
    """A settings file's text: as JSON, redacted by key and then as text; anything else (an .ini) as text."""
    try:
        data = json.loads(text)
    except ValueError:
        return redact_text(text, secrets)
    return redact_text(json.dumps(redact_json(data), indent=2, ensure_ascii=False), secrets)
