"""Helpers for the sync tests: real hubs on loopback (thread or subprocess), a fault-injecting proxy, bench
workloads made through the real use cases, and the check that the hub holds exactly what the bench has."""
