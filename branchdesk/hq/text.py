"""The HQ command line's words, Chinese first (county staff read Chinese), English with --lang en.

The HQ server ships without Qt's catalogue machinery, so its few sentences live here.
"""

from __future__ import annotations

ZH: dict[str, str] = {
    "bad_branch_code": "网点代码“{code}”无效：只能用大写字母、数字、- 和 _，最多 20 个字符。",
    "empty_name": "网点名称不能为空。",
    "empty_title": "公告标题不能为空。",
    "bad_grade": "网点等级只能是 1 到 4。",
    "announced": "公告已发布（{scope}），网点下次同步时收到。",
    "all_branches": "所有网点",
    "profile_set": "已更新网点 {code} 的名称和等级，网点下次同步时收到。",
    "branch_exists": "网点 {code} 已经存在。要给它新的登记码，请用 branchdesk-hq branch code {code}。",
    "no_branch": "没有代码为 {code} 的网点。用 branchdesk-hq branch list 查看所有网点。",
    "user_exists": "用户 {username} 已经存在。",
    "no_user": "没有用户 {username}。",
    "short_password": "密码至少 {length} 个字符。",
    "passwords_differ": "两次输入的密码不一致，什么都没有改。",
    "new_code": "网点 {branch} 的一次性登记码：{code}\n有效期至 {expires}（UTC）。\n二维码：{qr}\n在网点的 BranchDesk 中选择“登记到县局”，扫描二维码或输入地址和登记码。",
    "revoked": "已吊销网点 {code} 的 {count} 个凭据；该网点需要用新的登记码重新登记。",
    "no_branches": "还没有网点。用 branchdesk-hq branch add 代码 名称 添加。",
    "list_header": "代码\t名称\t已登记\t最后联系（UTC）\t已收到至\t待收\t时钟偏差",
    "yes": "是",
    "no": "否",
    "never": "从未",
    "user_added": "已添加用户 {username}。",
    "user_disabled": "已停用用户 {username}。",
    "no_users": "还没有县局用户。",
    "users_header": "用户名\t姓名\t状态",
    "active": "在用",
    "disabled": "已停用",
    "password": "密码：",
    "password_again": "再次输入密码：",
    "serving": "BranchDesk 县局服务器：{url}（数据库：{db}）",
    "db_error": "无法打开县局数据库：{reason}",
}

EN: dict[str, str] = {
    "bad_branch_code": "Branch code '{code}' is not valid: capitals, digits, - and _ only, at most 20 characters.",
    "empty_name": "The branch name cannot be empty.",
    "empty_title": "The announcement needs a title.",
    "bad_grade": "A branch grade is 1 to 4.",
    "announced": "Announcement published ({scope}); branches receive it when they next sync.",
    "all_branches": "every branch",
    "profile_set": "Branch {code}'s name and grade updated; the branch receives them when it next syncs.",
    "branch_exists": "Branch {code} exists already. For a new enrolment code: branchdesk-hq branch code {code}.",
    "no_branch": "No branch has the code {code}. See them all with branchdesk-hq branch list.",
    "user_exists": "User {username} exists already.",
    "no_user": "No user {username}.",
    "short_password": "The password needs at least {length} characters.",
    "passwords_differ": "The two passwords differ; nothing was changed.",
    "new_code": "One-time enrolment code of branch {branch}: {code}\nValid until {expires} (UTC).\nQR code: {qr}\nIn the branch's BranchDesk choose \"Enrol with HQ\" and scan the QR code, or type the address and code.",
    "revoked": "Revoked {count} credential(s) of branch {code}; it must enrol again with a new code.",
    "no_branches": "No branches yet. Add one with branchdesk-hq branch add CODE NAME.",
    "list_header": "Code\tName\tEnrolled\tLast contact (UTC)\tHeld through\tPending\tClock offset",
    "yes": "yes",
    "no": "no",
    "never": "never",
    "user_added": "User {username} added.",
    "user_disabled": "User {username} disabled.",
    "no_users": "No county users yet.",
    "users_header": "Username\tName\tState",
    "active": "active",
    "disabled": "disabled",
    "password": "Password: ",
    "password_again": "Password again: ",
    "serving": "BranchDesk HQ server at {url} (database: {db})",
    "db_error": "Cannot open HQ's database: {reason}",
}


def say(lang: str, key: str, **params: object) -> str:
    table = EN if lang == "en" else ZH
    return table[key].format(**params)
