# SPDX-License-Identifier: MIT
"""test_curve.py - CURVE with a ZAP allow-list: admitted keys read, unknown keys and plain TCP get nothing."""
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

import zmq
from zmq.utils.monitor import recv_monitor_message

import fw

sys.path.insert(0, os.path.join(fw.ROOT, "clients", "python"))
import factwatch_sub  # noqa: E402

KEYGEN = os.path.join(fw.BUILD, "factwatch-keygen")
TEXT = " date 2024-05-14\nThe council met on Tuesday to approve budget number %d.\n"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Curve(fw.DaemonTest):
    def setUp(self):
        self.tmp = fw.tempfile.mkdtemp(prefix="fwtest-")
        self.keys = os.path.join(self.tmp, "keys")
        self.allow = os.path.join(self.tmp, "allow")
        os.makedirs(self.keys)
        os.makedirs(self.allow)
        for name in ("server", "alice", "mallory"):
            subprocess.check_call([KEYGEN, os.path.join(self.keys, name)])
        shutil.copy(self.key("alice.pub"), self.allow)
        self.pub = "tcp://127.0.0.1:%d" % free_port()
        self.snap = "tcp://127.0.0.1:%d" % free_port()
        self.d = fw.Daemon(self.tmp, args=[
            "--bind", self.pub, "--snapshot-bind", self.snap,
            "--curve-secret", self.key("server.key"), "--curve-clients", self.allow])
        self.sub = fw.Subscriber(self.pub)         # plain TCP: must get nothing

    def key(self, name):
        return os.path.join(self.keys, name)

    def client(self, who, *extra):
        return subprocess.Popen(
            [fw.SUB, "-c", self.pub, "--snapshot-connect", self.snap, "--json",
             "--curve-server-key", self.key("server.pub"),
             "--curve-secret", self.key(who + ".key")] + list(extra),
            stdout=subprocess.PIPE, stderr=subprocess.PIPE)

    def test_keys_are_z85_and_the_secret_is_private(self):
        self.assertEqual(os.stat(self.key("alice.key")).st_mode & 0o777, 0o600)
        for n in ("alice.key", "alice.pub"):
            self.assertEqual(len(factwatch_sub.read_key(self.key(n))), 40)
        self.assertNotEqual(subprocess.call([KEYGEN, self.key("alice")],
                                            stderr=subprocess.DEVNULL), 0)

    def test_keygen_never_leaves_half_a_pair(self):
        # NAME.pub kept, NAME.key lost: a new secret beside the old public
        # key would be a pair that does not match, so nothing is written.
        os.unlink(self.key("alice.key"))
        with open(self.key("alice.pub"), "rb") as f:
            public = f.read()
        self.assertEqual(subprocess.call([KEYGEN, self.key("alice")],
                                         stderr=subprocess.DEVNULL), 111)
        self.assertFalse(os.path.exists(self.key("alice.key")))
        with open(self.key("alice.pub"), "rb") as f:
            self.assertEqual(f.read(), public)

    def test_admitted_reads_unknown_and_plain_get_nothing(self):
        self.start_and_wait_ready()
        for i in range(2):
            self.drop("a%d.txt" % i, TEXT % i)
        time.sleep(1.0)
        alice = self.client("alice", "--snapshot", "--count", "3", "--timeout", "10")
        mallory = self.client("mallory", "--timeout", "3")
        time.sleep(1.0)
        self.drop("a2.txt", TEXT % 2)
        out, err = alice.communicate(timeout=30)
        self.assertEqual(alice.returncode, 0, err)
        seqs = sorted(int(l.split(b'"seq":')[1].split(b",")[0]) for l in out.splitlines())
        self.assertEqual(seqs, [1, 2, 3])
        out, err = mallory.communicate(timeout=30)
        self.assertEqual(mallory.returncode, 4, err)    # refused, and said so
        self.assertEqual(out, b"")
        self.assertEqual(self.sub.quiet(0.5), [])
        self.assertIn("zap: refused key=", self.d.log_text())

    def test_python_client_with_keys(self):
        self.start_and_wait_ready()
        self.drop("p.txt", TEXT % 7)
        time.sleep(1.0)
        s = factwatch_sub.Subscriber(self.pub, snapshot=True, snapshot_connect=self.snap,
                                     curve_server_key=self.key("server.pub"),
                                     curve_secret=self.key("alice.key"))
        m = s.next(10)
        self.assertEqual((m.topic, m.body["source"]["path"]), ("article.new", "p.txt"))
        self.assertTrue(s.next(10).end)
        s.close()
        s = factwatch_sub.Subscriber(self.pub, snapshot=True, snapshot_connect=self.snap,
                                     curve_server_key=self.key("server.pub"),
                                     curve_secret=self.key("mallory.key"))
        with self.assertRaises(factwatch_sub.Refused):
            s.next(5)
        s.close()

    def test_public_key_as_secret_is_refused_by_both_clients(self):
        # factwatch-sub refused alice.pub as --curve-secret; the Python
        # client took it (both halves are 40 Z85 characters), derived a
        # wrong public key from it, and was refused by the server later
        args = ["-c", self.pub, "--snapshot-connect", self.snap, "--snapshot",
                "--curve-server-key", self.key("server.pub"),
                "--curve-secret", self.key("alice.pub"), "--timeout", "2"]
        for cmd in ([fw.SUB], ["/usr/bin/python3", factwatch_sub.__file__]):
            p = subprocess.run(cmd + args, capture_output=True, timeout=30)
            self.assertEqual(p.returncode, 2, (cmd, p.stderr.decode()))
            self.assertIn(b"public key", p.stderr)
        with self.assertRaisesRegex(ValueError, "public key"):
            factwatch_sub.Subscriber(self.pub, curve_server_key=self.key("server.pub"),
                                     curve_secret=self.key("alice.pub"))

    def test_refused_clients_close_without_wedging_the_context(self):
        # A refused client's second socket is still shaking hands when the
        # first refusal is seen; its refusal is a monitor event, and sending
        # it to a monitor already closed blocks libzmq's I/O thread for good
        # (libzmq#3575), and with it every socket of the context. Close many
        # refused clients at once, then read on the same context.
        self.start_and_wait_ready()
        self.drop("r.txt", TEXT % 3)
        time.sleep(1.0)
        for _ in range(12):
            s = factwatch_sub.Subscriber(self.pub, snapshot=True, snapshot_connect=self.snap,
                                         curve_server_key=self.key("server.pub"),
                                         curve_secret=self.key("mallory.key"))
            with self.assertRaises(factwatch_sub.Refused):
                s.next(5)           # one socket refused, the other in flight
            s.close()
        s = factwatch_sub.Subscriber(self.pub, snapshot=True, snapshot_connect=self.snap,
                                     curve_server_key=self.key("server.pub"),
                                     curve_secret=self.key("alice.key"))
        self.addCleanup(s.close)
        m = s.next(10)
        self.assertIsNotNone(m, "the context stopped delivering after refused clients")
        self.assertEqual(m.body["source"]["path"], "r.txt")

    def test_snapshot_endpoint_refuses_an_unknown_key(self):
        self.start_and_wait_ready()
        self.drop("a.txt", TEXT % 1)
        time.sleep(1.0)
        ctx = zmq.Context.instance()
        d = ctx.socket(zmq.DEALER)
        secret = factwatch_sub.read_key(self.key("mallory.key"))
        d.curve_serverkey = factwatch_sub.read_key(self.key("server.pub"))
        d.curve_secretkey = secret
        d.curve_publickey = zmq.curve_public(secret)
        mon = factwatch_sub.monitor(d, zmq.EVENT_HANDSHAKE_FAILED_AUTH)
        p = ctx.socket(zmq.DEALER)

        def close():        # the monitor first: see the test above
            d.disable_monitor()
            for s in (mon, d, p):
                s.close(0)
        self.addCleanup(close)
        d.connect(self.snap)
        d.send_multipart([b"factwatch.snapshot/1", b"", b"0"])
        self.assertTrue(mon.poll(5000), "no authentication failure reported")
        self.assertEqual(recv_monitor_message(mon)["event"], zmq.EVENT_HANDSHAKE_FAILED_AUTH)
        self.assertFalse(d.poll(1000), "an unknown key got a snapshot")
        # plain (no CURVE) to the snapshot endpoint: nothing either
        p.connect(self.snap)
        p.send_multipart([b"factwatch.snapshot/1", b"", b"0"])
        self.assertFalse(p.poll(1000), "plain TCP got a snapshot")

    def test_sighup_admits_a_new_key(self):
        self.start_and_wait_ready()
        self.drop("a.txt", TEXT % 1)
        time.sleep(1.0)
        shutil.copy(self.key("mallory.pub"), self.allow)
        self.d.proc.send_signal(signal.SIGHUP)
        time.sleep(0.5)
        mallory = self.client("mallory", "--snapshot", "--count", "1", "--timeout", "10")
        out, err = mallory.communicate(timeout=30)
        self.assertEqual(mallory.returncode, 0, err)
        self.assertIn(b'"a.txt"', out)
        self.assertIn("admitting 2 CURVE keys", self.d.log_text())

    def test_sighup_cuts_off_a_removed_key(self):
        """A key taken out of the folder stops reading on SIGHUP, also
        over a connection it had made before; the others read on. The
        daemon also connects to a (missing) CURVE proxy as a client: its
        endpoints must come back as CURVE servers all the same."""
        shutil.copy(self.key("mallory.pub"), self.allow)
        self.d.args += ["--connect", "ipc://%s/hub" % self.tmp,
                        "--connect-server-key", self.key("server.pub")]
        self.start_and_wait_ready()
        self.drop("a.txt", TEXT % 1)
        time.sleep(1.0)
        alice = self.client("alice", "--snapshot", "--count", "2", "--timeout", "15")
        mallory = self.client("mallory", "--snapshot", "--timeout", "15")
        time.sleep(1.5)                     # both have a.txt and wait
        os.unlink(os.path.join(self.allow, "mallory.pub"))
        self.d.proc.send_signal(signal.SIGHUP)
        time.sleep(1.0)
        self.drop("b.txt", TEXT % 2)
        out, err = mallory.communicate(timeout=30)
        self.assertIn(b'"a.txt"', out)
        self.assertNotIn(b'"b.txt"', out)
        self.assertEqual(mallory.returncode, 4, err)
        out, err = alice.communicate(timeout=30)
        self.assertEqual(alice.returncode, 0, err)
        self.assertIn(b'"b.txt"', out)

    def test_plain_connect_to_a_local_proxy(self):
        """CURVE on the daemon's binds, and a plain proxy on this machine
        (no --connect-server-key, as check_exposure allows): the connect
        must be plain, not a CURVE server that the proxy cannot talk to."""
        xsub, xpub = "ipc://%s/in" % self.tmp, "ipc://%s/out" % self.tmp
        proxy = subprocess.Popen([os.path.join(fw.BUILD, "factwatch-proxy"), "--xsub-bind",
                                  xsub, "--xpub-bind", xpub], stderr=subprocess.DEVNULL)
        self.addCleanup(proxy.wait)
        self.addCleanup(proxy.terminate)
        self.d.args += ["--connect", xsub]
        self.start_and_wait_ready()
        reader = subprocess.Popen([fw.SUB, "-c", xpub, "--json", "--topic", "article.",
                                   "--count", "1", "--timeout", "10"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        time.sleep(1.0)
        self.drop("a.txt", TEXT % 1)
        out, err = reader.communicate(timeout=30)
        self.assertEqual(reader.returncode, 0, err)
        self.assertIn(b'"a.txt"', out)


class Exposure(fw.unittest.TestCase):
    """Plain TCP beyond loopback needs CURVE, or --insecure said out loud."""

    def run_daemon(self, *args):
        tmp = fw.tempfile.mkdtemp(prefix="fwtest-")
        try:
            os.makedirs(os.path.join(tmp, "w"))
            p = subprocess.run([fw.FACTWATCHD, "--watch", os.path.join(tmp, "w"), "--state",
                                os.path.join(tmp, "s")] + list(args),
                               capture_output=True, timeout=10)
            return p.returncode, p.stderr.decode()
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def test_public_bind_without_curve_is_refused(self):
        # 192.0.2.1 (TEST-NET-1) is never ours: even --insecure fails to bind.
        rc, err = self.run_daemon("--bind", "tcp://192.0.2.1:5556")
        self.assertEqual(rc, 100)           # no restart mends it
        self.assertIn("without CURVE", err)
        rc, err = self.run_daemon("--bind", "tcp://192.0.2.1:5556", "--insecure")
        self.assertNotIn("without CURVE", err)

    def test_an_unknown_transport_is_invalid_not_exposed(self):
        # "foo://bar" is no loopback either: it was refused "without
        # CURVE", which sent the operator after keys for a typo
        for opt in ("--bind", "--snapshot-bind", "--connect"):
            rc, err = self.run_daemon(opt, "foo://bar")
            self.assertEqual(rc, 100, opt)
            self.assertIn("invalid endpoint foo://bar: unknown transport foo://", err, opt)
            self.assertNotIn("CURVE", err, opt)

    def test_curve_without_allow_list_is_refused(self):
        rc, err = self.run_daemon("--bind", "ipc:///tmp/fw-none.sock", "--curve-secret", "/x")
        self.assertEqual(rc, 100)
        self.assertIn("--curve-clients", err)
