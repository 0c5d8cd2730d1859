"""`inspector import-rmas` against files a hostile or careless sender writes, through the real console command.

Whatever the file holds, the command ends with exit code 0, 1 or 2, never a traceback; `--json` prints one JSON
document; a record is imported exactly as written or refused with a reason, never silently altered or lost.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from inspector.cli.main import main
from inspector.storage.database import Database
from inspector.storage.orm import ReturnLineRow, ReturnRow

_SCRIPT = Path(sys.executable).with_name("inspector")
COMMAND = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "inspector"]
HEADER = "rma_number,order_number,line_no,sku,quantity,unit_price,currency"


def import_rmas(data_dir: Path, path: Path, *extra: str) -> tuple[int, dict]:
    """Runs the console command with --json; its exit code and its output, which must be one JSON document."""
    done = subprocess.run([*COMMAND, "--data-dir", str(data_dir), "import-rmas", str(path), "--json", *extra],
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode in (0, 1, 2), done.stderr
    return done.returncode, json.loads(done.stdout)


def import_in_process(data_dir: Path, path: Path) -> tuple[int, dict]:
    """The same command in this process (a process start costs about a second): for the long table of files."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["--data-dir", str(data_dir), "import-rmas", str(path), "--json"])
    assert code in (0, 1, 2)
    return code, json.loads(out.getvalue())


def stored_prices(data_dir: Path) -> dict[str, list[str]]:
    """RMA number -> the unit prices stored for its lines, as the text in the database."""
    db = Database.open_sqlite(data_dir / "bench.sqlite3")
    try:
        with db.session() as s:
            rows = s.execute(select(ReturnRow.rma_number, ReturnLineRow.line_no, ReturnLineRow.unit_price)
                             .join(ReturnLineRow, ReturnLineRow.return_id == ReturnRow.id)
                             .order_by(ReturnRow.rma_number, ReturnLineRow.line_no)).all()
    finally:
        db.dispose()
    out: dict[str, list[str]] = {}
    for rma, _line_no, price in rows:
        out.setdefault(rma, []).append(str(price))
    return out


def problem_for(report: dict, rma: str) -> dict:
    (found,) = [p for p in report["problems"] if p["rma_number"] == rma]
    return found


# ---------------------------------------------------------------- issue 15, 1: very large and odd prices
def test_huge_csv_prices_are_refused_per_row_not_a_traceback(tmp_path):
    prices = {"RMA-100001": "19.99",
              "RMA-100002": "123456789012345678901234567",     # 27 digits: quantize failed with a traceback
              "RMA-100003": "12345678901234567890123456",      # 26 digits: was imported; the hub refuses it
              "RMA-100004": "1234567890123456",                # 16 digits: one past the shared limit
              "RMA-100005": "999999999999999.99",              # 15 digits: the largest allowed
              "RMA-100006": "1E+30", "RMA-100007": "1e-9", "RMA-100008": "NaN", "RMA-100009": "Infinity",
              "RMA-100010": "+5.00", "RMA-100011": '"1,000.00"', "RMA-100012": "1 000", "RMA-100013": " 7.50 ",
              "RMA-100014": "-3.00"}
    path = tmp_path / "prices.csv"
    path.write_text("\n".join([HEADER] + [f"{rma},ORD-1,1,SKU-1,1,{price},EUR" for rma, price in prices.items()]),
                    encoding="utf-8")
    code, report = import_rmas(tmp_path / "data", path)
    assert code == 1
    assert report["imported"] == ["RMA-100001", "RMA-100005", "RMA-100013"]
    reasons = {rma: problem_for(report, rma) for rma in report["rejected"]}
    assert set(reasons) == set(prices) - set(report["imported"])
    assert all(p["field"] == "unit_price" for p in reasons.values())
    for rma in ("RMA-100002", "RMA-100003", "RMA-100004"):
        assert "at most 15 digits before the decimal point" in reasons[rma]["reason"]
    assert reasons["RMA-100002"]["line"] == 3
    assert "exponent" in reasons["RMA-100006"]["reason"] and "exponent" in reasons["RMA-100007"]["reason"]
    assert "not a number" in reasons["RMA-100008"]["reason"]
    assert "not a finite amount" in reasons["RMA-100009"]["reason"]
    assert "'+'" in reasons["RMA-100010"]["reason"]
    assert "thousands separators" in reasons["RMA-100011"]["reason"]
    assert "thousands separators" in reasons["RMA-100012"]["reason"]
    assert "negative" in reasons["RMA-100014"]["reason"]
    assert stored_prices(tmp_path / "data") == {"RMA-100001": ["19.99"], "RMA-100005": ["999999999999999.99"],
                                                "RMA-100013": ["7.50"]}


def test_a_40_digit_json_integer_price_is_refused_per_return(tmp_path):
    def ret(rma: str, price: str) -> str:
        return (f'{{"rma_number": "{rma}", "order_number": "ORD-1", "lines": [{{"line_no": 1, "sku": "S", '
                f'"quantity": 1, "unit_price": {price}, "currency": "EUR"}}]}}')
    path = tmp_path / "prices.json"
    path.write_text('{"returns": [' + ", ".join([ret("RMA-100001", "1" + "0" * 39), ret("RMA-100002", '"12.00"'),
                                                  ret("RMA-100003", "-5"), ret("RMA-100004", "1" * 5000)]) + "]}")
    code, report = import_rmas(tmp_path / "data", path)
    assert code == 1
    assert report["imported"] == ["RMA-100002"]
    assert "at most 15 digits" in problem_for(report, "RMA-100001")["reason"]
    assert problem_for(report, "RMA-100001")["path"] == "returns[0].lines[0]"
    assert "negative" in problem_for(report, "RMA-100003")["reason"]
    assert "at most 15 digits" in problem_for(report, "RMA-100004")["reason"]
    assert stored_prices(tmp_path / "data") == {"RMA-100002": ["12.00"]}


# ---------------------------------------------------------------- issue 15, 4: hostile files
def json_return(rma: str = "RMA-100001", **line: object) -> dict:
    base = {"line_no": 1, "sku": "S1", "quantity": 1, "unit_price": "9.99", "currency": "EUR"}
    base.update(line)
    return {"rma_number": rma, "order_number": "ORD-1", "lines": [base]}


def test_lone_surrogates_in_json_are_refused_per_field_not_a_crash(tmp_path):
    # "\ud800" is valid JSON text but no character: SQLite (and a UTF-8 stdout) cannot take it.
    text = ('{"returns": [{"rma_number": "RMA-100001", "order_number": "ORD-\\ud800", "lines": [{"line_no": 1, '
            '"sku": "S1", "quantity": 1, "unit_price": "1.00", "currency": "EUR", "serials": ["A\\udfff"]}]}, '
            '{"rma_number": "RMA-100002", "order_number": "ORD-2", "\\ud800": 1, "lines": [{"line_no": 1, '
            '"sku": "S1", "quantity": 1, "unit_price": "1.00", "currency": "EUR"}]}, '
            '{"rma_number": "RMA-100003", "order_number": "\\ud83d\\ude00 ok", "lines": [{"line_no": 1, '
            '"sku": "S1", "quantity": 1, "unit_price": "1.00", "currency": "EUR"}]}]}')
    path = tmp_path / "surrogates.json"
    path.write_text(text, encoding="utf-8")
    code, report = import_rmas(tmp_path / "data", path)
    assert code == 1
    assert report["imported"] == ["RMA-100003"]            # a proper pair (an emoji) is a character like any other
    assert report["rejected"] == ["RMA-100001", "RMA-100002"]
    fields = {(p["rma_number"], p["field"]) for p in report["problems"]}
    assert {("RMA-100001", "order_number"), ("RMA-100001", "serials"), ("RMA-100002", "\\ud800")} <= fields
    assert all("surrogate" in p["reason"] for p in report["problems"] if p["rma_number"] == "RMA-100001")


def test_a_serial_holding_the_list_separator_is_refused(tmp_path):
    # ["A;B"] from JSON would come back as two serials from any CSV (export, re-import): silently altered.
    path = tmp_path / "serials.json"
    path.write_text(json.dumps({"returns": [json_return(serials=["A;B"]), json_return("RMA-100002", quantity=2,
                                                                                    serials=["A", "B"])]}))
    code, report = import_in_process(tmp_path / "data", path)
    assert code == 1 and report["imported"] == ["RMA-100002"]
    assert "';'" in problem_for(report, "RMA-100001")["reason"]


HOSTILE = [
    ("utf16-bom.csv", (HEADER + "\nRMA-100001,O,1,S,1,1.00,EUR\n").encode("utf-16"), 2, [], "UTF-16"),
    ("utf16.csv", (HEADER + "\nRMA-100001,O,1,S,1,1.00,EUR\n").encode("utf-16-le"), 2, [], "UTF-16"),
    ("utf16-bom.json", json.dumps({"returns": [json_return()]}).encode("utf-16"), 2, [], "UTF-16"),
    ("latin1.csv", (HEADER + "\nRMA-100001,Café,1,S,1,1.00,EUR\n").encode("latin-1"), 2, [], "line 2: the file is "
                                                                                             "not UTF-8"),
    ("bom.csv", ("\ufeff" + HEADER + "\r\nRMA-100001,O,1,S,1,1.00,EUR\r\n").encode(), 0, ["RMA-100001"], ""),
    ("cr.csv", (HEADER + "\rRMA-100001,O,1,S,1,1.00,EUR\rRMA-100002,O,1,S,1,1.00,EUR\r").encode(), 0,
     ["RMA-100001", "RMA-100002"], ""),
    ("nul.csv", (HEADER + "\nRMA-100001,O\x00,1,S,1,1.00,EUR\n").encode(), 1, [], "control character"),
    ("truncated.csv", (HEADER + '\nRMA-100001,O,1,S,1,1.00,EUR\nRMA-100002,"O').encode(), 2, [], "end of data"),
    ("empty.csv", b"", 2, [], "empty"),
    ("header-only.csv", (HEADER + "\n").encode(), 0, [], ""),
    ("twice.csv", (HEADER + ",sku\n").encode(), 2, [], "more than once"),
    ("sep.csv", ("sep=,\r\n" + HEADER + "\r\nRMA-100001,O,1,S,1,1.00,EUR\r\n").encode(), 0, ["RMA-100001"], ""),
    ("sep-semicolon.csv", ("sep=;\n" + HEADER.replace(",", ";") + "\n").encode(), 2, [], "separated by ';'"),
    ("array.json", json.dumps([json_return()]).encode(), 2, [], "bare list"),
    ("ndjson.json", (json.dumps(json_return()) + "\n" + json.dumps(json_return("RMA-100002")) + "\n").encode(), 2,
     [], "one per line"),
    ("nested.json", b'{"returns": [' + b"[" * 50_000 + b"]" * 50_000 + b"]}", 2, [], "nested too deeply"),
    ("long.csv", (HEADER + "\nRMA-" + "1" * 10_000 + ",O,1,S,1,1.00,EUR\n").encode(), 1, [], "at most 64 allowed"),
    ("rtl.csv", (HEADER + ",description\nRMA-100001,O,1,S,1,1.00,EUR,فستان صيفي\n").encode(), 0, ["RMA-100001"],
     ""),
    ("bidi.csv", (HEADER + "\nRMA-100001,O,1,SN\u202e321,1,1.00,EUR\n").encode(), 1, [], "direction"),
    ("line-separator.csv", (HEADER + ",description\nRMA-100001,O,1,S,1,1.00,EUR,a\u2028b\n").encode(), 1, [],
     "line break"),
    ("quantities.csv", (HEADER + f"\nRMA-100001,O,1,S,{10**30},1.00,EUR\nRMA-100002,O,1,S,-1,1.00,EUR\n"
                        f"RMA-100003,O,1,S,{'9' * 5000},1.00,EUR\n").encode(), 1, [], "implausibly large"),
    ("quantities.json", ('{"returns": [' + json.dumps(json_return(quantity=10**30)) + ", "
                         + json.dumps(json_return("RMA-100002", quantity=-1)) + ", "
                         + json.dumps(json_return("RMA-100003")).replace('"quantity": 1', '"quantity": ' + "9" * 5000)
                         + "]}").encode(), 1, [], "implausibly large"),
    ("dates.csv", (HEADER + ",delivered_on\nRMA-100001,O,1,S,1,1.00,EUR,0000-00-00\n"
                   "RMA-100002,O,1,S,1,1.00,EUR,2026-02-30\n").encode(), 1, [], "not a real calendar date"),
]


@pytest.mark.parametrize("name, data, code, imported, words", HOSTILE, ids=[case[0] for case in HOSTILE])
def test_hostile_files_end_in_a_clear_outcome(tmp_path, name, data, code, imported, words):
    path = tmp_path / name
    path.write_bytes(data)
    got, report = import_in_process(tmp_path / "data", path)
    assert (got, report["imported"]) == (code, imported)
    said = report.get("error") or " ".join(p["message"] for p in report["problems"])
    assert words in said
    assert len(said) < 2000   # a 10,000-character value is not echoed back whole


def test_the_outcome_is_printed_even_where_the_output_cannot_show_every_character(tmp_path):
    # A Windows pipe or console in a code page: the import was done; a traceback while telling it must not follow.
    path = tmp_path / "cjk.csv"
    path.write_text(HEADER + ",status\nRMA-100001,O,1,S,1,1.00,EUR,无线蓝牙耳机\nRMA-100002,O,1,S,1,1.00,EUR,open\n",
                    encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    for extra in ((), ("--json",)):
        done = subprocess.run([*COMMAND, "--data-dir", str(tmp_path / "data"), "import-rmas", str(path), *extra],
                              capture_output=True, env=env, timeout=60)
        assert done.returncode == 1 and b"Traceback" not in done.stderr, done.stderr
        out = done.stdout.decode("cp1252")
        if extra:
            report = json.loads(out)
            assert report["imported"] == ["RMA-100002"] and "无线蓝牙耳机" in report["problems"][0]["reason"]
        else:
            assert "not open, closed or cancelled" in out
