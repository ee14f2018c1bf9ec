/* SPDX-License-Identifier: MIT */
/* facts_tense.c - the tense of the clause around an expression, from cheap cues. */
#include "facts_scan.h"

/* The cue token i gives: its own tense, or future for "expected to",
 * "plans to", "is to", "going to". */
static int
cue(const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *t = &toks[i];
    int to_next = i + 1 < n && toks[i + 1].lex == LX_TO;

    if (t->kind != FT_WORD)
        return FACTS_TENSE_NONE;
    if (to_next && (t->lex == LX_FUTTO || t->lex == LX_PRES))
        return FACTS_TENSE_FUTURE;
    if (t->lex == LX_FUTTO)
        return FACTS_TENSE_NONE;
    return t->tense;
}

/* A semicolon or colon ends the clause a cue speaks for. */
static int
barrier(const struct facts_tok *t)
{
    return t->kind == FT_PUNCT && (t->val == ';' || t->val == ':');
}

enum facts_tense
facts_tense_at(const struct facts_tok *toks, size_t n, size_t a, size_t b)
{
    size_t i, dl = (size_t)-1, dr = (size_t)-1;
    int tl = FACTS_TENSE_NONE, tr = FACTS_TENSE_NONE;

    for (i = a; i-- > 0;) {
        if (barrier(&toks[i]))
            break;
        if ((tl = cue(toks, n, i)) != FACTS_TENSE_NONE) {
            dl = a - i;
            break;
        }
    }
    for (i = b; i < n; i++) {
        if (barrier(&toks[i]))
            break;
        if ((tr = cue(toks, n, i)) != FACTS_TENSE_NONE) {
            dr = i + 1 - b;
            break;
        }
    }
    if (dl == (size_t)-1 && dr == (size_t)-1)
        return FACTS_TENSE_NONE;
    return (enum facts_tense)(dl <= dr ? tl : tr);
}
