#!/usr/bin/env bash
# Installs what is missing, builds NetSteps and opens its window. Arguments go to netsteps
# (for example: scripts/run.sh --lesson tcp-close --lang zh_CN).
set -euo pipefail

top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/setup.sh" "$top/build"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ] \
   && [ "$(uname -s)" = "Linux" ]; then
  cat >&2 <<MSG
NetSteps is built, but no display is available here (neither DISPLAY nor WAYLAND_DISPLAY is set),
so its window cannot open. You can:
  - render a lesson step to a PNG:  $top/build/src/app/netsteps --lesson tcp-handshake --step 3 --screenshot out.png
  - use the headless tool:          $top/build/src/app/netsteps-cli --help
MSG
  exit 3
fi
exec "$top/build/src/app/netsteps" "$@"
