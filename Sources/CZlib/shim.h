// zlib, for reading gzip-compressed corpora (.jsonl.gz, .csv.gz, …).
#ifndef CRQ_ZLIB_SHIM_H
#define CRQ_ZLIB_SHIM_H
#include <zlib.h>

/// inflateInit2 is a macro Swift cannot call; 15 + 32 reads both gzip and zlib headers.
static inline int crq_inflate_init(z_stream *stream) { return inflateInit2(stream, 15 + 32); }
#endif
