"""Sample activity data for the printing tests: a market-day activity with two channels, a bare code and a
short link, the codes made and read by services/activities/codes.py (tests may import services)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from branchdesk.printing.activity_data import (
    ActivityPoster, ActivityReport, BranchContact, BudgetLine, ChannelFigures, ChannelQr, Goal, ReviewAction,
)
from branchdesk.services.activities.codes import qr_payload

BRANCH = BranchContact("青山镇邮政支局", "贵州省黔东南州青山镇新街 18 号（农贸市场对面）", "0855-8123 4567", "QS-001")
BARE = ChannelQr("集市入口横幅", "2345678900", qr_payload("2345678900"))
LINK = ChannelQr("村委会公告栏", "5123456782", qr_payload("5123456782", "https://hq.qingshan.example.cn/"))
CHANNELS = (BARE, LINK)

ACTIVITY = ActivityPoster(
    title="赶集日邮政便民服务活动", title_en="Market-day postal services for everyone",
    starts=dt.date(2026, 12, 5), ends=dt.date(2026, 12, 6), hours="08:30–16:30",
    text="赶集日来邮局，寄包裹、取汇款、交话费一次办好。工作人员现场讲解防范电信诈骗知识，帮您检查手机里的可疑应用；"
         "办理邮政储蓄业务的乡亲还可参加幸运抽奖。\n老人家行动不便的，可以请家人带上身份证代为咨询。",
    branch=BRANCH,
    highlights=("到场礼：环保购物袋一个（每人限领一次）", "现场扫码签到，即可参加抽奖", "寄递农产品享运费八折"),
)


def report(**changes) -> ActivityReport:
    fields = dict(
        title="赶集日邮政便民服务活动", branch_name="青山镇邮政支局", branch_code="QS-001",
        starts=dt.date(2026, 12, 5), ends=dt.date(2026, 12, 6), generated_at=dt.datetime(2026, 12, 9, 17, 5),
        goals=(Goal("参与人数", "Participants", 200, 236, "人"), Goal("新客户", "New customers", 40, 31, "人"),
               Goal("业务笔数", "Business handled", 80, 92, "笔"), Goal("满意度", "Satisfaction", 4.5, 4.6, "分")),
        signins_by_day=((dt.date(2026, 12, 5), 141), (dt.date(2026, 12, 6), 95)),
        signins_by_hour=((8, 17), (9, 52), (10, 61), (11, 38), (12, 9), (13, 14), (14, 25), (15, 20)),
        channels=(ChannelFigures("集市入口横幅", "2345678900", 2, 97), ChannelFigures("村委会公告栏", "5123456782", 1, 41),
                  ChannelFigures("宣传单", "6234567891", 500, 73), ChannelFigures("老客户短信", "7345678903", 0, 25)),
        participants=236, new_customers=31, returning_customers=205,
        budget=(BudgetLine("宣传物料", "Publicity", Decimal("800"), Decimal("756.50")),
                BudgetLine("礼品", "Gifts", Decimal("2400"), Decimal("2610")),
                BudgetLine("场地", "Venue", Decimal("300"), Decimal("0"))),
        satisfaction_mean=4.62, satisfaction_answers=118, follow_ups_done=180, follow_ups_due=236,
        problems="礼品在第一天上午 10 点就发完一半，下午不够发；客户 13812345678 反映排队太久。",
        suggestions="按两天的人数分批备礼；签到和领礼分开两张桌子。",
        actions=(ReviewAction("礼品按天分装，每天留三成到下午", "王芳", dt.date(2026, 12, 20)),
                 ReviewAction("签到区增加一台扫码枪", "张敏", dt.date(2026, 12, 15)),
                 ReviewAction("48 小时回访未完成的 56 位客户补回访", "李强", dt.date(2026, 12, 11))),
    )
    fields.update(changes)
    return ActivityReport(**fields)
