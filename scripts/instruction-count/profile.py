#!/usr/bin/env python3
"""Names the addresses of a plugin.c dump: instructions executed per function (its own, not its callees'), or per
library with --dso, or per folder of Sources/ with --folders (a Swift function counts for the folder that declares
its type; the Swift runtime and the standard library count for libswiftCore, whoever calls them).
Usage: profile.py DUMP [N] [--dso | --folders]   (DUMP.maps beside it)"""
import sys, subprocess, bisect, collections, re, os
prof = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 50
by_dso = '--dso' in sys.argv; by_folder = '--folders' in sys.argv
maps = []
for l in open(prof + '.maps'):
    p = l.split()
    if len(p) >= 6 and p[5].startswith('/'):
        a, b = (int(x, 16) for x in p[0].split('-')); maps.append((a, b, int(p[2], 16), p[5]))
maps.sort(); starts = [m[0] for m in maps]
cache = {}
def load(path):
    if path in cache: return cache[path]
    segs = []
    for l in subprocess.run(['readelf', '-lW', path], capture_output=True, text=True).stdout.splitlines():
        p = l.split()
        if p and p[0] == 'LOAD': segs.append((int(p[1], 16), int(p[2], 16), int(p[4], 16)))  # offset, vaddr, filesz
    syms = {}
    for flag in ([], ['-D']):
        for l in subprocess.run(['nm', '--defined-only'] + flag + [path], capture_output=True, text=True).stdout.splitlines():
            p = l.split(' ', 2)
            if len(p) == 3 and p[1] in 'tTwWiI': syms.setdefault(int(p[0], 16), p[2])
        if syms: break
    addrs = sorted(syms); cache[path] = (segs, addrs, [syms[a] for a in addrs]); return cache[path]
cnt = collections.Counter(); total = 0
for l in open(prof):
    p = l.split()
    if p[0] == 'total': continue
    addr, c = int(p[0], 16), int(p[1]); total += c
    i = bisect.bisect_right(starts, addr) - 1
    if i < 0 or addr >= maps[i][1]: cnt['[unknown]'] += c; continue
    a, b, off, path = maps[i]; fo = addr - a + off
    segs, addrs, names = load(path); va = None
    for so, sv, sz in segs:
        if so <= fo < so + max(sz, 1): va = fo - so + sv; break
    name = os.path.basename(path)
    if by_dso or va is None: cnt[name] += c; continue
    j = bisect.bisect_right(addrs, va) - 1
    cnt[(names[j] if j >= 0 else '?') + ' [' + name.split('.')[0] + ']'] += c
if by_folder:
    sources = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'Sources')
    folders = {}
    for root, _, files in os.walk(sources):
        for f in files:
            if f.endswith('.swift'):
                text = open(os.path.join(root, f)).read()
                for m in re.finditer(r'^\s*(?:(?:public|private|fileprivate|internal|final|@\w+)\s+)*(?:struct|enum|class|actor|protocol|extension)\s+(\w+)', text, re.M):
                    folder = os.path.relpath(root, sources)
                    folders.setdefault((folder.split('/')[0], m.group(1)), folder)
    merged = collections.Counter()
    for k, v in cnt.items():
        m = re.search(r'\$s(\d+)(Dossier\w+?)(\d+)(\w+)', k)
        if m and int(m.group(1)) == len(m.group(2)):
            module, name = m.group(2), m.group(4)[:int(m.group(3))]
            merged[folders.get((module, name), module)] += v
        else:
            merged[k.split(' [')[-1].rstrip(']') if ' [' in k else k] += v
    print(f'total {total:,}')
    for k, v in merged.most_common(n): print(f'{100*v/total:6.2f}% {v/1e6:9.1f}M {k}')
    sys.exit(0)
print(f'total {total:,}')
top = cnt.most_common(n)
dem = subprocess.run(['swift', 'demangle', '--simplified', '--compact'], input='\n'.join(k for k, _ in top), capture_output=True, text=True).stdout.splitlines()
for (k, v), d in zip(top, dem): print(f'{100*v/total:6.2f}% {v/1e6:9.1f}M {d[:160]}')
