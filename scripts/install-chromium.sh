# Sourced: makes sure Debian's Chromium is there for the end-to-end tests (Playwright cannot
# download its own browser on this network).
# shellcheck shell=bash
if ! command -v chromium >/dev/null 2>&1 && [ -z "${CHROMIUM_PATH:-}" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian's chromium for the end-to-end tests" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "error: Chromium is missing. Run: sudo apt-get install -y chromium (or set CHROMIUM_PATH)" >&2
    exit 1
  fi
fi
