"""Operators sign in with a badge and a PIN; the PIN is kept only as a salted, slow hash."""
from __future__ import annotations

import hashlib
import hmac
import secrets
from enum import StrEnum


class Role(StrEnum):
    INSPECTOR = "inspector"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


# scrypt from the standard library: memory-hard, maintained in OpenSSL, no extra dependency.
_N, _R, _P = 2**14, 8, 1


def hash_pin(pin: str) -> str:
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise ValueError("a PIN is 4 to 12 digits")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r), p=int(p),
                            dklen=len(digest_hex) // 2)
    return hmac.compare_digest(digest.hex(), digest_hex)
