#include "cli/secretinput.h"

#include <QtGlobal>
#include <cstdio>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace prospector::cli {
namespace {

bool stdinIsTerminal() {
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(fileno(stdin)) != 0;
#endif
}

// Turns terminal echo off for its lifetime (and back on, even on early return).
class EchoOff {
public:
    EchoOff() {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) && SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff() {
        if (!m_active)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_saved{};
#endif
};

bool readLine(std::string *line) {
    line->clear();
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            return true;
        line->push_back(static_cast<char>(c));
    }
    return any;
}

} // namespace

bool readSecretLine(const QString &promptText, QTextStream &prompt, QString *secret) {
    std::string line;
    bool ok = false;
    if (stdinIsTerminal()) {
        prompt << promptText << Qt::flush;
        {
            EchoOff echoOff;
            ok = readLine(&line);
        }
        prompt << '\n' << Qt::flush; // the rep's Enter was not echoed
    } else {
        ok = readLine(&line);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    *secret = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size())).trimmed();
    // Wipe our copy; the QString is the only one the caller keeps.
    std::fill(line.begin(), line.end(), '\0');
    return ok;
}

} // namespace prospector::cli
