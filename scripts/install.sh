#!/usr/bin/env bash
# Installs everything the app needs on a machine with only Node 20+ and npm:
# pnpm and the workspace's packages (better-sqlite3 compiled from source); the root
# postinstall then builds shared, server and client, so `pnpm start` works right after.
# With --with-browser it also installs Debian's Chromium for the browser tests, and
# poppler-utils (pdftotext, pdfinfo) with which the export tests read PDFs back.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "==> installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi

if [ "${1:-}" = "--with-browser" ] && [ ! -x /usr/bin/chromium ]; then
  echo "==> installing Chromium (Debian package) for the browser tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ "${1:-}" = "--with-browser" ] && [ ! -x /usr/bin/pdftotext ]; then
  echo "==> installing poppler-utils (Debian package) for the export tests"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq poppler-utils >/dev/null
fi

# Prebuilt binaries and Node headers cannot be downloaded here: build native modules against
# the local headers. pnpm reads this only from the environment, not from .npmrc.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi

echo "==> installing packages and building (postinstall runs pnpm build)"
pnpm install --frozen-lockfile
