// Non-variadic wrappers over libedit's variadic el_set/el_get/history, which Swift cannot call.
#ifndef CRQ_LIBEDIT_SHIM_H
#define CRQ_LIBEDIT_SHIM_H
#include <stdio.h>
#include <sys/ioctl.h>
#include <histedit.h>

typedef unsigned char (*crq_el_fn)(EditLine *, int);
typedef char *(*crq_el_prompt_fn)(EditLine *);

/// el_init on the process's standard streams (Swift 6 cannot touch the C globals stdin/stdout/stderr).
static inline EditLine *crq_el_init(const char *prog) { return el_init(prog, stdin, stdout, stderr); }
/// Flushes C stdio's stdout, which libedit writes through, before writing to fd 1 directly.
static inline void crq_flush_stdout(void) { fflush(stdout); }
/// Columns of the terminal on `fd`, or 0 when it is not a terminal (ioctl is variadic).
static inline int crq_terminal_columns(int fd) { struct winsize ws; return ioctl(fd, TIOCGWINSZ, &ws) == 0 ? ws.ws_col : 0; }

static inline int crq_el_set_prompt(EditLine *e, crq_el_prompt_fn f) { return el_set(e, EL_PROMPT, f); }
static inline int crq_el_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int crq_el_set_signal(EditLine *e, int on) { return el_set(e, EL_SIGNAL, on); }
static inline int crq_el_set_clientdata(EditLine *e, void *data) { return el_set(e, EL_CLIENTDATA, data); }
static inline void *crq_el_get_clientdata(EditLine *e) { void *d = NULL; el_get(e, EL_CLIENTDATA, &d); return d; }
static inline int crq_el_set_hist(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
static inline int crq_el_addfn(EditLine *e, const char *name, const char *help, crq_el_fn f) { return el_set(e, EL_ADDFN, name, help, f); }
static inline int crq_el_bind(EditLine *e, const char *key, const char *fn) { return el_set(e, EL_BIND, key, fn, NULL); }
static inline int crq_el_prep_term(EditLine *e, int raw) { return el_set(e, EL_PREP_TERM, raw); }
static inline int crq_el_settty(EditLine *e, const char *a, const char *b) { return el_set(e, EL_SETTY, a, b, NULL); }

static inline int crq_history_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int crq_history_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
static inline int crq_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int crq_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
static inline int crq_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }
#endif
