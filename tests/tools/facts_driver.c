/* SPDX-License-Identifier: MIT */
/* facts_driver.c - print the facts of one-line articles: "YYYY-MM-DD text" per line. */
#include <stdio.h>
#include <string.h>

#include "facts.h"

/* Each input line is an article of one sentence dated by its first ten
 * bytes; prints value, granularity, key and expression per fact. */
int
main(void)
{
    char line[8192];

    while (fgets(line, sizeof line, stdin)) {
        struct parse_doc doc = {0};
        struct parse_sentence s;
        struct facts_list l;
        struct caldate ref;
        size_t len = strcspn(line, "\n"), i;

        line[len] = '\0';
        if (len < 12 || cal_parse_iso(line, 10, &ref) < 0)
            continue;
        doc.body = line + 11;
        doc.body_len = len - 11;
        s = (struct parse_sentence){0, doc.body_len, 0};
        doc.sentences = &s;
        doc.nsentences = 1;
        if (facts_extract(&doc, ref, &l) < 0)
            return 1;
        printf("%s\n", doc.body);
        for (i = 0; i < l.n; i++)
            printf("  %-12s %-7s %c %.*s\n", l.v[i].value,
                   facts_gran_name(l.v[i].gran), l.v[i].key ? 'K' : ' ',
                   (int)l.v[i].len, doc.body + l.v[i].off);
        facts_free(&l);
    }
    return 0;
}
