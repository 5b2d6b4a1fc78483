#!/bin/sh
# Without colour (NO_COLOR, a monochrome terminal) and without UTF-8 the run
# screen is still complete: states shown by reverse/bold, bars in ASCII.
. "$top_srcdir/tests/tui/tui-lib.sh"
seen_log

tui_start 80 24 env NO_COLOR=1 "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5; ok $? "NO_COLOR: the run screen"
! tui_screen -e | grep -qE '\[(3[0-7]|38;5;[0-9]+|9[0-7])m'; ok $? "NO_COLOR: no colour sequences"
tui_keys Space
tui_wait 'PAUSED' 3; ok $? "NO_COLOR: PAUSED shows"
tui_screen -e | grep 'PAUSED' | grep -qE '\[([0-9;]*;)?7[;m]'; ok $? "NO_COLOR: PAUSED in reverse video"
tui_stop

tui_start 80 24 env TERM=xterm-mono "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5; ok $? "xterm-mono: the run screen"
tui_screen | grep -q '██████'; ok $? "xterm-mono: big digits"
tui_keys n
tui_wait 'Long hold - RIGHT side' 3; ok $? "xterm-mono: keys work"
tui_keys q y
tui_wait 'Session ended early' 3; ok $? "xterm-mono: summary"
tui_stop

tui_start 80 24 env LC_ALL=C LANG=C "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5; ok $? "LANG=C: the run screen"
tui_wait '^ step +#*-+ ' 3; ok $? "LANG=C: the step bar in ASCII"
tui_screen | grep -q '#####'; ok $? "LANG=C: big digits in '#'"
! tui_screen | grep -q '[█·▏▎▍▌▋▊▉]'; ok $? "LANG=C: no block characters"
tui_stop

# Colour by default.
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain run long-test
tui_wait 'Long hold - LEFT side' 5
tui_screen -e | grep -qE '\[(3[0-7]|38;5;[0-9]+|9[0-7])m'; ok $? "colours by default"
tui_stop
tui_start 80 24 "$BACKCOACH" -d "$R" --no-sound --ready 1 --no-pain --no-color run long-test
tui_wait 'Long hold - LEFT side' 5
! tui_screen -e | grep -qE '\[(3[0-7]|38;5;[0-9]+|9[0-7])m'; ok $? "--no-color: none"
tui_stop
done_testing
