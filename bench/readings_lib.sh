# shellcheck shell=bash
# Shared by bench/readings_submit and bench/readings_faults (sourced after
# bench_lib.sh): PostgreSQL clusters, the server's clock inside the reading
# window, row counts.
# shellcheck disable=SC2154

pg_bin=${MYGAS_PG_BINDIR:-/usr/lib/postgresql/15/bin}
pg_running=""

# initdb and the server refuse to run as root: as root they run as postgres.
as_postgres() {
  if [ "$(id -u)" = 0 ]; then
    (cd "$pg_dir" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# pg_start DIR: starts the cluster in DIR/data (made by initdb first when DIR
# has none) on a free loopback port with PostgreSQL's default durability
# (fsync, synchronous_commit and full_page_writes on); sets pg_dir, pg_port.
# pg_options: more server options (-c name=value …), none by default.
pg_start() {
  pg_dir=$1
  [ -x "$pg_bin/initdb" ] || die "initdb not found in $pg_bin (install postgresql-15 or set MYGAS_PG_BINDIR)"
  mkdir -p "$pg_dir"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$pg_dir"
  if [ ! -f "$pg_dir/data/PG_VERSION" ]; then
    as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 >"$pg_dir/initdb.log" 2>&1 \
      || { cat "$pg_dir/initdb.log" >&2; die "initdb failed"; }
  fi
  pg_port=$(free_port)
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w -t 600 \
    -o "-p $pg_port -k $pg_dir -h 127.0.0.1 -c max_connections=30 ${pg_options:-}" start >/dev/null \
    || { tail -n 20 "$pg_dir/postgres.log" >&2; die "PostgreSQL did not start"; }
  pg_running=1
}

pg_stop() {
  [ -n "$pg_running" ] || return 0
  as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w -t 300 stop >/dev/null || true
  pg_running=""
}

pg_url() { echo "postgresql://postgres@127.0.0.1:$pg_port/$1"; }

# The durability settings the cluster runs with, for the record.
pg_durability() {
  psql "$(pg_url postgres)" -XAtq -c "SELECT string_agg(name || '=' || setting, ' ' ORDER BY name) FROM pg_settings
    WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'shared_buffers')"
}

# window_clock FILE: the --clock-file offset (seconds) that puts the
# provider's date (Moscow) on the 20th of this month, inside severogorsk's
# reading window (15–25), whatever the day of the run.
window_clock() {
  python3 - "$1" <<'EOF'
import datetime, sys
now = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=3)))
with open(sys.argv[1], "w") as f:
    f.write(f"{(20 - now.day) * 86400}\n")
EOF
}

# db_query URL SQL -> rows, fields separated by spaces (sqlite:PATH or postgresql://…).
db_query() {
  case $1 in
    sqlite:*)
      python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1], timeout=60)
for row in c.execute(sys.argv[2]):
    print(" ".join(str(v) for v in row))' "${1#sqlite:}" "$2"
      ;;
    *) psql "$1" -XAtq -F ' ' -v ON_ERROR_STOP=1 -c "$2" ;;
  esac
}

# field NAME LINE -> the value of NAME=VALUE in the load client's result line.
field() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" <<<"$2"; }

# cpu_ms PID... -> the CPU time (user + system) these processes have used, in ms.
cpu_ms() {
  local pid total=0 ticks
  ticks=$(getconf CLK_TCK)
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] || continue
    # Fields 14 and 15 after the command name, which may hold spaces.
    total=$((total + $(sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }')))
  done
  echo $((total * 1000 / ticks))
}

# pg_pids -> the postmaster of the running cluster and its children.
pg_pids() {
  local main
  main=$(head -n1 "$pg_dir/data/postmaster.pid" 2>/dev/null) || return 0
  echo "$main" $(pgrep -P "$main")
}

# written_kb PID -> the bytes the process has passed to write calls so far
# (files and sockets: wchar of /proc/PID/io), in KiB.
written_kb() {
  echo $(($(awk '$1 == "wchar:" { print $2 }' "/proc/$1/io") / 1024))
}
