# SPDX-License-Identifier: MIT
# fwbench.py - helpers shared by the benchmark drivers: processes, readiness, RSS, statistics.
import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import time

import zmq

BENCH = os.path.dirname(os.path.abspath(__file__))


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def endpoint():
    return "tcp://127.0.0.1:%d" % free_port()


def fresh_dir(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    return path


def link_files(src_dir, names, dst_dir):
    """Hard-link names from src_dir into dst_dir (cheap copies to rename)."""
    for n in names:
        os.link(os.path.join(src_dir, n), os.path.join(dst_dir, n))


def corpus_names(d, n=None):
    names = sorted(x for x in os.listdir(d) if not x.startswith("."))
    return names if n is None else names[:n]


def proc_status(pid):
    """VmRSS, VmHWM, RssAnon and RssFile of pid in KiB, from /proc."""
    out = {}
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                out[k] = int(v.split()[0])
    return out


class Notify:
    """An AF_UNIX datagram socket standing in for systemd's NOTIFY_SOCKET."""

    def __init__(self, path):
        self.path = path
        if os.path.exists(path):
            os.unlink(path)
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(path)

    def wait_ready(self, timeout):
        """Seconds (monotonic) at which READY=1 arrived, or None."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.sock.settimeout(max(0.001, end - time.monotonic()))
            try:
                msg = self.sock.recv(4096)
            except socket.timeout:
                return None
            if b"READY=1" in msg.split(b"\n"):
                return time.monotonic()
        return None

    def close(self):
        self.sock.close()
        os.unlink(self.path)


def write_config(path, **kv):
    with open(path, "w") as f:
        for k, v in kv.items():
            f.write("%s = %s\n" % (k, v))
    return path


def daemon_cmd(fwd, watch, state, ep, conf):
    return [fwd, "--watch", watch, "--state", state, "--bind", ep,
            "--config", conf]


def start_daemon(fwd, watch, state, ep, work, timeout=600):
    """Start factwatchd and wait for READY=1; (proc, seconds to READY)."""
    conf = write_config(os.path.join(work, "bench.conf"),
                        startup_delay_ms=0, status_interval=0,
                        log_level="info")
    note = Notify(os.path.join(work, "notify.sock"))
    env = dict(os.environ, NOTIFY_SOCKET=note.path)
    t0 = time.monotonic()
    p = subprocess.Popen(daemon_cmd(fwd, watch, state, ep, conf), env=env,
                         stdout=subprocess.DEVNULL,
                         stderr=open(os.path.join(work, "daemon.log"), "ab"))
    t1 = note.wait_ready(timeout)
    note.close()
    if t1 is None:
        stop(p)
        raise RuntimeError("factwatchd did not become ready; see %s" %
                           os.path.join(work, "daemon.log"))
    return p, t1 - t0


def stop(p):
    if p.poll() is None:
        p.send_signal(signal.SIGTERM)
        try:
            p.wait(20)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def subscriber(ep, prefix=b"article."):
    ctx = zmq.Context.instance()
    s = ctx.socket(zmq.SUB)
    s.setsockopt(zmq.RCVHWM, 0)
    s.setsockopt(zmq.SUBSCRIBE, prefix)
    s.connect(ep)
    return s


def quantile(sorted_v, q):
    """Nearest-rank quantile (0..1) of a sorted list."""
    if not sorted_v:
        return None
    i = min(len(sorted_v) - 1, max(0, int(round(q * (len(sorted_v) - 1)))))
    return sorted_v[i]


def median(v):
    v = [x for x in v if x is not None]
    return statistics.median(v) if v else None


def ratio(a, b):
    return round(a / b, 3) if a and b else None


def save(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1, sort_keys=True)
        f.write("\n")


def arg_parser(doc, *required):
    """An ArgumentParser with --out and the given required options."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    for name in required + ("out",):
        ap.add_argument("--" + name, required=True)
    return ap
