# SPDX-License-Identifier: MIT
"""test_install.py - make install into a temporary DESTDIR puts every file in its standard place."""
import filecmp
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from fw import BUILD, ROOT

BINARIES = ("usr/sbin/factwatchd", "usr/bin/factwatch-sub", "usr/bin/factwatch-keygen",
            "usr/bin/factwatch-proxy", "usr/bin/factwatch-nats")
MAN_PAGES = ("man8/factwatchd.8", "man1/factwatch-sub.1", "man1/factwatch-nats.1",
             "man5/factwatchd.conf.5")


def make(*args):
    # The build being tested; a sanitizer build (make test SANITIZE=1) must
    # be relinked with its flags if anything changed.
    flags = ["BUILD=" + BUILD] + (["SANITIZE=1"] if os.path.basename(BUILD) == "build-san" else [])
    r = subprocess.run(["make", "--no-print-directory", "-C", ROOT] + flags + list(args),
                       capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        raise AssertionError("make %s failed:\n%s%s" % (" ".join(args), r.stdout[-2000:], r.stderr[-2000:]))
    return r


def conf_keys(path):
    """key -> value of every "key = value" line, commented-out or not."""
    keys = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^#?([a-z_]+) = ?(.*)$", line.rstrip("\n"))
            if m:
                keys.setdefault(m.group(1), m.group(2))
    return keys


@unittest.skipUnless(shutil.which("scdoc"), "scdoc is not installed (Debian package scdoc)")
class Install(unittest.TestCase):

    def setUp(self):
        self.dest = tempfile.mkdtemp(prefix="fwinstall-")

    def tearDown(self):
        shutil.rmtree(self.dest, ignore_errors=True)

    def p(self, rel):
        return os.path.join(self.dest, rel.lstrip("/"))

    def assertInstalled(self, rel, mode):
        st = os.stat(self.p(rel))
        self.assertEqual(oct(st.st_mode & 0o777), oct(mode), rel)

    def test_prefix_usr_like_a_package(self):
        make("install", "DESTDIR=" + self.dest, "PREFIX=/usr")
        for rel in BINARIES:
            self.assertInstalled(rel, 0o755)
            self.assertTrue(filecmp.cmp(self.p(rel), os.path.join(BUILD, os.path.basename(rel)),
                                        shallow=False), rel)
        unitdir = subprocess.run(["pkg-config", "--variable=systemdsystemunitdir", "systemd"],
                                 capture_output=True, text=True).stdout.strip() or "/lib/systemd/system"
        unit = unitdir + "/factwatchd.service"
        self.assertInstalled(unit, 0o644)
        self.assertInstalled("etc/factwatch/factwatchd.conf", 0o644)
        for page in MAN_PAGES:
            self.assertInstalled("usr/share/man/" + page, 0o644)
            with open(self.p("usr/share/man/" + page), encoding="utf-8") as f:
                name, section = os.path.basename(page).rsplit(".", 1)
                self.assertRegex(f.read(), r'(?m)^\.TH "%s" "%s"' % (re.escape(name), section))
        self.assertInstalled("usr/share/doc/factwatch/summary.schema.json", 0o644)
        with open(self.p(unit), encoding="utf-8") as f:
            self.assertIn("ExecStart=/usr/sbin/factwatchd --config /etc/factwatch/factwatchd.conf\n",
                          f.read())

    def test_prefix_usr_local_and_the_installed_unit_verifies(self):
        make("install", "DESTDIR=" + self.dest)
        unit = self.p("usr/local/lib/systemd/system/factwatchd.service")
        with open(unit, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("ExecStart=/usr/local/sbin/factwatchd --config /etc/factwatch/factwatchd.conf\n", text)
        for page in MAN_PAGES:
            self.assertTrue(os.path.exists(self.p("usr/local/share/man/" + page)), page)
        if shutil.which("systemd-analyze"):
            # Point ExecStart at the binary in DESTDIR: verify checks it exists.
            with open(unit, "w", encoding="utf-8") as f:
                f.write(text.replace("/usr/local/sbin/factwatchd", self.p("usr/local/sbin/factwatchd")))
            r = subprocess.run(["systemd-analyze", "verify", "--man=no", unit],
                               capture_output=True, text=True, timeout=60)
            self.assertEqual((r.stdout + r.stderr).strip(), "")

    def test_reinstall_keeps_the_configuration_uninstall_too(self):
        make("install", "DESTDIR=" + self.dest, "PREFIX=/usr")
        conf = self.p("etc/factwatch/factwatchd.conf")
        with open(conf, "a", encoding="utf-8") as f:
            f.write("log_level = debug\n")
        make("install", "DESTDIR=" + self.dest, "PREFIX=/usr")
        with open(conf, encoding="utf-8") as f:
            self.assertIn("log_level = debug\n", f.read())
        make("uninstall", "DESTDIR=" + self.dest, "PREFIX=/usr")
        left = [os.path.relpath(os.path.join(d, n), self.dest)
                for d, _, names in os.walk(self.dest) for n in names]
        self.assertEqual(left, ["etc/factwatch/factwatchd.conf"])


class ExampleConfig(unittest.TestCase):
    """etc/factwatchd.conf documents every key with its default, and loads."""

    conf = os.path.join(ROOT, "etc", "factwatchd.conf")

    def test_every_key_and_default(self):
        keys = conf_keys(self.conf)
        man = open(os.path.join(ROOT, "docs", "man", "factwatchd.conf.5.scd"), encoding="utf-8").read()
        documented = set(re.findall(r"(?m)^\*([a-z_]+)\* = ", man))
        self.assertEqual(set(keys), documented)
        # The README's table gives the defaults: the commented-out lines agree.
        readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
        rows = re.findall(r"(?m)^\| `([a-z_]+)`", readme)
        self.assertEqual(sorted(rows), sorted(set(rows)), "a key twice in README's table")
        self.assertEqual(set(rows), documented)
        for key, default in re.findall(r"(?m)^\| `([a-z_]+)` \| `([^`]*)` \|", readme):
            if key in ("watch", "state", "bind"):
                continue        # the example sets the service's paths
            self.assertIn(key, keys)
            self.assertEqual(keys[key], default, key)

    def test_loads_with_every_key_uncommented(self):
        tmp = tempfile.mkdtemp(prefix="fwconf-")
        try:
            path = os.path.join(tmp, "all.conf")
            with open(self.conf, encoding="utf-8") as f, open(path, "w", encoding="utf-8") as out:
                for line in f:
                    out.write(re.sub(r"^#([a-z_]+ =)", r"\1", line))
            r = subprocess.run([os.path.join(BUILD, "factwatchd"), "--config", path, "--once", "-"],
                               input="Harbour pilots voted to strike on Monday.\n",
                               capture_output=True, text=True, timeout=30)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertIn('"schema":"factwatch.summary/1"', r.stdout)
            self.assertNotIn("warning", r.stderr)      # "#*#" is a glob
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
