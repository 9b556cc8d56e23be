#!/usr/bin/env bash
# The one test command (npm test): sets up what the tests need on a fresh machine, then type-checks, lints,
# builds the UI and runs every test. Ends with the totals alone on a line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation) >/tmp/pmo-chromium-install.log 2>&1 \
      || { echo "Installing chromium failed; see /tmp/pmo-chromium-install.log"; exit 1; }
  else
    echo "The browser tests need Debian's chromium. Run: sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium fonts-liberation"
    exit 1
  fi
fi

status=0
# npm puts node_modules/.bin first on PATH, so `node` here is the Forge runtime's Node from the `node` dependency.
echo "== Node $(node --version) (the Forge runtime's major, from the node dependency)"
step() { echo "== $1"; shift; "$@" || { echo "FAILED: $*"; status=1; }; }
step "type-check" npx tsc -p . --noEmit
step "lint" npx eslint .
step "format (npm run format writes it)" npx prettier --check --log-level warn "**/*.{ts,tsx,js,mjs,cjs,css}"
step "build the UI" npx tsx scripts/build-ui.ts

mkdir -p .data
rm -f .data/jest-results.json
npx jest --json --outputFile=.data/jest-results.json "$@" || status=1
if [ -f .data/jest-results.json ]; then
  node -e 'const r=require("./.data/jest-results.json"); const failed=r.numFailedTests+(r.numRuntimeErrorTestSuites||0); console.log(`${r.numPassedTests} passed, ${failed} failed${r.numPendingTests?`, ${r.numPendingTests} skipped`:""}`); if(r.numTotalTests===0){process.exit(1)}' || status=1
else
  echo "0 passed, 1 failed"
  status=1
fi
exit $status
