"""Running the hub: uvicorn serving `create_app` over one engine for the process."""
from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import uvicorn

from inspector.collector import tune_for_batches
from inspector.hub.app import create_app
from inspector.hub.http_common import hub_clock
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
                 photos_dir: Path | None = None) -> HubServer:
    engine = make_hub_engine(url, serving=True)
    ensure_schema(engine)
    app = create_app(engine, photos_dir)
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False,
                            # Benches keep connections open between batches; a dead one is noticed soon enough.
                            timeout_keep_alive=30, lifespan="off")
    checkpointer = WalCheckpointer(engine) if engine.dialect.name == "sqlite" else None
    return HubServer(config, checkpointer, WebhookSender(engine, clock=lambda: hub_clock(app)()))


def serve(url: str, host: str, port: int, log_level: str = "info", photos_dir: Path | None = None) -> None:
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    server = build_server(url, host, port, log_level, photos_dir)
    tune_for_batches()   # everything built so far (FastAPI, pydantic, SQLAlchemy, the app) lives as long as it
    server.run()
