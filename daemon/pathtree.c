/* SPDX-License-Identifier: MIT */
/* pathtree.c - tsearch trees of records keyed by a path: compare, and find those at or below a folder. */
#include <search.h>
#include <string.h>

#include "factwatchd.h"

/* The records start with their path (char *): the key of the tree. */
static const char *
path_of(const void *record)
{
    return *(char *const *)record;
}

int
pathtree_cmp(const void *a, const void *b)
{
    return strcmp(path_of(a), path_of(b));
}

/* twalk has no context pointer: the walk's state lives here, which is
 * safe in our one thread. */
static struct {
    const char *prefix;
    size_t      len;
    void      **hit;
    size_t      n, cap;
} walk;

static void
visit(const void *node, VISIT v, int depth)
{
    void *r = *(void *const *)node;
    const char *p = path_of(r);

    (void)depth;
    if ((v == postorder || v == leaf) && walk.n < walk.cap &&
        strncmp(p, walk.prefix, walk.len) == 0 &&
        (p[walk.len] == '\0' || p[walk.len] == '/'))
        walk.hit[walk.n++] = r;
}

size_t
pathtree_below(const void *root, const char *prefix, void **hit, size_t cap)
{
    walk.prefix = prefix;
    walk.len = strlen(prefix);
    walk.hit = hit;
    walk.n = 0;
    walk.cap = cap;
    twalk(root, visit);
    walk.hit = NULL;
    return walk.n;
}
