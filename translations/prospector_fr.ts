<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AutopilotPage</name>
    <message>
        <source>Autopilot</source>
        <translation>Pilote automatique</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Autopilot is off</source>
        <translation>Le pilote automatique est désactivé</translation>
    </message>
    <message>
        <source>Autopilot can enrich, sync and enroll qualified prospects on a schedule, within daily caps and with your approval for large runs. It never runs until you switch it on.</source>
        <translation>Le pilote automatique peut enrichir, synchroniser et inscrire les prospects qualifiés selon un planning, dans des plafonds quotidiens et avec votre accord pour les gros lots. Il ne démarre jamais tant que vous ne l’activez pas.</translation>
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
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s) in your local database</source>
        <translation>
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
        <translation>Parcourir les prospects</translation>
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
    <name>ListCommand</name>
    <message>
        <source>List prospects (filter with --search, --limit).</source>
        <translation>Lister les prospects (filtrer avec --search, --limit).</translation>
    </message>
    <message>
        <source>Full-text search.</source>
        <translation>Recherche plein texte.</translation>
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
</context>
<context>
    <name>ProspectsPage</name>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message numerus="yes">
        <source>%n prospect(s)</source>
        <translation>
            <numerusform>%n prospect</numerusform>
            <numerusform>%n prospects</numerusform>
        </translation>
    </message>
    <message>
        <source>Search name, email, company, title, notes…  (press / to focus)</source>
        <translation>Rechercher nom, e-mail, entreprise, poste, notes…  (/ pour y aller)</translation>
    </message>
    <message>
        <source>Search prospects</source>
        <translation>Rechercher des prospects</translation>
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
        <translation>Essayez avec moins de mots ou une autre orthographe.</translation>
    </message>
    <message>
        <source>Import a CSV from Sales Navigator, Apollo, HubSpot, lemlist or any spreadsheet, or start with the bundled sample prospects.</source>
        <translation>Importez un CSV de Sales Navigator, Apollo, HubSpot, lemlist ou de n’importe quel tableur, ou commencez avec les prospects d’exemple fournis.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation>Importer des prospects</translation>
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
</context>
</TS>
