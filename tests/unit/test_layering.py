"""`inspector/` never imports Qt: the CLI and the hub stand on it without a GUI stack."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import importlib, pkgutil, sys
class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt is not allowed under inspector/: ' + name)
sys.meta_path.insert(0, NoQt())
import inspector
names = [m.name for m in pkgutil.walk_packages(inspector.__path__, 'inspector.')
         if '.migrations' not in m.name and not m.name.endswith('__main__')]
for name in names:
    importlib.import_module(name)
print(len(names))
"""


def test_every_inspector_module_imports_without_qt():
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) > 20
