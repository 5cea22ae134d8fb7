#!/usr/bin/env bash
# The committed dist/ must be exactly what the sources bundle to: the runner
# executes dist/ without installing anything, so a stale bundle would ship
# code nobody reviewed. Run after `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run bundle
if [ -n "$(git status --porcelain -- dist)" ]; then
  echo "dist/ does not match a fresh bundle of the sources. Run 'npm run bundle' and commit dist/." >&2
  git status --porcelain -- dist >&2
  git diff --stat -- dist >&2 || true
  exit 1
fi
echo "dist/ is up to date."
