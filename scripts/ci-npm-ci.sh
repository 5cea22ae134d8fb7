#!/usr/bin/env bash
# `npm ci` with the `node` first in PATH, failing when npm says the installed
# tree does not fit that Node (EBADENGINE) or that a dependency's install
# script is neither allowed nor denied in package.json's allowScripts (npm 11).
# Both are warnings npm would let pass; here they fail the build, so the
# supported range in `engines` stays what CI really installs and runs.
set -euo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "npm ci on Node $(node --version), npm $(npm --version)"
# npm writes its warnings to stderr; keep both streams, show them, then judge.
status=0
npm ci --no-audit --no-fund >"$log" 2>&1 || status=$?
cat "$log"
if [ "$status" -ne 0 ]; then
  echo "npm ci failed (exit $status) on Node $(node --version)." >&2
  exit "$status"
fi
if grep -q 'EBADENGINE' "$log"; then
  echo "npm ci on Node $(node --version) printed EBADENGINE: a dependency does not support this Node. Fix the dependency or the 'engines' range in package.json." >&2
  exit 1
fi
if grep -q 'allowScripts' "$log"; then
  echo "npm ci printed dependencies whose install scripts are not in package.json's allowScripts. Review them and run 'npm install-scripts approve <pkg>' or 'npm install-scripts deny <pkg>' (README: Contributing)." >&2
  exit 1
fi
