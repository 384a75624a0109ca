"""Hand-made records and store fixtures for the store, merge, ingest and export tests."""
