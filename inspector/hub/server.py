"""Running the hub: uvicorn serving `create_app` over one engine for the process.

Behind a TLS reverse proxy (README): uvicorn takes the client's address and scheme from X-Forwarded-For and
X-Forwarded-Proto only when the connection comes from `forwarded_allow_ips` (`--forwarded-allow-ips`, default
127.0.0.1: a proxy on the same machine); from anyone else those headers are ignored, so a client cannot pass itself
off as another address in the logs.
"""
from __future__ import annotations

import asyncio
from pathlib import Path

import uvicorn

from inspector.collector import tune_for_batches
from inspector.hub import json_logging
from inspector.hub.app import create_app
from inspector.hub.http_common import hub_clock
from inspector.hub.request_log import FORWARDED_ALLOW_IPS
from inspector.hub.storage import ensure_schema, make_hub_engine
from inspector.hub.wal_checkpoints import WalCheckpointer
from inspector.hub.webhook_sender import WebhookSender


class HubServer(uvicorn.Server):
    """uvicorn, with the SQLite log checkpointer (if any) and the webhook sender running as long as the server does."""

    def __init__(self, config: uvicorn.Config, checkpointer: WalCheckpointer | None,
                 sender: WebhookSender | None = None) -> None:
        super().__init__(config)
        self.checkpointer = checkpointer
        self.sender = sender

    async def serve(self, sockets=None) -> None:  # type: ignore[no-untyped-def]
        if self.checkpointer is not None:
            self.checkpointer.start()
        if self.sender is not None:
            self.sender.start()
        try:
            await super().serve(sockets)
        finally:
            if self.sender is not None:
                await asyncio.to_thread(self.sender.stop)         # a post under way ends first
            if self.checkpointer is not None:
                await asyncio.to_thread(self.checkpointer.stop)   # its last checkpoint, off the event loop


def build_server(url: str, host: str, port: int, log_level: str = "warning",
                 photos_dir: Path | None = None, forwarded_allow_ips: str = FORWARDED_ALLOW_IPS) -> HubServer:
    engine = make_hub_engine(url, serving=True)
    ensure_schema(engine)
    app = create_app(engine, photos_dir)
    # log_config=None: uvicorn's loggers go through the process's handler (`json_logging.configure`); its access
    # log is replaced by `inspector.hub.request_log`.
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False, log_config=None,
                            proxy_headers=True, forwarded_allow_ips=forwarded_allow_ips,
                            # Benches keep connections open between batches; a dead one is noticed soon enough.
                            timeout_keep_alive=30, lifespan="off")
    checkpointer = WalCheckpointer(engine) if engine.dialect.name == "sqlite" else None
    return HubServer(config, checkpointer, WebhookSender(engine, clock=lambda: hub_clock(app)()))


def serve(url: str, host: str, port: int, log_level: str = "info", photos_dir: Path | None = None,
          log_format: str = "auto", forwarded_allow_ips: str = FORWARDED_ALLOW_IPS) -> None:
    json_logging.configure(log_format, log_level)
    server = build_server(url, host, port, log_level, photos_dir, forwarded_allow_ips)
    tune_for_batches()   # everything built so far (FastAPI, pydantic, SQLAlchemy, the app) lives as long as it
    server.run()
