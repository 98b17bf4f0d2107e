#!/usr/bin/env python3
"""Makes large corpora for timing dossier on input sizes the sample never reaches (a dev tool, standard library only).

    scripts/make-large-corpus.py article WORDS OUT_DIR [SOURCE_CORPUS]
        one article of about WORDS words (200000 for the test-sized guard; 3000000 is about 18 MB), made of the
        source corpus's paragraphs in a fixed shuffled order, under OUT_DIR/articles/large.txt
    scripts/make-large-corpus.py corpus COUNT OUT_DIR [SOURCE_CORPUS]
        COUNT articles, each a title and 4 to 12 paragraphs drawn from the source corpus, under OUT_DIR/articles/

SOURCE_CORPUS defaults to ../shared/corpora/bbc. The output depends only on the arguments (seeded shuffle).
"""
import pathlib
import random
import sys


def paragraphs(source):
    found = []
    for path in sorted(pathlib.Path(source).rglob("*.txt")):
        blocks = [b.strip() for b in path.read_text(encoding="utf-8", errors="replace").split("\n\n")]
        found.extend(b for b in blocks[1:] if len(b.split()) >= 8)
    if not found:
        sys.exit(f"make-large-corpus: no paragraphs under {source}")
    return found


def large_article(words, out, source):
    pool = paragraphs(source)
    rng = random.Random(words)
    chunks, count = ["A Very Long Article Made Of Many Reports", ""], 0
    while count < words:
        paragraph = rng.choice(pool)
        chunks.extend([paragraph, ""])
        count += len(paragraph.split())
    target = pathlib.Path(out, "articles", "large.txt")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(chunks), encoding="utf-8")
    print(f"{target}: {count} words, {target.stat().st_size} bytes")


def many_articles(total, out, source):
    pool = paragraphs(source)
    rng = random.Random(total)
    folder = pathlib.Path(out, "articles")
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(total):
        body = rng.sample(pool, rng.randint(4, 12))
        title = " ".join(body[0].split()[:7]).rstrip(".,;:")
        (folder / f"{index:05d}.txt").write_text("\n\n".join([title] + body) + "\n", encoding="utf-8")
    print(f"{folder}: {total} articles")


def main(argv):
    if len(argv) < 4 or argv[1] not in ("article", "corpus"):
        sys.exit(__doc__)
    source = argv[4] if len(argv) > 4 else "../shared/corpora/bbc"
    (large_article if argv[1] == "article" else many_articles)(int(argv[2]), argv[3], source)


if __name__ == "__main__":
    main(sys.argv)
