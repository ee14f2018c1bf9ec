# SPDX-License-Identifier: MIT
"""test_state.py - fingerprints, near-duplicates and state that survives restarts, crashes and bad files."""
import json
import os
import signal
import sqlite3
import subprocess
import time

import fw
from fw import DaemonTest, FACTWATCHD

BASE = ("The regional water board said on Wednesday that it would spend two "
        "hundred million on new reservoirs, after a dry summer left three "
        "towns on emergency supplies. Work on the first reservoir will start "
        "next month near the old mill, and the board expects it to hold water "
        "by the end of next year. Farmers welcomed the plan but asked for "
        "help with irrigation in the meantime, and the board promised a "
        "separate scheme for them before the autumn. The chair of the board "
        "said the money would come from bonds and a small rise in bills.\n")
EDITED = BASE.replace("two hundred million", "two hundred and ten million")
OTHER = ("The city orchestra announced a new conductor on Monday, ending a "
         "search that lasted eighteen months. She will lead her first concert "
         "in the spring and has promised more contemporary music, free tickets "
         "for students and a tour of schools across the county next year.\n")


class NearDuplicates(DaemonTest):

    def test_near_copies_name_each_other_unrelated_do_not(self):
        self.start_and_wait_ready()
        self.write("wire/a.txt", BASE)
        [(_, a)] = self.sub.articles(1)
        self.assertEqual(a["near_duplicates"], [])
        self.write("site/b.txt", EDITED)
        [(_, b)] = self.sub.articles(1)
        self.assertEqual([n["path"] for n in b["near_duplicates"]], ["wire/a.txt"])
        self.assertLessEqual(b["near_duplicates"][0]["distance"], 7)
        self.write("c.txt", OTHER)
        [(_, c)] = self.sub.articles(1)
        self.assertEqual(c["near_duplicates"], [])
        self.write("wire/a.txt", BASE.replace("Farmers", "Growers"))
        [(_, a2)] = self.sub.articles(1)
        self.assertEqual(a2["event"], "changed")
        self.assertEqual([n["path"] for n in a2["near_duplicates"]], ["site/b.txt"])
        os.unlink(self.d.path("site/b.txt"))
        self.sub.articles(1)
        self.write("c.txt", OTHER + "\nA late addition.\n")
        [(_, c2)] = self.sub.articles(1)
        self.assertEqual(c2["near_duplicates"], [])

    def test_near_copies_found_after_a_restart(self):
        # the index lives in memory: a start refills it from the state
        self.start_and_wait_ready()
        self.write("wire/a.txt", BASE)
        [(_, a)] = self.sub.articles(1)
        self.assertEqual(self.d.stop(), 0)
        self.start_and_wait_ready()
        self.drop("site/b.txt", EDITED)
        [(_, b)] = self.sub.articles(1)
        bits = bin(int(a["fingerprint"]["simhash"], 16) ^
                   int(b["fingerprint"]["simhash"], 16)).count("1")
        self.assertLessEqual(bits, 10)          # FPRINT_NEAR
        self.assertEqual(b["near_duplicates"], [{"path": "wire/a.txt", "distance": bits}])


class Encodings(DaemonTest):

    def test_resave_in_another_encoding_is_not_a_change(self):
        self.start_and_wait_ready()
        text = "Caf\u00e9 owners met on Monday to discuss the new rules.\n"
        self.write("e.txt", text)
        [(_, m)] = self.sub.articles(1)
        with open(self.d.path("e.txt"), "wb") as f:
            f.write(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
        self.assertEqual(self.sub.quiet(1.0), [])
        with open(self.d.path("e.txt"), "wb") as f:
            f.write(text.encode("cp1252"))
        self.assertEqual(self.sub.quiet(1.0), [])


class Crash(DaemonTest):

    def kill(self):
        self.d.proc.send_signal(signal.SIGKILL)
        self.d.proc.wait(10)
        self.d.stop()

    def test_sigkill_right_after_a_send_sends_it_again(self):
        """A message may still sit in ZeroMQ's queue when the daemon dies:
        until the grace period is over it is sent again, same seq; after
        it, never again."""
        self.start_and_wait_ready()
        self.write("a.txt", "The council will vote on the budget on Friday.\n")
        [(_, first)] = self.sub.articles(1)
        self.kill()
        [(_, again)] = self.start_and_wait_ready(expect=1)
        self.assertEqual((again["source"]["path"], again["seq"], again["event"]),
                         ("a.txt", first["seq"], "new"))
        time.sleep(2.5)
        self.kill()
        self.assertEqual(self.start_and_wait_ready(), [])

    def test_sigkill_mid_burst_loses_nothing(self):
        for i in range(50):
            self.write("old/%03d.txt" % i, "Earlier story number %d was filed on Monday.\n" % i)
        first = self.start_and_wait_ready(expect=50)
        old_seq = max(m["seq"] for _, m in first)
        time.sleep(2.5)     # past the delivery grace (1-2 s): sent for good
        stage = os.path.join(self.tmp, "stage")
        os.makedirs(stage)
        os.makedirs(self.d.path("burst"))
        names = ["%04d.txt" % i for i in range(2000)]
        for n in names:
            with open(os.path.join(stage, n), "w") as f:
                f.write("Burst story %s says the vote is on Friday.\n" % n)
        seen = {}
        for i, n in enumerate(names):
            os.rename(os.path.join(stage, n), self.d.path("burst/" + n))
            if i == 1000:
                self.d.proc.send_signal(signal.SIGKILL)
        self.d.proc.wait(10)
        self.d.stop()
        for _, m in self.sub.quiet(0.5):
            seen[m["source"]["path"]] = m
        self.d.start()
        deadline = time.monotonic() + 60
        second = []
        while len(set(seen) | {m["source"]["path"] for m in second}) < 2050 \
                and time.monotonic() < deadline:
            got = self.sub.recv(2)
            if got and got[0].startswith("article."):
                second.append(got[1])
        paths = set(seen) | {m["source"]["path"] for m in second}
        self.assertEqual(len([p for p in paths if p.startswith("burst/")]), 2000)
        # Unchanged articles from before the burst are not published again.
        self.assertEqual([m["source"]["path"] for m in second if m["source"]["path"].startswith("old/")], [])
        # seq never goes back: the second run continues after the first.
        if second:
            self.assertGreater(min(m["seq"] for m in second), old_seq)
        self.assertEqual(self.sub.quiet(1.0), [])


    def test_stop_before_the_resend_keeps_rows_pending(self):
        """A clean stop marks sent only what this run handed to ZeroMQ: one
        during the start-up delay, before the resend, must leave what a
        crash left pending for the next start."""
        self.start_and_wait_ready()
        self.write("a.txt", "The council will vote on the budget on Friday.\n")
        [(_, first)] = self.sub.articles(1)
        self.kill()
        with open(self.d.conf, "a") as f:
            f.write("startup_delay_ms = 5000\n")
        self.d.start()
        deadline = time.monotonic() + 30
        while b"publish: bound" not in self.d.log_bytes(self.d.log_start):
            self.assertLess(time.monotonic(), deadline, "never bound")
            time.sleep(0.05)
        self.assertEqual(self.d.stop(), 0)
        self.assertNotIn(b"main: ready", self.d.log_bytes(self.d.log_start))
        [(_, again)] = self.start_and_wait_ready(expect=1)
        self.assertEqual((again["source"]["path"], again["seq"]), ("a.txt", first["seq"]))

    def test_version_1_state_sends_its_pending_rows_once(self):
        """Version 1 flagged pending rows; version 2 keeps meta's sent_seq.
        A version-1 file left by a crash is migrated: what was pending is
        sent at the next start, with its seq, and never again."""
        self.start_and_wait_ready()
        self.write("a.txt", "The council will vote on the budget on Friday.\n")
        self.write("b.txt", "The mayor said on Monday that the bridge will reopen in May.\n")
        first = {m["source"]["path"]: m["seq"] for _, m in self.sub.articles(2)}
        self.d.stop()
        path = os.path.join(self.d.state, "factwatch.db")
        db = sqlite3.connect(path)
        db.executescript(
            "PRAGMA user_version=1;"
            "DELETE FROM meta WHERE key = 'sent_seq';"
            "CREATE INDEX articles_pending ON articles(pending) WHERE pending = 1;"
            "UPDATE articles SET pending = 1 WHERE path = 'b.txt';")
        db.close()
        [(_, again)] = self.start_and_wait_ready(expect=1)
        self.assertEqual((again["source"]["path"], again["seq"]), ("b.txt", first["b.txt"]))
        self.d.stop()
        self.assertEqual(self.start_and_wait_ready(), [])
        db = sqlite3.connect(path)
        self.assertEqual(db.execute("PRAGMA user_version").fetchone()[0], 2)
        self.assertEqual(db.execute("SELECT count(*) FROM sqlite_master "
                                    "WHERE name = 'articles_pending'").fetchone()[0], 0)
        self.assertEqual(db.execute("SELECT count(*) FROM articles WHERE pending = 1").fetchone()[0], 0)
        db.close()


class MovedWhileDown(DaemonTest):

    def test_folder_renamed_while_down_is_moved_file_by_file(self):
        """Each file of a renamed folder is matched to its old row by
        device and inode (a sorted index since the pairwise scan grew as
        new x missing); a file with a new inode is new, not moved."""
        for i in range(300):
            self.write("a/%03d.txt" % i, "Story %d says the vote is on Friday.\n" % i)
        self.start_and_wait_ready(expect=300)
        self.d.stop()
        os.rename(self.d.path("a"), self.d.path("b"))
        os.unlink(self.d.path("b/007.txt"))
        self.write("b/007.txt", "Story 7 says the vote is on Friday.\n")
        self.d.start()
        got = {m["source"]["path"]: m for _, m in self.sub.articles(301)}
        moved = {p: m["previous_path"] for p, m in got.items() if m["event"] == "moved"}
        self.assertEqual(moved, {"b/%03d.txt" % i: "a/%03d.txt" % i
                                 for i in range(300) if i != 7})
        self.assertEqual((got["b/007.txt"]["event"], got["a/007.txt"]["event"]),
                         ("new", "removed"))
        self.assertEqual(self.sub.quiet(0.7), [])


class BadState(DaemonTest):

    def run_daemon(self, *extra):
        return subprocess.run([FACTWATCHD, "--watch", self.d.watch, "--state", self.d.state,
                               "--bind", self.d.endpoint, "--config", self.d.conf] + list(extra),
                              capture_output=True, timeout=10)

    def test_corrupt_state_refuses_to_start(self):
        os.makedirs(self.d.state)
        with open(os.path.join(self.d.state, "factwatch.db"), "wb") as f:
            f.write(b"this is not a database" * 200)
        r = self.run_daemon()
        self.assertNotEqual(r.returncode, 0)
        self.assertIn(b"--reset-state", r.stderr)

    def test_foreign_sqlite_file_refuses_to_start(self):
        os.makedirs(self.d.state)
        db = sqlite3.connect(os.path.join(self.d.state, "factwatch.db"))
        db.execute("CREATE TABLE invoices (id INTEGER)")
        db.commit()
        db.close()
        r = self.run_daemon()
        self.assertNotEqual(r.returncode, 0)
        self.assertIn(b"not a factwatch state file", r.stderr)

    def test_reset_state_rebuilds_and_republishes(self):
        self.write("a.txt", OTHER)
        os.makedirs(self.d.state)
        with open(os.path.join(self.d.state, "factwatch.db"), "wb") as f:
            f.write(b"garbage" * 500)
        self.d.args = ["--reset-state"]
        [(_, m)] = self.start_and_wait_ready(expect=1)
        self.assertEqual((m["event"], m["seq"]), ("new", 1))
        self.assertTrue(os.path.exists(os.path.join(self.d.state, "factwatch.db.old")))


    def test_reset_state_goes_on_from_the_old_seq(self):
        # Subscribers and the JetStream bridge key on seq: a reset that
        # began again at 1 made them drop the new state's first messages
        # as ones they had. seq goes on, and an old since is a reset.
        for i in range(3):
            self.write("s%d.txt" % i, OTHER.replace("Monday", "Monday %d" % i))
        self.start_and_wait_ready(expect=3)
        self.d.stop()
        self.write("zz.txt", OTHER.replace("orchestra", "choir"))
        self.d.args = ["--reset-state"]
        got = self.start_and_wait_ready(expect=4)
        self.assertEqual(sorted(m["seq"] for _, m in got), [4, 5, 6, 7])
        p = subprocess.run([fw.SUB, "-c", self.d.endpoint, "--since", "3", "--json",
                            "--timeout", "2"], capture_output=True, timeout=30)
        self.assertEqual(p.returncode, 1, p.stderr.decode())     # quiet after
        self.assertEqual(len(p.stdout.splitlines()), 4)
        self.assertIn(b"state was replaced", p.stderr)


    def test_epoch_survives_a_restart_not_a_reset(self):
        # every message names its state's epoch: the same after a restart,
        # another after --reset-state, so a subscriber can tell the new
        # state's seqs from the old one's; the snapshot says it too
        self.write("a.txt", OTHER)
        [(_, m)] = self.start_and_wait_ready(expect=1)
        first = m["epoch"]
        self.assertRegex(first, "^[0-9a-f]{16}$")
        self.d.stop()
        self.write("b.txt", OTHER.replace("orchestra", "choir"))
        [(_, m)] = self.start_and_wait_ready(expect=1)
        self.assertEqual(m["epoch"], first)
        p = subprocess.run([fw.SUB, "-c", self.d.endpoint, "--snapshot", "--json",
                            "--count", "2", "--timeout", "5"], capture_output=True, timeout=30)
        self.assertEqual({json.loads(l)["epoch"] for l in p.stdout.splitlines()}, {first})
        self.d.stop()
        self.d.args = ["--reset-state"]
        got = self.start_and_wait_ready(expect=2)
        self.assertEqual(len({m["epoch"] for _, m in got}), 1)
        self.assertNotEqual(got[0][1]["epoch"], first)

    def test_state_inside_the_watched_folder_is_refused(self):
        # its database, lock and WAL would be published as articles
        r = subprocess.run([FACTWATCHD, "--watch", self.d.watch, "--state",
                            os.path.join(self.d.watch, "state"), "--bind", self.d.endpoint],
                           capture_output=True, timeout=10)
        self.assertEqual(r.returncode, 100)
        self.assertIn(b"is inside the watched folder", r.stderr)
        path = os.path.join(self.tmp, "a-file")
        open(path, "w").close()
        r = subprocess.run([FACTWATCHD, "--watch", path, "--state", self.d.state,
                            "--bind", self.d.endpoint], capture_output=True, timeout=10)
        self.assertEqual(r.returncode, 100)
        self.assertIn(b"it is a file, not a folder", r.stderr)


class OneDaemonPerState(DaemonTest):

    def test_a_second_daemon_on_the_same_state_refuses_to_start(self):
        # Two daemons on one state would hand out the same seq to two
        # different articles.
        self.start_and_wait_ready()
        # the same command again: it must not take the first one's
        # endpoint over on its way out
        r = subprocess.run([FACTWATCHD, "--watch", self.d.watch, "--state", self.d.state,
                            "--bind", self.d.endpoint, "--config", self.d.conf],
                           capture_output=True, timeout=10)
        self.assertNotEqual(r.returncode, 0)
        self.assertIn(b"in use by another factwatchd (pid %d)" % self.d.proc.pid, r.stderr)
        self.assertNotIn(b"bound", r.stderr)
        self.write("a.txt", OTHER)          # the first one carries on
        [(_, m)] = self.sub.articles(1)
        self.assertEqual((m["event"], m["seq"]), ("new", 1))


class MoveThenSince(DaemonTest):

    def test_resume_after_a_move_learns_the_old_path_is_gone(self):
        import sys
        from fw import ROOT
        sys.path.insert(0, os.path.join(ROOT, "clients", "python"))
        import factwatch_sub
        self.start_and_wait_ready()
        self.write("old.txt", OTHER)
        [(_, first)] = self.sub.articles(1)
        os.rename(self.d.path("old.txt"), self.d.path("new.txt"))
        self.write("new.txt", OTHER + "\nAn update was added on Tuesday.\n")
        self.sub.articles(2)
        # A client that saw only the first message catches up from its seq.
        c = factwatch_sub.Subscriber(self.d.endpoint, snapshot=True, since=first["seq"])
        try:
            got = []
            while True:
                m = c.next(timeout=5)
                self.assertIsNotNone(m, "snapshot did not finish")
                if m.end:
                    break
                got.append(m.body)
        finally:
            c.close()
        self.assertEqual([(b["event"], b["source"]["path"], b.get("previous_path")) for b in got],
                         [("moved", "new.txt", "old.txt"), ("changed", "new.txt", None)])
