"""Queue settings: businesses, windows, the call policy and the advice target."""
