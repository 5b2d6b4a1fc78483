#!/bin/sh
# tests/bench/sleep-countdown.sh [--plain] STEPS SECONDS: the reference the
# benchmark compares backcoach with - the countdown anyone would write in
# shell: `sleep 1` in a loop.  With --plain it prints a step-start line per
# step (offset from its own start, like plain mode); otherwise it redraws a
# countdown on one line every second, like a minimal full-screen timer.
plain=0
[ "${1:-}" = --plain ] && { plain=1; shift; }
steps=$1 secs=$2
step=1
while [ "$step" -le "$steps" ]; do
	[ $plain -eq 1 ] && printf 'step-start\t%d\n' "$step"
	left=$secs
	while [ "$left" -gt 0 ]; do
		[ $plain -eq 0 ] && printf '\rstep %d  %02d:%02d ' "$step" $((left / 60)) $((left % 60))
		sleep 1
		left=$((left - 1))
	done
	step=$((step + 1))
done
[ $plain -eq 1 ] && printf 'finished\n'
exit 0
