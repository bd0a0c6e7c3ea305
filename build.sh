#!/usr/bin/env bash
# LoyaltyRules: the one entry point for people and scripts.
#
#   ./build.sh run                    private PostgreSQL + the host on http://127.0.0.1:5080 with the
#                                     sample rules from rules/; Ctrl-C stops both
#   ./build.sh test [dotnet test args] restore, build and run every test (PostgreSQL included)
#   ./build.sh bench <name> [--quick] run a benchmark; `./build.sh bench` lists them
#   ./build.sh cli <args>             the rule-author CLI (check, fmt, test, ...)
#   ./build.sh build                  restore and build everything (Release)
#
# Nothing needs installing by hand: missing PostgreSQL server binaries are installed from Debian's
# packages, and the .NET SDK is installed into ~/.dotnet when absent. See docs/development.md.
set -euo pipefail

# A script started in the background by a non-interactive shell (`./build.sh run &`) inherits
# SIGINT as ignored, and bash cannot trap a signal ignored on entry: Ctrl-C or `kill -INT` would
# then leave the host and PostgreSQL running. Re-executing once with default dispositions fixes it.
if [ -z "${LOYALTYRULES_SIGNALS_RESET:-}" ] && [ -n "$(trap -p INT)" ] && env --default-signal=INT true 2>/dev/null; then
  export LOYALTYRULES_SIGNALS_RESET=1
  exec env --default-signal=INT,QUIT "$0" "$@"
fi

readonly ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
readonly CALLER_PWD="$PWD"
readonly SOLUTION="$ROOT/LoyaltyRules.sln"
readonly CONFIGURATION="${LOYALTYRULES_CONFIGURATION:-Release}"
readonly HOST_PROJECT="$ROOT/host/LoyaltyRules.Host"
readonly HOST_URL="http://127.0.0.1:5080"
readonly CLI_PROJECT="$ROOT/dsl/LoyaltyRules.Cli"
readonly PG="$ROOT/build/postgres.sh"

# Benchmarks: name -> project folder under bench/, and what each measures.
declare -A BENCHMARKS=(
  [engine]="bench/LoyaltyRules.Benchmarks"
  [dsl]="bench/LoyaltyRules.Benchmarks"
  [evaluation]="bench/LoyaltyRules.Benchmarks"
  [host]="bench/LoyaltyRules.Benchmarks"
  [replay]="bench/LoyaltyRules.Benchmarks"
)
declare -A BENCHMARK_HELP=(
  [engine]="rules engine vs Microsoft RulesEngine vs hand-written C#; scaling to 10,000 rules; hash vs nested-loop join"
  [dsl]="parse, check and compile a generated program of 10,000 rules (goal: at most 2,000 ms)"
  [evaluation]="record a purchase for a customer with 10 vs 100,000 events of history (goal: ratio at most 1.5)"
  [host]="load on POST /customers/{id}/events vs raw Marten appends (goal: ratio at least 0.7, p99 at most 25 ms at half speed)"
  [replay]="replay every customer of about 1,000,000 stored events vs reading them raw through Marten (goal: ratio at least 0.5)"
)
# Benchmarks that store events get a throwaway PostgreSQL of their own.
declare -A BENCHMARK_POSTGRES=(
  [evaluation]=1
  [host]=1
  [replay]=1
)

# What the exit trap must clean up (globals: the trap runs after the command's function returned).
CHILD_PID=""
CHILD_NAME=""
REAPER_PID=""
CLUSTER=""

if [ -t 2 ]; then say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }; else say() { printf '==> %s\n' "$*" >&2; }; fi
die() { printf 'build.sh: error: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit "${1:-0}"
}

# Builds never leave compiler servers or MSBuild nodes running behind them.
readonly DOTNET_BUILD_FLAGS=(--nologo --disable-build-servers -p:NuGetAudit=false)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

ensure_dotnet() {
  if [ -x "$HOME/.dotnet/dotnet" ] && ! command -v dotnet >/dev/null 2>&1; then
    export PATH="$HOME/.dotnet:$PATH" DOTNET_ROOT="$HOME/.dotnet"
  fi
  if ! command -v dotnet >/dev/null 2>&1 || ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
    say "the .NET 10 SDK is missing; installing it into ~/.dotnet"
    command -v curl >/dev/null 2>&1 || die "the .NET 10 SDK is not installed and curl is missing to fetch it; install the SDK from https://dot.net"
    curl -fsSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh \
      || die "could not download dotnet-install.sh; install the .NET 10 SDK from https://dot.net"
    bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet" >&2 \
      || die "dotnet-install.sh failed; install the .NET 10 SDK from https://dot.net"
    export PATH="$HOME/.dotnet:$PATH" DOTNET_ROOT="$HOME/.dotnet"
  fi
}

ensure_postgres() { "$PG" ensure >/dev/null; }

restore_and_build() {
  local target="$1"
  say "restoring and building $(basename "$target") ($CONFIGURATION)"
  dotnet build "$target" -c "$CONFIGURATION" "${DOTNET_BUILD_FLAGS[@]}" -v quiet -clp:NoSummary \
    || die "the build failed (see the errors above)"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Stops a child's whole process group: TERM first, KILL after 15 seconds.
stop_child() {
  local pid="$1" name="$2" i
  if kill -0 "$pid" 2>/dev/null; then
    say "stopping $name"
    kill -TERM -- "-$pid" 2>/dev/null || true
    for i in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  kill -KILL -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# On any exit (normal, error, Ctrl-C, TERM): stop the running child, then PostgreSQL. Should this
# script be killed outright, the watchdog of build/postgres.sh stops PostgreSQL within a second.
cleanup() {
  trap - EXIT INT TERM
  if [ -n "$CHILD_PID" ]; then stop_child "$CHILD_PID" "$CHILD_NAME"; fi
  if [ -n "$REAPER_PID" ]; then kill -- "-$REAPER_PID" 2>/dev/null || true; fi
  if [ -n "$CLUSTER" ]; then say "stopping PostgreSQL"; "$PG" stop "$CLUSTER" || true; fi
}

install_cleanup_traps() {
  trap cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# Starts a command in the background as the leader of a process group of its own, so that cleanup
# can signal everything it started (dotnet test leaves vstest.console and test hosts otherwise).
# A reaper in another session signals that group should this script be killed outright (SIGKILL).
start_child() {
  local name="$1"; shift
  setsid "$@" &
  CHILD_PID=$!; CHILD_NAME="$name"
  setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 1; done
                  kill -TERM -- "-$2" 2>/dev/null
                  for i in $(seq 1 100); do kill -0 -- "-$2" 2>/dev/null || exit 0; sleep 0.1; done
                  kill -KILL -- "-$2" 2>/dev/null' \
    reaper $$ "$CHILD_PID" </dev/null >/dev/null 2>&1 &
  REAPER_PID=$!
}

# Waits for the child; a signal to this script interrupts the wait and runs cleanup.
wait_for_child() {
  local status=0
  wait "$CHILD_PID" || status=$?
  CHILD_PID=""
  return "$status"
}

cmd_run() {
  ensure_dotnet
  ensure_postgres
  port_in_use 5080 && die "port 5080 on 127.0.0.1 is taken (another ./build.sh run?); stop that first"
  restore_and_build "$HOST_PROJECT/LoyaltyRules.Host.csproj"

  CLUSTER="$ROOT/.postgres/dev"
  install_cleanup_traps

  say "starting the private PostgreSQL (data kept in .postgres/dev)"
  local connection
  connection="$("$PG" start "$CLUSTER" --database loyaltyrules --owner-pid $$)"

  say "starting the host on $HOST_URL (OpenAPI: $HOST_URL/openapi/v1.json, UI: $HOST_URL/scalar); Ctrl-C stops"
  ConnectionStrings__Loyalty="$connection" \
  Rules__Path="$ROOT/rules" \
  ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}" \
    start_child "the host" dotnet "$HOST_PROJECT/bin/$CONFIGURATION/net10.0/LoyaltyRules.Host.dll" \
      --urls "$HOST_URL" --contentRoot "$HOST_PROJECT"
  wait_for_child
}

cmd_test() {
  ensure_dotnet
  ensure_postgres
  restore_and_build "$SOLUTION"

  CLUSTER="$ROOT/.postgres/test-$$"
  install_cleanup_traps

  say "starting a throwaway PostgreSQL for the tests"
  local connection
  connection="$("$PG" start "$CLUSTER" --throwaway --owner-pid $$)"

  say "running every test"
  LOYALTYRULES_TEST_POSTGRES="$connection" \
    start_child "the test run" dotnet test --solution "$SOLUTION" -c "$CONFIGURATION" --no-build --no-progress "$@"
  wait_for_child
}

cmd_bench() {
  local name="${1:-}"
  if [ -z "$name" ] || [ -z "${BENCHMARKS[$name]:-}" ]; then
    {
      [ -n "$name" ] && echo "unknown benchmark '$name'."
      if [ "${#BENCHMARKS[@]}" -eq 0 ]; then
        echo "no benchmarks are defined yet."
      else
        echo "benchmarks:"
        for key in $(printf '%s\n' "${!BENCHMARKS[@]}" | sort); do printf '  %-12s %s\n' "$key" "${BENCHMARK_HELP[$key]}"; done
        echo "usage: ./build.sh bench <name> [--quick]"
      fi
    } >&2
    exit 2
  fi
  shift
  ensure_dotnet
  local project="$ROOT/${BENCHMARKS[$name]}"
  restore_and_build "$project"
  local dll="$project/bin/$CONFIGURATION/net10.0/$(basename "$project").dll"
  if [ -z "${BENCHMARK_POSTGRES[$name]:-}" ]; then
    cd "$CALLER_PWD"
    dotnet "$dll" "$name" "$@"
    return
  fi

  # This benchmark stores events: it gets a throwaway PostgreSQL, stopped when it ends (Ctrl-C too).
  ensure_postgres
  CLUSTER="$ROOT/.postgres/bench-$$"
  install_cleanup_traps
  say "starting a throwaway PostgreSQL for the benchmark"
  local connection
  connection="$("$PG" start "$CLUSTER" --throwaway --owner-pid $$)"
  cd "$CALLER_PWD"
  LOYALTYRULES_BENCH_POSTGRES="$connection" start_child "the benchmark" dotnet "$dll" "$name" "$@"
  wait_for_child
}

cmd_cli() {
  ensure_dotnet
  [ -d "$CLI_PROJECT" ] || die "the rule-author CLI ($CLI_PROJECT) is missing"
  local log; log="$(mktemp)"
  if ! dotnet build "$CLI_PROJECT" -c "$CONFIGURATION" "${DOTNET_BUILD_FLAGS[@]}" -v quiet -clp:NoSummary >"$log" 2>&1; then
    cat "$log" >&2; rm -f "$log"; die "the CLI does not build (see above)"
  fi
  rm -f "$log"
  cd "$CALLER_PWD"
  exec dotnet "$CLI_PROJECT/bin/$CONFIGURATION/net10.0/LoyaltyRules.Cli.dll" "$@"
}

cd "$ROOT"
case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  bench) shift; cmd_bench "$@" ;;
  cli) shift; cmd_cli "$@" ;;
  build) shift; ensure_dotnet; restore_and_build "$SOLUTION" ;;
  -h|--help|help) usage 0 ;;
  *) usage 2 ;;
esac
