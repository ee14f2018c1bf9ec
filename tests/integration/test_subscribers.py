# SPDX-License-Identifier: MIT
"""test_subscribers.py - late joiners: the snapshot endpoint, factwatch-sub and the Python client, resume, gaps."""
import json
import os
import signal
import subprocess
import sys
import threading
import time

import zmq

import fw

sys.path.insert(0, os.path.join(fw.ROOT, "clients", "python"))
import factwatch_sub  # noqa: E402

PYSUB = os.path.join(fw.ROOT, "clients", "python", "factwatch_sub.py")

WORDS = ("harbour council bridge budget vote union hall river station school "
         "court appeal market coffee energy grid rocket launch season report").split()


def article(i):
    """A short article, different for every i, with one dated fact."""
    w = [WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(12)]
    return (" date 2024-05-14\nReport %d on the %s.\n\nThe %s %s met on Tuesday "
            "to discuss the %s %s, number %d of the series.\n" %
            (i, " ".join(w[:3]), w[3], w[4], w[5], w[6], i))


def read_seq(path):
    """The seq a resume file holds; 0 when there is none yet."""
    try:
        with open(path) as f:
            return int(f.read().split()[0])
    except FileNotFoundError:
        return 0


def run_lines(proc, timeout):
    out, err = proc.communicate(timeout=timeout)
    lines = [json.loads(l) for l in out.decode().splitlines() if l.startswith("{")]
    return proc.returncode, lines, err.decode()


class Snapshot(fw.DaemonTest):
    config = {"status_interval": "0"}

    def drop_many(self, first, n):
        for i in range(first, first + n):
            self.drop("batch%d/a%04d.txt" % (i // 250, i), article(i))

    def check_latest(self, msgs, n):
        """Exactly the n latest summaries: seqs 1..n once each, n paths."""
        for m in msgs:
            fw.validate(m)
        seqs = [m["seq"] for m in msgs]
        self.assertEqual(len(seqs), len(set(seqs)), "duplicates")
        self.assertEqual(sorted(seqs), list(range(1, n + 1)), "gaps")
        self.assertEqual(len({m["source"]["path"] for m in msgs}), n)

    def late_joiner(self, cmd):
        self.start_and_wait_ready()
        self.drop_many(0, 500)
        self.sub.articles(500, timeout=60)
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        writer = threading.Thread(target=self.drop_many, args=(500, 500))
        writer.start()
        rc, msgs, err = run_lines(proc, 90)
        writer.join()
        self.assertEqual(rc, 0, err)
        self.assertNotIn("gap", err)
        self.assertEqual(len(msgs), 1000, err)
        self.check_latest(msgs, 1000)
        self.assertTrue(all(m.get("source_id") for m in msgs))
        return msgs

    def test_stalled_snapshot_client_is_dropped(self):
        # A client that asks and then reads nothing holds a read view (the
        # WAL cannot shrink) and a place: after snapshot_stall seconds the
        # daemon drops it, and serves others meanwhile.
        with open(self.d.conf, "a") as f:
            f.write("snapshot_stall = 2\n")
        self.start_and_wait_ready()
        self.drop_many(0, 800)
        self.sub.articles(800, timeout=60)
        ctx = zmq.Context.instance()
        stuck = ctx.socket(zmq.DEALER)
        stuck.setsockopt(zmq.RCVHWM, 5)
        stuck.connect(factwatch_sub.snapshot_endpoint(self.d.endpoint))
        stuck.send_multipart([b"factwatch.snapshot/1", b"", b"0"])
        rc, msgs, err = run_lines(subprocess.Popen(
            [fw.SUB, "-c", self.d.endpoint, "--snapshot", "--json", "--count", "800",
             "--timeout", "20"], stdout=subprocess.PIPE, stderr=subprocess.PIPE), 60)
        self.assertEqual(rc, 0, err)
        self.assertEqual(len(msgs), 800)
        deadline = time.monotonic() + 20
        while "read nothing for 2 s" not in self.d.log_text():
            self.assertLess(time.monotonic(), deadline, "the stalled job stayed")
            time.sleep(0.2)
        stuck.close(0)

    def test_late_joiner_c_client(self):
        """500 published, then --snapshot while 500 more arrive: the 1,000 latest."""
        self.late_joiner([fw.SUB, "-c", self.d.endpoint, "--snapshot", "--json",
                          "--count", "1000", "--timeout", "30"])
        self.assertRegex(self.d.log_text(), r"snapshot: served rows=\d+ since=0")

    def test_slow_reader_gets_every_row_once(self):
        """A client whose queue fills: each row once, then the end, once."""
        self.start_and_wait_ready()
        self.drop_many(0, 1000)
        self.sub.articles(1000, timeout=60)
        d = zmq.Context.instance().socket(zmq.DEALER)
        d.setsockopt(zmq.RCVHWM, 1)
        d.setsockopt(zmq.RCVBUF, 4096)
        d.connect(factwatch_sub.snapshot_endpoint(self.d.endpoint))
        d.send_multipart([b"factwatch.snapshot/1", b"", b"0"])
        time.sleep(0.5)                 # let the daemon hit the high-water mark
        seqs, ends, live_at = [], 0, None
        while len(seqs) <= 1000 and d.poll(3000):
            topic, body = d.recv_multipart()
            if topic == b"snapshot.end":
                ends += 1
            else:
                seqs.append(json.loads(body)["seq"])
            if len(seqs) == 10:
                # the loop serves others between slices: a new article
                # reaches a live subscriber while this snapshot is half read
                self.drop("late.txt", article(1000))
                [(_, m)] = self.sub.articles(1)
                self.assertEqual(m["seq"], 1001)
                live_at = len(seqs)
            time.sleep(0.001)
        d.close(0)
        self.assertEqual(live_at, 10)
        self.assertEqual(ends, 1)
        self.assertEqual(sorted(seqs), list(range(1, 1001)))    # its own view

    def test_late_joiner_python_client(self):
        self.late_joiner([sys.executable, PYSUB, "-c", self.d.endpoint, "--snapshot",
                          "--json", "--count", "1000", "--timeout", "30"])

    def test_since_prefix_tombstones_and_resume(self):
        self.start_and_wait_ready()
        for i in range(6):
            self.drop("%s/x%d.txt" % ("a" if i < 3 else "b", i), article(i))
        self.sub.articles(6)
        os.unlink(self.d.path("a/x0.txt"))
        self.sub.articles(1)
        s = factwatch_sub.Subscriber(self.d.endpoint, snapshot=True, prefix="a/", since=0)
        got = []
        while True:
            m = s.next(5)
            self.assertIsNotNone(m)
            if m.end:
                break
            got.append((m.topic, m.body["source"]["path"]))
        s.close()
        self.assertEqual(sorted(got), [("article.new", "a/x1.txt"), ("article.new", "a/x2.txt"),
                                       ("article.removed", "a/x0.txt")])
        self.assertEqual(m.seq, 7)
        # --resume: the first run keeps seq 7 after the snapshot ...
        resume = os.path.join(self.tmp, "resume")
        cmd = [fw.SUB, "-c", self.d.endpoint, "--resume", resume, "--json", "--timeout", "1"]
        rc, msgs, err = run_lines(subprocess.Popen(cmd, stdout=subprocess.PIPE,
                                                   stderr=subprocess.PIPE), 30)
        self.assertEqual(rc, 1, err)        # the timeout ends it
        self.assertEqual(len(msgs), 6)      # 5 live articles and 1 tombstone
        with open(resume) as f:
            self.assertEqual(f.read().split()[0], "7")
        # ... and after two changes while it was away, asks for those only.
        self.drop("b/x9.txt", article(9))
        self.write("a/x1.txt", article(11))
        self.sub.articles(2)
        rc, msgs, err = run_lines(subprocess.Popen(cmd, stdout=subprocess.PIPE,
                                                   stderr=subprocess.PIPE), 30)
        self.assertEqual([(m["seq"], m["event"]) for m in msgs], [(8, "new"), (9, "changed")])
        with open(resume) as f:
            self.assertEqual(f.read().split()[0], "9")

    def prefix_then_live(self, cmd):
        """A --prefix a/ client: a/'s state, then only a/'s live messages
        (a move out of a/ included: it removes a/x1 from its view)."""
        self.start_and_wait_ready()
        for i in range(4):
            self.drop("%s/x%d.txt" % ("ab"[i % 2], i), article(i))
        self.sub.articles(4)
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.5)
        self.drop("b/x5.txt", article(5))
        self.drop("a/x6.txt", article(6))
        os.rename(self.d.path("a/x2.txt"), self.d.path("b/x2.txt"))
        self.sub.articles(3)
        rc, msgs, err = run_lines(proc, 30)
        self.assertEqual(rc, 0, err)
        self.assertEqual(sorted((m["event"], m["source"]["path"]) for m in msgs),
                         [("moved", "b/x2.txt"), ("new", "a/x0.txt"), ("new", "a/x2.txt"),
                          ("new", "a/x6.txt")])
        self.assertNotIn("gap", err)

    def test_prefix_filters_live_messages_too_c_client(self):
        self.prefix_then_live([fw.SUB, "-c", self.d.endpoint, "--snapshot", "--prefix", "a/",
                               "--json", "--count", "4", "--timeout", "10"])

    def test_prefix_filters_live_messages_too_python_client(self):
        self.prefix_then_live([sys.executable, PYSUB, "-c", self.d.endpoint, "--snapshot",
                               "--prefix", "a/", "--json", "--count", "4", "--timeout", "10"])

    def three_then_resume(self, prefix):
        """Start, publish three articles, and run a --resume subscriber
        over them once; returns its command for the next run."""
        self.start_and_wait_ready()
        for i in range(3):
            self.drop("%s%d.txt" % (prefix, i), article(i))
        self.sub.articles(3)
        resume = os.path.join(self.tmp, "resume")
        cmd = [fw.SUB, "-c", self.d.endpoint, "--resume", resume, "--json", "--timeout", "1"]
        rc, msgs, err = run_lines(subprocess.Popen(cmd, stdout=subprocess.PIPE,
                                                   stderr=subprocess.PIPE), 30)
        self.assertEqual(len(msgs), 3, err)
        return cmd

    def test_resume_across_a_daemon_restart(self):
        """Away while the daemon restarted: exactly what changed meanwhile."""
        cmd = self.three_then_resume("r")
        self.assertEqual(self.d.stop(), 0)
        self.drop("r3.txt", article(3))             # while the daemon is down
        os.unlink(self.d.path("r0.txt"))
        self.d.start()
        self.sub.articles(2, timeout=15)
        rc, msgs, err = run_lines(subprocess.Popen(cmd, stdout=subprocess.PIPE,
                                                   stderr=subprocess.PIPE), 30)
        self.assertEqual(sorted(m["seq"] for m in msgs), [4, 5])
        self.assertEqual(sorted((m["event"], m["source"]["path"]) for m in msgs),
                         [("new", "r3.txt"), ("removed", "r0.txt")])
        self.assertNotIn("gap", err)

    def test_resume_across_a_deleted_state_asks_from_the_start(self):
        """The state folder deleted while the client was away: seq starts
        at 1 again under a new epoch, and the client's seq 3 of the old
        state must not make it skip the new state's seqs 1 to 3."""
        cmd = self.three_then_resume("e")
        with open(cmd[cmd.index("--resume") + 1]) as f:
            seq, old = f.read().split()
        self.assertEqual(seq, "3")
        self.assertEqual(self.d.stop(), 0)
        fw.shutil.rmtree(self.d.state)
        self.drop("e3.txt", article(3))
        self.drop("e4.txt", article(4))
        self.d.start()
        self.sub.articles(5, timeout=15)
        for c in (cmd, [sys.executable, PYSUB] + cmd[1:]):
            with self.subTest(client=c[0]):
                with open(cmd[cmd.index("--resume") + 1], "w") as f:
                    f.write("3 %s\n" % old)
                rc, msgs, err = run_lines(subprocess.Popen(c, stdout=subprocess.PIPE,
                                                           stderr=subprocess.PIPE), 30)
                self.assertEqual(sorted(m["seq"] for m in msgs), [1, 2, 3, 4, 5], err)
                self.assertIn("new epoch", err)
                new = {m["epoch"] for m in msgs}
                self.assertEqual(len(new), 1)
                self.assertNotIn(old, new)
                with open(cmd[cmd.index("--resume") + 1]) as f:
                    self.assertEqual(f.read().split(), ["5", new.pop()])

    def resume_kept_while_busy(self, cmd):
        """A reader that never runs dry (its output pipe full, 300 rows
        behind) still keeps its resume point: once a second, not only when
        nothing waits, so a crash mid-burst repeats a second's worth."""
        self.start_and_wait_ready()
        self.drop_many(0, 300)
        self.sub.articles(300, timeout=60)
        resume = os.path.join(self.tmp, "resume")
        proc = subprocess.Popen(cmd + ["--resume", resume, "--json", "--timeout", "2"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.5)                     # it fills the pipe and blocks
        before = read_seq(resume)           # 0, or where it last ran dry
        got = os.read(proc.stdout.fileno(), 65536)
        deadline = time.time() + 10
        while read_seq(resume) == before and time.time() < deadline:
            time.sleep(0.05)
        kept = read_seq(resume)
        self.assertTrue(before < kept < 300, (before, kept))    # mid-burst
        out, err = proc.communicate(timeout=30)
        lines = (got + out).decode().splitlines()
        self.assertEqual(len([l for l in lines if l.startswith("{")]), 300)
        self.assertEqual(read_seq(resume), 300, err)

    def test_busy_resume_is_kept_c_client(self):
        self.resume_kept_while_busy([fw.SUB, "-c", self.d.endpoint])

    def test_busy_resume_is_kept_python_client(self):
        self.resume_kept_while_busy([sys.executable, PYSUB, "-c", self.d.endpoint])

    def test_since_ahead_of_the_daemon_is_a_reset(self):
        self.start_and_wait_ready()
        self.drop("only.txt", article(1))
        self.sub.articles(1)
        cmd = [fw.SUB, "-c", self.d.endpoint, "--since", "500", "--json", "--timeout", "1"]
        rc, msgs, err = run_lines(subprocess.Popen(cmd, stdout=subprocess.PIPE,
                                                   stderr=subprocess.PIPE), 30)
        self.assertEqual(rc, 1, err)
        self.assertEqual([m["seq"] for m in msgs], [1])
        self.assertIn("state was replaced", err)

    def test_resume_past_expired_removals_is_a_reset(self):
        """A removal whose tombstone expired cannot be replayed: the client
        gets the whole state instead of silently keeping the article."""
        with open(self.d.conf, "a") as f:
            f.write("removed_keep_days = 0\n")
        cmd = self.three_then_resume("k")
        os.unlink(self.d.path("k1.txt"))
        self.sub.articles(1)
        self.assertEqual(self.d.stop(), 0)
        time.sleep(1.1)                     # removed_at is in whole seconds
        self.d.start()                      # the start expires the tombstone
        self.d.wait_ready(idle=self.sub.pump)
        rc, msgs, err = run_lines(subprocess.Popen(cmd, stdout=subprocess.PIPE,
                                                   stderr=subprocess.PIPE), 30)
        self.assertIn("removals expired", err)
        self.assertEqual(sorted(m["source"]["path"] for m in msgs), ["k0.txt", "k2.txt"])

    def test_bad_request_gets_an_error(self):
        self.start_and_wait_ready()
        ctx = zmq.Context.instance()
        d = ctx.socket(zmq.DEALER)
        d.connect(factwatch_sub.snapshot_endpoint(self.d.endpoint))
        d.send_multipart([b"hello"])
        self.assertTrue(d.poll(5000))
        topic, body = d.recv_multipart()
        self.assertEqual(topic, b"snapshot.error")
        fw.validate(json.loads(body))
        d.close(0)


class FakeDaemon:
    """A PUB and a snapshot ROUTER played by the test, to make gaps on purpose."""

    def __init__(self, tmp):
        self.ctx = zmq.Context.instance()
        self.endpoint = "ipc://%s/fake.sock" % tmp
        self.pub = self.ctx.socket(zmq.PUB)
        self.pub.bind(self.endpoint)
        self.router = self.ctx.socket(zmq.ROUTER)
        self.router.bind(self.endpoint + ".snapshot")

    @staticmethod
    def msg(seq, epoch=None):
        m = {"schema": "factwatch.summary/1", "seq": seq, "event": "new",
             "source_id": "fake", "source": {"path": "p%d" % seq}}
        if epoch:
            m["epoch"] = epoch
        return json.dumps(m).encode()

    def serve(self, rows, last, timeout=10, epoch=None):
        """Answer one snapshot request with rows, then the end at seq last; its since."""
        assert self.router.poll(timeout * 1000), "no snapshot request"
        ident, req, prefix, since = self.router.recv_multipart()
        assert req == b"factwatch.snapshot/1"
        for s in rows:
            self.router.send_multipart([ident, b"article.new", self.msg(s, epoch)])
        end = {"schema": "factwatch.snapshot/1", "event": "snapshot_end", "seq": last,
               "since": int(since), "count": len(rows), "reset": False, "source_id": "fake"}
        if epoch:
            end["epoch"] = epoch
        self.router.send_multipart([ident, b"snapshot.end", json.dumps(end).encode()])
        return int(since)

    def refuse_busy(self, timeout=10):
        """Answer one snapshot request with the daemon's 'busy' refusal."""
        assert self.router.poll(timeout * 1000), "no snapshot request"
        ident = self.router.recv_multipart()[0]
        err = {"schema": "factwatch.snapshot/1", "event": "snapshot_error",
               "reason": "busy: too many snapshots in progress, retry"}
        self.router.send_multipart([ident, b"snapshot.error", json.dumps(err).encode()])

    def publish(self, *seqs, epoch=None):
        for s in seqs:
            self.pub.send_multipart([b"article.new", self.msg(s, epoch)])

    def close(self):
        self.pub.close(0)
        self.router.close(0)


class Gaps(fw.unittest.TestCase):
    def setUp(self):
        self.tmp = fw.tempfile.mkdtemp(prefix="fwtest-")
        self.fake = FakeDaemon(self.tmp)

    def tearDown(self):
        self.fake.close()
        fw.shutil.rmtree(self.tmp, ignore_errors=True)

    def resync(self, cmd):
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(self.fake.serve([1, 2], 2), 0)
        time.sleep(0.2)
        self.fake.publish(2, 3, 6)              # 2 is old, 4 and 5 are lost
        self.assertEqual(self.fake.serve([4, 5, 6], 6), 3)
        self.fake.publish(6, 7)
        rc, msgs, err = run_lines(proc, 20)
        self.assertEqual(rc, 0, err)
        self.assertEqual([m["seq"] for m in msgs], [1, 2, 3, 4, 5, 6, 7])
        self.assertIn("gap: source=fake after seq 3 came 6", err)
        self.assertIn("1 gaps", err)

    def test_gap_resyncs_c_client(self):
        self.resync([fw.SUB, "-c", self.fake.endpoint, "--snapshot", "--json",
                     "--count", "7", "--timeout", "10"])

    def test_gap_resyncs_python_client(self):
        self.resync([sys.executable, PYSUB, "-c", self.fake.endpoint, "--snapshot",
                     "--json", "--count", "7", "--timeout", "10"])

    def test_gap_without_snapshot_is_reported_and_counted(self):
        proc = subprocess.Popen([fw.SUB, "-c", self.fake.endpoint, "--json", "--count", "3",
                                 "--timeout", "10"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        time.sleep(0.5)
        self.fake.publish(1, 2, 9)
        rc, msgs, err = run_lines(proc, 20)
        self.assertEqual(rc, 0, err)
        self.assertEqual([m["seq"] for m in msgs], [1, 2, 9])
        self.assertIn("after seq 2 came 9", err)

    def each_client(self, check):
        """check(cmd) for the C client, then the Python one."""
        for cmd in ([fw.SUB], ["/usr/bin/python3", PYSUB]):
            with self.subTest(client=cmd[-1]):
                check(cmd)

    def test_new_epoch_resyncs_the_whole_new_state(self):
        # the daemon's state was replaced (--reset-state, a deleted folder)
        # and seq started over: its seq 1 is not our old seq 1, so the
        # client asks for the new state whole instead of dropping it as old
        self.each_client(self.new_epoch_resync)

    def new_epoch_resync(self, cmd):
        proc = subprocess.Popen(cmd + ["-c", self.fake.endpoint, "--snapshot", "--json",
                                       "--count", "7", "--timeout", "10"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(self.fake.serve([1, 2, 3], 3, epoch="aaaa"), 0)
        time.sleep(0.3)
        self.fake.publish(4, epoch="aaaa")
        self.fake.publish(1, epoch="bbbb")
        self.assertEqual(self.fake.serve([1, 2], 2, epoch="bbbb"), 0)
        time.sleep(0.3)
        self.fake.publish(1, 2, epoch="bbbb")       # in that snapshot already
        self.fake.publish(3, epoch="bbbb")
        rc, msgs, err = run_lines(proc, 30)
        self.assertEqual(rc, 0, err)
        self.assertEqual([(m["seq"], m["epoch"]) for m in msgs],
                         [(1, "aaaa"), (2, "aaaa"), (3, "aaaa"), (4, "aaaa"),
                          (1, "bbbb"), (2, "bbbb"), (3, "bbbb")])
        self.assertIn("source=fake: new epoch bbbb (was aaaa)", err)
        self.assertNotIn("gap", err)

    def test_new_epoch_without_snapshot_starts_the_source_over(self):
        self.each_client(self.new_epoch_live)

    def new_epoch_live(self, cmd):
        proc = subprocess.Popen(cmd + ["-c", self.fake.endpoint, "--json", "--count", "5",
                                       "--timeout", "10"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(0.5)
        self.fake.publish(1, 2, epoch="aaaa")
        self.fake.publish(1, 2, 4, epoch="bbbb")    # 3 of the new stream is lost
        rc, msgs, err = run_lines(proc, 20)
        self.assertEqual(rc, 0, err)
        self.assertEqual([m["seq"] for m in msgs], [1, 2, 1, 2, 4])
        self.assertIn("new epoch bbbb (was aaaa)", err)
        self.assertIn("after seq 2 came 4", err)

    def test_resume_keeps_the_epoch_and_reads_old_files(self):
        self.each_client(self.resume_epoch)

    def resume_epoch(self, cmd):
        resume = os.path.join(self.tmp, "epoch.resume")
        with open(resume, "w") as f:
            f.write("2\n")                  # written before epochs
        args = ["-c", self.fake.endpoint, "--resume", resume, "--json", "--count", "1",
                "--timeout", "10"]
        proc = subprocess.Popen(cmd + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(self.fake.serve([3], 3, epoch="aaaa"), 2)
        rc, msgs, err = run_lines(proc, 30)
        self.assertEqual(rc, 0, err)
        with open(resume) as f:
            self.assertEqual(f.read(), "3 aaaa\n")
        # the state was replaced while we were away: since 3 means nothing
        # in epoch bbbb, whose seqs 1..5 are all new to us
        proc = subprocess.Popen(cmd + args[:-4] + ["--count", "5", "--timeout", "10"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(self.fake.serve([4, 5], 5, epoch="bbbb"), 3)
        self.assertEqual(self.fake.serve([1, 2, 3, 4, 5], 5, epoch="bbbb"), 0)
        rc, msgs, err = run_lines(proc, 30)
        self.assertEqual(rc, 0, err)
        self.assertEqual([m["seq"] for m in msgs], [1, 2, 3, 4, 5])
        self.assertIn("new epoch bbbb (was aaaa)", err)
        with open(resume) as f:
            self.assertEqual(f.read(), "5 bbbb\n")

    def test_busy_snapshot_is_asked_again(self):
        self.each_client(self.busy_then_served)

    def busy_then_served(self, cmd):
        proc = subprocess.Popen(cmd + ["-c", self.fake.endpoint, "--snapshot", "--json",
                                       "--count", "2", "--timeout", "20"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.fake.refuse_busy()
        self.fake.serve([1, 2], 2)
        rc, msgs, err = run_lines(proc, 30)
        self.assertEqual(rc, 0, err)
        self.assertEqual([m["seq"] for m in msgs], [1, 2])
        self.assertIn("busy; asking again", err)

    def test_snapshot_cut_short_is_asked_again_from_the_last_row(self):
        self.each_client(self.cut_short)

    def cut_short(self, cmd):
        # rows 1 and 2 arrive, then the daemon goes quiet (it restarted):
        # the client asks again after seq 2 and gets the rest
        proc = subprocess.Popen(cmd + ["-c", self.fake.endpoint, "--snapshot", "--json",
                                       "--count", "4", "--timeout", "3"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert self.fake.router.poll(10000)
        ident, _, _, since = self.fake.router.recv_multipart()
        for n in (1, 2):
            self.fake.router.send_multipart([ident, b"article.new", self.fake.msg(n)])
        self.assertEqual(self.fake.serve([3, 4], 4), 2)
        rc, msgs, err = run_lines(proc, 30)
        self.assertEqual(rc, 0, err)
        self.assertEqual([m["seq"] for m in msgs], [1, 2, 3, 4])

    def test_slow_reply_then_ask_again_gives_each_row_once(self):
        # The daemon was only slow: it finishes the first reply after the
        # client asked again. The new request comes from a new socket, so
        # the late rows go nowhere and each row arrives once.
        proc = subprocess.Popen([fw.SUB, "-c", self.fake.endpoint, "--snapshot", "--json",
                                 "--count", "6", "--timeout", "1"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        assert self.fake.router.poll(10000)
        first = self.fake.router.recv_multipart()[0]
        for n in (1, 2, 3):
            self.fake.router.send_multipart([first, b"article.new", self.fake.msg(n)])
        assert self.fake.router.poll(10000), "not asked again"
        second, _, _, since = self.fake.router.recv_multipart()
        self.assertNotEqual(first, second)
        self.assertEqual(int(since), 3)
        for n in (4, 5, 6):                 # the first job, late
            self.fake.router.send_multipart([first, b"article.new", self.fake.msg(n)])
        for n in (4, 5, 6):
            self.fake.router.send_multipart([second, b"article.new", self.fake.msg(n)])
        end = {"schema": "factwatch.snapshot/1", "event": "snapshot_end", "seq": 6,
               "since": 3, "count": 3, "reset": False, "source_id": "fake"}
        self.fake.router.send_multipart([second, b"snapshot.end", json.dumps(end).encode()])
        rc, msgs, err = run_lines(proc, 30)
        self.assertEqual(rc, 0, err)
        self.assertEqual([m["seq"] for m in msgs], [1, 2, 3, 4, 5, 6])

    def test_gap_of_another_source_is_reported_not_resynced(self):
        # through a proxy: our snapshot endpoint is "fake"'s; a gap in
        # "other" is counted, and nothing is asked of fake's endpoint
        proc = subprocess.Popen([fw.SUB, "-c", self.fake.endpoint, "--snapshot", "--json",
                                 "--count", "5", "--timeout", "10"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.fake.serve([1, 2], 2)
        time.sleep(0.3)
        for n in (1, 2, 5):
            body = json.loads(self.fake.msg(n))
            body["source_id"] = "other"
            self.fake.pub.send_multipart([b"article.new", json.dumps(body).encode()])
        self.assertFalse(self.fake.router.poll(1000), "asked fake for other's gap")
        rc, msgs, err = run_lines(proc, 30)
        self.assertEqual(rc, 0, err)
        self.assertEqual([(m["source_id"], m["seq"]) for m in msgs],
                         [("fake", 1), ("fake", 2), ("other", 1), ("other", 2), ("other", 5)])
        self.assertIn("gap: source=other after seq 2 came 5", err)

    def test_empty_resume_file_asks_for_everything_garbage_is_refused(self):
        resume = os.path.join(self.tmp, "sub.resume")
        open(resume, "w").close()               # a power cut's empty file
        proc = subprocess.Popen([fw.SUB, "-c", self.fake.endpoint, "--resume", resume,
                                 "--json", "--count", "2", "--timeout", "10"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.assertEqual(self.fake.serve([1, 2], 2), 0)
        rc, msgs, err = run_lines(proc, 30)
        self.assertEqual(rc, 0, err)
        self.assertIn("is empty", err)
        with open(resume) as f:
            self.assertEqual(f.read().strip(), "2")
        with open(resume, "w") as f:
            f.write("twelve\n")
        rc = subprocess.call([fw.SUB, "-c", self.fake.endpoint, "--resume", resume],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             timeout=30)
        self.assertEqual(rc, 111)

    @fw.unittest.skipUnless(fw.STRACE, "strace is not installed")
    def test_resume_file_survives_a_power_cut(self):
        # written without fsync, the file could be empty after a power cut
        # (the rename reached the disk, the data did not), and the client
        # asked for everything again
        self.each_client(self.durable_resume)

    def durable_resume(self, cmd):
        resume = os.path.join(self.tmp, "durable.resume")
        trace = os.path.join(self.tmp, "strace.txt")
        for p in (resume, trace):
            if os.path.exists(p):
                os.unlink(p)
        proc = subprocess.Popen([fw.STRACE, "-qq", "-o", trace, "-e", fw.DURABLE_CALLS] + cmd +
                                ["-c", self.fake.endpoint, "--resume", resume, "--json",
                                 "--count", "3", "--timeout", "10"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=fw.STRACE_ENV)
        self.fake.serve([1, 2], 2)
        time.sleep(0.3)
        self.fake.publish(3)
        rc, msgs, err = run_lines(proc, 30)
        self.assertEqual(rc, 0, err)
        self.assertGreaterEqual(fw.durable_replacements(trace, resume), 2)

    def test_no_handshake_is_said_once(self):
        # nobody there (or a CURVE server key that is not the daemon's):
        # a plain subscriber says so after 10 s instead of waiting mute
        rc, msgs, err = run_lines(subprocess.Popen(
            [fw.SUB, "-c", "ipc://%s/nobody.sock" % self.tmp, "--timeout", "11"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE), 30)
        self.assertEqual(rc, 1, err)
        self.assertEqual(err.count("no handshake with"), 1, err)

    def test_signal_while_idle_stops_cleanly(self):
        for sig, cmd in ((signal.SIGTERM, [fw.SUB]), (signal.SIGINT, [fw.SUB]),
                         (signal.SIGTERM, ["/usr/bin/python3", PYSUB])):
            proc = subprocess.Popen(cmd + ["-c", self.fake.endpoint, "--json"],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            time.sleep(0.5)
            self.fake.publish(1)
            time.sleep(0.5)     # the message is in; now it waits with no timeout
            proc.send_signal(sig)
            rc, msgs, err = run_lines(proc, 10)
            self.assertEqual(rc, 0, err)
            self.assertEqual([m["seq"] for m in msgs], [1])

    def test_set_up_errors_exit_as_the_c_client_does(self):
        # a bad endpoint or key file is a ZeroMQ/CURVE error (2), not the
        # timeout (1) that a Python traceback's exit status would say
        missing = os.path.join(self.tmp, "none.key")
        for args, want in ((["-c", "foo://bar"], 2),
                           (["--curve-server-key", missing, "--curve-secret", missing], 2),
                           (["--curve-server-key", missing], 100)):
            for cmd in ([fw.SUB], ["/usr/bin/python3", PYSUB]):
                p = subprocess.run(cmd + args + ["--timeout", "1"], capture_output=True,
                                   timeout=30)
                self.assertEqual(p.returncode, want, (cmd, args, p.stderr.decode()))
                self.assertNotIn(b"Traceback", p.stderr)

    def test_no_snapshot_endpoint_exits_3(self):
        self.fake.router.close(0)
        rc = subprocess.call([fw.SUB, "-c", self.fake.endpoint, "--snapshot",
                              "--snapshot-connect", "ipc://%s/none.sock" % self.tmp,
                              "--timeout", "2"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL, timeout=30)
        self.assertEqual(rc, 3)
        self.fake.router = self.fake.ctx.socket(zmq.ROUTER)
