"""Prefect tasks at IO and retry boundaries, each over a plain function testable without Prefect.

Tasks receive paths and settings, never connections or clients: each opens what it uses.
Results are not cached by Prefect (`NO_CACHE`): idempotency lives in the warehouse.
"""
