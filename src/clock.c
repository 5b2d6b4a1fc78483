/*
 * clock.c - monotonic milliseconds; a fake clock for tests.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <time.h>

#include "clock.h"

static bool fake;
static uint64_t fake_now;
static unsigned scale;		/* 0: not read yet */
static uint64_t scale_base;

/*
 * BACKCOACH_CLOCK_SCALE=N (1..1000) makes time run N times faster, so that
 * tests can run every shipped routine end to end in seconds.  A testing
 * aid: documented in the man page's ENVIRONMENT section.
 */
static unsigned
clock_scale(void)
{
	const char *v;
	long n;

	if (scale == 0) {
		v = getenv("BACKCOACH_CLOCK_SCALE");
		n = v ? strtol(v, NULL, 10) : 1;
		scale = n >= 1 && n <= 1000 ? (unsigned)n : 1;
	}
	return scale;
}

static uint64_t
real_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

uint64_t
clock_now(void)
{
	uint64_t now;

	if (fake)
		return fake_now;
	now = real_now();
	if (clock_scale() == 1)
		return now;
	if (scale_base == 0)
		scale_base = now;
	return scale_base + (now - scale_base) * scale;
}

uint64_t
clock_real_ms(uint64_t ms)
{
	return fake ? ms : (ms + clock_scale() - 1) / clock_scale();
}

void
clock_fake_set(uint64_t ms)
{
	fake = true;
	fake_now = ms;
}

void
clock_fake_advance(uint64_t ms)
{
	fake = true;
	fake_now += ms;
}
