/* SPDX-License-Identifier: MIT */
/* facts_tense.c - the tense of the clause around an expression, from cheap cues. */
#include "facts_scan.h"

static int
is_aux(const struct facts_tok *t)
{
    return t->kind == FT_WORD &&
        (t->lex == LX_PRES || t->lex == LX_PERF || t->lex == LX_FUT ||
         t->lex == LX_BE || t->lex == LX_AUXPAST);
}

/* The cue token i gives: its own tense, or future for "expected to",
 * "plans to", "is to", "going to". */
static int
cue(const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *t = &toks[i];
    int to_next = i + 1 < n && toks[i + 1].lex == LX_TO;

    if (t->kind != FT_WORD)
        return FACTS_TENSE_NONE;
    /* Lower-case "may" is the modal, not the month. */
    if (t->lex == LX_MONTH && t->val == 5 && !(t->flags & FT_CAP))
        return FACTS_TENSE_FUTURE;
    /* "they did not play on Saturday": the auxiliary decides. */
    if (t->lex == LX_SCHED && t->val == 1 && i > 0 &&
        (toks[i - 1].lex == LX_AUXPAST || toks[i - 1].lex == LX_FUT ||
         toks[i - 1].lex == LX_NOT || toks[i - 1].lex == LX_TO))
        return FACTS_TENSE_NONE;
    if (t->lex == LX_FUTTO && t->val == 2)
        return to_next ? FACTS_TENSE_NONE : FACTS_TENSE_FUTURE;
    if ((to_next && (t->lex == LX_FUTTO || t->lex == LX_PRES)) ||
        (t->lex == LX_FUTTO && t->val == 1)) {
        /* "had planned the launch for mid-April", "had been scheduled for
         * Oct. 24": future seen from the past, so the nearest reading. */
        if (i > 0 && (toks[i - 1].lex == LX_AUXPAST ||
                      (toks[i - 1].lex == LX_BE && i > 1 &&
                       toks[i - 2].lex == LX_AUXPAST)))
            return FACTS_TENSE_PRESENT;
        return FACTS_TENSE_FUTURE;
    }
    if (t->lex == LX_FUTTO)
        return FACTS_TENSE_NONE;
    /* A participle after an auxiliary ("will be held", "is played", "has
     * organised") leaves the tense to the auxiliary. */
    if (t->tense == FACTS_TENSE_PAST && t->lex != LX_AUXPAST && i > 0 &&
        is_aux(&toks[i - 1]))
        return FACTS_TENSE_NONE;
    /* "the proposed law", "a detailed plan": adjectives. */
    if (t->tense == FACTS_TENSE_PAST && t->lex == LX_NONE && i > 0 &&
        (toks[i - 1].lex == LX_THE ||
         (toks[i - 1].lex == LX_NUMWORD && toks[i - 1].len <= 2)))
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
    size_t i;
    int t;

    /* The verb an adverbial belongs to is mostly before it ("met on
     * Friday", "who fired their coach on Friday, have lost"); one after it
     * decides only when none is before ("In February, Putin declared").
     * "that" opens a new clause: "said that on Monday he will". */
    for (i = a; i-- > 0;) {
        if (barrier(&toks[i]) || toks[i].lex == LX_THAT)
            break;
        if ((t = cue(toks, n, i)) != FACTS_TENSE_NONE)
            return (enum facts_tense)t;
    }
    for (i = b; i < n; i++) {
        if (barrier(&toks[i]))
            break;
        if ((t = cue(toks, n, i)) != FACTS_TENSE_NONE)
            return (enum facts_tense)t;
    }
    return FACTS_TENSE_NONE;
}
