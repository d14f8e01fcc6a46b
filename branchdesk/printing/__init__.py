"""Printing: reportlab documents, vector QR codes and receipt-printer output.

Plain Python: no Qt, no database. Services build plain dataclasses and pass them
here. What the user can fix is a `UserError`: "print.failed" (printer unreachable,
no printer, command failed: report it and offer a reprint), "print.save_failed",
"print.font_missing". Impossible arguments (a negative queue, a QR too long) are ValueError.

- fonts:  `cjk_font() -> str` registers the shipped CJK font (embedded in every PDF).
- qr:     `draw_qr(canvas, payload, x, y, size, *, level="M")`, `QrFlowable(payload, size)`,
          `qr_matrix(payload, level)`, `module_rects(matrix)`.
- layout: `Column` stacks centred blocks on an 80 mm page fitted to its content.
- ticket: `QueueTicket`, `ticket_text(ticket)`, `ticket_pdf(ticket) -> bytes`.
- queue_report: `QueueDayReport`, `ReportRow`, `AdviceHour`, `queue_day_report_pdf(data) -> bytes`
          (A4 daily queue report: headline figures, chart by hour, tables, window advice).
- escpos: `ticket_escpos(ticket, *, number_scale=4) -> bytes`, `qr_code(payload)`,
          `send_raw(data, target, *, timeout=5.0)` to "host:port" (raw TCP 9100) or a device path.
- output: `save_pdf(data, path) -> Path` (atomic), `print_pdf(data, printer=None, *, copies=1, title=...)`.
"""
