#!/usr/bin/env bash
# apt-install.sh PACKAGE...: installs the Debian/Ubuntu packages that are missing, as root or
# through sudo, and says which. Installs nothing (and says nothing) when all are there.
set -euo pipefail
missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then SUDO=(); elif command -v sudo >/dev/null; then SUDO=(sudo); else
  echo "Missing Debian packages: ${missing[*]}. Install them as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "  apt-get install ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
opts=(-y -q --no-install-recommends -o DPkg::Lock::Timeout=600)
# A machine that never ran `apt-get update` knows no package: update once, then install.
"${SUDO[@]}" apt-get "${opts[@]}" install "${missing[@]}" >/dev/null 2>&1 || {
  "${SUDO[@]}" apt-get -q -o DPkg::Lock::Timeout=600 update >/dev/null
  "${SUDO[@]}" apt-get "${opts[@]}" install "${missing[@]}" >/dev/null
}
