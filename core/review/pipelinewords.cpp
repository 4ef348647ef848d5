#include "review/pipelinewords.h"

#include <QCoreApplication>
#include <QtGlobal>
#include <array>
#include <utility>

namespace prospector::review {
namespace {

// A stored key and the word shown for it.
using Word = std::pair<const char *, const char *>;

constexpr std::array<Word, 9> kStages = {{
    {"new", QT_TRANSLATE_NOOP("PipelineWords", "New")},
    {"enriched", QT_TRANSLATE_NOOP("PipelineWords", "Enriched")},
    {"qualified", QT_TRANSLATE_NOOP("PipelineWords", "Qualified")},
    {"synced", QT_TRANSLATE_NOOP("PipelineWords", "Synced")},
    {"enrolled", QT_TRANSLATE_NOOP("PipelineWords", "Enrolled")},
    {"replied", QT_TRANSLATE_NOOP("PipelineWords", "Replied")},
    {"meeting", QT_TRANSLATE_NOOP("PipelineWords", "Meeting")},
    {"won", QT_TRANSLATE_NOOP("PipelineWords", "Won")},
    {"lost", QT_TRANSLATE_NOOP("PipelineWords", "Lost")},
}};

constexpr std::array<Word, 4> kTiers = {{
    {"hot", QT_TRANSLATE_NOOP("PipelineWords", "Hot")},
    {"warm", QT_TRANSLATE_NOOP("PipelineWords", "Warm")},
    {"cold", QT_TRANSLATE_NOOP("PipelineWords", "Cold")},
    {"none", QT_TRANSLATE_NOOP("PipelineWords", "Unscored")},
}};

template <size_t N>
QString wordFor(const std::array<Word, N> &table, const QString &key) {
    for (const auto &[stored, word] : table) {
        if (key == QLatin1String(stored))
            return QCoreApplication::translate("PipelineWords", word);
    }
    return key;
}

} // namespace

QString stageWord(const QString &stage) {
    return wordFor(kStages, stage);
}

QString tierWord(const QString &tier) {
    return wordFor(kTiers, tier);
}

} // namespace prospector::review
