#pragma once

#include <QTranslator>

namespace prospector::ui {

// A translator for pseudo-localization: every string comes back about 40 % longer, with accented
// letters and bracketed ends, so untranslated strings, clipped labels and layouts that cannot
// grow show up before a real translation exists. Placeholders (%1, %L1, %n), mnemonics (&) and
// markup tags pass through unchanged so the strings stay usable.
class PseudoTranslator : public QTranslator {
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    static QString pseudoLocalize(const QString &source);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }
};

} // namespace prospector::ui
