#include "filtervaluesource.h"

#include "logging/categories.h"

#include <QDateTime>

namespace prospector::ui {

FilterValueSource::FilterValueSource(const storage::Database &database, QObject *parent)
    : QObject(parent)
    , m_values(database) {
    m_worker.setMaxThreadCount(1);
}

FilterValueSource::~FilterValueSource() {
    m_worker.clear();
    m_worker.waitForDone();
}

void FilterValueSource::request(const QString &field, const QString &contains, int limit) {
    const std::optional<review::FilterValues::Field> which = review::FilterValues::fieldFromName(field);
    if (!which)
        return;
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged();
    }
    // Requests typed faster than answered: only the newest one still matters.
    m_worker.clear();
    m_worker.start([this, generation, which, field, contains, limit] {
        QString error;
        const std::optional<QList<review::FilterValue>> values =
            m_values.values(*which, contains, limit, &error);
        QVariantList list;
        for (const review::FilterValue &v : values.value_or(QList<review::FilterValue>())) {
            list << QVariantMap{{QStringLiteral("value"), v.value},
                                {QStringLiteral("label"), v.label},
                                {QStringLiteral("count"), v.count},
                                {QStringLiteral("when"),
                                 v.when > 0 ? QVariant(QDateTime::fromMSecsSinceEpoch(v.when)) : QVariant()}};
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, ok = values.has_value(), error, field, contains, list] {
                if (generation != m_generation)
                    return;
                m_loading = false;
                Q_EMIT loadingChanged();
                if (!ok) {
                    qCWarning(lcUi) << "filter values not read:" << error;
                    Q_EMIT failed(tr("The filter values could not be read: %1").arg(error));
                    return;
                }
                Q_EMIT valuesReady(field, contains, list);
            },
            Qt::QueuedConnection);
    });
}

} // namespace prospector::ui
