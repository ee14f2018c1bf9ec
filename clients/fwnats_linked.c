/* SPDX-License-Identifier: MIT */
/* fwnats_linked.c - the libnats calls of a client linked with libnats. */
#include "fwnats.h"

const struct fwnats_api *
fwnats_linked(void)
{
    static const struct fwnats_api api = {
#define FWNATS_LINK(f) .f = f,
        FWNATS_CALLS(FWNATS_LINK)
#undef FWNATS_LINK
    };

    return &api;
}
