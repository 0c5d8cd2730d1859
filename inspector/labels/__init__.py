"""Labels and printed barcodes: vector barcodes shared by restock labels and the demo sheet.

Restock labels, in the order a label is made:
- `template`  reads a size's JSON template from resources/labels/ (what goes where, in millimetres);
- `content`   `LabelData`, the frozen snapshot of one inspection that a label shows;
- `layout`    fits text (measured, wrapped, shortened) and barcodes (module, quiet zones, GS1 splits) into the template;
- `pdf_label` / `zpl_label` write the same layout as a vector PDF or as ZPL for Zebra printers;
- `fonts`     the bundled fonts (resources/fonts/) with per-character fallback; `bar_drawing` one rectangle per bar;
- `readback`  rasterises and decodes a label with poppler and ZBar (tests, benchmark, support);
- `samples`   demo data and the docs images.
`vector_barcode` (bar patterns from python-barcode) is shared with the demo sheet.
"""
