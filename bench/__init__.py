"""Benchmarks at district scale, each beside its raw baseline. Run them by hand
(`python -m bench.demo_build`); the test suite never times anything."""
