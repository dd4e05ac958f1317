#!/usr/bin/env bash
# Finds a Chromium for Playwright and Lighthouse, or installs Debian's (the tests never download one).
# Sourced by scripts/test-all.sh; exports CHROMIUM_PATH.
set -euo pipefail

find_chromium() {
  for c in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser; do
    if [ -n "$c" ] && [ -x "$c" ]; then echo "$c"; return 0; fi
  done
  return 1
}

have_cjk_fonts() { fc-list :lang=zh 2>/dev/null | grep -q .; }

if ! path=$(find_chromium) || ! have_cjk_fonts; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "==> Installing Debian's chromium and fonts-noto-cjk (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
    path=$(find_chromium)
  else
    echo "The tests need Chromium and a Chinese font. Install them, e.g. on Debian/Ubuntu:" >&2
    echo "  sudo apt-get install -y chromium fonts-noto-cjk" >&2
    echo "or point CHROMIUM_PATH at an existing Chromium/Chrome binary." >&2
    exit 1
  fi
fi
export CHROMIUM_PATH=$path
echo "==> Using Chromium at $CHROMIUM_PATH"
