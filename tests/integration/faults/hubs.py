"""Real hubs on loopback: uvicorn in a thread (fast to start) or in a subprocess (can be killed and restarted)."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

from inspector.hub.integrations import add_integration
from inspector.hub.server import build_server
from inspector.hub.stations import add_station
from inspector.hub.storage import make_hub_engine, ensure_schema

REPO = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, timeout: float = 20.0, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"hub process exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/v1/health", timeout=1.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"hub at {url} not healthy within {timeout}s")


def issue_tokens(db_url: str, *stations: str) -> dict[str, str]:
    engine = make_hub_engine(db_url)
    try:
        ensure_schema(engine)
        return {name: add_station(engine, name) for name in stations}
    finally:
        engine.dispose()


def issue_integration(db_url: str, name: str) -> str:
    """An integration's token (the shop's ERP): it pushes and cancels returns."""
    engine = make_hub_engine(db_url)
    try:
        ensure_schema(engine)
        return add_integration(engine, name)
    finally:
        engine.dispose()


class ThreadHub:
    """uvicorn serving the hub app in a daemon thread of this process; `photos_dir`: its `--photos DIR`."""

    def __init__(self, db_url: str, port: int | None = None, photos_dir: Path | None = None) -> None:
        self.db_url = db_url
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.photos_dir = photos_dir
        self.server = build_server(db_url, "127.0.0.1", self.port, photos_dir=photos_dir)
        self.thread = threading.Thread(target=self.server.run, name="hub", daemon=True)

    def __enter__(self) -> "ThreadHub":
        self.thread.start()
        wait_healthy(self.url)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.server.config.app.state.engine.dispose()


class ProcessHub:
    """`inspector hub` as a real process: what the restart and scale tests kill and start again. `photos_dir`: its
    `--photos DIR` (kept across restarts, as a real hub's folder is)."""

    def __init__(self, db_url: str, port: int | None = None, photos_dir: Path | None = None) -> None:
        self.db_url = db_url
        self.photos_dir = photos_dir
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.starts = 0

    def start(self, wait: bool = True) -> "ProcessHub":
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        photos = ["--photos", str(self.photos_dir)] if self.photos_dir is not None else []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "inspector.cli.main", "hub", "--db", self.db_url, "--host", "127.0.0.1",
             "--port", str(self.port), "--log-level", "warning", *photos], cwd=REPO, env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.starts += 1
        if wait:
            wait_healthy(self.url, process=self.process)
        return self

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
        if self.process is not None and self.process.stderr is not None:
            self.process.stderr.close()

    def __enter__(self) -> "ProcessHub":
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
