#pragma once

#include <QString>
#include <QTextStream>

namespace prospector::cli {

// Reads one secret line from standard input. On a terminal it prompts on `prompt` (stderr) and
// turns echo off while the rep types or pastes; from a pipe it just reads the first line.
// Secrets never come from the command line, where other users could see them in `ps`.
// Returns false when input ended before any line.
bool readSecretLine(const QString &promptText, QTextStream &prompt, QString *secret);

} // namespace prospector::cli
