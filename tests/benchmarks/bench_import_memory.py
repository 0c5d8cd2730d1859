"""Peak memory (max RSS) of `inspector import-rmas` on a generated 50 MB CSV, a 50 MB JSON file and a 200 MB Amazon
returns report (`--source amazon`, with `--progress`).

Each import runs in a fresh process on a fresh database, so the figure is the whole command's peak: reading,
checking and writing. The floor is a Python process that only starts up (`python -c pass`), so the figure above it is
what the import costs. Run alone with `python -m tests.benchmarks bench_import_memory`; `python -m
tests.benchmarks.bench_import_memory PATH.csv PATH.json [PATH.tsv]` only writes the files (for /usr/bin/time -v by
hand).
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.benchmarks.figures import report

TARGET_BYTES = 50 * 1024 * 1024
LIMIT_MB = 250   # a streamed import keeps one batch of returns and a little per return, not the file
AMAZON_BYTES = 200 * 1024 * 1024
AMAZON_LIMIT_MB = 300

HEADER = ("rma_number,order_number,customer_reason,delivered_on,status,tracking_numbers,line_no,sku,gtin,"
          "description,quantity,unit_price,currency,category,serials")
_GTINS = ("4006381333931", "5901234123457", "9501101530003", "4901234005013")
_REASONS = ("Too small", "Does not fit", "Arrived late", "Căști defecte, nu se aud", "音质不好")


def _returns(n_returns: int):
    from inspector.demo.generated_codes import tracking_number
    for n in range(n_returns):
        lines = []
        for line_no in range(1, 1 + n % 4 + 1):
            quantity = 1 + (n + line_no) % 3
            lines.append({"line_no": line_no, "sku": f"SKU-{n % 9973}-{line_no}", "gtin": _GTINS[(n + line_no) % 4],
                          "description": f"Rochie de vară mărimea {36 + line_no}, albastru", "quantity": quantity,
                          "unit_price": f"{(n * 37 + line_no) % 100000 / 100:.2f}", "currency": "EUR",
                          "category": "clothing", "serials": [f"SN{n:08d}{line_no}{k}" for k in range(quantity)]})
        yield {"rma_number": f"RMA-{1_000_000 + n}", "order_number": f"ORD-{n:08d}",
               "customer_reason": _REASONS[n % len(_REASONS)], "delivered_on": "2026-11-20", "status": "open",
               "tracking_numbers": [tracking_number("ups", n)], "lines": lines}


def write_csv(path: Path, target_bytes: int = TARGET_BYTES) -> int:
    """A CSV of about `target_bytes`, 1-4 lines per return, every field valid. Returns the number of returns."""
    written, n = 0, 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER + "\r\n")
        for ret in _returns(10**8):
            head = (f"{ret['rma_number']},{ret['order_number']},\"{ret['customer_reason']}\",{ret['delivered_on']},"
                    f"{ret['status']},{';'.join(ret['tracking_numbers'])}")
            for ln in ret["lines"]:
                row = (f"{head},{ln['line_no']},{ln['sku']},{ln['gtin']},\"{ln['description']}\",{ln['quantity']},"
                       f"{ln['unit_price']},{ln['currency']},{ln['category']},{';'.join(ln['serials'])}\r\n")
                handle.write(row)
                written += len(row.encode())
            n += 1
            if written >= target_bytes:
                return n
    return n


def write_json(path: Path, target_bytes: int = TARGET_BYTES) -> int:
    written, n = 0, 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"returns": [\n')
        for ret in _returns(10**8):
            text = ("," if n else "") + json.dumps(ret, ensure_ascii=False) + "\n"
            handle.write(text)
            written += len(text.encode())
            n += 1
            if written >= target_bytes:
                break
        handle.write("]}\n")
    return n


# The report's full header, as the sample (written from Amazon's documentation of the report) has it.
AMAZON_COLUMNS = tuple((Path(__file__).resolve().parents[2] / "docs" / "samples" / "amazon-returns.tsv")
                       .read_text(encoding="utf-8").split("\n", 1)[0].split("\t"))
_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_AMAZON_REASONS = ("Item defective or doesn't work", "No longer needed", "Bought by mistake", "Item arrived damaged",
                   "Better price available")


def _amazon_rma(n: int) -> str:
    """Eight letters and digits, then RRMA, as Amazon's ids look; distinct for distinct n (a bijection mod 62**8)."""
    value, chars = (n * 0x9E3779B1 + 0x5BD1E995) % 62**8, []
    for _ in range(8):
        value, digit = divmod(value, 62)
        chars.append(_ALPHANUMERIC[digit])
    return "".join(chars) + "RRMA"


def write_amazon(path: Path, target_bytes: int = AMAZON_BYTES) -> int:
    """A returns report of about `target_bytes`: every column Amazon documents, 1-3 rows (items) per return, each
    with its own reason. Returns the number of returns."""
    from inspector.demo.generated_codes import tracking_number
    written, n = 0, 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(AMAZON_COLUMNS) + "\n")
        while written < target_bytes:
            rma, tracking = _amazon_rma(n), tracking_number("ups", n)
            order = f"{100 + n % 900}-{n:07d}-{n * 7 % 10**7:07d}"
            for k in range(1, 2 + n % 3):
                quantity = 1 + (n + k) % 3
                amount = f"{((n * 37 + k) % 20000 + 100) * quantity / 100:.2f}"
                row = "\t".join((order, "2026-11-18", "2026-11-29", "Approved", rma, "", "AmazonPrePaidLabel",
                                 "6.50", "USD", "UPS", tracking, "Seller", "N", "Y", f"B0{n % 10**8:08d}",
                                 f"SKU-{n % 9973}-{k}", f"Wireless keyboard, German layout, model {k}", str(quantity),
                                 _AMAZON_REASONS[(n + k) % 5], "Y", "C-Returns", "StandardRefund", "", "", amount,
                                 str(quantity), "", "", "", "", "", "")) + "\n"
                handle.write(row)
                written += len(row.encode())
            n += 1
    return n


def _peak_mb(args: list[str], stderr_lines: list[str] | None = None) -> tuple[float, float, int]:
    """Runs `args` in a fresh process; its peak RSS (MB), its wall time (s) and its exit code. Its stderr lines go
    into `stderr_lines` when given."""
    started = time.monotonic()
    # RUSAGE_CHILDREN is the largest of all waited-for children, so each measure gets a fresh middle process.
    probe = ("import resource, subprocess, sys; rc = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)")
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True)
    if stderr_lines is not None:
        stderr_lines.extend(done.stderr.splitlines())
    kb, rc = done.stdout.split()
    return int(kb) / 1024, time.monotonic() - started, int(rc)


def run() -> bool:
    inspector = str(Path(sys.executable).with_name("inspector"))
    ok = True
    floor, _, _ = _peak_mb([sys.executable, "-c", "import inspector.importing"])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for fmt, writer in (("csv", write_csv), ("json", write_json)):
            path = root / f"returns.{fmt}"
            count = writer(path)
            peak, seconds, rc = _peak_mb([inspector, "--data-dir", str(root / f"data-{fmt}"), "import-rmas",
                                          str(path), "--json"])
            print(f"   {fmt}: {path.stat().st_size / 2**20:.0f} MB, {count:,} returns, exit {rc}, {seconds:.0f} s",
                  flush=True)
            ok &= rc == 0
            ok &= report(f"import-rmas {fmt} 50 MB peak RSS", peak, floor, allowed_ratio=float("inf"), unit="MB",
                         absolute_limit=LIMIT_MB)
        ok &= _amazon(inspector, root, floor)
    return ok


def _amazon(inspector: str, root: Path, floor: float) -> bool:
    path = root / "amazon-returns.tsv"
    count = write_amazon(path)
    progress: list[str] = []
    peak, seconds, rc = _peak_mb([inspector, "--data-dir", str(root / "data-amazon"), "import-rmas", str(path),
                                  "--source", "amazon", "--progress", "--json"], progress)
    size = path.stat().st_size / 2**20
    print(f"   amazon: {size:.0f} MB, {count:,} returns, exit {rc}, {seconds:.0f} s "
          f"({size / seconds:.1f} MB/s), {len(progress)} progress lines; last: {progress[-1] if progress else '-'}",
          flush=True)
    path.unlink()
    return (rc == 0 and len(progress) > 2
            and report("import-rmas --source amazon 200 MB peak RSS", peak, floor, allowed_ratio=float("inf"),
                       unit="MB", absolute_limit=AMAZON_LIMIT_MB))


if __name__ == "__main__":
    if len(sys.argv) in (3, 4):
        print(write_csv(Path(sys.argv[1])), write_json(Path(sys.argv[2])),
              *([write_amazon(Path(sys.argv[3]))] if len(sys.argv) == 4 else []))
    else:
        sys.exit(0 if run() else 1)
