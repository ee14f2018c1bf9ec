/* SPDX-License-Identifier: MIT */
/* facts_prep.c - the words before a date that give its tense on their own: "since", "until", "adjourned to", "urged to". */
#include <string.h>

#include "facts_int.h"

/* "delays", "postpones": a verb's third person in -s. */
static int
present_form(const char *text, const struct facts_tok *t)
{
    return t->len > 3 && text[t->off + t->len - 1] == 's' &&
        text[t->off + t->len - 2] != 's';
}

/* "adjourned to December", "pushed back to May", "moved the vote to
 * Friday", "delayed until the spring", "slipped into the autumn": the
 * new date of a postponed thing, ahead of the postponement. i is the
 * "to", "until", "till" or "into". Returns 2 when the verb is in the
 * present ("Ethiopia delays election to October"): the postponement is
 * now, so the new date is ahead of now too; 1 for another form. */
static int
moved_to(const char *text, const struct facts_tok *toks, size_t n, size_t i)
{
    static const char *const verb[] = {"adjourned", "postponed", "delayed",
        "deferred", "moved", "rescheduled", "brought", "pushed", "put",
        "slipped", "slid", "shifted", "extended", "bumped", "pulled",
        "postpone", "postpones", "delay", "delays", "defer", "defers",
        "adjourn", "adjourns", "reschedule", "reschedules", "stood",
        "pushes", "moves", "brings", "shifts", "bumps", "pulls"};
    static const char *const part[] = {"back", "forward", "off", "over"};
    static const char *const to[] = {"until", "till", "into"};

    size_t k;

    if (i == 0 || (toks[i].lex != LX_TO && !REC_WORD_IN(text, toks, n, i, to) &&
                   !(rec_word(text, toks, n, i, "from") &&
                     (rec_lex(toks, n, i + 1, LX_WEEKDAY) ||
                      rec_month_name(toks, n, i + 1)))))
        return 0;       /* ... "moved two shows from Thursday to Saturday",
                           "moves from May 31 to June 2" */
    if (i > 1 && REC_WORD_IN(text, toks, n, i - 1, part))
        i--;
    /* its object between: "adjourned the hearing to", "moved its own
     * racing title to", "postpone local elections in 41 municipalities
     * until", "adjourned the founder's application for disclosure to"
     * (up to nine words, numbers and possessives, none a verb) */
    for (k = i; k > 0 && k + 10 > i; k--) {
        if (REC_WORD_IN(text, toks, n, k - 1, verb))
            return present_form(text, &toks[k - 1]) ? 2 : 1;
        if ((toks[k - 1].kind != FT_WORD && toks[k - 1].kind != FT_NUM &&
             !(rec_punct(toks, n, k - 1, '-') && rec_joined(toks, n, k - 1)) &&
             !rec_apos(toks, n, k - 1))
            || toks[k - 1].tense != FACTS_TENSE_NONE)
            return 0;       /* "moved trick-or-treating to Saturday" */
    }
    return 0;
}

/* The end of the clause at a: its next comma, or n. */
static size_t
comma_after(const struct facts_tok *toks, size_t n, size_t a)
{
    size_t i;

    for (i = a; i < n; i++)
        if (toks[i].kind == FT_PUNCT && toks[i].val == ',')
            return i;
    return n;
}

/* "will", "would", "'ll" in the clause before a. */
static int
modal_before(const struct facts_tok *toks, size_t a)
{
    size_t i;

    for (i = a; i-- > 0 && i + 16 >= a;) {
        if (toks[i].kind == FT_PUNCT && (toks[i].val == ',' ||
                                         toks[i].val == ';'))
            return 0;
        if (toks[i].kind == FT_WORD && toks[i].lex == LX_FUT)
            return 1;
    }
    return 0;
}

/* "extended a warning through Monday": a verb before i in its clause
 * that carries something on to a day, which may be ahead ("talks ran
 * through Thursday night" ended there). */
static int
prolonged_before(const char *text, const struct facts_tok *toks, size_t n,
                 size_t i)
{
    static const char *const w[] = {"extended", "extends", "prolonged",
        "postponed", "delayed", "suspended", "issued"};
    size_t k;

    for (k = i; k-- > 0 && k + 12 >= i;) {
        if (toks[k].kind == FT_PUNCT && (toks[k].val == ',' ||
                                         toks[k].val == ';'))
            return 0;
        if (REC_WORD_IN(text, toks, n, k, w))
            return 1;
    }
    return 0;
}

/* "since the season opener in Bahrain in March": the date in a phrase
 * "since" opens looks back too, when no verb or punctuation comes
 * between ("since they meet in March" is a clause of its own). */
#define SINCE_REACH 8

static int
since_phrase(const char *text, const struct facts_tok *toks, size_t n,
             size_t a)
{
    size_t i;

    for (i = a; i-- > 0 && i + SINCE_REACH >= a;) {
        if (rec_word(text, toks, n, i, "since"))    /* not the "since" of a
                                                       cause: "Since the launch
                                                       in June will be watched" */
            return facts_tense_after(text, toks, comma_after(toks, n, a),
                                     a + 1) != FACTS_TENSE_FUTURE;
        if (toks[i].kind != FT_WORD || toks[i].tense != FACTS_TENSE_NONE ||
            toks[i].lex == LX_PRES || toks[i].lex == LX_PERF ||
            toks[i].lex == LX_FUT || toks[i].lex == LX_BE ||
            toks[i].lex == LX_AUXPAST || toks[i].lex == LX_SCHED ||
            toks[i].lex == LX_FUTTO)
            return 0;
    }
    return 0;
}

/* Prepositions that decide on their own: "since January" looks back;
 * "until Thursday" (delayed, adjourned, held until) mostly looks ahead, so
 * it takes the nearest reading, as does "adjourned to December". */
/* A season at a, or "the" and a season. */
static int
season_at(const struct facts_tok *toks, size_t n, size_t a)
{
    if (rec_lex(toks, n, a, LX_THE))
        a++;
    return rec_lex(toks, n, a, LX_SEASON);
}

/* "expected to show inflation at 3.1%, down from 3.4% in July": the
 * reading a figure is compared with is an earlier one. a: the date's
 * first token. */
/* A lower-case word no lexicon class knows before "up" or "down": the
 * verb of a phrasal verb ("will wind down from April"), not a figure's
 * move ("were up from April", "3% down from March"). */
static int
phrasal(const struct facts_tok *t)
{
    return t->kind == FT_WORD && t->lex == LX_NONE &&
        t->tense == FACTS_TENSE_NONE && !(t->flags & (FT_CAP | FT_UPPER));
}

static int
earlier_reading(const char *text, const struct facts_tok *toks, size_t n,
                size_t a)
{
    static const char *const dir[] = {"up", "down", "compared", "rising",
        "falling", "unchanged"};
    size_t i;

    if (a >= 1 && rec_word(text, toks, n, a - 1, "in"))
        a--;
    for (i = a; i-- > 0 && i + 5 >= a;) {
        if (rec_word(text, toks, n, i, "from"))
            return i > 0 && REC_WORD_IN(text, toks, n, i - 1, dir) &&
                !(i + 1 == a && i >= 2 && phrasal(&toks[i - 2]));
        if (toks[i].kind != FT_NUM && !rec_punct(toks, n, i, '%') &&
            !rec_punct(toks, n, i, '$') && !(toks[i].kind == FT_WORD &&
                                              toks[i].lex == LX_QTY) &&
            !rec_word(text, toks, n, i, "per") &&
            !rec_word(text, toks, n, i, "cent") &&
            !rec_word(text, toks, n, i, "percent"))
            return 0;
    }
    return 0;
}

/* "She urged those with problems to file by Thursday": a deadline set
 * by a request or a warning is ahead even told in the past. */
static int
urged_before(const char *text, const struct facts_tok *toks, size_t n,
             size_t i)
{
    static const char *const asking[] = {"urged", "asked", "told",
        "ordered", "warned", "reminded", "advised", "called", "undertook",
        "promised", "pledged", "requested", "demanded"};
    size_t k;

    for (k = i; k-- > 0 && k + 10 > i;)
        if (REC_WORD_IN(text, toks, n, k, asking))
            return !(k > 0 && rec_word(text, toks, n, k - 1, "had"));
    return 0;           /* "had asked them to report by Dec. 15": gone */
}

/* "faces a ban for his Good Friday tackle", "fined over Saturday's
 * brawl": a sanction, "for" or "over", the date (at a) and the deed it
 * dates; the deed was done, whatever the tense of the verb that governs
 * the sanction ("banned for Saturday's final" is the match to miss). */
static int
sanctioned_for(const char *text, const struct facts_tok *toks, size_t n,
               size_t a)
{
    static const char *const sanction[] = {"ban", "banned", "fine",
        "fined", "suspension", "suspended", "charged", "penalty",
        "penalised", "penalized", "punished", "sanctioned", "cited",
        "disciplined", "sacked", "arrested", "apologised", "apologized"};
    static const char *const det[] = {"the", "his", "her", "their", "its",
        "a", "an"};
    static const char *const deed[] = {"tackle", "foul", "challenge",
        "incident", "brawl", "fight", "comments", "remarks", "outburst",
        "offence", "offense", "assault", "attack", "elbow", "punch",
        "headbutt", "altercation", "post", "tweet", "crash",
        "collision"};     /* not "clash", a fixture's word */
    size_t i = a, k;

    if (i >= 2 && !rec_word(text, toks, n, i - 1, "for") &&
        !rec_word(text, toks, n, i - 1, "over") &&
        REC_WORD_IN(text, toks, n, i - 1, det))
        i--;            /* the cheap tests first: this runs for every date */
    if (i < 2 || (!rec_word(text, toks, n, i - 1, "for") &&
                  !rec_word(text, toks, n, i - 1, "over")))
        return 0;
    for (k = a + 1; k < n && k < a + 6; k++)
        if (REC_WORD_IN(text, toks, n, k, deed))
            break;
    if (k == n || k == a + 6)
        return 0;
    for (k = i - 1; k-- > 0 && k + 5 > i;)
        if (REC_WORD_IN(text, toks, n, k, sanction))
            return 1;
    return 0;
}

/* "Section 9 sunsets Sept. 30", "the credit lapses on March 31": a law
 * or its part that sunsets or lapses on a day is to come (not
 * "spectacular sunsets on Sunday", "memory lapses in October"). */
static int
law_lapses(const char *text, const struct facts_tok *toks, size_t n,
           size_t a)
{
    static const char *const verb[] = {"sunsets", "lapses", "expires"};
    static const char *const law[] = {"it", "which", "that", "law", "act",
        "section", "provision", "program", "programme", "authority",
        "measure", "policy", "credit", "rule", "exemption", "order",
        "moratorium", "mandate", "ban", "waiver", "authorization"};
    size_t v = a > 0 && rec_word(text, toks, n, a - 1, "on") ? a - 1 : a;

    return v >= 2 && REC_WORD_IN(text, toks, n, v - 1, verb) &&
        (toks[v - 2].kind == FT_NUM || REC_WORD_IN(text, toks, n, v - 2, law));
}

/* "I turn 71 on Oct. 3", "the Courier turns 56 on Monday": an age
 * reached on a day, told in the present, is ahead. */
static int
turns_age(const char *text, const struct facts_tok *toks, size_t n,
          size_t a)
{
    size_t v = a > 0 && (rec_word(text, toks, n, a - 1, "on") ||
                         rec_word(text, toks, n, a - 1, "in")) ? a - 1 : a;

    return v >= 2 && toks[v - 1].kind == FT_NUM &&
        (rec_word(text, toks, n, v - 2, "turn") ||
         rec_word(text, toks, n, v - 2, "turns"));
}

enum facts_tense
facts_prep_tense(const char *text, const struct facts_tok *toks, size_t n,
                 size_t a)
{
    size_t i, p = facts_clock_before(text, toks, n, a);
    int moved;

    if (sanctioned_for(text, toks, n, a))
        return FACTS_TENSE_PAST;
    if (law_lapses(text, toks, n, a) || turns_age(text, toks, n, a))
        return FACTS_TENSE_FUTURE;
    for (i = p; i + 1 >= p && i <= p; i--) {
        if (rec_word(text, toks, n, i, "since"))
            return FACTS_TENSE_PAST;
        if (i > 0 && toks[i].lex == LX_TO &&
            (rec_word(text, toks, n, i - 1, "backdated") ||
             rec_word(text, toks, n, i - 1, "backdate")))
            return FACTS_TENSE_PAST;    /* "will be backdated to 1 April" */
        /* a season or a weekday moved to is ahead, and all after "could"
         * or a postponement in the present */
        if ((moved = moved_to(text, toks, n, i)) != 0)
            return moved == 2 || season_at(toks, n, a) ||
                toks[a].lex == LX_WEEKDAY ||
                facts_tense_at(text, toks, n, a, a + 1) ==
                FACTS_TENSE_FUTURE ? FACTS_TENSE_FUTURE : FACTS_TENSE_PRESENT;
        if (rec_word(text, toks, n, i, "through") &&
            toks[a].lex == LX_WEEKDAY)  /* "will run through Wednesday" */
            return facts_tense_at(text, toks, n, a, a + 1) !=
                FACTS_TENSE_PAST || modal_before(toks, i) ?
                FACTS_TENSE_FUTURE : prolonged_before(text, toks, n, i) ?
                FACTS_TENSE_PRESENT : FACTS_TENSE_PAST;
        /* "asks experts to report by Dec. 15": an act's deadline */
        if (rec_word(text, toks, n, i, "by") &&
            facts_infinitive_before(text, toks, n, i) &&
            (facts_tense_at(text, toks, n, a, a + 1) != FACTS_TENSE_PAST ||
             urged_before(text, toks, n, i)))
            return FACTS_TENSE_FUTURE;
        if ((rec_word(text, toks, n, i, "until") ||
             rec_word(text, toks, n, i, "till")) && i > 0 &&
            rec_word(text, toks, n, i - 1, "had"))
            return FACTS_TENSE_PAST;    /* "Parties had until 9pm on
                                           Friday to lodge objections" */
        if (rec_word(text, toks, n, i, "until") ||
            rec_word(text, toks, n, i, "till"))
            /* "could delay it until December": a modal makes it ahead;
             * so does the present ("have a transition period until 31
             * December", "runs until Sunday"): a deadline still to come */
            switch (facts_tense_at(text, toks, n, a, a + 1)) {
            case FACTS_TENSE_FUTURE:
            case FACTS_TENSE_PRESENT: return FACTS_TENSE_FUTURE;
            default:                  return FACTS_TENSE_PRESENT;
            }
        if (i == 0)
            break;
    }
    if (earlier_reading(text, toks, n, a))
        return FACTS_TENSE_PAST;
    /* "nobody wanted to go back to December" (after "pushed back to
     * March", which moved_to read, it is ahead) */
    if (a > 1 && rec_lex(toks, n, a - 1, LX_TO) &&
        rec_word(text, toks, n, a - 2, "back") && !modal_before(toks, a))
        return FACTS_TENSE_PAST;    /* not "will switch back to August" */
    return since_phrase(text, toks, n, a) ? FACTS_TENSE_PAST :
        FACTS_TENSE_NONE;
}
