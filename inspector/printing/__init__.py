"""Getting restock labels out of a printer: the reprint queue, station printer settings, Zebra over raw TCP.

The three steps of a print run on the bench's two lanes, never on the GUI thread:
`jobs.queue_label` (database lane) -> `delivery.deliver` (print lane, no database) -> `jobs.record_outcome`
(database lane). A failure leaves the job queued; the inspection itself was committed before any of this.
"""
