"""The bench's Qt window: widgets, dialogs, item models, and the task runner that keeps work off the GUI thread.

Everything here renders `inspector.bench.state` snapshots and turns keys and scans into `BenchSession` calls on the
one database lane; no business rule lives in this package.
"""
