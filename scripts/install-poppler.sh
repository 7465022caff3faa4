# Sourced: makes sure poppler's pdftoppm and pdftotext are there for the print test (it reads the
# pages of the story printed to PDF by Chromium), from Debian's poppler-utils.
# shellcheck shell=bash
if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian's poppler-utils for the print test" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
  else
    echo "error: pdftoppm is missing. Run: sudo apt-get install -y poppler-utils" >&2
    exit 1
  fi
fi
