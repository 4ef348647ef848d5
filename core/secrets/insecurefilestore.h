#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace prospector::secrets {

// The explicit, warned opt-in for machines without a keychain: tokens in a JSON file readable
// only by the owner (0600). Never used unless the rep turned it on; never a silent fallback.
class InsecureFileStore {
public:
    explicit InsecureFileStore(QString filePath);

    QString filePath() const { return m_filePath; }

    // nullopt with an error when the file exists but cannot be read; an empty string when the
    // key is absent.
    std::optional<QString> read(const QString &key, QString *error) const;
    bool write(const QString &key, const QString &token, QString *error);
    // Deletes the file once it holds nothing, so no empty secrets file lingers.
    bool remove(const QString &key, QString *error);

private:
    bool load(QJsonObject *entries, QString *error) const;
    bool save(const QJsonObject &entries, QString *error);

    QString m_filePath;
};

} // namespace prospector::secrets
