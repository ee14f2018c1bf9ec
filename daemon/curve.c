/* SPDX-License-Identifier: MIT */
/* curve.c - CURVE key files and the socket options that use them; no logging, errors go to the caller's buffer. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <zmq.h>

#include "curve.h"

int
curve_read_key(const char *path, char *z85, char *err, size_t errlen)
{
    char line[128];
    uint8_t bin[32];
    size_t n;
    FILE *f = fopen(path, "re");

    if (f == NULL) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    if (fgets(line, sizeof line, f) == NULL)
        line[0] = '\0';
    fclose(f);
    n = strcspn(line, "\r\n");
    line[n] = '\0';
    if (n != CURVE_Z85_LEN || zmq_z85_decode(bin, line) == NULL) {
        snprintf(err, errlen, "%s: not a Z85 CURVE key (one line of %d "
            "characters)", path, CURVE_Z85_LEN);
        return -1;
    }
    memcpy(z85, line, CURVE_Z85_LEN + 1);
    return 0;
}

/* A secret key read from path: refuse the public half by its name
 * (factwatch-keygen writes NAME.key and NAME.pub); both are 40 Z85
 * characters, so the contents cannot tell. */
static int
read_secret(const char *path, char *z85, char *err, size_t errlen)
{
    size_t n = strlen(path);

    if (n >= 4 && strcmp(path + n - 4, ".pub") == 0) {
        snprintf(err, errlen, "%s: this is a public key; the secret one is "
            "the .key file beside it", path);
        return -1;
    }
    return curve_read_key(path, z85, err, errlen);
}

static int
set(void *sock, int opt, const void *v, size_t len, char *err, size_t errlen)
{
    if (zmq_setsockopt(sock, opt, v, len) == 0)
        return 0;
    snprintf(err, errlen, "curve: setsockopt %d: %s", opt,
        zmq_strerror(errno));
    return -1;
}

int
curve_server(void *sock, const char *secret_file, char *err, size_t errlen)
{
    char secret[CURVE_Z85_LEN + 1];
    int one = 1;

    if (!zmq_has("curve")) {
        snprintf(err, errlen, "curve: this libzmq has no CURVE support");
        return -1;
    }
    if (read_secret(secret_file, secret, err, errlen) < 0 ||
        set(sock, ZMQ_CURVE_SERVER, &one, sizeof one, err, errlen) < 0 ||
        set(sock, ZMQ_CURVE_SECRETKEY, secret, CURVE_Z85_LEN, err,
            errlen) < 0 ||
        set(sock, ZMQ_ZAP_DOMAIN, "factwatch", 9, err, errlen) < 0)
        return -1;
    return 0;
}

int
curve_client(void *sock, const char *server_file, const char *secret_file,
    char *err, size_t errlen)
{
    char server[CURVE_Z85_LEN + 1], secret[CURVE_Z85_LEN + 1];
    char public[CURVE_Z85_LEN + 1];

    if (curve_read_key(server_file, server, err, errlen) < 0 ||
        read_secret(secret_file, secret, err, errlen) < 0)
        return -1;
    if (zmq_curve_public(public, secret) < 0) {
        snprintf(err, errlen, "curve: %s", zmq_strerror(errno));
        return -1;
    }
    if (set(sock, ZMQ_CURVE_SERVERKEY, server, CURVE_Z85_LEN, err,
            errlen) < 0 ||
        set(sock, ZMQ_CURVE_PUBLICKEY, public, CURVE_Z85_LEN, err,
            errlen) < 0 ||
        set(sock, ZMQ_CURVE_SECRETKEY, secret, CURVE_Z85_LEN, err,
            errlen) < 0)
        return -1;
    return 0;
}

static int
write_line(const char *path, const char *line, mode_t mode, char *err,
    size_t errlen)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    size_t n = strlen(line);
    int ok;

    if (fd < 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return -1;
    }
    ok = write(fd, line, n) == (ssize_t)n && write(fd, "\n", 1) == 1;
    if (close(fd) < 0 || !ok) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        unlink(path);       /* ours (O_EXCL): no half-written key */
        return -1;
    }
    return 0;
}

int
curve_keygen(const char *name, char *err, size_t errlen)
{
    char public[CURVE_Z85_LEN + 1], secret[CURVE_Z85_LEN + 1];
    char path[4096];

    if (zmq_curve_keypair(public, secret) < 0) {
        snprintf(err, errlen, "curve: keypair: %s", zmq_strerror(errno));
        return -1;
    }
    snprintf(path, sizeof path, "%s.key", name);
    if (write_line(path, secret, 0600, err, errlen) < 0)
        return -1;
    snprintf(path, sizeof path, "%s.pub", name);
    if (write_line(path, public, 0644, err, errlen) == 0)
        return 0;
    /* NAME.pub was there (or could not be written): a new secret beside
     * it would not match it, so take the secret back. */
    snprintf(path, sizeof path, "%s.key", name);
    unlink(path);
    return -1;
}
