/* SPDX-License-Identifier: MIT */
/* facts_key.h - decide which facts carry the story (the "key" flag). */
#ifndef FW_FACTS_KEY_H
#define FW_FACTS_KEY_H

#include "caldate.h"
#include "facts.h"
#include "parse.h"

/* Set f.key on at most three facts of l (never more than FACTS_MAX_KEY),
 * scored by where they stand (title, then lead, or the first sentence that
 * holds a date when the lead has none, then the sentence after and the
 * one that opens the next paragraph) and how near the article's date they
 * fall; a repeat of an earlier value is never key. Pure; cannot fail. */
void facts_key_mark(const struct parse_doc *doc, struct caldate ref,
                    struct facts_list *l);

#endif
