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

done_testing
