#!/usr/bin/env python3
"""What makes up a wasm bundle: code size by crate or by the app's own module.

    scripts/wasm-breakdown.sh <bundle>      (builds it with names kept, then runs this)
    scripts/wasm-breakdown.py <file.wasm>   (a wasm-opt -g output with a name section)

Reads the code section (each function body's size) and the name section (each function's
name), demangles the names with c++filt when it is there, and sums sizes by the crate (or, for
this app, `sbc_guide::<module>`) the name starts with. Sizes are raw bytes before gzip.
"""
import collections
import re
import shutil
import subprocess
import sys


def leb(data, i):
    result = shift = 0
    while True:
        byte = data[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def sections(data):
    i = 8
    while i < len(data):
        kind = data[i]
        size, i = leb(data, i + 1)
        yield kind, i, size
        i += size


def main(path):
    data = open(path, "rb").read()
    imported, bodies, names, data_size = 0, [], {}, 0
    for kind, start, size in sections(data):
        if kind == 2:  # imports: function imports come first in the index space
            count, j = leb(data, start)
            for _ in range(count):
                for _ in range(2):
                    n, j = leb(data, j)
                    j += n
                what = data[j]
                j += 1
                if what == 0:
                    _, j = leb(data, j)
                    imported += 1
                elif what == 1:
                    j += 1
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif what == 2:
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif what == 3:
                    j += 2
        elif kind == 10:
            count, j = leb(data, start)
            for _ in range(count):
                n, k = leb(data, j)
                bodies.append(n + (k - j))
                j = k + n
        elif kind == 11:
            data_size = size
        elif kind == 0:
            n, j = leb(data, start)
            if data[j : j + n] == b"name":
                j += n
                end = start + size
                while j < end:
                    sub = data[j]
                    sub_size, j = leb(data, j + 1)
                    if sub == 1:
                        count, k = leb(data, j)
                        for _ in range(count):
                            index, k = leb(data, k)
                            n, k = leb(data, k)
                            names[index] = data[k : k + n].decode("utf8", "replace")
                            k += n
                    j += sub_size
    raw = [names.get(imported + i, "?") for i in range(len(bodies))]
    if shutil.which("c++filt"):
        raw = subprocess.run(["c++filt"], input="\n".join(raw), capture_output=True, text=True).stdout.split("\n")
    groups = collections.Counter()
    for size, name in zip(bodies, raw):
        own = re.search(r"sbc_guide::(?:components::|pages::)?([a-z_]+)", name)
        if own:
            groups["app: " + own.group(1)] += size
        else:
            # "<T as tachys::view::Render>::build" belongs to the trait's crate.
            crate = re.match(r"<\S+ as ([a-z_][a-z0-9_]*)", name) or re.match(r"<?([A-Za-z_][A-Za-z0-9_]*)", name)
            group = crate.group(1) if crate else "?"
            groups["the bundle's main (inlined)" if name.startswith(group + "::main") and "::" not in group else group] += size
    total = sum(bodies)
    print(f"{path}: code {total / 1000:.1f} KB, data (mostly text) {data_size / 1000:.1f} KB")
    for group, size in groups.most_common(25):
        print(f"  {size / 1000:7.1f} KB  {100 * size / total:4.1f}%  {group}")


if __name__ == "__main__":
    main(sys.argv[1])
