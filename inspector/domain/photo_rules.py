"""When an item needs a photo before it may be completed (policy `photos`; no block means never).

The rules are data; the sentences are not: each rule has a code (`grade:D`, `finding:transit_damage`,
`flag:wrong_item`, `deduction`) and the sentence for it is made here, so it translates.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from inspector.i18n import QT_TRANSLATE_NOOP, Text, policy_label, text

if TYPE_CHECKING:
    from inspector.domain.policy import Policy   # the policy reads this module


@dataclass(frozen=True)
class PhotoRule:
    """Exactly one of these is set per rule."""
    grades: frozenset[str] = frozenset()
    deduction: bool = False
    findings: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PhotoPolicy:
    max_long_side: int = 1600
    jpeg_quality: int = 85
    max_file_bytes: int = 25_000_000
    required: tuple[PhotoRule, ...] = field(default=())


def photo_needed(photos: PhotoPolicy, grade: str | None, findings: Iterable[str], flags: Iterable[str],
                 deduction_total: Decimal | None) -> str | None:
    """The code of the first rule that asks for a photo, or None when none does."""
    if not photos.required:
        return None
    found, flagged = frozenset(findings), frozenset(flags)
    for rule in photos.required:
        if grade is not None and grade in rule.grades:
            return f"grade:{grade}"
        if rule.deduction and deduction_total is not None and deduction_total > 0:
            return "deduction"
        hit = sorted(rule.findings & found)
        if hit:
            return f"finding:{hit[0]}"
        hit = sorted(rule.flags & flagged)
        if hit:
            return f"flag:{hit[0]}"
    return None


def photo_needed_text(code: str, finding_label: str | None = None) -> Text:
    """The sentence for a rule's code, with what to do; a finding is named by its policy label when given. Each is
    one whole template, so a translator sees whole sentences."""
    kind, _, value = code.partition(":")
    if kind == "grade":
        return text(QT_TRANSLATE_NOOP("bench", "A photo is needed before completing: grade {grade}. "
                                               "Press F9, or drop a picture on the window."), grade=value)
    if kind == "finding":
        return text(QT_TRANSLATE_NOOP("bench", "A photo is needed before completing: {finding}. "
                                               "Press F9, or drop a picture on the window."),
                    finding=policy_label(finding_label or value))
    if kind == "flag":
        from inspector.domain.code_words import FLAG_TEXTS   # code_words reads the policy, which reads this
        return text(QT_TRANSLATE_NOOP("bench", "A photo is needed before completing: {flag}. "
                                               "Press F9, or drop a picture on the window."),
                    flag=Text(FLAG_TEXTS.get(value, value), context="flags"))
    return text(QT_TRANSLATE_NOOP("bench", "A photo is needed before completing: a deduction is kept back. "
                                           "Press F9, or drop a picture on the window."))


def photo_needed_sentence(code: str, policy: Policy) -> Text:
    """The sentence for the rule an item meets (`code`, as stored with its assessment), a finding named by the
    policy's label."""
    kind, _, value = code.partition(":")
    label = next((d.label for d in policy.damage_types if d.code == value), None) if kind == "finding" else None
    return photo_needed_text(code, label)


# -- the policy file's `photos` block, checked strictly -------------------------------------------------------------

class PhotoPolicyError(ValueError):
    pass


_LIMITS = {"max_long_side": (64, 20_000), "jpeg_quality": (1, 100), "max_file_bytes": (1, 25_000_000)}
_RULE_KEYS = ("when_grades", "when_deduction", "when_findings_any", "when_flags_any")


def _codes(raw: Any, where: str, known: frozenset[str] | None, upper: bool = False) -> frozenset[str]:
    if not isinstance(raw, list) or not raw or not all(isinstance(c, str) and c for c in raw):
        raise PhotoPolicyError(f"{where}: must be a non-empty list of codes")
    codes = frozenset(c.upper() if upper else c for c in raw)
    unknown = sorted(codes - known) if known is not None else []
    if unknown:
        raise PhotoPolicyError(f"{where}: unknown code {unknown[0]!r}")
    return codes


def _rule(raw: Any, where: str, grades: frozenset[str], damage_types: frozenset[str],
          flags: frozenset[str]) -> PhotoRule:
    if not isinstance(raw, dict) or len(raw) != 1 or next(iter(raw)) not in _RULE_KEYS:
        raise PhotoPolicyError(f"{where}: must be one of {{{', '.join(_RULE_KEYS)}}} with its value")
    key, value = next(iter(raw.items()))
    if key == "when_deduction":
        if value is not True:
            raise PhotoPolicyError(f"{where}.when_deduction: must be true")
        return PhotoRule(deduction=True)
    if key == "when_grades":
        return PhotoRule(grades=_codes(value, f"{where}.{key}", grades, upper=True))
    if key == "when_findings_any":
        return PhotoRule(findings=_codes(value, f"{where}.{key}", damage_types))
    return PhotoRule(flags=_codes(value, f"{where}.{key}", flags))


def photos_from(raw: Any, grades: Iterable[str], damage_types: Iterable[str], flags: Iterable[str]) -> PhotoPolicy:
    """The `photos` block; absent means the defaults and no photo needed."""
    if raw is None:
        return PhotoPolicy()
    if not isinstance(raw, dict):
        raise PhotoPolicyError("photos: must be an object")
    unknown = set(raw) - {*_LIMITS, "required"}
    if unknown:
        raise PhotoPolicyError(f"photos: unknown field {sorted(unknown)[0]!r}")
    for key, (low, high) in _LIMITS.items():
        value = raw.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high):
            raise PhotoPolicyError(f"photos.{key}: must be a whole number from {low} to {high}")
    required = raw.get("required", [])
    if not isinstance(required, list):
        raise PhotoPolicyError("photos.required: must be a list of rules")
    known = frozenset(grades), frozenset(damage_types), frozenset(flags)
    rules = tuple(_rule(r, f"photos.required[{i}]", *known) for i, r in enumerate(required))
    return PhotoPolicy(**{k: raw[k] for k in _LIMITS if k in raw}, required=rules)
