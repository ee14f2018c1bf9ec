# SPDX-License-Identifier: MIT
"""test_core.py - the core promise: files in a watched folder become schema-valid messages over ZeroMQ."""
import os
import socket
import shutil
import subprocess
import time

from fw import DaemonTest, FACTWATCHD, Subscriber, validate

STORY = (" date 2023-06-07 LISBON – The port authority said on Tuesday that the new "
         "ferry terminal will open on Friday, two years after work began.\n\n"
         "The first crossing is planned for next week, officials said.\n")
STORY2 = (" date 2023-06-07 LISBON – The port authority said on Tuesday that the new "
          "ferry terminal will open on Saturday instead, after a late inspection.\n")
PLAIN = "Harbour pilots voted to strike.\n\nThe vote was held last month at the union hall.\n"


class CoreEvents(DaemonTest):

    def test_file_written_in_place_is_new(self):
        self.start_and_wait_ready()
        self.write("a.txt", STORY)
        [(topic, m)] = self.sub.articles(1)
        self.assertEqual(topic, "article.new")
        self.assertEqual(m["event"], "new")
        self.assertEqual(m["source"]["path"], "a.txt")
        self.assertEqual(m["source"]["size"], len(STORY.encode()))
        self.assertEqual(m["document"]["date"], "2023-06-07")
        self.assertEqual(m["document"]["date_source"], "header")
        self.assertNotIn("date 2023", m["text"])
        self.assertTrue(m["lead"].startswith("The port authority"), m["lead"])
        dates = {f["date"] for f in m["facts"]}
        self.assertIn("2023-06-06", dates)      # Tuesday, said in the past
        self.assertIn("2023-06-09", dates)      # Friday, in the future
        self.assertIn("2023-W24", dates)        # next week

    def test_rename_in_modify_delete(self):
        self.start_and_wait_ready()
        self.drop("b.txt", STORY)
        [(t1, m1)] = self.sub.articles(1)
        self.assertEqual((t1, m1["event"]), ("article.new", "new"))
        self.write("b.txt", STORY2)
        [(t2, m2)] = self.sub.articles(1)
        self.assertEqual((t2, m2["event"]), ("article.changed", "changed"))
        self.assertEqual(m2["seq"], m1["seq"] + 1)
        self.assertEqual(m2["previous_sha256"], m1["fingerprint"]["sha256"])
        self.assertNotEqual(m2["fingerprint"]["sha256"], m1["fingerprint"]["sha256"])
        # a fact is its expression and date: "on Tuesday" is in both, in
        # another sentence, and in neither list
        self.assertEqual([(f["expression"], f["date"]) for f in m2["facts_removed"]],
                         [("on Friday", "2023-06-09"), ("next week", "2023-W24")])
        self.assertEqual([(f["expression"], f["date"]) for f in m2["facts_added"]],
                         [("on Saturday", "2023-06-10")])
        os.unlink(self.d.path("b.txt"))
        [(t3, m3)] = self.sub.articles(1)
        self.assertEqual((t3, m3["event"], m3["seq"]), ("article.removed", "removed", m2["seq"] + 1))
        self.assertEqual(m3["source"]["path"], "b.txt")
        self.assertEqual(m3["fingerprint"]["sha256"], m2["fingerprint"]["sha256"])
        # each message names the machine, whatever source_id says
        for m in (m1, m2, m3):
            self.assertEqual(m["source"]["host"], socket.gethostname())

    def test_touch_and_identical_resave_publish_nothing(self):
        self.start_and_wait_ready()
        self.write("c.txt", PLAIN)
        self.sub.articles(1)
        os.utime(self.d.path("c.txt"))
        self.write("c.txt", PLAIN)
        self.write("c.txt", PLAIN.replace("\n", "\r\n"))   # CRLF is not a change
        self.assertEqual(self.sub.quiet(1.0), [])

    def test_new_subfolder_and_folder_moved_in(self):
        self.start_and_wait_ready()
        os.makedirs(self.d.path("x/y/z"))
        self.write("x/y/z/deep.txt", PLAIN)
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["source"]["path"], "x/y/z/deep.txt")
        outside = os.path.join(self.tmp, "batch")
        os.makedirs(os.path.join(outside, "inner"))
        for name in ("one.txt", "two.txt", "inner/three.txt"):
            with open(os.path.join(outside, name), "w") as f:
                f.write(PLAIN + name)
        os.rename(outside, self.d.path("batch"))
        got = self.sub.articles(3)
        self.assertEqual(sorted(m["source"]["path"] for _, m in got),
                         ["batch/inner/three.txt", "batch/one.txt", "batch/two.txt"])
        self.assertTrue(all(m["event"] == "new" for _, m in got))

    def test_rename_inside_is_moved(self):
        self.start_and_wait_ready()
        self.write("old.txt", PLAIN)
        [(_, m1)] = self.sub.articles(1)
        os.rename(self.d.path("old.txt"), self.d.path("new.txt"))
        [(t, m2)] = self.sub.articles(1)
        self.assertEqual((t, m2["event"]), ("article.moved", "moved"))
        self.assertEqual((m2["source"]["path"], m2["previous_path"]), ("new.txt", "old.txt"))
        self.assertEqual(m2["fingerprint"]["sha256"], m1["fingerprint"]["sha256"])
        self.assertEqual(m2["seq"], m1["seq"] + 1)

    def test_binary_file_is_an_error_and_nothing_else(self):
        self.start_and_wait_ready()
        with open(self.d.path("img.txt"), "wb") as f:
            f.write(b"GIF89a\x00\x01\x02" + bytes(200))
        got = self.sub.recv(5)
        self.assertIsNotNone(got)
        topic, m = got
        self.assertEqual(topic, "error")
        self.assertEqual(m["path"], "img.txt")
        self.assertIn("nul byte", m["reason"].lower())
        self.assertEqual(self.sub.quiet(0.5), [])
        self.write("ok.txt", PLAIN)              # and the daemon goes on
        self.assertEqual(self.sub.articles(1)[0][1]["source"]["path"], "ok.txt")

    def test_editor_temp_files_are_ignored(self):
        self.start_and_wait_ready()
        for name in (".#draft.txt", "draft.txt~", ".draft.txt.swp"):
            self.write(name, PLAIN)
        self.assertEqual(self.sub.quiet(0.8), [])


class CoreRestart(DaemonTest):

    def test_startup_scan_and_restart_without_changes(self):
        self.write("pre/one.txt", STORY)
        self.write("two.txt", PLAIN)
        got = self.start_and_wait_ready(expect=2)
        self.assertEqual(sorted(m["source"]["path"] for _, m in got), ["pre/one.txt", "two.txt"])
        last = max(m["seq"] for _, m in got)
        self.assertEqual(self.d.stop(), 0)
        self.d.start()
        self.assertEqual(self.sub.quiet(1.5), [])   # nothing changed: nothing published
        self.write("three.txt", STORY2)
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["seq"], last + 1)         # seq continues

    def test_changes_while_down(self):
        self.write("keep.txt", PLAIN)
        self.write("edit.txt", STORY)
        self.write("gone.txt", PLAIN + "x")
        self.write("move.txt", PLAIN + "y")
        self.start_and_wait_ready(expect=4)
        self.d.stop()
        self.write("edit.txt", STORY2)
        os.unlink(self.d.path("gone.txt"))
        os.rename(self.d.path("move.txt"), self.d.path("moved.txt"))
        self.write("added.txt", PLAIN + "z")
        self.d.start()
        got = {m["source"]["path"]: m["event"] for _, m in self.sub.articles(4)}
        self.assertEqual(got, {"edit.txt": "changed", "gone.txt": "removed",
                               "moved.txt": "moved", "added.txt": "new"})
        self.assertEqual(self.sub.quiet(0.7), [])


class Once(DaemonTest):

    def test_once_prints_valid_summaries(self):
        import json
        self.write("f/a.txt", STORY)
        self.write("f/b.txt", PLAIN)
        out = subprocess.run([FACTWATCHD, "--once", self.d.path("f")], capture_output=True, check=True)
        lines = [json.loads(l) for l in out.stdout.decode().splitlines()]
        for m in lines:
            validate(m)
        self.assertEqual([m["source"]["path"] for m in lines], ["a.txt", "b.txt"])
        bad = subprocess.run([FACTWATCHD, "--once", self.d.path("missing.txt")], capture_output=True)
        self.assertEqual(bad.returncode, 2)
        self.assertIn(b"missing.txt", bad.stderr)
        # a missing path is said, and the others are still summarised
        bad = subprocess.run([FACTWATCHD, "--once", self.d.path("f/a.txt"),
                              self.d.path("missing.txt")], capture_output=True)
        self.assertEqual(bad.returncode, 2)
        self.assertEqual(len(bad.stdout.splitlines()), 1)
        self.assertIn(b"missing.txt", bad.stderr)

    def test_once_failures_say_so(self):
        # output that cannot be written, stdin beyond max_size, bad usage
        self.write("a.txt", STORY)
        with open("/dev/full", "w") as full:
            r = subprocess.run([FACTWATCHD, "--once", self.d.path("a.txt")],
                               stdout=full, stderr=subprocess.PIPE)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"cannot write", r.stderr)
        with open(self.d.conf, "a") as f:
            f.write("max_size = 1000\n")
        r = subprocess.run([FACTWATCHD, "--config", self.d.conf, "--once", "-"],
                           input=b"x" * 5000, capture_output=True)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"larger than max_size", r.stderr)
        r = subprocess.run([FACTWATCHD, "--once"], capture_output=True)
        self.assertEqual(r.returncode, 100)
        r = subprocess.run([FACTWATCHD, "--config", self.tmp, "--once", "-"],
                           input=STORY.encode(), capture_output=True)
        self.assertEqual(r.returncode, 100)
        self.assertIn(b"is a folder", r.stderr)
        for text in (b"", b" \n\t\n"):         # nothing to summarise
            r = subprocess.run([FACTWATCHD, "--once", "-"], input=text,
                               capture_output=True)
            self.assertEqual(r.returncode, 1)
            self.assertIn(b"nothing to summarise", r.stderr)

    def test_once_links_specials_and_status(self):
        self.write("a.txt", STORY)
        os.symlink(self.d.path("a.txt"), self.d.path("named.txt"))
        r = subprocess.run([FACTWATCHD, "--once", self.d.path("named.txt")],
                           capture_output=True)
        self.assertEqual(r.returncode, 0, r.stderr)    # named: followed
        self.assertEqual(len(r.stdout.splitlines()), 1)
        for d in ("d1", "d2"):
            os.makedirs(self.d.path(d))
            with open(self.d.path(d + "/x.txt"), "wb") as f:
                f.write(b"\x7fELF\x00\x00")
        os.symlink("/etc/hostname", self.d.path("d1/l.txt"))
        os.mkfifo(self.d.path("d1/f.txt"))
        self.write("d1/ok.txt", STORY)
        r = subprocess.run([FACTWATCHD, "--once", self.d.path("d1"),
                            self.d.path("d2")], capture_output=True)
        self.assertEqual(r.returncode, 1)
        self.assertEqual(len(r.stdout.splitlines()), 1)  # ok.txt only
        err = r.stderr.decode()
        for p in ("d1/l.txt", "d1/f.txt", "d1/x.txt", "d2/x.txt"):
            self.assertIn(self.d.path(p) + ":", err)     # whole paths
        self.assertIn("symbolic link", err)
        # a missing path gives 2 wherever it stands among failures
        for args in (["missing.txt", "d1/f.txt"], ["d1/f.txt", "missing.txt"]):
            r = subprocess.run([FACTWATCHD, "--once"] +
                               [self.d.path(a) for a in args], capture_output=True)
            self.assertEqual(r.returncode, 2, args)

    def test_once_stdin(self):
        import json
        out = subprocess.run([FACTWATCHD, "--once", "-"], input=STORY.encode(),
                             capture_output=True, check=True)
        m = json.loads(out.stdout)
        validate(m)
        self.assertEqual(m["document"]["date"], "2023-06-07")
