/* SPDX-License-Identifier: MIT */
/* facts_country.c - the country a story is about, for the days whose date depends on it (Independence, Republic, National and Labour Day, Thanksgiving, Freedom Day). */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "facts_scan.h"

/* Names a story uses for a country (the country, its people, its chief
 * cities, its news agency) and the day it marks its independence. Countries whose day
 * follows another calendar, or that call it something else, are not
 * here: no date beats a wrong one. */
static const struct {
    int m, d;
    const char *names[8];
} countries[] = {
    {7, 4, {"United States", "U.S.", "America", "American", "Americans"}},
    {8, 15, {"India", "Indian", "Indians", "Delhi", "Mumbai", "Kolkata",
             "Chennai", "PTI"}},
    {8, 14, {"Pakistan", "Pakistani", "Islamabad", "Karachi", "Lahore"}},
    {3, 26, {"Bangladesh", "Bangladeshi", "Dhaka"}},
    {2, 4, {"Sri Lanka", "Sri Lankan", "Colombo"}},
    {3, 6, {"Ghana", "Ghanaian", "Ghanaians", "Accra", "Kumasi"}},
    {10, 1, {"Nigeria", "Nigerian", "Nigerians", "Lagos", "Abuja"}},
    {12, 12, {"Kenya", "Kenyan", "Kenyans", "Nairobi", "Mombasa"}},
    {10, 9, {"Uganda", "Ugandan", "Kampala"}},
    {12, 9, {"Tanzania", "Tanzanian", "Dar es Salaam", "Dodoma"}},
    {4, 18, {"Zimbabwe", "Zimbabwean", "Harare"}},
    {10, 24, {"Zambia", "Zambian", "Lusaka"}},
    {3, 21, {"Namibia", "Namibian", "Windhoek"}},
    {9, 30, {"Botswana", "Gaborone"}},
    {6, 25, {"Mozambique", "Mozambican", "Maputo"}},
    {7, 1, {"Rwanda", "Rwandan", "Kigali"}},
    {4, 4, {"Senegal", "Senegalese", "Dakar"}},
    {8, 31, {"Trinidad", "Tobago", "Port of Spain"}},
    {8, 6, {"Jamaica", "Jamaican", "Jamaicans"}},
    {11, 30, {"Barbados", "Barbadian", "Bridgetown"}},
    {5, 26, {"Guyana", "Guyanese", "Georgetown"}},
    {6, 12, {"Philippines", "Philippine", "Filipino", "Filipinos", "Manila"}},
    {8, 17, {"Indonesia", "Indonesian", "Indonesians", "Jakarta"}},
    {8, 31, {"Malaysia", "Malaysian", "Malaysians", "Kuala Lumpur"}},
    {9, 16, {"Mexico", "Mexican", "Mexicans"}},
    {9, 7, {"Brazil", "Brazilian", "Brazilians", "Brasilia"}},
    {7, 9, {"Argentina", "Argentine", "Argentines", "Buenos Aires"}},
    {9, 18, {"Chile", "Chilean", "Chileans", "Santiago"}},
    {7, 28, {"Peru", "Peruvian", "Lima"}},
    {7, 20, {"Colombia", "Colombian", "Bogota"}},
    {7, 5, {"Venezuela", "Venezuelan", "Caracas"}},
    {8, 24, {"Ukraine", "Ukrainian", "Ukrainians", "Kyiv"}},
    {11, 11, {"Poland", "Polish", "Warsaw"}},
    {12, 6, {"Finland", "Finnish", "Helsinki"}},
    {2, 24, {"Estonia", "Estonian", "Tallinn"}},
    {11, 22, {"Lebanon", "Lebanese", "Beirut"}},
    {7, 5, {"Algeria", "Algerian", "Algiers"}},
    {10, 10, {"Fiji", "Fijian", "Suva"}},
};

#define NCOUNTRIES (sizeof countries / sizeof countries[0])

/* Occurrences of name in s as a whole word (case as written, or in any
 * case: datelines are written in capitals, "CALGARY"). */
static int
count_word_case(const char *s, const char *name, int anycase)
{
    size_t len = strlen(name);
    const char *p = s;
    int n = 0;

    while ((p = anycase ? strcasestr(p, name) : strstr(p, name)) != NULL) {
        unsigned char before = p > s ? (unsigned char)p[-1] : ' ';
        unsigned char after = (unsigned char)p[len];
        if (!isalnum(before) && !isalnum(after) &&
            !(name[len - 1] != '.' && after == '.' && isalpha(
                (unsigned char)p[len + 1])))
            n++;
        p += len;
    }
    return n;
}

/* Occurrences of name in the story: title, body, and the dateline three
 * times over (in any case there). */
static int
count_in(const struct parse_doc *doc, const char *name)
{
    return (doc->title ? count_word_case(doc->title, name, 0) : 0) +
        (doc->body ? count_word_case(doc->body, name, 0) : 0) +
        (doc->dateline ? 3 * count_word_case(doc->dateline, name, 1) : 0);
}

/* Occurrences in the story of the first n names of names[] (up to a
 * NULL). */
static int
count_names(const struct parse_doc *doc, const char *const *names, size_t n)
{
    size_t k;
    int c = 0;

    for (k = 0; k < n && names[k]; k++)
        c += count_in(doc, names[k]);
    return c;
}

/* The most named country (the dateline counts three times), or -1. */
static int
story_country(const struct parse_doc *doc)
{
    int best = -1, top = 0, n;
    size_t c;

    for (c = 0; c < NCOUNTRIES; c++) {
        n = count_names(doc, countries[c].names, 8);
        if (n > top) {
            top = n;
            best = (int)c;
        }
    }
    return best;
}

int
facts_country_day_first(const struct parse_doc *doc)
{
    int c = story_country(doc);

    /* all but the United States and the Philippines write 12/09/2011
     * for 12 September */
    return c > 0 && strcmp(countries[c].names[0], "Philippines") != 0;
}

int
facts_country_day(const struct parse_doc *doc, int *m, int *d)
{
    int c = story_country(doc);

    if (c < 0)
        return 0;
    *m = countries[c].m;
    *d = countries[c].d;
    return 1;
}

/* Republic Day, by the first name of the country in countries[]. */
static const struct {
    const char *country;
    int m, d;
} republic_days[] = {
    {"India", 1, 26}, {"Kenya", 12, 12}, {"Trinidad", 9, 24},
};

int
facts_country_republic(const struct parse_doc *doc, int *m, int *d)
{
    int c = story_country(doc);
    size_t k;

    for (k = 0; c >= 0 && k < sizeof republic_days / sizeof *republic_days;
         k++)
        if (strcmp(countries[c].names[0], republic_days[k].country) == 0) {
            *m = republic_days[k].m;
            *d = republic_days[k].d;
            return 1;
        }
    return 0;
}

/* The countries whose national day goes by "National Day" in English,
 * with the names a story uses for them (the United Arab Emirates' is
 * the union's, China's the People's Republic's). */
static const struct {
    int m, d;
    const char *names[8];
} national_days[] = {
    {10, 1, {"China", "Chinese", "Beijing", "Shanghai", "Xinhua"}},
    {10, 10, {"Taiwan", "Taiwanese", "Taipei"}},
    {8, 9, {"Singapore", "Singaporean", "Singaporeans"}},
    {8, 31, {"Malaysia", "Malaysian", "Malaysians", "Kuala Lumpur",
             "Bernama"}},
    {9, 2, {"Vietnam", "Vietnamese", "Hanoi", "Ho Chi Minh City"}},
    {2, 23, {"Brunei", "Bruneian"}},
    {12, 2, {"United Arab Emirates", "UAE", "U.A.E.", "Emirati",
             "Emiratis", "Abu Dhabi", "Dubai", "WAM"}},
    {9, 23, {"Saudi", "Saudi Arabia", "Riyadh", "Jeddah"}},
    {12, 18, {"Qatar", "Qatari", "Qataris", "Doha"}},
    {2, 25, {"Kuwait", "Kuwaiti", "Kuwaitis"}},
    {12, 16, {"Bahrain", "Bahraini", "Bahrainis", "Manama"}},
    {3, 12, {"Mauritius", "Mauritian", "Mauritians", "Port Louis"}},
};

int
facts_country_national(const struct parse_doc *doc, int *m, int *d)
{
    size_t c, k = SIZE_MAX;
    int top = 0, n, other = story_country(doc);

    for (c = 0; c < sizeof national_days / sizeof national_days[0]; c++)
        if ((n = count_names(doc, national_days[c].names, 8)) > top) {
            top = n;
            k = c;
        }
    if (k == SIZE_MAX || (other >= 0 &&
                          count_names(doc, countries[other].names, 8) > top))
        return 0;       /* a story of another country: whose? */
    *m = national_days[k].m;
    *d = national_days[k].d;
    return 1;
}

/* Labour Day where it is not the first of May: the United States'
 * (the first Monday of September: m 0), Trinidad and Tobago's, Jamaica's
 * (Canada's, also September's, goes by "Canada" and its own words). */
static const struct {
    const char *country;
    int m, d;
} labour_days[] = {
    {"United States", 0, 0}, {"Trinidad", 6, 19}, {"Jamaica", 5, 23},
    {"Fiji", 0, 0},
};

/* New Zealand's and Australia's states' Labour Days: a Monday of a
 * month, by the places the story names (Canberra, Sydney and Adelaide
 * keep October's first; Victoria and Tasmania March's second ...). */
static const struct {
    int m, nth;
    const char *names[8];
} labour_mondays[] = {
    {10, 4, {"New Zealand", "Wellington", "Auckland", "Christchurch",
             "Picton", "Dunedin", "Hamilton", "Cook Strait"}},
    {3, 2, {"Victoria", "Melbourne", "Geelong", "Ballarat", "Bendigo",
            "Tasmania", "Hobart", "Launceston"}},
    {3, 1, {"Western Australia", "Perth", "Fremantle"}},
    {5, 1, {"Queensland", "Brisbane", "Gold Coast", "Cairns",
            "Townsville"}},
    {10, 1, {"New South Wales", "Sydney", "Canberra", "Adelaide",
             "Newcastle", "Wollongong", "South Australia"}},
};

int
facts_country_labour_monday(const struct parse_doc *doc, int *m, int *nth)
{
    size_t k, best = 0;
    int n, top = 1;

    for (k = 0; k < sizeof labour_mondays / sizeof labour_mondays[0]; k++)
        if ((n = count_names(doc, labour_mondays[k].names, 8)) > top) {
            top = n;
            best = k + 1;
        }
    if (best == 0 || count_names(doc, countries[0].names, 8) >= top)
        return 0;       /* two names or more, more than the US's */
    *m = labour_mondays[best - 1].m;
    *nth = labour_mondays[best - 1].nth;
    return 1;
}

int
facts_country_labor_may(const struct parse_doc *doc)
{
    int c = story_country(doc);

    return c >= 0 && strcmp(countries[c].names[0], "Philippines") == 0;
}

int
facts_country_labour(const struct parse_doc *doc, int *m, int *d)
{
    int c = story_country(doc);
    size_t k;

    if (c < 0)
        return 0;
    *m = 5;
    *d = 1;
    for (k = 0; k < sizeof labour_days / sizeof labour_days[0]; k++)
        if (!strcmp(countries[c].names[0], labour_days[k].country)) {
            *m = labour_days[k].m;
            *d = labour_days[k].d;
        }
    return 1;
}

/* Canada's names against the United States': a story of Canada keeps
 * its Thanksgiving on the second Monday of October (Black Friday, the
 * day after the United States' one, is no Canadian day). */
static const char *const canada[] = {"Canada", "Canadian", "Canadians",
    "Toronto", "Montreal", "Ottawa", "Calgary", "Edmonton", "Vancouver",
    "Winnipeg", "Halifax", "Quebec", "Ontario", "Alberta", "Manitoba",
    "Saskatchewan", "Nova Scotia", "P.E.I.", "B.C."};


int
facts_country_canadian(const struct parse_doc *doc)
{
    int ca = count_names(doc, canada, sizeof canada / sizeof canada[0]),
        us = count_names(doc, countries[0].names, 8);

    return ca >= 3 && ca > 2 * us;     /* not a word on Canada's shops */
}

/* South Africa's names: its Freedom, Youth and Human Rights Days are its
 * own (other countries keep days of those names on other dates). */
static const char *const south_africa[] = {"South Africa",
    "South African", "South Africans", "Johannesburg", "Cape Town",
    "Durban", "Pretoria", "Soweto", "Gauteng", "KwaZulu-Natal",
    "Bloemfontein", "Gqeberha", "Port Elizabeth", "Stellenbosch"};

static int
south_africa_names(const struct parse_doc *doc)
{
    return count_names(doc, south_africa,
                       sizeof south_africa / sizeof south_africa[0]);
}

int
facts_country_south_africa(const struct parse_doc *doc)
{
    return south_africa_names(doc) >= 2;
}

/* Names of Australia and New Zealand, the other southern countries whose
 * Father's Day is September's. */
static const char *const antipodes[] = {"Australia", "Australian",
    "New Zealand", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide",
    "Auckland", "Wellington", "Christchurch"};

int
facts_country_south_african_story(const struct parse_doc *doc)
{
    int sa = south_africa_names(doc);

    return sa >= 2 && sa > count_names(doc, antipodes,
                                       sizeof antipodes / sizeof antipodes[0]);
}

/* Ireland's and Scotland's names, whose August bank holiday is the
 * first Monday (England's and Wales's the last). */
static const char *const first_august[] = {"Ireland", "Irish", "Dublin",
    "Cork", "Galway", "Limerick", "Kilkenny", "Scotland", "Scottish",
    "Edinburgh", "Glasgow", "Aberdeen", "Inverness", "Dundee"};
static const char *const last_august[] = {"England", "English", "London",
    "Manchester", "Birmingham", "Leeds", "Liverpool", "Bristol", "Wales",
    "Welsh", "Cardiff"};

int
facts_country_first_august(const struct parse_doc *doc)
{
    int first = count_names(doc, first_august,
                            sizeof first_august / sizeof first_august[0]);

    return first >= 2 && first > count_names(doc, last_august,
                                             sizeof last_august /
                                             sizeof last_august[0]);
}

/* Countries whose churches keep Easter by the Julian calendar, and
 * their chief cities. */
static const char *const orthodox[] = {"Greece", "Greek", "Greeks",
    "Athens", "Thessaloniki", "Cyprus", "Cypriot", "Nicosia", "Russia",
    "Russian", "Russians", "Moscow", "Serbia", "Serbian", "Belgrade",
    "Romania", "Romanian", "Bucharest", "Bulgaria", "Bulgarian",
    "Ukraine", "Ukrainian", "Kyiv", "Moldova", "Chisinau", "Montenegro",
    "Skopje"};

int
facts_country_orthodox(const struct parse_doc *doc)
{
    int n;

    if (!(doc->body && (strstr(doc->body, "Easter") ||
                        strstr(doc->body, "Good Friday") ||
                        strstr(doc->body, "Holy "))))
        return 0;       /* the usual case, and a cheap test */
    n = count_names(doc, orthodox, sizeof orthodox / sizeof orthodox[0]);
    return n >= 3 && n > 2 * count_names(doc, countries[0].names, 8);
}

/* The wire agencies of Australia and New Zealand: a story they filed
 * ("SYDNEY, Feb 17 (AAP) -") keeps the southern seasons. */
static const char *const southern_wires[] = {"AAP", "NZPA", "NZME"};

int
facts_country_southern_wire(const struct parse_doc *doc)
{
    size_t k;

    for (k = 0; k < sizeof southern_wires / sizeof southern_wires[0]; k++)
        if (strcmp(doc->dateline_agency, southern_wires[k]) == 0)
            return 1;
    return 0;
}
