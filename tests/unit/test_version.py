"""`inspector --version` says the version the packages are built with (pyproject.toml's)."""
import subprocess
import sys
import tomllib
from pathlib import Path

import inspector

ROOT = Path(__file__).resolve().parents[2]


def test_package_version_matches_pyproject():
    with open(ROOT / "pyproject.toml", "rb") as f:
        assert inspector.__version__ == tomllib.load(f)["project"]["version"]


def test_version_option_prints_it_without_opening_a_window():
    out = subprocess.run([sys.executable, "-m", "inspector", "--version"], capture_output=True, text=True,
                         timeout=60, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"inspector {inspector.__version__}"
