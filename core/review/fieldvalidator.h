#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace prospector::review {

// Validation of inline edits in the detail pane. Each check returns an empty string when the
// value is acceptable, otherwise a translated message to show next to the field.
class FieldValidator {
public:
    // The fields ProspectEditor accepts (Prospect member names, as QML uses them).
    static const QStringList &editableFields();

    // Validates and normalizes (trims, lowercases emails) `value` for `field`.
    static QString validate(const QString &field, const QVariant &value, QVariant *normalized);

    static bool isValidEmail(const QString &email);
    static bool isValidHttpUrl(const QString &url);
    static bool isValidLinkedinUrl(const QString &url);
};

} // namespace prospector::review
