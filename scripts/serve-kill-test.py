#!/usr/bin/env python3
"""Kills `dossier serve` with SIGKILL at seeded random moments of its rebuilds and checks, after each kill, that the
output folder is a complete site equal to the one served before the change or to the one after it, and that a
`dossier build` then recovers (nothing left beside the output, which equals a fresh build).

    python3 scripts/serve-kill-test.py DOSSIER_BINARY [--kills 10] [--seed 6] [--articles 40] [--time-limit 600]

Each round starts `dossier serve` on the site the round before left (so its first build keeps that site as the spare
and its rebuilds rewrite the spare in place; every third round on no output folder, so serve copies a spare from the
output after its first build), lets 0 to 2 rebuilds finish, makes one more change (a template, the
stylesheet or an article, in turn) and kills the server at a moment drawn over the rebuild that change starts (timed for each kind of change first).
The corpus, the site checks and the builds are those of scripts/kill-test.py. Standard library only; exits non-zero
on any failure and gives up after the time limit.
"""
import argparse
import importlib.util
import os
import random
import shutil
import signal
import subprocess
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("kill_test", os.path.join(HERE, "kill-test.py"))
kill_test = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(kill_test)
fail, snapshot, check_complete = kill_test.fail, kill_test.snapshot, kill_test.check_complete
REPO = kill_test.REPO


class Server:
    """`dossier serve` on a free port, its terminal output in a log file."""

    started = []

    def __init__(self, binary, content, templates, output, log):
        self.log = log
        Server.started.append(self)
        self.process = subprocess.Popen(
            [binary, "serve", "--content", content, "--templates", templates, "--output", output, "--port", "0"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=open(log, "w"),
        )

    def lines(self, start):
        with open(self.log, encoding="utf-8", errors="replace") as handle:
            return sum(1 for line in handle if line.startswith(start))

    def builds(self):
        return self.lines("Build took")

    def wait_until_serving(self, limit=600):
        """Waits for the first build and for the watcher (serve says `Serving` once it watches)."""
        end = time.monotonic() + limit
        while self.lines("Serving") < 1:
            if self.process.poll() is not None:
                fail(f"dossier serve exited with {self.process.returncode}: {open(self.log).read()[-2000:]}")
            if time.monotonic() > end:
                fail("dossier serve did not start serving in time")
            time.sleep(0.02)

    def wait_for_builds(self, count, limit=600):
        end = time.monotonic() + limit
        while self.builds() < count:
            if self.process.poll() is not None:
                fail(f"dossier serve exited with {self.process.returncode}: {open(self.log).read()[-2000:]}")
            if time.monotonic() > end:
                fail("dossier serve did not finish a build in time")
            time.sleep(0.02)

    def kill(self):
        """SIGKILL now; returns the number of builds it had finished."""
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        return self.builds()


class Changes:
    """The edits a round makes, in turn: a template, the stylesheet, an article."""

    def __init__(self, content, templates):
        self.content = content
        self.templates = templates
        self.count = 0

    def make(self):
        self.count += 1
        kind = ("template", "stylesheet", "article")[self.count % 3]
        if kind == "template":
            target, text = os.path.join(self.templates, "base.mustache"), f"<!-- serve kill test, change {self.count} -->\n"
        elif kind == "stylesheet":
            target, text = os.path.join(self.templates, "style.css"), f"/* serve kill test, change {self.count} */\n"
        else:
            articles = sorted(os.listdir(os.path.join(self.content, "articles")))
            target = os.path.join(self.content, "articles", articles[self.count % len(articles)])
            text = f"\nOfficials said on Monday that {self.count},200 people had left the city.\n"
        with open(target, "a", encoding="utf-8") as out:
            out.write(text)
        return kind


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--time-limit", type=float, default=600)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    begun = time.monotonic()
    work = tempfile.mkdtemp(prefix="dossier-serve-kill-test-")
    try:
        content = os.path.join(work, "content")
        source = kill_test.make_corpus(content, args.articles)
        templates = os.path.join(work, "templates")
        shutil.copytree(os.path.join(REPO, "templates"), templates)
        output = os.path.join(work, "site", "output")
        os.makedirs(os.path.dirname(output))
        fresh = os.path.join(work, "fresh")
        log = os.path.join(work, "serve.log")
        print(f"serve kill test: corpus: {source}; seed {args.seed}; {args.kills} kills", flush=True)
        changes = Changes(content, templates)
        rng = random.Random(args.seed)

        # Calibration: how long the rebuild after each kind of change takes, from the change to serve's line.
        server = Server(binary, content, templates, output, log)
        server.wait_until_serving()
        seconds = {}
        for finished in range(2, 5):
            changed = time.monotonic()
            kind = changes.make()
            server.wait_for_builds(finished)
            seconds[kind] = time.monotonic() - changed
        server.kill()
        print("serve kill test: a rebuild takes " + ", ".join(f"{s:.2f} s after {'an' if k[0] in 'aeiou' else 'a'} {k} change" for k, s in seconds.items()), flush=True)

        outcomes = {"previous": 0, "new": 0}
        for kill in range(1, args.kills + 1):
            if time.monotonic() - begun > args.time_limit:
                fail(f"gave up after {args.time_limit:.0f} s, at kill {kill}")
            if kill % 3 == 0:
                # No output folder: the first build replaces nothing, so serve copies the output into a spare while
                # it waits, and the change's rebuild (or the kill) comes while it copies or once it has.
                shutil.rmtree(output)
            server = Server(binary, content, templates, output, log)
            server.wait_until_serving()
            finished = 1
            for _ in range(rng.randrange(3)):
                changes.make()
                finished += 1
                server.wait_for_builds(finished)
            before = snapshot(output)
            kind = changes.make()
            time.sleep(rng.uniform(0, seconds[kind] * 1.2))
            done = server.kill() > finished

            problem = check_complete(output)
            if problem:
                fail(f"kill {kill} (during a rebuild after a {kind} change): the output is not a complete site: {problem}")
            found = snapshot(output)
            kill_test.build(binary, content, fresh, work)
            after = snapshot(fresh)
            shutil.rmtree(fresh)
            if found == before and not done:
                outcomes["previous"] += 1
            elif found == after:
                outcomes["new"] += 1
            else:
                differing = sorted(p for p in set(found) | set(after) if found.get(p) != after.get(p))[:3]
                fail(f"kill {kill} (after a {kind} change): the output is neither the site served before nor the new one "
                     f"(differs from the new one at {differing})")

            kill_test.build(binary, content, output, work)
            left = sorted(name for name in os.listdir(os.path.dirname(output)) if name != "output")
            if left:
                fail(f"kill {kill}: a build after the kill left {left} beside the output")
            if snapshot(output) != after:
                fail(f"kill {kill}: a build after the kill does not make the site a fresh build makes")
        print(f"serve kill test: passed: {args.kills} kills of serve during rebuilds left the previous site "
              f"{outcomes['previous']} times and the new one {outcomes['new']} times, always complete; "
              f"each following build recovered ({time.monotonic() - begun:.0f} s)", flush=True)
    finally:
        # A failed check exits with a server still running: never leave one behind.
        for server in Server.started:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
