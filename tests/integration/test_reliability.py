# SPDX-License-Identifier: MIT
"""test_reliability.py - issue 7's matrix: writers, editors, folders, limits and hostile files, nothing lost."""
import os
import shutil
import signal
import socket
import stat
import subprocess
import time

from fw import DaemonTest, Subscriber

TEXT = "The ferry company said on Monday that sailings will resume next week.\n"


def paths(msgs):
    return sorted(m["source"]["path"] for _, m in msgs)


def live_paths(msgs):
    """The articles a subscriber holds after applying msgs in order."""
    live = set()
    for t, m in msgs:
        if t == "article.removed":
            live.discard(m["source"]["path"])
        elif t.startswith("article."):
            live.discard(m.get("previous_path"))
            live.add(m["source"]["path"])
    return sorted(live)


class Writers(DaemonTest):
    config = {"settle_ms": "400"}

    def test_slow_writer_published_once_complete_after_close(self):
        self.start_and_wait_ready()
        chunks = ["Part %d of a slow story, sent on Monday.\n" % i for i in range(5)]
        with open(self.d.path("slow.txt"), "w") as f:
            for c in chunks:
                f.write(c)
                f.flush()
                time.sleep(0.2)
            self.assertEqual(self.sub.quiet(0.1), [])   # nothing while open
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["source"]["size"], len("".join(chunks)))
        self.assertIn("Part 4", m["text"])
        self.assertEqual(self.sub.quiet(1.0), [])

    def test_writer_that_never_closes_is_published_after_settle(self):
        self.start_and_wait_ready()
        fd = os.open(self.d.path("mmap.txt"), os.O_CREAT | os.O_RDWR, 0o644)
        try:
            os.write(fd, TEXT.encode())
            t0 = time.monotonic()
            [(_, m)] = self.sub.articles(1, timeout=5)
            self.assertGreaterEqual(time.monotonic() - t0, 0.3)
            self.assertEqual(m["source"]["size"], len(TEXT))
        finally:
            os.close(fd)

    def test_editor_save_by_rename_and_sed_in_place(self):
        self.start_and_wait_ready()
        self.write("doc.txt", TEXT)
        self.sub.articles(1)
        # vim: write a swap/backup name, then rename over the original.
        tmp = self.d.path(".doc.txt.swp")
        with open(tmp, "w") as f:
            f.write(TEXT.replace("Monday", "Tuesday"))
        os.rename(tmp, self.d.path("doc.txt"))
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.changed", "doc.txt"))
        # sed -i: a temp file (published or not, by timing) renamed over.
        subprocess.run(["sed", "-i", "s/Tuesday/Wednesday/", self.d.path("doc.txt")], check=True)
        got = [(t, m) for t, m in self.sub.articles(1) + self.sub.quiet(0.8)
               if m["source"]["path"] == "doc.txt"]
        self.assertEqual([t for t, _ in got], ["article.changed"])
        self.assertIn("Wednesday", got[0][1]["text"])


class ExcludedNames(DaemonTest):
    """Renames across excluded names: what a scan would find."""
    config = {"settle_ms": "400"}

    def test_editor_renames_the_file_away_and_writes_a_new_one(self):
        self.write("k.txt", TEXT)
        self.start_and_wait_ready(expect=1)
        # Emacs (and vim with backupcopy=no): the original becomes a
        # backup name, a new file takes its name
        os.rename(self.d.path("k.txt"), self.d.path("k.txt~"))
        self.write("k.txt", TEXT.replace("Monday", "Friday"))
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.changed", "k.txt"))
        self.assertTrue(m["facts_added"])
        self.assertEqual(self.sub.quiet(1.0), [])
        # renamed away with nothing in its place: removed, after the wait
        os.rename(self.d.path("k.txt"), self.d.path("k.txt.bak~"))
        [(t, m)] = self.sub.articles(1, timeout=5)
        self.assertEqual((t, m["source"]["path"]), ("article.removed", "k.txt"))

    def test_folders_renamed_into_and_out_of_hidden_names(self):
        self.write("rs/r1.txt", TEXT + "r1")
        self.start_and_wait_ready(expect=1)
        os.mkdir(self.d.path(".staging"))
        self.write(".staging/h1.txt", TEXT + "h1")
        os.rename(self.d.path(".staging"), self.d.path("pub"))
        self.write("pub/h2.txt", TEXT + "h2")
        got = self.sub.articles(2)
        self.assertEqual(sorted((t, m["source"]["path"]) for t, m in got),
                         [("article.new", "pub/h1.txt"), ("article.new", "pub/h2.txt")])
        os.rename(self.d.path("rs"), self.d.path(".trash"))
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.removed", "rs/r1.txt"))
        self.write(".trash/later.txt", TEXT + "later")
        out = os.path.join(self.tmp, "outside")
        os.mkdir(out)
        with open(os.path.join(out, "x.txt"), "w") as f:
            f.write(TEXT + "x")
        os.rename(out, self.d.path(".cache"))
        self.assertEqual(self.sub.quiet(1.5), [])


class HardLinks(DaemonTest):
    config = {"settle_ms": "400"}

    def test_a_change_through_one_name_is_published_for_all(self):
        self.write("j.txt", TEXT)
        os.makedirs(self.d.path("sub"))
        os.link(self.d.path("j.txt"), self.d.path("j2.txt"))
        os.link(self.d.path("j.txt"), self.d.path("sub/j3.txt"))
        self.start_and_wait_ready(expect=3)
        with open(self.d.path("j.txt"), "a") as f:
            f.write("Talks resume on Friday.\n")
        got = self.sub.articles(3)
        self.assertEqual(sorted((t, m["source"]["path"]) for t, m in got),
                         [("article.changed", "j.txt"), ("article.changed", "j2.txt"),
                          ("article.changed", "sub/j3.txt")])
        self.assertEqual({m["source"]["size"] for _, m in got},
                         {os.path.getsize(self.d.path("j.txt"))})
        self.assertEqual(self.sub.quiet(1.0), [])
        # emptied through one name: every name holds no article now
        with open(self.d.path("j2.txt"), "w"):
            pass
        got = [(t, m) for t, m in self.sub.quiet(2.0)]
        self.assertEqual(sorted((t, m["source"]["path"]) for t, m in got),
                         [("article.removed", "j.txt"), ("article.removed", "j2.txt"),
                          ("article.removed", "sub/j3.txt")])


class RenamedBeforeRead(DaemonTest):
    """A write not read yet follows a rename of its file or its folder."""
    config = {"settle_ms": "400"}

    def test_folder_filled_then_renamed_at_once(self):
        self.start_and_wait_ready()
        for k in range(10):       # fill a staging folder, publish by rename
            os.mkdir(self.d.path("stage%d" % k))
            for j in range(3):
                with open(self.d.path("stage%d/%d.txt" % (k, j)), "w") as f:
                    f.write(TEXT + "%d %d" % (k, j))
            os.rename(self.d.path("stage%d" % k), self.d.path("final%d" % k))
        # each published under its final name, at once or new then moved
        got = self.sub.articles(30) + self.sub.quiet(1.0)
        self.assertEqual(live_paths(got), sorted(
            "final%d/%d.txt" % (k, j) for k in range(10) for j in range(3)))
        self.assertNotIn("article.removed", [t for t, _ in got])

    def test_linked_in_then_folder_renamed_during_the_quiet_period(self):
        os.mkdir(self.d.path("s"))
        self.start_and_wait_ready()
        src = os.path.join(self.tmp, "h.txt")
        with open(src, "w") as f:
            f.write(TEXT)
        os.link(src, self.d.path("s/h.txt"))   # IN_CREATE, no close
        time.sleep(0.1)
        os.rename(self.d.path("s"), self.d.path("s2"))
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.new", "s2/h.txt"))

    def test_file_changed_then_renamed_at_once(self):
        self.write("m.txt", TEXT)
        self.start_and_wait_ready(expect=1)
        with open(self.d.path("m.txt"), "a") as f:
            f.write("Talks resume on Friday.\n")
        os.rename(self.d.path("m.txt"), self.d.path("m2.txt"))
        got = self.sub.articles(2)
        # read before the rename was seen, or after: both orders are right
        self.assertIn([(t, m["source"]["path"]) for t, m in got],
                      ([("article.moved", "m2.txt"), ("article.changed", "m2.txt")],
                       [("article.changed", "m.txt"), ("article.moved", "m2.txt")]))
        [changed] = [m for t, m in got if t == "article.changed"]
        self.assertEqual(changed["source"]["size"],
                         os.path.getsize(self.d.path("m2.txt")))
        self.assertTrue(changed["facts_added"])

    def test_file_changed_then_its_folder_renamed_at_once(self):
        self.write("a/x.txt", TEXT)
        self.start_and_wait_ready(expect=1)
        with open(self.d.path("a/x.txt"), "a") as f:
            f.write("Talks resume on Friday.\n")
        os.rename(self.d.path("a"), self.d.path("b"))
        got = self.sub.articles(2)
        self.assertIn([(t, m["source"]["path"]) for t, m in got],
                      ([("article.moved", "b/x.txt"), ("article.changed", "b/x.txt")],
                       [("article.changed", "a/x.txt"), ("article.moved", "b/x.txt")]))
        self.assertEqual(self.sub.quiet(0.8), [])


class Folders(DaemonTest):

    def test_mkdir_p_then_files_at_once(self):
        self.start_and_wait_ready()
        for i in range(20):
            d = self.d.path("a%d/b/c" % i)
            os.makedirs(d)
            with open(os.path.join(d, "x.txt"), "w") as f:
                f.write(TEXT + str(i))
        got = self.sub.articles(20)
        self.assertEqual(paths(got), sorted("a%d/b/c/x.txt" % i for i in range(20)))
        self.assertEqual(self.sub.quiet(0.8), [])

    def test_subfolder_renamed_moved_out_and_back(self):
        self.write("sec/one.txt", TEXT + "1")
        self.write("sec/deep/two.txt", TEXT + "2")
        self.start_and_wait_ready(expect=2)
        os.rename(self.d.path("sec"), self.d.path("renamed"))
        got = self.sub.articles(2)
        self.assertEqual({m["event"] for _, m in got}, {"moved"})
        self.assertEqual(paths(got), ["renamed/deep/two.txt", "renamed/one.txt"])
        out = os.path.join(self.tmp, "outside")
        os.rename(self.d.path("renamed"), out)
        got = self.sub.articles(2)
        self.assertEqual({m["event"] for _, m in got}, {"removed"})
        os.rename(out, self.d.path("back"))
        got = self.sub.articles(2)
        self.assertEqual({m["event"] for _, m in got}, {"new"})
        self.assertEqual(paths(got), ["back/deep/two.txt", "back/one.txt"])
        # The folder moved out is not watched any more.
        with open(os.path.join(self.tmp, "x.txt"), "w") as f:
            f.write(TEXT)
        self.assertEqual(self.sub.quiet(0.8), [])


class SymlinkedRoot(DaemonTest):

    def test_a_watched_folder_named_through_a_symlink_is_watched(self):
        # /srv/news -> /mnt/feeds: the root the user names is followed;
        # links below it never are.
        real = os.path.join(self.tmp, "real")
        os.makedirs(real)
        os.rmdir(self.d.watch)
        os.symlink(real, self.d.watch)
        with open(os.path.join(real, "before.txt"), "w") as f:
            f.write(TEXT + " before")
        [(_, m)] = self.start_and_wait_ready(expect=1)
        self.assertEqual(m["source"]["path"], "before.txt")
        self.write("after.txt", TEXT + " after")
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["source"]["path"], "after.txt")
        self.assertNotIn("cannot scan", self.d.log_text())


class WatchedFolder(DaemonTest):

    def test_missing_at_start_then_created(self):
        shutil.rmtree(self.d.watch)
        self.d.start()
        self.assertEqual(self.sub.quiet(1.0), [])
        self.assertIsNone(self.d.proc.poll())
        os.makedirs(self.d.watch)
        self.write("late.txt", TEXT)
        [(_, m)] = self.sub.articles(1, timeout=5)
        self.assertEqual(m["source"]["path"], "late.txt")
        self.assertIn("watched folder missing", self.d.log_text())

    def test_removed_then_replaced_while_running(self):
        self.write("a.txt", TEXT)
        self.start_and_wait_ready(expect=1)
        shutil.rmtree(self.d.watch)
        early = self.sub.quiet(0.5, prefix="")
        self.assertIsNone(self.d.proc.poll())
        self.assertIn("watched folder removed or renamed", self.d.log_text())
        # subscribers are told too, not only the log
        self.assertTrue(any("watched folder removed or renamed" in m["reason"]
                            for t, m in early if t == "error"), early)
        early = [(t, m) for t, m in early if t.startswith("article.")]
        os.makedirs(self.d.watch)
        self.write("b.txt", TEXT + "b")
        got = early + self.sub.articles(2 - len(early), timeout=6)
        self.assertEqual({(m["source"]["path"], m["event"]) for _, m in got},
                         {("a.txt", "removed"), ("b.txt", "new")})
        self.write("c.txt", TEXT + "c")              # watched again
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["source"]["path"], "c.txt")

    def test_a_write_in_its_quiet_period_while_renamed_away_and_back(self):
        self.write("x.txt", TEXT)
        self.start_and_wait_ready(expect=1)
        away = self.d.watch + ".away"
        with open(self.d.path("x.txt"), "a") as f:   # open, no close yet
            f.write("Talks resume on Friday.\n")
            f.flush()
            os.rename(self.d.watch, away)
            time.sleep(2.5)                           # its quiet period ends
        os.rename(away, self.d.watch)
        got = self.sub.quiet(4.0)
        self.assertNotIn("article.removed", [t for t, _ in got])
        self.assertEqual([(t, m["source"]["path"]) for t, m in got],
                         [("article.changed", "x.txt")])

    def test_renamed_away_and_back(self):
        self.write("a.txt", TEXT)
        self.start_and_wait_ready(expect=1)
        away = self.d.watch + ".away"
        os.rename(self.d.watch, away)
        time.sleep(0.3)
        os.rename(away, self.d.watch)
        self.assertEqual(self.sub.quiet(2.0), [])   # same content: nothing new
        self.write("b.txt", TEXT + "b")
        [(_, m)] = self.sub.articles(1, timeout=5)
        self.assertEqual(m["source"]["path"], "b.txt")


class Limits(DaemonTest):
    config = {"max_watches": "2", "rescan_interval": "1"}

    def test_watch_limit_is_an_error_and_rescans_cover_the_rest(self):
        for d in ("f1", "f2", "f3"):
            os.makedirs(self.d.path(d))
        self.d.start()
        self.d.wait_ready(idle=self.sub.pump)
        errors = [m for t, m in self.sub.quiet(0.5, prefix="error")]
        self.assertIn("fs.inotify.max_user_watches", self.d.log_text())
        self.assertTrue(any("fs.inotify.max_user_watches" in m["reason"]
                            for m in errors), errors)
        for d in ("f1", "f2", "f3"):
            self.write(d + "/x.txt", TEXT + d)
        got = self.sub.articles(3, timeout=6)
        self.assertEqual(paths(got), ["f1/x.txt", "f2/x.txt", "f3/x.txt"])
        self.assertIsNone(self.d.proc.poll())


def as_nobody(t):
    """Run t's daemon as nobody when the tests run as root, who reads
    anything: permission tests need a user the kernel says no to."""
    if os.geteuid() != 0:
        return
    if not shutil.which("setpriv"):
        t.skipTest("setpriv (util-linux) missing")
    os.chmod(t.tmp, 0o777)
    os.chmod(t.d.watch, 0o777)
    os.makedirs(t.d.state)
    os.chown(t.d.state, 65534, 65534)
    t.d.prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


class UnreadableFolder(DaemonTest):
    config = {"rescan_interval": "1"}

    def test_a_folder_made_unreadable_is_no_removal(self):
        # A chmod is not a deletion: a rescan that cannot read a folder
        # reports it and keeps what is known under it.
        as_nobody(self)
        os.makedirs(self.d.path("closed"))
        os.chmod(self.d.path("closed"), 0o777)
        self.write("closed/in.txt", TEXT)
        [(_, m)] = self.start_and_wait_ready(expect=1)
        self.assertEqual(m["source"]["path"], "closed/in.txt")
        os.chmod(self.d.path("closed"), 0)
        try:
            deadline, err = time.monotonic() + 5, None
            while time.monotonic() < deadline and err is None:
                got = self.sub.recv(1)
                if got and got[0] == "error" and got[1].get("path") == "closed":
                    err = got[1]
                self.assertFalse(got and got[0] == "article.removed", got)
            self.assertIsNotNone(err, "no error for the unreadable folder")
            self.assertIn("kept", err["reason"])
            self.assertEqual(self.sub.quiet(2.5), [])     # rescans: still no removal
        finally:
            os.chmod(self.d.path("closed"), 0o777)
        self.assertEqual(self.sub.quiet(2.5), [])         # readable again: unchanged



class UnreadableFolderRenamed(DaemonTest):
    """No periodic rescan here: the chmod's own event must do it."""

    def test_an_unreadable_folder_renamed_then_opened_is_scanned(self):
        as_nobody(self)
        os.makedirs(self.d.path("sub"))
        os.chmod(self.d.path("sub"), 0o777)
        self.write("sub/s.txt", TEXT)
        self.start_and_wait_ready(expect=1)
        self.d.stop()
        self.write("sub/hidden.txt", TEXT + "hidden")
        os.chmod(self.d.path("sub"), 0)
        try:
            self.start_and_wait_ready()
            os.rename(self.d.path("sub"), self.d.path("sub2"))
            [(t, m)] = self.sub.articles(1)
            self.assertEqual((t, m["source"]["path"]), ("article.moved", "sub2/s.txt"))
        finally:
            os.chmod(self.d.path("sub2"), 0o777)
        self.write("sub2/later.txt", TEXT + "later")
        got = self.sub.articles(2, timeout=6)
        self.assertEqual(paths(got), ["sub2/hidden.txt", "sub2/later.txt"])


class FullDisk(DaemonTest):

    def test_a_full_state_disk_is_an_error_then_nothing_is_lost(self):
        # The state on a 1 MB tmpfs: commits fail, each held-back article
        # is an error, and once there is room the retry publishes every
        # one, once, with no gap in seq.
        os.makedirs(self.d.state)
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs",
                           self.d.state], capture_output=True).returncode != 0:
            self.skipTest("cannot mount a tmpfs here")
        try:
            self.start_and_wait_ready()
            names = ["a%03d.txt" % i for i in range(300)]
            for i, n in enumerate(names):
                self.drop(n, "Story %d was filed on Monday. " % i + "filler " * 500)
            seen, errors = {}, 0

            def take(got):
                if got and got[0] == "article.new":
                    p = got[1]["source"]["path"]
                    self.assertNotIn(p, seen, "published twice: " + p)
                    seen[p] = got[1]["seq"]
                return bool(got and got[0] == "error" and
                            "state database" in got[1]["reason"])
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and errors == 0:
                errors += take(self.sub.recv(1))
            self.assertGreater(errors, 0, "no error while the disk was full")
            subprocess.run(["mount", "-o", "remount,size=64m", self.d.state], check=True)
            deadline = time.monotonic() + 60
            while len(seen) < len(names) and time.monotonic() < deadline:
                take(self.sub.recv(1))
            self.assertEqual(sorted(seen), names)
            seqs = sorted(seen.values())
            self.assertEqual(seqs, list(range(seqs[0], seqs[0] + len(seqs))))
            self.assertIsNone(self.d.proc.poll())
        finally:
            self.d.stop()
            subprocess.run(["umount", "-l", self.d.state])


class HostileFiles(DaemonTest):
    config = {"max_size": "100000"}

    def expect_error(self, rel, word):
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            got = self.sub.recv(1)
            if got and got[0] == "error" and got[1].get("path") == rel:
                self.assertIn(word, got[1]["reason"])
                return got[1]
            self.assertFalse(got and got[0].startswith("article.") and
                             got[1]["source"]["path"] == rel, "published %s" % rel)
        self.fail("no error for %s" % rel)

    def test_errors_for_files_that_are_not_articles(self):
        self.start_and_wait_ready()
        self.write("empty.txt", "")
        self.expect_error("empty.txt", "empty")
        with open(self.d.path("big.txt"), "w") as f:
            f.write("x" * 200000)
        self.expect_error("big.txt", "max_size")
        with open(self.d.path("bin.txt"), "wb") as f:
            f.write(b"\x7fELF\x02\x01\x01\x00" + bytes(64))
        self.expect_error("bin.txt", "nul")
        os.symlink("/etc/passwd", self.d.path("link.txt"))
        self.expect_error("link.txt", "symbolic link")
        os.mkfifo(self.d.path("fifo.txt"))
        self.expect_error("fifo.txt", "FIFO")
        s = socket.socket(socket.AF_UNIX)
        s.bind(self.d.path("sock.txt"))
        self.expect_error("sock.txt", "socket")
        s.close()
        self.write("ok.txt", TEXT)                   # and it goes on
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["source"]["path"], "ok.txt")
        self.assertNotIn("root:", m["text"])

    def test_a_device_node_is_an_error_and_never_read(self):
        if os.geteuid() != 0:
            self.skipTest("mknod of a device needs root")
        self.start_and_wait_ready()
        os.mknod(self.d.path("dev.txt"), 0o600 | stat.S_IFCHR, os.makedev(1, 3))
        err = self.expect_error("dev.txt", "a device or other special file")
        self.assertIn("not read", err["reason"])
        self.write("ok.txt", TEXT)                   # and it goes on
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["source"]["path"], "ok.txt")

    def test_a_symlink_or_fifo_renamed_over_an_article_removes_it(self):
        self.start_and_wait_ready()
        for name in ("p1.txt", "p2.txt"):
            self.write(name, TEXT + name)
        self.assertEqual(sorted(m["source"]["path"] for _, m in self.sub.articles(2)),
                         ["p1.txt", "p2.txt"])
        os.symlink("/etc/hostname", os.path.join(self.tmp, "sl"))
        os.rename(os.path.join(self.tmp, "sl"), self.d.path("p1.txt"))
        os.mkfifo(os.path.join(self.tmp, "ff"))
        os.rename(os.path.join(self.tmp, "ff"), self.d.path("p2.txt"))
        got = [self.sub.recv(5) for _ in range(4)]
        self.assertEqual(sorted((t, m.get("event"), m.get("path") or m["source"]["path"])
                                for t, m in got if t != "error"),
                         [("article.removed", "removed", "p1.txt"),
                          ("article.removed", "removed", "p2.txt")])
        self.assertEqual(sorted(m["path"] for t, m in got if t == "error"),
                         ["p1.txt", "p2.txt"])
        for p in ("p1.txt", "p2.txt"):     # the removal, then why
            self.assertEqual([t for t, m in got if p in (m.get("path"), m.get(
                "source", {}).get("path"))], ["article.removed", "error"])
        # the same from a wanted name inside the folder
        self.write("p3.txt", TEXT + "p3")
        self.sub.articles(1)
        os.symlink("/etc/hostname", self.d.path("l3.txt"))
        self.expect_error("l3.txt", "symbolic link")
        os.rename(self.d.path("l3.txt"), self.d.path("p3.txt"))
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.removed", "p3.txt"))

    def test_touching_an_excluded_folder_publishes_nothing(self):
        os.makedirs(self.d.path(".hidden"))
        self.write(".hidden/secret.txt", TEXT)
        self.start_and_wait_ready()
        os.utime(self.d.path(".hidden"))            # IN_ATTRIB on the folder
        os.chmod(self.d.path(".hidden"), 0o700)
        self.write("after.txt", TEXT + " after")
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["source"]["path"], "after.txt")
        self.assertEqual(self.sub.quiet(1.0), [])

    def test_odd_text_is_published_valid(self):
        self.start_and_wait_ready()
        with open(self.d.path("latin.txt"), "wb") as f:
            f.write("Caf\u00e9 owners met on Monday.\n".encode("cp1252"))
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["document"]["encoding"], "windows-1252")
        self.assertIn("Caf\u00e9", m["text"])

    def test_odd_names_keep_json_valid(self):
        self.start_and_wait_ready()
        names = ["with space.txt", "quote\"and'apos.txt", "new\nline.txt",
                 "caf\u00e9.txt"]
        for n in names:
            self.write(n, TEXT + n)
        raw = os.path.join(os.fsencode(self.d.watch), b"bad\xff\xfe%name.txt")
        with open(raw, "wb") as f:
            f.write(TEXT.encode())
        # a UTF-8 name that reads as the escaped form of the one above
        self.write("bad%FF%FE%25name.txt", TEXT + "utf-8")
        got = self.sub.articles(6)
        self.assertEqual(sorted(m["source"]["path"] for _, m in got),
                         sorted(names + ["bad%FF%FE%25name.txt",
                                         "bad%25FF%25FE%2525name.txt"]))

    def test_file_deleted_right_after_writing(self):
        """A file gone when the daemon comes to read it is no error and no
        article. flash: closed, then deleted; read in between, it is new,
        then removed. gone: deleted before its close, within settle_ms of
        its write, so there is never anything to read."""
        with open(self.d.conf, "a") as f:
            f.write("settle_ms = 3000\n")
        self.start_and_wait_ready()
        for i in range(200):
            p = self.write("flash%d.txt" % i, TEXT)
            os.unlink(p)
        for i in range(100):
            with open(self.d.path("gone%d.txt" % i), "w") as f:
                f.write(TEXT)
                f.flush()
                os.unlink(f.name)
        self.write("after.txt", TEXT)
        msgs = []
        while not any(t.startswith("article.") and m["source"]["path"] == "after.txt"
                      for t, m in msgs):
            got = self.sub.recv(10)
            self.assertIsNotNone(got, "after.txt not published")
            msgs.append(got)
        msgs += self.sub.quiet(1.0, prefix="")
        self.assertEqual([m for t, m in msgs if t == "error"], [])
        said = {}
        for t, m in msgs:
            if t.startswith("article."):
                said.setdefault(m["source"]["path"], []).append(t)
        self.assertEqual([p for p in said if p.startswith("gone")], [])
        for p, topics in said.items():
            if p.startswith("flash"):
                self.assertEqual(topics, ["article.new", "article.removed"], p)
        self.assertEqual(live_paths(msgs), ["after.txt"])
        self.assertIsNone(self.d.proc.poll())

    def test_unreadable_file_is_an_error(self):
        as_nobody(self)
        self.start_and_wait_ready()
        # Made unreadable before it enters the folder: written in place and
        # chmod-ed after, a loaded machine let the daemon read it first.
        stage = os.path.join(self.tmp, "secret.txt")
        with open(stage, "w") as f:
            f.write(TEXT)
        os.chmod(stage, 0)
        os.rename(stage, self.d.path("secret.txt"))
        self.expect_error("secret.txt", "Permission denied")
        # made readable, it is published (IN_ATTRIB, after settle_ms)
        os.chmod(self.d.path("secret.txt"), 0o644)
        [(_, m)] = self.sub.articles(1, timeout=10)
        self.assertEqual((m["event"], m["source"]["path"]), ("new", "secret.txt"))


class NoArticleAnyMore(DaemonTest):
    """Errors said once per state of a file; an article emptied, made
    binary or grown past max_size is removed, then the error."""
    config = {"max_size": "2000", "rescan_interval": "1"}

    def errors_and_articles(self, seconds):
        got = self.sub.quiet(seconds, prefix="")
        return ([m["path"] for t, m in got if t == "error"],
                [(t, m["source"]["path"]) for t, m in got if t.startswith("article.")])

    def test_rescans_do_not_repeat_errors(self):
        self.write("empty.txt", "")
        os.symlink("/etc/hostname", self.d.path("link.txt"))
        self.d.start()
        self.d.wait_ready(idle=self.sub.pump)
        errors, arts = self.errors_and_articles(3.5)   # three rescans
        self.assertEqual(arts, [])
        self.assertLessEqual(errors.count("empty.txt"), 1)
        self.assertLessEqual(errors.count("link.txt"), 1)
        self.write("empty.txt", TEXT)                  # now an article
        [(t, m)] = self.sub.articles(1)
        self.assertEqual((t, m["source"]["path"]), ("article.new", "empty.txt"))
        self.write("empty.txt", "")                    # and none again
        errors, arts = self.errors_and_articles(2.5)
        self.assertEqual(arts, [("article.removed", "empty.txt")])
        self.assertEqual(errors, ["empty.txt"])

    def test_an_article_made_binary_or_too_big_is_removed(self):
        self.write("a.txt", TEXT)
        self.write("b.txt", TEXT + "b")
        self.start_and_wait_ready(expect=2)
        with open(self.d.path("a.txt"), "wb") as f:
            f.write(b"\x7fELF\x02\x01\x01\x00" + bytes(64))
        with open(self.d.path("b.txt"), "w") as f:
            f.write("x" * 3000)
        got = self.sub.quiet(2.5, prefix="")
        for p in ("a.txt", "b.txt"):
            self.assertEqual([t for t, m in got if p in (m.get("path"), m.get(
                "source", {}).get("path"))], ["article.removed", "error"])


class LongLine(DaemonTest):

    def test_single_5mb_line(self):
        self.start_and_wait_ready()
        self.drop("oneline.txt", ("word " * 1000000)[:5000000])
        [(_, m)] = self.sub.articles(1, timeout=30)
        self.assertEqual(m["source"]["size"], 5000000)
