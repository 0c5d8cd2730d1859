#!/usr/bin/env bash
# CUPS with its PDF virtual printer, so a test can print a label through Qt and read the result back.
#
# Idempotent; runs as root (or with sudo) on a fresh Debian 12, with or without systemd: containers and CI have no
# init system running, so cupsd is started directly when the scheduler does not answer.
# Prints the folder where the PDF queue writes its files (the last line of output, for scripts).
set -euo pipefail

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
QUEUE="${CUPS_PDF_QUEUE:-PDF}"
# One fixed folder per user instead of cups-pdf's default ~/PDF: root's jobs and CI's land somewhere predictable.
OUT_ROOT="/var/spool/cups-pdf"

# The scheduler first, then the PDF driver: the driver's install script waits ten seconds for a running scheduler and
# prints "CUPS failed to reload its configuration!" when there is none (no init system starts it here).
bash "$(dirname "$0")/apt-install.sh" cups cups-client cups-bsd

scheduler_up() { lpstat -r 2>/dev/null | grep -q "is running"; }

if ! scheduler_up; then
    if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
        $SUDO systemctl start cups || true
    fi
fi
if ! scheduler_up; then
    $SUDO mkdir -p /run/cups
    # Without -f cupsd daemonises itself and outlives this script, as the queue must.
    $SUDO cupsd
fi
for _ in $(seq 1 50); do
    scheduler_up && break
    sleep 0.2
done
scheduler_up || { echo "cups-setup: the CUPS scheduler did not start" >&2; exit 1; }
bash "$(dirname "$0")/apt-install.sh" printer-driver-cups-pdf

CONF=/etc/cups/cups-pdf.conf
if [ -f "$CONF" ] && ! grep -q "^Out ${OUT_ROOT}/\${USER}" "$CONF"; then
    $SUDO sed -i -e '/^Out /d' "$CONF"
    echo "Out ${OUT_ROOT}/\${USER}" | $SUDO tee -a "$CONF" >/dev/null
fi
$SUDO mkdir -p "$OUT_ROOT"
$SUDO chmod 1777 "$OUT_ROOT"


if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    PPD=""
    for candidate in /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd /usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd \
                     /usr/share/ppd/cups-pdf/CUPS-PDF.ppd; do
        if [ -f "$candidate" ]; then PPD="$candidate"; break; fi
    done
    if [ -n "$PPD" ]; then
        $SUDO lpadmin -p "$QUEUE" -v cups-pdf:/ -E -P "$PPD"
    else
        $SUDO lpadmin -p "$QUEUE" -v cups-pdf:/ -E -m everywhere 2>/dev/null \
            || $SUDO lpadmin -p "$QUEUE" -v cups-pdf:/ -E
    fi
fi
$SUDO cupsenable "$QUEUE" 2>/dev/null || true
$SUDO cupsaccept "$QUEUE" 2>/dev/null || true

lpstat -p "$QUEUE"
echo "cups-setup: queue $QUEUE writes PDFs to ${OUT_ROOT}/<user> (root's: ${OUT_ROOT}/root)"
echo "${OUT_ROOT}"
