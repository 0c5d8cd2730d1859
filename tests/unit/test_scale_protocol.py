import pytest

from inspector.scales.ascii_protocol import OVERLOAD, Reading, SettledChanges, parse_line, settled


@pytest.mark.parametrize("line, reading", [
    ("ST,GS,+  1.234 kg", Reading(1234, True, False)),
    ("US,NT,-  0.002kg\r", Reading(-2, False, False)),
    ("ST,GS,+0001.2345kg", Reading(1235, True, False)),        # half up
    ("ST , TR , +  250 g", Reading(250, True, False)),
    ("OL,GS,+  -.--- kg", OVERLOAD),
    ("ST,GS,+  2.50 lb", Reading(1134, True, False)),          # 1133.98 g
    ("ST,GS,+ 10.0 oz", Reading(283, True, False)),            # 283.495 g
    ("S S     100.52 g", Reading(101, True, False)),
    ("S D      0.733 kg", Reading(733, False, False)),
    ("S +", OVERLOAD),
    ("  1.500 kg", Reading(1500, False, False)),
    ("\x02ST,GS,+  0.120 kg\x03", Reading(120, True, False)),
])
def test_the_shapes_a_bench_scale_sends(line, reading):
    assert parse_line(line) == reading


@pytest.mark.parametrize("line", ["", "ST,GS,+  1.2", "GS,+  1.234 kg x", "S I", "ES", "ST,GS,+  1.234 stone",
                                  "hello", "1.234"])
def test_what_is_not_a_weight(line):
    assert parse_line(line) is None


def test_settled_needs_the_stable_flag_or_three_equal_readings():
    moving = [Reading(1198, False, False), Reading(1231, False, False)]
    assert settled(moving) is None
    assert settled([*moving, Reading(1234, True, False)]) == 1234
    assert settled([Reading(500, False, False), Reading(502, False, False), Reading(501, False, False)]) == 501
    assert settled([Reading(500, False, False), Reading(503, False, False), Reading(501, False, False)]) is None
    assert settled([Reading(500, False, False), OVERLOAD, Reading(500, False, False)]) is None
    assert settled([Reading(500, True, False), OVERLOAD]) is None
    assert settled([]) is None


def test_only_settled_changes_are_told_and_an_emptied_pan_starts_afresh():
    changes = SettledChanges()
    stream = [Reading(g, s, False) for g, s in [(900, False), (1234, True), (1234, True), (1235, True),
                                                (1, True), (0, True), (1234, True), (2000, False)]]
    told = [changes.feed(r) for r in stream]
    assert [t for t in told if t is not None] == [1234, 0, 1234]


@pytest.mark.parametrize("typed, grams", [
    ("1234", 1234), ("1 234 g", 1234), ("1.234 g", 1234), ("1,234", 1234), ("1.234 kg", 1234), ("1,5 kg", 1500),
    ("2 lb", 907), ("0.5KG", 500), ("12oz", 340), ("", None), ("kg", None), ("1.2.3 kg", None), ("-5", None),
    ("5 stone", None), ("abc", None),
])
def test_a_typed_weight(typed, grams):
    from inspector.scales.ascii_protocol import typed_grams
    assert typed_grams(typed) == grams
