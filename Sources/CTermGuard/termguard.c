#define _POSIX_C_SOURCE 200809L
#include "termguard.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/curses.h>

static volatile sig_atomic_t pending_signal = 0;
static const int fatal_signals[] = { SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE };
enum { FATAL_COUNT = sizeof(fatal_signals) / sizeof(fatal_signals[0]) };
static struct sigaction previous[FATAL_COUNT];

static void on_fatal(int sig) {
    endwin();
    for (int i = 0; i < FATAL_COUNT; i++) {
        if (fatal_signals[i] == sig) { sigaction(sig, &previous[i], NULL); }
    }
    raise(sig);
}

static void on_exit_signal(int sig) { pending_signal = sig; }

void termguard_install(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_fatal;
    action.sa_flags = SA_NODEFER;
    for (int i = 0; i < FATAL_COUNT; i++) { sigaction(fatal_signals[i], &action, &previous[i]); }
    action.sa_handler = on_exit_signal;
    action.sa_flags = 0; /* no SA_RESTART: a blocked read returns so the loop sees the signal */
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
}

int termguard_pending_signal(void) { return pending_signal; }

void termguard_unblock_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    int wanted[] = { SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGQUIT };
    for (unsigned i = 0; i < sizeof wanted / sizeof wanted[0]; i++) { sigaddset(&set, wanted[i]); }
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

void termguard_stop_self(void) {
    struct sigaction standard, old;
    memset(&standard, 0, sizeof standard);
    sigemptyset(&standard.sa_mask);
    standard.sa_handler = SIG_DFL;
    sigaction(SIGTSTP, &standard, &old);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &old, NULL);
}

void termguard_die_by(int sig) {
    struct sigaction standard;
    memset(&standard, 0, sizeof standard);
    sigemptyset(&standard.sa_mask);
    standard.sa_handler = SIG_DFL;
    sigaction(sig, &standard, NULL);
    raise(sig);
    _exit(128 + sig);
}
