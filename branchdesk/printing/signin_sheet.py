"""The paper sign-in sheet (issue 10, item 4): when the scanner or the PC is down, customers sign in on paper.

Each page is a numbered sheet (its number large at the top right, to enter it afterwards by sheet and row),
with the activity's QR (a customer may still scan it with a phone), and rows to fill in: time, phone, name,
channel (a number from the legend), signature.
"""

from __future__ import annotations

import io

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from branchdesk.printing import fit
from branchdesk.printing.activity_data import SigninSheet
from branchdesk.printing.activity_text import dates_zh, short_dates
from branchdesk.printing.fonts import cjk_font
from branchdesk.printing.qr import draw_qr

WIDTH, HEIGHT = A4
SIDE = 12 * mm
QR = 30 * mm
GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#888888")
HEAD_FILL = colors.HexColor("#e8eef5")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# (Chinese, English, share of the table's width)
COLUMNS = (("序号", "No.", 0.07), ("时间", "Time", 0.10), ("手机号", "Mobile phone", 0.30), ("姓名", "Name", 0.16),
           ("渠道", "Channel", 0.10), ("签名", "Signature", 0.27))
PHONE_DIGITS = 11


def channel_legend(sheet: SigninSheet) -> str:
    """"① 集市入口横幅  ② 村委会公告栏 … 其他 Other": the customer writes the number in the channel column."""
    names = list(sheet.channels[:len(CIRCLED) - 1])
    marks = [f"{CIRCLED[i]} {name}" for i, name in enumerate(names)]
    return "  ".join([*marks, f"{CIRCLED[len(names)]} 其他 Other"])


def _header(c: Canvas, sheet: SigninSheet) -> float:
    """What every page repeats (drawn once, as a form); returns the top of the table."""
    font = cjk_font()
    top = HEIGHT - 12 * mm
    text_w = WIDTH - 2 * SIDE - QR - 40 * mm
    c.setFillColor(colors.black)
    c.setFont(font, 18)
    c.drawString(SIDE, top - 16, "签到表")
    c.setFont(font, 11)
    c.setFillColor(GREY)
    c.drawString(SIDE + 58, top - 16, "Sign-in sheet")
    y = fit.text_box(c, sheet.title, font, SIDE, top - 24, text_w, 30, 14, 9, max_lines=2, bold=True)
    y = fit.text_box(c, f"{dates_zh(sheet.starts, sheet.ends)}　{sheet.branch.name}", font, SIDE, y - 2, text_w, 14,
                     10, 7, max_lines=1, color=GREY)
    qr_x = WIDTH - SIDE - QR
    draw_qr(c, sheet.channel.payload, qr_x, top - QR, QR)
    c.setFillColor(colors.black)
    c.setFont(font, 7.5)
    c.drawCentredString(qr_x + QR / 2, top - QR - 8, "也可以扫码签到")
    c.setFillColor(GREY)
    c.setFont(font, 6.5)
    c.drawCentredString(qr_x + QR / 2, top - QR - 16, "Or scan to sign in")
    c.setFillColor(colors.black)
    c.setFont(font, 7.5)
    c.drawCentredString(qr_x + QR / 2, top - QR - 25, sheet.channel.code)
    legend_top = min(y, top - QR - 28) - 4
    y = fit.text_box(c, f"渠道（填编号）Channel (write its number)：{channel_legend(sheet)}", font, SIDE, legend_top,
                     WIDTH - 2 * SIDE, 26, 9.5, 7, max_lines=2)
    return y - 5


def _footer(c: Canvas) -> None:
    font = cjk_font()
    c.setFillColor(colors.black)
    c.setFont(font, 9)
    c.drawString(SIDE, 16 * mm, "现场工作人员 Staff on duty：____________　　录入人 Entered by：____________　　"
                                "录入日期 Entered on：____________")
    c.setFillColor(GREY)
    c.setFont(font, 7.5)
    c.drawString(SIDE, 11 * mm, "手机号只用于本次活动的签到和回访。录入系统后，本表交支局负责人保管。"
                                "Phone numbers are used only for this activity's sign-in and follow-up.")


def _table(c: Canvas, sheet: SigninSheet, top: float) -> None:
    font = cjk_font()
    inner = WIDTH - 2 * SIDE
    bottom = 22 * mm
    head_h = 11 * mm
    row_h = (top - head_h - bottom) / sheet.rows_per_page
    widths = [inner * share for _zh, _en, share in COLUMNS]
    xs = [SIDE]
    for w in widths:
        xs.append(xs[-1] + w)
    c.setFillColor(HEAD_FILL)
    c.rect(SIDE, top - head_h, inner, head_h, stroke=0, fill=1)
    for (zh, en, _share), x, w in zip(COLUMNS, xs, widths, strict=False):
        c.setFillColor(colors.black)
        c.setFont(font, 10)
        c.drawCentredString(x + w / 2, top - head_h / 2 + 1, zh)
        c.setFillColor(GREY)
        c.setFont(font, 7)
        c.drawCentredString(x + w / 2, top - head_h / 2 - 8, en)
    c.setStrokeColor(LINE)
    c.setLineWidth(0.6)
    table_bottom = top - head_h - row_h * sheet.rows_per_page
    for x in xs:
        c.line(x, top, x, table_bottom)
    for i in range(sheet.rows_per_page + 2):
        y = top - (head_h + (i - 1) * row_h if i else 0)
        c.line(SIDE, y, SIDE + inner, y)
    phone_x, phone_w = xs[2], widths[2]
    c.setFillColor(colors.black)
    c.setFont(font, min(11, row_h * 0.5))
    c.setStrokeColor(colors.HexColor("#cccccc"))
    c.setLineWidth(0.4)
    for i in range(sheet.rows_per_page):
        row_top = top - head_h - i * row_h
        c.drawRightString(xs[1] - 2 * mm, row_top - row_h / 2 - 3.5, str(i + 1))
        c.drawCentredString(xs[1] + widths[1] / 2, row_top - row_h / 2 - 3.5, ":")
        step = phone_w / PHONE_DIGITS  # a box per digit: legible when entered afterwards
        for d in range(1, PHONE_DIGITS):
            c.line(phone_x + d * step, row_top - row_h * 0.3, phone_x + d * step, row_top - row_h + 1.5)


def signin_sheet_pdf(sheet: SigninSheet) -> bytes:
    """`sheet.pages` sheets numbered from `sheet.first_number`, each with `sheet.rows_per_page` rows."""
    if sheet.pages < 1 or sheet.rows_per_page < 1 or sheet.first_number < 1:
        raise ValueError("pages, rows per page and the first number must be at least 1")
    if sheet.rows_per_page > 40:
        raise ValueError(f"{sheet.rows_per_page} rows do not fit a page legibly; 40 at most")
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1,
               initialFontName=cjk_font())  # type: ignore[arg-type]  # a font name; the stub says float
    c.setTitle(f"{sheet.title} 签到表 Sign-in sheet {short_dates(sheet.starts, sheet.ends)}")
    c.setAuthor(sheet.branch.name)
    c.setCreator("BranchDesk")
    c.beginForm("sheet")
    table_top = _header(c, sheet)
    _table(c, sheet, table_top)
    _footer(c)
    c.endForm()
    font = cjk_font()
    for page in range(sheet.pages):
        number = sheet.first_number + page
        c.doForm("sheet")
        box_w, box_h = 36 * mm, 18 * mm
        x, top = WIDTH - SIDE - QR - 4 * mm - box_w, HEIGHT - 12 * mm
        c.setStrokeColor(colors.black)
        c.setLineWidth(1.2)
        c.rect(x, top - box_h, box_w, box_h, stroke=1, fill=0)
        c.setFillColor(colors.black)
        c.setFont(font, 8)
        c.drawCentredString(x + box_w / 2, top - 9, "签到表编号 Sheet No.")
        c.setFont(font, 20)
        c.drawCentredString(x + box_w / 2, top - box_h + 5, f"{number:04d}")
        c.setFont(font, 8.5)
        c.drawCentredString(x + box_w / 2, top - box_h - 10,
                            f"第 {page + 1} / {sheet.pages} 张 Page {page + 1} of {sheet.pages}")
        c.showPage()
    c.save()
    return buffer.getvalue()
