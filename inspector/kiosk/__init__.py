"""Kiosk mode for shared benches: the rules (`mode`: full screen, idle sign-out, who may close) and starting at
login (`autostart`). No Qt here; `ui.kiosk` wires these into the window.

The default idle minutes live here, with no imports, for the CLI's help text: `inspector --help` builds every
command's options and should not load the bench's state machine to print a number."""

DEFAULT_IDLE_MINUTES = 10        # a kiosk's idle sign-out when the administrator chose no other number
