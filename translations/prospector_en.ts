<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityChart</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity over the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the API key or token. Check that it is correct and has not expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the key but refused this operation (missing permission, scope or credits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not find the requested record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record already exists in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting the request rate. Prospector will slow down and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a server problem. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection and the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a response Prospector could not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is temporarily paused after repeated failures. Prospector will retry automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autopilot</name>
    <message>
        <source>Invalid autopilot setting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored autopilot settings are corrupt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count today&apos;s writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read today&apos;s usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the suppression list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is no longer executed by this process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no autopilot run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 cannot be continued: it is no longer %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run can only leave &apos;running&apos; for another state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is not waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 waits for your approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An autopilot run is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot is paused. Resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another autopilot run is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: nothing more was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lemlist activities could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved view autopilot works on no longer exists. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown run step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The daily Explorium credit budget is reached; %n prospect(s) were not enriched.</source>
        <translation>
            <numerusform>The daily Explorium credit budget is reached; %n prospect was not enriched.</numerusform>
            <numerusform>The daily Explorium credit budget is reached; %n prospects were not enriched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused the stored token (%2). Store a new one in Settings › Services; %n write(s) wait in the outbox.</source>
        <translation type="vanished">
            <numerusform>%1 refused the stored token (%2). Store a new one in Settings › Services; %n write waits in the outbox.</numerusform>
            <numerusform>%1 refused the stored token (%2). Store a new one in Settings › Services; %n writes wait in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached; %n write(s) wait in the outbox and go out later.</source>
        <translation>
            <numerusform>%1 could not be reached; %n write waits in the outbox and goes out later.</numerusform>
            <numerusform>%1 could not be reached; %n writes wait in the outbox and go out later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n write(s) wait in the outbox.</source>
        <translation>
            <numerusform>%1: %2; %n write waits in the outbox.</numerusform>
            <numerusform>%1: %2; %n writes wait in the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the kill switch at: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autopilot lock file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lemlist campaign is chosen for autopilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the credit budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecting prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lemlist enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n write(s) failed for good; they are listed under Problems.</source>
        <translation>
            <numerusform>%1: %n write failed for good; it is listed under Problems.</numerusform>
            <numerusform>%1: %n writes failed for good; they are listed under Problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run would enroll %n prospect(s) in the lemlist campaign &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>This run would enroll %n prospect in the lemlist campaign &quot;%1&quot;: %2.</numerusform>
            <numerusform>This run would enroll %n prospects in the lemlist campaign &quot;%1&quot;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run would enrich %n prospect(s) with Explorium for about %1 credits (runs above %2 credits wait for your approval).</source>
        <translation>
            <numerusform>This run would enrich %n prospect with Explorium for about %1 credits (runs above %2 credits wait for your approval).</numerusform>
            <numerusform>This run would enrich %n prospects with Explorium for about %1 credits (runs above %2 credits wait for your approval).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 operations cannot be sent by this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token is stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used (%2). Check its token in Settings › Services; the refused writes are listed under Problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be used (%2). Check its token in Settings › Services; %n write(s) wait in the outbox.</source>
        <translation>
            <numerusform>%1 cannot be used (%2). Check its token in Settings › Services; %n write waits in the outbox.</numerusform>
            <numerusform>%1 cannot be used (%2). Check its token in Settings › Services; %n writes wait in the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The writes were not settled in time; they stay queued and are sent when their retry is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services cannot be reached (offline).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutopilotApprovalCard</name>
    <message>
        <source>A run waits for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent until you decide. Rejecting ends this run; the next scheduled run asks again if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutopilotCommand</name>
    <message>
        <source>run-once: report what would happen; write nothing remote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run-once --dry-run: plan as if it were &lt;time&gt; (ISO 8601, e.g. 2026-11-23T10:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown autopilot action: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 time, e.g. 2026-11-23T10:00:00Z
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would sync to HubSpot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would enroll in lemlist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real run would wait for your approval first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot: status, pause, resume, run-once [--dry-run], approve or reject a waiting run, audit a run&apos;s external writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 waits for your approval: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide with `prospector autopilot approve %1` or `prospector autopilot reject %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is %2 (step: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot paused. A run in progress stops at its next safe point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot resumed. A run the kill switch stopped continues with the next run-once, or at once in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would enrich with Explorium: %1 (%2 from the cache, about %3 credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot run %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prospector autopilot status|pause|resume|run-once [--dry-run]|approve RUN_ID|reject RUN_ID|audit RUN_ID
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2%3): %4 selected, %5 enriched (%6 from the cache), %7 rescored, %8 synced, %9 enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies: %1, credits: %2, skipped: %3, took %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutopilotOptIn</name>
    <message>
        <source>Turn on autopilot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot works on its own, even while the window is closed, and writes to HubSpot and lemlist on your behalf:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes are saved when you turn it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that autopilot contacts prospects for me within these limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on autopilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutopilotPage</name>
    <message>
        <source>Autopilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot can enrich, sync and enroll qualified prospects on a schedule, within daily caps and with your approval for large runs. It never runs until you switch it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what a run would do, without sending anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs start again on schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill switch: no run starts, a running one stops at its next safe point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutopilotRunHistory</name>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs yet. A dry run shows what autopilot would do without sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected · %2 synced · %3 enrolled · %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced to HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled in lemlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run wrote nothing to another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutopilotSettingsEditor</name>
    <message>
        <source>Monday to Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutopilotSettingsForm</name>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich with Explorium (firmographics, contact data; costs credits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescore with the ICP rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync qualified prospects to HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll them in the lemlist campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track replies, bounces and unsubscribes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lemlist campaign ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cam_123abc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown in summaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lemlist campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects per run, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichments per day, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorium credits per day, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New HubSpot contacts per day, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lemlist enrollments per day, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for approval above this many enrollments in one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for approval above this many credits in one run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll only during business hours (in the prospect&apos;s time zone when known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every prospect also needs a valid e-mail address, and no one on the suppression list (unsubscribed, bounced, opted out) is ever contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutopilotText</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On, waiting for the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped by the kill switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily cap reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit budget reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neutral</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows start-up entry cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActionBar</name>
    <message numerus="yes">
        <source>All %Ln prospect(s) in this view</source>
        <translation>
            <numerusform>All %Ln prospect in this view</numerusform>
            <numerusform>All %Ln prospects in this view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to every prospect in the filtered view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to add or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag to prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag from prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the view to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a byte order mark so Excel reads UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete prospects?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n prospect(s) with their notes, tags and timeline? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Delete %n prospect with its notes, tags and timeline? You can undo this with Ctrl+Z.</numerusform>
            <numerusform>Delete %n prospects with their notes, tags and timeline? You can undo this with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export prospects to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich prospects with Explorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync to HubSpot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync prospects to HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in lemlist…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll prospects in a lemlist campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of the more than %L1 prospects in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the more than %L1 prospects of this view with their notes, tags and timeline? You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkEditor</name>
    <message>
        <source>A tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %n prospect(s) with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag “%1” from %n prospect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untagged “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stage to %1 on %n prospect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the tier override of %n prospect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tier to %1 on %n prospect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier override cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %n prospect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchive %n prospect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unarchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %n prospect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>The index %1 cannot be rebuilt because two prospects share its key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <source>Working… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the bulk action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Keep the database, logs and reports in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn, error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the built-in simulators of HubSpot, lemlist and Explorium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prospector [options] [command] [command options]

Without a command, Prospector opens its window.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --data-dir DIR    keep data in DIR (also: environment PROSPECTOR_DATA_DIR)
  --log-level LVL   trace, debug, info, warn, error
  --sandbox         use the built-in simulators of the three services
  --json            machine-readable output
  --version, --help

Exit codes: 0 success, 1 failure, 2 usage error.
Run &apos;prospector COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prospector %1 [options]
%2

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the prospect database for this version of Prospector (once; up to a minute for a large database)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>No %1 token is stored. Enter one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message>
        <source>Service tokens in the keychain: set SERVICE (token on stdin), status, clear [SERVICE].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, status or clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With set: when no keychain is available, store tokens in an unencrypted owner-only file (explicit opt-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments. The token is read from standard input, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service &apos;%1&apos;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which service? Use: credentials set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status takes no service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: credentials set %1 | status | clear [SERVICE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Unknown export column: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) in your local database</source>
        <translation type="vanished">
            <numerusform>%n prospect in your local database</numerusform>
            <numerusform>%n prospects in your local database</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Prospector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a CSV of prospects anywhere on this window to start, or try the bundled sample prospects. Start Prospector with --sandbox to try enrichment, HubSpot sync and lemlist enrollment against built-in simulators — no accounts needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sample prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s) in your local database</source>
        <translation>
            <numerusform>%Ln prospect in your local database</numerusform>
            <numerusform>%Ln prospects in your local database</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier mix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 new, %3 updated, %4 rejected · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync activity…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLetterActions</name>
    <message>
        <source>This problem was already handled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadLetterEditDialog</name>
    <message>
        <source>Edit and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopIntegrationSettings</name>
    <message>
        <source>Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits Prospector and autopilot runs only while the window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Prospector when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet notifications: only problems that need me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet keeps runs waiting for approval, tokens to renew, a reached credit budget, a service that is down and failed runs, because autopilot stops until you act on them. Run summaries and replies stay on the Autopilot page and the prospect&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monochrome tray icon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) selected</source>
        <translation>
            <numerusform>%n prospect selected</numerusform>
            <numerusform>%n prospects selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enriched</source>
        <translation>
            <numerusform>%n enriched</numerusform>
            <numerusform>%n enriched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n synced to HubSpot</source>
        <translation>
            <numerusform>%n synced to HubSpot</numerusform>
            <numerusform>%n synced to HubSpot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n enrolled</numerusform>
            <numerusform>%n enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n error: %1</numerusform>
            <numerusform>%n errors: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> at </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prospect no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(manual override; computed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Show data and log locations, versions and keychain status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within 15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichCommand</name>
    <message>
        <source>Enrich prospects and their companies with Explorium and wait until done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the enrichment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 prospects and %2 companies for enrichment (%3 up to date, %4 already queued, %5 skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the enrichment summary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enriched %1 (%2 matched, %3 from the cache), no match %4, companies %5; credits used %6, budget left %7 of %8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentRequester</name>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an e-mail address or a LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentSettings</name>
    <message>
        <source>The stored credit budget is not a number of credits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored contact types are unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit budget must be between 0 and %L1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentSettingsBox</name>
    <message>
        <source>Enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorium credits per 30 days, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also buy phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A contact costs %n credit(s) and a company 1; results cached in the last 30 days cost nothing. When the budget is spent, enrichment stops and says so until the 30 days roll on or you raise it. 0 uses cached results only.</source>
        <translation>
            <numerusform>A contact costs %n credit and a company 1; results cached in the last 30 days cost nothing. When the budget is spent, enrichment stops and says so until the 30 days roll on or you raise it. 0 uses cached results only.</numerusform>
            <numerusform>A contact costs %n credits and a company 1; results cached in the last 30 days cost nothing. When the budget is spent, enrichment stops and says so until the 30 days roll on or you raise it. 0 uses cached results only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrichmentWriter</name>
    <message>
        <source>Enriched by Explorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enriched by Explorium (filled: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment: no match in Explorium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>Enroll prospects in a lemlist campaign and wait until done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lemlist campaign id (cam_...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prospector enroll --campaign ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read prospects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the enrollment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 prospects for lemlist (%2 already enrolled or queued, %3 skipped).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Cannot write the error report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExploriumEnrichmentSync</name>
    <message>
        <source>The enrichment settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorium&apos;s credit counter cannot be read yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorium charged for this enrichment but its answer was lost; retrying it costs credits again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit budget reached (%1 credits per 30 days); raise it in Settings to enrich more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credit ledger cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorium charged for this enrichment but its answer was lost (%1); retrying it costs credits again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export prospects to a CSV file (FILE; --search, --stage, --tier, --tag, --bom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived prospects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prospector export FILE [--search Q] [--stage S] [--tier T] [--bom]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 prospects to %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>This field cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields must be a set of names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the control characters (tabs, line breaks) from this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long (500 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a LinkedIn profile URL, like https://www.linkedin.com/in/name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address, like https://example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier must be hot, warm or cold (or empty for the computed tier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1, %2 prospects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Pipeline funnel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSpotCompanyStore</name>
    <message>
        <source>Company %1 created in HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company %1 found in HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSpotConflictNote</name>
    <message>
        <source>Changed in HubSpot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now (from HubSpot): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change, replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the note about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSpotConflictRule</name>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSpotContactStore</name>
    <message>
        <source>Changed in HubSpot: %1 is now “%2”; your value “%3” was replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from HubSpot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated in HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated with company %1 in HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityConflicts</name>
    <message>
        <source>Prospects %1 and %2 have the same %3 and neither came from an import, so its index cannot be rebuilt. Change one of them; Prospector tries again on the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import prospects from a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping: auto (default), salesnav, apollo, hubspot, lemlist, generic, or the name of a saved mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For prospects you already have: skip, fill (default: fill empty fields only) or overwrite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prospector import FILE [--mapping M] [--policy P] [--json]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--policy must be skip, fill or overwrite.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved mapping named %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read mapping %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such file: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s, about %3 s left
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 %2: %3 rows, %4 created, %5 updated, %6 duplicates, %7 rejected.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building indexes: %1 of %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: the rows of its completed batches were kept.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDropArea</name>
    <message>
        <source>Drop the file to preview the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Don&apos;t import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (city, region, country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryList</name>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 created, %3 updated, %4 duplicates, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Interrupted: Prospector stopped during this import. The rows of its completed batches were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file. Export the sheet as CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prospect could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duplicate check failed on line %1, so the import stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows were stored, but rebuilding the indexes failed (%1). Prospector tries again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indexes an interrupted import left behind cannot be rebuilt: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospector detects the encoding, delimiter and columns, shows you a preview, and skips duplicates. Every import can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sample prospects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a text file. Export the sheet as CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewView</name>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this mapping as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the mapping to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects you already have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill empty fields only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite with the file&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportProgressView</name>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 duplicates, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows stored; building indexes (%1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the indexes of an interrupted import first…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportStatusNames</name>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: the rows imported before you cancelled are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open error report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import another file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>There is no import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 is still running; cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportValidation</name>
    <message>
        <source>A field is longer than 1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated quoted field starting on line %1: the rest of the file was read as one field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid email address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity: a row needs an email, a LinkedIn profile URL, or a name with a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many columns: %L1 (the limit is %L2 columns per row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row (line %1) has %L2 columns; Prospector reads at most %L3 columns. Remove the columns you do not need and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row (line %1) has a field longer than 1 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row (line %1) opens a quote that is never closed, so the whole file would be one field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <source>List past imports with their counts and status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most &lt;n&gt; imports (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the import history: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No imports yet.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsecureFileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged; delete it and store the tokens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainBanner</name>
    <message>
        <source>The system keychain is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospector keeps service tokens only in the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager), and none answered: %1. Start one and restart Prospector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store tokens unencrypted in a file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: tokens are saved in plain text in %1. Anyone who can read your files can use your HubSpot, lemlist and Explorium accounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LemlistActivityTracker</name>
    <message>
        <source>E-mail bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LemlistEnrollmentSync</name>
    <message>
        <source>Enrolled in lemlist campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>At most &lt;n&gt; rows (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read prospects: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prospects match.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List prospects (filter with --search, --stage, --tier, --tag, --min-score; --sort, --limit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Prospector — sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPresets</name>
    <message>
        <source>LinkedIn Sales Navigator (Evaboot, Phantombuster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apollo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot contacts export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lemlist export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>Choose another name: &quot;%1&quot; is reserved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchSet</name>
    <message>
        <source>The database connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The file %1 is not a readable Prospector database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Prospector (schema %1; this version understands up to %2). Install the newer Prospector to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it (%1); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3. The database was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not commit the upgrade to schema %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoreFilters</name>
    <message>
        <source>More filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search filter values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n waiting</numerusform>
            <numerusform>%1, %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync activity (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sync activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prospect no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message numerus="yes">
        <source>Offline — %n operation(s) waiting</source>
        <translation>
            <numerusform>Offline — %n operation waiting</numerusform>
            <numerusform>Offline — %n operations waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineCommand</name>
    <message>
        <source>Only prospects matching this full-text search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only prospects in this stage (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 token is available. Store one with `prospector credentials set %2`, or try the pipeline with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 done, %3 retrying, %4 unknown, %5 failed; %6 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1, done %2 (%3 checked remotely first), failed %4, left %5, dead letters %6.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineDialog</name>
    <message>
        <source>Sync to HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in lemlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich with Explorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n without an e-mail address</numerusform>
            <numerusform>%n without an e-mail address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribed, bounced or marked do not contact</source>
        <translation>
            <numerusform>%n unsubscribed, bounced or marked do not contact</numerusform>
            <numerusform>%n unsubscribed, bounced or marked do not contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the suppression list (opted out)</source>
        <translation>
            <numerusform>%n on the suppression list (opted out)</numerusform>
            <numerusform>%n on the suppression list (opted out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enrolled in this campaign</source>
        <translation>
            <numerusform>%n already enrolled in this campaign</numerusform>
            <numerusform>%n already enrolled in this campaign</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already waiting to be enrolled</source>
        <translation>
            <numerusform>%n already waiting to be enrolled</numerusform>
            <numerusform>%n already waiting to be enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed before — retry them from Problems</source>
        <translation>
            <numerusform>%n failed before — retry it from Problems</numerusform>
            <numerusform>%n failed before — retry them from Problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enriched in the last 30 days</source>
        <translation>
            <numerusform>%n already enriched in the last 30 days</numerusform>
            <numerusform>%n already enriched in the last 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already waiting, or failed before (see Problems)</source>
        <translation>
            <numerusform>%n already waiting, or failed before (see Problems)</numerusform>
            <numerusform>%n already waiting, or failed before (see Problems)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n no longer exist</source>
        <translation>
            <numerusform>%n no longer exists</numerusform>
            <numerusform>%n no longer exist</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lemlist campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaigns could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the prospects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) will be synced to HubSpot.</source>
        <translation>
            <numerusform>%n prospect will be synced to HubSpot.</numerusform>
            <numerusform>%n prospects will be synced to HubSpot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) will be enrolled.</source>
        <translation>
            <numerusform>%n prospect will be enrolled.</numerusform>
            <numerusform>%n prospects will be enrolled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) will be enriched.</source>
        <translation>
            <numerusform>%n prospect will be enriched.</numerusform>
            <numerusform>%n prospects will be enriched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are already in HubSpot or on their way and get the newest data.</source>
        <translation>
            <numerusform>%n of them is already in HubSpot or on its way and gets the newest data.</numerusform>
            <numerusform>%n of them are already in HubSpot or on their way and get the newest data.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credits left in the budget: %L1. Results already cached cost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n skipped:</numerusform>
            <numerusform>%n skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n</source>
        <translation>
            <numerusform>Queue %n</numerusform>
            <numerusform>Queue %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineNames</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineWords</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) could not be completed</source>
        <translation>
            <numerusform>%n operation could not be completed</numerusform>
            <numerusform>%n operations could not be completed</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent to %1 until you add its token. Work waits in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing is sent until you save a new token; then it resumes by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Work waits in the queue; it is tried again from time to time, or now with Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings › Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything sent to HubSpot, lemlist and Explorium so far went through, or is still on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(prospect deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit and retry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this operation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will not be sent. You can queue it again later from the Prospects page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectColumns</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectEditor</name>
    <message>
        <source>Another prospect already has this email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This prospect no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectTable</name>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectsPage</name>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation type="vanished">
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load prospects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prospect matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prospects yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet, or start with the bundled sample prospects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s)</source>
        <translation>
            <numerusform>%Ln prospect</numerusform>
            <numerusform>%Ln prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>Shortcuts (?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prospect matches these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try fewer words, a different spelling or fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %L1 prospects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Prospector cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospector cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyRecorder</name>
    <message>
        <source>Replied (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescoreCommand</name>
    <message>
        <source>Recompute ICP scores and tiers (--rules FILE to use and save other rules, --preview to only count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score with the rule set in &lt;file&gt; (JSON) and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only show how many prospects would land in each tier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot %1, warm %2, cold %3 (of %4; %5 with a manual tier)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring: %1% (%2 of %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescored: %1 prospects changed.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>Tier thresholds must satisfy 0 ≤ warm ≤ hot ≤ 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This saved view no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringRule</name>
    <message>
        <source>Title mentions %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company has %1+ employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company has %1–%2 employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a LinkedIn profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule weight must be a whole number from -100 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule “%1” needs at least one value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom field rule needs the field name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company size range is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringSettings</name>
    <message>
        <source>ICP scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot tier threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm tier threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: %1 hot · %2 warm · %3 cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values, comma separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum company size (-1: no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of rule to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the default rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and rescore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rules and rescore every prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel rescoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored scoring rules are damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchRow</name>
    <message>
        <source>Search name, email, company, title, notes…  (press / to focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the search, filters and sort as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceActivityCard</name>
    <message>
        <source>Queued %1 · Sending %2 · Checking %3 · Done %4 · Failed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 requests left in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %L1 of %L2 requests left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: %L1 used in 30 days, %L2 left in the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: %L1 used in 30 days, no budget set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceCredentialsCard</name>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new token to replace the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the %1 token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceHealthRow</name>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota today: %L1 of %L2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 used in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: %L1 used, %L2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits: %L1 used in 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quota reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceSettings</name>
    <message>
        <source>Enter a full address such as https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https (plain http is only allowed to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be between 1 and %1 requests.</source>
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
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the detail pane or leave the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select every prospect in the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last action or edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncActivityPanel</name>
    <message>
        <source>Sync activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the sync activity panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n operation(s) waiting. Work resumes by itself when the network returns.</source>
        <translation>
            <numerusform>Offline — %n operation waiting. Work resumes by itself when the network returns.</numerusform>
            <numerusform>Offline — %n operations waiting. Work resumes by itself when the network returns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting or on their way.</source>
        <translation>
            <numerusform>%n operation waiting or on its way.</numerusform>
            <numerusform>%n operations waiting or on their way.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything queued has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync prospects to HubSpot and wait until done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read prospects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not queue the sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 prospects for HubSpot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sync prospects already in HubSpot: local edits go up, changes made in HubSpot come down (HubSpot wins conflicts).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncHost</name>
    <message>
        <source>The pipeline is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 token is stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRequester</name>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lemlist campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed, bounced or do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>%1 paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: the services could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) wait for a later retry</source>
        <translation>
            <numerusform>%n operation waits for a later retry</numerusform>
            <numerusform>%n operations wait for a later retry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStateIcons</name>
    <message>
        <source>Enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync to HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled in lemlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to enroll in lemlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lemlist enrollment failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusNames</name>
    <message>
        <source>Paused: no token stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the token was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering — next try at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether it answers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the rate limit until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending a batch of %n</source>
        <translation>
            <numerusform>Sending a batch of %n</numerusform>
            <numerusform>Sending a batch of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found at the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s)</source>
        <translation>
            <numerusform>Gave up after %n attempt</numerusform>
            <numerusform>Gave up after %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Must not be contacted (opted out, unsubscribed, bounced or do not contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost after Explorium charged for it; a retry pays again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorium could not match this prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync contact to HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in lemlist campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll in lemlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich with Explorium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusSection</name>
    <message>
        <source>Enrichment and sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enriched on %1 (from the cache)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enriched on %1 by Explorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorium has nothing on this prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being checked with the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enriched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in HubSpot yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lemlist lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierMixChart</name>
    <message>
        <source>Tier mix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierPreview</name>
    <message>
        <source>The preview was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced to HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company in HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated in HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackCommand</name>
    <message>
        <source>Record new lemlist replies, bounces, unsubscribes and opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded %1 new activities (%2 seen before, %3 without a matching prospect).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoImportCommand</name>
    <message>
        <source>Undo an import: remove the prospects it created, restore what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: prospector undo-import ID (see prospector imports)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 undone: %2 prospects removed, %3 fields restored.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <source>There is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::cli</name>
    <message>
        <source>Start a keychain (e.g. GNOME Keyring or KWallet), or accept storing tokens in the owner-only file %1 with --allow-insecure-storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: no keychain is available. Tokens will be stored unencrypted in %1, readable by anyone with access to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the %1 token and press Enter (input is hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 token stored in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 token cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure file storage: allowed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in %1, updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search (name, email, company, title, notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only prospects in these stages (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these tiers: hot, warm, cold, none (override wins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only prospects with any of these tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only prospects scoring at least &lt;n&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by columns, &apos;-&apos; for descending: id, name, company, title, email, country, stage, score, tier, updated, created (e.g. -score,name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage: %1 (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tier: %1 (hot, warm, cold or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-score needs a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sort column in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON rule set: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::secrets</name>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so the token cannot be stored safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is empty or contains line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospector could not update its list of stored tokens in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token store reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::AutopilotController</name>
    <message>
        <source>Autopilot could not be turned on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot could not be turned off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::AutopilotSettingsEditor</name>
    <message>
        <source>The saved autopilot settings cannot be read (%1). Saving replaces them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn autopilot on or off with its own button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a daily time or an interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of minutes from %1 to %2 (one week).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a score from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to %1 (0 stops that step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number of credits from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time as hours and minutes, e.g. 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day, or autopilot never runs then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autopilot settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It runs every %n minute(s), and when you click Run now.</source>
        <translation>
            <numerusform>It runs every minute, and when you click Run now.</numerusform>
            <numerusform>It runs every %n minutes, and when you click Run now.</numerusform>
        </translation>
    </message>
    <message>
        <source>It runs at %1 on %2, and when you click Run now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It picks prospects that are new or enriched, with a score of at least %1 and a valid e-mail address, and never anyone on the suppression list (unsubscribed, bounced or opted out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It enriches them with Explorium: at most %n per day.</source>
        <translation>
            <numerusform>It enriches them with Explorium: at most %n per day.</numerusform>
            <numerusform>It enriches them with Explorium: at most %n per day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It spends at most %n Explorium credit(s) per day.</source>
        <translation>
            <numerusform>It spends at most %n Explorium credit per day.</numerusform>
            <numerusform>It spends at most %n Explorium credits per day.</numerusform>
        </translation>
    </message>
    <message>
        <source>It rescores them with your ICP rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It creates or updates them in HubSpot: at most %n new contact(s) per day.</source>
        <translation>
            <numerusform>It creates or updates them in HubSpot: at most %n new contact per day.</numerusform>
            <numerusform>It creates or updates them in HubSpot: at most %n new contacts per day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It enrolls them in a lemlist campaign: at most %n per day.</source>
        <translation>
            <numerusform>It enrolls them in a lemlist campaign: at most %n per day.</numerusform>
            <numerusform>It enrolls them in a lemlist campaign: at most %n per day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It enrolls them in the lemlist campaign “%1”: at most %n per day.</source>
        <translation>
            <numerusform>It enrolls them in the lemlist campaign “%1”: at most %n per day.</numerusform>
            <numerusform>It enrolls them in the lemlist campaign “%1”: at most %n per day.</numerusform>
        </translation>
    </message>
    <message>
        <source>It enrolls only between %1 and %2 in the prospect&apos;s time zone (yours when it is unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It tracks replies, classifies them and tells you about each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A run that would enroll more than %n prospect(s) waits for your approval.</source>
        <translation>
            <numerusform>A run that would enroll more than %n prospect waits for your approval.</numerusform>
            <numerusform>A run that would enroll more than %n prospects waits for your approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>So does a run that would spend more than %n credit(s).</source>
        <translation>
            <numerusform>So does a run that would spend more than %n credit.</numerusform>
            <numerusform>So does a run that would spend more than %n credits.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can pause it at any time from the tray or this page; a dry run shows what a run would do without sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lemlist campaign is chosen: the enroll step stops until you choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is switched off: a run does nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::CredentialSettingsModel</name>
    <message>
        <source>Token saved in the plain file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in a plain file (updated %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored (updated %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::DatabaseUpgrade</name>
    <message>
        <source>Updating Prospector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating your prospect database for this version of Prospector.
This happens once, and takes up to a minute for a large database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::DeadLetterModel</name>
    <message>
        <source>The problems could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued again. It will be sent with the next batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This problem was already handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected and queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n operation(s) again.</source>
        <translation>
            <numerusform>Queued %n operation again.</numerusform>
            <numerusform>Queued %n operations again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prospector::ui::DesktopNotifier</name>
    <message>
        <source>Prospector keeps running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot goes on with its schedule. Open Prospector from the tray icon; Quit is in its menu. You can change this in Settings › Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot dry run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot dry run finished (nothing was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot run finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An autopilot run waits for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service needs a new token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explorium credit budget reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot run paused by the kill switch; it continues when you resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::FilterValueSource</name>
    <message>
        <source>The filter values could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::ImportController</name>
    <message>
        <source>There is no saved mapping named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n prospect(s) removed.</source>
        <translation>
            <numerusform>Import undone: %n prospect removed.</numerusform>
            <numerusform>Import undone: %n prospects removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prospector::ui::PipelineActions</name>
    <message>
        <source>Select prospects first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prospects could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lemlist campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queueing stopped: %1. %n prospect(s) were queued before.</source>
        <translation>
            <numerusform>Queueing stopped: %1. %n prospect was queued before.</numerusform>
            <numerusform>Queueing stopped: %1. %n prospects were queued before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n prospect(s) were queued before you stopped.</source>
        <translation>
            <numerusform>Cancelled. %n prospect was queued before you stopped.</numerusform>
            <numerusform>Cancelled. %n prospects were queued before you stopped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prospect(s) for the lemlist campaign “%1”.</source>
        <translation>
            <numerusform>Queued %n prospect for the lemlist campaign “%1”.</numerusform>
            <numerusform>Queued %n prospects for the lemlist campaign “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prospect(s) for HubSpot.</source>
        <translation>
            <numerusform>Queued %n prospect for HubSpot.</numerusform>
            <numerusform>Queued %n prospects for HubSpot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prospect(s) for enrichment.</source>
        <translation>
            <numerusform>Queued %n prospect for enrichment.</numerusform>
            <numerusform>Queued %n prospects for enrichment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prospector::ui::ProspectDetail</name>
    <message>
        <source>Note added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::ReviewActions</name>
    <message>
        <source>Select prospects first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1 prospect(s) with “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%2” from %1 prospect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 prospect(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the tier override of %1 prospect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the tier of %1 prospect(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived %1 prospect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 prospect(s) from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 prospect(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prospect(s) to %1</source>
        <translation>
            <numerusform>Exported %n prospect to %1</numerusform>
            <numerusform>Exported %n prospects to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo cancelled; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::RunAuditModel</name>
    <message>
        <source>create or update the contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll in the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrich the prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrich the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent, outcome being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (see Problems)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed and discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted prospect)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::SavedViewsModel</name>
    <message>
        <source>Give the view a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::ScoringEditor</name>
    <message>
        <source>Title keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field equals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds must satisfy 0 ≤ warm ≤ hot ≤ 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules saved. Rescore to apply them to every prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rescoring stopped after %Ln prospect(s).</source>
        <translation>
            <numerusform>Rescoring stopped after %Ln prospect.</numerusform>
            <numerusform>Rescoring stopped after %Ln prospects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rescored %Ln prospect(s).</source>
        <translation>
            <numerusform>Rescored %Ln prospect.</numerusform>
            <numerusform>Rescored %Ln prospects.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prospector::ui::TrayIcon</name>
    <message>
        <source>Open Prospector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run autopilot now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume autopilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause autopilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Prospector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autopilot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
