#!/usr/bin/env bash
# Checks the two Windows programs as Explorer and the shell will see them, with the mingw binutils
# (no Windows needed):
#   - sajag.exe is a GUI-subsystem program (no console window when the app is started) and
#     sajag.com a console-subsystem one (the command line, for cmd and PowerShell);
#   - both carry an icon (RT_ICON + RT_GROUP_ICON, with as many images as assets/icon/sajag.ico) and
#     a version resource (RT_VERSION) whose strings name the product, company, description, file
#     name and the version in Cargo.toml.
#
#   installer/windows/check-exe.sh path/to/sajag.exe path/to/sajag.com    (or sajag-cli.exe)
#
# Needs binutils-mingw-w64-x86-64 (comes with gcc-mingw-w64-x86-64) and python3. .ci/run runs it on
# a cross build; the release workflow's Windows job checks the same on the MSVC build with
# PowerShell.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -eq 2 ] || { echo "usage: $0 SAJAG.EXE SAJAG.COM" >&2; exit 2; }
objdump=x86_64-w64-mingw32-objdump
objcopy=x86_64-w64-mingw32-objcopy
command -v "$objdump" >/dev/null || { echo "check-exe.sh: $objdump is missing: apt-get install binutils-mingw-w64-x86-64" >&2; exit 2; }
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)

check() { # FILE SUBSYSTEM FILE_NAME DESCRIPTION
  local file=$1 subsystem=$2 name=$3 description=$4 headers rsrc dump rc=0
  headers=$("$objdump" -p "$file")
  grep -q "^Subsystem.*($subsystem)" <<<"$headers" ||
    { echo "check-exe.sh: $file: not a $subsystem program: $(grep '^Subsystem' <<<"$headers")" >&2; return 1; }
  rsrc=$(mktemp)
  dump=$(mktemp)
  "$objcopy" -O binary --only-section=.rsrc "$file" "$rsrc"
  printf '%s\n' "$headers" >"$dump"
  # The resource type table (objdump -p) and the strings of the version block (UTF-16 in .rsrc).
  python3 - "$dump" "$rsrc" "assets/icon/sajag.ico" "$version" "$name" "$description" "$file" <<'EOF' || rc=$?
import re, struct, sys
dump_path, rsrc_path, ico_path, version, name, description, file = sys.argv[1:]
headers = open(dump_path, encoding="utf-8", errors="replace").read()
section = headers.split("The .rsrc Resource Directory section:", 1)
if len(section) != 2:
    sys.exit(f"check-exe.sh: {file}: no resource section")
# Entries of the type table: three spaces of indent (names: two levels deeper).
types = {int(m, 16) for m in re.findall(r"^[0-9a-f]{3}   Entry: ID: 0x([0-9a-f]+)", section[1], re.M)}
RT_ICON, RT_GROUP_ICON, RT_VERSION = 3, 14, 16
missing = [n for n, t in [("icon", RT_ICON), ("icon group", RT_GROUP_ICON), ("version", RT_VERSION)] if t not in types]
if missing:
    sys.exit(f"check-exe.sh: {file}: no {', no '.join(missing)} resource (types: {sorted(types)})")
icons = len(re.findall(r"^[0-9a-f]{3}     Entry: ID", section[1].split("Entry: ID: 0x00000e", 1)[0], re.M))
ico = open(ico_path, "rb").read()
reserved, kind, count = struct.unpack_from("<HHH", ico)
if (reserved, kind) != (0, 1):
    sys.exit(f"check-exe.sh: {ico_path} is not an .ico file")
if icons != count:
    sys.exit(f"check-exe.sh: {file}: {icons} icon images, {ico_path} has {count}")
text = open(rsrc_path, "rb").read().decode("utf-16-le", errors="replace")
want = {"ProductName": "Sajag", "ProductVersion": version, "FileVersion": version,
        "CompanyName": "The Sajag project", "FileDescription": description,
        "OriginalFilename": name}
for key, value in want.items():
    # In a VERSIONINFO String block the key is followed by NUL padding, then the value.
    if not re.search(re.escape(key) + "\x00+" + re.escape(value) + "\x00", text):
        sys.exit(f"check-exe.sh: {file}: version resource lacks {key} = {value!r}")
print(f"check-exe.sh: {file}: {count} icon images, version {version}, {description!r}")
EOF
  rm -f "$rsrc" "$dump"
  return $rc
}

check "$1" "Windows GUI" sajag.exe "Sajag"
check "$2" "Windows CUI" sajag.com "Sajag command line"
echo "check-exe.sh: sajag.exe opens no console; sajag.com is the command line; both have icon and version"
