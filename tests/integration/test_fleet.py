# SPDX-License-Identifier: MIT
"""test_fleet.py - three daemons in three network namespaces publish through one factwatch-proxy in a fourth."""
import json
import os
import shutil
import subprocess
import tempfile
import time
import unittest

import fw
from test_subscribers import article

PROXY = os.path.join(fw.BUILD, "factwatch-proxy")
KEYGEN = os.path.join(fw.BUILD, "factwatch-keygen")
SITES = ("a", "b", "c")
PER_SITE = 60


def ip(*args, check=True):
    return subprocess.run(["ip"] + list(args), capture_output=True, check=check)


def netns_refusal():
    """None when this process may create network namespaces, else why not."""
    if shutil.which("ip") is None:
        return "iproute2 (ip) is not installed"
    name = "fwprobe%d" % os.getpid()
    p = ip("netns", "add", name, check=False)
    if p.returncode != 0:
        return "ip netns add is not permitted here: %s" % p.stderr.decode().strip()
    ip("netns", "del", name, check=False)
    return None


REFUSAL = netns_refusal()


@unittest.skipIf(REFUSAL, REFUSAL or "")
class Fleet(unittest.TestCase):
    """ns P holds the proxy and the subscriber; ns A, B, C a daemon each,
    joined to P by a veth pair on 10.231.K.0/24 (P is .1, the site .2)."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="fwtest-")
        self.tag = "%d" % (os.getpid() % 100000)
        self.ns = {k: "fwt%s%s" % (self.tag, k) for k in ("p",) + SITES}
        self.procs = []
        self.addCleanup(self.cleanup)
        for ns in self.ns.values():
            ip("netns", "add", ns)
            ip("-n", ns, "link", "set", "lo", "up")
        for k, site in enumerate(SITES, 1):
            a, b = "fw%s%sp" % (self.tag, site), "fw%s%ss" % (self.tag, site)
            ip("link", "add", a, "type", "veth", "peer", "name", b)
            ip("link", "set", a, "netns", self.ns["p"])
            ip("link", "set", b, "netns", self.ns[site])
            ip("-n", self.ns["p"], "addr", "add", "10.231.%d.1/24" % k, "dev", a)
            ip("-n", self.ns[site], "addr", "add", "10.231.%d.2/24" % k, "dev", b)
            ip("-n", self.ns["p"], "link", "set", a, "up")
            ip("-n", self.ns[site], "link", "set", b, "up")

    def cleanup(self):
        for p in self.procs:
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
                    p.wait()
        for ns in self.ns.values():
            ip("netns", "del", ns, check=False)     # takes its veth ends along
        if os.environ.get("FW_KEEP"):
            print("\n(kept %s)" % self.tmp)
        else:
            shutil.rmtree(self.tmp, ignore_errors=True)

    def run_in(self, ns, cmd, log, **kw):
        out = open(os.path.join(self.tmp, log), "ab")
        p = subprocess.Popen(["ip", "netns", "exec", self.ns[ns]] + cmd, stdout=kw.get(
            "stdout", out), stderr=out)
        self.procs.append(p)
        return p

    def keys(self, *names):
        """CURVE keys in tmp/keys; hub, the sites and reader admitted."""
        self.keydir = os.path.join(self.tmp, "keys")
        self.allow = os.path.join(self.tmp, "allow")
        os.makedirs(self.keydir)
        os.makedirs(self.allow)
        for n in names:
            subprocess.check_call([KEYGEN, os.path.join(self.keydir, n)])
            if n != "intruder":
                shutil.copy(os.path.join(self.keydir, n + ".pub"), self.allow)

    def key(self, name):
        return os.path.join(self.keydir, name)

    def site_security(self, site, curve):
        if not curve:
            return ["--insecure"]       # plain TCP to the hub: said out loud
        return ["--curve-secret", self.key(site + ".key"), "--curve-clients", self.allow,
                "--connect-server-key", self.key("hub.pub")]

    def start_site(self, k, site, curve):
        watch = os.path.join(self.tmp, site, "watch")
        os.makedirs(watch)
        conf = os.path.join(self.tmp, site, "conf")
        with open(conf, "w") as f:
            f.write("startup_delay_ms = 300\nstatus_interval = 0\nsettle_ms = 300\n")
        return self.run_in(site, [
            fw.FACTWATCHD, "--watch", watch, "--state", os.path.join(self.tmp, site, "state"),
            "--config", conf, "--bind", "ipc://%s/%s/pub.sock" % (self.tmp, site),
            "--snapshot-bind", "none", "--source-id", "site-" + site,
            "--connect", "tcp://10.231.%d.1:6000" % k, "-v"] +
            self.site_security(site, curve), "%s.log" % site)

    def reader(self, who, curve, log, *args):
        sec = ["--curve-server-key", self.key("hub.pub"), "--curve-secret",
               self.key(who + ".key")] if curve else []
        return self.run_in("p", [fw.SUB, "-c", "tcp://127.0.0.1:6001", "--json",
                                 "--topic", "article."] + sec + list(args), log,
                           stdout=subprocess.PIPE)

    def test_three_sites_through_one_proxy(self):
        self.fleet(curve=False)

    def test_three_sites_through_one_proxy_with_curve(self):
        """CURVE on both sides of the proxy: sites and readers by key."""
        self.keys("hub", "a", "b", "c", "reader", "intruder")
        intruder = self.fleet(curve=True)
        out, _ = intruder.communicate(timeout=30)
        self.assertEqual(out, b"")
        self.assertEqual(intruder.returncode, 4)    # refused, and said so

    def fleet(self, curve):
        sec = ["--curve-secret", self.key("hub.key"), "--curve-clients",
               self.allow] if curve else ["--insecure"]
        self.run_in("p", [PROXY] + sum((["--xsub-bind", "tcp://10.231.%d.1:6000" % k]
                                        for k in (1, 2, 3)), []) +
                    ["--xpub-bind", "tcp://127.0.0.1:6001"] + sec, "proxy.log")
        time.sleep(0.3)
        sub = self.reader("reader", curve, "sub.log", "--count", str(3 * PER_SITE),
                          "--timeout", "30")
        intruder = self.reader("intruder", curve, "intruder.log", "--timeout",
                               "5") if curve else None
        for k, site in enumerate(SITES, 1):
            self.start_site(k, site, curve)
        time.sleep(1.5)     # daemons ready, connected, subscriptions upstream
        t0 = time.monotonic()
        for i in range(PER_SITE):
            for site in SITES:
                path = os.path.join(self.tmp, site, "watch", "%s%03d.txt" % (site, i))
                with open(path + ".part", "w") as f:
                    f.write(article(i))
                os.rename(path + ".part", path)
        out, _ = sub.communicate(timeout=60)
        elapsed = time.monotonic() - t0
        with open(os.path.join(self.tmp, "sub.log")) as f:
            err = f.read()
        self.assertEqual(sub.returncode, 0, err)
        self.assertNotIn("gap", err)
        by_source = {}
        for line in out.decode().splitlines():
            m = json.loads(line)
            fw.validate(m)
            by_source.setdefault(m["source_id"], []).append(m["seq"])
        self.assertEqual(sorted(by_source), ["site-a", "site-b", "site-c"])
        for src, seqs in by_source.items():
            self.assertEqual(seqs, list(range(1, PER_SITE + 1)), src)
        print("  %d articles from 3 namespaces through the proxy in %.1f s" %
              (3 * PER_SITE, elapsed), end="")
        return intruder


class RepeatedConnect(fw.DaemonTest):
    """--connect A --connect B publishes into both proxies, as the file's
    space-separated list does (the second used to replace the first)."""

    def test_both_endpoints_are_connected(self):
        a = "ipc://%s/proxy-a" % self.tmp
        b = "ipc://%s/proxy-b" % self.tmp
        self.d.args = ["--connect", a, "--connect", b]
        self.start_and_wait_ready()
        log = self.d.log_text()
        self.assertIn("connecting endpoint=%s" % a, log)
        self.assertIn("connecting endpoint=%s" % b, log)


class TwoFoldersOneHost(unittest.TestCase):
    """SCALING.md step 2: two daemons on one machine through one proxy.
    Left at its default, source_id must still tell them apart: with the
    host name alone one daemon's seq 1 was the other's duplicate, dropped
    without a word."""

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="fwtest-")
        self.procs = []

    def tearDown(self):
        for d in getattr(self, "daemons", []):
            d.stop()
        for p in self.procs:
            p.kill()
            p.wait()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def test_default_source_ids_differ(self):
        xsub, xpub = "ipc://%s/in" % self.tmp, "ipc://%s/out" % self.tmp
        self.procs.append(subprocess.Popen([PROXY, "--xsub-bind", xsub, "--xpub-bind", xpub],
                                           stderr=subprocess.DEVNULL))
        self.daemons = [fw.Daemon(os.path.join(self.tmp, k), args=["--connect", xsub])
                        for k in ("one", "two")]
        for d in self.daemons:
            d.start()
            d.wait_ready()
        sub = subprocess.Popen([fw.SUB, "-c", xpub, "--json", "--topic", "article.",
                                "--count", "6", "--timeout", "10"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.0)
        for i in range(3):
            for k, d in enumerate(self.daemons):
                with open(d.path("a%d.txt" % i), "w") as f:
                    f.write(article(10 * k + i))
        out, err = sub.communicate(timeout=30)
        msgs = [json.loads(l) for l in out.decode().splitlines()]
        self.assertEqual(sub.returncode, 0, err.decode())
        self.assertEqual(len({m["source_id"] for m in msgs}), 2, msgs)
        self.assertEqual(len(msgs), 6)


class ProxyUsage(unittest.TestCase):
    def test_bad_hwm_is_bad_usage(self):
        # atoi read "10k" as 10 and "lots" as 0, which ZeroMQ takes for no
        # limit at all: a typo let the proxy queue without bound
        tmp = tempfile.mkdtemp(prefix="fwtest-")
        self.addCleanup(shutil.rmtree, tmp, True)
        for hwm in ("lots", "10k", "-5", "", "99999999999"):
            p = subprocess.run([PROXY, "--xsub-bind", "ipc://%s/in" % tmp, "--xpub-bind",
                                "ipc://%s/out" % tmp, "--hwm", hwm], capture_output=True,
                               timeout=10)
            self.assertEqual(p.returncode, 100, (hwm, p.stderr.decode()))
            self.assertIn(b"--hwm", p.stderr)

    def test_plain_text_off_loopback_needs_insecure(self):
        # as factwatchd: anyone who can reach a plain tcp bind reads (and
        # on the XSUB side publishes) everything
        for args in (["--xsub-bind", "tcp://10.231.9.1:6000", "--xpub-bind",
                      "tcp://127.0.0.1:6001"],
                     ["--xsub-bind", "tcp://127.0.0.1:6000", "--xpub-bind",
                      "tcp://0.0.0.0:6001"]):
            p = subprocess.run([PROXY] + args, capture_output=True, timeout=10)
            self.assertEqual(p.returncode, 100, p.stderr.decode())
            self.assertIn(b"--insecure", p.stderr)
