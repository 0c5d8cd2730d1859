"""The policy's `return_numbers`: which sources' shapes and which site shapes name an RMA."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from inspector.domain.policy import PolicyError, load_policy, policy_from_dict

DEFAULT = Path(__file__).resolve().parents[2] / "resources" / "policy.json"


def policy_with(section):
    data = json.loads(DEFAULT.read_text(encoding="utf-8"))
    data["return_numbers"] = section
    return policy_from_dict(data)


def test_the_default_policy_names_no_shape():
    assert load_policy(DEFAULT).return_numbers.shapes == ()


def test_sources_and_site_shapes():
    numbers = policy_with({"sources": ["shopify"], "shapes": [{"name": "erp", "pattern": "R-[0-9]{4}-[0-9]{6}"}]})
    numbers = numbers.return_numbers
    assert [shape.name for shape in numbers.shapes] == ["shopify", "erp"]
    assert numbers.shape_of("#1001-R1").name == "shopify"
    assert numbers.shape_of("R-2026-000123").name == "erp"
    assert numbers.shape_of("R-2026-00012") is None  # a whole match, not a prefix
    assert numbers.shape_of("DZMb5xQ4RRMA") is None


@pytest.mark.parametrize("section, words", [
    ([], "return_numbers: must be an object"),
    ({"source": []}, "unknown field 'source'"),
    ({"sources": ["ebay"]}, "unknown source 'ebay'"),
    ({"shapes": [{"name": "erp"}]}, "shapes[0]: must be an object with a name and a pattern"),
    ({"shapes": [{"name": "erp", "pattern": "R-[0-9"}]}, "shapes[0].pattern: not a regular expression"),
    ({"shapes": [{"name": "erp", "pattern": ".*"}]}, "matches an empty scan"),
    ({"shapes": [{"name": "erp", "pattern": "x" * 201}]}, "1 to 200 characters"),
])
def test_a_bad_section_is_refused_naming_the_field(section, words):
    with pytest.raises(PolicyError) as info:
        policy_with(section)
    assert words in str(info.value)
