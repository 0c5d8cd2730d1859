#!/usr/bin/env bash
# A PostgreSQL for the hub tests on a bare Debian 12 (CI runs as root, without systemd): install it with apt, start the
# cluster with pg_ctlcluster, make a role and a database, and write the URL to .ci/postgres.env for the tests to read.
# Idempotent: running it again finds everything in place and only makes sure the cluster is running.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_ROLE="${PG_ROLE:-inspector}"
PG_DB="${PG_DB:-inspector_hub}"
PG_PORT="${PG_PORT:-5432}"
ENV_FILE=".ci/postgres.env"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
# Commands run as the postgres user: runuser as root (no sudo on a bare CI machine), sudo otherwise.
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  # Installing postgresql asks no questions but its postinst tries to start the service through invoke-rc.d;
  # with no init system that only warns (kept in apt-install's log), and we start the cluster ourselves below.
  bash .ci/apt-install.sh postgresql postgresql-contrib
fi

PG_VERSION="$(ls /usr/lib/postgresql | sort -V | tail -1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$PG_VERSION main"; then
  $SUDO pg_createcluster "$PG_VERSION" main --port "$PG_PORT"
fi
CLUSTER_PORT="$(pg_lsclusters -h | awk -v v="$PG_VERSION" '$1==v && $2=="main" {print $3}')"

# pg_ctlcluster runs postgres as the postgres user, without systemd; "start" fails when already up, so ask first.
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  $SUDO pg_ctlcluster "$PG_VERSION" main start
fi
for _ in $(seq 1 30); do
  as_postgres pg_isready -q -p "$CLUSTER_PORT" && break
  sleep 1
done

psql_as_postgres() { (cd / && as_postgres psql -p "$CLUSTER_PORT" -v ON_ERROR_STOP=1 -qAt "$@"); }

# A test-only password on loopback; the hub tests need a TCP login, not a secret.
PG_PASSWORD="${PG_PASSWORD:-inspector-ci}"
if [ "$(psql_as_postgres -c "SELECT 1 FROM pg_roles WHERE rolname='$PG_ROLE'")" != 1 ]; then
  psql_as_postgres -c "CREATE ROLE $PG_ROLE LOGIN PASSWORD '$PG_PASSWORD' CREATEDB"
fi
if [ "$(psql_as_postgres -c "SELECT 1 FROM pg_database WHERE datname='$PG_DB'")" != 1 ]; then
  psql_as_postgres -c "CREATE DATABASE $PG_DB OWNER $PG_ROLE"
fi
# The scale test runs 2 hub processes with pools, 20 benches: the default 100 connections is plenty.

URL="postgresql+psycopg://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$CLUSTER_PORT/$PG_DB"
printf 'INSPECTOR_TEST_PG_URL=%s\n' "$URL" > "$ENV_FILE"
echo "PostgreSQL $PG_VERSION ready: INSPECTOR_TEST_PG_URL written to $ENV_FILE"
echo "export INSPECTOR_TEST_PG_URL=$URL"
