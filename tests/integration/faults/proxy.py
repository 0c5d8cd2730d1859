"""A fault-injecting HTTP proxy on loopback, between a bench and a hub.

It understands just enough HTTP/1.1 (request and response heads, Content-Length bodies, keep-alive) to act on whole
requests. For each request `plan(n, method, path)` picks a fault:

    PASS           forward, answer
    DROP_BEFORE    read the request, close the connection: the hub never sees it (nothing committed)
    DROP_AFTER     forward, let the hub commit and answer, then close instead of answering
    ERROR_500      answer 500 without forwarding
    STALL_BEFORE   hold the request past the client's timeout, never forward
    STALL_AFTER    forward (the hub commits), hold the answer past the client's timeout, then close
    KILL_HUB       forward, then call `on_kill` at once (the test kills the hub mid-request), then close
    HOLD_AFTER     forward, let the hub answer, signal `held`, and keep the client waiting until released
                   (the test kills the bench process while it waits for its acknowledgement)

Faults inside a request's body (for photo uploads, `PUT /v1/photos/{sha256}`; pick them in `plan` by method and
path). Each forwards the head and the first `mid_body_fraction` of the body (half by default), so the hub holds part
of the chunk, then:

    CUT_MID_BODY       closes both connections: the bench sees a dropped connection, the hub a client gone. The
                       next status shows where to go on; `forwarded_bytes["PUT"]` tells how much was sent again.
    KILL_HUB_MID_BODY  calls `on_kill` (the test's `ProcessHub.kill()`, and `start()` again when it wants the hub
                       back), then closes the bench's connection: a kill -9 while the body streams in.
    HOLD_MID_BODY      signals `held` and keeps both connections open until `release()` or until the bench's side
                       closes (the test kills the `inspector sync --once` child with SIGKILL while it waits, as
                       `test_bench_process_killed_between_send_and_ack` does); then closes the hub's side too, as
                       the kernel would for a bench that died.
    CORRUPT_BODY       forwards the whole request with one byte of its body flipped (the middle one), and the
                       answer as it comes: the hub refuses the photo with 422 once its last byte arrives.

`forwarded_bytes` counts the request body bytes forwarded to the hub, per method.
"""
from __future__ import annotations

import asyncio
import enum
import threading
from collections import Counter
from collections.abc import Callable

from tests.integration.faults.hubs import free_port


class Fault(enum.Enum):
    PASS = "pass"
    DROP_BEFORE = "drop_before_commit"
    DROP_AFTER = "drop_after_commit"
    ERROR_500 = "http_500"
    STALL_BEFORE = "timeout_before_commit"
    STALL_AFTER = "timeout_after_commit"
    KILL_HUB = "hub_killed_mid_request"
    HOLD_AFTER = "held_after_commit"
    CUT_MID_BODY = "cut_mid_body"
    KILL_HUB_MID_BODY = "hub_killed_mid_body"
    HOLD_MID_BODY = "held_mid_body"
    CORRUPT_BODY = "body_corrupted"


MID_BODY = (Fault.CUT_MID_BODY, Fault.KILL_HUB_MID_BODY, Fault.HOLD_MID_BODY)


Plan = Callable[[int, str, str], Fault]
_500 = (b"HTTP/1.1 500 Internal Server Error\r\ncontent-type: application/json\r\ncontent-length: 27\r\n"
        b"connection: close\r\n\r\n{\"detail\":\"injected fault\"}")


async def _read_message(reader: asyncio.StreamReader) -> bytes | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, ConnectionError):
        return None
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"transfer-encoding":
            raise RuntimeError("chunked bodies are not supported by the test proxy")
    body = await reader.readexactly(length) if length else b""
    return head + body


class FaultProxy:
    def __init__(self, upstream_port: int, plan: Plan | None = None, stall_seconds: float = 2.0) -> None:
        self.upstream_port = upstream_port
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.plan: Plan = plan or (lambda _n, _m, _p: Fault.PASS)
        self.stall_seconds = stall_seconds
        self.mid_body_fraction = 0.5
        self.forwarded_bytes: Counter[str] = Counter()
        self.on_kill: Callable[[], None] = lambda: None
        self.injected: Counter[str] = Counter()
        self.requests = 0
        self.held = threading.Event()
        self._release: asyncio.Event | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="fault-proxy", daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self._lock = threading.Lock()

    @property
    def faults(self) -> int:
        return sum(self.injected.values())

    def __enter__(self) -> "FaultProxy":
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(5)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)

    def release(self) -> None:
        if self._release is not None:
            self._loop.call_soon_threadsafe(self._release.set)

    async def _start(self) -> None:
        self._release = asyncio.Event()
        self._server = await asyncio.start_server(self._client, "127.0.0.1", self.port)

    async def _stop(self) -> None:
        assert self._server is not None
        self._server.close()
        for task in [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]:
            task.cancel()

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        try:
            while True:
                request = await _read_message(reader)
                if request is None:
                    return
                method, path = request.split(b" ", 2)[:2]
                with self._lock:
                    self.requests += 1
                    fault = self.plan(self.requests, method.decode(), path.decode())
                if fault is not Fault.PASS:
                    self.injected[fault.value] += 1
                if fault is Fault.DROP_BEFORE:
                    return
                if fault is Fault.ERROR_500:
                    writer.write(_500)
                    await writer.drain()
                    return
                if fault is Fault.STALL_BEFORE:
                    await asyncio.sleep(self.stall_seconds)
                    return
                if upstream is None:
                    try:
                        upstream = await asyncio.open_connection("127.0.0.1", self.upstream_port)
                    except OSError:
                        return            # hub down: the bench sees a dropped connection
                head_end = request.index(b"\r\n\r\n") + 4
                body = request[head_end:]
                if fault in MID_BODY:
                    await self._part_of_body(fault, request[:head_end], body, reader, upstream[1])
                    return
                if fault is Fault.CORRUPT_BODY and body:
                    flipped = bytearray(body)
                    flipped[len(body) // 2] ^= 0x01
                    request = request[:head_end] + bytes(flipped)
                upstream[1].write(request)
                await upstream[1].drain()
                self.forwarded_bytes[method.decode()] += len(body)
                if fault is Fault.KILL_HUB:
                    await asyncio.sleep(0.005)   # sometimes it commits first, sometimes not: both must be safe
                    await asyncio.get_running_loop().run_in_executor(None, self.on_kill)
                    return
                response = await _read_message(upstream[0])
                if response is None:
                    return
                if fault in (Fault.DROP_AFTER,):
                    return
                if fault is Fault.STALL_AFTER:
                    await asyncio.sleep(self.stall_seconds)
                    return
                if fault is Fault.HOLD_AFTER:
                    self.held.set()
                    assert self._release is not None
                    await self._release.wait()
                    return
                writer.write(response)
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            return       # a cancelled handler (proxy closing) ends quietly, like a dropped connection
        finally:
            for w in (writer, upstream[1] if upstream else None):
                if w is not None:
                    w.close()

    async def _part_of_body(self, fault: Fault, head: bytes, body: bytes, client: asyncio.StreamReader,
                            hub: asyncio.StreamWriter) -> None:
        """The mid-body faults (see the module's docstring); the caller closes both connections after."""
        sent = min(len(body), max(1, int(len(body) * self.mid_body_fraction))) if body else 0
        hub.write(head + body[:sent])
        await hub.drain()
        self.forwarded_bytes[head.split(b" ", 1)[0].decode()] += sent
        await asyncio.sleep(0.05)    # the hub reads what arrived before the fault strikes
        if fault is Fault.KILL_HUB_MID_BODY:
            await asyncio.get_running_loop().run_in_executor(None, self.on_kill)
        elif fault is Fault.HOLD_MID_BODY:
            self.held.set()
            assert self._release is not None
            released = asyncio.ensure_future(self._release.wait())
            gone = asyncio.ensure_future(client.read())      # b"" once the bench's side closes
            try:
                await asyncio.wait({released, gone}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                released.cancel()
                gone.cancel()
