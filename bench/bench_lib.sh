# shellcheck shell=bash
# Shared by the scripts in bench/
# (sourced, not run). The caller sets bench_name and build_dir first, and
# server_bin before start_server.
# shellcheck disable=SC2154

die() {
  echo "$bench_name: $*" >&2
  exit 1
}

need_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "$tool is not installed (see .ci/install-deps)"
  done
}

find_bin() {
  local f
  # Skip the staging tree of the packages: it holds a copy from the last cpack run.
  f=$(find "$build_dir" -path "*/_CPack_Packages" -prune -o -type f -name "$1" -perm -u+x -print -quit)
  [ -n "$f" ] || die "$1 not found under $build_dir (build it first: cmake --build $build_dir)"
  echo "$f"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Ends a process this script started: TERM, up to 5 s, then KILL.
stop_pid() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# start_server DATA_DIR LOG [ARGS...]: `mygas-server serve --demo` on a free
# loopback port (or on server_listen when set, e.g. to restart on the same
# one); sets server_pid, base (https://127.0.0.1:PORT) and ca.
start_server() {
  local data=$1 log=$2
  shift 2
  mkdir -p "$data"
  : >"$log" # exists before the background process opens it
  "$server_bin" serve --demo --listen "${server_listen:-127.0.0.1:0}" --data-dir "$data" "$@" >"$log" 2>&1 &
  server_pid=$!
  base=""
  for _ in $(seq 1200); do
    base=$(sed -n 's/^mygas-server listening on \(https:\/\/[^ ]*\).*/\1/p' "$log" | head -n1)
    [ -n "$base" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$log" >&2; die "mygas-server exited"; }
    sleep 0.1
  done
  [ -n "$base" ] || { cat "$log" >&2; die "mygas-server did not report its address within 120 s"; }
  ca="$data/ca.pem"
  [ -f "$ca" ] || die "the demo server did not create $ca"
}

api() { # METHOD PATH [JSON] [TOKEN] -> body on stdout; fails on a non-2xx status
  local args=(-sS --max-time 60 --cacert "$ca" -X "$1" -w '\n%{http_code}')
  [ -n "${3:-}" ] && args+=(-H 'Content-Type: application/json' --data "$3")
  [ -n "${4:-}" ] && args+=(-H "Authorization: Bearer $4")
  local out status
  out=$(curl "${args[@]}" "$base/api/v1$2")
  status=${out##*$'\n'}
  out=${out%$'\n'*}
  [[ $status == 2* ]] || die "$1 $2 answered $status: $out"
  printf '%s' "$out"
}

json() { python3 -c 'import json,sys; v=json.load(sys.stdin); [v:=v[int(k) if isinstance(v,list) else k] for k in sys.argv[1:]]; print(v)' "$@"; }

# register_user LOGIN PASSWORD: registers (code from the demo outbox) and consents.
register_user() {
  local challenge code token
  challenge=$(api POST /auth/register "{\"login\":\"$1\",\"password\":\"$2\"}" | json challenge_id)
  code=$(api GET "/demo/outbox?to=$1" | json 0 code) # newest first
  token=$(api POST /auth/register/confirm "{\"challenge_id\":\"$challenge\",\"code\":\"$code\"}" | json access_token)
  api POST /me/consent '{"version":"2024-01"}' "$token" >/dev/null
}

login_token() { # LOGIN PASSWORD -> a fresh access token
  api POST /auth/login "{\"login\":\"$1\",\"password\":\"$2\"}" | json access_token
}

# The number of the INDEX-th account `mygas-server seed --company severogorsk`
# writes (server/provider/SeedGenerator.cpp: 10 digits, 10^9 + index).
seeded_number() {
  echo $((1000000000 + $1))
}

# link_extended TOKEN NUMBER EMAIL -> account id: links a severogorsk account,
# asks for a PIN (to EMAIL, read from the demo outbox) and unlocks the
# extended version with it, as a person does in «Настройки».
link_extended() {
  local id pin
  id=$(api POST /accounts "{\"company_id\":\"severogorsk\",\"number\":\"$2\"}" "$1" | json id)
  api POST "/accounts/$id/pin-request" "{\"full_name\":\"Иванов Иван Иванович\",\"email\":\"$3\"}" "$1" >/dev/null
  pin=$(api GET "/demo/outbox?to=$3" | json 0 code)
  [ "$(api POST "/accounts/$id/extended" "{\"method\":\"pin\",\"answer\":\"$pin\"}" "$1" | json access)" = extended ] \
    || die "account $2 did not switch to the extended version"
  echo "$id"
}

# seeded_db ACCOUNTS YEARS -> path of a SQLite file holding
# `mygas-server seed --company severogorsk --seed 1`; seeds it once into
# BUILD_DIR/bench-data/ under a folder named by the arguments, reuses it
# afterwards (BENCH_RESEED=1 seeds again).
seeded_db() {
  local accounts=$1 years=$2 dir
  dir="$build_dir/bench-data/seed-severogorsk-accounts$accounts-seed1-years$years"
  if [ -n "${BENCH_RESEED:-}" ]; then
    rm -rf "$dir"
  fi
  if [ -f "$dir/complete" ]; then
    echo "$bench_name: reusing the seeded database $dir (BENCH_RESEED=1 seeds again)" >&2
  else
    rm -rf "$dir" "$dir.partial"
    mkdir -p "$dir.partial"
    echo "$bench_name: seeding $accounts accounts with $years years of history into $dir" >&2
    # A million accounts take minutes on two busy cores; bound it generously.
    timeout 14400 "$server_bin" seed --db "sqlite:$dir.partial/mygas.sqlite" --accounts "$accounts" --seed 1 \
      --years "$years" --company severogorsk >"$dir.partial/seed.log" 2>&1 \
      || { tail -n 20 "$dir.partial/seed.log" >&2; die "seeding $accounts accounts failed"; }
    tail -n1 "$dir.partial/seed.log" >&2
    date -u +%FT%TZ >"$dir.partial/complete"
    mv "$dir.partial" "$dir"
  fi
  echo "$dir/mygas.sqlite"
}

ratio() { # A B -> A/B with 3 decimals
  python3 -c 'import sys; print(f"{float(sys.argv[1]) / float(sys.argv[2]):.3f}")' "$1" "$2"
}
