"""The Debian packages' sources agree with the rest of the checkout: the bench package depends on every Qt runtime
library the Makefile installs, the wheel carries every file of resources/, and the desktop entry is valid and starts
the command the wheel installs. (`make deb-check` installs the built packages and runs them.)"""
from __future__ import annotations

import glob
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_DIR = ROOT / "resources" / "desktop"


def makefile_list(name: str) -> set[str]:
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    found = re.search(rf"^{name}\s*:=(.*)$", text, re.MULTILINE)
    assert found, f"no {name} in the Makefile"
    return set(found.group(1).split())


def control_stanza(package: str) -> dict[str, str]:
    """debian/control's stanza of `package`, continuation lines joined, comments left out."""
    text = (ROOT / "debian" / "control").read_text(encoding="utf-8")
    for stanza in text.split("\n\n"):
        fields: dict[str, str] = {}
        key = None
        for line in stanza.splitlines():
            if line.startswith("#"):
                continue
            if line[:1] in (" ", "\t") and key:
                fields[key] += " " + line.strip()
            elif ":" in line:
                key, value = line.split(":", 1)
                fields[key] = value.strip()
        if fields.get("Package") == package:
            return fields
    raise AssertionError(f"no package {package} in debian/control")


def depends(package: str) -> set[str]:
    return {re.split(r"[ (]", item.strip())[0] for item in control_stanza(package)["Depends"].split(",")}


def pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)


def test_the_bench_package_depends_on_every_qt_runtime_library_of_the_makefile():
    missing = makefile_list("APT_RUNTIME") - depends("inspector-bench")
    assert not missing, f"debian/control's inspector-bench Depends lacks {sorted(missing)} (the Makefile's APT_RUNTIME)"


def test_the_hub_package_needs_no_qt_library():
    assert not makefile_list("APT_RUNTIME") & depends("inspector-hub")
    assert "adduser" in depends("inspector-hub")    # its postinst makes the inspector-hub user


def test_the_wheel_carries_every_resource_file():
    """Each file under resources/ (but the desktop entry, which only the .deb installs) is in pyproject's data-files,
    at the same place under share/return-inspector/resources where inspector/paths.py finds it installed."""
    shipped = set()
    for target, patterns in pyproject()["tool"]["setuptools"]["data-files"].items():
        for pattern in patterns:
            for file in glob.glob(str(ROOT / pattern)):
                path = Path(file).relative_to(ROOT)
                assert Path(target) == Path("share/return-inspector") / path.parent, f"{path} would go to {target}"
                shipped.add(path)
    wanted = {p.relative_to(ROOT) for p in (ROOT / "resources").rglob("*")
              if p.is_file() and DESKTOP_DIR not in p.parents}
    assert wanted - shipped == set(), "resources missing from [tool.setuptools.data-files] in pyproject.toml"


def test_the_desktop_entry_starts_the_installed_command_with_the_shipped_icon():
    entry = (DESKTOP_DIR / "return-inspector.desktop").read_text(encoding="utf-8")
    fields = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert fields["Exec"].split()[0] in pyproject()["project"]["scripts"]
    assert (DESKTOP_DIR / f"{fields['Icon']}.svg").is_file()
    install = (ROOT / "debian" / "inspector-bench.install").read_text(encoding="utf-8")
    assert f"resources/desktop/{fields['Icon']}.svg usr/share/icons/hicolor/scalable/apps" in install
    assert "resources/desktop/return-inspector.desktop usr/share/applications" in install


def test_the_desktop_entry_passes_desktop_file_validate():
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate not installed (make apt-test installs desktop-file-utils)")
    done = subprocess.run([tool, str(DESKTOP_DIR / "return-inspector.desktop")], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_debian_version_is_the_program_version():
    """debian/changelog's top entry names the packages' version; a new release adds an entry there too."""
    top = (ROOT / "debian" / "changelog").read_text(encoding="utf-8").splitlines()[0]
    assert re.match(r"^return-inspector \(([^)-]+)", top).group(1) == pyproject()["project"]["version"], top


MAINTAINER_SCRIPTS = sorted(p for p in (ROOT / "debian").glob("*.*") if p.suffix in (".preinst", ".postinst", ".prerm",
                                                                                      ".postrm"))


@pytest.mark.parametrize("script", MAINTAINER_SCRIPTS, ids=lambda p: p.name)
def test_each_maintainer_script_is_valid_sh_with_the_debhelper_token(script: Path):
    """dash runs them; #DEBHELPER# is where debhelper puts dh-virtualenv's interpreter update and the unit's start."""
    done = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    text = script.read_text(encoding="utf-8")
    assert text.startswith("#!/bin/sh\n") and "\n#DEBHELPER#\n" in text and "set -e" in text


def bench_scripts_for(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The bench's preinst and postinst with the virtualenv and the notes file moved under tmp_path: (venv, preinst,
    postinst). The rest of each script runs as shipped."""
    venv = tmp_path / "venvs" / "inspector-bench"
    scripts = []
    for name in ("inspector-bench.preinst", "inspector-bench.postinst"):
        text = (ROOT / "debian" / name).read_text(encoding="utf-8")
        assert "venv=/opt/venvs/inspector-bench\n" in text and "noted=/run/inspector-bench.upgrade-pids\n" in text
        text = text.replace("venv=/opt/venvs/inspector-bench\n", f"venv={venv}\n")
        text = text.replace("noted=/run/inspector-bench.upgrade-pids\n", f"noted={tmp_path / 'upgrade-pids'}\n")
        scripts.append(tmp_path / name)
        scripts[-1].write_text(text, encoding="utf-8")
    return venv, scripts[0], scripts[1]


def maintainer_script(script: Path, *args: str) -> str:
    """Runs it with sh as dpkg would; it must succeed. Its stderr (where the warnings go)."""
    done = subprocess.run(["sh", str(script), *args], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stderr


def test_an_upgrade_names_the_benches_still_running_without_stopping_them(tmp_path: Path):
    venv, preinst, postinst = bench_scripts_for(tmp_path)
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").symlink_to(sys.executable)
    bench = subprocess.Popen([str(venv / "bin" / "python"), "-c", "import time; time.sleep(60)"])
    try:
        warning = maintainer_script(preinst, "upgrade", "0.2.0", "0.2.1")
        assert f"process {bench.pid} of user " in warning and "close them and start them again" in warning
        assert maintainer_script(preinst, "install") == ""          # a first install has nothing running of its own
        reminder = maintainer_script(postinst, "configure", "0.2.0")
        assert f" {bench.pid} still run the previous version" in reminder
        assert bench.poll() is None, "a maintainer script stopped the bench"
    finally:
        bench.kill()
        bench.wait()
    assert maintainer_script(preinst, "upgrade", "0.2.0", "0.2.1") == ""
    assert maintainer_script(postinst, "configure", "0.2.0") == ""
