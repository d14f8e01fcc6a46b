"""Printing: reportlab documents, vector QR codes and receipt-printer output.

Plain Python: no Qt, no database. Services build plain dataclasses and pass them
here. What the user can fix is a `UserError`. A print that failed is a `PrintFailed`
(faults.py) whose code names the reason ("print.refused", "print.no_command", ...) and whose
`fault` (code and parameters) is stored with the ticket and translated when shown; never
the OS's English. Also "print.save_failed", "print.font_missing". Impossible arguments (a
negative queue, a QR too long) are ValueError.

- fonts:  `cjk_font() -> str` registers the shipped CJK font (embedded in every PDF).
- qr:     `draw_qr(canvas, payload, x, y, size, *, level="M")`, `QrFlowable(payload, size)`,
          `qr_matrix(payload, level)`, `module_rects(matrix)`.
- layout: `Column` stacks centred blocks on an 80 mm page fitted to its content.
- ticket: `QueueTicket`, `ticket_text(ticket)`, `ticket_pdf(ticket) -> bytes`.
- queue_report: `QueueDayReport`, `ReportRow`, `AdviceHour`, `queue_day_report_pdf(data) -> bytes`
          (A4 daily queue report: headline figures, chart by hour, tables, window advice).
- activity_data: plain input of the activity printouts (issue 10): `ActivityPoster`, `BranchContact`, `ChannelQr`,
          `SigninSheet`, `ActivityReport` (`Goal`, `ChannelFigures`, `BudgetLine`, `ReviewAction`), `mask_phones`.
- poster: `poster_pdf(activity, channels, "A4"|"A3", *, copies=1)`; flyer: `flyer_pdf(activity, channels, *, copies=1)`,
          `tearoff_pdf(activity, channels)` (eight slips a page): one page per channel, its QR on it.
- signin_sheet: `signin_sheet_pdf(sheet)` (numbered paper sign-in sheets with the activity's QR).
- activity_report: `activity_report_pdf(data)` (charts in activity_charts); activity_report_xlsx:
          `activity_report_xlsx(data)`. fit: text wrapped and shrunk into a box, never off the page.
- escpos: `ticket_escpos(ticket, *, number_scale=4) -> bytes`, `qr_code(payload)`,
          `parse_target(target)` (checks host:port, port 1-65535, or a device path),
          `send_raw(data, target, *, timeout=5.0)` to "host:port" (raw TCP 9100) or a device path.
- faults: `PrintFailed`, `PrintFault`, `REASONS` (code -> message that says what to do).
- output: `save_pdf(data, path) -> Path` (atomic), `print_pdf(data, printer=None, *, copies=1, title=...)`
          through lp/lpr. Windows prints through Qt instead (ui/queue/qt_print.py: QPrinter, a named printer).
"""
