import pytest
from PySide6.QtCore import Qt
from tests.gui import sample_states

pytestmark = pytest.mark.gui

def test_flow(bench):
    bench.sign_in()
    print(bench.state.phase, bench.state.feedback)
    bench.scan("1Z999AA10123456784")
    print(bench.state.phase, bench.state.feedback)
    bench.scan("]C10104006381333931" + "21SN-AAA1")
    print(bench.state.phase, bench.state.feedback)
    bench.window.grab().save("/tmp/smoke.png")
