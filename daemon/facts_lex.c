/* SPDX-License-Identifier: MIT */
/* facts_lex.c - the words the fact recogniser knows; facts_lex_tab.c is their hash table. */
#include <string.h>

#include "facts_scan.h"

struct lexent {
    const char *w;
    uint8_t len;
    uint8_t lex;
    int8_t  val;
};

/* An entry. The lookup table facts_lex_slots (facts_lex_tab.c) is made
 * from this list by tests/tools/gen_facts_lex.py: run it after any edit
 * here; test_facts fails while the table is stale. */
#define E(w, lex, val) {w, sizeof(w) - 1, lex, val}

#define P  FACTS_TENSE_PAST
#define PL FACTS_UNIT_PL
#define WE FACTS_UNIT_WE
#define X2 FACTS_UNIT_X2

static const struct lexent lexicon[] = {
    /* a */
    E("annually", LX_HABIT, 0), E("always", LX_HABIT, 2),
    E("daily", LX_HABIT, 1),
    E("nightly", LX_HABIT, 1), E("avenue", LX_STREET, 0),
    E("ave", LX_STREET, 0),
    E("aren", LX_PRES, 0),
    E("arrives", LX_SCHED, 0),
    E("article", LX_IDNOUN, 0),
    E("a", LX_NUMWORD, 1), E("an", LX_NUMWORD, 1), E("ago", LX_AGO, 0),
    E("about", LX_APPROX, 0), E("almost", LX_APPROX, 0),
    E("around", LX_APPROX, 0), E("after", LX_PREP, 0),
    E("afternoon", LX_DAYPART, 0), E("arvo", LX_DAYPART, 0), E("and", LX_AND, 0), E("are", LX_PRES, 0),
    E("am", LX_PRES, 0), E("april", LX_MONTH, 4), E("apr", LX_MONTH, 4),
    E("august", LX_MONTH, 8), E("aug", LX_MONTH, 8),
    E("autumn", LX_SEASON, FACTS_AUTUMN),
    E("autumns", LX_SEASON, FACTS_AUTUMN), E("at", LX_PREP, 0),
    E("aims", LX_FUTTO, 0), E("aim", LX_FUTTO, 0), E("ate", LX_PAST, P),
    E("assists", LX_SPORT, 0),
    /* b */
    E("beyond", LX_PREP, 0),
    E("boulevard", LX_STREET, 0), E("blvd", LX_STREET, 0),
    E("budget", LX_EVENT, 0),
    /* events a year names: "Forum 2031", "Festival 2025" ("Euro" is a
     * currency as often as a tournament) */
    E("forum", LX_EVENT, 0), E("festival", LX_EVENT, 0),
    E("conference", LX_EVENT, 0), E("congress", LX_EVENT, 0),
    E("championship", LX_EVENT, 0), E("championships", LX_EVENT, 0),
    E("convention", LX_EVENT, 0), E("symposium", LX_EVENT, 0),
    E("fair", LX_EVENT, 0), E("awards", LX_EVENT, 0),
    E("biennale", LX_EVENT, 0), E("carnival", LX_EVENT, 0),
    E("marathon", LX_EVENT, 0),
    E("begin", LX_SCHED, 1),
    E("begins", LX_SCHED, 0), E("boxing", LX_HOLIDAY, 4),
    E("bore", LX_PAST, P), E("bit", LX_PAST, P), E("bled", LX_PAST, P),
    E("blew", LX_PAST, P), E("bound", LX_PAST, P), E("bred", LX_PAST, P),
    E("bus", LX_IDNOUN, 0), E("box", LX_IDNOUN, 0),
    E("barrels", LX_QTY, 0),
    E("by", LX_PREP, 0), E("before", LX_PREP, 0), E("beginning", LX_PART, 1),
    E("between", LX_PREP, 0), E("became", LX_PAST, P), E("began", LX_PAST, P),
    E("brought", LX_PAST, P), E("bought", LX_PAST, P), E("built", LX_PAST, P),
    E("broke", LX_PAST, P), E("been", LX_BE, 0), E("be", LX_BE, 0),
    E("being", LX_BE, 0),
    /* c */
    E("census", LX_EVENT, 0), E("cup", LX_EVENT, 0),
    E("court", LX_STREET, 0), E("crescent", LX_STREET, 0),
    E("could", LX_FUT, 0), E("can", LX_FUT, 0),
    E("closes", LX_SCHED, 0), E("comes", LX_SCHED, 0),
    E("christmas", LX_HOLIDAY, 1),
    E("chose", LX_PAST, P), E("clung", LX_PAST, P), E("crept", LX_PAST, P),
    E("chapter", LX_IDNOUN, 0), E("code", LX_IDNOUN, 0),
    E("cases", LX_QTY, 0),
    E("coming", LX_DEICTIC, 1), E("came", LX_PAST, P),
    E("caught", LX_PAST, P), E("century", LX_UNIT, FACTS_CENTURY),
    E("centuries", LX_UNIT, FACTS_CENTURY | PL),
    /* d */
    E("drive", LX_STREET, 0),
    E("didn", LX_AUXPAST, P), E("doesn", LX_PRES, 0), E("don", LX_PRES, 0),
    E("dealt", LX_PAST, P), E("dug", LX_PAST, P), E("drank", LX_PAST, P),
    E("drove", LX_PAST, P),
    E("dollars", LX_QTY, 0), E("deaths", LX_QTY, 0),
    E("day", LX_UNIT, FACTS_DAY), E("days", LX_UNIT, FACTS_DAY | PL),
    E("decade", LX_UNIT, FACTS_DECADE),
    E("decades", LX_UNIT, FACTS_DECADE | PL),
    E("december", LX_MONTH, 12), E("dec", LX_MONTH, 12),
    E("did", LX_AUXPAST, P),
    E("during", LX_PREP, 0), E("throughout", LX_PREP, 0),
    E("into", LX_PREP, 0), E("drew", LX_PAST, P), E("due", LX_FUTTO, 2),
    E("beat", LX_PAST, FACTS_BASE_PAST),   /* "Wales beat Italy in April";
                                              not "to beat", "will beat" */
    E("deliveries", LX_BIZ, 0), E("demand", LX_BIZ, 0),
    E("data", LX_BIZ, 0),
    /* e */
    E("easter", LX_HOLIDAY, 5), E("election", LX_EVENT, 0),
    E("meeting", LX_EVENT, 0), E("meetings", LX_EVENT, 0),
    E("session", LX_EVENT, 0), E("ballot", LX_EVENT, 0),
    E("referendum", LX_EVENT, 0), E("deadline", LX_EVENT, 0),
    E("hearing", LX_EVENT, 0),
    E("elections", LX_EVENT, 0), E("expo", LX_EVENT, 0),
    E("expire", LX_SCHED, 1),
    E("ends", LX_SCHED, 0), E("finishes", LX_SCHED, 0), E("expires", LX_SCHED, 0),
    E("ext", LX_IDNOUN, 0), E("extension", LX_IDNOUN, 0),
    E("euros", LX_QTY, 0), E("employees", LX_QTY, 0),
    E("early", LX_EDGE, 1), E("earlier", LX_LATER, -1), E("end", LX_PART, 3),
    E("each", LX_SET, 0), E("every", LX_SET, 0), E("evening", LX_DAYPART, 0),
    E("eight", LX_NUMWORD, 8), E("eleven", LX_NUMWORD, 11),
    E("earnings", LX_BIZ, 0), E("expected", LX_FUTTO, 1),
    E("expect", LX_FUTTO, 0), E("expects", LX_FUTTO, 0),
    E("economy", LX_BIZ, 0), E("exports", LX_BIZ, 0),
    /* f */
    E("fortnight", LX_UNIT, FACTS_WEEK | X2),
    E("fortnights", LX_UNIT, FACTS_WEEK | PL | X2),
    E("father", LX_HOLIDAY, 10),
    E("face", LX_SCHED, 1),
    E("faces", LX_SCHED, 0), E("falls", LX_SCHED, 2),
    E("fed", LX_PAST, P), E("fled", LX_PAST, P), E("flung", LX_PAST, P),
    E("forgot", LX_PAST, P), E("forgave", LX_PAST, P), E("froze", LX_PAST, P),
    E("flight", LX_IDNOUN, 0), E("floor", LX_IDNOUN, 0),
    E("hotline", LX_IDNOUN, 0), E("helpline", LX_IDNOUN, 0),
    E("feet", LX_QTY, 0), E("figures", LX_BIZ, 0), E("forecast", LX_BIZ, 0),
    E("estimate", LX_BIZ, 0), E("estimates", LX_BIZ, 0), E("survey", LX_BIZ, 0),
    E("numbers", LX_BIZ, 0), E("statistics", LX_BIZ, 0), E("payrolls", LX_BIZ, 0),
    E("friday", LX_WEEKDAY, 5), E("fri", LX_WEEKDAY, 5),
    E("february", LX_MONTH, 2), E("feb", LX_MONTH, 2),
    E("first", LX_ORDWORD, 1), E("fourth", LX_ORDWORD, 4),
    E("five", LX_NUMWORD, 5), E("four", LX_NUMWORD, 4),
    E("fall", LX_SEASON, FACTS_AUTUMN), E("for", LX_FOR, 0),
    E("from", LX_PREP, 0), E("fiscal", LX_YEARWORD, 0), E("fell", LX_PAST, P),
    E("felt", LX_PAST, P), E("flew", LX_PAST, P), E("fought", LX_PAST, P),
    E("found", LX_PAST, P), E("final", LX_ORDWORD, 4), E("fy", LX_YEARWORD, 0),
    /* g */
    E("generally", LX_HABIT, 0), E("games", LX_EVENT, 0),
    E("goes", LX_SCHED, 0),
    E("gate", LX_IDNOUN, 0),
    E("gave", LX_PAST, P), E("game", LX_SPORT, 0), E("goal", LX_SPORT, 0),
    E("goals", LX_SPORT, 0), E("got", LX_PAST, P), E("grew", LX_PAST, P),
    E("going", LX_FUTTO, 0), E("gdp", LX_BIZ, 0), E("growth", LX_BIZ, 0),
    /* h */
    E("hasn", LX_PERF, 0), E("haven", LX_PERF, 0),
    E("host", LX_SCHED, 1),
    E("holds", LX_SCHED, 0), E("hosts", LX_SCHED, 0), E("heads", LX_SCHED, 0),
    E("halloween", LX_HOLIDAY, 2),
    E("hid", LX_PAST, P), E("hung", LX_PAST, P), E("highway", LX_IDNOUN, 0),
    E("homes", LX_QTY, 0), E("hectares", LX_QTY, 0),
    E("had", LX_AUXPAST, P), E("has", LX_PERF, 0), E("have", LX_PERF, 0),
    E("half", LX_UNIT, FACTS_HALF), E("halftime", LX_SPORT, 0),
    E("held", LX_PAST, P),
    E("heard", LX_PAST, P), E("hopes", LX_FUTTO, 0), E("hope", LX_FUTTO, 0),
    /* i */
    E("isn", LX_PRES, 0),
    E("item", LX_IDNOUN, 0),
    E("in", LX_PREP, 0), E("is", LX_PRES, 0), E("income", LX_BIZ, 0),
    E("imports", LX_BIZ, 0),
    E("innings", LX_SPORT, 0), E("inning", LX_SPORT, 0),
    E("intends", LX_FUTTO, 0), E("inflation", LX_BIZ, 0),
    E("intend", LX_FUTTO, 0),
    /* j */
    E("jobs", LX_QTY, 0),
    E("january", LX_MONTH, 1), E("jan", LX_MONTH, 1), E("july", LX_MONTH, 7),
    E("jul", LX_MONTH, 7), E("june", LX_MONTH, 6), E("jun", LX_MONTH, 6),
    E("just", LX_APPROX, 0),
    /* k */
    E("kicks", LX_SCHED, 0),
    E("km", LX_QTY, 0), E("kg", LX_QTY, 0),
    E("kept", LX_PAST, P), E("knew", LX_PAST, P),
    /* l */
    E("likely", LX_FUT, 1),     /* 1: a forecast's adjective (cue()) */
    E("labor", LX_HOLIDAY, 7), E("labour", LX_HOLIDAY, 7),
    E("lane", LX_STREET, 0),
    E("leaves", LX_SCHED, 0), E("launches", LX_SCHED, 0),
    E("lands", LX_SCHED, 0),
    E("laid", LX_PAST, P), E("lent", LX_PAST, P), E("lit", LX_PAST, P),
    E("lot", LX_IDNOUN, 0), E("line", LX_IDNOUN, 0),
    E("last", LX_DEICTIC, -1), E("late", LX_EDGE, 3), E("later", LX_LATER, 1),
    E("led", LX_PAST, P), E("left", LX_PAST, P), E("lost", LX_PAST, P),
    E("ll", LX_FUT, 0), E("loss", LX_BIZ, 0), E("losses", LX_BIZ, 0),
    /* m */
    E("memorial", LX_HOLIDAY, 8), E("mother", LX_HOLIDAY, 9),
    E("might", LX_FUT, 0), E("must", LX_FUT, 0),
    E("meets", LX_SCHED, 0), E("meet", LX_SCHED, 1),
    E("meant", LX_PAST, P), E("model", LX_IDNOUN, 0),
    E("miles", LX_QTY, 0), E("metres", LX_QTY, 0), E("meters", LX_QTY, 0),
    E("members", LX_QTY, 0),
    E("monday", LX_WEEKDAY, 1), E("mon", LX_WEEKDAY, 1),
    E("march", LX_MONTH, 3), E("mar", LX_MONTH, 3), E("may", LX_MONTH, 5),
    E("month", LX_UNIT, FACTS_MONTH), E("months", LX_UNIT, FACTS_MONTH | PL),
    E("mid", LX_EDGE, 2), E("middle", LX_PART, 2),
    E("morning", LX_DAYPART, 0), E("met", LX_PAST, P), E("made", LX_PAST, P),
    E("match", LX_SPORT, 0),
    E("minutes", LX_SPORT, 0),
    /* n */
    E("normally", LX_HABIT, 0),
    E("not", LX_NOT, 0), E("never", LX_NOT, 0),
    E("no", LX_IDNOUN, 0), E("nr", LX_IDNOUN, 0), E("number", LX_IDNOUN, 0),
    E("next", LX_DEICTIC, 1), E("november", LX_MONTH, 11),
    E("nov", LX_MONTH, 11), E("night", LX_DAYPART, 0),
    E("nine", LX_NUMWORD, 9), E("nearly", LX_APPROX, 0), E("now", LX_NOW, 0),
    /* o */
    E("often", LX_HABIT, 0), E("olympics", LX_EVENT, 0),
    E("open", LX_SCHED, 1), E("close", LX_SCHED, 3),
    E("opens", LX_SCHED, 0),
    E("on", LX_PREP, 0), E("of", LX_OF, 0), E("october", LX_MONTH, 10),
    E("oct", LX_MONTH, 10), E("one", LX_NUMWORD, 1), E("or", LX_AND, 0),
    E("over", LX_APPROX, 0), E("output", LX_BIZ, 0),
    /* p */
    E("possible", LX_FUT, 1),     /* a forecast: "storms possible Friday" */
    E("promise", LX_FUTTO, 0), E("promises", LX_FUTTO, 0),
    E("pledge", LX_FUTTO, 0), E("pledges", LX_FUTTO, 0),
    E("parkway", LX_STREET, 0), E("pike", LX_STREET, 0),
    E("play", LX_SCHED, 1),
    E("plays", LX_SCHED, 0),
    E("page", LX_IDNOUN, 0), E("platform", LX_IDNOUN, 0),
    E("people", LX_QTY, 0), E("percent", LX_QTY, 0),
    E("pounds", LX_QTY, 0),
    E("previous", LX_DEICTIC, -1), E("plans", LX_FUTTO, 0),
    E("plan", LX_FUTTO, 0), E("planned", LX_FUTTO, 1),
    E("planning", LX_FUTTO, 0), E("poised", LX_FUTTO, 0),
    E("paid", LX_PAST, P), E("profit", LX_BIZ, 0), E("profits", LX_BIZ, 0),
    E("prices", LX_BIZ, 0), E("production", LX_BIZ, 0),
    E("points", LX_SPORT, 0), E("period", LX_SPORT, 0),
    E("prepares", LX_FUTTO, 0), E("preparing", LX_FUTTO, 0),
    /* q */
    E("quarter", LX_UNIT, FACTS_QUARTER),
    E("quarters", LX_UNIT, FACTS_QUARTER | PL),
    /* r */
    E("reopen", LX_SCHED, 1), E("reopens", LX_SCHED, 0),
    E("road", LX_STREET, 0), E("rd", LX_STREET, 0),
    E("regularly", LX_HABIT, 0),
    E("return", LX_SCHED, 1), E("resume", LX_SCHED, 1),
    E("returns", LX_SCHED, 0), E("resumes", LX_SCHED, 0),
    E("continues", LX_SCHED, 0),
    E("runs", LX_SCHED, 0),
    E("rode", LX_PAST, P), E("rang", LX_PAST, P), E("room", LX_IDNOUN, 0),
    E("route", LX_IDNOUN, 0), E("rule", LX_IDNOUN, 0),
    E("rest", LX_PART, 0), E("roughly", LX_APPROX, 0),
    E("revenue", LX_BIZ, 0), E("revenues", LX_BIZ, 0),
    E("results", LX_BIZ, 0), E("rebounds", LX_SPORT, 0),
    E("rose", LX_PAST, P), E("ran", LX_PAST, P),
    /* s */
    E("seek", LX_FUTTO, 0), E("seeks", LX_FUTTO, 0),
    E("street", LX_STREET, 0), E("st", LX_STREET, 0),
    E("summit", LX_EVENT, 0),
    E("should", LX_FUT, 0),
    E("starts", LX_SCHED, 0),
    E("sang", LX_PAST, P), E("sank", LX_PAST, P), E("shook", LX_PAST, P),
    E("shot", LX_PAST, P), E("slid", LX_PAST, P), E("slept", LX_PAST, P),
    E("spent", LX_PAST, P), E("spun", LX_PAST, P), E("sprang", LX_PAST, P),
    E("stole", LX_PAST, P), E("stuck", LX_PAST, P), E("stung", LX_PAST, P),
    E("strove", LX_PAST, P), E("swam", LX_PAST, P), E("swept", LX_PAST, P),
    E("swore", LX_PAST, P), E("swung", LX_PAST, P), E("section", LX_IDNOUN, 0),
    E("seat", LX_IDNOUN, 0), E("suite", LX_IDNOUN, 0),
    E("station", LX_IDNOUN, 0),
    E("soldiers", LX_QTY, 0), E("square", LX_QTY, 0),
    E("sunday", LX_WEEKDAY, 7), E("sun", LX_WEEKDAY, 7),
    E("saturday", LX_WEEKDAY, 6), E("sat", LX_WEEKDAY, 6),
    E("september", LX_MONTH, 9), E("sep", LX_MONTH, 9),
    E("sept", LX_MONTH, 9), E("spring", LX_SEASON, FACTS_SPRING),
    E("springs", LX_SEASON, FACTS_SPRING),
    E("summer", LX_SEASON, FACTS_SUMMER),
    E("summers", LX_SEASON, FACTS_SUMMER), E("since", LX_PREP, 0),
    E("said", LX_PAST, P), E("saw", LX_PAST, P), E("sent", LX_PAST, P),
    E("sold", LX_PAST, P), E("spoke", LX_PAST, P), E("stood", LX_PAST, P),
    E("start", LX_PART, 1), E("second", LX_ORDWORD, 2),
    E("six", LX_NUMWORD, 6), E("seven", LX_NUMWORD, 7),
    E("set", LX_FUTTO, 0), E("scheduled", LX_FUTTO, 1),
    E("rescheduled", LX_FUTTO, 1),
    E("slated", LX_FUTTO, 1), E("shall", LX_FUT, 0), E("sales", LX_BIZ, 0),
    E("says", LX_PRES, 0), E("sought", LX_PAST, P), E("struck", LX_PAST, P),
    E("some", LX_APPROX, 0), E("shares", LX_BIZ, 0),
    E("scored", LX_SPORT, P), E("score", LX_SPORT, 0),
    /* t */
    E("trading", LX_BIZ, 0),
    E("tel", LX_IDNOUN, 0),
    E("thanksgiving", LX_HOLIDAY, 6), E("they", LX_PRON, 0),
    E("typically", LX_HABIT, 0), E("traditionally", LX_HABIT, 0),
    E("terrace", LX_STREET, 0),
    E("t", LX_NOT, 0),
    E("travel", LX_SCHED, 1),
    E("takes", LX_SCHED, 0), E("travels", LX_SCHED, 0),
    E("tore", LX_PAST, P),
    E("troops", LX_QTY, 0), E("tonnes", LX_QTY, 0), E("tons", LX_QTY, 0),
    E("tuesday", LX_WEEKDAY, 2), E("tue", LX_WEEKDAY, 2),
    E("tues", LX_WEEKDAY, 2), E("thursday", LX_WEEKDAY, 4),
    E("thu", LX_WEEKDAY, 4), E("thur", LX_WEEKDAY, 4),
    E("thurs", LX_WEEKDAY, 4), E("today", LX_RELDAY, 0),
    E("tomorrow", LX_RELDAY, 1), E("tonight", LX_RELDAY, 0),
    E("this", LX_DEICTIC, 0), E("the", LX_THE, 0), E("third", LX_ORDWORD, 3),
    E("three", LX_NUMWORD, 3), E("two", LX_NUMWORD, 2),
    E("ten", LX_NUMWORD, 10), E("thousand", LX_NUMWORD, 0),
    E("twelve", LX_NUMWORD, 12), E("to", LX_TO, 0),
    E("thirteen", LX_NUMWORD, 13), E("fourteen", LX_NUMWORD, 14),
    E("fifteen", LX_NUMWORD, 15), E("sixteen", LX_NUMWORD, 16),
    E("seventeen", LX_NUMWORD, 17), E("eighteen", LX_NUMWORD, 18),
    E("nineteen", LX_NUMWORD, 19), E("twenty", LX_NUMWORD, 20),
    E("noughties", LX_NUMWORD, -40), E("twenties", LX_NUMWORD, -42),
    E("thirties", LX_NUMWORD, -43), E("forties", LX_NUMWORD, -44),
    E("fifties", LX_NUMWORD, -45), E("sixties", LX_NUMWORD, -46),
    E("seventies", LX_NUMWORD, -47), E("eighties", LX_NUMWORD, -48),
    E("nineties", LX_NUMWORD, -49),
    E("thirty", LX_NUMWORD, 30), E("forty", LX_NUMWORD, 40),
    E("fifty", LX_NUMWORD, 50), E("sixty", LX_NUMWORD, 60),
    E("seventy", LX_NUMWORD, 70), E("eighty", LX_NUMWORD, 80),
    E("ninety", LX_NUMWORD, 90), E("hundred", LX_NUMWORD, 100),
    E("through", LX_AND, 0), E("till", LX_PREP, 0), E("that", LX_THAT, 0),
    E("took", LX_PAST, P),
    E("told", LX_PAST, P), E("thought", LX_PAST, P), E("than", LX_APPROX, 0),
    E("taught", LX_PAST, P), E("touchdown", LX_SPORT, 0),
    E("trailed", LX_SPORT, P), E("threw", LX_PAST, P),
    E("tackles", LX_SPORT, 0), E("touchdowns", LX_SPORT, 0),
    /* u */
    E("unlikely", LX_FUT, 1),
    E("usually", LX_HABIT, 0),
    E("understood", LX_PAST, P),
    E("units", LX_QTY, 0),
    E("until", LX_PREP, 0), E("upcoming", LX_DEICTIC, 1),
    /* v */
    E("vow", LX_FUTTO, 0), E("vows", LX_FUTTO, 0),
    E("vision", LX_EVENT, 0),
    E("visit", LX_SCHED, 1),
    E("visits", LX_SCHED, 0), E("valentine", LX_HOLIDAY, 3),
    E("columbus", LX_HOLIDAY, 11), E("presidents", LX_HOLIDAY, 12),
    E("bastille", LX_HOLIDAY, 13), E("veterans", LX_HOLIDAY, 14),
    E("remembrance", LX_HOLIDAY, 14), E("armistice", LX_HOLIDAY, 14),
    E("canada", LX_HOLIDAY, 15), E("australia", LX_HOLIDAY, 16),
    E("anzac", LX_HOLIDAY, 17), E("waitangi", LX_HOLIDAY, 18),
    E("juneteenth", LX_HOLIDAY, 19), E("patrick", LX_HOLIDAY, 20),
    E("hogmanay", LX_HOLIDAY, 21), E("pentecost", LX_HOLIDAY, 22),
    E("mardi", LX_HOLIDAY, 23), E("bonfire", LX_HOLIDAY, 24),
    E("pancake", LX_HOLIDAY, 25), E("ascension", LX_HOLIDAY, 26),
    E("bloomsday", LX_HOLIDAY, 27), E("fawkes", LX_HOLIDAY, 28),
    E("burns", LX_HOLIDAY, 29),
    E("diwali", LX_HOLIDAY, 30), E("deepavali", LX_HOLIDAY, 30),
    E("holi", LX_HOLIDAY, 31), E("nowruz", LX_HOLIDAY, 32),
    E("tet", LX_HOLIDAY, 33), E("seollal", LX_HOLIDAY, 34),
    E("rosh", LX_HOLIDAY, 35), E("yom", LX_HOLIDAY, 36),
    E("epiphany", LX_HOLIDAY, 37), E("candlemas", LX_HOLIDAY, 38),
    E("corpus", LX_HOLIDAY, 39), E("michaelmas", LX_HOLIDAY, 40),
    E("gandhi", LX_HOLIDAY, 41), E("pahela", LX_HOLIDAY, 42),
    E("pohela", LX_HOLIDAY, 42),
    /* feasts of other calendars, dated only by a weekday beside them */
    E("eid", LX_HOLIDAY, 100), E("hanukkah", LX_HOLIDAY, 100),
    E("passover", LX_HOLIDAY, 100),
    E("vesak", LX_HOLIDAY, 100), E("purim", LX_HOLIDAY, 100),
    E("dussehra", LX_HOLIDAY, 100),
    E("vaisakhi", LX_HOLIDAY, 100), E("baisakhi", LX_HOLIDAY, 100),
    E("version", LX_IDNOUN, 0),
    /* w */
    E("want", LX_FUTTO, 0), E("wants", LX_FUTTO, 0),
    E("we", LX_PRON, 0),
    E("wasn", LX_AUXPAST, P), E("weren", LX_AUXPAST, P), E("wouldn", LX_FUT, 0),
    E("wept", LX_PAST, P), E("withdrew", LX_PAST, P), E("woke", LX_PAST, P),
    E("wound", LX_PAST, P),
    E("workers", LX_QTY, 0),
    E("wednesday", LX_WEEKDAY, 3), E("wed", LX_WEEKDAY, 3),
    E("week", LX_UNIT, FACTS_WEEK), E("weeks", LX_UNIT, FACTS_WEEK | PL),
    E("weekend", LX_UNIT, FACTS_WEEK | WE),
    E("weekends", LX_UNIT, FACTS_WEEK | WE | PL),
    E("winter", LX_SEASON, FACTS_WINTER),
    E("winters", LX_SEASON, FACTS_WINTER), E("will", LX_FUT, 0),
    E("would", LX_FUT, 0), E("was", LX_AUXPAST, P), E("were", LX_AUXPAST, P),
    E("went", LX_PAST, P), E("won", LX_PAST, P), E("wrote", LX_PAST, P),
    E("within", LX_PREP, 0), E("wore", LX_PAST, P),
    /* y */
    E("you", LX_PRON, 0),
    E("year", LX_UNIT, FACTS_YEAR), E("years", LX_UNIT, FACTS_YEAR | PL),
    E("yesterday", LX_RELDAY, -1), E("yards", LX_SPORT, 0),
    /* places that tell a story's hemisphere, for its seasons
     * ("Australia" and "Canada" count as the holidays they also name) */
    E("sydney", LX_PLACE, 1), E("melbourne", LX_PLACE, 1),
    E("brisbane", LX_PLACE, 1), E("perth", LX_PLACE, 1),
    E("adelaide", LX_PLACE, 1), E("canberra", LX_PLACE, 1),
    E("hobart", LX_PLACE, 1), E("queensland", LX_PLACE, 1),
    E("tasmania", LX_PLACE, 1), E("australian", LX_PLACE, 1),
    E("auckland", LX_PLACE, 1), E("wellington", LX_PLACE, 1),
    E("christchurch", LX_PLACE, 1), E("zealand", LX_PLACE, 1),
    E("zealander", LX_PLACE, 1), E("zealanders", LX_PLACE, 1),
    E("kiwi", LX_PLACE, 1), E("kiwis", LX_PLACE, 1),
    E("australians", LX_PLACE, 1), E("aussie", LX_PLACE, 1),
    E("argentine", LX_PLACE, 1), E("chilean", LX_PLACE, 1),
    E("americans", LX_PLACE, 0), E("britons", LX_PLACE, 0),
    E("johannesburg", LX_PLACE, 1), E("durban", LX_PLACE, 1),
    E("pretoria", LX_PLACE, 1), E("africa", LX_PLACE, 2),
    E("african", LX_PLACE, 2),
    E("argentina", LX_PLACE, 1), E("uruguay", LX_PLACE, 1),
    E("montevideo", LX_PLACE, 1), E("chile", LX_PLACE, 1),
    E("cape", LX_PLACE, 3), E("soweto", LX_PLACE, 1),
    E("khayelitsha", LX_PLACE, 1), E("gauteng", LX_PLACE, 1),
    E("kwazulu", LX_PLACE, 1), E("bloemfontein", LX_PLACE, 1),
    E("stellenbosch", LX_PLACE, 1), E("napier", LX_PLACE, 1),
    E("dunedin", LX_PLACE, 1), E("tauranga", LX_PLACE, 1),
    E("rotorua", LX_PLACE, 1), E("waikato", LX_PLACE, 1),
    E("otago", LX_PLACE, 1), E("geelong", LX_PLACE, 1),
    E("townsville", LX_PLACE, 1), E("wollongong", LX_PLACE, 1),
    E("fremantle", LX_PLACE, 1), E("gippsland", LX_PLACE, 1),
    E("brazil", LX_PLACE, 1),
    E("brazilian", LX_PLACE, 1), E("paraguay", LX_PLACE, 1),
    E("namibia", LX_PLACE, 1), E("botswana", LX_PLACE, 1),
    E("zimbabwe", LX_PLACE, 1), E("mozambique", LX_PLACE, 1),
    E("america", LX_PLACE, 0), E("american", LX_PLACE, 0),
    E("britain", LX_PLACE, 0), E("british", LX_PLACE, 0),
    E("england", LX_PLACE, 0), E("london", LX_PLACE, 0),
    E("washington", LX_PLACE, 0), E("york", LX_PLACE, 0),
    E("europe", LX_PLACE, 0), E("european", LX_PLACE, 0),
    E("china", LX_PLACE, 0), E("chinese", LX_PLACE, 0),
    E("japan", LX_PLACE, 0), E("japanese", LX_PLACE, 0),
    E("india", LX_PLACE, 0), E("germany", LX_PLACE, 0),
    E("german", LX_PLACE, 0), E("france", LX_PLACE, 0),
    E("french", LX_PLACE, 0), E("ireland", LX_PLACE, 0),
    E("irish", LX_PLACE, 0), E("scotland", LX_PLACE, 0),
    /* wishes and pledges before "to": what they aim at is ahead ("hoped
     * to add dates in the autumn"; "had hoped to" is a plan of the past) */
    E("hoped", LX_FUTTO, 0), E("wanted", LX_FUTTO, 0),
    E("aimed", LX_FUTTO, 0), E("intended", LX_FUTTO, 0),
    E("vowed", LX_FUTTO, 0), E("vowing", LX_FUTTO, 0),
    E("agreeing", LX_FUTTO, 0), E("promising", LX_FUTTO, 0),
    E("pledging", LX_FUTTO, 0), E("pledged", LX_FUTTO, 0),
    E("promised", LX_FUTTO, 0),
    E("pencilled", LX_FUTTO, 1), E("penciled", LX_FUTTO, 1),
    /* the short forms of posts, notices and texts ("tmrw", "yday", "last
     * nite", "next wk", "Weds") */
    E("morrow", LX_RELDAY, 1),         /* only after "to-" (facts_rel.c) */
    E("tmrw", LX_RELDAY, 1), E("tmw", LX_RELDAY, 1), E("yday", LX_RELDAY, -1),
    E("tonite", LX_RELDAY, 0), E("nite", LX_DAYPART, 0),
    E("wk", LX_UNIT, FACTS_WEEK), E("wks", LX_UNIT, FACTS_WEEK | PL),
    E("weds", LX_WEEKDAY, 3),
    E("vol", LX_IDNOUN, 0), E("pp", LX_IDNOUN, 0),   /* a citation's */
    E("xmas", LX_HOLIDAY, 1), E("nye", LX_HOLIDAY, 21),   /* Hogmanay's
                                                             day */
    /* urging someone to do a thing looks ahead to it ("urged residents
     * to arrive early on Monday"); "urged restraint on Monday" is past */
    E("urged", LX_FUTTO, 0), E("urges", LX_FUTTO, 0),
    E("urge", LX_FUTTO, 0), E("urging", LX_FUTTO, 0),
    E("advised", LX_FUTTO, 0), E("advises", LX_FUTTO, 0),
    E("encouraged", LX_FUTTO, 0), E("encourages", LX_FUTTO, 0),
    /* more words of games: their quarters and halves are no dates */
    E("interception", LX_SPORT, 0), E("quarterback", LX_SPORT, 0),
    E("linebacker", LX_SPORT, 0), E("kickoff", LX_SPORT, 0),
    E("fumble", LX_SPORT, 0), E("lap", LX_SPORT, 0), E("laps", LX_SPORT, 0),
    E("qualifying", LX_SPORT, 0), E("pole", LX_SPORT, 0),
    E("wicket", LX_SPORT, 0), E("wickets", LX_SPORT, 0),
    /* the injuries of game stories: "left in the second quarter with a
     * concussion" */
    E("injured", LX_SPORT, P), E("injury", LX_SPORT, 0),
    E("concussion", LX_SPORT, 0), E("collarbone", LX_SPORT, 0),
    E("ankle", LX_SPORT, 0), E("hamstring", LX_SPORT, 0),
    E("limped", LX_SPORT, P), E("sacked", LX_SPORT, P),
    E("receiver", LX_SPORT, 0), E("starter", LX_SPORT, 0),
    E("hurt", LX_SPORT, 0),
};

int
facts_ord_suffix(const char *s)
{
    char a = (char)(s[0] | 0x20), b = (char)(s[1] | 0x20);

    return (a == 's' && b == 't') || (a == 'n' && b == 'd') ||
        (a == 'r' && b == 'd') || (a == 't' && b == 'h');
}

/* Does the lower-cased s[0..len) end with the n bytes of e? */
static int
ends_with(const char *s, size_t len, const char *e, size_t n)
{
    size_t i;

    if (len < n)
        return 0;
    for (i = 0; i < n; i++)
        if ((s[len - n + i] | 0x20) != e[i])
            return 0;
    return 1;
}

int
facts_eed_past(const char *s, size_t len)
{
    return (len >= 6 && (ends_with(s, len, "greed", 5) ||
                         ends_with(s, len, "creed", 5))) ||
        ends_with(s, len, "freed", 5) || ends_with(s, len, "nteed", 5);
}

int
facts_lex_tail(const char *w, size_t len, unsigned idx)
{
    const char *e = lexicon[idx - 1].w;
    size_t i;

    for (i = 8; i < len && (w[i] | 0x20) == e[i]; i++)
        ;
    return i >= len;
}

uint64_t
facts_lex_key(const char *w, size_t len)
{
    uint64_t key = 0;
    size_t i;

    for (i = 0; i < len && i < 8; i++)
        key |= (uint64_t)(uint8_t)(w[i] | 0x20) << (8 * i);
    return key;
}

size_t
facts_lex_missing(void)
{
    size_t i, n = 0;

    for (i = 0; i < sizeof lexicon / sizeof lexicon[0]; i++) {
        const struct lexent *e = &lexicon[i];
        const struct facts_lex_slot *sl =
            facts_lex_find(e->w, e->len, facts_lex_key(e->w, e->len));
        n += !sl || sl->idx != i + 1 || sl->lex != e->lex ||
            sl->val != e->val;
    }
    return n;
}
