/* SPDX-License-Identifier: MIT */
/* fprint.h - exact and near-duplicate fingerprints of article text. */
#ifndef FW_FPRINT_H
#define FW_FPRINT_H

#include <stddef.h>
#include <stdint.h>

/* Hamming distance at or below which two SimHashes are near-duplicates.
 * Measured on our fixtures and the samples: the same story with a word or
 * a sentence changed lands at 0-9 bits (short stories vary most: one word
 * in 100 moves 7-9 bits), different stories on one subject at 22 or more.
 */
#define FPRINT_NEAR 10

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

/* An in-memory index of SimHashes by path, for near-duplicate lookups
 * that stay fast with 100,000 articles (banded, not a scan of all). */
struct fprint_index;
struct fprint_match {
    const char *path;     /* borrowed from the index: valid until it changes */
    int         distance;
};
/* A new empty index, or NULL when out of memory. */
struct fprint_index *fprint_index_new(void);
void   fprint_index_free(struct fprint_index *ix);
/* Insert or replace path's hash; 0, or -1 when out of memory. */
int    fprint_index_put(struct fprint_index *ix, const char *path,
                        uint64_t simhash);
/* Forget path; no-op when absent. */
void   fprint_index_del(struct fprint_index *ix, const char *path);
size_t fprint_index_size(const struct fprint_index *ix);
/* Up to max entries other than self (may be NULL) within FPRINT_NEAR bits
 * of simhash, nearest first; returns how many were written to out. */
size_t fprint_index_near(const struct fprint_index *ix, uint64_t simhash,
                         const char *self, struct fprint_match *out,
                         size_t max);

#endif
