"""The inspection bench: sign-in, scanning, the parcel and item panels, the bench's dialogs."""
