"""The supervisor's desk: the review queue, insight, the export dialog."""
