"""Labels on paper: printing off the GUI thread, the reprint queue, the printer chooser, the preview."""
