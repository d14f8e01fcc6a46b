"""Activity posters and flyers benchmark (issue 10, item 2): one poster, and flyers in one batch, beside a bare
reportlab page with one vector QR.

A measurement, not a test: it prints the figures and exits 0 whatever they are.

    .venv/bin/python bench/posters.py [--runs N]

In one process, after one unmeasured warm-up of each (font registration, imports):
- baseline: a reportlab canvas, one A4 page with one line of Helvetica and one vector QR of a short link by
  reportlab's own QrCodeWidget, saved to bytes: the least a page with a QR costs without BranchDesk's code;
  beside it the same page with BranchDesk's `draw_qr`;
- poster: `poster_pdf` of the sample activity, A4, one channel (goal: under 100 ms);
- flyers: `flyer_pdf` with 100 pages in one batch, 100 channels (every QR different) and 4 channels × 25
  copies (goal: 100 flyers a second or more);
- for information: the tear-off page, the sign-in sheet, the summary report PDF and .xlsx.
Each is timed cold (the kept QR symbols cleared first: every QR encoded in the run, a new activity's
first print) and warm (a reprint). Runs are interleaved so they share the machine's noise; it prints each
median and its ratio to the baseline.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import time
from decimal import Decimal

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from branchdesk.printing.activity_data import (
    ActivityPoster, ActivityReport, BranchContact, BudgetLine, ChannelFigures, ChannelQr, Goal, ReviewAction,
    SigninSheet,
)
from branchdesk.printing.activity_report import activity_report_pdf
from branchdesk.printing.activity_report_xlsx import activity_report_xlsx
from branchdesk.printing.flyer import flyer_pdf, tearoff_pdf
from branchdesk.printing.poster import poster_pdf
from branchdesk.printing.qr import _symbol, draw_qr
from branchdesk.printing.signin_sheet import signin_sheet_pdf

BRANCH = BranchContact("青山镇邮政支局", "贵州省黔东南州青山镇新街 18 号（农贸市场对面）", "0855-8123 4567", "QS-001")
ACTIVITY = ActivityPoster(
    title="赶集日邮政便民服务活动", title_en="Market-day postal services for everyone",
    starts=dt.date(2026, 12, 5), ends=dt.date(2026, 12, 6), hours="08:30–16:30",
    text="赶集日来邮局，寄包裹、取汇款、交话费一次办好。工作人员现场讲解防范电信诈骗知识，帮您检查手机里的可疑应用；"
         "办理邮政储蓄业务的乡亲还可参加幸运抽奖。\n老人家行动不便的，可以请家人带上身份证代为咨询。",
    branch=BRANCH, highlights=("到场礼：环保购物袋一个（每人限领一次）", "现场扫码签到，即可参加抽奖", "寄递农产品享运费八折"),
)
BASE = "https://hq.qingshan.example.cn/c/"


def channel(i: int) -> ChannelQr:
    code = f"{2000000000 + i * 7919:010d}"  # distinct payloads; the check digit does not matter to the timing
    return ChannelQr(f"渠道 {i + 1}", code, BASE + code)


CHANNELS_100 = [channel(i) for i in range(100)]
CHANNELS_4 = CHANNELS_100[:4]
SHEET = SigninSheet(ACTIVITY.title, ACTIVITY.starts, ACTIVITY.ends, BRANCH, CHANNELS_4[0],
                    tuple(c.name for c in CHANNELS_4), pages=5)
REPORT = ActivityReport(
    title=ACTIVITY.title, branch_name=BRANCH.name, branch_code=BRANCH.code, starts=ACTIVITY.starts,
    ends=ACTIVITY.ends, generated_at=dt.datetime(2026, 12, 9, 17, 5),
    goals=(Goal("参与人数", "Participants", 200, 236, "人"), Goal("新客户", "New customers", 40, 31, "人")),
    signins_by_day=((dt.date(2026, 12, 5), 141), (dt.date(2026, 12, 6), 95)),
    signins_by_hour=tuple((h, 10 + h) for h in range(8, 17)),
    channels=tuple(ChannelFigures(c.name, c.code, 100, 20) for c in CHANNELS_4),
    participants=236, new_customers=31, returning_customers=205,
    budget=(BudgetLine("宣传物料", "Publicity", Decimal("800"), Decimal("756.50")),
            BudgetLine("礼品", "Gifts", Decimal("2400"), Decimal("2610"))),
    satisfaction_mean=4.6, satisfaction_answers=118, follow_ups_done=180, follow_ups_due=236,
    problems="礼品不够发。", suggestions="分批备礼。",
    actions=(ReviewAction("礼品按天分装", "王芳", dt.date(2026, 12, 20)),),
)


def baseline_page() -> bytes:
    """A bare reportlab page with one vector QR by reportlab's own widget: independent of BranchDesk's code."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4)
    c.drawString(72, 760, "Poster")
    widget = QrCodeWidget(BASE + "2345678900", barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    size = 62 * 72 / 25.4
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, c, 400, 60)
    c.showPage()
    c.save()
    return buffer.getvalue()


def own_qr_page() -> bytes:
    """The same bare page with BranchDesk's `draw_qr` instead of reportlab's widget."""
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4)
    c.drawString(72, 760, "Poster")
    draw_qr(c, BASE + "2345678900", 400, 60, 62 * 72 / 25.4)
    c.showPage()
    c.save()
    return buffer.getvalue()


def timed(fn, cold: bool) -> float:
    if cold:
        _symbol.cache_clear()  # a first print: every QR encoded in the measured run
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    sides = {
        "baseline: reportlab page + QR widget": baseline_page,
        "page + draw_qr": own_qr_page,
        "poster A4": lambda: poster_pdf(ACTIVITY, CHANNELS_4[:1], "A4"),
        "poster A3": lambda: poster_pdf(ACTIVITY, CHANNELS_4[:1], "A3"),
        "100 flyers, 100 channels": lambda: flyer_pdf(ACTIVITY, CHANNELS_100),
        "100 flyers, 4 channels x 25": lambda: flyer_pdf(ACTIVITY, CHANNELS_4, copies=25),
        "tear-off page": lambda: tearoff_pdf(ACTIVITY, CHANNELS_4[:1]),
        "sign-in sheets x 5": lambda: signin_sheet_pdf(SHEET),
        "report PDF": lambda: activity_report_pdf(REPORT),
        "report .xlsx": lambda: activity_report_xlsx(REPORT),
    }
    for fn in sides.values():
        fn()  # warm-up: font registration, first imports
    # Cold: every QR encoded in the run (a new activity's first print). Warm: the QRs kept from an earlier
    # print of the same channels (a flyer batch after the posters, a reprint).
    times: dict[tuple[str, bool], list[float]] = {(name, cold): [] for name in sides for cold in (True, False)}
    for _ in range(args.runs):
        for name, fn in sides.items():
            for cold in (True, False):
                times[(name, cold)].append(timed(fn, cold))
    medians = {key: statistics.median(values) for key, values in times.items()}
    base = medians[("baseline: reportlab page + QR widget", True)]
    print(f"medians over {args.runs} runs, ms (x the baseline, cold)")
    print(f"{'':38s} {'cold':>16s} {'warm':>16s}")
    for name in sides:
        cold, warm = medians[(name, True)], medians[(name, False)]
        print(f"{name:38s} {cold:8.2f} ({cold / base:4.1f}x) {warm:8.2f} ({warm / base:4.1f}x)")
    poster = medians[("poster A4", True)]
    print(f"poster A4, cold: {poster:.1f} ms (goal < 100 ms: {'met' if poster < 100 else 'NOT met'})")
    for name in ("100 flyers, 100 channels", "100 flyers, 4 channels x 25"):
        batch = medians[(name, True)]
        rate = 100 / (batch / 1000)
        print(f"{name}, cold: {rate:.0f} flyers/s, {batch / 100:.2f} ms a flyer beside {base:.2f} ms for the "
              f"baseline page (goal >= 100/s: {'met' if rate >= 100 else 'NOT met'})")
    print(f"sizes: poster {len(poster_pdf(ACTIVITY, CHANNELS_4[:1]))} bytes, 100 flyers (100 ch) "
          f"{len(flyer_pdf(ACTIVITY, CHANNELS_100))} bytes, baseline {len(baseline_page())} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
