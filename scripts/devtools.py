"""Headless Chromium over its DevTools protocol, with the standard library only: shared by the browser tests.

`start_chromium` launches Debian's `chromium` with a fresh profile, `page_target` finds its page, and `DevTools`
calls protocol methods on it (`evaluate` runs a script in the page and returns its value).
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

STEP_SECONDS = 45


class Failure(Exception):
    pass


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


def run_browser_test(name, run, passed, total_seconds=240):
    """The frame of a browser test: finds the dossier binary (argv[1], default .build/debug/dossier), gives `run(binary,
    work)` a temporary folder and at most `total_seconds`, prints the last lines of its logs on failure. Returns the exit status."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, ".build", "debug", "dossier"))
    if not os.access(binary, os.X_OK):
        print(f"{name}: no dossier binary at {binary}: run `swift build` first", file=sys.stderr)
        return 2
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(Failure(f"the whole test took over {total_seconds} s")))
    signal.alarm(total_seconds)
    work = tempfile.mkdtemp(prefix=f"dossier-{name}-")
    try:
        run(binary, work)
    except Failure as failure:
        print(f"{name}: FAILED: {failure}", file=sys.stderr)
        for log_name in ("serve.log", "chromium.log"):
            path = os.path.join(work, log_name)
            if os.path.exists(path):
                with open(path, errors="replace") as handle:
                    print(f"--- {log_name} (last lines)\n" + "".join(handle.readlines()[-30:]), file=sys.stderr)
        return 1
    finally:
        signal.alarm(0)
        shutil.rmtree(work, ignore_errors=True)
    print(f"{name}: {passed}", flush=True)
    return 0
