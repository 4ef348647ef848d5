<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityChart</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>Enrichi</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Activity over the last 30 days</source>
        <translation>Activité des 30 derniers jours</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>%1 rejected the API key or token. Check that it is correct and has not expired.</source>
        <translation>%1 a refusé la clé d’API ou le jeton. Vérifiez qu’il est correct et n’a pas expiré.</translation>
    </message>
    <message>
        <source>%1 accepted the key but refused this operation (missing permission, scope or credits).</source>
        <translation>%1 a accepté la clé mais refusé cette opération (autorisation, portée ou crédits manquants).</translation>
    </message>
    <message>
        <source>%1 refused the request as invalid.</source>
        <translation>%1 a refusé la requête comme non valide.</translation>
    </message>
    <message>
        <source>%1 could not find the requested record.</source>
        <translation>%1 n’a pas trouvé l’enregistrement demandé.</translation>
    </message>
    <message>
        <source>The record already exists in %1.</source>
        <translation>L’enregistrement existe déjà dans %1.</translation>
    </message>
    <message>
        <source>%1 is limiting the request rate. Prospector will slow down and try again.</source>
        <translation>%1 limite le débit des requêtes. Prospector va ralentir et réessayer.</translation>
    </message>
    <message>
        <source>%1 had a server problem. Try again later.</source>
        <translation>%1 a rencontré un problème de serveur. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the network connection and the server address.</source>
        <translation>Impossible de joindre %1. Vérifiez la connexion réseau et l’adresse du serveur.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1 sent a response Prospector could not understand.</source>
        <translation>%1 a envoyé une réponse que Prospector ne comprend pas.</translation>
    </message>
    <message>
        <source>%1 is temporarily paused after repeated failures. Prospector will retry automatically.</source>
        <translation>%1 est temporairement en pause après des échecs répétés. Prospector réessaiera automatiquement.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La requête vers %1 a été annulée.</translation>
    </message>
</context>
<context>
    <name>Autopilot</name>
    <message>
        <source>The run stopped without finishing.</source>
        <translation type="vanished">L’exécution s’est arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>This run no longer holds the autopilot lock.</source>
        <translation type="vanished">Cette exécution ne détient plus le verrou du pilote automatique.</translation>
    </message>
    <message>
        <source>A finished run needs a final status.</source>
        <translation type="vanished">Une exécution terminée doit avoir un statut final.</translation>
    </message>
    <message>
        <source>Invalid autopilot setting: %1</source>
        <translation>Réglage du pilote automatique invalide : %1</translation>
    </message>
    <message>
        <source>The stored autopilot settings are corrupt.</source>
        <translation>Les réglages enregistrés du pilote automatique sont corrompus.</translation>
    </message>
    <message>
        <source>Could not count today&apos;s writes.</source>
        <translation>Impossible de compter les écritures d’aujourd’hui.</translation>
    </message>
    <message>
        <source>Could not read today&apos;s usage: %1</source>
        <translation>Impossible de lire l’utilisation d’aujourd’hui : %1</translation>
    </message>
    <message>
        <source>Could not check the suppression list: %1</source>
        <translation>Impossible de vérifier la liste d’exclusion : %1</translation>
    </message>
    <message>
        <source>This run is no longer executed by this process.</source>
        <translation>Cette exécution n&apos;est plus menée par ce processus.</translation>
    </message>
    <message>
        <source>There is no autopilot run %1.</source>
        <translation>Il n&apos;existe aucune exécution du pilote automatique %1.</translation>
    </message>
    <message>
        <source>Run %1 cannot be continued: it is no longer %2.</source>
        <translation>L&apos;exécution %1 ne peut pas être poursuivie : elle n&apos;est plus %2.</translation>
    </message>
    <message>
        <source>A run can only leave &apos;running&apos; for another state.</source>
        <translation>Une exécution ne peut quitter « running » que pour un autre état.</translation>
    </message>
    <message>
        <source>Run %1 is not waiting for approval.</source>
        <translation>L&apos;exécution %1 n&apos;attend pas d&apos;approbation.</translation>
    </message>
    <message>
        <source>Run %1 waits for your approval.</source>
        <translation>L&apos;exécution %1 attend votre approbation.</translation>
    </message>
    <message>
        <source>An autopilot run is in progress.</source>
        <translation>Une exécution du pilote automatique est en cours.</translation>
    </message>
    <message>
        <source>Autopilot is paused. Resume it first.</source>
        <translation>Le pilote automatique est en pause. Reprenez-le d’abord.</translation>
    </message>
    <message>
        <source>Another autopilot run is in progress.</source>
        <translation>Une autre exécution du pilote automatique est en cours.</translation>
    </message>
    <message>
        <source>Rejected: nothing more was done.</source>
        <translation>Refusée : rien de plus n&apos;a été fait.</translation>
    </message>
    <message>
        <source>lemlist activities could not be read: %1</source>
        <translation>Les activités lemlist n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The saved view autopilot works on no longer exists. Choose another one.</source>
        <translation>La vue enregistrée utilisée par le pilote automatique n&apos;existe plus. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Unknown run step: %1</source>
        <translation>Étape d&apos;exécution inconnue : %1</translation>
    </message>
    <message numerus="yes">
        <source>The daily Explorium credit budget is reached; %n prospect(s) were not enriched.</source>
        <translation>
            <numerusform>Le budget quotidien de crédits Explorium est atteint ; %n prospect n&apos;a pas été enrichi.</numerusform>
            <numerusform>Le budget quotidien de crédits Explorium est atteint ; %n prospects n&apos;ont pas été enrichis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused the stored token (%2). Store a new one in Settings › Services; %n write(s) wait in the outbox.</source>
        <translation type="vanished">
            <numerusform>%1 a refusé le jeton enregistré (%2). Enregistrez-en un nouveau dans Paramètres › Services ; %n écriture attend dans la file d&apos;envoi.</numerusform>
            <numerusform>%1 a refusé le jeton enregistré (%2). Enregistrez-en un nouveau dans Paramètres › Services ; %n écritures attendent dans la file d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 could not be reached; %n write(s) wait in the outbox and go out later.</source>
        <translation>
            <numerusform>%1 n&apos;a pas pu être joint ; %n écriture attend dans la file d&apos;envoi et partira plus tard.</numerusform>
            <numerusform>%1 n&apos;a pas pu être joint ; %n écritures attendent dans la file d&apos;envoi et partiront plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; %n write(s) wait in the outbox.</source>
        <translation>
            <numerusform>%1 : %2 ; %n écriture attend dans la file d&apos;envoi.</numerusform>
            <numerusform>%1 : %2 ; %n écritures attendent dans la file d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped by the kill switch at: %1.</source>
        <translation>Arrêtée par l&apos;interrupteur d&apos;arrêt à l&apos;étape : %1.</translation>
    </message>
    <message>
        <source>The autopilot lock file %1 cannot be written.</source>
        <translation>Le fichier de verrou du pilote automatique %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>Enrichment is not available in this version.</source>
        <translation>L&apos;enrichissement n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>No lemlist campaign is chosen for autopilot.</source>
        <translation>Aucune campagne lemlist n&apos;est choisie pour le pilote automatique.</translation>
    </message>
    <message>
        <source>Could not check the credit budget: %1</source>
        <translation>Le budget de crédits n&apos;a pas pu être vérifié : %1</translation>
    </message>
    <message>
        <source>Selecting prospects</source>
        <translation>Sélection des prospects</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Enrichissement</translation>
    </message>
    <message>
        <source>Rescoring</source>
        <translation>Nouveau calcul des scores</translation>
    </message>
    <message>
        <source>HubSpot sync</source>
        <translation>Synchronisation HubSpot</translation>
    </message>
    <message>
        <source>lemlist enrollment</source>
        <translation>Inscription lemlist</translation>
    </message>
    <message>
        <source>Reply tracking</source>
        <translation>Suivi des réponses</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n write(s) failed for good; they are listed under Problems.</source>
        <translation>
            <numerusform>%1 : %n écriture a échoué définitivement ; elle figure dans Problèmes.</numerusform>
            <numerusform>%1 : %n écritures ont échoué définitivement ; elles figurent dans Problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run would enroll %n prospect(s) in the lemlist campaign &quot;%1&quot;: %2.</source>
        <translation>
            <numerusform>Cette exécution inscrirait %n prospect dans la campagne lemlist « %1 » : %2.</numerusform>
            <numerusform>Cette exécution inscrirait %n prospects dans la campagne lemlist « %1 » : %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run would enrich %n prospect(s) with Explorium for about %1 credits (runs above %2 credits wait for your approval).</source>
        <translation>
            <numerusform>Cette exécution enrichirait %n prospect avec Explorium pour environ %1 crédits (au-delà de %2 crédits, une exécution attend votre approbation).</numerusform>
            <numerusform>Cette exécution enrichirait %n prospects avec Explorium pour environ %1 crédits (au-delà de %2 crédits, une exécution attend votre approbation).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 operations cannot be sent by this version.</source>
        <translation>Les opérations %1 ne peuvent pas être envoyées par cette version.</translation>
    </message>
    <message>
        <source>%1 refused the stored token (%2). Store a new one in Settings › Services; the refused writes are listed under Problems.</source>
        <translation type="vanished">%1 a refusé le jeton enregistré (%2). Enregistrez-en un nouveau dans Paramètres › Services ; les écritures refusées figurent dans Problèmes.</translation>
    </message>
    <message>
        <source>no token is stored for %1</source>
        <translation>aucun jeton n&apos;est enregistré pour %1</translation>
    </message>
    <message>
        <source>%1 cannot be used (%2). Check its token in Settings › Services; the refused writes are listed under Problems.</source>
        <translation>%1 ne peut pas être utilisé (%2). Vérifiez son jeton dans Paramètres › Services ; les écritures refusées figurent dans Problèmes.</translation>
    </message>
    <message numerus="yes">
        <source>%1 cannot be used (%2). Check its token in Settings › Services; %n write(s) wait in the outbox.</source>
        <translation>
            <numerusform>%1 ne peut pas être utilisé (%2). Vérifiez son jeton dans Paramètres › Services ; %n écriture attend dans la file d&apos;envoi.</numerusform>
            <numerusform>%1 ne peut pas être utilisé (%2). Vérifiez son jeton dans Paramètres › Services ; %n écritures attendent dans la file d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync engine is not running.</source>
        <translation>Le moteur de synchronisation ne tourne pas.</translation>
    </message>
    <message>
        <source>The writes were not settled in time; they stay queued and are sent when their retry is due.</source>
        <translation>Les écritures n&apos;ont pas abouti à temps ; elles restent en file et seront envoyées à leur prochaine tentative.</translation>
    </message>
    <message>
        <source>The services cannot be reached (offline).</source>
        <translation>Les services sont injoignables (hors ligne).</translation>
    </message>
</context>
<context>
    <name>AutopilotApprovalCard</name>
    <message>
        <source>A run waits for your approval</source>
        <translation>Une exécution attend votre accord</translation>
    </message>
    <message>
        <source>Nothing is sent until you decide. Rejecting ends this run; the next scheduled run asks again if it is still needed.</source>
        <translation>Rien n’est envoyé avant votre décision. Refuser termine cette exécution ; la prochaine exécution planifiée redemandera si besoin.</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>AutopilotCommand</name>
    <message>
        <source>Autopilot: status, pause, resume, or run-once --dry-run to see what a run would do.</source>
        <translation type="vanished">Pilote automatique : status, pause, resume, ou run-once --dry-run pour voir ce que ferait une exécution.</translation>
    </message>
    <message>
        <source>run-once: report what would happen; write nothing remote.</source>
        <translation>run-once : indiquer ce qui se passerait ; ne rien écrire à distance.</translation>
    </message>
    <message>
        <source>run-once --dry-run: plan as if it were &lt;time&gt; (ISO 8601, e.g. 2026-11-23T10:00:00Z).</source>
        <translation>run-once --dry-run : planifier comme s’il était &lt;time&gt; (ISO 8601, p. ex. 2026-11-23T10:00:00Z).</translation>
    </message>
    <message>
        <source>Usage: prospector autopilot status|pause|resume|run-once [--dry-run]
</source>
        <translation type="vanished">Usage : prospector autopilot status|pause|resume|run-once [--dry-run]
</translation>
    </message>
    <message>
        <source>Unknown autopilot action: %1
</source>
        <translation>Action du pilote automatique inconnue : %1
</translation>
    </message>
    <message>
        <source>Autopilot is off.</source>
        <translation>Le pilote automatique est désactivé.</translation>
    </message>
    <message>
        <source>Autopilot is paused.</source>
        <translation>Le pilote automatique est en pause.</translation>
    </message>
    <message>
        <source>Autopilot is on.</source>
        <translation>Le pilote automatique est activé.</translation>
    </message>
    <message>
        <source>Last run started: %1</source>
        <translation>Dernière exécution lancée : %1</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Prochaine exécution : %1</translation>
    </message>
    <message>
        <source>Last report (%1%2): %3 selected, %4 synced, %5 enrolled, %6 skipped</source>
        <translation type="vanished">Dernier rapport (%1%2) : %3 sélectionnés, %4 synchronisés, %5 inscrits, %6 ignorés</translation>
    </message>
    <message>
        <source>, dry run</source>
        <translation>, simulation</translation>
    </message>
    <message>
        <source>Autopilot paused.</source>
        <translation type="vanished">Pilote automatique mis en pause.</translation>
    </message>
    <message>
        <source>Autopilot resumed.</source>
        <translation type="vanished">Pilote automatique relancé.</translation>
    </message>
    <message>
        <source>Only a dry run is available from the command line so far: use `prospector autopilot run-once --dry-run`.
</source>
        <translation type="vanished">Seule une simulation est disponible en ligne de commande pour l’instant : utilisez `prospector autopilot run-once --dry-run`.
</translation>
    </message>
    <message>
        <source>--at needs an ISO 8601 time, e.g. 2026-11-23T10:00:00Z
</source>
        <translation>--at attend une heure ISO 8601, p. ex. 2026-11-23T10:00:00Z
</translation>
    </message>
    <message>
        <source>Another autopilot run is in progress.
</source>
        <translation type="vanished">Une autre exécution du pilote automatique est en cours.
</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>Simulation : rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Sélectionnés : %1</translation>
    </message>
    <message>
        <source>Would sync to HubSpot: %1</source>
        <translation>Seraient synchronisés avec HubSpot : %1</translation>
    </message>
    <message>
        <source>Would enroll in lemlist: %1</source>
        <translation>Seraient inscrits dans lemlist : %1</translation>
    </message>
    <message>
        <source>Skipped (%1): %2</source>
        <translation>Ignorés (%1) : %2</translation>
    </message>
    <message>
        <source>A real run would wait for your approval first.</source>
        <translation>Une vraie exécution attendrait d’abord votre approbation.</translation>
    </message>
    <message>
        <source>Autopilot: status, pause, resume, run-once [--dry-run], approve or reject a waiting run, audit a run&apos;s external writes.</source>
        <translation>Pilote automatique : status, pause, resume, run-once [--dry-run], approuver ou refuser une exécution en attente (approve, reject), auditer les écritures externes d&apos;une exécution (audit).</translation>
    </message>
    <message>
        <source>Run %1 waits for your approval: %2</source>
        <translation>L&apos;exécution %1 attend votre approbation : %2</translation>
    </message>
    <message>
        <source>Decide with `prospector autopilot approve %1` or `prospector autopilot reject %1`.</source>
        <translation>Décidez avec `prospector autopilot approve %1` ou `prospector autopilot reject %1`.</translation>
    </message>
    <message>
        <source>Run %1 is %2 (step: %3).</source>
        <translation>L&apos;exécution %1 est %2 (étape : %3).</translation>
    </message>
    <message>
        <source>Last report:</source>
        <translation>Dernier rapport :</translation>
    </message>
    <message>
        <source>Autopilot paused. A run in progress stops at its next safe point.</source>
        <translation>Pilote automatique en pause. Une exécution en cours s&apos;arrête à son prochain point sûr.</translation>
    </message>
    <message>
        <source>Autopilot resumed. A run the kill switch stopped continues with the next run-once, or at once in the app.</source>
        <translation>Pilote automatique repris. Une exécution arrêtée par l&apos;interrupteur d&apos;arrêt reprend au prochain run-once, ou aussitôt dans l&apos;application.</translation>
    </message>
    <message>
        <source>Would enrich with Explorium: %1 (%2 from the cache, about %3 credits)</source>
        <translation>Enrichirait avec Explorium : %1 (%2 depuis le cache, environ %3 crédits)</translation>
    </message>
    <message>
        <source>Problem (%1): %2</source>
        <translation>Problème (%1) : %2</translation>
    </message>
    <message>
        <source>Reply from %1: %2</source>
        <translation>Réponse de %1 : %2</translation>
    </message>
    <message>
        <source>Autopilot run %1 started.</source>
        <translation>Exécution %1 du pilote automatique démarrée.</translation>
    </message>
    <message>
        <source>Usage: prospector autopilot status|pause|resume|run-once [--dry-run]|approve RUN_ID|reject RUN_ID|audit RUN_ID
</source>
        <translation>Usage : prospector autopilot status|pause|resume|run-once [--dry-run]|approve ID_EXECUTION|reject ID_EXECUTION|audit ID_EXECUTION
</translation>
    </message>
    <message>
        <source>Run %1 (%2%3): %4 selected, %5 enriched (%6 from the cache), %7 rescored, %8 synced, %9 enrolled</source>
        <translation>Exécution %1 (%2%3) : %4 sélectionnés, %5 enrichis (%6 depuis le cache), %7 réévalués, %8 synchronisés, %9 inscrits</translation>
    </message>
    <message>
        <source>Replies: %1, credits: %2, skipped: %3, took %4 s</source>
        <translation>Réponses : %1, crédits : %2, ignorés : %3, durée %4 s</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Étape : %1</translation>
    </message>
</context>
<context>
    <name>AutopilotOptIn</name>
    <message>
        <source>Turn on autopilot?</source>
        <translation>Activer le pilote automatique ?</translation>
    </message>
    <message>
        <source>Autopilot works on its own, even while the window is closed, and writes to HubSpot and lemlist on your behalf:</source>
        <translation>Le pilote automatique travaille seul, même fenêtre fermée, et écrit dans HubSpot et lemlist en votre nom :</translation>
    </message>
    <message>
        <source>Your unsaved changes are saved when you turn it on.</source>
        <translation>Vos modifications non enregistrées sont enregistrées à l’activation.</translation>
    </message>
    <message>
        <source>I understand that autopilot contacts prospects for me within these limits.</source>
        <translation>Je comprends que le pilote automatique contacte des prospects pour moi dans ces limites.</translation>
    </message>
    <message>
        <source>Turn on autopilot</source>
        <translation>Activer le pilote automatique</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>AutopilotPage</name>
    <message>
        <source>Autopilot</source>
        <translation>Pilote automatique</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="vanished">Désactivé</translation>
    </message>
    <message>
        <source>Autopilot is off</source>
        <translation type="vanished">Le pilote automatique est désactivé</translation>
    </message>
    <message>
        <source>Autopilot can enrich, sync and enroll qualified prospects on a schedule, within daily caps and with your approval for large runs. It never runs until you switch it on.</source>
        <translation>Le pilote automatique peut enrichir, synchroniser et inscrire les prospects qualifiés selon un planning, dans des plafonds quotidiens et avec votre accord pour les gros lots. Il ne démarre jamais tant que vous ne l’activez pas.</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Prochaine exécution : %1</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <source>Shows what a run would do, without sending anything</source>
        <translation>Montre ce que ferait une exécution, sans rien envoyer</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Exécuter maintenant</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Runs start again on schedule</source>
        <translation>Les exécutions reprennent selon le planning</translation>
    </message>
    <message>
        <source>Kill switch: no run starts, a running one stops at its next safe point</source>
        <translation>Arrêt d’urgence : aucune exécution ne démarre, celle en cours s’arrête au prochain point sûr</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation>Activer…</translation>
    </message>
</context>
<context>
    <name>AutopilotRunHistory</name>
    <message>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>No runs yet. A dry run shows what autopilot would do without sending anything.</source>
        <translation>Aucune exécution pour l’instant. Un essai à blanc montre ce que ferait le pilote automatique sans rien envoyer.</translation>
    </message>
    <message>
        <source>dry run</source>
        <translation>essai à blanc</translation>
    </message>
    <message>
        <source>%1 selected · %2 synced · %3 enrolled · %4 skipped</source>
        <translation>%1 sélectionnés · %2 synchronisés · %3 inscrits · %4 ignorés</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélectionnés</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>Enrichis</translation>
    </message>
    <message>
        <source>Served from the cache</source>
        <translation>Servis par le cache</translation>
    </message>
    <message>
        <source>Synced to HubSpot</source>
        <translation>Synchronisés avec HubSpot</translation>
    </message>
    <message>
        <source>Enrolled in lemlist</source>
        <translation>Inscrits dans lemlist</translation>
    </message>
    <message>
        <source>Credits used</source>
        <translation>Crédits utilisés</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>External writes</source>
        <translation>Écritures vers d&apos;autres services</translation>
    </message>
    <message>
        <source>Hide the list</source>
        <translation>Masquer la liste</translation>
    </message>
    <message>
        <source>Show the list</source>
        <translation>Afficher la liste</translation>
    </message>
    <message>
        <source>This run wrote nothing to another service.</source>
        <translation>Cette exécution n&apos;a rien écrit vers un autre service.</translation>
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
        <translation>du lundi au vendredi</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
</context>
<context>
    <name>AutopilotSettingsForm</name>
    <message>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Une fois par jour</translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation>Toutes les quelques minutes</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Les</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Enrich with Explorium (firmographics, contact data; costs credits)</source>
        <translation>Enrichir avec Explorium (données d’entreprise, coordonnées ; coûte des crédits)</translation>
    </message>
    <message>
        <source>Rescore with the ICP rules</source>
        <translation>Recalculer le score avec les règles ICP</translation>
    </message>
    <message>
        <source>Sync qualified prospects to HubSpot</source>
        <translation>Synchroniser les prospects qualifiés avec HubSpot</translation>
    </message>
    <message>
        <source>Enroll them in the lemlist campaign</source>
        <translation>Les inscrire dans la campagne lemlist</translation>
    </message>
    <message>
        <source>Track replies, bounces and unsubscribes</source>
        <translation>Suivre les réponses, rebonds et désinscriptions</translation>
    </message>
    <message>
        <source>lemlist campaign ID</source>
        <translation>ID de campagne lemlist</translation>
    </message>
    <message>
        <source>e.g. cam_123abc</source>
        <translation>p. ex. cam_123abc</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>shown in summaries</source>
        <translation>affiché dans les résumés</translation>
    </message>
    <message>
        <source>lemlist campaign name</source>
        <translation>Nom de la campagne lemlist</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>Garde-fous</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Score minimum</translation>
    </message>
    <message>
        <source>Prospects per run, at most</source>
        <translation>Prospects par exécution, au plus</translation>
    </message>
    <message>
        <source>Enrichments per day, at most</source>
        <translation>Enrichissements par jour, au plus</translation>
    </message>
    <message>
        <source>Explorium credits per day, at most</source>
        <translation>Crédits Explorium par jour, au plus</translation>
    </message>
    <message>
        <source>New HubSpot contacts per day, at most</source>
        <translation>Nouveaux contacts HubSpot par jour, au plus</translation>
    </message>
    <message>
        <source>lemlist enrollments per day, at most</source>
        <translation>Inscriptions lemlist par jour, au plus</translation>
    </message>
    <message>
        <source>Ask for approval above this many enrollments in one run</source>
        <translation>Demander mon accord au-delà de ce nombre d’inscriptions par exécution</translation>
    </message>
    <message>
        <source>Ask for approval above this many credits in one run</source>
        <translation>Demander mon accord au-delà de ce nombre de crédits par exécution</translation>
    </message>
    <message>
        <source>Enroll only during business hours (in the prospect&apos;s time zone when known)</source>
        <translation>N’inscrire que pendant les heures ouvrées (dans le fuseau horaire du prospect s’il est connu)</translation>
    </message>
    <message>
        <source>Business hours from</source>
        <translation>Heures ouvrées de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>Jours ouvrés</translation>
    </message>
    <message>
        <source>Every prospect also needs a valid e-mail address, and no one on the suppression list (unsubscribed, bounced, opted out) is ever contacted.</source>
        <translation>Chaque prospect doit aussi avoir une adresse e-mail valide, et personne sur la liste d’exclusion (désinscrit, rebond, opposition) n’est jamais contacté.</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
</context>
<context>
    <name>AutopilotText</name>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>On, waiting for the next run</source>
        <translation>Activé, en attente de la prochaine exécution</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Needs your attention</source>
        <translation>Requiert votre attention</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>demain à %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
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
        <translation>en cours</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>en attente d’accord</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>stopped by the kill switch</source>
        <translation>arrêtée par l’arrêt d’urgence</translation>
    </message>
    <message>
        <source>score below the minimum</source>
        <translation>score inférieur au minimum</translation>
    </message>
    <message>
        <source>no valid e-mail address</source>
        <translation>pas d’adresse e-mail valide</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>sur la liste d’exclusion</translation>
    </message>
    <message>
        <source>daily cap reached</source>
        <translation>plafond journalier atteint</translation>
    </message>
    <message>
        <source>outside business hours</source>
        <translation>en dehors des heures ouvrées</translation>
    </message>
    <message>
        <source>credit budget reached</source>
        <translation>budget de crédits atteint</translation>
    </message>
    <message>
        <source>interested</source>
        <translation>intéressé</translation>
    </message>
    <message>
        <source>not interested</source>
        <translation>pas intéressé</translation>
    </message>
    <message>
        <source>asks for information</source>
        <translation>demande des informations</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutre</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>%1 cannot be removed: %2</source>
        <translation>%1 ne peut pas être supprimé : %2</translation>
    </message>
    <message>
        <source>The Windows start-up entry cannot be changed.</source>
        <translation>L’entrée de démarrage de Windows ne peut pas être modifiée.</translation>
    </message>
</context>
<context>
    <name>BulkActionBar</name>
    <message numerus="yes">
        <source>All %Ln prospect(s) in this view</source>
        <translation>
            <numerusform>Le %Ln prospect de cette vue</numerusform>
            <numerusform>Les %Ln prospects de cette vue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln sélectionné</numerusform>
            <numerusform>%Ln sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole view</source>
        <translation>Toute la vue</translation>
    </message>
    <message>
        <source>Apply to every prospect in the filtered view</source>
        <translation>Appliquer à tous les prospects de la vue filtrée</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <source>Tag to add or remove</source>
        <translation>Étiquette à ajouter ou retirer</translation>
    </message>
    <message>
        <source>Add tag to prospects</source>
        <translation>Ajouter l’étiquette aux prospects</translation>
    </message>
    <message>
        <source>Untag</source>
        <translation>Retirer l’étiquette</translation>
    </message>
    <message>
        <source>Remove tag from prospects</source>
        <translation>Retirer l’étiquette des prospects</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>Définir l’étape</translation>
    </message>
    <message>
        <source>Set stage…</source>
        <translation>Définir l’étape…</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">Nouveau</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation type="vanished">Enrichi</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="vanished">Qualifié</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="vanished">Synchronisé</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="vanished">Inscrit</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="vanished">A répondu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="vanished">Rendez-vous</translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="vanished">Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="vanished">Perdu</translation>
    </message>
    <message>
        <source>Override tier</source>
        <translation>Forcer le niveau</translation>
    </message>
    <message>
        <source>Set tier…</source>
        <translation>Définir le niveau…</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="vanished">Chaud</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="vanished">Tiède</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="vanished">Froid</translation>
    </message>
    <message>
        <source>Clear override</source>
        <translation>Annuler le forçage</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete prospects</source>
        <translation>Supprimer les prospects</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export the view to CSV</source>
        <translation>Exporter la vue en CSV</translation>
    </message>
    <message>
        <source>Excel BOM</source>
        <translation>BOM Excel</translation>
    </message>
    <message>
        <source>Write a byte order mark so Excel reads UTF-8</source>
        <translation>Écrire un BOM pour qu’Excel lise l’UTF-8</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <source>Delete prospects?</source>
        <translation>Supprimer les prospects&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n prospect(s) with their notes, tags and timeline? You can undo this with Ctrl+Z.</source>
        <translation>
            <numerusform>Supprimer %n prospect avec ses notes, étiquettes et historique&#xa0;? Vous pouvez annuler avec Ctrl+Z.</numerusform>
            <numerusform>Supprimer %n prospects avec leurs notes, étiquettes et historique&#xa0;? Vous pouvez annuler avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export prospects to CSV</source>
        <translation>Exporter les prospects en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Enrich…</source>
        <translation>Enrichir…</translation>
    </message>
    <message>
        <source>Enrich prospects with Explorium</source>
        <translation>Enrichir les prospects avec Explorium</translation>
    </message>
    <message>
        <source>Sync to HubSpot…</source>
        <translation>Synchroniser avec HubSpot…</translation>
    </message>
    <message>
        <source>Sync prospects to HubSpot</source>
        <translation>Synchroniser les prospects avec HubSpot</translation>
    </message>
    <message>
        <source>Enroll in lemlist…</source>
        <translation>Inscrire dans lemlist…</translation>
    </message>
    <message>
        <source>Enroll prospects in a lemlist campaign</source>
        <translation>Inscrire les prospects dans une campagne lemlist</translation>
    </message>
    <message>
        <source>All of the more than %L1 prospects in this view</source>
        <translation>Tous les plus de %L1 prospects de cette vue</translation>
    </message>
    <message>
        <source>Delete the more than %L1 prospects of this view with their notes, tags and timeline? You can undo this with Ctrl+Z.</source>
        <translation>Supprimer les plus de %L1 prospects de cette vue avec leurs notes, étiquettes et historique ? Vous pouvez annuler avec Ctrl+Z.</translation>
    </message>
</context>
<context>
    <name>BulkEditor</name>
    <message>
        <source>A tag needs a name.</source>
        <translation>Une étiquette doit avoir un nom.</translation>
    </message>
    <message>
        <source>Tag %n prospect(s) with “%1”</source>
        <translation>Étiqueter %n prospect(s) avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Tagged “%1”</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» ajoutée</translation>
    </message>
    <message>
        <source>Remove tag “%1” from %n prospect(s)</source>
        <translation>Retirer l’étiquette «&#xa0;%1&#xa0;» de %n prospect(s)</translation>
    </message>
    <message>
        <source>Untagged “%1”</source>
        <translation>Étiquette «&#xa0;%1&#xa0;» retirée</translation>
    </message>
    <message>
        <source>Unknown stage: %1</source>
        <translation>Étape inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Set stage to %1 on %n prospect(s)</source>
        <translation>Passer %n prospect(s) à l’étape %1</translation>
    </message>
    <message>
        <source>Stage set to %1</source>
        <translation>Étape définie sur %1</translation>
    </message>
    <message>
        <source>Unknown tier: %1</source>
        <translation>Niveau inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Clear the tier override of %n prospect(s)</source>
        <translation>Annuler le niveau forcé de %n prospect(s)</translation>
    </message>
    <message>
        <source>Set tier to %1 on %n prospect(s)</source>
        <translation>Passer %n prospect(s) au niveau %1</translation>
    </message>
    <message>
        <source>Tier override cleared</source>
        <translation>Niveau forcé annulé</translation>
    </message>
    <message>
        <source>Tier set to %1</source>
        <translation>Niveau défini sur %1</translation>
    </message>
    <message>
        <source>Archive %n prospect(s)</source>
        <translation>Archiver %n prospect(s)</translation>
    </message>
    <message>
        <source>Unarchive %n prospect(s)</source>
        <translation>Désarchiver %n prospect(s)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <source>Unarchived</source>
        <translation>Désarchivés</translation>
    </message>
    <message>
        <source>Delete %n prospect(s)</source>
        <translation>Supprimer %n prospect(s)</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <source>The index %1 cannot be rebuilt because two prospects share its key.</source>
        <translation>L’index %1 ne peut pas être reconstruit, car deux prospects ont la même clé.</translation>
    </message>
</context>
<context>
    <name>BulkProgress</name>
    <message>
        <source>Working… %1%</source>
        <translation>En cours… %1 %</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Progress of the bulk action</source>
        <translation>Progression de l’action groupée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the bulk action</source>
        <translation>Annuler l’action groupée</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Keep the database, logs and reports in &lt;dir&gt;.</source>
        <translation>Conserver la base de données, les journaux et les rapports dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Log level: trace, debug, info, warn, error.</source>
        <translation>Niveau de journalisation : trace, debug, info, warn, error.</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>Use the built-in simulators of HubSpot, lemlist and Explorium.</source>
        <translation>Utiliser les simulateurs intégrés de HubSpot, lemlist et Explorium.</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Produire du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Usage: prospector [options] [command] [command options]

Without a command, Prospector opens its window.

Commands:
</source>
        <translation>Utilisation : prospector [options] [commande] [options de la commande]

Sans commande, Prospector ouvre sa fenêtre.

Commandes :
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
Options globales :
  --data-dir DIR    conserver les données dans DIR (aussi : variable d’environnement PROSPECTOR_DATA_DIR)
  --log-level LVL   trace, debug, info, warn, error
  --sandbox         utiliser les simulateurs intégrés des trois services
  --json            sortie lisible par une machine
  --version, --help

Codes de sortie : 0 succès, 1 échec, 2 erreur d’utilisation.
« prospector COMMANDE --help » affiche les options d’une commande.
</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l’aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Usage: prospector %1 [options]
%2

</source>
        <translation>Utilisation : prospector %1 [options]
%2

</translation>
    </message>
    <message>
        <source>No command given.
</source>
        <translation>Aucune commande indiquée.
</translation>
    </message>
    <message>
        <source>Unknown command: %1
</source>
        <translation>Commande inconnue : %1
</translation>
    </message>
    <message>
        <source>Updating the prospect database for this version of Prospector (once; up to a minute for a large database)…</source>
        <translation>Mise à jour de la base de prospects pour cette version de Prospector (une seule fois ; jusqu’à une minute pour une grande base)…</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>No %1 token is stored. Enter one first.</source>
        <translation>Aucun jeton %1 n’est enregistré. Saisissez-en un d’abord.</translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message>
        <source>Service tokens in the keychain: set SERVICE (token on stdin), status, clear [SERVICE].</source>
        <translation>Jetons des services dans le trousseau : set SERVICE (jeton sur l’entrée standard), status, clear [SERVICE].</translation>
    </message>
    <message>
        <source>set, status or clear.</source>
        <translation>set, status ou clear.</translation>
    </message>
    <message>
        <source>With set: when no keychain is available, store tokens in an unencrypted owner-only file (explicit opt-in).</source>
        <translation>Avec set : sans trousseau disponible, enregistrer les jetons dans un fichier non chiffré lisible par le seul propriétaire (accord explicite).</translation>
    </message>
    <message>
        <source>Too many arguments. The token is read from standard input, never from the command line.</source>
        <translation>Trop d’arguments. Le jeton est lu sur l’entrée standard, jamais sur la ligne de commande.</translation>
    </message>
    <message>
        <source>Unknown service &apos;%1&apos;; use one of %2.</source>
        <translation>Service inconnu « %1 » ; utilisez l’un de %2.</translation>
    </message>
    <message>
        <source>Which service? Use: credentials set %1</source>
        <translation>Quel service ? Utilisation : credentials set %1</translation>
    </message>
    <message>
        <source>status takes no service.</source>
        <translation>status n’attend aucun service.</translation>
    </message>
    <message>
        <source>Missing action.</source>
        <translation>Action manquante.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;.</source>
        <translation>Action inconnue « %1 ».</translation>
    </message>
    <message>
        <source>Use: credentials set %1 | status | clear [SERVICE]</source>
        <translation>Utilisation : credentials set %1 | status | clear [SERVICE]</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>Unknown export column: %1</source>
        <translation>Colonne d’exportation inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Impossible d’écrire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) in your local database</source>
        <translation type="vanished">
            <numerusform>%n prospect dans votre base locale</numerusform>
            <numerusform>%n prospects dans votre base locale</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Prospector</source>
        <translation>Bienvenue dans Prospector</translation>
    </message>
    <message>
        <source>Drop a CSV of prospects anywhere on this window to start, or try the bundled sample prospects. Start Prospector with --sandbox to try enrichment, HubSpot sync and lemlist enrollment against built-in simulators — no accounts needed.</source>
        <translation>Déposez un fichier CSV de prospects n’importe où sur cette fenêtre pour commencer, ou essayez les prospects d’exemple fournis. Lancez Prospector avec --sandbox pour essayer l’enrichissement, la synchronisation HubSpot et l’inscription lemlist avec des simulateurs intégrés — sans aucun compte.</translation>
    </message>
    <message>
        <source>Import a CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>Browse prospects</source>
        <translation type="vanished">Parcourir les prospects</translation>
    </message>
    <message>
        <source>Try the sample prospects</source>
        <translation>Essayer les prospects d’exemple</translation>
    </message>
    <message>
        <source>New</source>
        <translation type="vanished">Nouveau</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation type="vanished">Enrichi</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="vanished">Qualifié</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="vanished">Synchronisé</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="vanished">Inscrit</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="vanished">A répondu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="vanished">Rendez-vous</translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="vanished">Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="vanished">Perdu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln prospect(s) in your local database</source>
        <translation>
            <numerusform>%Ln prospect dans votre base locale</numerusform>
            <numerusform>%Ln prospects dans votre base locale</numerusform>
        </translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Tier mix</source>
        <translation>Répartition par niveau</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Recent imports</source>
        <translation>Importations récentes</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>Aucune importation pour l’instant.</translation>
    </message>
    <message>
        <source>%1 · %2 new, %3 updated, %4 rejected · %5</source>
        <translation>%1 · %2 nouveaux, %3 mis à jour, %4 rejetés · %5</translation>
    </message>
    <message>
        <source>Integration health</source>
        <translation>État des intégrations</translation>
    </message>
    <message>
        <source>Sync activity…</source>
        <translation>Activité de synchro…</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
</context>
<context>
    <name>DeadLetterActions</name>
    <message>
        <source>This problem was already handled.</source>
        <translation>Ce problème a déjà été traité.</translation>
    </message>
</context>
<context>
    <name>DeadLetterEditDialog</name>
    <message>
        <source>Edit and retry</source>
        <translation>Modifier et réessayer</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Save and retry</source>
        <translation>Enregistrer et réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DesktopIntegrationSettings</name>
    <message>
        <source>Desktop</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation>Continuer dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>This desktop shows no system tray, so closing the window quits Prospector and autopilot runs only while the window is open.</source>
        <translation>Ce bureau n’a pas de zone de notification : fermer la fenêtre quitte Prospector, et le pilote automatique ne tourne que fenêtre ouverte.</translation>
    </message>
    <message>
        <source>Start Prospector when I log in</source>
        <translation>Lancer Prospector à l’ouverture de session</translation>
    </message>
    <message>
        <source>Quiet notifications: only problems that need me</source>
        <translation>Notifications discrètes : seulement les problèmes qui me concernent</translation>
    </message>
    <message>
        <source>Quiet keeps runs waiting for approval, tokens to renew, a reached credit budget, a service that is down and failed runs, because autopilot stops until you act on them. Run summaries and replies stay on the Autopilot page and the prospect&apos;s timeline.</source>
        <translation>Le mode discret garde les exécutions en attente d’accord, les jetons à renouveler, le budget de crédits atteint, un service en panne et les exécutions échouées, car le pilote automatique s’arrête jusqu’à ce que vous agissiez. Les résumés et les réponses restent sur la page Pilote automatique et dans l’historique du prospect.</translation>
    </message>
    <message>
        <source>Monochrome tray icon</source>
        <translation>Icône monochrome dans la zone de notification</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) selected</source>
        <translation>
            <numerusform>%n prospect sélectionné</numerusform>
            <numerusform>%n prospects sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enriched</source>
        <translation>
            <numerusform>%n enrichi</numerusform>
            <numerusform>%n enrichis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n synced to HubSpot</source>
        <translation>
            <numerusform>%n synchronisé avec HubSpot</numerusform>
            <numerusform>%n synchronisés avec HubSpot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): %1</source>
        <translation>
            <numerusform>%n erreur : %1</numerusform>
            <numerusform>%n erreurs : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source> at </source>
        <translation> chez </translation>
    </message>
    <message>
        <source>Close details</source>
        <translation>Fermer les détails</translation>
    </message>
    <message>
        <source>This prospect no longer exists.</source>
        <translation>Ce prospect n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Sans score</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>niveau %1</translation>
    </message>
    <message>
        <source>(manual override; computed: %1)</source>
        <translation>(forcé manuellement&#xa0;; calculé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Tier override</source>
        <translation>Niveau forcé</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="vanished">Chaud</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="vanished">Tiède</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="vanished">Froid</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Enrichment and sync</source>
        <translation type="vanished">Enrichissement et synchro</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="vanished">Qualité des données</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation type="vanished">%1 / 100</translation>
    </message>
    <message>
        <source>Not enriched yet</source>
        <translation type="vanished">Pas encore enrichi</translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation type="vanished">Domaine de l’entreprise</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="vanished">État de synchro</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation type="vanished">HubSpot</translation>
    </message>
    <message>
        <source>Open record %1</source>
        <translation type="vanished">Ouvrir la fiche %1</translation>
    </message>
    <message>
        <source>Not in HubSpot yet</source>
        <translation type="vanished">Pas encore dans HubSpot</translation>
    </message>
    <message>
        <source>lemlist lead</source>
        <translation type="vanished">Lead lemlist</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation type="vanished">Non inscrit</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="vanished">Indicateurs</translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="vanished">archivé</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation type="vanished">désabonné</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation type="vanished">rejeté</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation type="vanished">ne pas contacter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="vanished">Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation type="vanished">Fiche %1</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Show data and log locations, versions and keychain status.</source>
        <translation>Afficher l’emplacement des données et des journaux, les versions et l’état du trousseau.</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>NOT available (%1)</source>
        <translation>NON disponible (%1)</translation>
    </message>
    <message>
        <source>no answer within 15 s</source>
        <translation>aucune réponse en 15 s</translation>
    </message>
    <message>
        <source>Prospector</source>
        <translation>Prospector</translation>
    </message>
    <message>
        <source>Data dir</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Log dir</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
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
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
</context>
<context>
    <name>EnrichCommand</name>
    <message>
        <source>Enrich prospects and their companies with Explorium and wait until done.</source>
        <translation>Enrichir les prospects et leurs entreprises avec Explorium et attendre la fin.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>Could not queue the enrichment: %1</source>
        <translation>Impossible de mettre l’enrichissement en file d’attente : %1</translation>
    </message>
    <message>
        <source>Queued %1 prospects and %2 companies for enrichment (%3 up to date, %4 already queued, %5 skipped).</source>
        <translation>%1 prospects et %2 entreprises mis en file d’attente pour l’enrichissement (%3 à jour, %4 déjà en file, %5 ignorés).</translation>
    </message>
    <message>
        <source>Could not read the enrichment summary: %1</source>
        <translation>Impossible de lire le bilan de l’enrichissement : %1</translation>
    </message>
    <message>
        <source>Enriched %1 (%2 matched, %3 from the cache), no match %4, companies %5; credits used %6, budget left %7 of %8.</source>
        <translation>Enrichis %1 (%2 trouvés, %3 depuis le cache), sans correspondance %4, entreprises %5 ; crédits utilisés %6, budget restant %7 sur %8.</translation>
    </message>
</context>
<context>
    <name>EnrichmentRequester</name>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>needs an e-mail address or a LinkedIn profile</source>
        <translation>nécessite une adresse e-mail ou un profil LinkedIn</translation>
    </message>
</context>
<context>
    <name>EnrichmentSettings</name>
    <message>
        <source>The stored credit budget is not a number of credits: %1</source>
        <translation>Le budget de crédits enregistré n’est pas un nombre de crédits : %1</translation>
    </message>
    <message>
        <source>The stored contact types are unknown: %1</source>
        <translation>Les types de contact enregistrés sont inconnus : %1</translation>
    </message>
    <message>
        <source>The credit budget must be between 0 and %L1.</source>
        <translation>Le budget de crédits doit être compris entre 0 et %L1.</translation>
    </message>
    <message>
        <source>The setting could not be saved: %1</source>
        <translation>Le réglage n&apos;a pas pu être enregistré : %1</translation>
    </message>
</context>
<context>
    <name>EnrichmentSettingsBox</name>
    <message>
        <source>Enrichment</source>
        <translation>Enrichissement</translation>
    </message>
    <message>
        <source>Explorium credits per 30 days, at most</source>
        <translation>Crédits Explorium par 30 jours, au plus</translation>
    </message>
    <message>
        <source>Also buy phone numbers</source>
        <translation>Acheter aussi les numéros de téléphone</translation>
    </message>
    <message numerus="yes">
        <source>A contact costs %n credit(s) and a company 1; results cached in the last 30 days cost nothing. When the budget is spent, enrichment stops and says so until the 30 days roll on or you raise it. 0 uses cached results only.</source>
        <translation>
            <numerusform>Un contact coûte %n crédit et une entreprise 1 ; les résultats mis en cache au cours des 30 derniers jours ne coûtent rien. Une fois le budget épuisé, l&apos;enrichissement s&apos;arrête en le signalant jusqu&apos;à ce que les 30 jours avancent ou que vous l&apos;augmentiez. 0 n&apos;utilise que les résultats en cache.</numerusform>
            <numerusform>Un contact coûte %n crédits et une entreprise 1 ; les résultats mis en cache au cours des 30 derniers jours ne coûtent rien. Une fois le budget épuisé, l&apos;enrichissement s&apos;arrête en le signalant jusqu&apos;à ce que les 30 jours avancent ou que vous l&apos;augmentiez. 0 n&apos;utilise que les résultats en cache.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrichmentWriter</name>
    <message>
        <source>Enriched by Explorium</source>
        <translation>Enrichi par Explorium</translation>
    </message>
    <message>
        <source>Enriched by Explorium (filled: %1)</source>
        <translation>Enrichi par Explorium (complété : %1)</translation>
    </message>
    <message>
        <source>Enrichment: no match in Explorium</source>
        <translation>Enrichissement : aucune correspondance dans Explorium</translation>
    </message>
</context>
<context>
    <name>EnrollCommand</name>
    <message>
        <source>Enroll prospects in a lemlist campaign and wait until done.</source>
        <translation>Inscrire des prospects dans une campagne lemlist et attendre la fin.</translation>
    </message>
    <message>
        <source>The lemlist campaign id (cam_...).</source>
        <translation>L’identifiant de la campagne lemlist (cam_...).</translation>
    </message>
    <message>
        <source>Usage: prospector enroll --campaign ID</source>
        <translation>Usage&#xa0;: prospector enroll --campaign ID</translation>
    </message>
    <message>
        <source>Could not read prospects: %1</source>
        <translation>Impossible de lire les prospects&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not queue the enrollment: %1</source>
        <translation>Impossible de mettre l’inscription en file&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queued %1 prospects for lemlist (%2 already enrolled or queued, %3 skipped).</source>
        <translation>%1 prospects mis en file pour lemlist (%2 déjà inscrits ou en file, %3 ignorés).</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>Cannot write the error report %1: %2</source>
        <translation>Impossible d’écrire le rapport d’erreurs %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ExploriumEnrichmentSync</name>
    <message>
        <source>The enrichment settings cannot be read: %1</source>
        <translation>Les réglages de l’enrichissement sont illisibles : %1</translation>
    </message>
    <message>
        <source>Explorium&apos;s credit counter cannot be read yet: %1</source>
        <translation>Le compteur de crédits d’Explorium est encore illisible : %1</translation>
    </message>
    <message>
        <source>Explorium charged for this enrichment but its answer was lost; retrying it costs credits again.</source>
        <translation>Explorium a facturé cet enrichissement mais sa réponse a été perdue ; le relancer coûte de nouveau des crédits.</translation>
    </message>
    <message>
        <source>credit budget reached (%1 credits per 30 days); raise it in Settings to enrich more</source>
        <translation>budget de crédits atteint (%1 crédits par 30 jours) ; augmentez-le dans les Réglages pour enrichir davantage</translation>
    </message>
    <message>
        <source>the credit ledger cannot be read: %1</source>
        <translation>le journal des crédits est illisible : %1</translation>
    </message>
    <message>
        <source>Explorium charged for this enrichment but its answer was lost (%1); retrying it costs credits again.</source>
        <translation>Explorium a facturé cet enrichissement mais sa réponse a été perdue (%1) ; le relancer coûte de nouveau des crédits.</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export prospects to a CSV file (FILE; --search, --stage, --tier, --tag, --bom).</source>
        <translation>Exporter les prospects dans un fichier CSV (FILE&#xa0;; --search, --stage, --tier, --tag, --bom).</translation>
    </message>
    <message>
        <source>Start the file with a UTF-8 byte order mark (for Excel).</source>
        <translation>Commencer le fichier par un BOM UTF-8 (pour Excel).</translation>
    </message>
    <message>
        <source>Include archived prospects.</source>
        <translation>Inclure les prospects archivés.</translation>
    </message>
    <message>
        <source>Usage: prospector export FILE [--search Q] [--stage S] [--tier T] [--bom]
</source>
        <translation>Usage&#xa0;: prospector export FILE [--search Q] [--stage S] [--tier T] [--bom]
</translation>
    </message>
    <message>
        <source>Cannot write %1: %2
</source>
        <translation>Impossible d’écrire %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>Export failed: %1
</source>
        <translation>Échec de l’exportation&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Exported %1 prospects to %2
</source>
        <translation>%1 prospects exportés vers %2
</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>This field cannot be edited.</source>
        <translation>Ce champ n’est pas modifiable.</translation>
    </message>
    <message>
        <source>Custom fields must be a set of names and values.</source>
        <translation>Les champs personnalisés doivent être des paires nom-valeur.</translation>
    </message>
    <message>
        <source>Remove the control characters (tabs, line breaks) from this field.</source>
        <translation>Retirez les caractères de contrôle (tabulations, sauts de ligne) de ce champ.</translation>
    </message>
    <message>
        <source>This is too long (500 characters at most).</source>
        <translation>C’est trop long (500 caractères au maximum).</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Cette adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <source>Enter a LinkedIn profile URL, like https://www.linkedin.com/in/name.</source>
        <translation>Saisissez l’URL d’un profil LinkedIn, comme https://www.linkedin.com/in/name.</translation>
    </message>
    <message>
        <source>Enter a web address, like https://example.com.</source>
        <translation>Saisissez une adresse web, comme https://example.com.</translation>
    </message>
    <message>
        <source>Unknown stage.</source>
        <translation>Étape inconnue.</translation>
    </message>
    <message>
        <source>The tier must be hot, warm or cold (or empty for the computed tier).</source>
        <translation>Le niveau doit être chaud, tiède ou froid (ou vide pour le niveau calculé).</translation>
    </message>
    <message>
        <source>This does not look like a phone number.</source>
        <translation>Ceci ne ressemble pas à un numéro de téléphone.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>New</source>
        <translation type="vanished">Nouveau</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation type="vanished">Enrichi</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="vanished">Qualifié</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="vanished">Inscrit</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="vanished">A répondu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="vanished">Rendez-vous</translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="vanished">Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="vanished">Perdu</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation type="vanished">Chaud</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="vanished">Tiède</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="vanished">Froid</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation type="vanished">Sans score</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Score minimum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Score maximum</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiqueter</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrer par étiquette</translation>
    </message>
    <message>
        <source>Email filter</source>
        <translation>Filtre e-mail</translation>
    </message>
    <message>
        <source>Any email</source>
        <translation>Tout e-mail</translation>
    </message>
    <message>
        <source>Has email</source>
        <translation>A un e-mail</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Sans e-mail</translation>
    </message>
    <message>
        <source>Sync state filter</source>
        <translation>Filtre d’état de synchro</translation>
    </message>
    <message>
        <source>Any sync state</source>
        <translation>Tout état de synchro</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Local uniquement</translation>
    </message>
    <message>
        <source>Sync pending</source>
        <translation>Synchro en attente</translation>
    </message>
    <message>
        <source>Sync error</source>
        <translation>Erreur de synchro</translation>
    </message>
    <message>
        <source>Archive filter</source>
        <translation>Filtre d’archivage</translation>
    </message>
    <message>
        <source>Hide archived</source>
        <translation>Masquer les archivés</translation>
    </message>
    <message>
        <source>Archived only</source>
        <translation>Archivés uniquement</translation>
    </message>
    <message>
        <source>Include archived</source>
        <translation>Inclure les archivés</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>Importation : %1</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Country: %1</source>
        <translation>Pays : %1</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Entreprise : %1</translation>
    </message>
    <message>
        <source>%1  ✕</source>
        <translation>%1  ✕</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
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
        <translation>Filtre %1, %2 prospects</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>Pipeline funnel</source>
        <translation>Entonnoir du pipeline</translation>
    </message>
</context>
<context>
    <name>HubSpotCompanyStore</name>
    <message>
        <source>Company %1 created in HubSpot</source>
        <translation>Entreprise %1 créée dans HubSpot</translation>
    </message>
    <message>
        <source>Company %1 found in HubSpot</source>
        <translation>Entreprise %1 trouvée dans HubSpot</translation>
    </message>
</context>
<context>
    <name>HubSpotConflictNote</name>
    <message>
        <source>Changed in HubSpot: %1</source>
        <translation>Modifié dans HubSpot : %1</translation>
    </message>
    <message>
        <source>Now (from HubSpot): %1</source>
        <translation>Désormais (depuis HubSpot) : %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Your change, replaced: %1</source>
        <translation>Votre modification, remplacée : %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Dismiss the note about %1</source>
        <translation>Masquer la note sur %1</translation>
    </message>
</context>
<context>
    <name>HubSpotConflictRule</name>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>company</source>
        <translation>entreprise</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>industry</source>
        <translation>secteur</translation>
    </message>
</context>
<context>
    <name>HubSpotContactStore</name>
    <message>
        <source>Changed in HubSpot: %1 is now “%2”; your value “%3” was replaced</source>
        <translation>Modifié dans HubSpot : %1 vaut désormais « %2 » ; votre valeur « %3 » a été remplacée</translation>
    </message>
    <message>
        <source>Updated from HubSpot: %1</source>
        <translation>Mis à jour depuis HubSpot : %1</translation>
    </message>
    <message>
        <source>Created in HubSpot</source>
        <translation>Créé dans HubSpot</translation>
    </message>
    <message>
        <source>Updated in HubSpot</source>
        <translation>Mis à jour dans HubSpot</translation>
    </message>
    <message>
        <source>Associated with company %1 in HubSpot</source>
        <translation>Associé à l’entreprise %1 dans HubSpot</translation>
    </message>
</context>
<context>
    <name>HubSpotContactSync</name>
    <message>
        <source>Created in HubSpot</source>
        <translation type="vanished">Créé dans HubSpot</translation>
    </message>
    <message>
        <source>Updated in HubSpot</source>
        <translation type="vanished">Mis à jour dans HubSpot</translation>
    </message>
</context>
<context>
    <name>IdentityConflicts</name>
    <message>
        <source>Prospects %1 and %2 have the same %3 and neither came from an import, so its index cannot be rebuilt. Change one of them; Prospector tries again on the next start.</source>
        <translation>Les prospects %1 et %2 ont la même valeur dans le champ %3 et aucun des deux ne provient d’un import&#xa0;: l’index de ce champ ne peut donc pas être reconstruit. Modifiez l’un des deux&#xa0;; Prospector réessaiera au prochain démarrage.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>URL LinkedIn</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import prospects from a CSV file.</source>
        <translation>Importer des prospects depuis un fichier CSV.</translation>
    </message>
    <message>
        <source>Column mapping: auto (default), salesnav, apollo, hubspot, lemlist, generic, or the name of a saved mapping.</source>
        <translation>Correspondance des colonnes&#xa0;: auto (par défaut), salesnav, apollo, hubspot, lemlist, generic, ou le nom d’une correspondance enregistrée.</translation>
    </message>
    <message>
        <source>For prospects you already have: skip, fill (default: fill empty fields only) or overwrite.</source>
        <translation>Pour les prospects existants&#xa0;: skip, fill (par défaut&#xa0;: remplir seulement les champs vides) ou overwrite.</translation>
    </message>
    <message>
        <source>Usage: prospector import FILE [--mapping M] [--policy P] [--json]
</source>
        <translation>Usage&#xa0;: prospector import FILE [--mapping M] [--policy P] [--json]
</translation>
    </message>
    <message>
        <source>--policy must be skip, fill or overwrite.
</source>
        <translation>--policy doit valoir skip, fill ou overwrite.
</translation>
    </message>
    <message>
        <source>There is no saved mapping named %1.
</source>
        <translation>Aucune correspondance enregistrée ne s’appelle %1.
</translation>
    </message>
    <message>
        <source>Cannot read mapping %1: %2
</source>
        <translation>Impossible de lire la correspondance %1&#xa0;: %2
</translation>
    </message>
    <message>
        <source>No such file: %1
</source>
        <translation>Fichier introuvable&#xa0;: %1
</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s, about %3 s left
</source>
        <translation>%1 lignes, %2 lignes/s, environ %3 s restantes
</translation>
    </message>
    <message>
        <source>Import %1 %2: %3 rows, %4 created, %5 updated, %6 duplicates, %7 rejected.
</source>
        <translation>Importation %1 %2&#xa0;: %3 lignes, %4 créées, %5 mises à jour, %6 doublons, %7 rejetées.
</translation>
    </message>
    <message>
        <source>Rejected rows and their reasons: %1
</source>
        <translation>Lignes rejetées et motifs&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Building indexes: %1 of %2
</source>
        <translation>Construction des index&#xa0;: %1 sur %2
</translation>
    </message>
    <message>
        <source>Import cancelled: the rows of its completed batches were kept.
</source>
        <translation>Import annulé&#xa0;: les lignes des lots terminés ont été conservées.
</translation>
    </message>
</context>
<context>
    <name>ImportDropArea</name>
    <message>
        <source>Drop the file to preview the import</source>
        <translation>Déposez le fichier pour prévisualiser l’importation</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <source>Don&apos;t import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation>Domaine de l’entreprise</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>URL LinkedIn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Region / state</source>
        <translation>Région / État</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Location (city, region, country)</source>
        <translation>Lieu (ville, région, pays)</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ImportHistoryList</name>
    <message>
        <source>completed</source>
        <translation type="vanished">terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="vanished">abandonnée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="vanished">échouée</translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="vanished">annulée</translation>
    </message>
    <message>
        <source>running</source>
        <translation type="vanished">en cours</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historique des importations</translation>
    </message>
    <message>
        <source>%1 rows: %2 created, %3 updated, %4 duplicates, %5 rejected</source>
        <translation>%1 lignes&#xa0;: %2 créées, %3 mises à jour, %4 doublons, %5 rejetées</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Rapport d’erreurs</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo import of %1</source>
        <translation>Annuler l’importation de %1</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <source>Interrupted: Prospector stopped during this import. The rows of its completed batches were kept.</source>
        <translation>Interrompue&#xa0;: Prospector s’est arrêté pendant cette importation. Les lignes des lots terminés ont été conservées.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not a text file. Export the sheet as CSV and try again.</source>
        <translation>Ce n’est pas un fichier texte. Exportez la feuille en CSV et réessayez.</translation>
    </message>
    <message>
        <source>The header row cannot be read (line %1).</source>
        <translation type="vanished">La ligne d’en-tête est illisible (ligne %1).</translation>
    </message>
    <message>
        <source>A prospect could not be stored: %1</source>
        <translation>Impossible d’enregistrer un prospect&#xa0;: %1</translation>
    </message>
    <message>
        <source>The duplicate check failed on line %1, so the import stopped: %2</source>
        <translation>La détection des doublons a échoué à la ligne %1, l’importation s’est arrêtée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The rows were stored, but rebuilding the indexes failed (%1). Prospector tries again at the next start.</source>
        <translation>Les lignes ont été enregistrées, mais la reconstruction des index a échoué (%1). Prospector réessaiera au prochain démarrage.</translation>
    </message>
    <message>
        <source>The indexes an interrupted import left behind cannot be rebuilt: %1</source>
        <translation>Les index laissés par un import interrompu ne peuvent pas être reconstruits&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet</source>
        <translation>CSV de Sales Navigator, Apollo, HubSpot, lemlist ou de n’importe quel tableur</translation>
    </message>
    <message>
        <source>Drop a CSV file here</source>
        <translation>Déposez un fichier CSV ici</translation>
    </message>
    <message>
        <source>Prospector detects the encoding, delimiter and columns, shows you a preview, and skips duplicates. Every import can be undone.</source>
        <translation>Prospector détecte l’encodage, le séparateur et les colonnes, vous montre un aperçu et ignore les doublons. Chaque import peut être annulé.</translation>
    </message>
    <message>
        <source>Choose a CSV file to import</source>
        <translation>Choisir un fichier CSV à importer</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.tsv *.txt)</source>
        <translation>Fichiers CSV et texte (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Try the sample prospects</source>
        <translation>Essayer les prospects d’exemple</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not a text file. Export the sheet as CSV and try again.</source>
        <translation>Ce n’est pas un fichier texte. Exportez la feuille en CSV et réessayez.</translation>
    </message>
    <message>
        <source>The header row cannot be read (line %1).</source>
        <translation type="vanished">La ligne d’en-tête est illisible (ligne %1).</translation>
    </message>
</context>
<context>
    <name>ImportPreviewView</name>
    <message>
        <source>Encoding: %1</source>
        <translation>Encodage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>Séparateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Looks like: %1</source>
        <translation>Ressemble à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Mapping preset</source>
        <translation>Correspondance prédéfinie</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Correspondances enregistrées</translation>
    </message>
    <message>
        <source>Apply a saved mapping</source>
        <translation>Appliquer une correspondance enregistrée</translation>
    </message>
    <message>
        <source>Save this mapping as…</source>
        <translation>Enregistrer cette correspondance sous…</translation>
    </message>
    <message>
        <source>Name of the mapping to save</source>
        <translation>Nom de la correspondance à enregistrer</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <source>Import column %1 as</source>
        <translation>Importer la colonne %1 comme</translation>
    </message>
    <message>
        <source>Prospects you already have</source>
        <translation>Prospects existants</translation>
    </message>
    <message>
        <source>Fill empty fields only</source>
        <translation>Compléter les champs vides</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Overwrite with the file&apos;s values</source>
        <translation>Écraser avec les valeurs du fichier</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>ImportProgressView</name>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>estimating time left</source>
        <translation>estimation du temps restant</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>environ %1 s restantes</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 duplicates, %4 rejected</source>
        <translation>%1 créés, %2 mis à jour, %3 doublons, %4 rejetés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Rows stored; building indexes (%1 of %2)…</source>
        <translation>Lignes enregistrées&#xa0;; construction des index (%1 sur %2)…</translation>
    </message>
    <message>
        <source>Finishing the indexes of an interrupted import first…</source>
        <translation>Finalisation préalable des index d’un import interrompu…</translation>
    </message>
</context>
<context>
    <name>ImportStatusNames</name>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message>
        <source>Created</source>
        <translation>Créés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Duplicates skipped</source>
        <translation>Doublons ignorés</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetés</translation>
    </message>
    <message>
        <source>Import complete: %1</source>
        <translation>Importation terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import cancelled: the rows imported before you cancelled are kept</source>
        <translation>Importation interrompue&#xa0;: les lignes déjà importées sont conservées</translation>
    </message>
    <message>
        <source>Import undone</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>View prospects</source>
        <translation>Voir les prospects</translation>
    </message>
    <message>
        <source>Open error report</source>
        <translation>Ouvrir le rapport d&apos;erreurs</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Import another file</source>
        <translation>Importer un autre fichier</translation>
    </message>
</context>
<context>
    <name>ImportUndo</name>
    <message>
        <source>There is no import %1.</source>
        <translation>L&apos;importation %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Import %1 was already undone.</source>
        <translation>L&apos;importation %1 a déjà été annulée.</translation>
    </message>
    <message>
        <source>Import %1 is still running; cancel it first.</source>
        <translation>L&apos;importation %1 est en cours&#xa0;; arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Undo failed, nothing was changed: %1</source>
        <translation>Échec de l&apos;annulation, rien n&apos;a été modifié&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportValidation</name>
    <message>
        <source>Too many columns (%1; the limit is %2)</source>
        <translation type="vanished">Trop de colonnes (%1&#xa0;; la limite est %2)</translation>
    </message>
    <message>
        <source>A field is longer than 1 MB</source>
        <translation>Un champ dépasse 1 Mo</translation>
    </message>
    <message>
        <source>Unterminated quoted field starting on line %1: the rest of the file was read as one field</source>
        <translation>Champ entre guillemets non fermé à partir de la ligne %1&#xa0;: le reste du fichier a été lu comme un seul champ</translation>
    </message>
    <message>
        <source>Invalid email address: %1</source>
        <translation>Adresse e-mail invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>No identity: a row needs an email, a LinkedIn profile URL, or a name with a company</source>
        <translation>Aucune identité&#xa0;: une ligne doit avoir un e-mail, une URL de profil LinkedIn, ou un nom et une entreprise</translation>
    </message>
    <message>
        <source>Too many columns: %L1 (the limit is %L2 columns per row)</source>
        <translation>Trop de colonnes&#xa0;: %L1 (la limite est de %L2 colonnes par ligne)</translation>
    </message>
    <message>
        <source>The header row (line %1) has %L2 columns; Prospector reads at most %L3 columns. Remove the columns you do not need and try again.</source>
        <translation>La ligne d’en-tête (ligne %1) compte %L2 colonnes&#xa0;; Prospector lit au plus %L3 colonnes. Supprimez les colonnes inutiles et réessayez.</translation>
    </message>
    <message>
        <source>The header row (line %1) has a field longer than 1 MB.</source>
        <translation>La ligne d’en-tête (ligne %1) contient un champ de plus de 1 Mo.</translation>
    </message>
    <message>
        <source>The header row (line %1) opens a quote that is never closed, so the whole file would be one field.</source>
        <translation>La ligne d’en-tête (ligne %1) ouvre un guillemet qui n’est jamais fermé&#xa0;: tout le fichier ne formerait qu’un seul champ.</translation>
    </message>
</context>
<context>
    <name>ImportsCommand</name>
    <message>
        <source>List past imports with their counts and status.</source>
        <translation>Lister les importations passées avec leurs totaux et leur statut.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; imports (default 50).</source>
        <translation>Au plus &lt;n&gt; importations (50 par défaut).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Argument inattendu&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--limit needs a positive number.
</source>
        <translation>--limit exige un nombre positif.
</translation>
    </message>
    <message>
        <source>Could not read the import history: %1
</source>
        <translation>Impossible de lire l&apos;historique des importations&#xa0;: %1
</translation>
    </message>
    <message>
        <source>No imports yet.
</source>
        <translation>Aucune importation.
</translation>
    </message>
</context>
<context>
    <name>InsecureFileStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is damaged; delete it and store the tokens again.</source>
        <translation>%1 est endommagé ; supprimez-le et enregistrez à nouveau les jetons.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>KeychainBanner</name>
    <message>
        <source>The system keychain is not available</source>
        <translation>Le trousseau du système n’est pas disponible</translation>
    </message>
    <message>
        <source>Prospector keeps service tokens only in the system keychain (GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager), and none answered: %1. Start one and restart Prospector.</source>
        <translation>Prospector conserve les jetons des services uniquement dans le trousseau du système (trousseau GNOME, KWallet, trousseau macOS ou gestionnaire d’identification Windows), et aucun n’a répondu : %1. Démarrez-en un et relancez Prospector.</translation>
    </message>
    <message>
        <source>Store tokens unencrypted in a file instead</source>
        <translation>Enregistrer plutôt les jetons non chiffrés dans un fichier</translation>
    </message>
    <message>
        <source>Warning: tokens are saved in plain text in %1. Anyone who can read your files can use your HubSpot, lemlist and Explorium accounts.</source>
        <translation>Attention : les jetons sont enregistrés en clair dans %1. Toute personne pouvant lire vos fichiers peut utiliser vos comptes HubSpot, lemlist et Explorium.</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
</context>
<context>
    <name>LemlistActivityTracker</name>
    <message>
        <source>E-mail bounced</source>
        <translation>E-mail rejeté</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Désabonné</translation>
    </message>
    <message>
        <source>Opened an e-mail</source>
        <translation>A ouvert un e-mail</translation>
    </message>
</context>
<context>
    <name>LemlistEnrollmentSync</name>
    <message>
        <source>Enrolled in lemlist campaign %1</source>
        <translation>Inscrit à la campagne lemlist %1</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>List prospects (filter with --search, --limit).</source>
        <translation type="vanished">Lister les prospects (filtrer avec --search, --limit).</translation>
    </message>
    <message>
        <source>Full-text search.</source>
        <translation type="vanished">Recherche plein texte.</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; rows (default 50).</source>
        <translation>Au plus &lt;n&gt; lignes (50 par défaut).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Argument inattendu : %1
</translation>
    </message>
    <message>
        <source>--limit needs a positive number.
</source>
        <translation>--limit attend un nombre positif.
</translation>
    </message>
    <message>
        <source>Could not read prospects: %1
</source>
        <translation>Impossible de lire les prospects : %1
</translation>
    </message>
    <message>
        <source>No prospects match.
</source>
        <translation>Aucun prospect ne correspond.
</translation>
    </message>
    <message>
        <source>List prospects (filter with --search, --stage, --tier, --tag, --min-score; --sort, --limit).</source>
        <translation>Lister les prospects (filtrer avec --search, --stage, --tier, --tag, --min-score&#xa0;; --sort, --limit).</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Prospector — sandbox</source>
        <translation>Prospector — bac à sable</translation>
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
        <translation>Export des contacts HubSpot</translation>
    </message>
    <message>
        <source>lemlist export</source>
        <translation>Export lemlist</translation>
    </message>
    <message>
        <source>Generic CSV</source>
        <translation>CSV générique</translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>Choose another name: &quot;%1&quot; is reserved.</source>
        <translation>Choisissez un autre nom&#xa0;: «&#xa0;%1&#xa0;» est réservé.</translation>
    </message>
</context>
<context>
    <name>MatchSet</name>
    <message>
        <source>The database connection is not open.</source>
        <translation>La connexion à la base de données n’est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>The file %1 is not a readable Prospector database: %2</source>
        <translation>Le fichier %1 n’est pas une base de données Prospector lisible : %2</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Prospector (schema %1; this version understands up to %2). Install the newer Prospector to open it; the file was not changed.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Prospector (schéma %1 ; cette version comprend jusqu’au schéma %2). Installez la version plus récente pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not back up the database before upgrading it (%1); nothing was changed.</source>
        <translation>Impossible de sauvegarder la base de données avant sa mise à niveau (%1) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Could not start the upgrade: %1</source>
        <translation>Impossible de démarrer la mise à niveau : %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema %1 (%2) failed: %3. The database was left unchanged.</source>
        <translation>La mise à niveau de la base de données vers le schéma %1 (%2) a échoué : %3. La base de données n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Could not commit the upgrade to schema %1: %2</source>
        <translation>Impossible de valider la mise à niveau vers le schéma %1 : %2</translation>
    </message>
</context>
<context>
    <name>MoreFilters</name>
    <message>
        <source>More filters (%1)</source>
        <translation>Autres filtres (%1)</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Autres filtres</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Type to narrow the list</source>
        <translation>Tapez pour affiner la liste</translation>
    </message>
    <message>
        <source>Search filter values</source>
        <translation>Rechercher des valeurs de filtre</translation>
    </message>
    <message>
        <source>%1, %2 prospects</source>
        <translation>%1, %2 prospects</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Autopilot</source>
        <translation>Pilote automatique</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Prospector</source>
        <translation>Prospector</translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation>Mode bac à sable</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Saved view %1</source>
        <translation>Vue enregistrée %1</translation>
    </message>
    <message>
        <source>Delete saved view %1</source>
        <translation>Supprimer la vue enregistrée %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting</source>
        <translation>
            <numerusform>%1, %n en attente</numerusform>
            <numerusform>%1, %n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync activity (%L1)</source>
        <translation>Activité de synchro (%L1)</translation>
    </message>
    <message>
        <source>Sync activity</source>
        <translation>Activité de synchro</translation>
    </message>
    <message>
        <source>Show sync activity</source>
        <translation>Afficher l’activité de synchro</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Une note ne peut pas être vide.</translation>
    </message>
    <message>
        <source>This prospect no longer exists.</source>
        <translation>Ce prospect n’existe plus.</translation>
    </message>
    <message>
        <source>This note no longer exists.</source>
        <translation>Cette note n’existe plus.</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Note modifiée</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Note supprimée</translation>
    </message>
</context>
<context>
    <name>NotesSection</name>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Add a note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
</context>
<context>
    <name>OfflineIndicator</name>
    <message numerus="yes">
        <source>Offline — %n operation(s) waiting</source>
        <translation>
            <numerusform>Hors ligne — %n opération en attente</numerusform>
            <numerusform>Hors ligne — %n opérations en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PipelineCommand</name>
    <message>
        <source>Only prospects matching this full-text search.</source>
        <translation>Seulement les prospects correspondant à cette recherche plein texte.</translation>
    </message>
    <message>
        <source>Only prospects in this stage (repeatable).</source>
        <translation>Seulement les prospects à cette étape (répétable).</translation>
    </message>
    <message>
        <source>No %1 token is available. Store one with `prospector credentials set %2`, or try the pipeline with --sandbox.</source>
        <translation>Aucun jeton %1 disponible. Enregistrez-en un avec `prospector credentials set %2`, ou essayez le pipeline avec --sandbox.</translation>
    </message>
    <message>
        <source>%1: %2 done, %3 retrying, %4 unknown, %5 failed; %6 left</source>
        <translation>%1&#xa0;: %2 terminées, %3 en nouvel essai, %4 inconnues, %5 en échec&#xa0;; %6 restantes</translation>
    </message>
    <message>
        <source>Queued %1, done %2 (%3 checked remotely first), failed %4, left %5, dead letters %6.</source>
        <translation>En file %1, terminées %2 (%3 vérifiées à distance d&apos;abord), en échec %4, restantes %5, opérations en échec %6.</translation>
    </message>
</context>
<context>
    <name>PipelineDialog</name>
    <message>
        <source>Sync to HubSpot</source>
        <translation>Synchroniser avec HubSpot</translation>
    </message>
    <message>
        <source>Enroll in lemlist</source>
        <translation>Inscrire dans lemlist</translation>
    </message>
    <message>
        <source>Enrich with Explorium</source>
        <translation>Enrichir avec Explorium</translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n sans adresse e-mail</numerusform>
            <numerusform>%n sans adresse e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribed, bounced or marked do not contact</source>
        <translation>
            <numerusform>%n désabonné, en erreur de remise ou à ne pas contacter</numerusform>
            <numerusform>%n désabonnés, en erreur de remise ou à ne pas contacter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the suppression list (opted out)</source>
        <translation>
            <numerusform>%n sur la liste d’exclusion (désinscrit)</numerusform>
            <numerusform>%n sur la liste d’exclusion (désinscrits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enrolled in this campaign</source>
        <translation>
            <numerusform>%n déjà inscrit dans cette campagne</numerusform>
            <numerusform>%n déjà inscrits dans cette campagne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already waiting to be enrolled</source>
        <translation>
            <numerusform>%n déjà en attente d’inscription</numerusform>
            <numerusform>%n déjà en attente d’inscription</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed before — retry them from Problems</source>
        <translation>
            <numerusform>%n a échoué auparavant — réessayez depuis Problèmes</numerusform>
            <numerusform>%n ont échoué auparavant — réessayez depuis Problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already enriched in the last 30 days</source>
        <translation>
            <numerusform>%n déjà enrichi ces 30 derniers jours</numerusform>
            <numerusform>%n déjà enrichis ces 30 derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already waiting, or failed before (see Problems)</source>
        <translation>
            <numerusform>%n déjà en attente, ou en échec auparavant (voir Problèmes)</numerusform>
            <numerusform>%n déjà en attente, ou en échec auparavant (voir Problèmes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n no longer exist</source>
        <translation>
            <numerusform>%n n’existe plus</numerusform>
            <numerusform>%n n’existent plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>lemlist campaign</source>
        <translation>Campagne lemlist</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>The campaigns could not be listed: %1</source>
        <translation>Impossible de lister les campagnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking the prospects…</source>
        <translation>Vérification des prospects…</translation>
    </message>
    <message>
        <source>Queueing…</source>
        <translation>Mise en file…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Nothing to queue.</source>
        <translation>Rien à mettre en file.</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) will be synced to HubSpot.</source>
        <translation>
            <numerusform>%n prospect sera synchronisé avec HubSpot.</numerusform>
            <numerusform>%n prospects seront synchronisés avec HubSpot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) will be enrolled.</source>
        <translation>
            <numerusform>%n prospect sera inscrit.</numerusform>
            <numerusform>%n prospects seront inscrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) will be enriched.</source>
        <translation>
            <numerusform>%n prospect sera enrichi.</numerusform>
            <numerusform>%n prospects seront enrichis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are already in HubSpot or on their way and get the newest data.</source>
        <translation>
            <numerusform>%n d’entre eux est déjà dans HubSpot ou en route et reçoit les données les plus récentes.</numerusform>
            <numerusform>%n d’entre eux sont déjà dans HubSpot ou en route et reçoivent les données les plus récentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Credits left in the budget: %L1. Results already cached cost nothing.</source>
        <translation>Crédits restants dans le budget&#xa0;: %L1. Les résultats déjà en cache ne coûtent rien.</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped:</source>
        <translation>
            <numerusform>%n ignoré&#xa0;:</numerusform>
            <numerusform>%n ignorés&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queue %n</source>
        <translation>
            <numerusform>Mettre %n en file</numerusform>
            <numerusform>Mettre %n en file</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Mettre en file</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PipelineNames</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>Enrichi</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tiède</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Sans score</translation>
    </message>
</context>
<context>
    <name>PipelineWords</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>Enrichi</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifié</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagné</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdu</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tiède</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Froid</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>Sans score</translation>
    </message>
</context>
<context>
    <name>ProblemsPage</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) could not be completed</source>
        <translation>
            <numerusform>%n opération n’a pas pu aboutir</numerusform>
            <numerusform>%n opérations n’ont pas pu aboutir</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Tout réessayer</translation>
    </message>
    <message>
        <source>%1 needs a new token</source>
        <translation>%1 a besoin d’un nouveau jeton</translation>
    </message>
    <message>
        <source>%1 needs a token</source>
        <translation>%1 a besoin d’un jeton</translation>
    </message>
    <message>
        <source>%1 is paused</source>
        <translation>%1 est en pause</translation>
    </message>
    <message>
        <source>Nothing is sent to %1 until you add its token. Work waits in the queue.</source>
        <translation>Rien n’est envoyé à %1 tant que vous n’avez pas ajouté son jeton. Le travail attend dans la file.</translation>
    </message>
    <message>
        <source>%1 Nothing is sent until you save a new token; then it resumes by itself.</source>
        <translation>%1 Rien n’est envoyé tant que vous n’avez pas enregistré un nouveau jeton ; ensuite, tout reprend seul.</translation>
    </message>
    <message>
        <source>%1 Work waits in the queue; it is tried again from time to time, or now with Resume.</source>
        <translation>%1 Le travail attend dans la file ; il est réessayé de temps en temps, ou tout de suite avec Reprendre.</translation>
    </message>
    <message>
        <source>Open Settings › Services</source>
        <translation>Ouvrir Paramètres › Services</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Aucun problème</translation>
    </message>
    <message>
        <source>Everything sent to HubSpot, lemlist and Explorium so far went through, or is still on its way.</source>
        <translation>Tout ce qui a été envoyé à HubSpot, lemlist et Explorium est passé, ou est encore en route.</translation>
    </message>
    <message>
        <source>(prospect deleted)</source>
        <translation>(prospect supprimé)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Edit and retry…</source>
        <translation>Modifier et réessayer…</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <source>Discard this operation?</source>
        <translation>Abandonner cette opération ?</translation>
    </message>
    <message>
        <source>It will not be sent. You can queue it again later from the Prospects page.</source>
        <translation>Elle ne sera pas envoyée. Vous pourrez la remettre en file plus tard depuis la page Prospects.</translation>
    </message>
</context>
<context>
    <name>ProspectColumns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>ProspectEditor</name>
    <message>
        <source>Another prospect already has this email address.</source>
        <translation>Un autre prospect a déjà cette adresse e-mail.</translation>
    </message>
    <message>
        <source>Some fields are not valid.</source>
        <translation>Certains champs ne sont pas valides.</translation>
    </message>
    <message>
        <source>This prospect no longer exists.</source>
        <translation>Ce prospect n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>prospect</source>
        <translation>prospect</translation>
    </message>
    <message>
        <source>Edited %1</source>
        <translation>%1 modifié</translation>
    </message>
</context>
<context>
    <name>ProspectTable</name>
    <message>
        <source>Sort by %1</source>
        <translation>Trier par %1</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
</context>
<context>
    <name>ProspectsPage</name>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation type="vanished">
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, email, company, title, notes…  (press / to focus)</source>
        <translation type="vanished">Rechercher nom, e-mail, entreprise, poste, notes…  (/ pour y aller)</translation>
    </message>
    <message>
        <source>Search prospects</source>
        <translation type="vanished">Rechercher des prospects</translation>
    </message>
    <message>
        <source>Could not load prospects: %1</source>
        <translation>Impossible de charger les prospects : %1</translation>
    </message>
    <message>
        <source>No prospect matches “%1”</source>
        <translation>Aucun prospect ne correspond à « %1 »</translation>
    </message>
    <message>
        <source>No prospects yet</source>
        <translation>Pas encore de prospects</translation>
    </message>
    <message>
        <source>Try fewer words or a different spelling.</source>
        <translation type="vanished">Essayez avec moins de mots ou une autre orthographe.</translation>
    </message>
    <message>
        <source>Import a CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet, or start with the bundled sample prospects.</source>
        <translation>Importez un CSV de Sales Navigator, Apollo, HubSpot, lemlist ou de n’importe quel tableur, ou commencez avec les prospects d’exemple fournis.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="vanished">Effacer la recherche</translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation>Importer des prospects</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
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
        <translation>Raccourcis (?)</translation>
    </message>
    <message>
        <source>Show keyboard shortcuts</source>
        <translation>Afficher les raccourcis clavier</translation>
    </message>
    <message>
        <source>No prospect matches these filters</source>
        <translation>Aucun prospect ne correspond à ces filtres</translation>
    </message>
    <message>
        <source>Try fewer words, a different spelling or fewer filters.</source>
        <translation>Essayez moins de mots, une autre orthographe ou moins de filtres.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>More than %L1 prospects</source>
        <translation>Plus de %L1 prospects</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Prospector cannot start</source>
        <translation>Prospector ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Prospector cannot open its database</source>
        <translation>Prospector ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The sandbox could not start</source>
        <translation>Le bac à sable n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>this version runs autopilot only from the command line (prospector autopilot run-once --dry-run).</source>
        <translation type="vanished">cette version n’exécute le pilote automatique qu’en ligne de commande (prospector autopilot run-once --dry-run).</translation>
    </message>
    <message>
        <source>This version runs autopilot only from the command line (prospector autopilot run-once --dry-run).</source>
        <translation type="vanished">Cette version n’exécute le pilote automatique qu’en ligne de commande (prospector autopilot run-once --dry-run).</translation>
    </message>
</context>
<context>
    <name>ReplyRecorder</name>
    <message>
        <source>Replied (%1)</source>
        <translation>A répondu (%1)</translation>
    </message>
</context>
<context>
    <name>RescoreCommand</name>
    <message>
        <source>Recompute ICP scores and tiers (--rules FILE to use and save other rules, --preview to only count).</source>
        <translation>Recalculer les scores ICP et les niveaux (--rules FILE pour utiliser et enregistrer d&apos;autres règles, --preview pour seulement compter).</translation>
    </message>
    <message>
        <source>Score with the rule set in &lt;file&gt; (JSON) and save it.</source>
        <translation>Calculer le score avec les règles de &lt;file&gt; (JSON) et les enregistrer.</translation>
    </message>
    <message>
        <source>Only show how many prospects would land in each tier.</source>
        <translation>Afficher seulement combien de prospects iraient dans chaque niveau.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Argument inattendu&#xa0;: %1
</translation>
    </message>
    <message>
        <source>hot %1, warm %2, cold %3 (of %4; %5 with a manual tier)
</source>
        <translation>chauds %1, tièdes %2, froids %3 (sur %4&#xa0;; %5 avec un niveau manuel)
</translation>
    </message>
    <message>
        <source>Rescoring: %1% (%2 of %3)
</source>
        <translation>Recalcul&#xa0;: %1&#xa0;% (%2 sur %3)
</translation>
    </message>
    <message>
        <source>Rescoring failed: %1
</source>
        <translation>Échec du recalcul&#xa0;: %1
</translation>
    </message>
    <message>
        <source>Rescored: %1 prospects changed.
</source>
        <translation>Scores recalculés&#xa0;: %1 prospects modifiés.
</translation>
    </message>
</context>
<context>
    <name>RuleSet</name>
    <message>
        <source>Tier thresholds must satisfy 0 ≤ warm ≤ hot ≤ 100.</source>
        <translation>Les seuils de niveau doivent respecter 0 ≤ tiède ≤ chaud ≤ 100.</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>A saved view needs a name.</source>
        <translation>Une vue enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>This saved view no longer exists.</source>
        <translation>Cette vue enregistrée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The database is busy.</source>
        <translation>La base de données est occupée.</translation>
    </message>
</context>
<context>
    <name>ScoringRule</name>
    <message>
        <source>Title mentions %1</source>
        <translation>Le poste mentionne %1</translation>
    </message>
    <message>
        <source>Seniority is %1</source>
        <translation>L&apos;ancienneté est %1</translation>
    </message>
    <message>
        <source>Industry is %1</source>
        <translation>Le secteur est %1</translation>
    </message>
    <message>
        <source>Company has %1+ employees</source>
        <translation>L&apos;entreprise compte %1+ employés</translation>
    </message>
    <message>
        <source>Company has %1–%2 employees</source>
        <translation>L&apos;entreprise compte %1–%2 employés</translation>
    </message>
    <message>
        <source>Based in %1</source>
        <translation>Situé à %1</translation>
    </message>
    <message>
        <source>Has an email address</source>
        <translation>A une adresse e-mail</translation>
    </message>
    <message>
        <source>Has a LinkedIn profile</source>
        <translation>A un profil LinkedIn</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 est %2</translation>
    </message>
    <message>
        <source>Unknown rule kind: %1</source>
        <translation>Type de règle inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>A rule weight must be a whole number from -100 to 100.</source>
        <translation>Le poids d&apos;une règle doit être un entier de -100 à 100.</translation>
    </message>
    <message>
        <source>The rule “%1” needs at least one value.</source>
        <translation>La règle «&#xa0;%1&#xa0;» exige au moins une valeur.</translation>
    </message>
    <message>
        <source>A custom field rule needs the field name.</source>
        <translation>Une règle de champ personnalisé exige le nom du champ.</translation>
    </message>
    <message>
        <source>The company size range is empty.</source>
        <translation>La plage de taille d&apos;entreprise est vide.</translation>
    </message>
</context>
<context>
    <name>ScoringSettings</name>
    <message>
        <source>ICP scoring</source>
        <translation>Score ICP</translation>
    </message>
    <message>
        <source>Hot from</source>
        <translation>Chaud dès</translation>
    </message>
    <message>
        <source>Hot tier threshold</source>
        <translation>Seuil du niveau chaud</translation>
    </message>
    <message>
        <source>Warm from</source>
        <translation>Tiède dès</translation>
    </message>
    <message>
        <source>Warm tier threshold</source>
        <translation>Seuil du niveau tiède</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Preview: %1 hot · %2 warm · %3 cold</source>
        <translation>Aperçu&#xa0;: %1 chauds · %2 tièdes · %3 froids</translation>
    </message>
    <message>
        <source>Rule enabled</source>
        <translation>Règle activée</translation>
    </message>
    <message>
        <source>values, comma separated</source>
        <translation>valeurs, séparées par des virgules</translation>
    </message>
    <message>
        <source>Rule values</source>
        <translation>Valeurs de la règle</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>Custom field name</source>
        <translation>Nom du champ personnalisé</translation>
    </message>
    <message>
        <source>Minimum company size</source>
        <translation>Taille minimale de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Maximum company size (-1: no limit)</source>
        <translation>Taille maximale de l&apos;entreprise (-1&#xa0;: sans limite)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Rule weight</source>
        <translation>Poids de la règle</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Kind of rule to add</source>
        <translation>Type de règle à ajouter</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Reset to the default rules</source>
        <translation>Rétablir les règles par défaut</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert unsaved changes</source>
        <translation>Annuler les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <source>Save and rescore</source>
        <translation>Enregistrer et recalculer</translation>
    </message>
    <message>
        <source>Save the rules and rescore every prospect</source>
        <translation>Enregistrer les règles et recalculer le score de chaque prospect</translation>
    </message>
    <message>
        <source>Rescoring progress</source>
        <translation>Progression du recalcul</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel rescoring</source>
        <translation>Annuler le recalcul</translation>
    </message>
    <message>
        <source>The stored scoring rules are damaged: %1</source>
        <translation>Les règles de score enregistrées sont endommagées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SearchRow</name>
    <message>
        <source>Search name, email, company, title, notes…  (press / to focus)</source>
        <translation>Rechercher nom, e-mail, entreprise, poste, notes…  (appuyez sur / pour activer)</translation>
    </message>
    <message>
        <source>Search prospects</source>
        <translation>Rechercher des prospects</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Save the search, filters and sort as a view</source>
        <translation>Enregistrer la recherche, les filtres et le tri comme vue</translation>
    </message>
    <message>
        <source>Name this view</source>
        <translation>Nommez cette vue</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Nom de la vue</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
</context>
<context>
    <name>ServiceActivityCard</name>
    <message>
        <source>Queued %1 · Sending %2 · Checking %3 · Done %4 · Failed %5</source>
        <translation>En file %1 · En envoi %2 · En vérification %3 · Terminées %4 · En échec %5</translation>
    </message>
    <message>
        <source>%1 progress</source>
        <translation>Progression %1</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 requests left in this window</source>
        <translation>Limite de débit&#xa0;: %1 requêtes sur %2 restantes dans cette fenêtre</translation>
    </message>
    <message>
        <source>Today: %L1 of %L2 requests left</source>
        <translation>Aujourd’hui&#xa0;: %L1 requêtes sur %L2 restantes</translation>
    </message>
    <message>
        <source>Credits: %L1 used in 30 days, %L2 left in the budget</source>
        <translation>Crédits&#xa0;: %L1 utilisés en 30 jours, %L2 restants dans le budget</translation>
    </message>
    <message>
        <source>Credits: %L1 used in 30 days, no budget set</source>
        <translation>Crédits&#xa0;: %L1 utilisés en 30 jours, aucun budget défini</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les paramètres</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Afficher les problèmes</translation>
    </message>
</context>
<context>
    <name>ServiceCredentialsCard</name>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Paste a new token to replace the stored one</source>
        <translation>Collez un nouveau jeton pour remplacer celui enregistré</translation>
    </message>
    <message>
        <source>Paste the %1 token</source>
        <translation>Collez le jeton %1</translation>
    </message>
    <message>
        <source>%1 token</source>
        <translation>Jeton %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>%1 server address</source>
        <translation>Adresse du serveur %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Requests per %1 s</source>
        <translation>Requêtes par %1 s</translation>
    </message>
    <message>
        <source>%1 requests per window</source>
        <translation>%1 requêtes par fenêtre de temps</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>%1 par défaut</translation>
    </message>
</context>
<context>
    <name>ServiceHealthRow</name>
    <message>
        <source>no token</source>
        <translation>aucun jeton</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Quota today: %L1 of %L2 used</source>
        <translation>Quota du jour&#xa0;: %L1 sur %L2 utilisés</translation>
    </message>
    <message>
        <source>Rate limit: %1 of %2 used in this window</source>
        <translation>Limite de débit&#xa0;: %1 sur %2 utilisées dans cette fenêtre</translation>
    </message>
    <message>
        <source>Credits: %L1 used, %L2 left</source>
        <translation>Crédits&#xa0;: %L1 utilisés, %L2 restants</translation>
    </message>
    <message>
        <source>Credits: %L1 used in 30 days</source>
        <translation>Crédits&#xa0;: %L1 utilisés en 30 jours</translation>
    </message>
    <message>
        <source>No quota reported yet</source>
        <translation>Aucun quota signalé pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
</context>
<context>
    <name>ServiceSettings</name>
    <message>
        <source>Enter a full address such as https://api.example.com.</source>
        <translation>Saisissez une adresse complète, par exemple https://api.example.com.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>L’adresse ne doit contenir ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>Use https (plain http is only allowed to this computer).</source>
        <translation>Utilisez https (le http simple n’est autorisé que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The limit must be between 1 and %1 requests.</source>
        <translation>La limite doit être comprise entre 1 et %1 requêtes.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Focus the search field</source>
        <translation>Aller au champ de recherche</translation>
    </message>
    <message>
        <source>Next prospect</source>
        <translation>Prospect suivant</translation>
    </message>
    <message>
        <source>Previous prospect</source>
        <translation>Prospect précédent</translation>
    </message>
    <message>
        <source>Extend the selection</source>
        <translation>Étendre la sélection</translation>
    </message>
    <message>
        <source>Open the detail pane</source>
        <translation>Ouvrir le panneau de détails</translation>
    </message>
    <message>
        <source>Close the detail pane or leave the search field</source>
        <translation>Fermer le panneau de détails ou quitter la recherche</translation>
    </message>
    <message>
        <source>Select every prospect in the view</source>
        <translation>Sélectionner tous les prospects de la vue</translation>
    </message>
    <message>
        <source>Undo the last action or edit</source>
        <translation>Annuler la dernière action ou modification</translation>
    </message>
    <message>
        <source>Switch pages</source>
        <translation>Changer de page</translation>
    </message>
    <message>
        <source>Show this sheet</source>
        <translation>Afficher cette aide</translation>
    </message>
</context>
<context>
    <name>SyncActivityPanel</name>
    <message>
        <source>Sync activity</source>
        <translation>Activité de synchro</translation>
    </message>
    <message>
        <source>Close the sync activity panel</source>
        <translation>Fermer le panneau d’activité de synchro</translation>
    </message>
    <message>
        <source>The pipeline is starting…</source>
        <translation>Le pipeline démarre…</translation>
    </message>
    <message numerus="yes">
        <source>Offline — %n operation(s) waiting. Work resumes by itself when the network returns.</source>
        <translation>
            <numerusform>Hors ligne — %n opération en attente. Le travail reprend seul au retour du réseau.</numerusform>
            <numerusform>Hors ligne — %n opérations en attente. Le travail reprend seul au retour du réseau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) waiting or on their way.</source>
        <translation>
            <numerusform>%n opération en attente ou en route.</numerusform>
            <numerusform>%n opérations en attente ou en route.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything queued has been sent.</source>
        <translation>Tout ce qui était en file a été envoyé.</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Sync prospects to HubSpot and wait until done.</source>
        <translation>Synchroniser les prospects avec HubSpot et attendre la fin.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read prospects: %1</source>
        <translation>Impossible de lire les prospects&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not queue the sync: %1</source>
        <translation>Impossible de planifier la synchro&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queued %1 prospects for HubSpot.</source>
        <translation>%1 prospects mis en file pour HubSpot.</translation>
    </message>
    <message>
        <source>Also sync prospects already in HubSpot: local edits go up, changes made in HubSpot come down (HubSpot wins conflicts).</source>
        <translation>Synchroniser aussi les prospects déjà dans HubSpot : les modifications locales y sont envoyées, celles faites dans HubSpot sont reprises (HubSpot l’emporte en cas de conflit).</translation>
    </message>
</context>
<context>
    <name>SyncHost</name>
    <message>
        <source>The pipeline is not running.</source>
        <translation>Le pipeline n’est pas en cours d’exécution.</translation>
    </message>
    <message>
        <source>No %1 token is stored.</source>
        <translation>Aucun jeton %1 n’est enregistré.</translation>
    </message>
</context>
<context>
    <name>SyncRequester</name>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>Choose a lemlist campaign first.</source>
        <translation>Choisissez d&apos;abord une campagne lemlist.</translation>
    </message>
    <message>
        <source>unsubscribed, bounced or do not contact</source>
        <translation>désabonné, rejeté ou à ne pas contacter</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>sur la liste d&apos;exclusion</translation>
    </message>
</context>
<context>
    <name>SyncRun</name>
    <message>
        <source>%1 paused: %2</source>
        <translation>%1 en pause&#xa0;: %2</translation>
    </message>
    <message>
        <source>offline: the services could not be reached</source>
        <translation>hors ligne&#xa0;: les services sont injoignables</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) wait for a later retry</source>
        <translation>
            <numerusform>%n opération attend un nouvel essai</numerusform>
            <numerusform>%n opérations attendent un nouvel essai</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStateIcons</name>
    <message>
        <source>Enriched</source>
        <translation>Enrichi</translation>
    </message>
    <message>
        <source>Waiting for enrichment</source>
        <translation>En attente d’enrichissement</translation>
    </message>
    <message>
        <source>Enrichment failed</source>
        <translation>Échec de l’enrichissement</translation>
    </message>
    <message>
        <source>In HubSpot</source>
        <translation>Dans HubSpot</translation>
    </message>
    <message>
        <source>Waiting to sync to HubSpot</source>
        <translation>En attente de synchro avec HubSpot</translation>
    </message>
    <message>
        <source>HubSpot sync failed</source>
        <translation>Échec de la synchro HubSpot</translation>
    </message>
    <message>
        <source>Enrolled in lemlist</source>
        <translation>Inscrit dans lemlist</translation>
    </message>
    <message>
        <source>Waiting to enroll in lemlist</source>
        <translation>En attente d’inscription dans lemlist</translation>
    </message>
    <message>
        <source>lemlist enrollment failed</source>
        <translation>Échec de l’inscription lemlist</translation>
    </message>
</context>
<context>
    <name>SyncStatusNames</name>
    <message>
        <source>Paused: no token stored</source>
        <translation>En pause&#xa0;: aucun jeton enregistré</translation>
    </message>
    <message>
        <source>Paused: the token was refused</source>
        <translation>En pause&#xa0;: le jeton a été refusé</translation>
    </message>
    <message>
        <source>Stopped for now</source>
        <translation>Arrêté pour l’instant</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Not answering — next try at %1</source>
        <translation>Ne répond pas — prochain essai à %1</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <source>Checking whether it answers again</source>
        <translation>Vérifie si le service répond de nouveau</translation>
    </message>
    <message>
        <source>Waiting for the rate limit until %1</source>
        <translation>Attend la limite de débit jusqu’à %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending a batch of %n</source>
        <translation>
            <numerusform>Envoi d’un lot de %n</numerusform>
            <numerusform>Envoi d’un lot de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for the rate limit</source>
        <translation>Attend la limite de débit</translation>
    </message>
    <message>
        <source>Next attempt at %1</source>
        <translation>Prochaine tentative à %1</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>ne répond pas</translation>
    </message>
    <message>
        <source>recovering</source>
        <translation>en reprise</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>en bonne santé</translation>
    </message>
    <message>
        <source>The service refused the data</source>
        <translation>Le service a refusé les données</translation>
    </message>
    <message>
        <source>The token was refused</source>
        <translation>Le jeton a été refusé</translation>
    </message>
    <message>
        <source>The token lacks a permission</source>
        <translation>Il manque une autorisation au jeton</translation>
    </message>
    <message>
        <source>Not found at the service</source>
        <translation>Introuvable chez le service</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s)</source>
        <translation>
            <numerusform>Abandonné après %n tentative</numerusform>
            <numerusform>Abandonné après %n tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>Must not be contacted (opted out, unsubscribed, bounced or do not contact)</source>
        <translation>Ne doit pas être contacté (désinscrit, désabonné, en erreur de remise ou à ne pas contacter)</translation>
    </message>
    <message>
        <source>The answer was lost after Explorium charged for it; a retry pays again</source>
        <translation>La réponse a été perdue après qu’Explorium l’a facturée ; réessayer coûte à nouveau</translation>
    </message>
    <message>
        <source>Explorium could not match this prospect</source>
        <translation>Explorium n’a pas pu identifier ce prospect</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Sync contact to HubSpot</source>
        <translation>Synchroniser le contact avec HubSpot</translation>
    </message>
    <message>
        <source>HubSpot update</source>
        <translation>Mise à jour HubSpot</translation>
    </message>
    <message>
        <source>Enroll in lemlist campaign %1</source>
        <translation>Inscrire dans la campagne lemlist %1</translation>
    </message>
    <message>
        <source>Enroll in lemlist</source>
        <translation>Inscrire dans lemlist</translation>
    </message>
    <message>
        <source>Enrich with Explorium</source>
        <translation>Enrichir avec Explorium</translation>
    </message>
</context>
<context>
    <name>SyncStatusSection</name>
    <message>
        <source>Enrichment and sync</source>
        <translation>Enrichissement et synchro</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Company data</source>
        <translation>Données de l’entreprise</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>enriched on %1 (from the cache)</source>
        <translation>enrichi le %1 (depuis le cache)</translation>
    </message>
    <message>
        <source>enriched on %1 by Explorium</source>
        <translation>enrichi le %1 par Explorium</translation>
    </message>
    <message>
        <source>Explorium has nothing on this prospect</source>
        <translation>Explorium n’a rien sur ce prospect</translation>
    </message>
    <message>
        <source>waiting to be enriched</source>
        <translation>en attente d’enrichissement</translation>
    </message>
    <message>
        <source>being enriched</source>
        <translation>en cours d’enrichissement</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>en cours d’envoi</translation>
    </message>
    <message>
        <source>being checked with the service</source>
        <translation>en vérification auprès du service</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Not enriched yet</source>
        <translation>Pas encore enrichi</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of %4)</source>
        <translation>%1&#xa0;: %2 (%3 sur %4)</translation>
    </message>
    <message>
        <source>Enrichment</source>
        <translation>Enrichissement</translation>
    </message>
    <message>
        <source>Filled in</source>
        <translation>Complété</translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation>Domaine de l’entreprise</translation>
    </message>
    <message>
        <source>HubSpot</source>
        <translation>HubSpot</translation>
    </message>
    <message>
        <source>Open record %1</source>
        <translation>Ouvrir la fiche %1</translation>
    </message>
    <message>
        <source>Not in HubSpot yet</source>
        <translation>Pas encore dans HubSpot</translation>
    </message>
    <message>
        <source>lemlist lead</source>
        <translation>Lead lemlist</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Non inscrit</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>%1: enrolled</source>
        <translation>%1&#xa0;: inscrit</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de synchro</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>désabonné</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>en erreur de remise</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>ne pas contacter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Fiche %1</translation>
    </message>
</context>
<context>
    <name>TierMixChart</name>
    <message>
        <source>Hot</source>
        <translation type="vanished">Chaud</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="vanished">Tiède</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="vanished">Froid</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation type="vanished">Sans score</translation>
    </message>
    <message>
        <source>Tier mix</source>
        <translation>Répartition par niveau</translation>
    </message>
</context>
<context>
    <name>TierPreview</name>
    <message>
        <source>The preview was cancelled.</source>
        <translation>L&apos;aperçu a été annulé.</translation>
    </message>
</context>
<context>
    <name>TimelineList</name>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Enriched</source>
        <translation>Enrichi</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>A répondu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Bulk change</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <source>Nothing happened yet.</source>
        <translation>Rien ne s&apos;est encore passé.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Synced to HubSpot</source>
        <translation>Synchronisé avec HubSpot</translation>
    </message>
    <message>
        <source>Changed in HubSpot</source>
        <translation>Modifié dans HubSpot</translation>
    </message>
    <message>
        <source>Updated from HubSpot</source>
        <translation>Mis à jour depuis HubSpot</translation>
    </message>
    <message>
        <source>Company in HubSpot</source>
        <translation>Entreprise dans HubSpot</translation>
    </message>
    <message>
        <source>Associated in HubSpot</source>
        <translation>Associé dans HubSpot</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last action</source>
        <translation>Annuler la dernière action</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TrackCommand</name>
    <message>
        <source>Record new lemlist replies, bounces, unsubscribes and opens.</source>
        <translation>Enregistrer les nouvelles réponses, e-mails rejetés, désabonnements et ouvertures lemlist.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recorded %1 new activities (%2 seen before, %3 without a matching prospect).</source>
        <translation>%1 nouvelles activités enregistrées (%2 déjà vues, %3 sans prospect correspondant).</translation>
    </message>
</context>
<context>
    <name>UndoImportCommand</name>
    <message>
        <source>Undo an import: remove the prospects it created, restore what it changed.</source>
        <translation>Annuler une importation&#xa0;: supprimer les prospects créés, restaurer ce qu&apos;elle a modifié.</translation>
    </message>
    <message>
        <source>Usage: prospector undo-import ID (see prospector imports)
</source>
        <translation>Usage&#xa0;: prospector undo-import ID (voir prospector imports)
</translation>
    </message>
    <message>
        <source>Import %1 undone: %2 prospects removed, %3 fields restored.
</source>
        <translation>Importation %1 annulée&#xa0;: %2 prospects supprimés, %3 champs restaurés.
</translation>
    </message>
</context>
<context>
    <name>UndoStack</name>
    <message>
        <source>There is nothing to undo.</source>
        <translation>Il n&apos;y a rien à annuler.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was restored.</source>
        <translation>Annulé ; rien n’a été restauré.</translation>
    </message>
</context>
<context>
    <name>prospector::cli</name>
    <message>
        <source>Start a keychain (e.g. GNOME Keyring or KWallet), or accept storing tokens in the owner-only file %1 with --allow-insecure-storage.</source>
        <translation>Démarrez un trousseau (par exemple le trousseau GNOME ou KWallet), ou acceptez avec --allow-insecure-storage d’enregistrer les jetons dans le fichier %1 lisible par le seul propriétaire.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Le trousseau n’a pas répondu.</translation>
    </message>
    <message>
        <source>WARNING: no keychain is available. Tokens will be stored unencrypted in %1, readable by anyone with access to your account.</source>
        <translation>ATTENTION : aucun trousseau n’est disponible. Les jetons seront enregistrés non chiffrés dans %1, lisibles par toute personne ayant accès à votre compte.</translation>
    </message>
    <message>
        <source>Paste the %1 token and press Enter (input is hidden): </source>
        <translation>Collez le jeton %1 et appuyez sur Entrée (la saisie est masquée) : </translation>
    </message>
    <message>
        <source>No token given on standard input.</source>
        <translation>Aucun jeton reçu sur l’entrée standard.</translation>
    </message>
    <message>
        <source>%1 token stored in %2.</source>
        <translation>Jeton %1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>%1 token cleared.</source>
        <translation>Jeton %1 supprimé.</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Trousseau : %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>NOT available (%1)</source>
        <translation>NON disponible (%1)</translation>
    </message>
    <message>
        <source>Insecure file storage: allowed (%1)</source>
        <translation>Stockage non sécurisé dans un fichier : autorisé (%1)</translation>
    </message>
    <message>
        <source>stored in %1, updated %2</source>
        <translation>enregistré dans %1, mis à jour %2</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Full-text search (name, email, company, title, notes).</source>
        <translation>Recherche plein texte (nom, e-mail, entreprise, poste, notes).</translation>
    </message>
    <message>
        <source>Only prospects in these stages (comma-separated).</source>
        <translation>Seulement les prospects à ces étapes (séparées par des virgules).</translation>
    </message>
    <message>
        <source>Only these tiers: hot, warm, cold, none (override wins).</source>
        <translation>Seulement ces niveaux&#xa0;: hot, warm, cold, none (le niveau manuel prime).</translation>
    </message>
    <message>
        <source>Only prospects with any of these tags.</source>
        <translation>Seulement les prospects ayant l&apos;un de ces tags.</translation>
    </message>
    <message>
        <source>Only prospects scoring at least &lt;n&gt;.</source>
        <translation>Seulement les prospects avec un score d&apos;au moins &lt;n&gt;.</translation>
    </message>
    <message>
        <source>Sort by columns, &apos;-&apos; for descending: id, name, company, title, email, country, stage, score, tier, updated, created (e.g. -score,name).</source>
        <translation>Trier par colonnes, &apos;-&apos; pour décroissant&#xa0;: id, name, company, title, email, country, stage, score, tier, updated, created (p. ex. -score,name).</translation>
    </message>
    <message>
        <source>Unknown stage: %1 (one of %2)</source>
        <translation>Étape inconnue&#xa0;: %1 (parmi %2)</translation>
    </message>
    <message>
        <source>Unknown tier: %1 (hot, warm, cold or none)</source>
        <translation>Niveau inconnu&#xa0;: %1 (hot, warm, cold ou none)</translation>
    </message>
    <message>
        <source>--min-score needs a number from 0 to 100.</source>
        <translation>--min-score exige un nombre de 0 à 100.</translation>
    </message>
    <message>
        <source>Unknown sort column in: %1</source>
        <translation>Colonne de tri inconnue dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON rule set: %2</source>
        <translation>%1 n&apos;est pas un jeu de règles JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>, dry run</source>
        <translation type="obsolete">, simulation</translation>
    </message>
    <message>
        <source>Skipped (%1): %2</source>
        <translation type="obsolete">Ignorés (%1) : %2</translation>
    </message>
</context>
<context>
    <name>prospector::secrets</name>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>No token is stored for this service.</source>
        <translation>Aucun jeton n’est enregistré pour ce service.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so the token cannot be stored safely.</source>
        <translation>Le trousseau du système n’est pas disponible ; le jeton ne peut donc pas être enregistré en sécurité.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>Le trousseau du système a refusé l’accès. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The token is empty or contains line breaks or control characters.</source>
        <translation>Le jeton est vide ou contient des sauts de ligne ou des caractères de contrôle.</translation>
    </message>
    <message>
        <source>Prospector could not update its list of stored tokens in its database.</source>
        <translation>Prospector n’a pas pu mettre à jour la liste des jetons enregistrés dans sa base de données.</translation>
    </message>
    <message>
        <source>The token store reported an error.</source>
        <translation>Le stockage des jetons a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::AutopilotController</name>
    <message>
        <source>Autopilot could not be turned on: %1</source>
        <translation>Le pilote automatique n’a pas pu être activé : %1</translation>
    </message>
    <message>
        <source>Autopilot could not be turned off: %1</source>
        <translation>Le pilote automatique n’a pas pu être désactivé : %1</translation>
    </message>
</context>
<context>
    <name>prospector::ui::AutopilotSettingsEditor</name>
    <message>
        <source>The saved autopilot settings cannot be read (%1). Saving replaces them.</source>
        <translation>Les réglages enregistrés du pilote automatique sont illisibles (%1). Enregistrer les remplace.</translation>
    </message>
    <message>
        <source>Turn autopilot on or off with its own button.</source>
        <translation>Activez ou désactivez le pilote automatique avec son propre bouton.</translation>
    </message>
    <message>
        <source>Unknown setting.</source>
        <translation>Réglage inconnu.</translation>
    </message>
    <message>
        <source>Choose on or off.</source>
        <translation>Choisissez activé ou désactivé.</translation>
    </message>
    <message>
        <source>Choose a daily time or an interval.</source>
        <translation>Choisissez une heure quotidienne ou un intervalle.</translation>
    </message>
    <message>
        <source>Enter a number of minutes from %1 to %2 (one week).</source>
        <translation>Saisissez un nombre de minutes de %1 à %2 (une semaine).</translation>
    </message>
    <message>
        <source>Enter a score from 0 to 100.</source>
        <translation>Saisissez un score de 0 à 100.</translation>
    </message>
    <message>
        <source>Enter a whole number from 0 to %1 (0 stops that step).</source>
        <translation>Saisissez un nombre entier de 0 à %1 (0 arrête cette étape).</translation>
    </message>
    <message>
        <source>Enter a whole number of credits from 0 to %1.</source>
        <translation>Saisissez un nombre entier de crédits de 0 à %1.</translation>
    </message>
    <message>
        <source>Enter a time as hours and minutes, e.g. 09:30.</source>
        <translation>Saisissez une heure en heures et minutes, p. ex. 09:30.</translation>
    </message>
    <message>
        <source>Business hours must end after they start.</source>
        <translation>Les heures ouvrées doivent finir après leur début.</translation>
    </message>
    <message>
        <source>Choose the days.</source>
        <translation>Choisissez les jours.</translation>
    </message>
    <message>
        <source>Choose at least one day, or autopilot never runs then.</source>
        <translation>Choisissez au moins un jour, sinon le pilote automatique ne s’exécute jamais.</translation>
    </message>
    <message>
        <source>Enter at most 200 characters.</source>
        <translation>Saisissez au plus 200 caractères.</translation>
    </message>
    <message>
        <source>This value is not allowed here.</source>
        <translation>Cette valeur n’est pas autorisée ici.</translation>
    </message>
    <message>
        <source>The autopilot settings could not be saved: %1</source>
        <translation>Les réglages du pilote automatique n’ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Autopilot settings saved.</source>
        <translation>Réglages du pilote automatique enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>It runs every %n minute(s), and when you click Run now.</source>
        <translation>
            <numerusform>Il s’exécute toutes les %n minute, et quand vous cliquez sur « Exécuter maintenant ».</numerusform>
            <numerusform>Il s’exécute toutes les %n minutes, et quand vous cliquez sur « Exécuter maintenant ».</numerusform>
        </translation>
    </message>
    <message>
        <source>It runs at %1 on %2, and when you click Run now.</source>
        <translation>Il s’exécute à %1 (%2), et quand vous cliquez sur « Exécuter maintenant ».</translation>
    </message>
    <message>
        <source>It picks prospects that are new or enriched, with a score of at least %1 and a valid e-mail address, and never anyone on the suppression list (unsubscribed, bounced or opted out).</source>
        <translation>Il choisit les prospects nouveaux ou enrichis, avec un score d’au moins %1 et une adresse e-mail valide, et jamais quelqu’un de la liste d’exclusion (désinscrit, rebond ou opposition).</translation>
    </message>
    <message numerus="yes">
        <source>It enriches them with Explorium: at most %n per day.</source>
        <translation>
            <numerusform>Il les enrichit avec Explorium : au plus %n par jour.</numerusform>
            <numerusform>Il les enrichit avec Explorium : au plus %n par jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It spends at most %n Explorium credit(s) per day.</source>
        <translation>
            <numerusform>Il dépense au plus %n crédit Explorium par jour.</numerusform>
            <numerusform>Il dépense au plus %n crédits Explorium par jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>It rescores them with your ICP rules.</source>
        <translation>Il recalcule leur score avec vos règles ICP.</translation>
    </message>
    <message numerus="yes">
        <source>It creates or updates them in HubSpot: at most %n new contact(s) per day.</source>
        <translation>
            <numerusform>Il les crée ou les met à jour dans HubSpot : au plus %n nouveau contact par jour.</numerusform>
            <numerusform>Il les crée ou les met à jour dans HubSpot : au plus %n nouveaux contacts par jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It enrolls them in a lemlist campaign: at most %n per day.</source>
        <translation>
            <numerusform>Il les inscrit dans une campagne lemlist : au plus %n par jour.</numerusform>
            <numerusform>Il les inscrit dans une campagne lemlist : au plus %n par jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It enrolls them in the lemlist campaign “%1”: at most %n per day.</source>
        <translation>
            <numerusform>Il les inscrit dans la campagne lemlist « %1 » : au plus %n par jour.</numerusform>
            <numerusform>Il les inscrit dans la campagne lemlist « %1 » : au plus %n par jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>It enrolls only between %1 and %2 in the prospect&apos;s time zone (yours when it is unknown).</source>
        <translation>Il n’inscrit qu’entre %1 et %2 dans le fuseau horaire du prospect (le vôtre s’il est inconnu).</translation>
    </message>
    <message>
        <source>It tracks replies, classifies them and tells you about each one.</source>
        <translation>Il suit les réponses, les classe et vous prévient de chacune.</translation>
    </message>
    <message numerus="yes">
        <source>A run that would enroll more than %n prospect(s) waits for your approval.</source>
        <translation>
            <numerusform>Une exécution qui inscrirait plus de %n prospect attend votre accord.</numerusform>
            <numerusform>Une exécution qui inscrirait plus de %n prospects attend votre accord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>So does a run that would spend more than %n credit(s).</source>
        <translation>
            <numerusform>De même pour une exécution qui dépenserait plus de %n crédit.</numerusform>
            <numerusform>De même pour une exécution qui dépenserait plus de %n crédits.</numerusform>
        </translation>
    </message>
    <message>
        <source>You can pause it at any time from the tray or this page; a dry run shows what a run would do without sending anything.</source>
        <translation>Vous pouvez le suspendre à tout moment depuis la zone de notification ou cette page ; un essai à blanc montre ce que ferait une exécution sans rien envoyer.</translation>
    </message>
    <message>
        <source>No lemlist campaign is chosen: the enroll step stops until you choose one.</source>
        <translation>Aucune campagne lemlist choisie : l’étape d’inscription s’arrête jusqu’à ce que vous en choisissiez une.</translation>
    </message>
    <message>
        <source>Every step is switched off: a run does nothing.</source>
        <translation>Toutes les étapes sont désactivées : une exécution ne fait rien.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::CredentialSettingsModel</name>
    <message>
        <source>Token saved in the plain file.</source>
        <translation>Jeton enregistré dans le fichier non chiffré.</translation>
    </message>
    <message>
        <source>Token saved in the keychain.</source>
        <translation>Jeton enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Token removed.</source>
        <translation>Jeton supprimé.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>stored in a plain file (updated %1)</source>
        <translation>enregistré dans un fichier non chiffré (mis à jour %1)</translation>
    </message>
    <message>
        <source>stored (updated %1)</source>
        <translation>enregistré (mis à jour %1)</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Unknown service.</source>
        <translation>Service inconnu.</translation>
    </message>
    <message>
        <source>The address could not be saved.</source>
        <translation>L’adresse n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The limit could not be saved.</source>
        <translation>La limite n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>The choice could not be saved.</source>
        <translation>Le choix n’a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::DatabaseUpgrade</name>
    <message>
        <source>Updating Prospector</source>
        <translation>Mise à jour de Prospector</translation>
    </message>
    <message>
        <source>Updating your prospect database for this version of Prospector.
This happens once, and takes up to a minute for a large database.</source>
        <translation>Mise à jour de votre base de prospects pour cette version de Prospector.
Cela n’arrive qu’une fois et prend jusqu’à une minute pour une grande base.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::DeadLetterModel</name>
    <message>
        <source>The problems could not be read: %1</source>
        <translation>Impossible de lire les problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Queued again. It will be sent with the next batch.</source>
        <translation>Remis en file. Il partira avec le prochain lot.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Abandonné.</translation>
    </message>
    <message>
        <source>This problem was already handled.</source>
        <translation>Ce problème a déjà été traité.</translation>
    </message>
    <message>
        <source>Corrected and queued again.</source>
        <translation>Corrigé et remis en file.</translation>
    </message>
    <message numerus="yes">
        <source>Queued %n operation(s) again.</source>
        <translation>
            <numerusform>%n opération remise en file.</numerusform>
            <numerusform>%n opérations remises en file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prospector::ui::DesktopNotifier</name>
    <message>
        <source>Prospector keeps running in the tray</source>
        <translation>Prospector continue dans la zone de notification</translation>
    </message>
    <message>
        <source>Autopilot goes on with its schedule. Open Prospector from the tray icon; Quit is in its menu. You can change this in Settings › Desktop.</source>
        <translation>Le pilote automatique suit son planning. Ouvrez Prospector depuis l’icône de la zone de notification ; « Quitter » est dans son menu. Vous pouvez changer cela dans Réglages › Bureau.</translation>
    </message>
    <message>
        <source>Autopilot dry run failed</source>
        <translation>L’essai à blanc du pilote automatique a échoué</translation>
    </message>
    <message>
        <source>Autopilot run failed</source>
        <translation>L’exécution du pilote automatique a échoué</translation>
    </message>
    <message>
        <source>Autopilot dry run finished (nothing was sent)</source>
        <translation>Essai à blanc du pilote automatique terminé (rien n’a été envoyé)</translation>
    </message>
    <message>
        <source>Autopilot run finished</source>
        <translation>Exécution du pilote automatique terminée</translation>
    </message>
    <message>
        <source>An autopilot run waits for your approval</source>
        <translation>Une exécution du pilote automatique attend votre accord</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation>Réponse de %1</translation>
    </message>
    <message>
        <source>Classified as: %1</source>
        <translation>Classée comme : %1</translation>
    </message>
    <message>
        <source>A service needs a new token</source>
        <translation>Un service a besoin d’un nouveau jeton</translation>
    </message>
    <message>
        <source>Explorium credit budget reached</source>
        <translation>Budget de crédits Explorium atteint</translation>
    </message>
    <message>
        <source>A service cannot be reached</source>
        <translation>Un service est injoignable</translation>
    </message>
    <message>
        <source>Autopilot ran into a problem</source>
        <translation>Le pilote automatique a rencontré un problème</translation>
    </message>
    <message>
        <source>Autopilot run paused by the kill switch; it continues when you resume</source>
        <translation>Exécution du pilote automatique suspendue par l’arrêt d’urgence ; elle reprend quand vous relancez</translation>
    </message>
</context>
<context>
    <name>prospector::ui::FilterValueSource</name>
    <message>
        <source>The filter values could not be read: %1</source>
        <translation>Les valeurs de filtre n’ont pas pu être lues : %1</translation>
    </message>
</context>
<context>
    <name>prospector::ui::ImportController</name>
    <message>
        <source>There is no saved mapping named %1.</source>
        <translation>Aucun mappage enregistré nommé %1.</translation>
    </message>
    <message>
        <source>Mapping &quot;%1&quot; saved.</source>
        <translation>Mappage «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Import undone: %n prospect(s) removed.</source>
        <translation>
            <numerusform>Importation annulée&#xa0;: %n prospect supprimé.</numerusform>
            <numerusform>Importation annulée&#xa0;: %n prospects supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prospector::ui::PipelineActions</name>
    <message>
        <source>Select prospects first.</source>
        <translation>Sélectionnez d’abord des prospects.</translation>
    </message>
    <message>
        <source>The prospects could not be checked: %1</source>
        <translation>Impossible de vérifier les prospects&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a lemlist campaign first.</source>
        <translation>Choisissez d’abord une campagne lemlist.</translation>
    </message>
    <message numerus="yes">
        <source>Queueing stopped: %1. %n prospect(s) were queued before.</source>
        <translation>
            <numerusform>Mise en file interrompue&#xa0;: %1. %n prospect avait été mis en file.</numerusform>
            <numerusform>Mise en file interrompue&#xa0;: %1. %n prospects avaient été mis en file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled. %n prospect(s) were queued before you stopped.</source>
        <translation>
            <numerusform>Annulé. %n prospect avait été mis en file avant l’arrêt.</numerusform>
            <numerusform>Annulé. %n prospects avaient été mis en file avant l’arrêt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prospect(s) for the lemlist campaign “%1”.</source>
        <translation>
            <numerusform>%n prospect mis en file pour la campagne lemlist «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n prospects mis en file pour la campagne lemlist «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prospect(s) for HubSpot.</source>
        <translation>
            <numerusform>%n prospect mis en file pour HubSpot.</numerusform>
            <numerusform>%n prospects mis en file pour HubSpot.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued %n prospect(s) for enrichment.</source>
        <translation>
            <numerusform>%n prospect mis en file pour l’enrichissement.</numerusform>
            <numerusform>%n prospects mis en file pour l’enrichissement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n ignoré.</numerusform>
            <numerusform>%n ignorés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>prospector::ui::ProspectDetail</name>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Note edited</source>
        <translation>Note modifiée</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Note supprimée</translation>
    </message>
</context>
<context>
    <name>prospector::ui::ReviewActions</name>
    <message>
        <source>Select prospects first.</source>
        <translation>Sélectionnez d&apos;abord des prospects.</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Cela n&apos;a pas fonctionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tagged %1 prospect(s) with “%2”</source>
        <translation>Tag «&#xa0;%2&#xa0;» ajouté à %1 prospect(s)</translation>
    </message>
    <message>
        <source>Removed “%2” from %1 prospect(s)</source>
        <translation>Tag «&#xa0;%2&#xa0;» retiré de %1 prospect(s)</translation>
    </message>
    <message>
        <source>Moved %1 prospect(s) to %2</source>
        <translation>%1 prospect(s) déplacé(s) vers %2</translation>
    </message>
    <message>
        <source>Cleared the tier override of %1 prospect(s)</source>
        <translation>Niveau manuel effacé pour %1 prospect(s)</translation>
    </message>
    <message>
        <source>Set the tier of %1 prospect(s) to %2</source>
        <translation>Niveau de %1 prospect(s) défini sur %2</translation>
    </message>
    <message>
        <source>Archived %1 prospect(s)</source>
        <translation>%1 prospect(s) archivé(s)</translation>
    </message>
    <message>
        <source>Restored %1 prospect(s) from the archive</source>
        <translation>%1 prospect(s) restauré(s) depuis l&apos;archive</translation>
    </message>
    <message>
        <source>Deleted %1 prospect(s)</source>
        <translation>%1 prospect(s) supprimé(s)</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Échec de l&apos;annulation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n prospect(s) to %1</source>
        <translation>
            <numerusform>%n prospect exporté vers %1</numerusform>
            <numerusform>%n prospects exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Undo cancelled; nothing was restored.</source>
        <translation>Annulation interrompue ; rien n’a été restauré.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::RunAuditModel</name>
    <message>
        <source>create or update the contact</source>
        <translation>créer ou mettre à jour le contact</translation>
    </message>
    <message>
        <source>enroll in the campaign</source>
        <translation>inscrire dans la campagne</translation>
    </message>
    <message>
        <source>enrich the prospect</source>
        <translation>enrichir le prospect</translation>
    </message>
    <message>
        <source>enrich the company</source>
        <translation>enrichir l&apos;entreprise</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d&apos;envoi</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>sent, outcome being checked</source>
        <translation>envoyé, résultat en cours de vérification</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed (see Problems)</source>
        <translation>échoué (voir Problèmes)</translation>
    </message>
    <message>
        <source>failed and discarded</source>
        <translation>échoué et abandonné</translation>
    </message>
    <message>
        <source>(deleted prospect)</source>
        <translation>(prospect supprimé)</translation>
    </message>
</context>
<context>
    <name>prospector::ui::SavedViewsModel</name>
    <message>
        <source>Give the view a name.</source>
        <translation>Donnez un nom à la vue.</translation>
    </message>
</context>
<context>
    <name>prospector::ui::ScoringEditor</name>
    <message>
        <source>Title keyword</source>
        <translation>Mot-clé du poste</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Has email</source>
        <translation>A un e-mail</translation>
    </message>
    <message>
        <source>Has LinkedIn</source>
        <translation>A un LinkedIn</translation>
    </message>
    <message>
        <source>Custom field equals</source>
        <translation>Champ personnalisé égal à</translation>
    </message>
    <message>
        <source>The saved rules could not be read: %1</source>
        <translation>Impossible de lire les règles enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Thresholds must satisfy 0 ≤ warm ≤ hot ≤ 100.</source>
        <translation>Les seuils doivent respecter 0 ≤ tiède ≤ chaud ≤ 100.</translation>
    </message>
    <message>
        <source>The rules could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer les règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rules saved. Rescore to apply them to every prospect.</source>
        <translation>Règles enregistrées. Recalculez pour les appliquer à tous les prospects.</translation>
    </message>
    <message>
        <source>Rescoring failed: %1</source>
        <translation>Échec du recalcul&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rescoring stopped after %Ln prospect(s).</source>
        <translation>
            <numerusform>Recalcul arrêté après %Ln prospect.</numerusform>
            <numerusform>Recalcul arrêté après %Ln prospects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rescored %Ln prospect(s).</source>
        <translation>
            <numerusform>Score recalculé pour %Ln prospect.</numerusform>
            <numerusform>Scores recalculés pour %Ln prospects.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview failed: %1</source>
        <translation>Échec de l&apos;aperçu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>prospector::ui::TrayIcon</name>
    <message>
        <source>Open Prospector</source>
        <translation>Ouvrir Prospector</translation>
    </message>
    <message>
        <source>Run autopilot now</source>
        <translation>Exécuter le pilote automatique maintenant</translation>
    </message>
    <message>
        <source>Resume autopilot</source>
        <translation>Reprendre le pilote automatique</translation>
    </message>
    <message>
        <source>Pause autopilot</source>
        <translation>Suspendre le pilote automatique</translation>
    </message>
    <message>
        <source>Quit Prospector</source>
        <translation>Quitter Prospector</translation>
    </message>
    <message>
        <source>Autopilot: %1</source>
        <translation>Pilote automatique : %1</translation>
    </message>
    <message>
        <source>Prospector</source>
        <translation>Prospector</translation>
    </message>
    <message>
        <source>Next run: %1</source>
        <translation>Prochaine exécution : %1</translation>
    </message>
</context>
</TS>
