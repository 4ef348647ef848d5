#include "secrets/insecurefilestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace prospector::secrets {
namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("InsecureFileStore", text);
}

} // namespace

InsecureFileStore::InsecureFileStore(QString filePath)
    : m_filePath(std::move(filePath)) {}

bool InsecureFileStore::load(QJsonObject *entries, QString *error) const {
    QFile file(m_filePath);
    if (!file.exists()) {
        *entries = {};
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        *error = tr("%1 is damaged; delete it and store the tokens again.").arg(m_filePath);
        return false;
    }
    *entries = document.object();
    return true;
}

bool InsecureFileStore::save(const QJsonObject &entries, QString *error) {
    if (entries.isEmpty()) {
        if (QFile::exists(m_filePath) && !QFile::remove(m_filePath)) {
            *error = tr("Cannot delete %1.").arg(m_filePath);
            return false;
        }
        return true;
    }
    QSaveFile file(m_filePath);
    // Owner-only before any byte is written, so the token is never readable by others.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("Cannot write %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    file.write(QJsonDocument(entries).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    return true;
}

std::optional<QString> InsecureFileStore::read(const QString &key, QString *error) const {
    QJsonObject entries;
    if (!load(&entries, error))
        return std::nullopt;
    return entries.value(key).toString();
}

bool InsecureFileStore::write(const QString &key, const QString &token, QString *error) {
    QJsonObject entries;
    if (!load(&entries, error))
        return false;
    entries.insert(key, token);
    return save(entries, error);
}

bool InsecureFileStore::remove(const QString &key, QString *error) {
    QJsonObject entries;
    if (!load(&entries, error))
        return false;
    entries.remove(key);
    return save(entries, error);
}

} // namespace prospector::secrets
