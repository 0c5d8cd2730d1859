"""Operators sign in with a badge and a PIN; the PIN is kept only as a salted, slow hash."""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import unicodedata
from enum import StrEnum

from inspector.domain.policy import SignInLockout


class Role(StrEnum):
    INSPECTOR = "inspector"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


# scrypt from the standard library: memory-hard, maintained in OpenSSL, no extra dependency.
_N, _R, _P = 2**14, 8, 1


def pin_bytes(pin: str) -> bytes:
    """What is hashed: decimal digits of any script as ASCII (a keyboard layout may type ١٢٣٤ for 1234), and text
    that is no PIN at all (half a UTF-16 pair from Qt) as bytes all the same, so it is just a wrong PIN."""
    ascii_digits = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in pin)
    return ascii_digits.encode("utf-8", "surrogatepass")


def hash_pin(pin: str) -> str:
    if not pin.isdecimal() or not 4 <= len(pin) <= 12:
        raise ValueError("a PIN is 4 to 12 digits")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin_bytes(pin), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(pin_bytes(pin), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p),
                            dklen=len(digest_hex) // 2)
    return hmac.compare_digest(digest.hex(), digest_hex)


def lock_duration(failures: int, rule: SignInLockout) -> dt.timedelta:
    """How long a badge stays locked after `failures` wrong PINs in a row: not at all below the rule's threshold,
    then the first lock, doubled by each further wrong PIN, never longer than the longest."""
    if failures < rule.failures_to_lock:
        return dt.timedelta(0)
    doublings = min(failures - rule.failures_to_lock, 40)   # 2**40 first locks is past any cap
    return dt.timedelta(seconds=min(rule.first_lock_seconds * 2**doublings, rule.longest_lock_seconds))
