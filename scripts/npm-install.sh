# Sourced: installs the npm packages from the lock file when node_modules is missing or older
# than package-lock.json.
# shellcheck shell=bash
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
