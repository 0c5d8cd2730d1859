# Benchmarks live beside the tests but are run by `make bench`, not collected by pytest.
collect_ignore = ["tests/benchmarks"]
