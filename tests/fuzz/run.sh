#!/bin/sh
# tests/fuzz/run.sh - build the libFuzzer target for the YAML loader with
# clang (ASan + UBSan + libFuzzer), outside the normal build, and run it for
# FUZZ_SECONDS seconds seeded from the shipped routines and the good and bad
# fixtures.  Fails on any crash, leak, timeout, out-of-memory or sanitizer
# report.  Called by `make fuzz FUZZ_SECONDS=N`; needs top_srcdir and
# top_builddir (the build directory, for config.h).
set -u
: "${top_srcdir:?run through make fuzz}" "${top_builddir:?run through make fuzz}"
secs=${FUZZ_SECONDS:-60}
cc=${FUZZ_CC:-clang}
out=$top_builddir/fuzz
mkdir -p "$out/corpus" "$out/artifacts"

command -v "$cc" >/dev/null 2>&1 || { echo "fuzz: $cc not found (apt-get install clang libclang-rt-14-dev)"; exit 1; }
cyaml_cflags=${CYAML_CFLAGS:-$(pkg-config --cflags libcyaml yaml-0.1)}
cyaml_libs=${CYAML_LIBS:-$(pkg-config --libs libcyaml)}
yaml_libs=${YAML_LIBS:-$(pkg-config --libs yaml-0.1)}

# The loader and what it needs; nothing with curses or sound.
srcs=
for f in error text xmalloc yamlload yaml-map yaml-check routine painsrc settings schedule draw body library routine-lang pose pose-draw paths; do
	srcs="$srcs $top_srcdir/src/$f.c"
done
echo "fuzz: building $out/fuzz-routine"
# shellcheck disable=SC2086
"$cc" -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all -std=gnu11 -Wall -Wextra \
	-I"$top_builddir" -I"$top_srcdir/src" $cyaml_cflags \
	-DBC_PKGDATADIR="\"/nonexistent\"" -DBC_LOCALEDIR="\"/nonexistent\"" -DBC_SRCDIR="\"$top_srcdir\"" \
	-DBC_BUILDDIR="\"$top_builddir\"" \
	-o "$out/fuzz-routine" "$top_srcdir/tests/fuzz/fuzz-routine.c" $srcs \
	$cyaml_libs $yaml_libs || { echo "fuzz: build failed"; exit 1; }

seeds=
# tests/fixtures holds good/, bad/, painsrc/ and settings/ (read recursively)
for d in "$top_srcdir/routines" "$top_srcdir/tests/fixtures"; do
	[ -d "$d" ] && seeds="$seeds $d"
done
echo "fuzz: running for ${secs}s; corpus $out/corpus, seeds:$seeds"
# -max_len above the 4096-byte text limit, so that the limit is reached.
# shellcheck disable=SC2086
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
"$out/fuzz-routine" -max_total_time="$secs" -rss_limit_mb=512 -timeout=5 \
	-detect_leaks=1 -max_len=16384 -print_final_stats=1 \
	-dict="$top_srcdir/tests/fuzz/yaml.dict" \
	-artifact_prefix="$out/artifacts/" "$out/corpus" $seeds \
	>"$out/fuzz.log" 2>&1
st=$?
# The last status line: "#N DONE cov: C ft: F corp: ... exec/s: E rss: R"
grep -E '^#[0-9]+' "$out/fuzz.log" | tail -1
grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$out/fuzz.log"
if [ $st -ne 0 ]; then
	echo "fuzz: FAILED (status $st); the report:"
	grep -nE 'ERROR|SUMMARY|broken promise|Test unit written' "$out/fuzz.log" | head -20
	tail -60 "$out/fuzz.log"
	exit 1
fi
echo "fuzz: ok, no crash, leak or timeout in ${secs}s"
