"""Service-standard checks (issue 11): templates, running a check, its score."""
