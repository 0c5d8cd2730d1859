#!/usr/bin/env bash
# Runs the test suite under shifted clocks: libfaketime moves the clock of every process the tests start (the hub
# and the CLI too) to the moment given, in the time zone given, and lets it run on from there.
#
#   tests/shifted_clocks.sh                      # every moment below
#   tests/shifted_clocks.sh 2028-02-29T23:59:30@UTC 2026-12-31T23:59:30@Europe/Bucharest
#
# Each moment is DATE T TIME @ ZONE, the time on the wall clock of that zone. Extra pytest arguments go in
# PYTEST_ARGS. Every moment runs; the exit is non-zero when any of them failed.
set -euo pipefail
cd "$(dirname "$0")/.."

MOMENTS=(
    2026-11-30T23:59:30@UTC                    # a month's last second: the run crosses into December
    2026-12-31T23:59:30@Europe/Bucharest       # a year's last second
    2027-01-01T00:00:30@Asia/Ho_Chi_Minh       # a year's first minute
    2028-02-29T23:59:30@UTC                    # 29 February, into 1 March
    2026-03-29T02:59:30@Europe/Bucharest       # clocks go forward: 03:00 becomes 04:00
    2026-10-25T03:59:30@Europe/Bucharest       # clocks go back: 04:00 becomes 03:00
    2026-03-29T07:59:30@Asia/Ho_Chi_Minh       # Bucharest's change (01:00 UTC) seen from Ho Chi Minh City (UTC+7)
    2026-12-06T23:59:30@Pacific/Kiritimati     # a bench in UTC+14 at midnight
    2026-12-07T00:00:30@Etc/GMT+12             # a bench in UTC-12 just past midnight
)
if [ "$#" -gt 0 ]; then MOMENTS=("$@"); fi

command -v faketime >/dev/null || { echo "shifted_clocks: faketime is missing (apt-get install faketime)" >&2; exit 2; }
PYTHON="${PYTHON:-.venv/bin/python}"
failed=()
for moment in "${MOMENTS[@]}"; do
    when="${moment%@*}"
    zone="${moment#*@}"
    echo "== clock ${when/T/ } in ${zone}"
    # libfaketime moves the monotonic clock too (leaving it alone breaks Qt's timed waits instead), so a Python wait
    # that must run out would last decades: the few tests that need one are marked monotonic_waits and left out.
    # FAKETIME_DONT_RESET: a process the tests start (the hub, the CLI) goes on from the parent's time, not from the
    # moment again, so it is on the same day as the tests that wait for it.
    # shellcheck disable=SC2086 # PYTEST_ARGS is a list of words
    FAKETIME_DONT_RESET=1 TZ="$zone" QT_QPA_PLATFORM=offscreen faketime -f "@${when/T/ }" "$PYTHON" -m pytest \
        -p no:cacheprovider -m "not monotonic_waits" ${PYTEST_ARGS:-} || failed+=("$moment")
done
# Every moment runs, so one bad night does not hide another.
if [ "${#failed[@]}" -gt 0 ]; then
    echo "shifted_clocks: failed at ${failed[*]}" >&2
    exit 1
fi
echo "shifted_clocks: all ${#MOMENTS[@]} moments passed"
