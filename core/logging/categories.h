#pragma once

#include <QLoggingCategory>

// Dotted categories, one per area, so a rep's support log can be filtered with QT_LOGGING_RULES
// (e.g. "prospector.net.*.debug=true"). Areas added later declare theirs next to their code.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcMigration)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
