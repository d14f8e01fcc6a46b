"""Sentences the daily report prints (the PDF in Chinese and English, the spreadsheet in one of them).

Printed documents carry their own words, as the rest of printing/ does: they do not go through Qt's
translations (printing/ has no Qt). `lang` is "zh_CN" or "en".
"""

from __future__ import annotations

import datetime as dt

from branchdesk.printing.report_data import AdviceHour, QueueDayReport

# (Chinese, English), Monday first as date.weekday() counts.
WEEKDAYS = (("星期一", "Monday"), ("星期二", "Tuesday"), ("星期三", "Wednesday"), ("星期四", "Thursday"),
            ("星期五", "Friday"), ("星期六", "Saturday"), ("星期日", "Sunday"))


def _percent(share: float) -> str:
    return f"{share * 100:.0f}"


def hour_label(hour: int, lang: str) -> str:
    return f"{hour:02d}时" if lang == "zh_CN" else f"{hour:02d}:00–{hour + 1:02d}:00"


def shortfall(advice: AdviceHour, data: QueueDayReport, lang: str) -> str:
    """Why an hour is advised more windows than the branch has, in words: what all of its windows achieve."""
    windows, count = advice.windows, data.branch_windows
    within, target = f"{data.target_minutes:g}", _percent(data.target_share)
    share = advice.share_all_open or 0.0
    if lang == "zh_CN":
        head = f"建议 {windows} 个窗口，本所只有 {count} 个："
        if share <= 0:
            return head + "全部开放也接待不过来，排队会越来越长。"
        return head + f"全部开放时，预计 {_percent(share)}% 的顾客在 {within} 分钟内办理（目标 {target}%）。"
    head = f"{windows} windows advised, the branch has only {count}: "
    if share <= 0:
        return head + "even with all of them open the queue keeps growing."
    return head + f"with all of them open, about {_percent(share)}% of customers are served within {within} min " \
                  f"(target {target}%)."


def future(day: dt.date, lang: str) -> str:
    if lang == "zh_CN":
        return f"{day:%Y-%m-%d} 尚未到来，还没有排队数据；窗口建议按此前几周的记录预测。"
    return f"{day:%Y-%m-%d} is in the future: there is no queue data yet. The window advice is a forecast " \
           f"from the weeks before."
