/* SPDX-License-Identifier: MIT */
/* message.h - the wire format shared by factwatchd and its subscribers. */
#ifndef FW_MESSAGE_H
#define FW_MESSAGE_H

/*
 * Every message is two ZeroMQ frames: a topic, then one UTF-8 JSON object.
 * Subscribers filter by topic prefix ("article." for every article event).
 * Article messages carry "seq", one more than the article message before it,
 * across restarts: a jump is a gap. Every message may carry "epoch" (an
 * optional field, opaque text): the daemon's state epoch, made with its
 * state and new when the state is replaced (--reset-state, a deleted
 * folder), when seq may start again at 1. A subscriber that sees the
 * epoch of a source_id change starts that source over: the new stream's
 * seqs say nothing about the old one's. docs/summary.schema.json is the
 * contract.
 *
 * A summary's "document" says how the file was read: "encoding" (utf-8,
 * utf-16le, windows-1252, ...), "repaired" (mojibake reversed) and
 * "format": "html" when the file was an HTML page or fragment, read for
 * its title, date and visible text, else "text". Messages from before
 * "format" existed lack it: read that as "text".
 */
#define FW_SCHEMA_SUMMARY   "factwatch.summary/1"
#define FW_SCHEMA_ERROR     "factwatch.error/1"
#define FW_SCHEMA_STATUS    "factwatch.status/1"

#define FW_TOPIC_NEW        "article.new"
#define FW_TOPIC_CHANGED    "article.changed"
#define FW_TOPIC_MOVED      "article.moved"
#define FW_TOPIC_REMOVED    "article.removed"
#define FW_TOPIC_ERROR      "error"
#define FW_TOPIC_STATUS     "daemon.status"

#define FW_DEFAULT_BIND     "tcp://127.0.0.1:5556"

/*
 * The snapshot endpoint (ZeroMQ Guide, Clone pattern): a ROUTER next to the
 * PUB socket, for late joiners and for clients that were away. A client
 * (DEALER) subscribes first, then sends three frames: FW_SNAPSHOT_REQUEST,
 * a path prefix ("" for every article) and a since-seq in decimal ("0" for
 * everything). The reply is one two-frame message (topic, JSON) per article
 * whose last message has a seq above since, in seq order, removals included
 * as their article.removed tombstones; then FW_TOPIC_SNAPSHOT_END with
 * {"seq": S}, the seq at which the snapshot was taken. The client then
 * applies live messages with seq > S and drops the rest. Every row and the
 * end carry the state's epoch: a client whose since belongs to another
 * epoch asks again with since "0". A since above S means the daemon's
 * state was replaced: the reply is then the full snapshot with "reset":
 * true. A bad request gets FW_TOPIC_SNAPSHOT_ERROR.
 */
#define FW_SNAPSHOT_REQUEST     "factwatch.snapshot/1"
#define FW_SCHEMA_SNAPSHOT      "factwatch.snapshot/1"
#define FW_TOPIC_SNAPSHOT_END   "snapshot.end"
#define FW_TOPIC_SNAPSHOT_ERROR "snapshot.error"
/* The default snapshot endpoint is the PUB endpoint's port + 1 (tcp) or
 * its path + ".snapshot" (ipc); see endpoint_snapshot() in endpoint.h. */
#define FW_DEFAULT_SNAPSHOT     "tcp://127.0.0.1:5557"

#endif
