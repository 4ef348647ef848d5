// Gate for the translation catalogs: runs lupdate over today's sources into a copy of each
// committed .ts file and compares. A source string that lupdate had to add is missing from the
// committed catalog; an unfinished one in a language that must be complete is untranslated.
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Catalog {
    QString language;
    QSet<QString> messages;        // "context | source | comment" of every live message
    QStringList unfinished;        // the same keys, for messages without a finished translation
    QStringList unfinishedPlurals; // the subset with plural forms (numerus="yes")
};

QString keyOf(const QString &context, const QString &source, const QString &comment) {
    return context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment;
}

// True when the translation has text, or for plurals when every form has text.
bool readTranslation(QXmlStreamReader &xml) {
    QString text;
    bool hasForms = false;
    bool allForms = true;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"translation")
            break;
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement() && xml.name() == u"numerusform") {
            hasForms = true;
            allForms = !xml.readElementText().trimmed().isEmpty() && allForms;
        }
    }
    return hasForms ? allForms : !text.trimmed().isEmpty();
}

bool readCatalog(const QString &path, Catalog *catalog, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment, type;
    bool translated = false;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const auto name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"TS") {
                catalog->language = xml.attributes().value(QStringLiteral("language")).toString();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                source.clear();
                comment.clear();
                type.clear();
                translated = false;
            } else if (name == u"source") {
                source = xml.readElementText();
            } else if (name == u"comment") {
                comment = xml.readElementText();
            } else if (name == u"translation") {
                type = xml.attributes().value(QStringLiteral("type")).toString();
                translated = readTranslation(xml);
            }
        } else if (xml.isEndElement() && name == u"message") {
            // Vanished and obsolete messages are no longer in the sources; they do not count.
            if (type == u"vanished" || type == u"obsolete")
                continue;
            const QString key = keyOf(context, source, comment);
            catalog->messages.insert(key);
            if (type == u"unfinished" || !translated) {
                catalog->unfinished << key;
                if (numerus)
                    catalog->unfinishedPlurals << key;
            }
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

} // namespace

class TranslationCompleteness : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogMatchesSources_data() {
        QTest::addColumn<QString>("tsFile");
        const QStringList files = QString::fromUtf8(PROSPECTOR_TS_FILES).split(u'|', Qt::SkipEmptyParts);
        QVERIFY2(files.size() >= 2, "German and at least one more language are configured");
        for (const QString &file : files)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }

    void catalogMatchesSources() {
        QFETCH(QString, tsFile);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString updated = dir.filePath(QFileInfo(tsFile).fileName());
        QVERIFY(QFile::copy(tsFile, updated));

        QString error;
        QVERIFY2(runLupdate(updated, &error), qPrintable(error));

        Catalog committed, current;
        QVERIFY2(readCatalog(tsFile, &committed, &error), qPrintable(error));
        QVERIFY2(readCatalog(updated, &current, &error), qPrintable(error));
        QVERIFY2(!current.messages.isEmpty(), "lupdate found the source strings");

        QStringList missing = (current.messages - committed.messages).values();
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 source string(s) missing from %2 (run: cmake --build <build> "
                                           "--target update_translations, then translate):\n  %3")
                                .arg(missing.size())
                                .arg(tsFile, missing.join(QStringLiteral("\n  ")))));

        const QString language = current.language.section(u'_', 0, 0);
        const QStringList pluralsOnly = QString::fromUtf8(PROSPECTOR_PLURAL_ONLY_LANGUAGES).split(u'|');
        if (pluralsOnly.contains(language)) {
            QVERIFY2(current.unfinishedPlurals.isEmpty(),
                     qPrintable(QStringLiteral("%1 plural form(s) unfinished in %2:\n  %3")
                                    .arg(current.unfinishedPlurals.size())
                                    .arg(tsFile, current.unfinishedPlurals.join(QStringLiteral("\n  ")))));
        }
        const QStringList complete = QString::fromUtf8(PROSPECTOR_COMPLETE_LANGUAGES).split(u'|');
        if (complete.contains(language)) {
            QVERIFY2(current.unfinished.isEmpty(),
                     qPrintable(QStringLiteral("%1 unfinished translation(s) in %2:\n  %3")
                                    .arg(current.unfinished.size())
                                    .arg(tsFile, current.unfinished.join(QStringLiteral("\n  ")))));
        }
    }

    // A message can only be translated if its context is the one the code asks for at run time:
    // a QML file's name, the literal context of QCoreApplication::translate("Context", ...), or
    // the qualified name of a QObject class (lupdate finds those through the UI's headers). A tr()
    // that lupdate cannot tie to one of these (a Q_OBJECT class in core, a tr() helper called
    // outside a member function, which lupdate files under the namespace) never translates.
    // translations/unreachable-contexts.txt lists the known cases until their code is fixed;
    // a new case fails, and so does a listed one that is gone (so the list only shrinks).
    void everyContextExistsAtRunTime() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("prospector_xx.ts"));
        QString error;
        QVERIFY2(runLupdate(fresh, &error), qPrintable(error));
        Catalog catalog;
        QVERIFY2(readCatalog(fresh, &catalog, &error), qPrintable(error));

        QSet<QString> runtimeContexts{QStringLiteral("QObject")};
        QSet<QString> classes;
        static const QRegularExpression literal(QStringLiteral("translate\\(\\s*\"([^\"]+)\""));
        static const QRegularExpression declaration(QStringLiteral("\\bclass\\s+(\\w+)"));
        for (const QString &source : sourceFiles()) {
            if (source.endsWith(QStringLiteral(".qml"))) {
                runtimeContexts.insert(QFileInfo(source).completeBaseName());
                continue;
            }
            QFile file(source);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(source));
            const QString text = QString::fromUtf8(file.readAll());
            for (auto it = literal.globalMatch(text); it.hasNext();)
                runtimeContexts.insert(it.next().captured(1));
            for (auto it = declaration.globalMatch(text); it.hasNext();)
                classes.insert(it.next().captured(1));
        }

        QMap<QString, QStringList> unreachable; // context -> its messages
        for (const QString &key : std::as_const(catalog.messages)) {
            const QString context = key.section(QStringLiteral(" | "), 0, 0);
            const bool reachable = context.contains(QStringLiteral("::"))
                                       ? classes.contains(context.section(QStringLiteral("::"), -1))
                                       : runtimeContexts.contains(context);
            if (!reachable)
                unreachable[context] << key;
        }

        const QSet<QString> known = knownUnreachableContexts();
        QStringList newCases;
        for (auto it = unreachable.cbegin(); it != unreachable.cend(); ++it) {
            if (!known.contains(it.key()))
                newCases << it.value();
        }
        QVERIFY2(newCases.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) whose context the code never asks for, so they "
                                           "cannot be translated (in core, call QCoreApplication::translate("
                                           "\"Class\", \"literal\") or a tr() helper only inside member "
                                           "functions):\n  %2")
                                .arg(newCases.size())
                                .arg(newCases.join(QStringLiteral("\n  ")))));
        QStringList fixed;
        for (const QString &context : known) {
            if (!unreachable.contains(context))
                fixed << context;
        }
        QVERIFY2(fixed.isEmpty(), qPrintable(QStringLiteral("now reachable, remove from %1: %2")
                                                 .arg(QString::fromUtf8(PROSPECTOR_KNOWN_UNREACHABLE),
                                                      fixed.join(QStringLiteral(", ")))));
    }

private:
    static QSet<QString> knownUnreachableContexts() {
        QFile file(QString::fromUtf8(PROSPECTOR_KNOWN_UNREACHABLE));
        QSet<QString> contexts;
        if (!file.open(QIODevice::ReadOnly))
            return contexts;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            const QString context = line.section(u'#', 0, 0).trimmed();
            if (!context.isEmpty())
                contexts.insert(context);
        }
        return contexts;
    }

    static QStringList sourceFiles() {
        QFile list(QString::fromUtf8(PROSPECTOR_LUPDATE_SOURCES));
        QStringList files;
        if (!list.open(QIODevice::ReadOnly))
            return files;
        for (const QString &line : QString::fromUtf8(list.readAll()).split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(QStringLiteral("-I")))
                files << line;
        }
        return files;
    }

    static bool runLupdate(const QString &tsFile, QString *error) {
        QStringList arguments = QString::fromUtf8(PROSPECTOR_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
        arguments << QStringLiteral("@") + QString::fromUtf8(PROSPECTOR_LUPDATE_SOURCES)
                  << QStringLiteral("-ts") << tsFile;
        QProcess lupdate;
        lupdate.start(QString::fromUtf8(PROSPECTOR_LUPDATE), arguments);
        if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit ||
            lupdate.exitCode() != 0) {
            *error =
                QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAllStandardError());
            return false;
        }
        return true;
    }
};

QTEST_GUILESS_MAIN(TranslationCompleteness)

#include "tst_translationcompleteness.moc"
