"""What every screen shares: the task runner and its lanes, cues, texts and translations, style, small widgets."""
