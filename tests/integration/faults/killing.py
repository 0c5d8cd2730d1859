"""Killing a sync process at the worst moment: when the fault proxy holds the exchange a test waits for."""
from __future__ import annotations

import signal
import subprocess

from tests.integration.faults.proxy import FaultProxy


def kill_when_held(child: subprocess.Popen, proxy: FaultProxy, never_came: str, timeout: float = 60) -> None:
    """SIGKILLs `child` once `proxy` holds the exchange (`never_came` is the failure's message when it does not
    come), then lets the proxy go on. The child is reaped whatever happens."""
    try:
        assert proxy.held.wait(timeout), never_came
        child.send_signal(signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(10)
        proxy.release()
