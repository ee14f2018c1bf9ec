#!/usr/bin/python3
# SPDX-License-Identifier: MIT
# naive_pub.py - the pipeline a user would write: read paths from inotifywait, publish each file.
"""Usage: inotifywait -m -q -e moved_to -e close_write --format %w%f DIR |
          naive_pub.py ENDPOINT"""
import sys

import zmq


def main():
    sock = zmq.Context().socket(zmq.PUB)
    sock.setsockopt(zmq.SNDHWM, 0)
    sock.bind(sys.argv[1])
    print("naive: ready", flush=True)
    for line in sys.stdin.buffer:
        path = line.rstrip(b"\n")
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            continue
        sock.send_multipart([b"article.new", data])


if __name__ == "__main__":
    main()
