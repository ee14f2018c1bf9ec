# SPDX-License-Identifier: MIT
"""test_cli.py - the command line and what it sets: usage, --once paths, several --bind endpoints, include_text, factwatch-sub's readable lines, the document fields."""
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
import unittest

from fw import DaemonTest, FACTWATCHD, SUB, Subscriber, validate

MTIME = 1735689600      # 2025-01-01: far from the articles' own dates

FERRY = ("Night ferry to return in June\nDate: 2023-06-07\n\n"
         "The island council said on Tuesday that the night ferry will return on "
         "June 16 after a two-year break.\n\n"
         "Tickets go on sale next week, a spokesman said.\n")
FERRY_LEAD = ("The island council said on Tuesday that the night ferry will return on "
              "June 16 after a two-year break.")
FERRY_TEXT = FERRY_LEAD + "\n\nTickets go on sale next week, a spokesman said."
FERRY_FACTS = [("in June", "2023-06"), ("on Tuesday", "2023-06-06"),
               ("on June 16", "2023-06-16"), ("next week", "2023-W24")]

# Windows-1252 only: the curly quote, the dash and the euro sign sit in
# 0x80-0x9f, where ISO-8859-1 has control characters.
CAFE = ("Caf\u00e9 owners back late licence\n\n"
        "The caf\u00e9 owners\u2019 association said on Monday that it supports the "
        "council\u2019s plan \u2014 a \u20ac2 fee per night \u2014 to extend opening hours.\n")

BAKERY = ("Bakery wins regional prize\n\n"
          "The caf\u00e9 on Rue Sainte-H\u00e9l\u00e8ne won the regional bread prize on "
          "Saturday, its owner said.\n\n"
          "The baker\u2019s sourdough beat 40 entries from across the r\u00e9gion, said "
          "Zo\u00e9 Martin, who opened the shop in 2019.\n")

TRAM_PARAS = [
    "The city transport board said on Wednesday that the new tram line will reach "
    "the old port in April, a year later than planned.",
    "Engineers found soft ground under the market square last autumn and had to "
    "move two stops, the board's chair, Mina Ortega, told reporters.",
    "The line will carry about 20,000 passengers a day once it opens, the board said.",
]
TRAM_TITLE = "Tram line to reach the old port by spring"
RESIDUE = ["Share this article", "Advertisement", "Sign up for our newsletter"]

DATELINE = ("LONDON, March 3 (Reuters) - The river board's chief engineer said on "
            "Friday that repairs to the Hammersmith water main were running ahead "
            "of schedule.\n\n"
            "The main should be back in service in the summer, the board said.\n")
DATELINE_MTIME = 1710028800     # 2024-03-10, a week after the dateline's day


def run(args, **kw):
    # absolute: FW_BUILD may be relative, and some runs change the folder
    return subprocess.run([os.path.abspath(FACTWATCHD)] + args, capture_output=True, timeout=30, **kw)


class Usage(unittest.TestCase):

    def test_help_lists_the_main_options(self):
        r = run(["--help"])
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode()
        self.assertTrue(out.startswith("usage: factwatchd "), out[:80])
        for opt in ("--watch DIR", "--bind ENDPOINT", "--state DIR", "--config FILE",
                    "--once PATH", "--version", "--help"):
            self.assertIn(opt, out)
        self.assertEqual(r.stderr, b"")
        self.assertEqual(run(["-h"]).stdout, r.stdout)

    def test_version_prints_one_version_line(self):
        r = run(["--version"])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertRegex(r.stdout.decode(), r"\Afactwatchd \d+\.\d+\.\d+\n\Z")
        self.assertEqual(r.stderr, b"")
        self.assertEqual(run(["-V"]).stdout, r.stdout)

    def test_unknown_option_is_bad_usage(self):
        # bad usage exits 100 (factwatchd(8)) and says why on stderr;
        # nothing is started, so nothing is bound or watched
        for opt in ("--no-such-option", "-x"):
            r = run([opt])
            self.assertEqual(r.returncode, 100, opt)
            self.assertEqual(r.stdout, b"", opt)
            self.assertIn("invalid option %s" % opt, r.stderr.decode())


class OncePaths(unittest.TestCase):
    """source.path under --once: a file's own name, or relative to a folder given."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="fwcli-")
        for rel in ("top.txt", "sub/mid.txt", "sub/deeper/low.txt"):
            p = os.path.join(self.tmp, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "w", encoding="utf-8") as f:
                f.write(FERRY.replace("two-year", rel))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def paths(self, args, cwd=None):
        r = run(["--once"] + args, cwd=cwd)
        self.assertEqual(r.returncode, 0, r.stderr)
        msgs = [json.loads(l) for l in r.stdout.decode().splitlines()]
        for m in msgs:
            validate(m)
        return [m["source"]["path"] for m in msgs], msgs

    def test_once_file_is_named_by_its_own_name(self):
        low = os.path.join(self.tmp, "sub", "deeper", "low.txt")
        paths, [m] = self.paths([low])
        self.assertEqual(paths, ["low.txt"])
        self.assertEqual(m["source"]["size"], os.path.getsize(low))
        self.assertIn("sub/deeper/low.txt", m["text"])      # and it is that file
        # relative and bare names too, and each file of several by its own
        self.assertEqual(self.paths(["deeper/low.txt"], cwd=os.path.join(self.tmp, "sub"))[0],
                         ["low.txt"])
        self.assertEqual(self.paths(["mid.txt", "deeper/low.txt", "../top.txt"],
                                    cwd=os.path.join(self.tmp, "sub"))[0],
                         ["mid.txt", "low.txt", "top.txt"])

    def test_once_folder_paths_keep_its_subfolders(self):
        # test_core covers a flat folder; here the names below it keep
        # their subfolders, and the folder's own path is never part of them
        for arg, cwd in ((self.tmp, None), (self.tmp + "/", None), ("./sub", self.tmp)):
            with self.subTest(arg=arg):
                paths, _ = self.paths([arg], cwd=cwd)
                want = ["sub/deeper/low.txt", "sub/mid.txt", "top.txt"]
                if arg == "./sub":
                    want = ["deeper/low.txt", "mid.txt"]
                self.assertEqual(paths, want)


class StatusProbe:
    """Ask for daemon.status (SIGUSR1) until each listener has seen one:
    then each is connected and subscribed, and no later message is lost
    to the slow-joiner race. A wait on a message, not on a clock."""

    def wait_subscribed(self, probes, tries=100):
        waiting = list(probes)
        for _ in range(tries):
            self.d.proc.send_signal(signal.SIGUSR1)
            waiting = [p for p in waiting if not p()]
            if not waiting:
                return
        raise AssertionError("%d listeners saw no daemon.status" % len(waiting))

    @staticmethod
    def sub_probe(sub):
        def seen():
            got, status = sub.recv(0.2), False
            while got is not None:
                assert not got[0].startswith("article."), got[0]
                status = status or got[0] == "daemon.status"
                got = sub.recv(0.05)
            return status
        return seen


class TwoBinds(StatusProbe, DaemonTest):

    def setUp(self):
        super().setUp()
        self.endpoint2 = "ipc://%s/second.sock" % self.tmp
        self.d.args += ["--bind", self.endpoint2]
        self.sub2 = Subscriber(self.endpoint2)

    def tearDown(self):
        self.sub2.close()
        super().tearDown()

    def test_each_endpoint_gets_the_same_article_message(self):
        self.d.start()
        self.d.wait_ready(idle=lambda: (self.sub.pump(), self.sub2.pump()))
        self.wait_subscribed([self.sub_probe(self.sub), self.sub_probe(self.sub2)])
        self.drop("ferry.txt", FERRY, mtime=MTIME)
        [(t1, m1)] = self.sub.articles(1)
        [(t2, m2)] = self.sub2.articles(1)
        self.assertEqual((t1, t2), ("article.new", "article.new"))
        self.assertEqual(m1["source"]["path"], "ferry.txt")
        self.assertEqual(m1["seq"], 1)
        self.assertEqual(m2["seq"], m1["seq"])
        self.assertEqual(m2["fingerprint"]["sha256"], m1["fingerprint"]["sha256"])
        self.assertEqual(m2, m1)                   # one message, sent to both
        self.assertEqual(self.sub2.quiet(0.5), [])  # and only once


class IncludeTextOff(DaemonTest):
    config = {"include_text": "false"}

    def test_include_text_false_leaves_text_out(self):
        self.start_and_wait_ready()
        self.drop("ferry.txt", FERRY, mtime=MTIME)
        [(_, m)] = self.sub.articles(1)
        self.assertNotIn("text", m)
        self.assertEqual(m["lead"], FERRY_LEAD)
        self.assertEqual([(f["expression"], f["date"]) for f in m["facts"]], FERRY_FACTS)
        # --once reads the same key
        r = run(["--config", self.d.conf, "--once", self.d.path("ferry.txt")])
        self.assertEqual(r.returncode, 0, r.stderr)
        once = json.loads(r.stdout)
        validate(once)
        self.assertNotIn("text", once)
        self.assertEqual(once["lead"], FERRY_LEAD)


class IncludeTextDefault(DaemonTest):

    def test_text_is_included_by_default(self):
        self.start_and_wait_ready()
        self.drop("ferry.txt", FERRY, mtime=MTIME)
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["text"], FERRY_TEXT)
        self.assertEqual(m["lead"], FERRY_LEAD)
        self.assertEqual([(f["expression"], f["date"]) for f in m["facts"]], FERRY_FACTS)


class Lines:
    """Lines from a child's stdout, read without blocking past a timeout."""

    def __init__(self, proc):
        self.proc, self.buf = proc, b""

    def line(self, timeout):
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.proc.stdout], [], [], left)[0]:
                return None
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                return None
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return line.decode("utf-8")


class ReadableSub(StatusProbe, DaemonTest):

    def test_factwatch_sub_prints_readable_lines(self):
        self.d.start()
        self.d.wait_ready(idle=self.sub.pump)
        proc = subprocess.Popen([SUB, "-c", self.d.endpoint, "--count", "1", "--timeout", "10"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            out = Lines(proc)

            def sub_saw_status():
                line = out.line(0.2)
                while line is not None and not line.startswith("[daemon.status]"):
                    line = out.line(0.05)
                return line is not None
            self.wait_subscribed([self.sub_probe(self.sub), sub_saw_status])
            self.drop("ferry.txt", FERRY, mtime=MTIME)
            [(_, m)] = self.sub.articles(1)
            rest, err = proc.communicate(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
        self.assertEqual(proc.returncode, 0, err)      # --count 1 reached
        lines = [l for l in (out.buf + rest).decode("utf-8").splitlines()
                 if not l.startswith("[daemon.status]")]
        # "#SEQ EVENT PATH  DATE  TITLE", then one line per fact, key ones starred
        self.assertEqual(lines[0], "#1 new      ferry.txt  2023-06-07  Night ferry to return in June")
        self.assertEqual(m["seq"], 1)
        self.assertRegex(lines[2], r"^    \* 2023-06-06 on Tuesday +The island council said on Tuesday")
        self.assertRegex(lines[4], r"^      2023-W24   next week +Tickets go on sale next week")
        self.assertEqual(lines[1:], ["    %s %-10s %-24s %s" % ("*" if f["key"] else " ", f["date"],
                                                               f["expression"], f["sentence"])
                                     for f in m["facts"]])


class DocumentFields(DaemonTest):
    """document.encoding, .repaired, .boilerplate_lines and .date_source as published."""

    def drop_bytes(self, rel, data, mtime=MTIME):
        tmp = os.path.join(self.tmp, "incoming")
        with open(tmp, "wb") as f:
            f.write(data)
        os.utime(tmp, (mtime, mtime))
        os.rename(tmp, self.d.path(rel))

    def both(self, odd, plain):
        """Publish the odd file and its plain UTF-8 twin: (odd, plain) summaries."""
        self.start_and_wait_ready()
        self.drop_bytes("odd.txt", odd)
        self.drop_bytes("plain.txt", plain.encode("utf-8"))
        got = {m["source"]["path"]: m for _, m in self.sub.articles(2)}
        return got["odd.txt"], got["plain.txt"]

    def test_windows_1252_is_named_and_decoded(self):
        odd, plain = self.both(CAFE.encode("cp1252"), CAFE)
        self.assertEqual(odd["document"]["encoding"], "windows-1252")
        self.assertEqual(plain["document"]["encoding"], "utf-8")
        self.assertEqual(odd["document"]["title"], "Caf\u00e9 owners back late licence")
        self.assertEqual(odd["text"], CAFE.split("\n\n")[1].strip())
        self.assertEqual(odd["text"], plain["text"])
        self.assertFalse(odd["document"]["repaired"])

    def test_mojibake_is_repaired_and_flagged(self):
        # UTF-8 read as Windows-1252 and saved again as UTF-8: "é" -> "Ã©"
        moji = BAKERY.encode("utf-8").decode("cp1252").encode("utf-8")
        self.assertIn("Ã©".encode(), moji)
        odd, plain = self.both(moji, BAKERY)
        self.assertTrue(odd["document"]["repaired"])
        self.assertFalse(plain["document"]["repaired"])     # honest text is left alone
        self.assertEqual(odd["document"]["encoding"], "utf-8")
        self.assertEqual(odd["document"]["title"], "Bakery wins regional prize")
        self.assertEqual(odd["text"], "\n\n".join(p.strip() for p in BAKERY.split("\n\n")[1:]))
        self.assertEqual(odd["text"], plain["text"])
        self.assertIn("Sainte-H\u00e9l\u00e8ne", odd["lead"])
        self.assertNotIn("\u00c3", json.dumps(odd, ensure_ascii=False))

    def test_boilerplate_lines_are_dropped_and_counted(self):
        p = TRAM_PARAS
        odd = "\n\n".join([TRAM_TITLE, p[0], RESIDUE[0], p[1], RESIDUE[1], RESIDUE[2], p[2]]) + "\n"
        clean = "\n\n".join([TRAM_TITLE] + p) + "\n"
        odd_m, plain = self.both(odd.encode("utf-8"), clean)
        self.assertEqual(odd_m["document"]["boilerplate_lines"], len(RESIDUE))
        self.assertEqual(plain["document"]["boilerplate_lines"], 0)
        self.assertEqual(odd_m["text"], "\n\n".join(p))
        self.assertEqual(odd_m["text"], plain["text"])
        self.assertEqual(odd_m["document"]["title"], TRAM_TITLE)
        published = json.dumps(odd_m, ensure_ascii=False)
        for line in RESIDUE:
            self.assertNotIn(line, published)

    def test_dateline_dates_the_article(self):
        self.start_and_wait_ready()
        self.drop_bytes("main.txt", DATELINE.encode("utf-8"), mtime=DATELINE_MTIME)
        [(_, m)] = self.sub.articles(1)
        doc = m["document"]
        # "March 3" from the dateline, in the year the file's mtime gives
        self.assertEqual((doc["date"], doc["date_source"]), ("2024-03-03", "dateline"))
        self.assertEqual(doc["dateline"], "LONDON")
        self.assertTrue(m["lead"].startswith("The river board's chief engineer said on Friday"),
                        m["lead"])
        self.assertNotIn("Reuters", m["text"])
        # and the facts are placed against it: the Friday before Sunday, March 3
        self.assertIn(("on Friday", "2024-03-01"),
                      [(f["expression"], f["date"]) for f in m["facts"]])
