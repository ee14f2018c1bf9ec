# SPDX-License-Identifier: MIT
"""test_html.py - saved web pages and HTML fragments in the watched folder are summarised by their text."""
import os
import re

from fw import DaemonTest

MTIME = 1735689600      # 2025-01-01: far from the page's own date

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Ferry terminal to open on Friday | Harbour Times</title>
<meta property="og:title" content="Ferry terminal to open on Friday">
<meta property="article:published_time" content="2023-06-07T09:30:00+01:00">
<style>body { font-family: serif } .ad { display: none }</style>
<script>var slot = "<p>ad slot</p>"; window.analytics = {id: "UA-1"};</script>
</head>
<body>
<header><a href="/">Harbour Times</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
</header>
<article>
<h1>Ferry terminal to open on Friday</h1>
<p class="byline">By Rui Costa</p>
<p>LISBON &ndash; The port authority said on Tuesday that the new ferry
terminal will open on <b>Friday</b>, two years after work began.</p>
<p>The first crossing is planned for next week, officials said &amp; the
fares will be set in <a href="/fares">July</a>.</p>
</article>
<footer><p>&copy; Harbour Times. Subscribe to our newsletter.</p></footer>
<script>document.write("<div>tracking</div>");</script>
</body>
</html>
"""

FRAGMENT = """<p>The council approved the budget on Tuesday, after a debate
that ran past midnight.</p>
<p>Spending on <em>roads</em> will rise in 2025, the finance chief said.</p>
"""

PROSE = ("Web standards body keeps bold\n\n"
         "The consortium said on Monday that the <b> and <i> tags stay, "
         "and that <blink> is gone for good.\n")


def all_strings(m):
    """Every string the summary publishes about the article's content."""
    out = [m["lead"], m.get("text", ""), m["document"]["title"] or ""]
    out += [f["sentence"] for f in m["facts"]] + [f["expression"] for f in m["facts"]]
    return out


class HtmlInput(DaemonTest):

    def test_saved_page_is_read_for_title_date_and_text(self):
        self.start_and_wait_ready()
        self.drop("ferry.html", PAGE, mtime=MTIME)
        [(topic, m)] = self.sub.articles(1)
        self.assertEqual(topic, "article.new")
        doc = m["document"]
        self.assertEqual(doc["format"], "html")
        self.assertEqual(doc["title"], "Ferry terminal to open on Friday")
        self.assertEqual((doc["date"], doc["date_source"]), ("2023-06-07", "header"))
        self.assertEqual(doc["dateline"], "LISBON")
        self.assertTrue(m["lead"].startswith("The port authority said on Tuesday"), m["lead"])
        dates = {f["date"] for f in m["facts"]}
        self.assertIn("2023-06-06", dates)      # Tuesday, before the page's date
        self.assertIn("2023-06-09", dates)      # Friday, after it
        self.assertIn("2023-W24", dates)        # next week
        for s in all_strings(m):
            self.assertIsNone(re.search(r"</?[a-z]+[ >/]", s), s)
            for gone in ("ad slot", "analytics", "tracking", "Sport", "newsletter",
                         "font-family", "&amp;", "&ndash;"):
                self.assertNotIn(gone, s)
        self.assertIn("officials said & the fares", m["text"])

    def test_libxml2_is_loaded_at_the_first_page_only(self):
        def mapped():
            with open("/proc/%d/maps" % self.d.proc.pid) as f:
                return "libxml2.so" in f.read()
        self.start_and_wait_ready()
        self.drop("notes.txt", PROSE, mtime=MTIME)
        self.sub.articles(1)
        self.assertFalse(mapped(), "libxml2 mapped before any HTML")
        self.drop("ferry.html", PAGE, mtime=MTIME)
        [(_, m)] = self.sub.articles(1)
        self.assertEqual(m["document"]["title"], "Ferry terminal to open on Friday")
        self.assertTrue(mapped(), "the page was read without libxml2")

    def test_without_libxml2_a_page_is_text_and_said_once(self):
        lib = os.path.join(self.tmp, "lib")
        os.makedirs(lib)
        with open(os.path.join(lib, "libxml2.so.2"), "w") as f:
            f.write("not a library\n")       # what dlopen() finds first
        self.d.start(env={"LD_LIBRARY_PATH": lib})
        self.d.wait_ready(idle=self.sub.pump)
        self.drop("ferry.html", PAGE, mtime=MTIME)
        self.drop("budget.html", FRAGMENT, mtime=MTIME)
        got = {m["source"]["path"]: m for _, m in self.sub.articles(2)}
        self.assertEqual(got["ferry.html"]["document"]["format"], "text")
        self.assertEqual(self.d.log_text().count("HTML pages are read as plain text"), 1)

    def test_new_ad_script_is_not_a_change(self):
        self.start_and_wait_ready()
        self.write("ferry.html", PAGE)
        [(_, m)] = self.sub.articles(1)
        self.write("ferry.html", PAGE.replace('"UA-1"', '"UA-2"'))
        self.assertEqual(self.sub.quiet(1.5), [])
        self.write("ferry.html", PAGE.replace("next week", "next month"))
        [(topic, m2)] = self.sub.articles(1)
        self.assertEqual(topic, "article.changed")
        self.assertEqual(m2["previous_sha256"], m["fingerprint"]["sha256"])

    def test_fragment_and_prose_that_names_tags(self):
        self.start_and_wait_ready()
        self.drop("budget.html", FRAGMENT, mtime=MTIME)
        self.drop("tags.txt", PROSE, mtime=MTIME)
        got = {m["source"]["path"]: m for _, m in self.sub.articles(2)}
        frag, prose = got["budget.html"], got["tags.txt"]
        self.assertEqual(frag["document"]["format"], "html")
        self.assertEqual(frag["text"], "The council approved the budget on Tuesday, after a "
                         "debate that ran past midnight.\n\nSpending on roads will rise in "
                         "2025, the finance chief said.")
        self.assertIn("2025", {f["date"] for f in frag["facts"]})
        self.assertEqual(prose["document"]["format"], "text")
        self.assertIn("the <b> and <i> tags stay", prose["text"])
