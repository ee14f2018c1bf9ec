# SPDX-License-Identifier: MIT
"""factwatch_sub.py - subscribe to factwatchd from Python (python3-zmq): snapshot, then live, gaps found and repaired.

The same Clone-pattern logic as clients/fwsub.c: subscribe, wait for the
SUB handshake, ask the snapshot endpoint for the state (or what changed
after a seq), read it to its end (seq S), then apply live messages with
seq > S. A jump in seq, or a daemon.status ahead of us, is a gap: counted,
reported on stderr, and with snapshot=True repaired from the snapshot
endpoint. A new state epoch for a source (its state was replaced and seq
starts over) is reported and starts that source over, with snapshot=True
from its whole new snapshot. Usable as a module (Subscriber) or a command (python3
factwatch_sub.py --help), with factwatch-sub's options and exit codes.
"""
import argparse
import errno
import itertools
import json
import os
import signal
import sys
import time

import zmq
from zmq.utils.monitor import recv_monitor_message

REQUEST = b"factwatch.snapshot/1"
TOPIC_END = "snapshot.end"
TOPIC_ERROR = "snapshot.error"
DEFAULT_CONNECT = "tcp://127.0.0.1:5556"

EXIT_DONE, EXIT_TIMEOUT, EXIT_ZMQ, EXIT_NOREPLY, EXIT_REFUSED = 0, 1, 2, 3, 4
EXIT_USAGE, EXIT_SYSTEM = 100, 111
SNAP_TRIES = 8      # requests again after "busy" or a reply that stopped
SAVE_S = 1.0        # a busy --resume is saved at least this often


_MONITORS = itertools.count()


def monitor(sock, events):
    """A PAIR socket reporting sock's events. pyzmq's get_monitor_socket
    names the endpoint after the socket's fd, which a new socket may reuse
    before the old monitor is gone: use a name of our own."""
    addr = "inproc://factwatch-sub-monitor-%d-%d" % (os.getpid(), next(_MONITORS))
    sock.monitor(addr, events)
    m = sock.context.socket(zmq.PAIR)
    m.connect(addr)
    return m


class Refused(Exception):
    """The server refused our CURVE key."""


class NoReply(Exception):
    """The snapshot endpoint did not answer in time."""


class SnapshotError(Exception):
    """The snapshot endpoint refused the request (snapshot.error)."""


def snapshot_endpoint(pub):
    """The snapshot endpoint next to a PUB endpoint: tcp port + 1, ipc PATH.snapshot."""
    if pub.startswith("ipc://"):
        return pub + ".snapshot"
    host, _, port = pub.rpartition(":")
    if not pub.startswith("tcp://") or not port.isdigit():
        raise ValueError("no snapshot endpoint next to %s" % pub)
    return "%s:%d" % (host, int(port) + 1)


def read_key(path):
    """The Z85 key (bytes) in a NAME.key or NAME.pub file."""
    with open(path, "rb") as f:
        key = f.readline().strip()
    if len(key) != 40:
        raise ValueError("%s: not a Z85 CURVE key" % path)
    return key


def read_secret(path):
    """The secret key in a NAME.key file. As curve.c: a NAME.pub is
    refused by its name, since both halves are 40 Z85 characters and the
    contents cannot tell; taken for a secret it would only be refused by
    the server later, as an unknown key."""
    if path.endswith(".pub"):
        raise ValueError("%s: this is a public key; the secret one is the .key file "
                         "beside it" % path)
    return read_key(path)


class Message:
    """One message: topic, body (dict), raw (bytes), seq, source, snapshot, end."""

    def __init__(self, topic, raw, snapshot=False):
        self.topic = topic
        self.raw = raw
        self.body = json.loads(raw.decode("utf-8"))
        self.seq = self.body.get("seq", 0) if isinstance(self.body.get("seq"), int) else 0
        self.source = self.body.get("source_id", "")
        self.epoch = self.body.get("epoch") if isinstance(self.body.get("epoch"), str) else ""
        self.snapshot = snapshot
        self.end = topic == TOPIC_END

    def __repr__(self):
        return "Message(%s seq=%d%s)" % (self.topic, self.seq, " snapshot" if self.snapshot else "")


class Subscriber:
    """A SUB socket and, with snapshot=True, a DEALER to the snapshot endpoint."""

    def __init__(self, connect=DEFAULT_CONNECT, snapshot=False, snapshot_connect=None,
                 topics=(), prefix="", since=0, curve_server_key=None, curve_secret=None,
                 snapshot_wait=10.0, prog="factwatch_sub", ctx=None, epoch=""):
        self.ctx = ctx or zmq.Context.instance()
        self.topics = list(topics)
        self.snapshot_mode = snapshot
        self.prefix = prefix or ""
        self.since = since
        self.wait = snapshot_wait
        self.prog = prog
        self.curve = (curve_server_key, curve_secret) if curve_server_key else None
        self.last = {}              # source_id -> last seq applied (-1 unknown)
        self.epochs = {}            # source_id -> the state epoch of that seq
        self.first_source = None
        self.position = since
        self.epoch = epoch or ""    # position's; since belongs to it
        self.snap_epoch = self.epoch    # the epoch the request's since is of
        self.gaps = 0
        self.asked = False
        self.in_snapshot = False
        self.deadline = 0.0
        self.snap_since = self.snap_last = 0     # the request's since, its last row
        self.tries = 0
        self.sub = self._socket(zmq.SUB)
        self.sub_mon = monitor(self.sub, zmq.EVENT_HANDSHAKE_SUCCEEDED |
                               zmq.EVENT_HANDSHAKE_FAILED_AUTH)
        self.track = not self.topics or snapshot or any("article.".startswith(t) for t in self.topics)
        if not self.topics or snapshot:
            self.sub.setsockopt(zmq.SUBSCRIBE, b"")
        else:
            for t in self.topics:
                self.sub.setsockopt_string(zmq.SUBSCRIBE, t)
        self.sub.connect(connect)
        self.snap = self.snap_mon = None
        self.snap_endpoint = snapshot_connect or (snapshot_endpoint(connect) if snapshot else None)
        if snapshot:
            self._open_snapshot()

    def _open_snapshot(self):
        self.snap = self._socket(zmq.DEALER)
        self.snap_mon = monitor(self.snap, zmq.EVENT_HANDSHAKE_FAILED_AUTH)
        self.snap.connect(self.snap_endpoint)

    def _socket(self, kind):
        s = self.ctx.socket(kind)
        s.setsockopt(zmq.RCVHWM, 0)
        s.setsockopt(zmq.LINGER, 0)
        if self.curve:
            server, secret = read_key(self.curve[0]), read_secret(self.curve[1])
            s.curve_serverkey = server
            s.curve_secretkey = secret
            s.curve_publickey = zmq.curve_public(secret)
        return s

    def close(self):
        # Stop the monitors before closing their PAIR ends: an event sent to
        # a closed PAIR blocks libzmq's I/O thread for good (libzmq#3575).
        for s in (self.sub, self.snap):
            if s is not None:
                s.disable_monitor()
        for s in (self.sub_mon, self.snap_mon, self.sub, self.snap):
            if s is not None:
                s.close(0)

    def _wanted(self, topic):
        return not self.topics or any(topic.startswith(t) for t in self.topics)

    def _in_prefix(self, body):
        """The prefix holds for live messages too: a message is ours when its
        path, or the path it moved from, starts with it (daemon.status,
        without a path, always is)."""
        paths = [p for p in ((body.get("source") or {}).get("path"), body.get("previous_path"),
                             body.get("path")) if isinstance(p, str)]
        return not self.prefix or not paths or any(p.startswith(self.prefix) for p in paths)

    def _note(self, text):
        sys.stderr.write("%s: %s\n" % (self.prog, text))
        sys.stderr.flush()

    def _request(self, since):
        self.snap.send_multipart([REQUEST, self.prefix.encode(), str(max(since, 0)).encode()])
        self.in_snapshot = True
        self.deadline = time.monotonic() + self.wait
        self.snap_since = self.snap_last = max(since, 0)

    def _ask_again(self, why):
        """As fwsub.c: after a "busy" refusal or a reply that stopped (the
        daemon restarted), ask again after the last row received, from a
        new socket (a slow daemon's late rows then go nowhere); 0.2 s
        doubling to 5 s, SNAP_TRIES times."""
        wait = min(0.2 * 2 ** min(self.tries, 5), 5.0)
        self.tries += 1
        if self.tries > SNAP_TRIES:
            raise SnapshotError("%s, %d times" % (why, SNAP_TRIES))
        self._note("snapshot: %s; asking again after seq %d in %d ms" %
                   (why, self.snap_last, wait * 1000))
        time.sleep(wait)
        self._request_anew(self.snap_last)

    def _request_anew(self, since):
        """Request from a new socket: the rest of an earlier reply then goes
        nowhere instead of being taken for this one."""
        self.snap.disable_monitor()     # before its PAIR end: see close()
        self.snap_mon.close(0)
        self.snap.close(0)
        self._open_snapshot()
        self._request(since)

    def _first_request(self):
        self.asked = True
        end = time.monotonic() + self.wait
        while time.monotonic() < end:
            if self.sub_mon.poll(int(max(end - time.monotonic(), 0) * 1000)):
                ev = recv_monitor_message(self.sub_mon)["event"]
                if ev == zmq.EVENT_HANDSHAKE_SUCCEEDED:
                    time.sleep(0.02)    # for the subscription to reach the PUB
                    self._request(self.since)
                    return
                if ev == zmq.EVENT_HANDSHAKE_FAILED_AUTH:
                    raise Refused()
        raise NoReply()

    def _check_refused(self, mon):
        while mon is not None and mon.poll(0):
            if recv_monitor_message(mon)["event"] == zmq.EVENT_HANDSHAKE_FAILED_AUTH:
                raise Refused()

    def _gap(self, src, got, why):
        self.gaps += 1
        self._note("gap: source=%s after seq %d %s %d%s" % (
            src or "-", self.last[src], why, got,
            "; resyncing from the snapshot" if self.snapshot_mode else ""))

    def _start_over(self, src, m, was):
        """src's state was replaced: its seqs start over in m's epoch."""
        self._note("source=%s: new epoch %s (was %s): its state was replaced and seq starts "
                   "over%s" % (src or "-", m.epoch, was,
                               "; asking for its whole snapshot" if self.snapshot_mode else ""))
        if src in self.last:
            self.last[src] = 0
        self.epochs[src] = m.epoch
        if self.first_source in (None, src):
            self.position, self.epoch = 0, m.epoch

    def _snapshot_over(self, m):
        """A reply of another epoch than the since we asked after: that since
        means nothing in the new state; ask for all of it, from a new socket."""
        self._start_over(m.source, m, self.snap_epoch)
        self.snap_epoch = m.epoch
        self._request_anew(0)

    def _from_snapshot(self, m):
        if m.topic == TOPIC_ERROR:
            reason = m.body.get("reason", "?")
            if reason.startswith("busy"):
                self._ask_again("the daemon is busy")
                return False
            raise SnapshotError(reason)
        if self.snap_since > 0 and self.snap_epoch and m.epoch and m.epoch != self.snap_epoch:
            self._snapshot_over(m)
            return False
        if m.epoch:
            self.snap_epoch = m.epoch
        if not m.end:
            if m.seq > self.position:
                self.position, self.epoch = m.seq, self.snap_epoch
            self.snap_last = m.seq
            self.tries = 0          # it moves: the budget is for failures
            return self._wanted(m.topic)
        self.in_snapshot = False
        self.tries = 0
        if m.body.get("reset"):
            self._note("the daemon no longer holds everything since our seq (its state "
                       "was replaced, or removals expired): starting over from seq %d" % m.seq)
            self.last = {k: -1 for k in self.last}
        self.last[m.source] = m.seq
        self.epochs[m.source] = self.snap_epoch
        if self.first_source is None:
            self.first_source = m.source
        self.position, self.epoch = m.seq, self.snap_epoch
        return True

    def _repair(self, src, since):
        """Ask for what came after since, in src's epoch."""
        self.snap_epoch = self.epochs.get(src, "")
        self._request(since)

    def _from_live(self, m):
        if not self.track:
            return self._wanted(m.topic) and self._in_prefix(m.body)
        src = m.source
        last = self.last.setdefault(src, -1)
        if self.first_source is None:
            self.first_source = src
        known = self.epochs.get(src, "")
        if known and m.epoch and m.epoch != known:
            self._start_over(src, m, known)
            if self.snapshot_mode:
                self.snap_epoch = m.epoch
                self._request(0)
                return False
            last = 0
        if m.epoch:
            self.epochs[src] = m.epoch
        if m.topic == "daemon.status" and last >= 0:
            at = m.body.get("last_seq")
            if isinstance(at, int) and at != last:
                self._gap(src, at, "but the daemon is at" if at > last else "but the daemon went back to")
                if self.snapshot_mode:
                    self._repair(src, last)
                    return False
                self.last[src] = at
            return self._wanted(m.topic)
        if m.seq <= 0:
            return self._wanted(m.topic) and self._in_prefix(m.body)
        if last >= 0 and m.seq <= last:
            return False
        if last >= 0 and m.seq > last + 1:
            self._gap(src, m.seq, "came")
            if self.snapshot_mode:
                self._repair(src, last)
                return False
        self.last[src] = m.seq
        if src == self.first_source:
            self.position, self.epoch = m.seq, self.epochs.get(src, "")
        return self._wanted(m.topic) and self._in_prefix(m.body)

    def idle(self):
        """No message waits: the next next() would block (as fwsub_idle)."""
        return not (self.snap if self.in_snapshot else self.sub).poll(0)

    def next(self, timeout=None):
        """The next Message, or None when nothing arrives within timeout seconds."""
        if self.snapshot_mode and not self.asked:
            self._first_request()
        end = None if timeout is None else time.monotonic() + timeout
        while True:
            snap = self.in_snapshot
            sock, mon = (self.snap, self.snap_mon) if snap else (self.sub, self.sub_mon)
            until = min(x for x in (end, self.deadline if snap else None) if x is not None) \
                if (end is not None or snap) else None
            ms = None if until is None else int(max(until - time.monotonic(), 0) * 1000)
            ready = sock.poll(ms)
            self._check_refused(mon)
            if not ready:
                if snap and self.snap_last > self.snap_since and time.monotonic() >= self.deadline:
                    self._ask_again("the reply stopped")    # rows came, then silence
                    if timeout is not None:
                        end = time.monotonic() + timeout
                    continue
                if snap and (time.monotonic() >= self.deadline or
                             (end is not None and time.monotonic() >= end)):
                    raise NoReply()     # silence mid-snapshot
                if end is not None and time.monotonic() >= end:
                    return None
                continue
            frames = sock.recv_multipart()
            if len(frames) != 2:
                continue
            m = Message(frames[0].decode("utf-8", "replace"), frames[1], snapshot=snap)
            if snap:
                self.deadline = time.monotonic() + self.wait
            if (self._from_snapshot(m) if snap else self._from_live(m)):
                return m


def _resume_read(path):
    """(seq, epoch) from a resume file, "SEQ EPOCH" or "SEQ" (from versions
    before epochs); (0, "") when there is none yet or it is empty."""
    try:
        with open(path) as f:
            words = f.read().split()
    except FileNotFoundError:
        return 0, ""
    seq = int(words[0]) if words else 0
    if seq < 0:
        raise ValueError("%s: not a resume point" % path)
    return seq, words[1][:64] if len(words) > 1 else ""


def _resume_write(path, seq, epoch=""):
    """As fwsub_resume_write: data, fsync, rename, fsync of the folder, so
    a power cut leaves the old point or the new one, never an empty file."""
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d %s\n" % (seq, epoch) if epoch else "%d\n" % seq)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    fd = os.open(os.path.dirname(os.path.abspath(path)), os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    except OSError as e:
        if e.errno != errno.EINVAL:     # a file system without folder syncs
            raise
    finally:
        os.close(fd)


def main(argv=None):
    p = argparse.ArgumentParser(
        prog="factwatch_sub.py", description="Subscribe to factwatchd and print each message.",
        epilog="Exit status: 0 done, 1 --timeout passed, 2 ZeroMQ error or snapshot refused, "
               "3 no snapshot reply, 4 CURVE key refused, 100 bad usage, 111 --resume file failed.")
    p.add_argument("-c", "--connect", default=DEFAULT_CONNECT)
    p.add_argument("-t", "--topic", action="append", default=[])
    p.add_argument("-j", "--json", action="store_true", help="one JSON message per line")
    p.add_argument("-n", "--count", type=int, default=0, help="exit after N article messages")
    p.add_argument("-T", "--timeout", type=float, default=0, help="exit 1 after S quiet seconds")
    p.add_argument("-s", "--snapshot", action="store_true")
    p.add_argument("--snapshot-connect")
    p.add_argument("--prefix", default="")
    p.add_argument("--since", type=int)
    p.add_argument("--resume")
    p.add_argument("--curve-server-key")
    p.add_argument("--curve-secret")
    try:
        a = p.parse_args(argv)
    except SystemExit as e:
        return EXIT_USAGE if e.code else EXIT_DONE
    if bool(a.curve_server_key) != bool(a.curve_secret):
        sys.stderr.write("factwatch_sub.py: --curve-server-key and --curve-secret go together\n")
        return EXIT_USAGE
    since, epoch = a.since or 0, ""
    try:
        if a.resume:
            since, epoch = _resume_read(a.resume)
    except (OSError, ValueError) as e:
        sys.stderr.write("factwatch_sub.py: %s\n" % e)
        return EXIT_SYSTEM
    try:
        s = Subscriber(a.connect, snapshot=a.snapshot or a.since is not None or bool(a.resume),
                       snapshot_connect=a.snapshot_connect, topics=a.topic, prefix=a.prefix,
                       since=since, curve_server_key=a.curve_server_key,
                       curve_secret=a.curve_secret, prog="factwatch_sub.py",
                       snapshot_wait=a.timeout if a.timeout > 0 else 10.0, epoch=epoch)
    except (zmq.ZMQError, OSError, ValueError) as e:
        # as factwatch-sub: a bad endpoint or key file is exit 2
        sys.stderr.write("factwatch_sub.py: %s\n" % e)
        return EXIT_ZMQ
    got, saved, rc = 0, (since, epoch), EXIT_DONE
    saved_at = time.monotonic()
    try:
        while a.count == 0 or got < a.count:
            m = s.next(a.timeout if a.timeout > 0 else None)
            if m is None:
                rc = EXIT_TIMEOUT
                break
            if m.end:
                if not a.json:
                    print("== snapshot up to seq %d (%d articles)" % (m.seq, m.body.get("count", 0)))
            else:
                print(m.raw.decode("utf-8") if a.json else "%s %s" % (m.topic, json.dumps(m.body)[:200]))
                got += m.topic.startswith("article.")
            sys.stdout.flush()
            # a durable save costs two fsyncs: keep a burst at its end and
            # once a second while it lasts (as fwsub_resume_due), not once
            # a message
            if a.resume and (s.position, s.epoch) != saved and (
                    s.idle() or time.monotonic() - saved_at >= SAVE_S):
                saved = (s.position, s.epoch)
                _resume_write(a.resume, *saved)
                saved_at = time.monotonic()
    except Refused:
        sys.stderr.write("factwatch_sub.py: the server refused our CURVE key\n")
        rc = EXIT_REFUSED
    except NoReply:
        sys.stderr.write("factwatch_sub.py: no reply from the snapshot endpoint\n")
        rc = EXIT_NOREPLY
    except SnapshotError as e:
        sys.stderr.write("factwatch_sub.py: snapshot refused: %s\n" % e)
        rc = EXIT_ZMQ
    except zmq.ZMQError as e:
        sys.stderr.write("factwatch_sub.py: %s\n" % e)
        rc = EXIT_ZMQ
    except OSError as e:
        sys.stderr.write("factwatch_sub.py: %s\n" % e)
        rc = EXIT_SYSTEM
    except KeyboardInterrupt:
        rc = EXIT_DONE
    finally:
        if a.resume and (s.position, s.epoch) != saved:
            try:
                _resume_write(a.resume, s.position, s.epoch)
            except OSError as e:
                sys.stderr.write("factwatch_sub.py: %s\n" % e)
                rc = EXIT_SYSTEM
        if s.gaps:
            sys.stderr.write("factwatch_sub.py: %d gaps\n" % s.gaps)
        s.close()
    return rc


def _stop(signum, frame):
    raise KeyboardInterrupt     # SIGTERM ends it as Ctrl-C does: exit 0


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, _stop)
    sys.exit(main())
