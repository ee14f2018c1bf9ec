/* SPDX-License-Identifier: MIT */
/* message.h - the wire format shared by factwatchd and its subscribers. */
#ifndef FW_MESSAGE_H
#define FW_MESSAGE_H

/*
 * Every message is two ZeroMQ frames: a topic, then one UTF-8 JSON object.
 * Subscribers filter by topic prefix ("article." for every article event).
 * Article messages carry "seq", one more than the article message before it,
 * across restarts: a jump is a gap. docs/summary.schema.json is the contract.
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

#endif
