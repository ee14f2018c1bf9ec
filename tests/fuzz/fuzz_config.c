/* SPDX-License-Identifier: MIT */
/* fuzz_config.c - libFuzzer target: the configuration reader (libinih + cfg_set) on arbitrary text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../daemon/factwatchd.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct fw_config c, copy;
    char err[512], *text = malloc(size + 1);

    if (text == NULL)
        return 0;
    log_init(LOG_ERR, false);   /* config.c's warnings would flood stderr */
    memcpy(text, data, size);
    text[size] = '\0';
    cfg_defaults(&c);
    if (cfg_load_string(&c, text, err, sizeof err) < 0 && err[0] == '\0')
        abort();                /* a refusal always says why */
    if (c.nbinds < 0 || c.nbinds > FW_MAX_BINDS)
        abort();
    if (cfg_copy(&copy, &c) == 0)
        cfg_free(&copy);
    cfg_free(&c);
    free(text);
    return 0;
}
