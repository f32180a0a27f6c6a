#!/usr/bin/env bash
# Regenerates every rendered app icon from the SVG sources in assets/icon/:
#   assets/icon/png/sajag-{16,24,32,48,64,128,256,512,1024}.png   hicolor sizes (+1024 for macOS)
#   assets/icon/sajag.ico    Windows: 16-256 px (BMP entries up to 64 px, PNG entries above)
#   assets/icon/sajag.icns   macOS: PNG entries icp4..ic10 (16-1024 px, the sizes iconutil writes)
# 16 and 24 px come from sajag-small.svg (redrawn on a pixel grid), the rest from sajag.svg.
# The outputs are committed, so builds never need these tools. Needs (Debian): librsvg2-bin
# (rsvg-convert), icoutils (icotool), python3.
#
#   installer/icons.sh
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
for tool in rsvg-convert icotool python3; do
  command -v "$tool" >/dev/null || { echo "icons.sh: $tool is missing (apt-get install librsvg2-bin icoutils python3)" >&2; exit 1; }
done

mkdir -p png
for size in 16 24; do
  rsvg-convert --width "$size" --height "$size" sajag-small.svg --output "png/sajag-$size.png"
done
for size in 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" sajag.svg --output "png/sajag-$size.png"
done

icotool --create --output sajag.ico \
  png/sajag-16.png png/sajag-24.png png/sajag-32.png png/sajag-48.png png/sajag-64.png \
  --raw=png/sajag-128.png --raw=png/sajag-256.png

# An .icns file is a big-endian container: "icns", total length, then (type, length, data) entries.
# Since macOS 10.7 every entry below may hold a plain PNG.
python3 - <<'PY'
import struct
entries = [  # (type, pixel size): what `iconutil -c icns` writes for a full .iconset
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512),
]
body = b""
for kind, size in entries:
    with open(f"png/sajag-{size}.png", "rb") as f:
        data = f.read()
    body += kind + struct.pack(">I", 8 + len(data)) + data
with open("sajag.icns", "wb") as f:
    f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY

ls -l png sajag.ico sajag.icns
