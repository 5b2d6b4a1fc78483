/*
 * clock.h - monotonic time in milliseconds, and a fake clock for tests.
 */
#ifndef BC_CLOCK_H
#define BC_CLOCK_H

#include <stdint.h>

/* CLOCK_MONOTONIC in ms, or the fake time once clock_fake_set() was called. */
uint64_t clock_now(void);
void clock_fake_set(uint64_t ms);
/* A span of clock time as real milliseconds (for poll): differs only when time is scaled. */
uint64_t clock_real_ms(uint64_t ms);
void clock_fake_advance(uint64_t ms);

#endif
