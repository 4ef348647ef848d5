#pragma once

#include <QString>
#include <QStringList>

namespace prospector::ui {

// What the Prospects page currently asks for: the search text, the filter bar and the sort.
// A plain value the table model hands to its page source; the source turns it into SQL.
struct ReviewQuery {
    QString search;
    QStringList stages;
    QStringList tiers;
    QStringList tags;
    int minScore = -1; // -1: no bound
    int maxScore = -1;
    int hasEmail = -1; // -1: either, 0: without email, 1: with email
    QString syncState;
    QString archived = QStringLiteral("active"); // "active", "archived" or "all"
    QString sortKey = QStringLiteral("id");
    bool sortDescending = false;

    bool operator==(const ReviewQuery &) const = default;
};

} // namespace prospector::ui
