#!/usr/bin/env bash
# Installs what the tests need: npm packages and a Chromium for Playwright.
# Uses the system Chromium when there is one (Debian's package on CI); otherwise Playwright's.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi

if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then
	exit 0
fi
for candidate in /usr/bin/chromium /usr/bin/chromium-browser; do
	[ -x "$candidate" ] && exit 0
done
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	exit 0
fi
npx playwright install chromium
