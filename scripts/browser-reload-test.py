#!/usr/bin/env python3
"""Live reload in a real browser: `dossier serve` + headless Chromium, driven over the DevTools protocol.

1. starts `dossier serve` on a free port, on a copy of content/ and templates/;
2. opens the front page in headless Chromium;
3. edits templates/base.mustache and waits for the open page to reload with the change;
4. breaks the template and waits for the error overlay (the page is not reloaded);
5. fixes the template and waits for the overlay to go and the page to reload;
6. stops the server with SIGINT and checks it exits cleanly.

Standard library only. Exits non-zero on any failure; everything is bounded in time.
Usage: scripts/browser-reload-test.py [path/to/dossier]   (default .build/debug/dossier)
"""
import base64
import json
import os
import shutil
import signal
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
TOTAL_SECONDS = 240


from devtools import (DevTools, Failure, free_port, http_get, page_target,  # noqa: E402
                      run_browser_test, start_chromium, wait_for)


def log(message):
    print(f"browser-reload-test: {message}", flush=True)


def insert_marker(template, marker):
    """Puts a marker paragraph right after the opening <body ...> tag of the layout."""
    start = template.index("<body")
    end = template.index(">", start) + 1
    return template[:end] + f'\n<p id="browser-test-marker">{marker}</p>' + template[end:]


def page_state(tools):
    return tools.evaluate("""JSON.stringify({
        ready: document.readyState,
        flag: window.__browserTestFlag || null,
        marker: (document.getElementById("browser-test-marker") || {}).textContent || null,
        overlay: (document.getElementById("dossier-build-errors") || {}).textContent || null,
        script: !!document.querySelector("script[data-build]")
    })""")


def run(binary, work):
    shutil.copytree(os.path.join(ROOT, "content"), os.path.join(work, "content"))
    shutil.copytree(os.path.join(ROOT, "templates"), os.path.join(work, "templates"))
    base = os.path.join(work, "templates", "base.mustache")
    with open(base) as handle:
        original = handle.read()

    port = free_port()
    server_log = open(os.path.join(work, "serve.log"), "w")
    server = subprocess.Popen([binary, "serve", "--content", "content", "--templates", "templates", "--output", "output",
                               "--port", str(port)], cwd=work, stdout=server_log, stderr=subprocess.STDOUT)
    chromium = None
    tools = None
    try:
        site = f"http://127.0.0.1:{port}/"
        wait_for("dossier serve to answer", lambda: http_get(site)[0] == 200, seconds=90)
        log(f"dossier serve is up on port {port}")

        chromium, devtools_port = start_chromium(work)
        tools = DevTools(page_target(devtools_port))
        tools.call("Page.enable")
        tools.call("Runtime.enable")
        tools.call("Page.navigate", url=site)
        state = wait_for("the front page to load with the reload script",
                         lambda: (lambda s: s if s["ready"] == "complete" and s["script"] else None)(json.loads(page_state(tools))))
        log(f"page loaded: {state}")
        # The script has run once it was fetched; an edit that lands before its socket opens still reloads
        # the page, because the status it receives then names a newer build than the page's.
        wait_for("the reload script to be fetched", lambda: tools.evaluate(
            "performance.getEntriesByType('resource').some(e => e.name.endsWith('/__dossier/live.js'))"))

        # 1. An edit reloads the open page with the change.
        tools.evaluate("window.__browserTestFlag = 'before-edit'")
        with open(base, "w") as handle:
            handle.write(insert_marker(original, "edited-once"))
        state = wait_for("the page to reload with the edited template", lambda: (lambda s: s if s["ready"] == "complete"
                         and s["flag"] is None and s["marker"] == "edited-once" else None)(json.loads(page_state(tools))))
        log(f"reloaded after the edit: {state}")

        # 2. A broken template shows the overlay over the last good page, without reloading it.
        tools.evaluate("window.__browserTestFlag = 'before-break'")
        with open(base, "w") as handle:
            handle.write(insert_marker(original, "edited-once") + "\n{{#never-closed}}\n")
        state = wait_for("the error overlay", lambda: (lambda s: s if s["overlay"] else None)(json.loads(page_state(tools))))
        if state["flag"] != "before-break" or state["marker"] != "edited-once":
            raise Failure(f"the page should stay as it was under the overlay: {state}")
        if "base.mustache" not in state["overlay"] or "error" not in state["overlay"]:
            raise Failure(f"the overlay should name the broken template: {state['overlay']!r}")
        log(f"overlay shown: {state['overlay'][:160]!r}")
        screenshot = os.environ.get("BROWSER_TEST_SCREENSHOT")
        if screenshot:
            shot = tools.call("Page.captureScreenshot", format="png")
            with open(screenshot, "wb") as handle:
                handle.write(base64.b64decode(shot["data"]))
            log(f"overlay screenshot saved to {screenshot}")

        # 3. A fix removes the overlay and reloads the page.
        with open(base, "w") as handle:
            handle.write(insert_marker(original, "fixed"))
        state = wait_for("the page to reload after the fix", lambda: (lambda s: s if s["ready"] == "complete"
                         and s["flag"] is None and s["marker"] == "fixed" and not s["overlay"] else None)(json.loads(page_state(tools))))
        log(f"reloaded after the fix, no overlay: {state}")

        with open(os.path.join(work, "output", "index.html")) as handle:
            if "__dossier" in handle.read():
                raise Failure("the reload script was written into output/index.html")
        log("output/index.html has no reload script")
    finally:
        if tools:
            tools.socket.close()
        if chromium and chromium.poll() is None:
            os.killpg(chromium.pid, signal.SIGKILL)
            chromium.wait(timeout=10)
        if server.poll() is None:
            server.send_signal(signal.SIGINT)
            try:
                code = server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
                raise Failure("dossier serve did not stop within 15 s of SIGINT")
        else:
            code = server.returncode
        server_log.close()
        with open(os.path.join(work, "serve.log")) as handle:
            output = handle.read()
    if code != 0:
        raise Failure(f"dossier serve exited with {code} after SIGINT:\n{output}")
    if "Stopped." not in output or "template does not parse" not in output:
        raise Failure(f"dossier serve should report the broken template and stop cleanly:\n{output}")
    log("dossier serve stopped cleanly on SIGINT")


if __name__ == "__main__":
    sys.exit(run_browser_test("browser-reload-test", run, "PASSED: the open page reloaded on a template edit, showed the error "
                              "overlay on a broken template, and recovered", TOTAL_SECONDS))
