import QtQuick

// The words the pipeline's states are shown with, in one place for the Sync activity panel, the
// dashboard's integration health and the Problems page.
QtObject {
    function time(date) {
        return date ? Qt.formatTime(date, Locale.ShortFormat) : ""
    }

    // One line on what a service is doing now, from a SyncActivity row.
    function activity(s) {
        if (s.paused)
            return s.pauseKind === "no_token" ? qsTr("Paused: no token stored")
                 : s.pauseKind === "refused" ? qsTr("Paused: the token was refused")
                 : s.pauseKind === "stopped" ? qsTr("Stopped for now") : qsTr("Paused")
        if (s.circuit === "open")
            return s.circuitRetryAt ? qsTr("Not answering — next try at %1").arg(time(s.circuitRetryAt))
                                    : qsTr("Not answering")
        if (s.circuit === "half_open")
            return qsTr("Checking whether it answers again")
        if (s.rateLimitedUntil)
            return qsTr("Waiting for the rate limit until %1").arg(time(s.rateLimitedUntil))
        if (s.busy && s.currentBatch > 0)
            return qsTr("Sending a batch of %n", "", s.currentBatch)
        if (s.busy)
            return qsTr("Working")
        if (s.rateLimitQueued > 0)
            return qsTr("Waiting for the rate limit")
        if (s.queued + s.checking > 0 && s.nextAttemptAt)
            return qsTr("Next attempt at %1").arg(time(s.nextAttemptAt))
        return qsTr("Idle")
    }

    function circuit(state) {
        return state === "open" ? qsTr("not answering")
             : state === "half_open" ? qsTr("recovering") : qsTr("healthy")
    }

    function failure(kind, attempts) {
        switch (kind) {
        case "validation": return qsTr("The service refused the data")
        case "auth": return qsTr("The token was refused")
        case "permission": return qsTr("The token lacks a permission")
        case "not_found": return qsTr("Not found at the service")
        case "exhausted": return qsTr("Gave up after %n attempt(s)", "", attempts)
        case "suppressed": return qsTr("Must not be contacted (opted out, unsubscribed, bounced or do not contact)")
        case "answer_lost": return qsTr("The answer was lost after Explorium charged for it; a retry pays again")
        case "match_error": return qsTr("Explorium could not match this prospect")
        }
        return qsTr("Failed")
    }

    function operation(service, kind, campaign) {
        if (service === "hubspot")
            return kind === "upsert_contact" ? qsTr("Sync contact to HubSpot") : qsTr("HubSpot update")
        if (service === "lemlist")
            return campaign ? qsTr("Enroll in lemlist campaign %1").arg(campaign) : qsTr("Enroll in lemlist")
        if (service === "explorium")
            return qsTr("Enrich with Explorium")
        return service
    }
}
