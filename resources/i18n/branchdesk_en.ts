<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>Show closed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D done · E effective · X not effective · A reassign · N note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done, effect to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the check&apos;s signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by {who}; owner {owner}, due by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} reassigned it to {owner}, due by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} marked it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} found it effective: closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} found it not effective: open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(photo, SHA-256 {digest}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note (a correction of an earlier step is a note too; the step itself stays):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Activities</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farmers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Students</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins and follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan one with “New activity”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}, event days: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event days yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} · {status} · {days}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitySettingsBox</name>
    <message>
        <source>Activities and customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 18 Xinjie, Qingshan Town (opposite the market)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0855-8123 4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the QR codes carry the channel code alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save activity settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address on posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone on posters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s public address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where HQ has an address customers&apos; phones can reach, the posters&apos; QR codes open it; the branch&apos;s scanner reads the channel either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep customers&apos; details for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Setting up the branch…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountCorrectionDialog</name>
    <message>
        <source>Correct an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount recorded stays in the ticket&apos;s history; the correction is added to it and the figures use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. B012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12000 or 12,000.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountFields</name>
    <message>
        <source>e.g. 12000 or 12,000.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnouncementCard</name>
    <message>
        <source>From the county, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Late: clocked in later than {minutes} minutes before the branch opens</source>
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
    <name>BackEntryDialog</name>
    <message>
        <source>Back-entry of paper tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority (elderly, disabled, sick, pregnant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the time written on the paper ticket. Back-entered tickets are kept out of the timing statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: today only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: from {first} to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, within opening hours {opens}–{closes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, within opening hours ({hours}).</source>
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
    <name>BudgetTab</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap, yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float, yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending is never edited: a wrong entry is corrected by a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over cap and float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share}% used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget {cap} yuan (float {slack}); spent {spent} yuan, {share}%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget lines yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a budget line first.</source>
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
    <name>ChannelPrintouts</name>
    <message>
        <source>Print for the chosen channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3 poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tear-off slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheets: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many numbered sign-in sheets to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity is closed: its posters and sheets are no longer printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a channel in the table first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the {what} of “{name}” now, or save it as a PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer. Check that every page came out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins per copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. market gate poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each channel has its own code for its QR: the sign-ins it brings are counted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New checklist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a checklist, then press Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P or 1 pass · F or 2 fail · N or 3 not applicable · R person responsible · Ctrl+Enter sign · Esc back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (draft, not published yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (version {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · a draft is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{earned} / {possible} ({percent}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} of {title} is published: new checks use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-{title}-{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed. The report is saved as &lt;a href=&quot;{file}&quot;&gt;{path}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release to the branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the mystery-shopper checklist, then press Enter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent visits: Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent checks: Enter opens one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Ctrl+R release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · not released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release this visit to the branch? From then on everyone at the branch sees its results, and the failed items are followed up. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released. The report is saved as &lt;a href=&quot;{file}&quot;&gt;{path}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed. Only inspectors see this visit until you release it (Ctrl+R); its report is saved then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective actions opened for the failed items: {count}. They are on the Corrective actions tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{answered} of {total} answered · {points} · {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a critical item failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no critical failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {name}: {result}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit: {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window: {window}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>served by: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not released: only inspectors see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released {day} by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from attendance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass, fail or not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score from 0 to {top}, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number from {low} to {high} {unit}, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo file, or N if there is none to take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12305 hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{span} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every complaint within 3 calendar days of receipt (weekends count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a complaint to see its steps, or register a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone or address (shown masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer complained about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First asked (首问)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrects what was registered; the record itself is never changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply given to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch head or the duty manager replies and records satisfaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} · {category} · contact {contact}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received {received}; first asked: {first}; assigned to: {assignee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by {deadline} ({state})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s satisfaction: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterPanel</name>
    <message>
        <source>My window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a ticket number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer at the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalled {count}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{priority}{service} · {status} · waited {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} finished in {served} min: OVER the norm of {norm} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} finished in {served} min, within the norm of {norm} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount recorded: ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show (F5): only while a called customer has not come to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show (F5): recall the number first; a customer is marked absent only after being called at least twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show (F5): the called customer did not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick your window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling {code} again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} did not come: marked as a no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is on hold; call it back from the held list or by its number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} moved to {service}, keeping the arrival time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call order: priority tickets always first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call order: one priority ticket after every {every} others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call order: by time waited; priority tickets start {bonus} min ahead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterRulesGroup</name>
    <message>
        <source>No-shows and back-entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day(s) before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-entered times must be within opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A no-show can be called back for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper tickets can be back-entered for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
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
    <name>DisplayBoard</name>
    <message>
        <source>Display board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{branch} · please wait for your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}  to window {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count}</source>
        <comment>people waiting</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <source>Mark the action done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done (the evidence):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <source>Due and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due or overdue: no check waiting, no corrective action or complaint past its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrective action: {item} ({owner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue by {days} d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint: {summary} ({assignee})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity milestone: {activity}: {milestone} ({owner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers to call back after an activity: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within 48 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
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
    <name>EvaluationDialog</name>
    <message>
        <source>Weekly evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} of {top}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not evaluated yet this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluated {total} of 50 by {who} at {when}. Saving adds a correction; the earlier evaluation stays listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week of this month has begun yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Figure achieved in {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target is not set for the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal {goal}, worth {points} points. Saving adds an entry; the latest counts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <source>Finish {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May still come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Call participants who agreed to it within 48 hours of their visit; offer invited customers who did not come the recap or a compensation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time a whole number is shown it is written in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recap sent, or the compensation offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the recorded call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new entry takes the earlier one&apos;s place; the earlier one is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch head or the duty manager calls customers and records the calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the visit ({open} to call, {late} overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited, did not come ({open} to call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not agree to calls: in person only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is recorded.</source>
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
    <name>HallDevices</name>
    <message>
        <source>Screen {number} ({width}×{height})</source>
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
        <source>Today is the day of the weekly bundle, and changes are waiting for HQ. Export it on a USB stick for the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the sync page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints past the 3-day deadline, not yet answered: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints due within a day: {count}.</source>
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
    <message>
        <source>Clock out now and end your working day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
    <name>Invitations</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsPanel</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Came in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen for 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen for a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not agreed (in person only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show those already invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the chosen as invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call sheet Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones are masked. The call sheet of the branch head or the duty manager has the whole numbers of customers who agreed to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} invitations recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call-sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the call sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuePanel</name>
    <message>
        <source>Issue a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority ticket (elderly, disabled, sick, pregnant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press it, then the customer&apos;s business: that one ticket is a priority ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority is on: now press the customer&apos;s business to issue a priority ticket (press Priority again to cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket printer: tell the customer the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRINTING FAILED, see below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} {service}: {wait} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Please choose a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority for the elderly, disabled, sick and pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take your ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed, please tell the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please remember your number and listen for it to be called</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Language</source>
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
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board &amp; statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync to HQ</source>
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
        <source>Today&apos;s backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are still signed in: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer is still at your window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is still at window {number}. Put the ticket on hold (it can be called back by its number), close the window and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold, close the window and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestonesTab</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What (for “Other”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red: past its day and not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— owner —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a milestone in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewChecklistDialog</name>
    <message>
        <source>New checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperEntryPanel</name>
    <message>
        <source>Enter a paper sign-in sheet: its number and day, then each row. Enter goes to the next field; Enter on the channel records the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day on the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the chosen row is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the chosen row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels: {legend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper sheets are entered while the activity runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows entered from sheet {sheet}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is not an event day of this activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: this customer already signed in that day at {time} (sheet {sheet}, row {first}): not counted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} recorded: {phone} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is cancelled; enter it again if it was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <source>Pause window {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting a customer outside the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups within 48 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {total}, of them new customers: {new}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To call: {waiting}, of them overdue: {overdue}. Only customers who agreed to be contacted are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTab</name>
    <message>
        <source>e.g. 2026-12-05, 12-10, 12-15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases: owner and deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft: change anything, then start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: the name, days, goals and poster text are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— owner —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new plan: it is saved as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintProblems</name>
    <message>
        <source>Print problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No print recorded: the program stopped or could not save it. Reprint or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterDialog</name>
    <message>
        <source>Ticket printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer (ESC/POS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket printer: the kiosk shows the number on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.50:9100 or /dev/usb/lp0 or COM3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a test ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ticket printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing a test ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test ticket was sent to the printer. Check that it came out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the receipt printer&apos;s address (host:port) or device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter tickets served on paper during a power cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct amount…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct an amount recorded at finish (duty manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call back at my window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-entered {code} (kept out of the timing statistics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code}: amount corrected to ¥{amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the kiosk on this screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has one screen: the kiosk will cover all of it, and the counter stays hidden behind it until the kiosk is closed.

To close the kiosk, press Esc and sign in: you ({name}), or a duty manager or above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueSettingsPage</name>
    <message>
        <source>Queue settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norm (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norm, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ minutes per ¥10,000 over the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ minutes per further unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as a new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict: priority tickets always first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One priority ticket after every N others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By waiting time, priority with a head start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save policy and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N (one priority after N others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority head start, minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice target: share of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… served within minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call policy and window advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take out of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueStatsPage</name>
    <message>
        <source>Board &amp; statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open display board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the figures of closed days: %v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean service (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}: {arrivals} arrivals, {served} served, {no_shows} no-shows; mean wait {wait} min, within norm {share}; windows paused {pause:.0f} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is in the future: there is no queue data for it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows to open for {share:.0f}% of customers to wait at most {minutes:g} min, from the branch&apos;s own last weeks (hover over a cell for details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queue history yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <source>Reassign the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Export daily report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the daily report of the chosen day as a PDF or an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue-report-{day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export daily report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the daily report of {day}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to &lt;a href=&quot;{file}&quot;&gt;{path}&lt;/a&gt; &amp;nbsp; &lt;a href=&quot;{folder}&quot;&gt;Open its folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is in the future: the report has no queue data yet, only the window advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens {path}. Find the file in its folder and open it from there.</source>
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
    <name>ReviewTab</name>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review ends with 3 to 5 actions, each with an owner and a deadline. Closing makes the activity read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— owner —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>When the check is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily, around opening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily, around closing time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due from, before the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue, after the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the closing of (weekly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the closing of day (monthly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day the branch is closed has nothing due; a deadline on a closed day moves to the open day before.</source>
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
    <name>SignInKiosk</name>
    <message>
        <source>Welcome! Please sign in with your mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Welcome, and thank you for coming!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Welcome back!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already signed in today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster read. Now your mobile number, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign you in we keep your mobile number, the time you came and the poster or flyer that brought you.

Your number shows masked (138****1234) on screens and printouts. Only the staff who call customers can see it whole, and every time they do it is recorded.

Your details are kept for {period} after your last visit, then deleted; only the counts remain.

We call you after the activity (for example to ask how it went) only if you tick the box below. Signing in and the gifts do not depend on it. Leaving the box empty keeps any earlier answer; to withdraw it, tell the staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree that the post office may call me about this activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Customer sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sign-in kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a poster or type a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to a follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they can do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They agree to a follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity is running: start one on the activities page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins: {total}, new customers: {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster read: now the customer&apos;s mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>came by “{channel}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits so far: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in already today: no second arrival gift; they may go on to the experience zone or the consultation desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed to a follow-up call: we call within 48 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No poster scanned: the sign-in counts as typed at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster or flyer: “{name}” — the next mobile number signs in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a scan or a mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sign-in kiosk on this screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has one screen: the kiosk will cover all of it, and this desk stays hidden behind it until the kiosk is closed.

To close the kiosk, press Esc and sign in: whoever opened it, or a duty manager or above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInUnlockDialog</name>
    <message>
        <source>Close the sign-in kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever opened the sign-in kiosk, or a duty manager or above, signs in to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only whoever opened the sign-in kiosk, or a duty manager or above, can close it.</source>
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
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong attempts: this account is locked until {time}. A branch head or administrator can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInWords</name>
    <message>
        <source>New customer: signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning customer: signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already signed in today: nothing recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience zone: try the services on show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation desk: ask about savings, mail and stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift desk: collect the arrival gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet agreed to a follow-up call: ask whether we may call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed “{name}”: offer the recap or the compensation (due {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction call for “{name}” due {when}: ask now, face to face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
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
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the lockout after too many wrong attempts; the PIN or password stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until {time}</source>
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
        <source>{name} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScore</name>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {span}: not evaluated (left out of the average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {span}: {total} of 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (corrected: the latest of {count} entries counts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing entered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actual} of {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target}: {done}, {how}; worth {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily checks signed: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{within} of {served} tickets within the norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to measure (not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when} {check}: {item}{critical} failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly evaluation of {name}, week {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by {who} at {when}. A correction is a new evaluation of the same week; the latest counts and the earlier ones stay listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (replaced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} of {name}, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal {goal}, worth {points}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{served} min served, norm {norm} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the tickets this person served at the window: {within} of {count} within the norm (over the norm marked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by the branch head; a correction is a new entry and the latest counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clocked in {first_in}, out {last_out}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily checks signed: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{check}, signed {when} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed item naming the person is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScorePage</name>
    <message>
        <source>Staff score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 points a month: weekly evaluation 50, monthly targets 30, daily progress 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed check item naming the person costs 2 points, a critical one 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly evaluation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter figure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save monthly PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click opens the line&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction is a new entry; nothing is changed in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {month}: {total} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week has no evaluation yet: nothing to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff-score-{month}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly report is saved as &lt;a href=&quot;{file}&quot;&gt;{path}&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffUnlockDialog</name>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whoever opened the kiosk, or a duty manager or above, signs in to close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only whoever opened the kiosk, or a duty manager or above, can close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryReportExport</name>
    <message>
        <source>Export summary report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the activity&apos;s summary report as a PDF or an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary-report-{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary report of “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync to HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this branch with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://hq.example:8811, or scan the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>20 letters and digits from the county&apos;s sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code on the sheet the county printed, or type HQ&apos;s address and the enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ address or QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest waiting since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly bundle by USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the network to HQ is down, take the changes to the county on a USB stick once a week, and bring back HQ&apos;s acknowledgement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export weekly bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import acknowledgement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} ({ago})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking HQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled. HQ&apos;s key id is {key}. Compare it with the key id on the county&apos;s sheet: if they differ, call the county before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ did not issue this enrolment code for this branch. Check the code on the county&apos;s sheet, and that it is for this branch, or ask the county office for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: HQ took {pushed} changes, {pulled} came from HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the weekly bundle to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledgement (*.bdack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the weekly bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds changes {first} to {last}. Take it to the county.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path} &amp;nbsp; &lt;a href=&quot;{folder}&quot;&gt;Open its folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading HQ&apos;s acknowledgement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ holds every change up to {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekly bundle is now due on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens {path}. Find the file in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusItem</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changes waiting to HQ now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the sync page; right-click to sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to sync now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s server refused the connection (is it running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to HQ was cut before it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s address was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network to HQ is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply did not come from the HQ this branch enrolled with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s server answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock {minutes} min slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock {minutes} min fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ refuses this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled with HQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with HQ…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} waiting (oldest: {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} min behind HQ: set the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s clock is {minutes} min ahead of HQ: set the time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Monthly target for {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (entered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other targets of the month are worth {used} points; all together at most {top}. 0 points withdraws the target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Edit checklist: {title} (draft version {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass / fail / not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number within limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass/fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical: a fail fails the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number}: the limits must be numbers, such as 18 or 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved: {count} items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer keeps the original arrival time in the new queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpgradeNotice</name>
    <message>
        <source>Upgrading the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This new version of BranchDesk brings its data up to date. It happens once, and on a large file it may take a few minutes. Please do not switch the computer off.</source>
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
        <source>The disk holding {folder} filled up; the unfinished file was removed and the database is untouched. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written to {folder} ({problem}); the database is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the daily queue report as an A4 PDF or a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to save the report: a .pdf, or an .xlsx spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok: integrity, schema {revision}, change log and its triggers, audit chain ({entries} entries)</source>
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
        <source>“Visited since” must be before “not visited since”, or nobody can match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the customers were invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customers who were invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at most {n} invitations at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} has not agreed to be contacted: invite them only in person, when they come by. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was offered: the activity&apos;s recap or a compensation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction records what the customer said: reached or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer was not invited, or came: they are not on the no-show list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity&apos;s last day is not over: the customer may still come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is still open: record the call instead of a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the time on the sheet as 9:30 or 0930.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel: type its number on the sheet, 1 to {last} ({other} for other), or its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the row number, 1 to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{phone} is not a mainland mobile number (11 digits starting 13-19): check the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the sheet number printed at its top right, 1 to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is not one of this activity&apos;s channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is not an event day of “{name}” ({first} to {last}): check the date on the sheet. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of sheet {sheet} is already entered: go on with the next row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} does not check out: a digit was mistyped.</source>
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
        <source>an activity&apos;s posters, sign-in sheets and summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a channel&apos;s poster, flyers or tear-off slips as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity&apos;s code, e.g. HD2611-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel&apos;s code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 or A3 poster, A4 flyer, or a page of tear-off slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the activity&apos;s summary report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also save it as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print numbered paper sign-in sheets (the numbers are recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your sign-in name (your PIN or password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch&apos;s address and phone printed on posters, and HQ&apos;s public address for the QR links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch&apos;s address as the public finds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch&apos;s public phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s public address, e.g. https://hq.example.cn (&quot;&quot;: the QRs hold bare codes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your sign-in name, to change them (your PIN or password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: {address}
Phone: {phone}
HQ&apos;s public address: {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your PIN or password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {name}, channel {channel} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {name}; participants: {participants}, new customers: {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your sign-in name with --staff NAME to change these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it as a {suffix} file, not {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: nobody has signed in to this activity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: sheets {first}–{last} of {name}, channel {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch database in {path}, nor a demo branch in {demo}. Give the data folder with --data-dir DIR (a demo started with --data-dir keeps its data in that folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prog}: {message} (see &apos;{prog} --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder holding the branch database, backups and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BranchDesk: the counter of a rural post office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up the branch and its first administrator without the GUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch code, e.g. QS-001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone of the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the branch offers savings business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening hours, every day of the week (change per day later in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in name of the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name of the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the administrator signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open (creating if needed) the demo branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only create the demo data and list the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the database and build the main window offscreen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue reports without the GUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the business day (default: today at the branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync with the county/HQ server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrol this branch with HQ (once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s address, or the text of the enrolment QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one-time enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch code at HQ (default: this branch&apos;s code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is waiting, when sync last worked, the last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the signed weekly bundle for HQ (for a USB stick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder to write it in (default: the bundles folder in the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import HQ&apos;s acknowledgement of a weekly bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the .bdack file HQ wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up, then migrate the database to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity, change log and audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a compressed, checked copy into the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the database with a backup (the current one is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backup (.sqlite3 or .sqlite3.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo branch is ready in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch {code} set up in {path}; administrator: {admin}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as a .pdf or an .xlsx file, not {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} ({day}, {arrivals} arrivals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send and receive everything now; exit 0 when HQ holds every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch in {path}; using the demo branch in {demo}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: {day} is in the future (today is {today}): the report has no queue data, only the window advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hour}:00: {windows} windows advised, the branch has only {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branchdesk: unexpected error; details in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} (again): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {path} (schema {revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is current (schema {revision}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was upgraded from schema {before} to {after}; a backup was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema {revision} is {state}; this version expects {head}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL {finding}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit chain broken at entry {position}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed. Check the printer, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has no print system (the lp or lpr command is missing). Ask IT to install CUPS, or set up a receipt printer or “No ticket printer” under Printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print service of this PC is not running. Restart the PC or ask IT, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has no default printer. Choose a printer under Printer…, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printer called “{printer}” on this PC. Choose an installed printer under Printer…, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print system refused the job. Check the printer in the system&apos;s printer settings, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print system did not take the job within {seconds} s. Check the printer, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not start the job. Check that it is on and has paper, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at {target} refused the connection. Check that it is switched on and that the address is right, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer at {target} did not answer within {seconds} s. Check that it is switched on and its cable is in, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer address {host} is not known on the network. Correct it under Printer…, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network cannot reach the receipt printer at {target}. Check the network cable and the address, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer {target} is not connected. Plug it in and switch it on, or correct the device under Printer…, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BranchDesk may not write to the printer {target}. Ask IT to give it access, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer is out of paper. Load a new roll, then reprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{target}” is not a printer address. Enter host:port, such as 192.168.1.50:9100 (the port is 1 to 65535), or a device such as /dev/usb/lp0 or COM3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be printed because of a program error. Reprint; if it fails again, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}. Check the folder or the USB stick, then save it again or somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}: the disk is full. Free some space or save it somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}: BranchDesk may not write there. Save it in another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved as {path}: the folder does not exist. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: the file is open in another program, or this folder may not be written to. Close the file, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: the disk is full. Free some space or choose another disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of {path} does not exist. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the line&apos;s cap, more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The float is 0 or more and no larger than the cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This budget line no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the budget category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount spent, more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the entry is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry already stands at that amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This spending entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which business was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter how many, 1 to {n}; a correction names the entry it corrects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business is recorded while the activity runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry to correct no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the channel (the poster&apos;s place or the flyer batch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose poster, flyer, stand, banner or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies printed is a number from 0 to {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This channel no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity “{name}” is closed and can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity “{name}” has started: its name, dates, goals and poster text are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a member of staff who still works here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this text under {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount in yuan, like 1200 or 35.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an 11-digit mainland mobile number, like 13812345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the target customers from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep customers&apos; details between 30 days and 10 years (3650 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer&apos;s details were removed after the retention period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose reached, unreachable or declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the customer&apos;s satisfaction, 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction is a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the activity a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event day is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activity has at most {n} event days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review ends with 3 to 5 actions, each with an owner and a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose warm-up, execution or review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of milestone this is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the milestone is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {day} the activity ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose goals from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The satisfaction goal is a score from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants, new customers and business are whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the activity at least one event day before starting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set at least one goal (participants, say) before starting the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the activity before reviewing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft is not closed: start it, or leave it as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review (problems, suggestions and 3 to 5 actions) before closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This milestone no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a date: write event days like 2026-12-05 or 12-05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each action needs what is to be done and who owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity has no channel “{text}”: give a channel&apos;s code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity “{name}” is closed: its posters, flyers and sign-in sheets are no longer printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the activity its event days before printing for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a channel of this activity to print for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ&apos;s public address looks like https://hq.example.cn, not {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print 1 to {n} sheets at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} does not check out: a digit was misread or mistyped. Scan it again, or type the customer&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {n} digits came through: a poster code has 10 and a mobile number 11. Scan again or type the whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a poster code nor a mainland mobile number (11 digits starting 13-19): nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the sign-in is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is closed: it takes no more sign-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has not started yet: start it on the activities page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code {code} is not on any poster or flyer of this branch: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This poster or flyer is for another activity, “{name}”: nothing was recorded. Type the customer&apos;s phone number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sheet number and the time written on the paper row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time on this row is in the future: check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} is not an event day of “{name}”: nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in was already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This poster or flyer is from “{name}”, which has closed: nothing was recorded. Type the customer&apos;s phone number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was done, or attach a photo of it, as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is still wrong, so the owner can put it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This corrective action no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an open action can be marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effect is checked once the action is marked done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone other than the owner checks whether the action worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is from today to a year ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner must be an active member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is answered pass, fail or not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is answered with a score from 0 to {top}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is answered with a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is answered with a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is answered with a photo file (JPEG or PNG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is not part of this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable is an answer by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text answer may have at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check has its report once it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check is signed and can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery-shopper visits are recorded by an inspector&apos;s account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist has no published version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person responsible is named only on a failed item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items are not answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo is a JPEG or PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is larger than 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be read or kept: check that the file exists and the data folder has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the inspector who recorded this visit may change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person named is not an active member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This mystery-shopper visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the visit is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit is more than {days} days ago: record visits within the quarter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window may have at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which window was observed, or who served, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person observed is not a member of the branch&apos;s staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mystery-shopper visit is recorded on a mystery-shopper checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the visit before releasing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This visit is already released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item needs a section and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item&apos;s text is too long: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown answer type: {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item&apos;s weight must be above 0 and at most 100: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score item needs a top score from 1 to 100: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number item needs at least one limit: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower limit is above the upper limit: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of check: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist needs a title of at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist may have at most {count} items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This checklist version no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} is published and can no longer change: start a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist without items cannot be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results of this mystery-shopper visit are not released yet: only the inspector may see them. Your request was refused and recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the text under {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown schedule: {frequency}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the weekday the weekly check is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day of the month (1-31) the check is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before and after must be whole numbers from 0 to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mystery-shopper visits come unannounced: they have no schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the customer complained about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply given to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the complaint came in: letter, visit, phone, 12305 hotline or online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the kind of complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time received is in the future: enter when the complaint came in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complaint received on {received} was due by {deadline}, which has passed: register complaints on the day they come in, and report this one to the supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s phone number or address for the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who was asked first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who handles the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the customer said of the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This complaint has been answered and is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer first, then record their satisfaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not an amount in yuan (write e.g. 1234.50 or 1,234.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A no-show can be called back within 0 to {most} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-entry reaches 0 to {most} days before today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether back-entry keeps to opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper tickets can be back-entered from {first} to today only; ask the duty manager (queue settings) to allow older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} was a no-show at {time}; it can be called back only within {minutes} min of that. Issue a new ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the amount is corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket {code} is from {date}, not today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch was closed on {date}; check the date on the paper ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} on {date} is outside the opening hours ({opens}–{closes}); check the time on the paper ticket.</source>
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
        <source>Ticket {code} has not been finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} records no amount.</source>
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
        <source>At least one service must stay in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} tickets for {service} are still in today&apos;s queue; serve, transfer or cancel them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service code is 1 to 20 lower-case letters, digits or _, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the service a Chinese and an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket prefix is one or two letters A–Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket numbers run from 1 to 999, the first not above the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A norm is more than 0 and at most 120 minutes; extras 0 to 60.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit of a norm is an item or a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown call policy: {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call one priority ticket after 1 to 20 others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The priority head start is 0 to 120 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target share is 50 % to 99 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target wait is 1 to 60 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A window number is from 1 to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the window a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number} must serve at least one service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window {number} would serve nothing; give it another service first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix {prefix} is already used by {service}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a window {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close window {number} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one window must stay in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
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
        <source>The account was changed while signing in; please try again.</source>
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
        <source>Only the inspector changes their own PIN or password. If it is forgotten, make a new inspector account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account cannot become an inspector or stop being one: make a new account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets served within the norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gifts issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves by the standard steps and wording; appearance, first-asked responsibility, the counter time limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helping customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets things up for customers, answers their questions, shows them the self-service machines; solves a problem on the spot or follows it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstrates services and products and lets customers try them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds what the customer needs and recommends a service that suits them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part in scenario drills, study and tests; knows the scripts and the procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} is not a month (write it as 2026-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note may have at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check does not count against this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person chosen is not an active member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week is given by its Monday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week can be evaluated once it has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not a criterion of the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a kind of target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target is worth a whole number of points from 0 to {top}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target&apos;s goal is a whole number from 1 to {top}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in the note what the other target is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target is counted from the branch&apos;s own records; nothing to enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A figure is a whole number from 0 to {top}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member of staff does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evaluation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a score for every criterion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion {number} takes a whole number of points from 0 to {top}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s targets would be worth {total} points; at most {top}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This target is not set for the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day of the week for the weekly bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That announcement is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ could not be reached: {detail}. Changes wait here and go when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This branch is not enrolled with HQ yet. Enrol it with the address and code from HQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ has revoked this branch&apos;s credential. Ask the county office for a new enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ does not know this branch&apos;s credential. Ask the county office for a new enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ says this credential belongs to another branch. Ask the county office for a new enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ could not verify this branch&apos;s signature. Ask the county office for a new enrolment code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ holds different changes under the same numbers (change {seq}); was this PC&apos;s database restored from a backup? Sync has stopped: call the county office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ holds part of a transaction; sync has stopped. Call the county office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ speaks a different version of the sync protocol. Update BranchDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment code has been used already. Ask the county office for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment code has expired. Ask the county office for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an enrolment code: it has 20 letters and digits. Check it and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an HQ address: it starts with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ sent data this version of BranchDesk does not know ({entity}). Update BranchDesk; nothing was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ is busy; sync will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ refused a request as malformed ({detail}). Sync will try again; if it keeps failing, call the county office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch of changes was too large for HQ. Sync will try again; if it keeps failing, call the county office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ had seen this request before; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ is missing earlier changes; sync is sending them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This branch is enrolled with HQ at {url} already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment code is for branch {branch}, but this PC is branch {own}. Ask the county office for this branch&apos;s code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ holds every change already; there is nothing to put in a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle could not be written to {folder}: {detail}. Check the USB stick (is it full or write-protected?) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement file could not be read: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an acknowledgement file from HQ, or it is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This acknowledgement file is not signed by this branch&apos;s HQ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This acknowledgement file is from a newer HQ. Update BranchDesk. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This acknowledgement file is for branch {branch}, not this one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This acknowledgement file says HQ holds change {held}, but this branch has only {log_end}. Nothing was changed: was this PC&apos;s database restored from a backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ: {url} (branch {branch})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced: {when}; waiting: {waiting} change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly bundle written: {path} (changes {first}–{last}, report {week_first} to {week_last}). Take it to the county office; import the acknowledgement it gives back with `branchdesk import-ack FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ holds this branch&apos;s changes up to {held}; {waiting} waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled with HQ. {waiting} change(s) are kept here until it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s clock differs from HQ&apos;s by {minutes} minutes: set it right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with HQ. HQ&apos;s key is {key_id}: it should match what the county office printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: {pushed} change(s) sent, {pulled} received from HQ; {waiting} waiting.</source>
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
        <source>{path} cannot be read: {problem}</source>
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
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is cut short ({actual} of {expected} bytes): it was not copied whole or the disk is damaged. Restore a backup with &apos;branchdesk db restore FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough free disk space in {folder}: {needed} needed, {free} free. Free some space (old backups can be moved elsewhere); nothing was changed.</source>
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
    <name>VisitDialog</name>
    <message>
        <source>Mystery-shopper visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only inspectors see this visit until you release it: nobody at the branch, its head and the administrator included, sees anything of it before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Cancel ticket {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed; the customer did not get the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitWords</name>
    <message>
        <source>About {ahead} ahead of you, about {low} to {high} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are next, about {low} to {high} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {ahead} ahead of you, over an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No window serves this right now; please listen for your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please listen for your number</source>
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
<context>
    <name>WindowAdvice</name>
    <message>
        <source>{weekday} {start}–{end}: about {rate} customers an hour, {minutes} min each, open {windows} windows; {share}% served within {within} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from the norms: little history yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{windows} windows advised, the branch has only {count}: even with all of them open the queue keeps growing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{windows} windows advised, the branch has only {count}: with all of them open, about {share}% of customers are served within {within} min (target {target}%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {start}–{end}: {shortfall}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another {count} hour(s), marked + on the map, also need more windows than the branch has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue this hour: about {rate} customers; open {windows} window(s) to serve {share}% within {within} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> More would be needed than the branch has ({count}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_EntryDialog</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Outcome</name>
    <message>
        <source>Saved to &lt;a href=&quot;{file}&quot;&gt;{path}&lt;/a&gt; &amp;nbsp; &lt;a href=&quot;{folder}&quot;&gt;Open its folder&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens {path}. Find the file in its folder and open it from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_SaveDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
