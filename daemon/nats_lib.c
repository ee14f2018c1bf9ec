/* SPDX-License-Identifier: MIT */
/* nats_lib.c - load libnats with dlopen() when --nats is given. */
#include <dlfcn.h>
#include <stdio.h>

#include "fwnats.h"
#include "nats_feed.h"

/* The Makefile names the soname it built against. */
#ifndef LIBNATS_SONAME
#define LIBNATS_SONAME "libnats.so.3.4"
#endif

const struct fwnats_api *
nats_lib_load(char *err, size_t errlen)
{
    static struct fwnats_api api;
    void *h = dlopen(LIBNATS_SONAME, RTLD_NOW | RTLD_LOCAL);

    if (h == NULL) {
        snprintf(err, errlen, "cannot load %s: %s (install libnats)",
            LIBNATS_SONAME, dlerror());
        return NULL;
    }
#define FWNATS_LOAD(f) \
    if ((api.f = (__typeof__(api.f))dlsym(h, #f)) == NULL) { \
        snprintf(err, errlen, "%s has no %s", LIBNATS_SONAME, #f); \
        dlclose(h); \
        return NULL; \
    }
    FWNATS_CALLS(FWNATS_LOAD)
#undef FWNATS_LOAD
    return &api;
}
