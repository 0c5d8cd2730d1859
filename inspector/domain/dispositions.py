"""Where a unit goes next: proposed by the policy's rules, first match wins."""
from __future__ import annotations

from collections.abc import Iterable

from inspector.domain.policy import Policy


def propose_disposition(policy: Policy, grade: str | None, findings: Iterable[str], flags: Iterable[str]) -> str:
    findings_set, flags_set = frozenset(findings), frozenset(str(f) for f in flags)
    for rule in policy.disposition_rules:
        if rule.applies(grade, findings_set, flags_set):
            return rule.disposition
    return policy.default_disposition
