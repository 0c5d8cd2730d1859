#!/usr/bin/env bash
# CI's check of the Debian packages `make dist` put in dist/, as root on the CI machine (`make deb-check`):
#   1. apt installs inspector-bench (with its Qt runtime dependencies) and the bench starts, headless, from the
#      installed files to its first paint in a fresh data dir; then, with a bench running, the same .deb is
#      installed again (dpkg's upgrade path): the preinst and postinst name the running bench, which keeps running;
#   2. apt installs inspector-hub: /etc/default/inspector-hub (it may hold the database password) is
#      root:inspector-hub 0640, also after a reinstall over an admin's edit (kept); `systemd-analyze verify` accepts
#      the unit; its command serves /v1/health, /healthz, /readyz and /metrics (with the hub's own metrics: the
#      prometheus client is in the hub's environment) as the service's own user;
#   3. apt removes, then purges, both: the commands are gone, the bench's and the hub's data are still there.
# Any failure stops it with a message saying what was wrong; the packages it installed are purged then too, so a
# rerun starts clean. At the end, the measured figures (sizes, install times) in one block for CI's log.
set -euo pipefail
cd "$(dirname "$0")/.."

fail() { echo "deb-check: FAILED: $*" >&2; exit 1; }
step() { echo "deb-check: $*"; }
seconds_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
mib() { awk -v n="$1" -v unit="$2" 'BEGIN { printf "%.1f", n * unit / 1048576 }'; }   # mib COUNT UNIT-BYTES

[ "$(id -u)" = 0 ] || fail "run as root (apt installs the packages): sudo make deb-check"
shopt -s nullglob
benches=(dist/inspector-bench_*.deb)
hubs=(dist/inspector-hub_*.deb)
[ "${#benches[@]}" = 1 ] && [ "${#hubs[@]}" = 1 ] || fail "expected one inspector-bench and one inspector-hub .deb in dist/ (make dist)"
bench_deb="$(realpath "${benches[0]}")"
hub_deb="$(realpath "${hubs[0]}")"
export DEBIAN_FRONTEND=noninteractive
PACKAGES=(inspector-bench inspector-hub)

# Known to dpkg in any state but "not installed" (installed, half-installed, config files left, ...).
known() { local status; status="$(dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null)" && [ "${status:1:1}" != n ]; }
for package in "${PACKAGES[@]}"; do
    ! known "$package" || fail "$package is on this machine already ($(dpkg-query -W -f='${Status}' "$package")): apt-get purge $package first"
done

work="$(mktemp -d /var/tmp/deb-check.XXXXXX)"
hub_pid=""
bench_pid=""
hub_db_file=""
installing=""    # set once this run starts installing: only then does the cleanup purge the packages
cleanup() {
    [ -z "$bench_pid" ] || kill "$bench_pid" 2>/dev/null || true
    [ -z "$hub_pid" ] || kill "$hub_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    if [ -n "$installing" ]; then
        local package left=()
        for package in "${PACKAGES[@]}"; do ! known "$package" || left+=("$package"); done
        if [ "${#left[@]}" != 0 ]; then
            echo "deb-check: cleanup: purging ${left[*]}" >&2
            dpkg --purge "${left[@]}" >"$work/purge.log" 2>&1 || { cat "$work/purge.log" >&2; echo "deb-check: cleanup: dpkg --purge ${left[*]} failed" >&2; }
        fi
    fi
    rm -rf "$work"
    [ -z "$hub_db_file" ] || rm -f "$hub_db_file" "$hub_db_file-wal" "$hub_db_file-shm"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

apt_install() {   # apt_install SECONDS-VARIABLE APT-ARGS...: apt's output goes to $work/apt.log, shown on failure
    local -n took="$1"
    shift
    local started=$EPOCHREALTIME
    if ! apt-get install -y -q --no-install-recommends "$@" >"$work/apt.log" 2>&1; then
        cat "$work/apt.log" >&2
        fail "apt-get install $*"
    fi
    took="$(seconds_since "$started")"
}

# 1. The bench.
installing=1
apt_install bench_install_s "$bench_deb"
step "installed $(basename "$bench_deb") in $bench_install_s s"
[ "$(command -v inspector)" = /usr/bin/inspector ] || fail "inspector is not /usr/bin/inspector: $(command -v inspector || echo missing)"
version="$(cd / && env -u PYTHONPATH inspector --version)"
step "inspector --version: $version"
[ "$version" = "inspector $(dpkg-query -W -f='${Version}' inspector-bench | sed 's/-[^-]*$//')" ] \
    || fail "inspector --version says '$version', the package is $(dpkg-query -W -f='${Version}' inspector-bench)"
where="$(cd / && env -u PYTHONPATH /opt/venvs/inspector-bench/bin/python -c \
    'import inspector, inspector.paths, PySide6; print(inspector.__file__, inspector.paths.RESOURCES_DIR, PySide6.__file__)')"
for path in $where; do
    case "$path" in /opt/venvs/inspector-bench/*) ;; *) fail "the installed bench uses $path, outside /opt/venvs/inspector-bench" ;; esac
done
step "the installed files are used: $where"
for file in /usr/share/applications/return-inspector.desktop /usr/share/icons/hicolor/scalable/apps/return-inspector.svg; do
    [ -f "$file" ] || fail "$file is missing"
done
! command -v desktop-file-validate >/dev/null || desktop-file-validate /usr/share/applications/return-inspector.desktop

# The data dir is where a user's would be ($HOME/.local/share/return-inspector), in a throwaway home.
home="$work/home"
data_dir="$home/.local/share/return-inspector"
mkdir -p "$home"
bench_env=(env -u PYTHONPATH -u XDG_DATA_HOME -u XDG_CACHE_HOME HOME="$home" QT_QPA_PLATFORM=offscreen)
started=$EPOCHREALTIME
painted="$(cd / && "${bench_env[@]}" INSPECTOR_EXIT_AFTER_FIRST_PAINT=1 timeout 120 inspector --data-dir "$data_dir" \
    2>"$work/bench.err")" && status=0 || status=$?
[ "$status" = 0 ] || { cat "$work/bench.err" >&2; fail "the installed bench did not reach its first paint (exit $status)"; }
grep -Eq '^first-paint [0-9]+\.[0-9]+$' <<<"$painted" || { cat "$work/bench.err" >&2; fail "no first-paint line: $painted"; }
first_paint_s="$(awk -v a="$started" -v b="${painted#first-paint }" 'BEGIN { printf "%.2f", b - a }')"
step "installed bench: $painted ($first_paint_s s after the start)"
[ -f "$data_dir/bench.sqlite3" ] || fail "the bench made no database in $data_dir"
# The shipped .qm catalogues are current: the bench built none into the user's cache.
[ ! -e "$home/.cache/return-inspector/translations" ] || fail "the bench rebuilt its catalogues: the package's .qm files are stale or missing"

# An upgrade while a bench runs (the same .deb again: dpkg runs the new preinst with "upgrade"). The bench is up
# when its lock file names it (inspector/instance_lock.py); its process is the venv's python running /usr/bin/inspector.
(cd / && exec "${bench_env[@]}" timeout 300 inspector --data-dir "$data_dir") >"$work/running-bench.log" 2>&1 &
bench_pid=$!
running=""
for _ in $(seq 300); do
    read -r holder _ 2>/dev/null <"$data_dir/bench.lock" || holder=""
    command_line="$([ -z "$holder" ] || tr '\0' ' ' 2>/dev/null <"/proc/$holder/cmdline" || true)"
    if [[ "$command_line" == /opt/venvs/inspector-bench/bin/python* ]]; then
        running="$holder"; break
    fi
    kill -0 "$bench_pid" 2>/dev/null || break
    sleep 0.2
done
[ -n "$running" ] || { cat "$work/running-bench.log" >&2; fail "the bench started for the upgrade check did not take its lock"; }
apt_install bench_reinstall_s --reinstall "$bench_deb"
grep -q "process $running of user root: /opt/venvs/inspector-bench/bin/python" "$work/apt.log" \
    && grep -q "close them and start them again" "$work/apt.log" \
    || { cat "$work/apt.log" >&2; fail "the upgrade named no running bench (process $running)"; }
grep -q " $running still run the previous version" "$work/apt.log" \
    || { cat "$work/apt.log" >&2; fail "the postinst did not remind of the bench still running (process $running)"; }
kill -0 "$running" 2>/dev/null || fail "the upgrade stopped the running bench"
step "reinstalled $(basename "$bench_deb") over a running bench in $bench_reinstall_s s: warned, bench kept running:"
grep -E '^(inspector-bench: |  process )' "$work/apt.log" | sed 's/^/    /'
kill "$bench_pid"
wait "$bench_pid" 2>/dev/null || true
bench_pid=""

# 2. The hub.
apt_install hub_install_s "$hub_deb"
step "installed $(basename "$hub_deb") in $hub_install_s s"
getent passwd inspector-hub >/dev/null || fail "the inspector-hub user was not made"
[ "$(stat -c %U /var/lib/inspector-hub)" = inspector-hub ] || fail "/var/lib/inspector-hub is not owned by inspector-hub"
settings=/etc/default/inspector-hub
[ -f "$settings" ] || fail "$settings is missing"
settings_mode() { stat -c '%U:%G %a' "$settings"; }
[ "$(settings_mode)" = "root:inspector-hub 640" ] || fail "$settings is $(settings_mode), not root:inspector-hub 640 (it may hold the database password)"
# An admin's edit survives a reinstall (a conffile), and a mode opened by hand is closed again.
sed -i 's/^INSPECTOR_HUB_ARGS=.*/INSPECTOR_HUB_ARGS=--log-level info/' "$settings"
chmod 0644 "$settings"
apt_install hub_reinstall_s --reinstall "$hub_deb"
grep -qx 'INSPECTOR_HUB_ARGS=--log-level info' "$settings" || fail "reinstalling the hub lost the edit of $settings"
[ "$(settings_mode)" = "root:inspector-hub 640" ] || fail "after a reinstall, $settings is $(settings_mode), not root:inspector-hub 640"
step "$settings: root:inspector-hub 640, also after a reinstall ($hub_reinstall_s s) over an edit, which it kept"
unit=/lib/systemd/system/inspector-hub.service
[ -f "$unit" ] || fail "the inspector-hub.service unit is missing"
if command -v systemd-analyze >/dev/null; then
    # Works without systemd as PID 1 (a container): it checks the file, its directives and the ExecStart program.
    verified="$(systemd-analyze verify "$unit" 2>&1)" && status=0 || status=$?
    [ "$status" = 0 ] && ! grep -q 'inspector-hub' <<<"$verified" || fail "systemd-analyze verify $unit (exit $status): $verified"
    step "systemd-analyze verify $unit: no complaint"
else
    step "NOTE: systemd-analyze is not installed (package systemd): the unit was not verified"
fi
/opt/venvs/inspector-hub/bin/python -c 'import importlib.util as u, sys; sys.exit(u.find_spec("PySide6") is not None)' \
    || fail "the hub's environment has PySide6 in it"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
hub_db_file="/var/lib/inspector-hub/deb-check-$$.sqlite3"   # where the service keeps its own: kept after purge
(cd / && exec runuser -u inspector-hub -- env -u PYTHONPATH inspector-hub hub serve --db "sqlite:///$hub_db_file" \
    --host 127.0.0.1 --port "$port" --photos /var/lib/inspector-hub/photos) >"$work/hub.log" 2>&1 &
hub_pid=$!
get() {   # GET PATH: prints "status first-200-characters", the whole body into $work/body; waits up to 30 s for the hub
    python3 - "http://127.0.0.1:$port$1" "$work/body" <<'PY'
import sys, time, urllib.error, urllib.request
for _ in range(150):
    try:
        with urllib.request.urlopen(sys.argv[1], timeout=5) as reply:
            status, body = reply.status, reply.read()
        break
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()
        break
    except OSError:
        time.sleep(0.2)
else:
    status, body = "unreachable", b""
open(sys.argv[2], "wb").write(body)
print(status, body.decode(errors="replace")[:200].replace("\n", " "))
PY
}
for path in /v1/health /healthz /readyz /metrics; do
    answer="$(get "$path")"
    [ "${answer%% *}" = 200 ] || { cat "$work/hub.log" >&2; fail "GET $path: $answer"; }
    step "installed hub: GET $path: ${answer:0:100}"
done
grep -q '^inspector_hub_' "$work/body" || { cat "$work/body" >&2; fail "GET /metrics has no inspector_hub_ line (prometheus-client missing from the hub's environment?)"; }
step "installed hub: /metrics has $(grep -c '^inspector_hub_' "$work/body") inspector_hub_ lines"
kill "$hub_pid"
wait "$hub_pid" 2>/dev/null || true
hub_pid=""
[ -f "$hub_db_file" ] || fail "the hub made no database at $hub_db_file"

# 3. Remove, then purge: the programs go, the data stays.
apt-get remove -y -q "${PACKAGES[@]}" >"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; fail "apt-get remove"; }
for gone in /usr/bin/inspector /usr/bin/inspector-hub /opt/venvs/inspector-bench/bin/python /opt/venvs/inspector-hub/bin/python; do
    [ ! -e "$gone" ] || fail "$gone is still there after apt-get remove"
done
[ -f "$data_dir/bench.sqlite3" ] || fail "apt-get remove deleted the bench's data ($data_dir)"
[ -f "$hub_db_file" ] || fail "apt-get remove deleted the hub's data ($hub_db_file)"
step "removed: the commands are gone, the data is there"
# What remove left behind (the hub's conffile; the bench has none, so dpkg forgot it already).
left=()
for package in "${PACKAGES[@]}"; do ! known "$package" || left+=("$package"); done
[ "${#left[@]}" = 0 ] || apt-get purge -y -q "${left[@]}" >"$work/apt.log" 2>&1 \
    || { cat "$work/apt.log" >&2; fail "apt-get purge ${left[*]}"; }
for package in "${PACKAGES[@]}"; do
    ! known "$package" || fail "$package is still known to dpkg after purge"
done
[ ! -e "$settings" ] || fail "$settings is still there after purge"
[ -f "$data_dir/bench.sqlite3" ] || fail "apt-get purge deleted the bench's data ($data_dir)"
[ -f "$hub_db_file" ] && [ -d /var/lib/inspector-hub/photos ] || fail "apt-get purge deleted the hub's data in /var/lib/inspector-hub"
step "purged ${left[*]}: the settings file is gone, the bench's data and /var/lib/inspector-hub are there"
step "OK"

figure() {   # figure DEB INSTALL-SECONDS REINSTALL-SECONDS
    printf 'deb-check:   %-34s %7s MiB   Installed-Size %7s MiB   apt install %5s s   reinstall %5s s\n' \
        "$(basename "$1")" "$(mib "$(stat -c %s "$1")" 1)" "$(mib "$(dpkg-deb -f "$1" Installed-Size)" 1024)" "$2" "$3"
}
echo "deb-check: ---- figures ----"
figure "$bench_deb" "$bench_install_s" "$bench_reinstall_s"
figure "$hub_deb" "$hub_install_s" "$hub_reinstall_s"
echo "deb-check:   installed bench's first paint: $first_paint_s s after its start (offscreen)"
echo "deb-check: ------------------"
