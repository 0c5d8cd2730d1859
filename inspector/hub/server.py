"""Running the hub: uvicorn serving `create_app` over one engine for the process."""
from __future__ import annotations

import gc
import logging

import uvicorn

from inspector.hub.app import create_app
from inspector.hub.storage import ensure_schema, make_hub_engine


def build_server(url: str, host: str, port: int, log_level: str = "warning") -> uvicorn.Server:
    engine = make_hub_engine(url)
    ensure_schema(engine)
    config = uvicorn.Config(create_app(engine), host=host, port=port, log_level=log_level, access_log=False,
                            # Benches keep connections open between batches; a dead one is noticed soon enough.
                            timeout_keep_alive=30, lifespan="off")
    return uvicorn.Server(config)


def serve(url: str, host: str, port: int, log_level: str = "info") -> None:
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    server = build_server(url, host, port, log_level)
    # Everything built so far (FastAPI, pydantic, SQLAlchemy, the app) lives as long as the process: moving it out
    # of the collector's sight spares every full collection walking it while batches are being ingested.
    gc.freeze()
    server.run()
