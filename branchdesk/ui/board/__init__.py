"""The hall display board and its voice."""
