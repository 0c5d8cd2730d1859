"""Returns to expect, read from CSV or JSON files (format: docs/import-format.md), checked, imported whole."""
from inspector.importing.assembly import ImportPlan, plan_import
from inspector.importing.import_file import ImportReport, apply_plan, format_for, import_returns_file, read_plan
from inspector.importing.json_reader import returns_from_document
from inspector.importing.problems import ImportFileError, Location, Problem

__all__ = ["ImportFileError", "ImportPlan", "ImportReport", "Location", "apply_plan", "Problem", "format_for",
           "import_returns_file", "plan_import", "read_plan", "returns_from_document"]
