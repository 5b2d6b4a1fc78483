/* plain.c - not written yet */
#include <stddef.h>
