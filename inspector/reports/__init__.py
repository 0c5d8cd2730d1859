"""End-of-day report: figures gathered from the export rows (`figures`), drawn as a PDF (`day_pdf`, ReportLab,
with its `sections`, `site_notes`, `charts` and `table_look`).

Import the submodules where they are needed: ReportLab is heavy and the window must start without it.
"""
