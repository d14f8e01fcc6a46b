"""BranchDesk: the day's work of a small rural post office, offline first."""

__version__ = "0.1.0"
