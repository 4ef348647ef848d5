#include "logging/logsink.h"

#include "logging/redaction.h"

#include <QDir>
#include <QLoggingCategory>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace prospector::logging {
namespace {

std::shared_ptr<spdlog::logger> g_logger;

spdlog::level::level_enum toSpdLevel(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const QString text = redact(message);
    const char *category = context.category ? context.category : "default";
    if (g_logger)
        g_logger->log(toSpdLevel(type), "[{}] {}", category, text.toStdString());
    if (type == QtFatalMsg) {
        if (g_logger)
            g_logger->flush();
        std::abort();
    }
}

} // namespace

QString logFileName() {
    return QStringLiteral("prospector.log");
}

bool installLogSink(const LogOptions &options, QString *error) {
    std::vector<spdlog::sink_ptr> sinks;
    if (options.console) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::from_str(options.consoleLevel.toStdString()));
        sinks.push_back(console);
    }
    bool ok = true;
    if (!options.logDir.isEmpty()) {
        try {
            QDir().mkpath(options.logDir);
            const QString file = QDir(options.logDir).filePath(logFileName());
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), static_cast<size_t>(options.maxFileBytes),
                static_cast<size_t>(options.maxFiles)));
        } catch (const spdlog::spdlog_ex &e) {
            ok = false;
            if (error)
                *error = QString::fromUtf8(e.what());
        }
    }
    g_logger = std::make_shared<spdlog::logger>("prospector", sinks.begin(), sinks.end());
    g_logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    g_logger->set_level(spdlog::level::from_str(options.level.toStdString()));
    g_logger->flush_on(spdlog::level::warn);
    if (options.level == QLatin1String("debug") || options.level == QLatin1String("trace"))
        QLoggingCategory::setFilterRules(QStringLiteral("prospector.*.debug=true"));
    qInstallMessageHandler(handler);
    return ok;
}

void shutdownLogSink() {
    qInstallMessageHandler(nullptr);
    if (g_logger)
        g_logger->flush();
    g_logger.reset();
}

} // namespace prospector::logging
