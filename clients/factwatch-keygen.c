/* SPDX-License-Identifier: MIT */
/* factwatch-keygen.c - write a CURVE key pair: NAME.key (secret, 0600) and NAME.pub. */
#include <stdio.h>
#include <string.h>

#include "curve.h"

static const char usage_text[] =
"usage: factwatch-keygen NAME\n"
"\n"
"Write a new CURVE key pair: NAME.key (the secret key, mode 0600) and\n"
"NAME.pub (the public key), each one Z85 line. Give the daemon its\n"
"server.key (--curve-secret) and copy each client's NAME.pub into its\n"
"--curve-clients folder; give each client server.pub and its NAME.key.\n"
"Existing files are never overwritten.\n"
"\n"
"Exit status: 0 written, 100 bad usage, 111 a file could not be written.\n";

int
main(int argc, char **argv)
{
    char err[512];

    if (argc == 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
        fputs(usage_text, stdout);
        return 0;
    }
    if (argc != 2 || argv[1][0] == '-') {
        fputs(usage_text, stderr);
        return 100;
    }
    if (curve_keygen(argv[1], err, sizeof err) < 0) {
        fprintf(stderr, "factwatch-keygen: %s\n", err);
        return 111;
    }
    return 0;
}
