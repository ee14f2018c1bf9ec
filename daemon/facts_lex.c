/* SPDX-License-Identifier: MIT */
/* facts_lex.c - the words the fact recogniser knows, looked up by first letter. */
#include <string.h>

#include "facts_scan.h"

struct lexent {
    const char *w;
    uint8_t lex;
    int8_t  val;
};

#define P FACTS_TENSE_PAST
/* UNIT values: the granularity, plus these bits. */
#define PL  0x10   /* plural */
#define WE  0x20   /* weekend */

static const struct lexent lx_a[] = {
    {"article", LX_IDNOUN, 0},
    {"a", LX_NUMWORD, 1}, {"an", LX_NUMWORD, 1}, {"ago", LX_AGO, 0},
    {"about", LX_APPROX, 0}, {"almost", LX_APPROX, 0},
    {"around", LX_APPROX, 0}, {"after", LX_PREP, 0},
    {"afternoon", LX_DAYPART, 0}, {"and", LX_AND, 0}, {"are", LX_PRES, 0},
    {"am", LX_PRES, 0}, {"april", LX_MONTH, 4}, {"apr", LX_MONTH, 4},
    {"august", LX_MONTH, 8}, {"aug", LX_MONTH, 8},
    {"autumn", LX_SEASON, FACTS_AUTUMN}, {"at", LX_PREP, 0},
    {"aims", LX_FUTTO, 0}, {"aim", LX_FUTTO, 0}, {"ate", LX_PAST, P}, {"assists", LX_SPORT, 0},
};
static const struct lexent lx_b[] = {
    {"bore", LX_PAST, P}, {"bit", LX_PAST, P}, {"bled", LX_PAST, P},
    {"blew", LX_PAST, P}, {"bound", LX_PAST, P}, {"bred", LX_PAST, P},
    {"bus", LX_IDNOUN, 0}, {"box", LX_IDNOUN, 0},
    {"barrels", LX_QTY, 0},
    {"by", LX_PREP, 0}, {"before", LX_PREP, 0}, {"beginning", LX_PART, 1},
    {"between", LX_PREP, 0}, {"became", LX_PAST, P}, {"began", LX_PAST, P},
    {"brought", LX_PAST, P}, {"bought", LX_PAST, P}, {"built", LX_PAST, P},
    {"broke", LX_PAST, P}, {"been", LX_BE, 0}, {"be", LX_BE, 0},
    {"being", LX_BE, 0},
};
static const struct lexent lx_c[] = {
    {"chose", LX_PAST, P}, {"clung", LX_PAST, P}, {"crept", LX_PAST, P},
    {"chapter", LX_IDNOUN, 0}, {"code", LX_IDNOUN, 0},
    {"cases", LX_QTY, 0},
    {"coming", LX_DEICTIC, 1}, {"came", LX_PAST, P},
    {"caught", LX_PAST, P}, {"century", LX_UNIT, FACTS_CENTURY},
    {"centuries", LX_UNIT, FACTS_CENTURY | PL},
};
static const struct lexent lx_d[] = {
    {"dealt", LX_PAST, P}, {"dug", LX_PAST, P}, {"drank", LX_PAST, P},
    {"drove", LX_PAST, P},
    {"dollars", LX_QTY, 0}, {"deaths", LX_QTY, 0},
    {"day", LX_UNIT, FACTS_DAY}, {"days", LX_UNIT, FACTS_DAY | PL},
    {"decade", LX_UNIT, FACTS_DECADE}, {"decades", LX_UNIT, FACTS_DECADE | PL},
    {"december", LX_MONTH, 12}, {"dec", LX_MONTH, 12}, {"did", LX_AUXPAST, P},
    {"during", LX_PREP, 0}, {"drew", LX_PAST, P}, {"due", LX_FUTTO, 2},
    {"deliveries", LX_BIZ, 0}, {"demand", LX_BIZ, 0},
};
static const struct lexent lx_e[] = {
    {"ext", LX_IDNOUN, 0},
    {"euros", LX_QTY, 0}, {"employees", LX_QTY, 0},
    {"early", LX_EDGE, 1}, {"earlier", LX_LATER, -1}, {"end", LX_PART, 3},
    {"each", LX_SET, 0}, {"every", LX_SET, 0}, {"evening", LX_DAYPART, 0},
    {"eight", LX_NUMWORD, 8}, {"eleven", LX_NUMWORD, 11},
    {"earnings", LX_BIZ, 0}, {"expected", LX_FUTTO, 1},
    {"economy", LX_BIZ, 0}, {"exports", LX_BIZ, 0},
};
static const struct lexent lx_f[] = {
    {"fed", LX_PAST, P}, {"fled", LX_PAST, P}, {"flung", LX_PAST, P},
    {"forgot", LX_PAST, P}, {"forgave", LX_PAST, P}, {"froze", LX_PAST, P},
    {"flight", LX_IDNOUN, 0}, {"floor", LX_IDNOUN, 0},
    {"feet", LX_QTY, 0}, {"figures", LX_BIZ, 0}, {"forecast", LX_BIZ, 0},
    {"friday", LX_WEEKDAY, 5}, {"fri", LX_WEEKDAY, 5},
    {"february", LX_MONTH, 2}, {"feb", LX_MONTH, 2},
    {"first", LX_ORDWORD, 1}, {"fourth", LX_ORDWORD, 4},
    {"five", LX_NUMWORD, 5}, {"four", LX_NUMWORD, 4},
    {"fall", LX_SEASON, FACTS_AUTUMN}, {"for", LX_FOR, 0},
    {"from", LX_PREP, 0}, {"fiscal", LX_YEARWORD, 0}, {"fell", LX_PAST, P},
    {"felt", LX_PAST, P}, {"flew", LX_PAST, P}, {"fought", LX_PAST, P},
    {"found", LX_PAST, P}, {"final", LX_ORDWORD, 4}, {"fy", LX_YEARWORD, 0},
};
static const struct lexent lx_g[] = {
    {"gate", LX_IDNOUN, 0},
    {"gave", LX_PAST, P}, {"game", LX_SPORT, 0}, {"goal", LX_SPORT, 0},
    {"goals", LX_SPORT, 0}, {"got", LX_PAST, P}, {"grew", LX_PAST, P},
    {"going", LX_FUTTO, 0}, {"gdp", LX_BIZ, 0}, {"growth", LX_BIZ, 0},
};
static const struct lexent lx_h[] = {
    {"hid", LX_PAST, P}, {"hung", LX_PAST, P}, {"highway", LX_IDNOUN, 0},
    {"homes", LX_QTY, 0}, {"hectares", LX_QTY, 0},
    {"had", LX_AUXPAST, P}, {"has", LX_PERF, 0}, {"have", LX_PERF, 0},
    {"half", LX_UNIT, FACTS_HALF}, {"halftime", LX_SPORT, 0}, {"held", LX_PAST, P},
    {"heard", LX_PAST, P}, {"hopes", LX_FUTTO, 0}, {"hope", LX_FUTTO, 0},
};
static const struct lexent lx_i[] = {
    {"item", LX_IDNOUN, 0},
    {"in", LX_PREP, 0}, {"is", LX_PRES, 0}, {"income", LX_BIZ, 0}, {"imports", LX_BIZ, 0},
    {"innings", LX_SPORT, 0}, {"inning", LX_SPORT, 0},
    {"intends", LX_FUTTO, 0}, {"inflation", LX_BIZ, 0},
};
static const struct lexent lx_j[] = {
    {"jobs", LX_QTY, 0},
    {"january", LX_MONTH, 1}, {"jan", LX_MONTH, 1}, {"july", LX_MONTH, 7},
    {"jul", LX_MONTH, 7}, {"june", LX_MONTH, 6}, {"jun", LX_MONTH, 6},
    {"just", LX_APPROX, 0},
};
static const struct lexent lx_k[] = {
    {"km", LX_QTY, 0}, {"kg", LX_QTY, 0},
    {"kept", LX_PAST, P}, {"knew", LX_PAST, P},
};
static const struct lexent lx_l[] = {
    {"laid", LX_PAST, P}, {"lent", LX_PAST, P}, {"lit", LX_PAST, P},
    {"lot", LX_IDNOUN, 0}, {"line", LX_IDNOUN, 0},
    {"last", LX_DEICTIC, -1}, {"late", LX_EDGE, 3}, {"later", LX_LATER, 1},
    {"led", LX_PAST, P}, {"left", LX_PAST, P}, {"lost", LX_PAST, P},
    {"ll", LX_FUT, 0}, {"loss", LX_BIZ, 0}, {"losses", LX_BIZ, 0},
};
static const struct lexent lx_m[] = {
    {"meant", LX_PAST, P}, {"model", LX_IDNOUN, 0},
    {"miles", LX_QTY, 0}, {"metres", LX_QTY, 0}, {"meters", LX_QTY, 0},
    {"members", LX_QTY, 0},
    {"monday", LX_WEEKDAY, 1}, {"mon", LX_WEEKDAY, 1},
    {"march", LX_MONTH, 3}, {"mar", LX_MONTH, 3}, {"may", LX_MONTH, 5},
    {"month", LX_UNIT, FACTS_MONTH}, {"months", LX_UNIT, FACTS_MONTH | PL},
    {"mid", LX_EDGE, 2}, {"middle", LX_PART, 2},
    {"morning", LX_DAYPART, 0}, {"met", LX_PAST, P}, {"made", LX_PAST, P}, {"match", LX_SPORT, 0},
    {"minutes", LX_SPORT, 0},
};
static const struct lexent lx_n[] = {
    {"no", LX_IDNOUN, 0}, {"number", LX_IDNOUN, 0},
    {"next", LX_DEICTIC, 1}, {"november", LX_MONTH, 11},
    {"nov", LX_MONTH, 11}, {"night", LX_DAYPART, 0},
    {"nine", LX_NUMWORD, 9}, {"nearly", LX_APPROX, 0}, {"now", LX_NOW, 0},
};
static const struct lexent lx_o[] = {
    {"on", LX_PREP, 0}, {"of", LX_OF, 0}, {"october", LX_MONTH, 10},
    {"oct", LX_MONTH, 10}, {"one", LX_NUMWORD, 1}, {"or", LX_AND, 0},
    {"over", LX_APPROX, 0}, {"output", LX_BIZ, 0},
};
static const struct lexent lx_p[] = {
    {"page", LX_IDNOUN, 0}, {"platform", LX_IDNOUN, 0},
    {"people", LX_QTY, 0}, {"percent", LX_QTY, 0},
    {"pounds", LX_QTY, 0},
    {"previous", LX_DEICTIC, -1}, {"plans", LX_FUTTO, 0},
    {"plan", LX_FUTTO, 0}, {"planned", LX_FUTTO, 1},
    {"planning", LX_FUTTO, 0}, {"poised", LX_FUTTO, 0},
    {"paid", LX_PAST, P}, {"profit", LX_BIZ, 0}, {"profits", LX_BIZ, 0},
    {"prices", LX_BIZ, 0}, {"production", LX_BIZ, 0},
    {"points", LX_SPORT, 0}, {"period", LX_SPORT, 0},
    {"prepares", LX_FUTTO, 0}, {"preparing", LX_FUTTO, 0},
};
static const struct lexent lx_q[] = {
    {"quarter", LX_UNIT, FACTS_QUARTER},
    {"quarters", LX_UNIT, FACTS_QUARTER | PL},
};
static const struct lexent lx_r[] = {
    {"rode", LX_PAST, P}, {"rang", LX_PAST, P}, {"room", LX_IDNOUN, 0},
    {"route", LX_IDNOUN, 0}, {"rule", LX_IDNOUN, 0},
    {"rest", LX_PART, 0}, {"roughly", LX_APPROX, 0},
    {"revenue", LX_BIZ, 0}, {"revenues", LX_BIZ, 0},
    {"results", LX_BIZ, 0}, {"rebounds", LX_SPORT, 0}, {"rose", LX_PAST, P}, {"ran", LX_PAST, P},
};
static const struct lexent lx_s[] = {
    {"sang", LX_PAST, P}, {"sank", LX_PAST, P}, {"shook", LX_PAST, P},
    {"shot", LX_PAST, P}, {"slid", LX_PAST, P}, {"slept", LX_PAST, P},
    {"spent", LX_PAST, P}, {"spun", LX_PAST, P}, {"sprang", LX_PAST, P},
    {"stole", LX_PAST, P}, {"stuck", LX_PAST, P}, {"stung", LX_PAST, P},
    {"strove", LX_PAST, P}, {"swam", LX_PAST, P}, {"swept", LX_PAST, P},
    {"swore", LX_PAST, P}, {"swung", LX_PAST, P}, {"section", LX_IDNOUN, 0},
    {"seat", LX_IDNOUN, 0}, {"suite", LX_IDNOUN, 0},
    {"station", LX_IDNOUN, 0},
    {"soldiers", LX_QTY, 0}, {"square", LX_QTY, 0},
    {"sunday", LX_WEEKDAY, 7}, {"sun", LX_WEEKDAY, 7},
    {"saturday", LX_WEEKDAY, 6}, {"sat", LX_WEEKDAY, 6},
    {"september", LX_MONTH, 9}, {"sep", LX_MONTH, 9},
    {"sept", LX_MONTH, 9}, {"spring", LX_SEASON, FACTS_SPRING},
    {"summer", LX_SEASON, FACTS_SUMMER}, {"since", LX_PREP, 0},
    {"said", LX_PAST, P}, {"saw", LX_PAST, P}, {"sent", LX_PAST, P},
    {"sold", LX_PAST, P}, {"spoke", LX_PAST, P}, {"stood", LX_PAST, P},
    {"start", LX_PART, 1}, {"second", LX_ORDWORD, 2},
    {"six", LX_NUMWORD, 6}, {"seven", LX_NUMWORD, 7},
    {"set", LX_FUTTO, 0}, {"scheduled", LX_FUTTO, 1},
    {"slated", LX_FUTTO, 1}, {"shall", LX_FUT, 0}, {"sales", LX_BIZ, 0},
    {"says", LX_PRES, 0}, {"sought", LX_PAST, P}, {"struck", LX_PAST, P},
    {"some", LX_APPROX, 0}, {"shares", LX_BIZ, 0},
    {"scored", LX_SPORT, 0}, {"score", LX_SPORT, 0}, {"shot", LX_SPORT, 0},
};
static const struct lexent lx_t[] = {
    {"tore", LX_PAST, P},
    {"troops", LX_QTY, 0}, {"tonnes", LX_QTY, 0}, {"tons", LX_QTY, 0},
    {"tuesday", LX_WEEKDAY, 2}, {"tue", LX_WEEKDAY, 2},
    {"tues", LX_WEEKDAY, 2}, {"thursday", LX_WEEKDAY, 4},
    {"thu", LX_WEEKDAY, 4}, {"thur", LX_WEEKDAY, 4},
    {"thurs", LX_WEEKDAY, 4}, {"today", LX_RELDAY, 0},
    {"tomorrow", LX_RELDAY, 1}, {"tonight", LX_RELDAY, 0},
    {"this", LX_DEICTIC, 0}, {"the", LX_THE, 0}, {"third", LX_ORDWORD, 3},
    {"three", LX_NUMWORD, 3}, {"two", LX_NUMWORD, 2},
    {"ten", LX_NUMWORD, 10}, {"twelve", LX_NUMWORD, 12}, {"to", LX_TO, 0},
    {"through", LX_AND, 0}, {"till", LX_PREP, 0}, {"that", LX_THAT, 0}, {"took", LX_PAST, P},
    {"told", LX_PAST, P}, {"thought", LX_PAST, P}, {"than", LX_APPROX, 0},
    {"taught", LX_PAST, P}, {"touchdown", LX_SPORT, 0},
    {"trailed", LX_SPORT, 0}, {"threw", LX_PAST, P},
};
static const struct lexent lx_u[] = {
    {"understood", LX_PAST, P},
    {"units", LX_QTY, 0},
    {"until", LX_PREP, 0}, {"upcoming", LX_DEICTIC, 1},
};
static const struct lexent lx_v[] = {
    {"version", LX_IDNOUN, 0},
};
static const struct lexent lx_w[] = {
    {"wept", LX_PAST, P}, {"withdrew", LX_PAST, P}, {"woke", LX_PAST, P},
    {"wound", LX_PAST, P},
    {"workers", LX_QTY, 0},
    {"wednesday", LX_WEEKDAY, 3}, {"wed", LX_WEEKDAY, 3},
    {"week", LX_UNIT, FACTS_WEEK}, {"weeks", LX_UNIT, FACTS_WEEK | PL},
    {"weekend", LX_UNIT, FACTS_WEEK | WE},
    {"weekends", LX_UNIT, FACTS_WEEK | WE | PL},
    {"winter", LX_SEASON, FACTS_WINTER}, {"will", LX_FUT, 0},
    {"would", LX_FUT, 0}, {"was", LX_AUXPAST, P}, {"were", LX_AUXPAST, P},
    {"went", LX_PAST, P}, {"won", LX_PAST, P}, {"wrote", LX_PAST, P},
    {"within", LX_PREP, 0}, {"wore", LX_PAST, P},
};
static const struct lexent lx_y[] = {
    {"year", LX_UNIT, FACTS_YEAR}, {"years", LX_UNIT, FACTS_YEAR | PL},
    {"yesterday", LX_RELDAY, -1}, {"yards", LX_SPORT, 0},
};

#define N(a) (sizeof(a) / sizeof((a)[0]))
static const struct {
    const struct lexent *v;
    size_t n;
} by_letter[26] = {
    {lx_a, N(lx_a)}, {lx_b, N(lx_b)}, {lx_c, N(lx_c)}, {lx_d, N(lx_d)},
    {lx_e, N(lx_e)}, {lx_f, N(lx_f)}, {lx_g, N(lx_g)}, {lx_h, N(lx_h)},
    {lx_i, N(lx_i)}, {lx_j, N(lx_j)}, {lx_k, N(lx_k)}, {lx_l, N(lx_l)},
    {lx_m, N(lx_m)}, {lx_n, N(lx_n)}, {lx_o, N(lx_o)}, {lx_p, N(lx_p)},
    {lx_q, N(lx_q)}, {lx_r, N(lx_r)}, {lx_s, N(lx_s)}, {lx_t, N(lx_t)},
    {lx_u, N(lx_u)}, {lx_v, N(lx_v)}, {lx_w, N(lx_w)}, {NULL, 0},
    {lx_y, N(lx_y)}, {NULL, 0},
};

/* Tense cue of each class. */
static uint8_t
lex_tense(uint8_t lex)
{
    switch (lex) {
    case LX_PAST:
    case LX_AUXPAST: return FACTS_TENSE_PAST;
    case LX_PERF:
    case LX_PRES: return FACTS_TENSE_PRESENT;
    case LX_FUT:  return FACTS_TENSE_FUTURE;
    default:      return FACTS_TENSE_NONE;
    }
}

/* Regular past forms ("announced"); "-eed" words (need, proceed) are not. */
static int
past_ed(const char *w, size_t len)
{
    return len >= 4 && w[len - 2] == 'e' && w[len - 1] == 'd' &&
        w[len - 3] != 'e';
}

int
facts_ord_suffix(const char *s)
{
    char a = (char)(s[0] | 0x20), b = (char)(s[1] | 0x20);

    return (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
        (a == 'r' && b == 'd') || (a == 't' && b == 'h');
}

void
facts_lex_word(const char *s, size_t len, struct facts_tok *t)
{
    char w[12] = "";
    size_t i, k;

    t->lex = LX_NONE;
    t->val = 0;
    t->tense = FACTS_TENSE_NONE;
    if (len == 0)
        return;
    if (len >= sizeof w) {
        /* No lexicon word is this long; long "-ed" words still count. */
        if (!(t->flags & FT_CAP) && past_ed(s, len))
            t->tense = FACTS_TENSE_PAST;
        return;
    }
    for (i = 0; i < len; i++)
        w[i] = (char)(s[i] | 0x20);
    k = (size_t)(w[0] - 'a');
    if (k < 26 && by_letter[k].v) {
        for (i = 0; i < by_letter[k].n; i++) {
            const struct lexent *e = &by_letter[k].v[i];
            /* strncmp stops at the entry's NUL, so e->w[len] is in range
             * whenever it is read. */
            if (strncmp(e->w, w, len) == 0 && e->w[len] == '\0') {
                t->lex = e->lex;
                t->val = e->val;
                t->tense = lex_tense(e->lex);
                return;
            }
        }
    }
    if (!(t->flags & FT_CAP) && past_ed(w, len))
        t->tense = FACTS_TENSE_PAST;
}
