/* SPDX-License-Identifier: MIT */
/* fprint.h - exact and near-duplicate fingerprints of article text. */
#ifndef FW_FPRINT_H
#define FW_FPRINT_H

#include <stddef.h>
#include <stdint.h>

/* Hamming distance at or below which two SimHashes are near-duplicates. */
#define FPRINT_NEAR 3

struct fprint {
    uint8_t  sha256[32];      /* of the normalised text */
    uint8_t  sha256_raw[32];  /* of the raw bytes */
    uint64_t simhash;         /* over word 3-gram shingles (xxHash64) */
};

/* Fill *fp from normalised UTF-8 text and the raw bytes (both borrowed).
 * Pure; returns 0, or -1 when libcrypto failed. */
int  fprint_compute(const char *text, size_t len, const char *raw,
                    size_t rawlen, struct fprint *fp);
/* Bits that differ between two SimHashes. */
int  fprint_distance(uint64_t a, uint64_t b);
/* Lower-case hex of a SHA-256 into buf (at least 65 bytes). */
void fprint_hex(const uint8_t sha[32], char *buf);
/* 16 lower-case hex digits of a SimHash into buf (at least 17 bytes). */
void fprint_simhash_hex(uint64_t h, char *buf);

#endif
