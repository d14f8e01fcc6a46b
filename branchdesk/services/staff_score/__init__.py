"""The staff score (issue 11, item 7): 100 points a month from weekly evaluations, monthly targets,
daily progress and deductions (rules.py)."""
