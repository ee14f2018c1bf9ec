/* SPDX-License-Identifier: MIT */
/* decode.c - sniff a file's encoding and turn its bytes into clean UTF-8. */
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"

static void
set_err(char *err, size_t errlen, const char *msg)
{
    if (err != NULL && errlen > 0)
        snprintf(err, errlen, "%s", msg);
}

/* Encode code point cp as UTF-8 into out (room for 4); returns bytes. */
size_t
decode_put_utf8(char *out, uint32_t cp)
{
    unsigned char *o = (unsigned char *)out;

    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xc0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3f));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xe0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
        o[2] = (unsigned char)(0x80 | (cp & 0x3f));
        return 3;
    }
    o[0] = (unsigned char)(0xf0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    o[3] = (unsigned char)(0x80 | (cp & 0x3f));
    return 4;
}

/* Convert with iconv from the named charset; bytes it cannot convert become
 * U+FFFD. Returns a malloc'd NUL-terminated buffer or NULL. */
static char *
iconv_to_utf8(const char *from, const char *raw, size_t len, size_t *outlen,
              size_t unit)
{
    iconv_t cd = iconv_open("UTF-8", from);
    size_t cap = len * 3 + 8, inleft = len, outleft;
    char *buf, *in = (char *)raw, *out;

    if (cd == (iconv_t)-1)
        return NULL;
    buf = malloc(cap + 1);
    if (buf == NULL) {
        iconv_close(cd);
        return NULL;
    }
    out = buf;
    outleft = cap;
    while (inleft > 0) {
        if (iconv(cd, &in, &inleft, &out, &outleft) != (size_t)-1)
            break;
        if (errno == E2BIG || outleft < 3)
            break;      /* cannot happen: 3 bytes out per byte in */
        /* EILSEQ or EINVAL: skip one unit, mark it. */
        memcpy(out, "\xef\xbf\xbd", 3);
        out += 3;
        outleft -= 3;
        if (inleft < unit)
            break;
        in += unit;
        inleft -= unit;
    }
    iconv_close(cd);
    *outlen = (size_t)(out - buf);
    buf[*outlen] = '\0';
    return buf;
}

/* Valid UTF-8 with a few stray bytes: keep the UTF-8, read each stray byte
 * as Windows-1252. Returns a malloc'd buffer or NULL. */
static char *
mixed_to_utf8(const unsigned char *s, size_t n, size_t *outlen)
{
    char *buf = malloc(n * 3 + 1), *o = buf;
    size_t i = 0, k;

    if (buf == NULL)
        return NULL;
    while (i < n) {
        k = decode_utf8_seq(s + i, n - i);
        if (k > 0) {
            memcpy(o, s + i, k);
            o += k;
            i += k;
            continue;
        }
        /* Undefined in the code page: U+FFFD, as iconv's path does. */
        o += decode_put_utf8(o, decode_cp1252(s[i]) ? decode_cp1252(s[i])
                                                   : 0xfffd);
        i++;
    }
    *o = '\0';
    *outlen = (size_t)(o - buf);
    return buf;
}

/* Mostly UTF-8: its valid multi-byte sequences outweigh the bytes that
 * are no UTF-8, MIXED_RATIO to 1. Windows-1252 text makes a valid pair now
 * and then by chance, a capital or "ß" before a quote or a dash ("ß“" is
 * DF 93, "É’" C9 92): read as UTF-8 they turned honest German into NKo
 * and IPA letters. Such pairs weigh 1; sequences chance hardly makes (of
 * three bytes or more, or "Ã©"-like pairs of the Latin-1 range) weigh
 * MIXED_RATIO, so one real em dash beside one stray byte is still UTF-8. */
#define MIXED_RATIO 4

static int
mostly_utf8(const unsigned char *s, size_t n)
{
    size_t i = 0, weight = 0, bad = 0, k;

    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        if ((k = decode_utf8_seq(s + i, n - i)) > 1) {
            weight += k > 2 || s[i] <= 0xc3 ? MIXED_RATIO : 1;
            i += k;
        } else {
            bad++;
            i++;
        }
    }
    return weight > 0 && weight >= MIXED_RATIO * bad;
}

/* Decode a BOM-less, non-UTF-16 buffer to a malloc'd UTF-8 copy. */
static char *
bytes_to_utf8(const char *raw, size_t len, size_t *outlen, char *enc)
{
    const unsigned char *s = (const unsigned char *)raw;
    char *buf;

    if (decode_utf8_first_invalid(s, len) == len) {
        buf = malloc(len + 1);
        if (buf != NULL) {
            memcpy(buf, raw, len);
            buf[len] = '\0';
            *outlen = len;
        }
        return buf;
    }
    strcpy(enc, "windows-1252");
    /* Mostly real UTF-8: a UTF-8 file with stray legacy bytes. */
    if (mostly_utf8(s, len))
        return mixed_to_utf8(s, len, outlen);
    return iconv_to_utf8("WINDOWS-1252", raw, len, outlen, 1);
}

/* Does the 8-byte word w hold a byte below 0x20? (Bytes >= 0x80 never
 * count: their top bit masks them out.) */
static int
has_control(uint64_t w)
{
    return ((w - 0x2020202020202020ULL) & ~w & 0x8080808080808080ULL) != 0;
}

/* Rewrite CRLF and lone CR as LF, drop NUL and other C0 controls except
 * tab and LF (form feed and vertical tab become LF), in place. Eight bytes
 * at a time until a control byte turns up. */
static size_t
clean_controls(char *s, size_t n)
{
    size_t i = 0, o = 0;
    uint64_t w;

    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (i + 8 <= n && (memcpy(&w, s + i, 8), !has_control(w))) {
            if (o != i)
                memmove(s + o, s + i, 8);
            o += 8;
            i += 8;
            continue;
        }
        if (c >= 0x20 || c == '\n' || c == '\t') {
            s[o++] = (char)c;
        } else if (c == '\r') {
            s[o++] = '\n';
            if (i + 1 < n && s[i + 1] == '\n')
                i++;
        } else if (c == '\f' || c == '\v') {
            s[o++] = '\n';
        }
        i++;
    }
    s[o] = '\0';
    return o;
}

/* Every other byte NUL and the others ASCII: UTF-16 text of a Latin
 * script, saved without its byte-order mark. */
static int
utf16_shape(const char *raw, size_t n)
{
    size_t i, nul[2] = {0, 0};

    if (n < 8)
        return 0;
    for (i = 0; i + 1 < n; i += 2) {
        nul[0] += raw[i] == '\0';
        nul[1] += raw[i + 1] == '\0';
    }
    return (nul[0] >= n / 2 - 1 && nul[1] == 0) ||
        (nul[1] >= n / 2 - 1 && nul[0] == 0);
}

/* Return 0 when the first DECODE_SNIFF_BYTES hold no NUL, else -1 with err. */
static int
sniff_nul(const char *raw, size_t len, char *err, size_t errlen)
{
    size_t n = len < DECODE_SNIFF_BYTES ? len : DECODE_SNIFF_BYTES;
    const char *p = memchr(raw, '\0', n);
    char msg[96];

    if (p == NULL)
        return 0;
    if (utf16_shape(raw, n))
        snprintf(msg, sizeof(msg), "UTF-16 without a byte-order mark "
                 "(save it with a BOM, or as UTF-8): not read");
    else
        snprintf(msg, sizeof(msg), "binary file: nul byte at offset %zu",
                 (size_t)(p - raw));
    set_err(err, errlen, msg);
    return -1;
}

/* UTF-16 with a BOM: convert, then refuse NUL code points like any file. */
static char *
utf16_to_utf8(const char *raw, size_t len, const char *cs, size_t *outlen,
              char *err, size_t errlen)
{
    char *buf;
    size_t n;

    if (len % 2 != 0) {
        set_err(err, errlen, "undecodable utf-16: odd byte count");
        return NULL;
    }
    buf = iconv_to_utf8(cs, raw, len, outlen, 2);
    if (buf == NULL) {
        set_err(err, errlen, "out of memory");
        return NULL;
    }
    n = *outlen < DECODE_SNIFF_BYTES ? *outlen : DECODE_SNIFF_BYTES;
    if (memchr(buf, '\0', n) != NULL) {
        free(buf);
        set_err(err, errlen, "binary file: nul character in utf-16 text");
        return NULL;
    }
    return buf;
}

/* Pick the decoder from the BOM; fill out->encoding. */
static char *
to_utf8(const char *raw, size_t len, struct decoded *out, size_t *n,
        char *err, size_t errlen)
{
    const unsigned char *s = (const unsigned char *)raw;
    char *buf;

    if (len >= 2 && s[0] == 0xff && s[1] == 0xfe) {
        strcpy(out->encoding, "utf-16le");
        return utf16_to_utf8(raw + 2, len - 2, "UTF-16LE", n, err, errlen);
    }
    if (len >= 2 && s[0] == 0xfe && s[1] == 0xff) {
        strcpy(out->encoding, "utf-16be");
        return utf16_to_utf8(raw + 2, len - 2, "UTF-16BE", n, err, errlen);
    }
    if (sniff_nul(raw, len, err, errlen) < 0)
        return NULL;
    strcpy(out->encoding, "utf-8");
    if (len >= 3 && s[0] == 0xef && s[1] == 0xbb && s[2] == 0xbf) {
        strcpy(out->encoding, "utf-8-bom");
        raw += 3;
        len -= 3;
    }
    buf = bytes_to_utf8(raw, len, n, out->encoding);
    if (buf == NULL)
        set_err(err, errlen, "out of memory");
    return buf;
}

/* The common case in one pass and one buffer: valid UTF-8, no control
 * byte but tab and LF, nothing that could be mojibake. Returns 0 with
 * *out filled, 1 when the text needs the full path, -1 out of memory. */
static int
decode_plain(const char *raw, size_t len, struct decoded *out)
{
    const unsigned char *s = (const unsigned char *)raw;
    size_t bom = 0, n = len;
    unsigned found;
    char *buf;

    if (len >= 2 && ((s[0] == 0xff && s[1] == 0xfe) ||
                     (s[0] == 0xfe && s[1] == 0xff)))
        return 1;       /* UTF-16 */
    if (len >= 3 && s[0] == 0xef && s[1] == 0xbb && s[2] == 0xbf)
        bom = 3;
    found = decode_scan(raw + bom, len - bom);
    if (decode_has_entities(raw + bom, len - bom) ||
        decode_html_sniff(raw + bom, len - bom))
        return 1;       /* "&amp;", "&#8217;" from a scraper; a web page */
    if ((found & (DECODE_SCAN_INVALID | DECODE_SCAN_CONTROL)) != 0 ||
        ((found & DECODE_SCAN_HIGH) != 0 &&
         decode_mojibake_suspect(raw + bom, len - bom)))
        return 1;
    if ((found & DECODE_SCAN_HIGH) != 0) {
        buf = decode_nfkc_copy(raw + bom, len - bom, &n);
    } else {
        n = len - bom;
        buf = malloc(n + 1);
        if (buf != NULL) {
            memcpy(buf, raw + bom, n);
            buf[n] = '\0';
        }
    }
    if (buf == NULL)
        return -1;
    strcpy(out->encoding, bom > 0 ? "utf-8-bom" : "utf-8");
    out->text = buf;
    out->len = n;
    return 0;
}

/* Replace HTML *buf with its text. Returns 0, 1 when it stays as it is,
 * or -1 out of memory (*buf freed). */
static int
html_to_text(char **buf, size_t *n)
{
    char *text;
    size_t len;
    int rc = decode_html_text(*buf, *n, &text, &len);

    if (rc <= 0) {
        free(*buf);
        *buf = text;
        *n = len;
    }
    return rc;
}

int
decode_text(const char *raw, size_t len, struct decoded *out, char *err,
            size_t errlen)
{
    size_t n = 0;
    char *buf;
    int rc;

    memset(out, 0, sizeof(*out));
    if (raw == NULL) {
        raw = "";
        len = 0;
    }
    rc = decode_plain(raw, len, out);
    if (rc <= 0) {
        if (rc < 0)
            set_err(err, errlen, "out of memory");
        return rc;
    }
    buf = to_utf8(raw, len, out, &n, err, errlen);
    if (buf == NULL)
        return -1;
    if ((rc = decode_html_sniff(buf, n) ? html_to_text(&buf, &n) : 1) < 0) {
        set_err(err, errlen, "out of memory");
        return -1;
    }
    out->html = rc == 0;
    if (rc > 0)     /* libxml2 decoded a page's references itself */
        n = decode_entities(buf, n);
    n = clean_controls(buf, n);
    if (decode_repair_mojibake(&buf, &n, &out->repaired) < 0 ||
        decode_nfkc(&buf, &n) < 0) {
        free(buf);
        set_err(err, errlen, "out of memory");
        return -1;
    }
    out->text = buf;
    out->len = n;
    return 0;
}

void
decode_free(struct decoded *d)
{
    if (d == NULL)
        return;
    free(d->text);
    d->text = NULL;
    d->len = 0;
}
