#!/usr/bin/env bash
# Installs what NetSteps needs to build, run and test on Debian 12 / Ubuntu 24.04,
# then configures and builds it. Idempotent: packages already present are skipped.
# Usage: scripts/setup.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$top/build"}
shift || true

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libgl-dev
  fonts-wqy-microhei
  qt6-translations-l10n          # Qt's own buttons and dialogs in Chinese (qtbase_zh_CN.qm)
  tshark python3
  desktop-file-utils appstream   # the tests validate the installed menu entry and AppStream metadata
  clang libclang-rt-dev          # scripts/fuzz.sh: libFuzzer, ASan and UBSan for the fuzz targets
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "netsteps setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  # tshark asks whether non-root users may capture; answer "no" without a prompt.
  echo "wireshark-common wireshark-common/install-setuid boolean false" | "${sudo_cmd[@]}" debconf-set-selections || true
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$top" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
elif [ $# -gt 0 ]; then
  cmake -S "$top" -B "$build" "$@"
fi
cmake --build "$build" --parallel "$(nproc)"
