/* SPDX-License-Identifier: MIT */
/* facts.c - run the recogniser over a parsed article and collect its dated facts. */
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "facts_key.h"
#include "facts_scan.h"

const char *
facts_gran_name(enum facts_gran g)
{
    static const char *const names[] = {"day", "week", "month", "season",
        "quarter", "half", "year", "decade", "century"};

    if ((unsigned)g >= sizeof names / sizeof names[0])
        return "day";
    return names[g];
}

void
facts_free(struct facts_list *l)
{
    if (!l)
        return;
    free(l->v);
    l->v = NULL;
    l->n = l->cap = 0;
}

static int
push(struct facts_list *l, const struct fact *f)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        struct fact *v = realloc(l->v, cap * sizeof *v);
        if (!v)
            return -1;
        l->v = v;
        l->cap = cap;
    }
    l->v[l->n++] = *f;
    return 0;
}

/* Prepositions that decide on their own: "since January" looks back;
 * "until Thursday" (delayed, adjourned, held until) mostly looks ahead, so
 * it takes the nearest reading. */
static enum facts_tense
prep_tense(const char *text, const struct facts_tok *toks, size_t n, size_t a)
{
    size_t i;

    for (i = a; i + 1 >= a && i <= a; i--) {
        if (rec_word(text, toks, n, i, "since"))
            return FACTS_TENSE_PAST;
        if (rec_word(text, toks, n, i, "until") ||
            rec_word(text, toks, n, i, "till"))
            return FACTS_TENSE_PRESENT;
        if (i == 0)
            break;
    }
    return FACTS_TENSE_NONE;
}

/* A date in a wire dateline ("TOKYO, Jan. 2 (Reuters) -") is the article's
 * own date, never a fact: upper-case place words and commas before it, a
 * dash or a parenthesised agency after it. */
static int
dateline(const char *text, const struct facts_tok *toks, size_t n,
         const struct facts_match *m)
{
    size_t i;
    const struct facts_tok *t;

    (void)text;
    if (m->a == 0 || m->a > 8)
        return 0;
    for (i = 0; i < m->a; i++) {
        t = &toks[i];
        if (!((t->kind == FT_WORD && (t->flags & FT_UPPER)) ||
              (t->kind == FT_PUNCT && (t->val == ',' || t->val == '.'))))
            return 0;
    }
    if (m->b >= n)
        return 0;
    t = &toks[m->b];
    return (t->kind == FT_PUNCT && (t->val == '(' || t->val == '-')) ||
        (t->kind == FT_OTHER && t->val == FT_DASH);
}

/* Recognise, resolve and append the facts of one sentence (or the title,
 * sentence -1). Returns 0, or -1 when memory ran out. */
static int
scan_text(const char *text, size_t len, int sentence, struct caldate ref,
          struct facts_tok *toks, struct facts_list *out)
{
    size_t heads, n = facts_tokenize(text, len, toks, len + 1, &heads);
    size_t i, done = 0;
    struct facts_match m;

    if (heads == 0)
        return 0;

    for (i = 0; i < n; i++) {
        enum facts_tense t = FACTS_TENSE_NONE;
        struct fact f;

        if (!(toks[i].flags & FT_HEAD) ||
            !facts_recognise(text, toks, n, i, &m))
            continue;
        if (m.a < done)
            m.a = done;
        if ((sentence == 0 && dateline(text, toks, n, &m)) ||
            (m.b + 1 < n && toks[m.b].lex == LX_SET &&
             toks[m.b + 1].lex == LX_UNIT))
            continue;           /* a dateline; "on April 6 each year" */
        if (m.need_tense)
            t = prep_tense(text, toks, n, m.a);
        if (m.need_tense && t == FACTS_TENSE_NONE)
            t = facts_tense_at(toks, n, m.a, m.b);
        if (m.future_only && t != FACTS_TENSE_FUTURE &&
            t != FACTS_TENSE_PRESENT)
            continue;
        if (m.results && t == FACTS_TENSE_FUTURE)
            t = FACTS_TENSE_PAST;
        memset(&f, 0, sizeof f);
        if (facts_norm(&m.e, ref, t, f.value) < 0)
            continue;
        f.sentence = sentence;
        f.off = toks[m.a].off;
        f.len = toks[m.b - 1].off + toks[m.b - 1].len - f.off;
        f.gran = m.e.gran;
        if (push(out, &f) < 0)
            return -1;
        done = m.b;
        i = m.b - 1;
    }
    return 0;
}

/* Longest text the token buffer must cover: the title or a sentence. */
static size_t
longest(const struct parse_doc *doc)
{
    size_t i, max = doc->title ? strlen(doc->title) : 0;

    for (i = 0; i < doc->nsentences; i++)
        if (doc->sentences[i].len > max)
            max = doc->sentences[i].len;
    return max;
}

int
facts_extract(const struct parse_doc *doc, struct caldate ref,
              struct facts_list *out)
{
    struct facts_tok *toks;
    size_t i;
    int rc = 0;

    memset(out, 0, sizeof *out);
    toks = malloc((longest(doc) + 1) * sizeof *toks);
    if (!toks)
        return -1;
    if (doc->title)
        rc = scan_text(doc->title, strlen(doc->title), -1, ref, toks, out);
    for (i = 0; rc == 0 && i < doc->nsentences; i++) {
        const struct parse_sentence *s = &doc->sentences[i];
        if (s->off + s->len <= doc->body_len)
            rc = scan_text(doc->body + s->off, s->len, (int)i, ref, toks, out);
    }
    free(toks);
    if (rc < 0) {
        facts_free(out);
        return -1;
    }
    facts_key_mark(doc, ref, out);
    return (int)out->n;
}
