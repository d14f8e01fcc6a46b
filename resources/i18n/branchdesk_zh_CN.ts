<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Show closed actions</source>
        <translation>显示已关闭的整改</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Failed item</source>
        <translation>不合格项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>D done · E effective · X not effective · A reassign · N note</source>
        <translation>D 整改完成 · E 验证有效 · X 验证无效 · A 改派 · N 备注</translation>
    </message>
    <message>
        <source>Done…</source>
        <translation>整改完成…</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>验证有效</translation>
    </message>
    <message>
        <source>Not effective…</source>
        <translation>验证无效…</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>整改记录</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Done, effect to check</source>
        <translation>已完成，待验证</translation>
    </message>
    <message>
        <source>Overdue by {days} d</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>the check's signing</source>
        <translation>检查签名时</translation>
    </message>
    <message>
        <source>Opened by {who}; owner {owner}, due by {due}</source>
        <translation>{who}生成整改；责任人 {owner}，期限 {due}</translation>
    </message>
    <message>
        <source>{who} reassigned it to {owner}, due by {due}</source>
        <translation>{who} 改派给 {owner}，期限 {due}</translation>
    </message>
    <message>
        <source>{who} marked it done</source>
        <translation>{who} 标记整改完成</translation>
    </message>
    <message>
        <source>{who} found it effective: closed</source>
        <translation>{who} 验证有效：已关闭</translation>
    </message>
    <message>
        <source>{who} found it not effective: open again</source>
        <translation>{who} 验证无效：重新整改</translation>
    </message>
    <message>
        <source>{who} noted</source>
        <translation>{who} 备注</translation>
    </message>
    <message>
        <source>{step}: {text}</source>
        <translation>{step}：{text}</translation>
    </message>
    <message>
        <source>(photo, SHA-256 {digest}…)</source>
        <translation>（照片，SHA-256 {digest}…）</translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation>验证无效</translation>
    </message>
    <message>
        <source>What is still wrong?</source>
        <translation>还有什么问题？</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>The note (a correction of an earlier step is a note too; the step itself stays):</source>
        <translation>备注（更正之前的记录也写在备注里，原记录保留）：</translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Business done</source>
        <translation>业务办理</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>满意度（1-5）</translation>
    </message>
    <message>
        <source>Publicity starts</source>
        <translation>宣传启动</translation>
    </message>
    <message>
        <source>Materials arrive</source>
        <translation>物料到位</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>彩排</translation>
    </message>
    <message>
        <source>Event day</source>
        <translation>活动日</translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation>复盘会</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>宣传</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>物料</translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation>礼品</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Catering</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>Flyer</source>
        <translation>折页</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>展架</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>横幅</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Farmers</source>
        <translation>农户</translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation>个体商户</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Young families</source>
        <translation>年轻家庭</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>其他客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未联系上</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>客户谢绝</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Start the activity</source>
        <translation>启动活动</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Sign-ins and follow-ups</source>
        <translation>签到与回访</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation>纸质签到录入</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>邀约</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation>还没有活动。</translation>
    </message>
    <message>
        <source>Plan one with “New activity”.</source>
        <translation>请点“新建活动”制定方案。</translation>
    </message>
    <message>
        <source>{first} to {last}, event days: {count}</source>
        <translation>{first} 至 {last}，共 {count} 个活动日</translation>
    </message>
    <message>
        <source>no event days yet</source>
        <translation>尚未设活动日</translation>
    </message>
    <message>
        <source>{code} · {status} · {days}</source>
        <translation>{code} · {status} · {days}</translation>
    </message>
</context>
<context>
    <name>ActivitySettingsBox</name>
    <message>
        <source>Activities and customers</source>
        <translation>活动与客户资料</translation>
    </message>
    <message>
        <source>e.g. 18 Xinjie, Qingshan Town (opposite the market)</source>
        <translation>例如 青山镇新街 18 号（农贸市场对面）</translation>
    </message>
    <message>
        <source>e.g. 0855-8123 4567</source>
        <translation>例如 0855-8123 4567</translation>
    </message>
    <message>
        <source>Empty: the QR codes carry the channel code alone</source>
        <translation>不填：二维码只含渠道码</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Save activity settings</source>
        <translation>保存活动设置</translation>
    </message>
    <message>
        <source>Address on posters</source>
        <translation>海报上的地址</translation>
    </message>
    <message>
        <source>Phone on posters</source>
        <translation>海报上的电话</translation>
    </message>
    <message>
        <source>HQ's public address</source>
        <translation>县局公网地址</translation>
    </message>
    <message>
        <source>Where HQ has an address customers' phones can reach, the posters' QR codes open it; the branch's scanner reads the channel either way.</source>
        <translation>县局有客户手机能访问的地址时，海报二维码用手机扫码即可打开活动页；网点扫码枪无论哪种都能识别渠道。</translation>
    </message>
    <message>
        <source>Keep customers' details for</source>
        <translation>客户个人资料保存</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation>第一位系统管理员</translation>
    </message>
    <message>
        <source>This account manages staff and settings. Keep its password safe.</source>
        <translation>此账号负责管理人员和设置，请妥善保管密码。</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Setting up the branch…</source>
        <translation>正在设置网点…</translation>
    </message>
</context>
<context>
    <name>AmountCorrectionDialog</name>
    <message>
        <source>Correct an amount</source>
        <translation>更正金额</translation>
    </message>
    <message>
        <source>The amount recorded stays in the ticket's history; the correction is added to it and the figures use it.</source>
        <translation>原登记金额保留在号票记录中；更正作为新记录追加，统计按更正后的金额计算。</translation>
    </message>
    <message>
        <source>e.g. B012</source>
        <translation>例如 B012</translation>
    </message>
    <message>
        <source>Recorded: ¥{amount}</source>
        <translation>原登记：¥{amount}</translation>
    </message>
    <message>
        <source>e.g. 12000 or 12,000.50</source>
        <translation>例如 12000 或 12,000.50</translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Right amount (yuan)</source>
        <translation>正确金额（元）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>AmountFields</name>
    <message>
        <source>e.g. 12000 or 12,000.50</source>
        <translation>例如 12000 或 12,000.50</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Number of titles</source>
        <translation>订阅种数</translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation>邮件件数</translation>
    </message>
</context>
<context>
    <name>AnnouncementCard</name>
    <message>
        <source>From the county, {date}</source>
        <translation>县局通知，{date}</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>已读</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Late: clocked in later than {minutes} minutes before the branch opens</source>
        <translation>迟到：签到时间晚于开门前 {minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>按周</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ 往前</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>往后 ▶</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>First in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Last out</source>
        <translation>签退时间</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>在岗时长</translation>
    </message>
    <message>
        <source>Late by {minutes} min</source>
        <translation>迟到 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation>{first} 至 {last} 一周</translation>
    </message>
</context>
<context>
    <name>BackEntryDialog</name>
    <message>
        <source>Back-entry of paper tickets</source>
        <translation>补录纸质号票</translation>
    </message>
    <message>
        <source>Priority (elderly, disabled, sick, pregnant)</source>
        <translation>优先（老弱病残孕）</translation>
    </message>
    <message>
        <source>Enter the time written on the paper ticket. Back-entered tickets are kept out of the timing statistics.</source>
        <translation>请填写纸质号票上记录的时间。补录的号票不计入办理时长统计。</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Time on paper</source>
        <translation>纸质记录时间</translation>
    </message>
    <message>
        <source>Allowed: today only</source>
        <translation>允许补录：仅限今天</translation>
    </message>
    <message>
        <source>Allowed: from {first} to today</source>
        <translation>允许补录：{first} 至今天</translation>
    </message>
    <message>
        <source>, at any time.</source>
        <translation>，不限时段。</translation>
    </message>
    <message>
        <source>, within opening hours {opens}–{closes}.</source>
        <translation>，须在营业时间 {opens}–{closes} 内。</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>, within opening hours ({hours}).</source>
        <translation>，须在营业时间内（{hours}）。</translation>
    </message>
</context>
<context>
    <name>BranchForm</name>
    <message>
        <source>e.g. QS-001</source>
        <translation>例如 QS-001</translation>
    </message>
    <message>
        <source>e.g. Qingshan Town Post Office</source>
        <translation>例如 青山镇邮政支局</translation>
    </message>
    <message>
        <source>This branch offers savings business</source>
        <translation>本网点办理储蓄业务</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>Grade (1-4)</source>
        <translation>网点等级（1-4）</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>Your branch</source>
        <translation>本网点</translation>
    </message>
    <message>
        <source>Enter the branch as the county office knows it. You can change this later in Settings.</source>
        <translation>请按县局登记的信息填写本网点资料，以后可在“设置”中修改。</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>浮动额度</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Cap, yuan</source>
        <translation>上限（元）</translation>
    </message>
    <message>
        <source>Float, yuan</source>
        <translation>浮动额度（元）</translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>添加预算项</translation>
    </message>
    <message>
        <source>Amount, yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Record spending</source>
        <translation>登记支出</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>新预算项</translation>
    </message>
    <message>
        <source>Spending</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Spending is never edited: a wrong entry is corrected by a new one.</source>
        <translation>支出记录不能修改：记错了请另记一笔更正。</translation>
    </message>
    <message>
        <source>Over cap and float</source>
        <translation>超出上限和浮动额度</translation>
    </message>
    <message>
        <source>Over cap</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <source>{share}% used</source>
        <translation>已用 {share}%</translation>
    </message>
    <message>
        <source>Budget {cap} yuan (float {slack}); spent {spent} yuan, {share}%.</source>
        <translation>预算 {cap} 元（浮动 {slack}）；已支出 {spent} 元，占 {share}%。</translation>
    </message>
    <message>
        <source>No budget lines yet.</source>
        <translation>还没有预算项。</translation>
    </message>
    <message>
        <source>Add a budget line first.</source>
        <translation>请先添加预算项。</translation>
    </message>
</context>
<context>
    <name>ChangeSecretDialog</name>
    <message>
        <source>Change my PIN or password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Current PIN or password</source>
        <translation>当前PIN码或密码</translation>
    </message>
</context>
<context>
    <name>ChannelPrintouts</name>
    <message>
        <source>Print for the chosen channel:</source>
        <translation>为选中的渠道打印：</translation>
    </message>
    <message>
        <source>A4 poster</source>
        <translation>A4 海报</translation>
    </message>
    <message>
        <source>A3 poster</source>
        <translation>A3 海报</translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation>宣传单</translation>
    </message>
    <message>
        <source>Tear-off slips</source>
        <translation>撕条单</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Sheets: </source>
        <translation>张数：</translation>
    </message>
    <message>
        <source>How many numbered sign-in sheets to print</source>
        <translation>要打印几张带编号的签到表</translation>
    </message>
    <message>
        <source>The activity is closed: its posters and sheets are no longer printed.</source>
        <translation>活动已结束：不再打印它的海报和签到表。</translation>
    </message>
    <message>
        <source>Choose a channel in the table first</source>
        <translation>请先在表中选择一个渠道</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the {what} of “{name}” now, or save it as a PDF?</source>
        <translation>现在打印“{name}”的{what}，还是存为 PDF？</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>存为 PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing “{name}”…</source>
        <translation>正在准备“{name}”…</translation>
    </message>
    <message>
        <source>Sent to the printer. Check that every page came out.</source>
        <translation>已发送到打印机。请检查每一页都已打印出来。</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>投放位置</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>印制份数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>渠道码</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>签到数</translation>
    </message>
    <message>
        <source>Sign-ins per copy</source>
        <translation>每份签到数</translation>
    </message>
    <message>
        <source>Name, e.g. market gate poster</source>
        <translation>名称，如：集市入口海报</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>投放位置</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>Each channel has its own code for its QR: the sign-ins it brings are counted.</source>
        <translation>每个渠道的二维码有自己的渠道码，按渠道统计带来的签到。</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Start the check</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <source>Edit the checklist…</source>
        <translation>编辑检查表…</translation>
    </message>
    <message>
        <source>New checklist…</source>
        <translation>新建检查表…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Choose a checklist, then press Enter:</source>
        <translation>选择检查表，按回车开始：</translation>
    </message>
    <message>
        <source>P or 1 pass · F or 2 fail · N or 3 not applicable · R person responsible · Ctrl+Enter sign · Esc back to the list</source>
        <translation>P 或 1 合格 · F 或 2 不合格 · N 或 3 不适用 · R 指定责任人 · Ctrl+回车 签名 · Esc 返回列表</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Attach a photo…</source>
        <translation>附照片…</translation>
    </message>
    <message>
        <source>Sign the check</source>
        <translation>签名确认</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>{title} (draft, not published yet)</source>
        <translation>{title}（草稿，尚未发布）</translation>
    </message>
    <message>
        <source>{title} (version {number})</source>
        <translation>{title}（第 {number} 版）</translation>
    </message>
    <message>
        <source> · a draft is open</source>
        <translation> · 有未发布的草稿</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>{earned} / {possible} ({percent}%)</source>
        <translation>{earned} / {possible}（{percent}%）</translation>
    </message>
    <message>
        <source>Version {number} of {title} is published: new checks use it.</source>
        <translation>{title} 第 {number} 版已发布，今后的检查使用此版本。</translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation>附照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>附上</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>check-{title}-{day}</source>
        <translation>检查报告-{title}-{day}</translation>
    </message>
    <message>
        <source>Signed. The report is saved as &lt;a href="{file}"&gt;{path}&lt;/a&gt;</source>
        <translation>已签名。检查报告已保存为 &lt;a href="{file}"&gt;{path}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Run a check</source>
        <translation>开展检查</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>记录暗访…</translation>
    </message>
    <message>
        <source>Release to the branch…</source>
        <translation>发布给支局…</translation>
    </message>
    <message>
        <source>Choose the mystery-shopper checklist, then press Enter:</source>
        <translation>选择神秘顾客暗访检查表，然后按回车：</translation>
    </message>
    <message>
        <source>When due…</source>
        <translation>时间安排…</translation>
    </message>
    <message>
        <source>Recent visits: Enter opens one</source>
        <translation>最近的暗访：按回车打开</translation>
    </message>
    <message>
        <source>Recent checks: Enter opens one</source>
        <translation>最近的检查：按回车打开</translation>
    </message>
    <message>
        <source> · Ctrl+R release</source>
        <translation> · Ctrl+R 发布</translation>
    </message>
    <message>
        <source>Correct the visit…</source>
        <translation>更正暗访信息…</translation>
    </message>
    <message>
        <source> · not released</source>
        <translation> · 未发布</translation>
    </message>
    <message>
        <source>Release the visit</source>
        <translation>发布暗访结果</translation>
    </message>
    <message>
        <source>Release this visit to the branch? From then on everyone at the branch sees its results, and the failed items are followed up. This cannot be undone.</source>
        <translation>把这次暗访的结果发布给支局吗？发布后支局所有人都能看到结果，不合格项将进入整改。发布后不能撤回。</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Released. The report is saved as &lt;a href="{file}"&gt;{path}&lt;/a&gt;</source>
        <translation>已发布。报告已保存为 &lt;a href="{file}"&gt;{path}&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Signed. Only inspectors see this visit until you release it (Ctrl+R); its report is saved then.</source>
        <translation>已签名。发布（Ctrl+R）之前只有检查员能看到这次暗访；报告在发布时保存。</translation>
    </message>
    <message>
        <source>Corrective actions opened for the failed items: {count}. They are on the Corrective actions tab.</source>
        <translation>已为不合格项生成整改 {count} 项，见“整改”页签。</translation>
    </message>
    <message>
        <source>{title} · version {number}</source>
        <translation>{title} · 第 {number} 版</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation>（关键项）</translation>
    </message>
    <message>
        <source>{answered} of {total} answered · {points} · {result}</source>
        <translation>已答 {answered} / {total} 项 · {points} · {result}</translation>
    </message>
    <message>
        <source>a critical item failed</source>
        <translation>关键项不合格</translation>
    </message>
    <message>
        <source>no critical failure</source>
        <translation>关键项均合格</translation>
    </message>
    <message>
        <source>Signed by {name}: {result}</source>
        <translation>{name} 已签名：{result}</translation>
    </message>
    <message>
        <source>Visit: {day} {time}</source>
        <translation>暗访时间：{day} {time}</translation>
    </message>
    <message>
        <source>window: {window}</source>
        <translation>窗口：{window}</translation>
    </message>
    <message>
        <source>served by: {name}</source>
        <translation>服务人员：{name}</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>not released: only inspectors see it</source>
        <translation>未发布：只有检查员能看到</translation>
    </message>
    <message>
        <source>released {day} by {name}</source>
        <translation>{day} 由{name}发布</translation>
    </message>
    <message>
        <source>HQ</source>
        <translation>县局</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source> (from attendance)</source>
        <translation>（据考勤）</translation>
    </message>
    <message>
        <source>Photo attached</source>
        <translation>已附照片</translation>
    </message>
    <message>
        <source>Pass, fail or not applicable.</source>
        <translation>合格、不合格或不适用。</translation>
    </message>
    <message>
        <source>A score from 0 to {top}, then Enter.</source>
        <translation>填 0 到 {top} 分，按回车。</translation>
    </message>
    <message>
        <source>A number from {low} to {high} {unit}, then Enter.</source>
        <translation>填数字（{low} 到 {high} {unit}），按回车。</translation>
    </message>
    <message>
        <source>Type the text, then Enter.</source>
        <translation>填写文字，按回车。</translation>
    </message>
    <message>
        <source>Attach a photo file, or N if there is none to take.</source>
        <translation>附上照片文件；无法拍照时按 N。</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（不指定）</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Letter</source>
        <translation>来信</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>来电</translation>
    </message>
    <message>
        <source>12305 hotline</source>
        <translation>12305热线</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>延误</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>损毁</translation>
    </message>
    <message>
        <source>Staff attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>资费</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Customer not reached</source>
        <translation>联系不上客户</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} 小时</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} 分钟</translation>
    </message>
    <message>
        <source>Overdue by {span}</source>
        <translation>已超期 {span}</translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation>剩余 {span}</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation>投诉登记</translation>
    </message>
    <message>
        <source>Answer every complaint within 3 calendar days of receipt (weekends count).</source>
        <translation>每件投诉须在受理后 3 个自然日内答复（含周末）。</translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <source>Choose a complaint to see its steps, or register a new one.</source>
        <translation>选择一件投诉查看办理记录，或登记新的投诉。</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Phone or address (shown masked)</source>
        <translation>电话或地址（显示时隐去部分）</translation>
    </message>
    <message>
        <source>What the customer complained about</source>
        <translation>客户投诉的内容</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation>客户联系方式</translation>
    </message>
    <message>
        <source>First asked (首问)</source>
        <translation>首问责任人</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>承办人</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>Corrects what was registered; the record itself is never changed</source>
        <translation>更正登记内容；原登记记录不作修改</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加办理记录</translation>
    </message>
    <message>
        <source>The reply given to the customer</source>
        <translation>给客户的答复</translation>
    </message>
    <message>
        <source>Reply and close</source>
        <translation>答复并办结</translation>
    </message>
    <message>
        <source>Record satisfaction</source>
        <translation>登记满意度</translation>
    </message>
    <message>
        <source>Customer's satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>The branch head or the duty manager replies and records satisfaction.</source>
        <translation>由支局长或值班主管答复客户并登记满意度。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>超时答复</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>{channel} · {category} · contact {contact}</source>
        <translation>{channel} · {category} · 联系方式 {contact}</translation>
    </message>
    <message>
        <source>Received {received}; first asked: {first}; assigned to: {assignee}</source>
        <translation>受理 {received}；首问责任人：{first}；承办人：{assignee}</translation>
    </message>
    <message>
        <source>Answer by {deadline} ({state})</source>
        <translation>答复期限 {deadline}（{state}）</translation>
    </message>
    <message>
        <source>Customer's satisfaction: {value}</source>
        <translation>客户满意度：{value}</translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation>交 {name}</translation>
    </message>
</context>
<context>
    <name>CounterPanel</name>
    <message>
        <source>My window</source>
        <translation>我的窗口</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>叫下一位</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始办理</translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>转业务…</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>暂挂</translation>
    </message>
    <message>
        <source>Scan or type a ticket number, then Enter</source>
        <translation>扫描或输入号票号码，按回车叫号</translation>
    </message>
    <message>
        <source>Call number</source>
        <translation>指定叫号</translation>
    </message>
    <message>
        <source>Shortcut: {key}</source>
        <translation>快捷键：{key}</translation>
    </message>
    <message>
        <source>Window {number}</source>
        <translation>{number} 号窗口</translation>
    </message>
    <message>
        <source>No window set up</source>
        <translation>尚未设置窗口</translation>
    </message>
    <message>
        <source>Paused: {reason}</source>
        <translation>暂停服务：{reason}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>服务中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>No customer at the window</source>
        <translation>窗口暂无顾客</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>recalled {count}×</source>
        <translation>已重呼 {count} 次</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>{priority}{service} · {status} · waited {minutes} min</source>
        <translation>{priority}{service} · {status} · 已等候 {minutes} 分钟</translation>
    </message>
    <message>
        <source>{code} finished in {served} min: OVER the norm of {norm} min</source>
        <translation>{code} 办理用时 {served} 分钟，超出 {norm} 分钟的时限</translation>
    </message>
    <message>
        <source>{code} finished in {served} min, within the norm of {norm} min</source>
        <translation>{code} 办理用时 {served} 分钟，在时限 {norm} 分钟之内</translation>
    </message>
    <message>
        <source>Amount recorded: ¥{amount}</source>
        <translation>登记金额：¥{amount}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复服务</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>暂停服务…</translation>
    </message>
    <message>
        <source>Open window</source>
        <translation>开窗</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>关窗</translation>
    </message>
    <message>
        <source>No-show (F5): only while a called customer has not come to the window</source>
        <translation>过号（F5）：仅在已叫号的客户未到窗口时可用</translation>
    </message>
    <message>
        <source>No-show (F5): recall the number first; a customer is marked absent only after being called at least twice</source>
        <translation>过号（F5）：请先重呼；客户至少被叫两次仍未到才能记为过号</translation>
    </message>
    <message>
        <source>No-show (F5): the called customer did not come</source>
        <translation>过号（F5）：已叫号的客户未到窗口</translation>
    </message>
    <message>
        <source>Pick your window first.</source>
        <translation>请先选择您的窗口。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>本窗口暂无等候的顾客。</translation>
    </message>
    <message>
        <source>Calling {code}</source>
        <translation>正在呼叫 {code}</translation>
    </message>
    <message>
        <source>Calling {code} again</source>
        <translation>再次呼叫 {code}</translation>
    </message>
    <message>
        <source>Serving {code}</source>
        <translation>正在为 {code} 办理</translation>
    </message>
    <message>
        <source>{code} did not come: marked as a no-show</source>
        <translation>{code} 未到，已记为过号</translation>
    </message>
    <message>
        <source>{code} is on hold; call it back from the held list or by its number</source>
        <translation>{code} 已暂挂；可在暂挂列表中或输入号码重新叫号</translation>
    </message>
    <message>
        <source>{code} finished</source>
        <translation>{code} 已办结</translation>
    </message>
    <message>
        <source>{code} moved to {service}, keeping the arrival time</source>
        <translation>{code} 已转到{service}，保留原取号时间</translation>
    </message>
    <message>
        <source>Window open again</source>
        <translation>窗口已恢复服务</translation>
    </message>
    <message>
        <source>Window paused</source>
        <translation>窗口已暂停服务</translation>
    </message>
    <message>
        <source>Window open</source>
        <translation>窗口已开启</translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation>窗口已关闭</translation>
    </message>
    <message>
        <source>Call order: priority tickets always first</source>
        <translation>叫号规则：优先号始终先叫</translation>
    </message>
    <message>
        <source>Call order: one priority ticket after every {every} others</source>
        <translation>叫号规则：每叫 {every} 个普通号，叫 1 个优先号</translation>
    </message>
    <message>
        <source>Call order: by time waited; priority tickets start {bonus} min ahead</source>
        <translation>叫号规则：按等候时间，优先号提前 {bonus} 分钟计</translation>
    </message>
</context>
<context>
    <name>CounterRulesGroup</name>
    <message>
        <source>No-shows and back-entry</source>
        <translation>过号重叫与补录</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>today and </source>
        <translation>今天及之前 </translation>
    </message>
    <message>
        <source> day(s) before</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>today only</source>
        <translation>仅限今天</translation>
    </message>
    <message>
        <source>Back-entered times must be within opening hours</source>
        <translation>补录时间须在营业时间内</translation>
    </message>
    <message>
        <source>Save these rules</source>
        <translation>保存这些规则</translation>
    </message>
    <message>
        <source>A no-show can be called back for</source>
        <translation>过号后可重新叫号的时限</translation>
    </message>
    <message>
        <source>Paper tickets can be back-entered for</source>
        <translation>纸质号票可补录的范围</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>BranchDesk: unexpected error</source>
        <translation>BranchDesk：程序意外出错</translation>
    </message>
    <message>
        <source>Something went wrong inside BranchDesk. Your saved work is safe.
Please save a report and give it to your administrator.</source>
        <translation>BranchDesk 内部出现了问题，已保存的数据不受影响。
请保存错误报告并交给系统管理员。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Could not save the report: {error}</source>
        <translation>报告保存失败：{error}</translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation>报告已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>DisplayBoard</name>
    <message>
        <source>Display board</source>
        <translation>叫号屏</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>正在办理</translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation>最近叫号</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>{branch} · please wait for your number</source>
        <translation>{branch} · 请留意叫号</translation>
    </message>
    <message>
        <source>{code}  to window {number}</source>
        <translation>{code}  请到 {number} 号窗口</translation>
    </message>
    <message>
        <source>Window {number}</source>
        <translation>{number}号窗口</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>未开放</translation>
    </message>
    <message>
        <source>{count}</source>
        <comment>people waiting</comment>
        <translation>{count} 人</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Mark the action done</source>
        <translation>整改完成</translation>
    </message>
    <message>
        <source>What was done (the evidence):</source>
        <translation>整改情况（佐证）：</translation>
    </message>
    <message>
        <source>Attach a photo…</source>
        <translation>附照片…</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>未附照片</translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation>附照片</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>照片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>Due and overdue</source>
        <translation>待办与逾期</translation>
    </message>
    <message>
        <source>Nothing is due or overdue: no check waiting, no corrective action or complaint past its deadline.</source>
        <translation>暂无待办：没有待做的检查，也没有逾期的整改或投诉。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>待做</translation>
    </message>
    <message>
        <source> (started)</source>
        <translation>（已开始）</translation>
    </message>
    <message>
        <source>Check: {title}</source>
        <translation>检查：{title}</translation>
    </message>
    <message>
        <source>Corrective action: {item} ({owner})</source>
        <translation>整改：{item}（{owner}）</translation>
    </message>
    <message>
        <source>Overdue by {days} d</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>Complaint: {summary} ({assignee})</source>
        <translation>投诉：{summary}（{assignee}）</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>超期未答复</translation>
    </message>
    <message>
        <source>Activity milestone: {activity}: {milestone} ({owner})</source>
        <translation>活动里程碑：{activity}：{milestone}（{owner}）</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>未指定负责人</translation>
    </message>
    <message>
        <source>Customers to call back after an activity: {count}</source>
        <translation>活动后待回访客户：{count} 位</translation>
    </message>
    <message>
        <source>within 48 h</source>
        <translation>48 小时内</translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation>其中 {count} 位已超时</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>待办</translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <source>BranchDesk</source>
        <translation>BranchDesk</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Weekly evaluation</source>
        <translation>每周表现评估</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>of {top}</source>
        <translation>满分 {top}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{total} of {top}</source>
        <translation>{total} / {top} 分</translation>
    </message>
    <message>
        <source>Not evaluated yet this week.</source>
        <translation>本周尚未评估。</translation>
    </message>
    <message>
        <source>Evaluated {total} of 50 by {who} at {when}. Saving adds a correction; the earlier evaluation stays listed.</source>
        <translation>已由{who}于 {when} 评估，{total}/50 分。保存即新增一条更正，原评估保留可查。</translation>
    </message>
    <message>
        <source>No week of this month has begun yet.</source>
        <translation>本月还没有已开始的周。</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Figure achieved in {month}</source>
        <translation>{month} 完成数录入</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>完成数</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This target is not set for the month.</source>
        <translation>本月未设置此项指标。</translation>
    </message>
    <message>
        <source>Goal {goal}, worth {points} points. Saving adds an entry; the latest counts.</source>
        <translation>目标 {goal}，分值 {points} 分。保存即新增一条记录，以最后一条为准。</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Finish {code}</source>
        <translation>办结 {code}</translation>
    </message>
    <message>
        <source>Business done</source>
        <translation>所办业务</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Due</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>May still come</source>
        <translation>活动未结束</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>已联系上</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>未接通</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>客户拒绝</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Call participants who agreed to it within 48 hours of their visit; offer invited customers who did not come the recap or a compensation.</source>
        <translation>到场并同意回访的客户，到场后 48 小时内回访；已邀约未到场的客户，推送活动回顾或补偿优惠。</translation>
    </message>
    <message>
        <source>Choose a customer in the list.</source>
        <translation>请在列表中选择客户。</translation>
    </message>
    <message>
        <source>Show the number to call</source>
        <translation>显示完整号码拨打</translation>
    </message>
    <message>
        <source>Each time a whole number is shown it is written in the audit log</source>
        <translation>每次显示完整号码都会记入审计日志</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>The recap sent, or the compensation offered</source>
        <translation>推送的活动回顾或提供的补偿</translation>
    </message>
    <message>
        <source>Correct the recorded call</source>
        <translation>更正已记录的回访</translation>
    </message>
    <message>
        <source>A new entry takes the earlier one's place; the earlier one is kept</source>
        <translation>新记录取代原记录，原记录保留</translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>回访结果</translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供内容</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The branch head or the duty manager calls customers and records the calls.</source>
        <translation>由支局长或值班经理回访客户并记录。</translation>
    </message>
    <message>
        <source>After the visit ({open} to call, {late} overdue)</source>
        <translation>到场后回访（待回访 {open}，超时 {late}）</translation>
    </message>
    <message>
        <source>Invited, did not come ({open} to call)</source>
        <translation>已邀约未到场（待联系 {open}）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Call by</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Did not agree to calls: in person only</source>
        <translation>未同意电话回访：只能当面告知</translation>
    </message>
    <message>
        <source>The call is recorded.</source>
        <translation>回访已记录。</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation>{h} 小时 {m:02d} 分</translation>
    </message>
</context>
<context>
    <name>HallDevices</name>
    <message>
        <source>Screen {number} ({width}×{height})</source>
        <translation>屏幕 {number}（{width}×{height}）</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Clock in</source>
        <translation>上班签到</translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation>下班签退</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>First in</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>Last out</source>
        <translation>签退时间</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Today is the day of the weekly bundle, and changes are waiting for HQ. Export it on a USB stick for the county.</source>
        <translation>今天是导出周数据包的日子，还有数据未送达县局。请导出周数据包，用 U 盘交给县局。</translation>
    </message>
    <message>
        <source>Go to the sync page</source>
        <translation>前往同步页面</translation>
    </message>
    <message>
        <source>Open the complaints</source>
        <translation>查看投诉</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>{name}，您好</translation>
    </message>
    <message>
        <source>Complaints past the 3-day deadline, not yet answered: {count}.</source>
        <translation>超过 3 日期限仍未答复的投诉：{count} 件。</translation>
    </message>
    <message>
        <source>Complaints due within a day: {count}.</source>
        <translation>一天内到期的投诉：{count} 件。</translation>
    </message>
    <message>
        <source>Attendance today, {date}</source>
        <translation>今日考勤（{date}）</translation>
    </message>
    <message>
        <source>You have not clocked in today.</source>
        <translation>您今天还没有签到。</translation>
    </message>
    <message>
        <source>On duty since {time}.</source>
        <translation>您自 {time} 起在岗。</translation>
    </message>
    <message>
        <source>Clocked out at {time}.</source>
        <translation>已于 {time} 签退。</translation>
    </message>
    <message>
        <source>Late by {minutes} min</source>
        <translation>迟到 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>Clocked in at {time}.</source>
        <translation>已于 {time} 签到。</translation>
    </message>
    <message>
        <source>(late by {minutes} min)</source>
        <translation>（迟到 {minutes} 分钟）</translation>
    </message>
    <message>
        <source>Clock out now and end your working day?</source>
        <translation>现在签退并结束今天的工作吗？</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Opens</source>
        <translation>开门</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>关门</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>休息</translation>
    </message>
</context>
<context>
    <name>Invitations</name>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <source>Customers</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Any last visit</source>
        <translation>不限最近到访</translation>
    </message>
    <message>
        <source>Came in the last 90 days</source>
        <translation>近 90 天到访过</translation>
    </message>
    <message>
        <source>Came in the last year</source>
        <translation>近一年到访过</translation>
    </message>
    <message>
        <source>Not seen for 90 days</source>
        <translation>90 天未到访</translation>
    </message>
    <message>
        <source>Not seen for a year</source>
        <translation>一年未到访</translation>
    </message>
    <message>
        <source>Agreed to be contacted</source>
        <translation>已同意回访</translation>
    </message>
    <message>
        <source>Consent given or not</source>
        <translation>不限是否同意</translation>
    </message>
    <message>
        <source>Not agreed (in person only)</source>
        <translation>未同意（仅当面邀约）</translation>
    </message>
    <message>
        <source>Show those already invited</source>
        <translation>显示已邀约的客户</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>最近到访</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>到访次数</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意回访</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>已邀约</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <source>Mark the chosen as invited</source>
        <translation>标记所选客户已邀约</translation>
    </message>
    <message>
        <source>Call sheet PDF…</source>
        <translation>邀约名单 PDF…</translation>
    </message>
    <message>
        <source>Call sheet Excel…</source>
        <translation>邀约名单 Excel…</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>邀约方式</translation>
    </message>
    <message>
        <source>Phones are masked. The call sheet of the branch head or the duty manager has the whole numbers of customers who agreed to be contacted.</source>
        <translation>手机号已隐去中间四位。支局长或值班经理导出的邀约名单含同意回访客户的完整号码。</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation>共 {n} 位客户</translation>
    </message>
    <message>
        <source>{n} invitations recorded.</source>
        <translation>已记录 {n} 条邀约。</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>call-sheet</source>
        <translation>邀约名单</translation>
    </message>
    <message>
        <source>Save the call sheet</source>
        <translation>保存邀约名单</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Save as type:</source>
        <translation>保存类型：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>已保存到 {path}</translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>Issue a ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Priority ticket (elderly, disabled, sick, pregnant)</source>
        <translation>优先号（老弱病残孕）</translation>
    </message>
    <message>
        <source>Press it, then the customer's business: that one ticket is a priority ticket</source>
        <translation>先按此键，再按客户要办的业务：这一张号票即为优先号</translation>
    </message>
    <message>
        <source>Priority is on: now press the customer's business to issue a priority ticket (press Priority again to cancel)</source>
        <translation>已选优先号：请按客户要办的业务取优先号（再按一次优先号可取消）</translation>
    </message>
    <message>
        <source>printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>已打印</translation>
    </message>
    <message>
        <source>no ticket printer: tell the customer the number</source>
        <translation>未设号票打印机：请告诉客户号码</translation>
    </message>
    <message>
        <source>PRINTING FAILED, see below</source>
        <translation>打印失败，见下方</translation>
    </message>
    <message>
        <source>{code} {service}: {wait} · {state}</source>
        <translation>{code} {service}：{wait} · {state}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Please choose a service</source>
        <translation>请选择您要办理的业务</translation>
    </message>
    <message>
        <source>Priority for the elderly, disabled, sick and pregnant</source>
        <translation>老弱病残孕优先</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <source>Please take your ticket</source>
        <translation>请取走您的号票</translation>
    </message>
    <message>
        <source>Printing failed, please tell the staff</source>
        <translation>取号成功但打印失败，请到窗口告知工作人员</translation>
    </message>
    <message>
        <source>Please remember your number and listen for it to be called</source>
        <translation>请记住您的号码，留意叫号</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BranchDesk</source>
        <translation>BranchDesk 网点助手</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Board &amp; statistics</source>
        <translation>叫号屏与统计</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉登记</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Customer sign-in</source>
        <translation>活动签到</translation>
    </message>
    <message>
        <source>Staff score</source>
        <translation>员工积分</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Queue settings</source>
        <translation>排队叫号设置</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>人员管理</translation>
    </message>
    <message>
        <source>Sync to HQ</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Today's backup failed</source>
        <translation>今日备份失败</translation>
    </message>
    <message>
        <source>Branch not set up</source>
        <translation>网点尚未设置</translation>
    </message>
    <message>
        <source>Signing out failed</source>
        <translation>退出登录失败</translation>
    </message>
    <message>
        <source>You are still signed in: {error}</source>
        <translation>您仍处于登录状态：{error}</translation>
    </message>
    <message>
        <source>A customer is still at your window</source>
        <translation>您的窗口还有客户</translation>
    </message>
    <message>
        <source>{code} is still at window {number}. Put the ticket on hold (it can be called back by its number), close the window and quit?</source>
        <translation>{code} 号仍在 {number} 号窗口。将该号暂挂（之后可凭号码重新叫回）、关窗并退出吗？</translation>
    </message>
    <message>
        <source>Hold, close the window and quit</source>
        <translation>暂挂、关窗并退出</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>留在此处</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>当前登录：{name}（{role}）</translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Not done after all</source>
        <translation>撤销完成</translation>
    </message>
    <message>
        <source>What (for “Other”)</source>
        <translation>内容（“其他”时填写）</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Red: past its day and not done.</source>
        <translation>红色：已过期限仍未完成。</translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation>{date} 完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待完成</translation>
    </message>
    <message>
        <source>— owner —</source>
        <translation>— 负责人 —</translation>
    </message>
    <message>
        <source>Choose a milestone in the list first.</source>
        <translation>请先在列表中选择一项里程碑。</translation>
    </message>
</context>
<context>
    <name>NewChecklistDialog</name>
    <message>
        <source>New checklist</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <source>Opening check</source>
        <translation>开门检查</translation>
    </message>
    <message>
        <source>Closing check</source>
        <translation>关门检查</translation>
    </message>
    <message>
        <source>Weekly inspection</source>
        <translation>每周检查</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
</context>
<context>
    <name>PaperEntryPanel</name>
    <message>
        <source>Enter a paper sign-in sheet: its number and day, then each row. Enter goes to the next field; Enter on the channel records the row.</source>
        <translation>录入纸质签到表：先填表号和日期，再逐行录入。按回车跳到下一栏；在“渠道”栏按回车即保存该行。</translation>
    </message>
    <message>
        <source>Sheet No.</source>
        <translation>签到表编号</translation>
    </message>
    <message>
        <source>Day on the sheet</source>
        <translation>签到日期</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Record row</source>
        <translation>保存该行</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>Why the chosen row is cancelled</source>
        <translation>作废所选行的原因</translation>
    </message>
    <message>
        <source>Cancel the chosen row</source>
        <translation>作废所选行</translation>
    </message>
    <message>
        <source>{n} other</source>
        <translation>{n} 其他</translation>
    </message>
    <message>
        <source>Channels: {legend}</source>
        <translation>渠道编号：{legend}</translation>
    </message>
    <message>
        <source>Paper sheets are entered while the activity runs.</source>
        <translation>活动进行期间才能录入纸质签到表。</translation>
    </message>
    <message>
        <source>Rows entered from sheet {sheet}: {n}</source>
        <translation>签到表 {sheet} 已录入 {n} 行</translation>
    </message>
    <message>
        <source>{day} is not an event day of this activity.</source>
        <translation>{day} 不是本活动的活动日。</translation>
    </message>
    <message>
        <source>Row {row}: this customer already signed in that day at {time} (sheet {sheet}, row {first}): not counted again.</source>
        <translation>第 {row} 行：该客户当天 {time} 已签到（签到表 {sheet} 第 {first} 行），不重复计数。</translation>
    </message>
    <message>
        <source>Row {row} recorded: {phone} at {time}.</source>
        <translation>第 {row} 行已保存：{phone}，{time}。</translation>
    </message>
    <message>
        <source>The row is cancelled; enter it again if it was mistyped.</source>
        <translation>该行已作废；如是录错，请重新录入。</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause window {number}</source>
        <translation>{number} 号窗口暂停服务</translation>
    </message>
    <message>
        <source>Cash handover</source>
        <translation>交接款</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>午间休息</translation>
    </message>
    <message>
        <source>Equipment fault</source>
        <translation>设备故障</translation>
    </message>
    <message>
        <source>Meeting a customer outside the counter</source>
        <translation>柜外接待顾客</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>回访期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Latest sign-ins</source>
        <translation>最近签到</translation>
    </message>
    <message>
        <source>Follow-ups within 48 hours</source>
        <translation>48 小时内回访</translation>
    </message>
    <message>
        <source>Signed in: {total}, of them new customers: {new}.</source>
        <translation>已签到 {total} 人次，其中新客户 {new} 人。</translation>
    </message>
    <message>
        <source>(phone)</source>
        <translation>（手机号）</translation>
    </message>
    <message>
        <source>To call: {waiting}, of them overdue: {overdue}. Only customers who agreed to be contacted are listed.</source>
        <translation>待回访 {waiting} 人，其中已逾期 {overdue} 人。只列出同意回访联系的客户。</translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>e.g. 2026-12-05, 12-10, 12-15</source>
        <translation>如：2026-12-05, 12-10, 12-15</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Poster text</source>
        <translation>海报文字</translation>
    </message>
    <message>
        <source>Target customers</source>
        <translation>目标客群</translation>
    </message>
    <message>
        <source>Event days</source>
        <translation>活动日</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Phases: owner and deliverables</source>
        <translation>阶段：负责人与交付内容</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>交付内容</translation>
    </message>
    <message>
        <source>Save the phases</source>
        <translation>保存阶段</translation>
    </message>
    <message>
        <source>A draft: change anything, then start it.</source>
        <translation>草稿：可随意修改，然后启动。</translation>
    </message>
    <message>
        <source>Running: the name, days, goals and poster text are fixed.</source>
        <translation>进行中：名称、活动日、目标和海报文字已固定。</translation>
    </message>
    <message>
        <source>Closed: read-only.</source>
        <translation>已结束：只读。</translation>
    </message>
    <message>
        <source>— owner —</source>
        <translation>— 负责人 —</translation>
    </message>
    <message>
        <source>A new plan: it is saved as a draft.</source>
        <translation>新方案：保存为草稿。</translation>
    </message>
</context>
<context>
    <name>PrintProblems</name>
    <message>
        <source>Print problems</source>
        <translation>打印故障</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation>重新打印</translation>
    </message>
    <message>
        <source>Reprint all</source>
        <translation>全部重新打印</translation>
    </message>
    <message>
        <source>Cancel ticket…</source>
        <translation>作废号票…</translation>
    </message>
    <message>
        <source>No print recorded: the program stopped or could not save it. Reprint or cancel.</source>
        <translation>没有打印记录：程序中断或未能保存结果，请重新打印或作废。</translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <source>Ticket printer</source>
        <translation>号票打印机</translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS)</source>
        <translation>小票打印机（ESC/POS）</translation>
    </message>
    <message>
        <source>System printer</source>
        <translation>系统打印机</translation>
    </message>
    <message>
        <source>No ticket printer: the kiosk shows the number on screen</source>
        <translation>不用号票打印机：取号机在屏幕上显示号码</translation>
    </message>
    <message>
        <source>192.168.1.50:9100 or /dev/usb/lp0 or COM3</source>
        <translation>192.168.1.50:9100 或 /dev/usb/lp0 或 COM3</translation>
    </message>
    <message>
        <source>empty: the default printer</source>
        <translation>留空：使用默认打印机</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Address or device</source>
        <translation>地址或设备</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>打印机名称</translation>
    </message>
    <message>
        <source>Print a test ticket</source>
        <translation>打印测试号票</translation>
    </message>
    <message>
        <source>Choose the ticket printer</source>
        <translation>选择号票打印机</translation>
    </message>
    <message>
        <source>Printing a test ticket…</source>
        <translation>正在打印测试号票…</translation>
    </message>
    <message>
        <source>The test ticket was sent to the printer. Check that it came out.</source>
        <translation>测试号票已发送到打印机，请查看是否打出。</translation>
    </message>
    <message>
        <source>Enter the receipt printer's address (host:port) or device.</source>
        <translation>请填写小票打印机的地址（主机:端口）或设备。</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Printer…</source>
        <translation>打印机…</translation>
    </message>
    <message>
        <source>Back-entry…</source>
        <translation>补录…</translation>
    </message>
    <message>
        <source>Enter tickets served on paper during a power cut</source>
        <translation>补录停电期间用纸质号票办理的业务</translation>
    </message>
    <message>
        <source>Correct amount…</source>
        <translation>更正金额…</translation>
    </message>
    <message>
        <source>Correct an amount recorded at finish (duty manager)</source>
        <translation>更正办结时登记的金额（值班主管）</translation>
    </message>
    <message>
        <source>Open kiosk</source>
        <translation>打开取号机</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Next numbers</source>
        <translation>待叫号码</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>当前等候</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <source>Call back at my window</source>
        <translation>到本窗口重新叫号</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>暂挂中</translation>
    </message>
    <message>
        <source>No-show at</source>
        <translation>过号时间</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Back until</source>
        <translation>可重叫至</translation>
    </message>
    <message>
        <source>Recent no-shows</source>
        <translation>近期过号</translation>
    </message>
    <message>
        <source>Window {number}</source>
        <translation>{number} 号窗口</translation>
    </message>
    <message>
        <source>Back-entered {code} (kept out of the timing statistics)</source>
        <translation>已补录 {code}（不计入办理时长统计）</translation>
    </message>
    <message>
        <source>{code}: amount corrected to ¥{amount}</source>
        <translation>{code}：金额已更正为 ¥{amount}</translation>
    </message>
    <message>
        <source>Open the kiosk on this screen?</source>
        <translation>在本屏幕上打开取号机吗？</translation>
    </message>
    <message>
        <source>This PC has one screen: the kiosk will cover all of it, and the counter stays hidden behind it until the kiosk is closed.

To close the kiosk, press Esc and sign in: you ({name}), or a duty manager or above.</source>
        <translation>本机只有一个屏幕：取号机将占满整个屏幕，关闭取号机之前看不到叫号界面。

关闭取号机：按 Esc 键并登录——由您本人（{name}）或值班长及以上人员登录。</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>打开取号机</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>QueueSettingsPage</name>
    <message>
        <source>Queue settings</source>
        <translation>排队叫号设置</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>字头</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号段</translation>
    </message>
    <message>
        <source>Norm (min)</source>
        <translation>限时（分钟）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>none</source>
        <translation>不按件计</translation>
    </message>
    <message>
        <source>per item</source>
        <translation>每件</translation>
    </message>
    <message>
        <source>per title</source>
        <translation>每种</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation>号票字头</translation>
    </message>
    <message>
        <source>Daily numbers</source>
        <translation>每日号段</translation>
    </message>
    <message>
        <source>Norm, minutes</source>
        <translation>限时（分钟）</translation>
    </message>
    <message>
        <source>+ minutes per ¥10,000 over the first</source>
        <translation>超过一万元后每万元加时（分钟）</translation>
    </message>
    <message>
        <source>+ minutes per further unit</source>
        <translation>每增加一件/一种加时（分钟）</translation>
    </message>
    <message>
        <source>Save service</source>
        <translation>保存业务</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>办理业务</translation>
    </message>
    <message>
        <source>Save window</source>
        <translation>保存窗口</translation>
    </message>
    <message>
        <source>Add as a new window</source>
        <translation>新增为窗口</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Strict: priority tickets always first</source>
        <translation>严格优先：优先号总是先叫</translation>
    </message>
    <message>
        <source>One priority ticket after every N others</source>
        <translation>每叫 N 个普通号插叫一个优先号</translation>
    </message>
    <message>
        <source>By waiting time, priority with a head start</source>
        <translation>按等候时间，优先号提前计时</translation>
    </message>
    <message>
        <source>Save policy and target</source>
        <translation>保存叫号规则和目标</translation>
    </message>
    <message>
        <source>Call order</source>
        <translation>叫号规则</translation>
    </message>
    <message>
        <source>N (one priority after N others)</source>
        <translation>N（每 N 个普通号后叫一个优先号）</translation>
    </message>
    <message>
        <source>Priority head start, minutes</source>
        <translation>优先号提前量（分钟）</translation>
    </message>
    <message>
        <source>Advice target: share of customers</source>
        <translation>建议目标：客户比例</translation>
    </message>
    <message>
        <source>… served within minutes</source>
        <translation>……在多少分钟内办理</translation>
    </message>
    <message>
        <source>Call policy and window advice</source>
        <translation>叫号规则与开窗建议</translation>
    </message>
    <message>
        <source>Stop offering it</source>
        <translation>停办该业务</translation>
    </message>
    <message>
        <source>Offer it again</source>
        <translation>恢复办理</translation>
    </message>
    <message>
        <source>Take out of use</source>
        <translation>停用该窗口</translation>
    </message>
    <message>
        <source>Put back in use</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>QueueStatsPage</name>
    <message>
        <source>Board &amp; statistics</source>
        <translation>叫号屏与统计</translation>
    </message>
    <message>
        <source>Open display board</source>
        <translation>打开叫号屏</translation>
    </message>
    <message>
        <source>on screen</source>
        <translation>显示在屏幕</translation>
    </message>
    <message>
        <source>That day</source>
        <translation>当天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>近 7 天</translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation>近 28 天</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>近一年</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Storing the figures of closed days: %v of %m</source>
        <translation>正在保存已结束营业日的统计：%v / %m 天</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>取号人数</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>已办理</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <source>P90 wait</source>
        <translation>90%等候</translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>Mean service (min)</source>
        <translation>平均办理（分钟）</translation>
    </message>
    <message>
        <source>Within norm</source>
        <translation>限时内占比</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>营业员</translation>
    </message>
    <message>
        <source>Paused (min)</source>
        <translation>暂停（分钟）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>按时段</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>按业务</translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation>按营业员</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>Window advice</source>
        <translation>开窗建议</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计……</translation>
    </message>
    <message>
        <source>Counting cancelled.</source>
        <translation>统计已取消。</translation>
    </message>
    <message>
        <source>{first} to {last}: {arrivals} arrivals, {served} served, {no_shows} no-shows; mean wait {wait} min, within norm {share}; windows paused {pause:.0f} min</source>
        <translation>{first} 至 {last}：取号 {arrivals} 人，办理 {served} 人，过号 {no_shows} 人；平均等候 {wait} 分钟，限时内办结 {share}；窗口暂停 {pause:.0f} 分钟</translation>
    </message>
    <message>
        <source>{day} is in the future: there is no queue data for it yet.</source>
        <translation>{day} 尚未到来，还没有排队数据。</translation>
    </message>
    <message>
        <source>Windows to open for {share:.0f}% of customers to wait at most {minutes:g} min, from the branch's own last weeks (hover over a cell for details).</source>
        <translation>按本网点近几周的数据，为使 {share:.0f}% 的客户等候不超过 {minutes:g} 分钟，各时段建议开放的窗口数（鼠标停在格子上可看详情）。</translation>
    </message>
    <message>
        <source>No queue history yet.</source>
        <translation>暂无排队历史数据。</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign the action</source>
        <translation>改派整改</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export daily report…</source>
        <translation>导出日报…</translation>
    </message>
    <message>
        <source>Save the daily report of the chosen day as a PDF or an Excel file</source>
        <translation>把所选日期的排队日报保存为 PDF 或 Excel 文件</translation>
    </message>
    <message>
        <source>queue-report-{day}</source>
        <translation>排队日报-{day}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export daily report</source>
        <translation>导出日报</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Save as type:</source>
        <translation>保存类型：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing the daily report of {day}…</source>
        <translation>正在生成 {day} 的排队日报…</translation>
    </message>
    <message>
        <source>Saved to &lt;a href="{file}"&gt;{path}&lt;/a&gt; &amp;nbsp; &lt;a href="{folder}"&gt;Open its folder&lt;/a&gt;</source>
        <translation>已保存到 &lt;a href="{file}"&gt;{path}&lt;/a&gt;（点击打开）&amp;nbsp; &lt;a href="{folder}"&gt;打开所在文件夹&lt;/a&gt;</translation>
    </message>
    <message>
        <source>{day} is in the future: the report has no queue data yet, only the window advice.</source>
        <translation>{day} 尚未到来：日报中还没有排队数据，只有窗口建议。</translation>
    </message>
    <message>
        <source>No program on this computer opens {path}. Find the file in its folder and open it from there.</source>
        <translation>本机没有能打开 {path} 的程序。请到所在文件夹中找到该文件再打开。</translation>
    </message>
</context>
<context>
    <name>ResetSecretDialog</name>
    <message>
        <source>Reset PIN or password</source>
        <translation>重置PIN码或密码</translation>
    </message>
    <message>
        <source>New PIN or password for {name}. This also lifts a lockout.</source>
        <translation>为 {name} 设置新的PIN码或密码，同时解除账号锁定。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>改进建议</translation>
    </message>
    <message>
        <source>Action {n}</source>
        <translation>措施 {n}</translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation>保存复盘</translation>
    </message>
    <message>
        <source>Close the activity</source>
        <translation>结束活动</translation>
    </message>
    <message>
        <source>The review ends with 3 to 5 actions, each with an owner and a deadline. Closing makes the activity read-only.</source>
        <translation>复盘以 3 至 5 项措施收尾，每项有负责人和期限。结束后活动只读。</translation>
    </message>
    <message>
        <source>— owner —</source>
        <translation>— 负责人 —</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>When the check is due</source>
        <translation>检查时间安排</translation>
    </message>
    <message>
        <source>Daily, around opening time</source>
        <translation>每天，开门前后</translation>
    </message>
    <message>
        <source>Daily, around closing time</source>
        <translation>每天，关门前后</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>每周一次</translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation>每月一次</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>不定期</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Due from, before the time</source>
        <translation>提前多久开始待做</translation>
    </message>
    <message>
        <source>Overdue, after the time</source>
        <translation>超过多久算逾期</translation>
    </message>
    <message>
        <source>By the closing of (weekly)</source>
        <translation>截止（每周）：当天关门时</translation>
    </message>
    <message>
        <source>By the closing of day (monthly)</source>
        <translation>截止（每月）：当月几号关门时</translation>
    </message>
    <message>
        <source>A day the branch is closed has nothing due; a deadline on a closed day moves to the open day before.</source>
        <translation>休息日不安排检查；截止日遇休息日，提前到之前最近的营业日。</translation>
    </message>
</context>
<context>
    <name>SecretFields</name>
    <message>
        <source>PIN (4-8 digits)</source>
        <translation>PIN码（4-8位数字）</translation>
    </message>
    <message>
        <source>Password (8 or more characters)</source>
        <translation>密码（至少8个字符）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation>新PIN码或密码</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation>两次输入不一致。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Change my PIN or password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>This computer and my account</source>
        <translation>本机与我的账号</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>网点信息</translation>
    </message>
    <message>
        <source>Save branch settings</source>
        <translation>保存网点设置</translation>
    </message>
    <message>
        <source>Saved, but the hours fall short of the standard.</source>
        <translation>已保存，但营业时间未达到服务规范要求。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>BranchDesk: first-time set-up</source>
        <translation>BranchDesk：首次设置</translation>
    </message>
</context>
<context>
    <name>SignInKiosk</name>
    <message>
        <source>Welcome! Please sign in with your mobile number</source>
        <translation>欢迎参加！请输入手机号码签到</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Signed in. Welcome, and thank you for coming!</source>
        <translation>签到成功，欢迎您，感谢光临！</translation>
    </message>
    <message>
        <source>Signed in. Welcome back!</source>
        <translation>签到成功，欢迎您再次光临！</translation>
    </message>
    <message>
        <source>You have already signed in today</source>
        <translation>您今天已经签过到了</translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation>您现在可以：</translation>
    </message>
    <message>
        <source>Poster read. Now your mobile number, please</source>
        <translation>已识别海报，请输入您的手机号码</translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation>{n} 年</translation>
    </message>
    <message>
        <source>one year</source>
        <translation>一年</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} 个月</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>To sign you in we keep your mobile number, the time you came and the poster or flyer that brought you.

Your number shows masked (138****1234) on screens and printouts. Only the staff who call customers can see it whole, and every time they do it is recorded.

Your details are kept for {period} after your last visit, then deleted; only the counts remain.

We call you after the activity (for example to ask how it went) only if you tick the box below. Signing in and the gifts do not depend on it. Leaving the box empty keeps any earlier answer; to withdraw it, tell the staff.</source>
        <translation>为了给您签到，我们记录您的手机号码、到场时间，以及您是看到哪张海报或折页来的。

您的号码在屏幕和打印件上只显示部分数字（如 138****1234）。只有负责回访的工作人员能看到完整号码，每次查看都会留下记录。

您的信息在您最后一次到场后保存 {period}，到期删除，只保留人数统计。

只有您勾选下面的方框，我们才会在活动后给您打电话（例如询问您的满意度）。不勾选不影响签到和领取礼品。不勾选时，您以前的选择保持不变；如需撤回同意，请告诉工作人员。</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>个人信息保护告知</translation>
    </message>
    <message>
        <source>I agree that the post office may call me about this activity</source>
        <translation>我同意就本次活动接受电话回访</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Customer sign-in</source>
        <translation>活动签到</translation>
    </message>
    <message>
        <source>Open the sign-in kiosk</source>
        <translation>打开自助签到屏</translation>
    </message>
    <message>
        <source>Scan a poster or type a mobile number</source>
        <translation>扫描海报，或输入手机号码</translation>
    </message>
    <message>
        <source>Agrees to a follow-up call</source>
        <translation>客户同意电话回访（请先询问）</translation>
    </message>
    <message>
        <source>Forget the poster</source>
        <translation>取消此海报</translation>
    </message>
    <message>
        <source>What they can do now</source>
        <translation>客户现在可以</translation>
    </message>
    <message>
        <source>They agree to a follow-up call</source>
        <translation>客户同意电话回访</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>No running activity</source>
        <translation>没有进行中的活动</translation>
    </message>
    <message>
        <source>No activity is running: start one on the activities page.</source>
        <translation>没有进行中的活动：请在“活动”页面启动活动。</translation>
    </message>
    <message>
        <source>Sign-ins: {total}, new customers: {new}</source>
        <translation>已签到 {total} 人次，其中新客户 {new} 人</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Returning</source>
        <translation>老客户</translation>
    </message>
    <message>
        <source>Typed at the desk</source>
        <translation>签到台输入</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>自助签到屏</translation>
    </message>
    <message>
        <source>Paper sheet</source>
        <translation>纸质签到表</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>扫码</translation>
    </message>
    <message>
        <source>Poster read: now the customer's mobile number</source>
        <translation>已识别海报：请输入客户手机号码</translation>
    </message>
    <message>
        <source>signed in at {time}</source>
        <translation>{time} 签到</translation>
    </message>
    <message>
        <source>came by “{channel}”</source>
        <translation>来自“{channel}”</translation>
    </message>
    <message>
        <source>visits so far: {n}</source>
        <translation>累计到场 {n} 次</translation>
    </message>
    <message>
        <source>Signed in already today: no second arrival gift; they may go on to the experience zone or the consultation desk.</source>
        <translation>今天已签到过：不再发到场礼；可以去体验区或咨询台。</translation>
    </message>
    <message>
        <source>Agreed to a follow-up call: we call within 48 hours.</source>
        <translation>客户已同意回访：48 小时内电话回访。</translation>
    </message>
    <message>
        <source>No poster scanned: the sign-in counts as typed at the desk.</source>
        <translation>未扫描海报：本次签到记为签到台输入。</translation>
    </message>
    <message>
        <source>Poster or flyer: “{name}” — the next mobile number signs in with it.</source>
        <translation>海报或折页：“{name}”，下一个手机号码将记入此渠道。</translation>
    </message>
    <message>
        <source>Waiting for a scan or a mobile number</source>
        <translation>请扫码或输入手机号码</translation>
    </message>
    <message>
        <source>Open the sign-in kiosk on this screen?</source>
        <translation>在本屏幕上打开自助签到屏？</translation>
    </message>
    <message>
        <source>This PC has one screen: the kiosk will cover all of it, and this desk stays hidden behind it until the kiosk is closed.

To close the kiosk, press Esc and sign in: whoever opened it, or a duty manager or above.</source>
        <translation>本电脑只有一个屏幕：自助签到屏将占满整个屏幕，关闭之前看不到签到台。

关闭自助签到屏：按 Esc 键并登录，由打开它的人或值班长及以上人员操作。</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>打开自助签到屏</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>SignInUnlockDialog</name>
    <message>
        <source>Close the sign-in kiosk</source>
        <translation>关闭自助签到屏</translation>
    </message>
    <message>
        <source>Whoever opened the sign-in kiosk, or a duty manager or above, signs in to close it.</source>
        <translation>由打开自助签到屏的人员或值班长及以上人员登录后关闭。</translation>
    </message>
    <message>
        <source>Only whoever opened the sign-in kiosk, or a duty manager or above, can close it.</source>
        <translation>只有打开自助签到屏的人员或值班长及以上人员才能关闭自助签到屏。</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>BranchDesk: sign in</source>
        <translation>BranchDesk：登录</translation>
    </message>
    <message>
        <source>Sign in with your name and PIN or password</source>
        <translation>请输入登录名和PIN码或密码</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN码或密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>PIN / password</source>
        <translation>PIN码/密码</translation>
    </message>
    <message>
        <source>Demo branch: sign in with any of these accounts (double-click to fill in)</source>
        <translation>演示网点：可用下列任一账号登录（双击自动填写）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Enter your sign-in name.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked until {time}. A branch head or administrator can unlock it sooner.</source>
        <translation>错误次数过多，此账号已锁定，{time} 自动解锁。支局长或系统管理员可提前解锁。</translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message>
        <source>New customer: signed in</source>
        <translation>新客户，签到成功</translation>
    </message>
    <message>
        <source>Returning customer: signed in</source>
        <translation>老客户，签到成功</translation>
    </message>
    <message>
        <source>Already signed in today: nothing recorded</source>
        <translation>今天已签到，未重复记录</translation>
    </message>
    <message>
        <source>Experience zone: try the services on show</source>
        <translation>体验区：体验现场展示的业务</translation>
    </message>
    <message>
        <source>Consultation desk: ask about savings, mail and stamps</source>
        <translation>咨询台：咨询储蓄、寄递和集邮</translation>
    </message>
    <message>
        <source>Gift desk: collect the arrival gift</source>
        <translation>礼品发放处：领取到场礼</translation>
    </message>
    <message>
        <source>Not yet agreed to a follow-up call: ask whether we may call</source>
        <translation>尚未同意电话回访：请询问客户是否同意</translation>
    </message>
    <message>
        <source>Missed “{name}”: offer the recap or the compensation (due {when})</source>
        <translation>曾错过“{name}”：请介绍活动回顾或补偿优惠（应于 {when} 前）</translation>
    </message>
    <message>
        <source>Satisfaction call for “{name}” due {when}: ask now, face to face</source>
        <translation>“{name}”的满意度回访应于 {when} 前完成：可当面询问</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（已逾期）</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>修改人员信息</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation>在职（可以登录）</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>人员管理</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sign-in by</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Lift the lockout after too many wrong attempts; the PIN or password stays as it is</source>
        <translation>解除因错误次数过多造成的锁定；PIN码或密码保持不变</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation>已锁定（{time} 解锁）</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN码</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Select a staff member first.</source>
        <translation>请先选择一名人员。</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} 可以重新登录了。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>StaffScore</name>
    <message>
        <source>Weekly</source>
        <translation>周评</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>月度指标</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日进度</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} 至 {last}</translation>
    </message>
    <message>
        <source>Week {span}: not evaluated (left out of the average)</source>
        <translation>{span} 未评估（不计入平均）</translation>
    </message>
    <message>
        <source>Week {span}: {total} of 50</source>
        <translation>{span} 周评 {total}/50 分</translation>
    </message>
    <message>
        <source> (corrected: the latest of {count} entries counts)</source>
        <translation>（有更正：共 {count} 条，以最后一条为准）</translation>
    </message>
    <message>
        <source>nothing entered yet</source>
        <translation>尚未录入</translation>
    </message>
    <message>
        <source>{actual} of {goal}</source>
        <translation>完成 {actual}/{goal}</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>系统统计</translation>
    </message>
    <message>
        <source>entered</source>
        <translation>主管录入</translation>
    </message>
    <message>
        <source>{target}: {done}, {how}; worth {points}</source>
        <translation>{target}：{done}（{how}），分值 {points} 分</translation>
    </message>
    <message>
        <source>daily checks signed: {count}</source>
        <translation>签署日检 {count} 次</translation>
    </message>
    <message>
        <source>{within} of {served} tickets within the norm</source>
        <translation>时限内办结 {within}/{served} 笔</translation>
    </message>
    <message>
        <source>nothing to measure (not counted)</source>
        <translation>无可计量的工作（不计入）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation>【关键项】</translation>
    </message>
    <message>
        <source>{when} {check}: {item}{critical} failed</source>
        <translation>{when} {check}：{item}{critical} 不合格</translation>
    </message>
    <message>
        <source>Weekly evaluation of {name}, week {span}</source>
        <translation>{name} 的周评（{span}）</translation>
    </message>
    <message>
        <source>Entered by {who} at {when}. A correction is a new evaluation of the same week; the latest counts and the earlier ones stay listed.</source>
        <translation>{who}于 {when} 录入。更正即对同一周再评一次，以最后一次为准，之前的记录保留可查。</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>评估项目</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>满分</translation>
    </message>
    <message>
        <source> (replaced)</source>
        <translation>（已更正）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>{target} of {name}, {month}</source>
        <translation>{name} 的{target}（{month}）</translation>
    </message>
    <message>
        <source>Target set</source>
        <translation>设置指标</translation>
    </message>
    <message>
        <source>goal {goal}, worth {points}</source>
        <translation>目标 {goal}，分值 {points}</translation>
    </message>
    <message>
        <source>Figure entered</source>
        <translation>录入完成数</translation>
    </message>
    <message>
        <source>Ticket {code}</source>
        <translation>{code} 号</translation>
    </message>
    <message>
        <source>{served} min served, norm {norm} min</source>
        <translation>办理 {served} 分钟，时限 {norm} 分钟</translation>
    </message>
    <message>
        <source>Counted from the tickets this person served at the window: {within} of {count} within the norm (over the norm marked).</source>
        <translation>由本人在窗口办结的号票统计：{count} 笔中 {within} 笔在时限内（超时的已标出）。</translation>
    </message>
    <message>
        <source>Entered by the branch head; a correction is a new entry and the latest counts.</source>
        <translation>由支局长录入；更正即新增一条，以最后一条为准。</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>录入人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>{name} on {day}</source>
        <translation>{name}，{day}</translation>
    </message>
    <message>
        <source>Clocked in {first_in}, out {last_out}.</source>
        <translation>签到 {first_in}，签退 {last_out}。</translation>
    </message>
    <message>
        <source>Daily checks signed: {count}.</source>
        <translation>签署日检 {count} 次。</translation>
    </message>
    <message>
        <source>Check signed</source>
        <translation>签署检查</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>{check}, signed {when} by {who}</source>
        <translation>{check}，{who}于 {when} 签名</translation>
    </message>
    <message>
        <source>The failed item naming the person is marked.</source>
        <translation>注明此人为责任人的不合格项已标出。</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
</context>
<context>
    <name>StaffScorePage</name>
    <message>
        <source>Staff score</source>
        <translation>员工积分</translation>
    </message>
    <message>
        <source>100 points a month: weekly evaluation 50, monthly targets 30, daily progress 20.</source>
        <translation>每月满分100分：每周表现评估50分，月度指标30分，每日进度20分。</translation>
    </message>
    <message>
        <source>A failed check item naming the person costs 2 points, a critical one 5.</source>
        <translation>检查中注明本人为责任人的不合格项每项扣2分，关键项扣5分。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Weekly evaluation…</source>
        <translation>周评…</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>设置指标…</translation>
    </message>
    <message>
        <source>Enter figure…</source>
        <translation>录入完成数…</translation>
    </message>
    <message>
        <source>Save monthly PDF</source>
        <translation>保存月报 PDF</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>周评</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣分</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源与计算</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the line's source.</source>
        <translation>按回车键或双击打开该行的来源。</translation>
    </message>
    <message>
        <source>A correction is a new entry; nothing is changed in place.</source>
        <translation>更正均为新增记录，原记录不作修改。</translation>
    </message>
    <message>
        <source>{name}, {month}: {total} of 100</source>
        <translation>{name}，{month}：{total}/100 分</translation>
    </message>
    <message>
        <source>This week has no evaluation yet: nothing to open.</source>
        <translation>这一周尚未评估，没有可打开的来源。</translation>
    </message>
    <message>
        <source>staff-score-{month}.pdf</source>
        <translation>员工积分月报-{month}.pdf</translation>
    </message>
    <message>
        <source>The monthly report is saved as &lt;a href="{file}"&gt;{path}&lt;/a&gt;</source>
        <translation>月报已保存为 &lt;a href="{file}"&gt;{path}&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>StaffUnlockDialog</name>
    <message>
        <source>Close the kiosk</source>
        <translation>关闭取号机</translation>
    </message>
    <message>
        <source>Staff login name</source>
        <translation>工作人员登录名</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN码或密码</translation>
    </message>
    <message>
        <source>Whoever opened the kiosk, or a duty manager or above, signs in to close it.</source>
        <translation>由打开取号机的人员或值班长及以上人员登录后关闭。</translation>
    </message>
    <message>
        <source>Only whoever opened the kiosk, or a duty manager or above, can close it.</source>
        <translation>只有打开取号机的人员或值班长及以上人员才能关闭取号机。</translation>
    </message>
</context>
<context>
    <name>SummaryReportExport</name>
    <message>
        <source>Export summary report…</source>
        <translation>导出总结报告…</translation>
    </message>
    <message>
        <source>Save the activity's summary report as a PDF or an Excel file</source>
        <translation>把活动总结报告存为 PDF 或 Excel 文件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>summary-report-{name}</source>
        <translation>活动总结报告-{name}</translation>
    </message>
    <message>
        <source>Export summary report</source>
        <translation>导出总结报告</translation>
    </message>
    <message>
        <source>Writing the summary report of “{name}”…</source>
        <translation>正在生成“{name}”的总结报告…</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync to HQ</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Enrol this branch with HQ</source>
        <translation>本支局登记到县局</translation>
    </message>
    <message>
        <source>http://hq.example:8811, or scan the QR code</source>
        <translation>如 http://192.168.1.10:8811，或扫描二维码</translation>
    </message>
    <message>
        <source>20 letters and digits from the county's sheet</source>
        <translation>县局打印单上的 20 位字母和数字</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Scan the QR code on the sheet the county printed, or type HQ's address and the enrolment code.</source>
        <translation>扫描县局打印单上的二维码，或输入县局服务器地址和登记码。</translation>
    </message>
    <message>
        <source>HQ address or QR code</source>
        <translation>县局地址或二维码</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>登记码</translation>
    </message>
    <message>
        <source>Connection with HQ</source>
        <translation>与县局的连接</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation>县局地址</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>支局代码</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>待上传的数据</translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation>最早一条待上传</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>上次同步成功</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>上次尝试</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>上次错误</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Weekly bundle by USB stick</source>
        <translation>U 盘周数据包</translation>
    </message>
    <message>
        <source>Where the network to HQ is down, take the changes to the county on a USB stick once a week, and bring back HQ's acknowledgement.</source>
        <translation>到县局的网络不通时，每周用 U 盘把数据送到县局，再把县局的回执带回来导入。</translation>
    </message>
    <message>
        <source>Export weekly bundle…</source>
        <translation>导出周数据包…</translation>
    </message>
    <message>
        <source>Import acknowledgement…</source>
        <translation>导入回执…</translation>
    </message>
    <message>
        <source>Bundle day</source>
        <translation>每周导出日</translation>
    </message>
    <message>
        <source>{time} ({ago})</source>
        <translation>{time}（{ago}）</translation>
    </message>
    <message>
        <source>Asking HQ…</source>
        <translation>正在联系县局…</translation>
    </message>
    <message>
        <source>Enrolled. HQ's key id is {key}. Compare it with the key id on the county's sheet: if they differ, call the county before going on.</source>
        <translation>登记成功。县局密钥编号为 {key}。请与县局打印单上的密钥编号核对：如不一致，请先打电话给县局，再继续操作。</translation>
    </message>
    <message>
        <source>HQ did not issue this enrolment code for this branch. Check the code on the county's sheet, and that it is for this branch, or ask the county office for a new one.</source>
        <translation>县局没有为本支局发过这个登记码。请核对县局打印单上的登记码，确认是发给本支局的，或请县局重新发一个。</translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation>正在与县局同步…</translation>
    </message>
    <message>
        <source>Synced: HQ took {pushed} changes, {pulled} came from HQ.</source>
        <translation>同步完成：上传 {pushed} 条数据，从县局收到 {pulled} 条。</translation>
    </message>
    <message>
        <source>Acknowledgement (*.bdack)</source>
        <translation>回执文件 (*.bdack)</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>文件类型：</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export the weekly bundle to</source>
        <translation>周数据包保存到</translation>
    </message>
    <message>
        <source>HQ's acknowledgement</source>
        <translation>县局回执</translation>
    </message>
    <message>
        <source>Writing the weekly bundle…</source>
        <translation>正在写入周数据包…</translation>
    </message>
    <message>
        <source>The bundle holds changes {first} to {last}. Take it to the county.</source>
        <translation>数据包包含第 {first} 至第 {last} 条数据，请交给县局。</translation>
    </message>
    <message>
        <source>Saved to {path} &amp;nbsp; &lt;a href="{folder}"&gt;Open its folder&lt;/a&gt;</source>
        <translation>已保存到 {path} &amp;nbsp; &lt;a href="{folder}"&gt;打开所在文件夹&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Reading HQ's acknowledgement…</source>
        <translation>正在读取县局回执…</translation>
    </message>
    <message>
        <source>HQ holds every change up to {seq}.</source>
        <translation>县局已收到第 {seq} 条及之前的全部数据。</translation>
    </message>
    <message>
        <source>The weekly bundle is now due on {day}.</source>
        <translation>今后每周{day}导出周数据包。</translation>
    </message>
    <message>
        <source>No program on this computer opens {path}. Find the file in its folder.</source>
        <translation>本电脑没有能打开 {path} 的程序。请在文件夹中找到该文件。</translation>
    </message>
</context>
<context>
    <name>SyncStatusItem</name>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Send the changes waiting to HQ now</source>
        <translation>现在就把待上传的数据发送到县局</translation>
    </message>
    <message>
        <source>Click to open the sync page; right-click to sync now.</source>
        <translation>点击打开同步页面；右键点击可立即同步。</translation>
    </message>
    <message>
        <source>Right-click to sync now.</source>
        <translation>右键点击可立即同步。</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>{age} ago</source>
        <translation>{age}前</translation>
    </message>
    <message>
        <source>HQ's server refused the connection (is it running?)</source>
        <translation>县局服务器拒绝连接（可能没有运行）</translation>
    </message>
    <message>
        <source>HQ did not answer in time</source>
        <translation>县局服务器没有及时应答</translation>
    </message>
    <message>
        <source>the connection to HQ was cut before it answered</source>
        <translation>与县局的连接在应答前中断</translation>
    </message>
    <message>
        <source>HQ's address was not found</source>
        <translation>找不到县局服务器地址</translation>
    </message>
    <message>
        <source>the network to HQ is down</source>
        <translation>到县局的网络不通</translation>
    </message>
    <message>
        <source>the reply did not come from the HQ this branch enrolled with</source>
        <translation>应答不是来自本支局登记的县局服务器</translation>
    </message>
    <message>
        <source>HQ's server answered with an error</source>
        <translation>县局服务器返回错误</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>没有应答</translation>
    </message>
    <message>
        <source>HQ unreachable</source>
        <translation>连不上县局</translation>
    </message>
    <message>
        <source>HQ refuses this PC</source>
        <translation>县局拒绝本机</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Not enrolled with HQ</source>
        <translation>未登记到县局</translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation>正在与县局同步…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>已同步（{when}）</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>待传 {n} 条</translation>
    </message>
    <message>
        <source>{n} waiting (oldest: {when})</source>
        <translation>待传 {n} 条（最早：{when}）</translation>
    </message>
    <message>
        <source>This PC's clock is {minutes} min behind HQ: set the time</source>
        <translation>本机时钟比县局慢 {minutes} 分钟，请校准时间</translation>
    </message>
    <message>
        <source>This PC's clock is {minutes} min ahead of HQ: set the time</source>
        <translation>本机时钟比县局快 {minutes} 分钟，请校准时间</translation>
    </message>
    <message>
        <source>Clock {minutes} min slow</source>
        <translation>时钟慢 {minutes} 分钟</translation>
    </message>
    <message>
        <source>Clock {minutes} min fast</source>
        <translation>时钟快 {minutes} 分钟</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Monthly target for {month}</source>
        <translation>{month} 月度指标</translation>
    </message>
    <message>
        <source> (counted)</source>
        <translation>（系统统计）</translation>
    </message>
    <message>
        <source> (entered)</source>
        <translation>（主管录入）</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Worth (points)</source>
        <translation>分值（分）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Other targets of the month are worth {used} points; all together at most {top}. 0 points withdraws the target.</source>
        <translation>本月其他指标共 {used} 分；全部指标合计不超过 {top} 分。分值填 0 即撤销此项指标。</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Edit checklist: {title} (draft version {number})</source>
        <translation>编辑检查表：{title}（第 {number} 版草稿）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation>结果类型</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pass / fail / not applicable</source>
        <translation>合格 / 不合格 / 不适用</translation>
    </message>
    <message>
        <source>A score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>A number within limits</source>
        <translation>限值内的数字</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>A photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Pass/fail</source>
        <translation>合格判定</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Critical: a fail fails the check</source>
        <translation>关键项：不合格则整次检查不合格</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>检查要点</translation>
    </message>
    <message>
        <source>Top score</source>
        <translation>满分</translation>
    </message>
    <message>
        <source>Lowest allowed</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Highest allowed</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Add item (Ctrl+N)</source>
        <translation>添加项目（Ctrl+N）</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>保存草稿（Ctrl+S）</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Item {number}: the limits must be numbers, such as 18 or 0.5.</source>
        <translation>第 {number} 项：上下限须为数字，如 18 或 0.5。</translation>
    </message>
    <message>
        <source>Draft saved: {count} items.</source>
        <translation>草稿已保存，共 {count} 项。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {code}</source>
        <translation>转业务 {code}</translation>
    </message>
    <message>
        <source>The customer keeps the original arrival time in the new queue.</source>
        <translation>顾客在新业务队列中保留原取号时间。</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>转到</translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>Upgrading the database</source>
        <translation>正在升级数据库</translation>
    </message>
    <message>
        <source>This new version of BranchDesk brings its data up to date. It happens once, and on a large file it may take a few minutes. Please do not switch the computer off.</source>
        <translation>新版支局通正在把数据升级到新格式。只需进行一次，数据较多时可能需要几分钟。请勿关闭电脑。</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>BranchDesk is already running on this data folder ({path}); close it first.</source>
        <translation>BranchDesk 已在使用此数据文件夹（{path}），请先关闭已打开的程序。</translation>
    </message>
    <message>
        <source>Give the administrator's password on standard input.</source>
        <translation>请通过标准输入提供系统管理员密码。</translation>
    </message>
    <message>
        <source>Opening hours look like 08:00-17:30, not {text}.</source>
        <translation>营业时间的格式应为 08:00-17:30，而不是 {text}。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入不一致。</translation>
    </message>
    <message>
        <source>A date looks like 2026-11-24, not {text}.</source>
        <translation>日期格式应为 2026-11-24，而不是 {text}。</translation>
    </message>
    <message>
        <source>The disk holding {folder} filled up; the unfinished file was removed and the database is untouched. Free some space and try again.</source>
        <translation>{folder} 所在的磁盘已满；未写完的文件已删除，数据库未受影响。请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({problem}); the database is untouched.</source>
        <translation>备份无法写入 {folder}（{problem}）；数据库未受影响。</translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <source>write the daily queue report as an A4 PDF or a spreadsheet</source>
        <translation>生成排队日报（A4 PDF 或电子表格）</translation>
    </message>
    <message>
        <source>where to save the report: a .pdf, or an .xlsx spreadsheet</source>
        <translation>日报保存位置：.pdf 文件，或 .xlsx 电子表格</translation>
    </message>
    <message>
        <source>ok: integrity, schema {revision}, change log and its triggers, audit chain ({entries} entries)</source>
        <translation>正常：完整性、数据结构 {revision}、变更日志及其触发器、审计链（{entries} 条）</translation>
    </message>
    <message>
        <source>The Chinese printing font is missing ({path}). Reinstall BranchDesk.</source>
        <translation>缺少中文打印字体（{path}），请重新安装 BranchDesk。</translation>
    </message>
    <message>
        <source>The Chinese printing font cannot be read ({path}). Reinstall BranchDesk.</source>
        <translation>无法读取中文打印字体（{path}），请重新安装 BranchDesk。</translation>
    </message>
    <message>
        <source>“Visited since” must be before “not visited since”, or nobody can match.</source>
        <translation>“到访起始日”须早于“未到访起始日”，否则没有客户符合条件。</translation>
    </message>
    <message>
        <source>Choose how the customers were invited.</source>
        <translation>请选择邀约方式。</translation>
    </message>
    <message>
        <source>Choose the customers who were invited.</source>
        <translation>请选择已邀约的客户。</translation>
    </message>
    <message>
        <source>Record at most {n} invitations at once.</source>
        <translation>一次最多记录 {n} 条邀约。</translation>
    </message>
    <message>
        <source>{phone} has not agreed to be contacted: invite them only in person, when they come by. Nothing was recorded.</source>
        <translation>{phone} 未同意回访：只能在客户来网点时当面邀约。未作任何记录。</translation>
    </message>
    <message>
        <source>Say what was offered: the activity's recap or a compensation.</source>
        <translation>请填写提供的内容：活动回顾或补偿优惠。</translation>
    </message>
    <message>
        <source>A correction records what the customer said: reached or declined.</source>
        <translation>更正只能记录客户的答复：已联系上或客户拒绝。</translation>
    </message>
    <message>
        <source>This customer was not invited, or came: they are not on the no-show list.</source>
        <translation>该客户未被邀约或已到场，不在未到场名单中。</translation>
    </message>
    <message>
        <source>The activity's last day is not over: the customer may still come.</source>
        <translation>活动最后一天尚未结束，客户仍可能到场。</translation>
    </message>
    <message>
        <source>This follow-up is still open: record the call instead of a correction.</source>
        <translation>该回访尚未完成：请直接记录回访，而不是更正。</translation>
    </message>
    <message>
        <source>Type the time on the sheet as 9:30 or 0930.</source>
        <translation>请按 9:30 或 0930 的格式输入签到表上的时间。</translation>
    </message>
    <message>
        <source>Channel: type its number on the sheet, 1 to {last} ({other} for other), or its code.</source>
        <translation>渠道：请输入签到表上的编号 1 到 {last}（其他填 {other}），或输入渠道码。</translation>
    </message>
    <message>
        <source>Type the row number, 1 to {limit}.</source>
        <translation>请输入行号，1 到 {limit}。</translation>
    </message>
    <message>
        <source>{phone} is not a mainland mobile number (11 digits starting 13-19): check the sheet.</source>
        <translation>{phone} 不是有效的手机号（11 位，以 13–19 开头）：请核对签到表。</translation>
    </message>
    <message>
        <source>Type the sheet number printed at its top right, 1 to {limit}.</source>
        <translation>请输入签到表右上角印的编号，1 到 {limit}。</translation>
    </message>
    <message>
        <source>The code {code} is not one of this activity's channels.</source>
        <translation>渠道码 {code} 不属于本活动。</translation>
    </message>
    <message>
        <source>{day} is not an event day of “{name}” ({first} to {last}): check the date on the sheet. Nothing was recorded.</source>
        <translation>{day} 不是“{name}”的活动日（{first} 至 {last}）：请核对签到表上的日期。未作任何记录。</translation>
    </message>
    <message>
        <source>Row {row} of sheet {sheet} is already entered: go on with the next row.</source>
        <translation>签到表 {sheet} 的第 {row} 行已录入：请继续录入下一行。</translation>
    </message>
    <message>
        <source>The code {code} does not check out: a digit was mistyped.</source>
        <translation>渠道码 {code} 校验不通过：有数字输错了。</translation>
    </message>
    <message>
        <source>The branch is not set up yet.</source>
        <translation>网点尚未设置。</translation>
    </message>
    <message>
        <source>You are already clocked in.</source>
        <translation>您已经签到过了。</translation>
    </message>
    <message>
        <source>You are not clocked in.</source>
        <translation>您还没有签到。</translation>
    </message>
    <message>
        <source>The branch code must be 2-20 letters, digits or dashes.</source>
        <translation>网点代码须为2-20位字母、数字或短横线。</translation>
    </message>
    <message>
        <source>Enter the branch name.</source>
        <translation>请填写网点名称。</translation>
    </message>
    <message>
        <source>The grade must be 1, 2, 3 or 4.</source>
        <translation>网点等级只能是1、2、3或4。</translation>
    </message>
    <message>
        <source>This database already holds a branch.</source>
        <translation>此数据库中已有网点。</translation>
    </message>
    <message>
        <source>Open only {hours:g} h on {count} day(s) a week; grade {grade} needs at least {minimum} h a day.</source>
        <translation>每周有 {count} 天只营业 {hours:g} 小时；{grade} 类网点每天至少须营业 {minimum} 小时。</translation>
    </message>
    <message>
        <source>Branches of grades 1-3, or with savings business, open every day of the week.</source>
        <translation>1-3类网点及办理储蓄业务的网点须每天营业。</translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}.</source>
        <translation>未知时区：{zone}。</translation>
    </message>
    <message>
        <source>Give both opening and closing time, or neither for a closed day.</source>
        <translation>请同时填写开门和关门时间；休息日两项都不填。</translation>
    </message>
    <message>
        <source>Closing time must be after opening time.</source>
        <translation>关门时间必须晚于开门时间。</translation>
    </message>
    <message>
        <source>A grade 4 branch without savings may close one day a week, not {count}.</source>
        <translation>不办理储蓄业务的4类网点每周最多休息一天，不能休息 {count} 天。</translation>
    </message>
    <message>
        <source>{text} is more than a window handles.</source>
        <translation>{text} 超出了一个窗口的办理上限。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The number of items or titles is at least 1.</source>
        <translation>件数或笔数至少为1。</translation>
    </message>
    <message>
        <source>Unknown service: {code}.</source>
        <translation>未知的业务类型：{code}。</translation>
    </message>
    <message>
        <source>There is no window {number}.</source>
        <translation>没有 {number} 号窗口。</translation>
    </message>
    <message>
        <source>Window {number} is not open; open or resume it first.</source>
        <translation>{number} 号窗口未开放，请先开窗或恢复服务。</translation>
    </message>
    <message>
        <source>Finish, hold or transfer the customer at the window first.</source>
        <translation>请先为窗口前的客户办结、挂起或转移业务。</translation>
    </message>
    <message>
        <source>No number has been called at window {number}.</source>
        <translation>{number} 号窗口还没有叫号。</translation>
    </message>
    <message>
        <source>There is no ticket {code} today.</source>
        <translation>今天没有 {code} 号票。</translation>
    </message>
    <message>
        <source>A back-entered ticket cannot be in the future.</source>
        <translation>补录的号票时间不能晚于现在。</translation>
    </message>
    <message>
        <source>Say why the ticket is cancelled.</source>
        <translation>请填写作废该号票的原因。</translation>
    </message>
    <message>
        <source>Say why the window is paused.</source>
        <translation>请填写窗口暂停服务的原因。</translation>
    </message>
    <message>
        <source>No more numbers for {service} today (the range ends at {last}).</source>
        <translation>{service} 今天的号已取完（号段截止到 {last}）。</translation>
    </message>
    <message>
        <source>an activity's posters, sign-in sheets and summary report</source>
        <translation>活动的海报、签到表和总结报告</translation>
    </message>
    <message>
        <source>write a channel's poster, flyers or tear-off slips as a PDF</source>
        <translation>把某个渠道的海报、宣传单或撕条单存为 PDF</translation>
    </message>
    <message>
        <source>the activity's code, e.g. HD2611-1</source>
        <translation>活动编号，例如 HD2611-1</translation>
    </message>
    <message>
        <source>the channel's code or name</source>
        <translation>渠道的编码或名称</translation>
    </message>
    <message>
        <source>A4 or A3 poster, A4 flyer, or a page of tear-off slips</source>
        <translation>A4 或 A3 海报、A4 宣传单，或一页撕条单</translation>
    </message>
    <message>
        <source>where to save the PDF</source>
        <translation>PDF 保存位置</translation>
    </message>
    <message>
        <source>write the activity's summary report as a PDF</source>
        <translation>把活动总结报告存为 PDF</translation>
    </message>
    <message>
        <source>also save it as a spreadsheet</source>
        <translation>同时另存为电子表格</translation>
    </message>
    <message>
        <source>print numbered paper sign-in sheets (the numbers are recorded)</source>
        <translation>打印带编号的纸质签到表（编号会登记）</translation>
    </message>
    <message>
        <source>how many sheets</source>
        <translation>张数</translation>
    </message>
    <message>
        <source>your sign-in name (your PIN or password on standard input)</source>
        <translation>您的登录名（PIN 或密码从标准输入给出）</translation>
    </message>
    <message>
        <source>the branch's address and phone printed on posters, and HQ's public address for the QR links</source>
        <translation>海报上印的网点地址和电话，以及二维码链接用的总部公网地址</translation>
    </message>
    <message>
        <source>the branch's address as the public finds it</source>
        <translation>网点地址（群众找得到的写法）</translation>
    </message>
    <message>
        <source>the branch's public phone number</source>
        <translation>网点对外电话</translation>
    </message>
    <message>
        <source>HQ's public address, e.g. https://hq.example.cn ("": the QRs hold bare codes)</source>
        <translation>总部公网地址，例如 https://hq.example.cn（""：二维码只含渠道码）</translation>
    </message>
    <message>
        <source>your sign-in name, to change them (your PIN or password on standard input)</source>
        <translation>您的登录名，用于修改（PIN 或密码从标准输入给出）</translation>
    </message>
    <message>
        <source>Address: {address}
Phone: {phone}
HQ's public address: {base}</source>
        <translation>地址：{address}
电话：{phone}
总部公网地址：{base}</translation>
    </message>
    <message>
        <source>Give your PIN or password on standard input.</source>
        <translation>请从标准输入给出您的 PIN 或密码。</translation>
    </message>
    <message>
        <source>{path}: {name}, channel {channel} ({code})</source>
        <translation>{path}：{name}，渠道 {channel}（{code}）</translation>
    </message>
    <message>
        <source>{path}: {name}; participants: {participants}, new customers: {new}</source>
        <translation>{path}：{name}；参与人数：{participants}，新客户：{new}</translation>
    </message>
    <message>
        <source>Give your sign-in name with --staff NAME to change these.</source>
        <translation>要修改，请用 --staff 登录名 给出您的登录名。</translation>
    </message>
    <message>
        <source>{what}: </source>
        <translation>{what}：</translation>
    </message>
    <message>
        <source>Save it as a {suffix} file, not {name}.</source>
        <translation>请保存为 {suffix} 文件，而不是 {name}。</translation>
    </message>
    <message>
        <source>warning: nobody has signed in to this activity yet.</source>
        <translation>提示：此活动还没有人签到。</translation>
    </message>
    <message>
        <source>{path}: sheets {first}–{last} of {name}, channel {channel}</source>
        <translation>{path}：{name} 第 {first}–{last} 号签到表，渠道 {channel}</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN 码或密码</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>显示程序版本号并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少以下必需参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 中必须给出一个</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>多余的参数值 %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个参数值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多需要一个参数值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个参数值</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>需要 %s 个参数值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项不明确：%(option)s 可能是 %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选择：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>未知的子命令 %(parser_name)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation>（默认：%(default)s）</translation>
    </message>
    <message>
        <source>No branch database in {path}, nor a demo branch in {demo}. Give the data folder with --data-dir DIR (a demo started with --data-dir keeps its data in that folder).</source>
        <translation>{path} 中没有支局数据库，{demo} 中也没有演示支局。请用 --data-dir 目录 指定数据文件夹（用 --data-dir 启动的演示支局，数据就在该文件夹中）。</translation>
    </message>
    <message>
        <source>{prog}: {message} (see '{prog} --help')</source>
        <translation>{prog}：{message}（参见 '{prog} --help'）</translation>
    </message>
    <message>
        <source>folder holding the branch database, backups and logs</source>
        <translation>存放支局数据库、备份和日志的文件夹</translation>
    </message>
    <message>
        <source>language of the interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>BranchDesk: the counter of a rural post office.</source>
        <translation>BranchDesk：农村邮政支局的营业台。</translation>
    </message>
    <message>
        <source>set up the branch and its first administrator without the GUI</source>
        <translation>不打开图形界面，设置支局及其第一位管理员</translation>
    </message>
    <message>
        <source>branch code, e.g. QS-001</source>
        <translation>支局代码，例如 QS-001</translation>
    </message>
    <message>
        <source>branch name</source>
        <translation>支局名称</translation>
    </message>
    <message>
        <source>branch grade</source>
        <translation>支局等级</translation>
    </message>
    <message>
        <source>time zone of the branch</source>
        <translation>支局所在时区</translation>
    </message>
    <message>
        <source>the branch offers savings business</source>
        <translation>支局办理储蓄业务</translation>
    </message>
    <message>
        <source>opening hours, every day of the week (change per day later in Settings)</source>
        <translation>营业时间，每周每天相同（以后可在“设置”中按天修改）</translation>
    </message>
    <message>
        <source>sign-in name of the first administrator</source>
        <translation>第一位管理员的登录名</translation>
    </message>
    <message>
        <source>full name of the first administrator</source>
        <translation>第一位管理员的姓名</translation>
    </message>
    <message>
        <source>how the administrator signs in</source>
        <translation>管理员的登录方式</translation>
    </message>
    <message>
        <source>open (creating if needed) the demo branch</source>
        <translation>打开演示支局（需要时先创建）</translation>
    </message>
    <message>
        <source>only create the demo data and list the accounts</source>
        <translation>只创建演示数据并列出账号</translation>
    </message>
    <message>
        <source>open the database and build the main window offscreen</source>
        <translation>打开数据库并在后台构建主窗口（自检）</translation>
    </message>
    <message>
        <source>queue reports without the GUI</source>
        <translation>不打开图形界面生成排队报表</translation>
    </message>
    <message>
        <source>the business day (default: today at the branch)</source>
        <translation>营业日（默认：支局的今天）</translation>
    </message>
    <message>
        <source>sync with the county/HQ server</source>
        <translation>与县局服务器同步</translation>
    </message>
    <message>
        <source>enrol this branch with HQ (once)</source>
        <translation>把本网点登记到县局（只需一次）</translation>
    </message>
    <message>
        <source>HQ's address, or the text of the enrolment QR code</source>
        <translation>县局服务器地址，或登记二维码的内容</translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <translation>一次性登记码</translation>
    </message>
    <message>
        <source>branch code at HQ (default: this branch's code)</source>
        <translation>县局登记的网点代码（默认：本网点代码）</translation>
    </message>
    <message>
        <source>what is waiting, when sync last worked, the last error</source>
        <translation>待发送的数据、上次同步成功的时间和最近的错误</translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation>以 JSON 格式输出</translation>
    </message>
    <message>
        <source>write the signed weekly bundle for HQ (for a USB stick)</source>
        <translation>写出签名的周数据包（用 U 盘带到县局）</translation>
    </message>
    <message>
        <source>folder to write it in (default: the bundles folder in the data folder)</source>
        <translation>写入的文件夹（默认：数据文件夹中的 bundles 文件夹）</translation>
    </message>
    <message>
        <source>import HQ's acknowledgement of a weekly bundle</source>
        <translation>导入县局对周数据包的回执</translation>
    </message>
    <message>
        <source>the .bdack file HQ wrote</source>
        <translation>县局生成的 .bdack 回执文件</translation>
    </message>
    <message>
        <source>database maintenance</source>
        <translation>数据库维护</translation>
    </message>
    <message>
        <source>back up, then migrate the database to this version</source>
        <translation>先备份，再将数据库升级到本版本</translation>
    </message>
    <message>
        <source>integrity, change log and audit chain</source>
        <translation>检查完整性、变更日志和审计链</translation>
    </message>
    <message>
        <source>write a compressed, checked copy into the backups folder</source>
        <translation>将经过检查的压缩副本写入备份文件夹</translation>
    </message>
    <message>
        <source>replace the database with a backup (the current one is kept)</source>
        <translation>用备份替换数据库（当前数据库会保留一份）</translation>
    </message>
    <message>
        <source>a backup (.sqlite3 or .sqlite3.gz)</source>
        <translation>备份文件（.sqlite3 或 .sqlite3.gz）</translation>
    </message>
    <message>
        <source>The demo branch is ready in {path}.</source>
        <translation>演示支局已就绪：{path}。</translation>
    </message>
    <message>
        <source>Branch {code} set up in {path}; administrator: {admin}</source>
        <translation>支局 {code} 已在 {path} 设置完成；管理员：{admin}</translation>
    </message>
    <message>
        <source>Save the report as a .pdf or an .xlsx file, not {name}.</source>
        <translation>日报只能保存为 .pdf 或 .xlsx 文件，不能保存为 {name}。</translation>
    </message>
    <message>
        <source>{path} ({day}, {arrivals} arrivals)</source>
        <translation>{path}（{day}，到达 {arrivals} 人）</translation>
    </message>
    <message>
        <source>send and receive everything now; exit 0 when HQ holds every change</source>
        <translation>立即发送和接收全部数据；县局收齐所有变更时返回 0</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN码</translation>
    </message>
    <message>
        <source>No branch in {path}; using the demo branch in {demo}.</source>
        <translation>{path} 中没有支局，改用 {demo} 中的演示支局。</translation>
    </message>
    <message>
        <source>warning: {day} is in the future (today is {today}): the report has no queue data, only the window advice.</source>
        <translation>警告：{day} 尚未到来（今天是 {today}），日报中没有排队数据，只有窗口建议。</translation>
    </message>
    <message>
        <source>{hour}:00: {windows} windows advised, the branch has only {count}.</source>
        <translation>{hour} 时：建议 {windows} 个窗口，本所只有 {count} 个。</translation>
    </message>
    <message>
        <source>branchdesk: unexpected error; details in {path}</source>
        <translation>branchdesk：意外错误；详情见 {path}</translation>
    </message>
    <message>
        <source>{what} (again): </source>
        <translation>{what}（再输一次）：</translation>
    </message>
    <message>
        <source>integrity: {problem}</source>
        <translation>完整性：{problem}</translation>
    </message>
    <message>
        <source>Restored {path} (schema {revision}).</source>
        <translation>已恢复 {path}（数据结构 {revision}）。</translation>
    </message>
    <message>
        <source>The database is current (schema {revision}).</source>
        <translation>数据库已是最新（数据结构 {revision}）。</translation>
    </message>
    <message>
        <source>The database was upgraded from schema {before} to {after}; a backup was kept.</source>
        <translation>数据库已从数据结构 {before} 升级到 {after}；已保留一份备份。</translation>
    </message>
    <message>
        <source>The database it replaced was kept as {path}.</source>
        <translation>被替换的数据库已保存为 {path}。</translation>
    </message>
    <message>
        <source>schema {revision} is {state}; this version expects {head}</source>
        <translation>数据结构 {revision} 状态为 {state}；本版本需要 {head}</translation>
    </message>
    <message>
        <source>FAIL {finding}</source>
        <translation>失败 {finding}</translation>
    </message>
    <message>
        <source>audit chain broken at entry {position}: {reason}</source>
        <translation>审计链在第 {position} 条断开：{reason}</translation>
    </message>
    <message>
        <source>Printing failed. Check the printer, then reprint.</source>
        <translation>打印失败。请检查打印机，然后重新打印。</translation>
    </message>
    <message>
        <source>This PC has no print system (the lp or lpr command is missing). Ask IT to install CUPS, or set up a receipt printer or “No ticket printer” under Printer…</source>
        <translation>本机没有打印系统（缺少 lp 或 lpr 命令）。请联系技术人员安装 CUPS，或在“打印机…”中设置小票打印机或“不用号票打印机”。</translation>
    </message>
    <message>
        <source>The print service of this PC is not running. Restart the PC or ask IT, then reprint.</source>
        <translation>本机的打印服务没有运行。请重启电脑或联系技术人员，然后重新打印。</translation>
    </message>
    <message>
        <source>This PC has no default printer. Choose a printer under Printer…, then reprint.</source>
        <translation>本机没有默认打印机。请在“打印机…”中选择打印机，然后重新打印。</translation>
    </message>
    <message>
        <source>There is no printer called “{printer}” on this PC. Choose an installed printer under Printer…, then reprint.</source>
        <translation>本机没有名为“{printer}”的打印机。请在“打印机…”中选择已安装的打印机，然后重新打印。</translation>
    </message>
    <message>
        <source>The print system refused the job. Check the printer in the system's printer settings, then reprint.</source>
        <translation>打印系统拒绝了此任务。请在系统的打印机设置中检查打印机，然后重新打印。</translation>
    </message>
    <message>
        <source>The print system did not take the job within {seconds} s. Check the printer, then reprint.</source>
        <translation>打印系统在 {seconds} 秒内没有接收任务。请检查打印机，然后重新打印。</translation>
    </message>
    <message>
        <source>The printer could not start the job. Check that it is on and has paper, then reprint.</source>
        <translation>打印机无法开始打印。请检查打印机已开机且有纸，然后重新打印。</translation>
    </message>
    <message>
        <source>The receipt printer at {target} refused the connection. Check that it is switched on and that the address is right, then reprint.</source>
        <translation>小票打印机 {target} 拒绝连接。请检查打印机已开机、地址正确，然后重新打印。</translation>
    </message>
    <message>
        <source>The receipt printer at {target} did not answer within {seconds} s. Check that it is switched on and its cable is in, then reprint.</source>
        <translation>小票打印机 {target} 在 {seconds} 秒内没有响应。请检查打印机已开机、连线已插好，然后重新打印。</translation>
    </message>
    <message>
        <source>The printer address {host} is not known on the network. Correct it under Printer…, then reprint.</source>
        <translation>网络上找不到打印机地址 {host}。请在“打印机…”中改正地址，然后重新打印。</translation>
    </message>
    <message>
        <source>The network cannot reach the receipt printer at {target}. Check the network cable and the address, then reprint.</source>
        <translation>网络连不上小票打印机 {target}。请检查网线和地址，然后重新打印。</translation>
    </message>
    <message>
        <source>The receipt printer {target} is not connected. Plug it in and switch it on, or correct the device under Printer…, then reprint.</source>
        <translation>小票打印机 {target} 没有连接。请插好并打开打印机，或在“打印机…”中改正设备，然后重新打印。</translation>
    </message>
    <message>
        <source>BranchDesk may not write to the printer {target}. Ask IT to give it access, then reprint.</source>
        <translation>本程序无权写入打印机 {target}。请联系技术人员开通权限，然后重新打印。</translation>
    </message>
    <message>
        <source>The printer is out of paper. Load a new roll, then reprint.</source>
        <translation>打印机缺纸。请装上新纸卷，然后重新打印。</translation>
    </message>
    <message>
        <source>“{target}” is not a printer address. Enter host:port, such as 192.168.1.50:9100 (the port is 1 to 65535), or a device such as /dev/usb/lp0 or COM3.</source>
        <translation>“{target}”不是打印机地址。请输入“主机:端口”，例如 192.168.1.50:9100（端口为 1 到 65535），或设备名，例如 /dev/usb/lp0 或 COM3。</translation>
    </message>
    <message>
        <source>The ticket could not be printed because of a program error. Reprint; if it fails again, tell IT.</source>
        <translation>程序出错，号票没有打印。请重新打印；如果仍然失败，请告诉技术人员。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}. Check the folder or the USB stick, then save it again or somewhere else.</source>
        <translation>PDF 无法保存为 {path}。请检查文件夹或U盘，然后重新保存或换个位置保存。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}: the disk is full. Free some space or save it somewhere else.</source>
        <translation>PDF 无法保存为 {path}：磁盘已满。请清理出空间，或保存到其他位置。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}: BranchDesk may not write there. Save it in another folder.</source>
        <translation>PDF 无法保存为 {path}：本程序无权写入该位置。请保存到其他文件夹。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}: the folder does not exist. Choose another folder.</source>
        <translation>PDF 无法保存为 {path}：文件夹不存在。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>{path} could not be written. Choose another folder and try again.</source>
        <translation>无法写入 {path}。请换一个文件夹再试。</translation>
    </message>
    <message>
        <source>{path} could not be written: the file is open in another program, or this folder may not be written to. Close the file, or choose another folder.</source>
        <translation>无法写入 {path}：文件正被其他程序打开，或此文件夹不允许写入。请关闭该文件，或换一个文件夹。</translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Free some space or choose another disk.</source>
        <translation>无法写入 {path}：磁盘已满。请清理空间或换一个磁盘。</translation>
    </message>
    <message>
        <source>The folder of {path} does not exist. Choose another folder.</source>
        <translation>{path} 所在的文件夹不存在。请换一个文件夹。</translation>
    </message>
    <message>
        <source>Enter the line's cap, more than 0.</source>
        <translation>请输入该预算项的上限，须大于 0。</translation>
    </message>
    <message>
        <source>The float is 0 or more and no larger than the cap.</source>
        <translation>浮动额度须不小于 0，且不超过上限。</translation>
    </message>
    <message>
        <source>This budget line no longer exists.</source>
        <translation>该预算项已不存在。</translation>
    </message>
    <message>
        <source>Choose the budget category.</source>
        <translation>请选择预算类别。</translation>
    </message>
    <message>
        <source>Enter the amount spent, more than 0.</source>
        <translation>请输入支出金额，须大于 0。</translation>
    </message>
    <message>
        <source>Say why the entry is corrected.</source>
        <translation>请说明更正原因。</translation>
    </message>
    <message>
        <source>The entry already stands at that amount.</source>
        <translation>该笔记录已经是这个金额。</translation>
    </message>
    <message>
        <source>This spending entry no longer exists.</source>
        <translation>该笔支出记录已不存在。</translation>
    </message>
    <message>
        <source>Say which business was done.</source>
        <translation>请填写办理的业务。</translation>
    </message>
    <message>
        <source>Enter how many, 1 to {n}; a correction names the entry it corrects.</source>
        <translation>请输入数量（1 到 {n}）；更正须指明所更正的记录。</translation>
    </message>
    <message>
        <source>Business is recorded while the activity runs.</source>
        <translation>活动进行中才能登记业务办理。</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <source>The entry to correct no longer exists.</source>
        <translation>要更正的记录已不存在。</translation>
    </message>
    <message>
        <source>Name the channel (the poster's place or the flyer batch).</source>
        <translation>请填写渠道名称（海报张贴处或折页批次）。</translation>
    </message>
    <message>
        <source>Choose poster, flyer, stand, banner or other.</source>
        <translation>请选择海报、折页、展架、横幅或其他。</translation>
    </message>
    <message>
        <source>Copies printed is a number from 0 to {n}.</source>
        <translation>印制份数须在 0 到 {n} 之间。</translation>
    </message>
    <message>
        <source>This channel no longer exists.</source>
        <translation>该渠道已不存在。</translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation>该活动已不存在。</translation>
    </message>
    <message>
        <source>The activity “{name}” is closed and can no longer be changed.</source>
        <translation>活动“{name}”已结束，不能再修改。</translation>
    </message>
    <message>
        <source>The activity “{name}” has started: its name, dates, goals and poster text are fixed.</source>
        <translation>活动“{name}”已启动：名称、日期、目标和海报文字已固定。</translation>
    </message>
    <message>
        <source>Choose a member of staff who still works here.</source>
        <translation>请选择一位在职员工。</translation>
    </message>
    <message>
        <source>Keep this text under {limit} characters.</source>
        <translation>文字请不超过 {limit} 个字。</translation>
    </message>
    <message>
        <source>Enter an amount in yuan, like 1200 or 35.50.</source>
        <translation>请以元为单位输入金额，如 1200 或 35.50。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mainland mobile number, like 13812345678.</source>
        <translation>请输入 11 位大陆手机号，如 13812345678。</translation>
    </message>
    <message>
        <source>A name has at most 40 characters.</source>
        <translation>姓名最多 40 个字。</translation>
    </message>
    <message>
        <source>Choose the target customers from the list.</source>
        <translation>请从列表中选择目标客群。</translation>
    </message>
    <message>
        <source>Keep customers' details between 30 days and 10 years (3650 days).</source>
        <translation>客户信息保留期限须在 30 天到 10 年（3650 天）之间。</translation>
    </message>
    <message>
        <source>This customer's details were removed after the retention period.</source>
        <translation>该客户的个人信息已在保留期满后删除。</translation>
    </message>
    <message>
        <source>Choose reached, unreachable or declined.</source>
        <translation>请选择已联系上、未联系上或客户谢绝。</translation>
    </message>
    <message>
        <source>Record the customer's satisfaction, 1 to 5.</source>
        <translation>请记录客户满意度（1 到 5 分）。</translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation>满意度为 1 到 5 分。</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>该回访已不存在。</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>该回访已完成。</translation>
    </message>
    <message>
        <source>Give the activity a name.</source>
        <translation>请填写活动名称。</translation>
    </message>
    <message>
        <source>An event day is listed twice.</source>
        <translation>有活动日重复填写。</translation>
    </message>
    <message>
        <source>An activity has at most {n} event days.</source>
        <translation>一个活动最多 {n} 个活动日。</translation>
    </message>
    <message>
        <source>A review ends with 3 to 5 actions, each with an owner and a deadline.</source>
        <translation>复盘须有 3 至 5 项措施，每项有负责人和期限。</translation>
    </message>
    <message>
        <source>Choose warm-up, execution or review.</source>
        <translation>请选择预热、执行或复盘。</translation>
    </message>
    <message>
        <source>Choose what kind of milestone this is.</source>
        <translation>请选择里程碑类型。</translation>
    </message>
    <message>
        <source>Say what the milestone is.</source>
        <translation>请填写里程碑内容。</translation>
    </message>
    <message>
        <source>No activity has the code {code}.</source>
        <translation>没有编号为 {code} 的活动。</translation>
    </message>
    <message>
        <source>On {day} the activity ends before it starts.</source>
        <translation>{day} 的活动结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>Choose goals from the list.</source>
        <translation>请从列表中选择目标。</translation>
    </message>
    <message>
        <source>The satisfaction goal is a score from 1 to 5.</source>
        <translation>满意度目标为 1 到 5 分。</translation>
    </message>
    <message>
        <source>Participants, new customers and business are whole numbers.</source>
        <translation>参与人数、新客户和业务办理须为整数。</translation>
    </message>
    <message>
        <source>Give the activity at least one event day before starting it.</source>
        <translation>启动前请至少设一个活动日。</translation>
    </message>
    <message>
        <source>Set at least one goal (participants, say) before starting the activity.</source>
        <translation>启动前请至少设一个目标（如参与人数）。</translation>
    </message>
    <message>
        <source>Start the activity before reviewing it.</source>
        <translation>请先启动活动再复盘。</translation>
    </message>
    <message>
        <source>A draft is not closed: start it, or leave it as a draft.</source>
        <translation>草稿不能结束：请启动它，或保留为草稿。</translation>
    </message>
    <message>
        <source>Write the review (problems, suggestions and 3 to 5 actions) before closing.</source>
        <translation>结束前请填写复盘（问题、建议和 3 至 5 项措施）。</translation>
    </message>
    <message>
        <source>This milestone no longer exists.</source>
        <translation>该里程碑已不存在。</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write event days like 2026-12-05 or 12-05.</source>
        <translation>“{text}”不是日期：活动日请写成 2026-12-05 或 12-05。</translation>
    </message>
    <message>
        <source>Each action needs what is to be done and who owns it.</source>
        <translation>每项措施都要写明做什么、由谁负责。</translation>
    </message>
    <message>
        <source>This activity has no channel “{text}”: give a channel's code or name.</source>
        <translation>此活动没有渠道“{text}”：请给出渠道的编码或名称。</translation>
    </message>
    <message>
        <source>The activity “{name}” is closed: its posters, flyers and sign-in sheets are no longer printed.</source>
        <translation>活动“{name}”已结束：不再打印它的海报、宣传单和签到表。</translation>
    </message>
    <message>
        <source>Give the activity its event days before printing for it.</source>
        <translation>请先填写活动日期，再打印。</translation>
    </message>
    <message>
        <source>Choose a channel of this activity to print for.</source>
        <translation>请选择本活动的一个渠道再打印。</translation>
    </message>
    <message>
        <source>HQ's public address looks like https://hq.example.cn, not {text}.</source>
        <translation>总部公网地址应形如 https://hq.example.cn，而不是 {text}。</translation>
    </message>
    <message>
        <source>Print 1 to {n} sheets at a time.</source>
        <translation>每次打印 1 到 {n} 张。</translation>
    </message>
    <message>
        <source>The code {code} does not check out: a digit was misread or mistyped. Scan it again, or type the customer's phone number.</source>
        <translation>渠道码 {code} 校验不通过：有数字读错或输错。请重新扫码，或输入客户手机号。</translation>
    </message>
    <message>
        <source>Only {n} digits came through: a poster code has 10 and a mobile number 11. Scan again or type the whole number.</source>
        <translation>只收到 {n} 位数字：渠道码为 10 位，手机号为 11 位。请重新扫码或输入完整号码。</translation>
    </message>
    <message>
        <source>This is neither a poster code nor a mainland mobile number (11 digits starting 13-19): nothing was recorded.</source>
        <translation>这既不是海报渠道码，也不是大陆手机号（以 13-19 开头的 11 位数字）：未作记录。</translation>
    </message>
    <message>
        <source>Say why the sign-in is cancelled.</source>
        <translation>请说明取消这次签到的原因。</translation>
    </message>
    <message>
        <source>“{name}” is closed: it takes no more sign-ins.</source>
        <translation>“{name}”已结束，不再接受签到。</translation>
    </message>
    <message>
        <source>“{name}” has not started yet: start it on the activities page.</source>
        <translation>“{name}”尚未启动：请在活动页面启动。</translation>
    </message>
    <message>
        <source>The code {code} is not on any poster or flyer of this branch: nothing was recorded.</source>
        <translation>渠道码 {code} 不属于本网点的任何海报或折页：未作记录。</translation>
    </message>
    <message>
        <source>This poster or flyer is for another activity, “{name}”: nothing was recorded. Type the customer's phone number instead.</source>
        <translation>这张海报或折页属于另一个活动“{name}”：未作记录。请改为输入客户手机号。</translation>
    </message>
    <message>
        <source>Enter the sheet number and the time written on the paper row.</source>
        <translation>请输入签到表编号和该行写的时间。</translation>
    </message>
    <message>
        <source>The time on this row is in the future: check the date.</source>
        <translation>该行时间晚于现在，请检查日期。</translation>
    </message>
    <message>
        <source>{day} is not an event day of “{name}”: nothing was recorded.</source>
        <translation>{day} 不是“{name}”的活动日：未作记录。</translation>
    </message>
    <message>
        <source>This sign-in no longer exists.</source>
        <translation>该签到已不存在。</translation>
    </message>
    <message>
        <source>This sign-in was already cancelled.</source>
        <translation>该签到已经取消。</translation>
    </message>
    <message>
        <source>This poster or flyer is from “{name}”, which has closed: nothing was recorded. Type the customer's phone number instead.</source>
        <translation>这张海报或折页属于已结束的活动“{name}”：未作记录。请改为输入客户手机号。</translation>
    </message>
    <message>
        <source>Say what was done, or attach a photo of it, as evidence.</source>
        <translation>请写明整改情况，或附上照片作为佐证。</translation>
    </message>
    <message>
        <source>Say what is still wrong, so the owner can put it right.</source>
        <translation>请写明还有什么问题，以便责任人继续整改。</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>请填写备注。</translation>
    </message>
    <message>
        <source>This corrective action no longer exists.</source>
        <translation>这项整改已不存在。</translation>
    </message>
    <message>
        <source>Only an open action can be marked done.</source>
        <translation>只有未完成的整改才能标记为完成。</translation>
    </message>
    <message>
        <source>The effect is checked once the action is marked done.</source>
        <translation>整改标记完成后才能验证效果。</translation>
    </message>
    <message>
        <source>Someone other than the owner checks whether the action worked.</source>
        <translation>整改效果须由责任人以外的人验证。</translation>
    </message>
    <message>
        <source>This action is closed.</source>
        <translation>这项整改已关闭。</translation>
    </message>
    <message>
        <source>The due date is from today to a year ahead.</source>
        <translation>期限须在今天到一年以内。</translation>
    </message>
    <message>
        <source>The owner must be an active member of staff.</source>
        <translation>责任人须为在职员工。</translation>
    </message>
    <message>
        <source>This item is answered pass, fail or not applicable.</source>
        <translation>此项只能回答“合格”“不合格”或“不适用”。</translation>
    </message>
    <message>
        <source>This item is answered with a score from 0 to {top}.</source>
        <translation>此项须填 0 到 {top} 之间的分数。</translation>
    </message>
    <message>
        <source>This item is answered with a number.</source>
        <translation>此项须填一个数字。</translation>
    </message>
    <message>
        <source>This item is answered with a text.</source>
        <translation>此项须填写文字。</translation>
    </message>
    <message>
        <source>This item is answered with a photo file (JPEG or PNG).</source>
        <translation>此项须附一张照片（JPEG 或 PNG 文件）。</translation>
    </message>
    <message>
        <source>This item is not part of this check.</source>
        <translation>此项不属于本次检查。</translation>
    </message>
    <message>
        <source>Not applicable is an answer by itself.</source>
        <translation>选“不适用”时不能再填其他内容。</translation>
    </message>
    <message>
        <source>A text answer may have at most {count} characters.</source>
        <translation>文字回答最多 {count} 个字。</translation>
    </message>
    <message>
        <source>A check has its report once it is signed.</source>
        <translation>检查签名后才有检查报告。</translation>
    </message>
    <message>
        <source>This check no longer exists.</source>
        <translation>这次检查已不存在。</translation>
    </message>
    <message>
        <source>This check is signed and can no longer change.</source>
        <translation>这次检查已签名，不能再修改。</translation>
    </message>
    <message>
        <source>This checklist no longer exists.</source>
        <translation>这份检查表已不存在。</translation>
    </message>
    <message>
        <source>Mystery-shopper visits are recorded by an inspector's account.</source>
        <translation>神秘顾客暗访须由检查员用自己的账号记录。</translation>
    </message>
    <message>
        <source>This checklist has no published version yet.</source>
        <translation>这份检查表还没有发布的版本。</translation>
    </message>
    <message>
        <source>A person responsible is named only on a failed item.</source>
        <translation>只有不合格的项目才能指定责任人。</translation>
    </message>
    <message>
        <source>{count} items are not answered yet.</source>
        <translation>还有 {count} 项没有回答。</translation>
    </message>
    <message>
        <source>A photo is a JPEG or PNG file.</source>
        <translation>照片须为 JPEG 或 PNG 文件。</translation>
    </message>
    <message>
        <source>The photo is larger than 20 MB.</source>
        <translation>照片超过 20 MB。</translation>
    </message>
    <message>
        <source>The photo could not be read or kept: check that the file exists and the data folder has room.</source>
        <translation>照片无法读取或保存：请检查文件是否存在、数据文件夹是否还有空间。</translation>
    </message>
    <message>
        <source>Only the inspector who recorded this visit may change it.</source>
        <translation>只有记录这次暗访的检查员可以修改它。</translation>
    </message>
    <message>
        <source>The person named is not an active member of staff.</source>
        <translation>所指定的人不是在职员工。</translation>
    </message>
    <message>
        <source>This mystery-shopper visit no longer exists.</source>
        <translation>这次神秘顾客暗访已不存在。</translation>
    </message>
    <message>
        <source>The time of the visit is in the future.</source>
        <translation>暗访时间在将来，请检查日期和时间。</translation>
    </message>
    <message>
        <source>The visit is more than {days} days ago: record visits within the quarter.</source>
        <translation>暗访已过去 {days} 天以上：请在当季内记录暗访。</translation>
    </message>
    <message>
        <source>The window may have at most {count} characters.</source>
        <translation>窗口最多 {count} 个字。</translation>
    </message>
    <message>
        <source>Say which window was observed, or who served, or both.</source>
        <translation>请填写暗访的窗口或服务人员（或两者都填）。</translation>
    </message>
    <message>
        <source>The person observed is not a member of the branch's staff.</source>
        <translation>所选的服务人员不是本支局的员工。</translation>
    </message>
    <message>
        <source>A mystery-shopper visit is recorded on a mystery-shopper checklist.</source>
        <translation>神秘顾客暗访只能用神秘顾客暗访检查表记录。</translation>
    </message>
    <message>
        <source>Sign the visit before releasing it.</source>
        <translation>请先签名，再发布暗访结果。</translation>
    </message>
    <message>
        <source>This visit is already released.</source>
        <translation>这次暗访已经发布。</translation>
    </message>
    <message>
        <source>Every item needs a section and a text.</source>
        <translation>每个项目都要有分类和内容。</translation>
    </message>
    <message>
        <source>An item's text is too long: {text}</source>
        <translation>项目内容太长：{text}</translation>
    </message>
    <message>
        <source>Unknown answer type: {type}</source>
        <translation>未知的回答类型：{type}</translation>
    </message>
    <message>
        <source>An item's weight must be above 0 and at most 100: {text}</source>
        <translation>项目权重须大于 0、不超过 100：{text}</translation>
    </message>
    <message>
        <source>A score item needs a top score from 1 to 100: {text}</source>
        <translation>评分项目的满分须在 1 到 100 之间：{text}</translation>
    </message>
    <message>
        <source>A number item needs at least one limit: {text}</source>
        <translation>数值项目至少要有一个上限或下限：{text}</translation>
    </message>
    <message>
        <source>The lower limit is above the upper limit: {text}</source>
        <translation>下限高于上限：{text}</translation>
    </message>
    <message>
        <source>Unknown kind of check: {kind}</source>
        <translation>未知的检查类别：{kind}</translation>
    </message>
    <message>
        <source>A checklist needs a title of at most 100 characters.</source>
        <translation>检查表须有标题，最多 100 个字。</translation>
    </message>
    <message>
        <source>A checklist may have at most {count} items.</source>
        <translation>一份检查表最多 {count} 项。</translation>
    </message>
    <message>
        <source>This checklist version no longer exists.</source>
        <translation>这个检查表版本已不存在。</translation>
    </message>
    <message>
        <source>Version {number} is published and can no longer change: start a new draft.</source>
        <translation>第 {number} 版已发布，不能再修改：请新建草稿。</translation>
    </message>
    <message>
        <source>A checklist without items cannot be published.</source>
        <translation>没有项目的检查表不能发布。</translation>
    </message>
    <message>
        <source>The results of this mystery-shopper visit are not released yet: only the inspector may see them. Your request was refused and recorded.</source>
        <translation>这次神秘顾客暗访的结果尚未发布，只有检查员可以查看。您的请求已被拒绝并记录在案。</translation>
    </message>
    <message>
        <source>Keep the text under {limit} characters.</source>
        <translation>文字请控制在 {limit} 字以内。</translation>
    </message>
    <message>
        <source>Unknown schedule: {frequency}</source>
        <translation>未知的检查周期：{frequency}</translation>
    </message>
    <message>
        <source>Choose the weekday the weekly check is due.</source>
        <translation>请选择每周检查在星期几截止。</translation>
    </message>
    <message>
        <source>Choose the day of the month (1-31) the check is due.</source>
        <translation>请选择每月检查在几号（1-31）截止。</translation>
    </message>
    <message>
        <source>Minutes before and after must be whole numbers from 0 to {most}.</source>
        <translation>提前和宽限分钟数须为 0 到 {most} 的整数。</translation>
    </message>
    <message>
        <source>Mystery-shopper visits come unannounced: they have no schedule.</source>
        <translation>神秘顾客暗访不预先通知，不设检查时间安排。</translation>
    </message>
    <message>
        <source>Write what the customer complained about.</source>
        <translation>请填写客户投诉的内容。</translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation>请填写办理情况。</translation>
    </message>
    <message>
        <source>Write the reply given to the customer.</source>
        <translation>请填写给客户的答复。</translation>
    </message>
    <message>
        <source>Choose how the complaint came in: letter, visit, phone, 12305 hotline or online.</source>
        <translation>请选择投诉渠道：来信、来访、来电、12305热线或网上。</translation>
    </message>
    <message>
        <source>Choose the kind of complaint.</source>
        <translation>请选择投诉类别。</translation>
    </message>
    <message>
        <source>The time received is in the future: enter when the complaint came in.</source>
        <translation>受理时间晚于现在，请填写实际收到投诉的时间。</translation>
    </message>
    <message>
        <source>A complaint received on {received} was due by {deadline}, which has passed: register complaints on the day they come in, and report this one to the supervisor.</source>
        <translation>{received} 受理的投诉应在 {deadline} 前答复，该期限已过。投诉请当天登记；此件请报告上级主管。</translation>
    </message>
    <message>
        <source>Enter the customer's phone number or address for the reply.</source>
        <translation>请填写客户的联系电话或地址，以便答复。</translation>
    </message>
    <message>
        <source>The contact is too long: at most {limit} characters.</source>
        <translation>联系方式过长，最多 {limit} 个字符。</translation>
    </message>
    <message>
        <source>Choose who was asked first.</source>
        <translation>请选择首问责任人。</translation>
    </message>
    <message>
        <source>Choose who handles the complaint.</source>
        <translation>请选择承办人。</translation>
    </message>
    <message>
        <source>Choose what the customer said of the reply.</source>
        <translation>请选择客户对答复的满意度。</translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation>该投诉已不存在。</translation>
    </message>
    <message>
        <source>This complaint has been answered and is closed.</source>
        <translation>该投诉已答复办结。</translation>
    </message>
    <message>
        <source>Reply to the customer first, then record their satisfaction.</source>
        <translation>请先答复客户，再登记满意度。</translation>
    </message>
    <message>
        <source>{text} is not an amount in yuan (write e.g. 1234.50 or 1,234.50).</source>
        <translation>“{text}”不是有效的金额（元），请写成例如 1234.50 或 1,234.50。</translation>
    </message>
    <message>
        <source>A no-show can be called back within 0 to {most} minutes.</source>
        <translation>过号重叫时限为 0 至 {most} 分钟。</translation>
    </message>
    <message>
        <source>Back-entry reaches 0 to {most} days before today.</source>
        <translation>补录范围为今天及之前 0 至 {most} 天。</translation>
    </message>
    <message>
        <source>Say whether back-entry keeps to opening hours.</source>
        <translation>请选择补录是否限于营业时间。</translation>
    </message>
    <message>
        <source>Paper tickets can be back-entered from {first} to today only; ask the duty manager (queue settings) to allow older ones.</source>
        <translation>纸质号票只能补录 {first} 至今天的；更早的请值班主管在排队设置中放宽。</translation>
    </message>
    <message>
        <source>{code} was a no-show at {time}; it can be called back only within {minutes} min of that. Issue a new ticket.</source>
        <translation>{code} 已于 {time} 过号，只能在过号后 {minutes} 分钟内重新叫号。请重新取号。</translation>
    </message>
    <message>
        <source>Say why the amount is corrected.</source>
        <translation>请填写更正金额的原因。</translation>
    </message>
    <message>
        <source>Ticket {code} is from {date}, not today.</source>
        <translation>号票 {code} 是 {date} 的，不是今天的。</translation>
    </message>
    <message>
        <source>The branch was closed on {date}; check the date on the paper ticket.</source>
        <translation>{date} 本网点休息，请核对纸质号票上的日期。</translation>
    </message>
    <message>
        <source>{time} on {date} is outside the opening hours ({opens}–{closes}); check the time on the paper ticket.</source>
        <translation>{date} {time} 不在营业时间（{opens}–{closes}）内，请核对纸质号票上的时间。</translation>
    </message>
    <message>
        <source>Ticket {code} is not waiting.</source>
        <translation>{code} 号不在等候中。</translation>
    </message>
    <message>
        <source>Recall the number at least once before a no-show.</source>
        <translation>请至少重呼一次后再记为过号。</translation>
    </message>
    <message>
        <source>No customer is being served at window {number}.</source>
        <translation>{number} 号窗口当前没有正在办理的客户。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan for {service}.</source>
        <translation>请输入 {service} 的金额（元）。</translation>
    </message>
    <message>
        <source>Ticket {code} has not been finished.</source>
        <translation>{code} 号尚未办结。</translation>
    </message>
    <message>
        <source>{service} records no amount.</source>
        <translation>{service}业务不登记金额。</translation>
    </message>
    <message>
        <source>No customer at window {number}.</source>
        <translation>{number} 号窗口前没有客户。</translation>
    </message>
    <message>
        <source>The ticket is already for {service}.</source>
        <translation>此号已经是 {service} 业务。</translation>
    </message>
    <message>
        <source>At least one service must stay in use.</source>
        <translation>至少要保留一项在办业务。</translation>
    </message>
    <message>
        <source>{count} tickets for {service} are still in today's queue; serve, transfer or cancel them first.</source>
        <translation>{service}今天还有 {count} 张号票在队列中，请先办理、转业务或作废。</translation>
    </message>
    <message>
        <source>A service code is 1 to 20 lower-case letters, digits or _, starting with a letter.</source>
        <translation>业务代码为1至20位小写字母、数字或下划线，须以字母开头。</translation>
    </message>
    <message>
        <source>Give the service a Chinese and an English name.</source>
        <translation>请填写业务的中文名称和英文名称。</translation>
    </message>
    <message>
        <source>A ticket prefix is one or two letters A–Z.</source>
        <translation>号票字头为一至两个字母（A–Z）。</translation>
    </message>
    <message>
        <source>Ticket numbers run from 1 to 999, the first not above the last.</source>
        <translation>号码范围为1至999，起始号不能大于结束号。</translation>
    </message>
    <message>
        <source>A norm is more than 0 and at most 120 minutes; extras 0 to 60.</source>
        <translation>限时须大于0且不超过120分钟；加时为0至60分钟。</translation>
    </message>
    <message>
        <source>The unit of a norm is an item or a title.</source>
        <translation>限时的计量单位只能是“件”或“种”。</translation>
    </message>
    <message>
        <source>Unknown call policy: {kind}.</source>
        <translation>未知的叫号规则：{kind}。</translation>
    </message>
    <message>
        <source>Call one priority ticket after 1 to 20 others.</source>
        <translation>每叫1至20个普通号后叫一个优先号。</translation>
    </message>
    <message>
        <source>The priority head start is 0 to 120 minutes.</source>
        <translation>优先号的提前量为0至120分钟。</translation>
    </message>
    <message>
        <source>The target share is 50 % to 99 %.</source>
        <translation>目标比例为50%至99%。</translation>
    </message>
    <message>
        <source>The target wait is 1 to 60 minutes.</source>
        <translation>目标等候时间为1至60分钟。</translation>
    </message>
    <message>
        <source>A window number is from 1 to {last}.</source>
        <translation>窗口号为1至{last}。</translation>
    </message>
    <message>
        <source>Give the window a name.</source>
        <translation>请填写窗口名称。</translation>
    </message>
    <message>
        <source>Window {number} must serve at least one service.</source>
        <translation>{number}号窗口至少要办理一项业务。</translation>
    </message>
    <message>
        <source>Window {number} would serve nothing; give it another service first.</source>
        <translation>{number} 号窗口将没有可办理的业务，请先为它添加其他业务。</translation>
    </message>
    <message>
        <source>The prefix {prefix} is already used by {service}.</source>
        <translation>字头 {prefix} 已被“{service}”使用。</translation>
    </message>
    <message>
        <source>There is already a window {number}.</source>
        <translation>已经有{number}号窗口了。</translation>
    </message>
    <message>
        <source>Close window {number} first.</source>
        <translation>请先关闭 {number} 号窗口。</translation>
    </message>
    <message>
        <source>At least one window must stay in use.</source>
        <translation>至少要保留一个在用窗口。</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查员</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>营业员</translation>
    </message>
    <message>
        <source>Duty manager</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>Branch head</source>
        <translation>支局长</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation>您的岗位无权进行此操作。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>PIN码须为4到8位数字。</translation>
    </message>
    <message>
        <source>A PIN of one repeated digit is too easy to guess.</source>
        <translation>PIN码不能全部是同一个数字，太容易被猜到。</translation>
    </message>
    <message>
        <source>Choose a PIN or a password.</source>
        <translation>请选择使用PIN码还是密码。</translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>Wrong name or PIN/password.</source>
        <translation>登录名或PIN码/密码错误。</translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked for {minutes} minutes.</source>
        <translation>错误次数过多，此账号已锁定 {minutes} 分钟。</translation>
    </message>
    <message>
        <source>The account was changed while signing in; please try again.</source>
        <translation>登录时账号信息被修改，请重试。</translation>
    </message>
    <message>
        <source>A sign-in name is 2-40 letters, digits, dots or dashes, without spaces.</source>
        <translation>登录名须为2-40位字母、数字、点或短横线，不能有空格。</translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation>请填写姓名。</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>第一个账号必须是系统管理员。</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>没有这名人员。</translation>
    </message>
    <message>
        <source>The branch must keep one active administrator.</source>
        <translation>网点必须保留至少一名在职的系统管理员。</translation>
    </message>
    <message>
        <source>The name {username} is taken.</source>
        <translation>登录名 {username} 已被使用。</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or change your own role.</source>
        <translation>不能停用自己的账号，也不能修改自己的岗位。</translation>
    </message>
    <message>
        <source>Only the inspector changes their own PIN or password. If it is forgotten, make a new inspector account.</source>
        <translation>检查员的PIN码或密码只能由检查员本人修改。如已忘记，请另建检查员账号。</translation>
    </message>
    <message>
        <source>{name} is not locked out.</source>
        <translation>{name} 的账号未被锁定。</translation>
    </message>
    <message>
        <source>An account cannot become an inspector or stop being one: make a new account instead.</source>
        <translation>账号不能改为检查员，检查员也不能改为其他岗位：请另建账号。</translation>
    </message>
    <message>
        <source>Tickets served within the norm</source>
        <translation>时限内办结笔数</translation>
    </message>
    <message>
        <source>Activity sign-ins</source>
        <translation>活动签到人数</translation>
    </message>
    <message>
        <source>Gifts issued</source>
        <translation>礼品发放数</translation>
    </message>
    <message>
        <source>Other target</source>
        <translation>其他指标</translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation>服务执行</translation>
    </message>
    <message>
        <source>Serves by the standard steps and wording; appearance, first-asked responsibility, the counter time limits.</source>
        <translation>按服务流程和规范用语接待客户；仪容仪表、首问负责、窗口时限。</translation>
    </message>
    <message>
        <source>Helping customers</source>
        <translation>帮助客户</translation>
    </message>
    <message>
        <source>Sets things up for customers, answers their questions, shows them the self-service machines; solves a problem on the spot or follows it up.</source>
        <translation>主动为客户设置、解答疑难、指导使用自助设备；问题当场解决或跟进到底。</translation>
    </message>
    <message>
        <source>Demonstrations</source>
        <translation>体验引导</translation>
    </message>
    <message>
        <source>Demonstrates services and products and lets customers try them.</source>
        <translation>向客户演示业务和产品，引导客户体验。</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>业务营销</translation>
    </message>
    <message>
        <source>Finds what the customer needs and recommends a service that suits them.</source>
        <translation>主动识别客户需求，推荐合适的业务。</translation>
    </message>
    <message>
        <source>Skills and drills</source>
        <translation>业务技能</translation>
    </message>
    <message>
        <source>Takes part in scenario drills, study and tests; knows the scripts and the procedures.</source>
        <translation>参加情景演练、业务学习和测试，掌握话术与操作流程。</translation>
    </message>
    <message>
        <source>{month} is not a month (write it as 2026-11).</source>
        <translation>“{month}”不是有效的月份（请写成 2026-11）。</translation>
    </message>
    <message>
        <source>A note may have at most {count} characters.</source>
        <translation>备注最多 {count} 个字。</translation>
    </message>
    <message>
        <source>This check does not count against this person.</source>
        <translation>这次检查没有计入此人的扣分。</translation>
    </message>
    <message>
        <source>The person chosen is not an active member of staff.</source>
        <translation>所选人员不是在职员工。</translation>
    </message>
    <message>
        <source>A week is given by its Monday.</source>
        <translation>周次须以该周的星期一表示。</translation>
    </message>
    <message>
        <source>A week can be evaluated once it has begun.</source>
        <translation>一周开始后才能评估。</translation>
    </message>
    <message>
        <source>{code} is not a criterion of the form.</source>
        <translation>“{code}”不是评估表中的项目。</translation>
    </message>
    <message>
        <source>This is not a kind of target.</source>
        <translation>没有这种指标。</translation>
    </message>
    <message>
        <source>A target is worth a whole number of points from 0 to {top}.</source>
        <translation>指标分值须为 0 至 {top} 的整数。</translation>
    </message>
    <message>
        <source>A target's goal is a whole number from 1 to {top}.</source>
        <translation>指标目标须为 1 至 {top} 的整数。</translation>
    </message>
    <message>
        <source>Say in the note what the other target is.</source>
        <translation>请在备注中写明其他指标是什么。</translation>
    </message>
    <message>
        <source>This target is counted from the branch's own records; nothing to enter.</source>
        <translation>此项指标由本网点的系统记录自动统计，无需录入。</translation>
    </message>
    <message>
        <source>A figure is a whole number from 0 to {top}.</source>
        <translation>完成数须为 0 至 {top} 的整数。</translation>
    </message>
    <message>
        <source>This member of staff does not exist.</source>
        <translation>没有这名人员。</translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation>这条评估已不存在。</translation>
    </message>
    <message>
        <source>Give a score for every criterion.</source>
        <translation>请为每一项评分。</translation>
    </message>
    <message>
        <source>Criterion {number} takes a whole number of points from 0 to {top}.</source>
        <translation>第 {number} 项的得分须为 0 至 {top} 的整数，未作任何保存。</translation>
    </message>
    <message>
        <source>The month's targets would be worth {total} points; at most {top}.</source>
        <translation>本月指标合计将为 {total} 分，最多只能 {top} 分，未作任何保存。</translation>
    </message>
    <message>
        <source>This target is not set for the month.</source>
        <translation>本月未设置此项指标。</translation>
    </message>
    <message>
        <source>Choose a day of the week for the weekly bundle.</source>
        <translation>请为周数据包选择星期几。</translation>
    </message>
    <message>
        <source>That announcement is no longer there.</source>
        <translation>这条公告已经不在了。</translation>
    </message>
    <message>
        <source>HQ could not be reached: {detail}. Changes wait here and go when the network is back.</source>
        <translation>连不上县局服务器：{detail}。数据保存在本机，网络恢复后自动发送。</translation>
    </message>
    <message>
        <source>This branch is not enrolled with HQ yet. Enrol it with the address and code from HQ.</source>
        <translation>本网点还没有登记到县局。请用县局提供的地址和登记码登记。</translation>
    </message>
    <message>
        <source>HQ has revoked this branch's credential. Ask the county office for a new enrolment code.</source>
        <translation>县局已吊销本网点的凭据。请向县局索取新的登记码。</translation>
    </message>
    <message>
        <source>HQ does not know this branch's credential. Ask the county office for a new enrolment code.</source>
        <translation>县局不认识本网点的凭据。请向县局索取新的登记码。</translation>
    </message>
    <message>
        <source>HQ says this credential belongs to another branch. Ask the county office for a new enrolment code.</source>
        <translation>县局说这个凭据属于另一个网点。请向县局索取新的登记码。</translation>
    </message>
    <message>
        <source>HQ could not verify this branch's signature. Ask the county office for a new enrolment code.</source>
        <translation>县局无法验证本网点的签名。请向县局索取新的登记码。</translation>
    </message>
    <message>
        <source>HQ holds different changes under the same numbers (change {seq}); was this PC's database restored from a backup? Sync has stopped: call the county office.</source>
        <translation>县局保存的同一编号的变更与本机不同（第 {seq} 条）；本机数据库是否从备份恢复过？同步已停止，请联系县局。</translation>
    </message>
    <message>
        <source>HQ holds part of a transaction; sync has stopped. Call the county office.</source>
        <translation>县局只收到了一次操作的一部分，同步已停止。请联系县局。</translation>
    </message>
    <message>
        <source>HQ speaks a different version of the sync protocol. Update BranchDesk.</source>
        <translation>县局服务器使用的同步协议版本不同。请更新 BranchDesk。</translation>
    </message>
    <message>
        <source>This enrolment code has been used already. Ask the county office for a new one.</source>
        <translation>这个登记码已经用过了。请向县局索取新的登记码。</translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask the county office for a new one.</source>
        <translation>这个登记码已过期。请向县局索取新的登记码。</translation>
    </message>
    <message>
        <source>That is not an enrolment code: it has 20 letters and digits. Check it and type it again.</source>
        <translation>这不是登记码：登记码由 20 个字母和数字组成。请核对后重新输入。</translation>
    </message>
    <message>
        <source>That is not an HQ address: it starts with http:// or https://.</source>
        <translation>这不是县局服务器地址：地址以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>HQ sent data this version of BranchDesk does not know ({entity}). Update BranchDesk; nothing was skipped.</source>
        <translation>县局发来了本版本 BranchDesk 不认识的数据（{entity}）。请更新 BranchDesk；没有数据被跳过。</translation>
    </message>
    <message>
        <source>HQ is busy; sync will try again shortly.</source>
        <translation>县局服务器正忙，稍后自动重试。</translation>
    </message>
    <message>
        <source>HQ refused a request as malformed ({detail}). Sync will try again; if it keeps failing, call the county office.</source>
        <translation>县局认为请求格式有误（{detail}）。稍后自动重试；如果一直失败，请联系县局。</translation>
    </message>
    <message>
        <source>A batch of changes was too large for HQ. Sync will try again; if it keeps failing, call the county office.</source>
        <translation>一批变更超出了县局的大小限制。稍后自动重试；如果一直失败，请联系县局。</translation>
    </message>
    <message>
        <source>HQ had seen this request before; sync will try again.</source>
        <translation>县局已收到过这个请求，稍后自动重试。</translation>
    </message>
    <message>
        <source>HQ is missing earlier changes; sync is sending them again.</source>
        <translation>县局缺少之前的变更，正在重新发送。</translation>
    </message>
    <message>
        <source>This branch is enrolled with HQ at {url} already.</source>
        <translation>本网点已经登记到县局服务器 {url}。</translation>
    </message>
    <message>
        <source>This enrolment code is for branch {branch}, but this PC is branch {own}. Ask the county office for this branch's code.</source>
        <translation>这个登记码属于网点 {branch}，而本机是网点 {own}。请向县局索取本网点的登记码。</translation>
    </message>
    <message>
        <source>HQ holds every change already; there is nothing to put in a bundle.</source>
        <translation>县局已收齐所有变更，没有需要打包的数据。</translation>
    </message>
    <message>
        <source>The bundle could not be written to {folder}: {detail}. Check the USB stick (is it full or write-protected?) and try again.</source>
        <translation>无法把数据包写入 {folder}：{detail}。请检查 U 盘（是否已满或写保护），然后重试。</translation>
    </message>
    <message>
        <source>The acknowledgement file could not be read: {detail}.</source>
        <translation>无法读取回执文件：{detail}。</translation>
    </message>
    <message>
        <source>This is not an acknowledgement file from HQ, or it is damaged. Nothing was changed.</source>
        <translation>这不是县局的回执文件，或者文件已损坏。什么都没有改。</translation>
    </message>
    <message>
        <source>This acknowledgement file is not signed by this branch's HQ. Nothing was changed.</source>
        <translation>这个回执文件不是本网点所属县局签发的。什么都没有改。</translation>
    </message>
    <message>
        <source>This acknowledgement file is from a newer HQ. Update BranchDesk. Nothing was changed.</source>
        <translation>这个回执文件来自更新版本的县局服务器。请更新 BranchDesk。什么都没有改。</translation>
    </message>
    <message>
        <source>This acknowledgement file is for branch {branch}, not this one. Nothing was changed.</source>
        <translation>这个回执文件属于网点 {branch}，不是本网点的。什么都没有改。</translation>
    </message>
    <message>
        <source>This acknowledgement file says HQ holds change {held}, but this branch has only {log_end}. Nothing was changed: was this PC's database restored from a backup?</source>
        <translation>回执说县局已收到第 {held} 条变更，但本网点只有 {log_end} 条。什么都没有改：本机数据库是否从备份恢复过？</translation>
    </message>
    <message>
        <source>HQ: {url} (branch {branch})</source>
        <translation>县局服务器：{url}（网点 {branch}）</translation>
    </message>
    <message>
        <source>Last synced: {when}; waiting: {waiting} change(s)</source>
        <translation>上次同步：{when}；待发送：{waiting} 条变更</translation>
    </message>
    <message>
        <source>Weekly bundle written: {path} (changes {first}–{last}, report {week_first} to {week_last}). Take it to the county office; import the acknowledgement it gives back with `branchdesk import-ack FILE`.</source>
        <translation>周数据包已写出：{path}（变更 {first}–{last}，周报 {week_first} 至 {week_last}）。请带到县局；县局给出的回执用 `branchdesk import-ack 文件` 导入。</translation>
    </message>
    <message>
        <source>HQ holds this branch's changes up to {held}; {waiting} waiting.</source>
        <translation>县局已收到本网点第 {held} 条及以前的变更；待发送 {waiting} 条。</translation>
    </message>
    <message>
        <source>Not enrolled with HQ. {waiting} change(s) are kept here until it is.</source>
        <translation>尚未登记到县局。{waiting} 条变更保存在本机，登记后发送。</translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation>最近的错误：{error}</translation>
    </message>
    <message>
        <source>This PC's clock differs from HQ's by {minutes} minutes: set it right.</source>
        <translation>本机时钟与县局相差 {minutes} 分钟，请校准。</translation>
    </message>
    <message>
        <source>Enrolled with HQ. HQ's key is {key_id}: it should match what the county office printed.</source>
        <translation>已登记到县局。县局密钥编号为 {key_id}，应与县局打印的一致。</translation>
    </message>
    <message>
        <source>Synced: {pushed} change(s) sent, {pulled} received from HQ; {waiting} waiting.</source>
        <translation>同步完成：发送 {pushed} 条变更，从县局收到 {pulled} 条；待发送 {waiting} 条。</translation>
    </message>
    <message>
        <source>The current PIN or password is wrong.</source>
        <translation>当前PIN码或密码不正确。</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>数据库正被其他程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>{path} cannot be read: {problem}</source>
        <translation>无法读取 {path}：{problem}</translation>
    </message>
    <message>
        <source>The database failed its integrity check ({problem}). Restore a backup with 'branchdesk db restore FILE'.</source>
        <translation>数据库完整性检查未通过（{problem}）。请用“branchdesk db restore 文件”恢复备份。</translation>
    </message>
    <message>
        <source>{path} is not a BranchDesk database (damaged or a different file).</source>
        <translation>{path} 不是 BranchDesk 数据库（文件已损坏或不是本程序的文件）。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <source>The database {path} is cut short ({actual} of {expected} bytes): it was not copied whole or the disk is damaged. Restore a backup with 'branchdesk db restore FILE'.</source>
        <translation>数据库 {path} 不完整（{actual} 字节，应为 {expected} 字节）：文件没有完整复制，或磁盘已损坏。请用 'branchdesk db restore 文件' 恢复备份。</translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: {needed} needed, {free} free. Free some space (old backups can be moved elsewhere); nothing was changed.</source>
        <translation>{folder} 的磁盘空间不足：需要 {needed}，可用 {free}。请腾出空间（旧备份可移到别处）；未做任何更改。</translation>
    </message>
    <message>
        <source>The backup {path} is damaged and was not restored: {problem}</source>
        <translation>备份 {path} 已损坏，未进行恢复：{problem}</translation>
    </message>
    <message>
        <source>This database was written by a newer version of BranchDesk (schema {revision}). Install that version or newer; nothing was changed.</source>
        <translation>此数据库由更新版本的 BranchDesk 写入（结构版本 {revision}）。请安装该版本或更新的版本；数据未作任何改动。</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Mystery-shopper visit</source>
        <translation>神秘顾客暗访</translation>
    </message>
    <message>
        <source>Correct the visit</source>
        <translation>更正暗访信息</translation>
    </message>
    <message>
        <source>Only inspectors see this visit until you release it: nobody at the branch, its head and the administrator included, sees anything of it before then.</source>
        <translation>发布之前只有检查员能看到这次暗访：支局任何人（包括支局长和系统管理员）都看不到它的任何内容。</translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation>记录暗访</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation>暗访时间</translation>
    </message>
    <message>
        <source>Window observed</source>
        <translation>暗访窗口</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>服务人员</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>（不详）</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Cancel ticket {code}</source>
        <translation>作废号票 {code}</translation>
    </message>
    <message>
        <source>Printing failed; the customer did not get the ticket</source>
        <translation>打印失败，顾客未拿到号票</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>WaitWords</name>
    <message>
        <source>About {ahead} ahead of you, about {low} to {high} min</source>
        <translation>前面约 {ahead} 人，约等 {low}～{high} 分钟</translation>
    </message>
    <message>
        <source>You are next, about {low} to {high} min</source>
        <translation>您是下一位，约等 {low}～{high} 分钟</translation>
    </message>
    <message>
        <source>About {ahead} ahead of you, over an hour</source>
        <translation>前面约 {ahead} 人，预计等候 1 小时以上</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>马上就到您</translation>
    </message>
    <message>
        <source>No window serves this right now; please listen for your number</source>
        <translation>暂无窗口办理此业务，请留意叫号</translation>
    </message>
    <message>
        <source>Please listen for your number</source>
        <translation>请留意叫号</translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>WindowAdvice</name>
    <message>
        <source>{weekday} {start}–{end}: about {rate} customers an hour, {minutes} min each, open {windows} windows; {share}% served within {within} min</source>
        <translation>{weekday} {start}–{end} 点：约 {rate} 人/小时，平均 {minutes} 分钟，建议开 {windows} 个窗口，预计 {share}% 在 {within} 分钟内办理</translation>
    </message>
    <message>
        <source> (from the norms: little history yet)</source>
        <translation>（历史数据不足，按限时标准估算）</translation>
    </message>
    <message>
        <source>{windows} windows advised, the branch has only {count}: even with all of them open the queue keeps growing.</source>
        <translation>建议 {windows} 个窗口，本所只有 {count} 个：全部开放也接待不过来，排队会越来越长。</translation>
    </message>
    <message>
        <source>{windows} windows advised, the branch has only {count}: with all of them open, about {share}% of customers are served within {within} min (target {target}%).</source>
        <translation>建议 {windows} 个窗口，本所只有 {count} 个：全部开放时，预计 {share}% 的顾客在 {within} 分钟内办理（目标 {target}%）。</translation>
    </message>
    <message>
        <source>{weekday} {start}–{end}: {shortfall}</source>
        <translation>{weekday} {start}–{end} 点：{shortfall}</translation>
    </message>
    <message>
        <source>Another {count} hour(s), marked + on the map, also need more windows than the branch has.</source>
        <translation>另有 {count} 个时段（图中标 + 的格子）也需要比本所更多的窗口。</translation>
    </message>
    <message>
        <source>Queue this hour: about {rate} customers; open {windows} window(s) to serve {share}% within {within} min.</source>
        <translation>本时段排队：约 {rate} 人；建议开 {windows} 个窗口，可使 {share}% 的客户在 {within} 分钟内办理。</translation>
    </message>
    <message>
        <source> More would be needed than the branch has ({count}).</source>
        <translation>所需窗口超过本网点现有的 {count} 个。</translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
</context>
<context>
    <name>_Outcome</name>
    <message>
        <source>Saved to &lt;a href="{file}"&gt;{path}&lt;/a&gt; &amp;nbsp; &lt;a href="{folder}"&gt;Open its folder&lt;/a&gt;</source>
        <translation>已保存到 &lt;a href="{file}"&gt;{path}&lt;/a&gt; &amp;nbsp; &lt;a href="{folder}"&gt;打开所在文件夹&lt;/a&gt;</translation>
    </message>
    <message>
        <source>No program on this computer opens {path}. Find the file in its folder and open it from there.</source>
        <translation>本机没有能打开 {path} 的程序。请到它所在的文件夹中找到并打开。</translation>
    </message>
</context>
<context>
    <name>_SaveDialog</name>
    <message>
        <source>Look in:</source>
        <translation>查找范围：</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>文件名：</translation>
    </message>
    <message>
        <source>Save as type:</source>
        <translation>保存类型：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>