"""Sync with the county/HQ server: the protocol (shared with hq/), and later the client and bundles."""
