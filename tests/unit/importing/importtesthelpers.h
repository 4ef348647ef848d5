#pragma once
// Shared by the import tests: a fresh database in a temporary folder and a synchronous import.

#include "importing/importjob.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>
#include <memory>

namespace importtest {

// The load path imports use; tests that run over both set it per run (see tst_importjob).
inline prospector::importing::ImportOptions::LoadMode &loadMode() {
    static prospector::importing::ImportOptions::LoadMode mode =
        prospector::importing::ImportOptions::LoadMode::Auto;
    return mode;
}

inline QString fixture(const QString &name) {
    return QStringLiteral(PROSPECTOR_FIXTURES_DIR "/csv/") + name;
}

struct TestDatabase {
    QTemporaryDir dir;
    std::unique_ptr<prospector::storage::Database> db;

    TestDatabase() {
        db = std::make_unique<prospector::storage::Database>(dir.filePath(QStringLiteral("test.db")));
        QString error;
        if (!db->open(&error))
            qFatal("cannot open the test database: %s", qPrintable(error));
    }

    prospector::importing::ImportResult
    import(const QString &path,
           prospector::importing::DedupPolicy policy = prospector::importing::DedupPolicy::Fill,
           int batchSize = 10000) {
        prospector::importing::ImportOptions options;
        options.filePath = path;
        options.policy = policy;
        options.reportsDir = dir.filePath(QStringLiteral("reports"));
        options.batchSize = batchSize;
        options.loadMode = loadMode();
        prospector::importing::ImportJob job(*db, options);
        job.run();
        return job.result();
    }

    qint64 scalar(const QString &sql, const QVariantList &values = {}) const {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    QString text(const QString &sql, const QVariantList &values = {}) const {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return QStringLiteral("<no row>");
        return q.value(0).isNull() ? QStringLiteral("<null>") : q.value(0).toString();
    }

    std::optional<prospector::storage::Prospect> byEmail(const QString &email) const {
        prospector::storage::ProspectRepository repository(*db);
        prospector::storage::Prospect p;
        if (repository.findByEmail(email, &p) != prospector::storage::ProspectRepository::Lookup::Found)
            return std::nullopt;
        return p;
    }

    qint64 prospects() const { return scalar(QStringLiteral("SELECT count(*) FROM prospects")); }
};

} // namespace importtest
