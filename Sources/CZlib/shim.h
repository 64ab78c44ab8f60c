#ifndef DOSSIER_CZLIB_SHIM_H
#define DOSSIER_CZLIB_SHIM_H
#include <zlib.h>

/// inflateInit2 is a macro; 16 + MAX_WBITS asks zlib for gzip framing (32 would auto-detect zlib too).
static inline int dossier_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 32 + MAX_WBITS);
}
#endif
