#!/usr/bin/env bash
# Makes sure a Chromium exists for the end-to-end tests, saying what it does.
# Order: $CHROMIUM_PATH, Debian's chromium, Playwright's own browser; else
# install Debian's package (root on Debian) or Playwright's download.
set -u

have() { [ -n "${1:-}" ] && [ -x "$1" ]; }
if have "${CHROMIUM_PATH:-}" || have /usr/bin/chromium || have /usr/bin/chromium-browser; then
  exit 0
fi
if node -e "require('fs').accessSync(require('@playwright/test').chromium.executablePath())" 2>/dev/null; then
  exit 0
fi

echo "No Chromium found for the end-to-end tests."
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium package: apt-get update && apt-get install -y chromium"
  if apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; then
    echo "Installed $(/usr/bin/chromium --version 2>/dev/null)"
    exit 0
  fi
fi
echo "Trying Playwright's browser download: npx playwright install chromium"
if timeout 300 npx playwright install chromium; then
  exit 0
fi
cat >&2 <<'MSG'
Could not get a Chromium. Install one, then run the tests again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  elsewhere:      npx playwright install chromium
  or point to one: CHROMIUM_PATH=/path/to/chromium npm test
MSG
exit 1
