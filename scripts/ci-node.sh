#!/usr/bin/env bash
# Usage: scripts/ci-node.sh MAJOR
# Installs the newest Node.js MAJOR.x from the npm registry's node-<os>-<arch>
# package (the official binaries, published by the Node.js project) and prints
# the directory holding its `node`. The registry is the one download CI is
# allowed, so no nodejs.org, no nvm. The package carries node only (no npm):
# callers put this directory first in PATH and run the machine's npm with it,
# so npm's engine checks and every `#!/usr/bin/env node` see this Node.
set -euo pipefail

major="${1:?usage: scripts/ci-node.sh MAJOR (e.g. 24)}"
case "$major" in
  '' | *[!0-9]*) echo "scripts/ci-node.sh: MAJOR must be a number like 24, got '$major'" >&2; exit 2 ;;
esac

platform="$(node -p 'process.platform + "-" + process.arch')"
package="node-${platform}"
cache="${BUFFER_GITOPS_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/buffer-gitops/node}"
mkdir -p "$cache"

# npm pack resolves MAJOR to the newest MAJOR.x.y and writes the tarball here.
filename="$(cd "$cache" && npm pack --silent "${package}@${major}" | tail -n 1)"
version="${filename#"${package}-"}"
version="${version%.tgz}"
target="$cache/${package}-${version}"
if [ ! -x "$target/package/bin/node" ]; then
  rm -rf "$target.partial"
  mkdir -p "$target.partial"
  tar -xzf "$cache/$filename" -C "$target.partial"
  rm -rf "$target"
  mv "$target.partial" "$target"
fi

bin="$target/package/bin"
actual="$("$bin/node" --version)"
if [ "$actual" != "v${version}" ]; then
  echo "scripts/ci-node.sh: ${package}@${version} unpacked a node that says ${actual}" >&2
  exit 1
fi
echo "$bin"
