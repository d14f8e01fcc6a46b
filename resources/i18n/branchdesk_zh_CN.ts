<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
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
    <name>ErrorBox</name>
    <message>
        <source>BranchDesk</source>
        <translation>BranchDesk</translation>
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
        <source>Hello, {name}</source>
        <translation>{name}，您好</translation>
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
        <source>Staff</source>
        <translation>人员管理</translation>
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
        <source>Branch not set up</source>
        <translation>网点尚未设置</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>当前登录：{name}（{role}）</translation>
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
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
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
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>BranchDesk is already running on this data folder ({path}); close it first.</source>
        <translation>BranchDesk 已在使用此数据文件夹（{path}），请先关闭已打开的程序。</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s password on standard input.</source>
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
        <source>No database at {path}.</source>
        <translation>{path} 处没有数据库。</translation>
    </message>
    <message>
        <source>Printing on {target} failed: {reason}. Check that the printer is on and connected, then print again.</source>
        <translation>在 {target} 上打印失败：{reason}。请检查打印机是否已开机并连接好，然后重新打印。</translation>
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
        <source>Printing on {printer} failed: {reason}. Check the printer, then print again.</source>
        <translation>在 {printer} 上打印失败：{reason}。请检查打印机后重新打印。</translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}: {reason}.</source>
        <translation>PDF 无法保存为 {path}：{reason}。</translation>
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
        <source>{text} is not an amount in yuan.</source>
        <translation>{text} 不是有效的金额（元）。</translation>
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
        <source>No customer at window {number}.</source>
        <translation>{number} 号窗口前没有客户。</translation>
    </message>
    <message>
        <source>The ticket is already for {service}.</source>
        <translation>此号已经是 {service} 业务。</translation>
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
        <source>The current PIN or password is wrong.</source>
        <translation>当前PIN码或密码不正确。</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>数据库正被其他程序使用，请稍后再试。</translation>
    </message>
    <message>
        <source>The database failed its integrity check ({problem}). Restore a backup with &apos;branchdesk db restore FILE&apos;.</source>
        <translation>数据库完整性检查未通过（{problem}）。请用“branchdesk db restore 文件”恢复备份。</translation>
    </message>
    <message>
        <source>{path} is not a BranchDesk database (damaged or a different file).</source>
        <translation>{path} 不是 BranchDesk 数据库（文件已损坏或不是本程序的文件）。</translation>
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
</TS>
