#ifndef DOSSIER_CFUZZERDRIVER_H
#define DOSSIER_CFUZZERDRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry point for programs that have a main of their own: it parses libFuzzer's
/// flags from argc/argv and calls `callback` with each input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
