/* SPDX-License-Identifier: MIT */
/* test_endpoint.c - unit tests for the endpoint helpers: the snapshot neighbour, loopback, syntax. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "endpoint.h"

/* libzmq binds "tcp://127.0.0.1:99999" to a port of its own choosing:
 * the daemon must refuse it before libzmq sees it. */
static void
test_endpoints_are_checked(void **state)
{
    static const char *const good[] = {
        "tcp://127.0.0.1:5556", "tcp://*:1", "tcp://[::1]:65535",
        "tcp://eth0:*", "ipc:///run/factwatch/pub", "inproc://x",
        "ws://127.0.0.1:80",
    };
    static const char *const bad[] = {
        "tcp://127.0.0.1:99999", "tcp://127.0.0.1:0", "tcp://127.0.0.1",
        "tcp://host:port", "tcp://:", "ipc://", "inproc://", "garbage", "",
        "ws://", "://x",
    };
    char why[96];
    size_t i;

    (void)state;
    for (i = 0; i < sizeof good / sizeof *good; i++)
        assert_int_equal(endpoint_check(good[i], why, sizeof why), 0);
    for (i = 0; i < sizeof bad / sizeof *bad; i++) {
        why[0] = '\0';
        assert_int_equal(endpoint_check(bad[i], why, sizeof why), -1);
        assert_true(why[0] != '\0');
    }
}

/* "foo://bar" was taken as an endpoint libzmq would judge, and being no
 * loopback it was refused "without CURVE": say the transport instead. */
static void
test_an_unknown_transport_is_said(void **state)
{
    static const char *const bad[] = {
        "foo://bar", "udp://127.0.0.1:5556", "TCP://127.0.0.1:5556",
        "tcp:/127.0.0.1:5556", "a-very-long-transport-name-here://x",
    };
    char why[96];
    size_t i;

    (void)state;
    assert_int_equal(endpoint_check("foo://bar", why, sizeof why), -1);
    assert_string_equal(why, "unknown transport foo:// (tcp://, ipc://, "
        "inproc://, ws://, ...)");
    for (i = 0; i < sizeof bad / sizeof *bad; i++) {
        why[0] = '\0';
        assert_int_equal(endpoint_check(bad[i], why, sizeof why), -1);
        assert_true(strlen(why) <= 80);
    }
    assert_int_equal(endpoint_check("pgm://eth0;239.192.1.1:5555", why,
                                    sizeof why), 0);
}

static void
test_snapshot_neighbour_and_loopback(void **state)
{
    char out[128];

    (void)state;
    assert_int_equal(endpoint_snapshot("tcp://127.0.0.1:5556", out,
                                       sizeof out), 0);
    assert_string_equal(out, "tcp://127.0.0.1:5557");
    assert_int_equal(endpoint_snapshot("ipc:///run/p", out, sizeof out), 0);
    assert_string_equal(out, "ipc:///run/p.snapshot");
    assert_int_equal(endpoint_snapshot("tcp://*:65535", out, sizeof out), -1);
    assert_true(endpoint_is_local("tcp://127.0.0.1:5556"));
    assert_true(endpoint_is_local("ipc:///run/p"));
    assert_false(endpoint_is_local("tcp://0.0.0.0:5556"));
}

/* Plain text to anything but this machine needs --insecure: a name that
 * begins like loopback, or a source address before a remote peer, is
 * no loopback (connect resolves names and takes "SOURCE;PEER"). */
static void
test_loopback_is_an_address_not_a_prefix(void **state)
{
    (void)state;
    assert_true(endpoint_is_local("tcp://127.1.2.3:6000"));
    assert_true(endpoint_is_local("tcp://localhost:6000"));
    assert_true(endpoint_is_local("tcp://[::1]:6000"));
    assert_true(endpoint_is_local("tcp://lo:6000"));
    assert_true(endpoint_is_local("inproc://x"));
    assert_false(endpoint_is_local("tcp://127.example.com:6000"));
    assert_false(endpoint_is_local("tcp://127.0.0.1;10.0.0.5:6000"));
    assert_false(endpoint_is_local("tcp://127.0.0.1:1;10.0.0.5:6000"));
    assert_false(endpoint_is_local("tcp://localhost:1;10.0.0.5:6000"));
    assert_false(endpoint_is_local("tcp://localhost.example.com:6000"));
    assert_false(endpoint_is_local("tcp://:6000"));
}

int
main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_endpoints_are_checked),
        cmocka_unit_test(test_an_unknown_transport_is_said),
        cmocka_unit_test(test_snapshot_neighbour_and_loopback),
        cmocka_unit_test(test_loopback_is_an_address_not_a_prefix),
    };

    return cmocka_run_group_tests(tests, NULL, NULL);
}
