"""Labels and printed barcodes: vector barcodes shared by restock labels and the demo sheet."""
