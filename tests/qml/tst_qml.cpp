// Qt Quick Test entry point: builds the same objects main.cpp builds, over a temporary database
// seeded with a few prospects, and hands them to the QML module before the tests load.
#include "appinfo.h"
#include "reviewobjects.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"

#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ProspectorPlugin)

using namespace prospector;

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    void qmlEngineAvailable(QQmlEngine *engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Called once per test file (each gets its own engine); the data and objects are shared.
        if (m_database)
            return;
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("test.db")));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        seed();
        m_info = std::make_unique<ui::AppInfo>(m_dir.path(), m_dir.filePath(QStringLiteral("logs")), false);
        ui::AppInfo::provide(m_info.get());
        m_review = std::make_unique<ui::ReviewObjects>(*m_database);
        m_review->provide();
    }

private:
    void seed() {
        storage::ProspectRepository repository(*m_database);
        const QList<QStringList> rows = {
            {QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("ada@analytical.io"),
             QStringLiteral("Analytical Engines")},
            {QStringLiteral("Grace"), QStringLiteral("Hopper"), QStringLiteral("grace@cobol.dev"),
             QStringLiteral("Cobol Corp")},
            {QStringLiteral("Alan"), QStringLiteral("Turing"), QStringLiteral("alan@bletchley.uk"),
             QStringLiteral("Bletchley Park")},
        };
        for (const QStringList &row : rows) {
            storage::Prospect p;
            p.firstName = row.at(0);
            p.lastName = row.at(1);
            p.email = row.at(2);
            p.companyName = row.at(3);
            QVERIFY(repository.insert(p) > 0);
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_database;
    std::unique_ptr<ui::AppInfo> m_info;
    std::unique_ptr<ui::ReviewObjects> m_review;
};

QUICK_TEST_MAIN_WITH_SETUP(prospector_qml, Setup)

#include "tst_qml.moc"
