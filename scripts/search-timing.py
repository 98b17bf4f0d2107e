#!/usr/bin/env python3
"""Time to first results of search, in headless Chromium, on a built site opened from file://.

For each query, opens search.html afresh (nothing of the index loaded yet), types the query one character at a time
(a keystroke every 120 ms, as a person types) and records, for every keystroke, the time search.js measures from the
input event to the first results being in the page (its `dossier-search-results` event). Prints each keystroke's time and,
per query, the first keystroke (cold: the index and first shard loaded) and the slowest one. With --runs N, types
every query N times (each time on a fresh page) and ends with the median and the worst over all runs, of the first
keystrokes and of all keystrokes.

Usage: scripts/search-timing.py [--runs N] OUTPUT_DIR [QUERY ...]
"""
import json
import os
import signal
import statistics
import sys
import tempfile
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "scripts"))
from devtools import DevTools, page_target, start_chromium, wait_for  # noqa: E402

DEFAULT_QUERIES = ["blair", "gordon brown", "the economy", "\"interest rates\"", "manchester united", "iraq war"]
KEYSTROKE_SECONDS = 0.12


def main():
    arguments = sys.argv[1:]
    runs = 1
    if arguments[:1] == ["--runs"] and len(arguments) > 1:
        runs = int(arguments[1])
        arguments = arguments[2:]
    if not arguments:
        print(__doc__, file=sys.stderr)
        return 2
    output = os.path.abspath(arguments[0])
    queries = arguments[1:] or DEFAULT_QUERIES
    work = tempfile.mkdtemp(prefix="dossier-search-timing-")
    chromium, port = start_chromium(work)
    firsts, everything = [], []
    try:
        tools = DevTools(page_target(port))
        tools.call("Page.enable")
        tools.call("Runtime.enable")
        for run in range(runs):
            for query in queries:
                milliseconds = type_query(tools, output, query)
                print(f"run {run + 1} {query!r}: per keystroke with results {milliseconds} ms; first {milliseconds[0]} ms, "
                      f"slowest {max(milliseconds)} ms")
                firsts.append(milliseconds[0])
                everything += milliseconds
    finally:
        os.killpg(chromium.pid, signal.SIGKILL)
    print(f"first keystrokes ({len(firsts)}): median {round(statistics.median(firsts), 1)} ms, worst {max(firsts)} ms")
    print(f"all keystrokes ({len(everything)}): median {round(statistics.median(everything), 1)} ms, worst {max(everything)} ms")
    return 0


def type_query(tools, output, query):
    """Opens search.html afresh, types the query and returns the time of each keystroke that showed results."""
    tools.call("Page.navigate", url="file://" + urllib.parse.quote(output) + "/search.html")
    wait_for("search.html", lambda: tools.evaluate("document.readyState === 'complete' && !!window.dossierSearch"))
    tools.evaluate("""window.__timings = [];
        document.addEventListener('dossier-search-results', e => window.__timings.push(e.detail));
        document.getElementById('search-query').focus();""")
    for character in query:
        tools.call("Input.insertText", text=character)
        time.sleep(KEYSTROKE_SECONDS)
    timings = wait_for("the last results", lambda: (lambda t: t if t and t[-1]["query"] == query else None)(
        json.loads(tools.evaluate("JSON.stringify(window.__timings)"))), seconds=30)
    # Keystrokes that showed results (a single letter shows none yet, and a stale query none at all).
    return [round(t["milliseconds"], 1) for t in timings if t["count"] > 0]


if __name__ == "__main__":
    sys.exit(main())
