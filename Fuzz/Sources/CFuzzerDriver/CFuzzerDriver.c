// The declaration in include/CFuzzerDriver.h is all this target holds; libFuzzer provides the
// definition when linked with -sanitize=fuzzer.
#include "CFuzzerDriver.h"
