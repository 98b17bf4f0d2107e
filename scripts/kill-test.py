#!/usr/bin/env python3
"""Kills `dossier build` with SIGKILL at seeded random moments and checks, after each kill, that the output folder
is a complete site equal to the previous build or to the new one.

    python3 scripts/kill-test.py DOSSIER_BINARY [--kills 50] [--seed 14] [--articles 80] [--time-limit 600]

Two versions of a mid-sized corpus alternate (B has another title and one more article, so every page differs):
each killed build builds the version the output does not hold. The corpus is the first articles of the BBC corpus
in ../shared/corpora/bbc when it is there, or else new articles recombined from the paragraphs of the sample
articles in content/articles; the script says which. Half the kills come at a moment drawn over the whole build,
half at a moment drawn over the write stage (seen on the build's terminal), where the swap happens.

A complete site: `dossier-files.json` lists every other file in the folder, each with its size, and nothing else is
there. Standard library only; exits non-zero on any failure and gives up after the time limit.
"""
import argparse
import hashlib
import os
import pty
import random
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BBC = os.path.join(os.path.dirname(REPO), "shared", "corpora", "bbc")
MANIFEST = "dossier-files.json"


def fail(message):
    print(f"kill test: FAILED: {message}", flush=True)
    sys.exit(1)


def make_corpus(folder, count):
    """Writes `count` articles into folder/articles; returns a line saying where they came from."""
    articles = os.path.join(folder, "articles")
    os.makedirs(articles)
    if os.path.isdir(BBC):
        paths = sorted(
            os.path.join(root, name)
            for root, _, names in os.walk(BBC)
            for name in names
            if name.endswith(".txt") and name != "README.TXT"
        )
        # Every section of the corpus, in turn, so the dossier has people, figures and topics of all kinds.
        sections = {}
        for path in paths:
            sections.setdefault(os.path.basename(os.path.dirname(path)), []).append(path)
        chosen = []
        while len(chosen) < count and any(sections.values()):
            for name in sorted(sections):
                if sections[name] and len(chosen) < count:
                    chosen.append(sections[name].pop(0))
        for index, path in enumerate(chosen):
            shutil.copyfile(path, os.path.join(articles, f"{index:04d}.txt"))
        return f"{len(chosen)} articles of the BBC corpus ({BBC})"
    samples = sorted(
        os.path.join(REPO, "content", "articles", name)
        for name in os.listdir(os.path.join(REPO, "content", "articles"))
    )
    texts = [open(path, encoding="utf-8").read().split("\n\n") for path in samples]
    for index in range(count):
        first, second = texts[index % len(texts)], texts[(index * 3 + 1) % len(texts)]
        body = first[1:] + second[1 + index % 3:]
        with open(os.path.join(articles, f"{index:04d}.txt"), "w", encoding="utf-8") as out:
            out.write(f"Report {index}: {first[0].strip()}\n\n" + "\n\n".join(body))
    return f"{count} articles recombined from the {len(samples)} sample articles in content/articles"


def make_versions(work, count):
    version_a = os.path.join(work, "content-a")
    source = make_corpus(version_a, count)
    with open(os.path.join(version_a, "dossier.yml"), "w") as out:
        out.write("title: Kill test, version A\n")
    version_b = os.path.join(work, "content-b")
    shutil.copytree(version_a, version_b)
    with open(os.path.join(version_b, "dossier.yml"), "w") as out:
        out.write("title: Kill test, version B\n")
    with open(os.path.join(version_b, "articles", "extra.txt"), "w") as out:
        out.write("One More Report On The Kill Test\n\nOfficials said on Monday that 1,200 people had left the city.\n")
    return version_a, version_b, source


def snapshot(folder):
    """Every file under the folder with the SHA-256 of its bytes, by relative path."""
    files = {}
    for root, dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            with open(path, "rb") as handle:
                files[os.path.relpath(path, folder)] = hashlib.sha256(handle.read()).hexdigest()
    return files


def check_complete(folder):
    """None when the folder is a complete site, or what is wrong with it."""
    import json

    if not os.path.isdir(folder):
        return "there is no output folder"
    manifest_path = os.path.join(folder, MANIFEST)
    if not os.path.isfile(manifest_path):
        return f"there is no {MANIFEST}"
    with open(manifest_path, encoding="utf-8") as handle:
        listed = {entry["path"]: entry["bytes"] for entry in json.load(handle)["files"]}
    present = {}
    for root, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(root, name)
            present[os.path.relpath(path, folder)] = os.path.getsize(path)
    present.pop(MANIFEST)
    if present != listed:
        missing = sorted(set(listed) - set(present))[:3]
        extra = sorted(set(present) - set(listed))[:3]
        wrong = sorted(p for p in set(listed) & set(present) if listed[p] != present[p])[:3]
        return f"the folder does not hold what {MANIFEST} lists (missing {missing}, not listed {extra}, other size {wrong})"
    return None


def build(binary, content, output, cwd):
    result = subprocess.run(
        [binary, "build", "--quiet", "--content", content, "--output", output],
        cwd=cwd, capture_output=True, text=True, timeout=600,
    )
    if result.returncode != 0:
        fail(f"a build of {content} exited with {result.returncode}: {result.stderr.strip()}")


class TerminalBuild:
    """A build on a pseudo-terminal, so that it shows its stages as they start."""

    def __init__(self, binary, content, output, cwd):
        self.master, slave = pty.openpty()
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            [binary, "build", "--content", content, "--output", output],
            cwd=cwd, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, close_fds=True,
        )
        os.close(slave)
        self.shown = b""

    def read(self, seconds):
        """Reads what the build shows for up to `seconds`, or until it ends."""
        end = time.monotonic() + seconds
        while self.process.poll() is None:
            left = end - time.monotonic()
            if left <= 0:
                return
            ready, _, _ = select.select([self.master], [], [], min(left, 0.05))
            if ready:
                try:
                    self.shown += os.read(self.master, 65536)
                except OSError:
                    return

    @property
    def stage(self):
        """The stage shown last (the one running, or `done` when the summary is out)."""
        text = self.shown.decode("utf-8", "replace")
        if "Built " in text:
            return "done"
        marks = [(text.rfind(f"{name}\u2026"), name) for name in ("load", "parse", "extract", "assemble", "markdown", "render", "write")]
        position, name = max(marks)
        return name if position >= 0 else "start"

    def wait_for_stage(self, name, limit):
        end = time.monotonic() + limit
        while self.process.poll() is None and self.stage != name and time.monotonic() < end:
            self.read(0.02)

    def kill(self):
        """SIGKILL now; returns True if the build was still running."""
        running = self.process.poll() is None
        if running:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.read(0)
        os.close(self.master)
        return running


def calibrate(binary, content, output, cwd):
    """Seconds from start to the write stage and of the write stage, from one whole build on a terminal."""
    run = TerminalBuild(binary, content, output, cwd)
    run.wait_for_stage("write", 600)
    write_started = time.monotonic()
    while run.process.poll() is None:
        run.read(0.02)
    ended = time.monotonic()
    run.read(0)
    os.close(run.master)
    if run.process.returncode != 0:
        fail(f"the calibration build exited with {run.process.returncode}: {run.shown.decode('utf-8', 'replace')}")
    return write_started - run.started, ended - write_started


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--articles", type=int, default=80)
    parser.add_argument("--time-limit", type=float, default=600)
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    begun = time.monotonic()
    work = tempfile.mkdtemp(prefix="dossier-kill-test-")
    try:
        version_a, version_b, source = make_versions(work, args.articles)
        print(f"kill test: corpus: {source}; versions A and B; seed {args.seed}; {args.kills} kills", flush=True)
        references = {}
        for name, content in (("A", version_a), ("B", version_b)):
            folder = os.path.join(work, f"reference-{name}")
            build(binary, content, folder, work)
            problem = check_complete(folder)
            if problem:
                fail(f"a whole build of version {name} is not a complete site: {problem}")
            references[name] = snapshot(folder)
        to_write, write_seconds = calibrate(binary, version_a, os.path.join(work, "calibration"), work)
        print(f"kill test: a whole build takes {to_write + write_seconds:.1f} s, its write stage {write_seconds:.2f} s", flush=True)

        output = os.path.join(work, "site", "output")
        os.makedirs(os.path.dirname(output))
        build(binary, version_a, output, work)
        held = "A"
        rng = random.Random(args.seed)
        outcomes = {"previous": 0, "new": 0}
        stages = {}
        for kill in range(1, args.kills + 1):
            if time.monotonic() - begun > args.time_limit:
                fail(f"gave up after {args.time_limit:.0f} s, at kill {kill}")
            target = "B" if held == "A" else "A"
            in_write = kill % 2 == 0
            delay = rng.uniform(0, write_seconds * 1.2) if in_write else rng.uniform(0, to_write + write_seconds)
            run = TerminalBuild(binary, version_b if target == "B" else version_a, output, work)
            if in_write:
                run.wait_for_stage("write", 600)
            run.read(delay)
            stage = run.stage
            if not run.kill():
                stage = "done"
            stages[stage] = stages.get(stage, 0) + 1
            if kill % 10 == 0:
                print(f"kill test: {kill} kills, all left a complete site ({time.monotonic() - begun:.0f} s)", flush=True)
            problem = check_complete(output)
            if problem:
                fail(f"kill {kill} (in {stage}): the output is not a complete site: {problem}")
            found = snapshot(output)
            if found == references[held]:
                outcomes["previous"] += 1
            elif found == references[target]:
                outcomes["new"] += 1
                held = target
            else:
                differing = sorted(p for p in set(found) | set(references[target]) if found.get(p) != references[target].get(p))[:3]
                fail(f"kill {kill} (in {stage}): the output is complete but is neither the previous build nor the new one ({differing})")
        leftovers_before = sorted(n for n in os.listdir(os.path.dirname(output)) if n != "output")
        build(binary, version_a, output, work)
        leftovers = sorted(n for n in os.listdir(os.path.dirname(output)) if n != "output")
        if snapshot(output) != references["A"] or check_complete(output):
            fail("the build after the kills did not write a complete version A")
        if leftovers:
            fail(f"the build after the kills left folders beside the output: {leftovers}")
        by_stage = ", ".join(f"{count} {'after the build had ended' if name == 'done' else 'in ' + name}" for name, count in sorted(stages.items()))
        print(f"kill test: killed {by_stage}; folders left beside the output before the next build: {len(leftovers_before)}", flush=True)
        print(f"kill test: {args.kills}/{args.kills} kills left a complete site: {outcomes['previous']} the previous build, "
              f"{outcomes['new']} the new one; the next build cleaned up ({time.monotonic() - begun:.0f} s)", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
