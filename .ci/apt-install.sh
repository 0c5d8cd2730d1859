#!/usr/bin/env bash
# Installs Debian packages that are not installed yet, quietly: apt's own chatter (debconf, "policy-rc.d denied
# execution" on a machine with no init system, maintainer scripts waiting for services) goes to a log that is shown
# only when the install fails. Used by the Makefile and the service set-up scripts; runs as root or with sudo.
#   bash .ci/apt-install.sh PACKAGE...
set -euo pipefail
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
missing=()
for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ "${#missing[@]}" -eq 0 ] && exit 0
log="$(mktemp)"
echo "apt: installing ${missing[*]}"
if ! { $SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q \
        --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "apt: installing ${missing[*]} failed (the log is above)" >&2
    exit 1
fi
rm -f "$log"
