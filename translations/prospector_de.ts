<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutopilotPage</name>
    <message>
        <source>Autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Autopilot is off</source>
        <translation>Autopilot ist aus</translation>
    </message>
    <message>
        <source>Autopilot can enrich, sync and enroll qualified prospects on a schedule, within daily caps and with your approval for large runs. It never runs until you switch it on.</source>
        <translation>Der Autopilot kann qualifizierte Interessenten nach Zeitplan anreichern, synchronisieren und in Kampagnen eintragen – innerhalb täglicher Obergrenzen und bei großen Läufen nur mit Ihrer Freigabe. Er läuft erst, wenn Sie ihn einschalten.</translation>
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
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) in your local database</source>
        <translation>
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
        <translation>Interessenten ansehen</translation>
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
    <name>ListCommand</name>
    <message>
        <source>List prospects (filter with --search, --limit).</source>
        <translation>Interessenten auflisten (filtern mit --search, --limit).</translation>
    </message>
    <message>
        <source>Full-text search.</source>
        <translation>Volltextsuche.</translation>
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
</context>
<context>
    <name>ProspectsPage</name>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n Interessent</numerusform>
            <numerusform>%n Interessenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, email, company, title, notes…  (press / to focus)</source>
        <translation>Name, E-Mail, Firma, Position, Notizen durchsuchen …  (/ springt hierher)</translation>
    </message>
    <message>
        <source>Search prospects</source>
        <translation>Interessenten durchsuchen</translation>
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
        <translation>Versuchen Sie weniger Wörter oder eine andere Schreibweise.</translation>
    </message>
    <message>
        <source>Import a CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet, or start with the bundled sample prospects.</source>
        <translation>Importieren Sie eine CSV-Datei aus Sales Navigator, Apollo, HubSpot, lemlist oder einer beliebigen Tabelle, oder beginnen Sie mit den mitgelieferten Beispieldaten.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation>Interessenten importieren</translation>
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
</context>
</TS>
