#!/bin/sh
# tests/bench/gen-routines.sh N DIR: write N small valid routine files
# (gen-00001 ... ) into DIR, for start-up figures with a large library.
set -eu
n=$1 dir=$2
mkdir -p "$dir"
awk -v n="$n" -v dir="$dir" 'BEGIN {
	split("neck shoulders upper-back middle-back lower-back", areas, " ")
	split("stretch massage mixed", kinds, " ")
	for (i = 1; i <= n; i++) {
		f = sprintf("%s/gen-%05d.yaml", dir, i)
		printf "id: gen-%05d\n", i > f
		printf "title: Generated routine number %d\n", i > f
		printf "summary: A routine made up for the benchmark.\n" > f
		printf "areas: [%s, %s]\n", areas[i % 5 + 1], areas[(i + 2) % 5 + 1] > f
		printf "kind: %s\n", kinds[i % 3 + 1] > f
		printf "equipment: [chair]\n" > f
		printf "caution: Stop if pain becomes sharp.\n" > f
		printf "steps:\n" > f
		for (s = 1; s <= 3; s++) {
			printf "  - name: Step %d\n", s > f
			printf "    seconds: %d\n", s == 1 ? 1 : 20 > f
			printf "    instructions: Move slowly and breathe out as you go.\n" > f
			if (s == 2) printf "    sides: left-right\n    reps: 2\n    rest: 5\n" > f
		}
		close(f)
	}
}'
