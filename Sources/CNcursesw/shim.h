#ifndef DOSSIER_CNCURSESW_SHIM_H
#define DOSSIER_CNCURSESW_SHIM_H
// The wide-character API (cchar_t, get_wch, setcchar) is only declared with this defined.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros Swift cannot import, as functions.
static inline attr_t dossier_a_normal(void) { return A_NORMAL; }
static inline attr_t dossier_a_bold(void) { return A_BOLD; }
static inline attr_t dossier_a_underline(void) { return A_UNDERLINE; }
static inline attr_t dossier_a_reverse(void) { return A_REVERSE; }
static inline attr_t dossier_a_dim(void) { return A_DIM; }
static inline int dossier_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline mmask_t dossier_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t dossier_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t dossier_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t dossier_wheel_down(void) { return BUTTON5_PRESSED; }

// The C library's idea of a character's width; not in the Glibc module.
extern int wcwidth(wchar_t c);
#endif
