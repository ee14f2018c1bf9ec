# SPDX-License-Identifier: MIT
# Makefile - build, test, run and install factwatch.

PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
SANITIZE ?=

PKGS     = libzmq jansson libutf8proc libsystemd sqlite3 libxxhash inih
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) libcrypto libxml-2.0 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
# SHA-256 is all the daemon takes from libcrypto. From libcrypto.a that is
# 40 KB of the same SHA-extension code; the shared library costs 1.4 MiB
# of RSS in every process, mostly relocations applied at load (see
# bench/LIMITS.md). CRYPTO=shared links libcrypto.so, as a distribution
# package that wants security updates without a rebuild may prefer.
CRYPTO  ?= static
ifeq ($(CRYPTO),static)
CRYPTO_LIBS := -Wl,-Bstatic $(shell pkg-config --libs libcrypto 2>/dev/null) -Wl,-Bdynamic
else
CRYPTO_LIBS := $(shell pkg-config --libs libcrypto 2>/dev/null)
endif
# libxml2 is not linked: decode_html_lib.c loads it with dlopen() at the
# first HTML page, so a daemon that reads none is 0.9 MiB smaller.

ifeq ($(SANITIZE),1)
BUILD   ?= build-san
SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
else
BUILD   ?= build
SANFLAGS =
endif

# CFLAGS and LDFLAGS are the user's (make CFLAGS=-O0); what the build needs
# is added in ALL_CFLAGS and ALL_LDFLAGS so it survives an override.
CFLAGS  ?= -O2 -g
WERROR  ?= -Werror
ALL_CFLAGS  = -std=c11 -D_GNU_SOURCE -Wall -Wextra $(WERROR) -Iinclude \
	$(PKG_CFLAGS) $(SANFLAGS) $(CFLAGS)
# --as-needed: a client that calls nothing in SQLite or libsystemd does
# not load them.
ALL_LDFLAGS = -Wl,--as-needed $(SANFLAGS) $(LDFLAGS)
LIBS        = $(PKG_LIBS) -lm -ldl $(LDLIBS)

# The text pipeline: pure modules (no fds, no globals, no logging).
PURE_SRCS := $(sort $(wildcard daemon/caldate.c daemon/decode*.c daemon/parse*.c \
	daemon/facts*.c daemon/fprint*.c daemon/article*.c))
DAEMON_SRCS := $(filter-out $(PURE_SRCS),$(wildcard daemon/*.c))
PURE_OBJS   := $(PURE_SRCS:%.c=$(BUILD)/%.o)
DAEMON_OBJS := $(DAEMON_SRCS:%.c=$(BUILD)/%.o)
UNIT_SRCS   := $(wildcard tests/unit/test_*.c)
UNIT_BINS   := $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)
MAN_SRCS    := $(wildcard docs/man/*.scd)
MAN_PAGES   := $(MAN_SRCS:docs/man/%.scd=$(BUILD)/man/%)

BINS = $(BUILD)/factwatchd $(BUILD)/factwatch-sub $(BUILD)/factwatch-keygen \
	$(BUILD)/factwatch-proxy $(BUILD)/factwatch-nats
# What the clients share with the daemon: CURVE key files, endpoints.
CLIENT_COMMON = $(BUILD)/daemon/curve.o $(BUILD)/daemon/endpoint.o
# The subscriber half of the Clone pattern, and its resume file.
CLIENT_SUB = $(BUILD)/clients/fwsub.o $(BUILD)/clients/fwsub_resume.o
# JetStream: the bridge and factwatch-sub link libnats; the daemon loads
# it with dlopen() only for --nats (daemon/nats_lib.c).
NATS_CFLAGS := $(shell pkg-config --cflags libnats 2>/dev/null)
NATS_LIBS   := $(shell pkg-config --libs libnats 2>/dev/null || echo -lnats)
CLIENT_NATS = $(BUILD)/clients/fwnats.o $(BUILD)/clients/fwnats_linked.o

.PHONY: all deps test-deps run test check unit-bins bench fuzz install \
	clean man
all: $(BINS)

deps:
	@./scripts/install-deps.sh
test-deps:
	@./scripts/install-deps.sh --test

$(BUILD)/%.o: %.c $(wildcard include/*.h daemon/*.h clients/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

# The --nats feed is the daemon's own subscriber (fwsub) and JetStream
# publisher (fwnats); libnats itself is loaded only when it is used.
$(BUILD)/factwatchd: $(DAEMON_OBJS) $(PURE_OBJS) $(CLIENT_SUB) \
		$(BUILD)/clients/fwnats.o
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(CRYPTO_LIBS) $(LIBS)

$(BUILD)/factwatch-sub: $(BUILD)/clients/factwatch-sub.o $(CLIENT_SUB) \
		$(CLIENT_NATS) $(CLIENT_COMMON)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS) $(NATS_LIBS)

$(BUILD)/factwatch-keygen: $(BUILD)/clients/factwatch-keygen.o $(CLIENT_COMMON)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

# fwsub.o for its strict number parser (fwsub_number).
$(BUILD)/factwatch-proxy: $(BUILD)/clients/factwatch-proxy.o $(CLIENT_SUB) \
		$(CLIENT_COMMON)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS)

# JetStream (fwnats.c) for the bridge, factwatch-sub and factwatchd --nats.
$(BUILD)/clients/factwatch-nats.o $(BUILD)/clients/factwatch-sub.o \
$(BUILD)/clients/fwnats.o $(BUILD)/clients/fwnats_linked.o \
$(BUILD)/daemon/nats_feed.o $(BUILD)/daemon/nats_lib.o: ALL_CFLAGS += \
	$(NATS_CFLAGS) -Iclients
NATS_SONAME := $(shell objdump -p $$(pkg-config --variable=libdir libnats \
	2>/dev/null)/libnats.so 2>/dev/null | awk '/SONAME/ { print $$2 }')
$(BUILD)/daemon/nats_lib.o: ALL_CFLAGS += \
	$(if $(NATS_SONAME),-DLIBNATS_SONAME='"$(NATS_SONAME)"')
$(BUILD)/factwatch-nats: $(BUILD)/clients/factwatch-nats.o $(CLIENT_SUB) \
		$(CLIENT_NATS) $(CLIENT_COMMON)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LIBS) $(NATS_LIBS)

$(BUILD)/tests/test_%: $(BUILD)/tests/unit/test_%.o $(PURE_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(CRYPTO_LIBS) $(LIBS) -lcmocka

# The endpoint helpers are shared with the clients, not in the pipeline.
$(BUILD)/tests/test_endpoint: $(BUILD)/daemon/endpoint.o

$(BUILD)/man/%: docs/man/%.scd
	@mkdir -p $(dir $@)
	scdoc < $< > $@

man: $(MAN_PAGES)

# make run: install what is missing, build, and watch ./articles.
run: deps
	@$(MAKE) --no-print-directory all
	@mkdir -p articles state
	@[ -n "$$(ls -A articles 2>/dev/null)" ] || cp tests/fixtures/sample/*.txt articles/
	$(BUILD)/factwatchd --watch articles --state state -v

# make check: the quick tier (unit tests), for the edit loop.
check: all $(UNIT_BINS)
	@tests/run-tests.sh --quick $(BUILD)

# make test: every tier; ends with "N passed, N failed". Besides the
# normal build it builds build-san (ASan+UBSan) and runs the unit and core
# integration tests on it, and the daemon under valgrind. make test
# SANITIZE=1 runs every tier on the sanitizer build instead.
test: test-deps
	@$(MAKE) --no-print-directory all $(UNIT_BINS)
ifeq ($(SANITIZE),1)
	@tests/run-tests.sh $(BUILD)
else
	@$(MAKE) --no-print-directory SANITIZE=1 BUILD=build-san all unit-bins
	@tests/run-tests.sh --san build-san $(BUILD)
endif

unit-bins: $(UNIT_BINS)

bench: all
	@bench/run.sh $(BUILD)

fuzz:
	@$(MAKE) --no-print-directory -f tests/fuzz/fuzz.mk

# make install [PREFIX=/usr] [DESTDIR=...]: binaries, the unit, man pages,
# the schema, and the example configuration unless one is there already.
# With PREFIX=/usr (a package) the unit goes where systemd.pc says
# (/lib/systemd/system on Debian 12); otherwise under PREFIX, which
# systemd also searches (/usr/local/lib/systemd/system). The configuration
# is in /etc either way, where the unit's ExecStart= looks for it.
SYSCONFDIR ?= /etc
MANDIR     ?= $(PREFIX)/share/man
DOCDIR     ?= $(PREFIX)/share/doc/factwatch
UNITDIR    ?= $(if $(filter /usr,$(PREFIX)),$(or $(shell pkg-config \
	--variable=systemdsystemunitdir systemd 2>/dev/null),/lib/systemd/system),$(PREFIX)/lib/systemd/system)
CLIENT_BINS = $(filter-out $(BUILD)/factwatchd,$(BINS))
INSTALLED_CONF = $(DESTDIR)$(SYSCONFDIR)/factwatch/factwatchd.conf

install: all man
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/sbin \
		$(DESTDIR)$(UNITDIR) $(DESTDIR)$(SYSCONFDIR)/factwatch $(DESTDIR)$(DOCDIR)
	install -m 755 $(BUILD)/factwatchd $(DESTDIR)$(PREFIX)/sbin/factwatchd
	install -m 755 $(CLIENT_BINS) $(DESTDIR)$(PREFIX)/bin/
	sed -e 's|/usr/sbin/factwatchd|$(PREFIX)/sbin/factwatchd|' \
		-e 's|/etc/factwatch/|$(SYSCONFDIR)/factwatch/|g' \
		systemd/factwatchd.service > $(DESTDIR)$(UNITDIR)/factwatchd.service
	chmod 644 $(DESTDIR)$(UNITDIR)/factwatchd.service
	[ -e $(INSTALLED_CONF) ] || install -m 644 etc/factwatchd.conf $(INSTALLED_CONF)
	for m in $(MAN_PAGES); do s=$${m##*.}; \
		install -d $(DESTDIR)$(MANDIR)/man$$s && \
		install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s/ || exit 1; done
	install -m 644 docs/summary.schema.json $(DESTDIR)$(DOCDIR)/

# The configuration stays, as with a package that is removed, not purged.
.PHONY: uninstall
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/sbin/factwatchd \
		$(CLIENT_BINS:$(BUILD)/%=$(DESTDIR)$(PREFIX)/bin/%) \
		$(DESTDIR)$(UNITDIR)/factwatchd.service \
		$(DESTDIR)$(DOCDIR)/summary.schema.json
	for m in $(MAN_PAGES); do s=$${m##*.}; \
		rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m##*/}; done
	-rmdir $(DESTDIR)$(DOCDIR)

clean:
	rm -rf build build-san build-fuzz
