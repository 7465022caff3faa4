# Sourced: makes sure Java is there for the Nu Html Checker (vnu-jar runs on the JVM; its own
# downloader cannot reach the network here), from Debian's default-jre-headless.
# shellcheck shell=bash
if ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing Debian's default-jre-headless for the HTML check" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
  else
    echo "error: Java is missing. Run: sudo apt-get install -y default-jre-headless" >&2
    exit 1
  fi
fi
