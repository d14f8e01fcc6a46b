"""The invitation call sheet (issue 10, item 6) as a spreadsheet (.xlsx, XlsxWriter): the same plain
`CallSheet` as the PDF, one row per customer, with empty columns for how they were invited and their
answer. Headers in one language (`lang`); the phones exactly as the PDF has them (masked unless the sheet
was made for someone who calls customers), written as text so no spreadsheet turns them into numbers."""

from __future__ import annotations

import io

import xlsxwriter

from branchdesk.printing.call_sheet_data import CallSheet

HEADERS = (("序号", "No."), ("姓名", "Name"), ("手机号", "Mobile"), ("客户类型", "Segment"), ("最近到访", "Last visit"),
           ("到访次数", "Visits"), ("同意回访", "Consent"), ("已邀请", "Invited"), ("邀请方式", "How invited"),
           ("客户答复", "Answer"), ("备注", "Note"))
WIDTHS = (6, 12, 15, 12, 12, 9, 10, 14, 12, 24, 24)
TITLE = ("活动邀约名单", "Invitation call sheet")
FILTER = ("筛选", "Filter")
PRINTED = ("生成", "Made")
YES_NO = (("是", "Yes"), ("否（仅当面）", "No (in person only)"))
SAFE = ("本表含客户完整手机号：仅用于本次活动邀约，妥善保管，用后删除。",
        "Whole phone numbers: use them only to invite for this activity, keep the file safe, delete it after.")


def call_sheet_xlsx(sheet: CallSheet, lang: str = "zh_CN") -> bytes:
    zh = lang == "zh_CN"

    def word(pair: tuple[str, str]) -> str:
        return pair[0] if zh else pair[1]

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    book.set_properties({"title": f"{word(TITLE)} {sheet.activity_code}", "author": "BranchDesk"})
    font = {"font_name": "Microsoft YaHei" if zh else "Calibri", "font_size": 11}
    text = book.add_format(font)
    title = book.add_format({**font, "bold": True, "font_size": 14})
    head = book.add_format({**font, "bold": True, "bg_color": "#E8EEF5", "border": 1, "text_wrap": True,
                            "valign": "vcenter"})
    date = book.add_format({**font, "num_format": "yyyy-mm-dd"})
    warning = book.add_format({**font, "bold": True, "font_color": "#9B0000"})
    ws = book.add_worksheet(word(TITLE))
    ws.write_string(0, 0, f"{word(TITLE)}　{sheet.activity_name}（{sheet.activity_code}）", title)
    ws.write_string(1, 0, f"{sheet.branch_name}　{word(FILTER)}：{sheet.filters}", text)
    ws.write_string(2, 0, f"{word(PRINTED)}：{sheet.made_by} {sheet.made_at:%Y-%m-%d %H:%M}", text)
    if sheet.full_numbers:
        ws.write_string(3, 0, word(SAFE), warning)
    top = 5
    ws.write_row(top, 0, [word(h) for h in HEADERS], head)
    for col, width in enumerate(WIDTHS):
        ws.set_column(col, col, width)
    ws.freeze_panes(top + 1, 0)
    for index, line in enumerate(sheet.lines, start=top + 1):
        ws.write_number(index, 0, line.number, text)
        ws.write_string(index, 1, line.name, text)
        ws.write_string(index, 2, line.phone, text)
        ws.write_string(index, 3, line.segment if zh else line.segment_en, text)
        if line.last_visit:
            ws.write_datetime(index, 4, line.last_visit, date)
        else:
            ws.write_blank(index, 4, None, text)
        ws.write_number(index, 5, line.visits, text)
        ws.write_string(index, 6, word(YES_NO[0] if line.consent else YES_NO[1]), text)
        ws.write_string(index, 7, line.invited, text)
    if sheet.lines:
        ws.autofilter(top, 0, top + len(sheet.lines), len(HEADERS) - 1)
    book.close()
    return buffer.getvalue()
