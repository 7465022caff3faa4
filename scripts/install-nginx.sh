# Sourced: makes sure Debian's nginx is there for tests/e2e/nginx.spec.ts, which serves dist/ with
# the generated dist/nginx.conf (the self-hosting set-up the README describes).
# shellcheck shell=bash
if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian's nginx for the self-hosting test" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  else
    echo "error: nginx is missing. Run: sudo apt-get install -y nginx" >&2
    exit 1
  fi
fi
