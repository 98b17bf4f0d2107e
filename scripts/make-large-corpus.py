#!/usr/bin/env python3
"""Makes large corpora for timing dossier on input sizes the sample never reaches (a dev tool, standard library only).

    scripts/make-large-corpus.py article WORDS OUT_DIR [SOURCE_CORPUS]
        one article of about WORDS words (200000 for the test-sized guard; 3000000 is about 18 MB), made of the
        source corpus's paragraphs in a fixed shuffled order, under OUT_DIR/articles/large.txt
    scripts/make-large-corpus.py corpus COUNT OUT_DIR [SOURCE_CORPUS]
        COUNT articles under OUT_DIR/articles/, each a title and paragraphs drawn from the source corpus until it is
        as long as a source article picked at random, so the corpus has the source's length distribution and its
        words grow with COUNT alone (10000 from BBC's 2,225 articles gives about 4.5 times BBC's words)

SOURCE_CORPUS defaults to ../shared/corpora/bbc. The output depends only on the arguments (seeded shuffle).
"""
import pathlib
import random
import sys


def source_articles(source):
    """The body paragraphs (of 8 words or more) of each source article, the title line left out."""
    articles = []
    for path in sorted(pathlib.Path(source).rglob("*.txt")):
        blocks = [b.strip() for b in path.read_text(encoding="utf-8", errors="replace").split("\n\n")]
        body = [b for b in blocks[1:] if len(b.split()) >= 8]
        if body:
            articles.append(body)
    if not articles:
        sys.exit(f"make-large-corpus: no paragraphs under {source}")
    return articles


def paragraphs(source):
    return [paragraph for body in source_articles(source) for paragraph in body]


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
    articles = source_articles(source)
    pool = [paragraph for body in articles for paragraph in body]
    lengths = [sum(len(paragraph.split()) for paragraph in body) for body in articles]
    rng = random.Random(total)
    folder = pathlib.Path(out, "articles")
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for index in range(total):
        target, body, count = rng.choice(lengths), [], 0
        while count < target:
            paragraph = rng.choice(pool)
            size = len(paragraph.split())
            if body and count + size - target > target - count:
                break  # stopping short is closer to the target than this paragraph
            body.append(paragraph)
            count += size
        words += count
        title = " ".join(body[0].split()[:7]).rstrip(".,;:")
        (folder / f"{index:05d}.txt").write_text("\n\n".join([title] + body) + "\n", encoding="utf-8")
    print(f"{folder}: {total} articles, {words} words (the source's bodies: {len(articles)} articles, {sum(lengths)} words)")


def main(argv):
    if len(argv) < 4 or argv[1] not in ("article", "corpus"):
        sys.exit(__doc__)
    source = argv[4] if len(argv) > 4 else "../shared/corpora/bbc"
    (large_article if argv[1] == "article" else many_articles)(int(argv[2]), argv[3], source)


if __name__ == "__main__":
    main(sys.argv)
