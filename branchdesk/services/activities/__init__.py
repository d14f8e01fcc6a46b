"""Promotional activities (issue 10): plans, channels and their codes, customers and their sign-ins."""
