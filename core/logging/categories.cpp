#include "logging/categories.h"

Q_LOGGING_CATEGORY(lcApp, "prospector.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "prospector.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMigration, "prospector.storage.migration", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "prospector.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "prospector.ui", QtInfoMsg)
