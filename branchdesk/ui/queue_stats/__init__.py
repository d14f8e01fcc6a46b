"""Queue statistics, window advice and the button that opens the display board."""
