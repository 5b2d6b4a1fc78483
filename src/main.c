/*
 * main.c - the command line: options, subcommands, exit codes.
 */
#include "config.h"

#include <stdio.h>

int
main(void)
{
	puts(PACKAGE_STRING);
	return 0;
}
