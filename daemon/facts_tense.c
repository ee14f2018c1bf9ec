/* SPDX-License-Identifier: MIT */
/* facts_tense.c - the tense of the clause around an expression, from cheap cues. */
#include <string.h>

#include "facts_scan.h"

/* Tokens searched either side of an expression for its tense: a clause
 * is shorter; a run with no punctuation (a table, a dump) would make
 * every search cross all of it. */
#define TENSE_REACH 64

static int
is_aux(const struct facts_tok *t)
{
    return t->kind == FT_WORD &&
        (t->lex == LX_PRES || t->lex == LX_PERF || t->lex == LX_FUT ||
         t->lex == LX_BE || t->lex == LX_AUXPAST);
}

/* Token i - 1 makes token i a noun: an article, "of", a number word, or a
 * lower-case word that is not a plural subject ("field visit", but
 * "teams play"). */
static int
determiner(const struct facts_tok *p)
{
    return p->kind == FT_WORD && (p->lex == LX_THE || p->lex == LX_OF ||
                                  p->lex == LX_NUMWORD ||
                                  p->lex == LX_DEICTIC);
}

/* "stayed open", "kept branches open": a verb of staying up to three
 * words before the schedule verb at i. */
static int
staying_before(const char *text, const struct facts_tok *toks, size_t n,
               size_t i)
{
    static const char *const staying[] = {"stayed", "stay", "stays",
        "remained", "remain", "remains", "kept", "keep", "keeps"};
    size_t k;

    for (k = i; k-- > 0 && k + 3 >= i;)
        if (REC_WORD_IN(text, toks, n, k, staying))
            return 1;
    return 0;
}

/* The word token t ends in s: a plural or a third person. */
static int
ends_s(const char *text, const struct facts_tok *t)
{
    return t->len > 1 && (text[t->off + t->len - 1] | 0x20) == 's';
}

/* The word token t is longer than 3 and ends in "ed": a regular past. */
static int
ends_ed(const char *text, const struct facts_tok *t)
{
    return t->len > 3 && !memcmp(text + t->off + t->len - 2, "ed", 2);
}

int
facts_ends_ing(const char *text, const struct facts_tok *t)
{
    return t->len > 4 && !memcmp(text + t->off + t->len - 3, "ing", 3);
}

/* A lower-case word the lexicon does not know, of four letters or more,
 * in -s but not -ss, -us or -is: a verb's third person ("publishes",
 * "sits"), as s_verb and pron_verb read one after a subject (and
 * facts_match_tense.c one before "in two months"). */
int
facts_verb_in_s(const char *text, const struct facts_tok *t)
{
    const char *e = text + t->off + t->len;

    return t->kind == FT_WORD && t->lex == LX_NONE &&
        t->tense == FACTS_TENSE_NONE && !(t->flags & (FT_CAP | FT_UPPER)) &&
        t->len >= 4 && e[-1] == 's' && e[-2] != 's' && e[-2] != 'u' &&
        e[-2] != 'i';
}

/* "the", "a", "an" or an owner ("its", "their", "his") at i. */
static int
determiner_at(const char *text, const struct facts_tok *toks, size_t n,
              size_t i)
{
    return toks[i].lex == LX_THE || rec_owner(text, toks, n, i) ||
        rec_word(text, toks, n, i, "a") || rec_word(text, toks, n, i, "an");
}

static int
noun_before(const char *text, const struct facts_tok *toks, size_t i)
{
    /* sides are plural in British sport: "Rudd's side host Carrow on
     * Wednesday" is a fixture, not a "side host" */
    static const char *const sides[] = {"side", "team", "squad",
        "outfit", "men", "women", "champions", "leaders"};
    static const char *const relatives[] = {"who", "which"};
    const struct facts_tok *p = &toks[i - 1];

    if (p->kind != FT_WORD)
        return 0;
    if (determiner(p))
        return 1;
    if (REC_WORD_IN(text, toks, i, i - 1, sides) ||
        REC_WORD_IN(text, toks, i, i - 1, relatives))
        return 0;       /* "the selectors, who meet on Sunday" */
    return p->lex == LX_NONE && !(p->flags & (FT_CAP | FT_UPPER)) &&
        p->tense == FACTS_TENSE_NONE && !ends_s(text, p);
}

/* A plural noun at i: a lower-case word in -s that the lexicon knows as
 * no more than a counted noun ("homes", "flights"; not "this", "has"). */
static int
noun_plural(const char *text, const struct facts_tok *toks, size_t n,
            size_t i)
{
    return i < n && toks[i].kind == FT_WORD &&
        (toks[i].lex == LX_NONE || toks[i].lex == LX_QTY) &&
        toks[i].tense == FACTS_TENSE_NONE && toks[i].len > 3 &&
        !(toks[i].flags & (FT_CAP | FT_UPPER)) && ends_s(text, &toks[i]) &&
        text[toks[i].off + toks[i].len - 2] != 's';
}

/* "we go", "they return", "she publishes": a pronoun and a verb in the
 * present after the expression ("in May, we go up again", "On Sunday, at
 * 76, she publishes her thousandth puzzle") state a plan, so the future.
 * After "he", "she" or "it" a word the lexicon does not know in -s is
 * that verb (as s_verb reads one after a name). */
static int
pron_verb(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const singular[] = {"he", "she", "it"};
    const struct facts_tok *v = i + 1 < n ? &toks[i + 1] : NULL;

    if (toks[i].kind != FT_WORD || !v || v->kind != FT_WORD ||
        (v->flags & (FT_CAP | FT_UPPER)))
        return 0;
    if (toks[i].lex == LX_PRON)
        return (v->lex == LX_NONE && v->tense == FACTS_TENSE_NONE &&
                !ends_s(text, v)) || (v->lex == LX_SCHED && (v->val & 1));
    return facts_verb_in_s(text, v) && toks[i].len <= 3 &&
        REC_WORD_IN(text, toks, n, i, singular);
}

/* A capitalised word after "the", or after "the" and a capitalised word,
 * is part of a name: "the Open", "the Irish Open", "the Grand Opens". */
static int
in_name(const struct facts_tok *toks, size_t i)
{
    const struct facts_tok *p = i > 0 ? &toks[i - 1] : NULL;

    if (!(toks[i].flags & FT_CAP) || p == NULL)
        return 0;
    return p->lex == LX_THE || (p->kind == FT_WORD &&
                                (p->flags & (FT_CAP | FT_UPPER)) && i > 1 &&
                                toks[i - 2].lex == LX_THE);
}

/* "its audited accounts", "another cut", "the contractor's revised
 * plan": a possessive before a past form makes it an adjective or a
 * noun. */
static int
possessive(const char *text, const struct facts_tok *toks, size_t n,
           size_t i)
{
    static const char *const w[] = {"its", "their", "his", "her", "our",
        "your", "my", "whose", "another"};

    if (i > 0 && rec_word(text, toks, n, i, "s") && rec_apos(toks, n, i - 1))
        return 1;       /* "the contractor's revised plan" */
    if (i > 0 && rec_apos(toks, n, i) && rec_joined(toks, n, i) &&
        toks[i - 1].kind == FT_WORD &&
        (text[toks[i - 1].off + toks[i - 1].len - 1] | 0x20) == 's')
        return 1;       /* "operators' reported numbers" */
    return toks[i].kind == FT_WORD && toks[i].lex == LX_NONE &&
        toks[i].len <= 7 && REC_WORD_IN(text, toks, n, i, w);
}

/* A lower-case word after token i that opens no phrase: the noun a participle
 * after a possessive qualifies ("the contractor's revised plan"); with
 * none ("Sainsbury's said on Monday", "Macy's announced that") the
 * possessive is a company's name and the participle its verb. */
static int
noun_after(const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *x = i + 1 < n ? &toks[i + 1] : NULL;

    return x && x->kind == FT_WORD && !(x->flags & (FT_CAP | FT_UPPER)) &&
        x->tense == FACTS_TENSE_NONE && x->lex != LX_PREP &&
        x->lex != LX_PRON && x->lex != LX_THAT && x->lex != LX_THE &&
        x->lex != LX_TO && x->lex != LX_AND && x->lex != LX_FOR;
}

/* "remain", "stay", "seem", "get": a verb a participle may follow as an
 * adjective ("would remain closed on Thursday"). */
static int
linking(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const w[] = {"remain", "remains", "stay", "stays",
        "seem", "seems", "get", "gets", "look", "looks"};

    return REC_WORD_IN(text, toks, n, i, w);
}

/* "the update released on Tuesday will be the last": a past form after
 * "the" and a noun, with its clause's own verb still to come, describes
 * the noun ("the company released the update on Tuesday" has none after,
 * nor "... on Tuesday and will ship", whose verb is another's). */
static int
reduced_relative(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i)
{
    static const char *const saying[] = {"said", "told", "announced",
        "reported", "added", "wrote", "stated", "warned"};
    size_t d = i + 1 + (i + 1 < n && toks[i + 1].lex == LX_PREP), j;

    if (i < 2 || d >= n || toks[i].tense != FACTS_TENSE_PAST ||
        toks[i].lex == LX_AUXPAST || toks[i - 1].kind != FT_WORD ||
        toks[i - 1].lex != LX_NONE ||
        (toks[i - 1].flags & (FT_CAP | FT_UPPER)) ||
        !(toks[i - 2].lex == LX_THE ||
          (toks[i - 2].lex == LX_NUMWORD && toks[i - 2].len <= 2) ||
          (toks[i - 2].kind == FT_WORD && toks[i - 2].lex == LX_NONE &&
           !(toks[i - 2].flags & (FT_CAP | FT_UPPER)))) ||
        !(toks[d].lex == LX_WEEKDAY ||
          (d == i + 2 && (toks[d].lex == LX_MONTH ||
                          toks[d].lex == LX_RELDAY ||
                          toks[d].lex == LX_DEICTIC))) ||
        REC_WORD_IN(text, toks, n, i, saying))
        return 0;       /* its date right after it: "released on Tuesday",
                           "a ballot mailed Monday"; not "the department
                           said in June it would" */
    for (j = i + 1; j < n && j < i + 12; j++) {
        if ((toks[j].kind == FT_PUNCT && toks[j].val != '.' &&
             toks[j].val != '\'') || toks[j].lex == LX_THAT)
            return 0;   /* "the department said in June that it would" */
        if (is_aux(&toks[j]) || (toks[j].lex == LX_MONTH &&
                                 toks[j].val == 5 &&
                                 !(toks[j].flags & FT_CAP)))
            return toks[j - 1].lex != LX_AND;   /* "may" too */
    }
    return 0;
}

/* "will be applied to bills issued in January", "will see it in payments
 * made in January": a past form right after a plural noun, its date
 * right after it, in a clause a modal opened before the noun: it
 * describes the noun, and the modal dates the clause. */
static int
modal_relative(const char *text, const struct facts_tok *toks, size_t n,
               size_t i)
{
    const struct facts_tok *p = i > 0 ? &toks[i - 1] : NULL;
    size_t k;

    if (p == NULL || toks[i].tense != FACTS_TENSE_PAST ||
        toks[i].lex == LX_AUXPAST || p->kind != FT_WORD ||
        p->lex != LX_NONE || (p->flags & (FT_CAP | FT_UPPER)) ||
        !ends_s(text, p) || !rec_lex(toks, n, i + 1, LX_PREP) ||
        !(rec_lex(toks, n, i + 2, LX_MONTH) ||
          rec_lex(toks, n, i + 2, LX_WEEKDAY)))
        return 0;
    for (k = i - 1; k-- > 0 && k + 12 >= i;) {
        if (toks[k].kind == FT_PUNCT && toks[k].val != '\'' &&
            toks[k].val != '-')
            return 0;
        if (toks[k].lex == LX_FUT)
            return 1;
        if (toks[k].kind == FT_WORD && toks[k].tense != FACTS_TENSE_NONE &&
            toks[k].lex != LX_BE && !(k > 0 && is_aux(&toks[k - 1])))
            return 0;   /* not "paid bills issued"; "be applied" is */
    }
    return 0;
}

/* i, or the index of an adverb in -ly right before it ("to be formally
 * reviewed"): where the words before a participle start. */
static size_t
adverb_before(const char *text, const struct facts_tok *toks, size_t i)
{
    const struct facts_tok *p = i > 0 ? &toks[i - 1] : NULL;

    return p && p->kind == FT_WORD && p->lex == LX_NONE && p->len > 3 &&
        !(p->flags & (FT_CAP | FT_UPPER)) &&
        memcmp(text + p->off + p->len - 2, "ly", 2) == 0 ? i - 1 : i;
}

/* "hold two televised debates": a past form at i between a number word
 * and a noun, the number after a verb or a preposition (not "Of the
 * five hostages, three escaped captivity", "the two signed a pact",
 * where the number is the subject). */
static int
number_adjective(const struct facts_tok *toks, size_t n, size_t i)
{
    return i > 1 && toks[i - 1].lex == LX_NUMWORD && noun_after(toks, n, i) &&
        toks[i + 1].lex == LX_NONE && toks[i - 2].kind == FT_WORD &&
        toks[i - 2].lex != LX_THE;
}

/* A past form at i that is no finite verb: a participle or an
 * adjective, which leaves the tense to another word. */
static int
participle(const char *text, const struct facts_tok *toks, size_t n,
           size_t i)
{
    static const char *const degree[] = {"more", "most", "less", "least",
        "very", "well", "newly"};
    const struct facts_tok *t = &toks[i];
    size_t b = adverb_before(text, toks, i);

    /* after an auxiliary ("will be held", "is played", "has organised",
     * "will be formally presented") or a linking verb ("would remain
     * closed", "stay shut") */
    if (t->lex != LX_AUXPAST && b > 0 && (is_aux(&toks[b - 1]) ||
                                          linking(text, toks, n, b - 1)))
        return 1;
    /* after "not" with no auxiliary ("anything not named or collected by
     * Friday will go") */
    if (t->lex != LX_AUXPAST && i > 0 &&
        (toks[i - 1].lex == LX_NOT ||
         (i > 2 && toks[i - 1].lex == LX_AND &&
          toks[i - 2].tense == FACTS_TENSE_PAST &&
          toks[i - 3].lex == LX_NOT)))
        return 1;
    /* a passive before "by" ("a cut in April, followed by another in the
     * third quarter"), not an amount ("increased by 3% on Friday") */
    if (t->lex == LX_NONE && rec_word(text, toks, n, i + 1, "by") &&
        i + 2 < n && toks[i + 2].kind == FT_WORD &&
        toks[i + 2].lex != LX_APPROX)
        return 1;
    /* adjectives: "the lost days", "a more settled spell" */
    if ((t->lex == LX_NONE || t->lex == LX_PAST) && i > 0 &&
        noun_after(toks, n, i) &&
        (toks[i - 1].lex == LX_THE || REC_WORD_IN(text, toks, n, i - 1,
                                                  degree)))
        return 1;
    /* adjectives: "the proposed law", "a detailed plan", "its audited
     * accounts", "two televised debates", a quoted 'a "phased
     * wind-down"' */
    if (t->lex == LX_NONE && i > 0 &&
        (toks[i - 1].lex == LX_THE || (possessive(text, toks, n, i - 1) &&
                                       noun_after(toks, n, i)) ||
         (toks[i - 1].lex == LX_NUMWORD && toks[i - 1].len <= 2) ||
         number_adjective(toks, n, i) ||
         (i > 1 && toks[i - 1].kind != FT_WORD && toks[i - 1].val == '"' &&
          (toks[i - 2].lex == LX_THE || (toks[i - 2].lex == LX_NUMWORD &&
                                         toks[i - 2].len <= 2)))))
        return 1;
    if (t->lex == LX_PAST && i > 0 && possessive(text, toks, n, i - 1) &&
        noun_after(toks, n, i))
        return 1;
    /* "a said Eucharist", "one said service": an article or "one" and a
     * noun around it */
    if (t->lex == LX_PAST && i > 0 && toks[i - 1].lex == LX_NUMWORD &&
        (toks[i - 1].len <= 2 || rec_word(text, toks, n, i - 1, "one")) &&
        noun_after(toks, n, i))
        return 1;
    /* after a preposition and before a noun: "in skilled jobs", "with
     * limited access", "for detailed plans" */
    if ((t->lex == LX_NONE || t->lex == LX_PAST) && i > 0 &&
        (toks[i - 1].lex == LX_PREP || toks[i - 1].lex == LX_OF ||
         toks[i - 1].lex == LX_FOR) && noun_after(toks, n, i))
        return 1;
    /* a sentence or headline that opens with it before a noun: "Stranded
     * passengers to fly home on Monday", "First allied troops to land
     * on Tuesday" */
    if ((t->lex == LX_NONE || t->lex == LX_PAST) && noun_after(toks, n, i) &&
        (i == 0 || (i == 1 && (toks[0].lex == LX_NUMWORD ||
                               toks[0].lex == LX_ORDWORD))))
        return 1;
    return reduced_relative(text, toks, n, i) ||
        modal_relative(text, toks, n, i);
}

/* "is due to be", "are widely tipped to win": after "is" or "are"
 * (an adverb between), before "to" and a verb that is no perfect. */
static int
plan_infinitive(const char *text, const struct facts_tok *toks, size_t n,
                size_t i)
{
    size_t b = i;
    const char *e;

    if (b > 1 && toks[b - 1].kind == FT_WORD && toks[b - 1].lex == LX_NONE &&
        toks[b - 1].len > 3)
        b--;            /* "widely" (the word is not checked further) */
    if (b == 0 || toks[b - 1].lex != LX_PRES || i + 2 >= n)
        return 0;
    e = text + toks[i + 2].off + toks[i + 2].len;
    /* "is closed to flights": a plural noun, no verb */
    if (toks[i + 2].len > 3 && e[-1] == 's' && e[-2] != 's' && e[-2] != 'u')
        return 0;
    return toks[i + 2].kind == FT_WORD && toks[i + 2].lex != LX_PERF &&
        toks[i + 2].lex != LX_THE && !determiner(&toks[i + 2]) &&
        !(toks[i + 2].flags & (FT_CAP | FT_UPPER));
}

/* "wants India to open its market": a wish's object, then "to" and a
 * verb, a little way after token i. */
static int
object_to_verb(const struct facts_tok *toks, size_t n, size_t i)
{
    size_t k;

    for (k = i + 2; k < n && k <= i + 4; k++) {
        if (toks[k].lex == LX_TO)
            return k + 1 < n && toks[k + 1].kind == FT_WORD &&
                !(toks[k + 1].flags & (FT_CAP | FT_UPPER)) &&
                !determiner(&toks[k + 1]);
        if (toks[k].kind != FT_WORD || toks[k].tense != FACTS_TENSE_NONE)
            return 0;
    }
    return 0;
}

/* A schedule verb that dates nothing itself: "they did not play on
 * Saturday" (the auxiliary decides), "stayed open on Christmas Day" (the
 * verb before it), "her last field visit", "a home play" (the base form
 * as a noun), "the returns", "its opens" (the -s form after a
 * determiner), "open homes", "return flights" (before a plural noun). */
static int
sched_silent(const char *text, const struct facts_tok *toks, size_t n,
             size_t i)
{
    const struct facts_tok *t = &toks[i];

    if (t->lex != LX_SCHED)
        return 0;
    if ((t->val & 2) && i + 1 < n && toks[i + 1].lex == LX_TO)
        return 1;               /* "came close to signing", "falls to 2%" */
    if ((t->val & 1) && i > 0 &&
        (toks[i - 1].lex == LX_AUXPAST || toks[i - 1].lex == LX_FUT ||
         toks[i - 1].lex == LX_NOT || toks[i - 1].lex == LX_TO ||
         staying_before(text, toks, n, i)))
        return 1;
    return (i > 0 && ((t->val & 1) ? noun_before(text, toks, i) :
                      determiner(&toks[i - 1]))) ||
        ((t->val & 1) && noun_plural(text, toks, n, i + 1));
}

/* A wish's past form ("wanted", "urged", "promised") with no auxiliary
 * before it: a past act, the wish made then. */
static int
wish_past(const char *text, const struct facts_tok *toks, size_t i)
{
    const struct facts_tok *t = &toks[i];

    return t->lex == LX_FUTTO && t->val == 0 && ends_ed(text, t) &&
        !(i > 0 && is_aux(&toks[i - 1]));
}

/* The tense a plan word gives ("expected to", "plans to", "is due to",
 * "is to", "going to", "scheduled for"), or -1 when token i is none. */
static int
cue_plan(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const wanting[] = {"expect", "expects"};
    const struct facts_tok *t = &toks[i];
    int to_next = i + 1 < n && toks[i + 1].lex == LX_TO;

    /* "due to rain" is a cause; "notes due 2027" names a bond; "is due
     * to be sentenced" is a plan. */
    if (t->lex == LX_FUTTO && t->val == 2 && !to_next && i > 0 &&
        toks[i - 1].lex == LX_AUXPAST)
        return FACTS_TENSE_PAST;        /* "the money was due on Friday" */
    if (t->lex == LX_FUTTO && t->val == 2)
        return (to_next && !plan_infinitive(text, toks, n, i)) ||
            rec_year(toks, n, i + 1) ? FACTS_TENSE_NONE : FACTS_TENSE_FUTURE;
    /* "is widely tipped to be picked", "are poised to": a passive with
     * an infinitive looks ahead ("is said to have met" does not) */
    if (t->tense == FACTS_TENSE_PAST && to_next && t->lex != LX_AUXPAST &&
        plan_infinitive(text, toks, n, i))
        return FACTS_TENSE_FUTURE;
    /* "prices rose less than expected in June", "fell as forecast": a
     * comparison with a forecast; the clause's own verb dates it. */
    if (t->lex == LX_FUTTO && i > 0 &&
        (rec_word(text, toks, n, i - 1, "than") ||
         rec_word(text, toks, n, i - 1, "as")))
        return FACTS_TENSE_NONE;
    /* ... "below what the trade expected", "more than analysts
     * expected": so is one with its subject between */
    if (t->lex == LX_FUTTO && !to_next && i >= 2 &&
        (rec_word(text, toks, n, i - 2, "what") ||
         rec_word(text, toks, n, i - 2, "than") ||
         (i >= 3 && (rec_word(text, toks, n, i - 3, "what") ||
                     rec_word(text, toks, n, i - 3, "than")))))
        return FACTS_TENSE_NONE;
    /* "the disinflation we expected in the spring": a plan's verb after
     * its subject is a past act, the plan seen from then. */
    if (t->lex == LX_FUTTO && t->val == 1 && !to_next && i > 0 &&
        toks[i - 1].lex == LX_PRON)
        return FACTS_TENSE_PRESENT;
    /* "with gusts forecast to reach 150 km/h on Sunday": a forecast with
     * an infinitive looks ahead, as "expected to" does */
    if (to_next && i + 2 < n && toks[i + 2].kind == FT_WORD &&
        !(toks[i + 2].flags & (FT_CAP | FT_UPPER)) &&
        (rec_word(text, toks, n, i, "forecast") ||
         rec_word(text, toks, n, i, "forecasts")))
        return FACTS_TENSE_FUTURE;      /* not "its forecast to $61" */
    /* "postponed planned surgeries on Friday", "cancelled scheduled
     * flights": a plan's participle before a plural noun is its
     * adjective; the verb before it dates the clause */
    if (t->lex == LX_FUTTO && t->val == 1 && !to_next && i > 0 &&
        toks[i - 1].kind == FT_WORD && toks[i - 1].tense == FACTS_TENSE_PAST &&
        i + 1 < n && toks[i + 1].kind == FT_WORD &&
        toks[i + 1].lex == LX_NONE && !(toks[i + 1].flags & FT_CAP) &&
        ends_s(text, &toks[i + 1]))
        return FACTS_TENSE_NONE;
    /* "talks were to continue Monday", "he was to be sentenced on
     * Friday": a plan seen from the past, so the nearest reading */
    if (t->lex == LX_AUXPAST && to_next && i + 2 < n &&
        toks[i + 2].kind == FT_WORD &&
        !(toks[i + 2].flags & (FT_CAP | FT_UPPER)) &&
        (rec_word(text, toks, n, i, "was") ||
         rec_word(text, toks, n, i, "were")))
        return FACTS_TENSE_PRESENT;
    if ((to_next && (t->lex == LX_FUTTO || t->lex == LX_PRES)) ||
        (t->lex == LX_FUTTO && t->val == 1)) {
        /* "had planned the launch for mid-April", "had been scheduled for
         * Oct. 24", "was originally slated for an August 15 release":
         * future seen from the past, so the nearest reading. */
        size_t v = adverb_before(text, toks, i);
        if (v > 0 && (toks[v - 1].lex == LX_AUXPAST ||
                      (toks[v - 1].lex == LX_BE && v > 1 &&
                       toks[v - 2].lex == LX_AUXPAST)))
            return FACTS_TENSE_PRESENT;
        return FACTS_TENSE_FUTURE;
    }
    /* "we expect more for Saturday", "analysts expect a cut in March":
     * expecting looks ahead with an object too. (Wanting does not:
     * "police seek witnesses to a crash on Sunday" dates the crash.) */
    if (t->lex == LX_FUTTO && t->val == 0 && i > 0 &&
        !determiner(&toks[i - 1]) && !possessive(text, toks, n, i - 1) &&
        (REC_WORD_IN(text, toks, n, i, wanting) ||
         object_to_verb(toks, n, i)))
        return FACTS_TENSE_FUTURE;
    /* "wanted the report on Monday", "promised for December": a wish's
     * past form with no "to" and no auxiliary is a past verb like any
     * other ("has promised a review by the summer" looks ahead) */
    if (wish_past(text, toks, i))
        return FACTS_TENSE_PAST;
    return t->lex == LX_FUTTO ? FACTS_TENSE_NONE : -1;
}

/* "I'd like him in before Tuesday's game": "'d" at i before a base form
 * is "would" (future); before a past form it is "had" ("she'd left on
 * Monday"); an adverb between is passed over ("we'd never seen"). -1
 * when i is no "'d". */
static int
contracted_d(const char *text, const struct facts_tok *toks, size_t n,
             size_t i)
{
    static const char *const adverbs[] = {"never", "already", "just",
        "always", "still", "also", "only", "ever", "really"};
    static const char *const participles[] = {"been", "seen", "done",
        "gone", "given", "taken", "known", "written", "made", "had", "got",
        "gotten", "heard", "told", "left", "won", "lost", "met"};
    size_t k = i + 1;

    if (i == 0 || !rec_apos(toks, n, i - 1) || !rec_word(text, toks, n, i, "d"))
        return -1;
    if (k < n && REC_WORD_IN(text, toks, n, k, adverbs))
        k++;
    if (k >= n || toks[k].kind != FT_WORD || (toks[k].flags & FT_CAP))
        return FACTS_TENSE_NONE;
    return toks[k].tense == FACTS_TENSE_PAST ||
        REC_WORD_IN(text, toks, n, k, participles) ||
        ends_ed(text, &toks[k]) ? FACTS_TENSE_PAST : FACTS_TENSE_FUTURE;
}

/* "Calderon cut 2,300 jobs in January", "it hit a record on Friday": a
 * verb whose past is its base form, after a singular subject (a name of
 * one or more capitalised words, "he", "she", "it"), is past: the
 * present would end in -s. */
static int
bare_past(const char *text, const struct facts_tok *toks, size_t n,
          size_t i)
{
    static const char *const verbs[] = {"cut", "put", "hit", "shut", "quit",
        "cost", "spread", "split", "shed", "bid", "cast", "burst", "upset"};
    static const char *const singular[] = {"he", "she", "it"};
    const struct facts_tok *p = i > 0 ? &toks[i - 1] : NULL;

    if (p == NULL || toks[i].lex != LX_NONE || p->kind != FT_WORD ||
        !REC_WORD_IN(text, toks, n, i, verbs))
        return 0;
    if (REC_WORD_IN(text, toks, n, i - 1, singular))
        return 1;
    return (p->flags & FT_CAP) && !(p->flags & FT_UPPER) &&
        p->lex == LX_NONE && text[p->off + p->len - 1] != 's';
}

/* "before" or "until" in the dozen tokens after i, before a stop. */
static int
limit_after(const char *text, const struct facts_tok *toks, size_t n,
            size_t i)
{
    size_t k;

    for (k = i + 1; k < n && k < i + 12; k++) {
        if (toks[k].kind == FT_PUNCT && (toks[k].val == ';' ||
                                         toks[k].val == ':' ||
                                         toks[k].val == '.'))
            return 0;
        if (rec_word(text, toks, n, k, "before") ||
            rec_word(text, toks, n, k, "until"))
            return 1;
    }
    return 0;
}

/* A wish ("want", "wants", "need", "needs") up to five words before the
 * participle at i, with only its object between (words the lexicon does
 * not know, "the", "a", owners: no verb, no mark). */
static int
wished_object(const char *text, const struct facts_tok *toks, size_t n,
              size_t i)
{
    static const char *const wish[] = {"want", "wants", "need", "needs"};
    size_t k;

    for (k = i; k-- > 0 && k + 6 > i;) {
        if (toks[k].len >= 4 && toks[k].len <= 5 &&
            REC_WORD_IN(text, toks, n, k, wish))
            return k + 1 < i;
        if (toks[k].kind != FT_WORD || toks[k].tense != FACTS_TENSE_NONE ||
            !(toks[k].lex == LX_NONE || toks[k].lex == LX_THAT ||
              determiner_at(text, toks, n, k)))
            return 0;
    }
    return 0;
}

/* A participle in -ing at i after a verb ("begin counting", "are
 * registering"), not a noun in -ing ("Wednesday evening", "the meeting"). */
static int
verb_ing(const char *text, const struct facts_tok *toks, size_t i)
{
    const struct facts_tok *t = &toks[i], *p = i > 0 ? &toks[i - 1] : NULL;

    return t->kind == FT_WORD && t->lex == LX_NONE &&
        facts_ends_ing(text, t) && p &&
        p->kind == FT_WORD && (p->tense != FACTS_TENSE_NONE ||
                               p->lex == LX_SCHED || p->lex == LX_FUT ||
                               p->lex == LX_BE);
}

/* "Superstore inquiry to open on Tuesday": a headline in sentence case
 * whose subject is a capitalised word and a lower-case noun before the
 * "to" at i. */
static int
headline_noun(const char *text, const struct facts_tok *toks, size_t i)
{
    return i == 2 && toks[0].kind == FT_WORD && toks[0].len > 1 &&
        (toks[0].flags & (FT_CAP | FT_UPPER)) == FT_CAP &&
        toks[0].lex == LX_NONE && toks[1].kind == FT_WORD &&
        !(toks[1].flags & (FT_CAP | FT_UPPER)) &&
        !ends_ed(text, &toks[1]);   /* not "She returned to work on" */
}

/* "Northway to close plant by June", "rookie Ruiz to start Sunday": "to"
 * at i after a name and before a verb, with no verb of its own, is a
 * headline's future (not "wrote to Parliament to ask", a purpose after a
 * preposition's name). It runs on every sentence; body text rarely
 * writes a name, "to" and a verb without a verb before them. */
static int
name_to_verb(const char *text, const struct facts_tok *toks, size_t n,
            size_t i)
{
    const struct facts_tok *p = i > 0 ? &toks[i - 1] : NULL,
        *v = i + 1 < n ? &toks[i + 1] : NULL, *q;
    const char *e;

    if (toks[i].lex != LX_TO || !p || !v || p->kind != FT_WORD ||
        ((p->flags & (FT_CAP | FT_UPPER)) != FT_CAP &&
         !headline_noun(text, toks, i)) || p->lex != LX_NONE ||
        p->len < 2 || v->kind != FT_WORD || (v->flags & (FT_CAP | FT_UPPER)))
        return 0;
    q = i > 1 ? &toks[i - 2] : NULL;
    if (ends_s(text, p) && !(q && q->kind == FT_WORD && (q->flags & FT_CAP)))
        return 0;       /* "Calls to police in August rose", not a name
                           of two words ("Northway Appliances to close") */
    if (q && q->kind == FT_WORD && !(q->flags & FT_CAP) &&
        (q->lex != LX_NONE || q->tense != FACTS_TENSE_NONE))
        return 0;       /* not "the Port of Mobile to inbound traffic",
                           "forced the Observatory to issue" */
    e = text + v->off + v->len;
    return (v->lex == LX_SCHED && (v->val & 1)) ||
        (v->lex == LX_NONE && v->tense == FACTS_TENSE_NONE && v->len > 2 &&
         e[-1] != 's' && memcmp(e - 2, "ed", 2) != 0 &&
         memcmp(e - 3, "ing", 3) != 0);
}

/* "if" or "unless" one or two words before i ("if it could not be
 * reached on Monday"): a condition, which looks ahead. */
static int
condition_before(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i)
{
    size_t k;

    for (k = i; k-- > 0 && k + 3 > i;)
        if (rec_word(text, toks, n, k, "if") ||
            rec_word(text, toks, n, k, "unless"))
            return 1;
    return 0;
}

/* "applications are due Jan. 10, with decisions released in late
 * March": a past form in -ed after "with" and its noun tells no past
 * act (an absolute phrase); the verb before it dates the clause. */
static int
with_absolute(const char *text, const struct facts_tok *toks, size_t n,
              size_t i)
{
    size_t k;

    if (i < 2)
        return 0;
    k = i - 1;
    if (toks[k].kind != FT_WORD || toks[k].lex != LX_NONE ||
        (toks[k].flags & (FT_CAP | FT_UPPER)))
        return 0;
    if (k >= 2 && (toks[k - 1].lex == LX_THE || rec_owner(text, toks, n,
                                                          k - 1)))
        k--;
    return rec_word(text, toks, n, k - 1, "with");
}

/* "The Federal Reserve, which cut rates in September, meets again": a
 * verb whose past is its base form, right after "which" or "who", is
 * the past (the present of a singular subject would end in -s). */
static int
unmarked_past(const char *text, const struct facts_tok *toks, size_t n,
              size_t i)
{
    static const char *const verbs[] = {"cut", "set", "put", "hit", "let",
        "shut", "quit", "cost", "shed", "split", "hurt"};

    return (rec_word(text, toks, n, i - 1, "which") ||
            rec_word(text, toks, n, i - 1, "who")) &&
        REC_WORD_IN(text, toks, n, i, verbs);
}

/* "would start as planned on Monday", "went ahead as scheduled": "as"
 * and the participle of a plan say how, not when; the clause's verb
 * dates the day. */
static int
as_planned(const char *text, const struct facts_tok *toks, size_t n,
           size_t i)
{
    static const char *const plans[] = {"planned", "scheduled", "expected",
        "agreed", "arranged", "intended", "promised", "anticipated"};

    return i > 0 && toks[i].len >= 6 && rec_word(text, toks, n, i - 1, "as") &&
        REC_WORD_IN(text, toks, n, i, plans);
}

/* The tense a participle or an "expecting" at i gives by the words
 * around it (a plan seen from the past, a wish's object, an adjective, a
 * hedge's complement), or -1 when token i is none of them. */
static int
cue_participle(const char *text, const struct facts_tok *toks, size_t n,
               size_t i)
{
    const struct facts_tok *t = &toks[i];

    /* "his partner was expecting their first child in January", "are
     * expecting a decision by May": a plan, the nearest reading when seen
     * from the past (a bare "expecting" after a past verb is that verb's:
     * "sold it in August expecting to be in by Christmas") */
    if (t->len == 9 && t->lex == LX_NONE && i > 0 &&
        (toks[i - 1].lex == LX_AUXPAST || toks[i - 1].lex == LX_PRES) &&
        rec_word(text, toks, n, i, "expecting")) {
        if (rec_word(text, toks, n, i - 1, "was") ||
            rec_word(text, toks, n, i - 1, "were"))
            return FACTS_TENSE_PRESENT;
        if (rec_word(text, toks, n, i - 1, "is") ||
            rec_word(text, toks, n, i - 1, "are"))
            return FACTS_TENSE_FUTURE;
    }
    /* "We want that law passed before the summer", "wants a government
     * sworn in before Christmas": a participle after a wish and its
     * object is what is wished, still to come */
    if (t->tense == FACTS_TENSE_PAST && t->lex != LX_AUXPAST &&
        wished_object(text, toks, n, i))
        return FACTS_TENSE_FUTURE;
    if (t->tense == FACTS_TENSE_PAST && ends_ed(text, t) &&
        with_absolute(text, toks, n, i))
        return FACTS_TENSE_NONE;
    /* "would tour damaged areas on Monday", "to inspect flooded homes":
     * a past form in -ed after a verb that a modal or "to" governs,
     * before a plural noun, is an adjective */
    if (t->tense == FACTS_TENSE_PAST && ends_ed(text, t) && i > 1 &&
        i + 1 < n && (toks[i - 2].lex == LX_FUT || toks[i - 2].lex == LX_TO) &&
        toks[i - 1].kind == FT_WORD && toks[i - 1].lex == LX_NONE &&
        !(toks[i - 1].flags & (FT_CAP | FT_UPPER)) &&
        toks[i + 1].kind == FT_WORD && toks[i + 1].lex == LX_NONE &&
        !(toks[i + 1].flags & (FT_CAP | FT_UPPER)) && ends_s(text, &toks[i + 1]))
        return FACTS_TENSE_NONE;
    /* "moved to funded treatment from 1 July", "with armed guards",
     * "will begin counting ranked ballots": a past form in -ed between a
     * preposition or a participle in -ing and a noun is an adjective */
    if (t->tense == FACTS_TENSE_PAST && ends_ed(text, t) && i > 0 &&
        i + 1 < n && (toks[i - 1].lex == LX_TO || toks[i - 1].lex == LX_PREP ||
                      verb_ing(text, toks, i - 1)) &&
        toks[i + 1].kind == FT_WORD && toks[i + 1].lex == LX_NONE &&
        toks[i + 1].tense == FACTS_TENSE_NONE &&
        !(toks[i + 1].flags & (FT_CAP | FT_UPPER)))
        return FACTS_TENSE_NONE;
    /* "the decision was made possible by a vote on Thursday": a hedge
     * after a past verb's participle is its complement, the act past */
    if (t->lex == LX_FUT && t->val == 1 && i > 1 &&
        toks[i - 1].kind == FT_WORD && toks[i - 1].lex != LX_AUXPAST &&
        toks[i - 1].tense == FACTS_TENSE_PAST &&
        toks[i - 2].lex == LX_AUXPAST)
        return FACTS_TENSE_PAST;
    return -1;
}

/* The cue token i gives: its own tense, or future for "expected to",
 * "plans to", "is to", "going to". */
static int
cue(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *t = &toks[i];
    int to_next = i + 1 < n && toks[i + 1].lex == LX_TO, plan;
    size_t b;

    if (t->kind != FT_WORD || (t->tense != FACTS_TENSE_NONE &&
                               in_name(toks, i)))
        return FACTS_TENSE_NONE;
    if (t->len == 1 && (plan = contracted_d(text, toks, n, i)) >= 0)
        return plan;
    if (t->len >= 6 && as_planned(text, toks, n, i))
        return FACTS_TENSE_NONE;
    if (t->len <= 5 && i > 0 && unmarked_past(text, toks, n, i))
        return FACTS_TENSE_PAST;
    if (name_to_verb(text, toks, n, i))
        return FACTS_TENSE_FUTURE;
    if (t->len <= 6 && bare_past(text, toks, n, i))
        return FACTS_TENSE_PAST;
    /* "will have to try again in June", "has to be done by Friday": an
     * obligation, no perfect ("had to" is past) */
    if (t->lex == LX_PERF && to_next && !rec_word(text, toks, n, i, "had"))
        return i > 0 && toks[i - 1].lex == LX_FUT ? FACTS_TENSE_FUTURE :
            FACTS_TENSE_PRESENT;
    /* "when the plows could not cross it": an ability that failed ("could
     * not be heard before October" is a limit ahead) */
    if (t->lex == LX_FUT && rec_word(text, toks, n, i, "could") &&
        i + 1 < n && toks[i + 1].lex == LX_NOT && !limit_after(text, toks,
                                                               n, i) &&
        !condition_before(text, toks, n, i))
        return FACTS_TENSE_PAST;
    if ((t->flags & FT_CAP) && i > 0 && toks[i - 1].kind == FT_WORD &&
        (toks[i - 1].flags & FT_CAP) && rec_word(text, toks, n, i, "said"))
        return FACTS_TENSE_NONE;        /* "from Port Said to Ismailia" */
    /* "In April it forecast that rainfall would be normal": a forecast
     * made, reported */
    if (t->lex == LX_BIZ && i > 0 && i + 1 < n &&
        toks[i + 1].lex == LX_THAT && rec_word(text, toks, n, i, "forecast") &&
        (toks[i - 1].lex == LX_PRON || rec_word(text, toks, n, i - 1, "it")))
        return FACTS_TENSE_PAST;
    /* "its open house on March 6", "the return on Monday", "a launch
     * in May", "the first open house": a schedule verb's form after a
     * determiner (and an ordinal) is a noun; "the U.S. Open", "the
     * French Open": after an abbreviation or a name it is a name */
    if (t->lex == LX_SCHED && i > 0 && !(t->flags & FT_CAP) &&
        (determiner_at(text, toks, n, i - 1) ||
         (i > 1 && toks[i - 1].lex == LX_ORDWORD &&
          determiner_at(text, toks, n, i - 2))))
        return FACTS_TENSE_NONE;
    if (t->lex == LX_SCHED && (t->flags & (FT_CAP | FT_UPPER)) == FT_CAP &&
        i > 1 && !ends_s(text, t) &&
        ((rec_punct(toks, n, i - 1, '.') && toks[i - 2].len == 1 &&
          (toks[i - 2].flags & FT_CAP)) ||
         (toks[i - 1].kind == FT_WORD && (toks[i - 1].flags & FT_CAP) &&
          toks[i - 1].lex == LX_NONE && toks[i - 1].len > 1)))
        return FACTS_TENSE_NONE;
    /* "is getting married on Dec. 14": a participle after "getting" is
     * what is coming, not a past act ("got married" is one) */
    if (t->tense == FACTS_TENSE_PAST && i > 0 &&
        (rec_word(text, toks, n, i - 1, "getting") ||
         rec_word(text, toks, n, i - 1, "get")))
        return FACTS_TENSE_FUTURE;
    /* "9am", "9 am": a clock time, not the verb ("Game 4 is" is one) */
    if (t->lex == LX_PRES && i > 0 && toks[i - 1].kind == FT_NUM &&
        rec_word(text, toks, n, i, "am"))
        return FACTS_TENSE_NONE;
    if ((plan = cue_participle(text, toks, n, i)) >= 0)
        return plan;
    /* "was likely started on Monday": a hedge on a past act, which the
     * auxiliary before it dates; "rain likely Tuesday" is a forecast. */
    if (t->lex == LX_FUT && t->val == 1 && i > 0 &&
        (toks[i - 1].lex == LX_AUXPAST || toks[i - 1].lex == LX_BE ||
         toks[i - 1].lex == LX_PERF))
        /* "were likely to be tabled in December": a plan seen from
         * the past, so the nearest reading; "rain was likely on
         * Sunday", no act after it: a forecast */
        return to_next ? FACTS_TENSE_PRESENT :
            i + 1 < n && toks[i + 1].tense == FACTS_TENSE_PAST ?
            FACTS_TENSE_NONE :
            FACTS_TENSE_FUTURE;
    /* "to be sentenced in November": a passive infinitive looks ahead;
     * after a past verb ("was meant to be played in March", "asked to
     * be released") that verb decides */
    if (t->tense == FACTS_TENSE_PAST && t->lex != LX_AUXPAST &&
        (b = adverb_before(text, toks, i)) > 1 &&
        toks[b - 1].lex == LX_BE && toks[b - 2].lex == LX_TO)
        return b > 2 && toks[b - 3].tense == FACTS_TENSE_PAST ?
            FACTS_TENSE_NONE : FACTS_TENSE_FUTURE;
    /* Lower-case "may" is the modal, not the month. */
    if (t->lex == LX_MONTH && t->val == 5 && !(t->flags & FT_CAP))
        return FACTS_TENSE_FUTURE;
    if (sched_silent(text, toks, n, i))
        return FACTS_TENSE_NONE;
    if ((plan = cue_plan(text, toks, n, i)) >= 0)
        return plan;
    /* "have been destroyed, most of them on Friday": a passive perfect
     * reports what was done, unless it points ahead ("have been told to
     * be back", "has been put off to May"; a plan is its own cue). */
    if (t->lex == LX_PERF && i + 2 < n && toks[i + 1].lex == LX_BE &&
        toks[i + 2].kind == FT_WORD && toks[i + 2].lex != LX_FUTTO &&
        toks[i + 2].tense == FACTS_TENSE_PAST &&
        !(i + 3 < n && (toks[i + 3].lex == LX_TO ||
                        rec_word(text, toks, n, i + 3, "until"))))
        return FACTS_TENSE_PAST;
    if (t->tense == FACTS_TENSE_PAST && participle(text, toks, n, i))
        return FACTS_TENSE_NONE;
    return t->tense;
}

/* A quotation mark: straight, or a curly double quote. What is said
 * inside keeps its own tense; the reporting verb outside ("\u201cWe need
 * it by mid-August,\u201d he said") dates nothing in it. */
int
facts_quote_mark(const struct facts_tok *t)
{
    return (t->kind == FT_PUNCT && t->val == '"') ||
        (t->kind == FT_OTHER && t->val == '"');
}

/* A quotation that opens the sentence or follows a comma, a colon or a
 * verb of saying ("He said: \u201cOn Monday we...") is speech of its
 * own; one inside a clause ("would file it \"on Monday at the latest\"")
 * is a phrase of that clause. */
static int
quote_opens(const char *text, const struct facts_tok *toks, size_t n,
            size_t i)
{
    static const char *const saying[] = {"said", "says", "say", "told",
        "added", "asked", "wrote", "writes", "declared", "announced"};

    return facts_quote_mark(&toks[i]) &&
        (i == 0 || (toks[i - 1].kind == FT_PUNCT &&
                    (toks[i - 1].val == ',' || toks[i - 1].val == ':')) ||
         REC_WORD_IN(text, toks, n, i - 1, saying));
}

/* ", and", ", but": another clause with a subject and verb of its own
 * ("calls for rain, and forecasters said"). */
static int
new_clause(const char *text, const struct facts_tok *toks, size_t n,
           size_t i)
{
    return rec_punct(toks, n, i, ',') && (rec_lex(toks, n, i + 1, LX_AND) ||
                                          rec_word(text, toks, n, i + 1,
                                                   "but"));
}

/* A semicolon or colon ends the clause a cue speaks for. */
static int
barrier(const struct facts_tok *t)
{
    return t->kind == FT_PUNCT && (t->val == ';' || t->val == ':');
}

/* "that" opens a clause unless it is a pronoun: before a preposition or
 * punctuation ("can be that in May"). */
static int
that_clause(const struct facts_tok *toks, size_t n, size_t i)
{
    return toks[i].lex == LX_THAT && toks[i].kind == FT_WORD &&
        !(i + 1 < n && (toks[i + 1].kind == FT_PUNCT ||
                        toks[i + 1].lex == LX_PREP));
}

/* A participle of a plan ("scheduled", "planned", "expected") seen from a
 * past main verb after the expression: "a hearing scheduled for Nov. 12
 * was postponed", "an attempt, planned for Saturday night, was called
 * off" is a plan of the past, so the nearest reading. A clause joined
 * after a comma ("rain is expected on Wednesday, and forecasters said")
 * has a verb of its own. */
static int
past_after(const struct facts_tok *toks, size_t n, size_t b)
{
    size_t i;

    for (i = b; i < n && i < b + 12; i++) {
        if (barrier(&toks[i]) || toks[i].lex == LX_THAT ||
            (toks[i].kind == FT_PUNCT && toks[i].val == ',' && i + 1 < n &&
             toks[i + 1].lex == LX_AND))
            return 0;
        if (toks[i].kind == FT_WORD && toks[i].lex == LX_AUXPAST)
            return 1;
        if (toks[i].kind == FT_WORD && (toks[i].lex == LX_FUT ||
                                        toks[i].lex == LX_PRES))
            return 0;
    }
    return 0;
}

/* "Larger competitor Cordell Building Products reports on Monday": a
 * noun that titles the name after it (no verb, preposition or -ed/-ing
 * form, and a determiner, an adjective or nothing before it). */
static int
title_noun(const char *text, const struct facts_tok *toks, size_t k)
{
    const struct facts_tok *t = &toks[k];

    if (t->tense != FACTS_TENSE_NONE || t->lex != LX_NONE || t->len < 5 ||
        ends_ed(text, t) || (t->len > 5 && facts_ends_ing(text, t)))
        return 0;
    return k == 0 || toks[k - 1].kind != FT_WORD ||
        (toks[k - 1].flags & FT_CAP) || toks[k - 1].lex == LX_THE;
}

/* A name ending at j that a verb or preposition before it takes as its
 * object: "a unit of the Marlowe apartments early Saturday", "visited
 * the Marlowe apartments", not "The City Council votes Wednesday" or
 * "..., and the Hartwell council votes". */
static int
object_name(const char *text, const struct facts_tok *toks, size_t n,
            size_t j)
{
    static const char *const opener[] = {"and", "but", "or", "that", "when",
        "as", "while", "after", "before", "if", "because", "where", "so",
        "then", "said", "says"};
    size_t i = j;

    while (i > 0 && toks[i - 1].kind == FT_WORD &&
           (toks[i - 1].flags & (FT_CAP | FT_UPPER)) &&
           toks[i - 1].lex == LX_NONE)
        i--;
    if (i > 0 && toks[i - 1].lex == LX_THE)
        i--;
    return i > 0 && toks[i - 1].kind == FT_WORD &&
        !(toks[i - 1].flags & (FT_CAP | FT_UPPER)) &&
        !REC_WORD_IN(text, toks, n, i - 1, opener) &&
        !title_noun(text, toks, i - 1);
}

/* An aside opened by a comma and a past participle between tokens i
 * and a (", published by the Bank on Tuesday"). */
static int
aside_between(const struct facts_tok *toks, size_t i, size_t a)
{
    for (; i + 1 < a; i++)
        if (toks[i].kind == FT_PUNCT && toks[i].val == ',' &&
            toks[i + 1].kind == FT_WORD && toks[i + 1].lex == LX_NONE &&
            toks[i + 1].tense == FACTS_TENSE_PAST)
            return 1;
    return 0;
}

/* "The outlook, issued last week, gives": the comma at c closes an aside
 * that opens with a past participle after a comma, so the word after it
 * is the sentence's verb. */
static int
after_participle_aside(const struct facts_tok *toks, size_t c)
{
    size_t j;

    for (j = c; j-- > 0 && j + 8 > c;) {
        if (toks[j].kind == FT_PUNCT && toks[j].val == ',')
            return j + 1 < c && toks[j + 1].kind == FT_WORD &&
                toks[j + 1].tense == FACTS_TENSE_PAST &&
                toks[j + 1].lex == LX_NONE;
        if (toks[j].kind != FT_WORD && toks[j].kind != FT_NUM)
            return 0;
    }
    return 0;
}

/* "The council votes Wednesday", "who turns 100 on Saturday": a word
 * the lexicon does not know, in -s after a name or "who", before the
 * date, is a verb in the present, which news uses for what is scheduled.
 * (After the date it may as well be a plural noun: "on Monday, Apple
 * shares fell".) */
static int
s_verb(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    const struct facts_tok *t = &toks[i], *p = i > 0 ? &toks[i - 1] : NULL;
    const char *e = text + t->off + t->len;

    /* "customers who preorder before Sunday get": after "who" the
     * plural's base form is a present verb too */
    if (p != NULL && p->len == 3 && t->kind == FT_WORD &&
        t->lex == LX_NONE && t->len >= 3 && t->tense == FACTS_TENSE_NONE &&
        !(t->flags & (FT_CAP | FT_UPPER)) && e[-1] != 's' &&
        memcmp(e - 2, "ly", 2) != 0 &&
        rec_word(text, toks, n, i - 1, "who") && i >= 2 &&
        toks[i - 2].kind == FT_WORD && ends_s(text, &toks[i - 2]))
        return 1;
    if (!facts_verb_in_s(text, t) || p == NULL)
        return 0;
    if (p->kind == FT_PUNCT && p->val == ',')
        return after_participle_aside(toks, i - 1);
    if (p->kind != FT_WORD)
        return 0;
    if (rec_word(text, toks, n, i - 1, "who"))
        return 1;
    /* "The line makes its final run on Tuesday": "the" opening the
     * sentence, a singular noun, then the verb */
    if (i == 2 && toks[0].lex == LX_THE && p->lex == LX_NONE &&
        !(p->flags & (FT_CAP | FT_UPPER)) && !ends_s(text, p))
        return 1;
    /* the name opens a subject: "The City Council", "China" (a place:
     * "China publishes trade data on Tuesday"), not "for Victorian" */
    return (p->flags & (FT_CAP | FT_UPPER)) &&
        (p->lex == LX_NONE || p->lex == LX_PLACE) &&
        (i < 2 || toks[i - 2].lex == LX_THE || toks[i - 2].kind != FT_WORD ||
         (toks[i - 2].flags & (FT_CAP | FT_UPPER))) &&
        !object_name(text, toks, n, i - 1);
}

/* "will start Sunday's race, five days after crashing on Easter Sunday":
 * "after" and a gerund open a clause of their own, which a future verb
 * before it does not date (a past one does: "was fined after crashing on
 * Sunday"). What comes "before travelling to Osaka on Thursday" comes
 * after a future event, so the future verb dates it. */
static int
gerund_clause(const char *text, const struct facts_tok *toks, size_t n,
              size_t i, size_t a)
{
    const struct facts_tok *g = i + 1 < a ? &toks[i + 1] : NULL;

    return g && rec_word(text, toks, n, i, "after") &&
        g->kind == FT_WORD && (g->lex == LX_NONE || g->lex == LX_FUTTO) &&
        !(g->flags & (FT_CAP | FT_UPPER)) && facts_ends_ing(text, g);
}

size_t
facts_clock_before(const char *text, const struct facts_tok *toks, size_t n,
                   size_t a)
{
    static const char *const marks[] = {"am", "pm", "a", "p", "m", "on",
        "at", "GMT", "BST", "ET", "EST", "local", "time"};
    static const char *const hours[] = {"noon", "midnight"};
    size_t i = a;
    int clock = 0;

    /* most dates have no clock time before them: look for its digits
     * (or "noon") among the short tokens before reading any words */
    for (; i > 0 && i + 8 > a && !clock && (toks[i - 1].kind != FT_WORD ||
                                            toks[i - 1].len <= 8); i--)
        clock = (toks[i - 1].kind == FT_NUM && toks[i - 1].ndig <= 2) ||
            (toks[i - 1].len >= 4 && REC_WORD_IN(text, toks, n, i - 1,
                                                 hours));
    if (!clock)
        return a;
    for (i = a, clock = 0; i > 0 && i + 8 > a; i--) {
        if ((toks[i - 1].kind == FT_NUM && toks[i - 1].ndig <= 2) ||
            REC_WORD_IN(text, toks, n, i - 1, hours))
            clock = 1;
        else if (!rec_punct(toks, n, i - 1, ':') &&
                 !rec_punct(toks, n, i - 1, '.') &&
                 !REC_WORD_IN(text, toks, n, i - 1, marks) &&
                 !((toks[i - 1].flags & FT_CAP) &&   /* "Beijing time" */
                   rec_word(text, toks, n, i, "time")))
            break;
    }
    return clock ? i : a;
}

/* "on track to strike", "on course to win": "track" or "course" at i
 * between "on" and the "to" of a plan. */
static int
on_course(const char *text, const struct facts_tok *toks, size_t n,
          size_t i)
{
    return i >= 1 && i + 1 < n && toks[i + 1].lex == LX_TO &&
        rec_word(text, toks, n, i - 1, "on") &&
        (rec_word(text, toks, n, i, "track") ||
         rec_word(text, toks, n, i, "course"));
}

/* An auxiliary right before i or one adverb before it ("was first
 * set", "had already fixed"). */
static int
aux_near(const struct facts_tok *toks, size_t i)
{
    size_t k;

    for (k = 1; k <= 2 && k <= i; k++)
        if (toks[i - k].lex == LX_AUXPAST || toks[i - k].lex == LX_BE ||
            toks[i - k].lex == LX_PERF)
            return 1;
    return 0;
}

/* No punctuation but a hyphen between tokens i and j. */
static int
no_stop_between(const struct facts_tok *toks, size_t i, size_t j)
{
    for (i++; i < j; i++)
        if (toks[i].kind == FT_PUNCT && toks[i].val != '-')
            return 0;
    return 1;
}

/* "set a trial for Oct. 21", "fixed the hearing for Monday", "forecast
 * more rain for Sunday": what a court or a board sets, or a forecaster
 * foresees, at i, for the date at a is still to come (what "had set" or
 * "was set" for it is seen from the past). A figure or "this", "next"
 * between "for" and the date is what the "for" is about: "cut its profit
 * forecast for this year late on Thursday", "for FY13 on Thursday" set
 * nothing for Thursday. */
static int
set_for(const char *text, const struct facts_tok *toks, size_t n, size_t i,
        size_t a)
{
    static const char *const setting[] = {"set", "fixed", "forecast",
        "predicted"};
    static const char *const opener[] = {"after", "before", "when",
        "while", "since", "because", "following", "as"};
    size_t k, j;
    int foresee;

    if (a > i + 8 || toks[i].kind != FT_WORD)
        return 0;
    /* "a mass meeting has been called for Sunday morning", "called a
     * general strike for Tuesday" (not "called for calm on Sunday"):
     * "for" right before the date */
    if (rec_word(text, toks, n, i, "called"))
        return a >= 1 && rec_word(text, toks, n, a - 1, "for") &&
            no_stop_between(toks, i, a - 1);
    if (!REC_WORD_IN(text, toks, n, i, setting) || aux_near(toks, i))
        return 0;
    /* a forecast also "by" or "from" a day: "forecast 50 centimetres
     * more by Friday", "predicted more rain from Thursday" */
    foresee = toks[i].len > 5;
    for (k = i + 1; k < a && !rec_word(text, toks, n, k, "for") &&
         !(foresee && (rec_word(text, toks, n, k, "by") ||
                       rec_word(text, toks, n, k, "from"))); k++)
        ;
    for (j = k; j < a; j++)
        if ((toks[j].kind == FT_PUNCT && toks[j].val != '.') ||
            toks[j].kind == FT_NUM || toks[j].lex == LX_DEICTIC ||
            REC_WORD_IN(text, toks, n, j, opener))
            return 0;
    return k < a;
}

/* "will stage a reading at the auditorium, where it was signed, on
 * Saturday": a relative clause between commas just before token a
 * belongs to its noun; the date's verb is before it. Returns where to
 * read from. */
static size_t
relative_before(const char *text, const struct facts_tok *toks, size_t n,
                size_t a)
{
    static const char *const rel[] = {"where", "which", "who", "whom",
        "whose", "when"};
    size_t i;

    if (a < 3 || !rec_punct(toks, n, a - 1, ','))
        return a;
    for (i = a - 1; i-- > 0 && i + TENSE_REACH >= a;) {
        if (barrier(&toks[i]))
            return a;
        if (rec_punct(toks, n, i, ','))
            return REC_WORD_IN(text, toks, n, i + 1, rel) ? i : a;
    }
    return a;
}

/* "Marchuk said a decision about Saturday would wait", "said Wednesday's
 * figure would decide": "said" at i with the subject of what was said
 * between it and the date at a (or the date owning it), a verb
 * after the date: that clause's own verb dates it ("said on Monday",
 * "said Monday that", "said a statement on Sunday that" date the
 * saying). */
static int
reported(const char *text, const struct facts_tok *toks, size_t n, size_t i,
         size_t a, size_t b)
{
    static const char *const saying[] = {"said", "says"};

    if (!REC_WORD_IN(text, toks, n, i, saying))
        return 0;
    if (a == i + 1 && rec_possessive(toks, n, b))
        return 1;       /* "said Wednesday's figure would decide" */
    return a >= i + 2 &&
        b < n && toks[b].kind == FT_WORD && toks[b].lex != LX_THAT &&
        toks[i + 1].kind == FT_WORD && toks[i + 1].lex != LX_PREP &&
        toks[i + 1].lex != LX_WEEKDAY && toks[i + 1].lex != LX_THAT &&
        toks[i + 1].lex != LX_RELDAY && toks[i + 1].lex != LX_APPROX &&
        toks[i + 1].lex != LX_FOR && toks[i + 1].lex != LX_OF &&
        toks[i + 1].lex != LX_TO;   /* "said over the weekend it would" */
}

/* A forecast or a promise made at the date that follows token i: "the
 * 1.6% it forecast in November", "as promised in the autumn", "than
 * expected in June", "than forecast in May": not a plan for that date
 * but one made then, gone by whatever the tense of the clause's verb. */
static int
made_then(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const subjects[] = {"it", "they", "we", "he", "she",
        "i"};
    size_t d = i + 1 + rec_lex(toks, n, i + 1, LX_PREP);

    /* "would start as planned on Monday": a weekday after the plan is
     * the clause's day, not the day the plan was made */
    return i > 0 && ((rec_word(text, toks, n, i, "forecast") &&
                      REC_WORD_IN(text, toks, n, i - 1, subjects)) ||
                     ((toks[i].lex == LX_FUTTO ||
                       rec_word(text, toks, n, i, "forecast")) &&
                      (rec_word(text, toks, n, i - 1, "as") ||
                       rec_word(text, toks, n, i - 1, "than")) &&
                      !(toks[i].lex == LX_FUTTO &&
                        rec_lex(toks, n, d, LX_WEEKDAY))));
}

/* "Economists expect 7.4 per cent, against 7.55 per cent in May",
 * "expect growth of 0.1%, after 0.3% in the second quarter": a figure a
 * forecast is set against, at token i, is one already out. */
static int
compared_figure(const char *text, const struct facts_tok *toks, size_t n,
                size_t i, size_t a)
{
    static const char *const against[] = {"against", "versus", "vs",
        "after"};
    size_t j;

    if (i + 1 >= a || toks[i + 1].kind != FT_NUM)
        return 0;       /* the figure comes right after */
    if (!REC_WORD_IN(text, toks, n, i, against) &&
        !(i > 0 && rec_word(text, toks, n, i, "with") &&
          rec_word(text, toks, n, i - 1, "compared")) &&
        !(i > 0 && rec_word(text, toks, n, i, "from") &&
          (rec_word(text, toks, n, i - 1, "up") ||
           rec_word(text, toks, n, i - 1, "down"))))
        return 0;       /* ... "down from 8% at the end of December" */
    for (j = i + 2; j < a; j++)
        if (toks[j].kind != FT_NUM && !(rec_word(text, toks, n, j, "per") ||
              rec_word(text, toks, n, j, "cent") ||
              rec_word(text, toks, n, j, "percent") ||
              rec_punct(toks, n, j, '%') || rec_punct(toks, n, j, '.') ||
              (j + 1 == a && toks[j].lex == LX_PREP)))
            return 0;
    return 1;
}

/* The verb an adverbial belongs to is mostly before it ("met on
 * Friday", "who fired their coach on Friday, have lost"); one after it
 * decides only when none is before ("In February, Putin declared").
 * "that", "whether" and "but" open a new clause: "said that on Monday
 * he will", "Friday is quiet, but Saturday was the best day", "too early
 * to say whether Thursday would be wet". */
/* Tokens from to a are the event "ahead of" names: the date itself, or
 * a short noun phrase with no verb before the date's "on" ("ahead of a
 * policy decision on Friday"; not "ahead of schedule on Friday"). */
static int
ahead_of(const char *text, const struct facts_tok *toks, size_t n,
         size_t from, size_t a)
{
    static const char *const yardsticks[] = {"schedule", "time",
        "expectations", "forecasts", "estimates", "target", "plan",
        "rivals"};
    size_t k;

    if (from == a)
        return 1;
    if (a - from > 8 || !rec_word(text, toks, n, a, "on"))
        return 0;
    for (k = from; k < a; k++)
        if (toks[k].kind == FT_PUNCT || toks[k].tense != FACTS_TENSE_NONE ||
            REC_WORD_IN(text, toks, n, k, yardsticks))
            return 0;
    return 1;
}

/* "prepared for resit oral exams from Monday", "bracing for storms on
 * Friday": what one prepares for at i, a short noun phrase with no verb
 * before the date at a, is still to come. */
static int
preparing_for(const char *text, const struct facts_tok *toks, size_t n,
              size_t i, size_t a)
{
    static const char *const w[] = {"prepared", "preparing", "prepare",
        "prepares", "braced", "bracing", "brace", "braces"};
    char c = toks[i].kind == FT_WORD ? text[toks[i].off] : 0;
    size_t k;

    if ((c != 'p' && c != 'b') || toks[i].len < 5 || toks[i].len > 9 ||
        !rec_word(text, toks, n, i + 1, "for") || a > i + 10 ||
        !REC_WORD_IN(text, toks, n, i, w))
        return 0;       /* the cheap tests first, as in awaiting() */
    if (rec_word(text, toks, n, i + 2, "this") ||
        rec_word(text, toks, n, i + 2, "that") ||
        rec_word(text, toks, n, i + 2, "it"))
        return 0;       /* "We prepared for this in October": the date
                           is the preparing's, the thing is known */
    for (k = i + 2; k < a; k++) {
        if (rec_punct(toks, n, k, '-') && rec_joined(toks, n, k))
            continue;           /* "post-election talks" */
        if (toks[k].kind != FT_WORD || toks[k].tense != FACTS_TENSE_NONE)
            return 0;
    }
    return 1;
}

/* Waiting at i for an event a short noun phrase names before the date's
 * "on" at a: "waited for the Fed's decision on Wednesday", "awaiting
 * jobs data on Friday", "waited for OPEC+ to decide on Sunday" (not
 * "waited for two hours on Monday"). */
static int
awaiting(const char *text, const struct facts_tok *toks, size_t n, size_t i,
         size_t a)
{
    static const char *const wait[] = {"waited", "waiting", "wait",
        "waits"};
    static const char *const await[] = {"awaited", "awaiting", "await",
        "awaits"};
    static const char *const decide[] = {"decide", "rule", "vote",
        "announce", "report", "respond", "publish", "release", "meet",
        "reply"};
    size_t k = i + 1;
    char c = toks[i].kind == FT_WORD ? text[toks[i].off] : 0;

    if ((c != 'w' && c != 'a') || toks[i].len < 4 || toks[i].len > 8)
        return 0;       /* the cheap test first: this runs for every word
                           the search walks back over */
    if (REC_WORD_IN(text, toks, n, i, wait) &&
        rec_word(text, toks, n, i + 1, "for"))
        k++;
    else if (!REC_WORD_IN(text, toks, n, i, await))
        return 0;
    if (k >= a || a - k > 8 || !rec_word(text, toks, n, a, "on"))
        return 0;
    for (; k < a; k++) {
        if (toks[k].lex == LX_TO && k + 2 == a &&
            REC_WORD_IN(text, toks, n, k + 1, decide))
            return 1;   /* "... to decide", not "for the gates to open" */
        if (!((toks[k].kind == FT_WORD && toks[k].tense == FACTS_TENSE_NONE &&
               toks[k].lex != LX_UNIT && toks[k].lex != LX_NUMWORD) ||
              rec_apos(toks, n, k) || rec_punct(toks, n, k, '+')))
            return 0;
    }
    return 1;
}

/* A past form at i right after a comma: the opening of an aside. */
static int
comma_past(const struct facts_tok *toks, size_t n, size_t i)
{
    return i > 0 && toks[i].tense == FACTS_TENSE_PAST &&
        rec_punct(toks, n, i - 1, ',');
}

/* "The deal, approved by the board on Sunday, is expected to close": an
 * aside opened by a comma and a passive with its agent tells what was
 * done; a date in it (at a, no other stop between) is behind. */
static int
passive_aside(const char *text, const struct facts_tok *toks, size_t n,
              size_t i, size_t a)
{
    size_t k;

    if (!comma_past(toks, n, i) || toks[i].lex == LX_AUXPAST ||
        !rec_word(text, toks, n, i + 1, "by") ||
        rec_word(text, toks, n, i, "followed") ||
        rec_word(text, toks, n, i, "preceded"))
        return 0;       /* ", followed by the final on Saturday": an order */
    for (k = i + 2; k < a; k++)
        if (toks[k].kind == FT_PUNCT && toks[k].val != '\'' &&
            toks[k].val != '.' && toks[k].val != '-')
            return 0;
    return 1;
}

/* "goes on sale on Sept. 28, priced from 149,800 yen, and in Europe in
 * early November": an aside that a comma and a past participle at i open
 * and a comma closes before the date at a says nothing of the date; the
 * search goes on past it. */
static int
closed_aside(const char *text, const struct facts_tok *toks, size_t n,
             size_t i, size_t a)
{
    size_t k;

    if (!comma_past(toks, n, i) || toks[i].lex != LX_NONE ||
        !ends_ed(text, &toks[i]))
        return 0;
    for (k = i + 1; k < a && k < i + 8; k++)
        if (toks[k].kind == FT_PUNCT && toks[k].val == ',')
            return 1;
    return 0;
}

/* "the death of", "the killing of", "the disappearance of" at i: what
 * a story reports of a death or a loss happened. */
static int
death_of(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const w[] = {"death", "deaths", "killing",
        "killings", "murder", "murders", "disappearance"};

    return rec_lex(toks, n, i + 1, LX_OF) && REC_WORD_IN(text, toks, n, i, w);
}

/* "The Met Office said the weekend would be dry": a date that opens the
 * clause a saying word at i reports (the date at a starts with "the") is
 * that clause's subject; its verb after the date dates it, not the
 * saying. ("said Monday that ..." is the day of the saying.) */
static int
reported_subject(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i, size_t a)
{
    static const char *const saying[] = {"said", "says", "told", "warned",
        "predicted", "announced", "expects", "expected"};

    return toks[a].lex == LX_THE && REC_WORD_IN(text, toks, n, i, saying);
}

/* "called a 50-hour strike, starting at 22:00 on Wednesday": what an
 * announcement says starts on a day starts after it. i is "starting"
 * or "beginning", right before the date (its clock skipped). */
static int
called_starting(const char *text, const struct facts_tok *toks, size_t n,
                size_t i)
{
    static const char *const start[] = {"starting", "beginning", "from"};
    static const char *const called[] = {"called", "announced", "declared",
        "set", "scheduled", "unveiled", "ordered", "launched"};
    size_t k;

    if (!REC_WORD_IN(text, toks, n, i, start))
        return 0;
    for (k = i; k-- > 0 && k + 16 > i;) {
        if (toks[k].kind == FT_PUNCT && (toks[k].val == ';' ||
                                         toks[k].val == ':'))
            return 0;
        if (REC_WORD_IN(text, toks, n, k, called))
            return 1;
        if (toks[k].kind == FT_WORD && toks[k].tense != FACTS_TENSE_NONE)
            return 0;
    }
    return 0;
}

/* "remanded him in custody to appear again on the 18th", "bailed to
 * return on Monday": a court's order to come back names a day ahead of
 * the order ("failed to appear on Monday" does not). i is the "to". */
static int
summoned_to(const char *text, const struct facts_tok *toks, size_t n,
            size_t i)
{
    static const char *const back[] = {"appear", "reappear", "return",
        "attend", "surrender", "answer", "produce"};
    static const char *const order[] = {"remanded", "bailed", "summoned",
        "summonsed", "ordered", "released", "bound", "directed",
        "required"};
    size_t k;

    if (toks[i].lex != LX_TO || !REC_WORD_IN(text, toks, n, i + 1, back))
        return 0;
    for (k = i; k-- > 0 && k + 6 >= i;) {
        if (REC_WORD_IN(text, toks, n, k, order))
            return 1;
        if (toks[k].kind == FT_WORD && toks[k].tense != FACTS_TENSE_NONE)
            return 0;
    }
    return 0;
}

enum facts_tense
facts_tense_before(const char *text, const struct facts_tok *toks, size_t n,
                   size_t a, size_t b)
{
    size_t i;
    int t, ger = 0;

    a = facts_clock_before(text, toks, n, a);   /* "at 8:30 am on Friday" */
    a = relative_before(text, toks, n, a);
    for (i = a; i-- > 0 && i + TENSE_REACH >= a;) {
        if (barrier(&toks[i]) || that_clause(toks, n, i) ||
            rec_word(text, toks, n, i, "but") ||
            rec_word(text, toks, n, i, "whether") ||
            quote_opens(text, toks, n, i))
            break;
        /* ", and its free talks on Sunday are nearly full": a clause
         * of its own, whose verb after the date decides */
        if (i > 0 && toks[i].lex == LX_AND && rec_punct(toks, n, i - 1, ',') &&
            i + 1 < a && (toks[i + 1].lex == LX_THE ||
                          possessive(text, toks, n, i + 1)) &&
            (t = facts_tense_after(text, toks, n, b)) != FACTS_TENSE_NONE)
            return (enum facts_tense)t;
        ger |= gerund_clause(text, toks, n, i, a);
        if (toks[i].lex == LX_DEICTIC && toks[i].val == 1 && a <= i + 5 &&
            i + 1 < a && toks[i + 1].kind == FT_WORD &&
            toks[i + 1].lex == LX_NONE && i > 0 &&
            (toks[i - 1].lex == LX_THE ||
             rec_owner(text, toks, n, i - 1)))
            return FACTS_TENSE_FUTURE;      /* "its next decision, on Jan.
                                               24", "the upcoming vote" */
        if (rec_word(text, toks, n, i, "ahead") &&
            rec_lex(toks, n, i + 1, LX_OF) &&
            ahead_of(text, toks, n, i + 2, a))
            return FACTS_TENSE_FUTURE;      /* "ahead of Thursday's rate
                                               call", "ahead of a policy
                                               decision on Friday" */
        if (preparing_for(text, toks, n, i, a))
            return FACTS_TENSE_FUTURE;      /* "prepared for resit exams
                                               from Monday" */
        if (awaiting(text, toks, n, i, a))
            return FACTS_TENSE_FUTURE;      /* "investors waited for the
                                               Fed's decision on
                                               Wednesday" */
        if (rec_word(text, toks, n, i, "if") && !past_after(toks, n, b))
            return FACTS_TENSE_FUTURE;      /* "if Wednesday's session
                                               fails": a condition ahead */
        if (set_for(text, toks, n, i, a))
            return FACTS_TENSE_FUTURE;
        if (rec_word(text, toks, n, i, "effect") && i > 0 &&
            (rec_word(text, toks, n, i - 1, "take") ||
             rec_word(text, toks, n, i - 1, "takes")))
            return FACTS_TENSE_FUTURE;      /* "sanctions that take effect
                                               from Friday" */
        if (on_course(text, toks, n, i))    /* "was": seen from the past */
            return i >= 2 && toks[i - 2].lex == LX_AUXPAST ?
                FACTS_TENSE_PRESENT : FACTS_TENSE_FUTURE;
        if (s_verb(text, toks, n, i) && !aside_between(toks, i, a))
            return FACTS_TENSE_PRESENT;     /* not "Mortgage approvals for
                                               March, published on
                                               Tuesday," */
        if (i + 1 == a && made_then(text, toks, n, i))
            return FACTS_TENSE_PAST;
        if (compared_figure(text, toks, n, i, a))
            return FACTS_TENSE_PAST;
        if (summoned_to(text, toks, n, i))
            return FACTS_TENSE_FUTURE;
        if (i + 1 == a && called_starting(text, toks, n, i))
            return FACTS_TENSE_FUTURE;
        if (passive_aside(text, toks, n, i, a))
            return FACTS_TENSE_PAST;
        if (closed_aside(text, toks, n, i, a))
            continue;
        if (death_of(text, toks, n, i))
            return FACTS_TENSE_PAST;    /* "an inquest into the death of a
                                           rider at Scrooby on January
                                           11th would be opened" */
        if (i + 1 == a && reported_subject(text, toks, n, i, a) &&
            (t = facts_tense_after(text, toks, n, b)) != FACTS_TENSE_NONE)
            return (enum facts_tense)t;
        if ((t = cue(text, toks, n, i)) != FACTS_TENSE_NONE) {
            if (t == FACTS_TENSE_FUTURE && ger)
                return FACTS_TENSE_NONE;
            /* "are sharing a jackpot after matching six numbers in
             * Saturday's draw": what was done before now */
            if (t == FACTS_TENSE_PRESENT && ger)
                return FACTS_TENSE_PAST;
            if (t == FACTS_TENSE_FUTURE && toks[i].lex == LX_FUTTO &&
                toks[i].val == 1 && past_after(toks, n, b))
                return FACTS_TENSE_NONE;    /* the nearest reading */
            if (t == FACTS_TENSE_PAST && reported(text, toks, n, i, a, b) &&
                (t = facts_tense_after(text, toks, n, b)) !=
                FACTS_TENSE_NONE)
                return (enum facts_tense)t;
            return (enum facts_tense)t;
        }
    }
    return FACTS_TENSE_NONE;
}

/* The "to" of an infinitive between token a and the nearest tense cue
 * before it in its clause, + 1; 0 when there is none. */
static size_t
infinitive_at(const char *text, const struct facts_tok *toks, size_t n,
              size_t a)
{
    /* "returned to work", "went to court": places, not verbs */
    static const char *const places[] = {"work", "school", "court",
        "office", "hospital", "prison", "jail", "bed", "church", "college",
        "university", "town", "sea", "market", "power", "trial", "war",
        "parliament", "congress", "hearing"};
    size_t i;

    for (i = a; i-- > 0 && i + TENSE_REACH >= a;) {
        const struct facts_tok *v = i + 1 < n ? &toks[i + 1] : NULL;
        if (barrier(&toks[i]) || that_clause(toks, n, i))
            return 0;
        if (toks[i].lex == LX_TO && v && v->kind == FT_WORD &&
            (v->lex == LX_NONE || v->lex == LX_SCHED) &&
            !(v->flags & (FT_CAP | FT_UPPER)) && !determiner(v) &&
            !REC_WORD_IN(text, toks, n, i + 1, places))
            return i + 1;
        if (cue(text, toks, n, i) != FACTS_TENSE_NONE)
            return 0;
    }
    return 0;
}

int
facts_infinitive_before(const char *text, const struct facts_tok *toks,
                        size_t n, size_t a)
{
    size_t to = infinitive_at(text, toks, n, a);

    /* "were to receive it by June 15": a plan seen from the past, no
     * act still to do */
    return to != 0 && !(to >= 2 && (rec_word(text, toks, n, to - 2, "was") ||
                                    rec_word(text, toks, n, to - 2, "were")));
}

int
facts_agreed_before(const char *text, const struct facts_tok *toks,
                    size_t n, size_t a)
{
    static const char *const agreeing[] = {"agreed", "decided", "voted",
        "promised", "pledged", "vowed", "planned", "arranged", "resolved",
        "undertook", "offered"};
    size_t to = infinitive_at(text, toks, n, a);

    return to >= 2 && REC_WORD_IN(text, toks, n, to - 2, agreeing);
}

/* A word that opens another clause after the date: "Pier works to start
 * in September after contract signed". */
static int
opens_clause(const char *text, const struct facts_tok *toks, size_t n,
             size_t i)
{
    static const char *const w[] = {"after", "before", "as", "once", "when",
        "while", "until", "since", "because"};

    return REC_WORD_IN(text, toks, n, i, w);
}

enum facts_tense
facts_tense_after(const char *text, const struct facts_tok *toks, size_t n,
                  size_t b)
{
    size_t i;
    int t;

    for (i = b; i < n && i < b + TENSE_REACH; i++) {
        if (barrier(&toks[i]) || opens_clause(text, toks, n, i))
            break;
        if ((t = cue(text, toks, n, i)) != FACTS_TENSE_NONE)
            return (enum facts_tense)t;
    }
    return FACTS_TENSE_NONE;
}

enum facts_tense
facts_when_tense(const char *text, const struct facts_tok *toks, size_t n,
                 size_t b)
{
    size_t i;
    int t;

    if (!rec_punct(toks, n, b, ',') || !rec_word(text, toks, n, b + 1, "when"))
        return FACTS_TENSE_NONE;
    for (i = b + 2; i < n && i < b + 2 + TENSE_REACH; i++) {
        if (toks[i].kind == FT_PUNCT && toks[i].val != '\'')
            break;
        if ((t = cue(text, toks, n, i)) != FACTS_TENSE_NONE)
            return (enum facts_tense)t;
        if (!(toks[i].flags & (FT_CAP | FT_UPPER)))
            /* "when Maison Verlaine presents": a name, then its verb */
            return i > b + 2 && s_verb(text, toks, n, i) ?
                FACTS_TENSE_FUTURE : FACTS_TENSE_NONE;
    }
    return FACTS_TENSE_NONE;
}

enum facts_tense
facts_tense_at(const char *text, const struct facts_tok *toks, size_t n,
               size_t a, size_t b)
{
    enum facts_tense before = facts_tense_before(text, toks, n, a, b);
    size_t i;
    int t;

    if (before != FACTS_TENSE_NONE)
        return before;
    for (i = b; i < n && i < b + TENSE_REACH; i++) {
        if (barrier(&toks[i]) || facts_quote_mark(&toks[i]) ||
            new_clause(text, toks, n, i))
            break;
        if (pron_verb(text, toks, n, i))
            return FACTS_TENSE_FUTURE;
        if ((t = cue(text, toks, n, i)) != FACTS_TENSE_NONE)
            /* "On Tuesday, he urged the parties to move quickly": after
             * the date, a wish's past form is the act the date goes with;
             * what was wished lies after it */
            return t == FACTS_TENSE_FUTURE && wish_past(text, toks, i) ?
                FACTS_TENSE_PAST : (enum facts_tense)t;
    }
    return FACTS_TENSE_NONE;
}
