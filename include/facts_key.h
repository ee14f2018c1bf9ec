/* SPDX-License-Identifier: MIT */
/* facts_key.h - decide which facts carry the story (the "key" flag). */
#ifndef FW_FACTS_KEY_H
#define FW_FACTS_KEY_H

#include "caldate.h"
#include "facts.h"
#include "parse.h"

/* Set f.key on at most FACTS_MAX_KEY facts of l (in text order, title
 * first): those of the title and lead that are near the article's date or
 * ahead of it, never a repeat of a value already key. Pure; cannot fail. */
void facts_key_mark(const struct parse_doc *doc, struct caldate ref,
                    struct facts_list *l);

#endif
