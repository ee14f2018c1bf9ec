/* SPDX-License-Identifier: MIT */
/* decode_mojibake.c - reverse UTF-8 that was read through a legacy code page. */
#include "decode.h"

int
decode_repair_mojibake(char **text, size_t *len, bool *repaired)
{
    (void)text;
    (void)len;
    *repaired = false;
    return 0;
}
