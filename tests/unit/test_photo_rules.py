"""Policy `photos`: absent, no photo ever needed; present, strict; the first matching rule names the reason."""
from __future__ import annotations

import copy
import json
from decimal import Decimal

import pytest

from inspector.domain.photo_rules import (PhotoPolicy, PhotoRule, photo_needed, photo_needed_sentence,
                                          photo_needed_text)
from inspector.domain.policy import PolicyError, policy_from_dict
from inspector.paths import resource

SHIPPED_JSON = json.loads(resource("policy.json").read_text(encoding="utf-8"))
SHIPPED = policy_from_dict(SHIPPED_JSON)


def with_photos(block) -> dict:
    data = copy.deepcopy(SHIPPED_JSON)
    if block is None:
        del data["photos"]
    else:
        data["photos"] = block
    return data


def test_the_shipped_policy_asks_photos_of_damage_claims():
    photos = SHIPPED.photos
    assert (photos.max_long_side, photos.jpeg_quality, photos.max_file_bytes) == (1600, 85, 25_000_000)
    assert photos.required == (PhotoRule(grades=frozenset({"D", "E"})), PhotoRule(deduction=True),
                               PhotoRule(findings=frozenset({"transit_damage"})),
                               PhotoRule(flags=frozenset({"wrong_item"})))


def test_a_policy_without_photos_never_needs_one():
    policy = policy_from_dict(with_photos(None))
    assert policy.photos == PhotoPolicy()
    assert photo_needed(policy.photos, "E", ["transit_damage"], ["wrong_item"], Decimal("10")) is None


@pytest.mark.parametrize(("grade", "findings", "flags", "deduction", "code"), [
    ("A", [], [], None, None),
    ("C", ["scratches"], [], Decimal("0.00"), None),
    ("D", [], [], None, "grade:D"),
    ("E", ["transit_damage"], ["wrong_item"], Decimal("5"), "grade:E"),        # the first rule that matches
    ("B", ["scratches"], [], Decimal("4.50"), "deduction"),
    ("B", ["transit_damage", "scratches"], [], None, "finding:transit_damage"),
    (None, [], ["wrong_item", "outside_window"], None, "flag:wrong_item"),
    (None, [], ["outside_window"], None, None),
])
def test_photo_needed_names_the_first_rule_that_asks(grade, findings, flags, deduction, code):
    assert photo_needed(SHIPPED.photos, grade, findings, flags, deduction) == code


def test_each_reason_reads_as_a_sentence_with_what_to_do():
    press = "Press F9, or drop a picture on the window."
    assert str(photo_needed_text("grade:D")) == f"A photo is needed before completing: grade D. {press}"
    assert str(photo_needed_text("deduction")) == f"A photo is needed before completing: a deduction is kept back. " \
                                                  f"{press}"
    assert str(photo_needed_text("finding:transit_damage", "Damaged in transit")) == \
        f"A photo is needed before completing: Damaged in transit. {press}"
    assert str(photo_needed_text("flag:wrong_item")) == \
        f"A photo is needed before completing: Wrong item: not on this return. {press}"


def test_reasons_translate_in_their_contexts():
    seen = []

    def translate(context, template):
        seen.append((context, template))
        return template.upper() if context != "bench" else template

    text = photo_needed_text("flag:wrong_item").translated(translate)
    assert "WRONG ITEM: NOT ON THIS RETURN" in text
    assert ("bench", "A photo is needed before completing: {flag}. Press F9, or drop a picture on the window.") in seen
    assert "DAMAGED" in photo_needed_text("finding:transit_damage", "Damaged").translated(translate)


@pytest.mark.parametrize("code", ["grade:D", "deduction", "finding:transit_damage", "flag:wrong_item"])
def test_each_reason_is_one_whole_sentence_for_the_translator(code):
    seen = []

    def translate(context, template):
        seen.append((context, template))
        return template

    photo_needed_text(code, "Damaged in transit").translated(translate)
    sentences = [template for context, template in seen if context == "bench"]
    assert len(sentences) == 1
    assert sentences[0].startswith("A photo is needed before completing: ")
    assert sentences[0].endswith(". Press F9, or drop a picture on the window.")


def test_the_sentence_for_a_stored_code_names_a_finding_by_the_policys_label():
    assert str(photo_needed_sentence("finding:transit_damage", SHIPPED)) == \
        "A photo is needed before completing: Damaged in transit. Press F9, or drop a picture on the window."
    assert str(photo_needed_sentence("finding:gone_from_policy", SHIPPED)).startswith(
        "A photo is needed before completing: gone_from_policy.")
    assert str(photo_needed_sentence("grade:E", SHIPPED)) == str(photo_needed_text("grade:E"))


@pytest.mark.parametrize(("block", "message"), [
    ([], "photos: must be an object"),
    ({"max_long_side": 10}, "photos.max_long_side: must be a whole number"),
    ({"jpeg_quality": 101}, "photos.jpeg_quality"),
    ({"max_file_bytes": True}, "photos.max_file_bytes"),
    ({"colour": "red"}, "photos: unknown field 'colour'"),
    ({"required": {"when_grades": ["D"]}}, "photos.required: must be a list"),
    ({"required": [{"when_grades": ["Z"]}]}, "photos.required[0].when_grades: unknown code 'Z'"),
    ({"required": [{"when_grades": []}]}, "photos.required[0].when_grades: must be a non-empty list"),
    ({"required": [{"when_findings_any": ["hail"]}]}, "unknown code 'hail'"),
    ({"required": [{"when_flags_any": ["lost"]}]}, "unknown code 'lost'"),
    ({"required": [{"when_deduction": 1}]}, "when_deduction: must be true"),
    ({"required": [{"when_grades": ["D"], "when_deduction": True}]}, "photos.required[0]: must be one of"),
    ({"required": [{"when_weather": ["rain"]}]}, "photos.required[0]: must be one of"),
])
def test_a_bad_photos_block_is_refused_naming_the_field(block, message):
    with pytest.raises(PolicyError, match=message.replace("[", r"\[").replace("]", r"\]")):
        policy_from_dict(with_photos(block))


def test_grades_are_read_in_upper_case_and_limits_are_kept():
    policy = policy_from_dict(with_photos({"max_long_side": 4000, "jpeg_quality": 95,
                                           "required": [{"when_grades": ["e"]}]}))
    assert policy.photos == PhotoPolicy(4000, 95, 25_000_000, (PhotoRule(grades=frozenset({"E"})),))
