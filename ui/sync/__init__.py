"""Sync with the hub as the window shows it: the status bar and its worker."""
