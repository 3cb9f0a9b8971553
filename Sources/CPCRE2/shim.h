// PCRE2 with 8-bit code units (UTF-8), the regex engine corpus tools use.
#ifndef CRQ_PCRE2_SHIM_H
#define CRQ_PCRE2_SHIM_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/// PCRE2_ZERO_TERMINATED and PCRE2_UNSET are macros Swift cannot import as values.
static inline size_t crq_pcre2_unset(void) { return PCRE2_UNSET; }
#endif
