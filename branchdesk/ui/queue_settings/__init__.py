"""Queue settings: services, windows, the call policy and the advice target."""
