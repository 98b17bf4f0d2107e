#!/usr/bin/env python3
"""Search in a real browser: the sample dossier in headless Chromium, from file:// and from `dossier serve`.

1. builds a copy of content/ with a people.yml that gives Benjamin Netanyahu the alias "Bibi", one more
   article whose text carries HTML (`<img onerror=…>`) and one with two forms of a verb, into a temporary output folder;
2. from file://: the page's normaliser against the shared table (Tests/DossierSiteTests/Fixtures/search-normalisation.tsv);
   search.html?q=Bibi lists his person page first; a figure's measure lists its row; a quoted phrase of a quote
   finds its sentence; `flee` and `fled` each find the sentences with both forms (lemmas); the HTML in an article is shown as text and never runs;
3. on the front page: "/" focuses the header box, typing shows results, ArrowDown and Enter open the first one;
   with scripts off, search.html shows its message;
4. from `dossier serve --no-watch`: search.html?q=Bibi again.

Standard library only. Exits non-zero on any failure; everything is bounded in time.
Usage: scripts/browser-search-test.py [path/to/dossier]   (default .build/debug/dossier)
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
from devtools import (DevTools, Failure, free_port, http_get, page_target,  # noqa: E402
                      run_browser_test, start_chromium, wait_for)

TOTAL_SECONDS = 240
TABLE = os.path.join(ROOT, "Tests", "DossierSiteTests", "Fixtures", "search-normalisation.tsv")
PEOPLE_YML = """- person: Netanyahu
  name: Benjamin Netanyahu
  aliases: [Bibi]
"""
# Two forms of one verb (WordNet: `fled` → `flee`), each in a sentence of its own.
INFLECTED_ARTICLE = """Ferry passengers leave the port

The ferry passengers fled the burning port at dawn.

Other families plan to flee by road tomorrow.
"""
HOSTILE_ARTICLE = """Hostile markup in a clipping

Bibi was named in a comment that said <img src=x onerror="window.__searchPwned=1"> and nothing else.
"""


def log(message):
    print(f"browser-search-test: {message}", flush=True)


def prepare(binary, work):
    content = os.path.join(work, "content")
    shutil.copytree(os.path.join(ROOT, "content"), content)
    with open(os.path.join(content, "people.yml"), "w") as handle:
        handle.write(PEOPLE_YML)
    with open(os.path.join(content, "articles", "zz-hostile-markup.txt"), "w") as handle:
        handle.write(HOSTILE_ARTICLE)
    with open(os.path.join(content, "articles", "zz-inflected-forms.txt"), "w") as handle:
        handle.write(INFLECTED_ARTICLE)
    shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(work, "templates"))
    result = subprocess.run([binary, "build", "--content", "content", "--templates", "templates", "--output", "output", "--quiet"],
                            cwd=work, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise Failure(f"dossier build failed ({result.returncode}):\n{result.stderr}")
    with open(os.path.join(work, "output", "dossier.json")) as handle:
        return json.load(handle)


def results(tools, minimum=1):
    """The status line and the results on search.html once the query has run: kind, title, snippet, link."""
    def state():
        found = json.loads(tools.evaluate("""JSON.stringify({
            status: document.getElementById("search-status").textContent,
            busy: document.getElementById("search-results").getAttribute("aria-busy") === "true",
            results: Array.from(document.querySelectorAll("#search-results li")).map(li => ({
                kind: li.querySelector(".search-kind").textContent,
                title: li.querySelector(".search-title").textContent,
                snippet: (li.querySelector(".search-snippet") || {}).textContent || "",
                marks: Array.from(li.querySelectorAll("mark")).map(m => m.textContent),
                href: li.querySelector("a").getAttribute("href")
            }))
        })"""))
        return found if found["status"] and not found["busy"] and len(found["results"]) >= minimum else None
    return wait_for("search results", state, seconds=30)


def open_search(tools, base, query):
    tools.call("Page.navigate", url=f"{base}search.html?q={urllib.parse.quote(query)}")
    return results(tools)


def normalisation_examples():
    examples = []
    with open(TABLE, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                text, _, expected = line.partition("\t")
                examples.append((text, expected))
    return examples


def check_bibi(tools, base, where):
    found = open_search(tools, base, "Bibi")
    first = found["results"][0]
    if first["kind"] != "Person" or first["title"] != "Benjamin Netanyahu" or first["href"] != "people/benjamin-netanyahu.html":
        raise Failure(f"{where}: search.html?q=Bibi should list Benjamin Netanyahu's page first: {found['results'][:3]}")
    if "Bibi" not in first["marks"]:
        raise Failure(f"{where}: the alias should be marked in the snippet: {first}")
    log(f"{where}: ?q=Bibi lists {first['title']} first ({found['status']})")


def run(binary, work):
    dossier = prepare(binary, work)
    output = os.path.join(work, "output")
    file_base = "file://" + urllib.parse.quote(output) + "/"
    chromium, devtools_port = start_chromium(work)
    server = None
    tools = None
    try:
        tools = DevTools(page_target(devtools_port))
        tools.call("Page.enable")
        tools.call("Runtime.enable")

        # The page's normaliser, on the table the Swift tests read too.
        examples = normalisation_examples()
        tools.call("Page.navigate", url=file_base + "search.html")
        wait_for("search.js", lambda: tools.evaluate("!!(window.dossierSearch && window.dossierSearch.normalise)"))
        actual = json.loads(tools.evaluate(
            f"JSON.stringify({json.dumps([text for text, _ in examples])}.map(t => dossierSearch.normalise(t).join(' ')))"))
        wrong = [(text, want, got) for (text, want), got in zip(examples, actual) if want != got]
        if wrong:
            raise Failure(f"the page's normaliser differs from the table: {wrong}")
        log(f"file://: the page's normaliser agrees with all {len(examples)} examples of the shared table")

        check_bibi(tools, file_base, "file://")

        figure = next(f for f in dossier["figures"] if len(f["measure"].split()) >= 2)
        found = open_search(tools, file_base, figure["measure"])
        rows = [r for r in found["results"] if r["kind"] == "Figure row"]
        if not rows or rows[0]["href"] != f"figures.html#{figure['id']}":
            raise Failure(f"file://: a query for the measure {figure['measure']!r} should list its row: {found['results'][:5]}")
        log(f"file://: the measure {figure['measure']!r} lists its row {rows[0]['href']}")

        person = next(p for p in dossier["people"] if any(len(q["text"].split()) >= 6 for q in p.get("quotes", [])))
        quote = next(q for q in person["quotes"] if len(q["text"].split()) >= 6)
        phrase = " ".join(quote["text"].split()[1:5])
        found = open_search(tools, file_base, f'"{phrase}"')
        anchor = f"sources/{quote['source']}.html#{quote['sentence']}"
        hits = [r for r in found["results"] if r["href"] == anchor]
        if not hits or hits[0]["kind"] != "Quote":
            raise Failure(f"file://: the phrase \"{phrase}\" should find its quote {anchor}: {found['results'][:5]}")
        log(f"file://: the phrase \"{phrase}\" finds the quote at {anchor}")

        # A query in either form finds both sentences: each word is indexed under its lemma too, and `fled` names it.
        for query in ("flee", "fled"):
            found = open_search(tools, file_base, query)
            snippets = [r["snippet"] for r in found["results"]]
            if not any("fled the burning port" in s for s in snippets) or not any("flee by road" in s for s in snippets):
                raise Failure(f"file://: ?q={query} should find the sentences with `fled` and `flee`: {snippets[:5]}")
        log("file://: ?q=flee and ?q=fled both find the sentences with `fled` and with `flee` (WordNet lemmas)")

        # A word that names a property of every JavaScript object (`constructor`) is a word like any other; the space
        # after it makes it a whole word, looked up as it is (not as the prefix of the word being typed).
        tools.call("Page.navigate", url=f"{file_base}search.html?q=constructor%20")
        found = results(tools, minimum=0)
        if not found["status"].startswith("No results"):
            raise Failure(f"file://: ?q=constructor should find nothing, not fail: {found['status']!r}")
        log(f"file://: ?q=constructor finds nothing and says so ({found['status']})")

        found = open_search(tools, file_base, "onerror")
        hostile = [r for r in found["results"] if "<img" in r["snippet"]]
        if not hostile or tools.evaluate("window.__searchPwned === 1") or tools.evaluate("!!document.querySelector('#search-results img')"):
            raise Failure(f"file://: HTML in an article must be shown as text in results: {found['results'][:3]}")
        log("file://: HTML in an article is shown as text and does not run")

        # "/" focuses the header box; typing shows results; ArrowDown and Enter open the first.
        tools.call("Page.navigate", url=file_base + "index.html")
        wait_for("the front page", lambda: tools.evaluate("document.readyState === 'complete' && !!window.dossierSearch"))
        tools.call("Input.dispatchKeyEvent", type="keyDown", key="/", text="/", code="Slash", windowsVirtualKeyCode=191)
        tools.call("Input.dispatchKeyEvent", type="keyUp", key="/", code="Slash", windowsVirtualKeyCode=191)
        if tools.evaluate("document.activeElement && document.activeElement.id") != "site-search-box":
            raise Failure("\"/\" should focus the search box")
        tools.call("Input.insertText", text="Bibi")
        wait_for("results under the header box", lambda: tools.evaluate(
            "document.querySelectorAll('.search-panel li').length > 0 && !document.querySelector('.search-panel').hidden"))
        for key, code in (("ArrowDown", 40), ("Enter", 13)):
            tools.call("Input.dispatchKeyEvent", type="keyDown", key=key, code=key, windowsVirtualKeyCode=code)
            tools.call("Input.dispatchKeyEvent", type="keyUp", key=key, code=key, windowsVirtualKeyCode=code)
        wait_for("the first result to open", lambda: tools.evaluate("location.pathname.endsWith('/people/benjamin-netanyahu.html')"))
        log("file://: \"/\" focuses the box, typing lists results, ArrowDown + Enter opens Benjamin Netanyahu's page")

        # Without scripts, the box leads to search.html, which says why there are no results.
        tools.call("Emulation.setScriptExecutionDisabled", value=True)
        tools.call("Page.navigate", url=file_base + "search.html?q=Bibi")
        state = wait_for("search.html with scripts off", lambda: (lambda s: s if s["ready"] == "complete" else None)(json.loads(
            tools.evaluate("""JSON.stringify({ready: document.readyState, results: document.querySelectorAll("#search-results li").length,
                message: (document.querySelector(".search-noscript") || {}).textContent || null})"""))))
        tools.call("Emulation.setScriptExecutionDisabled", value=False)
        if not state["message"] or "JavaScript" not in state["message"] or state["results"]:
            raise Failure(f"with scripts off, search.html should show its message and no results: {state}")
        log("file://: with scripts off, search.html shows its message")

        # The same from `dossier serve`.
        port = free_port()
        server_log = open(os.path.join(work, "serve.log"), "w")
        server = subprocess.Popen([binary, "serve", "--content", "content", "--templates", "templates", "--output", "served",
                                   "--port", str(port), "--no-watch"], cwd=work, stdout=server_log, stderr=subprocess.STDOUT)
        site = f"http://127.0.0.1:{port}/"
        wait_for("dossier serve to answer", lambda: http_get(site)[0] == 200, seconds=90)
        check_bibi(tools, site, "serve")
    finally:
        if tools:
            tools.socket.close()
        if chromium.poll() is None:
            os.killpg(chromium.pid, signal.SIGKILL)
            chromium.wait(timeout=10)
        if server and server.poll() is None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


if __name__ == "__main__":
    sys.exit(run_browser_test("browser-search-test", run, "PASSED: search finds people by alias, figure rows, quoted phrases, "
                              "from file:// and from serve", TOTAL_SECONDS))
