# SPDX-License-Identifier: MIT
"""test_systemd.py - the service side: sd_notify and the watchdog, SIGHUP reload, SIGUSR1 status, journal logging, the unit."""
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import unittest

from zmq.utils import z85

from fw import DaemonTest, FACTWATCHD, ROOT, SUB, Subscriber

STORY = (" date 2023-06-07 LISBON – The port authority said on Tuesday that the new "
         "ferry terminal will open on Friday, two years after work began.\n")
PLAIN = "Harbour pilots voted to strike.\n\nThe vote was held last month at the union hall.\n"
SECRET = "Zanzibar-quokka-7731"     # a phrase that must never reach the log
UNIT = os.path.join(ROOT, "systemd", "factwatchd.service")


class Notify:
    """systemd's side of sd_notify: an AF_UNIX datagram socket."""

    def __init__(self, tmp):
        self.path = os.path.join(tmp, "notify.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.got = []           # (monotonic time, {key: value}) per datagram

    def env(self, watchdog_usec=400000):
        return {"NOTIFY_SOCKET": self.path, "WATCHDOG_USEC": str(watchdog_usec)}

    def pump(self, seconds):
        """Read datagrams for up to seconds."""
        deadline = time.monotonic() + seconds
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(4096)
            except socket.timeout:
                return
            fields = dict(line.split("=", 1) for line in data.decode().splitlines() if "=" in line)
            self.got.append((time.monotonic(), fields))

    def wait_for(self, key, value=None, timeout=10.0, after=0):
        """Index of the first datagram from index after on with key (= value)."""
        deadline = time.monotonic() + timeout
        while True:
            for i in range(after, len(self.got)):
                f = self.got[i][1]
                if key in f and (value is None or re.search(value, f[key])):
                    return i
            left = deadline - time.monotonic()
            if left <= 0:
                raise AssertionError("no %s=%s in %s" % (key, value, [g[1] for g in self.got]))
            self.pump(min(left, 0.2))

    def close(self):
        self.sock.close()


class NotifyTest(DaemonTest):
    """READY=1 after the first scan, WATCHDOG=1 from the loop, STATUS= counts."""

    config = {"status_interval": "1"}

    def setUp(self):
        super().setUp()
        self.n = Notify(self.tmp)

    def tearDown(self):
        self.n.close()
        super().tearDown()

    def test_ready_after_first_scan_watchdog_and_status(self):
        self.write("one.txt", STORY)
        self.write("two.txt", PLAIN)
        t0 = time.monotonic()
        self.d.start(env=self.n.env())
        got = self.sub.articles(2)
        ready = self.n.wait_for("READY", "^1$")
        # Not before the start-up delay, and with both files already in:
        # the STATUS= sent with or after READY counts them.
        self.assertGreaterEqual(self.n.got[ready][0] - t0, 0.3)
        self.assertEqual(sorted(m["source"]["path"] for _, m in got), ["one.txt", "two.txt"])
        st = self.n.wait_for("STATUS", after=ready)
        self.assertRegex(self.n.got[st][1]["STATUS"], r"^2 articles known, 2 published, 0 failed$")
        self.assertIn("main: ready", self.d.log_text())
        self.assertEqual(sum("READY" in f for _, f in self.n.got), 1)

        # WATCHDOG_USEC=400000: a ping every 200 ms, from the event loop.
        start = len(self.n.got)
        self.n.pump(1.2)
        pings = [t for t, f in self.n.got[start:] if f.get("WATCHDOG") == "1"]
        self.assertGreaterEqual(len(pings), 4, self.n.got[start:])
        gaps = [b - a for a, b in zip(pings, pings[1:])]
        self.assertLess(max(gaps), 0.4, gaps)

        # STATUS= follows what is published (status_interval = 1).
        self.drop("three.txt", STORY.replace("Friday", "Saturday"))
        self.sub.articles(1)
        self.n.wait_for("STATUS", r"^3 articles known, 3 published, 0 failed$", timeout=5)

    def test_the_first_scan_says_how_far_it_is(self):
        # Before READY=1 the first scan can take minutes, and STATUS= said
        # nothing: it says how far the scan is, at most once a second.
        # Thirty articles of 1 MiB take seconds to read, and write quickly.
        words = (STORY + PLAIN).split()
        for i in range(30):
            line = " ".join(words[(i + k) % len(words)] for k in range(40)) + ".\n"
            self.write("big/%02d.txt" % i, line * ((1 << 20) // len(line)))
        self.d.start(env=self.n.env())
        ready = self.n.wait_for("READY", "^1$", timeout=120)
        said = [(t, f["STATUS"]) for t, f in self.n.got[:ready] if "STATUS" in f]
        self.assertTrue(said, self.n.got[:ready])
        self.assertEqual(said[0][1], "scanning: 0 files found")
        for _, text in said:
            self.assertRegex(text, r"^scanning: (\d+ files found|\d+ of 30 files read)$")
        # each moves systemd's start timeout on: a scan longer than
        # TimeoutStartSec= is not killed while it keeps going
        for _, f in self.n.got[:ready]:
            if "STATUS" in f:
                self.assertEqual(f.get("EXTEND_TIMEOUT_USEC"), "30000000", f)
        gaps = [b - a for (a, _), (b, _) in zip(said, said[1:])]
        self.assertTrue(all(g > 0.9 for g in gaps), gaps)
        if self.n.got[ready][0] - said[0][0] > 2.5:     # reading took a while
            self.assertRegex(said[-1][1], r"^scanning: [1-9]\d* of 30 files read$", said)
        # and after READY=1 the counts, as before
        st = self.n.wait_for("STATUS", after=ready)
        self.assertRegex(self.n.got[st][1]["STATUS"], r"^30 articles known, 30 published")

    def test_sighup_before_the_first_scan_sends_no_ready(self):
        # READY=1 comes after the first scan, a reload during the start-up
        # delay or not (it used to send one at once)
        with open(self.d.conf, "a") as f:
            f.write("startup_delay_ms = 1500\n")
        self.write("one.txt", STORY)
        t0 = time.monotonic()
        self.d.start(env=self.n.env())
        time.sleep(0.4)
        self.d.proc.send_signal(signal.SIGHUP)
        ready = self.n.wait_for("READY", "^1$", timeout=10)
        self.assertGreaterEqual(self.n.got[ready][0] - t0, 1.4)
        self.assertEqual(sum("READY" in f for _, f in self.n.got), 1)

    def test_no_watchdog_without_watchdog_usec(self):
        self.d.start(env={"NOTIFY_SOCKET": self.n.path})
        self.n.wait_for("READY", "^1$")
        self.n.pump(1.0)
        self.assertFalse([f for _, f in self.n.got if "WATCHDOG" in f])

    def test_sigusr1_publishes_status_now(self):
        self.d.start(env=self.n.env())
        self.n.wait_for("READY", "^1$")
        while self.sub.recv(0.2):
            pass                # what start-up sent
        self.d.proc.send_signal(signal.SIGUSR1)
        got = self.sub.recv(2.0)    # status_interval is 1 s: be quicker
        self.assertIsNotNone(got)
        self.assertEqual(got[0], "daemon.status")
        self.assertEqual((got[1]["event"], got[1]["articles_known"]), ("status", 0))


class StatusTest(DaemonTest):
    """daemon.status counts what was done (status_interval = 0: on SIGUSR1)."""

    def test_counts_after_a_known_workload(self):
        self.start_and_wait_ready()
        with open(self.d.path("img.txt"), "wb") as f:
            f.write(b"GIF89a\x00\x01" + bytes(100))     # a NUL byte: an error
        for i, text in enumerate((STORY, PLAIN, STORY.replace("Friday", "Sunday"))):
            self.drop("s%d.txt" % i, text)
        topics = []
        while sorted(topics) != ["article.new"] * 3 + ["error"]:
            got = self.sub.recv(10)
            self.assertIsNotNone(got, topics)
            topics.append(got[0])
        self.d.proc.send_signal(signal.SIGUSR1)
        got = self.sub.recv(10)
        self.assertIsNotNone(got)
        self.assertEqual(got[0], "daemon.status")
        m = got[1]
        self.assertEqual({k: m[k] for k in ("articles_known", "published", "errors", "last_seq",
                                            "overflows", "dropped", "snapshots_served",
                                            "folders_watched", "watch_degraded")},
                         {"articles_known": 3, "published": 3, "errors": 1, "last_seq": 3,
                          "overflows": 0, "dropped": 0, "snapshots_served": 0,
                          "folders_watched": 1, "watch_degraded": False})


class ReloadTest(DaemonTest):
    """SIGHUP: new folder, globs and log level without dropping subscribers."""

    def setUp(self):
        super().setUp()
        self.n = Notify(self.tmp)
        # as the unit runs it: everything in the file, only --config given
        self.d.options = []
        with open(self.d.conf, "a", encoding="utf-8") as f:
            f.write("watch = %s\nstate = %s\nbind = %s\nlog_level = debug\n"
                    % (self.d.watch, self.d.state, self.d.endpoint))
        with open(self.d.conf, encoding="utf-8") as f:
            self.base = f.read()

    def tearDown(self):
        self.n.close()
        super().tearDown()

    def reconfigure(self, extra):
        with open(self.d.conf, "w", encoding="utf-8") as f:
            f.write(self.base + extra)
        mark = len(self.n.got)
        self.d.proc.send_signal(signal.SIGHUP)
        i = self.n.wait_for("RELOADING", "^1$", after=mark)
        self.n.wait_for("READY", "^1$", after=i)

    def test_removed_keep_days_takes_effect_on_reload(self):
        self.write("a.txt", STORY)
        self.write("b.txt", PLAIN)
        self.d.start(env=self.n.env())
        self.sub.articles(2)
        self.n.wait_for("READY", "^1$")
        os.remove(self.d.path("b.txt"))
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.removed", "b.txt"))
        self.reconfigure("removed_keep_days = 0\n")
        time.sleep(1.1)         # removed_at is in seconds: now past it
        self.reconfigure("removed_keep_days = 0\nlog_level = debug\n")
        p = subprocess.run([SUB, "-c", self.d.endpoint, "--since", "0", "--json",
                            "--timeout", "2"], capture_output=True, timeout=30)
        paths = [json.loads(l)["source"]["path"] for l in p.stdout.splitlines()]
        self.assertEqual(paths, ["a.txt"], p.stderr.decode())

    def test_a_larger_max_size_takes_in_files_refused_before(self):
        self.reconfigure_base("max_size = 100\n")
        self.write("big.txt", STORY)            # larger than 100 bytes
        self.d.start(env=self.n.env())
        self.n.wait_for("READY", "^1$")
        self.assertEqual(self.sub.quiet(0.5), [])
        self.reconfigure("max_size = 100000\n")
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.new", "big.txt"))

    def reconfigure_base(self, extra):
        self.base += extra
        with open(self.d.conf, "w", encoding="utf-8") as f:
            f.write(self.base)

    def test_new_folder_same_subscriber(self):
        self.write("old.txt", STORY)
        self.d.start(env=self.n.env())
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["source"]["path"], "old.txt")
        self.n.wait_for("READY", "^1$")
        other = os.path.join(self.tmp, "other")
        os.makedirs(other)
        with open(os.path.join(other, "there.txt"), "w", encoding="utf-8") as f:
            f.write(PLAIN)
        self.reconfigure("watch = %s\n" % other)
        # The tree is reconciled with the state: old.txt left, there.txt came.
        got = {(m["event"], m["source"]["path"]) for _, m in self.sub.articles(2)}
        self.assertEqual(got, {("removed", "old.txt"), ("new", "there.txt")})
        # Files in the new folder get published to the same subscriber...
        with open(os.path.join(other, "fresh.txt"), "w", encoding="utf-8") as f:
            f.write(STORY.replace("Friday", "Sunday"))
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.new", "fresh.txt"))
        # ... and the old folder is not watched any more.
        self.write("ignored.txt", PLAIN + "more\n")
        self.assertEqual(self.sub.quiet(1.0), [])
        self.assertIn("reload: configuration reloaded", self.d.log_text())

    def test_globs_and_log_level(self):
        self.d.start(env=self.n.env())
        self.n.wait_for("READY", "^1$")
        self.write("a.md", PLAIN)
        self.sub.articles(1)
        self.reconfigure("include = *.txt\nlog_level = warning\n")
        # a.md no longer matches: it leaves the tree as far as anyone knows.
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.removed", "a.md"))
        self.write("b.md", PLAIN + "b\n")
        self.write("c.txt", STORY)
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.new", "c.txt"))
        # At warning the reload's own info line is not logged; at info it is.
        self.assertNotIn("reload: configuration reloaded", self.d.log_text())
        self.reconfigure("include = *.txt\nlog_level = info\n")
        self.assertEqual(self.d.log_text().count("reload: configuration reloaded"), 1)

    def test_broken_file_keeps_old_settings(self):
        self.d.start(env=self.n.env())
        self.n.wait_for("READY", "^1$")
        for bad, why in (("watch = %s\nmax_size = -5\n" % self.tmp, "invalid value '-5' for max_size"),
                         ("no_such_key = 1\n", "unknown key 'no_such_key'"),
                         ("watch = %s/missing\n" % self.tmp, "cannot watch"),
                         ("[broken\n", "syntax error"),
                         # libinih would take these for other values
                         ("exclude = .* *~\n    drafts\n", "an indented line"),
                         ("exclude = %s\n" % ("x" * 200), "longer than 199"),
                         ("no_such = 1\nmax_size = x\n", "unknown key 'no_such'"),
                         ("include =\n", "empty value for include")):
            self.reconfigure(bad)
            got = self.sub.recv(3.0)
            self.assertIsNotNone(got, bad)
            while got[0] != "error":
                got = self.sub.recv(3.0)
            self.assertIn("reload refused", got[1]["reason"])
            self.assertIn(why, got[1]["reason"])
            self.assertNotIn("path", got[1])
            self.assertIn(why, self.d.log_text())
        # The old folder is still watched, the daemon is still running.
        self.write("still.txt", STORY)
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.new", "still.txt"))
        self.assertIsNone(self.d.proc.poll())
        self.assertNotIn("reload: configuration reloaded", self.d.log_text())

    def test_the_command_line_wins_at_a_reload_too(self):
        # A drop-in's ExecStart= with --watch over the packaged file's
        # watch: a reload used to move to the file's folder, publishing
        # every article as removed; -v used to give way to its log_level.
        self.d.options = ["--watch", self.d.watch, "--state", self.d.state,
                          "--bind", self.d.endpoint, "-v"]
        self.write("here.txt", STORY)
        self.d.start(env=self.n.env())
        self.sub.articles(1)
        self.n.wait_for("READY", "^1$")
        other = os.path.join(self.tmp, "other")
        os.makedirs(other)
        self.reconfigure("watch = %s\nstate = %s/st2\nbind = ipc://%s/b.sock\n"
                         "log_level = warning\nmax_size = 100000\n"
                         % (other, self.tmp, self.tmp))
        self.assertEqual(self.sub.quiet(1.0), [])
        self.write("more.txt", PLAIN)
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.new", "more.txt"))
        log = self.d.log_text()
        self.assertIn("debug: ingest: article.new seq=2 path=more.txt", log)
        # nothing the command line set is said to change at the next start
        self.assertNotIn("takes effect at the next start", log)

    def test_intervals_off_at_start_can_be_turned_on(self):
        # status_interval and rescan_interval 0 at start had no timer, so a
        # reload that turned them on was refused with a warning
        self.d.start(env=self.n.env())      # status_interval = 0
        self.n.wait_for("READY", "^1$")
        self.reconfigure("status_interval = 1\nrescan_interval = 1\n")
        t0, times = time.monotonic(), []
        while time.monotonic() - t0 < 3.5:
            got = self.sub.recv(0.2)
            if got and got[0] == "daemon.status":
                times.append(time.monotonic() - t0)
        # one for the reload, then one a second
        self.assertGreaterEqual(len(times), 3, times)
        self.assertNotIn("takes effect at the next start", self.d.log_text())

    def test_what_the_docs_say_a_reload_does_to_each_key(self):
        # factwatchd.conf(5) and the example file's header name the keys a
        # reload applies and those that need a restart: every key is in
        # one list, and the daemon does what the list says.
        man = open(os.path.join(ROOT, "docs", "man", "factwatchd.conf.5.scd"),
                   encoding="utf-8").read()
        keys = set(re.findall(r"(?m)^\*([a-z_]+)\* = ", man))
        para = man.split("# RELOADING")[1].split("# KEYS")[0].split("\n\n")
        now = set(re.findall(r"\*([a-z_]+)\*", next(p for p in para if "at once" in p)))
        later = set(re.findall(r"\*([a-z_]+)\*", next(p for p in para if "need a restart" in p)))
        self.assertEqual(now & keys | later & keys, keys)
        self.assertEqual(now & later & keys, set())
        with open(os.path.join(ROOT, "etc", "factwatchd.conf"), encoding="utf-8") as f:
            head = " ".join(l.lstrip("# ").rstrip() for l in f.read().split("\n\n")[0].splitlines())
        said_now, said_later = head.split("reads the file again:")[1].split("take effect at once")[0], \
            head.split("take effect at once")[1].split("need a restart")[0]
        self.assertEqual(set(re.findall(r"[a-z_]+", said_now)) & keys, now & keys)
        self.assertEqual(set(re.findall(r"[a-z_]+", said_later)) & keys, later & keys)
        other = os.path.join(self.tmp, "other")
        os.makedirs(other)
        value = {"watch": other, "include": "*.txt", "exclude": "*.md", "log_level": "info",
                 "max_size": "5000", "settle_ms": "100", "max_watches": "100",
                 "include_text": "false", "rescan_interval": "5", "status_interval": "5",
                 "removed_keep_days": "3", "snapshot_stall": "10",
                 "bind": "ipc://%s/b.sock" % self.tmp, "state": os.path.join(self.tmp, "st2"),
                 "high_water_mark": "5", "startup_delay_ms": "7", "snapshot_bind": "none",
                 "connect": "ipc://%s/c.sock" % self.tmp, "source_id": "elsewhere",
                 "curve_secret": os.path.join(self.tmp, "k.key"),
                 "curve_clients": self.tmp, "connect_server_key": os.path.join(self.tmp, "s.pub"),
                 "nats_url": "nats://127.0.0.1:1", "nats_subject": "elsewhere",
                 "nats_stream": "ELSEWHERE"}
        self.assertEqual(set(value), keys)
        self.d.start(env=self.n.env())
        self.n.wait_for("READY", "^1$")
        for key in sorted(keys):
            mark = len(self.d.log_text())
            self.reconfigure("%s = %s\n" % (key, value[key]))
            log = self.d.log_text()[mark:]
            self.assertNotIn("reload refused", log, key)
            warned = "reload: %s changed" % key in log
            self.assertEqual(warned, key in later, (key, log))

    def test_a_hash_inside_a_value_is_said_at_start_and_reload(self):
        # libinih takes only ';' after a space for an inline comment: the
        # '#' note was silently part of the value (here, a glob "#")
        self.reconfigure_base("include = *.txt # articles only\n"
                              "exclude = .* *~ #*# 4913 ; the default's #*# is a glob\n")
        said = "config: '#' inside a value path=%s: include = *.txt # articles only: " \
            "taken as written; a comment after a value starts with ';'" % self.d.conf
        self.d.start(env=self.n.env())
        self.n.wait_for("READY", "^1$")
        self.assertEqual(self.d.log_text().count(said), 1, self.d.log_text())
        self.reconfigure("")
        log = self.d.log_text()
        self.assertEqual(log.count(said), 2, log)
        self.assertEqual(log.count("inside a value"), 2, log)   # not exclude's
        self.assertRegex(log, r"warning: config: '#' inside a value")

    def test_no_limit_is_said_and_a_huge_max_size_refused(self):
        # high_water_mark = 0 is ZeroMQ's "no limit": memory without end
        self.reconfigure_base("high_water_mark = 0\nmax_size = 268435456\n")
        said = "warning: config: high_water_mark = 0 is no limit path=%s: " \
            "for a subscriber that stops reading" % self.d.conf
        self.d.start(env=self.n.env())
        self.n.wait_for("READY", "^1$")
        self.assertEqual(self.d.log_text().count(said), 1, self.d.log_text())
        # a file is held whole, several times over: 1 GB is a typo
        why = "invalid value '1000000000' for max_size: 1 to 268435456 bytes"
        self.reconfigure("max_size = 1000000000\n")
        log = self.d.log_text()
        self.assertIn("reload refused", log)
        self.assertIn(why, log)
        self.assertEqual(log.count(said), 2, log)
        self.d.stop()
        r = subprocess.run([FACTWATCHD, "--config", self.d.conf, "--once", "-"],
                           input=STORY.encode(), capture_output=True, timeout=30)
        self.assertEqual(r.returncode, 100)     # a configuration no restart mends
        self.assertIn(why, r.stderr.decode())

    def test_restart_only_keys_are_kept_and_said(self):
        self.d.start(env=self.n.env())
        self.n.wait_for("READY", "^1$")
        self.reconfigure("bind = ipc://%s/elsewhere.sock\nhigh_water_mark = 5\n" % self.tmp)
        log = self.d.log_text()
        self.assertIn("reload: bind changed", log)
        self.assertIn("reload: high_water_mark changed to 5: takes effect at the next start", log)
        self.write("x.txt", PLAIN)
        [(t, _)] = self.sub.articles(1)
        self.assertEqual(t, "article.new")


class JournalTest(DaemonTest):
    """sd-daemon priority prefixes when stderr is the journal's stream."""

    config = {"max_size": "1000"}

    def start_logged(self, journal, verbose, extra=()):
        self.d.log = open(self.d.log_path, "ab")
        self.d.log_start = self.d.log.tell()
        st = os.fstat(self.d.log.fileno())
        env = dict(os.environ)
        env.pop("JOURNAL_STREAM", None)
        if journal:
            env["JOURNAL_STREAM"] = "%d:%d" % (st.st_dev, st.st_ino)
        cmd = [FACTWATCHD, "--watch", self.d.watch, "--state", self.d.state,
               "--bind", self.d.endpoint, "--config", self.d.conf] + \
            (["-v"] if verbose else []) + list(extra)
        self.d.proc = subprocess.Popen(cmd, stdout=self.d.log, stderr=self.d.log, env=env)

    def test_prefixes_under_journal_stream(self):
        self.start_logged(journal=True, verbose=True)
        self.write("big.txt", "x" * 2000)    # a warning: larger than max_size
        self.d.wait_ready(idle=self.sub.pump)
        self.write("a.txt", STORY)           # a debug line (-v)
        self.sub.articles(1)
        lines = [l for l in self.d.log_text().splitlines() if l]
        self.assertTrue(lines)
        for l in lines:
            self.assertRegex(l, r"^<[0-7]>[a-z]+: ")
        self.assertTrue(any(l.startswith("<6>main: factwatchd") for l in lines), lines)
        self.assertTrue(any(l.startswith("<4>ingest: cannot summarise path=big.txt")
                            for l in lines), lines)
        self.assertIn("<7>ingest: article.new seq=1 path=a.txt", lines)

    def test_a_start_up_failure_is_logged_at_error_priority(self):
        # why the service failed must show in journalctl -p err
        with open(self.d.conf, "a") as f:
            f.write("max_size = lots\n")
        self.start_logged(journal=True, verbose=False)
        # 100: a configuration no restart mends (RestartPreventExitStatus)
        self.assertEqual(self.d.proc.wait(timeout=10), 100)
        self.d.proc = None                  # gone, as it should be
        lines = [l for l in self.d.log_text().splitlines() if l]
        self.assertTrue(lines and all(l.startswith("<3>") for l in lines), lines)

    def test_a_bad_option_is_logged_at_error_priority(self):
        # getopt's own complaint and the usage text went to stderr bare,
        # which journald files at info: journalctl -p err showed nothing
        for extra, why in ((["--wacth", "x"], "invalid option --wacth"),
                           (["-x"], "invalid option -x"),
                           (["--state"], "option --state needs a value"),
                           # an empty value is bad usage too, not a start-up
                           # failure (exit 1) that systemd would restart
                           (["--watch="], "option --watch needs a value, not an empty one"),
                           (["-w", ""], "option --watch needs a value, not an empty one"),
                           (["--bind", ""], "option --bind needs a value, not an empty one"),
                           (["--config="], "option --config needs a value, not an empty one"),
                           (["--curve-secret="], "option --curve-secret needs a value")):
            self.start_logged(journal=True, verbose=False, extra=extra)
            self.assertEqual(self.d.proc.wait(timeout=10), 100)
            self.d.proc = None
            self.d.log.close()
            lines = [l for l in self.d.log_text().splitlines() if l]
            self.assertTrue(lines and all(l.startswith("<3>") for l in lines), lines)
            self.assertIn(why, lines[-1])
            os.remove(self.d.log_path)

    def test_plain_when_stream_is_not_stderr(self):
        self.d.start(env={"JOURNAL_STREAM": "1:1"})
        self.sub.quiet(1.0)
        first = self.d.log_text().splitlines()[0]
        self.assertRegex(first, r"^\d{4}-\d\d-\d\dT[\d:.]+Z factwatchd info: main: ")

    def test_no_article_text_in_the_log_at_info(self):
        self.start_logged(journal=False, verbose=False)
        self.sub.quiet(1.0)
        self.write("s.txt", STORY + "\n%s said the minister.\n" % SECRET)
        self.write("\nforged.txt", "x" * 2000)    # a warning naming the file
        self.sub.articles(1)
        self.sub.quiet(1.0)
        self.d.proc.send_signal(signal.SIGHUP)
        self.sub.quiet(0.5)
        log = self.d.log_text()
        self.assertNotIn(SECRET, log)
        self.assertNotIn("ferry terminal", log)
        for l in log.splitlines():
            self.assertRegex(l, r"^\d{4}-\d\d-\d\dT[\d:.]+Z factwatchd [a-z]+: ")

    def test_no_curve_secret_in_the_log_at_debug(self):
        keygen = os.path.join(os.path.dirname(FACTWATCHD), "factwatch-keygen")
        keys, allow = os.path.join(self.tmp, "keys"), os.path.join(self.tmp, "allow")
        os.makedirs(keys)
        os.makedirs(allow)
        for name in ("server", "alice"):
            subprocess.check_call([keygen, os.path.join(keys, name)])
        shutil.copy(os.path.join(keys, "alice.pub"), allow)
        with open(os.path.join(keys, "server.key"), encoding="ascii") as f:
            secret = f.read()
        self.assertEqual(secret[40:], "\n")      # the file: 40 Z85 characters
        secret = secret[:40]
        self.d.args = ["--curve-secret", os.path.join(keys, "server.key"),
                       "--curve-clients", allow]
        self.start_and_wait_ready()
        self.write("a.txt", STORY)
        # read through CURVE: the daemon loaded the key and used it
        p = subprocess.run([SUB, "-c", self.d.endpoint, "--since", "0", "--json",
                            "--count", "1", "--timeout", "10",
                            "--curve-server-key", os.path.join(keys, "server.pub"),
                            "--curve-secret", os.path.join(keys, "alice.key")],
                           capture_output=True, timeout=30)
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        self.assertEqual(json.loads(p.stdout)["source"]["path"], "a.txt")
        self.assertEqual(self.d.stop(), 0)
        log = self.d.log_text()
        self.assertIn("debug: zap: admitted key=", log)     # -v was in force
        self.assertNotIn(secret, log)
        self.assertNotIn(z85.decode(secret).hex(), log.lower())     # nor in hex


def analyze(*args):
    return subprocess.run(["systemd-analyze"] + list(args), capture_output=True, text=True,
                          timeout=60)


# SystemCallFilter= and RestrictAddressFamilies= as systemd applies them:
# a system call not allowed fails with EPERM, socket() of a family not
# allowed with EAFNOSUPPORT.
SECCOMP_C = r"""
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
static const int allow[] = {
%s
};
static const unsigned families[] = {%s};
int
main(int argc, char **argv)
{
    static struct sock_filter f[4096];
    size_t i, n = 0, k = sizeof allow / sizeof allow[0];
    size_t nf = sizeof families / sizeof families[0];

    (void)argc;
    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
        offsetof(struct seccomp_data, nr));
    f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_socket,
        0, (unsigned char)(2 + 2 * nf));
    f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS,
        offsetof(struct seccomp_data, args[0]));
    for (i = 0; i < nf; i++) {
        f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, families[i], 0, 1);
        f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    }
    f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EAFNOSUPPORT);
    for (i = 0; i < k; i++) {
        f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, allow[i], 0, 1);
        f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
    }
    f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | EPERM);
    struct sock_fprog prog = {(unsigned short)n, f};
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog)) {
        perror("seccomp");
        return 111;
    }
    execv(argv[1], argv + 1);
    perror("execv");
    return 111;
}
"""


def unit_families():
    """The address family numbers the unit's RestrictAddressFamilies= allows."""
    with open(UNIT, encoding="utf-8") as f:
        for line in f:
            if line.startswith("RestrictAddressFamilies="):
                return [int(getattr(socket, n)) for n in line.split("=", 1)[1].split()]
    raise AssertionError("the unit sets no RestrictAddressFamilies=")


def syscall_set(names, seen=None):
    """Expand systemd's @groups into system call names."""
    seen = set() if seen is None else seen
    out = set()
    for name in names:
        if not name.startswith("@"):
            out.add(name)
            continue
        if name in seen:
            continue
        seen.add(name)
        r = subprocess.run(["systemd-analyze", "syscall-filter", name], capture_output=True, text=True)
        lines = [l.strip() for l in r.stdout.splitlines()]
        out |= syscall_set([l for l in lines[1:] if l and not l.startswith("#")], seen)
    return out


def unit_syscalls():
    """The set the unit's SystemCallFilter= lines allow, applied in order."""
    allowed = None
    with open(UNIT, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("SystemCallFilter="):
                continue
            v = line.split("=", 1)[1].strip()
            deny = v.startswith("~")
            names = syscall_set(v.lstrip("~").split())
            if allowed is None:
                allowed = set() if deny else names
            elif deny:
                allowed -= names
            else:
                allowed |= names
    return allowed


@unittest.skipUnless(shutil.which("systemd-analyze") and shutil.which("cc"),
                     "needs systemd-analyze and a C compiler")
class SyscallFilterTest(DaemonTest):
    """The daemon runs, publishes, reloads and stops under the unit's
    system call filter and address families, bound as the example
    configuration binds: to tcp://127.0.0.1 and an ipc:// path."""

    def test_daemon_under_the_units_system_call_filter(self):
        allowed = unit_syscalls()
        self.assertIn("sched_setscheduler", allowed)       # libzmq asserts on it
        self.assertIn("socket", allowed)
        body = "\n".join("#ifdef SYS_%s\nSYS_%s,\n#endif" % (n, n) for n in sorted(allowed))
        src, exe = os.path.join(self.tmp, "filter.c"), os.path.join(self.tmp, "filter")
        with open(src, "w") as f:
            f.write(SECCOMP_C % (body, ", ".join(str(n) for n in unit_families())))
        subprocess.run(["cc", "-O", "-o", exe, src], check=True, timeout=60)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            tcp = "tcp://127.0.0.1:%d" % s.getsockname()[1]
        self.d.log = open(self.d.log_path, "ab")
        self.d.log_start = self.d.log.tell()
        # LeakSanitizer needs ptrace, which the filter denies (SANITIZE=1).
        env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0:" + os.environ.get("ASAN_OPTIONS", ""))
        self.d.proc = subprocess.Popen(
            [exe, FACTWATCHD, "--watch", self.d.watch, "--state", self.d.state,
             "--bind", self.d.endpoint, "--bind", tcp, "--config", self.d.conf],
            stdout=self.d.log, stderr=self.d.log, env=env)
        # libzmq resolves a tcp:// bind through getifaddrs() (netlink) and
        # aborts when that fails: the daemon must live to be ready.
        self.d.wait_ready(timeout=30)
        over_tcp = Subscriber(tcp)
        try:
            time.sleep(0.3)         # the subscription reaches the PUB
            self.write("a.txt", STORY)
            [(t, _)] = self.sub.articles(1)
            self.assertEqual(t, "article.new")
            [(t, _)] = over_tcp.articles(1)
            self.assertEqual(t, "article.new")
        finally:
            over_tcp.close()
        self.d.proc.send_signal(signal.SIGHUP)
        self.d.proc.send_signal(signal.SIGUSR1)
        self.drop("b.txt", PLAIN)
        [(t, _)] = self.sub.articles(1)
        self.assertEqual(t, "article.new")
        self.assertEqual(self.d.stop(), 0, self.d.log_text())
        self.assertIn("reload: configuration reloaded", self.d.log_text())


@unittest.skipUnless(shutil.which("systemd-analyze"),
                     "systemd-analyze is not installed (Debian package systemd)")
class UnitFileTest(unittest.TestCase):
    """The unit is hardened (exposure <= 1.2) and verifies without a word."""

    def test_security_exposure(self):
        r = analyze("security", "--offline=true", "--threshold=12", UNIT)
        m = re.search(r"Overall exposure level for factwatchd.service: (\d+\.\d)", r.stdout)
        self.assertIsNotNone(m, r.stdout + r.stderr)
        self.assertLessEqual(float(m.group(1)), 1.2, r.stdout)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)

    def test_verify_prints_nothing(self):
        # verify checks that ExecStart= exists: point it at the built binary,
        # unless the daemon is installed where the unit says.
        with open(UNIT, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("ExecStart=/usr/sbin/factwatchd ", text)
        tmp = tempfile.mkdtemp(prefix="fwunit-")
        try:
            if not os.access("/usr/sbin/factwatchd", os.X_OK):
                text = text.replace("ExecStart=/usr/sbin/factwatchd ",
                                    "ExecStart=%s " % os.path.abspath(FACTWATCHD))
            unit = os.path.join(tmp, "factwatchd.service")
            with open(unit, "w", encoding="utf-8") as f:
                f.write(text)
            r = analyze("verify", "--man=no", unit)
            self.assertEqual((r.stdout + r.stderr).strip(), "")
            self.assertEqual(r.returncode, 0)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def test_verify_catches_a_misspelling(self):
        # The reason the test above fails on any output: verify exits 0 here.
        tmp = tempfile.mkdtemp(prefix="fwunit-")
        try:
            unit = os.path.join(tmp, "factwatchd.service")
            with open(unit, "w", encoding="utf-8") as f:
                f.write("[Service]\nExecStart=/bin/true\nProtectSytem=strict\n")
            r = analyze("verify", "--man=no", unit)
            self.assertIn("ProtectSytem", r.stdout + r.stderr)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def test_docs_say_the_folder_is_read_as_others(self):
        # DynamicUser= and PrivateUsers= leave the daemon no owner or group
        # of the articles: where the docs install the service they say
        # the folder must be readable by others (a 0640 tree gave only
        # "Permission denied" on the error topic)
        with open(UNIT, encoding="utf-8") as f:
            unit = f.read()
        self.assertIn("\nDynamicUser=yes\n", unit)
        self.assertIn("\nPrivateUsers=yes\n", unit)
        readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
        man = open(os.path.join(ROOT, "docs", "man", "factwatchd.8.scd"), encoding="utf-8").read()
        for where, text in (("README", readme.split("## As a service")[1].split("\n## ")[0]),
                            ("factwatchd(8)", man.split("# SERVICE")[1].split("\n# ")[0])):
            for said in ("o+rx", "o+r", "chmod -R o+rX", "setfacl -R -d -m o::rX"):
                self.assertIn(said, text, where)

    def test_unit_promises(self):
        with open(UNIT, encoding="utf-8") as f:
            keys = {}
            for line in f:
                if "=" in line and not line.startswith("#"):
                    k, v = line.rstrip("\n").split("=", 1)
                    keys.setdefault(k, []).append(v)
        self.assertEqual(keys["Type"], ["notify"])
        self.assertEqual(keys["Restart"], ["on-failure"])
        # bad usage (exit 100) is not mended by a restart
        self.assertEqual(keys["RestartPreventExitStatus"], ["100"])
        self.assertEqual(keys["DynamicUser"], ["yes"])
        self.assertEqual(keys["StateDirectory"], ["factwatch"])
        self.assertEqual(keys["RuntimeDirectory"], ["factwatch"])
        self.assertIn("-HUP", keys["ExecReload"][0])
        self.assertTrue(keys["WatchdogSec"])
        self.assertEqual(keys["ProtectSystem"], ["strict"])


if __name__ == "__main__":
    unittest.main()
