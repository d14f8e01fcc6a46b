"""The customer queue: norms, call policies and window advice (the rules, free of storage)."""
