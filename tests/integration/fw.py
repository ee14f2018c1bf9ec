# SPDX-License-Identifier: MIT
"""fw.py - test harness: run the real factwatchd on a temp folder and subscribe over real ZeroMQ."""
import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

import jsonschema
import zmq

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.environ.get("FW_BUILD", os.path.join(ROOT, "build"))
FACTWATCHD = os.path.join(BUILD, "factwatchd")
SUB = os.path.join(BUILD, "factwatch-sub")
SEEDS = os.path.join(ROOT, "..", "shared", "seeds")
with open(os.path.join(ROOT, "docs", "summary.schema.json"), encoding="utf-8") as f:
    SCHEMA = json.load(f)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def validate(msg):
    """Raise AssertionError when msg does not follow docs/summary.schema.json."""
    errors = sorted(VALIDATOR.iter_errors(msg), key=str)
    if errors:
        raise AssertionError("schema: %s in %s" % (errors[0].message, json.dumps(msg)[:400]))


STRACE = shutil.which("strace")
DURABLE_CALLS = "trace=openat,fsync,fdatasync,rename,renameat,renameat2"
# LeakSanitizer cannot run under ptrace: a sanitizer build traced by
# strace exits 1 with "LeakSanitizer has encountered a fatal error".
STRACE_ENV = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")


def sanitized(binary=FACTWATCHD):
    """Whether binary was built with AddressSanitizer (make SANITIZE=1):
    its shadow memory and quarantine raise RSS several times over."""
    try:
        with open(binary, "rb") as f:
            return b"__asan_init" in f.read()
    except OSError:
        return False


def durable_replacements(trace, path):
    """How many times the strace log (one thread, -e DURABLE_CALLS) shows
    path replaced the power-cut-safe way: PATH.tmp written and fsynced,
    renamed over path, then path's folder fsynced. Fails on a rename
    without either fsync."""
    fds, synced, done, open_rename = {}, set(), 0, False
    folder = os.path.dirname(os.path.abspath(path))
    with open(trace, encoding="utf-8", errors="replace") as f:
        for line in f:
            m = re.match(r'(\w+)\((.*)\)\s+=\s+(-?\d+)', line)
            if not m:
                continue
            call, args, ret = m.group(1), m.group(2), int(m.group(3))
            names = re.findall(r'"((?:[^"\\]|\\.)*)"', args)
            if call == "openat" and ret >= 0 and names:
                fds[ret] = os.path.abspath(names[0])
            elif call in ("fsync", "fdatasync") and ret == 0:
                synced.add(fds.get(int(args.split(",")[0]), "?"))
            elif call.startswith("rename") and ret == 0 and names[-1:] == [path]:
                assert os.path.abspath(path + ".tmp") in synced, \
                    "renamed over %s before fsync of the temporary" % path
                assert not open_rename, "%s renamed again before its folder's fsync" % path
                synced.clear()
                open_rename = True
            if open_rename and folder in synced:
                done, open_rename = done + 1, False
    assert not open_rename, "%s: its folder was not fsynced after the rename" % path
    return done


class Daemon:
    """One factwatchd process on a temporary folder and an ipc:// endpoint."""

    def __init__(self, tmp, config=None, args=()):
        self.tmp = tmp
        self.watch = os.path.join(tmp, "watch")
        self.state = os.path.join(tmp, "state")
        self.endpoint = "ipc://%s/pub.sock" % tmp
        self.conf = os.path.join(tmp, "factwatchd.conf")
        self.log_path = os.path.join(tmp, "daemon.log")
        self.args = list(args)
        # all but --config: a test of the file's keys sets them there instead
        self.options = ["--watch", self.watch, "--state", self.state,
                        "--bind", self.endpoint, "-v"]
        # e.g. setpriv, to run as another user; FW_WRAP="valgrind ..." for all
        self.prefix = os.environ.get("FW_WRAP", "").split()
        self.proc = None
        os.makedirs(self.watch, exist_ok=True)
        settings = {"startup_delay_ms": "300", "status_interval": "0", "settle_ms": "300"}
        settings.update(config or {})
        with open(self.conf, "w") as f:
            for k, v in settings.items():
                f.write("%s = %s\n" % (k, v))

    def start(self, env=None):
        self.log = open(self.log_path, "ab")
        self.log_start = self.log.tell()        # this run's lines follow
        cmd = self.prefix + [FACTWATCHD] + self.options + ["--config", self.conf] + self.args
        e = dict(os.environ)
        e.update(env or {})
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=self.log, env=e)
        return self

    def stop(self, sig=signal.SIGTERM, timeout=10):
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        rc = self.proc.wait(timeout)
        self.proc = None
        self.log.close()
        return rc

    def wait_ready(self, timeout=60.0, idle=None):
        """Wait for this run's "ready" log line: under valgrind on a loaded
        machine start-up takes seconds, and a SIGTERM before the daemon
        blocks its signals kills it instead of stopping it. idle() is
        called between looks at the log."""
        deadline = time.monotonic() + timeout
        while b"main: ready, watching" not in self.log_bytes(self.log_start):
            rc = self.proc.poll()
            if rc is not None:
                raise AssertionError("factwatchd exited %d before it was ready" % rc)
            if time.monotonic() > deadline:
                raise AssertionError("factwatchd not ready after %.0f s" % timeout)
            if idle:
                idle()
            time.sleep(0.05)

    def log_bytes(self, offset=0):
        with open(self.log_path, "rb") as f:
            f.seek(offset)
            return f.read()

    def log_text(self):
        if not os.path.exists(self.log_path):
            return ""
        return self.log_bytes().decode("utf-8", "replace")

    def path(self, rel):
        return os.path.join(self.watch, rel)


class Subscriber:
    """A real SUB socket; every message received is checked against the schema."""

    def __init__(self, endpoint, topics=("",), validate_every=1, rcvhwm=0):
        self.validate_every = validate_every    # bursts check a sample
        self.count = 0
        self.ctx = zmq.Context.instance()
        self.sock = self.ctx.socket(zmq.SUB)
        self.sock.setsockopt(zmq.RCVHWM, rcvhwm)      # 0: no limit
        for t in topics:
            self.sock.setsockopt_string(zmq.SUBSCRIBE, t)
        self.sock.connect(endpoint)

    def recv(self, timeout=10.0):
        """(topic, message) or None when nothing arrives within timeout."""
        if not self.sock.poll(int(timeout * 1000)):
            return None
        frames = self.sock.recv_multipart()
        assert len(frames) == 2, "expected two frames, got %d" % len(frames)
        msg = json.loads(frames[1].decode("utf-8"))
        self.count += 1
        if self.count % self.validate_every == 0 or not frames[0].startswith(b"article."):
            validate(msg)
        return frames[0].decode("utf-8"), msg

    def articles(self, n, timeout=10.0):
        """The next n article.* messages (others skipped); fails on timeout."""
        out, deadline = [], time.monotonic() + timeout
        while len(out) < n:
            left = deadline - time.monotonic()
            got = self.recv(max(left, 0)) if left > 0 else None
            if got is None:
                raise AssertionError("got %d of %d article messages: %s" %
                                     (len(out), n, [m["event"] + " " + m["source"]["path"] for _, m in out]))
            if got[0].startswith("article."):
                out.append(got)
        return out

    def quiet(self, seconds=1.0, prefix="article."):
        """Messages with the prefix that arrive within seconds (expect none)."""
        out, deadline = [], time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return out
            got = self.recv(left)
            if got and got[0].startswith(prefix):
                out.append(got)

    def pump(self):
        """Let libzmq attach a reconnected pipe and send our subscriptions:
        it does so only inside a call on the socket, and until then the
        daemon's PUB drops what it sends us."""
        self.sock.getsockopt(zmq.EVENTS)

    def close(self):
        self.sock.close(0)


class DaemonTest(unittest.TestCase):
    """Base class: a temp folder, a daemon and a subscriber per test."""

    config = None

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="fwtest-")
        self.d = Daemon(self.tmp, self.config)
        self.sub = Subscriber(self.d.endpoint)

    def tearDown(self):
        self.sub.close()
        rc = self.d.stop() if self.d.proc else None
        res = getattr(getattr(self, "_outcome", None), "result", None)
        failed = res is not None and any(
            t is self for t, _ in list(res.failures) + list(res.errors))
        if failed or os.environ.get("FW_KEEP"):
            print("\n--- daemon log (%s) ---\n%s" % (self.tmp, self.d.log_text()[-3000:]))
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)
        if rc is not None and rc != 0:
            raise AssertionError("factwatchd exited %d" % rc)

    def write(self, rel, text, mtime=None):
        p = self.d.path(rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
        if mtime is not None:
            os.utime(p, (mtime, mtime))
        return p

    def drop(self, rel, text, mtime=None):
        """Write next to the folder, then rename in: how feeds deliver."""
        tmp = os.path.join(self.tmp, "incoming")
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        if mtime is not None:
            os.utime(tmp, (mtime, mtime))
        p = self.d.path(rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        os.rename(tmp, p)
        return p

    def start_and_wait_ready(self, expect=0):
        self.d.start()
        self.d.wait_ready(idle=self.sub.pump)
        return self.sub.articles(expect) if expect else self.sub.quiet(1.0)
