/* Restoring the terminal on every exit path that Swift code cannot catch: crashes and signals. */
#ifndef HEARSAY_TERMGUARD_H
#define HEARSAY_TERMGUARD_H

/* Installs handlers: on ILL/TRAP/ABRT/SEGV/BUS/FPE call endwin(), then hand the signal to the previous
   handler (the Swift backtracer); on INT/TERM/HUP only record the signal for the main loop. */
void termguard_install(void);

/* The INT/TERM/HUP signal received, or 0. */
int termguard_pending_signal(void);

/* Unblocks WINCH, INT, TERM, HUP, TSTP, CONT and QUIT (a parent may have blocked them). */
void termguard_unblock_signals(void);

/* Stops the process as Ctrl-Z would (default SIGTSTP action) and returns once it is continued. */
void termguard_stop_self(void);

/* Ends with `sig` as the cause of death, as the shell expects (default action, re-raised). */
void termguard_die_by(int sig);

#endif
