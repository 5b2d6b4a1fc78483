#!/bin/sh
# Languages: routines and messages in German where a translation is, English
# where none is (field by field), translations checked by validate with their
# position, and the C locale untranslated.
. "$top_srcdir/tests/lib.sh"

de() { LANGUAGE=de LC_ALL=de_DE.UTF-8 "$BACKCOACH" "$@"; }
if ! LC_ALL=de_DE.UTF-8 locale charmap 2>/dev/null | grep -q UTF-8; then
	skip "the de_DE.UTF-8 locale is not installed (build-aux/install-deps adds locales-all)"
	done_testing
fi

# shipped routines: German titles and steps, English in the C locale
out=$(de list); ok $? "LANGUAGE=de list exits 0"
echo "$out" | grep -q "^desk-reset	.*	Kurze Pause am Schreibtisch$"
ok $? "list gives the German title of desk-reset"
out=$(LC_ALL=C "$BACKCOACH" list)
echo "$out" | grep -q "^desk-reset	.*	Quick desk reset$"
ok $? "in the C locale the title is English"
out=$(LANGUAGE=de LC_ALL=C "$BACKCOACH" list)
echo "$out" | grep -q "Quick desk reset"
ok $? "LANGUAGE is ignored in the C locale, as gettext does"
out=$(de show desk-reset)
echo "$out" | grep -q "Schulterkreisen"; ok $? "show names the steps in German"
echo "$out" | grep -q "Stuhlkante"; ok $? "show gives the instructions in German"
echo "$out" | grep -q "02:40"; ok $? "and the same length as in English (02:40)"

# a person's own routine without a translation stays English; with a
# partial one, the fields it leaves out stay English
R=$TEST_TMP/r
mkdir -p "$R/de"
cp "$top_srcdir/tests/fixtures/lang/two-steps.yaml" "$R/"
sed 's/two-steps/mine/; s/Two steps/My own/' "$R/two-steps.yaml" >"$R/mine.yaml"
cp "$top_srcdir/tests/fixtures/lang/de/two-steps.yaml" "$R/de/"
out=$(de -d "$R" list)
echo "$out" | grep -q "	My own$"; ok $? "a routine without a German file is listed in English"
echo "$out" | grep -q "	Zwei Schritte$"; ok $? "a routine with one is listed in German"
out=$(de -d "$R" show two-steps)
echo "$out" | grep -q "Erster"; ok $? "its translated step is German"
echo "$out" | grep -q "Second"; ok $? "the step it leaves out is English"

# a bad translation: a warning with its place, the English text used
cp "$top_srcdir/tests/fixtures/lang/fr/two-steps.yaml" "$R/de/two-steps.yaml"
err=$(de -d "$R" list 2>&1 >"$TEST_TMP/out"); st=$?
[ $st -eq 0 ]; ok $? "a bad translation does not stop list (got $st)"
echo "$err" | grep -q "de/two-steps.yaml:5:14: eine Übersetzung enthält nur Wörter.*(der englische Text wird verwendet)"
ok $? "it is named with line and column, the message in German: $err"
err=$(LC_ALL=C.UTF-8 "$BACKCOACH" validate "$R/de/two-steps.yaml" 2>&1 >/dev/null)
echo "$err" | grep -q "de/two-steps.yaml:5:14: a translation carries words only"
ok $? "the same error in English in the C locale, at the same place: $err"
grep -q "	Two steps$" "$TEST_TMP/out"; ok $? "and the routine is shown in English"

# validate: a routine with its translations, and a translation by itself
err=$("$BACKCOACH" validate "$R/two-steps.yaml" 2>&1 >/dev/null); st=$?
[ $st -eq 65 ]; ok $? "validate of a routine with a bad translation exits 65 (got $st)"
echo "$err" | grep -q "/de/two-steps.yaml:5:14: "; ok $? "naming the translation's place: $err"
err=$("$BACKCOACH" validate "$R/de/two-steps.yaml" 2>&1 >/dev/null); st=$?
[ $st -eq 65 ]; ok $? "validate of the translation itself exits 65 (got $st)"
cp "$top_srcdir/tests/fixtures/lang/it/two-steps.yaml" "$R/de/two-steps.yaml"
err=$("$BACKCOACH" validate "$R/de/two-steps.yaml" 2>&1 >/dev/null)
echo "$err" | grep -q "de/two-steps.yaml:5:5: step 3 does not exist"
ok $? "a step the routine does not have is refused at its place: $err"
out=$("$BACKCOACH" validate "$top_srcdir"/routines/de/*.yaml 2>&1); st=$?
[ $st -eq 0 ]; ok $? "every shipped German file validates (got $st)"
[ "$(echo "$out" | grep -c ': ok$')" -eq "$(ls "$top_srcdir"/routines/de/*.yaml | wc -l)" ]
ok $? "one ok line each"

# the data files write 1.5: a locale with a decimal comma (de) reads them alike
err=$(de map rhomboids 2>&1 >"$TEST_TMP/out"); st=$?
[ $st -eq 0 ] && [ -z "$err" ]; ok $? "LANGUAGE=de map reads the body map's coordinates (got $st: $err)"
grep -q "ball-wall-trigger-tour" "$TEST_TMP/out"; ok $? "and names the routines for the muscle"
err=$(de poses seated-chin-tuck 2>&1 >/dev/null); st=$?
[ $st -eq 0 ] && [ -z "$err" ]; ok $? "LANGUAGE=de poses reads the poses' seconds (got $st: $err)"

# today in German (i18n-remind): a plan and a log written here; every figure
# worked out by hand (TZ=Europe/Berlin, "now" Thursday 2026-12-03 12:00 CET,
# the plan runs Tue 2026-12-01 to Mon 2026-12-14)
export TZ=Europe/Berlin
log=$XDG_STATE_HOME/backcoach/sessions.log
mkdir -p "$(dirname "$log")"
T=$(printf '\t')
rec() { printf 'v1%s%s%s%s%sneck%s300%s%s%s5/5%s%s%s%s%s0.1.0\n' "$T" "$1" "$T" "$2" "$T" "$T" "$T" "$3" "$T" "$T" "$4" "$T" "$T" "$T"; }
{
	rec 2026-12-01T09:00:00+01:00 desk-reset 300 completed		# Tue
	rec 2026-12-03T08:30:00+01:00 desk-reset 300 completed		# Thu
	rec 2026-12-03T09:15:00+01:00 floor-upper-back-session 300 completed
} >"$log"
chmod 600 "$log"
P=$top_srcdir/tests/plan/plan.yaml
out=$(BACKCOACH_NOW=1796295600 de today --plan "$P" 2>"$TEST_TMP/err"); st=$?
[ $st -eq 0 ]; ok $? "LANGUAGE=de today exits 0 (got $st)"
[ ! -s "$TEST_TMP/err" ]; ok $? "and says nothing on stderr: $(cat "$TEST_TMP/err")"
echo "$out" | grep -q "^01.12.2026 bis 14.12.2026, Tag 3 von 14$"
ok $? "today: the plan's span and day 3 of 14 in German"
echo "$out" | grep -q "^Heute (Do, 03.12.2026):$"
ok $? "today: the day through the locale (Do, 03.12.2026)"
echo "$out" | grep -Eq "^ +desk-reset +1/3 +noch 2$"
ok $? "today: desk-reset 1/3 (Thursday 08:30), noch 2"
echo "$out" | grep -Eq "^ +floor-upper-back-session +1 heute; 3 pro Woche$"
ok $? "today: floor-upper-back-session 1 heute; 3 pro Woche"
echo "$out" | grep -q "^Diese Woche (Mo, 30.11.2026 bis So, 06.12.2026):$"
ok $? "this week from Monday 30.11 to Sunday 06.12"
# desk-reset Tue..Fri (the plan starts Tue) x 3 = 12, done Tue 1 + Thu 1;
# still possible: Thu 3 - 1 = 2 and Fri 3; missed: Tue 3 - 1 = 2 and Wed 3
echo "$out" | grep -Eq "^ +desk-reset +2/12 +noch 5 möglich, 5 verpasst$"
ok $? "this week: desk-reset 2/12, noch 5 möglich, 5 verpasst"
if [ $_failed -gt 0 ]; then diag "$out"; fi
out=$(BACKCOACH_NOW=1796295600 LC_ALL=C.UTF-8 "$BACKCOACH" today --plan "$P")
echo "$out" | grep -Eq "^ +desk-reset +1/3 +2 to go$"
ok $? "the same figures in English in the C locale"

# a bad plan: its position as it is, the message in German
# (days: [mon, tue, wdn, thu] on line 7, wdn at column 22)
err=$(de today --plan "$top_srcdir/tests/plan/bad-day.yaml" 2>&1 >/dev/null); st=$?
[ $st -eq 65 ]; ok $? "a bad plan exits 65 in German too (got $st)"
echo "$err" | grep -q "bad-day.yaml:7:22: unbekannter Tag 'wdn' (mon, tue, wed, thu, fri, sat, sun)$"
ok $? "its error is German at FILE:7:22: $err"
err=$(LC_ALL=C.UTF-8 "$BACKCOACH" today --plan "$top_srcdir/tests/plan/bad-day.yaml" 2>&1 >/dev/null)
echo "$err" | grep -q "bad-day.yaml:7:22: unknown day 'wdn'"
ok $? "and English in the C locale at the same place: $err"

# the poses gallery in German
out=$(de poses cat-cow 2>"$TEST_TMP/err"); st=$?
[ $st -eq 0 ]; ok $? "LANGUAGE=de poses cat-cow exits 0 (got $st): $(head -2 "$TEST_TMP/err")"
echo "$out" | grep -q "^  von der Seite gesehen; "
ok $? "the pose's view in German"
err=$(de poses cat-cwo 2>&1 >/dev/null)
echo "$err" | grep -q "keine Pose namens 'cat-cwo' (meinten Sie 'cat-cow'?)"
ok $? "an unknown pose in German, with the near name: $err"

# the pain-source file in German (painsrc-lang): the map names the muscle,
# where its knot lies and where its pain is felt in German; the English name
# stays what is typed, and the German one is taken too
flat() { tr '\n' ' ' | tr -s ' '; }
out=$(de map "upper trapezius" 2>"$TEST_TMP/err"); st=$?
[ $st -eq 0 ] && [ ! -s "$TEST_TMP/err" ]
ok $? "LANGUAGE=de map \"upper trapezius\": the English name is accepted (got $st: $(head -2 "$TEST_TMP/err"))"
echo "$out" | grep -q "^oberer Trapezmuskel: "; ok $? "the muscle is named in German"
echo "$out" | flat | grep -q "oben auf der Schulter, auf halbem Weg zwischen Hals und Schulterspitze\."
ok $? "its knot is said in German"
echo "$out" | flat | grep -q "hinter das Ohr und zur Schläfe, manchmal bis zum Kieferwinkel\."
ok $? "where its pain is felt, in German"
echo "$out" | grep -q "upper trapezius"; [ $? -ne 0 ]; ok $? "and no English muscle name is shown"
out=$(LC_ALL=C.UTF-8 "$BACKCOACH" map "upper trapezius")
echo "$out" | grep -q "^upper trapezius: "; ok $? "in the C locale the muscle is named in English"
echo "$out" | flat | grep -q "halfway between the neck and the shoulder tip"; ok $? "and its knot too"
out=$(de map rautenmuskeln 2>&1); st=$?
[ $st -eq 0 ]; ok $? "the German name is accepted too, case aside (got $st)"
echo "$out" | grep -q "^Rautenmuskeln (Rhomboideus): "; ok $? "and gives the rhomboids"
out=$(de map); echo "$out" | grep -q "^  Schulterblattheber (Levator scapulae) - levator scapulae$"
ok $? "map's list gives each German name with the English one to type"

# a person's own pain-source file with a bad German file beside it
S=$TEST_TMP/s
mkdir -p "$S/de"
cp "$top_srcdir"/routines/*.yaml "$S/"
printf 'muscles:\n  - name: rhomboids\n    label: Rauten\n  - name: lower trapezius\n    label: unterer Trapezmuskel\n' >"$S/de/pain-sources.yaml"
err=$(de -d "$S" map rhomboids 2>&1 >"$TEST_TMP/out"); st=$?
[ $st -eq 0 ]; ok $? "a bad translation does not stop map (got $st)"
echo "$err" | grep -q "de/pain-sources.yaml:4:11: .*'lower trapezius'.* (.*)$"
ok $? "it is named with line and column: $err"
grep -q "^rhomboids: " "$TEST_TMP/out"; ok $? "and the map is English, not half translated"
err=$("$BACKCOACH" validate "$S/pain-sources.yaml" 2>&1 >/dev/null); st=$?
[ $st -eq 65 ]; ok $? "validate of the pain-source file checks its translations (got $st)"
echo "$err" | grep -q "/de/pain-sources.yaml:4:11: "; ok $? "naming the place: $err"
err=$("$BACKCOACH" validate "$S/de/pain-sources.yaml" 2>&1 >/dev/null); st=$?
[ $st -eq 65 ]; ok $? "validate of the translation itself exits 65 (got $st)"
printf 'muscles:\n  - name: rhomboids\n    zone: [{view: back, ellipse: [0.3, 1.8, 0.1, 0.1]}]\n' >"$S/de/pain-sources.yaml"
err=$("$BACKCOACH" validate "$S/de/pain-sources.yaml" 2>&1 >/dev/null)
echo "$err" | grep -q "de/pain-sources.yaml:3:11: a translation carries words only: 'zone' stays"
ok $? "a zone in a translation is refused at its place: $err"
out=$("$BACKCOACH" validate "$top_srcdir/routines/pain-sources.yaml" 2>&1); st=$?
[ $st -eq 0 ]; ok $? "the shipped pain-source file validates with its German file (got $st: $out)"

# --- the command line's own words (i18n-cli): history, --help, a usage
# error in German; the machine formats the same in both languages; numbers
# in the files read the same under a German LC_NUMERIC.
err=$(de show desk-reset 2>&1 >/dev/null)
[ -z "$err" ]; ok $? "show in German loads the figures (1.2 read as 1.2 with LC_NUMERIC=de_DE): $err"
if ! grep -q '^msgid "usage: "' "$top_srcdir/po/de.po"; then
	skip "po/de.po has no German for the command line yet (po/de-cli.po not merged)"
else
	out=$(de --help); st=$?
	[ $st -eq 0 ]; ok $? "--help in German exits 0 (got $st)"
	echo "$out" | grep -q "^Aufruf: backcoach \[OPTIONEN\] "; ok $? "--help begins with Aufruf:"
	echo "$out" | grep -q "^Hören Sie auf, wenn der Schmerz stechend wird"
	ok $? "--help says when to stop, in German"
	w=$(echo "$out" | LC_ALL=de_DE.UTF-8 wc -L)
	[ "$w" -le 79 ]; ok $? "no line of the German --help is wider than 79 columns (widest $w)"
	err=$(de lisst 2>&1 >/dev/null); st=$?
	[ $st -eq 64 ]; ok $? "a usage error in German exits 64 (got $st)"
	[ "$err" = "backcoach: unbekannter Befehl 'lisst' (siehe backcoach --help)" ]
	ok $? "and says so in German: $err"

	# a log: Wed 2026-11-25 12:00 UTC is now; 08:00 that day 540 s done,
	# pain 5 to 3; 08:30 stopped after 2 s (too short)
	LOG="$XDG_STATE_HOME/backcoach/sessions.log"
	mkdir -p "$(dirname "$LOG")"
	printf 'v1\t2026-11-25T08:00:00+00:00\tneck-desk-stretch\tneck\t600\t540\t4/4\tcompleted\t5\t3\t0.1.0\n' >"$LOG"
	printf 'v1\t2026-11-25T08:30:00+00:00\tnot-in-library\tneck\t600\t2\t0/4\tabandoned\t8\t1\t0.1.0\n' >>"$LOG"
	chmod 600 "$LOG"
	hist() { TZ=UTC BACKCOACH_NOW=1795608000 "$@" history; }
	out=$(hist de); st=$?
	[ $st -eq 0 ]; ok $? "history in German exits 0 (got $st)"
	echo "$out" | grep -q "^Datum  *Minuten  Ergebnis  *Schmerz  Übungsfolge$"
	ok $? "history's headings are German"
	echo "$out" | grep -q "^25\.11\.2026 08:00  *9,0  abgeschlossen  5→3  "
	ok $? "the date as de_DE writes it (25.11.2026), 9,0 minutes with a decimal comma"
	echo "$out" | grep -q "^25\.11\.2026 08:30  *0,0  zu kurz  "
	ok $? "a session of 2 s is 'zu kurz'"
	echo "$out" | grep -q "^Diese Woche:  *1 Übungseinheit, 9,0 Minuten$"
	ok $? "the summary is German, with the singular and a decimal comma"
	out=$(hist env LC_ALL=C.UTF-8 "$BACKCOACH")
	echo "$out" | grep -q "^2026-11-25 08:00      9\.0  completed  5→3    "
	ok $? "in the C locale: ISO date, a point, English"
	for f in tsv csv json; do
		hist de --format $f >"$TEST_TMP/de.$f" 2>/dev/null
		hist env LC_ALL=C.UTF-8 "$BACKCOACH" --format $f >"$TEST_TMP/c.$f" 2>/dev/null
	done
	# the title is the routine's own, in the language of its file (as in
	# list): every other column is the same
	cut -f1,2,4- "$TEST_TMP/de.tsv" >"$TEST_TMP/de.cut"
	cut -f1,2,4- "$TEST_TMP/c.tsv" >"$TEST_TMP/c.cut"
	cmp -s "$TEST_TMP/de.cut" "$TEST_TMP/c.cut" && [ -s "$TEST_TMP/c.cut" ]
	ok $? "history --format tsv: the same in German as in C but for the title"
	grep -q "	Nackendehnungen am Schreibtisch	" "$TEST_TMP/de.tsv" &&
	    grep -q "	neck	600	540	4	4	completed	5	3	false	" "$TEST_TMP/de.tsv"
	ok $? "its numbers and words are the log's (540, completed), the title German"
	[ "$(sed -n 3p "$TEST_TMP/de.tsv")" = "$(sed -n 3p "$TEST_TMP/c.tsv")" ]
	ok $? "a routine without a title is the same line byte for byte"
	grep -q '"done_seconds":540,' "$TEST_TMP/de.json"
	ok $? "json keeps its numbers bare in German"
fi

# --- the loader's words (i18n-loader): an error's place as it is, the
# message in German, field names as they are written (secnds on line 10,
# column 5; 5000 on line 10, column 14); show's kind, level, areas and
# equipment in German; list's columns stay the file's words for scripts.
L=$TEST_TMP/loader
mkdir -p "$L"
printf 'id: typo\ntitle: Typo\nsummary: s\nareas: [upper-back]\nkind: stretch\nlevel: firm\nequipment: [ball]\ncaution: c\nsteps:\n  - secnds: 10\n    name: n\n    instructions: i\n' >"$L/typo.yaml"
sed 's/secnds: 10/seconds: 5000/' "$L/typo.yaml" >"$L/long.yaml"
mkdir -p "$L/lib"
sed 's/secnds: 10/seconds: 10/; s/^id: typo/id: labels/' "$L/typo.yaml" >"$L/lib/labels.yaml"
err=$(LC_ALL=C.UTF-8 "$BACKCOACH" validate "$L/typo.yaml" 2>&1 >/dev/null)
echo "$err" | grep -q "typo.yaml:10:5: unknown field 'secnds' (did you mean 'seconds'?)$"
ok $? "a typo'd field in English in the C locale at 10:5: $err"
out=$(LC_ALL=C.UTF-8 "$BACKCOACH" -d "$L/lib" show labels)
echo "$out" | grep -q "stretch" && echo "$out" | grep -q "firm" &&
    echo "$out" | grep -q "upper back"
ok $? "show in the C locale: stretch, firm, upper back"
out=$(de -d "$L/lib" list)
echo "$out" | grep -q "^labels	[^	]*	stretch	upper-back	Typo$"
ok $? "list under German keeps the file's words in its columns: $out"
if ! grep -q "^msgid \"unknown field '%s' (did you mean '%s'?)\"" "$top_srcdir/po/de.po"; then
	skip "po/de.po has no German for the loader yet (po/de-loader.po not merged)"
else
	err=$(de validate "$L/typo.yaml" 2>&1 >/dev/null); st=$?
	[ $st -eq 65 ]; ok $? "a routine with a typo'd field exits 65 in German (got $st)"
	echo "$err" | grep -q "typo.yaml:10:5: unbekanntes Feld 'secnds' (meinten Sie 'seconds'?)$"
	ok $? "its error is German at the same FILE:10:5: $err"
	err=$(de validate "$L/long.yaml" 2>&1 >/dev/null)
	echo "$err" | grep -q "long.yaml:10:14: '5000' liegt außerhalb des Bereichs für seconds (1 bis 3600)$"
	ok $? "a number out of range in German, the field name as written: $err"
	out=$(de -d "$L/lib" show labels 2>"$TEST_TMP/err"); st=$?
	[ $st -eq 0 ]; ok $? "LANGUAGE=de show exits 0 (got $st): $(head -1 "$TEST_TMP/err")"
	echo "$out" | grep -q "Dehnen"; ok $? "show gives the kind in German (Dehnen)"
	echo "$out" | grep -q "kräftig"; ok $? "the level in German (kräftig)"
	echo "$out" | grep -q "oberer Rücken"; ok $? "the area in German (oberer Rücken)"
	echo "$out" | grep -q "Ball"; ok $? "the equipment in German (Ball)"
fi

done_testing
