"""Developer tools shared by tests and benchmarks (never imported by the pipeline)."""
