# SPDX-License-Identifier: MIT
"""test_nats.py - factwatchd --nats and the JetStream bridge: every article in the stream exactly once, through server, daemon and bridge crashes."""
import json
import os
import shutil
import signal
import socket
import subprocess
import threading
import time

import fw
from test_subscribers import article

NATS_SERVER = shutil.which("nats-server") or "/usr/sbin/nats-server"
BRIDGE = os.path.join(fw.BUILD, "factwatch-nats")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class JetStreamBase(fw.DaemonTest):
    """A nats-server of the test's own, and how to look into its stream."""
    config = {"status_interval": "0"}

    def setUp(self):
        super().setUp()
        self.port = free_port()
        self.url = "nats://127.0.0.1:%d" % self.port
        self.store = os.path.join(self.tmp, "js")
        self.resume = os.path.join(self.tmp, "bridge.resume")
        self.nats = self.bridge = None
        self.start_nats()

    def tearDown(self):
        for p in (self.bridge, self.nats):
            if p and p.poll() is None:
                p.kill()
                p.wait()
        super().tearDown()

    def start_nats(self, conf=None):
        self.nats_log = open(os.path.join(self.tmp, "nats.log"), "ab")
        extra = []
        if conf:
            path = os.path.join(self.tmp, "nats.conf")
            with open(path, "w") as f:
                f.write(conf)
            extra = ["-c", path]
        self.nats = subprocess.Popen([NATS_SERVER, "-js", "-sd", self.store, "-a", "127.0.0.1",
                                      "-p", str(self.port)] + extra, stdout=self.nats_log,
                                     stderr=self.nats_log)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        self.fail("nats-server did not start")

    def start_bridge(self):
        self.bridge_log = open(os.path.join(self.tmp, "bridge.log"), "ab")
        self.bridge = subprocess.Popen([BRIDGE, "-c", self.d.endpoint, "--nats", self.url,
                                        "--resume", self.resume], stdout=self.bridge_log,
                                       stderr=self.bridge_log)

    def in_stream(self):
        p = subprocess.run([BRIDGE, "--info", "--nats", self.url], capture_output=True,
                           timeout=10)
        return json.loads(p.stdout)["messages"] if p.returncode == 0 else -1

    def wait_stream(self, n, timeout=60):
        deadline, got = time.monotonic() + timeout, -1
        while time.monotonic() < deadline:
            got = self.in_stream()
            if got >= n:
                return got
            time.sleep(0.3)
        self.fail("the stream holds %d of %d messages" % (got, n))

    def replay(self, *args):
        p = subprocess.run([BRIDGE, "--replay", "--nats", self.url, "--timeout", "1"] +
                           list(args), capture_output=True, timeout=120)
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        return [json.loads(l) for l in p.stdout.decode().splitlines()]

    def check_exactly_once(self, msgs, n):
        seqs = [m["seq"] for m in msgs]
        self.assertEqual(len(seqs), n, "stream holds %d, want %d" % (len(seqs), n))
        self.assertEqual(sorted(seqs), list(range(1, n + 1)))
        self.assertEqual(len({m["source"]["path"] for m in msgs}), n)

    def drop_many(self, first, n):
        for i in range(first, first + n):
            self.drop("n%04d.txt" % i, article(i))


@fw.unittest.skipUnless(os.access(NATS_SERVER, os.X_OK), "nats-server is not installed")
class JetStream(JetStreamBase):
    """factwatch-nats, the bridge of a daemon (or a proxy) into the stream."""

    def test_summary_over_max_payload_leaves_a_stub_and_the_bridge_goes_on(self):
        self.nats.kill()
        self.nats.wait()
        self.start_nats("max_payload: 4096\n")
        self.start_and_wait_ready()
        self.start_bridge()
        self.drop("a.txt", article(1))
        big = " date 2024-05-14\nA long report\n\n" + "".join(
            "The council met on Tuesday, %d May 2023, to vote on item %d.\n\n" % (1 + i % 28, i)
            for i in range(120))
        self.drop("big.txt", big)
        self.drop("b.txt", article(2))
        self.wait_stream(3, timeout=30)
        msgs = self.replay()
        self.assertEqual([m["seq"] for m in msgs], [1, 2, 3])
        self.assertEqual([m["source"]["path"] for m in msgs], ["a.txt", "big.txt", "b.txt"])
        self.assertIn("max_payload", msgs[1]["error"])
        self.assertNotIn("facts", msgs[1])
        self.assertIn("facts", msgs[2])

    def test_nats_down_is_an_error_and_a_replay_stops_on_sigterm(self):
        t0 = time.monotonic()
        p = subprocess.run([BRIDGE, "--info", "--nats", "nats://127.0.0.1:%d" % free_port()],
                           capture_output=True, timeout=30)
        self.assertEqual(p.returncode, 5, p.stderr.decode())
        self.assertLess(time.monotonic() - t0, 20)
        self.start_and_wait_ready()
        self.start_bridge()
        self.drop("a.txt", article(1))
        self.wait_stream(1)
        r = subprocess.Popen([BRIDGE, "--replay", "--nats", self.url],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.5)                 # the one message is out; it waits
        r.send_signal(signal.SIGTERM)
        out, err = r.communicate(timeout=10)
        self.assertEqual(r.returncode, 0, err.decode())
        self.assertEqual(len(out.decode().splitlines()), 1)

    def test_replay_timeout_is_done_unless_count_is_short(self):
        # --replay --timeout S stops once the stream has been quiet for S
        # seconds: everything there was is out, which is success (0);
        # only a --count it could not reach is the timeout (1). The help
        # and the man page said 1 for any timeout.
        self.start_and_wait_ready()
        self.start_bridge()
        self.drop("a.txt", article(1))
        self.drop("b.txt", article(2))
        self.wait_stream(2)
        self.assertEqual(len(self.replay()), 2)
        p = subprocess.run([BRIDGE, "--replay", "--nats", self.url, "--timeout", "1",
                            "--count", "3"], capture_output=True, timeout=60)
        self.assertEqual(p.returncode, 1, p.stderr.decode())
        self.assertEqual(len(p.stdout.decode().splitlines()), 2)
        self.assertIn(b"--count", p.stderr)
        usage = subprocess.run([BRIDGE, "--help"], capture_output=True, timeout=10).stdout
        self.assertIn(b"replay: stop when the stream is quiet", usage)
        with open(os.path.join(fw.ROOT, "docs", "man", "factwatch-nats.1.scd")) as f:
            self.assertIn("stream has been quiet", " ".join(f.read().split()))

    @fw.unittest.skipUnless(fw.STRACE, "strace is not installed")
    def test_resume_file_is_replaced_durably(self):
        # without fsync a power cut could leave it empty, and the bridge
        # published everything again, past the duplicate window
        self.start_and_wait_ready()
        self.drop("a.txt", article(1))
        self.drop("b.txt", article(2))
        self.sub.articles(2)
        trace = os.path.join(self.tmp, "strace.txt")
        p = subprocess.run([fw.STRACE, "-qq", "-o", trace, "-e", fw.DURABLE_CALLS, BRIDGE,
                            "-c", self.d.endpoint, "--nats", self.url, "--resume", self.resume,
                            "--count", "2", "--timeout", "10"], capture_output=True, timeout=60,
                           env=fw.STRACE_ENV)
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        # saved when idle and at the end: a burst is kept once, not once
        # a message (two fsyncs each), and the end point is kept
        self.assertGreaterEqual(fw.durable_replacements(trace, self.resume), 1)
        with open(self.resume) as f:
            self.assertEqual(int(f.read().split()[0]), 2)

    def test_replaced_state_is_bridged_again(self):
        # the state folder deleted: seq starts at 1 again, and with
        # Nats-Msg-Id = source_id:seq JetStream dropped the new state's
        # messages as duplicates of the old one's
        self.start_and_wait_ready()
        self.start_bridge()
        self.drop("a.txt", article(1))
        self.drop("b.txt", article(2))
        self.wait_stream(2)
        self.assertEqual(self.d.stop(), 0)
        shutil.rmtree(self.d.state)
        self.drop("c.txt", article(3))
        self.d.start()
        self.wait_stream(5)
        time.sleep(1.0)
        self.assertEqual(self.in_stream(), 5)
        msgs = self.replay()
        self.assertEqual([m["seq"] for m in msgs[:2]], [1, 2])
        self.assertEqual(sorted(m["seq"] for m in msgs[2:]), [1, 2, 3])
        self.assertEqual(len({m["epoch"] for m in msgs}), 2)

    def test_thousand_articles_exactly_once_and_replayed_later(self):
        self.start_and_wait_ready()
        self.start_bridge()
        t0 = time.monotonic()
        self.drop_many(0, 1000)
        self.assertEqual(self.wait_stream(1000), 1000)
        elapsed = time.monotonic() - t0
        time.sleep(0.5)
        self.assertEqual(self.in_stream(), 1000)
        msgs = self.replay()                       # a consumer started later
        self.check_exactly_once(msgs, 1000)
        for m in msgs[:20]:
            fw.validate(m)
        self.assertEqual(len(self.replay("--from-seq", "501")), 500)
        print("  1,000 articles into JetStream in %.1f s" % elapsed, end="")

    def test_server_and_bridge_killed_mid_burst(self):
        self.start_and_wait_ready()
        self.start_bridge()
        writer = threading.Thread(target=self.drop_many, args=(0, 1000))
        writer.start()
        self.wait_stream(250)
        self.nats.kill()                            # SIGKILL mid-burst
        self.nats.wait()
        time.sleep(0.5)
        self.start_nats()
        self.wait_stream(600)
        self.bridge.kill()                          # and the bridge too
        self.bridge.wait()
        writer.join()
        self.start_bridge()                         # resumes from its file
        self.wait_stream(1000, timeout=90)
        time.sleep(1.0)
        self.assertEqual(self.in_stream(), 1000)
        self.check_exactly_once(self.replay(), 1000)
        with open(self.resume) as f:
            self.assertEqual(int(f.read().split()[0]), 1000)


@fw.unittest.skipUnless(os.access(NATS_SERVER, os.X_OK), "nats-server is not installed")
class DaemonFeed(JetStreamBase):
    """factwatchd --nats: the daemon feeds the stream itself."""

    def feed(self, *extra):
        self.d.args += ["--nats", self.url] + list(extra)

    def test_feed_exactly_once_through_server_and_daemon_crashes(self):
        self.feed()
        self.start_and_wait_ready()
        writer = threading.Thread(target=self.drop_many, args=(0, 1000))
        writer.start()
        self.wait_stream(250)
        self.nats.kill()                            # SIGKILL mid-burst
        self.nats.wait()
        got = self.sub.articles(100, timeout=60)    # ZeroMQ goes on meanwhile
        self.assertEqual(len(got), 100)
        self.start_nats()
        self.wait_stream(600)
        self.d.proc.kill()                          # and the daemon too
        self.d.proc.wait()
        self.d.stop()
        writer.join()
        self.d.start()
        self.d.wait_ready()
        self.wait_stream(1000, timeout=120)
        time.sleep(1.0)
        self.assertEqual(self.in_stream(), 1000)
        msgs = self.replay()
        self.check_exactly_once(msgs, 1000)
        fw.validate(msgs[0])
        with open(os.path.join(self.d.state, "nats.resume")) as f:
            self.assertEqual(int(f.read().split()[0]), 1000)
        p = self.sub_nats("--json", "--from-seq", "501", "--count", "500")
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        self.assertEqual(sorted(json.loads(l)["seq"] for l in p.stdout.decode().splitlines()),
                         sorted(m["seq"] for m in msgs[500:]))

    def test_stop_mid_publish_keeps_the_message(self):
        # the resume point moved past a message the server never took
        # when the daemon was stopped while it retried: lost for good
        self.feed()
        self.start_and_wait_ready()
        self.drop("a.txt", article(1))
        self.wait_stream(1)
        self.nats.kill()
        self.nats.wait()
        self.drop("b.txt", article(2))
        self.sub.articles(2)
        deadline = time.monotonic() + 20
        while "retrying" not in self.d.log_text():
            self.assertLess(time.monotonic(), deadline, "no publish attempt")
            time.sleep(0.2)
        self.assertEqual(self.d.stop(), 0, self.d.log_text())
        with open(os.path.join(self.d.state, "nats.resume")) as f:
            self.assertEqual(int(f.read().split()[0]), 1)
        self.start_nats()
        self.d.start()
        self.d.wait_ready()
        self.drop("c.txt", article(3))
        self.wait_stream(3)
        self.assertEqual([m["seq"] for m in self.replay()], [1, 2, 3])

    def test_resume_point_of_another_state_starts_over_and_says_so(self):
        # a nats.resume left from a replaced state: the feed's subscription
        # sees the new epoch, says so in the daemon's log format (not as a bare
        # stderr line), sends everything again and JetStream keeps one copy
        self.feed()
        self.start_and_wait_ready()
        for i in range(2):
            self.drop("a%d.txt" % i, article(i))
        self.wait_stream(2)
        self.assertEqual(self.d.stop(), 0, self.d.log_text())
        with open(os.path.join(self.d.state, "nats.resume"), "w") as f:
            f.write("2 0123456789abcdef\n")
        self.d.start()
        self.d.wait_ready()
        deadline = time.monotonic() + 20
        while "new epoch" not in self.d.log_text():
            self.assertLess(time.monotonic(), deadline, self.d.log_text())
            time.sleep(0.2)
        self.assertRegex(self.d.log_text(), r"factwatchd warning: nats: source=\S+: new epoch "
                         r"[0-9a-f]+ \(was 0123456789abcdef\): its state was replaced")
        self.drop("a2.txt", article(2))
        self.wait_stream(3)
        time.sleep(1.0)
        self.assertEqual(sorted(m["seq"] for m in self.replay()), [1, 2, 3])

    def test_server_away_at_start_then_caught_up(self):
        self.nats.kill()
        self.nats.wait()
        with open(self.d.conf, "a") as f:
            f.write("nats_url = %s\nnats_subject = news.feed\nnats_stream = NEWS\n"
                    % self.url)
        self.start_and_wait_ready()
        for i in range(20):
            self.drop("a%02d.txt" % i, article(i))
        self.assertEqual(len(self.sub.articles(20)), 20)   # served meanwhile
        self.start_nats()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            p = subprocess.run([BRIDGE, "--info", "--nats", self.url, "--stream", "NEWS"],
                               capture_output=True, timeout=10)
            if p.returncode == 0 and json.loads(p.stdout)["messages"] >= 20:
                break
            time.sleep(0.3)
        p = subprocess.run([BRIDGE, "--replay", "--nats", self.url, "--stream", "NEWS",
                            "--subject", "news.feed", "--timeout", "1"],
                           capture_output=True, timeout=60)
        msgs = [json.loads(l) for l in p.stdout.decode().splitlines()]
        self.assertEqual(sorted(m["seq"] for m in msgs), list(range(1, 21)))
        self.assertEqual(self.d.stop(), 0, self.d.log_text())
        self.assertIn("nats: 20 messages published", self.d.log_text())

    def test_replay_from_a_time(self):
        self.feed()
        self.start_and_wait_ready()
        self.drop("a.txt", article(1))
        self.wait_stream(1)
        time.sleep(1.5)
        between = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 0.5))
        self.drop("b.txt", article(2))
        self.wait_stream(2)
        self.assertEqual([m["seq"] for m in self.replay("--from-time", between)], [2])
        self.assertEqual(len(self.replay("--from-time", "2020-01-01")), 2)
        # factwatch-sub reads the stream the same way, readable or JSON
        p = self.sub_nats("--from-time", between, "--count", "1")
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        self.assertRegex(p.stdout.decode().splitlines()[0], r"^#2 new +b\.txt ")
        p = self.sub_nats("--json", "--timeout", "1")
        self.assertEqual(p.returncode, 1)           # quiet before any --count
        self.assertEqual([json.loads(l)["seq"] for l in p.stdout.decode().splitlines()],
                         [1, 2])
        p = self.sub_nats("--json", "--from-seq", "2", "--count", "1")
        self.assertEqual([json.loads(l)["seq"] for l in p.stdout.decode().splitlines()], [2])

    def sub_nats(self, *args):
        return subprocess.run([fw.SUB, "--nats", self.url] + list(args),
                              capture_output=True, timeout=60)


class Usage(fw.unittest.TestCase):
    def test_nats_settings_that_cannot_work_are_refused_at_start(self):
        tmp = fw.tempfile.mkdtemp(prefix="fwtest-")
        try:
            for args in (["--nats", "nats://127.0.0.1:1", "--snapshot-bind", "none"],):
                p = subprocess.run([fw.FACTWATCHD, "--watch", tmp, "--state",
                                    os.path.join(tmp, "s"), "--bind", "ipc://%s/p" % tmp] + args,
                                   capture_output=True, timeout=30)
                self.assertEqual(p.returncode, 100, p.stderr.decode())
                self.assertIn(b"snapshot", p.stderr)
            conf = os.path.join(tmp, "c.conf")
            for line in ("nats_stream = my stream", "nats_subject = a..b",
                         "nats_subject = news.>"):
                with open(conf, "w") as f:
                    f.write(line + "\n")
                p = subprocess.run([fw.FACTWATCHD, "--config", conf, "--once", conf],
                                   capture_output=True, timeout=30)
                self.assertEqual(p.returncode, 100, (line, p.stderr.decode()))
                self.assertIn(line.split()[0].encode(), p.stderr)
        finally:
            shutil.rmtree(tmp)

    def test_bad_numbers_are_bad_usage(self):
        # atoll took "10m" for a 10-second duplicate window (exactly once
        # then lasted 10 s) and "-1" for a count that bridged nothing, exit 0
        for args in (["--dup-window", "10m"], ["--count", "-1"], ["--count", "abc"],
                     ["--timeout", "1m"], ["--timeout", "inf"], ["--from-seq", "x"],
                     ["--count", "1x"], ["--from-time", "yesterday"],
                     ["--from-time", "2026-13-01"]):
            p = subprocess.run([BRIDGE, "--nats", "nats://127.0.0.1:1"] + args,
                               capture_output=True, timeout=30)
            self.assertEqual(p.returncode, 100, (args, p.stderr.decode()))
