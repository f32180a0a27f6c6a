#!/usr/bin/env python3
"""Seed inputs for the fuzz targets, made from files in the repository (bench/README.md, Fuzzing).

    fuzz/make_seeds.py OUT_DIR [TARGET_DIR]

TARGET_DIR (default: target/release) must hold `sajag-index` and `examples/messy_dump`
(`cargo build --release --bin sajag-index --example messy_dump`). Writes OUT_DIR/range_response,
OUT_DIR/message_scan and OUT_DIR/dump_rows. The seeds are synthetic: demo index bodies, the
labelled message texts in tests/data/ and a generated dump. Nothing here is personal data.
"""
import glob
import gzip
import os
import random
import struct
import subprocess
import sys
import tempfile
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    bins = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "target", "release")
    for d in ("range_response", "message_scan", "dump_rows"):
        os.makedirs(os.path.join(out, d), exist_ok=True)

    # range_response: 5 control bytes (prefix, 20 bits LE; line count, u16 LE) + a real body.
    shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
    with tempfile.TemporaryDirectory(dir=shm) as tmp:
        export = os.path.join(tmp, "export")
        subprocess.run(
            [os.path.join(bins, "sajag-index"), "export",
             os.path.join(ROOT, "assets/demo/demo.sajag"), "--to", export],
            check=True, stdout=subprocess.DEVNULL)
        base = glob.glob(os.path.join(export, "v1/range/*/"))[0]
        names = sorted(os.listdir(base))
        random.seed(1)
        for name in random.sample(names, 12) + [names[0], names[-1]]:
            with open(os.path.join(base, name), "rb") as f:
                body = f.read()
            control = struct.pack("<I", int(name, 16))[:3] + struct.pack("<H", 16)
            with open(os.path.join(out, "range_response", name), "wb") as f:
                f.write(control + body)

    # message_scan: every message text of the labelled sets.
    count = 0
    for path in sorted(glob.glob(os.path.join(ROOT, "tests/data/*.toml"))):
        with open(path, "rb") as f:
            data = tomllib.load(f)
        for value in data.values():
            if not isinstance(value, list):
                continue
            for item in value:
                text = isinstance(item, dict) and (item.get("text") or item.get("message"))
                if text:
                    with open(os.path.join(out, "message_scan", f"{count:04}"), "w") as f:
                        f.write(text)
                    count += 1

    # dump_rows: 1 control byte (header, columns, delimiter) + the head of a messy dump.
    with tempfile.TemporaryDirectory(dir=shm) as tmp:
        csv = os.path.join(tmp, "dump.csv")
        subprocess.run([os.path.join(bins, "examples", "messy_dump"), "20", csv], check=True)
        with open(csv, "rb") as f:
            head = b"".join(f.readlines()[:20])
    for control in (0x80, 0x81, 0xB3, 0x8F, 0x01, 0x45):
        with open(os.path.join(out, "dump_rows", f"s{control:02x}"), "wb") as f:
            f.write(bytes([control]) + head)
    with open(os.path.join(out, "dump_rows", "gz"), "wb") as f:
        f.write(b"\x80" + gzip.compress(head))
    with open(os.path.join(out, "dump_rows", "tab"), "wb") as f:
        f.write(b"\x80" + head.replace(b",", b"\t"))
    print(f"seeds in {out}: 14 range bodies, {count} messages, 8 dumps")


if __name__ == "__main__":
    main()
