/* SPDX-License-Identifier: MIT */
/* decode_html_lib.c - load libxml2 at the first HTML page rather than at start-up. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdio.h>

#include "decode_html_lib.h"

/* libxml2 and the ICU Debian builds it with are 0.9 MiB of every
 * process's RSS once mapped, and most folders hold no HTML: the daemon
 * idles without them. The one process-wide state of the text pipeline:
 * written once, under pthread_once, and never changed after. */
#define XML2_SONAME "libxml2.so.2"

static struct html_lib lib;
static const struct html_lib *loaded;
static char failed[300];        /* why it could not be loaded, or "" */
static atomic_bool told;        /* decode_html_unavailable() gave it */
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void
load(void)
{
    void *h = dlopen(XML2_SONAME, RTLD_NOW | RTLD_LOCAL);

    if (h == NULL) {
        snprintf(failed, sizeof failed, "cannot load %s: %s", XML2_SONAME,
            dlerror());
        return;
    }
    lib.read_memory = (__typeof__(lib.read_memory))dlsym(h, "htmlReadMemory");
    lib.root_element =
        (__typeof__(lib.root_element))dlsym(h, "xmlDocGetRootElement");
    lib.free_doc = (__typeof__(lib.free_doc))dlsym(h, "xmlFreeDoc");
    if (lib.read_memory == NULL || lib.root_element == NULL ||
        lib.free_doc == NULL) {
        snprintf(failed, sizeof failed, "%s lacks its HTML parser",
            XML2_SONAME);
        dlclose(h);
        return;
    }
    loaded = &lib;
}

const struct html_lib *
decode_html_lib(void)
{
    pthread_once(&once, load);
    return loaded;
}

/* Why an HTML page was read as text (libxml2 missing), the first time
 * it is asked after a failed load; NULL before, after, or when it loaded. */
const char *
decode_html_unavailable(void)
{
    return failed[0] && !atomic_exchange(&told, true) ? failed : NULL;
}
