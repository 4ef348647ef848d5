#pragma once

#include "review/filtervalues.h"
#include "singletonprovider.h"

#include <QObject>
#include <QQmlEngine>
#include <QThreadPool>
#include <QVariantList>

namespace prospector::ui {

// Feeds the "More filters" picker: imports, sources, countries and companies with their counts,
// narrowed by what the rep types. Queries run on a worker thread (grouping a million rows takes a
// moment); only the answer to the latest request is delivered, so fast typing never shows stale
// lists.
class FilterValueSource : public QObject, public SingletonProvider<FilterValueSource> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

public:
    explicit FilterValueSource(const storage::Database &database, QObject *parent = nullptr);
    ~FilterValueSource() override;

    bool loading() const { return m_loading; }

    // field: import | source | country | company. Answers with valuesReady (or failed).
    Q_INVOKABLE void request(const QString &field, const QString &contains, int limit = 50);

Q_SIGNALS:
    void loadingChanged();
    // Each value: {value, label, count, when (imports: a date; otherwise invalid)}.
    void valuesReady(const QString &field, const QString &contains, const QVariantList &values);
    void failed(const QString &message);

private:
    review::FilterValues m_values;
    QThreadPool m_worker;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace prospector::ui
