"""Kiosk mode's Qt parts: they wire the rules of `inspector.kiosk` into the window (idle sign-out, the close guard,
full screen), keep a second bench off a data dir that one already runs on, and end the bench cleanly on SIGTERM."""
