#!/usr/bin/env bash
# Private PostgreSQL clusters for LoyaltyRules.
#
# One implementation, used by `./build.sh run`, by `./build.sh test` and by the test fixture when
# tests run outside build.sh. A cluster lives in a git-ignored folder of the project, belongs to the
# `postgres` user (the server refuses to run as root), listens on 127.0.0.1 only, on a free port,
# with password authentication and its Unix socket in a temp folder.
#
#   build/postgres.sh ensure
#       Make sure the server binaries exist (installs Debian's `postgresql` when missing and allowed)
#       and print the folder that holds them.
#   build/postgres.sh start <cluster-dir> [--database NAME] [--owner-pid PID] [--throwaway]
#       Initialise the cluster when new, start it, create NAME when missing, print its connection
#       string on stdout. --owner-pid: a watchdog stops the server (and removes a throwaway cluster)
#       as soon as that process is gone, even if it was killed without a chance to clean up.
#       --throwaway: tuned for tests (no fsync); `stop` of such a cluster also deletes it.
#   build/postgres.sh stop <cluster-dir>
#   build/postgres.sh status <cluster-dir>
#   build/postgres.sh psql <cluster-dir> [psql args...]
set -euo pipefail

readonly SELF="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

log() { printf 'postgres: %s\n' "$*" >&2; }
die() { printf 'postgres: error: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# Runs a command as the cluster owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

find_bindir() {
  local candidates=() c
  [ -n "${LOYALTYRULES_PG_BIN:-}" ] && candidates+=("$LOYALTYRULES_PG_BIN")
  if c="$(command -v pg_ctl 2>/dev/null)"; then candidates+=("$(dirname "$(readlink -f "$c")")"); fi
  # Debian keeps server binaries off PATH, one folder per major version; prefer the newest.
  while IFS= read -r c; do candidates+=("$c"); done < <(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -V -r)
  for c in "${candidates[@]}"; do
    if [ -x "$c/initdb" ] && [ -x "$c/pg_ctl" ] && [ -x "$c/postgres" ]; then echo "$c"; return 0; fi
  done
  return 1
}

install_server() {
  local sudo=()
  if ! is_root; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo=(sudo); else
      die "the PostgreSQL server (initdb, pg_ctl, postgres) is not installed and this user cannot install it. Install Debian's 'postgresql' package (sudo apt-get install -y postgresql), or point LOYALTYRULES_PG_BIN at the folder that holds those programs."
    fi
  fi
  command -v apt-get >/dev/null 2>&1 || die "the PostgreSQL server is not installed and this machine has no apt-get to install it. Install PostgreSQL 13 or later, or point LOYALTYRULES_PG_BIN at the folder that holds initdb, pg_ctl and postgres."
  log "PostgreSQL server not found; installing Debian's 'postgresql' package (one time)"
  # Package scripts must not start a system-wide server: only our private clusters may run.
  local policy=/usr/sbin/policy-rc.d added_policy=0
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# temporary, added by LoyaltyRules build/postgres.sh during apt-get install\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
    "${sudo[@]}" chmod 755 "$policy"; added_policy=1
  fi
  local status=0
  { "${sudo[@]}" apt-get update -q && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql; } >&2 || status=$?
  [ "$added_policy" -eq 1 ] && "${sudo[@]}" rm -f "$policy"
  [ "$status" -eq 0 ] || die "apt-get could not install 'postgresql' (exit $status); see the output above. Install it by hand or point LOYALTYRULES_PG_BIN at an existing installation."
}

cmd_ensure() {
  local bindir
  if ! bindir="$(find_bindir)"; then
    install_server
    bindir="$(find_bindir)" || die "'postgresql' was installed but initdb/pg_ctl/postgres are still not found under /usr/lib/postgresql/*/bin"
  fi
  if is_root && ! id postgres >/dev/null 2>&1; then
    log "creating the 'postgres' system user that owns private clusters (the server refuses to run as root)"
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /usr/sbin/nologin postgres
  fi
  echo "$bindir"
}

free_port() {
  local port i
  for i in $(seq 1 100); do
    port=$(( 20000 + (RANDOM * 32768 + RANDOM) % 40000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  die "no free TCP port found on 127.0.0.1"
}

# The data folder: inside the cluster folder when the owner can reach it, else in a private temp
# folder (a project cloned under /root is out of reach for the postgres user).
data_dir_of() { cat "$1/data-dir" 2>/dev/null || echo "$1/data"; }
# The server writes its log beside its data folder, where the owner can always write.
log_file_of() { echo "$(dirname "$(data_dir_of "$1")")/server.log"; }

prepare_data_dir() {
  local dir="$1" data="$1/data"
  mkdir -p "$data"
  if is_root; then
    chown postgres:postgres "$data"; chmod 700 "$data"
    if ! runuser -u postgres -- test -w "$data" 2>/dev/null; then
      rm -rf "$data"
      data="$(mktemp -d /tmp/loyaltyrules-pg.XXXXXX)/data"
      mkdir -p "$data"; chown -R postgres:postgres "$(dirname "$data")"; chmod 700 "$data"
      log "the postgres user cannot reach $dir; keeping this cluster's data in $data instead"
    fi
  else
    chmod 700 "$data"
  fi
  echo "$data" > "$dir/data-dir"
}

init_cluster() {
  local dir="$1" bindir="$2" throwaway="$3" data pwfile
  prepare_data_dir "$dir"
  data="$(data_dir_of "$dir")"
  umask 077
  head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$dir/password"
  pwfile="$(mktemp)"; cp "$dir/password" "$pwfile"
  is_root && chown postgres "$pwfile"
  local sync=(); [ "$throwaway" -eq 1 ] && sync=(--no-sync)
  as_owner "$bindir/initdb" -D "$data" -U postgres --pwfile="$pwfile" --auth=scram-sha-256 \
    -E UTF8 --locale=C --no-instructions "${sync[@]}" >"$dir/initdb.log" 2>&1 \
    || { rm -f "$pwfile"; die "initdb failed; see $dir/initdb.log"; }
  rm -f "$pwfile"
  {
    echo "# LoyaltyRules private cluster"
    echo "listen_addresses = '127.0.0.1'"
    echo "max_connections = 300"
    echo "logging_collector = off"
    # Customer-state documents are rewritten on every append: lz4 compresses them several times
    # faster than the default pglz (PostgreSQL 14 and later).
    local major; major="$("$bindir/postgres" --version | sed -E 's/[^0-9]*([0-9]+).*/\1/')"
    if [ "${major:-0}" -ge 14 ]; then echo "default_toast_compression = lz4"; fi
    if [ "$throwaway" -eq 1 ]; then
      echo "# throwaway test cluster: durability is not wanted, speed is"
      echo "fsync = off"; echo "synchronous_commit = off"; echo "full_page_writes = off"
    fi
  } | as_owner tee -a "$data/postgresql.conf" >/dev/null
  [ "$throwaway" -eq 1 ] && touch "$dir/throwaway"
  return 0
}

is_running() {
  local bindir="$1" data="$2"
  [ -f "$data/postmaster.pid" ] && as_owner "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1
}

connection_string() {
  local dir="$1" database="$2"
  printf 'Host=127.0.0.1;Port=%s;Username=postgres;Password=%s;Database=%s' \
    "$(cat "$dir/port")" "$(cat "$dir/password")" "$database"
}

run_psql() {
  local dir="$1" bindir="$2"; shift 2
  PGPASSWORD="$(cat "$dir/password")" "$bindir/psql" -X -q -h 127.0.0.1 -p "$(cat "$dir/port")" -U postgres "$@"
}

start_watchdog() {
  local dir="$1" owner="$2"
  # Detached from our session so a Ctrl-C aimed at the owner does not kill the watchdog first.
  setsid bash -c 'echo $$ > "$2/watchdog.pid"
                  while kill -0 "$1" 2>/dev/null && [ -f "$2/port" ]; do sleep 1; done
                  exec "$3" stop "$2"' watchdog "$owner" "$dir" "$SELF" </dev/null >/dev/null 2>&1 &
}

cmd_start() {
  local dir="" database="postgres" owner="" throwaway=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --database) database="$2"; shift 2 ;;
      --owner-pid) owner="$2"; shift 2 ;;
      --throwaway) throwaway=1; shift ;;
      -*) die "unknown option '$1' for start" ;;
      *) [ -z "$dir" ] || die "start takes one cluster folder"; dir="$1"; shift ;;
    esac
  done
  [ -n "$dir" ] || die "usage: postgres.sh start <cluster-dir> [--database NAME] [--owner-pid PID] [--throwaway]"
  local bindir; bindir="$(cmd_ensure)"
  mkdir -p "$dir"; dir="$(cd "$dir" && pwd)"
  local data; data="$(data_dir_of "$dir")"
  if [ ! -f "$data/PG_VERSION" ]; then
    log "initialising a private cluster in $dir"
    init_cluster "$dir" "$bindir" "$throwaway"
    data="$(data_dir_of "$dir")"
  fi
  if is_running "$bindir" "$data"; then
    die "the cluster in $dir is already running (port $(cat "$dir/port" 2>/dev/null || echo '?')); stop it first: build/postgres.sh stop $dir"
  fi
  local socket_dir attempt port
  socket_dir="$(mktemp -d /tmp/loyaltyrules-pgsock.XXXXXX)"
  is_root && chown postgres "$socket_dir"
  echo "$socket_dir" > "$dir/socket-dir"
  local logfile; logfile="$(log_file_of "$dir")"
  : > "$logfile"; is_root && chown postgres "$logfile"
  for attempt in 1 2 3 4 5; do
    port="$(free_port)"
    if as_owner "$bindir/pg_ctl" -D "$data" -l "$logfile" -w -t 60 -s \
         -o "-c port=$port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$socket_dir" start >&2; then
      echo "$port" > "$dir/port"
      break
    fi
    port=""
    grep -q 'could not bind\|Address already in use' "$logfile" || break
    log "port taken meanwhile; retrying with another one"
  done
  [ -n "$port" ] || { rm -rf "$socket_dir"; die "the server did not start; its log follows:
$(tail -n 20 "$logfile")"; }
  [ -n "$owner" ] && start_watchdog "$dir" "$owner"
  if [ "$database" != "postgres" ]; then
    if [ -z "$(run_psql "$dir" "$bindir" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
      run_psql "$dir" "$bindir" -d postgres -c "CREATE DATABASE \"$database\"" >&2
    fi
  fi
  log "running on 127.0.0.1:$port (cluster $dir)"
  connection_string "$dir" "$database"; echo
}

cmd_stop() {
  local dir="${1:-}"; [ -n "$dir" ] || die "usage: postgres.sh stop <cluster-dir>"
  [ -d "$dir" ] || return 0
  dir="$(cd "$dir" && pwd)"
  local bindir data; bindir="$(find_bindir)" || die "PostgreSQL binaries not found"
  data="$(data_dir_of "$dir")"
  if is_running "$bindir" "$data"; then
    local postmaster; postmaster="$(head -n 1 "$data/postmaster.pid" 2>/dev/null || true)"
    as_owner "$bindir/pg_ctl" -D "$data" -m fast -w -t 30 -s stop >&2 \
      || as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 -s stop >&2 \
      || log "could not stop the server in $data"
    # pg_ctl detached the server, so init reaps it: wait until not even a zombie is left.
    local i
    for i in $(seq 1 100); do
      [ -n "$postmaster" ] && kill -0 "$postmaster" 2>/dev/null || break
      sleep 0.1
    done
  fi
  rm -f "$dir/port"
  local watchdog; watchdog="$(cat "$dir/watchdog.pid" 2>/dev/null || true)"
  if [ -n "$watchdog" ] && [ "$watchdog" != "$$" ] && [ "$watchdog" != "$PPID" ]; then
    # The watchdog leads its own session: signal the whole group so its `sleep` goes too.
    kill -- "-$watchdog" 2>/dev/null || kill "$watchdog" 2>/dev/null || true
  fi
  rm -f "$dir/watchdog.pid"
  [ -f "$dir/socket-dir" ] && rm -rf "$(cat "$dir/socket-dir")" "$dir/socket-dir"
  if [ -f "$dir/throwaway" ]; then
    [ "$data" != "$dir/data" ] && rm -rf "$(dirname "$data")"
    rm -rf "$dir"
  fi
  return 0
}

cmd_status() {
  local dir="${1:-}"; [ -n "$dir" ] || die "usage: postgres.sh status <cluster-dir>"
  local bindir; bindir="$(find_bindir)" || die "PostgreSQL binaries not found"
  if [ -d "$dir" ] && is_running "$bindir" "$(data_dir_of "$dir")"; then
    echo "running on 127.0.0.1:$(cat "$dir/port")"
  else
    echo "stopped"; return 3
  fi
}

cmd_psql() {
  local dir="${1:-}"; [ -n "$dir" ] || die "usage: postgres.sh psql <cluster-dir> [args]"; shift
  local bindir; bindir="$(find_bindir)" || die "PostgreSQL binaries not found"
  [ -f "$dir/port" ] || die "the cluster in $dir is not running"
  run_psql "$dir" "$bindir" "$@"
}

case "${1:-}" in
  ensure) shift; cmd_ensure "$@" ;;
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  status) shift; cmd_status "$@" ;;
  psql) shift; cmd_psql "$@" ;;
  *) die "usage: postgres.sh ensure | start <cluster-dir> [...] | stop <cluster-dir> | status <cluster-dir> | psql <cluster-dir> [...]" ;;
esac
