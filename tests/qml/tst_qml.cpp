// Qt Quick Test entry point: builds the same objects main.cpp builds, over a temporary database
// seeded with a few prospects, and hands them to the QML module before the tests load.
#include "appinfo.h"
#include "importcontroller.h"
#include "prospectlistmodel.h"
#include "storage/database.h"
#include "storage/prospectrepository.h"

#include <QFile>
#include <QMimeData>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ProspectorPlugin)

using namespace prospector;

// Test-only QML helper: fixture locations, and a file drop delivered to a window the way the
// platform delivers one (drag enter, move, drop with a text/uri-list), which Drag.* in QML cannot
// do because internal drags carry no URLs.
class TestSupport : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString fixturesDir READ fixturesDir CONSTANT)
public:
    QString fixturesDir() const { return QStringLiteral(PROSPECTOR_FIXTURES_DIR); }

    // A CSV big enough that an import of it is still running when a test clicks Cancel.
    Q_INVOKABLE QUrl writeLargeCsv(int rows) {
        const QString path = m_dir.filePath(QStringLiteral("large.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("First Name,Last Name,Email,Company\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("F%1,L%1,user%1@example.com,Acme %1\n").arg(i).toUtf8());
        return QUrl::fromLocalFile(path);
    }

    Q_INVOKABLE bool dropFile(QQuickWindow *window, QPointF position, const QUrl &file) {
        if (!window)
            return false;
        QMimeData data;
        data.setUrls({file});
        const QPoint pos = position.toPoint();
        QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &enter);
        QDragMoveEvent move(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &move);
        QDropEvent drop(position, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window, &drop);
        return drop.isAccepted();
    }

private:
    QTemporaryDir m_dir;
};

class Setup : public QObject {
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable() { QQuickStyle::setStyle(QStringLiteral("Fusion")); }

    // Called once per QML test file, each with a new engine: the objects are built once and
    // shared, so every file sees the same database.
    void qmlEngineAvailable(QQmlEngine *engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        if (m_database)
            return;
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<storage::Database>(m_dir.filePath(QStringLiteral("test.db")));
        QString error;
        QVERIFY2(m_database->open(&error), qPrintable(error));
        seed();
        m_info = std::make_unique<ui::AppInfo>(m_dir.path(), m_dir.filePath(QStringLiteral("logs")), false);
        ui::AppInfo::provide(m_info.get());
        m_prospects = std::make_unique<ui::ProspectListModel>(*m_database);
        m_prospects->reload();
        ui::ProspectListModel::provide(m_prospects.get());
        m_importer = std::make_unique<ui::ImportController>(
            *m_database, m_dir.filePath(QStringLiteral("reports")),
            QStringLiteral(":/qt/qml/Prospector/samples/sample-prospects.csv"));
        connect(m_importer.get(), &ui::ImportController::prospectsChanged, m_prospects.get(),
                &ui::ProspectListModel::reload);
        ui::ImportController::provide(m_importer.get());
        qmlRegisterSingletonInstance("ProspectorTest", 1, 0, "TestSupport", &m_testSupport);
    }

    void cleanupTestCase() {
        // The controller waits for its workers before the database they use goes away.
        m_importer.reset();
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
    std::unique_ptr<ui::ProspectListModel> m_prospects;
    std::unique_ptr<ui::ImportController> m_importer;
    TestSupport m_testSupport;
};

QUICK_TEST_MAIN_WITH_SETUP(prospector_qml, Setup)

#include "tst_qml.moc"
