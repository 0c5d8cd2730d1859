"""The words a person reads for the codes of a record, shared by the window (`ui.common.texts`) and the end-of-day
PDF (`inspector.reports`): exception flags (context "flags"), the policy's labels (context "policy"), fraud signals
(context "signals") and outcomes (context "outcomes").

The English texts are marked with `QT_TRANSLATE_NOOP` (`inspector.i18n`'s, so no Qt here) for `pyside6-lupdate`;
each reader translates them its own way: `translate(context, text)` is `QCoreApplication.translate` in the window
and `inspector.languages.translator(lang)` in the PDF. A policy's labels come from its file: the shipped policy's are
listed below so translators see them; a site's own labels show as written.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from inspector.domain.policy import Policy
from inspector.i18n import QT_TRANSLATE_NOOP

FLAGS, POLICY, SIGNALS, OUTCOMES = "flags", "policy", "signals", "outcomes"      # the catalogues' contexts

Translate = Callable[[str, str], str]

FLAG_TEXTS = {
    "unexpected_parcel": QT_TRANSLATE_NOOP("flags", "No return known for this parcel"),
    "wrong_item": QT_TRANSLATE_NOOP("flags", "Wrong item: not on this return"),
    "extra_quantity": QT_TRANSLATE_NOOP("flags", "More units than the return expects"),
    "serial_mismatch": QT_TRANSLATE_NOOP("flags", "Serial is not the one shipped"),
    "outside_window": QT_TRANSLATE_NOOP("flags", "Outside the return window"),
    "non_returnable": QT_TRANSLATE_NOOP("flags", "Category cannot be returned"),
    "over_deduction_threshold": QT_TRANSLATE_NOOP("flags", "Deduction needs supervisor review"),
    "disposition_overridden": QT_TRANSLATE_NOOP("flags", "Disposition changed by hand"),
    "return_not_open": QT_TRANSLATE_NOOP("flags", "Return was cancelled or closed upstream"),
    "serial_missing": QT_TRANSLATE_NOOP("flags", "No serial scanned, the line lists serials"),
    "held_for_review": QT_TRANSLATE_NOOP("flags", "Held for review: fraud signals"),
    "weight_off": QT_TRANSLATE_NOOP("flags", "Parcel weight is off"),
    "empty_box": QT_TRANSLATE_NOOP("flags", "Parcel looks empty"),
    "missing_items": QT_TRANSLATE_NOOP("flags", "Units of the return missing from the parcel"),
}

SIGNAL_TEXTS = {
    "item_swapped": QT_TRANSLATE_NOOP("signals", "Item swapped"),
    "weight_off": QT_TRANSLATE_NOOP("signals", "Weight off"),
    "empty_box": QT_TRANSLATE_NOOP("signals", "Empty box"),
    "missing_items": QT_TRANSLATE_NOOP("signals", "Missing items"),
    "wear_on_unused": QT_TRANSLATE_NOOP("signals", "Worn, but returned as unused"),
    "repeat_returner": QT_TRANSLATE_NOOP("signals", "Repeat returner"),
}

OUTCOME_TEXTS = {
    "refund": QT_TRANSLATE_NOOP("outcomes", "Refund"),
    "exchange": QT_TRANSLATE_NOOP("outcomes", "Exchange"),
    "store_credit": QT_TRANSLATE_NOOP("outcomes", "Store credit"),
    "supervisor": QT_TRANSLATE_NOOP("outcomes", "Supervisor decides"),
    "none": QT_TRANSLATE_NOOP("outcomes", "Nothing"),
}

# The shipped policy's labels (resources/policy.json), so translators see them.
POLICY_LABELS = (
    QT_TRANSLATE_NOOP("policy", "As new"),
    QT_TRANSLATE_NOOP("policy", "Open box / like new"),
    QT_TRANSLATE_NOOP("policy", "Used"),
    QT_TRANSLATE_NOOP("policy", "Damaged / parts"),
    QT_TRANSLATE_NOOP("policy", "Unsellable"),
    QT_TRANSLATE_NOOP("policy", "Intact"),
    QT_TRANSLATE_NOOP("policy", "Dented / scuffed"),
    QT_TRANSLATE_NOOP("policy", "Torn / opened"),
    QT_TRANSLATE_NOOP("policy", "Crushed (carrier)"),
    QT_TRANSLATE_NOOP("policy", "Wet"),
    QT_TRANSLATE_NOOP("policy", "Scratches / scuffs"),
    QT_TRANSLATE_NOOP("policy", "Dents / cracks"),
    QT_TRANSLATE_NOOP("policy", "Stains / odour"),
    QT_TRANSLATE_NOOP("policy", "Missing accessory"),
    QT_TRANSLATE_NOOP("policy", "Original packaging missing"),
    QT_TRANSLATE_NOOP("policy", "Signs of use"),
    QT_TRANSLATE_NOOP("policy", "Hygiene seal broken"),
    QT_TRANSLATE_NOOP("policy", "Defective (does not work)"),
    QT_TRANSLATE_NOOP("policy", "We shipped the wrong item"),
    QT_TRANSLATE_NOOP("policy", "Damaged in transit"),
    QT_TRANSLATE_NOOP("policy", "Back to stock"),
    QT_TRANSLATE_NOOP("policy", "Open box"),
    QT_TRANSLATE_NOOP("policy", "Refurbish"),
    QT_TRANSLATE_NOOP("policy", "Return to vendor"),
    QT_TRANSLATE_NOOP("policy", "Liquidation"),
    QT_TRANSLATE_NOOP("policy", "Recycling"),
    QT_TRANSLATE_NOOP("policy", "Quarantine"),
)


def english(_context: str, text: str) -> str:
    return text


def humanize(code: str) -> str:
    """A code no table words: "return_to_vendor" -> "Return to vendor"."""
    return code.replace("_", " ").capitalize()


def flag_words(code: str, translate: Translate = english) -> str:
    text = FLAG_TEXTS.get(code)
    return translate(FLAGS, text) if text else humanize(code)


def signal_words(code: str, translate: Translate = english) -> str:
    text = SIGNAL_TEXTS.get(code)
    return translate(SIGNALS, text) if text else humanize(code)


def outcome_words(code: str, translate: Translate = english) -> str:
    text = OUTCOME_TEXTS.get(code)
    return translate(OUTCOMES, text) if text else humanize(code)


def policy_words(label: str, translate: Translate = english) -> str:
    return translate(POLICY, label)


@dataclass(frozen=True)
class PolicyLabels:
    """A policy's English labels by code, for what is shown after the policy is gone (the end-of-day PDF): a code
    the policy does not (or no longer) know is shown humanized."""
    dispositions: Mapping[str, str] = field(default_factory=dict)
    packaging_conditions: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, policy: Policy) -> PolicyLabels:
        return cls({d.code: d.label for d in policy.dispositions},
                   {c.code: c.label for c in policy.packaging_conditions})

    def disposition(self, code: str, translate: Translate = english) -> str:
        return _labelled(self.dispositions, code, translate)

    def packaging_condition(self, code: str, translate: Translate = english) -> str:
        return _labelled(self.packaging_conditions, code, translate)


def _labelled(labels: Mapping[str, str], code: str, translate: Translate) -> str:
    label = labels.get(code)
    return policy_words(label, translate) if label else humanize(code)
