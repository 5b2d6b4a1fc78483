#!/bin/sh
# The body map (ui-map.c) with the shipped pain sources: opened from the
# picker, the marker moved, the body turned over, the muscle named and its
# trigger point drawn, a knot on the other side said so, Enter lists the
# muscle's routines (its own first) and one starts; resizing on the screen;
# a mouse click; the C locale (ASCII) and NO_COLOR.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log
S=$top_srcdir/routines

# The row (1-based) of the first line holding the marker '+', or nothing.
marker_row() { tui_screen | grep -n '+' | head -1 | cut -d: -f1; }
# Lines with braille (U+2800..U+28FF: E2 A0-A3 xx), from stdin.
braille() { LC_ALL=C grep "$(printf '\342[\240-\243]')" "$@"; }
# Lines of the figure (braille) holding an X.
x_on_figure() { tui_screen | braille | grep -c 'X'; }

# A click on the figure (xterm's mouse report: ESC [ M, button, column, row).
click() { tui_keys -l "$(printf '\033[M%b%b%b' '\040' "\\0$(printf '%o' $((33 + $1)))" "\\0$(printf '%o' $((33 + $2)))")"; }

tui_start 80 24 "$BACKCOACH" -d "$S" --no-sound --ready 1 --no-pain
tui_wait 'where does it hurt' 5; ok $? "the picker"
# a click on the picker's figure (the middle of the back) opens the map there
click 19 12
tui_wait 'The body seen from the back' 3 2>/dev/null || click 19 12
tui_wait 'The spot: (upper|middle) back' 3; ok $? "a click on the picker's figure opens the map at that spot"
tui_keys Escape
tui_wait 'where does it hurt\?$' 3; ok $? "Esc goes back to the picker"
tui_keys 2 m
tui_wait 'The body seen from the back' 3; ok $? "m opens the body map, seen from the back"
tui_screen | grep -q 'The spot: shoulders'; ok $? "the marker starts in the middle of the chosen area"
tui_screen | grep -q 'A knot of the upper trapezius may'; ok $? "the muscle whose knot may lie there is named: the upper trapezius"
tui_screen | grep -q '(on top of the shoulder, halfway'; ok $? "and where its knot lies"
tui_screen | grep -q 'up$' && tui_screen | grep -q 'the side and back of the neck'; ok $? "and where else it sends pain"
[ "$(x_on_figure)" -ge 1 ]; ok $? "its trigger point is drawn on the figure"
tui_screen | grep -q 'Self-massage with your hands'; ok $? "its routines are listed beside it"
row=$(marker_row)
[ -n "$row" ]; ok $? "the marker is on the figure (row $row)"
tui_keys j j j
tui_wait "." 1
row2=$(marker_row)
[ -n "$row2" ] && [ "$row2" -eq $((row + 3)) ]; ok $? "j j j moves the marker 3 rows down ($row -> $row2)"
tui_keys k k k
tui_wait 'The spot: shoulders' 3; ok $? "k k k brings it back"
tui_keys 2
tui_wait 'A knot of the upper trapezius' 3

# Enter: the routines that work on the upper trapezius, first.
tui_keys Enter
tui_wait 'Routines for the upper trapezius' 3; ok $? "Enter lists the routines for the muscle"
first=$(tui_screen | sed -n '3,4p')
printf '%s\n' "$first" | grep -qE 'Self-massage with your hands|Neck tension relief|Ball-on-the-wall'; ok $? "one of its own routines comes first"
tui_keys Escape
tui_wait 'The body seen from the back' 3; ok $? "Esc goes back to the map"

# All the muscles at a spot, one after the other.
tui_keys 3
tui_wait 'The spot: upper back' 3; ok $? "3 puts the marker on the upper back"
tui_keys a
tui_wait 'Pain here may come from any of' 3; ok $? "a shows all the muscles at once"
nx=$(x_on_figure)
[ "$nx" -ge 1 ]; ok $? "their trigger points are drawn ($nx lines with an X)"
tui_keys a

# The middle and outer shoulder blade, where the infraspinatus lies: a
# knot is tender where it lies (this said "No muscle on the map sends pain
# to this spot").
tui_keys 3
tui_wait 'The spot: upper back' 3
tui_wait 'A knot of the infraspinatus may lie' 3; ok $? "the middle of the shoulder blade: a knot of the infraspinatus may lie here"
tui_screen | grep -q 'tender where it lies' && tui_screen | grep -q 'deep in the'; ok $? "tender where it lies, and it sends pain to the front of the shoulder"
tui_screen | grep -q 'shaded on the front:'; ok $? "where else it hurts is on the front, and the screen says so"
# the lower outer edge of the blade: the knots of the teres major and the
# latissimus lie there
tui_keys Right Right Right Down
tui_wait 'A knot of the teres major may lie' 3; ok $? "Right Right Right Down: a knot of the teres major may lie here"
! tui_screen | grep -q 'No muscle on the map'; ok $? "and not 'no muscle'"
tui_keys a
tui_wait 'any of these' 3
tui_screen | grep -q 'latissimus dorsi (its knot may lie'; ok $? "a: the latissimus dorsi's knot may lie there too"
[ "$(tui_screen | braille | grep -o X | wc -l)" -ge 2 ]; ok $? "and both knots are drawn"
tui_keys a
# one step in and up: the outer part of the blade below the ridge
tui_keys Left Up
tui_wait 'A knot of the infraspinatus may lie' 3; ok $? "Left Up: the outer shoulder blade, the infraspinatus"

# Turn over: the front of the shoulder, where infraspinatus sends pain.
tui_keys t
tui_wait 'The body seen from the front' 3; ok $? "t turns the body over"
tui_keys 2
tui_wait 'infraspinatus' 3; ok $? "the front of the shoulder names the infraspinatus"
tui_screen | grep -q 'That is on the' && tui_screen | grep -q 'back: t turns the body over'; ok $? "its knot is on the back, and the screen says so"
tui_keys t
tui_wait 'The body seen from the back' 3; ok $? "t turns it back"

# Resize while on the map.
tui_keys 2
tui_wait 'The spot: shoulders' 3
n80=$(tui_screen | braille -c)
tui_resize 160 48
tui_wait 'The spot: shoulders' 3; ok $? "160x48: the map is redrawn"
n160=$(tui_screen | braille -c)
[ "$n160" -ge $((n80 * 3 / 2)) ]; ok $? "the figure grows with the terminal ($n80 -> $n160 rows)"
[ "$(x_on_figure)" -ge 1 ]; ok $? "160x48: the trigger point is still drawn"
tui_resize 40 12
tui_wait 'The spot' 3; ok $? "40x12: still the map"
tui_screen | grep -q '…'; ok $? "40x12: what does not fit ends with an ellipsis"
tui_resize 80 24
# (the whole key line: only at full width, not the 40x12 screen before)
tui_wait 'The spot: shoulders' 3 && tui_wait 'Esc back  \? help$' 3; ok $? "80x24 again"

# (sent again once if the first report was lost on the way through tmux)
click 6 18
tui_wait 'The spot: not one of the pain areas' 3 2>/dev/null || click 6 18
tui_wait 'The spot: not one of the pain areas' 3; ok $? "a click on the arm puts the marker there"
[ "$(marker_row)" = 19 ]; ok $? "the marker is on the clicked row"

# Enter, Enter: the routine starts.
tui_keys 2 Enter
tui_wait 'Routines for the upper trapezius' 3
tui_keys Enter
tui_wait 'Caution' 3; ok $? "Enter shows the routine"
tui_keys Enter
tui_wait 'Get ready|GET INTO POSITION|left' 5; ok $? "Enter starts it"
tui_keys q y
tui_stop

# The C locale: the figure in ASCII, the marks the same.
tui_start 80 24 env LC_ALL=C NO_COLOR=1 "$BACKCOACH" -d "$S" --no-sound
tui_wait 'where does it hurt' 5; ok $? "C locale: the picker"
tui_screen | grep -q '####'; ok $? "C locale: the figure is ASCII"
! tui_screen | braille -q; ok $? "C locale: no braille"
tui_keys 2 m
tui_wait 'A knot of the upper trapezius' 3; ok $? "C locale: the muscle named"
tui_screen | grep '#' | grep -q 'X'; ok $? "C locale: its trigger point drawn"
tui_screen -e | grep -q "$(printf '\033')\[[0-9;]*7m+"; ok $? "NO_COLOR: the marker stands out in reverse video"
n=$(tui_screen | grep '#' | grep -o ':' | wc -l)
[ "$n" -ge 4 ]; ok $? "C locale: the zone is shaded with ':' ($n cells)"
tui_stop
# German: the knot's own sentence
if LC_ALL=de_DE.UTF-8 locale charmap 2>/dev/null | grep -q UTF-8; then
	tui_start 80 24 env LANGUAGE=de LC_ALL=de_DE.UTF-8 "$BACKCOACH" -d "$S" --no-sound
	tui_wait 'Wo tut' 5
	tui_keys 3 m
	tui_wait 'Hier kann ein Knoten dieses Muskels' 3; ok $? "German: a knot of the muscle may lie here"
	tui_screen | grep -q 'druckempfindlich, wo er liegt'; ok $? "German: tender where it lies"
	tui_stop
else
	skip "the de_DE.UTF-8 locale is not installed"
fi
done_testing
