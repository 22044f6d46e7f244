/* What Swift cannot import from ncursesw by itself: wide-character API, macros, mutable globals. */
#ifndef HEARSAY_CNCURSESW_SHIM_H
#define HEARSAY_CNCURSESW_SHIM_H

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1      /* without it there is no cchar_t, wget_wch or mvwaddnwstr */
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Mutable C globals: Swift 6 refuses to read them directly. */
static inline WINDOW *hs_stdscr(void) { return stdscr; }
static inline int hs_lines(void) { return LINES; }
static inline int hs_cols(void) { return COLS; }
static inline int hs_colors(void) { return COLORS; }
static inline int hs_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *hs_stdout(void) { return stdout; }
static inline FILE *hs_stdin(void) { return stdin; }

/* Function-like macros: not importable. */
static inline attr_t hs_a_bold(void) { return A_BOLD; }
static inline attr_t hs_a_dim(void) { return A_DIM; }
static inline attr_t hs_a_underline(void) { return A_UNDERLINE; }
static inline attr_t hs_a_reverse(void) { return A_REVERSE; }
static inline attr_t hs_a_standout(void) { return A_STANDOUT; }
static inline attr_t hs_a_italic(void) { return A_ITALIC; }
static inline int hs_key_f(int n) { return KEY_F(n); }

/* TERM=dumb and friends cannot address the cursor. */
static inline int hs_can_address_cursor(void) {
    char *s = tigetstr("cup");
    return s != NULL && s != (char *)-1;
}

static inline int hs_is_utf8_codeset(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

#endif
