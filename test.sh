#!/usr/bin/env bash
# The whole Gameplan test suite: domain, storage (SQLite, and beside it the same suite on PostgreSQL),
# web API, pages, CLI, and the journeys in real Chromium. Installs what is missing (as root,
# or through sudo): Debian's chromium, nginx and postgresql. Exits non-zero on any failure.
#
#   bash test.sh                 everything
#   bash test.sh --filter X      passes --filter X to every `dotnet test` run
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
PG_USER=gameplan
PG_PASSWORD=gameplan-test-only
log() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo "$@"
  else return 1; fi
}

apt_install() {
  log "Installing $* (apt)"
  if [ -z "${APT_UPDATED:-}" ]; then as_root apt-get update -qq && APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  apt_install chromium || echo "warning: could not install chromium; browser journeys will be skipped (they never skip in CI)."
}

ensure_nginx() {
  [ -x /usr/sbin/nginx ] && return 0
  apt_install nginx || echo "warning: could not install nginx; the reverse-proxy tests will be skipped (they never skip in CI)."
}

ensure_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt_install postgresql || { echo "warning: could not install postgresql; the PostgreSQL suite will be skipped."; return 0; }
  fi
  local version
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  if ! pg_lsclusters -h 2>/dev/null | grep -q "^$version main"; then
    as_root pg_createcluster "$version" main >/dev/null
  fi
  # Loopback only: the test server is never reachable from outside this machine.
  echo "listen_addresses = '127.0.0.1'" | as_root tee "/etc/postgresql/$version/main/conf.d/gameplan-loopback.conf" >/dev/null
  if ! pg_lsclusters -h | grep -q "^$version main .* online"; then
    log "Starting PostgreSQL $version on 127.0.0.1"
    as_root pg_ctlcluster "$version" main start
  fi
  local port
  port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')
  as_root su postgres -c "psql -q -p $port -c \"DO \\\$\\\$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '$PG_USER') THEN
        CREATE ROLE $PG_USER LOGIN CREATEDB PASSWORD '$PG_PASSWORD';
      END IF; END \\\$\\\$; GRANT pg_signal_backend TO $PG_USER;\"" >/dev/null
  export GAMEPLAN_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=$PG_USER;Password=$PG_PASSWORD;Database=postgres"
}

TOTAL_PASSED=0 TOTAL_FAILED=0 TOTAL_SKIPPED=0 STATUS=0
# Adds a run's exit code ($1) and its "Failed: N, Passed: N, Skipped: N" lines (log $2) to the totals.
count() {
  [ "$1" = 0 ] || STATUS=1
  while read -r failed passed skipped; do
    TOTAL_FAILED=$((TOTAL_FAILED + failed)); TOTAL_PASSED=$((TOTAL_PASSED + passed)); TOTAL_SKIPPED=$((TOTAL_SKIPPED + skipped))
  done < <(sed -nE 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+), Total.*/\1 \2 \3/p' "$2")
}

run_tests() {
  local label=$1; shift
  log "$label"
  local out
  out=$(mktemp)
  set +e
  dotnet test "$@" --no-build 2>&1 | tee "$out"
  local code=${PIPESTATUS[0]}
  set -e
  count "$code" "$out"
  rm -f "$out"
}

ensure_chromium
ensure_nginx
ensure_postgres
[ -d node_modules/htmx.org ] && [ -d node_modules/smtp-server ] || { log "npm ci"; npm ci --no-audit --no-fund; }
log "Build"
dotnet build Gameplan.slnx -nologo -v quiet

# The storage suite on PostgreSQL runs beside the SQLite runs: it mostly waits for the server, and
# the web tests are the long pole. Its output is printed, whole, once it has finished.
pg_out=$(mktemp)
(
  set +e
  GAMEPLAN_TEST_PROVIDER=postgres dotnet test tests/Gameplan.Core.Tests --no-build "$@" >"$pg_out" 2>&1
  echo $? >"$pg_out.code"
) &
pg_run=$!
# Each command of the trap must succeed: under `set -e` a failing one (nothing left to kill) would turn
# the script's exit status into 1 after every test had passed.
trap 'pkill -P "$pg_run" 2>/dev/null || true; kill "$pg_run" 2>/dev/null || true' EXIT
run_tests "All tests (storage on SQLite)" Gameplan.slnx "$@"
wait "$pg_run" || true
log "Storage tests on PostgreSQL (ran beside the above)"
cat "$pg_out"
count "$(cat "$pg_out.code" 2>/dev/null || echo 1)" "$pg_out"
rm -f "$pg_out" "$pg_out.code"

echo
echo "tests: $TOTAL_PASSED passed, $TOTAL_FAILED failed, $TOTAL_SKIPPED skipped"
exit $STATUS
