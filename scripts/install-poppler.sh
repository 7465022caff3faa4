# Sourced: makes sure the document readers the tests use are there, from Debian's packages:
# poppler's pdftoppm, pdftotext and pdfinfo (the printed story, the leaflets) and zbar's zbarimg
# (the leaflet's QR code must decode to the story's address).
# shellcheck shell=bash
if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 || ! command -v zbarimg >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian's poppler-utils and zbar-tools for the print and leaflet tests" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils zbar-tools >/dev/null
  else
    echo "error: pdftoppm or zbarimg is missing. Run: sudo apt-get install -y poppler-utils zbar-tools" >&2
    exit 1
  fi
fi
