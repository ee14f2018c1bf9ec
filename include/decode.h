/* SPDX-License-Identifier: MIT */
/* decode.h - turn a file's raw bytes into clean, normalised UTF-8 text. */
#ifndef FW_DECODE_H
#define FW_DECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* How many leading bytes are checked for NUL to decide "not text". */
#define DECODE_SNIFF_BYTES 8192

struct decoded {
    char   *text;          /* owned: NUL-terminated UTF-8, LF line ends,
                              mojibake repaired, NFKC except typographic
                              quotes and dashes, which are kept */
    size_t  len;           /* bytes in text, without the NUL */
    char    encoding[16];  /* "utf-8", "utf-8-bom", "utf-16le", "utf-16be",
                              "windows-1252" */
    bool    repaired;      /* mojibake was detected and reversed */
    bool    html;          /* the bytes were an HTML page or fragment:
                              text holds its header lines and visible
                              text (decode_html_text) */
};

/* Decode raw (borrowed) into *out. Pure: no I/O, no globals, no logging.
 * Returns 0 on success; -1 when the bytes are not text (NUL in the first
 * DECODE_SNIFF_BYTES, undecodable UTF-16, ...) or memory ran out, with a
 * reason in err (lower case, no trailing full stop). On success the caller
 * owns out->text and frees it with decode_free(). */
int  decode_text(const char *raw, size_t len, struct decoded *out,
                 char *err, size_t errlen);
/* Free what decode_text allocated; safe on a zeroed or freed struct. */
void decode_free(struct decoded *d);

/* Stages of decode_text, exposed for the unit tests and the fuzzer. */

/* Length (1..4) of the valid UTF-8 sequence at s (n bytes available), or 0
 * when it is not one. Pure, cannot fail. */
size_t decode_utf8_seq(const unsigned char *s, size_t n);
/* Offset of the first byte of s (n bytes) that does not start a valid
 * UTF-8 sequence, or n when there is none. */
size_t decode_utf8_first_invalid(const unsigned char *s, size_t n);

/* What decode_scan found; it stops at the first INVALID or CONTROL. */
#define DECODE_SCAN_HIGH    1u  /* a valid multi-byte UTF-8 sequence */
#define DECODE_SCAN_INVALID 2u  /* a byte that is not valid UTF-8 */
#define DECODE_SCAN_CONTROL 4u  /* a C0 control but tab and LF (NUL, CR) */
/* One quick pass over raw[0..n): which of the DECODE_SCAN_ flags apply.
 * None means plain ASCII text that needs no change. */
unsigned decode_scan(const char *raw, size_t n);
/* Write code point cp as UTF-8 into out (room for 4); returns the bytes. */
size_t decode_put_utf8(char *out, uint32_t cp);
/* decode_entities.c: does s[0..n) hold an HTML character reference
 * ("&amp;", "&#8217;", "&rsquo;")? Decode them in place (a soft hyphen
 * to nothing); the new length, the text NUL-terminated. */
int    decode_has_entities(const char *s, size_t n);
size_t decode_entities(char *s, size_t n);
/* decode_html.c: does s[0..n) look like HTML: a doctype, an <html>,
 * <head> or <body> tag on a line of its own, or known tags standing at
 * lines' starts (a tag named in prose does not count)? Looks at the first
 * 4 KB; plain text without '<' costs one memchr. */
bool   decode_html_sniff(const char *s, size_t n);
/* Read the UTF-8 HTML s[0..n) (borrowed) with libxml2 and write its text
 * as parse_document reads it: "Title: ..." (og:title, <title> or the
 * first <h1>) and "Date: ..." (article:published_time and kin, else the
 * first <time datetime>, ISO 8601 as given) lines, any lines of text
 * above the markup as they are, a blank line, then the
 * visible text of the page's <article> or <main> (else its body): block
 * elements as paragraphs, <li>, <tr> and <br> as lines, scripts, styles
 * and controls left out, entities decoded. Returns 0 with a new
 * NUL-terminated buffer in *out (*outlen bytes) that the caller frees; 1
 * when libxml2 made no document of it or could not be loaded (*out NULL:
 * keep the text); -1
 * when memory ran out. */
int    decode_html_text(const char *s, size_t n, char **out, size_t *outlen);
/* Why HTML is being read as plain text (libxml2 could not be loaded at
 * the first page), given once per process for the caller to say; NULL
 * otherwise. */
const char *decode_html_unavailable(void);
/* The code point of Windows-1252 byte b, or 0 where it defines none. */
uint32_t decode_cp1252(unsigned char b);
/* Reverse UTF-8 that was read as Windows-1252, ISO-8859-1 or Windows-874
 * and saved again, including sequences that lost a byte the code page does
 * not define. *text (malloc'd, NUL-terminated, *len bytes) may be replaced
 * by a new buffer. Sets *repaired when it changed anything. Returns 0, or -1
 * when memory ran out (*text is then unchanged). */
/* Might text hold mojibake at all? False means repair would not run. */
bool decode_mojibake_suspect(const char *text, size_t len);
int  decode_repair_mojibake(char **text, size_t *len, bool *repaired);
/* NFKC-normalise *text in the same way (ASCII stretches are copied as they
 * are, C1 controls dropped). Returns 0, or -1 when memory ran out. */
int  decode_nfkc(char **text, size_t *len);
/* The same from borrowed valid UTF-8 s[0..n) into a new malloc'd,
 * NUL-terminated buffer (*outlen bytes), or NULL when memory ran out. */
char *decode_nfkc_copy(const char *s, size_t n, size_t *outlen);

#endif
