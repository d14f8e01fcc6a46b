"""One module per page of the main window; each is built on first navigation."""
