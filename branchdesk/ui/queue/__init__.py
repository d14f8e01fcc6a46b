"""The queue at the counter: my window, issuing tickets, printing them, and the customer kiosk."""
