/* SPDX-License-Identifier: MIT */
/* curve.h - CURVE key files and socket set-up, shared by factwatchd and its clients. */
#ifndef FW_CURVE_H
#define FW_CURVE_H

#include <stddef.h>

/*
 * A key file holds one Z85 line of 40 characters: NAME.key a secret key
 * (mode 0600), NAME.pub a public one, as factwatch-keygen writes them.
 * Functions return 0, or -1 with the reason in err (nothing is logged).
 */
#define CURVE_Z85_LEN 40

/* Read the key in path into z85 (41 bytes, NUL-terminated). */
int  curve_read_key(const char *path, char *z85, char *err, size_t errlen);
/* Make sock a CURVE server with the secret key in secret_file; call it
 * before zmq_bind. Clients are admitted by the ZAP handler (zap.c). */
int  curve_server(void *sock, const char *secret_file, char *err,
                  size_t errlen);
/* Make sock a CURVE client of the server whose public key is in
 * server_file, with the secret key in secret_file (its public half is
 * derived); call it before zmq_connect. */
int  curve_client(void *sock, const char *server_file, const char *secret_file,
                  char *err, size_t errlen);
/* Write a new key pair to NAME.key (0600) and NAME.pub, never over an
 * existing file; on failure neither is left behind. */
int  curve_keygen(const char *name, char *err, size_t errlen);

#endif
