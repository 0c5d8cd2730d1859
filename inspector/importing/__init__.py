"""Returns to expect, read from our CSV or JSON files or from a source's own format (`sources`; all described in
docs/import-format.md), checked, imported whole."""
from inspector.importing.assembly import CheckResult, ImportPlan, ReturnChecker, plan_import, whole_returns
from inspector.importing.import_file import (CheckedFile, ImportReport, apply_checked, apply_plan, check_file,
                                             format_for, import_returns_file, read_plan)
from inspector.importing.json_reader import returns_from_document
from inspector.importing.problems import ImportFileError, Location, Problem

__all__ = ["CheckResult", "CheckedFile", "ImportFileError", "ImportPlan", "ImportReport", "Location", "Problem",
           "ReturnChecker", "apply_checked", "apply_plan", "check_file", "format_for", "import_returns_file",
           "plan_import", "read_plan", "returns_from_document", "whole_returns"]
