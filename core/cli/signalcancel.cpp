#include "cli/signalcancel.h"

#include <csignal>

namespace prospector::cli {
namespace {

std::atomic<std::atomic_bool *> g_flag = nullptr;
volatile std::sig_atomic_t g_received = 0;

static_assert(std::atomic<std::atomic_bool *>::is_always_lock_free && std::atomic_bool::is_always_lock_free,
              "the signal handler may only touch lock-free atomics");

extern "C" void onSignal(int signal) {
    g_received = signal;
    if (std::atomic_bool *flag = g_flag.load())
        flag->store(true);
    std::signal(signal, SIG_DFL);
}

} // namespace

SignalCancel::SignalCancel(std::atomic_bool &flag) {
    g_received = 0;
    g_flag.store(&flag);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

SignalCancel::~SignalCancel() {
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_flag.store(nullptr);
}

int SignalCancel::received() const {
    return g_received;
}

} // namespace prospector::cli
