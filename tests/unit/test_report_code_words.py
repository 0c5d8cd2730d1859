"""The words of a record's codes, shared by the window and the end-of-day PDF (`inspector.domain.code_words`), and
how the PDF fits them into narrow columns and chart names."""
from __future__ import annotations

import datetime as dt

from inspector.domain.code_words import FLAG_TEXTS, POLICY_LABELS, PolicyLabels, flag_words, humanize, policy_words
from inspector.domain.policy import load_policy
from inspector.languages import translator
from inspector.paths import resource
from inspector.reports.figures import DayFigures, gather, shipped_labels


def test_flags_read_as_the_windows_sentences_in_english_and_in_the_language():
    assert flag_words("disposition_overridden") == "Disposition changed by hand"
    albanian = flag_words("disposition_overridden", translator("sq"))
    assert albanian == translator("sq")("flags", "Disposition changed by hand") != "Disposition changed by hand"
    assert flag_words("some_new_flag") == "Some new flag" == humanize("some_new_flag")


def test_the_policys_labels_by_code_translated_and_a_sites_own_label_as_written():
    policy = load_policy(resource("policy.json"))
    labels = PolicyLabels.of(policy)
    assert labels.disposition("return_to_vendor") == "Return to vendor"
    assert labels.packaging_condition("crushed") == "Crushed (carrier)"
    assert labels.disposition("return_to_vendor", translator("zh_CN")) == translator("zh_CN")("policy",
                                                                                            "Return to vendor")
    assert labels.disposition("gone_code") == "Gone code"      # a code the policy no longer knows
    site = PolicyLabels({"donate": "Give to charity"})
    assert site.disposition("donate", translator("sq")) == "Give to charity"
    # The shipped policy's every label is marked for the translators.
    shipped = {d.label for d in policy.dispositions} | {c.label for c in policy.packaging_conditions}
    assert shipped <= set(POLICY_LABELS)
    assert shipped_labels() == labels


def test_the_window_says_a_code_in_the_same_words_as_the_report():
    from ui.common import texts
    for code in (*FLAG_TEXTS, "a_code_nobody_words"):
        assert texts.flag_text(code) == flag_words(code)
    for label in POLICY_LABELS:
        assert texts.policy_label(label) == policy_words(label) == label


def test_figures_carry_the_labels_they_were_gathered_with():
    day = dt.date(2026, 11, 20)
    site = PolicyLabels({"donate": "Give to charity"})
    assert gather([], day, day, labels=site).labels is site
    assert DayFigures(day, day).labels is None      # the PDF then shows the shipped policy's


def test_a_long_sentence_is_broken_into_lines_that_fit_and_a_chart_name_cut_short():
    from inspector.labels.fonts import family, width
    from inspector.reports.fitting import RunLines, lines
    fonts = family(False)
    sentence = translator("sq")("flags", "Return was cancelled or closed upstream")
    room = 80.0
    broken = lines(sentence, fonts, 6.3, room)
    assert len(broken) > 1 and " ".join(broken) == sentence
    assert all(width(line, fonts, 6.3) <= room for line in broken)
    two = lines(sentence, fonts, 6.3, 40.0, most=2)
    assert len(two) == 2 and two[-1].endswith("…")
    assert all(width(line, fonts, 6.3) <= 40.0 for line in two)
    chinese = translator("zh_CN")("flags", "Return was cancelled or closed upstream")   # no spaces: by characters
    broken = lines(chinese, fonts, 6.3, 40.0)
    assert len(broken) > 1 and "".join(broken) == chinese
    assert all(width(line, fonts, 6.3) <= 40.0 for line in broken)
    cell = RunLines(broken, fonts, 6.3, 6.3 * 1.2)
    assert cell.wrap(100, 100) == (max(width(line, fonts, 6.3) for line in broken), 6.3 * 1.2 * len(broken))


def test_a_cell_is_a_plain_string_when_the_latin_font_draws_it():
    from inspector.reports.table_look import Fonts as _Fonts
    from inspector.reports.fitting import RunLines
    fonts = _Fonts()
    assert fonts.wrapped(["Open box", "Wet"], 40 * 72 / 25.4, 6.3) == "Open box\nWet"
    assert isinstance(fonts.wrapped([translator("zh_CN")("policy", "Open box")], 40 * 72 / 25.4, 6.3), RunLines)
