"""A webhook receiver on loopback, as a shop's system would run one: it checks each post's Standard Webhooks
signature, de-duplicates by `webhook-id`, keeps the events in the order it first received them and counts the
duplicates. It can go down (nothing listens on its port, open connections are cut) and come back on the same port.
"""
from __future__ import annotations

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from inspector.hub.webhooks import verify
from tests.integration.faults.hubs import free_port


class Receiver:
    def __init__(self, secret: str = "", port: int | None = None) -> None:
        self.secret = secret
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}/hooks/returns"
        self.events: list[dict[str, Any]] = []       # first receipt of each webhook-id, in order
        self.timestamps: list[str] = []              # the webhook-timestamp each of those was signed with
        self.seen: set[str] = set()
        self.duplicates = 0
        self.bad_signatures = 0
        self.posts = 0
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()

    # -- up and down -----------------------------------------------------------------------------------------------
    def start(self) -> "Receiver":
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"     # keep-alive, as the fault proxy expects

            def setup(self) -> None:
                super().setup()
                with receiver._lock:
                    receiver._connections.add(self.connection)

            def finish(self) -> None:
                with receiver._lock:
                    receiver._connections.discard(self.connection)
                super().finish()

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                self._answer(receiver.take({k.lower(): v for k, v in self.headers.items()}, body))

            def _answer(self, status: int) -> None:
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *_args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            allow_reuse_address = True
            daemon_threads = True

        self._server = Server(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhook-receiver", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Goes down: stops listening and cuts the connections that are open."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        with self._lock:
            open_now = list(self._connections)
        for connection in open_now:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        assert self._thread is not None
        self._thread.join(5)
        self._server = None

    def __enter__(self) -> "Receiver":
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- what it received ------------------------------------------------------------------------------------------
    def take(self, headers: dict[str, str], body: bytes) -> int:
        with self._lock:
            self.posts += 1
            if not verify(self.secret, headers, body):
                self.bad_signatures += 1
                return 401
            event_id = headers["webhook-id"]
            if event_id in self.seen:
                self.duplicates += 1
                return 200
            self.seen.add(event_id)
            event = json.loads(body)
            assert event["id"] == event_id
            self.events.append(event)
            self.timestamps.append(headers["webhook-timestamp"])
            return 204
