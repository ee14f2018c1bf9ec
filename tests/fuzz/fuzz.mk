# SPDX-License-Identifier: MIT
# fuzz.mk - build and run the libFuzzer targets over the pure text pipeline.
#
# make fuzz (or make -f tests/fuzz/fuzz.mk from the repo root) builds every
# tests/fuzz/fuzz_*.c into build-fuzz/<name>, linked with the pure modules
# built with ASan and UBSan, seeds build-fuzz/corpus/<name> with our own
# fixtures, and runs each fuzzer for FUZZ_TIME seconds (0: build only).
#   make fuzz FUZZ_TIME=600     the ten-minute run
#   make -f tests/fuzz/fuzz.mk build-fuzz/fuzz_parse   one fuzzer, no run

FUZZ_CC    ?= clang
FUZZ_BUILD ?= build-fuzz
FUZZ_TIME  ?= 60
FUZZ_ARGS  ?= -max_len=65536 -timeout=10

PKGS     = libzmq jansson libutf8proc libsystemd sqlite3 libcrypto libxxhash inih \
           libxml-2.0
SAN      = -fsanitize=address,undefined -fno-sanitize-recover=undefined \
           -fno-omit-frame-pointer
CFLAGS_F = -std=c11 -D_GNU_SOURCE -g -O1 -Wall -Wextra -Werror -Iinclude \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null) $(SAN)
LIBS_F   = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm

# The same pure modules the Makefile names: no fds, no globals, no logging.
PURE_SRCS := $(sort $(wildcard daemon/caldate.c daemon/decode*.c \
	daemon/parse*.c daemon/facts*.c daemon/fprint*.c daemon/article*.c))
PURE_OBJS := $(PURE_SRCS:%.c=$(FUZZ_BUILD)/obj/%.o)
FUZZ_SRCS := $(wildcard tests/fuzz/fuzz_*.c)
FUZZERS   := $(FUZZ_SRCS:tests/fuzz/%.c=$(FUZZ_BUILD)/%)
SEEDS     := $(wildcard tests/fixtures/text/* tests/fixtures/sample/*.txt \
	tests/fixtures/config/*.conf)

.PHONY: all build run corpus clean
.SECONDARY:
all: run

build: $(FUZZERS)

$(FUZZ_BUILD)/obj/%.o: %.c $(wildcard include/*.h daemon/*.h)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CFLAGS_F) -fsanitize=fuzzer-no-link -c -o $@ $<

# The configuration reader is not pure (it reads files and warns), so its
# fuzzer links config.c and log.c besides.
$(FUZZ_BUILD)/fuzz_config: tests/fuzz/fuzz_config.c $(FUZZ_BUILD)/obj/daemon/config.o \
		$(FUZZ_BUILD)/obj/daemon/log.o
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CFLAGS_F) -fsanitize=fuzzer -o $@ $^ $(LIBS_F)

$(FUZZ_BUILD)/%: tests/fuzz/%.c $(PURE_OBJS)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CFLAGS_F) -fsanitize=fuzzer -o $@ $< $(PURE_OBJS) $(LIBS_F)

# Each fuzzer keeps its own corpus; the fixtures seed it once.
corpus: $(FUZZERS:$(FUZZ_BUILD)/%=$(FUZZ_BUILD)/corpus/%/.seeded)

$(FUZZ_BUILD)/corpus/%/.seeded: $(SEEDS)
	@mkdir -p $(dir $@)
	cp $(SEEDS) $(dir $@)
	@touch $@

run: build corpus
	@set -e; [ "$(FUZZ_TIME)" -gt 0 ] || exit 0; \
	for f in $(FUZZERS); do \
	    n=$$(basename $$f); \
	    echo "fuzz: $$n for $(FUZZ_TIME) s"; \
	    $$f $(FUZZ_ARGS) -max_total_time=$(FUZZ_TIME) \
	        -artifact_prefix=$(FUZZ_BUILD)/$$n- $(FUZZ_BUILD)/corpus/$$n; \
	done

clean:
	rm -rf $(FUZZ_BUILD)
