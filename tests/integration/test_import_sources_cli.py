"""`inspector import-rmas --source ... | --mapping ...` through the real console command on the samples in
docs/samples, into a real SQLite data dir: what lands, to the cent, and what never half-lands from a bad report."""
from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector.storage.database import Database
from inspector.storage.orm import ReturnLineRow
from tests.integration.stored_returns import stored

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"
_SCRIPT = Path(sys.executable).with_name("inspector")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "inspector"]


def import_rmas(data_dir: Path, *args: str) -> tuple[int, dict, str]:
    """The console command with --json: its exit code, its outcome and its stderr."""
    done = subprocess.run([*COMMAND, "--data-dir", str(data_dir), "import-rmas", *args, "--json"],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode, json.loads(done.stdout), done.stderr


def test_the_amazon_sample_imports(tmp_path):
    code, report, _ = import_rmas(tmp_path / "data", str(SAMPLES / "amazon-returns.tsv"), "--source", "amazon")
    assert code == 0 and (report["records_read"], report["added"], report["updated"]) == (4, 3, 0)
    db = stored(tmp_path / "data")
    assert db["DZMb5xQ4RRMA"]["lines"] == [(1, "KB-WL-DE-BLK", 1, Decimal("89.99"), "USD"),
                                           (2, "MS-OPT-GRY", 1, Decimal("29.99"), "USD")]
    assert db["DZMb5xQ4RRMA"]["order"] == "114-3941689-8772232"
    assert db["DZMb5xQ4RRMA"]["reason"] == "Item defective or doesn't work; No longer needed"
    assert db["DZMb5xQ4RRMA"]["tracking"] == ["1ZA52R170376863541"]
    assert db["Ck7Pq2WzRRMA"]["lines"] == [(1, "CBL-USBC-2M", 2, Decimal("50.01"), "USD")]
    assert (db["Hn3Rt8YbRRMA"]["status"], db["Hn3Rt8YbRRMA"]["lines"][0][3]) == ("closed", Decimal("8.33"))


def test_the_same_amazon_report_in_another_row_order_updates_each_line_in_place(tmp_path):
    data_dir = tmp_path / "data"
    assert import_rmas(data_dir, str(SAMPLES / "amazon-returns.tsv"), "--source", "amazon")[0] == 0
    before = stored(data_dir)
    header, *rows = (SAMPLES / "amazon-returns.tsv").read_text(encoding="utf-8").splitlines()
    shuffled = tmp_path / "again.tsv"
    shuffled.write_text("\n".join([header, *reversed(rows)]) + "\n", encoding="utf-8")
    code, report, _ = import_rmas(data_dir, str(shuffled), "--source", "amazon")
    assert code == 0 and (report["added"], report["updated"]) == (0, 3)
    assert stored(data_dir) == before   # same line numbers, same line rows


def test_the_aftership_sample_imports(tmp_path):
    code, report, _ = import_rmas(tmp_path / "data", str(SAMPLES / "aftership-returns.json"),
                                  "--source", "aftership")
    assert code == 0 and (report["records_read"], report["added"]) == (3, 3)
    db = stored(tmp_path / "data")
    assert db["A7K2P9QX"]["order"] == "#10001" and db["A7K2P9QX"]["tracking"] == ["1ZA52R170350551417"]
    assert db["A7K2P9QX"]["lines"] == [(1, "BOOT-CH-42-BRN", 1, Decimal("119.00"), "EUR"),
                                       (2, "INSOLE-GEL-42", 2, Decimal("9.95"), "EUR")]
    assert (db["M3X8R2TD"]["status"], db["Q9W4E7LZ"]["status"]) == ("open", "closed")


def test_the_shopify_sample_imports(tmp_path):
    code, report, _ = import_rmas(tmp_path / "data", str(SAMPLES / "shopify-returns.json"), "--source", "shopify")
    assert code == 0 and (report["records_read"], report["added"]) == (5, 5)
    db = stored(tmp_path / "data")
    assert sorted(db) == ["#1001-R1", "#1002-R1", "#1003-R1", "#1003-R2", "#1004-R1"]
    assert [rma for rma, r in db.items() if r["order"] == "#1003" and r["status"] == "open"] == ["#1003-R1",
                                                                                                   "#1003-R2"]
    assert db["#1002-R1"]["lines"] == [(1, "JKT-RAIN-L-NVY", 1, Decimal("79.90"), "EUR"),
                                       (2, "SCK-WOOL-3P", 2, Decimal("8.99"), "EUR")]
    assert db["#1001-R1"]["tracking"] == ["5276863546"]


def test_the_erp_sample_imports_through_its_mapping(tmp_path):
    code, report, _ = import_rmas(tmp_path / "data", str(SAMPLES / "erp-returns.csv"),
                                  "--mapping", str(SAMPLES / "erp-mapping.csv"))
    assert code == 0 and (report["records_read"], report["added"]) == (4, 3)
    db = stored(tmp_path / "data")
    assert db["R-2026-000123"]["lines"] == [(1, "HP-NC700", 1, Decimal("149.99"), "EUR"),
                                            (2, "HP-CASE", 2, Decimal("19.90"), "EUR")]
    assert db["R-2026-000124"]["lines"][0][1] == "R-2026-000777" and "R-2026-000777" in db


def test_progress_goes_to_stderr_for_the_check_and_the_write(tmp_path):
    code, _, stderr = import_rmas(tmp_path / "data", str(SAMPLES / "amazon-returns.tsv"), "--source", "amazon",
                                  "--progress")
    assert code == 0
    size = (SAMPLES / "amazon-returns.tsv").stat().st_size / 2**20
    assert f"Checking amazon-returns.tsv: 100% ({size:,.1f} of {size:,.1f} MB), 4 records" in stderr
    assert "Writing amazon-returns.tsv: 3 of 3 returns" in stderr
    assert import_rmas(tmp_path / "other", str(SAMPLES / "amazon-returns.tsv"), "--source", "amazon")[2] == ""


# ---------------------------------------------------------------- bad input writes nothing of a bad return
def test_a_cp1252_report_is_refused_with_its_line_and_nothing_is_written(tmp_path):
    text = (SAMPLES / "amazon-returns.tsv").read_text(encoding="utf-8").replace("LED desk lamp", "Lampe qualité")
    path = tmp_path / "eu.tsv"
    path.write_bytes(text.encode("cp1252"))
    data_dir = tmp_path / "data"
    code, report, _ = import_rmas(data_dir, str(path), "--source", "amazon")
    assert code == 2 and report["ok"] is False and report["imported"] == []
    assert "line 5" in report["error"] and "not UTF-8" in report["error"] and "--encoding" in report["error"]
    assert not (data_dir / "bench.sqlite3").exists()

    code, report, _ = import_rmas(data_dir, str(path), "--source", "amazon", "--encoding", "cp1252")
    assert code == 0 and report["added"] == 3
    assert stored(data_dir)["Hn3Rt8YbRRMA"]["lines"][0][1] == "LMP-DSK-LED"
    db = Database.open_sqlite(data_dir / "bench.sqlite3")
    try:
        with db.session() as s:
            assert s.scalar(select(ReturnLineRow.description).where(ReturnLineRow.sku == "LMP-DSK-LED")) == \
                "Lampe qualité with dimmer"
    finally:
        db.dispose()


def test_a_renamed_required_column_is_refused_at_line_1_naming_the_closest_header(tmp_path):
    path = tmp_path / "renamed.tsv"
    path.write_text((SAMPLES / "amazon-returns.tsv").read_text(encoding="utf-8")
                    .replace("Amazon RMA ID", "Amazon RMA Number", 1), encoding="utf-8")
    data_dir = tmp_path / "data"
    code, report, _ = import_rmas(data_dir, str(path), "--source", "amazon")
    assert code == 2 and report["imported"] == []
    assert report["error"] == ("renamed.tsv: line 1: the required column 'Amazon RMA ID' is missing; the closest "
                               "column in the header is 'Amazon RMA Number' (renamed?)")
    assert not (data_dir / "bench.sqlite3").exists()


def test_a_row_cut_short_rejects_only_its_return(tmp_path):
    header, *rows = (SAMPLES / "amazon-returns.tsv").read_text(encoding="utf-8").splitlines()
    rows[1] = "\t".join(rows[1].split("\t")[:17])   # the second item of DZMb5xQ4RRMA, cut after Item Name
    path = tmp_path / "cut.tsv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    data_dir = tmp_path / "data"
    code, report, _ = import_rmas(data_dir, str(path), "--source", "amazon")
    assert code == 1 and report["rejected"] == ["DZMb5xQ4RRMA"]
    assert report["imported"] == ["Ck7Pq2WzRRMA", "Hn3Rt8YbRRMA"]
    assert [(p["line"], p["rma_number"]) for p in report["problems"]][0] == (3, "DZMb5xQ4RRMA")
    assert "cut short" in report["problems"][0]["reason"]
    assert sorted(stored(data_dir)) == ["Ck7Pq2WzRRMA", "Hn3Rt8YbRRMA"]   # not even its good first row


def test_a_row_cut_before_its_rma_number_writes_nothing_of_the_report(tmp_path):
    data_dir = tmp_path / "data"
    assert import_rmas(data_dir, str(SAMPLES / "aftership-returns.json"), "--source", "aftership")[0] == 0
    before = stored(data_dir)
    header, *rows = (SAMPLES / "amazon-returns.tsv").read_text(encoding="utf-8").splitlines()
    rma_at = header.split("\t").index("Amazon RMA ID")
    rows[1] = "\t".join(rows[1].split("\t")[:rma_at])   # the second item of DZMb5xQ4RRMA: which return it is, is cut
    path = tmp_path / "cut.tsv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    code, report, _ = import_rmas(data_dir, str(path), "--source", "amazon")
    assert code == 2 and report["ok"] is False and report["imported"] == []
    assert report["error"].startswith(f"cut.tsv: line 3: has {rma_at} cells but the header has ")
    assert "its RMA number is empty, so which return the row belongs to cannot be told" in report["error"]
    assert stored(data_dir) == before   # nothing of DZMb5xQ4RRMA, nor of the report's other returns


@pytest.mark.parametrize("args, words", [
    (["--source", "amazon", "--mapping", "m.csv"], "not allowed with argument"),
    (["--source", "ebay"], "invalid choice"),
])
def test_the_source_options_exclude_each_other(tmp_path, args, words):
    done = subprocess.run([*COMMAND, "--data-dir", str(tmp_path / "d"), "import-rmas",
                           str(SAMPLES / "amazon-returns.tsv"), *args], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and words in done.stderr
