"""Policy is data: loaded from `resources/policy.json` or a site's own file, validated once, then frozen."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from inspector.domain.flags import Flag
from inspector.domain.outcome_policy import (FraudPolicy, OutcomePolicy, OutcomePolicyError, fraud_from,
                                             outcomes_from, policy_decimal)
from inspector.domain.photo_rules import PhotoPolicy, PhotoPolicyError, photos_from
from inspector.domain.return_numbers import ReturnNumbers, ReturnNumbersError, return_numbers_from
from inspector.domain.site_day import SiteZone, site_zone


class PolicyError(ValueError):
    """A policy file that cannot be used; the message names the field."""


class Fault(StrEnum):
    CUSTOMER = "customer"
    SELLER = "seller"
    CARRIER = "carrier"


class DeductionKind(StrEnum):
    PERCENT = "percent"
    FIXED = "fixed"


@dataclass(frozen=True)
class DeductionRule:
    kind: DeductionKind
    percent: Decimal | None = None
    amounts: tuple[tuple[str, Decimal], ...] = ()  # per currency, for FIXED
    fallback_percent: Decimal | None = None  # FIXED with no amount for the item's currency

    def fixed_amount(self, currency: str) -> Decimal | None:
        return dict(self.amounts).get(currency.upper())


@dataclass(frozen=True)
class DamageType:
    code: str
    label: str
    fault: Fault
    deduction: DeductionRule | None

    @property
    def deductible(self) -> bool:
        # Nothing is kept back when the fault is ours or the carrier's.
        return self.fault is Fault.CUSTOMER and self.deduction is not None


@dataclass(frozen=True)
class Grade:
    code: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class Choice:
    code: str
    label: str


@dataclass(frozen=True)
class Disposition:
    code: str
    label: str
    bin: str


@dataclass(frozen=True)
class DispositionRule:
    disposition: str
    when_grades: frozenset[str] = frozenset()
    when_findings_any: frozenset[str] = frozenset()
    when_flags_any: frozenset[str] = frozenset()

    def applies(self, grade: str | None, findings: frozenset[str], flags: frozenset[str]) -> bool:
        if self.when_grades and grade not in self.when_grades:
            return False
        if self.when_findings_any and not (self.when_findings_any & findings):
            return False
        if self.when_flags_any and not (self.when_flags_any & flags):
            return False
        return bool(self.when_grades or self.when_findings_any or self.when_flags_any)


@dataclass(frozen=True)
class SignInLockout:
    """Wrong PINs in a row on one badge lock it: `failures_to_lock` of them lock it for `first_lock_seconds`, and
    each further one doubles that, up to `longest_lock_seconds` (see `inspector.domain.operators.lock_duration`)."""
    failures_to_lock: int = 5
    first_lock_seconds: int = 30
    longest_lock_seconds: int = 900


@dataclass(frozen=True)
class SitePolicy:
    """How the benches of one site work together (policy `site`; optional, these are the defaults)."""
    review_days: int = 35             # the days of records a supervisor desk keeps and the hub's site feed serves
    four_eyes: bool = True            # a supervisor may not approve or override their own inspection
    offline_sign_in_hours: int = 72   # a bench that has not reached the hub for longer says so at sign-in


@dataclass(frozen=True)
class Policy:
    return_window_days: int
    non_returnable_categories: frozenset[str]
    grades: tuple[Grade, ...]
    packaging_conditions: tuple[Choice, ...]
    damage_types: tuple[DamageType, ...]
    deduction_cap_percent: Decimal
    review_deduction_threshold_percent: Decimal
    dispositions: tuple[Disposition, ...]
    disposition_rules: tuple[DispositionRule, ...]
    default_disposition: str
    version: int = 1
    # The site's day (reports, exports, review ranges): an IANA zone name, or None for the bench computer's zone.
    time_zone: str | None = None
    sign_in_lockout: SignInLockout = field(default_factory=SignInLockout)
    site: SitePolicy = field(default_factory=SitePolicy)
    return_numbers: ReturnNumbers = field(default_factory=ReturnNumbers)
    outcomes: OutcomePolicy = field(default_factory=OutcomePolicy)
    fraud: FraudPolicy = field(default_factory=FraudPolicy)
    photos: PhotoPolicy = field(default_factory=PhotoPolicy)
    _damage_by_code: dict[str, DamageType] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._damage_by_code.update({d.code: d for d in self.damage_types})

    @property
    def grade_codes(self) -> tuple[str, ...]:
        return tuple(g.code for g in self.grades)

    def grade_for_key(self, key: int) -> str | None:
        """Keys 1..n pick grades in scale order (1 = best)."""
        return self.grades[key - 1].code if 1 <= key <= len(self.grades) else None

    def damage_type(self, code: str) -> DamageType:
        try:
            return self._damage_by_code[code]
        except KeyError:
            raise PolicyError(f"unknown damage type {code!r}") from None

    def disposition(self, code: str) -> Disposition:
        for d in self.dispositions:
            if d.code == code:
                return d
        raise PolicyError(f"unknown disposition {code!r}")

    def has_disposition(self, code: str) -> bool:
        return any(d.code == code for d in self.dispositions)

    @property
    def zone(self) -> SiteZone:
        return site_zone(self.time_zone)


def _decimal(raw: Any, where: str) -> Decimal:
    try:
        return policy_decimal(raw, where)
    except OutcomePolicyError as exc:
        raise PolicyError(str(exc)) from None


def _require(data: dict[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise PolicyError(f"{where}: missing {key!r}")
    return data[key]


def _deduction(raw: dict[str, Any] | None, where: str) -> DeductionRule | None:
    if raw is None:
        return None
    try:
        kind = DeductionKind(_require(raw, "kind", where))
    except ValueError:
        raise PolicyError(f"{where}: deduction kind must be 'percent' or 'fixed'") from None
    if kind is DeductionKind.PERCENT:
        return DeductionRule(kind, percent=_decimal(_require(raw, "percent", where), f"{where}.percent"))
    amounts = tuple((cur.upper(), _decimal(v, f"{where}.amounts.{cur}"))
                    for cur, v in _require(raw, "amounts", where).items())
    fallback = raw.get("fallback_percent")
    return DeductionRule(kind, amounts=amounts,
                         fallback_percent=None if fallback is None else _decimal(fallback, f"{where}.fallback_percent"))


LOCKOUT_LIMIT = 86_400     # a day: as many tries, or as many seconds, as a lockout rule may name


def _sign_in_lockout(raw: Any) -> SignInLockout:
    """Optional in a policy file (older files and hubs have none): the defaults then."""
    where = "sign_in_lockout"
    if raw is None:
        return SignInLockout()
    if not isinstance(raw, dict):
        raise PolicyError(f"{where}: must be an object")
    unknown = set(raw) - {"failures_to_lock", "first_lock_seconds", "longest_lock_seconds"}
    if unknown:
        raise PolicyError(f"{where}: unknown field {sorted(unknown)[0]!r}")
    for key, value in raw.items():
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= LOCKOUT_LIMIT:
            raise PolicyError(f"{where}.{key}: must be a whole number from 1 to {LOCKOUT_LIMIT}")
    rule = SignInLockout(**raw)
    if rule.longest_lock_seconds < rule.first_lock_seconds:
        raise PolicyError(f"{where}: longest_lock_seconds is shorter than first_lock_seconds")
    return rule


SITE_LIMITS = {"review_days": (1, 3660), "offline_sign_in_hours": (1, 24 * 366)}


def _site(raw: Any) -> SitePolicy:
    """Optional in a policy file (older files and hubs have none): the defaults then."""
    if raw is None:
        return SitePolicy()
    if not isinstance(raw, dict):
        raise PolicyError("site: must be an object")
    unknown = set(raw) - {"review_days", "four_eyes", "offline_sign_in_hours"}
    if unknown:
        raise PolicyError(f"site: unknown field {sorted(unknown)[0]!r}")
    for key, (low, high) in SITE_LIMITS.items():
        value = raw.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high):
            raise PolicyError(f"site.{key}: must be a whole number from {low} to {high}")
    if "four_eyes" in raw and not isinstance(raw["four_eyes"], bool):
        raise PolicyError("site.four_eyes: must be true or false")
    return SitePolicy(**raw)


def policy_from_dict(data: dict[str, Any]) -> Policy:
    grades = tuple(Grade(g["code"].upper(), g["label"], g.get("description", ""))
                   for g in _require(data, "grades", "policy"))
    if not grades:
        raise PolicyError("policy: the grade scale is empty")
    damage_types = []
    for i, d in enumerate(_require(data, "damage_types", "policy")):
        where = f"damage_types[{i}]"
        try:
            fault = Fault(d.get("fault", "customer"))
        except ValueError:
            raise PolicyError(f"{where}: fault must be customer, seller or carrier") from None
        damage_types.append(DamageType(_require(d, "code", where), _require(d, "label", where), fault,
                                       _deduction(d.get("deduction"), where)))
    dispositions = tuple(Disposition(d["code"], d["label"], d.get("bin", d["code"].upper()))
                         for d in _require(data, "dispositions", "policy"))
    codes = {d.code for d in dispositions}
    rules = []
    for i, r in enumerate(data.get("disposition_rules", [])):
        if r.get("disposition") not in codes:
            raise PolicyError(f"disposition_rules[{i}]: unknown disposition {r.get('disposition')!r}")
        rules.append(DispositionRule(r["disposition"],
                                     frozenset(g.upper() for g in r.get("when_grades", [])),
                                     frozenset(r.get("when_findings_any", [])),
                                     frozenset(r.get("when_flags_any", []))))
    default = data.get("default_disposition", "quarantine")
    if default not in codes:
        raise PolicyError(f"policy: default_disposition {default!r} is not a disposition")
    window = _require(data, "return_window_days", "policy")
    if not isinstance(window, int) or window < 0:
        raise PolicyError("policy: return_window_days must be a whole number of days")
    time_zone = data.get("time_zone")
    if time_zone is not None and not isinstance(time_zone, str):
        raise PolicyError("policy: time_zone must be a time zone name such as \"Europe/Bucharest\", or null")
    if time_zone is not None:
        try:
            site_zone(time_zone)
        except ValueError as exc:
            raise PolicyError(f"policy: time_zone: {exc}") from None
    try:
        return_numbers = return_numbers_from(data.get("return_numbers"))
    except ReturnNumbersError as exc:
        raise PolicyError(str(exc)) from None
    try:
        outcomes = outcomes_from(data.get("outcomes"), tuple(g.code for g in grades))
        fraud = fraud_from(data.get("fraud"), {d.code for d in damage_types})
    except OutcomePolicyError as exc:
        raise PolicyError(str(exc)) from None
    try:
        photos = photos_from(data.get("photos"), (g.code for g in grades), (d.code for d in damage_types),
                             (f.value for f in Flag))
    except PhotoPolicyError as exc:
        raise PolicyError(str(exc)) from None
    return Policy(
        version=int(data.get("version", 1)),
        time_zone=time_zone,
        return_window_days=window,
        non_returnable_categories=frozenset(data.get("non_returnable_categories", [])),
        grades=grades,
        packaging_conditions=tuple(Choice(c["code"], c["label"]) for c in data.get("packaging_conditions", [])),
        damage_types=tuple(damage_types),
        deduction_cap_percent=_decimal(data.get("deduction_cap_percent", "100"), "deduction_cap_percent"),
        review_deduction_threshold_percent=_decimal(data.get("review_deduction_threshold_percent", "100"),
                                                    "review_deduction_threshold_percent"),
        dispositions=dispositions,
        disposition_rules=tuple(rules),
        default_disposition=default,
        sign_in_lockout=_sign_in_lockout(data.get("sign_in_lockout")),
        site=_site(data.get("site")),
        return_numbers=return_numbers,
        outcomes=outcomes,
        fraud=fraud,
        photos=photos,
    )


def load_policy(path: Path) -> Policy:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise PolicyError(f"cannot read policy {path}: {exc}") from exc
    return policy_from_dict(data)
