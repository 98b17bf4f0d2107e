#!/usr/bin/env python3
"""A model of what FolderPlacement is for: a site of 15,830 files (the BBC dossier's layout) made, deleted, then made
again right away in the same folder, as a benchmark that empties the output between runs does; prints the second
making's wall and system time.

    python3 scripts/folder-placement-model.py FOLDER plain|placed

`plain` makes the section folders as they are; `placed` marks the site folder as the top of a directory tree
(`chattr +T`) and makes each section under a passing name, then renames it, as `DossierBuild/FolderPlacement` does.
Alternate the two several times: on ext4 without a journal, files made within a minute of many deletions cost the
kernel far more in `plain`. Needs e2fsprogs' `chattr` for `placed`.
"""
import os, random, resource, shutil, subprocess, sys, time

LAYOUT = {'people': 4298, 'sources': 2227, 'markdown': 30, 'markdown/people': 4298, 'markdown/sources': 2227,
          'originals': 2227, 'search': 492, 'topics': 25}
DATA = b'x' * 6000


def make(root, placed):
    os.mkdir(root)
    if placed:
        subprocess.run(['chattr', '+T', root], check=False)
    for section in LAYOUT:
        final = os.path.join(root, section)
        if placed:
            passing = os.path.join(os.path.dirname(final), '.%s.new-%08x' % (os.path.basename(section), random.getrandbits(32)))
            os.mkdir(passing)
            os.rename(passing, final)
        else:
            os.mkdir(final)
    for section, count in LAYOUT.items():
        for number in range(count):
            with open(os.path.join(root, section, 'f%05d.html' % number), 'wb') as file:
                file.write(DATA)


def main():
    folder, mode = sys.argv[1], sys.argv[2]
    placed = mode == 'placed'
    site = os.path.join(folder, 'out')
    if os.path.exists(site):
        shutil.rmtree(site)
    make(site, placed)
    shutil.rmtree(site)
    before, start = resource.getrusage(resource.RUSAGE_SELF), time.time()
    make(site, placed)
    after = resource.getrusage(resource.RUSAGE_SELF)
    print(f'{mode}: wall {time.time() - start:.2f} s, system {after.ru_stime - before.ru_stime:.2f} s')
    shutil.rmtree(site)


if __name__ == '__main__':
    main()
