"""The crews' catalogues: complete, placeholder for placeholder, and in the glossary's words."""
from __future__ import annotations

import csv
import re
import xml.etree.ElementTree as ET

import pytest

from inspector.paths import resource

LANGUAGES = ("ro", "sq", "vi", "zh_CN")
PLACEHOLDER = re.compile(r"\{\w*\}|%n|%L?\d")


def messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(resource("translations", f"inspector_{lang}.ts")).getroot()
    return [(ctx.findtext("name"), m.findtext("source"), m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


def glossary() -> list[dict[str, str]]:
    with open(resource("translations", "glossary.tsv"), encoding="utf-8", newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def forms(cell: str) -> list[str]:
    return [f.strip().lower() for f in cell.split("|") if f.strip()]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_finished_and_counts_match_the_source(lang):
    ours = messages(lang)
    source = {(c, s) for c, s, _ in messages("ro")}
    assert len(ours) == len(source) and {(c, s) for c, s, _ in ours} == source
    unfinished = [s for _, s, t in ours if t.get("type") in ("unfinished", "vanished", "obsolete") or not t.text]
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_in_every_message(lang):
    wrong = [(s, t.text) for _, s, t in messages(lang)
             if sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(t.text or ""))]
    assert wrong == []


def test_no_compiled_catalogue_is_committed():
    """The .qm files are built from the .ts (make setup, or at start): a stale binary in git is the usual cause of
    "my translation doesn't show"."""
    import subprocess
    from pathlib import Path
    root = Path(__file__).resolve().parents[2]
    if not (root / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(["git", "ls-files", "*.qm"], cwd=root, capture_output=True, text=True, check=True)
    assert tracked.stdout.split() == []


def test_the_glossary_has_every_language_and_the_issues_words():
    rows = glossary()
    assert rows and all(all(forms(row[lang]) for lang in LANGUAGES) for row in rows)
    english = " ".join(row["en"] for row in rows)
    for word in ("return", "parcel", "grade", "deduction", "refund", "disposition", "back to stock", "quarantine",
                 "plate", "wrong item", "transit damage"):
        assert word in english, word


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_catalogue_uses_the_glossarys_words(lang):
    misses = []
    for row in glossary():
        english = re.compile(rf"\b(?:{row['en']})\b", re.IGNORECASE)
        accepted = forms(row[lang])
        for _, source, translation in messages(lang):
            # Key names ("Ctrl+Shift+E") and placeholders ("{disposition}") are not words of the trade.
            words = PLACEHOLDER.sub(" ", re.sub(r"\b(?:Ctrl|Shift|Alt)\+\S+", " ", source))
            if english.search(words) and not any(f in (translation.text or "").lower() for f in accepted):
                misses.append((row["en"], source, translation.text))
    assert misses == []
