# Sourced by the set-up scripts and CI: puts Node 24 LTS first on PATH.
# Where the system Node is older, Node 24 comes from the npm registry's `node@24`
# package, installed once into .cache/node24 (git-ignored).
# shellcheck shell=bash
ROOT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE24_DIR="$ROOT_DIR/.cache/node24"
node_major() { "$1" -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(node_major node)" -lt 24 ]; then
  if [ ! -x "$NODE24_DIR/node_modules/node/bin/node" ]; then
    echo "Node $(node -v 2>/dev/null || echo none) is older than 24: installing node@24 into $NODE24_DIR" >&2
    mkdir -p "$NODE24_DIR"
    npm install --prefix "$NODE24_DIR" --no-save --no-audit --no-fund --loglevel=error node@24 >&2
  fi
  export PATH="$NODE24_DIR/node_modules/node/bin:$PATH"
fi
if [ "$(node_major node)" -lt 24 ]; then
  echo "error: could not put Node 24 on PATH (node is $(node -v)); install Node 24 LTS and retry" >&2
  return 1 2>/dev/null || exit 1
fi
export ASTRO_TELEMETRY_DISABLED=1
