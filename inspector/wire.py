"""What the bench and the hub agree on over HTTP, kept in one place so neither side can drift from the other."""
from __future__ import annotations

API = "/v1"
# The station a bench records as, sent with every request; the hub answers 403 naming the token's own station when
# the two differ, so the bench can say which name to set.
STATION_HEADER = "X-Inspector-Station"
