"""Ticket printing benchmark: building a queue ticket (PDF and ESC/POS) against a one-line PDF.

A measurement, not a test: it prints the figures and exits 0 whatever they are.

    .venv/bin/python bench/print_ticket.py [--runs N]

In one process, after one unmeasured warm-up of each (font registration, imports):
- A, the ticket PDF: `ticket_pdf` of a priority ticket with a QR code (80 mm page,
  embedded CJK font subset, vector QR);
- E, the ESC/POS bytes: `ticket_escpos` of the same ticket;
- B, the baseline: a reportlab canvas with one line of Helvetica, saved to bytes —
  the least any reportlab document costs.
Runs are interleaved A/E/B so they share the machine's noise; it prints each median
in ms and the ratio A/B.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import time

from reportlab.pdfgen.canvas import Canvas

from branchdesk.printing.escpos import ticket_escpos
from branchdesk.printing.ticket import QueueTicket, ticket_pdf

TICKET = QueueTicket(
    branch_name="青山镇邮政支局",
    business_zh="邮件包裹",
    business_en="Mail and parcels",
    number="A012",
    issued_at=dt.datetime(2026, 11, 24, 9, 41),
    people_ahead=3,
    wait_range=(10, 15),
    priority=True,
    qr_payload="https://branchdesk.example.cn/q/QS-001/A012",
)


def baseline_pdf() -> bytes:
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(226.77, 300))
    c.drawString(20, 150, "A012")
    c.showPage()
    c.save()
    return buffer.getvalue()


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=51)
    args = parser.parse_args()
    sides = {"ticket PDF": lambda: ticket_pdf(TICKET), "ESC/POS": lambda: ticket_escpos(TICKET), "baseline PDF": baseline_pdf}
    for fn in sides.values():
        fn()  # warm-up: font registration, first imports
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(args.runs):
        for name, fn in sides.items():
            times[name].append(timed(fn))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, value in medians.items():
        print(f"{name:13s} median {value:7.2f} ms over {args.runs} runs")
    print(f"ticket PDF / baseline PDF = {medians['ticket PDF'] / medians['baseline PDF']:.1f}x")
    print(f"ticket PDF size {len(ticket_pdf(TICKET))} bytes, ESC/POS {len(ticket_escpos(TICKET))} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
