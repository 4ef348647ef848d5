<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityChart</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>Angereichert</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Activity over the last 30 days</source>
        <translation>Aktivität der letzten 30 Tage</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>%1 rejected the API key or token. Check that it is correct and has not expired.</source>
        <translation>%1 hat den API-Schlüssel oder das Token abgelehnt. Prüfen Sie, ob es stimmt und nicht abgelaufen ist.</translation>
    </message>
    <message>
        <source>%1 accepted the key but refused this operation (missing permission, scope or credits).</source>
        <translation>%1 hat den Schlüssel akzeptiert, aber diesen Vorgang abgelehnt (fehlende Berechtigung, fehlender Scope oder kein Guthaben).</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid.</source>
        <translation>%1 hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>%1 could not find the requested record.</source>
        <translation>%1 hat den angefragten Datensatz nicht gefunden.</translation>
    </message>
    <message>
        <source>The record already exists in %1.</source>
        <translation>Der Datensatz existiert in %1 bereits.</translation>
    </message>
    <message>
        <source>%1 is limiting the request rate. Prospector will slow down and try again.</source>
        <translation>%1 begrenzt die Anfragerate. Prospector wird langsamer und versucht es erneut.</translation>
    </message>
    <message>
        <source>%1 had a server problem. Try again later.</source>
        <translation>%1 hatte ein Serverproblem. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection and the server address.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und die Serveradresse.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1 sent a response Prospector could not understand.</source>
        <translation>%1 hat eine Antwort gesendet, die Prospector nicht versteht.</translation>
    </message>
    <message>
        <source>%1 is temporarily paused after repeated failures. Prospector will retry automatically.</source>
        <translation>%1 ist nach wiederholten Fehlern vorübergehend pausiert. Prospector versucht es automatisch erneut.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Autopilot</name>
    <message>
        <source>The run stopped without finishing.</source>
        <translation type="vanished">Der Lauf wurde beendet, ohne fertig zu werden.</translation>
    </message>
    <message>
        <source>This run no longer holds the autopilot lock.</source>
        <translation type="vanished">Dieser Lauf hält die Autopilot-Sperre nicht mehr.</translation>
    </message>
    <message>
        <source>A finished run needs a final status.</source>
        <translation type="vanished">Ein beendeter Lauf braucht einen abschließenden Status.</translation>
    </message>
    <message>
        <source>Invalid autopilot setting: %1</source>
        <translation>Ungültige Autopilot-Einstellung: %1</translation>
    </message>
    <message>
        <source>The stored autopilot settings are corrupt.</source>
        <translation>Die gespeicherten Autopilot-Einstellungen sind beschädigt.</translation>
    </message>
    <message>
        <source>Could not count today&apos;s writes.</source>
        <translation>Die heutigen Schreibvorgänge konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Could not read today&apos;s usage: %1</source>
        <translation>Die heutige Nutzung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not check the suppression list: %1</source>
        <translation>Die Sperrliste konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>This run is no longer executed by this process.</source>
        <translation>Dieser Lauf wird nicht mehr von diesem Prozess ausgeführt.</translation>
    </message>
    <message>
        <source>There is no autopilot run %1.</source>
        <translation>Es gibt keinen Autopilot-Lauf %1.</translation>
    </message>
    <message>
        <source>Run %1 cannot be continued: it is no longer %2.</source>
        <translation>Lauf %1 kann nicht fortgesetzt werden: Er ist nicht mehr %2.</translation>
    </message>
    <message>
        <source>A run can only leave &apos;running&apos; for another state.</source>
        <translation>Ein Lauf kann „running“ nur für einen anderen Zustand verlassen.</translation>
    </message>
    <message>
        <source>Run %1 is not waiting for approval.</source>
        <translation>Lauf %1 wartet nicht auf eine Freigabe.</translation>
    </message>
    <message>
        <source>Run %1 waits for your approval.</source>
        <translation>Lauf %1 wartet auf Ihre Freigabe.</translation>
    </message>
    <message>
        <source>An autopilot run is in progress.</source>
        <translation>Ein Autopilot-Lauf ist im Gange.</translation>
    </message>
    <message>
        <source>Autopilot is paused. Resume it first.</source>
        <translation>Der Autopilot ist pausiert. Setzen Sie ihn zuerst fort.</translation>
    </message>
    <message>
        <source>Another autopilot run is in progress.</source>
        <translation>Ein anderer Autopilot-Lauf ist im Gange.</translation>
    </message>
    <message>
        <source>Rejected: nothing more was done.</source>
        <translation>Abgelehnt: Es wurde nichts weiter getan.</translation>
    </message>
    <message>
        <source>lemlist activities could not be read: %1</source>
        <translation>lemlist-Aktivitäten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The saved view autopilot works on no longer exists. Choose another one.</source>
        <translation>Die gespeicherte Ansicht, mit der der Autopilot arbeitet, existiert nicht mehr. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Unknown run step: %1</source>
        <translation>Unbekannter Laufschritt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The daily Explorium credit budget is reached; %n prospect(s) were not enriched.</source>
        <translation>
            <numerusform>Das tägliche Explorium-Guthabenbudget ist erreicht; %n Interessent wurde nicht angereichert.</numerusform>
            <numerusform>Das tägliche Explorium-Guthabenbudget ist erreicht; %n Interessenten wurden nicht angereichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused the stored token (%2). Store a new one in Settings › Services; %n write(s) wait in the outbox.</source>
        <translation type="vanished">
            <numerusform>%1 hat das gespeicherte Token abgelehnt (%2). Hinterlegen Sie ein neues unter Einstellungen › Dienste; %n Schreibvorgang wartet im Postausgang.</numerusform>
            <numerusform>%1 hat das gespeicherte Token abgelehnt (%2). Hinterlegen Sie ein neues unter Einstellungen › Dienste; %n Schreibvorgänge warten im Postausgang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached; %n write(s) wait in the outbox and go out later.</source>
        <translation>
            <numerusform>%1 war nicht erreichbar; %n Schreibvorgang wartet im Postausgang und wird später gesendet.</numerusform>
            <numerusform>%1 war nicht erreichbar; %n Schreibvorgänge warten im Postausgang und werden später gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n write(s) wait in the outbox.</source>
        <translation>
            <numerusform>%1: %2; %n Schreibvorgang wartet im Postausgang.</numerusform>
            <numerusform>%1: %2; %n Schreibvorgänge warten im Postausgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the kill switch at: %1.</source>
        <translation>Durch den Notschalter angehalten bei: %1.</translation>
    </message>
    <message>
        <source>The autopilot lock file %1 cannot be written.</source>
        <translation>Die Sperrdatei des Autopiloten %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Enrichment is not available in this version.</source>
        <translation>Die Anreicherung ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>No lemlist campaign is chosen for autopilot.</source>
        <translation>Für den Autopiloten ist keine lemlist-Kampagne gewählt.</translation>
    </message>
    <message>
        <source>Could not check the credit budget: %1</source>
        <translation>Das Guthabenbudget konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Selecting prospects</source>
        <translation>Auswahl der Interessenten</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Anreicherung</translation>
    </message>
    <message>
        <source>Rescoring</source>
        <translation>Neubewertung</translation>
    </message>
    <message>
        <source>HubSpot sync</source>
        <translation>HubSpot-Synchronisierung</translation>
    </message>
    <message>
        <source>lemlist enrollment</source>
        <translation>lemlist-Aufnahme</translation>
    </message>
    <message>
        <source>Reply tracking</source>
        <translation>Antwortverfolgung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n write(s) failed for good; they are listed under Problems.</source>
        <translation>
            <numerusform>%1: %n Schreibvorgang ist endgültig fehlgeschlagen; er ist unter Probleme aufgeführt.</numerusform>
            <numerusform>%1: %n Schreibvorgänge sind endgültig fehlgeschlagen; sie sind unter Probleme aufgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run would enroll %n prospect(s) in the lemlist campaign &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>Dieser Lauf würde %n Interessenten in die lemlist-Kampagne „%1“ aufnehmen: %2.</numerusform>
            <numerusform>Dieser Lauf würde %n Interessenten in die lemlist-Kampagne „%1“ aufnehmen: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run would enrich %n prospect(s) with Explorium for about %1 credits (runs above %2 credits wait for your approval).</source>
        <translation>
            <numerusform>Dieser Lauf würde %n Interessenten mit Explorium für etwa %1 Credits anreichern (Läufe über %2 Credits warten auf Ihre Freigabe).</numerusform>
            <numerusform>Dieser Lauf würde %n Interessenten mit Explorium für etwa %1 Credits anreichern (Läufe über %2 Credits warten auf Ihre Freigabe).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 operations cannot be sent by this version.</source>
        <translation>%1-Vorgänge können von dieser Version nicht gesendet werden.</translation>
    </message>
    <message>
        <source>%1 refused the stored token (%2). Store a new one in Settings › Services; the refused writes are listed under Problems.</source>
        <translation type="vanished">%1 hat das gespeicherte Token abgelehnt (%2). Hinterlegen Sie ein neues unter Einstellungen › Dienste; die abgelehnten Schreibvorgänge stehen unter Probleme.</translation>
    </message>
    <message>
        <source>no token is stored for %1</source>
        <translation>für %1 ist kein Token hinterlegt</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2). Check its token in Settings › Services; the refused writes are listed under Problems.</source>
        <translation>%1 kann nicht verwendet werden (%2). Prüfen Sie das Token unter Einstellungen › Dienste; die abgelehnten Schreibvorgänge stehen unter Probleme.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be used (%2). Check its token in Settings › Services; %n write(s) wait in the outbox.</source>
        <translation>
            <numerusform>%1 kann nicht verwendet werden (%2). Prüfen Sie das Token unter Einstellungen › Dienste; %n Schreibvorgang wartet im Postausgang.</numerusform>
            <numerusform>%1 kann nicht verwendet werden (%2). Prüfen Sie das Token unter Einstellungen › Dienste; %n Schreibvorgänge warten im Postausgang.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync engine is not running.</source>
        <translation>Die Synchronisierung läuft nicht.</translation>
    </message>
    <message>
        <source>The writes were not settled in time; they stay queued and are sent when their retry is due.</source>
        <translation>Die Schreibvorgänge wurden nicht rechtzeitig abgeschlossen; sie bleiben in der Warteschlange und werden gesendet, wenn ihr nächster Versuch fällig ist.</translation>
    </message>
    <message>
        <source>The services cannot be reached (offline).</source>
        <translation>Die Dienste sind nicht erreichbar (offline).</translation>
    </message>
</context>
<context>
    <name>AutopilotApprovalCard</name>
    <message>
        <source>A run waits for your approval</source>
        <translation>Ein Lauf wartet auf Ihre Freigabe</translation>
    </message>
    <message>
        <source>Nothing is sent until you decide. Rejecting ends this run; the next scheduled run asks again if it is still needed.</source>
        <translation>Nichts wird gesendet, bevor Sie entscheiden. Ablehnen beendet diesen Lauf; der nächste geplante Lauf fragt erneut, falls nötig.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
</context>
<context>
    <name>AutopilotCommand</name>
    <message>
        <source>Autopilot: status, pause, resume, or run-once --dry-run to see what a run would do.</source>
        <translation type="vanished">Autopilot: status, pause, resume oder run-once --dry-run, um zu sehen, was ein Lauf täte.</translation>
    </message>
    <message>
        <source>run-once: report what would happen; write nothing remote.</source>
        <translation>run-once: berichten, was passieren würde; nichts extern schreiben.</translation>
    </message>
    <message>
        <source>run-once --dry-run: plan as if it were &lt;time&gt; (ISO 8601, e.g. 2026-11-23T10:00:00Z).</source>
        <translation>run-once --dry-run: planen, als wäre es &lt;time&gt; (ISO 8601, z. B. 2026-11-23T10:00:00Z).</translation>
    </message>
    <message>
        <source>Usage: prospector autopilot status|pause|resume|run-once [--dry-run]
</source>
        <translation type="vanished">Aufruf: prospector autopilot status|pause|resume|run-once [--dry-run]
</translation>
    </message>
    <message>
        <source>Unknown autopilot action: %1
</source>
        <translation>Unbekannte Autopilot-Aktion: %1
</translation>
    </message>
    <message>
        <source>Autopilot is off.</source>
        <translation>Der Autopilot ist aus.</translation>
    </message>
    <message>
        <source>Autopilot is paused.</source>
        <translation>Der Autopilot ist pausiert.</translation>
    </message>
    <message>
        <source>Autopilot is on.</source>
        <translation>Der Autopilot ist an.</translation>
    </message>
    <message>
        <source>Last run started: %1</source>
        <translation>Letzter Lauf gestartet: %1</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Nächster Lauf: %1</translation>
    </message>
    <message>
        <source>Last report (%1%2): %3 selected, %4 synced, %5 enrolled, %6 skipped</source>
        <translation type="vanished">Letzter Bericht (%1%2): %3 ausgewählt, %4 synchronisiert, %5 aufgenommen, %6 übersprungen</translation>
    </message>
    <message>
        <source>, dry run</source>
        <translation>, Probelauf</translation>
    </message>
    <message>
        <source>Autopilot paused.</source>
        <translation type="vanished">Autopilot pausiert.</translation>
    </message>
    <message>
        <source>Autopilot resumed.</source>
        <translation type="vanished">Autopilot fortgesetzt.</translation>
    </message>
    <message>
        <source>Only a dry run is available from the command line so far: use `prospector autopilot run-once --dry-run`.
</source>
        <translation type="vanished">Über die Befehlszeile ist bisher nur ein Probelauf möglich: `prospector autopilot run-once --dry-run`.
</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 time, e.g. 2026-11-23T10:00:00Z
</source>
        <translation>--at braucht eine Zeit nach ISO 8601, z. B. 2026-11-23T10:00:00Z
</translation>
    </message>
    <message>
        <source>Another autopilot run is in progress.
</source>
        <translation type="vanished">Ein anderer Autopilot-Lauf ist im Gange.
</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Probelauf: Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Would sync to HubSpot: %1</source>
        <translation>Würde mit HubSpot synchronisiert: %1</translation>
    </message>
    <message>
        <source>Would enroll in lemlist: %1</source>
        <translation>Würde in lemlist aufgenommen: %1</translation>
    </message>
    <message>
        <source>Skipped (%1): %2</source>
        <translation>Übersprungen (%1): %2</translation>
    </message>
    <message>
        <source>A real run would wait for your approval first.</source>
        <translation>Ein echter Lauf würde zuerst auf Ihre Freigabe warten.</translation>
    </message>
    <message>
        <source>Autopilot: status, pause, resume, run-once [--dry-run], approve or reject a waiting run, audit a run&apos;s external writes.</source>
        <translation>Autopilot: status, pause, resume, run-once [--dry-run], einen wartenden Lauf freigeben oder ablehnen (approve, reject), die externen Schreibvorgänge eines Laufs prüfen (audit).</translation>
    </message>
    <message>
        <source>Run %1 waits for your approval: %2</source>
        <translation>Lauf %1 wartet auf Ihre Freigabe: %2</translation>
    </message>
    <message>
        <source>Decide with `prospector autopilot approve %1` or `prospector autopilot reject %1`.</source>
        <translation>Entscheiden Sie mit `prospector autopilot approve %1` oder `prospector autopilot reject %1`.</translation>
    </message>
    <message>
        <source>Run %1 is %2 (step: %3).</source>
        <translation>Lauf %1 ist %2 (Schritt: %3).</translation>
    </message>
    <message>
        <source>Last report:</source>
        <translation>Letzter Bericht:</translation>
    </message>
    <message>
        <source>Autopilot paused. A run in progress stops at its next safe point.</source>
        <translation>Autopilot pausiert. Ein laufender Lauf hält am nächsten sicheren Punkt an.</translation>
    </message>
    <message>
        <source>Autopilot resumed. A run the kill switch stopped continues with the next run-once, or at once in the app.</source>
        <translation>Autopilot fortgesetzt. Ein vom Notschalter angehaltener Lauf geht beim nächsten run-once weiter, in der App sofort.</translation>
    </message>
    <message>
        <source>Would enrich with Explorium: %1 (%2 from the cache, about %3 credits)</source>
        <translation>Würde mit Explorium anreichern: %1 (%2 aus dem Cache, etwa %3 Credits)</translation>
    </message>
    <message>
        <source>Problem (%1): %2</source>
        <translation>Problem (%1): %2</translation>
    </message>
    <message>
        <source>Reply from %1: %2</source>
        <translation>Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Autopilot run %1 started.</source>
        <translation>Autopilot-Lauf %1 gestartet.</translation>
    </message>
    <message>
        <source>Usage: prospector autopilot status|pause|resume|run-once [--dry-run]|approve RUN_ID|reject RUN_ID|audit RUN_ID
</source>
        <translation>Aufruf: prospector autopilot status|pause|resume|run-once [--dry-run]|approve LAUF_ID|reject LAUF_ID|audit LAUF_ID
</translation>
    </message>
    <message>
        <source>Run %1 (%2%3): %4 selected, %5 enriched (%6 from the cache), %7 rescored, %8 synced, %9 enrolled</source>
        <translation>Lauf %1 (%2%3): %4 ausgewählt, %5 angereichert (%6 aus dem Cache), %7 neu bewertet, %8 synchronisiert, %9 aufgenommen</translation>
    </message>
    <message>
        <source>Replies: %1, credits: %2, skipped: %3, took %4 s</source>
        <translation>Antworten: %1, Credits: %2, übersprungen: %3, Dauer %4 s</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
</context>
<context>
    <name>AutopilotOptIn</name>
    <message>
        <source>Turn on autopilot?</source>
        <translation>Autopilot einschalten?</translation>
    </message>
    <message>
        <source>Autopilot works on its own, even while the window is closed, and writes to HubSpot and lemlist on your behalf:</source>
        <translation>Der Autopilot arbeitet selbstständig, auch bei geschlossenem Fenster, und schreibt in Ihrem Namen in HubSpot und lemlist:</translation>
    </message>
    <message>
        <source>Your unsaved changes are saved when you turn it on.</source>
        <translation>Ihre ungespeicherten Änderungen werden beim Einschalten gespeichert.</translation>
    </message>
    <message>
        <source>I understand that autopilot contacts prospects for me within these limits.</source>
        <translation>Mir ist klar, dass der Autopilot innerhalb dieser Grenzen Interessenten für mich kontaktiert.</translation>
    </message>
    <message>
        <source>Turn on autopilot</source>
        <translation>Autopilot einschalten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>AutopilotPage</name>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="vanished">Aus</translation>
    </message>
    <message>
        <source>Autopilot is off</source>
        <translation type="vanished">Autopilot ist aus</translation>
    </message>
    <message>
        <source>Autopilot can enrich, sync and enroll qualified prospects on a schedule, within daily caps and with your approval for large runs. It never runs until you switch it on.</source>
        <translation>Der Autopilot kann qualifizierte Interessenten nach Zeitplan anreichern, synchronisieren und in Kampagnen eintragen – innerhalb täglicher Obergrenzen und bei großen Läufen nur mit Ihrer Freigabe. Er läuft erst, wenn Sie ihn einschalten.</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Nächster Lauf: %1</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Shows what a run would do, without sending anything</source>
        <translation>Zeigt, was ein Lauf tun würde, ohne etwas zu senden</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Runs start again on schedule</source>
        <translation>Läufe starten wieder nach Zeitplan</translation>
    </message>
    <message>
        <source>Kill switch: no run starts, a running one stops at its next safe point</source>
        <translation>Notaus: Kein Lauf startet, ein laufender hält am nächsten sicheren Punkt an</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Einschalten…</translation>
    </message>
</context>
<context>
    <name>AutopilotRunHistory</name>
    <message>
        <source>Run history</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <source>No runs yet. A dry run shows what autopilot would do without sending anything.</source>
        <translation>Noch keine Läufe. Ein Probelauf zeigt, was der Autopilot tun würde, ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>%1 selected · %2 synced · %3 enrolled · %4 skipped</source>
        <translation>%1 ausgewählt · %2 synchronisiert · %3 eingeschrieben · %4 übersprungen</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>Angereichert</translation>
    </message>
    <message>
        <source>Served from the cache</source>
        <translation>Aus dem Cache</translation>
    </message>
    <message>
        <source>Synced to HubSpot</source>
        <translation>Mit HubSpot synchronisiert</translation>
    </message>
    <message>
        <source>Enrolled in lemlist</source>
        <translation>In lemlist eingeschrieben</translation>
    </message>
    <message>
        <source>Credits used</source>
        <translation>Verbrauchte Credits</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>External writes</source>
        <translation>Schreibvorgänge bei anderen Diensten</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>Liste ausblenden</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Liste anzeigen</translation>
    </message>
    <message>
        <source>This run wrote nothing to another service.</source>
        <translation>Dieser Lauf hat nichts an einen anderen Dienst geschrieben.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
</context>
<context>
    <name>AutopilotSettingsEditor</name>
    <message>
        <source>Monday to Friday</source>
        <translation>Montag bis Freitag</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
</context>
<context>
    <name>AutopilotSettingsForm</name>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Einmal täglich</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>Alle paar Minuten</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Enrich with Explorium (firmographics, contact data; costs credits)</source>
        <translation>Mit Explorium anreichern (Firmendaten, Kontaktdaten; kostet Credits)</translation>
    </message>
    <message>
        <source>Rescore with the ICP rules</source>
        <translation>Mit den ICP-Regeln neu bewerten</translation>
    </message>
    <message>
        <source>Sync qualified prospects to HubSpot</source>
        <translation>Qualifizierte Interessenten mit HubSpot synchronisieren</translation>
    </message>
    <message>
        <source>Enroll them in the lemlist campaign</source>
        <translation>In die lemlist-Kampagne einschreiben</translation>
    </message>
    <message>
        <source>Track replies, bounces and unsubscribes</source>
        <translation>Antworten, Bounces und Abmeldungen verfolgen</translation>
    </message>
    <message>
        <source>lemlist campaign ID</source>
        <translation>lemlist-Kampagnen-ID</translation>
    </message>
    <message>
        <source>e.g. cam_123abc</source>
        <translation>z. B. cam_123abc</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>shown in summaries</source>
        <translation>erscheint in Zusammenfassungen</translation>
    </message>
    <message>
        <source>lemlist campaign name</source>
        <translation>Name der lemlist-Kampagne</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Leitplanken</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Mindestscore</translation>
    </message>
    <message>
        <source>Prospects per run, at most</source>
        <translation>Interessenten pro Lauf, höchstens</translation>
    </message>
    <message>
        <source>Enrichments per day, at most</source>
        <translation>Anreicherungen pro Tag, höchstens</translation>
    </message>
    <message>
        <source>Explorium credits per day, at most</source>
        <translation>Explorium-Credits pro Tag, höchstens</translation>
    </message>
    <message>
        <source>New HubSpot contacts per day, at most</source>
        <translation>Neue HubSpot-Kontakte pro Tag, höchstens</translation>
    </message>
    <message>
        <source>lemlist enrollments per day, at most</source>
        <translation>lemlist-Einschreibungen pro Tag, höchstens</translation>
    </message>
    <message>
        <source>Ask for approval above this many enrollments in one run</source>
        <translation>Freigabe verlangen ab mehr Einschreibungen pro Lauf als</translation>
    </message>
    <message>
        <source>Ask for approval above this many credits in one run</source>
        <translation>Freigabe verlangen ab mehr Credits pro Lauf als</translation>
    </message>
    <message>
        <source>Enroll only during business hours (in the prospect&apos;s time zone when known)</source>
        <translation>Nur während der Geschäftszeiten einschreiben (in der Zeitzone des Interessenten, sofern bekannt)</translation>
    </message>
    <message>
        <source>Business hours from</source>
        <translation>Geschäftszeiten von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>Geschäftstage</translation>
    </message>
    <message>
        <source>Every prospect also needs a valid e-mail address, and no one on the suppression list (unsubscribed, bounced, opted out) is ever contacted.</source>
        <translation>Jeder Interessent braucht außerdem eine gültige E-Mail-Adresse, und niemand auf der Sperrliste (abgemeldet, unzustellbar, widersprochen) wird je kontaktiert.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>AutopilotText</name>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On, waiting for the next run</source>
        <translation>An, wartet auf den nächsten Lauf</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Braucht Ihre Aufmerksamkeit</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>nicht geplant</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>stopped by the kill switch</source>
        <translation>durch den Notaus angehalten</translation>
    </message>
    <message>
        <source>score below the minimum</source>
        <translation>Score unter dem Minimum</translation>
    </message>
    <message>
        <source>no valid e-mail address</source>
        <translation>keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>auf der Sperrliste</translation>
    </message>
    <message>
        <source>daily cap reached</source>
        <translation>Tageslimit erreicht</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>außerhalb der Geschäftszeiten</translation>
    </message>
    <message>
        <source>credit budget reached</source>
        <translation>Credit-Budget erreicht</translation>
    </message>
    <message>
        <source>interested</source>
        <translation>interessiert</translation>
    </message>
    <message>
        <source>not interested</source>
        <translation>nicht interessiert</translation>
    </message>
    <message>
        <source>asks for information</source>
        <translation>bittet um Informationen</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The Windows start-up entry cannot be changed.</source>
        <translation>Der Windows-Autostart-Eintrag kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>BulkActionBar</name>
    <message numerus="yes">
        <source>All %Ln prospect(s) in this view</source>
        <translation>
            <numerusform>%Ln Interessent dieser Ansicht</numerusform>
            <numerusform>Alle %Ln Interessenten dieser Ansicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole view</source>
        <translation>Ganze Ansicht</translation>
    </message>
    <message>
        <source>Apply to every prospect in the filtered view</source>
        <translation>Auf alle Interessenten der gefilterten Ansicht anwenden</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tag to add or remove</source>
        <translation>Tag hinzufügen/entfernen</translation>
    </message>
    <message>
        <source>Add tag to prospects</source>
        <translation>Tag zu Interessenten hinzufügen</translation>
    </message>
    <message>
        <source>Untag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Remove tag from prospects</source>
        <translation>Tag von Interessenten entfernen</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Phase festlegen</translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation>Phase festlegen…</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">Neu</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation type="vanished">Angereichert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="vanished">Qualifiziert</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="vanished">Synchronisiert</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="vanished">Aufgenommen</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="vanished">Geantwortet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="vanished">Meeting</translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="vanished">Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="vanished">Verloren</translation>
    </message>
    <message>
        <source>Override tier</source>
        <translation>Stufe überschreiben</translation>
    </message>
    <message>
        <source>Set tier…</source>
        <translation>Stufe festlegen…</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="vanished">Heiß</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="vanished">Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="vanished">Kalt</translation>
    </message>
    <message>
        <source>Clear override</source>
        <translation>Überschreibung aufheben</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete prospects</source>
        <translation>Interessenten löschen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the view to CSV</source>
        <translation>Ansicht als CSV exportieren</translation>
    </message>
    <message>
        <source>Excel BOM</source>
        <translation>Excel-BOM</translation>
    </message>
    <message>
        <source>Write a byte order mark so Excel reads UTF-8</source>
        <translation>Byte Order Mark schreiben, damit Excel UTF-8 liest</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <source>Delete prospects?</source>
        <translation>Interessenten löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n prospect(s) with their notes, tags and timeline? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Interessent mit Notizen, Tags und Verlauf löschen? Mit Ctrl+Z können Sie dies rückgängig machen.</numerusform>
            <numerusform>%n Interessenten mit ihren Notizen, Tags und Verlauf löschen? Mit Ctrl+Z können Sie dies rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export prospects to CSV</source>
        <translation>Interessenten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Enrich…</source>
        <translation>Anreichern…</translation>
    </message>
    <message>
        <source>Enrich prospects with Explorium</source>
        <translation>Interessenten mit Explorium anreichern</translation>
    </message>
    <message>
        <source>Sync to HubSpot…</source>
        <translation>Mit HubSpot synchronisieren…</translation>
    </message>
    <message>
        <source>Sync prospects to HubSpot</source>
        <translation>Interessenten mit HubSpot synchronisieren</translation>
    </message>
    <message>
        <source>Enroll in lemlist…</source>
        <translation>In lemlist aufnehmen…</translation>
    </message>
    <message>
        <source>Enroll prospects in a lemlist campaign</source>
        <translation>Interessenten in eine lemlist-Kampagne aufnehmen</translation>
    </message>
    <message>
        <source>All of the more than %L1 prospects in this view</source>
        <translation>Alle der mehr als %L1 Interessenten in dieser Ansicht</translation>
    </message>
    <message>
        <source>Delete the more than %L1 prospects of this view with their notes, tags and timeline? You can undo this with Ctrl+Z.</source>
        <translation>Die mehr als %L1 Interessenten dieser Ansicht mit ihren Notizen, Tags und ihrem Verlauf löschen? Sie können das mit Strg+Z rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>BulkEditor</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Ein Tag braucht einen Namen.</translation>
    </message>
    <message>
        <source>Tag %n prospect(s) with “%1”</source>
        <translation>%n Interessent(en) mit „%1“ taggen</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>Mit „%1“ getaggt</translation>
    </message>
    <message>
        <source>Remove tag “%1” from %n prospect(s)</source>
        <translation>Tag „%1“ von %n Interessent(en) entfernen</translation>
    </message>
    <message>
        <source>Untagged “%1”</source>
        <translation>Tag „%1“ entfernt</translation>
    </message>
    <message>
        <source>Unknown stage: %1</source>
        <translation>Unbekannte Phase: %1</translation>
    </message>
    <message>
        <source>Set stage to %1 on %n prospect(s)</source>
        <translation>Phase %1 für %n Interessent(en) festlegen</translation>
    </message>
    <message>
        <source>Stage set to %1</source>
        <translation>Phase auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Unknown tier: %1</source>
        <translation>Unbekannte Stufe: %1</translation>
    </message>
    <message>
        <source>Clear the tier override of %n prospect(s)</source>
        <translation>Stufen-Überschreibung von %n Interessent(en) aufheben</translation>
    </message>
    <message>
        <source>Set tier to %1 on %n prospect(s)</source>
        <translation>Stufe %1 für %n Interessent(en) festlegen</translation>
    </message>
    <message>
        <source>Tier override cleared</source>
        <translation>Stufen-Überschreibung aufgehoben</translation>
    </message>
    <message>
        <source>Tier set to %1</source>
        <translation>Stufe auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Archive %n prospect(s)</source>
        <translation>%n Interessent(en) archivieren</translation>
    </message>
    <message>
        <source>Unarchive %n prospect(s)</source>
        <translation>%n Interessent(en) wiederherstellen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Unarchived</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Delete %n prospect(s)</source>
        <translation>%n Interessent(en) löschen</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>The index %1 cannot be rebuilt because two prospects share its key.</source>
        <translation>Der Index %1 kann nicht neu aufgebaut werden, weil zwei Interessenten denselben Schlüssel haben.</translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <source>Working… %1%</source>
        <translation>In Arbeit… %1 %</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Progress of the bulk action</source>
        <translation>Fortschritt der Sammelaktion</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the bulk action</source>
        <translation>Sammelaktion abbrechen</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Keep the database, logs and reports in &lt;dir&gt;.</source>
        <translation>Datenbank, Protokolle und Berichte in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn, error.</source>
        <translation>Protokollstufe: trace, debug, info, warn, error.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>stufe</translation>
    </message>
    <message>
        <source>Use the built-in simulators of HubSpot, lemlist and Explorium.</source>
        <translation>Die eingebauten Simulatoren von HubSpot, lemlist und Explorium verwenden.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Usage: prospector [options] [command] [command options]

Without a command, Prospector opens its window.

Commands:
</source>
        <translation>Aufruf: prospector [Optionen] [Befehl] [Befehlsoptionen]

Ohne Befehl öffnet Prospector sein Fenster.

Befehle:
</translation>
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
        <translation>
Globale Optionen:
  --data-dir DIR    Daten in DIR ablegen (auch: Umgebungsvariable PROSPECTOR_DATA_DIR)
  --log-level LVL   trace, debug, info, warn, error
  --sandbox         die eingebauten Simulatoren der drei Dienste verwenden
  --json            maschinenlesbare Ausgabe
  --version, --help

Exit-Codes: 0 Erfolg, 1 Fehler, 2 falscher Aufruf.
&apos;prospector BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Version anzeigen.</translation>
    </message>
    <message>
        <source>Usage: prospector %1 [options]
%2

</source>
        <translation>Aufruf: prospector %1 [Optionen]
%2

</translation>
    </message>
    <message>
        <source>No command given.
</source>
        <translation>Kein Befehl angegeben.
</translation>
    </message>
    <message>
        <source>Unknown command: %1
</source>
        <translation>Unbekannter Befehl: %1
</translation>
    </message>
    <message>
        <source>Updating the prospect database for this version of Prospector (once; up to a minute for a large database)…</source>
        <translation>Die Interessenten-Datenbank wird für diese Version von Prospector aktualisiert (einmalig; bei einer großen Datenbank bis zu einer Minute)…</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>No %1 token is stored. Enter one first.</source>
        <translation>Es ist kein %1-Token gespeichert. Geben Sie zuerst eines ein.</translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message>
        <source>Service tokens in the keychain: set SERVICE (token on stdin), status, clear [SERVICE].</source>
        <translation>Dienst-Tokens im Schlüsselbund: set DIENST (Token über stdin), status, clear [DIENST].</translation>
    </message>
    <message>
        <source>set, status or clear.</source>
        <translation>set, status oder clear.</translation>
    </message>
    <message>
        <source>With set: when no keychain is available, store tokens in an unencrypted owner-only file (explicit opt-in).</source>
        <translation>Mit set: ohne verfügbaren Schlüsselbund Tokens unverschlüsselt in einer nur für den Eigentümer lesbaren Datei speichern (ausdrückliche Zustimmung).</translation>
    </message>
    <message>
        <source>Too many arguments. The token is read from standard input, never from the command line.</source>
        <translation>Zu viele Argumente. Das Token wird von der Standardeingabe gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>Unknown service &apos;%1&apos;; use one of %2.</source>
        <translation>Unbekannter Dienst &apos;%1&apos;; verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <source>Which service? Use: credentials set %1</source>
        <translation>Welcher Dienst? Aufruf: credentials set %1</translation>
    </message>
    <message>
        <source>status takes no service.</source>
        <translation>status erwartet keinen Dienst.</translation>
    </message>
    <message>
        <source>Missing action.</source>
        <translation>Aktion fehlt.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;.</source>
        <translation>Unbekannte Aktion &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Use: credentials set %1 | status | clear [SERVICE]</source>
        <translation>Aufruf: credentials set %1 | status | clear [DIENST]</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Unknown export column: %1</source>
        <translation>Unbekannte Exportspalte: %1</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) in your local database</source>
        <translation type="vanished">
            <numerusform>%n Interessent in Ihrer lokalen Datenbank</numerusform>
            <numerusform>%n Interessenten in Ihrer lokalen Datenbank</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Prospector</source>
        <translation>Willkommen bei Prospector</translation>
    </message>
    <message>
        <source>Drop a CSV of prospects anywhere on this window to start, or try the bundled sample prospects. Start Prospector with --sandbox to try enrichment, HubSpot sync and lemlist enrollment against built-in simulators — no accounts needed.</source>
        <translation>Ziehen Sie zum Start eine CSV-Datei mit Interessenten irgendwo auf dieses Fenster oder probieren Sie die mitgelieferten Beispieldaten aus. Mit --sandbox gestartet, können Sie Anreicherung, HubSpot-Synchronisierung und lemlist-Eintragung mit eingebauten Simulatoren testen – ganz ohne Konten.</translation>
    </message>
    <message>
        <source>Import a CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>Browse prospects</source>
        <translation type="vanished">Interessenten ansehen</translation>
    </message>
    <message>
        <source>Try the sample prospects</source>
        <translation>Beispiel-Interessenten ausprobieren</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">Neu</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation type="vanished">Angereichert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="vanished">Qualifiziert</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="vanished">Synchronisiert</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="vanished">Aufgenommen</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="vanished">Geantwortet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="vanished">Meeting</translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="vanished">Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="vanished">Verloren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s) in your local database</source>
        <translation>
            <numerusform>%Ln Interessent in Ihrer lokalen Datenbank</numerusform>
            <numerusform>%Ln Interessenten in Ihrer lokalen Datenbank</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Tier mix</source>
        <translation>Stufenverteilung</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Letzte Importe</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <source>%1 · %2 new, %3 updated, %4 rejected · %5</source>
        <translation>%1 · %2 neu, %3 aktualisiert, %4 abgelehnt · %5</translation>
    </message>
    <message>
        <source>Integration health</source>
        <translation>Zustand der Integrationen</translation>
    </message>
    <message>
        <source>Sync activity…</source>
        <translation>Sync-Aktivität…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>DeadLetterActions</name>
    <message>
        <source>This problem was already handled.</source>
        <translation>Dieses Problem wurde bereits behandelt.</translation>
    </message>
</context>
<context>
    <name>DeadLetterEditDialog</name>
    <message>
        <source>Edit and retry</source>
        <translation>Bearbeiten und erneut versuchen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Save and retry</source>
        <translation>Speichern und erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>DesktopIntegrationSettings</name>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Im Infobereich weiterlaufen, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits Prospector and autopilot runs only while the window is open.</source>
        <translation>Dieser Desktop hat keinen Infobereich: Das Schließen des Fensters beendet Prospector, und der Autopilot läuft nur bei geöffnetem Fenster.</translation>
    </message>
    <message>
        <source>Start Prospector when I log in</source>
        <translation>Prospector bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Quiet notifications: only problems that need me</source>
        <translation>Ruhige Benachrichtigungen: nur Probleme, die mich brauchen</translation>
    </message>
    <message>
        <source>Quiet keeps runs waiting for approval, tokens to renew, a reached credit budget, a service that is down and failed runs, because autopilot stops until you act on them. Run summaries and replies stay on the Autopilot page and the prospect&apos;s timeline.</source>
        <translation>Ruhig behält Läufe, die auf Freigabe warten, zu erneuernde Tokens, ein erreichtes Credit-Budget, einen ausgefallenen Dienst und fehlgeschlagene Läufe, weil der Autopilot stehen bleibt, bis Sie handeln. Zusammenfassungen und Antworten bleiben auf der Autopilot-Seite und im Verlauf des Interessenten.</translation>
    </message>
    <message>
        <source>Monochrome tray icon</source>
        <translation>Einfarbiges Symbol im Infobereich</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) selected</source>
        <translation>
            <numerusform>%n Interessent ausgewählt</numerusform>
            <numerusform>%n Interessenten ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enriched</source>
        <translation>
            <numerusform>%n angereichert</numerusform>
            <numerusform>%n angereichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n synced to HubSpot</source>
        <translation>
            <numerusform>%n mit HubSpot synchronisiert</numerusform>
            <numerusform>%n mit HubSpot synchronisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n eingeschrieben</numerusform>
            <numerusform>%n eingeschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n Fehler: %1</numerusform>
            <numerusform>%n Fehler: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source> at </source>
        <translation> bei </translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Details schließen</translation>
    </message>
    <message>
        <source>This prospect no longer exists.</source>
        <translation>Dieser Interessent existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>(manual override; computed: %1)</source>
        <translation>(manuell überschrieben; berechnet: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Tier override</source>
        <translation>Stufe überschreiben</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="vanished">Heiß</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="vanished">Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="vanished">Kalt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <source>Enrichment and sync</source>
        <translation type="vanished">Anreicherung und Sync</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="vanished">Datenqualität</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation type="vanished">%1 / 100</translation>
    </message>
    <message>
        <source>Not enriched yet</source>
        <translation type="vanished">Noch nicht angereichert</translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation type="vanished">Unternehmensdomain</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="vanished">Sync-Status</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation type="vanished">HubSpot</translation>
    </message>
    <message>
        <source>Open record %1</source>
        <translation type="vanished">Datensatz %1 öffnen</translation>
    </message>
    <message>
        <source>Not in HubSpot yet</source>
        <translation type="vanished">Noch nicht in HubSpot</translation>
    </message>
    <message>
        <source>lemlist lead</source>
        <translation type="vanished">lemlist-Lead</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="vanished">Nicht aufgenommen</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="vanished">Markierungen</translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="vanished">archiviert</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation type="vanished">abgemeldet</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation type="vanished">unzustellbar</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="vanished">nicht kontaktieren</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="vanished">Datensatz %1</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Show data and log locations, versions and keychain status.</source>
        <translation>Daten- und Protokollorte, Versionen und Schlüsselbund-Status anzeigen.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>NOT available (%1)</source>
        <translation>NICHT verfügbar (%1)</translation>
    </message>
    <message>
        <source>no answer within 15 s</source>
        <translation>keine Antwort innerhalb von 15 s</translation>
    </message>
    <message>
        <source>Prospector</source>
        <translation>Prospector</translation>
    </message>
    <message>
        <source>Data dir</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Log dir</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>EnrichCommand</name>
    <message>
        <source>Enrich prospects and their companies with Explorium and wait until done.</source>
        <translation>Interessenten und ihre Firmen mit Explorium anreichern und warten, bis alles erledigt ist.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Could not queue the enrichment: %1</source>
        <translation>Die Anreicherung konnte nicht eingeplant werden: %1</translation>
    </message>
    <message>
        <source>Queued %1 prospects and %2 companies for enrichment (%3 up to date, %4 already queued, %5 skipped).</source>
        <translation>%1 Interessenten und %2 Firmen zur Anreicherung eingeplant (%3 aktuell, %4 bereits eingeplant, %5 übersprungen).</translation>
    </message>
    <message>
        <source>Could not read the enrichment summary: %1</source>
        <translation>Die Zusammenfassung der Anreicherung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Enriched %1 (%2 matched, %3 from the cache), no match %4, companies %5; credits used %6, budget left %7 of %8.</source>
        <translation>Angereichert %1 (%2 gefunden, %3 aus dem Cache), ohne Treffer %4, Firmen %5; verbrauchte Credits %6, Budget übrig %7 von %8.</translation>
    </message>
</context>
<context>
    <name>EnrichmentRequester</name>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>needs an e-mail address or a LinkedIn profile</source>
        <translation>benötigt eine E-Mail-Adresse oder ein LinkedIn-Profil</translation>
    </message>
</context>
<context>
    <name>EnrichmentSettings</name>
    <message>
        <source>The stored credit budget is not a number of credits: %1</source>
        <translation>Das gespeicherte Credit-Budget ist keine Anzahl Credits: %1</translation>
    </message>
    <message>
        <source>The stored contact types are unknown: %1</source>
        <translation>Die gespeicherten Kontaktarten sind unbekannt: %1</translation>
    </message>
    <message>
        <source>The credit budget must be between 0 and %L1.</source>
        <translation>Das Credit-Budget muss zwischen 0 und %L1 liegen.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Die Einstellung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>EnrichmentSettingsBox</name>
    <message>
        <source>Enrichment</source>
        <translation>Anreicherung</translation>
    </message>
    <message>
        <source>Explorium credits per 30 days, at most</source>
        <translation>Explorium-Credits pro 30 Tage, höchstens</translation>
    </message>
    <message>
        <source>Also buy phone numbers</source>
        <translation>Auch Telefonnummern kaufen</translation>
    </message>
    <message numerus="yes">
        <source>A contact costs %n credit(s) and a company 1; results cached in the last 30 days cost nothing. When the budget is spent, enrichment stops and says so until the 30 days roll on or you raise it. 0 uses cached results only.</source>
        <translation>
            <numerusform>Ein Kontakt kostet %n Credit und ein Unternehmen 1; in den letzten 30 Tagen zwischengespeicherte Ergebnisse kosten nichts. Ist das Budget aufgebraucht, stoppt die Anreicherung mit einem Hinweis, bis die 30 Tage weiterlaufen oder Sie es erhöhen. 0 verwendet nur zwischengespeicherte Ergebnisse.</numerusform>
            <numerusform>Ein Kontakt kostet %n Credits und ein Unternehmen 1; in den letzten 30 Tagen zwischengespeicherte Ergebnisse kosten nichts. Ist das Budget aufgebraucht, stoppt die Anreicherung mit einem Hinweis, bis die 30 Tage weiterlaufen oder Sie es erhöhen. 0 verwendet nur zwischengespeicherte Ergebnisse.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrichmentWriter</name>
    <message>
        <source>Enriched by Explorium</source>
        <translation>Von Explorium angereichert</translation>
    </message>
    <message>
        <source>Enriched by Explorium (filled: %1)</source>
        <translation>Von Explorium angereichert (ergänzt: %1)</translation>
    </message>
    <message>
        <source>Enrichment: no match in Explorium</source>
        <translation>Anreicherung: kein Treffer bei Explorium</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>Enroll prospects in a lemlist campaign and wait until done.</source>
        <translation>Interessenten in eine lemlist-Kampagne aufnehmen und bis zum Abschluss warten.</translation>
    </message>
    <message>
        <source>The lemlist campaign id (cam_...).</source>
        <translation>Die ID der lemlist-Kampagne (cam_...).</translation>
    </message>
    <message>
        <source>Usage: prospector enroll --campaign ID</source>
        <translation>Verwendung: prospector enroll --campaign ID</translation>
    </message>
    <message>
        <source>Could not read prospects: %1</source>
        <translation>Interessenten nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Could not queue the enrollment: %1</source>
        <translation>Aufnahme konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Queued %1 prospects for lemlist (%2 already enrolled or queued, %3 skipped).</source>
        <translation>%1 Interessenten für lemlist eingereiht (%2 bereits aufgenommen oder eingereiht, %3 übersprungen).</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Cannot write the error report %1: %2</source>
        <translation>Der Fehlerbericht %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExploriumEnrichmentSync</name>
    <message>
        <source>The enrichment settings cannot be read: %1</source>
        <translation>Die Einstellungen der Anreicherung können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Explorium&apos;s credit counter cannot be read yet: %1</source>
        <translation>Der Credit-Zähler von Explorium kann noch nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Explorium charged for this enrichment but its answer was lost; retrying it costs credits again.</source>
        <translation>Explorium hat diese Anreicherung berechnet, aber die Antwort ging verloren; ein erneuter Versuch kostet erneut Credits.</translation>
    </message>
    <message>
        <source>credit budget reached (%1 credits per 30 days); raise it in Settings to enrich more</source>
        <translation>Credit-Budget erreicht (%1 Credits pro 30 Tage); erhöhen Sie es in den Einstellungen, um mehr anzureichern</translation>
    </message>
    <message>
        <source>the credit ledger cannot be read: %1</source>
        <translation>das Credit-Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Explorium charged for this enrichment but its answer was lost (%1); retrying it costs credits again.</source>
        <translation>Explorium hat diese Anreicherung berechnet, aber die Antwort ging verloren (%1); ein erneuter Versuch kostet erneut Credits.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export prospects to a CSV file (FILE; --search, --stage, --tier, --tag, --bom).</source>
        <translation>Interessenten in eine CSV-Datei exportieren (FILE; --search, --stage, --tier, --tag, --bom).</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Datei mit einem UTF-8-Byte-Order-Mark beginnen (für Excel).</translation>
    </message>
    <message>
        <source>Include archived prospects.</source>
        <translation>Archivierte Interessenten einschließen.</translation>
    </message>
    <message>
        <source>Usage: prospector export FILE [--search Q] [--stage S] [--tier T] [--bom]
</source>
        <translation>Verwendung: prospector export FILE [--search Q] [--stage S] [--tier T] [--bom]
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2
</source>
        <translation>%1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <source>Export failed: %1
</source>
        <translation>Export fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>Exported %1 prospects to %2
</source>
        <translation>%1 Interessenten nach %2 exportiert
</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>This field cannot be edited.</source>
        <translation>Dieses Feld kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Custom fields must be a set of names and values.</source>
        <translation>Eigene Felder müssen aus Namen und Werten bestehen.</translation>
    </message>
    <message>
        <source>Remove the control characters (tabs, line breaks) from this field.</source>
        <translation>Entfernen Sie die Steuerzeichen (Tabs, Zeilenumbrüche) aus diesem Feld.</translation>
    </message>
    <message>
        <source>This is too long (500 characters at most).</source>
        <translation>Das ist zu lang (höchstens 500 Zeichen).</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Das ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Enter a LinkedIn profile URL, like https://www.linkedin.com/in/name.</source>
        <translation>Geben Sie eine LinkedIn-Profil-URL ein, z. B. https://www.linkedin.com/in/name.</translation>
    </message>
    <message>
        <source>Enter a web address, like https://example.com.</source>
        <translation>Geben Sie eine Webadresse ein, z. B. https://example.com.</translation>
    </message>
    <message>
        <source>Unknown stage.</source>
        <translation>Unbekannte Phase.</translation>
    </message>
    <message>
        <source>The tier must be hot, warm or cold (or empty for the computed tier).</source>
        <translation>Die Stufe muss heiß, warm oder kalt sein (oder leer für die berechnete Stufe).</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Das sieht nicht wie eine Telefonnummer aus.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>New</source>
        <translation type="vanished">Neu</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation type="vanished">Angereichert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="vanished">Qualifiziert</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="vanished">Aufgenommen</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="vanished">Geantwortet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="vanished">Meeting</translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="vanished">Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="vanished">Verloren</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="vanished">Heiß</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="vanished">Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="vanished">Kalt</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation type="vanished">Ohne Score</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Mindest-Score</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Höchst-Score</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Tag filtern</translation>
    </message>
    <message>
        <source>Email filter</source>
        <translation>E-Mail-Filter</translation>
    </message>
    <message>
        <source>Any email</source>
        <translation>Beliebige E-Mail</translation>
    </message>
    <message>
        <source>Has email</source>
        <translation>Hat E-Mail</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Ohne E-Mail</translation>
    </message>
    <message>
        <source>Sync state filter</source>
        <translation>Sync-Status-Filter</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>Beliebiger Sync-Status</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Sync pending</source>
        <translation>Sync ausstehend</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Sync-Fehler</translation>
    </message>
    <message>
        <source>Archive filter</source>
        <translation>Archivfilter</translation>
    </message>
    <message>
        <source>Hide archived</source>
        <translation>Archivierte ausblenden</translation>
    </message>
    <message>
        <source>Archived only</source>
        <translation>Nur archivierte</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>Archivierte einschließen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Land: %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>FilterChip</name>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Filter %1, %2 prospects</source>
        <translation>Filter %1, %2 Interessenten</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Pipeline funnel</source>
        <translation>Pipeline-Trichter</translation>
    </message>
</context>
<context>
    <name>HubSpotCompanyStore</name>
    <message>
        <source>Company %1 created in HubSpot</source>
        <translation>Unternehmen %1 in HubSpot angelegt</translation>
    </message>
    <message>
        <source>Company %1 found in HubSpot</source>
        <translation>Unternehmen %1 in HubSpot gefunden</translation>
    </message>
</context>
<context>
    <name>HubSpotConflictNote</name>
    <message>
        <source>Changed in HubSpot: %1</source>
        <translation>In HubSpot geändert: %1</translation>
    </message>
    <message>
        <source>Now (from HubSpot): %1</source>
        <translation>Jetzt (aus HubSpot): %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Your change, replaced: %1</source>
        <translation>Ihre Änderung, ersetzt: %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the note about %1</source>
        <translation>Hinweis zu %1 ausblenden</translation>
    </message>
</context>
<context>
    <name>HubSpotConflictRule</name>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>Branche</translation>
    </message>
</context>
<context>
    <name>HubSpotContactStore</name>
    <message>
        <source>Changed in HubSpot: %1 is now “%2”; your value “%3” was replaced</source>
        <translation>In HubSpot geändert: %1 ist jetzt „%2“; Ihr Wert „%3“ wurde ersetzt</translation>
    </message>
    <message>
        <source>Updated from HubSpot: %1</source>
        <translation>Aus HubSpot übernommen: %1</translation>
    </message>
    <message>
        <source>Created in HubSpot</source>
        <translation>In HubSpot erstellt</translation>
    </message>
    <message>
        <source>Updated in HubSpot</source>
        <translation>In HubSpot aktualisiert</translation>
    </message>
    <message>
        <source>Associated with company %1 in HubSpot</source>
        <translation>In HubSpot mit dem Unternehmen %1 verknüpft</translation>
    </message>
</context>
<context>
    <name>HubSpotContactSync</name>
    <message>
        <source>Created in HubSpot</source>
        <translation type="vanished">In HubSpot erstellt</translation>
    </message>
    <message>
        <source>Updated in HubSpot</source>
        <translation type="vanished">In HubSpot aktualisiert</translation>
    </message>
</context>
<context>
    <name>IdentityConflicts</name>
    <message>
        <source>Prospects %1 and %2 have the same %3 and neither came from an import, so its index cannot be rebuilt. Change one of them; Prospector tries again on the next start.</source>
        <translation>Die Interessenten %1 und %2 haben dieselbe %3, und keiner von beiden stammt aus einem Import, daher kann ihr Index nicht neu aufgebaut werden. Ändern Sie einen der beiden; Prospector versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import prospects from a CSV file.</source>
        <translation>Interessenten aus einer CSV-Datei importieren.</translation>
    </message>
    <message>
        <source>Column mapping: auto (default), salesnav, apollo, hubspot, lemlist, generic, or the name of a saved mapping.</source>
        <translation>Spaltenzuordnung: auto (Standard), salesnav, apollo, hubspot, lemlist, generic oder der Name einer gespeicherten Zuordnung.</translation>
    </message>
    <message>
        <source>For prospects you already have: skip, fill (default: fill empty fields only) or overwrite.</source>
        <translation>Für bereits vorhandene Interessenten: skip (überspringen), fill (Standard: nur leere Felder füllen) oder overwrite (überschreiben).</translation>
    </message>
    <message>
        <source>Usage: prospector import FILE [--mapping M] [--policy P] [--json]
</source>
        <translation>Aufruf: prospector import DATEI [--mapping M] [--policy P] [--json]
</translation>
    </message>
    <message>
        <source>--policy must be skip, fill or overwrite.
</source>
        <translation>--policy muss skip, fill oder overwrite sein.
</translation>
    </message>
    <message>
        <source>There is no saved mapping named %1.
</source>
        <translation>Es gibt keine gespeicherte Zuordnung namens %1.
</translation>
    </message>
    <message>
        <source>Cannot read mapping %1: %2
</source>
        <translation>Die Zuordnung %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <source>No such file: %1
</source>
        <translation>Datei nicht gefunden: %1
</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s, about %3 s left
</source>
        <translation>%1 Zeilen, %2 Zeilen/s, noch etwa %3 s
</translation>
    </message>
    <message>
        <source>Import %1 %2: %3 rows, %4 created, %5 updated, %6 duplicates, %7 rejected.
</source>
        <translation>Import %1 %2: %3 Zeilen, %4 angelegt, %5 aktualisiert, %6 Duplikate, %7 abgelehnt.
</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1
</source>
        <translation>Abgelehnte Zeilen mit Begründung: %1
</translation>
    </message>
    <message>
        <source>Building indexes: %1 of %2
</source>
        <translation>Indizes werden aufgebaut: %1 von %2
</translation>
    </message>
    <message>
        <source>Import cancelled: the rows of its completed batches were kept.
</source>
        <translation>Import abgebrochen: Die Zeilen der abgeschlossenen Stapel wurden behalten.
</translation>
    </message>
</context>
<context>
    <name>ImportDropArea</name>
    <message>
        <source>Drop the file to preview the import</source>
        <translation>Datei ablegen, um die Importvorschau zu sehen</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Don&apos;t import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Eigenes Feld</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation>Firmendomain</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Region / Bundesland</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Location (city, region, country)</source>
        <translation>Ort (Stadt, Region, Land)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Firmengröße</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>ImportHistoryList</name>
    <message>
        <source>completed</source>
        <translation type="vanished">abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="vanished">abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="vanished">fehlgeschlagen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="vanished">rückgängig gemacht</translation>
    </message>
    <message>
        <source>running</source>
        <translation type="vanished">läuft</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>%1 rows: %2 created, %3 updated, %4 duplicates, %5 rejected</source>
        <translation>%1 Zeilen: %2 angelegt, %3 aktualisiert, %4 Duplikate, %5 abgelehnt</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Fehlerbericht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo import of %1</source>
        <translation>Import von %1 rückgängig machen</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Interrupted: Prospector stopped during this import. The rows of its completed batches were kept.</source>
        <translation>Unterbrochen: Prospector wurde während dieses Imports beendet. Die Zeilen der abgeschlossenen Stapel wurden behalten.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a text file. Export the sheet as CSV and try again.</source>
        <translation>Das ist keine Textdatei. Exportieren Sie die Tabelle als CSV und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The header row cannot be read (line %1).</source>
        <translation type="vanished">Die Kopfzeile kann nicht gelesen werden (Zeile %1).</translation>
    </message>
    <message>
        <source>A prospect could not be stored: %1</source>
        <translation>Ein Interessent konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The duplicate check failed on line %1, so the import stopped: %2</source>
        <translation>Die Duplikatprüfung ist in Zeile %1 fehlgeschlagen, daher wurde der Import angehalten: %2</translation>
    </message>
    <message>
        <source>The rows were stored, but rebuilding the indexes failed (%1). Prospector tries again at the next start.</source>
        <translation>Die Zeilen wurden gespeichert, aber der Neuaufbau der Indizes ist fehlgeschlagen (%1). Prospector versucht es beim nächsten Start erneut.</translation>
    </message>
    <message>
        <source>The indexes an interrupted import left behind cannot be rebuilt: %1</source>
        <translation>Die Indizes, die ein unterbrochener Import hinterlassen hat, können nicht neu aufgebaut werden: %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet</source>
        <translation>CSV aus Sales Navigator, Apollo, HubSpot, lemlist oder einer beliebigen Tabelle</translation>
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation>CSV-Datei hier ablegen</translation>
    </message>
    <message>
        <source>Prospector detects the encoding, delimiter and columns, shows you a preview, and skips duplicates. Every import can be undone.</source>
        <translation>Prospector erkennt Zeichenkodierung, Trennzeichen und Spalten, zeigt Ihnen eine Vorschau und überspringt Dubletten. Jeder Import lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Choose a CSV file to import</source>
        <translation>CSV-Datei zum Importieren auswählen</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt)</source>
        <translation>CSV- und Textdateien (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Try the sample prospects</source>
        <translation>Beispiel-Interessenten ausprobieren</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is not a text file. Export the sheet as CSV and try again.</source>
        <translation>Das ist keine Textdatei. Exportieren Sie die Tabelle als CSV und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The header row cannot be read (line %1).</source>
        <translation type="vanished">Die Kopfzeile kann nicht gelesen werden (Zeile %1).</translation>
    </message>
</context>
<context>
    <name>ImportPreviewView</name>
    <message>
        <source>Encoding: %1</source>
        <translation>Kodierung: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Trennzeichen: %1</translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation>Sieht aus wie: %1</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Mapping preset</source>
        <translation>Vorlage für die Zuordnung</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Gespeicherte Zuordnungen</translation>
    </message>
    <message>
        <source>Apply a saved mapping</source>
        <translation>Gespeicherte Zuordnung anwenden</translation>
    </message>
    <message>
        <source>Save this mapping as…</source>
        <translation>Zuordnung speichern als…</translation>
    </message>
    <message>
        <source>Name of the mapping to save</source>
        <translation>Name der zu speichernden Zuordnung</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(ohne Überschrift)</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Spalte %1 importieren als</translation>
    </message>
    <message>
        <source>Prospects you already have</source>
        <translation>Bereits vorhandene Interessenten</translation>
    </message>
    <message>
        <source>Fill empty fields only</source>
        <translation>Nur leere Felder füllen</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Overwrite with the file&apos;s values</source>
        <translation>Mit den Werten der Datei überschreiben</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>ImportProgressView</name>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>Restzeit wird geschätzt</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 duplicates, %4 rejected</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 Duplikate, %4 abgelehnt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Rows stored; building indexes (%1 of %2)…</source>
        <translation>Zeilen gespeichert; Indizes werden aufgebaut (%1 von %2) …</translation>
    </message>
    <message>
        <source>Finishing the indexes of an interrupted import first…</source>
        <translation>Zuerst werden die Indizes eines unterbrochenen Imports fertiggestellt …</translation>
    </message>
</context>
<context>
    <name>ImportStatusNames</name>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Duplikate übersprungen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Import complete: %1</source>
        <translation>Import abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Import cancelled: the rows imported before you cancelled are kept</source>
        <translation>Import abgebrochen: Die vor dem Abbruch importierten Zeilen bleiben erhalten</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>View prospects</source>
        <translation>Interessenten anzeigen</translation>
    </message>
    <message>
        <source>Open error report</source>
        <translation>Fehlerbericht öffnen</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Import another file</source>
        <translation>Weitere Datei importieren</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>There is no import %1.</source>
        <translation>Es gibt keinen Import %1.</translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation>Import %1 wurde bereits rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import %1 is still running; cancel it first.</source>
        <translation>Import %1 läuft noch; brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>Undo failed, nothing was changed: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen, nichts wurde geändert: %1</translation>
    </message>
</context>
<context>
    <name>ImportValidation</name>
    <message>
        <source>Too many columns (%1; the limit is %2)</source>
        <translation type="vanished">Zu viele Spalten (%1; die Grenze liegt bei %2)</translation>
    </message>
    <message>
        <source>A field is longer than 1 MB</source>
        <translation>Ein Feld ist länger als 1 MB</translation>
    </message>
    <message>
        <source>Unterminated quoted field starting on line %1: the rest of the file was read as one field</source>
        <translation>Nicht geschlossenes Anführungszeichen ab Zeile %1: Der Rest der Datei wurde als ein Feld gelesen</translation>
    </message>
    <message>
        <source>Invalid email address: %1</source>
        <translation>Ungültige E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>No identity: a row needs an email, a LinkedIn profile URL, or a name with a company</source>
        <translation>Keine Identität: Eine Zeile braucht eine E-Mail-Adresse, eine LinkedIn-Profil-URL oder einen Namen mit Firma</translation>
    </message>
    <message>
        <source>Too many columns: %L1 (the limit is %L2 columns per row)</source>
        <translation>Zu viele Spalten: %L1 (die Grenze liegt bei %L2 Spalten pro Zeile)</translation>
    </message>
    <message>
        <source>The header row (line %1) has %L2 columns; Prospector reads at most %L3 columns. Remove the columns you do not need and try again.</source>
        <translation>Die Kopfzeile (Zeile %1) hat %L2 Spalten; Prospector liest höchstens %L3 Spalten. Entfernen Sie die Spalten, die Sie nicht brauchen, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The header row (line %1) has a field longer than 1 MB.</source>
        <translation>Die Kopfzeile (Zeile %1) enthält ein Feld, das länger als 1 MB ist.</translation>
    </message>
    <message>
        <source>The header row (line %1) opens a quote that is never closed, so the whole file would be one field.</source>
        <translation>Die Kopfzeile (Zeile %1) öffnet ein Anführungszeichen, das nie geschlossen wird; die ganze Datei wäre ein einziges Feld.</translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <source>List past imports with their counts and status.</source>
        <translation>Bisherige Importe mit Zählern und Status auflisten.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; imports (default 50).</source>
        <translation>Höchstens &lt;n&gt; Importe (Standard 50).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Unerwartetes Argument: %1
</translation>
    </message>
    <message>
        <source>--limit needs a positive number.
</source>
        <translation>--limit braucht eine positive Zahl.
</translation>
    </message>
    <message>
        <source>Could not read the import history: %1
</source>
        <translation>Der Importverlauf konnte nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <source>No imports yet.
</source>
        <translation>Noch keine Importe.
</translation>
    </message>
</context>
<context>
    <name>InsecureFileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged; delete it and store the tokens again.</source>
        <translation>%1 ist beschädigt; löschen Sie die Datei und speichern Sie die Tokens erneut.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>KeychainBanner</name>
    <message>
        <source>The system keychain is not available</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Prospector keeps service tokens only in the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager), and none answered: %1. Start one and restart Prospector.</source>
        <translation>Prospector bewahrt Dienst-Tokens nur im Schlüsselbund des Systems auf (GNOME-Schlüsselbund, KWallet, macOS-Schlüsselbund oder Windows-Anmeldeinformationsverwaltung), und keiner hat geantwortet: %1. Starten Sie einen und starten Sie Prospector neu.</translation>
    </message>
    <message>
        <source>Store tokens unencrypted in a file instead</source>
        <translation>Tokens stattdessen unverschlüsselt in einer Datei speichern</translation>
    </message>
    <message>
        <source>Warning: tokens are saved in plain text in %1. Anyone who can read your files can use your HubSpot, lemlist and Explorium accounts.</source>
        <translation>Warnung: Tokens werden im Klartext in %1 gespeichert. Wer Ihre Dateien lesen kann, kann Ihre HubSpot-, lemlist- und Explorium-Konten nutzen.</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
</context>
<context>
    <name>LemlistActivityTracker</name>
    <message>
        <source>E-mail bounced</source>
        <translation>E-Mail unzustellbar</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Opened an e-mail</source>
        <translation>E-Mail geöffnet</translation>
    </message>
</context>
<context>
    <name>LemlistEnrollmentSync</name>
    <message>
        <source>Enrolled in lemlist campaign %1</source>
        <translation>In lemlist-Kampagne %1 aufgenommen</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List prospects (filter with --search, --limit).</source>
        <translation type="vanished">Interessenten auflisten (filtern mit --search, --limit).</translation>
    </message>
    <message>
        <source>Full-text search.</source>
        <translation type="vanished">Volltextsuche.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; rows (default 50).</source>
        <translation>Höchstens &lt;n&gt; Zeilen (Standard 50).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Unerwartetes Argument: %1
</translation>
    </message>
    <message>
        <source>--limit needs a positive number.
</source>
        <translation>--limit braucht eine positive Zahl.
</translation>
    </message>
    <message>
        <source>Could not read prospects: %1
</source>
        <translation>Interessenten konnten nicht gelesen werden: %1
</translation>
    </message>
    <message>
        <source>No prospects match.
</source>
        <translation>Keine passenden Interessenten.
</translation>
    </message>
    <message>
        <source>List prospects (filter with --search, --stage, --tier, --tag, --min-score; --sort, --limit).</source>
        <translation>Interessenten auflisten (Filter: --search, --stage, --tier, --tag, --min-score; --sort, --limit).</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Prospector — sandbox</source>
        <translation>Prospector – Sandbox</translation>
    </message>
    <message>
        <source>Prospector</source>
        <translation>Prospector</translation>
    </message>
</context>
<context>
    <name>MappingPresets</name>
    <message>
        <source>LinkedIn Sales Navigator (Evaboot, Phantombuster)</source>
        <translation>LinkedIn Sales Navigator (Evaboot, Phantombuster)</translation>
    </message>
    <message>
        <source>Apollo</source>
        <translation>Apollo</translation>
    </message>
    <message>
        <source>HubSpot contacts export</source>
        <translation>HubSpot-Kontaktexport</translation>
    </message>
    <message>
        <source>lemlist export</source>
        <translation>lemlist-Export</translation>
    </message>
    <message>
        <source>Generic CSV</source>
        <translation>Allgemeine CSV</translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>Choose another name: &quot;%1&quot; is reserved.</source>
        <translation>Wählen Sie einen anderen Namen: „%1“ ist reserviert.</translation>
    </message>
</context>
<context>
    <name>MatchSet</name>
    <message>
        <source>The database connection is not open.</source>
        <translation>Die Datenbankverbindung ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The file %1 is not a readable Prospector database: %2</source>
        <translation>Die Datei %1 ist keine lesbare Prospector-Datenbank: %2</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Prospector (schema %1; this version understands up to %2). Install the newer Prospector to open it; the file was not changed.</source>
        <translation>Diese Datenbank stammt von einer neueren Prospector-Version (Schema %1; diese Version versteht bis %2). Installieren Sie die neuere Version, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it (%1); nothing was changed.</source>
        <translation>Die Datenbank konnte vor der Aktualisierung nicht gesichert werden (%1); nichts wurde verändert.</translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>Die Aktualisierung konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3. The database was left unchanged.</source>
        <translation>Die Aktualisierung der Datenbank auf Schema %1 (%2) ist fehlgeschlagen: %3. Die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>Could not commit the upgrade to schema %1: %2</source>
        <translation>Die Aktualisierung auf Schema %1 konnte nicht abgeschlossen werden: %2</translation>
    </message>
</context>
<context>
    <name>MoreFilters</name>
    <message>
        <source>More filters (%1)</source>
        <translation>Weitere Filter (%1)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Firmen</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>Tippen, um die Liste einzugrenzen</translation>
    </message>
    <message>
        <source>Search filter values</source>
        <translation>Filterwerte durchsuchen</translation>
    </message>
    <message>
        <source>%1, %2 prospects</source>
        <translation>%1, %2 Interessenten</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Prospector</source>
        <translation>Prospector</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Sandbox-Modus</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Saved view %1</source>
        <translation>Gespeicherte Ansicht %1</translation>
    </message>
    <message>
        <source>Delete saved view %1</source>
        <translation>Gespeicherte Ansicht %1 löschen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n wartet</numerusform>
            <numerusform>%1, %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync activity (%L1)</source>
        <translation>Sync-Aktivität (%L1)</translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation>Sync-Aktivität</translation>
    </message>
    <message>
        <source>Show sync activity</source>
        <translation>Sync-Aktivität anzeigen</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Eine Notiz darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This prospect no longer exists.</source>
        <translation>Diesen Interessenten gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Diese Notiz gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Notiz bearbeitet</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Notiz gelöscht</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message numerus="yes">
        <source>Offline — %n operation(s) waiting</source>
        <translation>
            <numerusform>Offline — %n Vorgang wartet</numerusform>
            <numerusform>Offline — %n Vorgänge warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineCommand</name>
    <message>
        <source>Only prospects matching this full-text search.</source>
        <translation>Nur Interessenten, die dieser Volltextsuche entsprechen.</translation>
    </message>
    <message>
        <source>Only prospects in this stage (repeatable).</source>
        <translation>Nur Interessenten in dieser Phase (wiederholbar).</translation>
    </message>
    <message>
        <source>No %1 token is available. Store one with `prospector credentials set %2`, or try the pipeline with --sandbox.</source>
        <translation>Kein %1-Token verfügbar. Speichern Sie eines mit `prospector credentials set %2` oder testen Sie die Pipeline mit --sandbox.</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 retrying, %4 unknown, %5 failed; %6 left</source>
        <translation>%1: %2 erledigt, %3 erneut versucht, %4 unbekannt, %5 fehlgeschlagen; %6 übrig</translation>
    </message>
    <message>
        <source>Queued %1, done %2 (%3 checked remotely first), failed %4, left %5, dead letters %6.</source>
        <translation>Eingereiht %1, erledigt %2 (%3 zuerst remote geprüft), fehlgeschlagen %4, übrig %5, unzustellbare Vorgänge %6.</translation>
    </message>
</context>
<context>
    <name>PipelineDialog</name>
    <message>
        <source>Sync to HubSpot</source>
        <translation>Mit HubSpot synchronisieren</translation>
    </message>
    <message>
        <source>Enroll in lemlist</source>
        <translation>In lemlist aufnehmen</translation>
    </message>
    <message>
        <source>Enrich with Explorium</source>
        <translation>Mit Explorium anreichern</translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n ohne E-Mail-Adresse</numerusform>
            <numerusform>%n ohne E-Mail-Adresse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribed, bounced or marked do not contact</source>
        <translation>
            <numerusform>%n abgemeldet, unzustellbar oder als „nicht kontaktieren“ markiert</numerusform>
            <numerusform>%n abgemeldet, unzustellbar oder als „nicht kontaktieren“ markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the suppression list (opted out)</source>
        <translation>
            <numerusform>%n auf der Sperrliste (abgemeldet)</numerusform>
            <numerusform>%n auf der Sperrliste (abgemeldet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enrolled in this campaign</source>
        <translation>
            <numerusform>%n bereits in dieser Kampagne</numerusform>
            <numerusform>%n bereits in dieser Kampagne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already waiting to be enrolled</source>
        <translation>
            <numerusform>%n wartet bereits auf die Aufnahme</numerusform>
            <numerusform>%n warten bereits auf die Aufnahme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed before — retry them from Problems</source>
        <translation>
            <numerusform>%n ist zuvor fehlgeschlagen – unter „Probleme“ erneut versuchen</numerusform>
            <numerusform>%n sind zuvor fehlgeschlagen – unter „Probleme“ erneut versuchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enriched in the last 30 days</source>
        <translation>
            <numerusform>%n bereits in den letzten 30 Tagen angereichert</numerusform>
            <numerusform>%n bereits in den letzten 30 Tagen angereichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already waiting, or failed before (see Problems)</source>
        <translation>
            <numerusform>%n wartet bereits oder ist zuvor fehlgeschlagen (siehe „Probleme“)</numerusform>
            <numerusform>%n warten bereits oder sind zuvor fehlgeschlagen (siehe „Probleme“)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n no longer exist</source>
        <translation>
            <numerusform>%n existiert nicht mehr</numerusform>
            <numerusform>%n existieren nicht mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>lemlist campaign</source>
        <translation>lemlist-Kampagne</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The campaigns could not be listed: %1</source>
        <translation>Die Kampagnen konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Checking the prospects…</source>
        <translation>Interessenten werden geprüft…</translation>
    </message>
    <message>
        <source>Queueing…</source>
        <translation>Wird eingereiht…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Nothing to queue.</source>
        <translation>Nichts einzureihen.</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) will be synced to HubSpot.</source>
        <translation>
            <numerusform>%n Interessent wird mit HubSpot synchronisiert.</numerusform>
            <numerusform>%n Interessenten werden mit HubSpot synchronisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) will be enrolled.</source>
        <translation>
            <numerusform>%n Interessent wird aufgenommen.</numerusform>
            <numerusform>%n Interessenten werden aufgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) will be enriched.</source>
        <translation>
            <numerusform>%n Interessent wird angereichert.</numerusform>
            <numerusform>%n Interessenten werden angereichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are already in HubSpot or on their way and get the newest data.</source>
        <translation>
            <numerusform>%n davon ist bereits in HubSpot oder unterwegs und erhält die neuesten Daten.</numerusform>
            <numerusform>%n davon sind bereits in HubSpot oder unterwegs und erhalten die neuesten Daten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credits left in the budget: %L1. Results already cached cost nothing.</source>
        <translation>Verbleibende Credits im Budget: %L1. Bereits zwischengespeicherte Ergebnisse kosten nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n übersprungen:</numerusform>
            <numerusform>%n übersprungen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n</source>
        <translation>
            <numerusform>%n einreihen</numerusform>
            <numerusform>%n einreihen</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Einreihen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PipelineNames</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>Angereichert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Ohne Score</translation>
    </message>
</context>
<context>
    <name>PipelineWords</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>Angereichert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Heiß</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Ohne Score</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) could not be completed</source>
        <translation>
            <numerusform>%n Vorgang konnte nicht abgeschlossen werden</numerusform>
            <numerusform>%n Vorgänge konnten nicht abgeschlossen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Alle erneut versuchen</translation>
    </message>
    <message>
        <source>%1 needs a new token</source>
        <translation>%1 braucht ein neues Token</translation>
    </message>
    <message>
        <source>%1 needs a token</source>
        <translation>%1 braucht ein Token</translation>
    </message>
    <message>
        <source>%1 is paused</source>
        <translation>%1 ist pausiert</translation>
    </message>
    <message>
        <source>Nothing is sent to %1 until you add its token. Work waits in the queue.</source>
        <translation>An %1 wird nichts gesendet, bis Sie sein Token hinzufügen. Die Arbeit wartet in der Warteschlange.</translation>
    </message>
    <message>
        <source>%1 Nothing is sent until you save a new token; then it resumes by itself.</source>
        <translation>%1 Es wird nichts gesendet, bis Sie ein neues Token speichern; danach geht es von selbst weiter.</translation>
    </message>
    <message>
        <source>%1 Work waits in the queue; it is tried again from time to time, or now with Resume.</source>
        <translation>%1 Die Arbeit wartet in der Warteschlange; sie wird von Zeit zu Zeit erneut versucht, oder sofort mit „Fortsetzen“.</translation>
    </message>
    <message>
        <source>Open Settings › Services</source>
        <translation>Einstellungen › Dienste öffnen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Everything sent to HubSpot, lemlist and Explorium so far went through, or is still on its way.</source>
        <translation>Alles, was bisher an HubSpot, lemlist und Explorium gesendet wurde, ist angekommen oder noch unterwegs.</translation>
    </message>
    <message>
        <source>(prospect deleted)</source>
        <translation>(Interessent gelöscht)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Edit and retry…</source>
        <translation>Bearbeiten und erneut versuchen…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Verwerfen…</translation>
    </message>
    <message>
        <source>Discard this operation?</source>
        <translation>Diesen Vorgang verwerfen?</translation>
    </message>
    <message>
        <source>It will not be sent. You can queue it again later from the Prospects page.</source>
        <translation>Er wird nicht gesendet. Sie können ihn später auf der Seite „Interessenten“ erneut einreihen.</translation>
    </message>
</context>
<context>
    <name>ProspectColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>ProspectEditor</name>
    <message>
        <source>Another prospect already has this email address.</source>
        <translation>Ein anderer Interessent hat bereits diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Einige Felder sind ungültig.</translation>
    </message>
    <message>
        <source>This prospect no longer exists.</source>
        <translation>Dieser Interessent existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>Interessent</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>%1 bearbeitet</translation>
    </message>
</context>
<context>
    <name>ProspectTable</name>
    <message>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
</context>
<context>
    <name>ProspectsPage</name>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation type="vanished">
            <numerusform>%n Interessent</numerusform>
            <numerusform>%n Interessenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, email, company, title, notes…  (press / to focus)</source>
        <translation type="vanished">Name, E-Mail, Firma, Position, Notizen durchsuchen …  (/ springt hierher)</translation>
    </message>
    <message>
        <source>Search prospects</source>
        <translation type="vanished">Interessenten durchsuchen</translation>
    </message>
    <message>
        <source>Could not load prospects: %1</source>
        <translation>Interessenten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No prospect matches “%1”</source>
        <translation>Kein Interessent passt zu „%1“</translation>
    </message>
    <message>
        <source>No prospects yet</source>
        <translation>Noch keine Interessenten</translation>
    </message>
    <message>
        <source>Try fewer words or a different spelling.</source>
        <translation type="vanished">Versuchen Sie weniger Wörter oder eine andere Schreibweise.</translation>
    </message>
    <message>
        <source>Import a CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet, or start with the bundled sample prospects.</source>
        <translation>Importieren Sie eine CSV-Datei aus Sales Navigator, Apollo, HubSpot, lemlist oder einer beliebigen Tabelle, oder beginnen Sie mit den mitgelieferten Beispieldaten.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="vanished">Suche leeren</translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation>Interessenten importieren</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s)</source>
        <translation>
            <numerusform>%Ln Interessent</numerusform>
            <numerusform>%Ln Interessenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Shortcuts (?)</source>
        <translation>Tastenkürzel (?)</translation>
    </message>
    <message>
        <source>Show keyboard shortcuts</source>
        <translation>Tastenkürzel anzeigen</translation>
    </message>
    <message>
        <source>No prospect matches these filters</source>
        <translation>Kein Interessent entspricht diesen Filtern</translation>
    </message>
    <message>
        <source>Try fewer words, a different spelling or fewer filters.</source>
        <translation>Versuchen Sie weniger Wörter, eine andere Schreibweise oder weniger Filter.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>More than %L1 prospects</source>
        <translation>Mehr als %L1 Interessenten</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Prospector cannot start</source>
        <translation>Prospector kann nicht starten</translation>
    </message>
    <message>
        <source>Prospector cannot open its database</source>
        <translation>Prospector kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Die Sandbox konnte nicht starten</translation>
    </message>
    <message>
        <source>this version runs autopilot only from the command line (prospector autopilot run-once --dry-run).</source>
        <translation type="vanished">diese Version führt den Autopilot nur auf der Kommandozeile aus (prospector autopilot run-once --dry-run).</translation>
    </message>
    <message>
        <source>This version runs autopilot only from the command line (prospector autopilot run-once --dry-run).</source>
        <translation type="vanished">Diese Version führt den Autopilot nur auf der Kommandozeile aus (prospector autopilot run-once --dry-run).</translation>
    </message>
</context>
<context>
    <name>ReplyRecorder</name>
    <message>
        <source>Replied (%1)</source>
        <translation>Geantwortet (%1)</translation>
    </message>
</context>
<context>
    <name>RescoreCommand</name>
    <message>
        <source>Recompute ICP scores and tiers (--rules FILE to use and save other rules, --preview to only count).</source>
        <translation>ICP-Scores und Stufen neu berechnen (--rules FILE für andere Regeln und deren Speicherung, --preview nur zum Zählen).</translation>
    </message>
    <message>
        <source>Score with the rule set in &lt;file&gt; (JSON) and save it.</source>
        <translation>Mit dem Regelsatz in &lt;file&gt; (JSON) bewerten und ihn speichern.</translation>
    </message>
    <message>
        <source>Only show how many prospects would land in each tier.</source>
        <translation>Nur anzeigen, wie viele Interessenten in jeder Stufe landen würden.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Unerwartetes Argument: %1
</translation>
    </message>
    <message>
        <source>hot %1, warm %2, cold %3 (of %4; %5 with a manual tier)
</source>
        <translation>heiß %1, warm %2, kalt %3 (von %4; %5 mit manueller Stufe)
</translation>
    </message>
    <message>
        <source>Rescoring: %1% (%2 of %3)
</source>
        <translation>Neubewertung: %1% (%2 von %3)
</translation>
    </message>
    <message>
        <source>Rescoring failed: %1
</source>
        <translation>Neubewertung fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>Rescored: %1 prospects changed.
</source>
        <translation>Neu bewertet: %1 Interessenten geändert.
</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>Tier thresholds must satisfy 0 ≤ warm ≤ hot ≤ 100.</source>
        <translation>Für die Stufen-Schwellenwerte muss gelten: 0 ≤ warm ≤ heiß ≤ 100.</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Die Ansicht braucht einen Namen.</translation>
    </message>
    <message>
        <source>This saved view no longer exists.</source>
        <translation>Diese gespeicherte Ansicht existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The database is busy.</source>
        <translation>Datenbank ist ausgelastet.</translation>
    </message>
</context>
<context>
    <name>ScoringRule</name>
    <message>
        <source>Title mentions %1</source>
        <translation>Position enthält %1</translation>
    </message>
    <message>
        <source>Seniority is %1</source>
        <translation>Hierarchieebene ist %1</translation>
    </message>
    <message>
        <source>Industry is %1</source>
        <translation>Branche ist %1</translation>
    </message>
    <message>
        <source>Company has %1+ employees</source>
        <translation>Unternehmen hat %1+ Mitarbeitende</translation>
    </message>
    <message>
        <source>Company has %1–%2 employees</source>
        <translation>Unternehmen hat %1–%2 Mitarbeitende</translation>
    </message>
    <message>
        <source>Based in %1</source>
        <translation>Standort: %1</translation>
    </message>
    <message>
        <source>Has an email address</source>
        <translation>Hat eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Has a LinkedIn profile</source>
        <translation>Hat ein LinkedIn-Profil</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>Unknown rule kind: %1</source>
        <translation>Unbekannte Regelart: %1</translation>
    </message>
    <message>
        <source>A rule weight must be a whole number from -100 to 100.</source>
        <translation>Eine Regelgewichtung muss eine ganze Zahl von -100 bis 100 sein.</translation>
    </message>
    <message>
        <source>The rule “%1” needs at least one value.</source>
        <translation>Die Regel „%1“ braucht mindestens einen Wert.</translation>
    </message>
    <message>
        <source>A custom field rule needs the field name.</source>
        <translation>Regel für benutzerdef. Feld braucht einen Feldnamen.</translation>
    </message>
    <message>
        <source>The company size range is empty.</source>
        <translation>Der Bereich für die Unternehmensgröße ist leer.</translation>
    </message>
</context>
<context>
    <name>ScoringSettings</name>
    <message>
        <source>ICP scoring</source>
        <translation>ICP-Scoring</translation>
    </message>
    <message>
        <source>Hot from</source>
        <translation>Heiß ab</translation>
    </message>
    <message>
        <source>Hot tier threshold</source>
        <translation>Schwellenwert Stufe heiß</translation>
    </message>
    <message>
        <source>Warm from</source>
        <translation>Warm ab</translation>
    </message>
    <message>
        <source>Warm tier threshold</source>
        <translation>Schwellenwert Stufe warm</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Preview: %1 hot · %2 warm · %3 cold</source>
        <translation>Vorschau: %1 heiß · %2 warm · %3 kalt</translation>
    </message>
    <message>
        <source>Rule enabled</source>
        <translation>Regel aktiviert</translation>
    </message>
    <message>
        <source>values, comma separated</source>
        <translation>Werte, kommagetrennt</translation>
    </message>
    <message>
        <source>Rule values</source>
        <translation>Regelwerte</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>Benutzerdef. Feldname</translation>
    </message>
    <message>
        <source>Minimum company size</source>
        <translation>Min. Unternehmensgröße</translation>
    </message>
    <message>
        <source>Maximum company size (-1: no limit)</source>
        <translation>Max. Unternehmensgröße (-1: unbegrenzt)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Rule weight</source>
        <translation>Regelgewichtung</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Kind of rule to add</source>
        <translation>Art der neuen Regel</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Reset to the default rules</source>
        <translation>Auf Standardregeln zurücksetzen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Ungespeicherte Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <source>Save and rescore</source>
        <translation>Speichern und neu bewerten</translation>
    </message>
    <message>
        <source>Save the rules and rescore every prospect</source>
        <translation>Regeln speichern und alle Interessenten neu bewerten</translation>
    </message>
    <message>
        <source>Rescoring progress</source>
        <translation>Fortschritt der Neubewertung</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel rescoring</source>
        <translation>Neubewertung abbrechen</translation>
    </message>
    <message>
        <source>The stored scoring rules are damaged: %1</source>
        <translation>Die gespeicherten Scoring-Regeln sind beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>SearchRow</name>
    <message>
        <source>Search name, email, company, title, notes…  (press / to focus)</source>
        <translation>Name, E-Mail, Unternehmen, Position, Notizen suchen…  (/ zum Fokussieren)</translation>
    </message>
    <message>
        <source>Search prospects</source>
        <translation>Interessenten suchen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten auswählen</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Save the search, filters and sort as a view</source>
        <translation>Suche, Filter und Sortierung als Ansicht speichern</translation>
    </message>
    <message>
        <source>Name this view</source>
        <translation>Ansicht benennen</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Name der Ansicht</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
</context>
<context>
    <name>ServiceActivityCard</name>
    <message>
        <source>Queued %1 · Sending %2 · Checking %3 · Done %4 · Failed %5</source>
        <translation>Eingereiht %1 · Wird gesendet %2 · Wird geprüft %3 · Erledigt %4 · Fehlgeschlagen %5</translation>
    </message>
    <message>
        <source>%1 progress</source>
        <translation>Fortschritt %1</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 requests left in this window</source>
        <translation>Ratenlimit: %1 von %2 Anfragen in diesem Zeitfenster übrig</translation>
    </message>
    <message>
        <source>Today: %L1 of %L2 requests left</source>
        <translation>Heute: %L1 von %L2 Anfragen übrig</translation>
    </message>
    <message>
        <source>Credits: %L1 used in 30 days, %L2 left in the budget</source>
        <translation>Credits: %L1 in 30 Tagen verbraucht, %L2 im Budget übrig</translation>
    </message>
    <message>
        <source>Credits: %L1 used in 30 days, no budget set</source>
        <translation>Credits: %L1 in 30 Tagen verbraucht, kein Budget festgelegt</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
</context>
<context>
    <name>ServiceCredentialsCard</name>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Paste a new token to replace the stored one</source>
        <translation>Neues Token einfügen, um das gespeicherte zu ersetzen</translation>
    </message>
    <message>
        <source>Paste the %1 token</source>
        <translation>%1-Token einfügen</translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation>%1-Token</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>%1 server address</source>
        <translation>%1-Serveradresse</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Requests per %1 s</source>
        <translation>Anfragen pro %1 s</translation>
    </message>
    <message>
        <source>%1 requests per window</source>
        <translation>%1 Anfragen pro Zeitfenster</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>Standard %1</translation>
    </message>
</context>
<context>
    <name>ServiceHealthRow</name>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Quota today: %L1 of %L2 used</source>
        <translation>Kontingent heute: %L1 von %L2 verbraucht</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 used in this window</source>
        <translation>Ratenlimit: %1 von %2 in diesem Zeitfenster verbraucht</translation>
    </message>
    <message>
        <source>Credits: %L1 used, %L2 left</source>
        <translation>Credits: %L1 verbraucht, %L2 übrig</translation>
    </message>
    <message>
        <source>Credits: %L1 used in 30 days</source>
        <translation>Credits: %L1 in 30 Tagen verbraucht</translation>
    </message>
    <message>
        <source>No quota reported yet</source>
        <translation>Noch kein Kontingent gemeldet</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartet</numerusform>
            <numerusform>%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
</context>
<context>
    <name>ServiceSettings</name>
    <message>
        <source>Enter a full address such as https://api.example.com.</source>
        <translation>Geben Sie eine vollständige Adresse ein, etwa https://api.example.com.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Use https (plain http is only allowed to this computer).</source>
        <translation>Verwenden Sie https (einfaches http ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>The limit must be between 1 and %1 requests.</source>
        <translation>Das Limit muss zwischen 1 und %1 Anfragen liegen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Focus the search field</source>
        <translation>Suchfeld fokussieren</translation>
    </message>
    <message>
        <source>Next prospect</source>
        <translation>Nächster Interessent</translation>
    </message>
    <message>
        <source>Previous prospect</source>
        <translation>Vorheriger Interessent</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Auswahl erweitern</translation>
    </message>
    <message>
        <source>Open the detail pane</source>
        <translation>Detailbereich öffnen</translation>
    </message>
    <message>
        <source>Close the detail pane or leave the search field</source>
        <translation>Detailbereich schließen oder Suchfeld verlassen</translation>
    </message>
    <message>
        <source>Select every prospect in the view</source>
        <translation>Alle Interessenten der Ansicht auswählen</translation>
    </message>
    <message>
        <source>Undo the last action or edit</source>
        <translation>Letzte Aktion/Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Switch pages</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Show this sheet</source>
        <translation>Übersicht anzeigen</translation>
    </message>
</context>
<context>
    <name>SyncActivityPanel</name>
    <message>
        <source>Sync activity</source>
        <translation>Sync-Aktivität</translation>
    </message>
    <message>
        <source>Close the sync activity panel</source>
        <translation>Sync-Aktivität schließen</translation>
    </message>
    <message>
        <source>The pipeline is starting…</source>
        <translation>Die Pipeline startet…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n operation(s) waiting. Work resumes by itself when the network returns.</source>
        <translation>
            <numerusform>Offline — %n Vorgang wartet. Es geht von selbst weiter, sobald das Netz zurück ist.</numerusform>
            <numerusform>Offline — %n Vorgänge warten. Es geht von selbst weiter, sobald das Netz zurück ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting or on their way.</source>
        <translation>
            <numerusform>%n Vorgang wartet oder ist unterwegs.</numerusform>
            <numerusform>%n Vorgänge warten oder sind unterwegs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything queued has been sent.</source>
        <translation>Alles Eingereihte wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync prospects to HubSpot and wait until done.</source>
        <translation>Interessenten mit HubSpot synchronisieren und auf Abschluss warten.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Could not read prospects: %1</source>
        <translation>Interessenten nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Could not queue the sync: %1</source>
        <translation>Sync konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <source>Queued %1 prospects for HubSpot.</source>
        <translation>%1 Interessenten für HubSpot eingereiht.</translation>
    </message>
    <message>
        <source>Also sync prospects already in HubSpot: local edits go up, changes made in HubSpot come down (HubSpot wins conflicts).</source>
        <translation>Auch Interessenten synchronisieren, die schon in HubSpot sind: lokale Änderungen gehen nach HubSpot, Änderungen aus HubSpot werden übernommen (bei Konflikten gewinnt HubSpot).</translation>
    </message>
</context>
<context>
    <name>SyncHost</name>
    <message>
        <source>The pipeline is not running.</source>
        <translation>Die Pipeline läuft nicht.</translation>
    </message>
    <message>
        <source>No %1 token is stored.</source>
        <translation>Es ist kein %1-Token gespeichert.</translation>
    </message>
</context>
<context>
    <name>SyncRequester</name>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Choose a lemlist campaign first.</source>
        <translation>Wählen Sie zuerst eine lemlist-Kampagne.</translation>
    </message>
    <message>
        <source>unsubscribed, bounced or do not contact</source>
        <translation>abgemeldet, unzustellbar oder nicht kontaktieren</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>auf der Sperrliste</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>%1 paused: %2</source>
        <translation>%1 pausiert: %2</translation>
    </message>
    <message>
        <source>offline: the services could not be reached</source>
        <translation>offline: Dienste nicht erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) wait for a later retry</source>
        <translation>
            <numerusform>%n Vorgang wartet auf einen späteren Versuch</numerusform>
            <numerusform>%n Vorgänge warten auf einen späteren Versuch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStateIcons</name>
    <message>
        <source>Enriched</source>
        <translation>Angereichert</translation>
    </message>
    <message>
        <source>Waiting for enrichment</source>
        <translation>Wartet auf Anreicherung</translation>
    </message>
    <message>
        <source>Enrichment failed</source>
        <translation>Anreicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>In HubSpot</source>
        <translation>In HubSpot</translation>
    </message>
    <message>
        <source>Waiting to sync to HubSpot</source>
        <translation>Wartet auf Sync mit HubSpot</translation>
    </message>
    <message>
        <source>HubSpot sync failed</source>
        <translation>HubSpot-Sync fehlgeschlagen</translation>
    </message>
    <message>
        <source>Enrolled in lemlist</source>
        <translation>In lemlist aufgenommen</translation>
    </message>
    <message>
        <source>Waiting to enroll in lemlist</source>
        <translation>Wartet auf Aufnahme in lemlist</translation>
    </message>
    <message>
        <source>lemlist enrollment failed</source>
        <translation>lemlist-Aufnahme fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SyncStatusNames</name>
    <message>
        <source>Paused: no token stored</source>
        <translation>Pausiert: kein Token gespeichert</translation>
    </message>
    <message>
        <source>Paused: the token was refused</source>
        <translation>Pausiert: das Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>Stopped for now</source>
        <translation>Vorerst angehalten</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Not answering — next try at %1</source>
        <translation>Antwortet nicht — nächster Versuch um %1</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Antwortet nicht</translation>
    </message>
    <message>
        <source>Checking whether it answers again</source>
        <translation>Prüft, ob der Dienst wieder antwortet</translation>
    </message>
    <message>
        <source>Waiting for the rate limit until %1</source>
        <translation>Wartet bis %1 auf das Ratenlimit</translation>
    </message>
    <message numerus="yes">
        <source>Sending a batch of %n</source>
        <translation>
            <numerusform>Sendet einen Stapel von %n</numerusform>
            <numerusform>Sendet einen Stapel von %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Waiting for the rate limit</source>
        <translation>Wartet auf das Ratenlimit</translation>
    </message>
    <message>
        <source>Next attempt at %1</source>
        <translation>Nächster Versuch um %1</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Untätig</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <source>recovering</source>
        <translation>erholt sich</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>The service refused the data</source>
        <translation>Der Dienst hat die Daten abgelehnt</translation>
    </message>
    <message>
        <source>The token was refused</source>
        <translation>Das Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>The token lacks a permission</source>
        <translation>Dem Token fehlt eine Berechtigung</translation>
    </message>
    <message>
        <source>Not found at the service</source>
        <translation>Beim Dienst nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s)</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Must not be contacted (opted out, unsubscribed, bounced or do not contact)</source>
        <translation>Darf nicht kontaktiert werden (abgemeldet, Abo gekündigt, unzustellbar oder „nicht kontaktieren“)</translation>
    </message>
    <message>
        <source>The answer was lost after Explorium charged for it; a retry pays again</source>
        <translation>Die Antwort ging verloren, nachdem Explorium sie berechnet hatte; ein erneuter Versuch kostet noch einmal</translation>
    </message>
    <message>
        <source>Explorium could not match this prospect</source>
        <translation>Explorium konnte diesen Interessenten nicht zuordnen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync contact to HubSpot</source>
        <translation>Kontakt mit HubSpot synchronisieren</translation>
    </message>
    <message>
        <source>HubSpot update</source>
        <translation>HubSpot-Aktualisierung</translation>
    </message>
    <message>
        <source>Enroll in lemlist campaign %1</source>
        <translation>In lemlist-Kampagne %1 aufnehmen</translation>
    </message>
    <message>
        <source>Enroll in lemlist</source>
        <translation>In lemlist aufnehmen</translation>
    </message>
    <message>
        <source>Enrich with Explorium</source>
        <translation>Mit Explorium anreichern</translation>
    </message>
</context>
<context>
    <name>SyncStatusSection</name>
    <message>
        <source>Enrichment and sync</source>
        <translation>Anreicherung und Sync</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Company data</source>
        <translation>Firmendaten</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>enriched on %1 (from the cache)</source>
        <translation>am %1 angereichert (aus dem Zwischenspeicher)</translation>
    </message>
    <message>
        <source>enriched on %1 by Explorium</source>
        <translation>am %1 von Explorium angereichert</translation>
    </message>
    <message>
        <source>Explorium has nothing on this prospect</source>
        <translation>Explorium hat nichts zu diesem Interessenten</translation>
    </message>
    <message>
        <source>waiting to be enriched</source>
        <translation>wartet auf Anreicherung</translation>
    </message>
    <message>
        <source>being enriched</source>
        <translation>wird angereichert</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf das Senden</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>being checked with the service</source>
        <translation>wird beim Dienst geprüft</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Datenqualität</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Not enriched yet</source>
        <translation>Noch nicht angereichert</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1: %2 (%3 von %4)</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Anreicherung</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Ausgefüllt</translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation>Firmendomain</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Open record %1</source>
        <translation>Datensatz %1 öffnen</translation>
    </message>
    <message>
        <source>Not in HubSpot yet</source>
        <translation>Noch nicht in HubSpot</translation>
    </message>
    <message>
        <source>lemlist lead</source>
        <translation>lemlist-Lead</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Nicht aufgenommen</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>%1: enrolled</source>
        <translation>%1: aufgenommen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync-Status</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>unzustellbar</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>nicht kontaktieren</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Datensatz %1</translation>
    </message>
</context>
<context>
    <name>TierMixChart</name>
    <message>
        <source>Hot</source>
        <translation type="vanished">Heiß</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="vanished">Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="vanished">Kalt</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation type="vanished">Ohne Score</translation>
    </message>
    <message>
        <source>Tier mix</source>
        <translation>Stufenverteilung</translation>
    </message>
</context>
<context>
    <name>TierPreview</name>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>Angereichert</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>Massenänderung</translation>
    </message>
    <message>
        <source>Nothing happened yet.</source>
        <translation>Noch keine Aktivität.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Synced to HubSpot</source>
        <translation>Mit HubSpot synchronisiert</translation>
    </message>
    <message>
        <source>Changed in HubSpot</source>
        <translation>In HubSpot geändert</translation>
    </message>
    <message>
        <source>Updated from HubSpot</source>
        <translation>Aus HubSpot übernommen</translation>
    </message>
    <message>
        <source>Company in HubSpot</source>
        <translation>Unternehmen in HubSpot</translation>
    </message>
    <message>
        <source>Associated in HubSpot</source>
        <translation>In HubSpot verknüpft</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Letzte Aktion rückgängig machen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>TrackCommand</name>
    <message>
        <source>Record new lemlist replies, bounces, unsubscribes and opens.</source>
        <translation>Neue lemlist-Antworten, Bounces, Abmeldungen und Öffnungen erfassen.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Recorded %1 new activities (%2 seen before, %3 without a matching prospect).</source>
        <translation>%1 neue Aktivitäten erfasst (%2 bereits bekannt, %3 ohne passenden Interessenten).</translation>
    </message>
</context>
<context>
    <name>UndoImportCommand</name>
    <message>
        <source>Undo an import: remove the prospects it created, restore what it changed.</source>
        <translation>Einen Import rückgängig machen: angelegte Interessenten entfernen, Änderungen wiederherstellen.</translation>
    </message>
    <message>
        <source>Usage: prospector undo-import ID (see prospector imports)
</source>
        <translation>Aufruf: prospector undo-import ID (siehe prospector imports)
</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 prospects removed, %3 fields restored.
</source>
        <translation>Import %1 rückgängig gemacht: %2 Interessenten entfernt, %3 Felder wiederhergestellt.
</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Es gibt nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>Abgebrochen; es wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>prospector::cli</name>
    <message>
        <source>Start a keychain (e.g. GNOME Keyring or KWallet), or accept storing tokens in the owner-only file %1 with --allow-insecure-storage.</source>
        <translation>Starten Sie einen Schlüsselbund (z. B. GNOME-Schlüsselbund oder KWallet) oder erlauben Sie mit --allow-insecure-storage, Tokens in der nur für den Eigentümer lesbaren Datei %1 zu speichern.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>WARNING: no keychain is available. Tokens will be stored unencrypted in %1, readable by anyone with access to your account.</source>
        <translation>WARNUNG: Kein Schlüsselbund verfügbar. Tokens werden unverschlüsselt in %1 gespeichert und sind für jeden mit Zugriff auf Ihr Konto lesbar.</translation>
    </message>
    <message>
        <source>Paste the %1 token and press Enter (input is hidden): </source>
        <translation>%1-Token einfügen und Eingabe drücken (die Eingabe ist verborgen): </translation>
    </message>
    <message>
        <source>No token given on standard input.</source>
        <translation>Kein Token über die Standardeingabe erhalten.</translation>
    </message>
    <message>
        <source>%1 token stored in %2.</source>
        <translation>%1-Token in %2 gespeichert.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>dem Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>%1 token cleared.</source>
        <translation>%1-Token gelöscht.</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>NOT available (%1)</source>
        <translation>NICHT verfügbar (%1)</translation>
    </message>
    <message>
        <source>Insecure file storage: allowed (%1)</source>
        <translation>Unsichere Dateiablage: erlaubt (%1)</translation>
    </message>
    <message>
        <source>stored in %1, updated %2</source>
        <translation>gespeichert in %1, aktualisiert %2</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Full-text search (name, email, company, title, notes).</source>
        <translation>Volltextsuche (Name, E-Mail, Unternehmen, Position, Notizen).</translation>
    </message>
    <message>
        <source>Only prospects in these stages (comma-separated).</source>
        <translation>Nur Interessenten in diesen Phasen (kommagetrennt).</translation>
    </message>
    <message>
        <source>Only these tiers: hot, warm, cold, none (override wins).</source>
        <translation>Nur diese Stufen: hot, warm, cold, none (manuelle Stufe hat Vorrang).</translation>
    </message>
    <message>
        <source>Only prospects with any of these tags.</source>
        <translation>Nur Interessenten mit einem dieser Tags.</translation>
    </message>
    <message>
        <source>Only prospects scoring at least &lt;n&gt;.</source>
        <translation>Nur Interessenten mit einem Score von mindestens &lt;n&gt;.</translation>
    </message>
    <message>
        <source>Sort by columns, &apos;-&apos; for descending: id, name, company, title, email, country, stage, score, tier, updated, created (e.g. -score,name).</source>
        <translation>Nach Spalten sortieren, &apos;-&apos; für absteigend: id, name, company, title, email, country, stage, score, tier, updated, created (z. B. -score,name).</translation>
    </message>
    <message>
        <source>Unknown stage: %1 (one of %2)</source>
        <translation>Unbekannte Phase: %1 (möglich: %2)</translation>
    </message>
    <message>
        <source>Unknown tier: %1 (hot, warm, cold or none)</source>
        <translation>Unbekannte Stufe: %1 (hot, warm, cold oder none)</translation>
    </message>
    <message>
        <source>--min-score needs a number from 0 to 100.</source>
        <translation>--min-score braucht eine Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>Unknown sort column in: %1</source>
        <translation>Unbekannte Sortierspalte in: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule set: %2</source>
        <translation>%1 ist kein JSON-Regelsatz: %2</translation>
    </message>
    <message>
        <source>, dry run</source>
        <translation type="obsolete">, Probelauf</translation>
    </message>
    <message>
        <source>Skipped (%1): %2</source>
        <translation type="obsolete">Übersprungen (%1): %2</translation>
    </message>
</context>
<context>
    <name>prospector::secrets</name>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>No token is stored for this service.</source>
        <translation>Für diesen Dienst ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the token cannot be stored safely.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher kann das Token nicht sicher gespeichert werden.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The token is empty or contains line breaks or control characters.</source>
        <translation>Das Token ist leer oder enthält Zeilenumbrüche oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>Prospector could not update its list of stored tokens in its database.</source>
        <translation>Prospector konnte die Liste der gespeicherten Tokens in seiner Datenbank nicht aktualisieren.</translation>
    </message>
    <message>
        <source>The token store reported an error.</source>
        <translation>Der Token-Speicher hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::AutopilotController</name>
    <message>
        <source>Autopilot could not be turned on: %1</source>
        <translation>Der Autopilot konnte nicht eingeschaltet werden: %1</translation>
    </message>
    <message>
        <source>Autopilot could not be turned off: %1</source>
        <translation>Der Autopilot konnte nicht ausgeschaltet werden: %1</translation>
    </message>
</context>
<context>
    <name>prospector::ui::AutopilotSettingsEditor</name>
    <message>
        <source>The saved autopilot settings cannot be read (%1). Saving replaces them.</source>
        <translation>Die gespeicherten Autopilot-Einstellungen sind nicht lesbar (%1). Speichern ersetzt sie.</translation>
    </message>
    <message>
        <source>Turn autopilot on or off with its own button.</source>
        <translation>Schalten Sie den Autopilot mit seiner eigenen Schaltfläche ein oder aus.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Unbekannte Einstellung.</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation>Wählen Sie an oder aus.</translation>
    </message>
    <message>
        <source>Choose a daily time or an interval.</source>
        <translation>Wählen Sie eine tägliche Uhrzeit oder ein Intervall.</translation>
    </message>
    <message>
        <source>Enter a number of minutes from %1 to %2 (one week).</source>
        <translation>Geben Sie eine Minutenzahl von %1 bis %2 (eine Woche) ein.</translation>
    </message>
    <message>
        <source>Enter a score from 0 to 100.</source>
        <translation>Geben Sie einen Score von 0 bis 100 ein.</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to %1 (0 stops that step).</source>
        <translation>Geben Sie eine ganze Zahl von 0 bis %1 ein (0 stoppt diesen Schritt).</translation>
    </message>
    <message>
        <source>Enter a whole number of credits from 0 to %1.</source>
        <translation>Geben Sie eine ganze Zahl an Credits von 0 bis %1 ein.</translation>
    </message>
    <message>
        <source>Enter a time as hours and minutes, e.g. 09:30.</source>
        <translation>Geben Sie eine Uhrzeit in Stunden und Minuten ein, z. B. 09:30.</translation>
    </message>
    <message>
        <source>Business hours must end after they start.</source>
        <translation>Die Geschäftszeiten müssen nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Choose the days.</source>
        <translation>Wählen Sie die Tage.</translation>
    </message>
    <message>
        <source>Choose at least one day, or autopilot never runs then.</source>
        <translation>Wählen Sie mindestens einen Tag, sonst läuft der Autopilot nie.</translation>
    </message>
    <message>
        <source>Enter at most 200 characters.</source>
        <translation>Geben Sie höchstens 200 Zeichen ein.</translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation>Dieser Wert ist hier nicht erlaubt.</translation>
    </message>
    <message>
        <source>The autopilot settings could not be saved: %1</source>
        <translation>Die Autopilot-Einstellungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Autopilot settings saved.</source>
        <translation>Autopilot-Einstellungen gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>It runs every %n minute(s), and when you click Run now.</source>
        <translation>
            <numerusform>Er läuft jede Minute und wenn Sie auf „Jetzt ausführen“ klicken.</numerusform>
            <numerusform>Er läuft alle %n Minuten und wenn Sie auf „Jetzt ausführen“ klicken.</numerusform>
        </translation>
    </message>
    <message>
        <source>It runs at %1 on %2, and when you click Run now.</source>
        <translation>Er läuft um %1 (%2) und wenn Sie auf „Jetzt ausführen“ klicken.</translation>
    </message>
    <message>
        <source>It picks prospects that are new or enriched, with a score of at least %1 and a valid e-mail address, and never anyone on the suppression list (unsubscribed, bounced or opted out).</source>
        <translation>Er wählt neue oder angereicherte Interessenten mit einem Score von mindestens %1 und einer gültigen E-Mail-Adresse, und nie jemanden auf der Sperrliste (abgemeldet, unzustellbar oder widersprochen).</translation>
    </message>
    <message numerus="yes">
        <source>It enriches them with Explorium: at most %n per day.</source>
        <translation>
            <numerusform>Er reichert sie mit Explorium an: höchstens %n pro Tag.</numerusform>
            <numerusform>Er reichert sie mit Explorium an: höchstens %n pro Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It spends at most %n Explorium credit(s) per day.</source>
        <translation>
            <numerusform>Er gibt höchstens %n Explorium-Credit pro Tag aus.</numerusform>
            <numerusform>Er gibt höchstens %n Explorium-Credits pro Tag aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>It rescores them with your ICP rules.</source>
        <translation>Er bewertet sie mit Ihren ICP-Regeln neu.</translation>
    </message>
    <message numerus="yes">
        <source>It creates or updates them in HubSpot: at most %n new contact(s) per day.</source>
        <translation>
            <numerusform>Er legt sie in HubSpot an oder aktualisiert sie: höchstens %n neuer Kontakt pro Tag.</numerusform>
            <numerusform>Er legt sie in HubSpot an oder aktualisiert sie: höchstens %n neue Kontakte pro Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It enrolls them in a lemlist campaign: at most %n per day.</source>
        <translation>
            <numerusform>Er schreibt sie in eine lemlist-Kampagne ein: höchstens %n pro Tag.</numerusform>
            <numerusform>Er schreibt sie in eine lemlist-Kampagne ein: höchstens %n pro Tag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It enrolls them in the lemlist campaign “%1”: at most %n per day.</source>
        <translation>
            <numerusform>Er schreibt sie in die lemlist-Kampagne „%1“ ein: höchstens %n pro Tag.</numerusform>
            <numerusform>Er schreibt sie in die lemlist-Kampagne „%1“ ein: höchstens %n pro Tag.</numerusform>
        </translation>
    </message>
    <message>
        <source>It enrolls only between %1 and %2 in the prospect&apos;s time zone (yours when it is unknown).</source>
        <translation>Er schreibt nur zwischen %1 und %2 in der Zeitzone des Interessenten ein (in Ihrer, wenn sie unbekannt ist).</translation>
    </message>
    <message>
        <source>It tracks replies, classifies them and tells you about each one.</source>
        <translation>Er verfolgt Antworten, ordnet sie ein und informiert Sie über jede.</translation>
    </message>
    <message numerus="yes">
        <source>A run that would enroll more than %n prospect(s) waits for your approval.</source>
        <translation>
            <numerusform>Ein Lauf, der mehr als %n Interessenten einschreiben würde, wartet auf Ihre Freigabe.</numerusform>
            <numerusform>Ein Lauf, der mehr als %n Interessenten einschreiben würde, wartet auf Ihre Freigabe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>So does a run that would spend more than %n credit(s).</source>
        <translation>
            <numerusform>Ebenso ein Lauf, der mehr als %n Credit ausgeben würde.</numerusform>
            <numerusform>Ebenso ein Lauf, der mehr als %n Credits ausgeben würde.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can pause it at any time from the tray or this page; a dry run shows what a run would do without sending anything.</source>
        <translation>Sie können ihn jederzeit im Infobereich oder auf dieser Seite anhalten; ein Probelauf zeigt, was ein Lauf tun würde, ohne etwas zu senden.</translation>
    </message>
    <message>
        <source>No lemlist campaign is chosen: the enroll step stops until you choose one.</source>
        <translation>Keine lemlist-Kampagne gewählt: Der Einschreibeschritt ruht, bis Sie eine wählen.</translation>
    </message>
    <message>
        <source>Every step is switched off: a run does nothing.</source>
        <translation>Alle Schritte sind ausgeschaltet: Ein Lauf tut nichts.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::CredentialSettingsModel</name>
    <message>
        <source>Token saved in the plain file.</source>
        <translation>Token in der unverschlüsselten Datei gespeichert.</translation>
    </message>
    <message>
        <source>Token saved in the keychain.</source>
        <translation>Token im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Token entfernt.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>stored in a plain file (updated %1)</source>
        <translation>in unverschlüsselter Datei gespeichert (aktualisiert %1)</translation>
    </message>
    <message>
        <source>stored (updated %1)</source>
        <translation>gespeichert (aktualisiert %1)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Unknown service.</source>
        <translation>Unbekannter Dienst.</translation>
    </message>
    <message>
        <source>The address could not be saved.</source>
        <translation>Die Adresse konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The limit could not be saved.</source>
        <translation>Das Limit konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The choice could not be saved.</source>
        <translation>Die Auswahl konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::DatabaseUpgrade</name>
    <message>
        <source>Updating Prospector</source>
        <translation>Prospector wird aktualisiert</translation>
    </message>
    <message>
        <source>Updating your prospect database for this version of Prospector.
This happens once, and takes up to a minute for a large database.</source>
        <translation>Ihre Interessenten-Datenbank wird für diese Version von Prospector aktualisiert.
Das geschieht einmal und dauert bei einer großen Datenbank bis zu einer Minute.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::DeadLetterModel</name>
    <message>
        <source>The problems could not be read: %1</source>
        <translation>Die Probleme konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Queued again. It will be sent with the next batch.</source>
        <translation>Erneut eingereiht. Es wird mit dem nächsten Stapel gesendet.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Verworfen.</translation>
    </message>
    <message>
        <source>This problem was already handled.</source>
        <translation>Dieses Problem wurde bereits behandelt.</translation>
    </message>
    <message>
        <source>Corrected and queued again.</source>
        <translation>Korrigiert und erneut eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n operation(s) again.</source>
        <translation>
            <numerusform>%n Vorgang erneut eingereiht.</numerusform>
            <numerusform>%n Vorgänge erneut eingereiht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prospector::ui::DesktopNotifier</name>
    <message>
        <source>Prospector keeps running in the tray</source>
        <translation>Prospector läuft im Infobereich weiter</translation>
    </message>
    <message>
        <source>Autopilot goes on with its schedule. Open Prospector from the tray icon; Quit is in its menu. You can change this in Settings › Desktop.</source>
        <translation>Der Autopilot folgt weiter seinem Zeitplan. Öffnen Sie Prospector über das Symbol im Infobereich; „Beenden“ steht in seinem Menü. Ändern können Sie das unter Einstellungen › Desktop.</translation>
    </message>
    <message>
        <source>Autopilot dry run failed</source>
        <translation>Probelauf des Autopiloten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Autopilot run failed</source>
        <translation>Lauf des Autopiloten fehlgeschlagen</translation>
    </message>
    <message>
        <source>Autopilot dry run finished (nothing was sent)</source>
        <translation>Probelauf des Autopiloten beendet (nichts wurde gesendet)</translation>
    </message>
    <message>
        <source>Autopilot run finished</source>
        <translation>Lauf des Autopiloten beendet</translation>
    </message>
    <message>
        <source>An autopilot run waits for your approval</source>
        <translation>Ein Lauf des Autopiloten wartet auf Ihre Freigabe</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>Classified as: %1</source>
        <translation>Eingeordnet als: %1</translation>
    </message>
    <message>
        <source>A service needs a new token</source>
        <translation>Ein Dienst braucht ein neues Token</translation>
    </message>
    <message>
        <source>Explorium credit budget reached</source>
        <translation>Explorium-Credit-Budget erreicht</translation>
    </message>
    <message>
        <source>A service cannot be reached</source>
        <translation>Ein Dienst ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Autopilot ran into a problem</source>
        <translation>Der Autopilot hat ein Problem</translation>
    </message>
    <message>
        <source>Autopilot run paused by the kill switch; it continues when you resume</source>
        <translation>Lauf des Autopiloten durch den Notaus angehalten; er geht weiter, wenn Sie fortsetzen</translation>
    </message>
</context>
<context>
    <name>prospector::ui::FilterValueSource</name>
    <message>
        <source>The filter values could not be read: %1</source>
        <translation>Die Filterwerte konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>prospector::ui::ImportController</name>
    <message>
        <source>There is no saved mapping named %1.</source>
        <translation>Es gibt keine gespeicherte Zuordnung namens %1.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; saved.</source>
        <translation>Zuordnung „%1“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n prospect(s) removed.</source>
        <translation>
            <numerusform>Import rückgängig gemacht: %n Interessent entfernt.</numerusform>
            <numerusform>Import rückgängig gemacht: %n Interessenten entfernt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prospector::ui::PipelineActions</name>
    <message>
        <source>Select prospects first.</source>
        <translation>Wählen Sie zuerst Interessenten aus.</translation>
    </message>
    <message>
        <source>The prospects could not be checked: %1</source>
        <translation>Die Interessenten konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Choose a lemlist campaign first.</source>
        <translation>Wählen Sie zuerst eine lemlist-Kampagne.</translation>
    </message>
    <message numerus="yes">
        <source>Queueing stopped: %1. %n prospect(s) were queued before.</source>
        <translation>
            <numerusform>Einreihen abgebrochen: %1. Zuvor wurde %n Interessent eingereiht.</numerusform>
            <numerusform>Einreihen abgebrochen: %1. Zuvor wurden %n Interessenten eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n prospect(s) were queued before you stopped.</source>
        <translation>
            <numerusform>Abgebrochen. Vorher wurde %n Interessent eingereiht.</numerusform>
            <numerusform>Abgebrochen. Vorher wurden %n Interessenten eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prospect(s) for the lemlist campaign “%1”.</source>
        <translation>
            <numerusform>%n Interessent für die lemlist-Kampagne „%1“ eingereiht.</numerusform>
            <numerusform>%n Interessenten für die lemlist-Kampagne „%1“ eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prospect(s) for HubSpot.</source>
        <translation>
            <numerusform>%n Interessent für HubSpot eingereiht.</numerusform>
            <numerusform>%n Interessenten für HubSpot eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prospect(s) for enrichment.</source>
        <translation>
            <numerusform>%n Interessent zur Anreicherung eingereiht.</numerusform>
            <numerusform>%n Interessenten zur Anreicherung eingereiht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n übersprungen.</numerusform>
            <numerusform>%n übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prospector::ui::ProspectDetail</name>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Notiz bearbeitet</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Notiz gelöscht</translation>
    </message>
</context>
<context>
    <name>prospector::ui::ReviewActions</name>
    <message>
        <source>Select prospects first.</source>
        <translation>Wählen Sie zuerst Interessenten aus.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Das hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>Tagged %1 prospect(s) with “%2”</source>
        <translation>%1 Interessent(en) mit „%2“ getaggt</translation>
    </message>
    <message>
        <source>Removed “%2” from %1 prospect(s)</source>
        <translation>„%2“ von %1 Interessent(en) entfernt</translation>
    </message>
    <message>
        <source>Moved %1 prospect(s) to %2</source>
        <translation>%1 Interessent(en) nach %2 verschoben</translation>
    </message>
    <message>
        <source>Cleared the tier override of %1 prospect(s)</source>
        <translation>Manuelle Stufe von %1 Interessent(en) entfernt</translation>
    </message>
    <message>
        <source>Set the tier of %1 prospect(s) to %2</source>
        <translation>Stufe von %1 Interessent(en) auf %2 gesetzt</translation>
    </message>
    <message>
        <source>Archived %1 prospect(s)</source>
        <translation>%1 Interessent(en) archiviert</translation>
    </message>
    <message>
        <source>Restored %1 prospect(s) from the archive</source>
        <translation>%1 Interessent(en) aus dem Archiv wiederhergestellt</translation>
    </message>
    <message>
        <source>Deleted %1 prospect(s)</source>
        <translation>%1 Interessent(en) gelöscht</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängig fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prospect(s) to %1</source>
        <translation>
            <numerusform>%n Interessent nach %1 exportiert</numerusform>
            <numerusform>%n Interessenten nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Undo cancelled; nothing was restored.</source>
        <translation>Rückgängig machen abgebrochen; es wurde nichts wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::RunAuditModel</name>
    <message>
        <source>create or update the contact</source>
        <translation>Kontakt anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>enroll in the campaign</source>
        <translation>in die Kampagne aufnehmen</translation>
    </message>
    <message>
        <source>enrich the prospect</source>
        <translation>Interessenten anreichern</translation>
    </message>
    <message>
        <source>enrich the company</source>
        <translation>Unternehmen anreichern</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf den Versand</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>sent, outcome being checked</source>
        <translation>gesendet, Ergebnis wird geprüft</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed (see Problems)</source>
        <translation>fehlgeschlagen (siehe Probleme)</translation>
    </message>
    <message>
        <source>failed and discarded</source>
        <translation>fehlgeschlagen und verworfen</translation>
    </message>
    <message>
        <source>(deleted prospect)</source>
        <translation>(gelöschter Interessent)</translation>
    </message>
</context>
<context>
    <name>prospector::ui::SavedViewsModel</name>
    <message>
        <source>Give the view a name.</source>
        <translation>Geben Sie der Ansicht einen Namen.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::ScoringEditor</name>
    <message>
        <source>Title keyword</source>
        <translation>Stichwort in Position</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Hierarchieebene</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Has email</source>
        <translation>Hat E-Mail</translation>
    </message>
    <message>
        <source>Has LinkedIn</source>
        <translation>Hat LinkedIn</translation>
    </message>
    <message>
        <source>Custom field equals</source>
        <translation>Benutzerdef. Feld ist gleich</translation>
    </message>
    <message>
        <source>The saved rules could not be read: %1</source>
        <translation>Gespeicherte Regeln nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Thresholds must satisfy 0 ≤ warm ≤ hot ≤ 100.</source>
        <translation>Für die Schwellenwerte muss gelten: 0 ≤ warm ≤ heiß ≤ 100.</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>Die Regeln konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Rules saved. Rescore to apply them to every prospect.</source>
        <translation>Regeln gespeichert. Neu bewerten, um sie auf alle Interessenten anzuwenden.</translation>
    </message>
    <message>
        <source>Rescoring failed: %1</source>
        <translation>Neubewertung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rescoring stopped after %Ln prospect(s).</source>
        <translation>
            <numerusform>Neubewertung nach %Ln Interessent gestoppt.</numerusform>
            <numerusform>Neubewertung nach %Ln Interessenten gestoppt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rescored %Ln prospect(s).</source>
        <translation>
            <numerusform>%Ln Interessent neu bewertet.</numerusform>
            <numerusform>%Ln Interessenten neu bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>prospector::ui::TrayIcon</name>
    <message>
        <source>Open Prospector</source>
        <translation>Prospector öffnen</translation>
    </message>
    <message>
        <source>Run autopilot now</source>
        <translation>Autopilot jetzt ausführen</translation>
    </message>
    <message>
        <source>Resume autopilot</source>
        <translation>Autopilot fortsetzen</translation>
    </message>
    <message>
        <source>Pause autopilot</source>
        <translation>Autopilot anhalten</translation>
    </message>
    <message>
        <source>Quit Prospector</source>
        <translation>Prospector beenden</translation>
    </message>
    <message>
        <source>Autopilot: %1</source>
        <translation>Autopilot: %1</translation>
    </message>
    <message>
        <source>Prospector</source>
        <translation>Prospector</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Nächster Lauf: %1</translation>
    </message>
</context>
</TS>
