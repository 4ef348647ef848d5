#include "servicesimulator.h"

#include <QRegularExpression>

namespace prospector::sandbox {

QJsonObject RequestCounters::toJson() const {
    QJsonObject routes;
    for (auto it = byRoute.cbegin(); it != byRoute.cend(); ++it)
        routes.insert(it.key(), it.value());
    QJsonObject statuses;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        statuses.insert(QString::number(it.key()), it.value());
    return {{QStringLiteral("requests"), requests},
            {QStringLiteral("rateLimited"), rateLimited},
            {QStringLiteral("faults"), faults},
            {QStringLiteral("byRoute"), routes},
            {QStringLiteral("byStatus"), statuses}};
}

QString routeKey(const HttpRequest &request) {
    static const QRegularExpression variable(
        QStringLiteral("^(\\d+|[^/]*@[^/]*|(cam|lea|ctc|act|uns|usr|tea)_[A-Za-z0-9]+)$"));
    QStringList segments = request.path.split(QLatin1Char('/'));
    for (QString &segment : segments) {
        if (variable.match(segment).hasMatch())
            segment = QStringLiteral("{id}");
    }
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + segments.join(QLatin1Char('/'));
}

} // namespace prospector::sandbox
