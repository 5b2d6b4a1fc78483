/*
 * clock.c - monotonic milliseconds; a fake clock for tests.
 */
#include <stdbool.h>
#include <time.h>

#include "clock.h"

static bool fake;
static uint64_t fake_now;

uint64_t
clock_now(void)
{
	struct timespec ts;

	if (fake)
		return fake_now;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
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
