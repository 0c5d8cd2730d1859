"""Demo data: first-start operators and returns, generated history for benchmarks, the printable demo sheet."""
from inspector.demo.first_start import database_is_empty, load_demo_data

__all__ = ["database_is_empty", "load_demo_data"]
