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
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOTAL_SECONDS = 240
STEP_SECONDS = 45


class Failure(Exception):
    pass


def log(message):
    print(f"browser-reload-test: {message}", flush=True)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(what, condition, seconds=STEP_SECONDS, interval=0.2):
    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        try:
            last = condition()
            if last:
                return last
        except (OSError, Failure, ValueError) as error:
            last = error
        time.sleep(interval)
    raise Failure(f"timed out after {seconds} s waiting for {what} (last: {last!r})")


def http_get(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read().decode("utf-8", "replace")


class WebSocket:
    """Just enough of RFC 6455 for the DevTools protocol: masked text frames out, text frames in."""

    def __init__(self, url, timeout=10):
        assert url.startswith("ws://"), url
        host_port, _, path = url[len("ws://"):].partition("/")
        host, _, port = host_port.partition(":")
        self.sock = socket.create_connection((host, int(port or 80)), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise Failure("DevTools closed the socket during the handshake")
            head += chunk
        if b" 101 " not in head.split(b"\r\n", 1)[0]:
            raise Failure(f"DevTools refused the WebSocket: {head[:200]!r}")

    def send(self, text):
        payload = text.encode()
        header = bytearray([0x81])
        if len(payload) < 126:
            header.append(0x80 | len(payload))
        elif len(payload) < 65536:
            header.append(0x80 | 126)
            header += struct.pack("!H", len(payload))
        else:
            header.append(0x80 | 127)
            header += struct.pack("!Q", len(payload))
        mask = os.urandom(4)
        header += mask
        self.sock.sendall(bytes(header) + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _exactly(self, count):
        data = b""
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise Failure("DevTools closed the socket")
            data += chunk
        return data

    def receive(self):
        message = b""
        while True:
            first, second = self._exactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack("!H", self._exactly(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", self._exactly(8))[0]
            mask = self._exactly(4) if second & 0x80 else None
            payload = self._exactly(length)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            opcode = first & 0x0F
            if opcode == 0x8:
                raise Failure("DevTools closed the WebSocket")
            if opcode in (0x9, 0xA):
                continue
            message += payload
            if first & 0x80:
                return message.decode("utf-8", "replace")

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


class DevTools:
    """Calls DevTools methods on one page and returns their results."""

    def __init__(self, url):
        self.socket = WebSocket(url)
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        ident = self.next_id
        self.socket.send(json.dumps({"id": ident, "method": method, "params": params}))
        while True:
            reply = json.loads(self.socket.receive())
            if reply.get("id") == ident:
                if "error" in reply:
                    raise Failure(f"{method}: {reply['error']}")
                return reply.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise Failure(f"script error: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    raise Failure("no Chromium found: install Debian's `chromium` package")


def start_chromium(work):
    profile = os.path.join(work, "chromium-profile")
    command = [find_chromium(), "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
               "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", f"--user-data-dir={profile}",
               "about:blank"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=open(os.path.join(work, "chromium.log"), "w"),
                               start_new_session=True)
    active = os.path.join(profile, "DevToolsActivePort")

    def port_file():
        if process.poll() is not None:
            raise Failure(f"Chromium exited with {process.returncode}; see chromium.log")
        with open(active) as handle:
            lines = handle.read().split()
        return lines if len(lines) >= 2 else None

    port, _ = wait_for("Chromium's DevTools port", port_file, seconds=60)
    return process, int(port)


def page_target(devtools_port):
    def pages():
        _, body = http_get(f"http://127.0.0.1:{devtools_port}/json/list")
        found = [target for target in json.loads(body) if target.get("type") == "page"]
        return found[0]["webSocketDebuggerUrl"] if found else None
    return wait_for("a page in Chromium", pages)


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


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "dossier"))
    if not os.access(binary, os.X_OK):
        print(f"browser-reload-test: no dossier binary at {binary}: run `swift build` first", file=sys.stderr)
        return 2
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(Failure(f"the whole test took over {TOTAL_SECONDS} s")))
    signal.alarm(TOTAL_SECONDS)
    work = tempfile.mkdtemp(prefix="dossier-browser-test-")
    try:
        run(binary, work)
    except Failure as failure:
        print(f"browser-reload-test: FAILED: {failure}", file=sys.stderr)
        for name in ("serve.log", "chromium.log"):
            path = os.path.join(work, name)
            if os.path.exists(path):
                with open(path, errors="replace") as handle:
                    print(f"--- {name} (last lines)\n" + "".join(handle.readlines()[-30:]), file=sys.stderr)
        return 1
    finally:
        signal.alarm(0)
        shutil.rmtree(work, ignore_errors=True)
    log("PASSED: the open page reloaded on a template edit, showed the error overlay on a broken template, and recovered")
    return 0


if __name__ == "__main__":
    sys.exit(main())
