#!/usr/bin/python3
"""Rewrite prepared gold articles in the bytes their records name (stdlib only).

usage: mangle.py DEST GOLD.jsonl

prepare.sh first copies the clean UTF-8 articles to DEST and sets their
mtimes; this script then rewrites each DEST/<file> as its record's "bytes"
field says, the way scrapers, feeds and mail deliver text, and restores the
file's access and modification times exactly (nanoseconds), since the mtime
dates the articles without a header. Shared by the sets whose records carry
a "bytes" field (tests/gold_holdout19, 20 and 22):

  utf-8            left as it is
  utf-8-bom        UTF-8 with a byte-order mark (EF BB BF)
  crlf             UTF-8 with CRLF line ends
  cp1252           saved in Windows-1252 (the text must be encodable)
  utf-16le-bom     UTF-16 little-endian with a byte-order mark (FF FE)
  mojibake-cp1252  the UTF-8 bytes decoded as Windows-1252 the way web
                   browsers do it (the five bytes Windows-1252 leaves
                   undefined, 0x81 0x8D 0x8F 0x90 0x9D, become the C1
                   controls U+0081 ... U+009D) and saved again as UTF-8
  mojibake-latin1  the UTF-8 bytes decoded as ISO-8859-1 and saved again
                   as UTF-8
  mojibake-cp874   the UTF-8 bytes decoded as Windows-874 and saved again
                   as UTF-8, as in ../shared/seeds/003: a byte in 0x80-0x9F
                   that Windows-874 leaves undefined takes its Windows-1252
                   meaning (so a left double quote reads "โ€œ"), and every
                   other byte Windows-874 leaves undefined (0x81 0x8D 0x8F
                   0x90 0x9D, undefined in Windows-1252 too, and 0xDB-0xDE
                   0xFC-0xFF) is dropped (so mathematical bold letters lose
                   their second byte: "๐——" for a bold D)
"""
import json
import os
import sys


def _cp874_byte(b):
    one = bytes([b])
    try:
        return one.decode("cp874")
    except UnicodeDecodeError:
        pass
    if 0x80 <= b <= 0x9F:
        try:
            return one.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return ""


def _cp1252_byte(b):
    one = bytes([b])
    try:
        return one.decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


CP874 = [_cp874_byte(b) for b in range(256)]
CP1252 = [_cp1252_byte(b) for b in range(256)]


def mangle(text, how):
    """The bytes of the clean text `text` as `how` names them."""
    raw = text.encode("utf-8")
    if how == "utf-8":
        return raw
    if how == "utf-8-bom":
        return b"\xef\xbb\xbf" + raw
    if how == "crlf":
        if "\r" in text:
            raise ValueError("text already has CR characters")
        return text.replace("\n", "\r\n").encode("utf-8")
    if how == "cp1252":
        return text.encode("cp1252")
    if how == "utf-16le-bom":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if how == "mojibake-cp1252":
        return "".join(CP1252[b] for b in raw).encode("utf-8")
    if how == "mojibake-latin1":
        return raw.decode("latin-1").encode("utf-8")
    if how == "mojibake-cp874":
        return "".join(CP874[b] for b in raw).encode("utf-8")
    raise ValueError("unknown bytes treatment %r" % how)


def main():
    if len(sys.argv) != 3:
        print("usage: mangle.py DEST GOLD.jsonl", file=sys.stderr)
        return 2
    dest, gold = sys.argv[1], sys.argv[2]
    counts = {}
    with open(gold, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            rec = json.loads(line)
            how = rec.get("bytes", "utf-8")
            path = os.path.join(dest, rec["file"])
            st = os.stat(path)
            if how != "utf-8":
                with open(path, encoding="utf-8", newline="") as g:
                    text = g.read()
                data = mangle(text, how)
                with open(path, "wb") as g:
                    g.write(data)
                os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
            counts[how] = counts.get(how, 0) + 1
    print("mangled %s in %s" % (", ".join("%d %s" % (n, k) for k, n in sorted(counts.items())), dest),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
