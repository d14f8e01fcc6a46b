"""The shipped checklists, in Chinese, written from the counter service standard (seed 002,
邮政营业服务规范) and the outlet management practice (seed 003). Installed once per branch as
published version 1 of each; a branch edits them by publishing new versions.
"""

from __future__ import annotations

from dataclasses import dataclass

from branchdesk.services.checks.scoring import NUMBER, PASS_FAIL, PHOTO, SCORE, TEXT

ATTENDANCE_EARLY = "attendance_early"  # answered from today's attendance when the check starts


@dataclass(frozen=True)
class ItemSpec:
    section: str
    text: str
    guidance: str = ""
    weight: float = 1.0
    critical: bool = False
    answer_type: str = PASS_FAIL
    max_score: int | None = None
    min_value: float | None = None
    max_value: float | None = None
    unit: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class TemplateSpec:
    key: str
    kind: str  # opening, closing, weekly, mystery
    title: str
    items: tuple[ItemSpec, ...]


OUTSIDE = "营业厅外"
INSIDE = "营业厅内"
FACILITIES = "服务设施"
STAFF = "人员"
TIME = "营业时间"
CONDUCT = "服务态度与用语"
LIMITS = "窗口时限"
DISCIPLINE = "服务纪律"
SUPERVISION = "服务监督"

DAILY_OPENING = TemplateSpec("daily_opening", "opening", "每日开门检查", (
    ItemSpec(OUTSIDE, "“中国邮政”标识、招牌清洁完好", "标识醒目、无破损、无污迹；夜间营业的须明亮易辨。"),
    ItemSpec(OUTSIDE, "门前整洁有序", "入口无杂物、无乱停放，通道畅通。"),
    ItemSpec(INSIDE, "四净四无", "地面净、桌面净、墙面净、门面净；无灰尘、无纸屑、无杂物、无异味。", weight=2),
    ItemSpec(INSIDE, "窗口编号、业务标识醒目", "每个窗口有编号和业务标识，指明办理方向。"),
    ItemSpec(INSIDE, "业务公告、资费标准、价格公示齐全", "使用须知、资费标准、出售品价格公布在醒目位置。"),
    ItemSpec(INSIDE, "储蓄金融许可证、利率表悬挂", "办理储蓄业务的营业厅；不办储蓄选“不适用”。"),
    ItemSpec(FACILITIES, "时钟、日历准确", "时间和日期清晰准确。"),
    ItemSpec(FACILITIES, "书写台、胶水、免费单据齐备", "一至三等支局应有书写台和座椅。"),
    ItemSpec(FACILITIES, "“老弱病残孕优先服务”窗口及标识", "标识张贴于相应窗口。", critical=True),
    ItemSpec(FACILITIES, "设备校验准确、运转正常", "日戳、点验钞机、身份证鉴别仪、终端、打印机、电子秤、密码键盘。",
             weight=2),
    ItemSpec(FACILITIES, "各窗口配有“暂停服务”牌", "及时摆放告知客户。"),
    ItemSpec(STAFF, "营业人员着统一标志服", "穿着整洁合体，纽扣齐全系好。"),
    ItemSpec(STAFF, "佩戴或摆放工号牌", "工号牌端正佩戴胸前或摆放在规定位置。"),
    ItemSpec(STAFF, "营业人员提前10分钟到岗", "由今日考勤自动判断；无人签到时手工填写。", critical=True,
             source=ATTENDANCE_EARLY),
    ItemSpec(TIME, "按规定时间准时开门营业", "不得推迟对外营业。", critical=True),
))

DAILY_CLOSING = TemplateSpec("daily_closing", "closing", "每日关门检查", (
    ItemSpec(TIME, "未提前结束营业", "按公示的营业时间结束营业。", critical=True),
    ItemSpec(TIME, "厅内滞留客户全部办理完毕", "超过营业终止时间仍在厅内的客户应耐心予以办理。", critical=True),
    ItemSpec(INSIDE, "营业厅清洁、设备归位", "设备设施定置定位，营业现场整洁。"),
    ItemSpec(FACILITIES, "现金、重要空白凭证、印章入库上锁", "按规定交接入库。", critical=True),
    ItemSpec(FACILITIES, "门窗、电源关闭", "离开前检查门窗锁闭、电源关闭。"),
    ItemSpec(STAFF, "当日问题记录", "当日发生的问题和处理情况；没有写“无”。", answer_type=TEXT),
))

WEEKLY_FULL = TemplateSpec("weekly_full", "weekly", "每周全面检查", (
    ItemSpec(OUTSIDE, "标识、招牌清洁完好，夜间明亮", ""),
    ItemSpec(OUTSIDE, "门前整洁，信箱、信筒标明开箱频次和时间", "一至三等支局营业厅内外均应设置。"),
    ItemSpec(INSIDE, "四净四无", "地面净、桌面净、墙面净、门面净；无灰尘、无纸屑、无杂物、无异味。", weight=2,
             answer_type=SCORE, max_score=4),
    ItemSpec(INSIDE, "参考资料齐全", "邮件书写规格、封装规格、禁寄物品、邮政编码簿。"),
    ItemSpec(INSIDE, "集邮样品陈列、标明价格", "办理集邮业务的营业厅；否则“不适用”。"),
    ItemSpec(INSIDE, "“禁止吸烟”标志、废物箱、绿化植物", ""),
    ItemSpec(FACILITIES, "便民用品齐全", "针线、花镜、擦手巾等。"),
    ItemSpec(FACILITIES, "营业厅平面图或业务受理示意图", "设在入口处。"),
    ItemSpec(FACILITIES, "营业厅温度", "冬季不低于18°C，夏季不高于28°C。", answer_type=NUMBER, min_value=18,
             max_value=28, unit="°C"),
    ItemSpec(FACILITIES, "设备按期维护、专用物品定时补充", "", weight=2),
    ItemSpec(SUPERVISION, "公布监督、投诉电话", "在营业厅显要位置。", critical=True),
    ItemSpec(SUPERVISION, "放置服务意见反馈卡", ""),
    ItemSpec(SUPERVISION, "本周客户意见均已登记并三天内答复", "", critical=True),
    ItemSpec(STAFF, "排班与客流相符，繁忙时未关闭窗口", "", weight=2),
    ItemSpec(STAFF, "仪容仪表", "统一标志服、工号牌、坐姿站姿端正。", answer_type=SCORE, max_score=4),
    ItemSpec(STAFF, "现场照片", "营业厅全景照片一张。", answer_type=PHOTO),
))

MYSTERY_SHOPPER = TemplateSpec("mystery_shopper", "mystery", "神秘顾客暗访", (
    ItemSpec(CONDUCT, "来有迎声：客户走近柜台时主动招呼", ""),
    ItemSpec(CONDUCT, "问有答声：有问必答，解释耐心", ""),
    ItemSpec(CONDUCT, "去有送声：“谢谢您，请慢走”或“欢迎再来”", ""),
    ItemSpec(CONDUCT, "收付款有唱声", ""),
    ItemSpec(CONDUCT, "使用普通话和“您好、请、谢谢、对不起、再见”", "", answer_type=SCORE, max_score=5),
    ItemSpec(CONDUCT, "未说“不知道”，答复不了时指引到相应台席", "", critical=True),
    ItemSpec(LIMITS, "收寄一件邮件用时", "验视、封装时间除外；时限3分钟。", answer_type=NUMBER, min_value=0,
             max_value=3, unit="分钟"),
    ItemSpec(LIMITS, "一万元以下存取款用时", "时限4分钟，每超一万元加1分钟；未办理选“不适用”。", answer_type=NUMBER,
             min_value=0, max_value=4, unit="分钟"),
    ItemSpec(LIMITS, "一万元以下汇款用时", "时限6分钟；未办理选“不适用”。", answer_type=NUMBER, min_value=0,
             max_value=6, unit="分钟"),
    ItemSpec(DISCIPLINE, "未拒办业务、未强迫搭配销售", "", critical=True),
    ItemSpec(DISCIPLINE, "按统一资费收费", "", critical=True),
    ItemSpec(DISCIPLINE, "临柜未打手机、未闲聊、未吃东西", ""),
    ItemSpec(DISCIPLINE, "暗访经过", "时间、窗口、办理的业务和所见所闻。", answer_type=TEXT),
))

SHIPPED = (DAILY_OPENING, DAILY_CLOSING, WEEKLY_FULL, MYSTERY_SHOPPER)
