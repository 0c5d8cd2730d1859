"""Return inspection bench: everything that is not Qt (domain, use cases, storage, labels, reports, sync, CLI).

Nothing in this package may import Qt; `tests/unit/test_layering.py` proves it.
"""

__version__ = "0.2.0"   # kept equal to pyproject.toml's (tests/unit/test_version.py)
