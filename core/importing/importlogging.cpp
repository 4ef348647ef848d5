#include "importing/importlogging.h"

Q_LOGGING_CATEGORY(lcImport, "prospector.import", QtInfoMsg)
