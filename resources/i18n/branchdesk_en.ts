<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account manages staff and settings. Keep its password safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchForm</name>
    <message>
        <source>e.g. QS-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Qingshan Town Post Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This branch offers savings business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade (1-4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <source>Your branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the branch as the county office knows it. You can change this later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeSecretDialog</name>
    <message>
        <source>Change my PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>BranchDesk: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside BranchDesk. Your saved work is safe.
Please save a report and give it to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBox</name>
    <message>
        <source>BranchDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>{h} h {m:02d} min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Clock in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance today, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not clocked in today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty since {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked out at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(late by {minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>BranchDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetSecretDialog</name>
    <message>
        <source>Reset PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN or password for {name}. This also lifts a lockout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretFields</name>
    <message>
        <source>PIN (4-8 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (8 or more characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my PIN or password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer and my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save branch settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the hours fall short of the standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>BranchDesk: first-time set-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>BranchDesk: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your name and PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN / password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo branch: sign in with any of these accounts (double-click to fill in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your sign-in name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (may sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a staff member first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>BranchDesk is already running on this data folder ({path}); close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the administrator&apos;s password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours look like 08:00-17:30, not {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date looks like 2026-11-24, not {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing on {target} failed: {reason}. Check that the printer is on and connected, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese printing font is missing ({path}). Reinstall BranchDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chinese printing font cannot be read ({path}). Reinstall BranchDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing on {printer} failed: {reason}. Check the printer, then print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch is not set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are already clocked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not clocked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch code must be 2-20 letters, digits or dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the branch name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grade must be 1, 2, 3 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds a branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only {hours:g} h on {count} day(s) a week; grade {grade} needs at least {minimum} h a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches of grades 1-3, or with savings business, open every day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: {zone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both opening and closing time, or neither for a closed day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing time must be after opening time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grade 4 branch without savings may close one day a week, not {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is more than a window handles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of items or titles is at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no window {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number} is not open; open or resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish, hold or transfer the customer at the window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number has been called at window {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket {code} today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A back-entered ticket cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the ticket is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the window is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more numbers for {service} today (the range ends at {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket {code} is not waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall the number at least once before a no-show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is being served at window {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount in yuan for {service}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer at window {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is already for {service}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PIN of one repeated digit is too easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN or a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password has at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong name or PIN/password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked for {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-in name is 2-40 letters, digits, dots or dashes, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch must keep one active administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {username} is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself or change your own role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current PIN or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed its integrity check ({problem}). Restore a backup with &apos;branchdesk db restore FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a BranchDesk database (damaged or a different file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {path} is damaged and was not restored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of BranchDesk (schema {revision}). Install that version or newer; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
