/* SPDX-License-Identifier: MIT */
/* decode_html.c - an HTML page or fragment turned into the plain text, with header lines, that parse_document reads. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "decode.h"
#include "decode_html_lib.h"

#define TITLE_MAX 300      /* bytes of a Title: header */
#define DATE_MAX 40        /* bytes of a Date: header */
#define ROOT_MIN_TEXT 500  /* an <article> with this much text is the
                              story, whatever else the page holds */
#define ROOT_SHARE 5       /* ... or with a fifth of the page's text */
#define FORM_PARAS 3       /* a <form> with this many <p> wraps the page */
#define FORM_LOOK 20000    /* ... among its first this many nodes */

/* What an element does to the text. */
enum hkind {
    HK_INLINE = 0,     /* <b>, <a>, <span>, unknown tags: joined */
    HK_SKIP,           /* never shown: <script>, <style>, controls */
    HK_BLOCK,          /* a paragraph of its own */
    HK_LINE,           /* a line of its own: <li>, <tr>, <br> */
    HK_CELL,           /* <td>: set apart by a space */
    HK_PRE             /* white space kept */
};

static const struct {
    const char *name;
    enum hkind  kind;
} tags[] = {
    {"script", HK_SKIP}, {"style", HK_SKIP}, {"noscript", HK_SKIP},
    {"template", HK_SKIP}, {"svg", HK_SKIP}, {"iframe", HK_SKIP},
    {"form", HK_SKIP}, {"button", HK_SKIP}, {"select", HK_SKIP},
    {"textarea", HK_SKIP}, {"nav", HK_SKIP}, {"head", HK_SKIP},
    {"object", HK_SKIP}, {"embed", HK_SKIP}, {"canvas", HK_SKIP},
    {"math", HK_SKIP}, {"audio", HK_SKIP}, {"video", HK_SKIP},
    {"map", HK_SKIP}, {"datalist", HK_SKIP}, {"dialog", HK_SKIP},
    {"p", HK_BLOCK}, {"div", HK_BLOCK}, {"h1", HK_BLOCK}, {"h2", HK_BLOCK},
    {"h3", HK_BLOCK}, {"h4", HK_BLOCK}, {"h5", HK_BLOCK}, {"h6", HK_BLOCK},
    {"blockquote", HK_BLOCK}, {"section", HK_BLOCK}, {"article", HK_BLOCK},
    {"main", HK_BLOCK}, {"header", HK_BLOCK}, {"footer", HK_BLOCK},
    {"aside", HK_BLOCK}, {"figure", HK_BLOCK}, {"figcaption", HK_BLOCK},
    {"table", HK_BLOCK}, {"ul", HK_BLOCK}, {"ol", HK_BLOCK},
    {"dl", HK_BLOCK}, {"address", HK_BLOCK}, {"hr", HK_BLOCK},
    {"details", HK_BLOCK}, {"summary", HK_BLOCK}, {"fieldset", HK_BLOCK},
    {"center", HK_BLOCK}, {"body", HK_BLOCK}, {"html", HK_BLOCK},
    {"li", HK_LINE}, {"tr", HK_LINE}, {"br", HK_LINE}, {"dt", HK_LINE},
    {"dd", HK_LINE}, {"caption", HK_LINE},
    {"td", HK_CELL}, {"th", HK_CELL},
    {"pre", HK_PRE},
};

static enum hkind
kind_of(const xmlNode *n)
{
    const char *name = (const char *)n->name;
    size_t i;

    for (i = 0; i < sizeof tags / sizeof tags[0]; i++)
        if (name[0] == tags[i].name[0] && strcmp(name, tags[i].name) == 0)
            return tags[i].kind;
    return HK_INLINE;
}

/* The text being written; oom sticks once an allocation failed. */
struct hout {
    char          *p;
    size_t         len, cap;
    bool           oom;
    int            brk;     /* newlines owed before the next word: 0-2 */
    bool           space;   /* a space owed before the next word */
    int            pre;     /* inside <pre>: white space kept */
    bool           figures; /* writing the figures (last), not the story */
    const xmlNode *drop;    /* the headline, already a Title: line */
};

static void
put(struct hout *o, const char *s, size_t n)
{
    size_t cap;
    char *p;

    if (o->oom)
        return;
    if (o->len + n + 1 > o->cap) {
        cap = o->cap ? o->cap : 1024;
        while (cap < o->len + n + 1)
            cap *= 2;
        if ((p = realloc(o->p, cap)) == NULL) {
            o->oom = true;
            return;
        }
        o->p = p;
        o->cap = cap;
    }
    memcpy(o->p + o->len, s, n);
    o->len += n;
    o->p[o->len] = '\0';
}

/* Write the break or the space owed before a word. */
static void
flush(struct hout *o)
{
    int have = 0;

    if (o->len > 0 && o->brk > 0) {
        while (have < o->brk && have < (int)o->len &&
               o->p[o->len - 1 - have] == '\n')
            have++;
        if (o->brk > have)
            put(o, "\n\n", (size_t)(o->brk - have));
    } else if (o->space && o->len > 0 && o->p[o->len - 1] != '\n') {
        put(o, " ", 1);
    }
    o->brk = 0;
    o->space = false;
}

static void
owe_break(struct hout *o, int n)
{
    if (o->brk < n)
        o->brk = n;
}

static bool
is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
        c == '\v';
}

/* Text s[0..n), its runs of white space one space (kept in <pre>,
 * where a newline ends a line). */
static void
put_text(struct hout *o, const char *s, size_t n)
{
    size_t i = 0, j;

    while (i < n) {
        if (is_ws(s[i])) {
            if (o->pre > 0) {
                flush(o);
                put(o, s[i] == '\n' ? "\n" : " ", 1);
            } else {
                o->space = true;
            }
            i++;
            continue;
        }
        for (j = i; j < n && !is_ws(s[j]); j++)
            ;
        flush(o);
        put(o, s + i, j - i);
        i = j;
    }
}

/* The value of attribute name of n ("" for one without a value), or
 * NULL when n has none. Borrowed from the tree. */
static const char *
attr(const xmlNode *n, const char *name)
{
    const xmlAttr *a;

    for (a = n->properties; a != NULL; a = a->next)
        if (a->name != NULL && strcasecmp((const char *)a->name, name) == 0)
            return a->children != NULL &&
                a->children->type == XML_TEXT_NODE &&
                a->children->content != NULL ?
                (const char *)a->children->content : "";
    return NULL;
}

static bool
is_elem(const xmlNode *n, const char *name)
{
    return n != NULL && n->type == XML_ELEMENT_NODE && n->name != NULL &&
        strcmp((const char *)n->name, name) == 0;
}

/* What a visitor tells the walk: leave the node out (and do not call
 * leave for it), done with it, go inside it, or stop. */
enum { WALK_SKIP = -1, WALK_LEAF = 0, WALK_IN = 1, WALK_STOP = 2 };

struct walker {
    int  (*enter)(void *arg, const xmlNode *n);
    void (*leave)(void *arg, const xmlNode *n);
    void  *arg;
};

/* Visit root's descendants in document order without recursion: the
 * tree can be as deep as libxml2 lets it (256), and our stack need not
 * care. */
static void
walk(const xmlNode *root, const struct walker *w)
{
    const xmlNode *n = root->children;
    int r;

    while (n != NULL) {
        if ((r = w->enter(w->arg, n)) == WALK_STOP)
            return;
        if (r == WALK_IN && n->children != NULL) {
            n = n->children;
            continue;
        }
        if (r != WALK_SKIP && w->leave != NULL)
            w->leave(w->arg, n);
        while (n->next == NULL) {
            n = n->parent;
            if (n == NULL || n == root)
                return;
            if (w->leave != NULL)
                w->leave(w->arg, n);
        }
        n = n->next;
    }
}

/* Looking for a form's paragraphs. */
struct form_look {
    int    paras;
    size_t nodes;
};

static int
count_paras(void *arg, const xmlNode *n)
{
    struct form_look *f = arg;

    if (is_elem(n, "p"))
        f->paras++;
    else if (is_elem(n, "h1") || is_elem(n, "article") || is_elem(n, "main"))
        f->paras += FORM_PARAS;
    return f->paras >= FORM_PARAS || ++f->nodes >= FORM_LOOK ? WALK_STOP :
        WALK_IN;
}

/* Whether element n (of kind k) is shown: not a script, a control or
 * hidden. An ASP.NET page wraps its whole body in one <form>, so a form
 * that holds the story's paragraphs or headline is shown. The look is
 * bounded: forms nested in forms (100 deep, with the paragraphs at the
 * bottom) took 6 s for 4.6 MB when each level walked all the rest. */
static bool
shown(const xmlNode *n, enum hkind k)
{
    struct form_look f = {0, 0};
    struct walker w = {count_paras, NULL, &f};
    const char *h;

    if (n->properties != NULL && (attr(n, "hidden") != NULL ||
        ((h = attr(n, "aria-hidden")) != NULL && strcasecmp(h, "true") == 0)))
        return false;
    if (k != HK_SKIP)
        return true;
    if (!is_elem(n, "form"))
        return false;
    walk(n, &w);
    return f.paras >= FORM_PARAS;
}

static bool
is_text(const xmlNode *n)
{
    return (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
        n->content != NULL;
}

/* A photo and its caption: written after the story (figure_enter), so
 * that a lead photo's caption is never the story's lead. */
static bool
is_figure(const xmlNode *n)
{
    return is_elem(n, "figure") || is_elem(n, "figcaption");
}

static int
emit_enter(void *arg, const xmlNode *n)
{
    struct hout *o = arg;
    enum hkind k;

    if (is_text(n)) {
        put_text(o, (const char *)n->content,
                 strlen((const char *)n->content));
        return WALK_LEAF;
    }
    if (n->type != XML_ELEMENT_NODE || n->name == NULL)
        return WALK_SKIP;
    k = kind_of(n);
    if (n == o->drop || !shown(n, k) || (!o->figures && is_figure(n))) {
        if (k == HK_BLOCK)
            owe_break(o, 2);
        return WALK_SKIP;
    }
    if (is_elem(n, "br"))   /* "<br><br>" parts paragraphs */
        owe_break(o, o->brk > 0 ? 2 : 1);
    else if (k == HK_BLOCK || k == HK_PRE)
        owe_break(o, 2);
    else if (k == HK_LINE)
        owe_break(o, 1);
    else if (k == HK_CELL)
        o->space = true;
    o->pre += k == HK_PRE;
    return WALK_IN;
}

static void
emit_leave(void *arg, const xmlNode *n)
{
    struct hout *o = arg;
    enum hkind k;

    if (n->type != XML_ELEMENT_NODE || n->name == NULL)
        return;
    k = kind_of(n);
    if (k == HK_BLOCK || k == HK_PRE)
        owe_break(o, 2);
    else if (k == HK_LINE)
        owe_break(o, 1);
    else if (k == HK_CELL)
        o->space = true;
    if (k == HK_PRE && o->pre > 0)
        o->pre--;
}

/* Write each figure under a node, as emit_enter left them out. */
static int
figure_enter(void *arg, const xmlNode *n)
{
    struct hout *o = arg;
    struct walker w = {emit_enter, emit_leave, o};

    if (n->type != XML_ELEMENT_NODE || n->name == NULL ||
        !shown(n, kind_of(n)))
        return WALK_SKIP;
    if (!is_figure(n))
        return WALK_IN;
    owe_break(o, 2);
    walk(n, &w);
    owe_break(o, 2);
    return WALK_SKIP;
}

/* Bytes of shown text under a node, white space left out. */
static int
count_enter(void *arg, const xmlNode *n)
{
    size_t *bytes = arg;
    const char *s;

    if (is_text(n)) {
        for (s = (const char *)n->content; *s != '\0'; s++)
            *bytes += !is_ws(*s);
        return WALK_LEAF;
    }
    if (n->type != XML_ELEMENT_NODE || n->name == NULL)
        return WALK_SKIP;
    return shown(n, kind_of(n)) ? WALK_IN : WALK_SKIP;
}

static size_t
text_bytes(const xmlNode *root)
{
    size_t bytes = 0;
    struct walker w = {count_enter, NULL, &bytes};

    walk(root, &w);
    return bytes;
}

/* The first shown element called name (with attribute need, when not
 * NULL) under a node. */
struct find {
    const char    *name, *need;
    const xmlNode *hit;
};

static int
find_enter(void *arg, const xmlNode *n)
{
    struct find *f = arg;

    if (n->type != XML_ELEMENT_NODE || n->name == NULL ||
        !shown(n, kind_of(n)))
        return WALK_SKIP;
    if (strcmp((const char *)n->name, f->name) == 0 &&
        (f->need == NULL || attr(n, f->need) != NULL)) {
        f->hit = n;
        return WALK_STOP;
    }
    return WALK_IN;
}

static const xmlNode *
find_first(const xmlNode *root, const char *name, const char *need)
{
    struct find f = {name, need, NULL};
    struct walker w = {find_enter, NULL, &f};

    if (root != NULL)
        walk(root, &w);
    return f.hit;
}

/* What the whole page says about itself, from one walk. */
#define RANK_NONE 99
struct hmeta {
    const char    *og_title;    /* og:title, else twitter:title */
    int            og_rank;
    const char    *date;        /* the best publication date so far */
    size_t         date_len;
    int            date_rank;   /* lower is better */
    const xmlNode *title, *body, *article, *main;
    int            narticle, nmain;
};

/* Meta names that give the publication date, best first; a page's first
 * <time datetime> comes after all of them. */
static const struct {
    const char *key;
    int         rank;
} date_keys[] = {
    {"article:published_time", 0}, {"datepublished", 1},
    /* 2: "datePublished" in JSON-LD */
    {"og:published_time", 3}, {"pubdate", 3}, {"publishdate", 3},
    {"publish-date", 3}, {"publish_date", 3}, {"date", 3},
    {"dc.date", 3}, {"dc.date.issued", 3}, {"dcterms.created", 3},
    {"dcterms.issued", 3}, {"sailthru.date", 3}, {"parsely-pub-date", 3},
    {"article.published", 3}, {"citation_publication_date", 3},
    {"original-publish-date", 3},
};
#define RANK_JSONLD 2
#define RANK_TIME 4

static bool
is_digits(const char *s, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* Take v[0..n) as the page's date when it is ISO 8601 ("2024-03-03",
 * "2024-03-03T10:00:00+01:00": parse_header reads those) and ranks
 * better than what was found before. */
static void
offer_date(struct hmeta *m, const char *v, size_t n, int rank)
{
    while (n > 0 && is_ws(*v)) {
        v++;
        n--;
    }
    if (rank >= m->date_rank || n < 10 || !is_digits(v, 4) || v[4] != '-' ||
        !is_digits(v + 5, 2) || v[7] != '-' || !is_digits(v + 8, 2))
        return;
    m->date = v;
    m->date_len = n < DATE_MAX ? n : DATE_MAX;
    m->date_rank = rank;
}

/* "datePublished": "2024-03-03T..." in a JSON-LD script. */
static void
jsonld_date(struct hmeta *m, const xmlNode *script)
{
    const xmlNode *c;
    const char *p, *e;

    for (c = script->children; c != NULL; c = c->next) {
        if (!is_text(c) ||
            (p = strstr((const char *)c->content, "\"datePublished\"")) ==
            NULL)
            continue;
        for (p += 15; is_ws(*p) || *p == ':'; p++)
            ;
        if (*p == '"' && (e = strchr(p + 1, '"')) != NULL)
            offer_date(m, p + 1, (size_t)(e - p - 1), RANK_JSONLD);
    }
}

static void
meta_tag(struct hmeta *m, const xmlNode *n)
{
    static const char *const keys[] = {"property", "name", "itemprop"};
    const char *k, *v = attr(n, "content");
    size_t i, j;

    if (v == NULL)
        return;
    for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        if ((k = attr(n, keys[i])) == NULL)
            continue;
        if (strcasecmp(k, "og:title") == 0 && m->og_rank > 0) {
            m->og_title = v;
            m->og_rank = 0;
        } else if (strcasecmp(k, "twitter:title") == 0 && m->og_rank > 1) {
            m->og_title = v;
            m->og_rank = 1;
        }
        for (j = 0; j < sizeof date_keys / sizeof date_keys[0]; j++)
            if (strcasecmp(k, date_keys[j].key) == 0)
                offer_date(m, v, strlen(v), date_keys[j].rank);
    }
}

static int
collect_enter(void *arg, const xmlNode *n)
{
    struct hmeta *m = arg;
    const char *name, *v;

    if (n->type != XML_ELEMENT_NODE || n->name == NULL)
        return WALK_SKIP;
    name = (const char *)n->name;
    if (strcmp(name, "meta") == 0) {
        meta_tag(m, n);
    } else if (strcmp(name, "title") == 0 && m->title == NULL &&
               (is_elem(n->parent, "head") || is_elem(n->parent, "html"))) {
        m->title = n;
    } else if (strcmp(name, "body") == 0 && m->body == NULL) {
        m->body = n;
    } else if (strcmp(name, "article") == 0) {
        m->article = m->narticle++ ? m->article : n;
    } else if (strcmp(name, "main") == 0) {
        m->main = m->nmain++ ? m->main : n;
    } else if (strcmp(name, "script") == 0) {
        if ((v = attr(n, "type")) != NULL &&
            strcasecmp(v, "application/ld+json") == 0)
            jsonld_date(m, n);
        return WALK_SKIP;
    }
    if (n->properties != NULL && (v = attr(n, "itemprop")) != NULL &&
        strcasecmp(v, "datePublished") == 0 &&
        ((v = attr(n, "datetime")) != NULL || (v = attr(n, "content"))))
        offer_date(m, v, strlen(v), 1);
    return WALK_IN;
}

/* An element's text on one line, into o. */
static void
node_text(struct hout *o, const xmlNode *n)
{
    struct hout t = {0};
    struct walker w = {emit_enter, emit_leave, &t};

    walk(n, &w);
    put_text(o, t.p, t.len);
    o->oom |= t.oom;
    free(t.p);
    o->space = false;
    o->brk = 0;
}

/* Write the header line "key v", v on one line and cut to max bytes
 * (between characters); nothing when v is blank. Returns whether it
 * wrote one. */
static bool
put_header(struct hout *o, const char *key, const char *v, size_t n,
           size_t max)
{
    size_t mark = o->len, start;

    if (o->len > 0)
        put(o, "\n", 1);
    put(o, key, strlen(key));
    start = o->len;
    while (n > 0 && is_ws(*v)) {
        v++;
        n--;
    }
    put_text(o, v, n);
    o->space = false;
    if (o->oom)
        return false;
    if (o->len - start > max) {
        for (o->len = start + max; o->len > start &&
             ((unsigned char)o->p[o->len] & 0xc0) == 0x80; o->len--)
            ;
    }
    if (o->len == start)
        o->len = mark;  /* blank: no header */
    o->p[o->len] = '\0';
    return o->len > mark;
}

/* The headline: og:title; else the first <h1> when it is the story's own
 * (under the <article> picked) or <title> holds it ("Council approves
 * budget | The Gazette"); else <title>; else that <h1>. */
static bool
write_title(struct hout *o, const struct hmeta *m, const xmlNode *h1,
            bool story)
{
    struct hout h = {0}, t = {0};
    const struct hout *use;
    bool wrote;

    if (m->og_title != NULL && put_header(o, "Title: ", m->og_title,
                                          strlen(m->og_title), TITLE_MAX))
        return true;
    if (h1 != NULL)
        node_text(&h, h1);
    if (m->title != NULL)
        node_text(&t, m->title);
    use = h.len > 0 && (story || t.len == 0 || strstr(t.p, h.p) != NULL) ?
        &h : t.len > 0 ? &t : &h;
    wrote = use->len > 0 &&
        put_header(o, "Title: ", use->p, use->len, TITLE_MAX);
    o->oom |= h.oom || t.oom;
    free(h.p);
    free(t.p);
    return wrote;
}

/* The part of the page that holds the story: its one <article>, else its
 * one <main>, when that holds enough of the page's text; else the body. */
static const xmlNode *
story_root(const struct hmeta *m, const xmlNode *page)
{
    const xmlNode *cand[2];
    size_t all = 0, have, i;

    cand[0] = m->narticle == 1 ? m->article : NULL;
    cand[1] = m->nmain == 1 ? m->main : NULL;
    for (i = 0; i < 2; i++) {
        if (cand[i] == NULL)
            continue;
        if (all == 0)
            all = text_bytes(page);
        have = text_bytes(cand[i]);
        if (have >= ROOT_MIN_TEXT || have * ROOT_SHARE >= all)
            return cand[i];
    }
    return page;
}

/* Header lines, the text above the markup, a blank line, then the
 * story's text. */
static void
write_page(struct hout *o, struct hmeta *m, const xmlNode *top,
           const char *above, size_t alen)
{
    const xmlNode *page = m->body != NULL ? m->body : top, *root, *h1, *t;
    struct walker w = {NULL, NULL, o};
    const char *v;
    size_t start;

    root = story_root(m, page);
    if ((h1 = find_first(root, "h1", NULL)) == NULL && root != page)
        h1 = find_first(page, "h1", NULL);
    if (write_title(o, m, h1, root != page))
        o->drop = h1;
    if (m->date_rank > RANK_TIME &&
        ((t = find_first(root, "time", "datetime")) != NULL ||
         (t = find_first(top, "time", "datetime")) != NULL)) {
        v = attr(t, "datetime");
        offer_date(m, v, strlen(v), RANK_TIME);
    }
    if (m->date != NULL)
        put_header(o, "Date: ", m->date, m->date_len, DATE_MAX);
    while (alen > 0 && is_ws(above[alen - 1]))
        alen--;
    if (alen > 0) {
        if (o->len > 0)
            put(o, "\n", 1);
        start = o->len;
        put(o, above, alen);
        if (!o->oom)    /* libxml2 decodes only what it parses: the
                           references above the markup ("We&rsquo;re") */
            o->len = start + decode_entities(o->p + start, o->len - start);
    }
    owe_break(o, 2);
    w.enter = emit_enter;
    w.leave = emit_leave;
    walk(root, &w);
    o->figures = true;
    w.enter = figure_enter;
    w.leave = NULL;
    walk(root, &w);
}

/* Lines a scraper wrote above the markup ("Title: ...", "URL: ...", a
 * story's text before its HTML table) are text, and keep their lines:
 * libxml2 would run them into one. Their length: up to the first line
 * that opens with a tag, or 0 when a closing tag ("</b>") shows markup
 * among them. */
static size_t
text_above(const char *s, size_t n)
{
    const char *nl;
    size_t i = 0, j;

    while (i < n) {
        for (j = i; j < n && (s[j] == ' ' || s[j] == '\t'); j++)
            ;
        if (j < n && s[j] == '<')
            break;
        if ((nl = memchr(s + i, '\n', n - i)) == NULL)
            return 0;
        i = (size_t)(nl - s) + 1;
    }
    for (j = 0; j + 1 < i; j++)
        if (s[j] == '<' && s[j + 1] == '/')
            return 0;
    return i < n ? i : 0;
}

/* libxml2's HTML parser as a browser would run it on a saved page: never
 * give up, say nothing, fetch nothing, and take the bytes as the UTF-8
 * that decode made of them whatever a <meta charset> claims. */
#define HTML_OPTIONS (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | \
    HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | \
    HTML_PARSE_COMPACT)

int
decode_html_text(const char *s, size_t n, char **out, size_t *outlen)
{
    struct hout o = {0};
    struct hmeta m = {0};
    struct walker w = {collect_enter, NULL, &m};
    size_t above = text_above(s, n);
    const struct html_lib *xml = decode_html_lib();
    const xmlNode *top;
    htmlDocPtr doc;

    *out = NULL;
    *outlen = 0;
    if (xml == NULL || n - above > INT_MAX ||
        (doc = xml->read_memory(s + above, (int)(n - above), NULL, "UTF-8",
                                HTML_OPTIONS)) == NULL)
        return 1;
    if ((top = xml->root_element(doc)) == NULL) {
        xml->free_doc(doc);
        return 1;
    }
    m.og_rank = m.date_rank = RANK_NONE;
    walk((const xmlNode *)doc, &w);
    write_page(&o, &m, top, s, above);
    xml->free_doc(doc);
    if (!o.oom && o.p == NULL)
        put(&o, "", 0);
    if (o.oom) {
        free(o.p);
        return -1;
    }
    *out = o.p;
    *outlen = o.len;
    return 0;
}
